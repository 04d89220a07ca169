import { test } from 'node:test';
import assert from 'node:assert/strict';
import { PARAMETER_RULES } from '../../server/src/rules/mainCf/parameters';
import { range } from '../helpers';
import { applyEdits, fixesOf, messageOf, runMainCfRules } from './ruleTestUtil';

const run = (text: string, options?: Parameters<typeof runMainCfRules>[2]) => runMainCfRules(PARAMETER_RULES, text, options);
const codes = (text: string, options?: Parameters<typeof runMainCfRules>[2]) => run(text, options).diagnostics.map((d) => [d.code, run(text, options).document.getText(d.range)]);

test('unknown-parameter: a typo gets did-you-mean fixes that rename it', () => {
  const r = run('myhostnme = mail.example.com\n');
  assert.equal(r.diagnostics.length, 1);
  const [d] = r.diagnostics;
  assert.equal(d.code, 'unknown-parameter');
  assert.deepEqual(d.range, range(0, 0, 0, 9));
  assert.match(messageOf(d), /Did you mean "myhostname"/);
  assert.equal(applyEdits(r.document, fixesOf(d)[0].edits), 'myhostname = mail.example.com\n');
});

test('unknown-parameter: a user-defined name is fine once something refers to it', () => {
  assert.deepEqual(codes('my_nets = 192.0.2.0/24\nmynetworks = $my_nets\n'), []);
  assert.deepEqual(codes('strict = reject\nsmtpd_restriction_classes = strict\n'), []);
  assert.deepEqual(codes('lonely = 1\n').map((c) => c[0]), ['unknown-parameter']);
});

test('unknown-parameter: per-service names follow master.cf, and are left alone without it', () => {
  const main = 'dovecot_destination_recipient_limit = 1\nrelay_destination_concurrency_limit = 5\n';
  assert.deepEqual(codes(main), []);
  const master = 'dovecot unix - n n - - pipe flags=R user=vmail argv=/bin/true\n';
  assert.deepEqual(codes(main, { master }).map((c) => c[1]), ['relay_destination_concurrency_limit']);
  assert.deepEqual(codes('dovecot_destination_recipient_limit = 1\n', { master: 'dovecot unix - n n - - smtpd\n' }).map((c) => c[0]), ['unknown-parameter']);
});

test('unknown-parameter: legacy names that a default still reads are known', () => {
  assert.deepEqual(codes('virtual_maps = hash:/etc/postfix/virtual\n', { version: '3.7' }), []);
});

test('undefined-reference: every reference form, with did-you-mean', () => {
  const r = run('a = $mail_nmae ${nope?x} $(paren)\nmyhostname = $a\n');
  assert.deepEqual(r.texts, ['mail_nmae', 'nope', 'paren']);
  assert.equal(r.diagnostics[0].code, 'undefined-reference');
  assert.match(messageOf(r.diagnostics[0]), /Did you mean "\$mail_name"/);
  assert.deepEqual(codes('a = $$literal $myhostname\nmydomain = $a\n'), []);
});

test('duplicate-parameter: the overridden entry is marked, with the later line named and a fix that removes it', () => {
  const text = 'mydomain = a.example\nmyorigin = $mydomain\nmydomain = b.example\n';
  const r = run(text);
  assert.equal(r.diagnostics.length, 1);
  const [d] = r.diagnostics;
  assert.equal(d.code, 'duplicate-parameter');
  assert.deepEqual(d.range, range(0, 0, 0, 8));
  assert.match(messageOf(d), /line 3/);
  assert.deepEqual(d.tags, [1]);
  assert.equal(applyEdits(r.document, fixesOf(d)[0].edits), 'myorigin = $mydomain\nmydomain = b.example\n');
  assert.deepEqual(codes('mydomain = a\nmydomain = a\n'), [], 'identical values: Postfix does not warn');
});

test('duplicate-parameter: removing a continued entry takes its continuation lines', () => {
  const r = run('mynetworks = 10.0.0.0/8,\n  192.168.0.0/16\nmynetworks = 127.0.0.0/8\n');
  assert.equal(applyEdits(r.document, fixesOf(r.diagnostics[0])[0].edits), 'mynetworks = 127.0.0.0/8\n');
});

