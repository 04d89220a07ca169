/**
 * Formatting for main.cf and master.cf that never changes what Postfix reads.
 *
 * Postfix joins a continuation line to the line before with its whitespace kept,
 * drops comment and blank lines inside, and trims the whitespace around `=` and at
 * both ends of a main.cf value. So the formatter only touches whitespace that is
 * provably free:
 *   - around `=` and before the value, at the end of a value, at the end of comment
 *     lines, and on whitespace-only lines;
 *   - where a continuation line joins the one before it, only when that whitespace
 *     separates list items (a list parameter, outside `{ }`) or master.cf fields
 *     (outside `{ }`). In other values (a banner, a reply text) the joint is kept as
 *     written, because Postfix would read a different amount of whitespace.
 * Orphaned indented lines and lines without `=` are left exactly as they are.
 * The opt-in 'one-per-line' style puts each item of a long main.cf list, and each
 * master.cf `-o` option, on a line of its own, as `postconf -f` prints them.
 */
import type { FormattingOptions, Range, TextEdit } from 'vscode-languageserver-types';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { getParameter } from '../knowledge/parameters';
import type { MainCfModel } from '../languages/mainCf';
import type { ModeContext } from '../languages/mode';
import { LogicalLine, PhysicalLine, Span, classify, splitLines } from '../parser/lines';
import { EntryNode } from '../parser/mainCf';
import { MasterCfDocument, ServiceNode } from '../parser/masterCf';
import { splitItems } from '../parser/values';
import { ListStyle } from '../settings';
import { declaredClasses, namesClasses } from './references';
import { getRestriction } from '../knowledge/restrictions';

/** A list longer than this on one line is split one item per line in the 'one-per-line' style. */
export const LIST_WIDTH = 80;

const LIST_SUFFIX =
  /_(maps|restrictions|checks|domains|networks|classes|interfaces|protocols|milters|exceptions|keywords|commands|users|hosts|clients|options|lookup|environment|macros|sites|list|names|directories|curves|groups|extensions)$/;
const LIST_NAMES: ReadonlySet<string> = new Set(['mydestination', 'mynetworks', 'alias_database']);
const SCALAR_TYPES: ReadonlySet<string> = new Set(['bool', 'nbool', 'int', 'nint', 'long', 'time']);

/**
 * Whether Postfix reads the parameter as a list split at commas and whitespace, so the
 * amount of whitespace between items does not matter. Restriction classes are lists too.
 */
export function isListParameter(name: string, classes: ReadonlySet<string> = new Set()): boolean {
  if (classes.has(name)) return true;
  const info = getParameter(name);
  if (info && SCALAR_TYPES.has(info.type)) return false;
  return LIST_NAMES.has(name) || (!!info && LIST_SUFFIX.test(name));
}

export interface FormatterOptions {
  /** The indentation of continuation lines. */
  indent: string;
  listStyle: ListStyle;
  /** Line break for lines the formatter creates. */
  eol: string;
}

/** The indentation FormattingOptions ask for (4 spaces when in doubt, as `postconf -f` indents). */
export function indentOf(options: Partial<FormattingOptions> | undefined): string {
  if (options?.insertSpaces === false) return '\t';
  const size = Math.min(Math.max(Math.floor(Number(options?.tabSize) || 4), 1), 8);
  return ' '.repeat(size);
}

function eolOf(text: string): string {
  const m = /\r\n|\n|\r/.exec(text);
  return m ? m[0] : '\n';
}

const LEADING_WS = /^[ \t\v\f\r]*/;
const TRAILING_WS = /[ \t\v\f\r]*$/;

/** A replacement of document text, by offsets. */
export interface Replacement extends Span {
  text: string;
}

interface LineShape {
  line: PhysicalLine;
  /** Offset of the line in the logical text. */
  at: number;
  lead: number;
  trail: number;
}

function shapes(logical: LogicalLine): LineShape[] {
  return logical.lines.map((line, i) => ({
    line,
    at: logical.pieces[i].at,
    lead: i === 0 ? 0 : LEADING_WS.exec(line.text)![0].length,
    trail: TRAILING_WS.exec(line.text)![0].length,
  }));
}

/** Brace depth at each offset of a text, counted from `from` (never below zero). */
function depthFunction(text: string, from: number): (at: number) => number {
  const depths: number[] = [];
  let depth = 0;
  for (let i = from; i < text.length; i++) {
    depths[i - from] = depth;
    if (text[i] === '{') depth++;
    else if (text[i] === '}' && depth > 0) depth--;
  }
  depths[text.length - from] = depth;
  return (at) => (at < from ? 0 : depths[Math.min(at, text.length) - from]);
}

/**
 * Re-lays one logical line keeping every character Postfix reads: `free(runStart, runEnd)`
 * says whether the whitespace run joining two lines (offsets in the logical text) may
 * change, `freeEnd` whether the whitespace at the very end may go; `equalsAt` is the
 * document offset of a main.cf `=` whose surroundings are normalised to ` = `.
 */
