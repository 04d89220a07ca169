import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createLanguageService } from '../../server/src/languageService';
import { cursor, mainCf, masterCf, range, settings } from '../helpers';

const MAIN_URI = 'file:///etc/postfix/main.cf';
const MASTER_URI = 'file:///etc/postfix/master.cf';

const MAIN = [
  'smtpd_restriction_classes = mua_only', // 0
  'mua_only = permit_sasl_authenticated,', // 1
  '    reject', // 2
  'smtpd_recipient_restrictions = permit_mynetworks, mua_only, reject_unauth_destination', // 3
  'saved = $mua_only ${mua_only} $(mua_only) ${mua_only?{x $mua_only}}', // 4
  'smtpd_banner = mua_only $myhostname', // 5
  '',
].join('\n');

const MASTER = [
  'submission inet n - y - - smtpd', // 0
  '  -o smtpd_client_restrictions=mua_only', // 1
  '  -o smtpd_sender_restrictions=$mua_only', // 2
  '  -o mua_only=permit', // 3
  '  -o syslog_name=mua_only', // 4
  '',
].join('\n');

function serviceWith(main?: string, master?: string) {
  return createLanguageService({ readSibling: (_uri, name) => (name === 'main.cf' ? main : name === 'master.cf' ? master : undefined) });
}

test('references of a restriction class: entry, declaration, list uses, every $ form, and master.cf', () => {
  const { text, offset } = cursor(MAIN.replace('saved = $mua_only', 'saved = $mua_o|nly'));
  const doc = mainCf(text);
  const refs = serviceWith(undefined, MASTER).references(doc, doc.positionAt(offset), true, settings());
  assert.deepEqual(refs, [
    { uri: MAIN_URI, range: range(0, 28, 0, 36) },
    { uri: MAIN_URI, range: range(1, 0, 1, 8) },
    { uri: MAIN_URI, range: range(3, 50, 3, 58) },
    { uri: MAIN_URI, range: range(4, 9, 4, 17) },
    { uri: MAIN_URI, range: range(4, 20, 4, 28) },
    { uri: MAIN_URI, range: range(4, 32, 4, 40) },
    { uri: MAIN_URI, range: range(4, 44, 4, 52) },
    { uri: MAIN_URI, range: range(4, 57, 4, 65) },
    { uri: MASTER_URI, range: range(1, 31, 1, 39) },
    { uri: MASTER_URI, range: range(2, 32, 2, 40) },
    { uri: MASTER_URI, range: range(3, 5, 3, 13) },
  ]);
  // The word in smtpd_banner and in syslog_name is text, not the class.
});

test('without the declaration the entry itself and -o settings are left out', () => {
  const { text, offset } = cursor(MAIN.replace('saved = $mua_only', 'saved = $mua_o|nly'));
  const doc = mainCf(text);
  const refs = serviceWith(undefined, MASTER).references(doc, doc.positionAt(offset), false, settings());
  assert.ok(!refs.some((r) => r.uri === MAIN_URI && r.range.start.line === 1), 'the definition is a declaration');
  assert.ok(!refs.some((r) => r.uri === MASTER_URI && r.range.start.line === 3), 'an -o setting is a declaration');
  assert.equal(refs.length, 9);
});

test('references of a built-in parameter list its $ uses', () => {
  const { text, offset } = cursor('myhostname = mx.example.com\nsmtpd_banner = $myhost|name ESMTP\nmyorigin = ${myhostname}\n');
  const doc = mainCf(text);
  assert.deepEqual(createLanguageService().references(doc, doc.positionAt(offset), true, settings()), [
    { uri: MAIN_URI, range: range(0, 0, 0, 10) },
    { uri: MAIN_URI, range: range(1, 16, 1, 26) },
    { uri: MAIN_URI, range: range(2, 13, 2, 23) },
  ]);
});

test('from master.cf, references cover both files', () => {
  const doc = masterCf(MASTER);
  const refs = serviceWith(MAIN, undefined).references(doc, { line: 2, character: 35 }, true, settings());
  assert.equal(refs.filter((r) => r.uri === MAIN_URI).length, 8);
  assert.equal(refs.filter((r) => r.uri === MASTER_URI).length, 3);
});

test('nothing under the cursor, no references', () => {
  const doc = mainCf('smtpd_banner = hello world\n');
  assert.deepEqual(createLanguageService().references(doc, { line: 0, character: 17 }, true, settings()), []);
});
