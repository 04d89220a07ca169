import { test } from 'node:test';
import assert from 'node:assert/strict';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { EffectiveConfig } from '../../server/src/analysis/effectiveConfig';
import { explainRelay } from '../../server/src/analysis/relay/explain';
import { RecipeArgs, RecipeId, computeRecipe } from '../../server/src/features/recipes';
import { parseMainCf } from '../../server/src/parser/mainCf';
import { MAIN_CF_RULES } from '../../server/src/rules/registry';
import { runMainCfRules } from './ruleTestUtil';

/** Applies a recipe to text; returns the new text and the notes. */
function apply(text: string, recipe: RecipeId, args: RecipeArgs = {}): { text: string; notes: string[]; error?: string } {
  const doc = parseMainCf(text);
  const r = computeRecipe(doc, new EffectiveConfig(doc), '3.7', recipe, args);
  if ('error' in r) return { text, notes: [], error: r.error.en };
  const document = TextDocument.create('file:///m/main.cf', 'postfix-main', 1, text);
  const edits = r.edits.map((e) => ({ range: { start: document.positionAt(e.span.start), end: document.positionAt(e.span.end) }, newText: e.newText }));
  return { text: TextDocument.applyEdits(document, edits), notes: r.notes.map((n) => n.en) };
}

const errorsIn = (text: string) => runMainCfRules(MAIN_CF_RULES, text, { version: '3.7' }).diagnostics.filter((d) => d.severity === 1).map((d) => d.code);

const BASE = '# my server\ncompatibility_level = 3.6\nmydestination = mx.example.com, localhost\nmynetworks = 127.0.0.0/8\n';

test('allowNetwork adds the network to mynetworks, once', () => {
  const once = apply(BASE, 'allowNetwork', { network: '192.0.2.0/24' });
  assert.equal(once.text, BASE.replace('mynetworks = 127.0.0.0/8', 'mynetworks = 127.0.0.0/8, 192.0.2.0/24'));
  assert.equal(apply(once.text, 'allowNetwork', { network: '192.0.2.0/24' }).text, once.text, 'idempotent');
  const config = new EffectiveConfig(parseMainCf(once.text));
  assert.equal(explainRelay(config, { client: '192.0.2.7', recipient: 'x@remote.example.net' }, { version: '3.7' }).decision, 'accept');
});

test('allowNetwork normalises host bits and refuses what would open the relay or Postfix would reject', () => {
  const r = apply(BASE, 'allowNetwork', { network: '192.0.2.10/24' });
  assert.match(r.text, /mynetworks = 127\.0\.0\.0\/8, 192\.0\.2\.0\/24\n/);
  assert.match(r.notes[0], /192\.0\.2\.0\/24/);
  assert.match(apply(BASE, 'allowNetwork', { network: '0.0.0.0/0' }).error ?? '', /open relay/);
  assert.match(apply(BASE, 'allowNetwork', { network: '2001:db8::/32' }).error ?? '', /\[2001:db8::\]\/32/);
  assert.match(apply(BASE, 'allowNetwork', { network: 'not-a-net' }).error ?? '', /not a network/);
});

test('allowNetwork without mynetworks keeps this host in the list', () => {
  const text = 'compatibility_level = 3.6\n';
  assert.equal(apply(text, 'allowNetwork', { network: '[2001:db8::]/32' }).text, `${text}mynetworks = 127.0.0.0/8 [::1]/128 [2001:db8::]/32\n`);
});

test('allowSaslRelay: SASL on, TLS for the credentials, permit_sasl_authenticated ahead of the check', () => {
  const text = `${BASE}smtpd_relay_restrictions = permit_mynetworks, reject_unauth_destination\n`;
  const r = apply(text, 'allowSaslRelay');
  assert.equal(
    r.text,
    `${BASE}smtpd_relay_restrictions = permit_mynetworks, permit_sasl_authenticated, reject_unauth_destination\n` +
      'smtpd_sasl_auth_enable = yes\nsmtpd_sasl_type = dovecot\nsmtpd_sasl_path = private/auth\nsmtpd_tls_auth_only = yes\nsmtpd_tls_security_level = may\n',
  );
  assert.equal(apply(r.text, 'allowSaslRelay').text, r.text, 'idempotent');
  assert.deepEqual(errorsIn(r.text), []);
  const config = new EffectiveConfig(parseMainCf(r.text));
  assert.equal(explainRelay(config, { client: '203.0.113.9', recipient: 'x@remote.example.net', saslUser: 'ann' }, { version: '3.7' }).decision, 'accept');
  assert.equal(explainRelay(config, { client: '203.0.113.9', recipient: 'x@remote.example.net' }, { version: '3.7' }).decision, 'reject');
});

test('allowSaslRelay leaves the default relay restrictions alone: they already permit SASL clients', () => {
  const r = apply(BASE, 'allowSaslRelay');
  assert.doesNotMatch(r.text, /smtpd_relay_restrictions/);
});

test('relayDomain adds to relay_domains, keeping $mydestination below compatibility_level 2', () => {
  assert.equal(apply(BASE, 'relayDomain', { domain: 'Example.NET' }).text, `${BASE}relay_domains = example.net\n`);
  const old = 'mydestination = mx.example.com\n';
  assert.equal(apply(old, 'relayDomain', { domain: 'example.net' }).text, `${old}relay_domains = $mydestination, example.net\n`);
  const withList = `${BASE}relay_domains = a.example,\n    b.example\n`;
  assert.equal(apply(withList, 'relayDomain', { domain: 'c.example' }).text, `${BASE}relay_domains = a.example,\n    b.example, c.example\n`);
  assert.equal(apply(withList, 'relayDomain', { domain: 'b.example' }).text, withList, 'already there');
});

test('smarthost: relayhost with brackets, SASL and required TLS', () => {
  const r = apply(BASE, 'smarthost', { host: 'smtp.example.net', port: '587' });
  assert.equal(
    r.text,
    `${BASE}relayhost = [smtp.example.net]:587\nsmtp_sasl_auth_enable = yes\nsmtp_sasl_password_maps = hash:/etc/postfix/sasl_passwd\nsmtp_sasl_security_options = noanonymous\nsmtp_tls_security_level = encrypt\n`,
  );
  assert.equal(apply(r.text, 'smarthost', { host: 'smtp.example.net', port: '587' }).text, r.text, 'idempotent');
  assert.deepEqual(runMainCfRules(MAIN_CF_RULES, r.text, { version: '3.7' }).diagnostics.map((d) => d.code), []);
});

test('an existing setting is changed in place, keeping comments and order', () => {
  const text = '# relay\nrelayhost = [old.example]:25   \n# end\n';
  const r = apply(text, 'smarthost', { host: 'new.example', port: '587' });
  assert.match(r.text, /^# relay\nrelayhost = \[new\.example\]:587   \n# end\nsmtp_sasl_auth_enable = yes\n/);
});
