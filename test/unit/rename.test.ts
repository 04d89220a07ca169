import { test } from 'node:test';
import assert from 'node:assert/strict';
import { TextDocument } from 'vscode-languageserver-textdocument';
import type { WorkspaceEdit } from 'vscode-languageserver-types';
import { createLanguageService } from '../../server/src/languageService';
import { cursor, mainCf, masterCf, range, settings } from '../helpers';

const MAIN_URI = 'file:///etc/postfix/main.cf';
const MASTER_URI = 'file:///etc/postfix/master.cf';

const MAIN = [
  'smtpd_restriction_classes = mua_only',
  'mua_only = permit_sasl_authenticated, reject',
  'smtpd_recipient_restrictions = permit_mynetworks, mua_only',
  'other = ${mua_only?{yes}} $mua_only',
  '',
].join('\n');

const MASTER = ['submission inet n - y - - smtpd', '  -o smtpd_client_restrictions=$mua_only', '  -o smtpd_recipient_restrictions=mua_only', ''].join('\n');

function serviceWith(main?: string, master?: string) {
  return createLanguageService({ readSibling: (_uri, name) => (name === 'main.cf' ? main : name === 'master.cf' ? master : undefined) });
}

function applied(edit: WorkspaceEdit, uri: string, text: string): string {
  const edits = edit.changes?.[uri] ?? [];
  return TextDocument.applyEdits(TextDocument.create(uri, 'x', 1, text), edits);
}

test('prepareRename gives the name under the cursor and its range', () => {
  const { text, offset } = cursor(MAIN.replace('other = ${mua_only', 'other = ${mua_o|nly'));
  const doc = mainCf(text);
  assert.deepEqual(serviceWith().prepareRename(doc, doc.positionAt(offset), settings()), { range: range(3, 10, 3, 18), placeholder: 'mua_only' });
});

test('prepareRename refuses a built-in name with a clear message, in the user language', () => {
  const doc = mainCf('smtpd_banner = $myhostname ESMTP\n');
  const refusal = serviceWith().prepareRename(doc, { line: 0, character: 18 }, settings());
  assert.deepEqual(refusal, {
    error: '"myhostname" is a Postfix parameter, so it cannot be renamed: Postfix would no longer recognise the setting. Only parameters you define yourself can be renamed.',
  });
  const ja = serviceWith().prepareRename(doc, { line: 0, character: 3 }, settings({ locale: 'ja' }));
  assert.deepEqual(ja, {
    error: '「smtpd_banner」は Postfix のパラメータなので名前を変更できません。変更すると Postfix がその設定を認識しなくなります。名前を変更できるのは自分で定義したパラメータだけです。',
  });
  // A legacy name is Postfix's too.
  assert.ok('error' in (serviceWith().prepareRename(mainCf('virtual_maps = hash:/x\n'), { line: 0, character: 2 }, settings()) ?? {}));
});

test('prepareRename refuses a per-service setting of a master.cf service', () => {
  const master = 'bulk unix - - n - - smtp\n';
  const doc = mainCf('bulk_destination_concurrency_limit = 2\n');
  assert.deepEqual(serviceWith(undefined, master).prepareRename(doc, { line: 0, character: 3 }, settings()), {
    error: '"bulk_destination_concurrency_limit" is a per-service setting of the master.cf service "bulk": Postfix derives its name from the service name, so it cannot be renamed on its own.',
  });
});

test('prepareRename has nothing to offer on plain text', () => {
  assert.equal(serviceWith().prepareRename(mainCf('smtpd_banner = hello\n'), { line: 0, character: 17 }, settings()), null);
});

test('rename updates main.cf and master.cf: entry, declaration, list uses, every $ form, -o values', () => {
  const doc = mainCf(MAIN);
  const edit = serviceWith(undefined, MASTER).rename(doc, { line: 1, character: 2 }, 'submitters', settings()) as WorkspaceEdit;
  assert.deepEqual(Object.keys(edit.changes ?? {}).sort(), [MAIN_URI, MASTER_URI]);
  assert.equal(
    applied(edit, MAIN_URI, MAIN),
    [
      'smtpd_restriction_classes = submitters',
      'submitters = permit_sasl_authenticated, reject',
      'smtpd_recipient_restrictions = permit_mynetworks, submitters',
      'other = ${submitters?{yes}} $submitters',
      '',
    ].join('\n'),
  );
  assert.equal(
    applied(edit, MASTER_URI, MASTER),
    ['submission inet n - y - - smtpd', '  -o smtpd_client_restrictions=$submitters', '  -o smtpd_recipient_restrictions=submitters', ''].join('\n'),
  );
});

test('rename started in master.cf edits the main.cf beside it too', () => {
  const doc = masterCf(MASTER);
  const edit = serviceWith(MAIN, undefined).rename(doc, { line: 1, character: 35 }, 'mua', settings()) as WorkspaceEdit;
  assert.equal(edit.changes?.[MAIN_URI]?.length, 5);
  assert.deepEqual(edit.changes?.[MASTER_URI], [
    { range: range(1, 32, 1, 40), newText: 'mua' },
    { range: range(2, 34, 2, 42), newText: 'mua' },
  ]);
});

test('rename refuses a new name that is not usable, is Postfix own, is taken, or names a restriction', () => {
  const doc = mainCf(MAIN);
  const at = { line: 1, character: 2 };
  const svc = serviceWith();
  assert.deepEqual(svc.rename(doc, at, 'bad-name', settings()), {
    error: '"bad-name" is not a usable parameter name: a `$name` reference can only hold letters, digits and underscores.',
  });
  assert.deepEqual(svc.rename(doc, at, 'relayhost', settings()), { error: '"relayhost" is the name of a Postfix parameter; choose a name Postfix does not use.' });
  assert.deepEqual(svc.rename(doc, at, 'other', settings()), { error: '"other" is already defined in main.cf; renaming would merge two different settings.' });
  assert.deepEqual(svc.rename(doc, at, 'permit_auth_destination', settings()), {
    error: '"permit_auth_destination" is the name of a built-in restriction; smtpd would run the restriction, never a class of that name.',
  });
});
