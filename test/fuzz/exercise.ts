/** Calls every feature of the language service on a document and checks the answers (shared by the fuzz tests). */
import assert from 'node:assert/strict';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { Diagnostic, Position, Range } from 'vscode-languageserver-types';
import type { LanguageService } from '../../server/src/languageService';
import { RECIPES, RecipeId } from '../../server/src/features/recipes';
import { LanguageSettings } from '../../server/src/settings';
import { rangesInside, spansInside, timed, tokensInside } from './fuzzUtil';

export const stats = new Map<string, { calls: number; maxMs: number }>();
function record(method: string, ms: number): void {
  const s = stats.get(method) ?? { calls: 0, maxMs: 0 };
  s.calls++;
  s.maxMs = Math.max(s.maxMs, ms);
  stats.set(method, s);
}

/** Methods the fuzz calls; the test below says which methods of the service it does not know. */
export const CALLED = new Set([
  'validate', 'hover', 'complete', 'codeActions', 'definition', 'references', 'prepareRename', 'rename', 'documentSymbols',
  'foldingRanges', 'semanticTokens', 'format', 'inlayHints', 'explainRelay', 'codeLenses', 'relayRecipe', 'documentLinks', 'forget',
]);

/** Calls every feature on the document at the given positions and checks the answers. */
export function exercise(ls: LanguageService, document: TextDocument, positions: Position[], settings: LanguageSettings, boundMs: number): void {
  const text = document.getText();
  const whole: Range = { start: { line: 0, character: 0 }, end: document.positionAt(text.length) };
  const call = <T>(method: string, fn: () => T): T => {
    let result: { value: T; ms: number };
    try {
      result = timed(fn);
    } catch (error) {
      throw new Error(`${method} threw on ${JSON.stringify(text.slice(0, 300))}: ${error instanceof Error ? error.stack : String(error)}`);
    }
    record(method, result.ms);
    assert.ok(result.ms < boundMs, `${method} took ${result.ms.toFixed(0)} ms on ${JSON.stringify(text.slice(0, 200))}`);
    const problems = rangesInside(result.value, document);
    assert.deepEqual(problems, [], `${method} answered outside the document ${JSON.stringify(text.slice(0, 300))}`);
    return result.value;
  };
  const diagnostics: Diagnostic[] = call('validate', () => ls.validate(document, settings));
  for (const d of diagnostics) {
    assert.ok(typeof d.message === 'string' && d.message.length > 0, 'a diagnostic has a message');
    assert.ok(d.severity === undefined || [1, 2, 3, 4].includes(d.severity), 'a diagnostic has an LSP severity');
  }
  call('documentSymbols', () => ls.documentSymbols(document, settings));
  call('foldingRanges', () => ls.foldingRanges(document, settings));
  const tokens = call('semanticTokens', () => ls.semanticTokens(document, settings));
  assert.deepEqual(tokensInside(tokens.data, document), [], 'semantic tokens lie on the lines of the document');
  call('format', () => ls.format(document, undefined, { tabSize: 4, insertSpaces: true }, settings));
  call('inlayHints', () => ls.inlayHints(document, whole, settings));
  call('codeLenses', () => ls.codeLenses(document, settings));
  if (typeof ls.documentLinks === 'function') {
    for (const link of call('documentLinks', () => ls.documentLinks(document, settings))) {
      // A link opens a file or the postconf(5) page, never a command or anything else the text could name.
      assert.match(link.target ?? '', /^(file:\/\/\/|https:\/\/www\.postfix\.org\/)/, `link target ${link.target}`);
    }
  }
  call('codeActions', () => ls.codeActions(document, whole, diagnostics, settings));
  for (const position of positions) {
    const at: Range = { start: position, end: position };
    call('hover', () => ls.hover(document, position, settings));
    call('complete', () => ls.complete(document, position, settings));
    call('definition', () => ls.definition(document, position, settings));
    call('references', () => ls.references(document, position, true, settings));
    call('prepareRename', () => ls.prepareRename(document, position, settings));
    call('rename', () => ls.rename(document, position, 'new_name', settings));
    call('codeActions', () => ls.codeActions(document, at, diagnostics.filter((d) => d.range.start.line === position.line), settings));
    call('format', () => ls.format(document, { start: { line: position.line, character: 0 }, end: position }, { tabSize: 2, insertSpaces: false }, settings));
    call('inlayHints', () => ls.inlayHints(document, at, settings));
  }
  call('explainRelay', () => ls.explainRelay(document, { client: '192.0.2.10', recipient: 'user@example.org', sender: '', helo: 'client.example' }, settings));
  for (const recipe of Object.keys(RECIPES) as RecipeId[]) {
    const result = call('relayRecipe', () => ls.relayRecipe(document, recipe, { network: '198.51.100.0/24', domain: 'example.org', host: '[smtp.example.net]:587' }, settings));
    if (result && 'edits' in result) assert.deepEqual(spansInside(result.edits, text.length), [], `relayRecipe ${recipe} edits lie inside the text`);
  }
  ls.forget(document.uri);
}

/** Positions spread over the document: random offsets, plus the very start and end. */
export function positionsIn(document: TextDocument, fractions: number[]): Position[] {
  const length = document.getText().length;
  return [0, length, ...fractions.map((f) => Math.floor(f * (length + 1)))].map((o) => document.positionAt(Math.min(o, length)));
}