test('read-only-parameter', () => {
  const r = run('process_name = smtpd\nmyhostname = x.example\n');
  assert.deepEqual(r.diagnostics.map((d) => d.code), ['read-only-parameter']);
  assert.equal(applyEdits(r.document, fixesOf(r.diagnostics[0])[0].edits), 'myhostname = x.example\n');
});

test('value-not-comment: # after a value, and its fix moves the comment above', () => {
  const text = 'compatibility_level = 3.6\nmyhostname = mail.example.com   # our MX\n';
  const r = run(text);
  assert.deepEqual(r.diagnostics.map((d) => [d.code, r.document.getText(d.range)]), [['value-not-comment', '# our MX']]);
  assert.equal(applyEdits(r.document, fixesOf(r.diagnostics[0])[0].edits), 'compatibility_level = 3.6\n# our MX\nmyhostname = mail.example.com\n');
  assert.deepEqual(codes('myhostname = mail#1.example\nsmtpd_banner = #literal\n'), [], 'a # inside a word or as the whole value is not after other text');
});

test('deprecated-parameter: version decides, and the fix translates the value', () => {
  assert.deepEqual(codes('smtpd_use_tls = yes\n', { version: '3.7' }), []);
  const r = run('smtpd_use_tls = yes\n', { version: '3.9' });
  assert.equal(r.diagnostics[0].code, 'deprecated-parameter');
  assert.match(messageOf(r.diagnostics[0]), /since Postfix 3\.9.*smtpd_tls_security_level/);
  assert.equal(applyEdits(r.document, fixesOf(r.diagnostics[0])[0].edits), 'smtpd_tls_security_level = may\n');
  const e = run('smtpd_enforce_tls = yes\n', { version: '3.11' });
  assert.equal(applyEdits(e.document, fixesOf(e.diagnostics[0])[0].edits), 'smtpd_tls_security_level = encrypt\n');
  const dns = run('disable_dns_lookups = yes\n', { version: '3.10' });
  assert.equal(applyEdits(dns.document, fixesOf(dns.diagnostics[0])[0].edits), 'smtp_dns_support_level = disabled\n');
  const v = run('virtual_maps = hash:/etc/postfix/virtual\n', { version: '3.11' });
  assert.equal(applyEdits(v.document, fixesOf(v.diagnostics[0])[0].edits), 'virtual_alias_maps = hash:/etc/postfix/virtual\n');
});

test('deprecated-parameter: when the replacement is already set, the fix removes the old line', () => {
  const r = run('smtpd_use_tls = yes\nsmtpd_tls_security_level = may\n', { version: '3.9' });
  assert.equal(applyEdits(r.document, fixesOf(r.diagnostics[0])[0].edits), 'smtpd_tls_security_level = may\n');
});

test('parameter-too-new: a 3.11 name under postfix.version 3.7', () => {
  const r = run('allow_srv_lookup_fallback = yes\n', { version: '3.7' });
  assert.deepEqual(r.diagnostics.map((d) => d.code), ['parameter-too-new']);
  assert.match(messageOf(r.diagnostics[0]), /Postfix 3\.7/);
  assert.deepEqual(codes('allow_srv_lookup_fallback = yes\n', { version: '3.11' }), []);
});

test('invalid-reference: a bare $ in a value Postfix expands', () => {
  const r = run('smtpd_banner = costs 5 $ today\n');
  assert.deepEqual(r.diagnostics.map((d) => [d.code, r.document.getText(d.range)]), [['invalid-reference', '$']]);
  assert.equal(applyEdits(r.document, fixesOf(r.diagnostics[0])[0].edits), 'smtpd_banner = costs 5 $$ today\n');
  assert.deepEqual(run('myorigin = ${mydomain\n').diagnostics.map((d) => d.code), ['invalid-reference']);
});

test('messages come in Japanese too', () => {
  const r = run('myhostnme = x\n', { locale: 'ja' });
  assert.match(messageOf(r.diagnostics[0]), /誤りではありませんか/);
});
