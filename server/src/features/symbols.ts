/**
 * Document symbols (the outline): main.cf settings grouped by area, master.cf services
 * with their `-o` options.
 */
import type { DocumentSymbol, Range } from 'vscode-languageserver-types';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { Locale, Localized, pick } from '../i18n/locale';
import { deprecationIn } from '../knowledge/deprecations';
import { catalogVersion, getParameter } from '../knowledge/parameters';
import type { MainCfModel } from '../languages/mainCf';
import type { ModeContext } from '../languages/mode';
import { Span } from '../parser/lines';
import { EntryNode } from '../parser/mainCf';
import { MasterCfDocument, serviceKey } from '../parser/masterCf';
import { declaredClasses } from './references';

const SymbolKind = { Module: 2, Namespace: 3, Property: 7, Variable: 13 } as const;
const SymbolTag = { Deprecated: 1 } as const;

export type Area =
  | 'own'
  | 'tls'
  | 'sasl'
  | 'postscreen'
  | 'relay'
  | 'rewriting'
  | 'filters'
  | 'host'
  | 'delivery'
  | 'tables'
  | 'logging'
  | 'system'
  | 'queue'
  | 'smtpd'
  | 'other';

export const AREA_LABELS: Readonly<Record<Area, Localized>> = {
  own: { en: 'Your own parameters', ja: '独自のパラメータ' },
  tls: { en: 'TLS', ja: 'TLS' },
  sasl: { en: 'SASL authentication', ja: 'SASL 認証' },
  postscreen: { en: 'postscreen', ja: 'postscreen' },
  relay: { en: 'Relay and restrictions', ja: '中継と制限' },
  rewriting: { en: 'Address rewriting', ja: 'アドレス書き換え' },
  filters: { en: 'Content filters and milters', ja: 'コンテンツフィルタと milter' },
  host: { en: 'Host and domains', ja: 'ホストとドメイン' },
  delivery: { en: 'Delivery and transports', ja: '配送とトランスポート' },
  tables: { en: 'Lookup tables', ja: '検索テーブル' },
  logging: { en: 'Logging and debugging', ja: 'ログとデバッグ' },
  system: { en: 'System and paths', ja: 'システムとパス' },
  queue: { en: 'Queue, bounces and limits', ja: 'キュー・バウンス・制限値' },
  smtpd: { en: 'SMTP server', ja: 'SMTP サーバー' },
  other: { en: 'Other', ja: 'その他' },
};

/** Areas by name pattern, tried in order; the first that matches wins. */
const AREA_PATTERNS: ReadonlyArray<[Area, RegExp]> = [
  ['tls', /tls|ssl|dane/],
  ['sasl', /sasl/],
  ['postscreen', /^postscreen_|^dnsblog_/],
  [
    'relay',
    /_restrictions$|^smtpd_restriction_classes$|^mynetworks|^relay_domains|^relay_recipient_maps$|^permit_mx_backup|(^|_)reject_code$|(^|_)defer_code$|^smtpd_delay_reject$|^smtpd_helo_required$|^strict_rfc821_envelopes$|^disable_vrfy_command$|^smtpd_reject_unlisted_|rbl_reply|^smtpd_policy_service_|^access_map_|^smtpd_null_access_lookup_key$|^smtpd_sender_login_maps$|^smtpd_client_(connection|event|message|recipient|new_tls_session|auth)_|^smtpd_forbid_|^anvil_|^address_verify_|^unverified_/,
  ],
  ['rewriting', /canonical|^masquerade_|^append_|^swap_bangpath$|^allow_percent_hack$|rewrite|^recipient_delimiter$|^propagate_unmatched_extensions$|_bcc_maps$|^always_bcc$|^virtual_alias_(maps|domains)$|^remote_header_rewrite_domain$/],
  ['filters', /milter|_checks$|^content_filter$|^receive_override_options$|^header_|^body_|mime|^message_size_limit$|smtputf8|^enable_original_recipient$/],
  ['host', /^my(hostname|domain|origin|destination|networks_style)$|^inet_(interfaces|protocols)$|^proxy_interfaces$|^smtpd_banner$|^mail_name$/],
  [
    'delivery',
    /^relayhost$|transport|^smtp_|^lmtp_|^local_|^mailbox_|^home_mailbox$|^mail_spool_directory$|^virtual_|^alias_(maps|database)$|^forward_path$|^fallback_relay$|^sender_dependent_|^allow_mail_to_|^luser_relay$|^biff$|_destination_|^default_destination_|^initial_destination_concurrency$/,
  ],
  ['tables', /_maps$|_map$|_cache_|^default_database_type$|^lmdb_|^berkeley_db_|^proxy_(read|write)_maps$/],
  ['logging', /(^|_)log(_|$)|logging|^maillog|^syslog|debug|loglevel|^verbose/],
  ['system', /_directory$|_directories$|_path$|_owner$|_group$|^compatibility_level$|^daemon_|^process_|^service_|_environment$|^multi_instance_|^shlib_|^html|^readme|^sample_|^manpage/],
  ['queue', /queue|_lifetime$|_limit$|backoff|^bounce_|^delay_|^notify_classes$|^soft_bounce$|^maximal_|^minimal_|_notice_recipient$|^double_bounce_sender$/],
  ['smtpd', /^smtpd_/],
];

