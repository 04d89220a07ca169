/**
 * Postfix lookup table source files, read the way Postfix reads them:
 *
 *   - 'plain'  : postmap(1) input (hash, btree, lmdb, cdb, dbm, sdbm, texthash): `key whitespace value`
 *   - 'cidr'   : cidr_table(5): `[!]network[/prefix] value`, `if [!]network`, `endif`
 *   - 'regexp' : regexp_table(5): `[!]/pattern/flags[!/pattern/flags] value`, `if`, `endif`
 *   - 'pcre'   : pcre_table(5): `[!]/pattern/flags value`, `if`, `endif`
 *
 * All formats share the logical-line layer of main.cf (lines.ts). The parser never throws; every
 * line becomes a node, and everything Postfix would warn about or skip becomes a problem with an
 * exact span. Problem codes are the ids of the diagnostics that report them.
 * Behaviour was checked against Postfix 3.7.11 (postmap -q/-s with each format).
 */
import { LogicalLine, PhysicalLine, Span, readLogicalLines, spanAt, toDocumentOffset, toDocumentSpan } from './lines';
import { formatIPv6, parseIPv4, parseIPv6 } from './addresses';

export type TableFormat = 'plain' | 'cidr' | 'regexp' | 'pcre';

export const TABLE_FORMATS: readonly TableFormat[] = ['plain', 'cidr', 'regexp', 'pcre'];

/** A piece of a logical line placed in the document. */
export interface TableText extends Span {
  text: string;
  /** Offset in the logical line's joined text. */
  at: number;
}

interface LineBase extends Span {
  logical: LogicalLine;
}

/** postmap input: a key and its value. */
export interface PlainEntry extends LineBase {
  kind: 'entry';
  key: TableText;
  /** Absent when the line has no value (postmap skips the line). */
  value?: TableText;
  /** postmap drops the line: no value, or an unbalanced quote in the key. */
  skipped: boolean;
}

/** A network pattern of a cidr table, decoded as inet_pton(3) does. */
export interface CidrAddress {
  family: 4 | 6;
  bytes: number[];
  /** Prefix length (the full address length when no /prefix is written). */
  prefix: number;
  /** Written with /prefix. */
  hasPrefix: boolean;
}

export interface CidrPattern {
  /** The `!` characters before the pattern, each one flipping the match. */
  negations: Span[];
  negate: boolean;
  text: TableText;
  /** Set when the pattern is valid. */
  address?: CidrAddress;
}

export interface CidrRule extends LineBase {
  kind: 'cidr';
  pattern?: CidrPattern;
  value?: TableText;
  skipped: boolean;
}

/** One `/pattern/flags` of a regexp or pcre table. */
export interface RegexpPattern extends Span {
  negations: Span[];
  negate: boolean;
  delimiter: string;
  /** The pattern text between the delimiters (escapes kept, as Postfix passes it to the engine). */
  source: TableText;
  flags: TableText;
  closed: boolean;
  /** Capturing groups in the pattern, when they can be counted. */
  groups?: number;
}

export interface RegexpRule extends LineBase {
  kind: 'regexp';
  /** One pattern, or (regexp tables only) two: `/a/!/b/`. */
  patterns: RegexpPattern[];
  /** The replacement text; empty text when the line has none. */
  value?: TableText;
  /** Highest $number used in the value, 0 if none. */
  maxSubstitution: number;
  skipped: boolean;
}

export interface IfNode extends LineBase {
  kind: 'if';
  keyword: TableText;
  cidr?: CidrPattern;
  regexp?: RegexpPattern;
  /** The matching `endif`, when there is one. */
  endif?: EndifNode;
  skipped: boolean;
}

export interface EndifNode extends LineBase {
  kind: 'endif';
  keyword: TableText;
  /** The `if` this closes, when there is one. */
  opener?: IfNode;
  skipped: boolean;
}

/** A regexp/pcre line that starts with a letter or digit but is neither `if` nor `endif`. */
export interface UnrecognizedNode extends LineBase {
  kind: 'unrecognized';
}

/** An indented line with nothing above to continue: Postfix warns and skips it. */
export interface TableOrphanNode extends LineBase {
  kind: 'orphan';
}

export interface TableCommentNode extends Span {
  kind: 'comment';
  line: PhysicalLine;
}

export type TableNode = PlainEntry | CidrRule | RegexpRule | IfNode | EndifNode | UnrecognizedNode | TableOrphanNode | TableCommentNode;

export type TableProblemCode =
  | 'table-leading-whitespace'
  | 'table-missing-value'
  | 'table-unbalanced-quote'
  | 'table-alias-format'
  | 'table-duplicate-key'
  | 'table-invalid-cidr'
  | 'table-regexp-syntax'
  | 'table-regexp-replacement'
  | 'table-empty-result'
  | 'table-unmatched-endif'
  | 'table-unclosed-if'
  | 'table-extra-text'
  | 'table-unrecognized-line'
  | 'table-obsolete-flag';

export interface TableProblem {
  code: TableProblemCode;
  /** Which message of the rule applies. */
  variant: string;
  span: Span;
  args?: string[];
  /** An edit that fixes the problem (e.g. the network address with host bits cleared). */
  fix?: { span: Span; text: string };
  /** Another place the problem is about (the first entry of a duplicate key). */
  related?: Span;
}

