import { test } from 'node:test';
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { summariesPart2 } from '../../server/src/knowledge/summaries/part2';

// Reference data shared by all helpers; tests run from the repository root (/work/main).
const DATA_DIR = path.resolve(process.cwd(), '../shared/data');
const PARAMS_TSV = path.join(DATA_DIR, 'postfix-parameters.tsv');
const RESTRICTIONS_TSV = path.join(DATA_DIR, 'smtpd-restrictions.tsv');
const SKIP = `reference data missing: ${PARAMS_TSV} (run from the repository root with ../shared next to it)`;

/** Part 2 owns the names n with "m" <= n < "smtpd" (JavaScript string comparison). */
const inRange = (name: string): boolean => name >= 'm' && name < 'smtpd';

interface ParamRow {
  name: string;
  builtin: boolean;
}

/** Data rows of a TSV file: '#' lines are comments, the first remaining line is the header. */
function tsvRows(file: string): string[][] | undefined {
  if (!fs.existsSync(file)) return undefined;
  const lines = fs
    .readFileSync(file, 'utf8')
    .split(/\r?\n/)
    .filter((l) => l.trim() !== '' && !l.startsWith('#'));
  return lines.map((l) => l.split('\t'));
}

function paramRows(): ParamRow[] | undefined {
  const rows = tsvRows(PARAMS_TSV);
  if (!rows) return undefined;
  const [header, ...data] = rows;
  const nameCol = header.indexOf('name');
  const builtinCol = header.indexOf('builtin');
  assert.ok(nameCol >= 0 && builtinCol >= 0, 'parameter TSV needs name and builtin columns');
  return data.map((cols) => ({ name: cols[nameCol], builtin: cols[builtinCol] === '1' }));
}

const params = paramRows();
const byCodeUnit = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

test('part 2 has a summary for exactly the names from "m" up to (not including) "smtpd"', (t) => {
  if (!params) {
    t.skip(SKIP);
    return;
  }
  const expected = params.map((p) => p.name).filter(inRange).sort(byCodeUnit);
  assert.equal(expected.length, 332, 'the reference data should list 332 names in this range');
  const keys = Object.keys(summariesPart2).sort(byCodeUnit);
  assert.deepEqual(
    expected.filter((n) => !Object.prototype.hasOwnProperty.call(summariesPart2, n)),
    [],
    'names without a summary',
  );
  assert.deepEqual(
    keys.filter((n) => !expected.includes(n)),
    [],
    'summaries for names outside the range or unknown to Postfix',
  );
  assert.deepEqual(keys, expected);
  // Boundary names: the first and last of the range, and the first name after it.
  assert.ok('mail_name' in summariesPart2);
  assert.ok('smtp_xforward_timeout' in summariesPart2);
  assert.ok(!('smtpd_banner' in summariesPart2));
  assert.ok(!('lmtp_tls_loglevel' in summariesPart2));
});

test('the object literal lists its keys in sorted order', () => {
  const keys = Object.keys(summariesPart2);
  assert.deepEqual(keys, [...keys].sort(byCodeUnit));
});

test('every summary is non-empty, at most 400 characters, a finished sentence and unique', () => {
  const firstUse = new Map<string, string>();
  for (const [name, text] of Object.entries(summariesPart2)) {
    assert.ok(text.trim().length > 0, `${name}: empty summary`);
    assert.equal(text, text.trim(), `${name}: stray leading or trailing whitespace`);
    assert.ok(text.length <= 400, `${name}: ${text.length} characters (max 400)`);
    assert.match(text, /[.)]$/, `${name}: should end like a sentence`);
    const earlier = firstUse.get(text);
    assert.equal(earlier, undefined, `${name}: identical to the summary of ${earlier}`);
    firstUse.set(text, name);
  }
});

