/**
 * Inlay hints (opt-in: postfix.inlayHints.expandedValues): the value a `$` reference
 * expands to, shown after it. In master.cf the service's own `-o` settings take part.
 */
import type { InlayHint, Range } from 'vscode-languageserver-types';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { EffectiveConfig } from '../analysis/effectiveConfig';
import { Locale, Localized, pick } from '../i18n/locale';
import type { MainCfModel } from '../languages/mainCf';
import type { ModeContext } from '../languages/mode';
import { Span, toDocumentSpan } from '../parser/lines';
import { entryReferences, parseMainCf } from '../parser/mainCf';
import { MasterCfDocument } from '../parser/masterCf';
import { ValueReference, findReferences } from '../parser/values';

/** Longest value shown in a hint; the tooltip has more. */
export const HINT_WIDTH = 40;

/** Longest value in a tooltip. */
export const TOOLTIP_WIDTH = 2000;

/** Characters expanded for a hint: a value from a tree of references can run to a megabyte, only its start is built. */
const PREVIEW_CHARS = 2 * TOOLTIP_WIDTH;

const LABELS = {
  undefined: { en: '(not defined)', ja: '(未定義)' },
  empty: { en: '(empty)', ja: '(空)' },
  computed: { en: '(computed from the host)', ja: '(ホストから算出)' },
  recursive: { en: '(refers to itself)', ja: '(自己参照)' },
} satisfies Record<string, Localized>;

/** The hint text for a reference: what the whole reference expands to. */
export function hintLabel(config: EffectiveConfig, ref: ValueReference, refText: string, locale: Locale): { label: string; tooltip?: string } {
  if ((ref.form === 'plain' || ref.form === 'braced' || ref.form === 'paren') && ref.name && !config.isDefined(ref.name)) {
    return { label: `= ${pick(LABELS.undefined, locale)}` };
  }
  const expansion = config.previewText(refText, PREVIEW_CHARS);
  if (expansion.tooDeep) return { label: `= ${pick(LABELS.recursive, locale)}` };
  if (expansion.computed) return { label: `= ${pick(LABELS.computed, locale)}` };
  const value = expansion.value.replace(/\s+/g, ' ').trim();
  const more = expansion.length > expansion.value.length;
  if (!value && !more) return { label: `= ${pick(LABELS.empty, locale)}` };
  if (value.length <= HINT_WIDTH && !more) return { label: `= ${value}` };
  return { label: `= ${value.slice(0, HINT_WIDTH - 1)}…`, tooltip: value.length > TOOLTIP_WIDTH || more ? `${value.slice(0, TOOLTIP_WIDTH)}…` : value };
}

/** References not nested inside another one (a conditional's branches are covered by the outer hint). */
function outermost<T extends { start: number; end: number }>(refs: readonly T[]): T[] {
  // Sorted by start, longest first, a reference is nested when an earlier one with another span reaches as far:
  // O(n log n), so a value with 100,000 references stays fast.
  const order = [...refs].sort((a, b) => a.start - b.start || b.end - a.end);
  const nested = new Set<T>();
  let reach = -1;
  for (let i = 0; i < order.length; ) {
    let j = i;
    while (j < order.length && order[j].start === order[i].start && order[j].end === order[i].end) j++;
    if (reach >= order[i].end) for (let k = i; k < j; k++) nested.add(order[k]);
    reach = Math.max(reach, order[i].end);
    i = j;
  }
  return refs.filter((r) => !nested.has(r));
}

function inRange(span: Span, range: Span): boolean {
  return span.end >= range.start && span.start <= range.end;
}

function hint(document: TextDocument, offset: number, text: { label: string; tooltip?: string }): InlayHint {
  const out: InlayHint = { position: document.positionAt(offset), label: text.label, paddingLeft: true };
  if (text.tooltip) out.tooltip = text.tooltip;
  return out;
}

export function inlayHintsMainCf(document: TextDocument, model: MainCfModel, range: Range, context: ModeContext): InlayHint[] {
  if (!context.settings.inlayHints?.expandedValues) return [];
  const want = { start: document.offsetAt(range.start), end: document.offsetAt(range.end) };
  const out: InlayHint[] = [];
  const entries = model.doc.entries;
  // Entries are in file order: start at the first one that reaches the range (the editor asks for what is on screen).
  let lo = 0;
  let hi = entries.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (entries[mid].end < want.start) lo = mid + 1;
    else hi = mid;
  }
  for (let i = lo; i < entries.length && entries[i].start <= want.end; i++) {
    const entry = entries[i];
    if (!inRange(entry, want)) continue;
    for (const ref of outermost(entryReferences(entry))) {
      if (ref.error || !inRange(ref.span, want)) continue;
      const text = entry.value.text.slice(ref.start, ref.end);
      out.push(hint(document, ref.span.end, hintLabel(model.config, ref, text, context.settings.locale)));
    }
  }
  return out;
}

export function inlayHintsMasterCf(document: TextDocument, doc: MasterCfDocument, range: Range, context: ModeContext): InlayHint[] {
  if (!context.settings.inlayHints?.expandedValues) return [];
  const want = { start: document.offsetAt(range.start), end: document.offsetAt(range.end) };
  const mainDoc = context.around.mainCf()?.doc ?? parseMainCf('');
  const out: InlayHint[] = [];
  for (const service of doc.services) {
    if (!inRange(service, want) || service.options.length === 0) continue;
    const overrides = new Map(service.options.filter((o) => o.name).map((o) => [o.name, o.value] as [string, string]));
    const config = new EffectiveConfig(mainDoc, overrides);
    for (const option of service.options) {
      for (const ref of outermost(findReferences(option.value))) {
        if (ref.error) continue;
        const span = toDocumentSpan(service.logical, option.valueAt + ref.start, option.valueAt + ref.end);
        if (!inRange(span, want)) continue;
        out.push(hint(document, span.end, hintLabel(config, ref, option.value.slice(ref.start, ref.end), context.settings.locale)));
      }
    }
  }
  return out;
}
