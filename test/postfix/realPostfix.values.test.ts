/**
 * For each error rule about values and syntax: the real Postfix refuses the same input.
 * postconf for what it checks itself; otherwise smtpd started on 127.0.0.1, whose log shows the fatal error.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { NO_POSTCONF, NO_POSTFIX, configDir, postconf, smtpSession, startPostfix, waitForLog } from './instance';
import { runMainCfRules } from '../unit/ruleTestUtil';
import { MAIN_CF_RULES } from '../../server/src/rules/registry';

/** Our errors for a main.cf that otherwise has what smtpd needs to start (a relay check by compatibility level). */
const ours = (mainCf: string) =>
  runMainCfRules(MAIN_CF_RULES, `compatibility_level = 3.6\n${mainCf}`, { version: '3.7' })
    .diagnostics.filter((d) => d.severity === 1)
    .map((d) => d.code);

/** Starts Postfix with the settings, opens one SMTP session, and returns the log line matching the pattern. */
async function smtpdLog(mainCf: string, pattern: RegExp, commands = ['EHLO client.example', 'QUIT']): Promise<string | undefined> {
  const pf = startPostfix(`compatibility_level = 3.6\nmydestination = mx.test.example\n${mainCf}`);
  try {
    await smtpSession(pf, commands, '127.0.0.2').catch(() => []);
    return await waitForLog(pf, pattern);
  } finally {
    pf.stop();
  }
}

test('syntax-missing-equals: postconf stops with a fatal error', { skip: NO_POSTCONF }, () => {
  const text = 'myhostname = a.example\nnot a setting\n';
  assert.deepEqual(ours(text), ['syntax-missing-equals']);
  const r = postconf(configDir(text), '-n');
  assert.equal(r.status, 1);
  assert.ok(r.messages.some((m) => /fatal: .*line 2: missing '=' after attribute name: "not a setting"/.test(m)), r.messages.join('\n'));
});

test('invalid-reference: postconf stops on a bare $ in a built-in parameter', { skip: NO_POSTCONF }, () => {
  const text = 'mynetworks = 127.0.0.0/8 $\n';
  assert.deepEqual(ours(text), ['invalid-reference']);
  const r = postconf(configDir(text), '-n');
  assert.equal(r.status, 1);
  assert.ok(r.messages.some((m) => /fatal: .*macro processing error/.test(m)), r.messages.join('\n'));
});

const daemonCases: Array<[string, string, RegExp]> = [
  ['invalid-boolean', 'smtpd_helo_required = maybe\n', /fatal: bad boolean configuration: smtpd_helo_required = maybe/],
  ['invalid-integer', 'smtpd_recipient_limit = 1k\n', /fatal: bad numerical configuration: smtpd_recipient_limit = 1k/],
  ['invalid-time', 'smtpd_timeout = 300 s\n', /fatal: parameter smtpd_timeout: bad time value or unit: 300 s/],
];

test('invalid-time: what smtpd accepts, we accept (only the first character after the digits counts)', { skip: NO_POSTFIX }, async () => {
  const mainCf = 'smtpd_timeout = 300sec\n';
  assert.deepEqual(ours(mainCf), []);
  const line = await smtpdLog(mainCf, /disconnect from .*ehlo=1/);
  assert.ok(line, 'smtpd served the session');
});

test('invalid-size: master itself refuses to start', { skip: NO_POSTFIX }, () => {
  const mainCf = 'compatibility_level = 3.6\nmessage_size_limit = 20M\n';
  assert.ok(ours(mainCf).includes('invalid-size'));
  assert.throws(() => startPostfix(mainCf).stop(), /master did not start/);
});

for (const [rule, mainCf, pattern] of daemonCases) {
  test(`${rule}: smtpd refuses to run`, { skip: NO_POSTFIX }, async () => {
    assert.ok(ours(mainCf).includes(rule), `we report ${rule}`);
    const line = await smtpdLog(mainCf, pattern);
    assert.ok(line, `smtpd log shows ${pattern}`);
  });
}

test('invalid-reply-code: smtpd answers 450 4.7.1 instead of the configured code', { skip: NO_POSTFIX }, async () => {
  const mainCf = 'relay_domains_reject_code = 250\nsmtpd_relay_restrictions = reject_unauth_destination\n';
  assert.deepEqual(ours(mainCf), ['invalid-reply-code']);
  const pf = startPostfix(`compatibility_level = 3.6\nmydestination = mx.test.example\n${mainCf}`);
  try {
    const replies = await smtpSession(pf, ['EHLO client.example', 'MAIL FROM:<a@example.org>', 'RCPT TO:<b@remote.example.net>', 'QUIT'], '127.0.0.2');
    assert.match(replies[3], /^450 4\.7\.1 /);
    assert.ok(await waitForLog(pf, /SMTP reply code configuration error/));
  } finally {
    pf.stop();
  }
});