export interface TableDocument {
  text: string;
  format: TableFormat;
  nodes: TableNode[];
  problems: TableProblem[];
}

const SPACE = /[ \t\n\v\f\r]/;
const isSpace = (ch: string | undefined): boolean => ch !== undefined && SPACE.test(ch);
const isAlnum = (ch: string | undefined): boolean => ch !== undefined && /[A-Za-z0-9]/.test(ch);

/** Parses a table source file in the given format. */
export function parseTable(text: string, format: TableFormat): TableDocument {
  const doc: TableDocument = { text, format, nodes: [], problems: [] };
  const ifs: IfNode[] = [];
  const firstKeys = new Map<string, PlainEntry>();
  for (const node of readLogicalLines(text)) {
    switch (node.kind) {
      case 'blank':
        break;
      case 'comment':
        doc.nodes.push({ kind: 'comment', start: node.line.start, end: node.line.end, line: node.line });
        break;
      case 'orphan': {
        const logical = node.logical;
        doc.nodes.push({ kind: 'orphan', logical, start: logical.start, end: logical.end });
        let lead = 0;
        while (lead < logical.text.length && isSpace(logical.text[lead])) lead++;
        doc.problems.push({
          code: 'table-leading-whitespace',
          variant: 'default',
          span: toDocumentSpan(logical, lead, trimmedEnd(logical.text)),
          fix: { span: toDocumentSpan(logical, 0, lead), text: '' },
        });
        break;
      }
      case 'logical': {
        const logical = node.logical;
        if (format === 'plain') {
          const entry = parsePlain(logical, doc.problems);
          doc.nodes.push(entry);
          if (!entry.skipped) {
            // postmap folds keys to lower case and keeps the first of duplicate keys.
            const folded = entry.key.text.toLowerCase();
            const first = firstKeys.get(folded);
            if (first) {
              doc.problems.push({ code: 'table-duplicate-key', variant: 'default', span: entry.key, args: [entry.key.text], related: first.key });
            } else firstKeys.set(folded, entry);
          }
        } else if (format === 'cidr') {
          doc.nodes.push(parseCidrLine(logical, doc.problems, ifs));
        } else {
          doc.nodes.push(parseRegexpLine(logical, format, doc.problems, ifs));
        }
        break;
      }
    }
  }
  for (const open of ifs) {
    doc.problems.push({ code: 'table-unclosed-if', variant: 'default', span: open.keyword });
  }
  return doc;
}

function trimmedEnd(text: string, from = 0): number {
  let end = text.length;
  while (end > from && isSpace(text[end - 1])) end--;
  return end;
}

/** The document span of [s, e) inside a piece of a logical line. */
export function within(logical: LogicalLine, p: TableText, s: number, e: number): Span {
  return toDocumentSpan(logical, p.at + s, p.at + e);
}

function piece(logical: LogicalLine, start: number, end: number): TableText {
  const span = toDocumentSpan(logical, start, end);
  return { text: logical.text.slice(start, end), at: start, start: span.start, end: span.end };
}

/** The value after `from`: leading and trailing whitespace trimmed, as Postfix does. */
function valueAfter(logical: LogicalLine, from: number): TableText | undefined {
  const t = logical.text;
  let s = from;
  while (s < t.length && isSpace(t[s])) s++;
  const e = trimmedEnd(t, s);
  return e > s ? piece(logical, s, e) : undefined;
}

// ---------------------------------------------------------------------------------------------
// postmap input

function parsePlain(logical: LogicalLine, problems: TableProblem[]): PlainEntry {
  const t = logical.text;
  let i = 0;
  let inQuotes = false;
  // The key ends at the first whitespace outside double quotes; a backslash protects the next character.
  for (; i < t.length; i++) {
    const ch = t[i];
    if (ch === '\\') {
      if (++i >= t.length) break;
    } else if (isSpace(ch)) {
      if (!inQuotes) break;
    } else if (ch === '"') inQuotes = !inQuotes;
  }
  const keyEnd = Math.min(i, t.length);
  const key = piece(logical, 0, keyEnd);
  const entry: PlainEntry = { kind: 'entry', logical, key, start: logical.start, end: logical.end, skipped: false };
  if (inQuotes) {
    entry.skipped = true;
    problems.push({ code: 'table-unbalanced-quote', variant: 'default', span: key });
    return entry;
  }
  entry.value = valueAfter(logical, keyEnd);
  if (!entry.value || key.text === '') {
    entry.skipped = true;
    problems.push({ code: 'table-missing-value', variant: 'plain', span: key, args: [key.text] });
    return entry;
  }
  if (key.text.endsWith(':')) {
    const colon = { start: key.end - 1, end: key.end };
    problems.push({ code: 'table-alias-format', variant: 'default', span: colon, fix: { span: colon, text: '' } });
  }
  return entry;
}

// ---------------------------------------------------------------------------------------------
// cidr tables

/** `if`/`endif` as Postfix recognises them: the word in any case, not followed by a letter or digit. */
function keywordAt(text: string, word: string): boolean {
  return text.slice(0, word.length).toLowerCase() === word && !isAlnum(text[word.length]);
}

