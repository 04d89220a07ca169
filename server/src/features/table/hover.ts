/**
 * Hovers for lookup table files: the action of an access table result, SMTP reply and enhanced
 * status codes in result texts, regexp/pcre flags, cidr networks, IF/ENDIF, and on a key what the
 * table is (format, role, and where main.cf or master.cf uses it).
 */
import type { Hover } from 'vscode-languageserver-types';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { Locale, Localized, pick } from '../../i18n/locale';
import { LogicalLine, Span } from '../../parser/lines';
import { CidrPattern, RegexpPattern, TableDocument, TableNode, TableText, formatAddress, tableNodeAt, within } from '../../parser/table';
import { getRestriction } from '../../knowledge/restrictions';
import { restrictionDocs } from '../../knowledge/restrictionDocs';
import type { MainCfModel } from '../../languages/mainCf';
import { LanguageSettings } from '../../settings';
import { toRange } from '../diagnostics';
import { smtpCodeMarkdown, smtpCodesInText } from '../hover/smtpCodes';
import { inlineCode } from '../markdown';
import { ACTION_DOCS, parseAccessAction } from './actions';
import { AccessStage, TableKind, TableRole, restrictionClasses } from './kind';

export interface ResolvedTable {
  doc: TableDocument;
  kind: TableKind;
  main?: MainCfModel;
}

const L = (en: string, ja: string): Localized => ({ en, ja });

const FORMAT_NAMES: Readonly<Record<TableDocument['format'], Localized>> = {
  plain: L('postmap input ("key value" lines, for hash:, lmdb:, cdb:, btree:, texthash: ...)', 'postmap の入力形式 ("キー 値" の行。hash:、lmdb:、cdb:、btree:、texthash: など)'),
  cidr: L('cidr table ("network/prefix result" lines, first match wins)', 'cidr テーブル ("ネットワーク/プレフィックス長 結果" の行。最初に一致した行を使用)'),
  regexp: L('regexp table (POSIX regular expressions, first match wins)', 'regexp テーブル (POSIX 正規表現。最初に一致した行を使用)'),
  pcre: L('pcre table (Perl-compatible regular expressions, first match wins)', 'pcre テーブル (Perl 互換正規表現。最初に一致した行を使用)'),
};

const ROLE_TEXT: Readonly<Record<TableRole, Localized>> = {
  access: L('access(5) table: smtpd looks up the client, HELO name, sender or recipient and applies the action it finds.', 'access(5) テーブル: smtpd がクライアント、HELO 名、送信者、受信者などを検索し、見つかったアクションを適用します。'),
  'postscreen-access': L('postscreen access list: client networks with permit, reject or dunno.', 'postscreen のアクセスリスト: クライアントのネットワークと permit / reject / dunno。'),
  transport: L('transport(5) table: maps recipient domains or addresses to transport:nexthop.', 'transport(5) テーブル: 受信者のドメインやアドレスを transport:nexthop に対応付けます。'),
  'virtual-alias': L('virtual(5) alias table: maps an address to one or more other addresses.', 'virtual(5) エイリアステーブル: アドレスを 1 つ以上の別アドレスに対応付けます。'),
  'virtual-mailbox': L('virtual mailbox table: maps addresses to the mailbox paths the virtual(8) delivery agent writes to.', 'バーチャルメールボックステーブル: アドレスを virtual(8) 配送エージェントが書き込むメールボックスのパスに対応付けます。'),
  canonical: L('canonical(5) table: rewrites addresses in the envelope and headers of mail.', 'canonical(5) テーブル: メールのエンベロープとヘッダのアドレスを書き換えます。'),
  generic: L('generic(5) table: rewrites addresses in mail leaving through the SMTP client.', 'generic(5) テーブル: SMTP クライアントから送り出すメールのアドレスを書き換えます。'),
  relocated: L('relocated(5) table: bounces mail for users who moved, naming their new address.', 'relocated(5) テーブル: 移転したユーザー宛てのメールを、新しいアドレスを示して返送します。'),
  'sasl-password': L('SMTP client credentials: the key is the next hop (or the sender, with sender-dependent authentication), the value username:password.', 'SMTP クライアントの認証情報: キーはネクストホップ (送信者依存認証では送信者)、値は username:password です。'),
  relayhost: L('sender-dependent relay hosts: the key is a sender address or @domain, the value the relay host.', '送信者依存のリレーホスト: キーは送信者アドレスまたは @domain、値はリレーホストです。'),
  bcc: L('automatic blind copies: the key is an address, the value the address that receives a copy.', '自動 BCC: キーはアドレス、値はコピーを受け取るアドレスです。'),
  recipients: L('valid recipients: an address with any result exists.', '有効な受信者の一覧: 何らかの結果があるアドレスは存在するとみなされます。'),
  'sender-login': L('sender login map: the SASL login names that may use each sender address.', '送信者ログインマップ: 各送信者アドレスを使える SASL ログイン名です。'),
  'tls-policy': L('TLS policy per next hop or destination domain.', 'ネクストホップまたは宛先ドメインごとの TLS ポリシーです。'),
  checks: L('content inspection: patterns matched against header or body lines, with header_checks(5) actions.', 'コンテンツ検査: ヘッダ行や本文行に照合するパターンと header_checks(5) のアクションです。'),
  aliases: L('aliases(5) table (built with postalias or newaliases, not postmap).', 'aliases(5) テーブル (postmap ではなく postalias または newaliases で作成)。'),
  'match-list': L('a match list table: any result for a key counts as a match.', 'マッチリスト用のテーブル: キーに何らかの結果があれば一致とみなされます。'),
  other: L('a lookup table.', 'ルックアップテーブルです。'),
};

