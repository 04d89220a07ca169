import { test } from 'node:test';
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { summariesPart1 } from '../../server/src/knowledge/summaries/part1';

// The shared reference data lives next to the repository: /work/main/../shared/data/.
const TSV_PATH = path.resolve(process.cwd(), '..', 'shared', 'data', 'postfix-parameters.tsv');

interface Row {
  name: string;
  builtin: boolean;
}

/** Reads the parameter table: '#' lines are comments, the first other line is the header. */
function readRows(): Row[] | undefined {
  if (!fs.existsSync(TSV_PATH)) return undefined;
  const lines = fs
    .readFileSync(TSV_PATH, 'utf8')
    .split(/\r?\n/)
    .filter((line) => line.trim() !== '' && !line.startsWith('#'));
  const header = lines[0].split('\t');
  const nameCol = header.indexOf('name');
  const builtinCol = header.indexOf('builtin');
  assert.ok(nameCol >= 0 && builtinCol >= 0, 'TSV header must have name and builtin columns');
  return lines.slice(1).map((line) => {
    const cols = line.split('\t');
    return { name: cols[nameCol], builtin: cols[builtinCol] === '1' };
  });
}

const rows = readRows();
const SKIP_MSG = `reference data not found at ${TSV_PATH}; run the tests from the repository root with ../shared present`;

test('part 1 covers exactly the parameter names that sort before "m"', (t) => {
  if (!rows) {
    t.skip(SKIP_MSG);
    return;
  }
  const expected = rows.map((r) => r.name).filter((n) => n < 'm').sort();
  assert.equal(expected.length, 309);
  const actual = Object.keys(summariesPart1).sort();
  const missing = expected.filter((n) => !(n in summariesPart1));
  const extra = actual.filter((n) => !expected.includes(n));
  assert.deepEqual(missing, [], 'names without a summary');
  assert.deepEqual(extra, [], 'summaries for unknown or out-of-range names');
  assert.deepEqual(actual, expected);
});

test('keys appear in sorted order in the source object', () => {
  const keys = Object.keys(summariesPart1);
  // '2bounce_notice_recipient' is not an integer-like key, so insertion order is preserved.
  const sorted = [...keys].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
  assert.deepEqual(keys, sorted);
});

test('every summary is non-empty, at most 400 characters and unique', () => {
  const seen = new Map<string, string>();
  for (const [name, text] of Object.entries(summariesPart1)) {
    assert.ok(text.trim().length > 0, `${name}: empty summary`);
    assert.equal(text, text.trim(), `${name}: leading or trailing whitespace`);
    assert.ok(text.length <= 400, `${name}: ${text.length} characters`);
    assert.ok(/[.)]$/.test(text), `${name}: should end with a full stop`);
    const other = seen.get(text);
    assert.equal(other, undefined, `${name}: same text as ${other}`);
    seen.set(text, name);
  }
});

test('rows that are not built in are described as legacy, removed, templates or non-parameters', (t) => {
  if (!rows) {
    t.skip(SKIP_MSG);
    return;
  }
  const notBuiltin = rows.filter((r) => !r.builtin && r.name < 'm').map((r) => r.name);
  assert.ok(notBuiltin.includes('fallback_relay'));
  assert.ok(notBuiltin.includes('domain_to_ascii'));
  for (const name of notBuiltin) {
    assert.match(
      summariesPart1[name],
      /not built in|Not a parameter|Per-transport setting/,
      `${name} is builtin=0 but its summary does not say what it is`,
    );
  }
});

test('legacy names point to their replacement (postfix-facts.md section 7)', () => {
  const replacements: Record<string, string> = {
    authorized_verp_clients: 'smtpd_authorized_verp_clients',
    disable_dns_lookups: 'smtp_dns_support_level',
    fallback_relay: 'smtp_fallback_relay',
    lmtp_use_tls: 'lmtp_tls_security_level',
    lmtp_enforce_tls: 'lmtp_tls_security_level',
    lmtp_tls_enforce_peername: 'lmtp_tls_security_level',
    lmtp_tls_per_site: 'lmtp_tls_policy_maps',
    lmtp_per_record_deadline: 'lmtp_per_request_deadline',
    lmtp_cache_connection: 'lmtp_connection_cache_on_demand',
  };
  for (const [old, replacement] of Object.entries(replacements)) {
    assert.ok(
      summariesPart1[old].includes(replacement),
      `${old} should mention its replacement ${replacement}`,
    );
  }
});

test('LMTP counterparts name an smtp_ parameter with the same suffix', () => {
  for (const [name, text] of Object.entries(summariesPart1)) {
    const m = /counterpart of (smtp_[A-Za-z0-9_]+)/.exec(text);
    if (!m) continue;
    assert.ok(name.startsWith('lmtp_'), `${name}: only lmtp_* names are described as counterparts`);
    assert.equal(m[1], name.replace(/^lmtp_/, 'smtp_'), `${name}: wrong counterpart ${m[1]}`);
  }
});

test('every parameter name mentioned in a summary exists', (t) => {
  if (!rows) {
    t.skip(SKIP_MSG);
    return;
  }
  const known = new Set(rows.map((r) => r.name));
  // snake_case words in the texts that are values or macros, not parameter names.
  const notParameters = new Set([
    'check_address_map', 'defer_if_permit', 'defer_if_reject', 'envelope_recipient', 'envelope_sender',
    'header_recipient', 'header_sender', 'permit_inet_interfaces', 'permit_mynetworks',
    'permit_sasl_authenticated', 'rbl_domain', 'rbl_reason', 'reject_invalid_helo_hostname',
    'res_defnames', 'res_dnsrch',
    // per-service instance of the transport_transport_rate_delay template for the 'smtp' service
    'smtp_transport_rate_delay',
  ]);
  for (const [name, text] of Object.entries(summariesPart1)) {
    for (const word of text.match(/\b[a-z0-9]+(?:_[A-Za-z0-9]+)+\b/g) ?? []) {
      if (notParameters.has(word)) continue;
      assert.ok(known.has(word), `${name}: mentions unknown parameter ${word}`);
    }
  }
});
