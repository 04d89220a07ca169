import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createLanguageService } from '../../server/src/languageService';
import { cursor, mainCf, range, settings } from '../helpers';

const service = createLanguageService();

function completeAt(textWithCursor: string, version = '') {
  const { text, offset } = cursor(textWithCursor);
  const doc = mainCf(text);
  return service.complete(doc, doc.positionAt(offset), settings({ version })).items;
}

test('parameter names complete at the start of a line and insert "name = "', () => {
  const items = completeAt('myhostname = a\nsmtpd_relay|\n');
  const item = items.find((i) => i.label === 'smtpd_relay_restrictions');
  assert.ok(item);
  assert.deepEqual(item.textEdit, { range: range(1, 0, 1, 11), newText: 'smtpd_relay_restrictions = ' });
});

test('only the name is replaced when "=" already follows', () => {
  const item = completeAt('myhost|name = a\n').find((i) => i.label === 'myhostname');
  assert.deepEqual(item?.textEdit, { range: range(0, 0, 0, 10), newText: 'myhostname' });
});

test('names a version does not know are not offered', () => {
  const labels = (v: string) => new Set(completeAt('|', v).map((i) => i.label));
  assert.ok(!labels('3.7').has('allow_srv_lookup_fallback'), 'a 3.11 name is not offered for 3.7');
  assert.ok(labels('3.11').has('allow_srv_lookup_fallback'));
  assert.ok(labels('3.7').has('smtp_tls_security_level'));
  assert.ok(!labels('3.11').has('virtual_maps'), 'legacy names are not offered');
});

test('nothing is offered inside a value or on an indented line', () => {
  assert.equal(completeAt('myhostname = ma|').length, 0);
  assert.equal(completeAt('mynetworks = a,\n  b|').length, 0);
});
