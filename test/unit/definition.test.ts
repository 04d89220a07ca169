import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createLanguageService } from '../../server/src/languageService';
import { cursor, mainCf, masterCf, range, settings } from '../helpers';

const MAIN = [
  'my_domains = example.com, example.net', // 0
  'mydestination = localhost, $my_domains', // 1
  'relay_domains = ${my_domains?{$my_domains}:{}}', // 2
  'smtpd_restriction_classes = mua_only', // 3
  'mua_only = permit_sasl_authenticated, reject', // 4
  'smtpd_recipient_restrictions = permit_mynetworks, mua_only', // 5
  'my_domains = example.org', // 6
  '',
].join('\n');

function definitionIn(textWithCursor: string, siblings: Record<string, string> = {}) {
  const { text, offset } = cursor(textWithCursor);
  const service = createLanguageService({ readSibling: (_uri, name) => siblings[name] });
  const doc = mainCf(text);
  return service.definition(doc, doc.positionAt(offset), settings());
}

test('$name goes to the entry Postfix uses: the last one of that name', () => {
  const text = MAIN.replace('$my_domains\n', '$my_do|mains\n');
  assert.deepEqual(definitionIn(text), [{ uri: 'file:///etc/postfix/main.cf', range: range(6, 0, 6, 10) }]);
});

test('every form of reference resolves, including one nested in a conditional', () => {
  assert.deepEqual(definitionIn(MAIN.replace('${my_domains?', '${my_|domains?')), [{ uri: 'file:///etc/postfix/main.cf', range: range(6, 0, 6, 10) }]);
  assert.deepEqual(definitionIn(MAIN.replace('{$my_domains}', '{$my_dom|ains}')), [{ uri: 'file:///etc/postfix/main.cf', range: range(6, 0, 6, 10) }]);
  // On the `$` itself.
  assert.deepEqual(definitionIn(MAIN.replace(', $my_domains\n', ', |$my_domains\n')), [{ uri: 'file:///etc/postfix/main.cf', range: range(6, 0, 6, 10) }]);
});

test('a restriction class in a list and in smtpd_restriction_classes goes to the class entry', () => {
  assert.deepEqual(definitionIn(MAIN.replace('permit_mynetworks, mua_only', 'permit_mynetworks, mua_o|nly')), [{ uri: 'file:///etc/postfix/main.cf', range: range(4, 0, 4, 8) }]);
  assert.deepEqual(definitionIn(MAIN.replace('classes = mua_only', 'classes = |mua_only')), [{ uri: 'file:///etc/postfix/main.cf', range: range(4, 0, 4, 8) }]);
});

test('a built-in restriction, a built-in name not set in the file, and plain text have no definition', () => {
  assert.deepEqual(definitionIn(MAIN.replace('permit_mynetworks, mua', 'permit_my|networks, mua')), []);
  assert.deepEqual(definitionIn('smtpd_banner = $myhost|name ESMTP\n'), []);
  assert.deepEqual(definitionIn('smtpd_banner = $myhostname ES|MTP\n'), []);
});

test('from master.cf: a $name in an -o value and an -o name go to the main.cf next to it', () => {
  const service = createLanguageService({ readSibling: (_uri, name) => (name === 'main.cf' ? MAIN : undefined) });
  const master = 'submission inet n - y - - smtpd\n  -o smtpd_recipient_restrictions=$mua_only\n  -o mydestination=$my_domains\n';
  const doc = masterCf(master);
  const at = (line: number, character: number) => service.definition(doc, { line, character }, settings());
  assert.deepEqual(at(1, 38), [{ uri: 'file:///etc/postfix/main.cf', range: range(4, 0, 4, 8) }]);
  assert.deepEqual(at(2, 24), [{ uri: 'file:///etc/postfix/main.cf', range: range(6, 0, 6, 10) }]);
  assert.deepEqual(at(2, 8), [{ uri: 'file:///etc/postfix/main.cf', range: range(1, 0, 1, 13) }], 'the -o name goes to the setting it overrides');
  // Without a main.cf beside it there is nowhere to go.
  assert.deepEqual(createLanguageService().definition(doc, { line: 2, character: 24 }, settings()), []);
});