function parseCidrLine(logical: LogicalLine, problems: TableProblem[], ifs: IfNode[]): CidrRule | IfNode | EndifNode {
  const t = logical.text;
  const base = { logical, start: logical.start, end: logical.end };
  if (keywordAt(t, 'if')) {
    const node: IfNode = { ...base, kind: 'if', keyword: piece(logical, 0, 2), skipped: false };
    // The pattern is everything after IF: extra words make it an invalid pattern.
    const pattern = readCidrPattern(logical, 2, true);
    node.cidr = pattern;
    const error = pattern ? validateCidr(logical, pattern) : undefined;
    if (!pattern || error) {
      node.skipped = true;
      problems.push(error ?? { code: 'table-invalid-cidr', variant: 'no-pattern', span: node.keyword });
    } else ifs.push(node);
    return node;
  }
  if (keywordAt(t, 'endif')) {
    const node: EndifNode = { ...base, kind: 'endif', keyword: piece(logical, 0, 5), skipped: false };
    const rest = valueAfter(logical, 5);
    if (rest) {
      // cidr tables skip an ENDIF with text after it.
      node.skipped = true;
      problems.push({ code: 'table-unmatched-endif', variant: 'cidr-garbage', span: rest });
      return node;
    }
    closeIf(node, ifs, problems);
    return node;
  }
  const node: CidrRule = { ...base, kind: 'cidr', skipped: false };
  const pattern = readCidrPattern(logical, 0, false);
  if (!pattern) {
    node.skipped = true;
    problems.push({ code: 'table-invalid-cidr', variant: 'no-pattern', span: toDocumentSpan(logical, 0, trimmedEnd(t)) });
    return node;
  }
  node.pattern = pattern;
  node.value = valueAfter(logical, pattern.text.at + pattern.text.text.length);
  // Postfix 3.7 checks the pattern before it looks for the result.
  const error = validateCidr(logical, pattern);
  if (error) {
    node.skipped = true;
    problems.push(error);
  } else if (!node.value) {
    node.skipped = true;
    problems.push({ code: 'table-missing-value', variant: 'cidr', span: pattern.text, args: [pattern.text.text] });
  }
  return node;
}

function closeIf(node: EndifNode, ifs: IfNode[], problems: TableProblem[]): void {
  const open = ifs.pop();
  if (!open) {
    node.skipped = true;
    problems.push({ code: 'table-unmatched-endif', variant: 'default', span: node.keyword });
    return;
  }
  open.endif = node;
  node.opener = open;
}

/** Reads `[!...] pattern`: up to whitespace for rules, the rest of the line after IF. */
function readCidrPattern(logical: LogicalLine, from: number, wholeRest: boolean): CidrPattern | undefined {
  const t = logical.text;
  let i = from;
  const negations: Span[] = [];
  while (i < t.length && (isSpace(t[i]) || t[i] === '!')) {
    if (t[i] === '!') negations.push(toDocumentSpan(logical, i, i + 1));
    i++;
  }
  const start = i;
  let end: number;
  if (wholeRest) end = trimmedEnd(t, start);
  else {
    end = start;
    while (end < t.length && !isSpace(t[end])) end++;
  }
  if (end <= start) return undefined;
  return { negations, negate: negations.length % 2 === 1, text: piece(logical, start, end) };
}

/** Checks a cidr pattern as cidr_match_parse() does, filling in its address. */
function validateCidr(logical: LogicalLine, pattern: CidrPattern): TableProblem | undefined {
  const text = pattern.text;
  let body = text.text;
  let maskFrom = 0;
  if (body.startsWith('[')) {
    const close = body.indexOf(']');
    if (close < 0) return { code: 'table-invalid-cidr', variant: 'missing-bracket', span: text };
    const after = body.slice(close + 1);
    if (after !== '' && !after.startsWith('/')) {
      return { code: 'table-invalid-cidr', variant: 'garbage-after-bracket', span: within(logical, text, close + 1, text.text.length) };
    }
    // [addr]/len and [addr/len] both mean addr/len.
    body = body.slice(1, close) + after;
    maskFrom = after === '' ? 1 : close + 1;
  }
  const slash = body.indexOf('/');
  const addressText = slash >= 0 ? body.slice(0, slash) : body;
  const family: 4 | 6 = addressText.includes(':') ? 6 : 4;
  const bits = family === 4 ? 32 : 128;
  if (slash >= 0) {
    const mask = body.slice(slash + 1);
    const shown = `${addressText}/${mask}`;
    const slashInText = text.text.indexOf('/', maskFrom);
    const maskEnd = text.text.length - (text.text.endsWith(']') && maskFrom === 1 ? 1 : 0);
    const maskSpan = slashInText >= 0 && maskEnd > slashInText + 1 ? within(logical, text, slashInText + 1, maskEnd) : text;
    if (!/^\d+$/.test(mask)) return { code: 'table-invalid-cidr', variant: 'bad-mask-value', span: maskSpan, args: [shown] };
    const prefix = Number(mask);
    if (prefix > bits) return { code: 'table-invalid-cidr', variant: 'bad-mask-length', span: maskSpan, args: [shown, String(bits)] };
    const bytes = family === 4 ? parseIPv4(addressText) : parseIPv6(addressText);
    if (!bytes) return { code: 'table-invalid-cidr', variant: 'bad-network', span: text, args: [shown] };
    const network = maskBytes(bytes, prefix);
    if (network.some((b, i) => b !== bytes[i])) {
      const suggestion = `${formatAddress(network, family)}/${prefix}`;
      return { code: 'table-invalid-cidr', variant: 'host-bits', span: text, args: [shown, suggestion], fix: { span: text, text: suggestion } };
    }
    pattern.address = { family, bytes, prefix, hasPrefix: true };
    return undefined;
  }
  const bytes = family === 4 ? parseIPv4(addressText) : parseIPv6(addressText);
  if (!bytes) return { code: 'table-invalid-cidr', variant: 'bad-address', span: text, args: [addressText] };
  pattern.address = { family, bytes, prefix: bits, hasPrefix: false };
  return undefined;
}

