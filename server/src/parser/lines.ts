/**
 * Postfix's logical-line layer, shared by main.cf and master.cf.
 *
 * Postfix reads a configuration file as logical lines: a line that starts with
 * non-blank text begins one, a line that starts with whitespace continues it,
 * and blank or comment lines in between are skipped without ending it.
 * Nothing here throws; every physical line ends up in exactly one place.
 */

/** A half-open range of document offsets. */
export interface Span {
  start: number;
  end: number;
}

export interface PhysicalLine extends Span {
  /** Zero-based line number. */
  line: number;
  /** The line's text without its line break. */
  text: string;
}

export type PhysicalKind = 'blank' | 'comment' | 'text' | 'indented';

/** A piece of a logical line: where a run of its text sits in the document. */
export interface Piece {
  /** Offset in the joined logical text. */
  at: number;
  /** Offset in the document. */
  offset: number;
  length: number;
}

export interface LogicalLine extends Span {
  /** The text as Postfix joins it: continuation lines appended as they are, line breaks dropped. */
  text: string;
  /** The physical lines that carry text, first one first. */
  lines: PhysicalLine[];
  pieces: Piece[];
}

export type LineNode =
  | { kind: 'comment'; line: PhysicalLine }
  | { kind: 'blank'; line: PhysicalLine }
  | { kind: 'logical'; logical: LogicalLine }
  /**
   * A logical line whose first line is indented, with nothing above to continue:
   * Postfix warns and skips it together with its own continuation lines.
   */
  | { kind: 'orphan'; logical: LogicalLine };

/** Splits text into physical lines at \n, \r\n or a lone \r, as LSP documents do. */
export function splitLines(text: string): PhysicalLine[] {
  const lines: PhysicalLine[] = [];
  let start = 0;
  let line = 0;
  const length = text.length;
  // indexOf is far faster than a loop over every character; a lone \r is rare and looked for apart.
  let cr = text.indexOf('\r');
  while (start < length) {
    let nl = text.indexOf('\n', start);
    if (nl < 0) nl = length;
    if (cr >= 0 && cr < start) cr = text.indexOf('\r', start);
    let end = nl;
    let next = nl + 1;
    if (cr >= 0 && cr < nl) {
      end = cr;
      // \r\n is one break; a lone \r ends the line by itself.
      if (cr + 1 !== nl) next = cr + 1;
    }
    lines.push({ start, end, line: line++, text: text.slice(start, end) });
    start = next;
  }
  // Text that ends with a line break ends with no further line; an empty text is one empty line.
  if (length === 0) lines.push({ start: 0, end: 0, line: 0, text: '' });
  return lines;
}

/** Space, tab, vertical tab, form feed: the blanks Postfix skips at the start of a line. */
function isBlankCode(ch: number): boolean {
  return ch === 32 || ch === 9 || ch === 11 || ch === 12;
}

export function classify(text: string): PhysicalKind {
  let i = 0;
  const length = text.length;
  while (i < length) {
    const ch = text.charCodeAt(i);
    if (!isBlankCode(ch) && ch !== 13) break;
    i++;
  }
  if (i === length) return 'blank';
  if (text.charCodeAt(i) === 35 /* # */) return 'comment';
  return i === 0 ? 'text' : 'indented';
}

/** Groups physical lines into Postfix's logical lines. */
export function readLogicalLines(text: string): LineNode[] {
  const nodes: LineNode[] = [];
  let current: LogicalLine | undefined;
  let orphan = false;
  // Comments and blanks met inside a continuation are held back: they belong
  // after the logical line unless more continuation text follows.
  let held: LineNode[] = [];
  let unordered = false;
  const flush = (): void => {
    if (current) nodes.push(orphan ? { kind: 'orphan', logical: current } : { kind: 'logical', logical: current });
    current = undefined;
    for (const node of held) nodes.push(node);
    held = [];
  };
  for (const line of splitLines(text)) {
    const kind = classify(line.text);
    if (kind === 'blank' || kind === 'comment') {
      const node: LineNode = kind === 'blank' ? { kind, line } : { kind, line };
      if (current) held.push(node);
      else nodes.push(node);
      continue;
    }
    if (kind === 'indented' && current) {
      const at = current.text.length;
      current.text += line.text;
      current.pieces.push({ at, offset: line.start, length: line.text.length });
      current.lines.push(line);
      current.end = line.end;
      // Held lines sat between pieces of this logical line; they stay nodes of their own.
      if (held.length) {
        for (const node of held) nodes.push(node);
        held = [];
        unordered = true;
      }
      continue;
    }
    flush();
    orphan = kind === 'indented';
    current = {
      start: line.start,
      end: line.end,
      text: line.text,
      lines: [line],
      pieces: [{ at: 0, offset: line.start, length: line.text.length }],
    };
  }
  flush();
  // Comments inside a continuation were emitted before their logical line; restore document order.
  return unordered ? nodes.sort((a, b) => nodeStart(a) - nodeStart(b)) : nodes;
}

