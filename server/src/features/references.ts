/**
 * Where a parameter name occurs in a main.cf and the master.cf beside it: its
 * entries, every `$name` reference (all forms, nested ones too), master.cf `-o`
 * settings of it, and, for a restriction class, every list that names the class.
 * Shared by go to definition, find references and rename.
 */
import type { Location, Position, Range } from 'vscode-languageserver-types';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { RESTRICTION_LISTS, analyzeRestrictions } from '../analysis/restrictionLists';
import { catalogVersion } from '../knowledge/parameters';
import { getRestriction } from '../knowledge/restrictions';
import type { MainCfModel } from '../languages/mainCf';
import type { ModeContext } from '../languages/mode';
import { Span, toDocumentSpan } from '../parser/lines';
import { EntryNode, entryItems, entryReferences, nodeAt } from '../parser/mainCf';
import { MasterCfDocument, MasterOption, ServiceNode } from '../parser/masterCf';
import { findReferences, splitItems } from '../parser/values';

/** What an occurrence is. */
export type OccurrenceKind =
  /** `name = value` in main.cf. */
  | 'definition'
  /** `$name`, `${name}`, `$(name)` or a conditional form. */
  | 'reference'
  /** A restriction class named in a restriction list or in smtpd_restriction_classes. */
  | 'class'
  /** `-o name=value` in master.cf. */
  | 'override';

export interface Occurrence {
  name: string;
  span: Span;
  kind: OccurrenceKind;
}

/** Converts offsets of any text (a sibling file) to LSP positions, as TextDocument does. */
export class TextPositions {
  private readonly starts: number[] = [0];
  constructor(readonly text: string) {
    for (let i = 0; i < text.length; i++) {
      const ch = text.charCodeAt(i);
      if (ch === 13 && text.charCodeAt(i + 1) === 10) i++;
      if (ch === 10 || ch === 13) this.starts.push(i + 1);
    }
  }
  position(offset: number): Position {
    const at = Math.max(0, Math.min(offset, this.text.length));
    let lo = 0;
    let hi = this.starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (this.starts[mid] <= at) lo = mid;
      else hi = mid - 1;
    }
    return { line: lo, character: at - this.starts[lo] };
  }
  range(span: Span): Range {
    return { start: this.position(span.start), end: this.position(span.end) };
  }
}

/** The uri of a file in the same folder as `uri`. */
export function siblingUri(uri: string, fileName: string): string {
  return uri.slice(0, uri.lastIndexOf('/') + 1) + fileName;
}

/** The restriction classes smtpd_restriction_classes declares (whether or not they are defined). */
export function declaredClasses(model: MainCfModel | undefined, context: ModeContext): Set<string> {
  if (!model) return new Set();
  const analysis = analyzeRestrictions(model.config, catalogVersion(context.settings.version));
  return new Set(analysis.declarations.map((d) => d.name).filter((n) => /^[A-Za-z0-9_]+$/.test(n)));
}

const LIST_PARAMETERS: ReadonlySet<string> = new Set(RESTRICTION_LISTS.map((l) => l.param));

/** Whether a parameter's value is a restriction list, or the class declaration list, where class names appear bare. */
export function namesClasses(parameter: string, classes: ReadonlySet<string>): boolean {
  return LIST_PARAMETERS.has(parameter) || parameter === 'smtpd_restriction_classes' || classes.has(parameter);
}

/** Every occurrence of `name` in a main.cf. */
export function mainCfOccurrences(model: MainCfModel, name: string, classes: ReadonlySet<string>): Occurrence[] {
  const out: Occurrence[] = [];
  for (const entry of model.doc.entries) {
    if (entry.name === name) out.push({ name, span: entry.nameSpan, kind: 'definition' });
    for (const ref of entryReferences(entry)) {
      if (ref.name === name) out.push({ name, span: ref.nameSpanInDoc, kind: 'reference' });
    }
    if (classes.has(name) && namesClasses(entry.name, classes)) {
      for (const item of entryItems(entry)) if (item.text === name) out.push({ name, span: item.span, kind: 'class' });
    }
  }
  return out.sort((a, b) => a.span.start - b.span.start);
}

/** Every occurrence of `name` in `-o` options of a master.cf. */
export function masterCfOccurrences(doc: MasterCfDocument, name: string, classes: ReadonlySet<string>): Occurrence[] {
  const out: Occurrence[] = [];
  for (const service of doc.services) {
    for (const option of service.options) {
      if (option.name === name) out.push({ name, span: option.nameSpan, kind: 'override' });
      for (const ref of optionReferences(service, option)) if (ref.name === name) out.push(ref);
      if (classes.has(name) && namesClasses(option.name, classes)) {
        for (const item of optionItems(service, option)) if (item.name === name) out.push({ ...item, kind: 'class' });
      }
    }
  }
  return out.sort((a, b) => a.span.start - b.span.start);
}

/** The `$` references in an `-o` value, placed in the document. */
export function optionReferences(service: ServiceNode, option: MasterOption): Occurrence[] {
  if (!option.value) return [];
  return findReferences(option.value)
    .filter((ref) => ref.name)
    .map((ref) => ({
      name: ref.name,
      span: toDocumentSpan(service.logical, option.valueAt + ref.nameStart, option.valueAt + ref.nameEnd),
      kind: 'reference' as const,
    }));
}

/** The list items of an `-o` value, placed in the document. */
export function optionItems(service: ServiceNode, option: MasterOption): Array<{ name: string; span: Span }> {
  return splitItems(option.value).map((item) => ({
    name: item.text,
    span: toDocumentSpan(service.logical, option.valueAt + item.start, option.valueAt + item.end),
  }));
}

