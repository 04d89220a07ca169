/** Analyses several main.cf rules share, computed once per rule run. */
import { UsageAnalysis, analyzeUsage } from '../../analysis/usage';
import { MainCfContext } from '../rule';
import { EntryNode } from '../../parser/mainCf';
import { Span } from '../../parser/lines';

const usageCache = new WeakMap<MainCfContext, UsageAnalysis>();

export function usageOf(context: MainCfContext): UsageAnalysis {
  let usage = usageCache.get(context);
  if (!usage) {
    usage = analyzeUsage(context.doc, context.config, { version: context.version, master: context.master });
    usageCache.set(context, usage);
  }
  return usage;
}

/** The span that removes an entry: its logical line, continuation lines included, and the line break after it. */
export function entryLineSpan(text: string, entry: EntryNode): Span {
  let end = entry.end;
  if (text[end] === '\r') end++;
  if (text[end] === '\n') end++;
  return { start: entry.start, end };
}

/** The last entry of each name: the one Postfix uses. */
export function finalEntries(context: MainCfContext): readonly EntryNode[] {
  let entries = finalCache.get(context.doc);
  if (!entries) {
    entries = [];
    for (const list of context.doc.byName.values()) entries.push(list[list.length - 1]);
    finalCache.set(context.doc, entries);
  }
  return entries;
}
const finalCache = new WeakMap<MainCfContext['doc'], EntryNode[]>();
