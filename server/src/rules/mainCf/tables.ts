/**
 * Lookup tables (type:name) with a type Postfix does not have, in the places where Postfix
 * opens tables: *_maps and *_checks parameters, match lists, arguments of check_*_access,
 * and bare tables in restriction lists. Endpoints that merely look like type:name
 * (relayhost, transports, milters, policy services, content_filter) are not tables.
 */
import { Finding, MainCfRule } from '../rule';
import { Span } from '../../parser/lines';
import { EntryNode, entryItems } from '../../parser/mainCf';
import { splitItems, unbrace } from '../../parser/values';
import { compareVersions } from '../../knowledge/parameters';
import { ListToken, RESTRICTION_LISTS, analyzeRestrictions, tokenSpan } from '../../analysis/restrictionLists';
import { suggest } from '../../analysis/suggest';
import { NETWORK_LIST_PARAMETERS, bareIPv6 } from './networks';
import { quoteList } from './restrictions';

/** The lookup table types of Postfix (facts section 6), with the first version that has each one. */
export const TABLE_TYPES: Readonly<Record<string, string>> = {
  btree: '',
  cdb: '2.2',
  cidr: '2.2',
  dbm: '',
  environ: '',
  fail: '2.9',
  hash: '',
  inline: '3.0',
  internal: '',
  ldap: '',
  lmdb: '2.11',
  memcache: '2.9',
  mongodb: '3.9',
  mysql: '',
  netinfo: '',
  nis: '',
  nisplus: '',
  pcre: '',
  pgsql: '2.1',
  pipemap: '3.0',
  proxy: '2.0',
  randmap: '3.0',
  regexp: '',
  sdbm: '2.2',
  socketmap: '2.10',
  sqlite: '2.8',
  static: '',
  tcp: '',
  texthash: '2.8',
  unionmap: '3.0',
  unix: '',
};

/** Table types the given Postfix version has. */
export function tableTypesIn(version: string): string[] {
  return Object.keys(TABLE_TYPES).filter((t) => !TABLE_TYPES[t] || compareVersions(TABLE_TYPES[t], version) <= 0);
}

/** Match lists whose items may be type:table. */
const MATCH_LISTS = new Set([
  'mydestination',
  'relay_domains',
  'virtual_alias_domains',
  'virtual_mailbox_domains',
  'fast_flush_domains',
  'authorized_submit_users',
  'authorized_mailq_users',
  'authorized_flush_users',
  'postscreen_access_list',
  'local_header_rewrite_clients',
  'smtpd_log_access_permit_actions',
  ...NETWORK_LIST_PARAMETERS,
]);

/** Single tables not named *_maps. */
const SINGLE_TABLES = new Set(['alias_database', 'address_verify_map', 'postscreen_cache_map', 'postscreen_dnsbl_reply_map', 'relay_clientcerts']);

/** Whether the values of a parameter are lookup tables (or lists that may hold them). */
export function isTableContext(name: string): boolean {
  if (name === 'proxy_read_maps' || name === 'proxy_write_maps') return false;
  return (
    name.endsWith('_maps') ||
    name.endsWith('_checks') ||
    /_(delivery_status|dns_reply|reply|command|sasl_mechanism)_filter$/.test(name) ||
    name.endsWith('_session_cache_database') ||
    SINGLE_TABLES.has(name) ||
    MATCH_LISTS.has(name)
  );
}

export interface BadType {
  type: string;
  /** Offset of the type in the checked text. */
  at: number;
  problem: 'unknown' | 'too-new';
  since?: string;
}

/** The unknown table types in a table reference, looking inside proxy:, unionmap:{...} and pipemap:{...}. */
export function badTableTypes(ref: string, version: string, at = 0, depth = 0): BadType[] {
  if (depth > 10) return [];
  let start = 0;
  while (ref[start] === '!') start++;
  const colon = ref.indexOf(':', start);
  if (colon <= start) return [];
  const type = ref.slice(start, colon);
  if (!/^[A-Za-z0-9_-]+$/.test(type)) return [];
  const since = TABLE_TYPES[type];
  if (since === undefined) return [{ type, at: at + start, problem: 'unknown' }];
  if (since && compareVersions(since, version) > 0) return [{ type, at: at + start, problem: 'too-new', since }];
  const rest = ref.slice(colon + 1);
  const restAt = at + colon + 1;
  if (type === 'proxy') return badTableTypes(rest, version, restAt, depth + 1);
  if ((type === 'unionmap' || type === 'pipemap') && rest.trim().startsWith('{')) {
    const lead = rest.length - rest.trimStart().length;
    const inner = unbrace({ text: rest.trim(), start: 0, end: rest.trim().length });
    if (!inner) return [];
    return splitItems(inner.text).flatMap((item) => badTableTypes(item.text, version, restAt + lead + inner.start + item.start, depth + 1));
  }
  return [];
}

interface Candidate {
  text: string;
  /** Document span of `text`, when it is written literally. */
  span?: Span;
  /** Where to report when there is no literal span. */
  via?: Span;
  context: string;
}

function fromToken(token: ListToken, context: string): Candidate {
  return { text: token.text, span: token.span, via: token.span ? undefined : tokenSpan(token), context };
}

