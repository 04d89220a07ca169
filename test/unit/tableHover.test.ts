/** Hovers in lookup table files: actions, SMTP codes, keys (what the table is), flags, networks. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { TextDocument } from 'vscode-languageserver-textdocument';
import type { Hover } from 'vscode-languageserver-types';
import { parseMainCfModel } from '../../server/src/languages/mainCf';
import { parseTableModel, tableMode } from '../../server/src/languages/table';
import { ACTION_DOCS } from '../../server/src/features/table/actions';
import { cursor, range, settings } from '../helpers';

function hover(marked: string, options: { uri?: string; main?: string; locale?: 'en' | 'ja' } = {}): Hover | null {
  const { text, offset } = cursor(marked);
  const document = TextDocument.create(options.uri ?? 'file:///etc/postfix/access', 'postfix-table', 1, text);
  const main = options.main === undefined ? undefined : parseMainCfModel(options.main);
  const context = { settings: settings({ locale: options.locale ?? 'en' }), around: { mainCf: () => main, masterCf: () => undefined } };
  return tableMode.hover!(document, parseTableModel(text), offset, context);
}

const value = (h: Hover | null): string => (h && typeof h.contents === 'object' && 'value' in h.contents ? h.contents.value : '');

test('every access action is documented in English and Japanese', () => {
  for (const [kind, doc] of Object.entries(ACTION_DOCS)) {
    assert.ok(doc.summary.en.length > 40 && doc.summary.ja && doc.summary.ja.length > 20, kind);
  }
  assert.match(ACTION_DOCS.reject.summary.en, /access_map_reject_code \(default 554\)/);
  assert.match(ACTION_DOCS.defer.summary.en, /access_map_defer_code \(default 450\)/);
  assert.equal(ACTION_DOCS.defer.since, '2.6');
  assert.equal(ACTION_DOCS.bcc.since, '3.0');
});

test('hover on an action keyword (any case) explains it', () => {
  const h = hover('spam.example  rej|ect Go away\n');
  assert.deepEqual(h?.range, range(0, 14, 0, 20));
  assert.match(value(h), /^\*\*`REJECT \[optional text\]`\*\*/);
  assert.match(value(h), /access_map_reject_code \(default 554\) and enhanced status 5\.7\.1/);
  const ja = hover('spam.example  DE|FER\n', { locale: 'ja' });
  assert.match(value(ja), /一時的に拒否/);
  assert.match(value(ja), /Postfix 2\.6 から/);
});

test('hover on a bare reply code that permits, and on codes in the text', () => {
  assert.match(value(hover('a.example  5|50\n')), /^\*\*`1234567890`\*\*\n\nA result made only of digits counts as OK/);
  const reply = hover('a.example  55|4 5.7.1 No\n');
  assert.deepEqual(reply?.range, range(0, 11, 0, 14));
  assert.match(value(reply), /^\*\*`554`\*\*/);
  const enhanced = hover('a.example  REJECT 5.7|.1 No\n');
  assert.deepEqual(enhanced?.range, range(0, 18, 0, 23));
  assert.match(value(enhanced), /^\*\*`5\.7\.1`\*\*/);
});

test('hover on a restriction or a restriction class in a result', () => {
  const main = 'smtpd_restriction_classes = strict\nstrict = reject_unknown_sender_domain, reject\nsmtpd_sender_restrictions = check_sender_access hash:/etc/postfix/access\n';
  assert.match(value(hover('a.example  permit_myne|tworks, reject\n', { main })), /^\*\*`permit_mynetworks`\*\* — restriction/);
  assert.match(value(hover('a.example  str|ict\n', { main })), /^\*\*`strict`\*\* — restriction class from smtpd_restriction_classes\n\n`reject_unknown_sender_domain, reject`$/);
});

test('hover on a key tells what the table is and where main.cf uses it', () => {
  const main = 'smtpd_recipient_restrictions = permit_mynetworks,\n    check_client_access hash:/etc/postfix/access, reject_unauth_destination\n';
  const h = hover('exa|mple.com  REJECT\n', { main });
  assert.deepEqual(h?.range, range(0, 0, 0, 11));
  const md = value(h);
  assert.match(md, /^\*\*access\(5\) table:/);
  assert.match(md, /Format: postmap input/);
  assert.match(md, /Keys: the client hostname and its parent domains/);
  assert.match(md, /- main\.cf line 1: `check_client_access` in `smtpd_recipient_restrictions` `hash:`/);
  // Without main.cf the kind comes from the name.
  assert.match(value(hover('exa|mple.com  REJECT\n')), /guessed from the file name/);
});

test('hover on a regexp flag and on a cidr network', () => {
  const flag = hover('/^spam/|i REJECT\n', { uri: 'file:///etc/postfix/helo.pcre' });
  assert.deepEqual(flag?.range, range(0, 7, 0, 8));
  assert.match(value(flag), /^i: toggles case-insensitive matching \(on by default/);
  const net = hover('192.168.|0.0/16 REJECT\n', { uri: 'file:///etc/postfix/clients.cidr' });
  assert.deepEqual(net?.range, range(0, 0, 0, 14));
  assert.match(value(net), /IPv4 network: 192\.168\.0\.0 – 192\.168\.255\.255 \(65536 addresses\)/);
  const six = hover('!2001:db8::|/32 REJECT\n', { uri: 'file:///etc/postfix/clients.cidr' });
  assert.match(value(six), /negated/);
  assert.match(value(six), /2001:db8:: – 2001:db8:ffff:ffff:ffff:ffff:ffff:ffff/);
});

test('hover on IF explains the block; comments get nothing', () => {
  assert.match(value(hover('I|F /^From:/\n/x/ REJECT\nENDIF\n', { uri: 'file:///etc/postfix/x.pcre' })), /^\*\*`IF`\*\*/);
  assert.equal(hover('# a co|mment\n'), null);
});

test('document text in hovers is always in code spans', () => {
  const md = value(hover('exa|mple.com  REJECT\n', { main: 'smtpd_client_restrictions = check_client_access hash:/etc/postfix/access\n' }));
  assert.doesNotMatch(md, /\]\(/);
});
