/**
 * parseRejectLine and the log mode against the real Postfix: start it (test/postfix/instance.ts), speak
 * SMTP from other loopback addresses so that smtpd refuses relaying and unknown users, then read the log
 * postlogd wrote. What the parser extracts must be exactly what the session sent and received.
 * Skips without Debian's Postfix and root.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { createLanguageService } from '../../server/src/languageService';
import { parseMailLog, parseRejectLine } from '../../server/src/parser/mailLog';
import { NO_POSTFIX, smtpSession, startPostfix, waitForLog } from '../postfix/instance';
import { settings } from '../helpers';

test('real smtpd rejections: the parsed line matches the session exactly', { skip: NO_POSTFIX, timeout: 60000 }, async () => {
  const pf = startPostfix([
    'compatibility_level = 3.6',
    'mydestination = $myhostname, localhost',
    'mynetworks = 127.0.0.1/32',
    'relay_domains =',
    'smtpd_relay_restrictions = permit_mynetworks, reject_unauth_destination',
    '',
  ].join('\n'));
  try {
    const relay = await smtpSession(pf, ['EHLO client.example.org', 'MAIL FROM:<a@example.org>', 'RCPT TO:<b@remote.example.net>', 'QUIT'], '127.0.0.2');
    const unknown = await smtpSession(pf, ['HELO other.example', 'MAIL FROM:<>', 'RCPT TO:<nosuchuser@mx.test.example>', 'QUIT'], '127.0.0.3');
    const two = await smtpSession(pf, ['EHLO x.example', 'MAIL FROM:<c@example.org>', 'RCPT TO:<d@far.example>', 'RCPT TO:<e@far.example>', 'QUIT'], '127.0.0.4');
    assert.equal(relay[3], '554 5.7.1 <b@remote.example.net>: Relay access denied');
    assert.equal(unknown[3], '550 5.1.1 <nosuchuser@mx.test.example>: Recipient address rejected: User unknown in local recipient table');
    assert.ok(await waitForLog(pf, /<e@far\.example>: Relay access denied;.*\n/), 'the last rejection is logged');
    assert.ok(await waitForLog(pf, /disconnect from unknown\[127\.0\.0\.4\]/));

    const text = pf.log();
    const lines = text.split('\n').filter((l) => l.includes(' NOQUEUE: reject: '));
    assert.equal(lines.length, 4, text);
    const parsed = lines.map((l) => parseRejectLine(l));
    const common = { queueId: 'NOQUEUE', action: 'reject', stage: 'RCPT', host: 'mx', program: 'postfix/smtpd' };
    const expect = [
      { client: '127.0.0.2', helo: 'client.example.org', sender: 'a@example.org', recipient: 'b@remote.example.net', protocol: 'ESMTP', reply: relay[3], relayDenied: true },
      { client: '127.0.0.3', helo: 'other.example', sender: '', recipient: 'nosuchuser@mx.test.example', protocol: 'SMTP', reply: unknown[3], relayDenied: false },
      { client: '127.0.0.4', helo: 'x.example', sender: 'c@example.org', recipient: 'd@far.example', protocol: 'ESMTP', reply: two[3], relayDenied: true },
      { client: '127.0.0.4', helo: 'x.example', sender: 'c@example.org', recipient: 'e@far.example', protocol: 'ESMTP', reply: two[4], relayDenied: true },
    ];
    parsed.forEach((p, i) => {
      const e = expect[i];
      assert.ok(p, lines[i]);
      assert.deepEqual(
        { queueId: p.queueId, action: p.action, stage: p.stage, host: p.host, program: p.program },
        common,
      );
      assert.deepEqual(p.client, { name: 'unknown', address: e.client });
      assert.equal(p.helo, e.helo);
      assert.equal(p.sender, e.sender);
      assert.equal(p.recipient, e.recipient);
      assert.equal(p.protocol, e.protocol);
      assert.equal(p.reply.full, e.reply, 'the logged reply is the reply the client received');
      assert.equal(`${p.reply.code} ${p.reply.enhanced} ${p.reply.text}`, e.reply);
      assert.equal(p.relayDenied, e.relayDenied);
      assert.match(p.time ?? '', /^[A-Z][a-z]{2} [ 0-3]\d \d{2}:\d{2}:\d{2}$/);
      assert.ok(Number.isInteger(p.pid) && (p.pid ?? 0) > 0);
    });

    // Every line of the real log parses with a header, and the features work on it.
    const doc = parseMailLog(text);
    for (const line of doc.lines()) {
      if (line.text === '') continue;
      assert.ok(line.time && line.host?.text === 'mx' && line.program && line.pid, line.text);
    }
    const service = createLanguageService();
    const td = TextDocument.create('file:///var/log/real/mail.log', 'postfix-log', 1, text);
    const all = service.codeActions(td, { start: { line: 0, character: 0 }, end: { line: td.lineCount - 1, character: 0 } }, [], settings());
    assert.deepEqual(all.map((a) => a.command?.arguments?.[0].recipient), ['b@remote.example.net', 'd@far.example', 'e@far.example']);
    const first = all[0].command?.arguments?.[1].line as number;
    const lineText = text.split('\n')[first];
    const hover = service.hover(td, { line: first, character: lineText.indexOf('554') }, settings());
    assert.match((hover?.contents as { value: string }).value, /^\*\*`554`\*\*/);
  } finally {
    pf.stop();
  }
});
