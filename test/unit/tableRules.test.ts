/**
 * Lookup table diagnostics through the table language mode: the format and role come from the
 * main.cf next to the file (or its name), and access(5) results are checked as smtpd reads them.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { TextDocument } from 'vscode-languageserver-textdocument';
import type { Diagnostic } from 'vscode-languageserver-types';
import { parseMainCfModel } from '../../server/src/languages/mainCf';
import { parseMasterCf } from '../../server/src/parser/masterCf';
import { parseTableModel, resolveTable, tableMode } from '../../server/src/languages/table';
import { TABLE_RULES } from '../../server/src/rules/table';
import { ruleDefaults } from '../../server/src/rules/registry';
import { range, settings } from '../helpers';
import { fixesOf, messageOf } from './ruleTestUtil';

interface Run {
  diagnostics: Diagnostic[];
  /** [code, covered text] for each diagnostic. */
  found: Array<[string, string]>;
}

function run(text: string, options: { uri?: string; main?: string; master?: string; locale?: 'en' | 'ja'; version?: string } = {}): Run {
  const document = TextDocument.create(options.uri ?? 'file:///etc/postfix/access', 'postfix-table', 1, text);
  const main = options.main === undefined ? undefined : parseMainCfModel(options.main);
  const master = options.master === undefined ? undefined : parseMasterCf(options.master);
  const context = { settings: settings({ locale: options.locale ?? 'en', version: options.version ?? '' }), around: { mainCf: () => main, masterCf: () => master } };
  const diagnostics = tableMode.validate!(document, parseTableModel(text), context);
  return { diagnostics, found: diagnostics.map((d) => [String(d.code), document.getText(d.range)]) };
}

test('every table rule has a unique table- id, messages in English and Japanese, and is registered', () => {
  const ids = TABLE_RULES.map((r) => r.id);
  assert.equal(new Set(ids).size, ids.length);
  const registered = new Set(ruleDefaults().map((r) => r.id));
  for (const rule of TABLE_RULES) {
    assert.match(rule.id, /^table-[a-z-]+$/);
    assert.ok(registered.has(rule.id), `${rule.id} is in the registry`);
    for (const [variant, m] of Object.entries(rule.messages)) assert.ok(m.en && m.ja, `${rule.id}/${variant}`);
  }
});

test('unknown action in an access table named "access", without a main.cf: error with a suggestion and fix', () => {
  const { diagnostics, found } = run('spam.example  REJCT go away\n');
  assert.deepEqual(found, [['table-unknown-action', 'REJCT']]);
  const d = diagnostics[0];
  assert.equal(d.severity, 1);
  assert.deepEqual(d.range, range(0, 14, 0, 19));
  assert.match(messageOf(d), /^"REJCT" is neither an access action nor a built-in restriction\. Unless it is a restriction class/);
  assert.match(messageOf(d), /451 4\.3\.5/);
  assert.match(messageOf(d), /Did you mean "REJECT"/);
  assert.deepEqual(fixesOf(d)[0].edits, [{ range: range(0, 14, 0, 19), newText: 'REJECT' }]);
});

test('restriction names and classes in results: classes are case-sensitive, arguments are skipped', () => {
  const main = [
    'smtpd_restriction_classes = greylist',
    'greylist = check_policy_service inet:127.0.0.1:10023',
    'smtpd_recipient_restrictions = check_client_access hash:/etc/postfix/client_rules, reject_unauth_destination',
    '',
  ].join('\n');
  const text = [
    'a.example  greylist',
    'b.example  Greylist',
    'c.example  permit_mynetworks, reject',
    'd.example  reject_rbl_client zen.spamhaus.org',
    'e.example  PERMIT',
    'f.example  warn_if_reject reject_unknown_client_hostname',
    '',
  ].join('\n');
  const { diagnostics, found } = run(text, { uri: 'file:///etc/postfix/client_rules', main });
  assert.deepEqual(found, [['table-unknown-action', 'Greylist']]);
  assert.match(messageOf(diagnostics[0]), /^"Greylist" is neither an access action nor a restriction smtpd knows/);
  assert.match(messageOf(diagnostics[0]), /Did you mean "greylist"/);
});