function maskBytes(bytes: readonly number[], prefix: number): number[] {
  return bytes.map((b, i) => {
    const keep = Math.max(0, Math.min(8, prefix - i * 8));
    return b & ((0xff << (8 - keep)) & 0xff);
  });
}

/** inet_ntop(3) text of an address: dotted IPv4, or compressed lower-case IPv6. */
export function formatAddress(bytes: readonly number[], family: 4 | 6): string {
  return family === 4 ? bytes.join('.') : formatIPv6(bytes);
}

// ---------------------------------------------------------------------------------------------
// regexp and pcre tables

/** Flags each engine accepts after the closing delimiter (checked against Postfix 3.7 with PCRE2). */
export const REGEXP_FLAGS = 'imx';
export const PCRE_FLAGS = 'imsxAEUX';

function parseRegexpLine(
  logical: LogicalLine,
  format: 'regexp' | 'pcre',
  problems: TableProblem[],
  ifs: IfNode[],
): RegexpRule | IfNode | EndifNode | UnrecognizedNode {
  const t = logical.text;
  const end = trimmedEnd(t);
  const base = { logical, start: logical.start, end: logical.end };
  const engine: PatternEngine = format;
  if (!isAlnum(t[0])) {
    const node: RegexpRule = { ...base, kind: 'regexp', patterns: [], maxSubstitution: 0, skipped: false };
    let i = 0;
    const first = readRegexpPattern(logical, i, end, format, problems);
    if (!first.pattern) {
      node.skipped = true;
      return node;
    }
    node.patterns.push(first.pattern);
    i = first.next;
    // regexp tables take an optional second pattern: /a/!/b/ matches a but not b.
    if (format === 'regexp' && t[i] === '!') {
      const second = readRegexpPattern(logical, i, end, format, problems);
      if (!second.pattern) {
        node.skipped = true;
        return node;
      }
      node.patterns.push(second.pattern);
      i = second.next;
    }
    let s = i;
    while (s < end && isSpace(t[s])) s++;
    node.value = piece(logical, s, end);
    if (s >= end) {
      problems.push({ code: 'table-empty-result', variant: 'default', span: node.patterns[node.patterns.length - 1] });
    }
    // The replacement text: $number, ${number}, $(number) and $$.
    const subs = scanReplacement(logical, node.value, problems);
    if (subs === undefined) {
      node.skipped = true;
      return node;
    }
    node.maxSubstitution = subs.max;
    const main = node.patterns[0];
    if (subs.max > 0 && main.negate) {
      node.skipped = true;
      problems.push({ code: 'table-regexp-replacement', variant: 'negative', span: subs.at[0] });
      return node;
    }
    for (const pattern of node.patterns) {
      if (!checkPatternInto(logical, pattern, engine, problems)) {
        node.skipped = true;
        return node;
      }
    }
    if (subs.max > 0 && main.groups !== undefined && subs.max > main.groups) {
      node.skipped = true;
      const bad = subs.at.find((a) => a.index > (main.groups ?? 0)) ?? subs.at[0];
      problems.push({ code: 'table-regexp-replacement', variant: 'out-of-range', span: bad, args: [String(bad.index), String(main.groups)] });
    }
    if (format === 'pcre' && main.flags.text.includes('X')) {
      const at = main.flags.text.indexOf('X');
      problems.push({ code: 'table-obsolete-flag', variant: 'default', span: within(logical, main.flags, at, at + 1) });
    }
    return node;
  }
  if (keywordAt(t, 'if')) {
    const node: IfNode = { ...base, kind: 'if', keyword: piece(logical, 0, 2), skipped: false };
    let i = 2;
    while (i < end && isSpace(t[i])) i++;
    const read = readRegexpPattern(logical, i, end, format, problems, node.keyword);
    if (!read.pattern) {
      node.skipped = true;
      return node;
    }
    node.regexp = read.pattern;
    const extra = valueAfter(logical, read.next);
    if (extra) problems.push({ code: 'table-extra-text', variant: 'if', span: extra });
    if (!checkPatternInto(logical, read.pattern, engine, problems)) {
      node.skipped = true;
      return node;
    }
    if (format === 'pcre' && read.pattern.flags.text.includes('X')) {
      const at = read.pattern.flags.text.indexOf('X');
      problems.push({ code: 'table-obsolete-flag', variant: 'default', span: within(logical, read.pattern.flags, at, at + 1) });
    }
    ifs.push(node);
    return node;
  }
  if (keywordAt(t, 'endif')) {
    const node: EndifNode = { ...base, kind: 'endif', keyword: piece(logical, 0, 5), skipped: false };
    if (ifs.length === 0) {
      node.skipped = true;
      problems.push({ code: 'table-unmatched-endif', variant: 'default', span: node.keyword });
      return node;
    }
    const extra = valueAfter(logical, 5);
    // regexp and pcre tables keep an ENDIF with text after it, with a warning.
    if (extra) problems.push({ code: 'table-extra-text', variant: 'endif', span: extra });
    closeIf(node, ifs, problems);
    return node;
  }
  problems.push({ code: 'table-unrecognized-line', variant: format, span: toDocumentSpan(logical, 0, end) });
  return { ...base, kind: 'unrecognized' };
}