const KEYS_BY_STAGE: Readonly<Partial<Record<AccessStage, Localized>>> = {
  client: L('Keys: the client hostname and its parent domains, then the client address and its shorter prefixes (1.2.3.4, 1.2.3, 1.2, 1).', 'キー: クライアントのホスト名とその親ドメイン、続いてクライアントのアドレスとその短いプレフィックス (1.2.3.4、1.2.3、1.2、1)。'),
  helo: L('Keys: the HELO/EHLO name and its parent domains.', 'キー: HELO/EHLO 名とその親ドメイン。'),
  sender: L('Keys: the whole sender address, its domain and parent domains, and the local part followed by @ (user@).', 'キー: 送信者アドレス全体、そのドメインと親ドメイン、ローカル部に @ を付けたもの (user@)。'),
  recipient: L('Keys: the whole recipient address, its domain and parent domains, and the local part followed by @ (user@).', 'キー: 受信者アドレス全体、そのドメインと親ドメイン、ローカル部に @ を付けたもの (user@)。'),
  etrn: L('Keys: the domain given with ETRN and its parent domains.', 'キー: ETRN で指定されたドメインとその親ドメイン。'),
};

const WHOLE_STRING = L(
  'This table type sees the whole string: no parent domains or shorter keys are tried.',
  'このテーブル型は文字列全体を照合します。親ドメインや短いキーは試しません。',
);

const FLAG_DOCS: Readonly<Record<'regexp' | 'pcre', Readonly<Record<string, Localized>>>> = {
  regexp: {
    i: L('i: toggles case-insensitive matching (on by default, so i makes the pattern case-sensitive).', 'i: 大文字小文字を区別しない照合を切り替えます (既定で有効なので、i を付けると区別するようになります)。'),
    x: L('x: toggles extended regular expressions (on by default; x switches to basic regular expressions).', 'x: 拡張正規表現を切り替えます (既定で有効。x を付けると基本正規表現になります)。'),
    m: L('m: toggles multi-line mode: ^ and $ also match at embedded newlines and . does not match a newline.', 'm: 複数行モードを切り替えます。^ と $ が途中の改行位置にも一致し、. は改行に一致しなくなります。'),
  },
  pcre: {
    i: L('i: toggles case-insensitive matching (on by default, so i makes the pattern case-sensitive).', 'i: 大文字小文字を区別しない照合を切り替えます (既定で有効なので、i を付けると区別するようになります)。'),
    m: L('m: toggles multi-line mode: ^ and $ also match at embedded newlines.', 'm: 複数行モードを切り替えます。^ と $ が途中の改行位置にも一致します。'),
    s: L('s: toggles whether . matches a newline (on by default).', 's: . が改行に一致するかを切り替えます (既定で有効)。'),
    x: L('x: toggles extended syntax: whitespace and # comments in the pattern are ignored.', 'x: 拡張構文を切り替えます。パターン中の空白と # 以降のコメントが無視されます。'),
    A: L('A: toggles anchoring: the pattern must match at the start of the string.', 'A: アンカーを切り替えます。パターンは文字列の先頭で一致しなければなりません。'),
    E: L('E: toggles "dollar end only": $ matches only at the very end, not before a final newline.', 'E: "dollar end only" を切り替えます。$ は末尾の改行の前ではなく文字列の最後にだけ一致します。'),
    U: L('U: toggles greediness: quantifiers become lazy unless followed by ?.', 'U: 量指定子の貪欲さを反転します。? を付けない限り最短一致になります。'),
    X: L('X: obsolete; ignored (with a warning) when Postfix uses PCRE2.', 'X: 廃止されたフラグです。Postfix が PCRE2 を使う場合は警告付きで無視されます。'),
  },
};

