/**
 * Completion for main.cf and master.cf.
 *
 * main.cf: parameter names where a line starts (inserting `name = ` with the default as a
 * snippet choice); in values, by what the parameter takes: `$name` of every built-in or
 * defined parameter, yes/no, enumerated keywords, restrictions that fit the list's stage
 * (legacy ones last, tagged deprecated), restriction classes, lookup table types as
 * `type:` and file paths after them, time units, SMTP reply codes in `*_code` parameters.
 * master.cf: parameter names after `-o`, and the same value completion after `-o name=`.
 * Lists of names (900 built-in ones, and a file can define 100,000) are narrowed to the
 * NAME_ITEMS the typed word matches best and marked incomplete; documentation of names and
 * restrictions comes with completionItem/resolve.
 * Folders are listed only through the host (ModeContext.listDirectory); nothing here touches the disk.
 */
import type { Command, CompletionItem, CompletionList, MarkupContent } from 'vscode-languageserver-types';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { EffectiveConfig } from '../analysis/effectiveConfig';
import { RESTRICTION_LISTS, analyzeRestrictions, isRemovedIn, stagesActingIn } from '../analysis/restrictionLists';
import { Locale, pick } from '../i18n/locale';
import { MessageId, t } from '../i18n/messages';
import { resolveCompatibilityDefault, timeUnit } from '../knowledge/defaults';
import { ParameterInfo, allParameters, catalogVersion, getParameter } from '../knowledge/parameters';
import { restrictionDocs } from '../knowledge/restrictionDocs';
import { RestrictionInfo, Stage, allRestrictions, getRestriction } from '../knowledge/restrictions';
import { replyCodes } from '../knowledge/smtpCodes';
import { parameterSummary } from '../knowledge/summaries';
import { tableTypes } from '../knowledge/tableTypes';
import { valueDocs } from '../knowledge/valueDocs';
import type { MainCfModel } from '../languages/mainCf';
import type { ModeContext } from '../languages/mode';
import { LogicalLine, lowerBound, toDocumentOffset } from '../parser/lines';
import { MainCfDocument, nodeAt, parseMainCf } from '../parser/mainCf';
import { MasterCfDocument } from '../parser/masterCf';
import { LanguageSettings } from '../settings';
import { parameterUrl } from './hover';
import { VALUE_PREVIEW_CHARS, VALUE_SHOWN_CHARS } from './hover/parameter';
import { inlineCode } from './markdown';
import { declaredClasses, namesClasses, serviceAt } from './references';

const Kind = {
  Function: 3,
  Variable: 6,
  Class: 7,
  Module: 9,
  Property: 10,
  Unit: 11,
  Value: 12,
  File: 17,
  Folder: 19,
  EnumMember: 20,
  Constant: 21,
} as const;
const InsertTextFormat = { PlainText: 1, Snippet: 2 } as const;
const CompletionItemTag = { Deprecated: 1 } as const;

/** Asks the editor to open the suggestions again (after `type:`, a folder, `-o name=`). */
export const RETRIGGER: Command = { title: 'Suggest', command: 'editor.action.triggerSuggest' };

/** Most folder entries offered at once. */
const MAX_FILES = 500;

const EMPTY: CompletionList = { isIncomplete: false, items: [] };

const TEXT = {
  default: { en: 'default', ja: 'デフォルト' },
  legacy: { en: 'legacy name: use {0}', ja: '旧名: {0} を使ってください' },
  legacyNoReplacement: { en: 'legacy name', ja: '旧名' },
  restriction: { en: '{0} restriction', ja: '{0} 段階の制限' },
  argumentTable: { en: 'Takes a lookup table as its argument: `{0} type:table`.', ja: '引数に検索テーブルを取ります: `{0} type:table`。' },
  argumentDomain: { en: 'Takes a DNS list domain as its argument.', ja: '引数に DNS リストのドメインを取ります。' },
  argumentService: { en: 'Takes a policy service as its argument (inet:host:port or unix:path).', ja: '引数にポリシーサービス (inet:host:port または unix:path) を取ります。' },
  argumentSeconds: { en: 'Takes a number of seconds as its argument.', ja: '引数に秒数を取ります。' },
  restrictionClass: { en: 'restriction class', ja: '制限クラス' },
  tableType: { en: 'lookup table type', ja: '検索テーブルの型' },
  postmap: { en: 'run postmap after editing the source file', ja: '元ファイルの編集後に postmap が必要' },
  since: { en: 'since Postfix {0}', ja: 'Postfix {0} から' },
  bareNumber: { en: 'A number without a unit is read as {0} for this parameter.', ja: 'このパラメータでは単位のない数字は{0}として読まれます。' },
  userDefined: { en: 'defined in main.cf', ja: 'main.cf で定義' },
  configDirectory: { en: 'the Postfix configuration folder', ja: 'Postfix の設定フォルダ' },
} as const;

function say(id: keyof typeof TEXT, locale: Locale, ...args: string[]): string {
  return args.reduce((text, arg, i) => text.split(`{${i}}`).join(arg), pick(TEXT[id], locale));
}

