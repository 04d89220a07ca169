import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { CompletionItem, CompletionList, TextEdit } from 'vscode-languageserver-types';
import { createLanguageService, LanguageServiceHost } from '../../server/src/languageService';
import { NAME_ITEMS, SCANNED_NAMES, matchTier } from '../../server/src/features/completion';
import { allParameters, catalogVersion } from '../../server/src/knowledge/parameters';
import { cursor, mainCf, masterCf, range, settings } from '../helpers';

const service = createLanguageService();

function listAt(textWithCursor: string, svc = service): CompletionList {
  const { text, offset } = cursor(textWithCursor);
  const doc = mainCf(text);
  return svc.complete(doc, doc.positionAt(offset), settings());
}

const labels = (items: CompletionItem[]) => items.map((i) => String(i.label));
const edit = (item: CompletionItem) => item.textEdit as TextEdit;

/** The built-in names of the newest catalog version, in the order a list with nothing typed starts with. */
const BUILTIN = [...allParameters()]
  .filter((p) => p.builtin && p.versions.includes(catalogVersion('')))
  .map((p) => p.name)
  .sort((a, b) => (a.toLowerCase() < b.toLowerCase() ? -1 : a.toLowerCase() > b.toLowerCase() ? 1 : 0));

/** `count` site parameters, numbered from 0: site_<kind>_<5 digits>, as in the benchmark's files. */
function siteNames(count: number): string[] {
  const kinds = ['domains', 'maps', 'networks', 'limits', 'relays'];
  return Array.from({ length: count }, (_, i) => `site_${kinds[i % 5]}_${String(i).padStart(5, '0')}`);
}

test('matchTier ranks a typed word as editors do: start, start of a later part, letters in order', () => {
  assert.equal(matchTier('smtpd_tls', 'smtpd_tls_cert_file'), 0);
  assert.equal(matchTier('', 'anything'), 0);
  assert.equal(matchTier('tls_cert', 'smtpd_tls_cert_file'), 1);
  assert.equal(matchTier('cert', 'smtpd_tls_cert_file'), 1);
  assert.equal(matchTier('relays', 'site_relays_00004'), 1);
  assert.equal(matchTier('tlscf', 'smtpd_tls_cert_file'), 1, 'after the part start the letters may skip');
  assert.equal(matchTier('mtpd', 'smtpd_tls_cert_file'), 2, 'inside a part: the weakest match');
  assert.equal(matchTier('s29', 'site_param_2999'), 1);
  assert.equal(matchTier('p29', 'site_param_2999'), 1);
  assert.equal(matchTier('xyz', 'smtpd_tls_cert_file'), -1);
  assert.equal(matchTier('ftls', 'smtpd_tls_cert_file'), -1, 'letters out of order');
});

test('at an empty line: the first names in alphabetical order, and the list is marked incomplete', () => {
  const list = listAt('compatibility_level = 3.6\n|\n');
  assert.equal(list.isIncomplete, true);
  assert.deepEqual(labels(list.items), BUILTIN.slice(0, NAME_ITEMS));
  assert.deepEqual(edit(list.items[0]).range, range(1, 0, 1, 0));
  // Small enough to send in a few milliseconds.
  assert.ok(JSON.stringify(list).length < 40_000, `${JSON.stringify(list).length} bytes`);
});

test('a typed name start: every name that starts with it, first, then names with it at a later part', () => {
  const list = listAt('compatibility_level = 3.6\nsmtpd_tls_c|\n');
  assert.equal(list.isIncomplete, true, 'asked again when the word changes');
  const starting = BUILTIN.filter((n) => n.toLowerCase().startsWith('smtpd_tls_c'));
  assert.ok(starting.includes('smtpd_tls_CAfile'), 'matched without regard to case');
  assert.ok(starting.includes('smtpd_tls_cert_file') && starting.includes('smtpd_tls_ciphers'));
  assert.deepEqual(labels(list.items).slice(0, starting.length), starting);
  assert.deepEqual(edit(list.items[0]).range, range(1, 0, 1, 11));
  assert.equal(edit(list.items.find((i) => i.label === 'smtpd_tls_cert_file')!).newText, 'smtpd_tls_cert_file = $0');

  // "tls_cert": no built-in name starts with it; the _tls_cert_ ones follow at once.
  const later = labels(listAt('tls_cert|').items);
  for (const name of ['smtpd_tls_cert_file', 'smtp_tls_cert_file', 'lmtp_tls_cert_file', 'tlsproxy_tls_cert_file']) assert.ok(later.includes(name), name);
  assert.ok(later.every((n) => matchTier('tls_cert', n.toLowerCase()) >= 0));
  const firstWeak = later.findIndex((n) => matchTier('tls_cert', n.toLowerCase()) === 2);
  if (firstWeak >= 0) assert.ok(later.slice(firstWeak).every((n) => matchTier('tls_cert', n.toLowerCase()) === 2), 'weak matches come last');
});