/** Reads `[!...]<delim>pattern<delim>flags` starting at `from`. */
function readRegexpPattern(
  logical: LogicalLine,
  from: number,
  end: number,
  format: 'regexp' | 'pcre',
  problems: TableProblem[],
  anchor?: Span,
): { pattern?: RegexpPattern; next: number } {
  const t = logical.text;
  let i = from;
  const negations: Span[] = [];
  while (i < end && t[i] === '!') {
    negations.push(toDocumentSpan(logical, i, i + 1));
    i++;
  }
  while (i < end && isSpace(t[i])) i++;
  if (i >= end) {
    const span = negations.length ? { start: negations[0].start, end: negations[negations.length - 1].end } : anchor ?? toDocumentSpan(logical, from, end);
    problems.push({ code: 'table-regexp-syntax', variant: 'no-regexp', span });
    return { next: i };
  }
  const startAt = i;
  const delimiter = t[i++];
  const sourceStart = i;
  while (i < end) {
    if (t[i] === '\\') {
      if (i + 1 < end) i++;
      else break;
    } else if (t[i] === delimiter) break;
    i++;
  }
  if (i >= end || t[i] !== delimiter) {
    problems.push({ code: 'table-regexp-syntax', variant: 'no-closing-delimiter', span: toDocumentSpan(logical, startAt, end), args: [delimiter] });
    return { next: end };
  }
  const source = piece(logical, sourceStart, i);
  i++;
  const flagsStart = i;
  const allowed = format === 'pcre' ? PCRE_FLAGS : REGEXP_FLAGS;
  // regexp tables stop the flags at '!', which starts the second pattern.
  while (i < end && !isSpace(t[i]) && !(format === 'regexp' && t[i] === '!')) {
    if (!allowed.includes(t[i])) {
      problems.push({ code: 'table-regexp-syntax', variant: 'unknown-flag', span: toDocumentSpan(logical, i, i + 1), args: [t[i], format, allowed.split('').join(' ')] });
      return { next: end };
    }
    i++;
  }
  const span = toDocumentSpan(logical, negations.length ? from : startAt, i);
  const pattern: RegexpPattern = {
    negations,
    negate: negations.length % 2 === 1,
    delimiter,
    source,
    flags: piece(logical, flagsStart, i),
    closed: true,
    start: negations.length ? negations[0].start : span.start,
    end: span.end,
  };
  return { pattern, next: i };
}

/** The effective option state: Postfix starts with some options on and each flag letter toggles one. */
function flagState(flags: string, letter: string, initiallyOn: boolean): boolean {
  let on = initiallyOn;
  for (const f of flags) if (f === letter) on = !on;
  return on;
}

/** Checks the pattern of a rule; records the first problem and returns false when the engine refuses it. */
function checkPatternInto(logical: LogicalLine, pattern: RegexpPattern, engine: PatternEngine, problems: TableProblem[]): boolean {
  const flags = pattern.flags.text;
  const result: PatternCheck = checkPattern(pattern.source.text, engine, {
    // regexp: REG_EXTENDED is on by default and `x` turns it off; pcre: `x` turns PCRE_EXTENDED on.
    extended: engine === 'regexp' ? flagState(flags, 'x', true) : flagState(flags, 'x', false),
  });
  pattern.groups = result.groups;
  if (!result.error) return true;
  const at = Math.min(result.error.offset, pattern.source.text.length);
  const len = Math.max(1, Math.min(result.error.length ?? 1, pattern.source.text.length - at));
  const span = pattern.source.text.length === 0 ? pattern.source : within(logical, pattern.source, at, at + len);
  problems.push({ code: 'table-regexp-syntax', variant: result.error.kind, span, args: result.error.args ?? [] });
  return false;
}

interface Substitutions {
  max: number;
  at: Array<Span & { index: number }>;
}

/** Scans replacement text like mac_parse(): `$$`, `$name`, `${name}`, `$(name)`; names must be numbers >= 1. */
function scanReplacement(logical: LogicalLine, value: TableText, problems: TableProblem[]): Substitutions | undefined {
  const t = value.text;
  const out: Substitutions = { max: 0, at: [] };
  const fail = (variant: string, s: number, e: number, args: string[] = []): undefined => {
    problems.push({ code: 'table-regexp-replacement', variant, span: within(logical, value, s, e), args });
    return undefined;
  };
  let i = 0;
  while (i < t.length) {
    if (t[i] !== '$') {
      i++;
      continue;
    }
    const next = t[i + 1];
    if (next === '$') {
      i += 2;
      continue;
    }
    let name: string;
    let end: number;
    if (next === '{' || next === '(') {
      const close = t.indexOf(next === '{' ? '}' : ')', i + 2);
      if (close < 0) return fail('truncated', i, t.length, [t.slice(i)]);
      name = t.slice(i + 2, close);
      end = close + 1;
    } else {
      end = i + 1;
      while (end < t.length && /[A-Za-z0-9_]/.test(t[end])) end++;
      name = t.slice(i + 1, end);
      if (!name) return fail('empty-name', i, i + 1);
    }
    if (!/^\d+$/.test(name)) return fail('non-numeric', i, end, [name]);
    const index = Number(name);
    if (index < 1) return fail('zero', i, end, [name]);
    out.at.push({ ...within(logical, value, i, end), index });
    out.max = Math.max(out.max, index);
    i = end;
  }
  return out;
}