test('summaries of non-built-in names say that they are legacy, templates or read-only', (t) => {
  if (!params) {
    t.skip(SKIP);
    return;
  }
  const notBuiltin = params.filter((p) => !p.builtin && inRange(p.name)).map((p) => p.name);
  // Known examples from the reference data.
  for (const n of ['postscreen_blacklist_action', 'process_id', 'relay_destination_concurrency_limit', 'smtp_tls_cipherlist']) {
    assert.ok(notBuiltin.includes(n), `${n} is expected to be builtin=0`);
  }
  for (const name of notBuiltin) {
    assert.match(
      summariesPart2[name],
      /Legacy|Not built in|not a built-in|Read-only|Removed|Obsolete/,
      `${name} is not built in, but its summary does not say what it is`,
    );
  }
});

test('legacy names point to their replacement (postfix-facts.md section 7)', () => {
  const replacement: Record<string, string> = {
    postscreen_blacklist_action: 'postscreen_denylist_action',
    postscreen_dnsbl_ttl: 'postscreen_dnsbl_max_ttl',
    postscreen_dnsbl_whitelist_threshold: 'postscreen_dnsbl_allowlist_threshold',
    postscreen_whitelist_interfaces: 'postscreen_allowlist_interfaces',
    postscreen_use_tls: 'postscreen_tls_security_level',
    postscreen_enforce_tls: 'postscreen_tls_security_level',
    smtp_use_tls: 'smtp_tls_security_level',
    smtp_enforce_tls: 'smtp_tls_security_level',
    smtp_tls_enforce_peername: 'smtp_tls_security_level',
    smtp_tls_per_site: 'smtp_tls_policy_maps',
    smtp_per_record_deadline: 'smtp_per_request_deadline',
    sender_based_routing: 'sender_dependent_relayhost_maps',
    maps_rbl_domains: 'reject_rbl_client',
    smtp_tls_cipherlist: 'smtp_tls_ciphers',
  };
  for (const [old, repl] of Object.entries(replacement)) {
    assert.ok(summariesPart2[old].includes(repl), `${old} should name its replacement ${repl}`);
  }
});

test('per-transport template instances name their template and master.cf service', () => {
  const instances: Array<[string, string, string]> = [
    ['relay_destination_concurrency_limit', 'transport_destination_concurrency_limit', "'relay'"],
    ['relay_destination_recipient_limit', 'transport_destination_recipient_limit', "'relay'"],
    ['smtp_destination_concurrency_limit', 'transport_destination_concurrency_limit', "'smtp'"],
    ['smtp_destination_recipient_limit', 'transport_destination_recipient_limit', "'smtp'"],
  ];
  for (const [name, template, service] of instances) {
    assert.ok(summariesPart2[name].includes(template), `${name} should name ${template}`);
    assert.ok(summariesPart2[name].includes(service), `${name} should name the ${service} service`);
  }
});

test('relay-critical summaries state the facts the relay decision depends on', () => {
  const s = summariesPart2;
  // mynetworks_style: the three styles, and that an explicit mynetworks wins.
  for (const style of ['host', 'subnet', 'class']) assert.match(s.mynetworks_style, new RegExp(`\\b${style}\\b`));
  assert.match(s.mynetworks_style, /Ignored once mynetworks is set/);
  assert.match(s.mynetworks_style, /compatibility_level/);
  assert.match(s.mynetworks, /permit_mynetworks/);
  // Domains that pass reject_unauth_destination.
  for (const name of ['mydestination', 'relay_domains']) assert.match(s[name], /reject_unauth_destination/);
  assert.match(s.mydestination, /local_recipient_maps/);
  assert.match(s.mydestination, /Never list virtual/);
  assert.match(s.relay_domains, /relay_recipient_maps/);
  assert.match(s.relay_domains, /relay_transport/);
  assert.match(s.relay_domains, /compatibility_level/);
  // defer_unauth_destination answers with relay_domains_reject_code - 100 (554 -> 454).
  assert.match(s.relay_domains_reject_code, /defer_unauth_destination uses this code minus 100/);
  assert.match(s.relay_recipient_maps, /smtpd_reject_unlisted_recipient/);
  // relayhost: brackets suppress MX lookups; transport_maps and sender-dependent maps override it.
  assert.match(s.relayhost, /\[host\]:port/);
  assert.match(s.relayhost, /skip MX lookup/);
  assert.match(s.relayhost, /transport_maps/);
  assert.match(s.relayhost, /sender_dependent_relayhost_maps/);
  assert.match(s.permit_mx_backup_networks, /deprecated/);
  // Client-side SASL and TLS.
  assert.match(s.smtp_sasl_auth_enable, /smtp_sasl_password_maps/);
  assert.match(s.smtp_sasl_password_maps, /\[smtp\.example\.com\]:587/);
  assert.match(s.smtp_sasl_password_maps, /smtp_sender_dependent_authentication/);
  assert.match(s.smtp_sasl_tls_security_options, /inherits smtp_sasl_security_options/);
  assert.match(s.smtp_sender_dependent_authentication, /connection caching/);
  assert.match(s.smtp_tls_wrappermode, /encrypt or stronger/);
  for (const level of ['none', 'may', 'encrypt', 'dane', 'dane-only', 'fingerprint', 'verify', 'secure']) {
    assert.match(s.smtp_tls_security_level, new RegExp(`\\b${level}\\b`), `smtp_tls_security_level lacks ${level}`);
  }
});