function relayLines(
  logical: LogicalLine,
  indent: string,
  free: (runStart: number, runEnd: number) => boolean,
  freeEnd: boolean,
  equalsAt?: number,
): Replacement[] {
  const rows = shapes(logical);
  const out: Replacement[] = [];
  const joints = rows.slice(0, -1).map((row, i) => free(row.at + row.line.text.length - row.trail, rows[i + 1].at + rows[i + 1].lead));
  rows.forEach((row, i) => {
    const text = row.line.text;
    const coreEnd = text.length - row.trail;
    let core = text.slice(row.lead, coreEnd);
    if (equalsAt !== undefined && equalsAt >= row.line.start && equalsAt < row.line.start + coreEnd) {
      const e = equalsAt - row.line.start;
      const before = text.slice(row.lead, e).replace(TRAILING_WS, '');
      const after = text.slice(e + 1, coreEnd).replace(LEADING_WS, '');
      core = (before ? `${before} =` : '=') + (after ? ` ${after}` : '');
    }
    const lead = i === 0 ? '' : joints[i - 1] ? indent : text.slice(0, row.lead);
    const trailFree = i === rows.length - 1 ? freeEnd : joints[i];
    const next = lead + core + (trailFree ? '' : text.slice(coreEnd));
    if (next !== text) out.push({ start: row.line.start, end: row.line.end, text: next });
  });
  return out;
}

/** Every physical line of a logical line follows the one before, with no comment or blank line between. */
function contiguous(logical: LogicalLine): boolean {
  return logical.lines.every((line, i) => i === 0 || line.line === logical.lines[i - 1].line + 1);
}

// ---------------------------------------------------------------------------------------------
// main.cf

function formatEntry(docText: string, entry: EntryNode, options: FormatterOptions, classes: ReadonlySet<string>): Replacement[] {
  const t = entry.logical.text;
  const list = isListParameter(entry.name, classes);
  const depth = depthFunction(t, entry.valueAt);
  const free = (runStart: number, runEnd: number): boolean => runEnd <= entry.valueAt || (list && depth(runStart) === 0);
  const kept = relayLines(entry.logical, options.indent, free, true, entry.equals);
  if (options.listStyle !== 'one-per-line' || !list || !contiguous(entry.logical)) return kept;
  // Every joint inside the value must be free, or a line break would move inside `{ }`.
  const rows = shapes(entry.logical);
  for (let i = 0; i + 1 < rows.length; i++) {
    if (!free(rows[i].at + rows[i].line.text.length - rows[i].trail, rows[i + 1].at + rows[i + 1].lead)) return kept;
  }
  const value = entry.value.text;
  const items = splitItems(value);
  if (items.length < 2 || /[^\s]/.test(value.slice(0, items[0].start))) return kept;
  // A line break may only replace whitespace that ends a separator: `a,b` stays together,
  // so even postconf's printout (which collapses whitespace runs) stays the same. A
  // restriction stays on one line with its argument, and warn_if_reject with the next one.
  const restrictions = namesClasses(entry.name, classes) && entry.name !== 'smtpd_restriction_classes';
  const lines: string[] = [''];
  items.forEach((item, k) => {
    const separator = value.slice(item.end, k + 1 < items.length ? items[k + 1].start : value.length);
    const trimmed = separator.replace(/\s+$/, '');
    const lower = item.text.toLowerCase();
    const takesNext = restrictions && (lower === 'warn_if_reject' || !!getRestriction(lower)?.argument);
    lines[lines.length - 1] += item.text + trimmed;
    if (trimmed !== separator && k + 1 < items.length && !takesNext) lines.push('');
    else lines[lines.length - 1] += separator.slice(trimmed.length);
  });
  if (lines.length < 2 || `${entry.name} = ${value.replace(/\s+/g, ' ')}`.length <= LIST_WIDTH) return kept;
  const text = `${entry.name} =` + lines.map((p) => options.eol + options.indent + p).join('');
  return text === docText.slice(entry.logical.start, entry.logical.end) ? [] : [{ start: entry.logical.start, end: entry.logical.end, text }];
}

/** Formatting replacements for a main.cf, optionally only for what a span touches. */
export function formatMainCfText(model: MainCfModel, options: FormatterOptions, classes: ReadonlySet<string>, within?: Span): Replacement[] {
  const out: Replacement[] = [];
  const touches = (span: Span): boolean => !within || (span.start <= within.end && span.end >= within.start);
  for (const node of model.doc.nodes) {
    if (!touches(node)) continue;
    if (node.kind === 'entry') out.push(...formatEntry(model.doc.text, node, options, classes));
    else if (node.kind === 'comment') out.push(...trimComment(node.line));
  }
  out.push(...blankLines(model.doc.text, touches));
  return out.sort((a, b) => a.start - b.start);
}

