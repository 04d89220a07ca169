import { test } from 'node:test';
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { relayDocs, RelayDoc } from '../../server/src/knowledge/relayDocs';
import { Localized } from '../../server/src/i18n/locale';

const EXPECTED_KEYS = [
  'mynetworks', 'mynetworks_style', 'relay_domains', 'mydestination', 'inet_interfaces', 'proxy_interfaces',
  'virtual_alias_domains', 'virtual_mailbox_domains', 'smtpd_relay_restrictions', 'smtpd_recipient_restrictions',
  'smtpd_client_restrictions', 'smtpd_helo_restrictions', 'smtpd_sender_restrictions',
  'smtpd_relay_before_recipient_restrictions', 'smtpd_delay_reject', 'smtpd_restriction_classes',
  'relay_domains_reject_code', 'allow_untrusted_routing', 'parent_domain_matches_subdomains',
  'permit_mx_backup_networks', 'relay_recipient_maps', 'relay_transport', 'relayhost',
  'sender_dependent_relayhost_maps', 'transport_maps', 'smtpd_sasl_auth_enable', 'smtpd_sasl_type',
  'smtpd_sasl_path', 'smtpd_sasl_security_options', 'smtpd_tls_auth_only', 'smtpd_tls_security_level',
  'smtp_sasl_auth_enable', 'smtp_sasl_password_maps', 'smtp_sasl_security_options', 'smtp_sasl_mechanism_filter',
  'smtp_tls_security_level', 'smtp_tls_wrappermode', 'compatibility_level', 'message_size_limit',
  'smtpd_recipient_limit', 'smtpd_client_connection_count_limit', 'smtpd_client_connection_rate_limit',
  'smtpd_client_message_rate_limit', 'smtpd_client_recipient_rate_limit', 'anvil_rate_time_unit',
  'default_process_limit', 'postscreen_dnsbl_sites', 'smtpd_milters', 'content_filter', 'smtpd_helo_required',
  'smtp_helo_name', 'disable_vrfy_command',
];

function localizedOf(doc: RelayDoc): Localized[] {
  return [doc.role, ...doc.mistakes, ...(doc.symptom ? [doc.symptom] : [])];
}

function allEnglish(doc: RelayDoc): string {
  return localizedOf(doc).map((l) => l.en).join('\n');
}

function allJapanese(doc: RelayDoc): string {
  return localizedOf(doc).map((l) => l.ja ?? '').join('\n');
}

