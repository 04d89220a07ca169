import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { summariesPart3 } from '../../server/src/knowledge/summaries/part3';

const TSV = resolve(process.cwd(), '../shared/data/postfix-parameters.tsv');
const FIRST = 'smtpd';

interface Row {
  name: string;
  builtin: boolean;
}

function readRows(): Row[] {
  const lines = readFileSync(TSV, 'utf8')
    .split('\n')
    .filter((line) => line.length > 0 && !line.startsWith('#'));
  const header = lines[0].split('\t');
  const nameCol = header.indexOf('name');
  const builtinCol = header.indexOf('builtin');
  assert.ok(nameCol >= 0 && builtinCol >= 0, 'TSV header must have name and builtin columns');
  return lines.slice(1).map((line) => {
    const cols = line.split('\t');
    return { name: cols[nameCol], builtin: cols[builtinCol] === '1' };
  });
}

function rowsInRange(): Row[] {
  return readRows().filter((row) => row.name >= FIRST);
}

const missing = existsSync(TSV)
  ? ''
  : `reference data not found at ${TSV} (run the tests from the repository root next to ../shared)`;

test('part 3 covers exactly the parameter names from "smtpd" onwards', (t) => {
  if (missing) {
    t.skip(missing);
    return;
  }
  const expected = rowsInRange().map((row) => row.name).sort();
  const actual = Object.keys(summariesPart3).sort();
  const unknown = actual.filter((name) => !expected.includes(name));
  const absent = expected.filter((name) => !(name in summariesPart3));
  assert.deepEqual(unknown, [], 'names that are not in the TSV range');
  assert.deepEqual(absent, [], 'TSV names without a summary');
  assert.equal(actual.length, expected.length);
  // The range includes legacy names and templates, e.g. virtual_maps and transport_* rows.
  assert.ok(expected.includes('virtual_maps'));
  assert.ok(expected.includes('smtpd_authorized_verp_clients'));
  assert.ok(!expected.includes('smtp_tls_security_level'), 'smtp_* sorts before "smtpd"');
});

test('keys are written in sorted order', () => {
  const keys = Object.keys(summariesPart3);
  const sorted = [...keys].sort();
  assert.deepEqual(keys, sorted);
});

test('every summary is non-empty, at most 400 characters and unique', () => {
  const seen = new Map<string, string>();
  for (const [name, text] of Object.entries(summariesPart3)) {
    assert.ok(text.trim().length > 0, `${name}: empty summary`);
    assert.ok(text.length <= 400, `${name}: ${text.length} characters`);
    assert.equal(text, text.trim(), `${name}: leading or trailing whitespace`);
    const other = seen.get(text);
    assert.equal(other, undefined, `${name}: same text as ${other}`);
    seen.set(text, name);
  }
});

test('non-built-in rows are marked as legacy names or templates', (t) => {
  if (missing) {
    t.skip(missing);
    return;
  }
  const marker = /not a built-in parameter|Template, not a literal name/;
  for (const row of rowsInRange()) {
    const text = summariesPart3[row.name];
    if (row.builtin) {
      assert.doesNotMatch(text, marker, `${row.name} is built in`);
    } else {
      assert.match(text, marker, `${row.name} is not built in`);
    }
  }
});

test('legacy names point to their replacements', () => {
  const replacements: Record<string, string> = {
    smtpd_client_connection_limit_exceptions: 'smtpd_client_event_limit_exceptions',
    smtpd_per_record_deadline: 'smtpd_per_request_deadline',
    smtpd_sasl_application_name: 'smtpd_sasl_path',
    smtpd_tls_cipherlist: 'smtpd_tls_ciphers',
    tlsproxy_client_level: 'tlsproxy_client_security_level',
    tlsproxy_client_policy: 'tlsproxy_client_policy_maps',
    virtual_maps: 'virtual_alias_maps',
    smtpd_use_tls: 'smtpd_tls_security_level',
    smtpd_enforce_tls: 'smtpd_tls_security_level',
    tlsproxy_client_per_site: 'tlsproxy_client_policy_maps',
  };
  for (const [name, replacement] of Object.entries(replacements)) {
    assert.ok(summariesPart3[name].includes(replacement), `${name} should mention ${replacement}`);
  }
});

test('relay-control summaries state how the two RCPT lists interact', () => {
  const relay = summariesPart3.smtpd_relay_restrictions;
  const recipient = summariesPart3.smtpd_recipient_restrictions;
  // Both lists run at RCPT TO; a permit in one does not skip the other.
  for (const text of [relay, recipient]) {
    assert.match(text, /RCPT TO/);
    assert.match(text, /does not skip the other/);
    assert.match(text, /only a reject ends evaluation/);
  }
  assert.match(relay, /reject_unauth_destination/);
  assert.match(recipient, /smtpd_relay_before_recipient_restrictions/);
  assert.match(summariesPart3.smtpd_relay_before_recipient_restrictions, /yes runs smtpd_relay_restrictions first/);
  // smtpd_delay_reject moves client, HELO and sender checks to RCPT TO time.
  assert.match(summariesPart3.smtpd_delay_reject, /until RCPT TO/);
});

test('per-transport templates say how to form the real name', () => {
  for (const name of Object.keys(summariesPart3).filter((n) => n.startsWith('transport_'))) {
    if (name === 'transport_maps' || name === 'transport_retry_time') continue;
    assert.match(summariesPart3[name], /^Template, not a literal name: replace (the first )?transport with/, name);
  }
  assert.match(summariesPart3.transport_time_limit, /pipe\(8\) or spawn\(8\)/);
});
