/**
 * Hovers on the type of a lookup table in a value (`hash` in hash:/etc/postfix/access, `proxy` and
 * `mysql` in proxy:mysql:/etc/postfix/db.cf): what the type reads, whether it needs postmap, and for
 * proxy: whether proxymap will serve the inner table with the proxy_read_maps in effect.
 */
import { pick } from '../../i18n/locale';
import { MessageId, t } from '../../i18n/messages';
import { getParameter } from '../../knowledge/parameters';
import { TableTypeDoc, tableTypes } from '../../knowledge/tableTypes';
import { EntryNode, entryItems } from '../../parser/mainCf';
import { toDocumentSpan } from '../../parser/lines';
import { splitItems } from '../../parser/values';
import { inlineCode } from '../markdown';
import { HoverContext, HoverPart, RULE, blocks, prose, touches } from './common';

/** One table type written in a value item. Offsets are into the item text. */
export interface TableSegment {
  type: string;
  start: number;
  end: number;
  /** The whole table from this type on, e.g. "hash:/etc/postfix/access". */
  table: string;
}

const TYPE_PREFIX = /^([A-Za-z0-9_]+):/;

/**
 * The table types written in a value item, outermost first: `proxy` then the table it wraps, and the
 * tables inside unionmap:{...} / pipemap:{...}. `unix:` counts only for its two tables, since
 * `unix:private/policy` and `unix:/run/milter.sock` name sockets.
 */
export function tableSegments(text: string, at = 0, depth = 0): TableSegment[] {
  const out: TableSegment[] = [];
  const m = TYPE_PREFIX.exec(text);
  if (!m || depth > 20) return out;
  const type = m[1];
  if (!Object.prototype.hasOwnProperty.call(tableTypes, type)) return out;
  if (type === 'unix' && !/^unix:(passwd|group)\.byname$/.test(text)) return out;
  out.push({ type, start: at, end: at + type.length, table: text });
  const restAt = m[0].length;
  const rest = text.slice(restAt);
  if (type === 'proxy') {
    out.push(...tableSegments(rest, at + restAt, depth + 1));
  } else if ((type === 'unionmap' || type === 'pipemap') && rest.startsWith('{')) {
    const close = rest.lastIndexOf('}');
    const inner = close > 0 ? rest.slice(1, close) : rest.slice(1);
    for (const item of splitItems(inner)) out.push(...tableSegments(item.text, at + restAt + 1 + item.start, depth + 1));
  }
  return out;
}

/** The tables proxymap approves: proxy:type:name items of the list, without their proxy: prefixes. */
export function approvedTables(list: string): Set<string> {
  const out = new Set<string>();
  for (let word of list.split(/[, \t\r\n]+/)) {
    if (!word.startsWith('proxy:')) continue;
    while (word.startsWith('proxy:')) word = word.slice('proxy:'.length);
    if (word.includes(':')) out.add(word);
  }
  return out;
}

/** The parameters whose proxy: tables are updated, so proxywrite (proxy_write_maps) serves them. */
function writeMapsParameter(name: string): boolean {
  const def = getParameter('proxy_write_maps')?.default ?? '';
  return [...def.matchAll(/\$\{?([A-Za-z0-9_]+)/g)].some((m) => m[1] === name);
}

function proxyLine(segment: TableSegment, entry: EntryNode, ctx: HoverContext): string | undefined {
  let inner = ctx.model.config.expandText(segment.table).value.trim();
  while (inner.startsWith('proxy:')) inner = inner.slice('proxy:'.length);
  if (!inner.includes(':')) return undefined;
  const listName = writeMapsParameter(entry.name) ? 'proxy_write_maps' : 'proxy_read_maps';
  const approved = approvedTables(ctx.model.config.expand(listName).value);
  return approved.has(inner)
    ? t('hover.table.proxyOk', ctx.locale, inlineCode(inner), listName)
    : t('hover.table.proxyMissing', ctx.locale, inlineCode(inner), listName);
}

function postmapLine(doc: TableTypeDoc, entry: EntryNode, ctx: HoverContext): string {
  if (!doc.needsPostmap) return t('hover.table.noPostmap', ctx.locale);
  const files = (doc.fileSuffixes ?? []).map((s) => inlineCode(`name${s}`)).join(' + ');
  const aliases = entry.name === 'alias_maps' || entry.name === 'alias_database';
  return t(aliases ? 'hover.table.postalias' : 'hover.table.postmap', ctx.locale, files);
}

export function tableMarkdown(segment: TableSegment, entry: EntryNode, ctx: HoverContext): string {
  const locale = ctx.locale;
  const doc = tableTypes[segment.type];
  const facts = [
    `- ${t(`hover.table.source.${doc.source}` as MessageId, locale)}`,
    `- ${postmapLine(doc, entry, ctx)}`,
    `- ${doc.since ? t('hover.since', locale, doc.since) : t('hover.sinceOld', locale)}`,
  ];
  if (doc.debianPackage) facts.push(`- ${t('hover.table.debian', locale, inlineCode(doc.debianPackage))}`);
  const proxy = segment.type === 'proxy' ? proxyLine(segment, entry, ctx) : undefined;
  if (proxy) facts.push(`- **${proxy}**`);
  return blocks([
    `**${inlineCode(segment.type)}** — ${t('hover.table', locale)}: ${prose(pick(doc.summary, locale))}`,
    facts.join('\n'),
    doc.notes && RULE,
    doc.notes && prose(pick(doc.notes, locale)),
  ]);
}

/** The table type under the cursor, if any. */
export function tableHover(entry: EntryNode, offset: number, ctx: HoverContext): HoverPart | undefined {
  for (const item of entryItems(entry)) {
    if (!touches(item.span, offset)) continue;
    for (const segment of tableSegments(item.text)) {
      const span = toDocumentSpan(entry.logical, entry.valueAt + item.start + segment.start, entry.valueAt + item.start + segment.end);
      if (touches(span, offset)) return { span, markdown: tableMarkdown(segment, entry, ctx) };
    }
  }
  return undefined;
}
