/**
 * Tests for the lookup table grammar (syntaxes/postfix-table.tmLanguage.json), run through the
 * engine VS Code uses (vscode-textmate on vscode-oniguruma), so a scope asserted here is the scope
 * the editor shows.
 */
import { test, before } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type * as vsctm from 'vscode-textmate';
import * as oniguruma from 'vscode-oniguruma';
import { GRAMMAR_FILES, RawRule, Token, hasScope, lacksScopePrefix, loadGrammar, token, tokenize as tokenizeWith, walkGrammar } from './grammarUtil';
import { REPO_DIR } from '../helpers';

const SCOPE = 'source.postfix.table';

const ROOT = REPO_DIR;
const FILE = GRAMMAR_FILES[SCOPE];

let grammar: vsctm.IGrammar;

before(async () => {
  grammar = await loadGrammar(SCOPE);
});

const tokenize = (text: string): Token[][] => tokenizeWith(grammar, text);



const raw = (): RawRule => JSON.parse(readFileSync(FILE, 'utf8')) as RawRule;

test('every regex compiles in oniguruma, every include exists, every scope ends in .postfix', () => {
  const g = raw();
  assert.equal(g.scopeName, SCOPE);
  const repo = g.repository as Record<string, unknown>;
  let regexes = 0;
  walkGrammar(g, (r) => {
    for (const key of ['match', 'begin', 'end', 'while']) {
      const source = r[key];
      if (typeof source !== 'string') continue;
      regexes++;
      assert.doesNotThrow(() => new oniguruma.OnigScanner([source]).dispose(), `${key}: ${source}`);
    }
    if (typeof r.include === 'string') {
      const m = /^#([\w-]+)$/.exec(r.include);
      assert.ok(m && m[1] in repo, `include ${r.include} exists`);
    }
    for (const key of ['name', 'contentName']) {
      const value = r[key];
      if (typeof value !== 'string' || r === g) continue;
      for (const part of value.split(/\s+/)) assert.match(part, /\.postfix$/, part);
    }
  });
  assert.ok(regexes >= 15, `found ${regexes} regexes`);
});

test('package.json contributes this grammar for postfix-table under source.postfix.table', () => {
  const pkg = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as {
    contributes: { grammars: { language: string; scopeName: string; path: string }[] };
  };
  const entry = pkg.contributes.grammars.find((g) => g.language === 'postfix-table');
  assert.ok(entry);
  assert.equal(entry.scopeName, SCOPE);
  assert.equal(resolve(ROOT, entry.path), FILE);
});

test('access table: key, action keyword, codes, and continuation lines', () => {
  const lines = tokenize(
    [
      '# comment',
      'example.com     REJECT 5.7.1 Go away, OK?',
      'spam.example    550 5.7.1 No thanks',
      '.example.net    OK',
      '@example.org    DUNNO',
      'user@           check_sender_access',
      'slow.example    DEFER',
      '   try later',
      '  # a comment inside the continued line',
      '   and again',
      'next.example    HOLD',
    ].join('\n'),
  );
  assert.deepEqual(token(lines[0], '#').scopes, [SCOPE, 'comment.line.number-sign.postfix', 'punctuation.definition.comment.postfix']);
  assert.deepEqual(token(lines[1], 'example.com').scopes, [SCOPE, 'meta.entry.postfix', 'entity.name.tag.key.postfix']);
  assert.deepEqual(token(lines[1], 'REJECT').scopes, [SCOPE, 'meta.entry.postfix', 'keyword.control.action.postfix']);
  hasScope(token(lines[1], '5.7.1'), 'constant.numeric.enhanced-status-code.postfix');
  // Only the first word of the result is an action: "OK" in the text is text.
  for (const t of lines[1].filter((x) => x.text.includes('OK'))) lacksScopePrefix(t, 'keyword');
  hasScope(token(lines[2], '550'), 'constant.numeric.reply-code.postfix');
  // Keys that start with . or @ are keys, not patterns.
  hasScope(token(lines[3], '.example.net'), 'entity.name.tag.key.postfix');
  hasScope(token(lines[3], 'OK'), 'keyword.control.action.postfix');
  hasScope(token(lines[4], '@example.org'), 'entity.name.tag.key.postfix');
  hasScope(token(lines[5], 'check_sender_access'), 'support.function.restriction.postfix');
  // Continuation lines stay in the entry; a comment line between them is a comment.
  hasScope(token(lines[7], '   try later'), 'meta.entry.postfix');
  lacksScopePrefix(token(lines[7], '   try later'), 'invalid');
  hasScope(token(lines[8], '#'), 'comment.line.number-sign.postfix');
  hasScope(token(lines[9], '   and again'), 'meta.entry.postfix');
  assert.deepEqual(token(lines[10], 'next.example').scopes, [SCOPE, 'meta.entry.postfix', 'entity.name.tag.key.postfix']);
});