function markdown(value: string): MarkupContent {
  return { kind: 'markdown', value };
}

/** Escapes text for a snippet choice `${1|a,b|}`. */
export function escapeChoice(text: string): string {
  return text.replace(/[\\$}|,]/g, (ch) => `\\${ch}`);
}

// ---------------------------------------------------------------------------------------------
// Parameter names

/** The values a parameter's snippet offers: the default first, then the other keywords. */
function choicesFor(info: ParameterInfo, level: string): string[] {
  const choices: string[] = [];
  if (info.default !== '(computed)') {
    const def = resolveCompatibilityDefault(info.default, level).value;
    if (def !== '') choices.push(def);
  }
  if (info.type === 'bool' || info.type === 'nbool') choices.push('yes', 'no');
  for (const key of Object.keys(valueDocs[info.name] ?? {})) if (key !== '' && !key.includes(',')) choices.push(key);
  return [...new Set(choices)];
}

function defaultText(info: ParameterInfo, level: string, locale: Locale): string {
  if (info.default === '(computed)') return t('hover.computed', locale);
  const def = resolveCompatibilityDefault(info.default, level).value;
  return def === '' ? t('hover.empty', locale) : def;
}

function parameterDocumentation(info: ParameterInfo, level: string, locale: Locale): MarkupContent {
  const summary = parameterSummary(info.name);
  const parts: string[] = [];
  if (summary) parts.push(summary);
  const def = info.default === '(computed)' ? t('hover.computed', locale) : inlineCode(defaultText(info, level, locale));
  parts.push(`${t('hover.default', locale)}: ${def}`);
  parts.push(`[postconf(5)](${parameterUrl(info.name)})`);
  return markdown(parts.join('\n\n'));
}

/** What completionItem/resolve needs to add a parameter's documentation later. */
interface ParameterItemData {
  postfixParameter: string;
  level: string;
  locale: Locale;
}

function parameterData(name: string, level: string, locale: Locale): ParameterItemData {
  return { postfixParameter: name, level, locale };
}

/** What completionItem/resolve needs to add a restriction's documentation later. */
interface RestrictionItemData {
  postfixRestriction: string;
  locale: Locale;
}

/**
 * Fills in the documentation of a parameter or restriction item. They are offered by the
 * hundred, so their documentation is built (and sent) only for the item the user looks at.
 */
export function resolveCompletionItem(item: CompletionItem): CompletionItem {
  const data = item.data as Partial<ParameterItemData & RestrictionItemData> | undefined;
  if (!data || typeof data !== 'object' || item.documentation) return item;
  const locale: Locale = data.locale === 'ja' ? 'ja' : 'en';
  if (typeof data.postfixParameter === 'string') {
    const info = getParameter(data.postfixParameter);
    if (!info) return item;
    return { ...item, documentation: parameterDocumentation(info, typeof data.level === 'string' ? data.level : '0', locale) };
  }
  if (typeof data.postfixRestriction === 'string') {
    const info = getRestriction(data.postfixRestriction);
    if (!info) return item;
    return { ...item, documentation: restrictionDocumentation(info, locale) };
  }
  return item;
}

/** More items than this are narrowed to what the typed word could still become, and marked incomplete. */
export const MAX_COMPLETION_ITEMS = 1000;

/** Whether the letters of `typed` appear in `text` in order (how editors match completions). */
function subsequence(typed: string, text: string): boolean {
  let i = 0;
  const t = text.toLowerCase();
  for (const ch of typed.toLowerCase()) {
    i = t.indexOf(ch, i);
    if (i < 0) return false;
    i++;
  }
  return true;
}

/**
 * Keeps a completion answer small: beyond MAX_COMPLETION_ITEMS, only items the typed word can
 * still match are sent, the list is cut, and the editor asks again as the user types.
 */