test('a lookup table in a result is refused (smtpd: "has entry with lookup table", 451 4.3.5)', () => {
  const { diagnostics, found } = run('a.example  check_sender_access hash:/etc/postfix/senders\nb.example  REJECT see https://example.com/why\n');
  assert.deepEqual(found, [['table-lookup-in-result', 'hash:/etc/postfix/senders']]);
  assert.deepEqual(diagnostics[0].range, range(0, 31, 0, 56));
});

test('reply codes: a bare code permits, a 2xx/3xx code is not a reply', () => {
  const { diagnostics, found } = run('a.example  550\nb.example  250 Fine\nc.example  450 Busy\nd.example  12345\n');
  assert.deepEqual(found, [
    ['table-invalid-reply-code', '550'],
    ['table-invalid-reply-code', '250'],
  ]);
  assert.match(messageOf(diagnostics[0]), /"550" alone is all digits, which smtpd treats as OK/);
  assert.deepEqual(fixesOf(diagnostics[0])[0].edits, [{ range: range(0, 14, 0, 14), newText: ' Access denied' }]);
  assert.match(messageOf(diagnostics[1]), /"250" is not a 4xx or 5xx reply code/);
});

test('action arguments: FILTER, REDIRECT, BCC and PREPEND', () => {
  const text = [
    'a FILTER',
    'b FILTER nowhere',
    'c FILTER smtp:[127.0.0.1]:10025',
    'd REDIRECT postmaster',
    'e BCC',
    'f PREPEND X-Flag yes',
    'g PREPEND X-Flag: yes',
    'h redirect abuse@example.com',
    '',
  ].join('\n');
  const { diagnostics, found } = run(text);
  assert.deepEqual(found, [
    ['table-action-argument', 'FILTER'],
    ['table-action-argument', 'nowhere'],
    ['table-action-argument', 'postmaster'],
    ['table-action-argument', 'BCC'],
    ['table-action-argument', 'X-Flag yes'],
  ]);
  assert.ok(diagnostics.every((d) => d.severity === 2));
  assert.match(messageOf(diagnostics[2]), /^REDIRECT needs an address with "@"/);
});

test('enhanced status codes whose class disagrees with the reply code, using main.cf code parameters', () => {
  const text = 'a REJECT 4.7.1 Go away\nb 450 5.7.1 Later\nc DEFER 4.2.0 Busy\nd REJECT 5.7.1 Fine\n';
  const { diagnostics, found } = run(text);
  assert.deepEqual(found, [
    ['table-enhanced-code-class', '4.7.1'],
    ['table-enhanced-code-class', '5.7.1'],
  ]);
  assert.equal(diagnostics[0].severity, 3);
  assert.equal(messageOf(diagnostics[0]), 'The enhanced status code 4.7.1 does not match the reply code 554: smtpd sends 5.7.1 instead (the first digits always agree).');
  assert.deepEqual(fixesOf(diagnostics[0])[0], { title: 'Change to 5.7.1', safe: true, edits: [{ range: range(0, 9, 0, 14), newText: '5.7.1' }] });
  // With access_map_reject_code = 450, REJECT is a 4xx reply.
  const main = 'access_map_reject_code = 450\nsmtpd_client_restrictions = check_client_access hash:/etc/postfix/access\n';
  assert.deepEqual(run(text, { main }).found, [
    ['table-enhanced-code-class', '5.7.1'],
    ['table-enhanced-code-class', '5.7.1'],
  ]);
});

test('tables used by DNS-based checks may not permit (smtpd: "not allowed for security reasons")', () => {
  const main = 'smtpd_sender_restrictions = check_sender_mx_access cidr:/etc/postfix/bad_mx.cidr\n';
  const text = '192.0.2.0/24 REJECT\n198.51.100.1 OK\n198.51.100.2 12345\n198.51.100.3 permit\n198.51.100.4 DISCARD\n198.51.100.5 DUNNO\n';
  const { diagnostics, found } = run(text, { uri: 'file:///etc/postfix/bad_mx.cidr', main });
  assert.deepEqual(found, [
    ['table-permit-forbidden', 'OK'],
    ['table-permit-forbidden', '12345'],
    ['table-permit-forbidden', 'permit'],
  ]);
  assert.match(messageOf(diagnostics[0]), /^check_sender_mx_access uses this table, and it may not permit/);
  // The same table used by check_client_access may permit.
  assert.deepEqual(run(text, { uri: 'file:///etc/postfix/bad_mx.cidr', main: 'smtpd_client_restrictions = check_client_access cidr:/etc/postfix/bad_mx.cidr\n' }).found, []);
});