function trimComment(line: PhysicalLine): Replacement[] {
  const next = line.text.replace(TRAILING_WS, '');
  return next === line.text ? [] : [{ start: line.start, end: line.end, text: next }];
}

/** Whitespace-only lines become empty (Postfix skips them either way). */
function blankLines(text: string, touches: (span: Span) => boolean): Replacement[] {
  return splitLines(text)
    .filter((line) => line.text !== '' && classify(line.text) === 'blank' && touches(line))
    .map((line) => ({ start: line.start, end: line.end, text: '' }));
}

// ---------------------------------------------------------------------------------------------
// master.cf

const isOptionFlag = (text: string): boolean => text === '-o' || (text.startsWith('-o') && text.length > 2);

function formatService(docText: string, service: ServiceNode, options: FormatterOptions): Replacement[] {
  const logical = service.logical;
  const depth = depthFunction(logical.text, 0);
  const free = (runStart: number): boolean => depth(runStart) === 0;
  const freeEnd = depth(logical.text.length) === 0;
  const kept = relayLines(logical, options.indent, free, freeEnd);
  if (options.listStyle !== 'one-per-line' || service.options.length === 0 || !contiguous(logical) || !freeEnd) return kept;
  const rows = shapes(logical);
  for (let i = 0; i + 1 < rows.length; i++) {
    if (!free(rows[i].at + rows[i].line.text.length - rows[i].trail)) return kept;
  }
  // The fields before the first -o stay on the first line exactly as written (columns included).
  const firstOption = service.fields.findIndex((f, i) => i >= 8 && isOptionFlag(f.text));
  if (firstOption < 0) return kept;
  const head = service.fields.slice(0, firstOption);
  const firstLine = logical.lines[0];
  if (head.length === 0 || head[head.length - 1].end > firstLine.end) return kept;
  const groups: string[][] = [];
  for (const field of service.fields.slice(firstOption)) {
    if (isOptionFlag(field.text) || groups.length === 0) groups.push([field.text]);
    else groups[groups.length - 1].push(field.text);
  }
  const prefix = firstLine.text.slice(0, head[head.length - 1].end - firstLine.start);
  const lines = groups.map((g) => g.join(' '));
  if (service.options.length < 2 && `${prefix} ${lines.join(' ')}`.length <= LIST_WIDTH) return kept;
  const text = prefix + lines.map((l) => options.eol + options.indent + l).join('');
  return text === docText.slice(logical.start, logical.end) ? [] : [{ start: logical.start, end: logical.end, text }];
}

export function formatMasterCfText(doc: MasterCfDocument, options: FormatterOptions, within?: Span): Replacement[] {
  const out: Replacement[] = [];
  const touches = (span: Span): boolean => !within || (span.start <= within.end && span.end >= within.start);
  for (const node of doc.nodes) {
    if (!touches(node)) continue;
    if (node.kind === 'service') out.push(...formatService(doc.text, node, options));
    else if (node.kind === 'comment') out.push(...trimComment(node.line));
  }
  out.push(...blankLines(doc.text, touches));
  return out.sort((a, b) => a.start - b.start);
}

/** Applies replacements (sorted, not overlapping) to a text. */
export function applyReplacements(text: string, replacements: readonly Replacement[]): string {
  let out = '';
  let at = 0;
  for (const r of replacements) {
    out += text.slice(at, r.start) + r.text;
    at = r.end;
  }
  return out + text.slice(at);
}

// ---------------------------------------------------------------------------------------------
// LSP

function optionsFor(document: TextDocument, options: FormattingOptions, context: ModeContext): FormatterOptions {
  return { indent: indentOf(options), listStyle: context.settings.format?.listStyle ?? 'keep', eol: eolOf(document.getText()) };
}

function toEdits(document: TextDocument, replacements: readonly Replacement[]): TextEdit[] {
  return replacements.map((r) => ({ range: { start: document.positionAt(r.start), end: document.positionAt(r.end) }, newText: r.text }));
}

function spanOf(document: TextDocument, range: Range | undefined): Span | undefined {
  return range && { start: document.offsetAt(range.start), end: document.offsetAt(range.end) };
}

export function formatMainCf(document: TextDocument, model: MainCfModel, range: Range | undefined, options: FormattingOptions, context: ModeContext): TextEdit[] {
  const replacements = formatMainCfText(model, optionsFor(document, options, context), declaredClasses(model, context), spanOf(document, range));
  return toEdits(document, replacements);
}

export function formatMasterCf(document: TextDocument, doc: MasterCfDocument, range: Range | undefined, options: FormattingOptions, context: ModeContext): TextEdit[] {
  return toEdits(document, formatMasterCfText(doc, optionsFor(document, options, context), spanOf(document, range)));
}