test('an indented first line is marked as skipped by Postfix', () => {
  const lines = tokenize('  orphan.example REJECT\nok.example OK');
  hasScope(token(lines[0], 'orphan.example REJECT'), 'invalid.illegal.leading-whitespace.postfix');
  hasScope(token(lines[1], 'ok.example'), 'entity.name.tag.key.postfix');
});

test('cidr table: networks, prefixes, negation and IF/ENDIF', () => {
  const lines = tokenize(['192.168.0.0/16  REJECT', '!10.0.0.0/8     DUNNO', '[2001:db8::]/32 OK', 'if 172.16.0.0/12', '172.16.1.1 OK', 'endif', 'endif extra'].join('\n'));
  hasScope(token(lines[0], '192.168.0.0'), 'constant.numeric.ip-address.postfix');
  hasScope(token(lines[0], '/'), 'punctuation.separator.prefix.postfix');
  hasScope(token(lines[0], '16'), 'constant.numeric.prefix-length.postfix');
  hasScope(token(lines[0], 'REJECT'), 'keyword.control.action.postfix');
  hasScope(token(lines[1], '!'), 'keyword.operator.negation.postfix');
  hasScope(token(lines[1], '10.0.0.0'), 'constant.numeric.ip-address.postfix');
  hasScope(token(lines[2], '2001:db8::'), 'constant.numeric.ip-address.postfix');
  hasScope(token(lines[2], '['), 'punctuation.section.brackets.begin.postfix');
  hasScope(token(lines[3], 'if'), 'keyword.control.conditional.postfix');
  hasScope(token(lines[3], '172.16.0.0'), 'constant.numeric.ip-address.postfix');
  hasScope(token(lines[5], 'endif'), 'keyword.control.conditional.postfix');
  hasScope(token(lines[6], 'extra'), 'invalid.illegal.extra-text.postfix');
});

test('regexp/pcre table: delimiters, pattern, flags, negation, second pattern, $n substitutions', () => {
  const lines = tokenize(
    [
      '/^(.*)@example\\.com$/i   REDIRECT $1@example.net',
      '!/^admin@/               REJECT',
      '/^From:/!/trusted/       WARN spoof',
      'IF /^To:/',
      '/x/ DISCARD',
      'ENDIF',
      '/unclosed REJECT',
      '/a/ REJECT cost $$5',
    ].join('\n'),
  );
  const first = lines[0];
  hasScope(token(first, '/', 0), 'punctuation.definition.string.begin.postfix');
  hasScope(token(first, '@example'), 'string.regexp.postfix');
  hasScope(token(first, '*'), 'keyword.operator.quantifier.postfix');
  hasScope(token(first, '\\.'), 'constant.character.escape.postfix');
  hasScope(token(first, '('), 'keyword.operator.group.postfix');
  hasScope(token(first, 'i'), 'storage.modifier.flag.postfix');
  hasScope(token(first, 'REDIRECT'), 'keyword.control.action.postfix');
  hasScope(token(first, '$1'), 'variable.other.substitution.postfix');
  hasScope(token(lines[1], '!'), 'keyword.operator.negation.postfix');
  hasScope(token(lines[1], 'REJECT'), 'keyword.control.action.postfix');
  hasScope(token(lines[2], '!'), 'keyword.operator.negation.postfix');
  hasScope(token(lines[2], 'trusted'), 'string.regexp.postfix');
  hasScope(token(lines[2], 'WARN'), 'keyword.control.action.postfix');
  hasScope(token(lines[3], 'IF'), 'keyword.control.conditional.postfix');
  hasScope(token(lines[3], 'To:'), 'string.regexp.postfix');
  hasScope(token(lines[5], 'ENDIF'), 'keyword.control.conditional.postfix');
  hasScope(token(lines[6], '/unclosed REJECT'), 'invalid.illegal.unclosed-pattern.postfix');
  hasScope(token(lines[7], '$$'), 'constant.character.escape.postfix');
  lacksScopePrefix(token(lines[7], '5'), 'variable');
});
