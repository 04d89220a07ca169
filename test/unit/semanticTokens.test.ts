import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { SemanticTokens } from 'vscode-languageserver-types';
import { createLanguageService } from '../../server/src/languageService';
import { SEMANTIC_TOKENS_LEGEND } from '../../server/src/features/semanticTokens';
import { mainCf, masterCf, settings } from '../helpers';

/** Decodes LSP's relative encoding into [line, character, text, type, modifiers]. */
function decode(text: string, tokens: SemanticTokens): Array<[number, number, string, string, string[]]> {
  const lines = text.split(/\r?\n/);
  const out: Array<[number, number, string, string, string[]]> = [];
  let line = 0;
  let char = 0;
  for (let i = 0; i < tokens.data.length; i += 5) {
    const [dl, dc, len, type, mods] = tokens.data.slice(i, i + 5);
    line += dl;
    char = dl === 0 ? char + dc : dc;
    const modifiers = SEMANTIC_TOKENS_LEGEND.tokenModifiers.filter((_, bit) => mods & (1 << bit));
    out.push([line, char, lines[line].slice(char, char + len), SEMANTIC_TOKENS_LEGEND.tokenTypes[type], modifiers]);
  }
  return out;
}

const service = createLanguageService();

test('the legend uses standard token types and modifiers', () => {
  assert.deepEqual(SEMANTIC_TOKENS_LEGEND, {
    tokenTypes: ['property', 'variable', 'function', 'class', 'type'],
    tokenModifiers: ['declaration', 'deprecated', 'defaultLibrary'],
  });
});

test('main.cf: known, unknown and deprecated names, $ references, restrictions, classes and table types', () => {
  const text = [
    'smtpd_use_tls = yes',
    'my_maps = hash:/etc/postfix/$myhostname',
    'smtpd_restriction_classes = mua',
    'mua = permit_sasl_authenticated, reject',
    'smtpd_recipient_restrictions = reject_invalid_hostname, mua, check_client_access proxy:cidr:/x, check_policy_service unix:private/policy, bogus',
    'virtual_alias_maps = $my_maps, lmdb:/etc/postfix/virtual',
    'smtpd_banner = hash:not-a-table $undefined_one',
    '',
  ].join('\n');
  assert.deepEqual(decode(text, service.semanticTokens(mainCf(text), settings({ version: '3.9' }))), [
    [0, 0, 'smtpd_use_tls', 'property', ['declaration', 'deprecated']],
    [1, 0, 'my_maps', 'variable', ['declaration']],
    [1, 29, 'myhostname', 'variable', ['defaultLibrary']],
    [2, 0, 'smtpd_restriction_classes', 'property', ['declaration']],
    [2, 28, 'mua', 'class', []],
    [3, 0, 'mua', 'class', ['declaration']],
    [3, 6, 'permit_sasl_authenticated', 'function', ['defaultLibrary']],
    [3, 33, 'reject', 'function', ['defaultLibrary']],
    [4, 0, 'smtpd_recipient_restrictions', 'property', ['declaration']],
    [4, 31, 'reject_invalid_hostname', 'function', ['deprecated', 'defaultLibrary']],
    [4, 56, 'mua', 'class', []],
    [4, 61, 'check_client_access', 'function', ['defaultLibrary']],
    [4, 81, 'proxy', 'type', []],
    [4, 87, 'cidr', 'type', []],
    [4, 96, 'check_policy_service', 'function', ['defaultLibrary']],
    [5, 0, 'virtual_alias_maps', 'property', ['declaration']],
    [5, 22, 'my_maps', 'variable', []],
    [5, 31, 'lmdb', 'type', []],
    [6, 0, 'smtpd_banner', 'property', ['declaration']],
    [6, 33, 'undefined_one', 'variable', []],
  ]);
});

test('tokens never span lines: a name on a continuation line gets its own token', () => {
  const text = 'smtpd_client_restrictions = permit_mynetworks,\n    reject\n';
  assert.deepEqual(decode(text, service.semanticTokens(mainCf(text), settings())), [
    [0, 0, 'smtpd_client_restrictions', 'property', ['declaration']],
    [0, 28, 'permit_mynetworks', 'function', ['defaultLibrary']],
    [1, 4, 'reject', 'function', ['defaultLibrary']],
  ]);
});

test('master.cf: -o names and $ references in -o values', () => {
  const text = 'submission inet n - y - - smtpd\n  -o smtpd_client_restrictions=$mua,reject\n  -o smtpd_enforce_tls=yes\n';
  assert.deepEqual(decode(text, service.semanticTokens(masterCf(text), settings({ version: '3.9' }))), [
    [1, 5, 'smtpd_client_restrictions', 'property', ['declaration']],
    [1, 32, 'mua', 'variable', []],
    [1, 36, 'reject', 'function', ['defaultLibrary']],
    [2, 5, 'smtpd_enforce_tls', 'property', ['declaration', 'deprecated']],
  ]);
});
