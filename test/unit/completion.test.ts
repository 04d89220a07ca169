import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { CompletionItem, TextEdit } from 'vscode-languageserver-types';
import { createLanguageService, LanguageServiceHost } from '../../server/src/languageService';
import { MAX_COMPLETION_ITEMS, capCompletions, completeMasterCf, escapeChoice, resolveCompletionItem } from '../../server/src/features/completion';
import { parseMasterCf } from '../../server/src/parser/masterCf';
import { cursor, mainCf, masterCf, range, settings } from '../helpers';

const service = createLanguageService();

function completeAt(textWithCursor: string, version = '', svc = service) {
  const { text, offset } = cursor(textWithCursor);
  const doc = mainCf(text);
  return svc.complete(doc, doc.positionAt(offset), settings({ version })).items;
}

function completeMasterAt(textWithCursor: string, svc = service) {
  const { text, offset } = cursor(textWithCursor);
  const doc = masterCf(text);
  return svc.complete(doc, doc.positionAt(offset), settings()).items;
}

const labels = (items: CompletionItem[]) => items.map((i) => i.label);
const find = (items: CompletionItem[], label: string) => {
  const item = items.find((i) => i.label === label);
  assert.ok(item, `no completion item ${label} in ${labels(items).slice(0, 20).join(' ')}`);
  return item;
};
const edit = (item: CompletionItem) => item.textEdit as TextEdit;

// ---------------------------------------------------------------------------------------------
// Parameter names

test('parameter names insert "name = " with the default as a snippet choice', () => {
  const items = completeAt('myhostname = a\nsmtpd_relay|\n');
  const item = find(items, 'smtpd_relay_restrictions');
  assert.equal(item.insertTextFormat, 2);
  assert.deepEqual(edit(item).range, range(1, 0, 1, 11));
  // compatibility_level is not set (0): the built-in default is empty before level 1.
  assert.equal(edit(item).newText, 'smtpd_relay_restrictions = $0');
  const leveled = find(completeAt('compatibility_level = 2\nsmtpd_relay|\n'), 'smtpd_relay_restrictions');
  assert.equal(edit(leveled).newText, 'smtpd_relay_restrictions = ${1|permit_mynetworks\\, permit_sasl_authenticated\\, defer_unauth_destination|}');
});

test('booleans and enumerated parameters offer the other values after the default', () => {
  assert.equal(edit(find(completeAt('smtputf8_en|'), 'smtputf8_enable')).newText, 'smtputf8_enable = ${1|no,yes|}');
  assert.equal(edit(find(completeAt('disable_vrfy_com|'), 'disable_vrfy_command')).newText, 'disable_vrfy_command = ${1|no,yes|}');
  assert.equal(edit(find(completeAt('inet_protoc|'), 'inet_protocols')).newText, 'inet_protocols = ${1|all,ipv4,ipv6|}');
});

test('snippet choices escape what snippets give meaning to', () => {
  assert.equal(escapeChoice('$myhostname, ESMTP {x}|y\\z'), '\\$myhostname\\, ESMTP {x\\}\\|y\\\\z');
  const banner = edit(find(completeAt('smtpd_ban|'), 'smtpd_banner')).newText;
  assert.equal(banner, 'smtpd_banner = ${1|\\$myhostname ESMTP \\$mail_name|}');
});

test('a parameter whose default is computed or empty gets a plain tab stop', () => {
  assert.equal(edit(find(completeAt('myhostn|'), 'myhostname')).newText, 'myhostname = $0');
  assert.equal(edit(find(completeAt('relayh|'), 'relayhost')).newText, 'relayhost = $0');
});

