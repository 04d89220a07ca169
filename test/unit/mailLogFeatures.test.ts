/**
 * The mail log language mode through the language service: hovers on codes, Postfix replies and fields,
 * the main.cf values behind "Relay access denied", diagnostics with their caps, and the
 * "Explain this rejection" code action. Log lines come from the real Postfix 3.7 (mailLogSamples.ts).
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { TextDocument } from 'vscode-languageserver-textdocument';
import type { Diagnostic, Hover } from 'vscode-languageserver-types';
import { createLanguageService } from '../../server/src/languageService';
import { modeFor } from '../../server/src/languages';
import { mailLogMode } from '../../server/src/languages/mailLog';
import { parseMailLog, parseRejectLine, RejectLine } from '../../server/src/parser/mailLog';
import { validateLog, MAX_SCAN_CHARS } from '../../server/src/features/log/diagnostics';
import { EXPLAIN_REJECTION_COMMAND } from '../../server/src/features/log/codeActions';
import { settings } from '../helpers';
import { FORMATS, REAL, REAL_ERRORS } from './mailLogSamples';

const MAIN_CF = [
  'compatibility_level = 3.6',
  'mynetworks = 127.0.0.0/8 [::1]/128',
  'relay_domains = example.net',
  'mydestination = localhost',
  'smtpd_relay_restrictions = permit_mynetworks, permit_sasl_authenticated, reject_unauth_destination',
  '',
].join('\n');

/** A log document; `withMainCf` puts MAIN_CF next to it. */
function log(lines: string[], withMainCf = false): TextDocument {
  const dir = withMainCf ? 'with-main' : 'alone';
  return TextDocument.create(`file:///var/log/${dir}/mail.log`, 'postfix-log', 1, lines.join('\n'));
}

const service = createLanguageService({
  readSibling: (uri, name) => (name === 'main.cf' && uri.includes('/with-main/') ? MAIN_CF : undefined),
});

/** The hover at the first character of the `nth` occurrence of `needle` on line `line`. */
function hoverAt(doc: TextDocument, line: number, needle: string, locale: 'en' | 'ja' = 'en', nth = 0): Hover | null {
  const text = doc.getText().split('\n')[line];
  let at = -1;
  for (let i = 0; i <= nth; i++) at = text.indexOf(needle, at + 1);
  assert.ok(at >= 0, `${needle} on line ${line}`);
  return service.hover(doc, { line, character: at }, settings({ locale }));
}

function md(h: Hover | null): string {
  assert.ok(h, 'a hover');
  return (h.contents as { value: string }).value;
}

/** A diagnostic's message as text (the protocol also allows Markdown). */
function messageOf(d: Diagnostic): string {
  return typeof d.message === 'string' ? d.message : d.message.value;
}

function rangeOf(h: Hover | null): [number, number, number] {
  assert.ok(h?.range);
  return [h.range.start.line, h.range.start.character, h.range.end.character];
}

test('the log mode is registered for postfix-log and parses nothing up front', () => {
  assert.equal(modeFor({ languageId: 'postfix-log', uri: 'file:///var/log/mail.log' }), mailLogMode);
  const model = mailLogMode.parse('x'.repeat(1000));
  assert.equal(model.text.length, 1000);
});

test('hover on the reply code and the enhanced code of a real relay rejection', () => {
  const doc = log([REAL.relayDenied554]);
  const at = REAL.relayDenied554.indexOf('554 5.7.1');
  const reply = hoverAt(doc, 0, '554 5.7.1');
  assert.deepEqual(rangeOf(reply), [0, at, at + 3]);
  assert.match(md(reply), /^\*\*`554`\*\* — SMTP reply code: Transaction failed\n\nPermanent \(5xx\)/);
  assert.match(md(reply), /- Defined in RFC 5321\n- Enhanced code `5\.7\.1`: Delivery not authorized, message refused/);
  const enhanced = hoverAt(doc, 0, '5.7.1');
  assert.deepEqual(rangeOf(enhanced), [0, at + 4, at + 9]);
  assert.match(md(enhanced), /Delivery not authorized, message refused/);
  assert.match(md(enhanced), /- Class 5: Permanent failure\n- Subject X\.7: Security or policy status/);
  const ja = md(hoverAt(doc, 0, '5.7.1', 'ja'));
  assert.match(ja, /拡張ステータスコード/);
  assert.match(ja, /クラス 5: 恒久的な失敗/);
});