const IF_DOC = L(
  'IF pattern ... ENDIF: the rules up to the matching ENDIF are tried only when the key matches the pattern (or, with !, does not). Blocks may nest; do not indent the rules inside, an indented line continues the line above.',
  'IF パターン ... ENDIF: 対応する ENDIF までのルールは、キーがパターンに一致する (! 付きなら一致しない) 場合だけ試されます。入れ子にできます。中のルールは字下げしないでください。字下げした行は前の行の続きになります。',
);

const touches = (span: Span, offset: number): boolean => offset >= span.start && offset <= span.end;

function result(document: TextDocument, span: Span, value: string): Hover {
  return { contents: { kind: 'markdown', value }, range: toRange(document, span) };
}

/** Hover for a lookup table document. */
export function hoverTable(document: TextDocument, table: ResolvedTable, offset: number, settings: LanguageSettings): Hover | null {
  const locale = settings.locale;
  const node = tableNodeAt(table.doc, offset);
  if (!node || node.kind === 'comment') return null;
  if (node.kind === 'if' || node.kind === 'endif') {
    if (touches(node.keyword, offset)) return result(document, node.keyword, `**${inlineCode(node.keyword.text.toUpperCase())}**\n\n${pick(IF_DOC, locale)}`);
    if (node.kind === 'if' && node.regexp) return patternHover(document, table, node, node.regexp, offset, locale);
    if (node.kind === 'if' && node.cidr) return cidrHover(document, node.cidr, offset, locale);
    return null;
  }
  if (node.kind === 'entry' || node.kind === 'cidr' || node.kind === 'regexp') {
    if (node.value && touches(node.value, offset) && node.value.text) {
      const hover = valueHover(document, table, node, node.value, offset, locale);
      if (hover) return hover;
    }
    if (node.kind === 'entry' && touches(node.key, offset)) return result(document, node.key, kindMarkdown(table, locale));
    if (node.kind === 'cidr' && node.pattern) return cidrHover(document, node.pattern, offset, locale) ?? (touches(node.pattern.text, offset) ? result(document, node.pattern.text, kindMarkdown(table, locale)) : null);
    if (node.kind === 'regexp') for (const p of node.patterns) {
      const hover = patternHover(document, table, node, p, offset, locale);
      if (hover) return hover;
    }
  }
  return null;
}

function patternHover(document: TextDocument, table: ResolvedTable, node: TableNode & { logical: LogicalLine }, pattern: RegexpPattern, offset: number, locale: Locale): Hover | null {
  const format = table.doc.format === 'pcre' ? 'pcre' : 'regexp';
  if (pattern.flags.text && touches(pattern.flags, offset)) {
    const i = Math.min(pattern.flags.text.length - 1, Math.max(0, offset - pattern.flags.start));
    const letter = pattern.flags.text[i];
    const doc = FLAG_DOCS[format][letter];
    if (doc) return result(document, within(node.logical, pattern.flags, i, i + 1), pick(doc, locale));
  }
  if (touches(pattern, offset)) return result(document, pattern, kindMarkdown(table, locale));
  return null;
}

function cidrHover(document: TextDocument, pattern: CidrPattern, offset: number, locale: Locale): Hover | null {
  if (!touches(pattern.text, offset) || !pattern.address) return null;
  const a = pattern.address;
  const bits = a.family === 4 ? 32 : 128;
  const last = a.bytes.map((b, i) => {
    const keep = Math.max(0, Math.min(8, a.prefix - i * 8));
    return b | (0xff >> keep);
  });
  const first = formatAddress(a.bytes, a.family);
  const lastText = formatAddress(last, a.family);
  const count = bits - a.prefix <= 52 ? String(2 ** (bits - a.prefix)) : `2^${bits - a.prefix}`;
  const lines = [
    `**${inlineCode(`${first}/${a.prefix}`)}**${pattern.negate ? ` (${pick(L('negated: matches addresses outside this network', '否定: このネットワーク外のアドレスに一致'), locale)})` : ''}`,
    a.prefix === bits
      ? pick(L(`Matches the single IPv${a.family} address ${first}.`, `IPv${a.family} アドレス ${first} の 1 個だけに一致します。`), locale)
      : pick(L(`IPv${a.family} network: ${first} – ${lastText} (${count} addresses).`, `IPv${a.family} ネットワーク: ${first} – ${lastText} (${count} 個のアドレス)。`), locale),
  ];
  return result(document, pattern.text, lines.join('\n\n'));
}

