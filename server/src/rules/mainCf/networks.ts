/**
 * Network addresses in Postfix's address match lists (mynetworks and friends), checked the
 * way Postfix parses them: a word with ":" that does not start with "[" is a lookup table,
 * so IPv6 needs brackets; net/mask words must have a valid address, a prefix length that
 * fits the family, and no bits set past the prefix.
 */
import { Finding, MainCfRule } from '../rule';
import { listTokens } from '../../analysis/restrictionLists';
import { parseCidr, parseIPv6 } from '../../parser/addresses';

/** Parameters that Postfix matches against client (or interface) addresses. */
export const NETWORK_LIST_PARAMETERS: readonly string[] = [
  'mynetworks',
  'permit_mx_backup_networks',
  'smtpd_client_event_limit_exceptions',
  'smtpd_client_connection_limit_exceptions',
  'smtpd_sasl_exceptions_networks',
  'smtpd_authorized_xclient_hosts',
  'smtpd_authorized_xforward_hosts',
  'smtpd_authorized_verp_clients',
  'authorized_verp_clients',
  'qmqpd_authorized_clients',
  'smtpd_forbid_bare_newline_exclusions',
  'debug_peer_list',
  'postscreen_allowlist_interfaces',
  'postscreen_whitelist_interfaces',
];

/** Lookup table types; a word "type:..." with one of these is a table, not an address. */
const TABLE_TYPE_NAMES = new Set([
  'btree', 'cdb', 'cidr', 'dbm', 'environ', 'fail', 'hash', 'inline', 'internal', 'ldap', 'lmdb', 'memcache', 'mongodb',
  'mysql', 'netinfo', 'nis', 'nisplus', 'pcre', 'pgsql', 'pipemap', 'proxy', 'randmap', 'regexp', 'sdbm', 'socketmap',
  'sqlite', 'static', 'tcp', 'texthash', 'unionmap', 'unix',
]);

export type NetworkIssue =
  | { kind: 'ipv6-fatal' | 'ipv6-table'; corrected: string; /** The fix also moved the address to its network. */ renumbered: boolean }
  | { kind: 'host-bits'; corrected: string }
  | { kind: 'bad-mask'; bits: number }
  | { kind: 'bad-address' | 'bad-brackets' };

/** An IPv6 address or network written without brackets, as Postfix would misread it. */
export function bareIPv6(word: string): { address: string; prefix?: string } | undefined {
  const m = /^([0-9A-Fa-f:.]+)(?:\/(\d{1,3}))?$/.exec(word);
  if (!m || (m[1].match(/:/g) ?? []).length < 2) return undefined;
  const type = word.slice(0, word.indexOf(':'));
  if (TABLE_TYPE_NAMES.has(type)) return undefined;
  return parseIPv6(m[1]) ? { address: m[1], prefix: m[2] } : undefined;
}

/** Words judged before: the same networks come back in every validation while the user types. */
const judged = new Map<string, NetworkIssue | undefined>();
const MAX_JUDGED = 50_000;

/** What is wrong with one word of an address match list, as far as Postfix would refuse it. */
export function networkIssue(word: string): NetworkIssue | undefined {
  if (judged.has(word)) return judged.get(word);
  const issue = judgeNetwork(word);
  if (judged.size >= MAX_JUDGED) judged.clear();
  judged.set(word, issue);
  return issue;
}

function judgeNetwork(word: string): NetworkIssue | undefined {
  const negation = /^!*/.exec(word)?.[0] ?? '';
  const w = word.slice(negation.length);
  if (w === '' || w.startsWith('/')) return undefined;
  if (!w.startsWith('[') && w.includes(':')) {
    const v6 = bareIPv6(w);
    if (!v6) return undefined;
    let inner = `[${v6.address}]${v6.prefix !== undefined ? `/${v6.prefix}` : ''}`;
    const parsed = parseCidr(inner);
    const renumbered = parsed.problem === 'host-bits' && !!parsed.corrected;
    if (renumbered && parsed.corrected) inner = parsed.corrected;
    return { kind: w.startsWith(':') ? 'ipv6-fatal' : 'ipv6-table', corrected: negation + inner, renumbered };
  }
  const cidrLike = w.startsWith('[') ? /^[0-9A-Fa-f.:[\]/]+$/.test(w) : w.includes('/') && /^[0-9./]+$/.test(w);
  if (!cidrLike) return undefined;
  const r = parseCidr(w);
  switch (r.problem) {
    case undefined:
      return undefined;
    case 'host-bits':
      return { kind: 'host-bits', corrected: negation + (r.corrected ?? w) };
    case 'bad-mask':
      return { kind: 'bad-mask', bits: r.family === 6 ? 128 : 32 };
    case 'bad-address':
      return { kind: 'bad-address' };
    default:
      return { kind: 'bad-brackets' };
  }
}