test('"Relay access denied" (554): what decided it, and the main.cf values in effect with their lines', () => {
  const doc = log([REAL.connect, REAL.relayDenied554], true);
  const h = hoverAt(doc, 1, 'Relay access denied');
  const at = REAL.relayDenied554.indexOf('Relay access denied');
  assert.deepEqual(rangeOf(h), [1, at, at + 'Relay access denied'.length]);
  const text = md(h);
  assert.match(text, /Restriction `reject_unauth_destination` · `554 5\.7\.1`/);
  assert.match(text, /The client `unknown\[127\.0\.0\.1\]` was not allowed to relay/);
  assert.match(text, /The recipient domain `rbounce\.example` is not one this server takes mail for/);
  assert.match(text, /The reply is 5xx, so reject_unauth_destination decided/);
  assert.match(text, /\*\*Values in effect in the main\.cf next to this log\*\*/);
  assert.ok(text.includes('- `mynetworks` = `127.0.0.0/8 [::1]/128` — line 2'), text);
  assert.ok(text.includes('- `smtpd_relay_restrictions` = `permit_mynetworks, permit_sasl_authenticated, reject_unauth_destination` — line 5'), text);
  assert.ok(text.includes('- `relay_domains` = `example.net` — line 3'), text);
  assert.ok(text.includes('- `smtpd_sasl_auth_enable` = `no` — built-in default'), text);
  assert.ok(text.includes('- `mynetworks_style` = `host` — built-in default'), 'compatibility_level 3.6 gives host');
  assert.ok(text.includes('- `relay_domains_reject_code` = `554` — built-in default'));
  assert.match(text, /Logged by a service with syslog_name `postfix\/relaytest`/, 'the harness gave this smtpd its own syslog_name');
});

test('"Relay access denied" (454) is defer_unauth_destination; without a main.cf the names are listed', () => {
  const doc = log([REAL.relayDeferred454]);
  const text = md(hoverAt(doc, 0, 'Relay access denied'));
  assert.match(text, /Restriction `defer_unauth_destination` · `454 4\.7\.1`/);
  assert.match(text, /The reply is 4xx, so defer_unauth_destination decided/);
  assert.match(text, /\*\*main\.cf settings involved:\*\* `smtpd_relay_restrictions`, `smtpd_recipient_restrictions`, `mynetworks`/);
  assert.match(text, /`soft_bounce`/);
  assert.match(text, /No main\.cf was found next to this log/);
  assert.ok(!text.includes('syslog_name'), 'postfix/smtpd is the default service: no master.cf note');
});

test('a relay rejection from a submission service points at its master.cf overrides', () => {
  const doc = log([REAL.submissionRelayDenied], true);
  const text = md(hoverAt(doc, 0, 'Relay access denied'));
  assert.match(text, /Logged by a service with syslog_name `postfix-submission\/submission`: `-o` overrides/);
  const ja = md(hoverAt(doc, 0, 'Relay access denied', 'ja'));
  assert.match(ja, /何が決めたか/);
  assert.match(ja, /`mynetworks` = `127\.0\.0\.0\/8 \[::1\]\/128` — 2 行目/);
  assert.match(ja, /syslog_name が `postfix-submission\/submission` のサービス/);
});