/** The area a main.cf parameter belongs to in the outline. */
export function parameterArea(name: string, classes: ReadonlySet<string> = new Set()): Area {
  if (classes.has(name)) return 'relay';
  if (!getParameter(name)) return 'own';
  for (const [area, pattern] of AREA_PATTERNS) if (pattern.test(name)) return area;
  return 'other';
}

function rangeOf(document: TextDocument, span: Span): Range {
  return { start: document.positionAt(span.start), end: document.positionAt(span.end) };
}

/** A short one-line form of a value for the outline. */
function shortValue(value: string): string {
  const one = value.replace(/\s+/g, ' ').trim();
  return one.length > 60 ? `${one.slice(0, 59)}…` : one;
}

/** Known to Postfix but deprecated or gone in the configured version. */
export function isDeprecatedParameter(name: string, version: string): boolean {
  const info = getParameter(name);
  if (!info) return false;
  return !!deprecationIn(name, version) || !info.versions.includes(version);
}

function entrySymbol(document: TextDocument, entry: EntryNode, version: string): DocumentSymbol {
  const symbol: DocumentSymbol = {
    name: entry.name,
    detail: shortValue(entry.value.text),
    kind: getParameter(entry.name) ? SymbolKind.Property : SymbolKind.Variable,
    range: rangeOf(document, entry),
    selectionRange: rangeOf(document, entry.nameSpan),
  };
  if (isDeprecatedParameter(entry.name, version)) symbol.tags = [SymbolTag.Deprecated];
  return symbol;
}

export function symbolsMainCf(document: TextDocument, model: MainCfModel, context: ModeContext): DocumentSymbol[] {
  const version = catalogVersion(context.settings.version);
  const locale: Locale = context.settings.locale;
  const classes = declaredClasses(model, context);
  const groups = new Map<Area, DocumentSymbol[]>();
  for (const entry of model.doc.entries) {
    const area = parameterArea(entry.name, classes);
    const list = groups.get(area) ?? [];
    list.push(entrySymbol(document, entry, version));
    groups.set(area, list);
  }
  const out: DocumentSymbol[] = [];
  for (const [area, children] of groups) {
    out.push({
      name: pick(AREA_LABELS[area], locale),
      kind: SymbolKind.Namespace,
      range: { start: children[0].range.start, end: children[children.length - 1].range.end },
      selectionRange: children[0].selectionRange,
      children,
    });
  }
  return out;
}

export function symbolsMasterCf(document: TextDocument, doc: MasterCfDocument, context: ModeContext): DocumentSymbol[] {
  const version = catalogVersion(context.settings.version);
  const out: DocumentSymbol[] = [];
  for (const service of doc.services) {
    if (!service.service) continue;
    const children: DocumentSymbol[] = [];
    for (const option of service.options) {
      if (!option.name) continue;
      const child: DocumentSymbol = {
        name: option.name,
        detail: shortValue(option.value),
        kind: getParameter(option.name) ? SymbolKind.Property : SymbolKind.Variable,
        range: rangeOf(document, option),
        selectionRange: rangeOf(document, option.nameSpan),
      };
      if (isDeprecatedParameter(option.name, version)) child.tags = [SymbolTag.Deprecated];
      children.push(child);
    }
    out.push({
      name: serviceKey(service) ?? service.service.text,
      detail: service.command?.text ?? '',
      kind: SymbolKind.Module,
      range: rangeOf(document, service),
      selectionRange: rangeOf(document, service.type ? { start: service.service.start, end: service.type.end } : service.service),
      children,
    });
  }
  return out;
}
