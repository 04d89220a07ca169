import { test } from 'node:test';
import assert from 'node:assert/strict';
import { applyEdits, fixesOf, messageOf, runMainCfRules } from './ruleTestUtil';
import { range } from '../helpers';
import { MainCfRule } from '../../server/src/rules/rule';
import { openRelay, relayCheckMissing } from '../../server/src/rules/mainCf/relay';
import { saslWithoutTls } from '../../server/src/rules/mainCf/sasl';

const run = (rule: MainCfRule, text: string, options: { version?: string; master?: string; locale?: 'en' | 'ja' } = {}) =>
  runMainCfRules([rule], text, { version: '3.7', ...options });

/** Applies the first fix of the only diagnostic. */
function fixOnce(rule: MainCfRule, text: string): string {
  const r = run(rule, text);
  assert.equal(r.diagnostics.length, 1, `one ${rule.id} finding in:\n${text}`);
  return applyEdits(r.document, fixesOf(r.diagnostics[0])[0].edits);
}

test('relay-check-missing: no relay check in either list (values in effect, classes followed)', () => {
  const text = 'compatibility_level = 3.6\nsmtpd_relay_restrictions = permit_mynetworks, permit_sasl_authenticated\nsmtpd_recipient_restrictions = check_policy_service unix:private/policy\n';
  const r = run(relayCheckMissing, text);
  assert.equal(r.diagnostics.length, 1);
  const d = r.diagnostics[0];
  assert.equal(d.code, 'relay-check-missing');
  assert.equal(d.severity, 1);
  assert.deepEqual(d.range, range(1, 0, 1, 24));
  assert.match(messageOf(d), /fatal: in parameter smtpd_relay_restrictions or smtpd_recipient_restrictions, specify at least one working instance of/);
  const fixed = fixOnce(relayCheckMissing, text);
  assert.match(fixed, /smtpd_relay_restrictions = permit_mynetworks, permit_sasl_authenticated, reject_unauth_destination\n/);
  assert.equal(run(relayCheckMissing, fixed).diagnostics.length, 0);
});

test('relay-check-missing: what smtpd accepts, we accept', () => {
  const ok = [
    // The default of compatibility_level >= 1 has defer_unauth_destination.
    'compatibility_level = 3.6\n',
    'compatibility_level = 2\n',
    // Only one of the two lists needs it; smtpd compares names case-insensitively.
    'smtpd_recipient_restrictions = permit_mynetworks, REJECT_UNAUTH_DESTINATION\n',
    'smtpd_relay_restrictions = permit_mynetworks, reject\n',
    'smtpd_relay_restrictions = defer_if_permit\n',
    'smtpd_relay_restrictions = defer\n',
    // check_relay_domains still counts for the start-up test.
    'smtpd_recipient_restrictions = permit_mynetworks, check_relay_domains\n',
    // Through a restriction class (a permit inside the class ends only the class).
    'smtpd_restriction_classes = c, d\nc = permit\nd = reject_unauth_destination\nsmtpd_relay_restrictions = c, d\n',
    // Through $name.
    'my_relay = permit_mynetworks reject_unauth_destination\nsmtpd_relay_restrictions = $my_relay\n',
  ];
  for (const text of ok) assert.deepEqual(run(relayCheckMissing, text).diagnostics, [], text);
});

test('relay-check-missing: a permit hides the check, warn_if_reject hides it, class names are case-sensitive', () => {
  const bad = [
    'compatibility_level = 3.6\nsmtpd_relay_restrictions = permit_mynetworks, permit, reject_unauth_destination\n',
    'compatibility_level = 3.6\nsmtpd_relay_restrictions = permit_mynetworks, warn_if_reject reject_unauth_destination\n',
    'compatibility_level = 3.6\nsmtpd_restriction_classes = relay_check\nrelay_check = reject_unauth_destination\nsmtpd_relay_restrictions = permit_mynetworks, Relay_Check\n',
  ];
  for (const text of bad) assert.equal(run(relayCheckMissing, text).diagnostics.length, 1, text);
  // The fix for a hidden check takes the permit out of its way.
  assert.equal(fixOnce(relayCheckMissing, bad[0]), 'compatibility_level = 3.6\nsmtpd_relay_restrictions = permit_mynetworks, reject_unauth_destination\n');
  assert.equal(fixOnce(relayCheckMissing, bad[1]), 'compatibility_level = 3.6\nsmtpd_relay_restrictions = permit_mynetworks, warn_if_reject reject_unauth_destination, reject_unauth_destination\n');
});