test('the same reply from a remote server is explained as the other side, without this main.cf', () => {
  const doc = log([REAL.bouncedRemoteRelay], true);
  const text = md(hoverAt(doc, 0, 'Relay access denied'));
  assert.match(text, /This reply came from the remote server `127\.0\.0\.1\[127\.0\.0\.1\]`, not from this Postfix/);
  assert.ok(!text.includes('Values in effect'), 'the local main.cf says nothing about the remote server');
  assert.ok(!text.includes('What decided it'));
  const code = md(hoverAt(doc, 0, '554'));
  assert.match(code, /remote server `127\.0\.0\.1\[127\.0\.0\.1\]`/);
  assert.match(md(hoverAt(doc, 0, 'dsn=')), /The enhanced status code of this delivery attempt/);
  const dsn = hoverAt(doc, 0, '5.7.1');
  assert.match(md(dsn), /^\*\*`5\.7\.1`\*\* — Enhanced status code: Delivery not authorized/);
});

test('hover on status, delays, delay, relay, orig_to and the session statistics', () => {
  const doc = log([REAL.bouncedRemoteRelay, REAL.deferred, REAL.expired, REAL.origTo, REAL.disconnect]);
  const bounced = hoverAt(doc, 0, 'status=');
  const at = REAL.bouncedRemoteRelay.indexOf('status=bounced');
  assert.deepEqual(rangeOf(bounced), [0, at, at + 'status=bounced'.length]);
  assert.match(md(bounced), /^\*\*status=`bounced`\*\* — Bounced: permanent failure/);
  assert.match(md(hoverAt(doc, 1, 'deferred')), /maximal_queue_lifetime/);
  assert.match(md(hoverAt(doc, 2, 'expired')), /bounce_queue_lifetime for mail from the null sender/);
  const delays = md(hoverAt(doc, 0, 'delays'));
  assert.match(delays, /a = `0\.01` · b = `0\.03` · c = `0\.02` · d = `0\.01`/);
  assert.match(md(hoverAt(doc, 0, 'delay=')), /Total time in seconds/);
  assert.match(md(hoverAt(doc, 0, 'relay=')), /`host\[address\]:port`/);
  assert.match(md(hoverAt(doc, 3, 'orig_to')), /before an alias or virtual_alias_maps/);
  assert.match(md(hoverAt(doc, 4, 'rcpt=0/1')), /successful ones out of all sent/);
  assert.match(md(hoverAt(doc, 1, '4.4.1')), /No answer from host/);
});

test('hover on the daemon, the queue id, NOQUEUE and the severity', () => {
  const doc = log([REAL.longQueueIdBounced, REAL.relayDenied554, REAL.fatalNoWorkingInstance, REAL.queueActive]);
  const daemon = hoverAt(doc, 0, 'postfix/smtp');
  assert.match(md(daemon), /^\*\*`postfix\/smtp`\*\* — The SMTP client/);
  assert.match(md(hoverAt(doc, 0, '4jd6v70V6dzJ9db')), /long form \(enable_long_queue_ids = yes\)/);
  assert.match(md(hoverAt(doc, 1, 'NOQUEUE')), /smtpd_delay_open_until_valid_rcpt = yes/);
  assert.match(md(hoverAt(doc, 2, 'fatal')), /^\*\*fatal\*\* — The program stopped/);
  assert.match(md(hoverAt(doc, 2, 'fatal', 'ja')), /続行できないため/);
  assert.match(md(hoverAt(doc, 3, 'qmgr')), /queue manager/);
});

test('Postfix replies other than relaying: unknown user, and a temporary lookup failure', () => {
  const doc = log([REAL.userUnknown, REAL_ERRORS.temporaryLookupFailure]);
  const text = md(hoverAt(doc, 0, 'User unknown in local recipient table'));
  assert.match(text, /`local_recipient_maps`/);
  assert.match(text, /unknown_local_recipient_reject_code/);
  assert.ok(!text.includes('What decided it'));
  assert.match(md(hoverAt(doc, 0, '550')), /mailbox unavailable/);
  assert.match(md(hoverAt(doc, 1, '4.3.0')), /Other or undefined mail system status/);
});