test('actions that cannot work where the table is used', () => {
  const eod = 'smtpd_end_of_data_restrictions = check_client_access hash:/etc/postfix/access\n';
  assert.deepEqual(run('a PREPEND X-Test: 1\nb HOLD\n', { main: eod }).found, [['table-action-context', 'PREPEND']]);
  const etrn = 'smtpd_etrn_restrictions = check_etrn_access hash:/etc/postfix/access\n';
  assert.deepEqual(run('a FILTER smtp:[127.0.0.1]:10025\nb REJECT\n', { main: etrn }).found, [['table-action-context', 'FILTER']]);
  const noDelay = 'smtpd_delay_reject = no\nsmtpd_client_restrictions = check_client_access hash:/etc/postfix/access\n';
  const r = run('a HOLD\nb REJECT\n', { main: noDelay });
  assert.deepEqual(r.found, [['table-action-context', 'HOLD']]);
  assert.match(messageOf(r.diagnostics[0]), /^HOLD is always skipped here/);
  // Used from the recipient list as well: nothing to say.
  const both = noDelay + 'smtpd_recipient_restrictions = check_client_access hash:/etc/postfix/access, reject_unauth_destination\n';
  assert.deepEqual(run('a HOLD\n', { main: both }).found, []);
});

test('CIDR notation in a hash table never matches', () => {
  const main = 'smtpd_client_restrictions = check_client_access hash:/etc/postfix/access\n';
  const r = run('192.168.0.0/16  REJECT\n192.168  REJECT\n2001:db8::/32 REJECT\n', { main });
  assert.deepEqual(r.found, [
    ['table-cidr-key', '192.168.0.0/16'],
    ['table-cidr-key', '2001:db8::/32'],
  ]);
  assert.match(messageOf(r.diagnostics[0]), /this table is read as hash:/);
  // The same text as a cidr table is fine.
  assert.deepEqual(run('192.168.0.0/16  REJECT\n', { uri: 'file:///etc/postfix/access.cidr' }).found, []);
});

test('the format comes from main.cf: $config_directory, proxy:, pcre: and master.cf -o', () => {
  const text = '/^(?i)spam/ REJECT\n';
  // As a pcre table the pattern is fine; as a postmap table it is just a key.
  const main = 'smtpd_helo_restrictions = check_helo_access proxy:pcre:$config_directory/helo_checks\n';
  const uri = 'file:///etc/postfix/helo_checks';
  const resolved = resolveTable({ uri }, parseTableModel(text), { around: { mainCf: () => parseMainCfModel(main), masterCf: () => undefined } });
  assert.equal(resolved.kind.format, 'pcre');
  assert.equal(resolved.kind.formatFrom, 'main.cf');
  assert.equal(resolved.kind.role, 'access');
  assert.deepEqual(resolved.kind.uses.map((u) => [u.file, u.line, u.param, u.type, u.restriction, u.stage]), [['main.cf', 1, 'smtpd_helo_restrictions', 'pcre', 'check_helo_access', 'helo']]);
  assert.deepEqual(run(text, { uri, main }).found, []);
  // The same file named as regexp: gets the POSIX verdict.
  assert.deepEqual(run(text, { uri, main: 'smtpd_helo_restrictions = check_helo_access regexp:/etc/postfix/helo_checks\n' }).found, [['table-regexp-syntax', '(?']]);
  // master.cf -o settings count too, with the service named.
  const master = 'submission inet n - y - - smtpd\n  -o smtpd_client_restrictions=check_client_access,cidr:/etc/postfix/helo_checks,reject\n';
  const viaMaster = resolveTable({ uri }, parseTableModel(text), { around: { mainCf: () => undefined, masterCf: () => parseMasterCf(master) } });
  assert.deepEqual(viaMaster.kind.uses.map((u) => [u.file, u.line, u.service, u.type, u.restriction]), [['master.cf', 2, 'submission', 'cidr', 'check_client_access']]);
  assert.equal(viaMaster.kind.format, 'cidr');
});