/** The node that holds a document offset (line ends count as inside). */
export function tableNodeAt(doc: TableDocument, offset: number): TableNode | undefined {
  return spanAt(doc.nodes, offset);
}

/** Maps an offset inside a piece's text to the document. */
export function textOffsetToDocument(logical: LogicalLine, piece: TableText, at: number): number {
  return toDocumentOffset(logical, piece.at + at);
}

// ---------------------------------------------------------------------------------------------
// Pattern checks
//
// Postfix compiles regexp tables with the system's POSIX regcomp() (glibc on Linux) and pcre
// tables with PCRE2. Neither engine is available here, and JavaScript's RegExp differs from both,
// so patterns are checked structurally for the errors both engines report (unbalanced groups and
// brackets, misplaced quantifiers, bad intervals, ranges and back references, unknown POSIX classes).
// For pcre patterns written only with constructs whose meaning JavaScript shares, a RegExp compile
// confirms the result. The error kinds below are the variants of table-regexp-syntax.

export type PatternEngine = 'regexp' | 'pcre';

export interface PatternError {
  kind:
    | 'unclosed-group'
    | 'unmatched-paren'
    | 'unclosed-bracket'
    | 'range-order'
    | 'bad-range'
    | 'interval-order'
    | 'interval-invalid'
    | 'interval-unclosed'
    | 'interval-too-big'
    | 'nothing-to-repeat'
    | 'bad-backref'
    | 'posix-class'
    | 'collating'
    | 'posix-group'
    | 'engine';
  /** Offset in the pattern text. */
  offset: number;
  length?: number;
  args?: string[];
}

export interface PatternCheck {
  error?: PatternError;
  /** Capturing groups; undefined when they cannot be counted reliably (e.g. PCRE branch reset). */
  groups?: number;
}

const POSIX_CLASSES = ['alnum', 'alpha', 'blank', 'cntrl', 'digit', 'graph', 'lower', 'print', 'punct', 'space', 'upper', 'xdigit'];
const PCRE_EXTRA_CLASSES = ['word', 'ascii'];

type Prev = 'none' | 'atom' | 'quant' | 'quantmod';

/**
 * Checks a pattern for the given engine. `extended`: for regexp, REG_EXTENDED (on unless the `x`
 * flag turns it off, which selects basic regular expressions); for pcre, PCRE2_EXTENDED (the `x` flag).
 */