function sentenceCount(text: string): number {
  // Count sentence ends: ". " / "." at the end, or "。". Dots inside names, addresses and codes are not
  // followed by a space and an upper-case letter, so they do not count.
  const en = text.match(/[.!?](?=\s+[A-Z(]|\s*$)/g) ?? [];
  return en.length;
}

/** One logical main.cf line: name = value (continuation lines already joined). */
interface Assignment {
  name: string;
  value: string;
}

/** Parses a snippet the way main.cf is read: comments skipped, indented lines continue the previous one. */
function parseMainCf(text: string): Assignment[] {
  const logical: string[] = [];
  for (const raw of text.split('\n')) {
    if (/^\s*#/.test(raw) || /^\s*$/.test(raw)) continue;
    if (/^\s/.test(raw)) {
      assert.ok(logical.length > 0, `continuation line without a start: ${JSON.stringify(raw)}`);
      logical[logical.length - 1] += raw;
      continue;
    }
    logical.push(raw);
  }
  return logical.map((line) => {
    const m = /^([A-Za-z0-9_]+)\s*=\s*(.*?)\s*$/.exec(line);
    assert.ok(m, `not a "name = value" line: ${JSON.stringify(line)}`);
    return { name: m[1], value: m[2] };
  });
}

function listItems(value: string): string[] {
  return value.split(/[\s,]+/).filter((item) => item.length > 0);
}

function findParameterTsv(): string | undefined {
  const candidates = [
    process.env.POSTFIX_PARAMETERS_TSV,
    path.resolve(process.cwd(), '../shared/data/postfix-parameters.tsv'),
    '/work/shared/data/postfix-parameters.tsv',
  ];
  return candidates.find((c): c is string => typeof c === 'string' && fs.existsSync(c));
}

test('covers exactly the listed parameters', () => {
  const actual = new Set(Object.keys(relayDocs));
  const expected = new Set(EXPECTED_KEYS);
  assert.equal(EXPECTED_KEYS.length, expected.size, 'expected list has duplicates');
  assert.deepEqual([...actual].filter((k) => !expected.has(k)), [], 'unexpected keys');
  assert.deepEqual([...expected].filter((k) => !actual.has(k)), [], 'missing keys');
});

test('every text has English and Japanese, and the Japanese is really Japanese', () => {
  for (const [name, doc] of Object.entries(relayDocs)) {
    assert.ok(doc.mistakes.length >= 1 && doc.mistakes.length <= 4, `${name}: 1-4 mistakes`);
    for (const l of localizedOf(doc)) {
      assert.ok(l.en.trim().length > 0, `${name}: empty English text`);
      assert.ok(typeof l.ja === 'string' && l.ja.trim().length > 0, `${name}: missing Japanese text`);
    }
    for (const l of [doc.role, ...doc.mistakes]) {
      assert.match(l.ja ?? '', /[\u3040-\u30ff\u4e00-\u9fff]/, `${name}: Japanese text has no kana or kanji`);
      assert.notEqual(l.ja, l.en, `${name}: Japanese text is a copy of the English`);
    }
  }
});

test('role texts are 2-5 sentences', () => {
  for (const [name, doc] of Object.entries(relayDocs)) {
    const n = sentenceCount(doc.role.en);
    assert.ok(n >= 2 && n <= 5, `${name}: role has ${n} sentences`);
    const ja = (doc.role.ja ?? '').split('。').filter((s) => s.trim().length > 0).length;
    assert.ok(ja >= 2 && ja <= 6, `${name}: Japanese role has ${ja} sentences`);
  }
});

test('SMTP codes and parameter names quoted in English also appear in Japanese', () => {
  for (const [name, doc] of Object.entries(relayDocs)) {
    for (const l of localizedOf(doc)) {
      const codes = l.en.match(/\b[245]\d\d [245]\.\d{1,3}\.\d{1,3}\b/g) ?? [];
      for (const code of codes) assert.ok((l.ja ?? '').includes(code), `${name}: "${code}" missing in Japanese`);
    }
  }
});

test('every example parses as main.cf and names only known parameters', (t) => {
  const tsv = findParameterTsv();
  const known = new Set<string>();
  if (tsv) {
    for (const line of fs.readFileSync(tsv, 'utf8').split('\n')) {
      if (line.startsWith('#') || line.trim() === '') continue;
      known.add(line.split('\t')[0]);
    }
  }
  for (const [name, doc] of Object.entries(relayDocs)) {
    const lines = doc.example.split('\n');
    assert.ok(lines.length >= 1 && lines.length <= 6, `${name}: example has ${lines.length} lines`);
    const assignments = parseMainCf(doc.example);
    assert.ok(assignments.length > 0, `${name}: example assigns nothing`);
    // Restriction class names declared in the same snippet are legitimate parameter names.
    const classes = new Set(
      assignments.filter((a) => a.name === 'smtpd_restriction_classes').flatMap((a) => listItems(a.value)),
    );
    if (tsv) {
      for (const a of assignments) {
        assert.ok(known.has(a.name) || classes.has(a.name), `${name}: unknown parameter "${a.name}" in example`);
      }
    }
  }
  if (!tsv) t.skip('postfix-parameters.tsv not found; parameter names not checked');
});

test('examples are safe: no open networks, relay lists keep a relay check', () => {
  for (const [name, doc] of Object.entries(relayDocs)) {
    const assignments = parseMainCf(doc.example);
    for (const a of assignments) {
      const items = listItems(a.value);
      assert.ok(!items.includes('0.0.0.0/0') && !items.includes('[::]/0') && !items.includes('::/0'),
        `${name}: example trusts the whole Internet`);
      if (a.name === 'smtpd_relay_restrictions') {
        const check = items.findIndex((i) => i === 'reject_unauth_destination' || i === 'defer_unauth_destination');
        assert.ok(check >= 0, `${name}: relay list without reject/defer_unauth_destination`);
        assert.ok(!items.slice(0, check).includes('permit'), `${name}: bare permit before the relay check`);
      }
      if (a.name === 'smtpd_recipient_restrictions') {
        assert.ok(!items.includes('permit'), `${name}: recipient list with a bare permit`);
      }
    }
  }
});

test('relay restrictions: default list, 454 4.7.1 deferral and the start-up fatal', () => {
  const text = allEnglish(relayDocs.smtpd_relay_restrictions);
  assert.match(text, /permit_mynetworks, permit_sasl_authenticated, defer_unauth_destination/);
  assert.match(text, /defer_unauth_destination answers 454 4\.7\.1/);
  assert.match(text, /reject_unauth_destination answers 554 5\.7\.1/);
  assert.ok(text.includes('specify at least one working instance of: reject_unauth_destination, defer_unauth_destination, reject, defer, defer_if_permit or check_relay_domains'));
  assert.ok(!/451 4\.7\.1/.test(text), 'defer_unauth_destination does not use 451');
  const ja = allJapanese(relayDocs.smtpd_relay_restrictions);
  assert.ok(ja.includes('454 4.7.1') && ja.includes('defer_unauth_destination'));
  // The example is exactly the built-in default from compatibility_level 1.
  const [a] = parseMainCf(relayDocs.smtpd_relay_restrictions.example);
  assert.deepEqual(listItems(a.value), ['permit_mynetworks', 'permit_sasl_authenticated', 'defer_unauth_destination']);
});

test('relay_domains_reject_code: 554 by default, defer uses the value minus 100', () => {
  const text = allEnglish(relayDocs.relay_domains_reject_code);
  assert.match(text, /554/);
  assert.match(text, /554 5\.7\.1 <b@example\.net>: Relay access denied/);
  assert.match(text, /minus 100/);
  assert.match(text, /454 4\.7\.1/);
  assert.equal(parseMainCf(relayDocs.relay_domains_reject_code.example)[0].value, '554');
});

test('mynetworks: warns about 0.0.0.0/0, brackets for IPv6', () => {
  const mistakes = relayDocs.mynetworks.mistakes.map((m) => m.en).join('\n');
  assert.ok(mistakes.includes('0.0.0.0/0'));
  assert.match(mistakes, /open relay/);
  assert.ok(relayDocs.mynetworks.mistakes.some((m) => (m.ja ?? '').includes('0.0.0.0/0')));
  assert.match(relayDocs.mynetworks.example, /\[::1\]\/128/);
});

test('order and compatibility defaults are stated with the right levels', () => {
  const order = allEnglish(relayDocs.smtpd_relay_before_recipient_restrictions);
  assert.match(order, /yes from compatibility_level 3\.6/);
  assert.match(order, /a permit in one never skips the other/);
  assert.match(allEnglish(relayDocs.mynetworks_style), /host from compatibility_level 2/);
  assert.match(allEnglish(relayDocs.relay_domains), /empty from compatibility_level 2 \(\$mydestination below that\)/);
  const compat = allEnglish(relayDocs.compatibility_level);
  assert.match(compat, /below 1 smtpd_relay_restrictions is empty/);
  assert.match(compat, /below 3\.6 smtpd_relay_before_recipient_restrictions is no/);
});

test('reject_unauth_destination: which address classes pass, and permit_mx_backup is separate', () => {
  for (const key of ['mydestination', 'virtual_alias_domains', 'virtual_mailbox_domains', 'relay_domains', 'inet_interfaces']) {
    assert.match(allEnglish(relayDocs[key]), /reject_unauth_destination/, key);
  }
  assert.match(allEnglish(relayDocs.permit_mx_backup_networks), /ignore it/);
  assert.match(allEnglish(relayDocs.smtpd_delay_reject), /RCPT TO/);
});

test('anvil limits quote the replies smtpd really sends', () => {
  assert.match(allEnglish(relayDocs.smtpd_client_connection_count_limit), /421 4\.7\.0 \S+ Error: too many connections from/);
  assert.match(allEnglish(relayDocs.smtpd_client_connection_rate_limit), /421 4\.7\.0 \S+ Error: too many connections from/);
  assert.match(allEnglish(relayDocs.smtpd_client_message_rate_limit), /450 4\.7\.1 Error: too much mail from/);
  assert.match(allEnglish(relayDocs.smtpd_client_recipient_rate_limit), /450 4\.7\.1 Error: too many recipients from/);
  assert.match(allEnglish(relayDocs.smtpd_recipient_limit), /452 4\.5\.3 Error: too many recipients/);
  assert.match(allEnglish(relayDocs.anvil_rate_time_unit), /default 60s/);
});

test('client-side relay examples: brackets, port 465 needs wrapper mode and encrypt', () => {
  const relay = parseMainCf(relayDocs.relayhost.example).find((a) => a.name === 'relayhost');
  assert.equal(relay?.value, '[smtp.example.net]:587');
  const wrapper = parseMainCf(relayDocs.smtp_tls_wrappermode.example);
  const get = (n: string) => wrapper.find((a) => a.name === n)?.value;
  assert.equal(get('smtp_tls_wrappermode'), 'yes');
  assert.equal(get('smtp_tls_security_level'), 'encrypt');
  assert.match(get('relayhost') ?? '', /^\[[^\]]+\]:465$/);
  assert.match(allEnglish(relayDocs.smtp_sasl_security_options), /noplaintext, noanonymous/);
});

test('values in examples have the right type', () => {
  const numeric = ['message_size_limit', 'smtpd_recipient_limit', 'smtpd_client_connection_count_limit',
    'smtpd_client_connection_rate_limit', 'smtpd_client_message_rate_limit', 'smtpd_client_recipient_rate_limit',
    'default_process_limit', 'relay_domains_reject_code', 'postscreen_dnsbl_threshold'];
  const bool = ['smtpd_delay_reject', 'allow_untrusted_routing', 'smtpd_sasl_auth_enable', 'smtpd_tls_auth_only',
    'smtp_sasl_auth_enable', 'smtp_tls_wrappermode', 'smtpd_helo_required', 'disable_vrfy_command',
    'smtpd_relay_before_recipient_restrictions', 'smtp_sender_dependent_authentication'];
  for (const [name, doc] of Object.entries(relayDocs)) {
    for (const a of parseMainCf(doc.example)) {
      if (numeric.includes(a.name)) assert.match(a.value, /^\d+$/, `${name}: ${a.name} must be a plain number`);
      if (bool.includes(a.name)) assert.match(a.value, /^(yes|no)$/, `${name}: ${a.name} must be yes or no`);
      if (a.name === 'anvil_rate_time_unit') assert.match(a.value, /^\d+[smhdw]?$/);
    }
  }
  // message_size_limit must stay below the default mailbox_size_limit (51200000).
  const size = Number(parseMainCf(relayDocs.message_size_limit.example)[0].value);
  assert.ok(size > 0 && size < 51200000);
});
