/**
 * main.cf as Postfix reads it: logical lines split into `name = value`.
 * Every line becomes a node, even one Postfix would refuse.
 */
import { CommentNode, LogicalLine, OrphanNode, Span, parseLogicalNodes, spanAt, toDocumentOffset, toDocumentSpan } from './lines';
import { ValueItem, ValueReference, findReferences, splitItems } from './values';

export interface ParameterValue extends Span {
  /** The value as Postfix stores it: continuation lines joined, surrounding whitespace removed. */
  text: string;
}

export interface EntryNode extends Span {
  kind: 'entry';
  name: string;
  nameSpan: Span;
  /** Document offset of the `=`. */
  equals: number;
  value: ParameterValue;
  logical: LogicalLine;
  /** Where the value starts within the logical text (offsets of items and references count from here). */
  valueAt: number;
}

/** A logical line Postfix stops on: no `=` after the name, or no name before it. */
export interface InvalidNode extends Span {
  kind: 'invalid';
  reason: 'missing-equals' | 'missing-name';
  /** The name-like text before any `=` (may be empty). */
  name: string;
  nameSpan: Span;
  logical: LogicalLine;
}

export type { CommentNode, OrphanNode };

export type MainCfNode = EntryNode | InvalidNode | CommentNode | OrphanNode;

export interface MainCfDocument {
  text: string;
  nodes: MainCfNode[];
  entries: EntryNode[];
  /** Every entry of a name, in file order; the last one is the one Postfix uses. */
  byName: Map<string, EntryNode[]>;
}

const WS = /[ \t\v\f\r]/;

export function parseMainCf(text: string): MainCfDocument {
  const nodes: MainCfNode[] = parseLogicalNodes(text, parseAssignment);
  const entries = nodes.filter((n): n is EntryNode => n.kind === 'entry');
  const byName = new Map<string, EntryNode[]>();
  for (const entry of entries) {
    const list = byName.get(entry.name);
    if (list) list.push(entry);
    else byName.set(entry.name, [entry]);
  }
  return { text, nodes, entries, byName };
}

/** Splits a logical line like Postfix's split_nameval(). */
export function parseAssignment(logical: LogicalLine): EntryNode | InvalidNode {
  const t = logical.text;
  let i = 0;
  while (i < t.length && WS.test(t[i])) i++;
  const nameStart = i;
  while (i < t.length && !WS.test(t[i]) && t[i] !== '=') i++;
  const nameEnd = i;
  const name = t.slice(nameStart, nameEnd);
  const nameSpan = toDocumentSpan(logical, nameStart, nameEnd);
  while (i < t.length && WS.test(t[i])) i++;
  if (!name || t[i] !== '=') {
    return {
      kind: 'invalid',
      reason: name ? 'missing-equals' : 'missing-name',
      name,
      nameSpan,
      logical,
      start: logical.start,
      end: logical.end,
    };
  }
  const equalsAt = i;
  i++;
  while (i < t.length && /\s/.test(t[i])) i++;
  let end = t.length;
  while (end > i && /\s/.test(t[end - 1])) end--;
  const valueSpan = end > i ? toDocumentSpan(logical, i, end) : { start: toDocumentOffset(logical, equalsAt) + 1, end: toDocumentOffset(logical, equalsAt) + 1 };
  return {
    kind: 'entry',
    name,
    nameSpan,
    equals: toDocumentOffset(logical, equalsAt),
    value: { text: t.slice(i, end), start: valueSpan.start, end: valueSpan.end },
    logical,
    valueAt: i,
    start: logical.start,
    end: logical.end,
  };
}

/** A value item or reference placed in the document. */
export interface Located<T> {
  node: T;
  span: Span;
}

/** The list items of an entry's value, with document spans. */
export function entryItems(entry: EntryNode): Array<ValueItem & { span: Span }> {
  return splitItems(entry.value.text).map((item) => ({
    ...item,
    span: toDocumentSpan(entry.logical, entry.valueAt + item.start, entry.valueAt + item.end),
  }));
}

/** The `$` references of an entry's value, with document spans of the whole reference and of the name. */
export function entryReferences(entry: EntryNode): Array<ValueReference & { span: Span; nameSpanInDoc: Span }> {
  // Several rules and features ask for the same entry in one validation: found once per entry (callers do not change it).
  let refs = referencesOfEntry.get(entry);
  if (!refs) {
    refs = findReferences(entry.value.text).map((ref) => ({
      ...ref,
      span: toDocumentSpan(entry.logical, entry.valueAt + ref.start, entry.valueAt + ref.end),
      nameSpanInDoc: toDocumentSpan(entry.logical, entry.valueAt + ref.nameStart, entry.valueAt + ref.nameEnd),
    }));
    referencesOfEntry.set(entry, refs);
  }
  return refs;
}
const referencesOfEntry = new WeakMap<EntryNode, Array<ValueReference & { span: Span; nameSpanInDoc: Span }>>();

/** Maps an offset in an entry's value text to a document offset. */
export function valueOffsetToDocument(entry: EntryNode, at: number): number {
  return toDocumentOffset(entry.logical, entry.valueAt + at);
}

/** The node whose span holds the offset (the end of a line counts as inside it). */
export function nodeAt(doc: MainCfDocument, offset: number): MainCfNode | undefined {
  return spanAt(doc.nodes, offset);
}
