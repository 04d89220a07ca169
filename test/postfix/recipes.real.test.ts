/** Every relay recipe's result passes the real postconf -n without a warning. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { EffectiveConfig } from '../../server/src/analysis/effectiveConfig';
import { RecipeArgs, RecipeId, computeRecipe } from '../../server/src/features/recipes';
import { parseMainCf } from '../../server/src/parser/mainCf';
import { NO_POSTCONF, configDir, postconf } from './instance';

const BASE = 'compatibility_level = 3.6\nmydestination = mx.example.com, localhost\nsmtpd_relay_restrictions = permit_mynetworks, reject_unauth_destination\n';
const CASES: Array<[RecipeId, RecipeArgs]> = [
  ['allowSaslRelay', {}],
  ['allowNetwork', { network: '192.0.2.0/24' }],
  ['relayDomain', { domain: 'example.net' }],
  ['smarthost', { host: 'smtp.example.net', port: '587' }],
];

test('recipe results pass postconf -n with no warning', { skip: NO_POSTCONF }, () => {
  let text = BASE;
  for (const [recipe, args] of CASES) {
    const doc = parseMainCf(text);
    const r = computeRecipe(doc, new EffectiveConfig(doc), '3.7', recipe, args);
    assert.ok(!('error' in r), recipe);
    const document = TextDocument.create('file:///m/main.cf', 'postfix-main', 1, text);
    text = TextDocument.applyEdits(document, r.edits.map((e) => ({ range: { start: document.positionAt(e.span.start), end: document.positionAt(e.span.end) }, newText: e.newText })));
    const result = postconf(configDir(text), '-n');
    assert.equal(result.status, 0, `${recipe}: ${result.messages.join('\n')}`);
    assert.deepEqual(result.messages.filter((m) => m.includes('main.cf')), [], recipe);
  }
});