test('documentation and detail carry the summary and the default', () => {
  const item = find(completeAt('relay_domains_reject|'), 'relay_domains_reject_code');
  assert.equal(item.detail, 'int = 554');
  // Documentation comes with completionItem/resolve, for the item being looked at.
  assert.equal(item.documentation, undefined);
  const doc = resolveCompletionItem(item).documentation as { kind: string; value: string };
  assert.equal(doc.kind, 'markdown');
  assert.match(doc.value, /Default: `554`/);
  assert.match(doc.value, /postconf\.5\.html#relay_domains_reject_code/);
});

test('only the name is replaced when "=" already follows', () => {
  const item = find(completeAt('myhost|name = a\n'), 'myhostname');
  assert.deepEqual(item.textEdit, { range: range(0, 0, 0, 10), newText: 'myhostname' });
  assert.equal(item.insertTextFormat, 1);
});

test('names a version does not know are not offered', () => {
  const names = (typed: string, v: string) => new Set(labels(completeAt(`${typed}|`, v)));
  assert.ok(!names('allow_srv', '3.7').has('allow_srv_lookup_fallback'), 'a 3.11 name is not offered for 3.7');
  assert.ok(names('allow_srv', '3.11').has('allow_srv_lookup_fallback'));
  assert.ok(names('smtp_tls_sec', '3.7').has('smtp_tls_security_level'));
  assert.ok(!names('virtual_m', '3.11').has('virtual_maps'), 'legacy names are not offered');
});

// ---------------------------------------------------------------------------------------------
// Values

test('yes/no for a boolean, the default first', () => {
  const items = completeAt('smtpd_sasl_auth_enable = |');
  assert.deepEqual(labels(items).sort(), ['no', 'yes']);
  assert.equal(find(items, 'no').detail, 'default');
  assert.deepEqual(edit(find(items, 'yes')).range, range(0, 25, 0, 25));
});

test('enumerated values with their documentation, the word under the cursor replaced', () => {
  const items = completeAt('smtp_tls_security_level = ma|y\n');
  assert.deepEqual(labels(items).sort(), ['dane', 'dane-only', 'encrypt', 'fingerprint', 'may', 'none', 'secure', 'verify']);
  const may = find(items, 'may');
  assert.deepEqual(edit(may).range, range(0, 26, 0, 29));
  assert.match((may.documentation as { value: string }).value, /Opportunistic TLS/);
  const ja = service.complete(mainCf('smtp_tls_security_level = '), { line: 0, character: 26 }, settings({ locale: 'ja' })).items;
  assert.match((find(ja, 'may').documentation as { value: string }).value, /日和見的 TLS/);
});

test('keyword lists: each item of notify_classes completes on its own', () => {
  const items = completeAt('notify_classes = resource, soft|');
  assert.ok(labels(items).includes('software'));
  assert.deepEqual(edit(find(items, 'software')).range, range(0, 27, 0, 31));
});

test('restrictions fit the stage of their list; legacy ones last and tagged deprecated', () => {
  const client = labels(completeAt('smtpd_delay_reject = no\nsmtpd_client_restrictions = |'));
  assert.ok(client.includes('permit_mynetworks'));
  assert.ok(client.includes('reject_rbl_client'));
  assert.ok(!client.includes('reject_unauth_destination'), 'a recipient restriction cannot act in the client list without delay_reject');
  assert.ok(!client.includes('check_etrn_access'));
  const delayed = labels(completeAt('smtpd_client_restrictions = |'));
  assert.ok(delayed.includes('reject_unauth_destination'), 'with smtpd_delay_reject = yes (default) it can');

  const items = completeAt('smtpd_helo_restrictions = permit_mynetworks, |');
  const legacy = find(items, 'reject_invalid_hostname');
  assert.deepEqual(legacy.tags, [1]);
  assert.equal(legacy.detail, 'legacy name: use reject_invalid_helo_hostname');
  const current = find(items, 'reject_invalid_helo_hostname');
  assert.equal(current.tags, undefined);
  assert.ok(String(legacy.sortText) > String(current.sortText));
});

test('restrictions removed in 3.9 are offered (deprecated) for 3.7 only', () => {
  const v37 = completeAt('smtpd_client_restrictions = |', '3.7');
  assert.deepEqual(find(v37, 'reject_maps_rbl').tags, [1]);
  const v311 = labels(completeAt('smtpd_client_restrictions = |', '3.11'));
  assert.ok(!v311.includes('reject_maps_rbl'));
  assert.ok(!v311.includes('permit_naked_ip_address'));
});

test('a restriction that takes a table is inserted with a space and asks for the next suggestion', () => {
  const item = find(completeAt('smtpd_sender_restrictions = check_sender_a|'), 'check_sender_access');
  assert.equal(edit(item).newText, 'check_sender_access ');
  assert.equal(item.command?.command, 'editor.action.triggerSuggest');
  const next = completeAt('smtpd_sender_restrictions = check_sender_access |');
  assert.ok(labels(next).includes('hash:'));
  assert.ok(!labels(next).includes('permit'));
});

test('restriction classes are offered in restriction lists', () => {
  const items = completeAt('smtpd_restriction_classes = mua_only\nmua_only = permit_sasl_authenticated, reject\nsmtpd_recipient_restrictions = |');
  const cls = find(items, 'mua_only');
  assert.equal(cls.kind, 7);
  assert.equal(cls.detail, 'restriction class');
});

test('lookup table types are inserted as "type:" in maps', () => {
  const items = completeAt('virtual_alias_maps = |');
  const hash = find(items, 'hash:');
  assert.equal(edit(hash).newText, 'hash:');
  assert.equal(hash.command?.command, 'editor.action.triggerSuggest');
  assert.match(String(hash.detail), /postmap/);
  assert.ok(labels(items).includes('lmdb:'));
  assert.equal(items.length, 31);
  assert.ok(labels(completeAt('virtual_alias_maps = proxy:|')).includes('mysql:'));
  assert.ok(!labels(completeAt('virtual_alias_maps = proxy:|')).includes('proxy:'));
});

test('time units after a number', () => {
  const items = completeAt('maximal_queue_lifetime = 5|');
  assert.deepEqual(labels(items), ['5s', '5m', '5h', '5d', '5w']);
  assert.match((items[0].documentation as { value: string }).value, /read as days/);
  assert.deepEqual(edit(items[1]).range, range(0, 25, 0, 26));
  assert.equal(completeAt('maximal_queue_lifetime = |').length, 0);
});

test('reply codes in *_code parameters: 4xx only for defer codes', () => {
  const reject = completeAt('relay_domains_reject_code = |');
  assert.ok(labels(reject).includes('554'));
  assert.ok(labels(reject).includes('450'));
  assert.ok(!labels(reject).includes('250'));
  assert.equal(find(reject, '554').detail, 'Transaction failed (default)');
  const defer = labels(completeAt('access_map_defer_code = |'));
  assert.ok(defer.includes('450'));
  assert.ok(!defer.some((c) => String(c).startsWith('5')));
  assert.equal(completeAt('fault_injection_code = |').length, 0);
});

test('$name completes every built-in and every defined parameter, in all three forms', () => {
  const items = completeAt('my_domains = example.com\nmydestination = localhost, $|');
  const own = find(items, '$my_domains');
  assert.equal(own.sortText, '0my_domains');
  assert.deepEqual(own.textEdit, { range: range(1, 27, 1, 28), newText: '$my_domains' });
  assert.ok(labels(completeAt('my_domains = example.com\nmydestination = localhost, $myh|')).includes('$myhostname'));
  const braced = find(completeAt('relay_domains = ${myd|}'), '$mydomain');
  assert.deepEqual(braced.textEdit, { range: range(0, 16, 0, 22), newText: '${mydomain}' });
  const paren = find(completeAt('relay_domains = $(myd|'), '$mydomain');
  assert.equal(edit(paren).newText, '$(mydomain)');
  assert.equal(completeAt('smtpd_banner = $$|').length, 0, '$$ is a literal dollar sign');
});

test('completion continues on a continuation line, and on a blank indented line after an entry', () => {
  assert.ok(labels(completeAt('smtpd_recipient_restrictions = permit_mynetworks,\n    reject_unauth|')).includes('reject_unauth_destination'));
  const items = completeAt('smtpd_recipient_restrictions = permit_mynetworks,\n    |\n');
  assert.deepEqual(edit(find(items, 'reject_unauth_destination')).range, range(1, 4, 1, 4));
});

test('nothing is offered in free text, a comment, or before "="', () => {
  assert.equal(completeAt('myhostname = ma|').length, 0);
  assert.equal(completeAt('# smtpd_|').length, 0);
  assert.equal(completeAt('mynetworks |= 1').length, 0);
});

// ---------------------------------------------------------------------------------------------
// File paths

test('file paths after a file-based table type are listed through the host, with $config_directory expanded', () => {
  const asked: string[] = [];
  const host: LanguageServiceHost = {
    listDirectory(uri, path) {
      asked.push(`${uri} ${path}`);
      return [
        { name: 'virtual', directory: false },
        { name: 'virtual.db', directory: false },
        { name: 'orphan.db', directory: false },
        { name: 'sql', directory: true },
        { name: '.hidden', directory: false },
      ];
    },
  };
  const svc = createLanguageService(host);
  const items = completeAt('virtual_alias_maps = hash:$config_directory/vi|', '', svc);
  assert.deepEqual(asked, ['file:///etc/postfix/main.cf /etc/postfix/']);
  assert.deepEqual(labels(items).sort(), ['orphan.db', 'sql/', 'virtual']);
  assert.deepEqual(edit(find(items, 'virtual')).range, range(0, 44, 0, 46));
  assert.equal(find(items, 'sql/').command?.command, 'editor.action.triggerSuggest');
  assert.equal(completeAt('smtpd_client_restrictions = check_policy_service inet:|', '', svc).length, 0, 'inet: is a service, not a table');
  assert.equal(completeAt('virtual_alias_maps = tcp:/|', '', svc).length, 0, 'tcp: names a server, not a file');
  assert.deepEqual(labels(completeAt('virtual_alias_maps = hash:|', '', svc)), ['$config_directory/']);
});

test('without a host that lists folders, no paths are offered', () => {
  assert.equal(completeAt('virtual_alias_maps = hash:/etc/postfix/|').length, 0);
});

// ---------------------------------------------------------------------------------------------
// master.cf

test('master.cf: parameter names after -o, inserted as name=', () => {
  const items = completeMasterAt('submission inet n - y - - smtpd\n  -o smtpd_tls_sec|\n');
  const item = find(items, 'smtpd_tls_security_level');
  assert.deepEqual(item.textEdit, { range: range(1, 5, 1, 18), newText: 'smtpd_tls_security_level=' });
  assert.equal(item.command?.command, 'editor.action.triggerSuggest');
  const braced = find(completeMasterAt('submission inet n - y - - smtpd -o { smtpd_tls_sec|'), 'smtpd_tls_security_level');
  assert.equal(edit(braced).newText, 'smtpd_tls_security_level = ');
});

test('master.cf: values after -o name=, and $names from the main.cf beside it', () => {
  const values = completeMasterAt('submission inet n - y - - smtpd\n  -o smtpd_tls_security_level=enc|');
  assert.deepEqual(edit(find(values, 'encrypt')).range, range(1, 30, 1, 33));
  const host: LanguageServiceHost = { readSibling: (_uri, name) => (name === 'main.cf' ? 'mua_client_restrictions = permit_sasl_authenticated, reject\n' : undefined) };
  const svc = createLanguageService(host);
  const refs = completeMasterAt('submission inet n - y - - smtpd\n  -o smtpd_client_restrictions=$mua|', svc);
  assert.deepEqual(find(refs, '$mua_client_restrictions').textEdit, { range: range(1, 31, 1, 35), newText: '$mua_client_restrictions' });
  const names = completeMasterAt('submission inet n - y - - smtpd\n  -o mua|', svc);
  assert.equal(find(names, 'mua_client_restrictions').sortText, '0mua_client_restrictions');
  // The first eight fields are the master.cf mode's own; -o completion stays out of them.
  const doc = masterCf('smtp inet n - y - - sm');
  const context = { settings: settings(), around: { mainCf: () => undefined, masterCf: () => undefined } };
  assert.equal(completeMasterCf(doc, parseMasterCf(doc.getText()), 22, context).items.length, 0);
});

test('huge answers are narrowed to what the typed word can still match, and marked incomplete', () => {
  const lines = ['compatibility_level = 3.6'];
  for (let i = 0; i < 3000; i++) lines.push(`site_param_${i} = ${i}`);
  lines.push('myorigin = $site_param_29|');
  const { text, offset } = cursor(lines.join('\n'));
  const doc = mainCf(text);
  const list = createLanguageService().complete(doc, doc.positionAt(offset), settings());
  assert.equal(list.isIncomplete, true);
  assert.ok(list.items.length <= MAX_COMPLETION_ITEMS);
  assert.ok(list.items.some((i) => i.label === '$site_param_2900'));
  assert.ok(list.items.every((i) => /^\$site_param_29/.test(i.label)), 'only names the typed word can match, those that start with it first');
  const small = { isIncomplete: false, items: [{ label: 'a' }] };
  assert.equal(capCompletions(doc, offset, small), small);
});