/** What the table is, how Postfix reads it, and where it is used. */
export function kindMarkdown(table: ResolvedTable, locale: Locale): string {
  const { kind } = table;
  const out: string[] = [];
  out.push(`**${pick(ROLE_TEXT[kind.role], locale)}**`);
  out.push(`${pick(L('Format', '形式'), locale)}: ${pick(FORMAT_NAMES[table.doc.format], locale)}`);
  const access = kind.uses.filter((u) => u.role === 'access');
  // What the keys are depends on the restriction: check_client_access looks up the client wherever it is listed.
  const looked = access.map((u) => /^check_(client|helo|sender|recipient|etrn)_access$/.exec(u.restriction ?? '')?.[1]).find(Boolean) as AccessStage | undefined;
  if (kind.role === 'access') {
    const keys = looked ? KEYS_BY_STAGE[looked] : undefined;
    if (keys) out.push(pick(keys, locale));
    if (table.doc.format !== 'plain') out.push(pick(WHOLE_STRING, locale));
  }
  if (kind.uses.length) {
    const lines = kind.uses.slice(0, 8).map((u) => {
      const where = u.file === 'master.cf' ? `master.cf ${pick(L('line', '行'), locale)} ${u.line}${u.service ? ` (${inlineCode(u.service)})` : ''}` : `main.cf ${pick(L('line', '行'), locale)} ${u.line}`;
      const bare = u.bare ? pick(L(' (bare table)', ' (テーブルのみ記述)'), locale) : '';
      const what = !u.restriction
        ? inlineCode(u.param)
        : locale === 'ja'
          ? `${inlineCode(u.param)} の ${inlineCode(u.restriction)}${bare}`
          : `${inlineCode(u.restriction)}${bare} in ${inlineCode(u.param)}`;
      return `- ${where}: ${what} ${inlineCode(`${u.type}:`)}`;
    });
    out.push(`${pick(L('Used in', '使用箇所'), locale)}:\n${lines.join('\n')}`);
  } else if (kind.roleFrom === 'name') {
    out.push(pick(L('Not found in a main.cf next to this file; the kind is guessed from the file name.', 'このファイルの隣の main.cf では参照が見つからないため、種類はファイル名から推測しています。'), locale));
  }
  return out.join('\n\n');
}

function valueHover(
  document: TextDocument,
  table: ResolvedTable,
  node: TableNode & { logical: LogicalLine },
  value: TableText,
  offset: number,
  locale: Locale,
): Hover | null {
  const at = offset - value.start;
  // SMTP codes anywhere in the result.
  for (const code of smtpCodesInText(value.text)) {
    const span = within(node.logical, value, code.start, code.end);
    if (!touches(span, offset)) continue;
    const md = smtpCodeMarkdown(code, locale, value.text);
    if (md) return result(document, span, md);
  }
  if (table.kind.role !== 'access' || at < 0) return null;
  const action = parseAccessAction(value.text);
  const wordSpan = within(node.logical, value, action.word.start, action.word.end);
  if (action.kind === 'restrictions' && action.words) {
    for (const w of action.words) {
      const span = within(node.logical, value, w.start, w.end);
      if (!touches(span, offset)) continue;
      return result(document, span, restrictionMarkdown(w.text, table, locale) ?? actionMarkdown('restrictions', locale));
    }
    return null;
  }
  if (touches(wordSpan, offset)) return result(document, wordSpan, actionMarkdown(action.kind, locale));
  return null;
}

function actionMarkdown(kind: keyof typeof ACTION_DOCS, locale: Locale): string {
  const doc = ACTION_DOCS[kind];
  const since = doc.since ? `\n\n*${pick(L(`Since Postfix ${doc.since}`, `Postfix ${doc.since} から`), locale)}*` : '';
  return `**${inlineCode(doc.syntax)}**\n\n${pick(doc.summary, locale)}${since}`;
}

function restrictionMarkdown(word: string, table: ResolvedTable, locale: Locale): string | undefined {
  const lower = word.toLowerCase();
  if (getRestriction(lower)) {
    const doc = restrictionDocs[lower];
    const head = `**${inlineCode(lower)}** — ${pick(L('restriction, run as if written in the list that consulted this table', 'このテーブルを参照した制限リストに書かれたものとして実行される制限'), locale)}`;
    return doc ? `${head}\n\n${pick(doc.tests, locale)}` : head;
  }
  if (table.main && restrictionClasses(table.main).has(word)) {
    const entry = table.main.config.entry(word);
    const value = table.main.config.expand(word).value.trim();
    return `**${inlineCode(word)}** — ${pick(L('restriction class from smtpd_restriction_classes', 'smtpd_restriction_classes の制限クラス'), locale)}${entry ? `\n\n${inlineCode(value)}` : ''}`;
  }
  return undefined;
}