test('no hover on version numbers, addresses, the time or past the end', () => {
  const doc = log([REAL.daemonStarted, REAL.connect, '']);
  assert.equal(hoverAt(doc, 0, '3.7.11'), null);
  assert.equal(hoverAt(doc, 0, '.7.11'), null);
  assert.equal(hoverAt(doc, 1, '127.0.0.2'), null);
  assert.equal(hoverAt(doc, 1, 'Nov'), null);
  assert.equal(service.hover(doc, { line: 2, character: 0 }, settings()), null);
  assert.equal(service.hover(doc, { line: 9, character: 9 }, settings()), null);
});

test('diagnostics: fatal, error, warning, bounced and expired lines, with exact ranges', () => {
  const lines = [REAL.connect, REAL.nisWarning, REAL.fatalNoWorkingInstance, REAL_ERRORS.inlineError, REAL.bouncedRemoteRelay, REAL.expired, REAL.deferred, REAL.relayDenied554];
  const doc = log(lines);
  const found = service.validate(doc, settings());
  assert.deepEqual(
    found.map((d) => [d.code, d.range.start.line, d.range.start.character, d.range.end.character, d.severity]),
    [
      ['log-warning', 1, lines[1].indexOf('warning'), lines[1].length, 2],
      ['log-fatal', 2, lines[2].indexOf('fatal'), lines[2].length, 1],
      ['log-error', 3, lines[3].indexOf('error:'), lines[3].length, 1],
      ['log-bounced', 4, lines[4].indexOf('E63B720CBF5'), lines[4].length, 3],
      ['log-expired', 5, lines[5].indexOf('EAE4920CBF8'), lines[5].length, 3],
    ],
  );
  assert.equal(messageOf(found[1]),
    'Postfix fatal error: postfix/smtpd: in parameter smtpd_relay_restrictions or smtpd_recipient_restrictions, specify at least one working instance of: reject_unauth_destination, defer_unauth_destination, reject, defer, defer_if_permit or check_relay_domains');
  assert.equal(messageOf(found[3]),
    'Bounced: mail to <r@rbounce.example> failed permanently (dsn 5.7.1): host 127.0.0.1[127.0.0.1] said: 554 5.7.1 <r@rbounce.example>: Relay access denied (in reply to RCPT TO command)');
  assert.equal(messageOf(found[4]), 'Expired: message EAE4920CBF8 from <s@discard.example> stayed undelivered too long and was returned to the sender');
  assert.ok(found.every((d) => d.source === 'postfix'));
  const tuned = service.validate(doc, settings({ diagnostics: { 'log-warning': 'off', 'log-bounced': 'error' } }));
  assert.deepEqual(tuned.map((d) => [d.code, d.severity]), [['log-fatal', 1], ['log-error', 1], ['log-bounced', 1], ['log-expired', 3]]);
  const ja = service.validate(doc, settings({ locale: 'ja' }));
  assert.match(messageOf(ja[1]), /^Postfix の致命的エラー: postfix\/smtpd: in parameter/);
});

test('diagnostics stop at the scan limit and at the count limit, and say so on the first line', () => {
  const lines: string[] = [];
  for (let i = 0; i < 50; i++) lines.push(REAL.connect, REAL.nisWarning);
  const doc = log(lines);
  const model = parseMailLog(doc.getText());
  const limitChars = doc.offsetAt({ line: 10, character: 0 });
  const byChars = validateLog(doc, model, settings(), { maxChars: limitChars, maxDiagnostics: 1000 });
  assert.equal(byChars[0].code, 'log-partial');
  assert.deepEqual(byChars[0].range, { start: { line: 0, character: 0 }, end: { line: 0, character: REAL.connect.length } });
  assert.match(messageOf(byChars[0]), /^This log is 0\.0 MB: problems are listed for its first 0\.0 MB only \(up to line 11\)\. Hovers and code actions work on every line\.$/);
  assert.deepEqual(byChars.slice(1).map((d) => d.range.start.line), [1, 3, 5, 7, 9]);
  const byCount = validateLog(doc, model, settings(), { maxChars: Infinity, maxDiagnostics: 3 });
  assert.deepEqual(byCount.map((d) => d.code), ['log-partial', 'log-warning', 'log-warning', 'log-warning']);
  assert.equal(messageOf(byCount[0]), 'Only the first 3 problems of this log are listed.');
  const quiet = validateLog(doc, model, settings({ diagnostics: { 'log-partial': 'off' } }), { maxChars: limitChars, maxDiagnostics: 1000 });
  assert.equal(quiet.length, 5);
});