export function capCompletions(document: TextDocument, offset: number, list: CompletionList): CompletionList {
  if (list.items.length <= MAX_COMPLETION_ITEMS) return list;
  const edit = list.items[0].textEdit;
  const start = edit && 'range' in edit ? document.offsetAt(edit.range.start) : offset;
  const typed = document.getText().slice(Math.min(start, offset), offset).replace(/^[${(]+/, '');
  const items = list.items.filter((i) => subsequence(typed, i.filterText ?? i.label)).sort((a, b) => ((a.sortText ?? a.label) < (b.sortText ?? b.label) ? -1 : 1));
  return { isIncomplete: true, items: items.slice(0, MAX_COMPLETION_ITEMS) };
}

function builtinNames(version: string): ParameterInfo[] {
  return [...allParameters()].filter((info) => info.builtin && info.versions.includes(version));
}

// ---------------------------------------------------------------------------------------------
// Long lists of names

/**
 * Most parameter names (plain or as `$name`) one answer carries. Postfix has some 900 built-in
 * names and a generated main.cf can define 100,000 more: the whole list would take longer to send
 * than the editor takes to filter it. Longer lists keep the names the typed word matches best and
 * are marked incomplete, so the editor asks again as the user types.
 */
export const NAME_ITEMS = 50;

/**
 * Names of the file are matched anywhere in the name (as editors match) while the file defines at
 * most this many; in a larger file only names that start with the typed word are looked up.
 */
export const SCANNED_NAMES = 2000;

/** Names in ascending order of their lower case (`lower[i]` is `names[i]` in lower case), for prefix search. */
interface SortedNames {
  names: string[];
  lower: string[];
}

const NAME = /^[A-Za-z0-9_]+$/;

function sortNames(names: Iterable<string>): SortedNames {
  // One native sort of plain strings; a name with capitals carries its own spelling after a NUL.
  const keys: string[] = [];
  for (const name of names) {
    if (!NAME.test(name)) continue;
    const lower = name.toLowerCase();
    keys.push(lower === name ? name : `${lower}\u0000${name}`);
  }
  keys.sort();
  const sorted: SortedNames = { names: new Array<string>(keys.length), lower: new Array<string>(keys.length) };
  keys.forEach((key, i) => {
    const nul = key.indexOf('\u0000');
    sorted.lower[i] = nul < 0 ? key : key.slice(0, nul);
    sorted.names[i] = nul < 0 ? key : key.slice(nul + 1);
  });
  return sorted;
}

/** The names a parsed main.cf defines, sorted once per parse. */
const namesOfDocument = new WeakMap<MainCfDocument, SortedNames>();

/**
 * The names of the last file sorted, in file order. A keystroke in a value parses the file anew
 * but leaves its names as they were: comparing them costs far less than sorting them again.
 */
let lastSorted: { keys: string[]; sorted: SortedNames } | undefined;

function documentNames(doc: MainCfDocument): SortedNames {
  let sorted = namesOfDocument.get(doc);
  if (sorted) return sorted;
  if (lastSorted && sameKeys(doc.byName, lastSorted.keys)) sorted = lastSorted.sorted;
  else {
    sorted = sortNames(doc.byName.keys());
    lastSorted = { keys: [...doc.byName.keys()], sorted };
  }
  namesOfDocument.set(doc, sorted);
  return sorted;
}

function sameKeys(map: ReadonlyMap<string, unknown>, keys: readonly string[]): boolean {
  if (map.size !== keys.length) return false;
  let i = 0;
  for (const key of map.keys()) if (key !== keys[i++]) return false;
  return true;
}

const builtinByVersion = new Map<string, SortedNames>();

function builtinSorted(version: string): SortedNames {
  let sorted = builtinByVersion.get(version);
  if (!sorted) builtinByVersion.set(version, (sorted = sortNames(builtinNames(version).map((info) => info.name))));
  return sorted;
}

function isLetterOrDigit(code: number): boolean {
  return (code >= 97 && code <= 122) || (code >= 65 && code <= 90) || (code >= 48 && code <= 57);
}

/** Whether the letters of `typed` appear in order in `name` from `from` on (both lower case). */
function inOrder(typed: string, name: string, from: number): boolean {
  let at = from;
  for (let k = 0; k < typed.length; k++) {
    at = name.indexOf(typed[k], at);
    if (at < 0) return false;
    at++;
  }
  return true;
}

/**
 * How well a typed word matches a name (both lower case), the way editors rank matches: 0 the name
 * starts with it; 1 its first letter starts the name or a later part of it (after `_`) and the
 * others follow in order; 2 its letters appear in order elsewhere; -1 it does not match.
 */
export function matchTier(typed: string, name: string): number {
  if (name.startsWith(typed)) return 0;
  if (!inOrder(typed, name, 0)) return -1;
  for (let i = name.indexOf(typed[0]); i >= 0; i = name.indexOf(typed[0], i + 1)) {
    // The first part start that holds the first letter leaves the most room for the others.
    if (i === 0 || !isLetterOrDigit(name.charCodeAt(i - 1))) return inOrder(typed.slice(1), name, i + 1) ? 1 : 2;
  }
  return 2;
}

interface NameSource {
  sorted: SortedNames;
  /** Defined in the file (sorted first), rather than built in. */
  own: boolean;
  /** Names of this source not to offer (already offered by an earlier source, or not meant here). */
  skip?: (name: string) => boolean;
}

interface PickedName {
  name: string;
  own: boolean;
}

/**
 * The names a typed word matches best, at most `limit`: names that start with it, then names with
 * it at the start of a later part, then names that hold its letters in order; within each group
 * the sources in order (the file's names first). `complete` is false when a matching name was
 * left out. With nothing typed every name matches, in alphabetical order.
 */
function pickNames(typed: string, sources: readonly NameSource[], limit: number): { picked: PickedName[]; complete: boolean } {
  const t = typed.toLowerCase();
  const tiers: PickedName[][] = [[], [], []];
  let complete = true;
  // Names that start with the typed word: one range of each sorted list.
  for (const source of sources) {
    const { names, lower } = source.sorted;
    for (let i = lowerBound(lower, t); i < lower.length && lower[i].startsWith(t); i++) {
      if (source.skip?.(names[i])) continue;
      if (tiers[0].length > limit) break;
      tiers[0].push({ name: names[i], own: source.own });
    }
  }
  if (t !== '' && tiers[0].length <= limit) {
    // Names that hold it further in: every name of a list that is not too long to go through.
    for (const source of sources) {
      const { names, lower } = source.sorted;
      if (lower.length > SCANNED_NAMES) {
        complete = false;
        continue;
      }
      for (let i = 0; i < lower.length; i++) {
        const tier = matchTier(t, lower[i]);
        if (tier <= 0 || source.skip?.(names[i])) continue;
        tiers[tier].push({ name: names[i], own: source.own });
      }
    }
  }
  const picked = [...tiers[0], ...tiers[1], ...tiers[2]];
  if (picked.length > limit) {
    picked.length = limit;
    complete = false;
  }
  return { picked, complete };
}

/**
 * Parameter names for a main.cf line start (`typed` is the text before the cursor); with `=`
 * already there only the name is replaced.
 */
function nameItems(document: TextDocument, lineStart: number, typed: string, wordEnd: number, hasEquals: boolean, model: MainCfModel, settings: LanguageSettings): CompletionList {
  const range = { start: document.positionAt(lineStart), end: document.positionAt(wordEnd) };
  const version = catalogVersion(settings.version);
  const level = model.config.compatibilityLevel;
  const { picked, complete } = pickNames(typed, [{ sorted: builtinSorted(version), own: false }], NAME_ITEMS);
  const items: CompletionItem[] = [];
  for (const { name } of picked) {
    const info = getParameter(name);
    if (!info) continue;
    const choices = choicesFor(info, level);
    const snippet = choices.length > 0 ? `${info.name} = \${1|${choices.map(escapeChoice).join(',')}|}` : `${info.name} = $0`;
    items.push({
      label: info.name,
      kind: Kind.Property,
      detail: `${info.type || 'str'} = ${defaultText(info, level, settings.locale)}`,
      data: parameterData(info.name, level, settings.locale),
      textEdit: { range, newText: hasEquals ? info.name : snippet },
      insertTextFormat: hasEquals ? InsertTextFormat.PlainText : InsertTextFormat.Snippet,
    });
  }
  // Narrowed by a typed word, the list is asked for again when the word changes (also when it gets shorter).
  return { isIncomplete: !complete || typed !== '', items };
}

// ---------------------------------------------------------------------------------------------
// Values

/** Where in a value the cursor is: the text around it and how to map it to the document. */
export interface ValueSite {
  parameter: string;
  /** The logical text that holds the value. */
  text: string;
  /** Where the value starts in `text`. */
  valueStart: number;
  /** The cursor in `text`. */
  cursor: number;
  toDocument(at: number): number;
  config: EffectiveConfig;
}

const WORD_BREAK = /[\s,]/;

interface Word {
  text: string;
  start: number;
  end: number;
}

/** The word being typed: from the last separator to the cursor, and on to the word's end. */
function currentWord(site: ValueSite): Word {
  let start = site.cursor;
  while (start > site.valueStart && !WORD_BREAK.test(site.text[start - 1])) start--;
  while (start < site.cursor && site.text[start] === '{') start++;
  let end = site.cursor;
  while (end < site.text.length && !/[\s,{}]/.test(site.text[end])) end++;
  return { text: site.text.slice(start, site.cursor), start, end };
}

function previousWord(site: ValueSite, word: Word): string | undefined {
  let end = word.start;
  while (end > site.valueStart && /[\s,{]/.test(site.text[end - 1])) end--;
  let start = end;
  while (start > site.valueStart && !/[\s,{}]/.test(site.text[start - 1])) start--;
  return end > start ? site.text.slice(start, end) : undefined;
}

function rangeOf(document: TextDocument, site: ValueSite, start: number, end: number) {
  return { start: document.positionAt(site.toDocument(start)), end: document.positionAt(site.toDocument(end)) };
}

/** Completion in a value: `$names`, or what the parameter takes. */
export function valueCompletions(document: TextDocument, site: ValueSite, context: ModeContext): CompletionList {
  const reference = referenceItems(document, site, context.settings);
  return reference ?? { isIncomplete: false, items: valueItems(document, site, context) };
}

function valueItems(document: TextDocument, site: ValueSite, context: ModeContext): CompletionItem[] {
  const { settings } = context;
  const locale = settings.locale;
  const word = currentWord(site);
  if (word.text.includes(':')) return tableWordItems(document, site, word, context);

  const name = site.parameter;
  const info = getParameter(name);
  const version = catalogVersion(settings.version);
  const classes = declaredClasses({ doc: site.config.doc, config: site.config }, context);
  const range = rangeOf(document, site, word.start, word.end);

  if (namesClasses(name, classes) && name !== 'smtpd_restriction_classes') {
    const argumentOf = getRestriction(previousWord(site, word)?.toLowerCase() ?? '')?.argument;
    if (argumentOf === 'table') return tableTypeItems(range, locale);
    if (argumentOf) return [];
    return restrictionItems(range, site, name, version, locale);
  }
  if (/_maps$|_checks$/.test(name) || name === 'alias_database') return tableTypeItems(range, locale);
  if (!info) return [];
  const level = site.config.compatibilityLevel;
  const def = info.default === '(computed)' ? undefined : resolveCompatibilityDefault(info.default, level).value;
  const first = site.text.slice(site.valueStart, word.start).trim() === '';
  if (info.type === 'bool' || info.type === 'nbool') {
    return ['yes', 'no'].map((v) => keywordItem(range, v, def, undefined, locale));
  }
  const docs = valueDocs[name];
  if (docs) {
    return Object.entries(docs)
      .filter(([key]) => key !== '' && (first || !/[\s,]/.test(key)))
      .map(([key, doc]) => keywordItem(range, key, def, pick(doc, locale), locale));
  }
  if (info.type === 'time') {
    if (!/^\d+$/.test(word.text)) return [];
    const bare = t(`unit.${timeUnit(info)}` as MessageId, locale);
    return (['s', 'm', 'h', 'd', 'w'] as const).map((u, i) => ({
      label: `${word.text}${u}`,
      kind: Kind.Unit,
      detail: t(`unit.${u}` as MessageId, locale),
      documentation: markdown(say('bareNumber', locale, bare)),
      sortText: String(i),
      textEdit: { range, newText: `${word.text}${u}` },
    }));
  }
  if (name.endsWith('_code') && (info.type === 'int' || info.type === 'nint') && def && /^[45]\d\d$/.test(def)) {
    return replyCodeItems(range, name, def, locale);
  }
  if (/_domains$|_networks$|^mydestination$|^mynetworks$/.test(name)) return tableTypeItems(range, locale, '9');
  return [];
}

function keywordItem(range: ReturnType<typeof rangeOf>, value: string, def: string | undefined, doc: string | undefined, locale: Locale): CompletionItem {
  const isDefault = def !== undefined && def.trim().toLowerCase() === value;
  const item: CompletionItem = {
    label: value,
    kind: Kind.EnumMember,
    sortText: `${isDefault ? '0' : '1'}${value}`,
    textEdit: { range, newText: value },
  };
  if (isDefault) item.detail = say('default', locale);
  if (doc) item.documentation = markdown(doc);
  return item;
}

/**
 * `$name`, `${name}` or `$(name)` being typed: the built-in and defined parameters, the file's
 * own first; in a long list, those the typed part of the name matches best (see pickNames).
 */
function referenceItems(document: TextDocument, site: ValueSite, settings: LanguageSettings): CompletionList | undefined {
  const before = site.text.slice(site.valueStart, site.cursor);
  const m = /(\$+)([{(]?)([A-Za-z0-9_]*)$/.exec(before);
  if (!m || m[1].length % 2 === 0) return undefined;
  const open = m[2];
  const close = open === '{' ? '}' : open === '(' ? ')' : '';
  const dollar = site.cursor - m[3].length - open.length - 1;
  let end = site.cursor;
  while (end < site.text.length && /[A-Za-z0-9_]/.test(site.text[end])) end++;
  if (close && site.text[end] === close) end++;
  const range = rangeOf(document, site, dollar, end);
  const version = catalogVersion(settings.version);
  const doc = site.config.doc;
  const { picked, complete } = pickNames(
    m[3],
    [
      { sorted: documentNames(doc), own: true },
      { sorted: builtinSorted(version), own: false, skip: (name) => doc.byName.has(name) },
    ],
    NAME_ITEMS,
  );
  const items = picked.map(({ name, own }): CompletionItem => {
    const text = `$${open}${name}${close}`;
    const item: CompletionItem = {
      label: `$${name}`,
      kind: Kind.Variable,
      detail: own ? `${say('userDefined', settings.locale)}: ${shortValue(doc, name)}` : `= ${getParameter(name)?.default ?? ''}`,
      sortText: `${own ? '0' : '1'}${name}`,
      textEdit: { range, newText: text },
    };
    // The editor matches what is typed from the `$` on: `${na` against `${name}`.
    if (text !== item.label) item.filterText = text;
    return item;
  });
  return { isIncomplete: !complete || m[3] !== '', items };
}

/** The value a name is set to in the file, on one line and at most 60 characters. */
function shortValue(doc: MainCfDocument, name: string): string {
  const entries = doc.byName.get(name);
  const text = entries ? entries[entries.length - 1].value.text : '';
  const value = text.slice(0, 200).replace(/\s+/g, ' ');
  return value.length > 60 ? value.slice(0, 59) + '…' : value;
}

/** Restrictions that can act in this list, then classes; legacy names last, tagged deprecated. */
function restrictionItems(range: ReturnType<typeof rangeOf>, site: ValueSite, list: string, version: string, locale: Locale): CompletionItem[] {
  const analysis = analyzeRestrictions(site.config, version);
  const def = RESTRICTION_LISTS.find((l) => l.param === list);
  const allowed: ReadonlySet<Stage> | undefined = def ? stagesActingIn(def.stage, analysis.delayReject) : undefined;
  const items: CompletionItem[] = [];
  for (const info of allRestrictions()) {
    if (isRemovedIn(info, version)) continue;
    if (allowed && !allowed.has(info.stage)) continue;
    if (info.stage === 'etrn' && def?.stage !== 'etrn') continue;
    items.push(restrictionItem(range, info, locale));
  }
  for (const declaration of analysis.declarations) {
    if (!declaration.defined || declaration.name === list) continue;
    items.push({
      label: declaration.name,
      kind: Kind.Class,
      detail: say('restrictionClass', locale),
      documentation: markdown(inlineCode(classValue(site.config, declaration.name))),
      sortText: `1${declaration.name}`,
      textEdit: { range, newText: declaration.name },
    });
  }
  return items;
}

/** What a restriction class expands to, on one line, cut like the value in a hover. */
function classValue(config: EffectiveConfig, name: string): string {
  const preview = config.preview(name, VALUE_PREVIEW_CHARS);
  const flat = preview.value.replace(/\s+/g, ' ').trim();
  return preview.length > preview.value.length || flat.length > VALUE_SHOWN_CHARS ? `${flat.slice(0, VALUE_SHOWN_CHARS)}…` : flat;
}

function restrictionDocumentation(info: RestrictionInfo, locale: Locale): MarkupContent {
  const docs: string[] = [];
  const doc = restrictionDocs[info.name];
  if (doc) docs.push(pick(doc.tests, locale));
  if (info.argument === 'table') docs.push(say('argumentTable', locale, info.name));
  else if (info.argument === 'domain') docs.push(say('argumentDomain', locale));
  else if (info.argument === 'service') docs.push(say('argumentService', locale));
  else if (info.argument === 'seconds') docs.push(say('argumentSeconds', locale));
  return markdown(docs.join('\n\n'));
}

function restrictionItem(range: ReturnType<typeof rangeOf>, info: RestrictionInfo, locale: Locale): CompletionItem {
  const legacy = info.status !== 'current';
  const data: RestrictionItemData = { postfixRestriction: info.name, locale };
  const item: CompletionItem = {
    label: info.name,
    kind: Kind.Function,
    detail: legacy
      ? info.replacement
        ? say('legacy', locale, info.replacement)
        : say('legacyNoReplacement', locale)
      : say('restriction', locale, info.stage),
    data,
    sortText: `${legacy ? '2' : '0'}${info.name}`,
    textEdit: { range, newText: info.argument === 'table' ? `${info.name} ` : info.name },
  };
  if (legacy) item.tags = [CompletionItemTag.Deprecated];
  if (info.argument === 'table') item.command = RETRIGGER;
  return item;
}

/** The lookup table types, inserted as `type:` (the editor then offers paths). */
function tableTypeItems(range: ReturnType<typeof rangeOf>, locale: Locale, sortPrefix = '0'): CompletionItem[] {
  return Object.entries(tableTypes).map(([type, doc]) => {
    const detail = [say('tableType', locale)];
    if (doc.since) detail.push(say('since', locale, doc.since));
    if (doc.needsPostmap) detail.push(say('postmap', locale));
    return {
      label: `${type}:`,
      kind: Kind.Module,
      detail: detail.join(' · '),
      documentation: markdown(pick(doc.summary, locale)),
      filterText: `${type}:`,
      sortText: `${sortPrefix}${type}`,
      textEdit: { range, newText: `${type}:` },
      command: RETRIGGER,
    };
  });
}

/** Types whose table name is a file: a source file, a database, or a client configuration file. */
const CONFIG_FILE_TYPES: ReadonlySet<string> = new Set(['ldap', 'mysql', 'pgsql', 'sqlite', 'memcache', 'mongodb']);

export function namesFile(type: string): boolean {
  const doc = tableTypes[type];
  return !!doc && (doc.source === 'file' || doc.source === 'database' || CONFIG_FILE_TYPES.has(type));
}

/** A word with `type:` in it: more types after `proxy:`, or a path after a file-based type. */
function tableWordItems(document: TextDocument, site: ValueSite, word: Word, context: ModeContext): CompletionItem[] {
  let rest = word.text;
  let consumed = 0;
  let type: string | undefined;
  for (;;) {
    const m = /^([A-Za-z0-9_]+):/.exec(rest);
    if (!m || !tableTypes[m[1].toLowerCase()]) break;
    type = m[1].toLowerCase();
    rest = rest.slice(m[0].length);
    consumed += m[0].length;
    if (type !== 'proxy') break;
  }
  if (!type) return [];
  const restStart = word.start + consumed;
  if (type === 'proxy') {
    if (!/^[A-Za-z0-9_]*$/.test(rest)) return [];
    return tableTypeItems(rangeOf(document, site, restStart, word.end), context.settings.locale).filter((i) => i.label !== 'proxy:');
  }
  if (!namesFile(type)) return [];
  return pathItems(document, site, type, rest, restStart, word.end, context);
}

/** Files and folders for a table path, listed through the host; `$config_directory` and the like are expanded. */
function pathItems(document: TextDocument, site: ValueSite, type: string, typed: string, start: number, end: number, context: ModeContext): CompletionItem[] {
  const slash = typed.lastIndexOf('/');
  if (slash < 0) {
    if (typed !== '' && !'$config_directory/'.startsWith(typed)) return [];
    return [
      {
        label: '$config_directory/',
        kind: Kind.Folder,
        detail: `${say('configDirectory', context.settings.locale)}: ${site.config.expand('config_directory').value}`,
        textEdit: { range: rangeOf(document, site, start, end), newText: '$config_directory/' },
        command: RETRIGGER,
      },
    ];
  }
  if (!context.listDirectory) return [];
  const folderTyped = typed.slice(0, slash + 1);
  const folder = folderTyped.includes('$') ? site.config.expandText(folderTyped).value : folderTyped;
  if (!folder.startsWith('/')) return [];
  const entries = context.listDirectory(folder) ?? [];
  const partial = typed.slice(slash + 1);
  const names = new Set(entries.filter((e) => !e.directory).map((e) => e.name));
  const suffixes = tableTypes[type]?.fileSuffixes ?? [];
  const range = rangeOf(document, site, start + slash + 1, end);
  const items: CompletionItem[] = [];
  for (const entry of entries) {
    if (items.length >= MAX_FILES) break;
    if (entry.name.startsWith('.') && !partial.startsWith('.')) continue;
    if (/[\s,{}]/.test(entry.name)) continue;
    // name.db next to name: the table is named after the source file.
    if (!entry.directory && suffixes.some((s) => entry.name.endsWith(s) && names.has(entry.name.slice(0, -s.length)))) continue;
    const label = entry.directory ? `${entry.name}/` : entry.name;
    const item: CompletionItem = {
      label,
      kind: entry.directory ? Kind.Folder : Kind.File,
      sortText: `${entry.directory ? '1' : '0'}${entry.name}`,
      textEdit: { range, newText: label },
    };
    if (entry.directory) item.command = RETRIGGER;
    items.push(item);
  }
  return items;
}

/** Reply codes for a `*_code` parameter: 4xx for a defer code, 4xx and 5xx for a reject code. */
function replyCodeItems(range: ReturnType<typeof rangeOf>, name: string, def: string, locale: Locale): CompletionItem[] {
  const classes = /defer/.test(name) ? ['4'] : ['4', '5'];
  return replyCodes
    .filter((c) => classes.includes(c.code[0]))
    .map((c) => ({
      label: c.code,
      kind: Kind.Constant,
      detail: c.code === def ? `${pick(c.title, locale)} (${say('default', locale)})` : pick(c.title, locale),
      documentation: markdown(pick(c.detail, locale)),
      sortText: `${c.code === def ? '0' : c.code[0] === def[0] ? '1' : '2'}${c.code}`,
      textEdit: { range, newText: c.code },
    }));
}

// ---------------------------------------------------------------------------------------------
// main.cf

/** The offset in a logical line's text of a document offset, or undefined when it is not on one of its lines. */
function logicalAt(logical: LogicalLine, offset: number): number | undefined {
  for (const piece of logical.pieces) {
    if (offset >= piece.offset && offset <= piece.offset + piece.length) return piece.at + (offset - piece.offset);
  }
  return undefined;
}

export function completeMainCf(document: TextDocument, model: MainCfModel, offset: number, ctx: ModeContext): CompletionList {
  const text = document.getText();
  const pos = document.positionAt(offset);
  const lineStart = document.offsetAt({ line: pos.line, character: 0 });
  const before = text.slice(lineStart, offset);
  // A parameter name starts in column 0 of a line.
  if (/^[A-Za-z0-9_]*$/.test(before)) {
    const after = text.slice(offset, offset + 200).split(/\r?\n|\r/, 1)[0];
    const hasEquals = /^[A-Za-z0-9_]*\s*=/.test(after);
    const wordEnd = offset + (/^[A-Za-z0-9_]*/.exec(after)?.[0].length ?? 0);
    return nameItems(document, lineStart, before, wordEnd, hasEquals, model, ctx.settings);
  }
  const site = mainCfSite(model, offset, before);
  return site ? valueCompletions(document, site, ctx) : EMPTY;
}

function mainCfSite(model: MainCfModel, offset: number, before: string): ValueSite | undefined {
  const node = nodeAt(model.doc, offset);
  if (node?.kind === 'entry') {
    if (offset <= node.equals) return undefined;
    const at = logicalAt(node.logical, offset);
    if (at === undefined) return undefined;
    return {
      parameter: node.name,
      text: node.logical.text,
      valueStart: Math.min(node.valueAt, at),
      cursor: at,
      toDocument: (a) => toDocumentOffset(node.logical, a),
      config: model.config,
    };
  }
  // An indented line that is still blank continues the entry above it.
  if (!/^[ \t]+$/.test(before)) return undefined;
  const previous = [...model.doc.nodes].reverse().find((n) => n.start < offset);
  if (previous?.kind !== 'entry' || !onlyBlankOrCommentsBetween(model.doc.text, previous.end, offset - before.length)) return undefined;
  const logical = previous.logical;
  const joined = `${logical.text} `;
  return {
    parameter: previous.name,
    text: joined,
    valueStart: Math.min(previous.valueAt, joined.length),
    cursor: joined.length,
    toDocument: (a) => (a >= logical.text.length ? offset : toDocumentOffset(logical, a)),
    config: model.config,
  };
}

function onlyBlankOrCommentsBetween(text: string, from: number, to: number): boolean {
  return text
    .slice(from, to)
    .split(/\r?\n|\r/)
    .every((line) => /^\s*(#.*)?$/.test(line));
}

// ---------------------------------------------------------------------------------------------
// master.cf

export function completeMasterCf(document: TextDocument, doc: MasterCfDocument, offset: number, context: ModeContext): CompletionList {
  const service = serviceAt(doc, offset);
  if (!service) return EMPTY;
  const logical = service.logical;
  const at = logicalAt(logical, offset);
  if (at === undefined) return EMPTY;
  const main = context.around.mainCf();
  const t = logical.text;
  const index = service.fields.findIndex((f) => at >= f.at && at <= f.at + f.text.length);
  const field = index >= 0 ? service.fields[index] : undefined;
  const previous = index >= 0 ? service.fields[index - 1] : [...service.fields].reverse().find((f) => f.at + f.text.length < at);
  if ((index >= 0 ? index : service.fields.indexOf(previous!) + 1) < 8) return EMPTY;
  let optionStart: number | undefined;
  let braced = false;
  if (field && field.text.startsWith('-o') && field.text.length > 2 && !field.text.startsWith('-o{') && at >= field.at + 2) optionStart = field.at + 2;
  else if (previous?.text === '-o') {
    optionStart = field ? field.at : at;
    if (field?.text.startsWith('{')) {
      braced = true;
      optionStart = field.at + 1;
      while (optionStart < at && /\s/.test(t[optionStart])) optionStart++;
    }
  }
  if (optionStart === undefined || optionStart > at) return EMPTY;
  const typed = t.slice(optionStart, at);
  const eq = typed.indexOf('=');
  if (eq < 0) {
    if (!/^[A-Za-z0-9_]*$/.test(typed)) return EMPTY;
    let end = at;
    while (end < t.length && /[A-Za-z0-9_]/.test(t[end])) end++;
    const hasEquals = /^\s*=/.test(t.slice(end));
    const range = { start: document.positionAt(toDocumentOffset(logical, optionStart)), end: document.positionAt(toDocumentOffset(logical, end)) };
    return optionNameItems(range, typed, hasEquals, braced, main, context.settings);
  }
  const parameter = typed.slice(0, eq).trim();
  let valueStart = optionStart + eq + 1;
  while (braced && valueStart < at && /\s/.test(t[valueStart])) valueStart++;
  const mainDoc = main?.doc ?? parseMainCf('');
  const overrides = new Map(service.options.filter((o) => o.name && o.name !== parameter).map((o) => [o.name, o.value] as [string, string]));
  const site: ValueSite = {
    parameter,
    text: t,
    valueStart,
    cursor: at,
    toDocument: (a) => toDocumentOffset(logical, a),
    config: new EffectiveConfig(mainDoc, overrides),
  };
  return valueCompletions(document, site, context);
}

/**
 * Names after `-o` (`typed` is the part before the cursor): the built-in parameters and those
 * main.cf defines, inserted as `name=`; in a long list, those the typed word matches best.
 */
function optionNameItems(
  range: { start: { line: number; character: number }; end: { line: number; character: number } },
  typed: string,
  hasEquals: boolean,
  braced: boolean,
  main: MainCfModel | undefined,
  settings: LanguageSettings,
): CompletionList {
  const version = catalogVersion(settings.version);
  const level = main?.config.compatibilityLevel ?? '0';
  const equals = hasEquals ? '' : braced ? ' = ' : '=';
  const sources: NameSource[] = [];
  if (main) sources.push({ sorted: documentNames(main.doc), own: true, skip: (name) => getParameter(name) !== undefined });
  sources.push({ sorted: builtinSorted(version), own: false });
  const { picked, complete } = pickNames(typed, sources, NAME_ITEMS);
  const items = picked.map(({ name, own }): CompletionItem => {
    if (own) {
      return {
        label: name,
        kind: Kind.Variable,
        detail: say('userDefined', settings.locale),
        sortText: `0${name}`,
        textEdit: { range, newText: name + equals },
        command: hasEquals ? undefined : RETRIGGER,
      };
    }
    const info = getParameter(name);
    return {
      label: name,
      kind: Kind.Property,
      detail: info ? `${info.type || 'str'} = ${defaultText(info, level, settings.locale)}` : undefined,
      data: parameterData(name, level, settings.locale),
      sortText: `1${name}`,
      textEdit: { range, newText: name + equals },
      command: hasEquals ? undefined : RETRIGGER,
    };
  });
  return { isIncomplete: !complete || typed !== '', items };
}
