/**
 * Completion for the columns of master.cf: service types, y/n/-, wakeup and
 * process-limit values, daemon programs, and whole-entry snippets for the mail
 * submission services on ports 587 and 465 where a new entry starts. The `-o`
 * parameter names and values after the command are completed by
 * completeMasterCf() in ../completion.ts; the mode merges both lists.
 */
import type { CompletionItem, CompletionList } from 'vscode-languageserver-types';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { Locale, Localized, pick } from '../../i18n/locale';
import type { ModeContext } from '../../languages/mode';
import { LogicalLine, toDocumentOffset } from '../../parser/lines';
import { MasterCfDocument, ServiceNode, serviceAtOffset } from '../../parser/masterCf';
import { codeBlock } from '../markdown';
import { prose } from '../hover/common';
import { DAEMON_DOCS, FIELD_DOCS, SERVICE_TYPES, TYPE_DOCS } from './knowledge';

const Kind = { Keyword: 14, Snippet: 15, Value: 12, Function: 3, EnumMember: 20 } as const;
const PlainText = 1;

const EMPTY: CompletionList = { isIncomplete: false, items: [] };

const MUA_RESTRICTIONS = [
  '  -o smtpd_reject_unlisted_recipient=no',
  '  -o smtpd_client_restrictions=',
  '  -o smtpd_helo_restrictions=',
  '  -o smtpd_sender_restrictions=',
  '  -o smtpd_relay_restrictions=',
  '  -o smtpd_recipient_restrictions=permit_sasl_authenticated,reject',
  '  -o milter_macro_daemon_name=ORIGINATING',
];

export interface EntrySnippet {
  label: string;
  text: string;
  doc: Localized;
}

/** Whole entries offered where a new service starts. */
export const ENTRY_SNIPPETS: readonly EntrySnippet[] = [
  {
    label: 'submission',
    text: [
      'submission inet n       -       n       -       -       smtpd',
      '  -o syslog_name=postfix/submission',
      '  -o smtpd_tls_security_level=encrypt',
      '  -o smtpd_sasl_auth_enable=yes',
      '  -o smtpd_tls_auth_only=yes',
      ...MUA_RESTRICTIONS,
    ].join('\n'),
    doc: {
      en: 'Mail submission on port 587: clients must start TLS (STARTTLS) and authenticate with SASL before they may send; the restriction lists of main.cf are replaced by "authenticated users only". main.cf must configure the TLS certificate (smtpd_tls_cert_file, smtpd_tls_key_file) and SASL (smtpd_sasl_type, smtpd_sasl_path).',
      ja: '587 番ポートのメール投稿サービスです。クライアントは送信前に TLS を開始 (STARTTLS) し、SASL で認証しなければなりません。main.cf の制限リストは「認証済みユーザーのみ」に置き換えます。main.cf で TLS 証明書 (smtpd_tls_cert_file、smtpd_tls_key_file) と SASL (smtpd_sasl_type、smtpd_sasl_path) を設定しておく必要があります。',
    },
  },
  {
    label: 'submissions',
    text: [
      'submissions inet n       -       n       -       -       smtpd',
      '  -o syslog_name=postfix/submissions',
      '  -o smtpd_tls_wrappermode=yes',
      '  -o smtpd_sasl_auth_enable=yes',
      ...MUA_RESTRICTIONS,
    ].join('\n'),
    doc: {
      en: 'Mail submission on port 465 over implicit TLS (the connection is encrypted from the first byte), with SASL authentication required before sending. The name "submissions" must be in /etc/services (write 465 otherwise). main.cf must configure the TLS certificate and SASL.',
      ja: '465 番ポートの、暗黙の TLS (最初のバイトから暗号化) によるメール投稿サービスで、送信前に SASL 認証を必須にします。"submissions" という名前が /etc/services にない場合は 465 と書いてください。main.cf で TLS 証明書と SASL を設定しておく必要があります。',
    },
  },
];

const FLAG_VALUES: ReadonlyArray<[string, Localized]> = [
  ['y', { en: 'yes', ja: 'はい' }],
  ['n', { en: 'no', ja: 'いいえ' }],
  ['-', { en: 'the default', ja: '既定値' }],
];

const WAKEUP_VALUES: ReadonlyArray<[string, Localized]> = [
  ['-', { en: 'no wake-up requests', ja: '起床要求なし' }],
  ['60', { en: 'every 60 seconds (pickup)', ja: '60 秒ごと (pickup)' }],
  ['300', { en: 'every 300 seconds (qmgr)', ja: '300 秒ごと (qmgr)' }],
  ['1000?', { en: 'every 1000 seconds once used (flush, tlsmgr)', ja: '使われた後 1000 秒ごと (flush、tlsmgr)' }],
];

