/**
 * For each error rule about restrictions, relaying, networks and tables: the real Postfix
 * (Debian's 3.7, master + smtpd on 127.0.0.1) refuses the same input, and accepts it after
 * our fix. For open-relay: a client at 127.0.0.2 relays with the flagged configuration and
 * cannot after the fix.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { NO_POSTFIX, configDir, postconf, smtpSession, startPostfix, waitForLog } from './instance';
import { applyEdits, fixesOf, runMainCfRules } from '../unit/ruleTestUtil';
import { HAVE_SHARED, SHARED_DIR } from '../helpers';
import { RELAY_AND_RESTRICTION_RULES } from '../../server/src/rules/mainCf/relayRules';

/** Our error findings on the text (rule ids), for Postfix 3.7 as installed here. */
function errors(text: string): string[] {
  return runMainCfRules(RELAY_AND_RESTRICTION_RULES, text, { version: '3.7' })
    .diagnostics.filter((d) => d.severity === 1)
    .map((d) => String(d.code));
}

/** The text after applying the first fix of our only finding of that rule. */
function fixed(text: string, rule: string): string {
  const run = runMainCfRules(RELAY_AND_RESTRICTION_RULES, text, { version: '3.7' });
  const found = run.diagnostics.filter((d) => d.code === rule);
  assert.equal(found.length, 1, `one ${rule} finding`);
  return applyEdits(run.document, fixesOf(found[0])[0].edits);
}

interface Outcome {
  replies: string[];
  log: string;
  /** The log line that matched `waitFor`, if any. */
  line?: string;
}

/**
 * Starts Postfix with the settings (after the harness's private ones), speaks SMTP from
 * `client` up to RCPT TO a remote address (and DATA when asked), and returns the replies
 * and the log. With `fatal`, waits for that log line and stops Postfix, since smtpd never answers.
 */
async function smtp(mainCf: string, options: { client?: string; rcpt?: string; data?: boolean; waitFor?: RegExp; fatal?: boolean } = {}): Promise<Outcome> {
  const pf = startPostfix(mainCf);
  let stopped = false;
  try {
    const commands = ['EHLO client.example', 'MAIL FROM:<a@example.org>', `RCPT TO:<${options.rcpt ?? 'b@remote.example.net'}>`];
    if (options.data) commands.push('DATA');
    commands.push('QUIT');
    const session = smtpSession(pf, commands, options.client ?? '127.0.0.1', 10000).catch((e: Error) => [`no session: ${e.message}`]);
    let line: string | undefined;
    if (options.waitFor) line = await waitForLog(pf, options.waitFor, 10000);
    if (options.fatal) {
      pf.stop();
      stopped = true;
    }
    const replies = await session;
    await new Promise((r) => setTimeout(r, 200));
    return { replies, log: stopped ? '' : pf.log(), line };
  } finally {
    if (!stopped) pf.stop();
  }
}

/** The reply to RCPT TO (the fourth reply: banner, EHLO, MAIL, RCPT). */
const rcptReply = (o: Outcome) => o.replies[3] ?? o.replies.join(' | ');

test('unknown-restriction: smtpd logs the unknown name and answers 451 4.3.5; after the fix it accepts', { skip: NO_POSTFIX }, async () => {
  const text = 'compatibility_level = 3.6\nsmtpd_client_restrictions = permit_mynetwork\n';
  assert.deepEqual(errors(text), ['unknown-restriction']);
  const bad = await smtp(text, { waitFor: /warning: unknown smtpd restriction: "permit_mynetwork"/ });
  assert.ok(bad.line, bad.log);
  assert.equal(rcptReply(bad), '451 4.3.5 Server configuration error');
  const good = fixed(text, 'unknown-restriction');
  assert.deepEqual(errors(good), []);
  assert.match(rcptReply(await smtp(good)), /^250 2\.1\.5 /);
});

test('unknown-restriction: a class name with other capitals is unknown to smtpd', { skip: NO_POSTFIX }, async () => {
  const text = 'compatibility_level = 3.6\nsmtpd_restriction_classes = myclass\nmyclass = permit_mynetworks\nsmtpd_client_restrictions = MyClass\n';
  assert.deepEqual(errors(text), ['unknown-restriction']);
  const bad = await smtp(text, { waitFor: /warning: unknown smtpd restriction: "MyClass"/ });
  assert.ok(bad.line, bad.log);
  assert.equal(rcptReply(bad), '451 4.3.5 Server configuration error');
  assert.match(rcptReply(await smtp(fixed(text, 'unknown-restriction'))), /^250 /);
});

