import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createLanguageService } from '../../server/src/languageService';
import { cursor, mainCf, range, settings } from '../helpers';

const service = createLanguageService();

function hoverAt(textWithCursor: string, locale: 'en' | 'ja' = 'en') {
  const { text, offset } = cursor(textWithCursor);
  const doc = mainCf(text);
  const hover = service.hover(doc, doc.positionAt(offset), settings({ locale }));
  const value = hover && typeof hover.contents === 'object' && 'value' in hover.contents ? hover.contents.value : '';
  return { hover, value };
}

test('hover on a parameter name shows type, default, version and the postconf link', () => {
  const { hover, value } = hoverAt('smtpd_relay_res|trictions = permit_mynetworks, reject_unauth_destination\n');
  assert.deepEqual(hover?.range, range(0, 0, 0, 24));
  assert.match(value, /\*\*`smtpd_relay_restrictions`\*\*/);
  assert.match(value, /Since Postfix 2\.10/);
  assert.match(value, /https:\/\/www\.postfix\.org\/postconf\.5\.html#smtpd_relay_restrictions/);
  assert.match(value, /Value in effect: `permit_mynetworks, reject_unauth_destination` \(set on line 1\)/);
});

test('hover resolves compatibility_level defaults for the file', () => {
  const { value } = hoverAt('compatibility_level = 3.6\nmydestination = example.com\nrelay_dom|ains = \n');
  assert.match(value, /Default: `\$\{\{\$compatibility_level\} <level \{2\} \? \{\$mydestination\} : \{\}\}`/);
  assert.match(value, /Default for this file \(compatibility_level 3\.6\): `\(empty\)`/);
  const legacy = hoverAt('mydestination = example.com\nrelay_dom|ains_reject_code = 554\n').value;
  assert.match(legacy, /Default: `554`/);
});

test('hover on a time parameter says what a bare number means', () => {
  assert.match(hoverAt('maximal_queue_li|fetime = 5\n').value, /a bare number is in days/);
});

test('hover on $name shows where it comes from and its expansion', () => {
  const { hover, value } = hoverAt('mydomain = example.com\nmyorigin = $my|domain\n');
  assert.deepEqual(hover?.range, range(1, 11, 1, 20));
  assert.match(value, /Value in effect: `example\.com` \(set on line 1\)/);
  assert.match(hoverAt('myorigin = $no|such_thing\n').value, /Not defined/);
});

test('hover on a user-defined parameter says it is not built in', () => {
  const { value } = hoverAt('my_clients| = 192.0.2.0/24\nmynetworks = $my_clients\n');
  assert.match(value, /not built into Postfix/);
});

test('hover text escapes the document: a value can never become a link or a command', () => {
  const { value } = hoverAt('myhost|name = [x](command:workbench.action.terminal.new) `y`\n');
  assert.ok(!/\]\(command:/.test(value.replace(/`+[^`]*`+/g, '')), value);
  assert.match(value, /``\s?\[x\]\(command:workbench\.action\.terminal\.new\) `y`\s?``/);
});

test('hover speaks Japanese when the locale is ja', () => {
  assert.match(hoverAt('myhost|name = a\n', 'ja').value, /デフォルト/);
});

test('no hover on comments or blank space', () => {
  assert.equal(hoverAt('# myhost|name\n').hover, null);
  assert.equal(hoverAt('myhostname = a\n|\n').hover, null);
});