const LIMIT_VALUES: ReadonlyArray<[string, Localized]> = [
  ['-', { en: 'default_process_limit', ja: 'default_process_limit' }],
  ['0', { en: 'no limit', ja: '無制限' }],
  ['1', { en: 'a single process', ja: '1 プロセスのみ' }],
];

/** The offset in the logical text for a document offset, when the offset lies on one of its lines. */
function logicalAt(logical: LogicalLine, offset: number): number | undefined {
  for (const piece of logical.pieces) {
    if (offset >= piece.offset && offset <= piece.offset + piece.length) return piece.at + (offset - piece.offset);
  }
  return undefined;
}

interface FieldSite {
  /** Which column (0-based; 8 and above are arguments). */
  index: number;
  /** The document span the completion replaces. */
  start: number;
  end: number;
}

function fieldSite(service: ServiceNode, offset: number): FieldSite | undefined {
  const at = logicalAt(service.logical, offset);
  if (at === undefined) return undefined;
  const hit = service.fields.findIndex((f) => at >= f.at && at <= f.at + f.text.length);
  if (hit >= 0) return { index: hit, start: service.fields[hit].start, end: service.fields[hit].end };
  const index = service.fields.filter((f) => f.at + f.text.length < at).length;
  const pos = toDocumentOffset(service.logical, at);
  return { index, start: pos, end: pos };
}

export function completeMasterFields(document: TextDocument, doc: MasterCfDocument, offset: number, context: ModeContext): CompletionList {
  const locale = context.settings.locale;
  const text = document.getText();
  const pos = document.positionAt(offset);
  const lineStart = document.offsetAt({ line: pos.line, character: 0 });
  const before = text.slice(lineStart, offset);
  const service = serviceAtOffset(doc, offset);
  // A new entry starts in column 0.
  if (/^[A-Za-z0-9_.:[\]-]*$/.test(before) && (!service || service.fields.length <= 1)) {
    const lineEnd = text.slice(offset).search(/\r?\n|\r|$/) + offset;
    return { isIncomplete: false, items: snippetItems(document, lineStart, lineEnd, locale) };
  }
  if (!service) return EMPTY;
  const site = fieldSite(service, offset);
  if (!site || site.index === 0 || site.index > 7) return EMPTY;
  const range = { start: document.positionAt(site.start), end: document.positionAt(site.end) };
  const item = (label: string, kind: CompletionItem['kind'], detail: string, documentation?: string, sort = label): CompletionItem => ({
    label,
    kind,
    detail,
    documentation: documentation ? { kind: 'markdown', value: documentation } : undefined,
    sortText: sort,
    textEdit: { range, newText: label },
    insertTextFormat: PlainText,
  });
  const column = pick(FIELD_DOCS[site.index].title, locale);
  switch (site.index) {
    case 1:
      return { isIncomplete: false, items: SERVICE_TYPES.map((t, i) => item(t, Kind.Keyword, column, prose(pick(TYPE_DOCS[t], locale)), String(i))) };
    case 2:
    case 3:
    case 4:
      return { isIncomplete: false, items: FLAG_VALUES.map(([v, d], i) => item(v, Kind.EnumMember, `${column}: ${pick(d, locale)}`, undefined, String(i))) };
    case 5:
      return { isIncomplete: false, items: WAKEUP_VALUES.map(([v, d], i) => item(v, Kind.Value, pick(d, locale), undefined, String(i))) };
    case 6:
      return { isIncomplete: false, items: LIMIT_VALUES.map(([v, d], i) => item(v, Kind.Value, pick(d, locale), undefined, String(i))) };
    case 7:
      return {
        isIncomplete: false,
        items: Object.entries(DAEMON_DOCS).map(([name, d]) =>
          item(name, Kind.Function, column, [prose(pick(d.text, locale)), d.example ? codeBlock(d.example) : ''].filter(Boolean).join('\n\n')),
        ),
      };
    default:
      return EMPTY;
  }
}

function snippetItems(document: TextDocument, lineStart: number, lineEnd: number, locale: Locale): CompletionItem[] {
  const range = { start: document.positionAt(lineStart), end: document.positionAt(lineEnd) };
  return ENTRY_SNIPPETS.map((s) => ({
    label: s.label,
    kind: Kind.Snippet,
    detail: s.label === 'submission' ? 'smtpd, port 587 (STARTTLS + SASL)' : 'smtpd, port 465 (TLS + SASL)',
    documentation: { kind: 'markdown', value: `${prose(pick(s.doc, locale))}\n\n${codeBlock(s.text)}` },
    filterText: s.label,
    sortText: `0${s.label}`,
    textEdit: { range, newText: s.text },
    insertTextFormat: PlainText,
  }));
}