test('a long, specific name start: its name first, then only names with its letters in order', () => {
  const list = listAt('smtpd_relay_restr|');
  assert.deepEqual(labels(list.items), ['smtpd_relay_restrictions', 'smtpd_relay_before_recipient_restrictions']);
  assert.equal(list.isIncomplete, true);
});

test('$ in a file of 30,000 names: names that start with the typed part, the file\'s own first', () => {
  const names = siteNames(30_000);
  assert.ok(names.length > SCANNED_NAMES);
  const text = `${names.map((n, i) => `${n} = v${i}`).join('\n')}\nrelay_domains = $site_relays_123|`;
  const list = listAt(text);
  const expected = names.filter((n) => n.startsWith('site_relays_123')).sort();
  assert.deepEqual(expected, ['site_relays_12304', 'site_relays_12309', 'site_relays_12314', 'site_relays_12319', 'site_relays_12324', 'site_relays_12329', 'site_relays_12334', 'site_relays_12339', 'site_relays_12344', 'site_relays_12349', 'site_relays_12354', 'site_relays_12359', 'site_relays_12364', 'site_relays_12369', 'site_relays_12374', 'site_relays_12379', 'site_relays_12384', 'site_relays_12389', 'site_relays_12394', 'site_relays_12399']);
  assert.deepEqual(labels(list.items), expected.map((n) => `$${n}`));
  assert.equal(list.isIncomplete, true);
  const first = list.items[0];
  assert.equal(first.detail, 'defined in main.cf: v12304');
  assert.equal(first.sortText, '0site_relays_12304');
  assert.deepEqual(first.textEdit, { range: range(30_000, 16, 30_000, 32), newText: '$site_relays_12304' });

  // Nothing typed yet: the file's own names in alphabetical order, cut, and marked incomplete.
  const bare = listAt(`${names.map((n, i) => `${n} = v${i}`).join('\n')}\nrelay_domains = \${|}`);
  assert.equal(bare.isIncomplete, true);
  assert.deepEqual(labels(bare.items), [...names, 'relay_domains'].sort().slice(0, NAME_ITEMS).map((n) => `$${n}`));
  assert.equal(edit(bare.items[1]).newText, '${site_domains_00000}');
  assert.ok(JSON.stringify(bare).length < 40_000);
  // A built-in name that starts with the typed part is offered after the file's own.
  const my = labels(listAt(`${names.slice(0, 3000).map((n) => `${n} = x`).join('\n')}\nmy_own = 1\nrelay_domains = $my|`).items);
  assert.deepEqual(my.slice(0, 2), ['$my_own', '$mydestination']);
  assert.ok(my.includes('$myhostname') && my.includes('$mynetworks'));
});

test('$ in a small file: the typed part also matches at a later part of a name, as the editor would', () => {
  const list = listAt('site_relays = a\nother_domains = b\nrelay_domains = $domains|');
  const got = labels(list.items);
  assert.ok(got.includes('$other_domains'), 'an own name with _domains');
  assert.ok(got.includes('$virtual_mailbox_domains'), 'a built-in one');
  assert.ok(got.indexOf('$other_domains') < got.indexOf('$virtual_mailbox_domains'), 'the file\'s own first');
  assert.equal(list.isIncomplete, true);
  assert.ok(!got.includes('$site_relays'));
});