const within = (offset: number, span: Span): boolean => offset >= span.start && offset <= span.end;

/** The name under the cursor in a main.cf, with where it is written. */
export function mainCfNameAt(model: MainCfModel, offset: number, classes: ReadonlySet<string>): Occurrence | undefined {
  const node = nodeAt(model.doc, offset);
  if (!node || node.kind !== 'entry') return undefined;
  if (within(offset, node.nameSpan)) return { name: node.name, span: node.nameSpan, kind: 'definition' };
  return referenceAt(node, offset) ?? classWordAt(model, node, offset, classes);
}

function referenceAt(entry: EntryNode, offset: number): Occurrence | undefined {
  const refs = entryReferences(entry).filter((r) => r.name);
  // The innermost reference whose name holds the cursor; else the one whose `$` it sits on.
  const hit = refs.find((r) => within(offset, r.nameSpanInDoc)) ?? refs.find((r) => offset === r.span.start);
  return hit ? { name: hit.name, span: hit.nameSpanInDoc, kind: 'reference' } : undefined;
}

function classWordAt(model: MainCfModel, entry: EntryNode, offset: number, classes: ReadonlySet<string>): Occurrence | undefined {
  if (!namesClasses(entry.name, classes)) return undefined;
  const item = entryItems(entry).find((i) => within(offset, i.span));
  if (!item || !/^[A-Za-z0-9_]+$/.test(item.text)) return undefined;
  // A word names a class when it is declared, or when it is a parameter of this file that no built-in restriction shadows.
  if (classes.has(item.text) || (model.doc.byName.has(item.text) && !getRestriction(item.text.toLowerCase()))) {
    return { name: item.text, span: item.span, kind: 'class' };
  }
  return undefined;
}

/** The service whose logical line holds the offset. */
export function serviceAt(doc: MasterCfDocument, offset: number): ServiceNode | undefined {
  return doc.services.find((s) => offset >= s.start && offset <= s.end);
}

/** The name under the cursor in a master.cf `-o` option. */
export function masterCfNameAt(doc: MasterCfDocument, offset: number, classes: ReadonlySet<string>, main: MainCfModel | undefined): Occurrence | undefined {
  const service = serviceAt(doc, offset);
  if (!service) return undefined;
  for (const option of service.options) {
    if (option.name && within(offset, option.nameSpan)) return { name: option.name, span: option.nameSpan, kind: 'override' };
    const ref = optionReferences(service, option).find((r) => within(offset, r.span));
    if (ref) return ref;
    if (namesClasses(option.name, classes)) {
      const item = optionItems(service, option).find((i) => within(offset, i.span));
      if (item && /^[A-Za-z0-9_]+$/.test(item.name) && (classes.has(item.name) || (main?.doc.byName.has(item.name) && !getRestriction(item.name.toLowerCase())))) {
        return { name: item.name, span: item.span, kind: 'class' };
      }
    }
  }
  return undefined;
}

/** Occurrences of a name in both files of the pair, as locations. */
export interface PairOccurrences {
  main?: { uri: string; positions: TextPositions; occurrences: Occurrence[] };
  master?: { uri: string; positions: TextPositions; occurrences: Occurrence[] };
}

/** Finds `name` in the main.cf and master.cf of the pair the document belongs to. */
export function pairOccurrences(
  document: TextDocument,
  side: 'main' | 'master',
  name: string,
  main: MainCfModel | undefined,
  master: MasterCfDocument | undefined,
  context: ModeContext,
): PairOccurrences {
  const isMain = side === 'main';
  const classes = declaredClasses(main, context);
  const out: PairOccurrences = {};
  if (main) {
    const uri = isMain ? document.uri : siblingUri(document.uri, 'main.cf');
    out.main = { uri, positions: new TextPositions(main.doc.text), occurrences: mainCfOccurrences(main, name, classes) };
  }
  if (master) {
    const uri = isMain ? siblingUri(document.uri, 'master.cf') : document.uri;
    out.master = { uri, positions: new TextPositions(master.text), occurrences: masterCfOccurrences(master, name, classes) };
  }
  return out;
}

function toLocations(pair: PairOccurrences, keep: (o: Occurrence) => boolean): Location[] {
  const out: Location[] = [];
  for (const side of [pair.main, pair.master]) {
    if (!side) continue;
    for (const o of side.occurrences) if (keep(o)) out.push({ uri: side.uri, range: side.positions.range(o.span) });
  }
  return out;
}

const isDeclaration = (o: Occurrence): boolean => o.kind === 'definition' || o.kind === 'override';

/** Find references in a main.cf: this file and the master.cf beside it. */
export function referencesMainCf(document: TextDocument, model: MainCfModel, offset: number, includeDeclaration: boolean, context: ModeContext): Location[] {
  const target = mainCfNameAt(model, offset, declaredClasses(model, context));
  if (!target) return [];
  const pair = pairOccurrences(document, 'main', target.name, model, context.around.masterCf(), context);
  return toLocations(pair, (o) => includeDeclaration || !isDeclaration(o));
}

/** Find references from a master.cf: its `-o` options and the main.cf beside it. */
export function referencesMasterCf(document: TextDocument, doc: MasterCfDocument, offset: number, includeDeclaration: boolean, context: ModeContext): Location[] {
  const main = context.around.mainCf();
  const target = masterCfNameAt(doc, offset, declaredClasses(main, context), main);
  if (!target) return [];
  const pair = pairOccurrences(document, 'master', target.name, main, doc, context);
  return toLocations(pair, (o) => includeDeclaration || !isDeclaration(o));
}