test('a log larger than the scan limit: problems only from its start, hover and actions everywhere', () => {
  const block = `${[REAL.connect, REAL.relayDenied554, REAL.disconnect].join('\n')}\n`;
  const repeat = Math.ceil((MAX_SCAN_CHARS + 1) / block.length);
  const text = `${block.repeat(repeat)}${REAL.fatalNoWorkingInstance}\n${REAL.relayDeferred454}`;
  assert.ok(text.length > MAX_SCAN_CHARS);
  const doc = TextDocument.create('file:///var/log/big/mail.log', 'postfix-log', 1, text);
  const found = service.validate(doc, settings());
  assert.deepEqual(found.map((d) => d.code), ['log-partial'], 'the fatal line lies past the limit');
  assert.match(messageOf(found[0]), /^This log is 8\.0 MB: problems are listed for its first 8\.0 MB only/);
  const last = doc.lineCount - 1;
  assert.match(md(service.hover(doc, { line: last, character: REAL.relayDeferred454.indexOf('454') }, settings())), /^\*\*`454`\*\*/);
  const actions = service.codeActions(doc, { start: { line: last, character: 0 }, end: { line: last, character: 0 } }, [], settings());
  assert.equal(actions.length, 1);
  assert.equal(actions[0].command?.arguments?.[1].line, last);
});

test('"Explain this rejection" on relay rejections, with the parsed line as arguments', () => {
  const lines = [REAL.connect, REAL.relayDenied554, REAL.userUnknown, REAL.relayDeferred454, FORMATS.ipv6Port];
  const doc = log(lines);
  const one = service.codeActions(doc, { start: { line: 1, character: 5 }, end: { line: 1, character: 5 } }, [], settings());
  assert.deepEqual(one, [{
    title: 'Explain this rejection',
    kind: 'quickfix',
    command: {
      title: 'Explain this rejection',
      command: EXPLAIN_REJECTION_COMMAND,
      arguments: [parseRejectLine(REAL.relayDenied554), { uri: doc.uri, line: 1 }],
    },
  }]);
  assert.equal(EXPLAIN_REJECTION_COMMAND, 'postfix.explainRejection');
  const args = one[0].command?.arguments?.[0] as RejectLine;
  assert.deepEqual([args.client, args.helo, args.sender, args.recipient, args.reply.code, args.reply.enhanced],
    [{ name: 'unknown', address: '127.0.0.1' }, 'mx.test.example', 's@defer.example', 'r@rbounce.example', '554', '5.7.1']);
  assert.equal(JSON.stringify(JSON.parse(JSON.stringify(one))), JSON.stringify(one), 'arguments are plain JSON');
  assert.deepEqual(service.codeActions(doc, { start: { line: 2, character: 0 }, end: { line: 2, character: 3 } }, [], settings()), []);
  const all = service.codeActions(doc, { start: { line: 0, character: 0 }, end: { line: 4, character: 10 } }, [], settings());
  assert.deepEqual(all.map((a) => a.command?.arguments?.[1].line), [1, 3, 4]);
  assert.deepEqual(all.map((a) => a.command?.arguments?.[0].reply.code), ['554', '454', '554']);
  const ja = service.codeActions(doc, { start: { line: 3, character: 0 }, end: { line: 3, character: 0 } }, [], settings({ locale: 'ja' }));
  assert.equal(ja[0].title, 'この拒否の理由を説明');
});
