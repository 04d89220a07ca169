import { test } from 'node:test';
import assert from 'node:assert/strict';
import {
  effectiveCompatibilityLevel,
  enumeratedParameters,
  valueDoc,
  valueDocs,
} from '../../server/src/knowledge/valueDocs';
import { PARAMETER_ROWS } from '../../server/src/knowledge/generated/parameters';

const params = new Map(PARAMETER_ROWS.map((r) => [r[0], r]));

function keys(name: string): string[] {
  const t = valueDocs[name];
  assert.ok(t, `no value docs for ${name}`);
  return Object.keys(t).sort();
}

test('enumeratedParameters lists exactly the documented parameters, all built into Postfix', () => {
  assert.deepEqual([...enumeratedParameters].sort(), Object.keys(valueDocs).sort());
  for (const name of enumeratedParameters) {
    const row = params.get(name);
    assert.ok(row, `${name} is not a Postfix parameter`);
    assert.equal(row[7], 1, `${name} must be a built-in parameter`);
    assert.notEqual(row[1], 'bool', `${name} is a boolean and should not be here`);
  }
});

test('value keys are lower case and every text has English and Japanese', () => {
  for (const [name, table] of Object.entries(valueDocs)) {
    assert.ok(Object.keys(table).length > 0, name);
    for (const [value, doc] of Object.entries(table)) {
      assert.equal(value, value.toLowerCase(), `${name}=${value}`);
      assert.equal(value, value.trim(), `${name}=${value}`);
      assert.ok(doc.en.trim().length > 5, `${name}=${value}: English`);
      assert.ok(doc.ja && /[\u3040-\u30ff\u4e00-\u9fff]/.test(doc.ja), `${name}=${value}: Japanese`);
      assert.doesNotMatch(doc.en, /[\u3040-\u30ff\u4e00-\u9fff]/, `${name}=${value}: English contains Japanese`);
    }
  }
});

test('TLS security levels', () => {
  const client = ['', 'dane', 'dane-only', 'encrypt', 'fingerprint', 'may', 'none', 'secure', 'verify'];
  assert.deepEqual(keys('smtp_tls_security_level'), client);
  assert.equal(keys('smtp_tls_security_level').length, 9);
  assert.deepEqual(keys('lmtp_tls_security_level'), client);
  assert.deepEqual(keys('tlsproxy_client_security_level'), client);
  for (const server of ['smtpd_tls_security_level', 'postscreen_tls_security_level', 'tlsproxy_tls_security_level']) {
    assert.deepEqual(keys(server), ['', 'encrypt', 'may', 'none'], server);
  }
  assert.match(valueDocs.smtp_tls_security_level.dane.en, /smtp_dns_support_level = dnssec/);
  assert.match(valueDocs.smtpd_tls_security_level.encrypt.en, /smtpd_tls_auth_only = yes/);
});

test('enumerations with a fixed set of values', () => {
  assert.deepEqual(keys('mynetworks_style'), ['class', 'host', 'subnet']);
  assert.deepEqual(keys('smtp_dns_support_level'), ['', 'disabled', 'dnssec', 'enabled']);
  assert.deepEqual(keys('notify_classes'), ['2bounce', 'bounce', 'data', 'delay', 'policy', 'protocol', 'resource', 'software']);
  const sasl = ['forward_secrecy', 'mutual_auth', 'noactive', 'noanonymous', 'nodictionary', 'noplaintext'];
  for (const p of ['smtpd_sasl_security_options', 'smtpd_sasl_tls_security_options', 'smtp_sasl_security_options', 'smtp_sasl_tls_security_options']) {
    assert.deepEqual(keys(p), sasl, p);
  }
  assert.deepEqual(keys('smtpd_sasl_type'), ['cyrus', 'dovecot']);
  // Dovecot has no client side: postconf -A lists only cyrus.
  assert.deepEqual(keys('smtp_sasl_type'), ['cyrus']);
  assert.deepEqual(keys('smtpd_tls_ciphers'), ['export', 'high', 'low', 'medium']);
  assert.deepEqual(keys('smtpd_tls_mandatory_ciphers'), ['export', 'high', 'low', 'medium', 'null']);
  assert.deepEqual(keys('postscreen_dnsbl_action'), ['drop', 'enforce', 'ignore']);
  assert.deepEqual(keys('smtpd_forbid_bare_newline'), ['no', 'normalize', 'reject', 'yes']);
  assert.deepEqual(keys('local_recipient_maps'), ['']);
  assert.deepEqual(keys('compatibility_level'), ['0', '1', '2', '3.11', '3.6']);
});

test('literal built-in defaults are documented values', () => {
  let checked = 0;
  for (const name of enumeratedParameters) {
    const def = params.get(name)![2];
    if (def.includes('$') || def === '') continue;
    for (const keyword of def.toLowerCase().split(/[\s,]+/).filter((k) => k !== '')) {
      assert.ok(valueDocs[name][keyword], `${name}: default keyword "${keyword}" is not documented`);
      checked++;
    }
  }
  // medium (x4 plain + x2 mandatory), resource, software, postscreen actions, any, normalize, ...
  assert.ok(checked >= 15, `only ${checked} defaults checked`);
});

test('compatibility levels describe what each level changes', () => {
  assert.match(valueDocs.compatibility_level['1'].en, /defer_unauth_destination/);
  assert.match(valueDocs.compatibility_level['1'].en, /smtputf8_enable = yes/);
  assert.match(valueDocs.compatibility_level['2'].en, /mynetworks_style = host/);
  assert.match(valueDocs.compatibility_level['3.6'].en, /sha256/);
  assert.match(valueDocs.compatibility_level['3.6'].en, /smtpd_relay_before_recipient_restrictions = yes/);
  assert.match(valueDocs.compatibility_level['3.11'].en, /smtp_tlsrpt_skip_reused_handshakes = no/);
  assert.equal(effectiveCompatibilityLevel('3.7'), '3.6');
  assert.equal(effectiveCompatibilityLevel('3.10'), '3.6');
  assert.equal(effectiveCompatibilityLevel('3.11'), '3.11');
  assert.equal(effectiveCompatibilityLevel('9999'), '3.11');
  assert.equal(effectiveCompatibilityLevel('1.5'), '1');
  assert.equal(effectiveCompatibilityLevel('0'), '0');
  assert.equal(effectiveCompatibilityLevel('level'), undefined);
  assert.equal(valueDoc('compatibility_level', '3.9'), valueDocs.compatibility_level['3.6']);
});

test('valueDoc normalises case and list separators', () => {
  assert.equal(valueDoc('inet_protocols', 'IPv4,IPv6'), valueDocs.inet_protocols['ipv4, ipv6']);
  assert.equal(valueDoc('inet_protocols', ' all '), valueDocs.inet_protocols.all);
  assert.equal(valueDoc('smtp_host_lookup', 'dns native'), valueDocs.smtp_host_lookup['dns, native']);
  assert.equal(valueDoc('smtp_tls_security_level', 'DANE-only'), valueDocs.smtp_tls_security_level['dane-only']);
  assert.equal(valueDoc('local_recipient_maps', ''), valueDocs.local_recipient_maps['']);
  assert.equal(valueDoc('smtp_tls_security_level', 'bogus'), undefined);
  assert.equal(valueDoc('myhostname', 'host'), undefined);
});