test('a list that refers to another parameter sees that parameter\'s tables', () => {
  const main = 'my_checks = check_client_access cidr:/etc/postfix/clients.cidr\nsmtpd_client_restrictions = $my_checks, reject\n';
  const resolved = resolveTable({ uri: 'file:///etc/postfix/clients.cidr' }, parseTableModel('1.2.3.4 OK\n'), { around: { mainCf: () => parseMainCfModel(main), masterCf: () => undefined } });
  assert.deepEqual(resolved.kind.uses.map((u) => [u.param, u.role, u.restriction, u.line]), [
    ['my_checks', 'other', undefined, 1],
    ['smtpd_client_restrictions', 'access', 'check_client_access', 2],
  ]);
  assert.equal(resolved.kind.role, 'access');
});

test('a bare table in a restriction list is an access table of that list', () => {
  const main = 'smtpd_sender_restrictions = hash:/etc/postfix/senders, reject_unknown_sender_domain\n';
  const resolved = resolveTable({ uri: 'file:///etc/postfix/senders' }, parseTableModel('a OK\n'), { around: { mainCf: () => parseMainCfModel(main), masterCf: () => undefined } });
  assert.deepEqual(resolved.kind.uses.map((u) => [u.restriction, u.bare, u.role]), [['check_sender_access', true, 'access']]);
});

test('only access tables get action checks: a transport table result with a colon is fine', () => {
  const main = 'transport_maps = hash:/etc/postfix/transport\n';
  assert.deepEqual(run('example.com  smtp:[relay.example.com]:587\n', { uri: 'file:///etc/postfix/transport', main }).found, []);
  // Named "transport" with no main.cf: same.
  assert.deepEqual(run('example.com  smtp:[relay.example.com]:587\n', { uri: 'file:///etc/postfix/transport' }).found, []);
  // Syntax still counts for every role.
  assert.deepEqual(run('example.com\n', { uri: 'file:///etc/postfix/transport' }).found, [['table-missing-value', 'example.com']]);
});

test('an aliases file named by alias_maps gets no postmap diagnostics', () => {
  const main = 'alias_maps = hash:/etc/postfix/aliases\n';
  assert.deepEqual(run('postmaster: root\n', { uri: 'file:///etc/postfix/aliases', main }).found, []);
});

test('a regular expression table of unknown engine reports only what both engines refuse', () => {
  const uri = 'file:///etc/postfix/header_checks';
  assert.deepEqual(run('/(?i)^subject: spam/ REJECT\n/a)b/ REJECT\n/a(b/ REJECT\n', { uri }).found, [['table-regexp-syntax', '(']]);
});

test('Japanese messages', () => {
  const { diagnostics } = run('a.example  REJCT\n', { locale: 'ja' });
  assert.match(messageOf(diagnostics[0]), /^"REJCT" はアクセスアクションでも組み込みの制限でもありません。/);
  assert.match(messageOf(diagnostics[0]), /"REJECT" の誤りではありませんか\?$/);
});

test('rules can be switched off and suppressed like main.cf rules', () => {
  const document = TextDocument.create('file:///etc/postfix/access', 'postfix-table', 1, '# postfix-lint: disable-next-line table-unknown-action\na REJCT\nb REJCT\n');
  const context = { settings: settings(), around: { mainCf: () => undefined, masterCf: () => undefined } };
  const found = tableMode.validate!(document, parseTableModel(document.getText()), context).map((d) => d.range.start.line);
  assert.deepEqual(found, [2]);
  const off = { settings: settings({ diagnostics: { 'table-unknown-action': 'off' } }), around: context.around };
  assert.deepEqual(tableMode.validate!(document, parseTableModel(document.getText()), off), []);
});