function nodeStart(node: LineNode): number {
  return node.kind === 'logical' || node.kind === 'orphan' ? node.logical.start : node.line.start;
}

/** Maps an offset in a logical line's joined text to a document offset. */
export function toDocumentOffset(logical: { pieces: Piece[] }, at: number): number {
  const pieces = logical.pieces;
  let lo = 0;
  let hi = pieces.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (pieces[mid].at <= at) lo = mid;
    else hi = mid - 1;
  }
  const piece = pieces[lo];
  if (!piece) return 0;
  return piece.offset + Math.min(Math.max(at - piece.at, 0), piece.length);
}

/** Maps a range of joined text to a document span. An end at a piece boundary stays on the earlier line. */
export function toDocumentSpan(logical: { pieces: Piece[] }, start: number, end: number): Span {
  const pieces = logical.pieces;
  if (pieces.length === 1) {
    // Most logical lines are one physical line: no search needed.
    const p = pieces[0];
    const s = p.offset + Math.min(Math.max(start, 0), p.length);
    return end <= start ? { start: s, end: s } : { start: s, end: p.offset + Math.min(Math.max(end - 1, 0), p.length) + 1 };
  }
  const s = toDocumentOffset(logical, start);
  if (end <= start) return { start: s, end: s };
  return { start: s, end: toDocumentOffset(logical, end - 1) + 1 };
}

/** The one-based line number of an offset, for messages ("set on line 3"). */
export function lineNumberAt(text: string, offset: number): number {
  // One more than the breaks before the offset.
  return lowerBound(lineBreaksOf(text), offset) + 1;
}

/** The first index of a sorted array whose item is not below `value` (the array's length if none is). */
export function lowerBound<T extends number | string>(sorted: readonly T[], value: T): number {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (sorted[mid] < value) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/**
 * Where the line breaks of the text last asked about are (a \n, or a \r not followed by one):
 * messages and hovers ask for many line numbers of the same text in a row.
 */
let indexed: { text: string; breaks: number[] } | undefined;

function lineBreaksOf(text: string): number[] {
  if (indexed?.text === text) return indexed.breaks;
  const breaks: number[] = [];
  for (let i = text.indexOf('\n'), cr = text.indexOf('\r'); ; ) {
    // The next break is the nearer of the next \n and the next lone \r.
    while (cr >= 0 && cr + 1 === i) cr = text.indexOf('\r', cr + 1);
    if (i < 0 && cr < 0) break;
    if (cr >= 0 && (i < 0 || cr < i)) {
      breaks.push(cr);
      cr = text.indexOf('\r', cr + 1);
    } else {
      breaks.push(i);
      i = text.indexOf('\n', i + 1);
    }
  }
  indexed = { text, breaks };
  return breaks;
}

/** The node whose span holds the offset, in nodes sorted by start (the end of a line counts as inside it). */
export function spanAt<T extends Span>(nodes: readonly T[], offset: number): T | undefined {
  let lo = 0;
  let hi = nodes.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const n = nodes[mid];
    if (offset < n.start) hi = mid - 1;
    else if (offset > n.end) lo = mid + 1;
    else return n;
  }
  return undefined;
}

/** A comment line, as a node of a parsed file. */
export interface CommentNode extends Span {
  kind: 'comment';
  text: string;
  line: PhysicalLine;
}

/** A logical line that starts indented with nothing to continue: Postfix skips it with a warning. */
export interface OrphanNode extends Span {
  kind: 'orphan';
  logical: LogicalLine;
}

/**
 * The nodes of a file of logical lines: comments and orphans as they are, each
 * logical line through the file's own parser; blank lines leave no node.
 */
export function parseLogicalNodes<T>(text: string, parseLogical: (logical: LogicalLine) => T): Array<T | CommentNode | OrphanNode> {
  const nodes: Array<T | CommentNode | OrphanNode> = [];
  for (const node of readLogicalLines(text)) {
    switch (node.kind) {
      case 'blank':
        break;
      case 'comment':
        nodes.push({ kind: 'comment', start: node.line.start, end: node.line.end, text: node.line.text, line: node.line });
        break;
      case 'orphan':
        nodes.push({ kind: 'orphan', start: node.logical.start, end: node.logical.end, logical: node.logical });
        break;
      case 'logical':
        nodes.push(parseLogical(node.logical));
        break;
    }
  }
  return nodes;
}
