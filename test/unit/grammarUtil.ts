/**
 * Loads the project's TextMate grammars into the engine VS Code uses (vscode-textmate on
 * vscode-oniguruma), so a scope a test asserts is the scope the editor shows.
 */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import * as vsctm from 'vscode-textmate';
import * as oniguruma from 'vscode-oniguruma';
import { REPO_DIR } from '../helpers';

export interface Token {
  text: string;
  scopes: string[];
}

/** Every grammar the package contributes, by scope name (master.cf includes main.cf's rules). */
export const GRAMMAR_FILES: Readonly<Record<string, string>> = {
  'source.postfix.main': join(REPO_DIR, 'syntaxes', 'postfix-main.tmLanguage.json'),
  'source.postfix.master': join(REPO_DIR, 'syntaxes', 'postfix-master.tmLanguage.json'),
  'source.postfix.table': join(REPO_DIR, 'syntaxes', 'postfix-table.tmLanguage.json'),
  'source.postfix.log': join(REPO_DIR, 'syntaxes', 'postfix-log.tmLanguage.json'),
};

let registry: Promise<vsctm.Registry> | undefined;

async function createRegistry(): Promise<vsctm.Registry> {
  const wasm = readFileSync(require.resolve('vscode-oniguruma/release/onig.wasm'));
  await oniguruma.loadWASM(wasm.buffer.slice(wasm.byteOffset, wasm.byteOffset + wasm.byteLength));
  return new vsctm.Registry({
    onigLib: Promise.resolve({
      createOnigScanner: (patterns: string[]) => new oniguruma.OnigScanner(patterns),
      createOnigString: (s: string) => new oniguruma.OnigString(s),
    }),
    loadGrammar: async (scopeName: string) => {
      const file = GRAMMAR_FILES[scopeName];
      return file ? vsctm.parseRawGrammar(readFileSync(file, 'utf8'), file) : null;
    },
  });
}

export async function loadGrammar(scopeName: string): Promise<vsctm.IGrammar> {
  registry ??= createRegistry();
  const grammar = await (await registry).loadGrammar(scopeName);
  assert.ok(grammar, `the grammar ${scopeName} loads`);
  return grammar;
}

/** Tokenizes a whole text line by line, carrying the rule stack across lines as the editor does. */
export function tokenize(grammar: vsctm.IGrammar, text: string, lineBreak: RegExp | string = /\r?\n/): Token[][] {
  let stack = vsctm.INITIAL;
  return text.split(lineBreak).map((line) => {
    const result = grammar.tokenizeLine(line, stack);
    stack = result.ruleStack;
    return result.tokens.map((t) => ({ text: line.slice(t.startIndex, t.endIndex), scopes: t.scopes }));
  });
}

/** The `nth` token whose text is exactly `text`: also proves the token boundaries. */
export function token(line: Token[], text: string, nth = 0): Token {
  const found = line.filter((t) => t.text === text);
  assert.ok(found.length > nth, `token ${JSON.stringify(text)} in ${JSON.stringify(line.map((t) => t.text))}`);
  return found[nth];
}

export function hasScope(t: Token, scope: string): void {
  assert.ok(t.scopes.includes(scope), `${JSON.stringify(t.text)} has ${scope}; got ${t.scopes.join(' ')}`);
}

export function lacksScopePrefix(t: Token, prefix: string): void {
  const bad = t.scopes.filter((s) => s === prefix || s.startsWith(prefix + '.'));
  assert.deepEqual(bad, [], `${JSON.stringify(t.text)} must not have a ${prefix} scope`);
}

/** A rule object of a raw grammar file. */
export type RawRule = Record<string, unknown>;

/** Visits every rule object of a raw grammar (patterns, repository, captures). */
export function walkGrammar(rule: unknown, visit: (r: RawRule) => void): void {
  if (Array.isArray(rule)) {
    for (const r of rule) walkGrammar(r, visit);
    return;
  }
  if (rule === null || typeof rule !== 'object') return;
  const r = rule as RawRule;
  visit(r);
  for (const key of ['patterns', 'repository', 'captures', 'beginCaptures', 'endCaptures']) {
    const child = r[key];
    if (Array.isArray(child)) walkGrammar(child, visit);
    else if (child && typeof child === 'object') for (const v of Object.values(child)) walkGrammar(v, visit);
  }
}