test('relay-check-missing: compatibility_level below 1 leaves smtpd_relay_restrictions empty', () => {
  const text = 'myhostname = mx.example.com\nsmtpd_recipient_restrictions = permit_mynetworks\n';
  const r = run(relayCheckMissing, text);
  assert.equal(r.diagnostics.length, 1);
  assert.deepEqual(r.diagnostics[0].range, range(1, 0, 1, 28));
  assert.match(messageOf(r.diagnostics[0]), /compatibility_level 0 \(below 1\)/);
  const fixed = applyEdits(r.document, fixesOf(r.diagnostics[0])[0].edits);
  assert.equal(fixed, `${text}smtpd_relay_restrictions = permit_mynetworks, permit_sasl_authenticated, defer_unauth_destination\n`);
  assert.equal(run(relayCheckMissing, fixed).diagnostics.length, 0);
  // An empty smtpd_relay_restrictions in the file gets the modern default written into it.
  assert.equal(
    fixOnce(relayCheckMissing, 'compatibility_level = 3.6\nsmtpd_relay_restrictions =\n'),
    'compatibility_level = 3.6\nsmtpd_relay_restrictions = permit_mynetworks, permit_sasl_authenticated, defer_unauth_destination\n',
  );
  // An empty file: Postfix 3.7 runs with level 0 and smtpd stops; reported at the start.
  assert.deepEqual(run(relayCheckMissing, '').diagnostics[0].range, range(0, 0, 0, 0));
});

test('open-relay: mynetworks holding every address with permit_mynetworks before the relay check', () => {
  const text = 'compatibility_level = 3.6\nmynetworks = 127.0.0.0/8, 0.0.0.0/0\n';
  const r = run(openRelay, text);
  assert.equal(r.diagnostics.length, 1);
  const d = r.diagnostics[0];
  assert.equal(d.code, 'open-relay');
  assert.equal(d.severity, 1);
  assert.deepEqual(d.range, range(1, 26, 1, 35));
  assert.match(messageOf(d), /"0\.0\.0\.0\/0" in mynetworks covers every IPv4 address.*smtpd_relay_restrictions/);
  const fixed = applyEdits(r.document, fixesOf(d)[0].edits);
  assert.equal(fixed, 'compatibility_level = 3.6\nmynetworks = 127.0.0.0/8, 127.0.0.1/32\n');
  assert.equal(run(openRelay, fixed).diagnostics.length, 0);
  // The IPv6 form needs brackets to be a network at all.
  assert.equal(fixOnce(openRelay, 'compatibility_level = 3.6\nmynetworks = [::]/0\n'), 'compatibility_level = 3.6\nmynetworks = [::1]/128\n');
});

test('open-relay: a permit in one list does not skip the other; a working check in the other list closes the relay', () => {
  const closed = [
    // The recipient list still rejects outsiders before permit_mynetworks has a say there.
    'compatibility_level = 3.6\nmynetworks = 0.0.0.0/0\nsmtpd_recipient_restrictions = permit_sasl_authenticated, reject_unauth_destination\n',
    // A client list that rejects everyone else.
    'compatibility_level = 3.6\nmynetworks = 0.0.0.0/0\nsmtpd_client_restrictions = check_client_access cidr:/etc/postfix/ok.cidr, reject\n',
    // Only reachable from this host.
    'compatibility_level = 3.6\nmynetworks = 0.0.0.0/0\ninet_interfaces = loopback-only\n',
    // A policy service may reject anyone: not certain, so not reported.
    'compatibility_level = 3.6\nmynetworks = 0.0.0.0/0\nsmtpd_recipient_restrictions = check_policy_service inet:127.0.0.1:10040\n',
    // IPv6 everything while Postfix speaks IPv4 only.
    'compatibility_level = 3.6\nmynetworks = [::]/0\ninet_protocols = ipv4\n',
    // smtpd does not start at all (that is relay-check-missing).
    'compatibility_level = 3.6\nmynetworks = 0.0.0.0/0\nsmtpd_relay_restrictions = permit_mynetworks\n',
    // An ordinary mynetworks.
    'compatibility_level = 3.6\nmynetworks = 127.0.0.0/8 [::1]/128 192.0.2.0/24\n',
  ];
  for (const text of closed) assert.deepEqual(run(openRelay, text).diagnostics, [], text);
});

test('open-relay: an unconditional permit ahead of the relay check (here in a restriction class)', () => {
  const text = 'compatibility_level = 3.6\nsmtpd_restriction_classes = trusted\ntrusted = permit_sasl_authenticated, permit\nsmtpd_relay_restrictions = trusted, reject_unauth_destination\n';
  const r = run(openRelay, text);
  assert.equal(r.diagnostics.length, 1);
  assert.deepEqual(r.diagnostics[0].range, range(2, 37, 2, 43));
  assert.match(messageOf(r.diagnostics[0]), /"permit" in trusted accepts every client/);
  const fixed = applyEdits(r.document, fixesOf(r.diagnostics[0])[0].edits);
  assert.equal(fixed, text.replace('trusted = permit_sasl_authenticated, permit', 'trusted = permit_sasl_authenticated'));
  assert.equal(run(openRelay, fixed).diagnostics.length, 0);
  // A static:OK access table before the relay check is the same.
  const staticOk = run(openRelay, 'compatibility_level = 3.6\nmynetworks = 127.0.0.0/8\nsmtpd_relay_restrictions = check_client_access static:OK, reject_unauth_destination\n');
  assert.deepEqual(staticOk.texts, ['check_client_access static:OK']);
});

