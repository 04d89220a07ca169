/**
 * Document links for main.cf and master.cf:
 *   - every parameter name (main.cf entries, master.cf `-o name=`) links to its postconf(5) entry;
 *   - every table file named as `type:/path` (postmap sources, cidr/regexp/pcre/texthash files, and
 *     the configuration files of mysql/pgsql/ldap/sqlite/memcache/mongodb tables) opens that file.
 *
 * Targets are only ever https://www.postfix.org/postconf.5.html#name for a name of letters, digits
 * and underscores, or a file: URI built from an absolute path with every segment percent-encoded.
 * `$name` references in a path are expanded with the main.cf in effect; a path that still holds
 * a `$`, or is relative, gets no link.
 */
import type { DocumentLink } from 'vscode-languageserver-types';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { Locale } from '../i18n/locale';
import { getParameter } from '../knowledge/parameters';
import { Span, toDocumentSpan } from '../parser/lines';
import { entryItems } from '../parser/mainCf';
import { MasterCfDocument } from '../parser/masterCf';
import { splitItems } from '../parser/values';
import type { MainCfModel } from '../languages/mainCf';
import { toRange } from './diagnostics';
import { CONFIG_FILE_TABLE_TYPES, FILE_TABLE_TYPES, fileUri, referencesInItem } from './table/references';

export const POSTCONF_PAGE = 'https://www.postfix.org/postconf.5.html';

const LINKED_TYPES = new Set([...FILE_TABLE_TYPES, ...CONFIG_FILE_TABLE_TYPES]);

/** The postconf(5) anchor of a parameter Postfix documents, or undefined. */
export function postconfUrl(name: string): string | undefined {
  if (!/^[A-Za-z0-9_]+$/.test(name) || !getParameter(name)) return undefined;
  return `${POSTCONF_PAGE}#${name}`;
}

const TOOLTIPS = {
  parameter: { en: 'postconf(5): {0}', ja: 'postconf(5): {0}' },
  table: { en: 'Open the {0} table file', ja: '{0} テーブルのファイルを開く' },
  config: { en: 'Open the {0} client configuration file', ja: '{0} クライアントの設定ファイルを開く' },
};

function tooltip(kind: keyof typeof TOOLTIPS, arg: string, locale: Locale): string {
  const t = TOOLTIPS[kind];
  return (locale === 'ja' ? t.ja : t.en).replace('{0}', arg);
}

/** Expands `$name` references in a path with the main.cf in effect (when there is one). */
function expandPath(name: string, main: MainCfModel | undefined): string | undefined {
  if (!name.includes('$')) return name;
  if (!main) return undefined;
  const expanded = main.config.expandText(name);
  return expanded.computed || expanded.tooDeep ? undefined : expanded.value;
}

/** Links for the tables in one list item, whose text starts at `at` in the value text. */
function tableLinks(
  document: TextDocument,
  item: { text: string; start: number },
  toSpan: (start: number, end: number) => Span,
  main: MainCfModel | undefined,
  locale: Locale,
): DocumentLink[] {
  const links: DocumentLink[] = [];
  for (const ref of referencesInItem(item.text, item.start)) {
    if (!LINKED_TYPES.has(ref.type)) continue;
    const path = expandPath(ref.name, main);
    const target = path === undefined ? undefined : fileUri(path);
    if (!target) continue;
    const kind = CONFIG_FILE_TABLE_TYPES.includes(ref.type) ? 'config' : 'table';
    links.push({ range: toRange(document, toSpan(ref.nameStart, ref.nameEnd)), target, tooltip: tooltip(kind, `${ref.type}:`, locale) });
  }
  return links;
}

/** Links in a main.cf. */
export function mainCfLinks(document: TextDocument, model: MainCfModel, locale: Locale = 'en'): DocumentLink[] {
  const links: DocumentLink[] = [];
  for (const entry of model.doc.entries) {
    const url = postconfUrl(entry.name);
    if (url) links.push({ range: toRange(document, entry.nameSpan), target: url, tooltip: tooltip('parameter', entry.name, locale) });
    if (!entry.value.text.includes(':')) continue;
    for (const item of entryItems(entry)) {
      const toSpan = (s: number, e: number): Span => toDocumentSpan(entry.logical, entry.valueAt + s, entry.valueAt + e);
      links.push(...tableLinks(document, { text: item.text, start: item.start }, toSpan, model, locale));
    }
  }
  return links;
}

/** Links in a master.cf: `-o` parameter names and the tables in `-o` values. */
export function masterCfLinks(document: TextDocument, doc: MasterCfDocument, main: MainCfModel | undefined, locale: Locale = 'en'): DocumentLink[] {
  const links: DocumentLink[] = [];
  for (const service of doc.services) {
    for (const option of service.options) {
      const url = option.name ? postconfUrl(option.name) : undefined;
      if (url && option.nameSpan.end > option.nameSpan.start) {
        links.push({ range: toRange(document, option.nameSpan), target: url, tooltip: tooltip('parameter', option.name, locale) });
      }
      if (!option.value.includes(':')) continue;
      const toSpan = (s: number, e: number): Span => toDocumentSpan(service.logical, option.valueAt + s, option.valueAt + e);
      for (const item of splitItems(option.value)) links.push(...tableLinks(document, item, toSpan, main, locale));
    }
  }
  return links;
}