test('unknown-restriction: check_*_access without a table, and a bare table in smtpd_data_restrictions', { skip: NO_POSTFIX }, async () => {
  const noTable = 'compatibility_level = 3.6\nsmtpd_sender_restrictions = check_sender_access, reject_unlisted_sender\n';
  assert.deepEqual(errors(noTable), ['unknown-restriction']);
  const a = await smtp(noTable, { waitFor: /warning: restriction check_sender_access: bad argument "reject_unlisted_sender": need maptype:mapname/ });
  assert.ok(a.line, a.log);
  assert.equal(rcptReply(a), '451 4.3.5 Server configuration error');

  const bare = 'compatibility_level = 3.6\nsmtpd_data_restrictions = static:REJECT\n';
  assert.deepEqual(errors(bare), ['unknown-restriction']);
  const b = await smtp(bare, { data: true, waitFor: /warning: specify one of \(check_client_access, .*\) before Data command restriction "static:REJECT"/ });
  assert.ok(b.line, b.log);
  assert.match(b.replies[4] ?? '', /^451 4\.3\.5 Server configuration error/);
});

test('undefined-restriction-class: smtpd stops at start-up', { skip: NO_POSTFIX }, async () => {
  const text = 'compatibility_level = 3.6\nsmtpd_restriction_classes = from_partners\n';
  assert.deepEqual(errors(text), ['undefined-restriction-class']);
  const bad = await smtp(text, { waitFor: /fatal: restriction class `from_partners' needs a definition/, fatal: true });
  assert.ok(bad.line);
  const good = fixed(text, 'undefined-restriction-class');
  assert.deepEqual(errors(good), []);
  assert.match(rcptReply(await smtp(good)), /^250 /);
});

const RELAY_FATAL = /fatal: in parameter smtpd_relay_restrictions or smtpd_recipient_restrictions, specify at least one working instance of: reject_unauth_destination, defer_unauth_destination, reject, defer, defer_if_permit or check_relay_domains/;

test('relay-check-missing: smtpd stops at start-up; after the fix it starts and relays only for mynetworks', { skip: NO_POSTFIX }, async () => {
  const text = 'compatibility_level = 3.6\nsmtpd_relay_restrictions = permit_mynetworks, permit, reject_unauth_destination\n';
  assert.deepEqual(errors(text), ['relay-check-missing']);
  const bad = await smtp(text, { waitFor: RELAY_FATAL, fatal: true });
  assert.ok(bad.line);
  const good = fixed(text, 'relay-check-missing');
  assert.deepEqual(errors(good), []);
  assert.match(rcptReply(await smtp(good)), /^250 /);
  assert.match(rcptReply(await smtp(good, { client: '127.0.0.2' })), /^554 5\.7\.1 <b@remote\.example\.net>: Relay access denied/);
});

test('relay-check-missing: without compatibility_level the relay list is empty and smtpd stops', { skip: NO_POSTFIX }, async () => {
  const text = 'smtpd_recipient_restrictions = permit_mynetworks\n';
  assert.deepEqual(errors(text), ['relay-check-missing']);
  assert.ok((await smtp(text, { waitFor: RELAY_FATAL, fatal: true })).line);
  const good = fixed(text, 'relay-check-missing');
  assert.deepEqual(errors(good), []);
  // smtpd runs; at compatibility_level 0 mynetworks_style is subnet, so 127.0.0.2 is a trusted client.
  assert.equal(rcptReply(await smtp(good, { client: '127.0.0.2' })), '250 2.1.5 Ok');
});

/** Our start-up error findings on the untemplated corpus files. */
function corpusErrors(): Array<[string, string]> {
  const dir = resolve(SHARED_DIR, 'corpus', 'files');
  const templated = new Set(
    readFileSync(resolve(SHARED_DIR, 'corpus', 'MANIFEST.tsv'), 'utf8')
      .split('\n')
      .map((l) => l.split('\t'))
      .filter((cols) => cols[5] === 'yes')
      .map((cols) => cols[0]),
  );
  const watched = new Set(['unknown-restriction', 'relay-check-missing', 'undefined-restriction-class']);
  return readdirSync(dir)
    .filter((f) => /main\.cf/.test(f) && !templated.has(f))
    .flatMap((f) => errors(readFileSync(resolve(dir, f), 'utf8')).filter((id) => watched.has(id)).map((id): [string, string] => [f, id]));
}

test('relay-check-missing: the corpus files we flag make smtpd stop too', { skip: NO_POSTFIX || (HAVE_SHARED ? false : 'needs ../shared') }, async () => {
  const found = corpusErrors();
  assert.ok(found.length > 0);
  for (const [file, rule] of found) {
    assert.equal(rule, 'relay-check-missing', `${file}: check ${rule} against smtpd by hand and add a case here`);
    // Postfix's own reading of the file: postconf -x gives the lists as smtpd sees them.
    const dir = mkdtempSync(join(tmpdir(), 'pfcorpus-'));
    const text = readFileSync(resolve(SHARED_DIR, 'corpus', 'files', file), 'utf8');
    // 035 starts with a stray line that stops postconf before our question; the rest of the file decides.
    writeFileSync(join(dir, 'main.cf'), file.startsWith('035-') ? text.split('\n').slice(1).join('\n') : text);
    writeFileSync(join(dir, 'master.cf'), '');
    const r = postconf(dir, '-x', 'compatibility_level', 'smtpd_relay_restrictions', 'smtpd_recipient_restrictions', 'smtpd_restriction_classes');
    rmSync(dir, { recursive: true, force: true });
    assert.equal(r.status, 0, r.messages.join('\n'));
    const line = (await smtp(r.stdout, { waitFor: RELAY_FATAL, fatal: true })).line;
    assert.ok(line, `smtpd refuses ${file}:\n${r.stdout}`);
  }
});

test('open-relay: with 0.0.0.0/0 in mynetworks a client at 127.0.0.2 relays; after the fix it cannot', { skip: NO_POSTFIX }, async () => {
  // Our rule sees this main.cf alone; the harness adds inet_interfaces = 127.0.0.1 only to keep the test private.
  const text = 'compatibility_level = 3.6\nmynetworks = 0.0.0.0/0\n';
  assert.deepEqual(errors(text), ['open-relay']);
  const open = await smtp(text, { client: '127.0.0.2' });
  assert.equal(rcptReply(open), '250 2.1.5 Ok');
  const good = fixed(text, 'open-relay');
  assert.equal(good, 'compatibility_level = 3.6\nmynetworks = 127.0.0.1/32\n');
  assert.deepEqual(errors(good), []);
  assert.equal(rcptReply(await smtp(good, { client: '127.0.0.2' })), '454 4.7.1 <b@remote.example.net>: Relay access denied');
});

test('open-relay: a permit in a restriction class ahead of the relay check; after the fix the client cannot relay', { skip: NO_POSTFIX }, async () => {
  const text = 'compatibility_level = 3.6\nsmtpd_restriction_classes = trusted\ntrusted = permit_sasl_authenticated, permit\nsmtpd_relay_restrictions = trusted, reject_unauth_destination\n';
  assert.deepEqual(errors(text), ['open-relay']);
  assert.equal(rcptReply(await smtp(text, { client: '127.0.0.2' })), '250 2.1.5 Ok');
  const good = fixed(text, 'open-relay');
  assert.deepEqual(errors(good), []);
  assert.equal(rcptReply(await smtp(good, { client: '127.0.0.2' })), '554 5.7.1 <b@remote.example.net>: Relay access denied');
});

test('open-relay: not reported when the other list still rejects, and smtpd agrees', { skip: NO_POSTFIX }, async () => {
  const text = 'compatibility_level = 3.6\nmynetworks = 0.0.0.0/0\nsmtpd_recipient_restrictions = permit_sasl_authenticated, reject_unauth_destination\n';
  assert.deepEqual(errors(text), []);
  assert.equal(rcptReply(await smtp(text, { client: '127.0.0.2' })), '554 5.7.1 <b@remote.example.net>: Relay access denied');
});

test('invalid-network: IPv6 without brackets starting with ":" stops smtpd; with brackets it runs', { skip: NO_POSTFIX }, async () => {
  const text = 'compatibility_level = 3.6\nmynetworks = 127.0.0.1/32 ::1/128\n';
  assert.deepEqual(errors(text), ['invalid-network']);
  assert.ok((await smtp(text, { waitFor: /fatal: open dictionary: expecting "type:name" form instead of "::1\/128"/, fatal: true })).line);
  const good = fixed(text, 'invalid-network');
  assert.equal(good, 'compatibility_level = 3.6\nmynetworks = 127.0.0.1/32 [::1]/128\n');
  assert.equal(rcptReply(await smtp(good, { client: '127.0.0.2' })), '454 4.7.1 <b@remote.example.net>: Relay access denied');
});

const networkCases: Array<[string, RegExp]> = [
  ['2001:db8::/32', /error: unsupported dictionary type: 2001/],
  ['192.168.1.10/24', /warning: mynetworks: non-null host address bits in "192\.168\.1\.10\/24", perhaps you should use "192\.168\.1\.0\/24" instead/],
  ['127.0.0.0/33', /warning: mynetworks: bad .* in "127\.0\.0\.0\/33"/],
  ['10/8', /warning: mynetworks: bad .* in "10\/8"/],
];

for (const [word, logged] of networkCases) {
  test(`invalid-network: "${word}" makes the mynetworks lookup fail with 451 4.3.0`, { skip: NO_POSTFIX }, async () => {
    const text = `compatibility_level = 3.6\nmynetworks = 127.0.0.1/32 ${word}\n`;
    assert.deepEqual(errors(text), ['invalid-network']);
    const bad = await smtp(text, { client: '127.0.0.2', waitFor: logged });
    assert.ok(bad.line, bad.log);
    assert.equal(rcptReply(bad), '451 4.3.0 <b@remote.example.net>: Temporary lookup failure');
    const run = runMainCfRules(RELAY_AND_RESTRICTION_RULES, text, { version: '3.7' });
    const fix = fixesOf(run.diagnostics[0])[0];
    if (fix) {
      const good = applyEdits(run.document, fix.edits);
      assert.deepEqual(errors(good), []);
      assert.equal(rcptReply(await smtp(good, { client: '127.0.0.2' })), '454 4.7.1 <b@remote.example.net>: Relay access denied');
    }
  });
}

test('unknown-table-type: smtpd and postmap report "unsupported dictionary type"; with the fix the table works', { skip: NO_POSTFIX }, async () => {
  const dir = mkdtempSync(join(tmpdir(), 'pftable-'));
  try {
    writeFileSync(join(dir, 'access'), '192.0.2.1 REJECT\n');
    assert.equal(spawnSync('/usr/sbin/postmap', [`hash:${join(dir, 'access')}`]).status, 0);
    const text = `compatibility_level = 3.6\nsmtpd_client_restrictions = check_client_access hsh:${join(dir, 'access')}\n`;
    assert.deepEqual(errors(text), ['unknown-table-type']);
    const bad = await smtp(text, { waitFor: /error: unsupported dictionary type: hsh/ });
    assert.ok(bad.line, bad.log);
    assert.match(rcptReply(bad), /^451 4\.3\.5 <.*>: Client host rejected: Server configuration error/);
    const postmap = spawnSync('/usr/sbin/postmap', ['-q', '192.0.2.1', `hsh:${join(dir, 'access')}`], { encoding: 'utf8' });
    assert.notEqual(postmap.status, 0);
    assert.match(postmap.stderr, /fatal: unsupported dictionary type: hsh/);
    const good = fixed(text, 'unknown-table-type');
    assert.deepEqual(errors(good), []);
    assert.match(rcptReply(await smtp(good)), /^250 /);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test('postconf itself checks none of this (the errors show only when smtpd runs)', { skip: NO_POSTFIX }, () => {
  const dir = configDir('compatibility_level = 3.6\nsmtpd_relay_restrictions = permit\nmynetworks = ::1\nsmtpd_restriction_classes = x\n');
  const r = postconf(dir, '-n');
  assert.equal(r.status, 0, r.messages.join('\n'));
  rmSync(dir, { recursive: true, force: true });
});