test('master.cf -o names: narrowed the same way, main.cf names first', () => {
  const host: LanguageServiceHost = { readSibling: (_uri, name) => (name === 'main.cf' ? 'mua_client_restrictions = permit_sasl_authenticated, reject\n' : undefined) };
  const svc = createLanguageService(host);
  const at = (textWithCursor: string) => {
    const { text, offset } = cursor(textWithCursor);
    const doc = masterCf(text);
    return svc.complete(doc, doc.positionAt(offset), settings());
  };
  const bare = at('submission inet n - y - - smtpd\n  -o |');
  assert.equal(bare.isIncomplete, true);
  assert.equal(bare.items.length, NAME_ITEMS);
  assert.equal(bare.items[0].label, 'mua_client_restrictions');
  assert.deepEqual(labels(bare.items).slice(1), BUILTIN.slice(0, NAME_ITEMS - 1));
  const typed = at('submission inet n - y - - smtpd\n  -o client_restr|');
  assert.deepEqual(labels(typed.items).slice(0, 2), ['mua_client_restrictions', 'smtpd_client_restrictions']);
});

test('a restriction class with a huge value is shown cut in its documentation', () => {
  const parts = Array.from({ length: 400 }, (_, i) => `check_client_access hash:/etc/postfix/access_${i}`);
  const text = `smtpd_restriction_classes = big\nbig = ${parts.join(', ')}\nsmtpd_recipient_restrictions = |`;
  const item = listAt(text).items.find((i) => i.label === 'big');
  assert.ok(item);
  const doc = (item.documentation as { value: string }).value;
  assert.equal(doc, `\`${`${parts.join(', ')}`.slice(0, 300)}…\``);
  const small = listAt('smtpd_restriction_classes = mua\nmua = permit_sasl_authenticated, reject\nsmtpd_recipient_restrictions = |').items.find((i) => i.label === 'mua');
  assert.equal((small?.documentation as { value: string }).value, '`permit_sasl_authenticated, reject`');
});

test('restriction items carry their documentation through completionItem/resolve', () => {
  const item = listAt('smtpd_sender_restrictions = check_sender_a|').items.find((i) => i.label === 'check_sender_access');
  assert.ok(item);
  assert.equal(item.documentation, undefined, 'not sent with the list');
  const doc = (service.resolveCompletion(item).documentation as { kind: string; value: string });
  assert.equal(doc.kind, 'markdown');
  assert.equal(
    doc.value,
    'Looks up the sender address in the table (user@domain, then the domain and its parent domains, then user@) and applies the action found; no match gives DUNNO.\n\nTakes a lookup table as its argument: `check_sender_access type:table`.',
  );
  const ja = service.complete(mainCf('smtpd_sender_restrictions = check_sender_a'), { line: 0, character: 42 }, settings({ locale: 'ja' })).items.find((i) => i.label === 'check_sender_access');
  assert.match((service.resolveCompletion(ja!).documentation as { value: string }).value, /^送信者アドレスをテーブルで検索し/);
  // An item with documentation already, or without data, comes back as it is.
  const plain = { label: 'x', documentation: 'kept' };
  assert.equal(service.resolveCompletion(plain), plain);
});

test('$ names stay right from one parse to the next: an edit in a value, a renamed name, a new name', () => {
  const svc = createLanguageService();
  const at = (text: string) => labels(listAt(text, svc).items).filter((l) => l.startsWith('$zz'));
  assert.deepEqual(at('zz_one = 1\nzz_two = 2\nrelay_domains = $zz|'), ['$zz_one', '$zz_two']);
  // Same names, another value: the same list.
  assert.deepEqual(at('zz_one = 1\nzz_two = 22\nrelay_domains = $zz|'), ['$zz_one', '$zz_two']);
  // As many names, one of them renamed.
  assert.deepEqual(at('zz_one = 1\nzz_three = 2\nrelay_domains = $zz|'), ['$zz_one', '$zz_three']);
  // One more name, and the same names in another order.
  assert.deepEqual(at('zz_one = 1\nzz_three = 2\nzz_four = 4\nrelay_domains = $zz|'), ['$zz_four', '$zz_one', '$zz_three']);
  assert.deepEqual(at('zz_three = 2\nzz_one = 1\nzz_four = 4\nrelay_domains = $zz|'), ['$zz_four', '$zz_one', '$zz_three']);
});