test('open-relay speaks Japanese', () => {
  const r = run(openRelay, 'compatibility_level = 3.6\nmynetworks = 0.0.0.0/0\n', { locale: 'ja' });
  assert.match(messageOf(r.diagnostics[0]), /オープンリレーです/);
});

test('sasl-without-tls: the SMTP client sends a password without required TLS', () => {
  const text = 'relayhost = [smtp.example.net]:587\nsmtp_sasl_auth_enable = yes\nsmtp_sasl_password_maps = hash:/etc/postfix/sasl_passwd\nsmtp_sasl_security_options = noanonymous\nsmtp_tls_security_level = may\n';
  const r = run(saslWithoutTls, text);
  assert.equal(r.diagnostics.length, 1);
  assert.equal(r.diagnostics[0].severity, 2);
  assert.deepEqual(r.diagnostics[0].range, range(1, 24, 1, 27));
  assert.match(messageOf(r.diagnostics[0]), /smtp_tls_security_level is "may"/);
  const fixed = applyEdits(r.document, fixesOf(r.diagnostics[0])[0].edits);
  assert.match(fixed, /smtp_tls_security_level = encrypt\n$/);
  assert.equal(run(saslWithoutTls, fixed).diagnostics.length, 0);
  // Without a level the fix adds one after the SASL switch.
  const none = 'smtp_sasl_auth_enable = yes\nsmtp_sasl_security_options = noanonymous\n';
  assert.equal(fixOnce(saslWithoutTls, none), 'smtp_sasl_auth_enable = yes\nsmtp_tls_security_level = encrypt\nsmtp_sasl_security_options = noanonymous\n');
});

test('sasl-without-tls: no finding when TLS is required or plaintext mechanisms are refused', () => {
  const fine = [
    'smtp_sasl_auth_enable = yes\nsmtp_sasl_security_options = noanonymous\nsmtp_tls_security_level = encrypt\n',
    'smtp_sasl_auth_enable = yes\nsmtp_sasl_security_options = noanonymous\nsmtp_tls_security_level = secure\n',
    'smtp_sasl_auth_enable = yes\nsmtp_sasl_security_options = noanonymous\nsmtp_tls_wrappermode = yes\n',
    'smtp_sasl_auth_enable = yes\nsmtp_sasl_security_options = noanonymous\nsmtp_enforce_tls = yes\n',
    // The default smtp_sasl_security_options already refuses plaintext mechanisms.
    'smtp_sasl_auth_enable = yes\n',
    // Per-destination policy decides.
    'smtp_sasl_auth_enable = yes\nsmtp_sasl_security_options = noanonymous\nsmtp_tls_policy_maps = hash:/etc/postfix/tls_policy\n',
    'smtpd_sasl_auth_enable = yes\nsmtpd_tls_auth_only = yes\n',
    'smtpd_sasl_auth_enable = yes\nsmtpd_tls_security_level = encrypt\n',
    'smtpd_sasl_auth_enable = yes\nsmtpd_sasl_security_options = noanonymous, noplaintext\n',
  ];
  for (const text of fine) assert.deepEqual(run(saslWithoutTls, text).diagnostics, [], text);
  // master.cf changes the SMTP client's TLS for some service: main.cf alone does not decide.
  const master = 'relay unix - - n - - smtp -o smtp_tls_security_level=encrypt\n';
  assert.deepEqual(run(saslWithoutTls, 'smtp_sasl_auth_enable = yes\nsmtp_sasl_security_options = noanonymous\n', { master }).diagnostics, []);
});

test('sasl-without-tls: the SMTP server offers AUTH before STARTTLS', () => {
  const text = 'smtpd_tls_security_level = may\nsmtpd_sasl_auth_enable = yes\nsmtpd_tls_auth_only = no\n';
  const r = run(saslWithoutTls, text);
  assert.equal(r.diagnostics.length, 1);
  assert.deepEqual(r.diagnostics[0].range, range(1, 25, 1, 28));
  assert.match(messageOf(r.diagnostics[0]), /smtpd_tls_security_level is "may"/);
  assert.equal(fixOnce(saslWithoutTls, text), 'smtpd_tls_security_level = may\nsmtpd_sasl_auth_enable = yes\nsmtpd_tls_auth_only = yes\n');
});

test('relay-check-missing: with neither list nor compatibility_level in the file, the first setting carries it', () => {
  const r = runMainCfRules([relayCheckMissing], '# comment\nmyhostname = mx.example.com\nmydomain = example.com\n', { version: '3.7' });
  const d = r.diagnostics.find((x) => x.code === 'relay-check-missing');
  assert.ok(d);
  assert.equal(r.document.getText(d.range), 'myhostname');
});