export const unknownTableType: MainCfRule = {
  id: 'unknown-table-type',
  severity: 'error',
  messages: {
    default: {
      en: 'Postfix has no lookup table type "{0}". A program that needs the table "{1}" logs "unsupported dictionary type: {0}" and its lookups fail (an smtpd restriction that uses it answers "451 4.3.5 Server configuration error"; postmap stops with a fatal error). Use one of the types that "postconf -m" lists.',
      ja: 'Postfix には "{0}" というルックアップテーブルの型はありません。テーブル "{1}" を使うプログラムは "unsupported dictionary type: {0}" をログに記録し、検索は失敗します (これを使う smtpd の制限は "451 4.3.5 Server configuration error" を返し、postmap は致命的エラーで停止します)。"postconf -m" が表示する型を使ってください。',
    },
    suggest: {
      en: 'Postfix has no lookup table type "{0}" (did you mean {2}?). A program that needs the table "{1}" logs "unsupported dictionary type: {0}" and its lookups fail (an smtpd restriction that uses it answers "451 4.3.5 Server configuration error"; postmap stops with a fatal error).',
      ja: 'Postfix には "{0}" というルックアップテーブルの型はありません ({2} の誤りではありませんか)。テーブル "{1}" を使うプログラムは "unsupported dictionary type: {0}" をログに記録し、検索は失敗します (これを使う smtpd の制限は "451 4.3.5 Server configuration error" を返し、postmap は致命的エラーで停止します)。',
    },
    'too-new': {
      en: 'The lookup table type "{0}" exists from Postfix {2} on; Postfix {3} logs "unsupported dictionary type: {0}" for "{1}" and its lookups fail. Use another type, or set postfix.version to the release you run.',
      ja: 'ルックアップテーブルの型 "{0}" は Postfix {2} 以降にしかありません。Postfix {3} は "{1}" について "unsupported dictionary type: {0}" を記録し、検索は失敗します。別の型を使うか、postfix.version を実際に使うリリースに合わせてください。',
    },
    'default-type': {
      en: '{1} = {0}: Postfix has no lookup table type "{0}", so commands that fall back to this type (postmap, postalias and newaliases without a type) stop with "unsupported dictionary type: {0}". Use one of the types that "postconf -m" lists.',
      ja: '{1} = {0}: Postfix には "{0}" というルックアップテーブルの型がないため、型を省略した postmap、postalias、newaliases などは "unsupported dictionary type: {0}" で停止します。"postconf -m" が表示する型を使ってください。',
    },
  },
  check({ config, version, doc }) {
    const candidates: Candidate[] = [];
    // Restriction lists and classes: bare tables and the arguments of check_*_access.
    const analysis = analyzeRestrictions(config, version);
    for (const list of [...analysis.lists, ...analysis.classes.values()]) {
      for (const item of list.items) {
        if (item.kind === 'table') candidates.push(fromToken(item.token, list.param));
        else if (item.kind === 'builtin' && item.info?.argument === 'table' && item.argument?.text.includes(':')) {
          candidates.push(fromToken(item.argument, list.param));
        }
      }
    }
    // Parameters whose values are tables, literal items only.
    const skip = new Set<string>([...RESTRICTION_LISTS.map((l) => l.param), 'smtpd_restriction_classes', ...analysis.classes.keys()]);
    for (const [name] of doc.byName) {
      if (skip.has(name) || !isTableContext(name)) continue;
      const entry = config.entry(name) as EntryNode;
      const networkList = NETWORK_LIST_PARAMETERS.includes(name);
      for (const item of entryItems(entry)) {
        const text = item.text.replace(/^!+/, '');
        if (!text.includes(':') || text.includes('$') || /^[[/{]/.test(text)) continue;
        if (networkList && bareIPv6(text)) continue;
        candidates.push({ text: item.text, span: item.span, context: name });
      }
    }

    const types = tableTypesIn(version);
    const findings: Finding[] = [];
    const seen = new Set<string>();
    for (const c of candidates) {
      // A table reference may be a braced map-search form: { type:name, { search_order = ... } }.
      let text = c.text;
      let offset = 0;
      if (text.startsWith('{')) {
        const inner = unbrace({ text, start: 0, end: text.length });
        const first = inner && splitItems(inner.text)[0];
        if (!inner || !first) continue;
        offset = inner.start + first.start;
        text = first.text;
      }
      for (const bad of badTableTypes(text, version)) {
        const span = c.span ? { start: c.span.start + offset + bad.at, end: c.span.start + offset + bad.at + bad.type.length } : c.via;
        if (!span) continue;
        const key = `${span.start}:${span.end}`;
        if (seen.has(key)) continue;
        seen.add(key);
        if (bad.problem === 'too-new') {
          findings.push({ span, variant: 'too-new', args: [bad.type, text, bad.since ?? '', version] });
          continue;
        }
        const lower = bad.type.toLowerCase();
        const suggestions = types.includes(lower) ? [lower] : suggest(bad.type, types);
        findings.push({
          span,
          variant: suggestions.length ? 'suggest' : undefined,
          args: [bad.type, text, quoteList(suggestions)],
          fixes: c.span
            ? suggestions.map((s) => ({ title: { en: `Replace with "${s}"`, ja: `"${s}" に置き換える` }, edits: [{ span, newText: s }], safe: suggestions.length === 1 && s === lower }))
            : undefined,
        });
      }
    }
    // The default type for commands given a file name without a type.
    for (const name of ['default_database_type', 'default_cache_db_type']) {
      const entry = config.entry(name);
      const value = entry?.value.text.trim();
      if (!entry || !value || value.includes('$') || types.includes(value)) continue;
      const lower = value.toLowerCase();
      const suggestions = types.includes(lower) ? [lower] : suggest(value, types);
      const span = { start: entry.value.start, end: entry.value.end };
      findings.push({
        span,
        variant: 'default-type',
        args: [value, name],
        fixes: suggestions.map((s) => ({ title: { en: `Replace with "${s}"`, ja: `"${s}" に置き換える` }, edits: [{ span, newText: s }] })),
      });
    }
    return findings;
  },
};

export const TABLE_RULES: readonly MainCfRule[] = [unknownTableType];