export const invalidNetwork: MainCfRule = {
  id: 'invalid-network',
  severity: 'error',
  messages: {
    default: {
      en: '"{0}" in {1} is not an address or network that Postfix can use; write an IPv4 network such as 192.0.2.0/24, or an IPv6 network in brackets such as [2001:db8::]/32.',
      ja: '{1} の "{0}" は Postfix が使えるアドレスやネットワークではありません。192.0.2.0/24 のような IPv4 ネットワークか、[2001:db8::]/32 のように角かっこで囲んだ IPv6 ネットワークを書いてください。',
    },
    'ipv6-fatal': {
      en: '"{0}" in {1} is an IPv6 address without [ ]. Postfix reads a word with ":" as a lookup table (type:name), and this one has no type, so smtpd stops at start-up with "fatal: open dictionary: expecting "type:name" form instead of ...". Write it as "{2}".',
      ja: '{1} の "{0}" は [ ] で囲まれていない IPv6 アドレスです。Postfix は ":" を含む語をルックアップテーブル (type:name) と解釈し、この語には型がないため、smtpd は起動時に "fatal: open dictionary: expecting "type:name" form instead of ..." で停止します。"{2}" と書いてください。',
    },
    'ipv6-table': {
      en: '"{0}" in {1} is an IPv6 address without [ ]. Postfix reads a word with ":" as a lookup table (type:name) and logs "unsupported dictionary type"; every client whose match reaches this word gets a lookup error (for mynetworks, smtpd answers "451 4.3.0 Temporary lookup failure"). Write it as "{2}".',
      ja: '{1} の "{0}" は [ ] で囲まれていない IPv6 アドレスです。Postfix は ":" を含む語をルックアップテーブル (type:name) と解釈して "unsupported dictionary type" をログに記録し、照合がこの語に達したクライアントはすべて検索エラーになります (mynetworks の場合、smtpd は "451 4.3.0 Temporary lookup failure" を返します)。"{2}" と書いてください。',
    },
    'host-bits': {
      en: '"{0}" in {1} has bits set after the prefix length. Postfix logs "non-null host address bits" and cannot use the entry: every client of that address family whose match reaches it gets a lookup error (for mynetworks, smtpd answers "451 4.3.0 Temporary lookup failure"). Write the network address: "{2}".',
      ja: '{1} の "{0}" はプレフィックス長より後ろのビットが 0 ではありません。Postfix は "non-null host address bits" をログに記録してこの項目を使えず、照合がここに達した同じアドレスファミリーのクライアントはすべて検索エラーになります (mynetworks の場合、smtpd は "451 4.3.0 Temporary lookup failure" を返します)。ネットワークアドレス "{2}" を書いてください。',
    },
    'bad-mask': {
      en: '"{0}" in {1} has an invalid prefix length: it must be a number from 0 to {2}. Postfix cannot use the entry, and every client of that address family whose match reaches it gets a lookup error (for mynetworks, "451 4.3.0 Temporary lookup failure").',
      ja: '{1} の "{0}" のプレフィックス長が不正です。0 から {2} までの数値でなければなりません。Postfix はこの項目を使えず、照合がここに達した同じアドレスファミリーのクライアントはすべて検索エラーになります (mynetworks の場合 "451 4.3.0 Temporary lookup failure")。',
    },
    'bad-address': {
      en: '"{0}" in {1} is not a valid network: the address part must be a complete IPv4 address (four numbers, as in 10.0.0.0/8) or an IPv6 address in [ ]. Postfix cannot use the entry, and every client of that address family whose match reaches it gets a lookup error (for mynetworks, "451 4.3.0 Temporary lookup failure").',
      ja: '{1} の "{0}" は正しいネットワークではありません。アドレス部分は完全な IPv4 アドレス (10.0.0.0/8 のように 4 つの数値) か、[ ] で囲んだ IPv6 アドレスでなければなりません。Postfix はこの項目を使えず、照合がここに達した同じアドレスファミリーのクライアントはすべて検索エラーになります (mynetworks の場合 "451 4.3.0 Temporary lookup failure")。',
    },
    'bad-brackets': {
      en: '"{0}" in {1} has misplaced [ ]: write "[address]", "[address]/length" or "[address/length]". Postfix cannot use the entry, and every client of that address family whose match reaches it gets a lookup error.',
      ja: '{1} の "{0}" は [ ] の位置が正しくありません。"[アドレス]"、"[アドレス]/長さ"、"[アドレス/長さ]" のいずれかで書いてください。Postfix はこの項目を使えず、照合がここに達した同じアドレスファミリーのクライアントはすべて検索エラーになります。',
    },
  },
  check({ config }) {
    const findings: Finding[] = [];
    const seen = new Set<number>();
    for (const param of NETWORK_LIST_PARAMETERS) {
      // Parameters at their default only repeat other lists (mostly $mynetworks); those are checked there.
      if (config.source(param).origin !== 'file') continue;
      for (const token of listTokens(config, param)) {
        if (!token.span) continue;
        // A word reached again through another reference was judged already.
        if (seen.has(token.span.start)) continue;
        seen.add(token.span.start);
        const issue = networkIssue(token.text);
        if (!issue) continue;
        const span = token.span;
        const args = [token.text, param];
        const finding: Finding = { span, variant: issue.kind, args };
        if (issue.kind === 'ipv6-fatal' || issue.kind === 'ipv6-table' || issue.kind === 'host-bits') {
          args.push(issue.corrected);
          finding.fixes = [
            {
              title: { en: `Replace with "${issue.corrected}"`, ja: `"${issue.corrected}" に置き換える` },
              edits: [{ span, newText: issue.corrected }],
              // Only adding brackets keeps the meaning; moving an address to its network widens the entry.
              safe: issue.kind !== 'host-bits' && !issue.renumbered,
            },
          ];
        } else if (issue.kind === 'bad-mask') {
          args.push(String(issue.bits));
        }
        findings.push(finding);
      }
    }
    return findings;
  },
};

export const NETWORK_RULES: readonly MainCfRule[] = [invalidNetwork];
