/**
 * Semantic tokens: what the grammar cannot know. Parameter names Postfix knows, names
 * the user defines, deprecated names (struck through by the deprecated modifier), `$`
 * references, restriction names and classes in restriction lists, and the type of
 * lookup table references.
 */
import type { SemanticTokens, SemanticTokensLegend } from 'vscode-languageserver-types';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { catalogVersion, getParameter } from '../knowledge/parameters';
import { getRestriction } from '../knowledge/restrictions';
import { tableTypes } from '../knowledge/tableTypes';
import type { MainCfModel } from '../languages/mainCf';
import type { ModeContext } from '../languages/mode';
import { Span } from '../parser/lines';
import { entryItems, entryReferences } from '../parser/mainCf';
import { MasterCfDocument } from '../parser/masterCf';
import { isListParameter } from './formatting';
import { declaredClasses, namesClasses, optionItems, optionReferences } from './references';
import { isDeprecatedParameter } from './symbols';

export const TOKEN_TYPES = ['property', 'variable', 'function', 'class', 'type'] as const;
export const TOKEN_MODIFIERS = ['declaration', 'deprecated', 'defaultLibrary'] as const;
export type TokenType = (typeof TOKEN_TYPES)[number];
export type TokenModifier = (typeof TOKEN_MODIFIERS)[number];

export const SEMANTIC_TOKENS_LEGEND: SemanticTokensLegend = { tokenTypes: [...TOKEN_TYPES], tokenModifiers: [...TOKEN_MODIFIERS] };

/** A token before encoding, by document offsets. */
export interface Token {
  span: Span;
  type: TokenType;
  modifiers: TokenModifier[];
}

interface Classifier {
  version: string;
  classes: ReadonlySet<string>;
}

/** A parameter name where it is set: known, deprecated, a class, or the user's own. */
function nameToken(span: Span, name: string, c: Classifier): Token {
  if (c.classes.has(name)) return { span, type: 'class', modifiers: ['declaration'] };
  if (!getParameter(name)) return { span, type: 'variable', modifiers: ['declaration'] };
  return { span, type: 'property', modifiers: isDeprecatedParameter(name, c.version) ? ['declaration', 'deprecated'] : ['declaration'] };
}

function referenceToken(span: Span, name: string, c: Classifier): Token {
  const modifiers: TokenModifier[] = [];
  if (getParameter(name)?.builtin) modifiers.push('defaultLibrary');
  if (isDeprecatedParameter(name, c.version)) modifiers.push('deprecated');
  return { span, type: 'variable', modifiers };
}

/** Table types at the start of an item: `hash:`, and both of `proxy:hash:`. */
export function tableTypeSpans(text: string, start: number): Span[] {
  const out: Span[] = [];
  let at = 0;
  for (;;) {
    const m = /^([A-Za-z0-9_]+):/.exec(text.slice(at));
    if (!m || !tableTypes[m[1].toLowerCase()]) break;
    out.push({ start: start + at, end: start + at + m[1].length });
    at += m[0].length;
    if (m[1].toLowerCase() !== 'proxy') break;
  }
  return out;
}

/** Tokens of the items of one value: restriction names, classes, table types. */
function itemTokens(parameter: string, items: ReadonlyArray<{ text: string; span: Span }>, c: Classifier): Token[] {
  const out: Token[] = [];
  const restrictionList = namesClasses(parameter, c.classes);
  if (!restrictionList && !(isListParameter(parameter) && !parameter.endsWith('_milters'))) return out;
  let argumentOf: string | undefined;
  for (const item of items) {
    const expected = argumentOf;
    argumentOf = undefined;
    if (item.text.includes('$') || item.text.startsWith('{')) continue;
    if (item.text.includes(':')) {
      if (expected === 'service' || expected === 'domain') continue;
      for (const span of tableTypeSpans(item.text, 0)) {
        out.push({ span: { start: item.span.start + span.start, end: item.span.start + span.end }, type: 'type', modifiers: [] });
      }
      continue;
    }
    if (!restrictionList || expected) continue;
    if (parameter !== 'smtpd_restriction_classes') {
      const info = getRestriction(item.text.toLowerCase());
      if (info) {
        const modifiers: TokenModifier[] = ['defaultLibrary'];
        if (info.status !== 'current') modifiers.push('deprecated');
        out.push({ span: item.span, type: 'function', modifiers });
        argumentOf = info.argument || undefined;
        continue;
      }
    }
    if (c.classes.has(item.text)) out.push({ span: item.span, type: 'class', modifiers: [] });
  }
  return out;
}

export function tokensMainCf(model: MainCfModel, context: ModeContext): Token[] {
  const c: Classifier = { version: catalogVersion(context.settings.version), classes: declaredClasses(model, context) };
  const out: Token[] = [];
  for (const entry of model.doc.entries) {
    out.push(nameToken(entry.nameSpan, entry.name, c));
    for (const ref of entryReferences(entry)) if (ref.name) out.push(referenceToken(ref.nameSpanInDoc, ref.name, c));
    out.push(...itemTokens(entry.name, entryItems(entry), c));
  }
  return out;
}

export function tokensMasterCf(doc: MasterCfDocument, context: ModeContext): Token[] {
  const main = context.around.mainCf();
  const c: Classifier = { version: catalogVersion(context.settings.version), classes: declaredClasses(main, context) };
  const out: Token[] = [];
  for (const service of doc.services) {
    for (const option of service.options) {
      if (!option.name) continue;
      out.push(nameToken(option.nameSpan, option.name, { ...c, classes: new Set() }));
      for (const ref of optionReferences(service, option)) out.push(referenceToken(ref.span, ref.name, c));
      out.push(...itemTokens(option.name, optionItems(service, option).map((i) => ({ text: i.name, span: i.span })), c));
    }
  }
  return out;
}

/** Encodes tokens as LSP wants them: sorted, one line each, no overlaps. */
export function encodeTokens(document: TextDocument, tokens: Token[]): SemanticTokens {
  const sorted = [...tokens].filter((t) => t.span.end > t.span.start).sort((a, b) => a.span.start - b.span.start || a.span.end - b.span.end);
  const data: number[] = [];
  let prevLine = 0;
  let prevChar = 0;
  let lastEnd = -1;
  for (const token of sorted) {
    if (token.span.start < lastEnd) continue;
    const start = document.positionAt(token.span.start);
    const end = document.positionAt(token.span.end);
    if (start.line !== end.line) continue;
    const type = TOKEN_TYPES.indexOf(token.type);
    const modifiers = token.modifiers.reduce((bits, m) => bits | (1 << TOKEN_MODIFIERS.indexOf(m)), 0);
    data.push(start.line - prevLine, start.line === prevLine ? start.character - prevChar : start.character, end.character - start.character, type, modifiers);
    prevLine = start.line;
    prevChar = start.character;
    lastEnd = token.span.end;
  }
  return { data };
}

export function semanticTokensMainCf(document: TextDocument, model: MainCfModel, context: ModeContext): SemanticTokens {
  return encodeTokens(document, tokensMainCf(model, context));
}

export function semanticTokensMasterCf(document: TextDocument, doc: MasterCfDocument, context: ModeContext): SemanticTokens {
  return encodeTokens(document, tokensMasterCf(doc, context));
}