test('other daemon-specific facts', () => {
  const s = summariesPart2;
  // local(8) refuses to run when a non-zero mailbox_size_limit is below message_size_limit.
  assert.match(s.mailbox_size_limit, /message_size_limit/);
  assert.match(s.message_size_limit, /SIZE/);
  // postscreen deep protocol tests force a reconnect.
  for (const name of ['postscreen_bare_newline_enable', 'postscreen_non_smtp_command_enable', 'postscreen_pipelining_enable']) {
    assert.match(s[name], /disconnect and reconnect/, name);
  }
  for (const name of Object.keys(s).filter((n) => n.startsWith('postscreen_') && n.endsWith('_action') && n !== 'postscreen_blacklist_action')) {
    assert.match(s[name], /ignore/, `${name} should list the ignore action`);
    assert.match(s[name], /drop/, `${name} should list the drop action`);
  }
  assert.match(s.queue_minfree, /1\.5 times message_size_limit/);
});

test('every snake_case name mentioned in a summary is a parameter, a restriction or a known value', (t) => {
  if (!params) {
    t.skip(SKIP);
    return;
  }
  const known = new Set(params.map((p) => p.name));
  const restrictionRows = tsvRows(RESTRICTIONS_TSV);
  if (!restrictionRows) {
    t.skip(`reference data missing: ${RESTRICTIONS_TSV}`);
    return;
  }
  const nameCol = restrictionRows[0].indexOf('name');
  assert.ok(nameCol >= 0, 'restriction TSV needs a name column');
  for (const cols of restrictionRows.slice(1)) known.add(cols[nameCol]);
  // Words with underscores that are option values, macros, programs or file names, not parameters.
  const values = new Set([
    'envelope_sender', 'envelope_recipient', 'header_sender', 'header_recipient', // *_classes values
    'daemon_name', 'tls_version', // Milter macros {daemon_name}, {tls_version}
    'no_header_reply', // milter_protocol extension
    'nbdb_reindexd', // program name
    'no_unknown_recipient_checks', 'no_address_mappings', 'no_header_body_checks', 'no_milters',
    'res_defnames', 'res_dnsrch', // smtp_dns_resolver_options values
    'delay_dotcrlf', 'disable_esmtp', // smtp_pix_workarounds values
    'MUST_NOPEERMATCH', // smtp_tls_per_site value
    'smtp_scache', // file name in an example
  ]);
  for (const [name, text] of Object.entries(summariesPart2)) {
    for (const word of text.match(/\b[A-Za-z0-9]+(?:_[A-Za-z0-9]+)+\b/g) ?? []) {
      if (values.has(word)) continue;
      assert.ok(known.has(word), `${name}: mentions ${word}, which is neither a parameter nor a restriction`);
    }
  }
});
