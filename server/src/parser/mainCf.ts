/**
 * main.cf as Postfix reads it: logical lines split into `name = value`.
 * Every line becomes a node, even one Postfix would refuse.
 */
import { CommentNode, LogicalLine, OrphanNode, Span, parseLogicalNodes, spanAt, toDocumentOffset, toDocumentSpan } from './lines';
import { ReferenceForm, ValueItem, ValueReference, findReferences, splitItems } from './values';

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

/** The blanks split_nameval() skips around a name: space, tab, \v, \f, \r. */
function isNameBlank(ch: number): boolean {
  return ch === 32 || ch === 9 || ch === 11 || ch === 12 || ch === 13;
}

/** Whitespace trimmed around a value (JavaScript's \s, as the value has always been trimmed). */
function isValueSpace(text: string, i: number): boolean {
  const ch = text.charCodeAt(i);
  if (ch < 128) return ch === 32 || (ch >= 9 && ch <= 13);
  return /\s/.test(text[i]);
}

export function parseMainCf(text: string): MainCfDocument {
  const nodes: MainCfNode[] = parseLogicalNodes(text, parseAssignment);
  const entries: EntryNode[] = [];
  const byName = new Map<string, EntryNode[]>();
  for (const node of nodes) {
    if (node.kind !== 'entry') continue;
    entries.push(node);
    const list = byName.get(node.name);
    if (list) list.push(node);
    else byName.set(node.name, [node]);
  }
  return { text, nodes, entries, byName };
}

/** Splits a logical line like Postfix's split_nameval(). */
export function parseAssignment(logical: LogicalLine): EntryNode | InvalidNode {
  const t = logical.text;
  const length = t.length;
  let i = 0;
  while (i < length && isNameBlank(t.charCodeAt(i))) i++;
  const nameStart = i;
  while (i < length) {
    const ch = t.charCodeAt(i);
    if (isNameBlank(ch) || ch === 61 /* = */) break;
    i++;
  }
  const nameEnd = i;
  const name = t.slice(nameStart, nameEnd);
  const nameSpan = toDocumentSpan(logical, nameStart, nameEnd);
  while (i < length && isNameBlank(t.charCodeAt(i))) i++;
  if (!name || t.charCodeAt(i) !== 61) {
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
  while (i < length && isValueSpace(t, i)) i++;
  let end = length;
  while (end > i && isValueSpace(t, end - 1)) end--;
  const equals = toDocumentOffset(logical, equalsAt);
  const valueSpan = end > i ? toDocumentSpan(logical, i, end) : { start: equals + 1, end: equals + 1 };
  return {
    kind: 'entry',
    name,
    nameSpan,
    equals,
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

/** A `$` reference of an entry's value; its document spans are worked out when asked for. */
export class EntryReference implements ValueReference {
  readonly name: string;
  readonly nameStart: number;
  readonly nameEnd: number;
  readonly start: number;
  readonly end: number;
  readonly form: ReferenceForm;
  readonly error?: ValueReference['error'];
  constructor(
    private readonly entry: EntryNode,
    ref: ValueReference,
  ) {
    this.name = ref.name;
    this.nameStart = ref.nameStart;
    this.nameEnd = ref.nameEnd;
    this.start = ref.start;
    this.end = ref.end;
    this.form = ref.form;
    this.error = ref.error;
  }
  /** The whole reference in the document. */
  get span(): Span {
    return toDocumentSpan(this.entry.logical, this.entry.valueAt + this.start, this.entry.valueAt + this.end);
  }
  /** The name inside the reference, in the document. */
  get nameSpanInDoc(): Span {
    return toDocumentSpan(this.entry.logical, this.entry.valueAt + this.nameStart, this.entry.valueAt + this.nameEnd);
  }
}

/** The `$` references of an entry's value, with document spans of the whole reference and of the name. */
export function entryReferences(entry: EntryNode): readonly EntryReference[] {
  if (!entry.value.text.includes('$')) return NO_REFERENCES;
  // Several rules and features ask for the same entry in one validation: found once per entry (callers do not change it).
  let refs = referencesOfEntry.get(entry);
  if (!refs) {
    refs = findReferences(entry.value.text).map((ref) => new EntryReference(entry, ref));
    referencesOfEntry.set(entry, refs);
  }
  return refs;
}
const NO_REFERENCES: readonly EntryReference[] = Object.freeze([]);
const referencesOfEntry = new WeakMap<EntryNode, readonly EntryReference[]>();

/** Maps an offset in an entry's value text to a document offset. */
export function valueOffsetToDocument(entry: EntryNode, at: number): number {
  return toDocumentOffset(entry.logical, entry.valueAt + at);
}

/** The node whose span holds the offset (the end of a line counts as inside it). */
export function nodeAt(doc: MainCfDocument, offset: number): MainCfNode | undefined {
  return spanAt(doc.nodes, offset);
}