export function checkPattern(source: string, engine: PatternEngine, options: { extended: boolean }): PatternCheck {
  const pcre = engine === 'pcre';
  const bre = !pcre && !options.extended;
  const n = source.length;
  const stack: number[] = [];
  const backrefs: Array<{ index: number; at: number; len: number }> = [];
  let groups = 0;
  let countable = true;
  let prev: Prev = 'none';
  const fail = (kind: PatternError['kind'], offset: number, length = 1, args?: string[]): PatternCheck => ({ error: { kind, offset, length, args } });

  const quantifier = (at: number, len: number): PatternCheck | undefined => {
    if (prev === 'none') return fail('nothing-to-repeat', at, len);
    if (prev === 'atom') prev = 'quant';
    else if (pcre) {
      // PCRE allows one lazy (?) or possessive (+) marker after a quantifier, nothing more.
      const ch = source[at];
      if (prev === 'quant' && len === 1 && (ch === '?' || ch === '+')) prev = 'quantmod';
      else return fail('nothing-to-repeat', at, len);
    }
    return undefined;
  };

  let i = 0;
  while (i < n) {
    const c = source[i];
    if (pcre && options.extended) {
      if (/\s/.test(c)) {
        i++;
        continue;
      }
      if (c === '#') break;
    }
    if (c === '\\') {
      const d = source[i + 1];
      if (d === undefined) break;
      if (bre && (d === '(' || d === ')' || d === '{' || d === '|')) {
        // Basic regular expressions: \( \) group, \{ \} interval.
        if (d === '(') {
          stack.push(i);
          groups++;
          prev = 'none';
          i += 2;
          continue;
        }
        if (d === ')') {
          if (!stack.length) return fail('unmatched-paren', i, 2);
          stack.pop();
          prev = 'atom';
          i += 2;
          continue;
        }
        if (d === '{') {
          const m = /^\\\{(\d*)(,(\d*))?\\\}/.exec(source.slice(i));
          if (!m) return fail(source.indexOf('\\}', i) < 0 ? 'interval-unclosed' : 'interval-invalid', i, 2);
          const err = intervalProblem(m[1], m[2] !== undefined, m[3], i, m[0].length, false);
          if (err) return { error: err };
          const q = quantifier(i, m[0].length);
          if (q) return q;
          i += m[0].length;
          continue;
        }
      }
      if (pcre && d === 'Q') {
        const e = source.indexOf('\\E', i + 2);
        if (e > i + 2) prev = 'atom';
        i = e < 0 ? n : e + 2;
        continue;
      }
      if (pcre && d === 'E') {
        i += 2;
        continue;
      }
      if (/[1-9]/.test(d) && !(pcre && /\d/.test(source[i + 2] ?? ''))) {
        backrefs.push({ index: Number(d), at: i, len: 2 });
      }
      let len = 2;
      if (pcre && /[xopPgkN]/.test(d) && /[{<']/.test(source[i + 2] ?? '')) {
        const close = { '{': '}', '<': '>', "'": "'" }[source[i + 2] as '{' | '<' | "'"];
        const e = source.indexOf(close, i + 3);
        len = e < 0 ? n - i : e + 1 - i;
      } else if (pcre && d === 'c') len = 3;
      prev = 'atom';
      i += len;
      continue;
    }
    if (c === '[') {
      const r = scanBracket(source, i, pcre);
      if (r.error) return { error: r.error };
      prev = 'atom';
      i = r.end;
      continue;
    }
    if (c === '(' && !bre) {
      if (pcre) {
        if (source[i + 1] === '?') {
          const kind = source[i + 2];
          if (kind === '#') {
            const e = source.indexOf(')', i + 3);
            if (e < 0) return fail('unclosed-group', i, 3);
            i = e + 1;
            continue;
          }
          // (?i) (?-x) (?^): option settings with no group body.
          const opt = /^\(\?[A-Za-z^-]*\)/.exec(source.slice(i));
          if (opt) {
            if (/n/.test(opt[0])) countable = false;
            i += opt[0].length;
            continue;
          }
          if (kind === '|') countable = false;
          if ((kind === '<' && source[i + 3] !== '=' && source[i + 3] !== '!') || kind === "'" || (kind === 'P' && source[i + 3] === '<')) groups++;
          stack.push(i);
          prev = 'none';
          i += 2;
          continue;
        }
        if (source[i + 1] === '*') {
          // (*VERB) and (*alpha_assertion:...) forms: not counted, not checked further.
          stack.push(i);
          prev = 'none';
          i += 2;
          continue;
        }
      } else if (source[i + 1] === '?' || source[i + 1] === '*' || source[i + 1] === '+') {
        // POSIX has no (? (* (+ constructs: the quantifier has nothing to repeat.
        return fail('posix-group', i, 2);
      }
      groups++;
      stack.push(i);
      prev = 'none';
      i++;
      continue;
    }
    if (c === ')' && !bre) {
      if (!stack.length) {
        if (pcre) return fail('unmatched-paren', i);
        prev = 'atom';
        i++;
        continue;
      }
      stack.pop();
      prev = 'atom';
      i++;
      continue;
    }
    if (c === '|' && !bre) {
      prev = 'none';
      i++;
      continue;
    }
    if (c === '^' || (c === '$' && !bre)) {
      prev = 'none';
      i++;
      continue;
    }
    if (c === '*' || ((c === '+' || c === '?') && !bre)) {
      if (bre && c === '*' && prev === 'none') {
        // In a basic expression a leading * is an ordinary character.
        prev = 'atom';
        i++;
        continue;
      }
      const q = quantifier(i, 1);
      if (q) return q;
      i++;
      continue;
    }
    if (c === '{' && !bre) {
      if (pcre) {
        const m = /^\{(\d+)(,(\d*))?\}/.exec(source.slice(i));
        if (!m) {
          prev = 'atom';
          i++;
          continue;
        }
        const err = intervalProblem(m[1], m[2] !== undefined, m[3], i, m[0].length, true);
        if (err) return { error: err };
        const q = quantifier(i, m[0].length);
        if (q) return q;
        i += m[0].length;
        continue;
      }
      if (prev === 'none') return fail('nothing-to-repeat', i);
      const close = source.indexOf('}', i);
      if (close < 0) return fail('interval-unclosed', i);
      const m = /^\{(\d*)(,(\d*))?\}$/.exec(source.slice(i, close + 1));
      if (!m || (m[1] === '' && m[2] === undefined)) return fail('interval-invalid', i, close + 1 - i);
      const err = intervalProblem(m[1], m[2] !== undefined, m[3], i, close + 1 - i, false);
      if (err) return { error: err };
      const q = quantifier(i, close + 1 - i);
      if (q) return q;
      i = close + 1;
      continue;
    }
    prev = 'atom';
    i++;
  }
  if (stack.length) return { error: { kind: 'unclosed-group', offset: stack[stack.length - 1], length: bre ? 2 : 1 } };
  for (const ref of backrefs) {
    if (ref.index > groups) return { error: { kind: 'bad-backref', offset: ref.at, length: ref.len, args: [String(ref.index)] }, groups };
  }
  if (pcre && countable) {
    const js = confirmWithJavaScript(source, options.extended);
    if (js) return { error: { kind: 'engine', offset: 0, length: source.length, args: [js] }, groups };
  }
  return { groups: countable ? groups : undefined };
}

/** Problems of an interval {m}, {m,}, {m,n} ({,n} only in POSIX). */
function intervalProblem(min: string, comma: boolean, max: string | undefined, at: number, len: number, pcre: boolean): PatternError | undefined {
  const limit = pcre ? 65535 : 32767;
  const lo = min === '' ? 0 : Number(min);
  const hi = comma ? (max === undefined || max === '' ? undefined : Number(max)) : lo;
  if (lo > limit || (hi !== undefined && hi > limit)) return { kind: 'interval-too-big', offset: at, length: len, args: [String(limit)] };
  if (hi !== undefined && hi < lo) return { kind: 'interval-order', offset: at, length: len, args: [String(lo), String(hi)] };
  return undefined;
}

/** Scans a bracket expression from its `[`; returns the index after its `]`. */
function scanBracket(source: string, open: number, pcre: boolean): { end: number; error?: PatternError } {
  const n = source.length;
  let j = open + 1;
  if (source[j] === '^') j++;
  if (source[j] === ']') j++;
  // The previous member, when it can start a range: its character code.
  let prevCode: number | undefined;
  let prevWasClass = false;
  while (j < n) {
    const ch = source[j];
    if (ch === ']') return { end: j + 1 };
    if (ch === '[' && (source[j + 1] === ':' || source[j + 1] === '.' || source[j + 1] === '=')) {
      const kind = source[j + 1];
      const close = source.indexOf(`${kind}]`, j + 2);
      if (close < 0) return { end: n, error: { kind: 'unclosed-bracket', offset: open } };
      if (kind === ':') {
        let name = source.slice(j + 2, close);
        if (pcre && name.startsWith('^')) name = name.slice(1);
        const known = POSIX_CLASSES.includes(name) || (pcre && PCRE_EXTRA_CLASSES.includes(name));
        if (!known) return { end: n, error: { kind: 'posix-class', offset: j, length: close + 2 - j, args: [name] } };
      } else if (pcre) {
        return { end: n, error: { kind: 'collating', offset: j, length: close + 2 - j } };
      } else if (source.slice(j + 2, close).length !== 1) {
        // glibc knows single characters here, not multi-character collating names.
        return { end: n, error: { kind: 'collating', offset: j, length: close + 2 - j } };
      }
      if (source[close + 2] === '-' && source[close + 3] !== ']' && kind === ':') {
        return { end: n, error: { kind: 'bad-range', offset: j, length: close + 4 - j } };
      }
      prevCode = kind === ':' ? undefined : source.charCodeAt(j + 2);
      prevWasClass = kind === ':';
      j = close + 2;
      continue;
    }
    if (ch === '-' && j + 1 < n && source[j + 1] !== ']' && (prevCode !== undefined || prevWasClass)) {
      const endAt = j + 1;
      if (source[endAt] === '[' && source[endAt + 1] === ':') return { end: n, error: { kind: 'bad-range', offset: j - 1, length: 2 } };
      let endCode: number | undefined;
      let step = 2;
      if (pcre && source[endAt] === '\\') {
        const e = source[endAt + 1];
        endCode = e !== undefined && /[^A-Za-z0-9]/.test(e) ? e.charCodeAt(0) : undefined;
        step = 3;
      } else endCode = source.charCodeAt(endAt);
      if (prevCode !== undefined && endCode !== undefined && endCode < prevCode) {
        return { end: n, error: { kind: 'range-order', offset: j - 1, length: step + 1, args: [String.fromCharCode(prevCode), String.fromCharCode(endCode)] } };
      }
      prevCode = undefined;
      prevWasClass = false;
      j += step;
      continue;
    }
    if (pcre && ch === '\\') {
      const e = source[j + 1];
      if (e === undefined) break;
      if (e === 'Q') {
        const q = source.indexOf('\\E', j + 2);
        j = q < 0 ? n : q + 2;
        prevCode = undefined;
        continue;
      }
      prevCode = /[^A-Za-z0-9]/.test(e) ? e.charCodeAt(0) : undefined;
      prevWasClass = false;
      if (/[xopPN]/.test(e) && source[j + 2] === '{') {
        const c = source.indexOf('}', j + 3);
        j = c < 0 ? n : c + 1;
      } else j += 2;
      continue;
    }
    prevCode = ch.charCodeAt(0);
    prevWasClass = false;
    j++;
  }
  return { end: n, error: { kind: 'unclosed-bracket', offset: open } };
}

/** Escapes whose meaning JavaScript shares with PCRE (outside and inside brackets). */
const SHARED_ESCAPE = /^\\[\\/.*+?()[\]{}|^$\-dDwWsStnrfvbB1-9]$/;

/**
 * For a pcre pattern written only with constructs JavaScript reads the same way, the message of
 * JavaScript's RegExp when it refuses the pattern. Patterns with (? (* \Q POSIX classes, possessive
 * quantifiers, other escapes, or the x flag are left to the structural checks.
 */
function confirmWithJavaScript(source: string, extended: boolean): string | undefined {
  if (extended) return undefined;
  if (/\(\?|\(\*|\[[:.=]|[*+?}]\+/.test(source)) return undefined;
  for (const m of source.matchAll(/\\./g)) if (!SHARED_ESCAPE.test(m[0])) return undefined;
  try {
    new RegExp(source);
    return undefined;
  } catch (e) {
    return e instanceof Error ? e.message.replace(/^Invalid regular expression: /, '') : String(e);
  }
}

export { parseIPv4, parseIPv6 };
