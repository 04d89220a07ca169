/**
 * SMTP reply codes (RFC 5321 and the SMTP extension RFCs), enhanced status codes (RFC 3463 and the
 * IANA "SMTP Enhanced Status Codes" registry), the replies that Postfix itself sends (checked against
 * the Postfix source: smtpd.c, smtpd_check.c, smtpd_sasl_proto.c, postscreen, milter8.c and
 * cleanup_strerror.c, and against the Postfix 3.7.11 smtpd binary), and provider-specific codes
 * that are not in the IANA registry.
 *
 * Pure data and lookups: no editor API is used here.
 */
import type { Localized } from '../i18n/locale';

function L(en: string, ja: string): Localized {
  return { en, ja };
}

/* ------------------------------------------------------------------------------------------------
 * Basic reply codes
 * ---------------------------------------------------------------------------------------------- */

/** What the first digit of a reply code says. */
export type ReplyKind = 'success' | 'intermediate' | 'transient' | 'permanent';

export interface ReplyCodeInfo {
  /** The three digits, e.g. "554". */
  code: string;
  title: Localized;
  /** What it means, when a server sends it, and whether the sender tries again. */
  detail: Localized;
  /** Where the code is defined, e.g. "RFC 5321", or how the text was derived. */
  source: string;
  kind: ReplyKind;
  /** True when the code is not in the table and the text was built from its digits. */
  generic: boolean;
}

type ReplyRow = [code: string, source: string, title: Localized, detail: Localized];

const REPLY_ROWS: ReplyRow[] = [
  ['211', 'RFC 5321', L('System status, or system help reply', 'システム状態またはシステムのヘルプ応答'),
    L('An informational reply with the state of the server. It reports nothing about a message; rarely seen in practice.',
      'サーバーの状態を知らせる情報用の応答です。メッセージの成否とは関係がなく、実際に見かけることはまれです。')],
  ['214', 'RFC 5321', L('Help message', 'ヘルプメッセージ'),
    L('The answer to HELP, written for a person reading the session. It has no effect on mail delivery.',
      'HELP コマンドへの応答で、人が読むための説明です。配送には影響しません。')],
  ['220', 'RFC 5321', L('Service ready', 'サービス準備完了'),
    L('The greeting the server sends when a client connects (Postfix: "220 $smtpd_banner"). Also the positive answer to STARTTLS ("220 2.0.0 Ready to start TLS").',
      '接続直後にサーバーが送るあいさつ（Postfix では「220 $smtpd_banner」）です。STARTTLS を受け付けたときの応答（「220 2.0.0 Ready to start TLS」）にも使われます。')],
  ['221', 'RFC 5321', L('Service closing transmission channel', '接続を終了します'),
    L('The server closes the connection, normally in answer to QUIT ("221 2.0.0 Bye"). Nothing went wrong.',
      'サーバーが接続を閉じます。通常は QUIT への応答（「221 2.0.0 Bye」）で、異常ではありません。')],
  ['250', 'RFC 5321', L('Requested mail action okay, completed', '要求された処理が完了しました'),
    L('The command succeeded. After the final "." of DATA it means the server has taken responsibility for the message (Postfix: "250 2.0.0 Ok: queued as <queue id>").',
      'コマンドは成功しました。DATA の最後の「.」の後の 250 は、サーバーがメッセージの配送責任を引き受けたことを意味します（Postfix では「250 2.0.0 Ok: queued as <キューID>」）。')],
  ['251', 'RFC 5321', L('User not local; will forward', 'ローカルのユーザーではないが転送します'),
    L('The recipient is accepted and the server will pass the message on elsewhere. It counts as success.',
      '宛先は受け付けられ、サーバーが別の場所へ転送します。成功として扱われます。')],
  ['252', 'RFC 5321', L('Cannot VRFY user, but will accept message and attempt delivery', 'VRFY では確認できないが、受け付けて配送を試みます'),
    L('The answer to VRFY when the server will not confirm an address but would still take mail for it. Postfix answers VRFY with 252 for an address that passes its recipient checks, unless disable_vrfy_command = yes.',
      'VRFY に対し、アドレスの存在は明かさないがメールは受け付ける、という応答です。Postfix は disable_vrfy_command = yes でない限り、宛先チェックに通るアドレスの VRFY に 252 で答えます。')],
  ['354', 'RFC 5321', L('Start mail input', 'メール本文の送信を開始してください'),
    L('The answer to DATA: the client now sends headers and body and ends them with a line holding only ".". Not a final result.',
      'DATA への応答です。クライアントはここでヘッダーと本文を送り、「.」だけの行で終えます。最終的な結果ではありません。')],
  ['421', 'RFC 5321', L('Service not available, closing transmission channel', 'サービスを提供できないため接続を閉じます'),
    L('The server is ending the session, for example because of overload, a per-client limit or a timeout. It is temporary: the client keeps the message and tries again later. Postfix sends it for "too many connections", "too many errors" and "timeout exceeded".',
      'サーバーがセッションを打ち切ります（過負荷、クライアントごとの制限、タイムアウトなど）。一時的なエラーなので、送信側はメッセージを保持したまま後で再送します。Postfix では「too many connections」「too many errors」「timeout exceeded」などで使われます。')],
  ['450', 'RFC 5321', L('Requested mail action not taken: mailbox unavailable (temporary)', '処理を実行できません：メールボックスが一時的に利用不可'),
    L('A temporary refusal: the mailbox is busy or the server refuses for now by policy. The sender retries later. Many Postfix "soft" checks use 450 by default (unknown_client_reject_code, unknown_address_reject_code, defer_code, access_map_defer_code).',
      '一時的な拒否です（メールボックスが使用中、またはポリシーにより当面拒否）。送信側は後で再送します。Postfix の多くの「ソフトな」チェックは既定で 450 を使います（unknown_client_reject_code、unknown_address_reject_code、defer_code、access_map_defer_code など）。')],
  ['451', 'RFC 5321', L('Requested action aborted: local error in processing', '処理中のローカルエラーにより中止しました'),
    L('The server hit a problem of its own. The sender retries later. In Postfix it usually points at the receiving side\'s configuration or a table lookup ("451 4.3.5 Server configuration error", "451 4.3.0 Temporary lookup failure").',
      '受信サーバー側で問題が起きました。送信側は後で再送します。Postfix では受信側の設定やテーブル参照の問題を示すことが多いです（「451 4.3.5 Server configuration error」「451 4.3.0 Temporary lookup failure」）。')],
  ['452', 'RFC 5321', L('Requested action not taken: insufficient system storage', 'システムの記憶領域が不足しているため実行できません'),
    L('Temporary: the server lacks space, or (after RCPT) will not take more recipients in this transaction. The sender retries later or sends the remaining recipients in a new transaction. Postfix: "452 4.3.1 Insufficient system storage", "452 4.5.3 Error: too many recipients".',
      '一時的なエラーです。空き容量が足りないか、（RCPT の後では）このトランザクションでこれ以上の宛先を受け付けません。送信側は後で再送するか、残りの宛先を別のトランザクションで送ります。Postfix の例：「452 4.3.1 Insufficient system storage」「452 4.5.3 Error: too many recipients」。')],
  ['455', 'RFC 5321', L('Server unable to accommodate parameters', 'パラメーターに対応できません（一時的）'),
    L('The server cannot handle the MAIL FROM or RCPT TO parameters right now. Temporary; the client may retry.',
      'MAIL FROM や RCPT TO のパラメーターに今は対応できません。一時的なので再試行できます。')],
  ['500', 'RFC 5321', L('Syntax error, command unrecognized', '構文エラー：コマンドを認識できません'),
    L('The command is unknown or the line is too long. Permanent for that command; the client must send something valid.',
      'コマンドが不明か、行が長すぎます。そのコマンドについては恒久的なエラーで、正しいコマンドを送り直す必要があります。')],
  ['501', 'RFC 5321', L('Syntax error in parameters or arguments', 'パラメーターまたは引数の構文エラー'),
    L('The command is known but its argument is malformed, e.g. a broken address ("501 5.1.7 Bad sender address syntax").',
      'コマンドは正しいが引数の形式が誤っています。例：アドレスの書式不正（「501 5.1.7 Bad sender address syntax」）。')],
  ['502', 'RFC 5321', L('Command not implemented', 'コマンドは実装されていません'),
    L('The server knows the command but does not offer it (Postfix: "502 5.5.1 VRFY command is disabled").',
      'サーバーはコマンドを知っているが提供していません（Postfix の例：「502 5.5.1 VRFY command is disabled」）。')],
  ['503', 'RFC 5321', L('Bad sequence of commands', 'コマンドの順序が誤っています'),
    L('The command came at the wrong point of the session, e.g. RCPT before MAIL, MAIL before HELO when HELO is required, or AUTH when authentication is not offered. It does not mean the server is unavailable; that is 421. Postfix: "503 5.5.1 Error: need MAIL command" and similar.',
      'セッション中の順序が誤ったコマンドです（MAIL より前の RCPT、HELO 必須時に HELO より前の MAIL、認証を提供していないのに AUTH など）。サーバー停止の意味ではありません（それは 421 です）。Postfix の例：「503 5.5.1 Error: need MAIL command」など。')],
  ['504', 'RFC 5321', L('Command parameter not implemented', 'コマンドのパラメーターは実装されていません'),
    L('A parameter of the command is not supported. Postfix also uses 504 as the default non_fqdn_reject_code ("need fully-qualified hostname/address").',
      'コマンドのパラメーターに対応していません。Postfix は non_fqdn_reject_code の既定値としても 504 を使います（「need fully-qualified hostname/address」）。')],
  ['550', 'RFC 5321', L('Requested action not taken: mailbox unavailable', '処理を実行できません：メールボックスが利用不可'),
    L('A permanent refusal: the mailbox does not exist, access is denied, or policy rejects the command. The sender gives up and returns the message. Postfix: "550 5.1.1 ... User unknown in local recipient table".',
      '恒久的な拒否です（メールボックスが存在しない、アクセス拒否、ポリシーによる拒否）。送信側は再送せずエラーメールを返します。Postfix の例：「550 5.1.1 ... User unknown in local recipient table」。')],
  ['551', 'RFC 5321', L('User not local; please try <forward-path>', 'ローカルのユーザーではありません。別の経路を使ってください'),
    L('The recipient is not handled here; the text may name another address or route. Permanent.',
      'この宛先はここでは扱いません。応答テキストに別のアドレスや経路が示されることがあります。恒久的なエラーです。')],
  ['552', 'RFC 5321', L('Requested mail action aborted: exceeded storage allocation', '記憶領域の割り当てを超えたため中止しました'),
    L('Usually the message is too large for the server or the mailbox. Permanent for this message. Postfix: "552 5.3.4 Message size exceeds fixed limit" (message_size_limit).',
      '多くはメッセージがサーバーやメールボックスに対して大きすぎる場合です。このメッセージについては恒久的なエラーです。Postfix の例：「552 5.3.4 Message size exceeds fixed limit」（message_size_limit）。')],
  ['553', 'RFC 5321', L('Requested action not taken: mailbox name not allowed', 'メールボックス名が許可されていません'),
    L('The address is not acceptable (bad syntax or not permitted). Permanent. Postfix uses it when an authenticated user sends with an address it does not own ("553 5.7.1 ... not owned by user").',
      'アドレスが受け付けられません（書式不正または許可されていない）。恒久的なエラーです。Postfix は認証ユーザーが自分のものでない送信者アドレスを使ったときにも使います（「553 5.7.1 ... not owned by user」）。')],
  ['554', 'RFC 5321', L('Transaction failed', 'トランザクションが失敗しました'),
    L('A permanent failure; as the first reply after connecting it means "no SMTP service here". Postfix uses 554 as the default for relay_domains_reject_code, access_map_reject_code, maps_rbl_reject_code and reject_code, so "554 5.7.1" is its usual policy rejection.',
      '恒久的な失敗です。接続直後の最初の応答であれば「ここでは SMTP サービスを提供しない」という意味です。Postfix は relay_domains_reject_code、access_map_reject_code、maps_rbl_reject_code、reject_code の既定値に 554 を使うため、「554 5.7.1」が典型的なポリシー拒否です。')],
  ['555', 'RFC 5321', L('MAIL FROM/RCPT TO parameters not recognized or not implemented', 'MAIL FROM/RCPT TO のパラメーターを認識できないか未実装です'),
    L('The client used an ESMTP parameter the server does not support (Postfix: "555 5.5.4 Unsupported option: ..."). Permanent for that command.',
      'サーバーが対応していない ESMTP パラメーターが使われました（Postfix の例：「555 5.5.4 Unsupported option: ...」）。そのコマンドについては恒久的なエラーです。')],
  // Codes defined by SMTP extensions, not by RFC 5321 itself.
  ['235', 'RFC 4954', L('Authentication successful', '認証に成功しました'),
    L('The answer to a successful AUTH ("235 2.7.0 Authentication successful").',
      'AUTH が成功したときの応答です（「235 2.7.0 Authentication successful」）。')],
  ['334', 'RFC 4954', L('Authentication challenge', '認証の続き（チャレンジ）'),
    L('During AUTH the server asks the client for the next piece of the exchange (base64). Not a final result.',
      'AUTH の途中で、サーバーが次のデータ（base64）を求めています。最終的な結果ではありません。')],
  ['432', 'RFC 4954', L('A password transition is needed', 'パスワードの移行が必要です'),
    L('Temporary: the user must first authenticate once with another mechanism (typically PLAIN) before the chosen one works.',
      '一時的なエラーです。選んだ認証方式を使う前に、一度別の方式（通常は PLAIN）で認証する必要があります。')],
  ['454', 'RFC 3207, RFC 4954', L('Temporary failure: TLS or authentication not available now', '一時的な失敗：TLS または認証を今は利用できません'),
    L('RFC 3207 uses 454 when TLS cannot be started for a temporary reason, RFC 4954 for a temporary authentication failure. The client retries later. Postfix also sends 454 for "454 4.7.0 TLS not available due to local problem" and, with defer_unauth_destination, "454 4.7.1 <address>: Relay access denied" (relay_domains_reject_code minus 100).',
      'RFC 3207 では一時的な理由で TLS を開始できないとき、RFC 4954 では一時的な認証失敗に 454 を使います。送信側は後で再試行します。Postfix は「454 4.7.0 TLS not available due to local problem」や、defer_unauth_destination による「454 4.7.1 <アドレス>: Relay access denied」（relay_domains_reject_code から 100 を引いた値）でも 454 を使います。')],
  ['521', 'RFC 7504', L('Host does not accept mail', 'このホストはメールを受け付けません'),
    L('The server never accepts mail and says so at once, usually closing the connection. Permanent. Postfix sends 521 when postscreen drops a client ("521 5.5.1 Protocol error", or the DNSBL reply with postscreen_dnsbl_action = drop); an access table reply starting with 421 or 521 also makes smtpd disconnect.',
      'このサーバーはメールを一切受け付けないことを示し、通常はそのまま接続を閉じます。恒久的なエラーです。Postfix では postscreen がクライアントを切断するときに送ります（「521 5.5.1 Protocol error」、postscreen_dnsbl_action = drop の DNSBL 応答など）。アクセステーブルの応答が 421 か 521 で始まる場合も smtpd は切断します。')],
  ['530', 'RFC 3207, RFC 4954', L('Must issue STARTTLS first / Authentication required', '先に STARTTLS が必要／認証が必要'),
    L('The command is refused until the client starts TLS (RFC 3207) or authenticates (RFC 4954). Postfix sends only the TLS form, "530 5.7.0 Must issue a STARTTLS command first" (smtpd_tls_security_level = encrypt); "530 5.7.0 Authentication required" comes from other servers, never from Postfix smtpd.',
      'クライアントが TLS を開始する（RFC 3207）か認証する（RFC 4954）まで、コマンドを受け付けません。Postfix が送るのは TLS の方の「530 5.7.0 Must issue a STARTTLS command first」（smtpd_tls_security_level = encrypt）だけです。「530 5.7.0 Authentication required」は他のサーバーの応答で、Postfix の smtpd は送りません。')],
  ['534', 'RFC 4954', L('Authentication mechanism is too weak', '認証方式が弱すぎます'),
    L('The server wants a stronger AUTH mechanism for this user. The client should try another mechanism.',
      'このユーザーにはより強い認証方式が必要です。クライアントは別の方式を試すべきです。')],
  ['535', 'RFC 4954', L('Authentication credentials invalid', '認証情報が正しくありません'),
    L('AUTH failed: wrong user name or password, or the authentication backend refused. Postfix: "535 5.7.8 Error: authentication failed: <reason>".',
      'AUTH が失敗しました（ユーザー名かパスワードの誤り、または認証バックエンドが拒否）。Postfix の例：「535 5.7.8 Error: authentication failed: <理由>」。')],
  ['538', 'RFC 4954', L('Encryption required for requested authentication mechanism', 'この認証方式には暗号化が必要です'),
    L('The chosen AUTH mechanism is allowed only over an encrypted connection. (Postfix answers this case, smtpd_tls_auth_only = yes without TLS, with "504 5.5.4 Encryption required for requested authentication mechanism".)',
      '選んだ認証方式は暗号化された接続でのみ使えます。（Postfix は同じ状況、つまり smtpd_tls_auth_only = yes で TLS なしの場合に「504 5.5.4 Encryption required for requested authentication mechanism」と応答します。）')],
  ['556', 'RFC 7504', L('Domain does not accept mail', 'このドメインはメールを受け付けません'),
    L('The recipient domain declares that it takes no mail (for example with a null MX record). Permanent. Postfix: reject_unknown_recipient_domain answers "556 5.1.10 ... does not accept mail (nullMX)".',
      '宛先ドメインがメールを受け付けないと宣言しています（null MX レコードなど）。恒久的なエラーです。Postfix では reject_unknown_recipient_domain が「556 5.1.10 ... does not accept mail (nullMX)」と応答します。')],
];

/** Every reply code the table knows: all RFC 5321 codes, plus codes from SMTP extensions. */
export const replyCodes: readonly ReplyCodeInfo[] = REPLY_ROWS.map(([code, source, title, detail]) => ({
  code, title, detail, source, kind: replyKind(code[0]), generic: false,
}));

/** The reply codes defined by RFC 5321 itself. */
export const RFC5321_REPLY_CODES: readonly string[] = [
  '211', '214', '220', '221', '250', '251', '252', '354', '421', '450', '451', '452', '455',
  '500', '501', '502', '503', '504', '550', '551', '552', '553', '554', '555',
];

function replyKind(first: string): ReplyKind {
  switch (first) {
    case '2': return 'success';
    case '3': return 'intermediate';
    case '4': return 'transient';
    default: return 'permanent';
  }
}

const FIRST_DIGIT: Record<string, { title: Localized; detail: Localized }> = {
  '2': { title: L('Positive completion', '肯定完了'),
    detail: L('the command succeeded.', 'コマンドは成功しました。') },
  '3': { title: L('Positive intermediate', '肯定中間'),
    detail: L('the server waits for more input.', 'サーバーは続きの入力を待っています。') },
  '4': { title: L('Transient negative completion', '一時的否定'),
    detail: L('refused for now; the sender keeps the message and retries later.',
      '今は拒否されました。送信側はメッセージを保持して後で再送します。') },
  '5': { title: L('Permanent negative completion', '恒久的否定'),
    detail: L('refused; sending the same command again will not help, and the message is returned to its sender.',
      '拒否されました。同じコマンドを再送しても成功せず、メッセージは差出人に返されます。') },
};

const SECOND_DIGIT: Record<string, Localized> = {
  '0': L('syntax', '構文'),
  '1': L('information', '情報'),
  '2': L('connections', '接続'),
  '3': L('unspecified category', '未定義'),
  '4': L('unspecified category', '未定義'),
  '5': L('mail system', 'メールシステム'),
};

/**
 * Looks up a three-digit reply code. Codes in the table return their entry; any other code whose
 * first digit is 2-5 and second digit 0-5 gets a description built from its digits (generic: true).
 */
export function lookupReplyCode(code: string): ReplyCodeInfo | undefined {
  const c = code.trim();
  if (!/^\d{3}$/.test(c)) return undefined;
  const known = replyCodes.find((r) => r.code === c);
  if (known) return known;
  const first = FIRST_DIGIT[c[0]];
  const second = SECOND_DIGIT[c[1]];
  if (!first || !second) return undefined;
  return {
    code: c,
    title: L(`${first.title.en} (${second.en})`, `${first.title.ja}（${second.ja}）`),
    detail: L(
      `${c} is not a code defined by RFC 5321 or the common SMTP extensions, so read it from its digits. First digit ${c[0]}, "${first.title.en}": ${first.detail.en} Second digit ${c[1]}: ${second.en}. The reply text gives the actual reason.`,
      `${c} は RFC 5321 や主な SMTP 拡張で定義されたコードではないため、各桁から読み取ります。1 桁目の ${c[0]} は「${first.title.ja}」で、${first.detail.ja}2 桁目の ${c[1]} は「${second.ja}」の分類です。実際の理由は応答テキストに書かれています。`),
    source: 'RFC 5321 section 4.2.1 (meaning of the digits)',
    kind: replyKind(c[0]),
    generic: true,
  };
}

/* ------------------------------------------------------------------------------------------------
 * Enhanced status codes
 * ---------------------------------------------------------------------------------------------- */

export interface EnhancedCodeInfo {
  /** The code as asked, normalised: "5.7.1", "4.7.1" or "X.7.1". */
  code: string;
  /** The registry form, "X.7.1". */
  registryCode: string;
  /** The class digit when one was given ("2", "4" or "5"). */
  codeClass?: '2' | '4' | '5';
  /** Meaning of the class digit, when one was given. */
  classTitle?: Localized;
  classDetail?: Localized;
  subject: Localized;
  title: Localized;
  detail: Localized;
  /** The document that defines the code, e.g. "RFC 3463". */
  source: string;
  /** Set for codes the registry keeps but marks as not to be used. */
  deprecated?: boolean;
}

export interface EnhancedRegistryEntry {
  /** "X.7.1" */
  code: string;
  title: Localized;
  detail: Localized;
  source: string;
  deprecated?: boolean;
}

export const enhancedClasses: Readonly<Record<'2' | '4' | '5', { title: Localized; detail: Localized }>> = {
  '2': {
    title: L('Success', '成功'),
    detail: L('The action succeeded; the rest of the code may note something done on the way.',
      '処理は成功しました。残りの桁で途中の処理について補足することがあります。'),
  },
  '4': {
    title: L('Persistent transient failure', '一時的な失敗'),
    detail: L('The message is fine but a temporary condition stopped it. The sender keeps it and retries (Postfix keeps it in the deferred queue until maximal_queue_lifetime).',
      'メッセージ自体は正しいが、一時的な状況で処理できませんでした。送信側は保持して再送します（Postfix は maximal_queue_lifetime まで deferred キューで再試行します）。'),
  },
  '5': {
    title: L('Permanent failure', '恒久的な失敗'),
    detail: L('Sending the same message again will not work; something must change first. The sender returns the message.',
      '同じメッセージを再送しても成功しません。先に何かを変える必要があります。送信側はメッセージを差出人に返します。'),
  },
};

/** Subject digit (the second number) of an enhanced status code. */
export const enhancedSubjects: readonly { code: string; title: Localized; detail: Localized }[] = [
  { code: 'X.0', title: L('Other or undefined status', 'その他・未定義の状態'),
    detail: L('No further category is given.', 'それ以上の分類は示されていません。') },
  { code: 'X.1', title: L('Addressing status', 'アドレスの状態'),
    detail: L('About the sender or recipient address: its syntax or whether it exists. Usually the sender can correct it.',
      '送信者または宛先アドレス（書式や存在）に関するものです。多くは送信側で修正できます。') },
  { code: 'X.2', title: L('Mailbox status', 'メールボックスの状態'),
    detail: L('About the recipient\'s mailbox, which the recipient controls (full, disabled, ...).',
      '宛先のメールボックス（満杯、無効化など）に関するもので、受信者側の管理下にあります。') },
  { code: 'X.3', title: L('Mail system status', 'メールシステムの状態'),
    detail: L('About the receiving mail system, which its administrator controls (storage, size limits, configuration).',
      '受信側メールシステム（容量、サイズ制限、設定）に関するもので、その管理者の管理下にあります。') },
  { code: 'X.4', title: L('Network and routing status', 'ネットワーク・経路の状態'),
    detail: L('About DNS, connections and routing between the systems.',
      'DNS、接続、システム間の経路に関するものです。') },
  { code: 'X.5', title: L('Mail delivery protocol status', '配送プロトコルの状態'),
    detail: L('About the SMTP exchange itself: commands, their order and their arguments.',
      'SMTP のやり取りそのもの（コマンド、その順序、引数）に関するものです。') },
  { code: 'X.6', title: L('Message content or media status', 'メッセージ内容・メディアの状態'),
    detail: L('About the message content: media types, conversions, character sets.',
      'メッセージの内容（メディアタイプ、変換、文字コード）に関するものです。') },
  { code: 'X.7', title: L('Security or policy status', 'セキュリティ・ポリシーの状態'),
    detail: L('About policy and security: relay and access rules, authentication, encryption, reputation.',
      'ポリシーとセキュリティ（リレーやアクセスの規則、認証、暗号化、評価）に関するものです。') },
];

type EnhancedRow = [code: string, source: string, title: Localized, detail: Localized, deprecated?: boolean];

const ENHANCED_ROWS: EnhancedRow[] = [
  ['X.0.0', 'RFC 3463', L('Other undefined status', 'その他の未定義の状態'),
    L('Only the class is known; read the reply text for the reason. Postfix uses 2.0.0 for plain success ("250 2.0.0 Ok").',
      '分かるのはクラス（成功・一時・恒久）だけです。理由は応答テキストを読んでください。Postfix は単純な成功に 2.0.0 を使います（「250 2.0.0 Ok」）。')],
  // X.1 addressing
  ['X.1.0', 'RFC 3463', L('Other address status', 'その他のアドレスの状態'),
    L('Something about an address caused this, with no more detail. Postfix uses 5.1.0 when it rejects an unknown sender address with reject_unlisted_sender.',
      'アドレスに関する問題ですが、詳細は示されていません。Postfix は reject_unlisted_sender で存在しない送信者アドレスを拒否するときに 5.1.0 を使います。')],
  ['X.1.1', 'RFC 3463', L('Bad destination mailbox address', '宛先メールボックスのアドレスが不正'),
    L('The mailbox (the part left of "@") does not exist at the destination. Postfix: "550 5.1.1 <address>: Recipient address rejected: User unknown in ... table".',
      '宛先で「@」の左側（メールボックス）が存在しません。Postfix の例：「550 5.1.1 <アドレス>: Recipient address rejected: User unknown in ... table」。')],
  ['X.1.2', 'RFC 3463', L('Bad destination system address', '宛先システムのアドレスが不正'),
    L('The domain (right of "@") does not exist or cannot receive mail. Postfix: reject_unknown_recipient_domain ("Recipient address rejected: Domain not found", 4.1.2 or 5.1.2).',
      '「@」の右側のドメインが存在しないか、メールを受けられません。Postfix では reject_unknown_recipient_domain（「Recipient address rejected: Domain not found」、4.1.2 または 5.1.2）。')],
  ['X.1.3', 'RFC 3463', L('Bad destination mailbox address syntax', '宛先アドレスの書式が不正'),
    L('The recipient address is not syntactically valid (Postfix: "501 5.1.3 Bad recipient address syntax").',
      '宛先アドレスの書式が正しくありません（Postfix の例：「501 5.1.3 Bad recipient address syntax」）。')],
  ['X.1.4', 'RFC 3463', L('Destination mailbox address ambiguous', '宛先アドレスが曖昧'),
    L('The address matches more than one mailbox at the destination.',
      '宛先でこのアドレスが複数のメールボックスに該当します。')],
  ['X.1.5', 'RFC 3463', L('Destination address valid', '宛先アドレスは有効'),
    L('A success detail: the recipient was accepted (Postfix: "250 2.1.5 Ok" after RCPT TO).',
      '成功を表す詳細コードで、宛先が受け付けられました（Postfix では RCPT TO 後の「250 2.1.5 Ok」）。')],
  ['X.1.6', 'RFC 3463', L('Destination mailbox has moved, no forwarding address', '宛先メールボックスは移転済みで転送先なし'),
    L('The address used to be valid but no longer takes mail. Postfix uses 5.1.6 for entries in relocated_maps ("User has moved to ...").',
      '以前は有効だったアドレスが、今はメールを受け付けません。Postfix は relocated_maps の登録に 5.1.6 を使います（「User has moved to ...」）。')],
  ['X.1.7', 'RFC 3463', L('Bad sender\'s mailbox address syntax', '送信者アドレスの書式が不正'),
    L('The sender address is not syntactically valid (Postfix: "501 5.1.7 Bad sender address syntax").',
      '送信者アドレスの書式が正しくありません（Postfix の例：「501 5.1.7 Bad sender address syntax」）。')],
  ['X.1.8', 'RFC 3463', L('Bad sender\'s system address', '送信者のドメインが不正'),
    L('The sender\'s domain does not exist or cannot receive replies. Postfix: reject_unknown_sender_domain ("Sender address rejected: Domain not found", 450 4.1.8 by default, 5.1.8 with a 5xx unknown_address_reject_code).',
      '送信者のドメインが存在しないか、返信を受けられません。Postfix では reject_unknown_sender_domain（「Sender address rejected: Domain not found」。既定は 450 4.1.8、unknown_address_reject_code を 5xx にすると 5.1.8）。')],
  ['X.1.9', 'RFC 3886', L('Message relayed to non-compliant mailer', '非対応のメールシステムへ中継されました'),
    L('The address was valid, but the message went on to a system that gives no further delivery status, so nothing more can be reported.',
      'アドレスは有効でしたが、配送状態を返さないシステムへ転送されたため、それ以上の状態は分かりません。')],
  ['X.1.10', 'RFC 7505', L('Recipient address has null MX', '宛先ドメインが null MX を公開しています'),
    L('The recipient domain publishes a null MX record ("MX 0 ."), stating that it accepts no mail. Permanent. Postfix: "556 5.1.10 ... Domain ... does not accept mail (nullMX)".',
      '宛先ドメインが null MX レコード（「MX 0 .」）でメールを受け付けないと宣言しています。恒久的なエラーです。Postfix の例：「556 5.1.10 ... Domain ... does not accept mail (nullMX)」。')],
  // X.2 mailbox
  ['X.2.0', 'RFC 3463', L('Other or undefined mailbox status', 'その他・未定義のメールボックスの状態'),
    L('The mailbox exists, but something about it caused this, with no more detail.',
      'メールボックスは存在しますが、それに関する何らかの問題です。詳細は示されていません。')],
  ['X.2.1', 'RFC 3463', L('Mailbox disabled, not accepting messages', 'メールボックスが無効でメッセージを受け付けません'),
    L('The mailbox exists but does not take mail; temporary or permanent depending on whether it will be enabled again.',
      'メールボックスは存在しますが受信していません。再び有効になるかどうかで一時的にも恒久的にもなります。')],
  ['X.2.2', 'RFC 3463', L('Mailbox full', 'メールボックスが満杯'),
    L('The recipient is over quota. The RFC intends this as a temporary condition (4.2.2) because the recipient can delete mail, but many servers send 5.2.2.',
      '受信者の容量制限を超えています。受信者がメールを削除すれば解消するため RFC は一時的（4.2.2）を想定していますが、5.2.2 を返すサーバーも多くあります。')],
  ['X.2.3', 'RFC 3463', L('Message length exceeds administrative limit', 'メッセージが管理上のサイズ上限を超えています'),
    L('The message is larger than a limit set for this mailbox (smaller than the system-wide limit). Permanent for this message.',
      'このメールボックスに設定された上限（システム全体の上限より小さい）を超えています。このメッセージについては恒久的なエラーです。')],
  ['X.2.4', 'RFC 3463', L('Mailing list expansion problem', 'メーリングリストの展開に失敗'),
    L('The address is a mailing list that could not be expanded.',
      '宛先のメーリングリストを展開できませんでした。')],
  // X.3 mail system
  ['X.3.0', 'RFC 3463', L('Other or undefined mail system status', 'その他・未定義のメールシステムの状態'),
    L('The destination normally takes mail, but something about the system caused this.',
      '宛先システムは通常はメールを受け付けますが、システム側の何らかの問題です。')],
  ['X.3.1', 'RFC 3463', L('Mail system full', 'メールシステムの容量不足'),
    L('The receiving system is out of storage; the recipient cannot fix it. Temporary. Postfix: "452 4.3.1 Insufficient system storage" (queue_minfree, message_size_limit).',
      '受信側システムの容量が足りません。受信者には解決できません。一時的なエラーです。Postfix の例：「452 4.3.1 Insufficient system storage」（queue_minfree、message_size_limit）。')],
  ['X.3.2', 'RFC 3463', L('System not accepting network messages', 'システムがネットワークからのメッセージを受け付けていません'),
    L('The destination host is not taking mail now (shutdown, overload, maintenance). Postfix uses 4.3.2 for the defer restriction ("Try again later").',
      '宛先ホストは今メールを受け付けていません（停止、過負荷、保守）。Postfix は defer 制限（「Try again later」）に 4.3.2 を使います。')],
  ['X.3.3', 'RFC 3463', L('System not capable of selected features', '選択された機能にシステムが対応していません'),
    L('The message asks for features the destination (often a gateway) cannot support.',
      'メッセージが求める機能に宛先（多くはゲートウェイ）が対応していません。')],
  ['X.3.4', 'RFC 3463', L('Message too big for system', 'メッセージがシステムの上限より大きい'),
    L('The message exceeds the system-wide size limit. Permanent. Postfix: "552 5.3.4 Message size exceeds fixed limit" (message_size_limit).',
      'メッセージがシステム全体のサイズ上限を超えています。恒久的なエラーです。Postfix の例：「552 5.3.4 Message size exceeds fixed limit」（message_size_limit）。')],
  ['X.3.5', 'RFC 3463', L('System incorrectly configured', 'システムの設定が誤っています'),
    L('The receiving system is not configured to accept this message. From Postfix ("451 4.3.5 Server configuration error/problem") it means the receiving server\'s own configuration: look at its log for a warning.',
      '受信側システムがこのメッセージを受け付けるように設定されていません。Postfix の応答（「451 4.3.5 Server configuration error/problem」）では受信側サーバー自身の設定の問題を意味するので、そのログの warning を確認します。')],
  ['X.3.6', 'RFC 6710', L('Requested priority was changed', '要求された優先度が変更されました'),
    L('The message was accepted, but with a different priority than the sender asked for (MT-PRIORITY extension).',
      'メッセージは受け付けられましたが、送信者が求めたものとは別の優先度になりました（MT-PRIORITY 拡張）。')],
  // X.4 network and routing
  ['X.4.0', 'RFC 3463', L('Other or undefined network or routing status', 'その他・未定義のネットワーク・経路の状態'),
    L('A network or routing problem with no more detail. Postfix uses 5.4.0 for "too many hops" (a mail loop beyond hopcount_limit).',
      '詳細のないネットワークまたは経路の問題です。Postfix は「too many hops」（hopcount_limit を超えるメールループ）に 5.4.0 を使います。')],
  ['X.4.1', 'RFC 3463', L('No answer from host', 'ホストから応答がありません'),
    L('The outgoing connection attempt was not answered (host down or busy). Meant as a temporary condition; Postfix\'s SMTP client reports failed connections with 4.4.1. Note: Microsoft\'s "550 5.4.1 Recipient address rejected: Access denied" is its own use of this code for Directory-Based Edge Blocking (unknown recipient), not a connection problem.',
      '送信側からの接続に応答がありません（ホスト停止や混雑）。一時的な状況を想定したコードで、Postfix の SMTP クライアントは接続失敗を 4.4.1 で記録します。注意：Microsoft の「550 5.4.1 Recipient address rejected: Access denied」は同社がディレクトリベースのエッジブロック（存在しない宛先）に独自に使うもので、接続の問題ではありません。')],
  ['X.4.2', 'RFC 3463', L('Bad connection', '接続の不良'),
    L('The connection was made but the transaction could not finish (timeout, lost connection). Temporary. Postfix: "421 4.4.2 ... Error: timeout exceeded".',
      '接続はできたがトランザクションを完了できませんでした（タイムアウト、切断）。一時的なエラーです。Postfix の例：「421 4.4.2 ... Error: timeout exceeded」。')],
  ['X.4.3', 'RFC 3463', L('Directory server failure', 'ディレクトリサーバーの障害'),
    L('A directory service needed for routing, typically DNS, was not available. Temporary; Postfix reports temporary DNS lookup failures with 4.4.3.',
      '経路決定に必要なディレクトリサービス（典型的には DNS）が使えませんでした。一時的なエラーで、Postfix は DNS の一時的な検索失敗を 4.4.3 で記録します。')],
  ['X.4.4', 'RFC 3463', L('Unable to route', '経路を決定できません'),
    L('No next hop could be found, e.g. the domain has no usable MX or address records. Postfix\'s SMTP client uses 5.4.4 when the destination host is not found in DNS.',
      '次の配送先が見つかりません（ドメインに使える MX やアドレスのレコードがないなど）。Postfix の SMTP クライアントは宛先ホストが DNS で見つからないとき 5.4.4 を使います。')],
  ['X.4.5', 'RFC 3463', L('Mail system congestion', 'メールシステムの混雑'),
    L('The mail system was too busy to deliver. Temporary.',
      'メールシステムが混雑していて配送できませんでした。一時的なエラーです。')],
  ['X.4.6', 'RFC 3463', L('Routing loop detected', '配送ループを検出'),
    L('The message was forwarded too many times because of a routing or forwarding loop. Postfix uses 5.4.6 for "mail for <domain> loops back to myself" (the domain is not listed in mydestination or a similar parameter, yet its MX points to this host).',
      '経路または転送のループで、メッセージが何度も転送されました。Postfix は「mail for <ドメイン> loops back to myself」に 5.4.6 を使います（MX はこのホストを指すのに、そのドメインが mydestination などに登録されていない場合）。')],
  ['X.4.7', 'RFC 3463', L('Delivery time expired', '配送期限切れ'),
    L('The message stayed in a queue too long or exceeded a time limit set by the sender.',
      'メッセージがキューに長く留まりすぎたか、送信者が指定した期限を過ぎました。')],
  // X.5 protocol
  ['X.5.0', 'RFC 3463', L('Other or undefined protocol status', 'その他・未定義のプロトコルの状態'),
    L('A protocol problem with no more detail. Postfix: "503 5.5.0 ... Improper use of SMTP command pipelining" (reject_unauth_pipelining) and "554 5.5.0 Error: SMTP protocol synchronization".',
      '詳細のないプロトコルの問題です。Postfix の例：「503 5.5.0 ... Improper use of SMTP command pipelining」（reject_unauth_pipelining）、「554 5.5.0 Error: SMTP protocol synchronization」。')],
  ['X.5.1', 'RFC 3463', L('Invalid command', '無効なコマンド'),
    L('A command was out of sequence or not supported. With 503 it is a command-order problem of the client ("503 5.5.1 Error: need MAIL command", "send HELO/EHLO first", "authentication not enabled"), not a server outage.',
      '順序が誤っているか、対応していないコマンドです。503 と組み合わさった場合はクライアントのコマンド順序の問題で（「503 5.5.1 Error: need MAIL command」「send HELO/EHLO first」「authentication not enabled」など）、サーバー停止を意味しません。')],
  ['X.5.2', 'RFC 3463', L('Syntax error', '構文エラー'),
    L('A command could not be interpreted (bad syntax or unknown command). Postfix also uses 5.5.2 for HELO name checks ("504 5.5.2 ... need fully-qualified hostname").',
      'コマンドを解釈できませんでした（構文誤りや不明なコマンド）。Postfix は HELO 名のチェックにも 5.5.2 を使います（「504 5.5.2 ... need fully-qualified hostname」）。')],
  ['X.5.3', 'RFC 3463', L('Too many recipients', '宛先が多すぎます'),
    L('More recipients than the server takes in one transaction. The client should send the rest in another transaction. Postfix: "452 4.5.3 Error: too many recipients" (smtpd_recipient_limit).',
      '1 回のトランザクションで受け付ける数を超える宛先が指定されました。クライアントは残りを別のトランザクションで送るべきです。Postfix の例：「452 4.5.3 Error: too many recipients」（smtpd_recipient_limit）。')],
  ['X.5.4', 'RFC 3463', L('Invalid command arguments', 'コマンドの引数が無効'),
    L('A valid command had arguments that are out of range or unsupported (Postfix: "501 5.5.4 Syntax: MAIL FROM:<address>", "555 5.5.4 Unsupported option").',
      '正しいコマンドに、範囲外または非対応の引数が付いています（Postfix の例：「501 5.5.4 Syntax: MAIL FROM:<address>」「555 5.5.4 Unsupported option」）。')],
  ['X.5.5', 'RFC 3463', L('Wrong protocol version', 'プロトコルのバージョン不一致'),
    L('The two systems could not agree on a protocol version.',
      '双方のシステムでプロトコルのバージョンを合わせられませんでした。')],
  ['X.5.6', 'RFC 4954', L('Authentication exchange line is too long', '認証のやり取りの行が長すぎます'),
    L('An AUTH response from the client was longer than the server accepts (Postfix: "500 5.5.6 SASL response limit exceeded").',
      'クライアントの AUTH 応答がサーバーの受け付ける長さを超えました（Postfix の例：「500 5.5.6 SASL response limit exceeded」）。')],
  // X.6 content
  ['X.6.0', 'RFC 3463', L('Other or undefined media error', 'その他・未定義のメディアのエラー'),
    L('Something in the content made the message undeliverable, with no more detail.',
      '内容の何かが原因で配送できませんでした。詳細は示されていません。')],
  ['X.6.1', 'RFC 3463', L('Media not supported', 'メディアに対応していません'),
    L('The media type of the message is not supported on the way to the recipient.',
      '経路上でこのメッセージのメディアタイプに対応していません。')],
  ['X.6.2', 'RFC 3463', L('Conversion required and prohibited', '変換が必要だが禁止されています'),
    L('The content would have to be converted, but the sender or the policy forbids conversion.',
      '内容の変換が必要ですが、送信者またはポリシーが変換を禁じています。')],
  ['X.6.3', 'RFC 3463', L('Conversion required but not supported', '変換が必要だが対応していません'),
    L('The content would have to be converted but a system on the way cannot do it, e.g. 8-bit content for a next hop that only takes 7-bit.',
      '内容の変換が必要ですが、経路上のシステムが対応していません（7 ビットしか受けない次の配送先への 8 ビットの内容など）。')],
  ['X.6.4', 'RFC 3463', L('Conversion with loss performed', '情報の失われる変換が行われました'),
    L('Usually a success note: the message was delivered after a conversion that lost some information.',
      '多くは成功時の補足で、一部の情報が失われる変換をしたうえで配送されました。')],
  ['X.6.5', 'RFC 3463', L('Conversion failed', '変換に失敗しました'),
    L('A needed conversion was attempted and failed.',
      '必要な変換を試みましたが失敗しました。')],
  ['X.6.6', 'RFC 4468', L('Message content not available', 'メッセージの内容を取得できません'),
    L('The content referenced by the client (BURL) could not be fetched from the remote system.',
      'クライアントが参照した内容（BURL）をリモートのシステムから取得できませんでした。')],
  ['X.6.7', 'RFC 6531', L('Non-ASCII addresses not permitted for that sender/recipient', 'この送信者・宛先には非 ASCII アドレスを使えません'),
    L('An address with non-ASCII characters was used where SMTPUTF8 is not in effect. Postfix: "553 5.6.7 Must declare SMTPUTF8 to send unicode address".',
      'SMTPUTF8 が有効でないところで非 ASCII 文字を含むアドレスが使われました。Postfix の例：「553 5.6.7 Must declare SMTPUTF8 to send unicode address」。')],
  ['X.6.8', 'RFC 6531', L('UTF-8 string reply is required, but not permitted by the SMTP client', 'UTF-8 の応答が必要だがクライアントが許可していません'),
    L('The server would have to answer with UTF-8 text (e.g. a mailbox name), but the client did not allow it.',
      'サーバーは UTF-8 の文字列（メールボックス名など）で応答する必要がありますが、クライアントがそれを許可していません。')],
  ['X.6.9', 'RFC 6531', L('UTF-8 header message cannot be transferred to one or more recipients', 'UTF-8 ヘッダーのメッセージを一部の宛先へ転送できません'),
    L('The message has UTF-8 header fields and a recipient\'s path does not support SMTPUTF8, so the message is rejected.',
      'メッセージに UTF-8 のヘッダーがあり、宛先への経路が SMTPUTF8 に対応していないため拒否されました。')],
  ['X.6.10', 'RFC 6531', L('UTF-8 string reply is required, but not permitted by the SMTP client (duplicate of X.6.8)', 'UTF-8 の応答が必要だがクライアントが許可していません（X.6.8 の重複）'),
    L('Registered by mistake with the same meaning as X.6.8; the registry lists it as a deprecated duplicate. Use X.6.8 instead.',
      '誤って X.6.8 と同じ意味で登録されたもので、レジストリでは廃止された重複として扱われています。X.6.8 を使います。'), true],
  // X.7 security and policy
  ['X.7.0', 'RFC 3463', L('Other or undefined security status', 'その他・未定義のセキュリティの状態'),
    L('A security or policy reason with no more detail. Postfix: "530 5.7.0 Must issue a STARTTLS command first", "421 4.7.0 ... Error: too many connections from ...", "454 4.7.0 TLS not available due to local problem".',
      '詳細のないセキュリティまたはポリシー上の理由です。Postfix の例：「530 5.7.0 Must issue a STARTTLS command first」「421 4.7.0 ... Error: too many connections from ...」「454 4.7.0 TLS not available due to local problem」。')],
  ['X.7.1', 'RFC 3463', L('Delivery not authorized, message refused', '配送が許可されず、メッセージは拒否されました'),
    L('The sender may not send to this destination: a per-host or per-recipient rule refused it. It is Postfix\'s usual policy rejection ("554 5.7.1 <address>: Relay access denied", access tables with REJECT, reject_rbl_client). The RFC describes it as permanent, but Postfix and other servers also send 4.7.1 for temporary refusals (defer_unauth_destination "454 4.7.1", access table DEFER "450 4.7.1").',
      '送信者はこの宛先へ送ることを許可されていません（ホスト単位・宛先単位の規則による拒否）。Postfix の典型的なポリシー拒否です（「554 5.7.1 <アドレス>: Relay access denied」、アクセステーブルの REJECT、reject_rbl_client）。RFC は恒久的なエラーとして説明していますが、Postfix や他のサーバーは一時的な拒否にも 4.7.1 を使います（defer_unauth_destination の「454 4.7.1」、アクセステーブルの DEFER による「450 4.7.1」）。')],
  ['X.7.2', 'RFC 3463', L('Mailing list expansion prohibited', 'メーリングリストへの送信は許可されていません'),
    L('The sender may not send to this mailing list.',
      '送信者はこのメーリングリストへ送ることを許可されていません。')],
  ['X.7.3', 'RFC 3463', L('Security conversion required but not possible', 'セキュリティ形式の変換が必要だが不可能です'),
    L('Delivery would need a conversion between secure message formats that cannot be done.',
      '配送にはセキュアなメッセージ形式の間の変換が必要ですが、実行できません。')],
  ['X.7.4', 'RFC 3463', L('Security features not supported', 'セキュリティ機能に対応していません'),
    L('The message asks for security features the delivery path does not support.',
      'メッセージが求めるセキュリティ機能に配送経路が対応していません。')],
  ['X.7.5', 'RFC 3463', L('Cryptographic failure', '暗号処理の失敗'),
    L('A system that should verify or decrypt the message could not, e.g. a key was missing or invalid.',
      '検証または復号すべきシステムが処理できませんでした（鍵がない、無効など）。')],
  ['X.7.6', 'RFC 3463', L('Cryptographic algorithm not supported', '暗号アルゴリズムに対応していません'),
    L('The algorithm needed to verify or decrypt the message is not supported.',
      '検証または復号に必要なアルゴリズムに対応していません。')],
  ['X.7.7', 'RFC 3463', L('Message integrity failure', 'メッセージの完全性の検証に失敗'),
    L('The message could not be verified because it was damaged or altered.',
      'メッセージが破損または改変されていたため検証できませんでした。')],
  ['X.7.8', 'RFC 4954', L('Authentication credentials invalid', '認証情報が無効'),
    L('AUTH failed because of wrong or insufficient credentials. Postfix: "535 5.7.8 Error: authentication failed: <reason>".',
      '認証情報の誤りまたは不足で AUTH に失敗しました。Postfix の例：「535 5.7.8 Error: authentication failed: <理由>」。')],
  ['X.7.9', 'RFC 4954', L('Authentication mechanism is too weak', '認証方式が弱すぎます'),
    L('The chosen AUTH mechanism is weaker than the server allows for this user; the client should use another one.',
      '選んだ認証方式がこのユーザーに許される強さに足りません。クライアントは別の方式を使うべきです。')],
  ['X.7.10', 'RFC 5248', L('Encryption needed', '暗号化が必要'),
    L('The requested AUTH mechanism (typically a plain-text one) needs an encryption layer such as TLS first.',
      '要求した認証方式（多くは平文のもの）を使うには、先に TLS などの暗号化が必要です。')],
  ['X.7.11', 'RFC 4954', L('Encryption required for requested authentication mechanism', 'この認証方式には暗号化が必要です'),
    L('The chosen AUTH mechanism is allowed only on an encrypted connection.',
      '選んだ認証方式は暗号化された接続でのみ使えます。')],
  ['X.7.12', 'RFC 4954', L('A password transition is needed', 'パスワードの移行が必要です'),
    L('The user must first authenticate once with another mechanism (typically PLAIN) before the chosen one works.',
      '選んだ方式を使う前に、一度別の方式（通常は PLAIN）で認証する必要があります。')],
  ['X.7.13', 'RFC 5248', L('User account disabled', 'ユーザーアカウントが無効'),
    L('Authentication worked, but the account is disabled; only its administrator can enable it again.',
      '認証はできましたがアカウントが無効化されています。再び有効にできるのは管理者だけです。')],
  ['X.7.14', 'RFC 5248', L('Trust relationship required', '信頼関係の設定が必要'),
    L('The submission server needs a configured trust relationship with a third-party server to fetch the content.',
      'サブミッションサーバーが内容を取得するには、第三者のサーバーとの信頼関係の設定が必要です。')],
  ['X.7.15', 'RFC 6710', L('Priority level is too low', '優先度が低すぎます'),
    L('The message\'s priority is below what the server accepts now (MT-PRIORITY); may be temporary.',
      'メッセージの優先度が、現在サーバーが受け付ける水準を下回っています（MT-PRIORITY）。一時的な場合もあります。')],
  ['X.7.16', 'RFC 6710', L('Message is too big for the specified priority', '指定された優先度に対してメッセージが大きすぎます'),
    L('The server accepts messages of this priority only up to a smaller size; may be temporary.',
      'この優先度ではより小さなメッセージしか受け付けていません。一時的な場合もあります。')],
  ['X.7.17', 'RFC 7293', L('Mailbox owner has changed', 'メールボックスの所有者が変わりました'),
    L('With the RRVS check, the recipient mailbox has not had the same owner since the date the sender gave.',
      'RRVS のチェックで、送信者が指定した日時以降、宛先メールボックスの所有者が同じでないことが分かりました。')],
  ['X.7.18', 'RFC 7293', L('Domain owner has changed', 'ドメインの所有者が変わりました'),
    L('With the RRVS check, the recipient domain has changed owner since the date the sender gave.',
      'RRVS のチェックで、送信者が指定した日時以降に宛先ドメインの所有者が変わったことが分かりました。')],
  ['X.7.19', 'RFC 7293', L('RRVS test cannot be completed', 'RRVS のチェックを完了できません'),
    L('The receiver cannot evaluate the RRVS request because it has no record of the needed date; the sender decides whether to resend without it.',
      '必要な日時の記録がないため RRVS の要求を評価できません。RRVS なしで再送するかは送信者が判断します。')],
  ['X.7.20', 'RFC 7372', L('No passing DKIM signature found', '有効な DKIM 署名がありません'),
    L('The message has no DKIM signature that verifies, and local policy requires one.',
      '検証に通る DKIM 署名がなく、受信側のポリシーがそれを求めています。')],
  ['X.7.21', 'RFC 7372', L('No acceptable DKIM signature found', '受け入れられる DKIM 署名がありません'),
    L('DKIM signatures verify, but none is acceptable to local policy (e.g. the wrong signing domain).',
      'DKIM 署名は検証に通りますが、受信側のポリシーで受け入れられるもの（署名ドメインなど）がありません。')],
  ['X.7.22', 'RFC 7372', L('No valid author-matched DKIM signature found', 'From のドメインに一致する有効な DKIM 署名がありません'),
    L('No verifying DKIM signature comes from the domain in the From: header; a special case of X.7.21.',
      'From: ヘッダーのドメインによる、検証に通る DKIM 署名がありません。X.7.21 の特別な場合です。')],
  ['X.7.23', 'RFC 7372', L('SPF validation failed', 'SPF の検証に失敗'),
    L('The SPF check gave "fail" and local policy rejects such mail: the sending IP is not allowed by the SPF record of the envelope sender domain.',
      'SPF チェックの結果が「fail」で、受信側のポリシーがそれを拒否しました。送信 IP がエンベロープ送信者ドメインの SPF レコードで許可されていません。')],
  ['X.7.24', 'RFC 7372', L('SPF validation error', 'SPF の検証エラー'),
    L('Evaluating SPF produced an error (DNS trouble or a broken SPF record); may be temporary (4.7.24) or permanent (5.7.24).',
      'SPF の評価中にエラーが起きました（DNS の問題や SPF レコードの誤り）。一時的（4.7.24）な場合も恒久的（5.7.24）な場合もあります。')],
  ['X.7.25', 'RFC 7372', L('Reverse DNS validation failed', '逆引き DNS の検証に失敗'),
    L('The client IP failed the receiver\'s reverse DNS check (no PTR record, or the name does not resolve back to the IP). Postfix 3.7+ sends "450 4.7.25 Client host rejected: cannot find your hostname" for reject_unknown_client_hostname; Gmail sends "550 5.7.25" for a missing PTR record.',
      'クライアント IP が受信側の逆引き DNS チェックに通りませんでした（PTR レコードがない、または名前が元の IP に正引きで戻らない）。Postfix 3.7 以降は reject_unknown_client_hostname で「450 4.7.25 Client host rejected: cannot find your hostname」を送り、Gmail は PTR レコードがない場合に「550 5.7.25」を送ります。')],
  ['X.7.26', 'RFC 7372', L('Multiple authentication checks failed', '複数の認証チェックに失敗'),
    L('The message failed more than one authentication check (e.g. both SPF and DKIM) and local policy rejects it. Gmail uses 4.7.26/5.7.26 for unauthenticated mail.',
      '複数の認証チェック（SPF と DKIM の両方など）に失敗し、受信側のポリシーが拒否しました。Gmail は認証されていないメールに 4.7.26/5.7.26 を使います。')],
  ['X.7.27', 'RFC 7505', L('Sender address has null MX', '送信者ドメインが null MX を公開しています'),
    L('The sender\'s domain publishes a null MX record, so replies or bounces could never reach it, and the receiver refuses such mail. Postfix: reject_unknown_sender_domain answers "550 5.7.27 ... Domain ... does not accept mail (nullMX)". Gmail uses 4.7.27/5.7.27 with a different meaning of its own (SPF did not pass).',
      '送信者ドメインが null MX を公開しており返信やエラー通知が届かないため、受信側が拒否しました。Postfix では reject_unknown_sender_domain が「550 5.7.27 ... Domain ... does not accept mail (nullMX)」と応答します。Gmail は 4.7.27/5.7.27 を独自に別の意味（SPF に合格しない）で使っています。')],
  ['X.7.28', 'IANA registry (not defined by an RFC)', L('Mail flood detected', '大量送信（フラッド）を検出'),
    L('The message looks like part of a flood of similar unwanted messages. Gmail uses 4.7.28 to rate-limit an IP or domain with an unusual rate of unsolicited mail.',
      'このメッセージは、同様の迷惑メールの大量送信の一部とみなされました。Gmail は迷惑メールの割合が異常に高い IP やドメインを一時的に制限するとき 4.7.28 を使います。')],
  ['X.7.29', 'RFC 8617', L('ARC validation failure', 'ARC の検証に失敗'),
    L('The message failed ARC (Authenticated Received Chain) validation.',
      'メッセージが ARC（Authenticated Received Chain）の検証に失敗しました。')],
  ['X.7.30', 'RFC 8689', L('REQUIRETLS support required', 'REQUIRETLS への対応が必要'),
    L('The message was sent with REQUIRETLS, and the next hop does not offer REQUIRETLS or a properly protected TLS connection, so it cannot be passed on.',
      'メッセージが REQUIRETLS 付きで送られましたが、次の配送先が REQUIRETLS や適切に保護された TLS 接続を提供しないため転送できません。')],
];

/** Every detail code in the IANA registry, "X.s.d" form. */
export const enhancedCodes: readonly EnhancedRegistryEntry[] = ENHANCED_ROWS.map(([code, source, title, detail, deprecated]) =>
  (deprecated ? { code, title, detail, source, deprecated } : { code, title, detail, source }));

const ENHANCED_INDEX = new Map(enhancedCodes.map((e) => [e.code, e]));

interface ParsedEnhanced { cls: string; subject: number; detail: number }

function parseEnhanced(code: string): ParsedEnhanced | undefined {
  const m = /^([245xX])\.(\d{1,3})\.(\d{1,3})$/.exec(code.trim());
  if (!m) return undefined;
  return { cls: m[1].toUpperCase(), subject: Number(m[2]), detail: Number(m[3]) };
}

/**
 * Looks up an enhanced status code: "5.7.1", "4.7.1" and "X.7.1" all find X.7.1; the class digit, when
 * given, adds its own meaning. Detail codes that the registry does not assign return undefined.
 */
export function lookupEnhancedCode(code: string): EnhancedCodeInfo | undefined {
  const p = parseEnhanced(code);
  if (!p) return undefined;
  const registryCode = `X.${p.subject}.${p.detail}`;
  const entry = ENHANCED_INDEX.get(registryCode);
  const subject = enhancedSubjects[p.subject];
  if (!entry || !subject) return undefined;
  const info: EnhancedCodeInfo = {
    code: `${p.cls}.${p.subject}.${p.detail}`,
    registryCode,
    subject: subject.title,
    title: entry.title,
    detail: entry.detail,
    source: entry.source,
  };
  if (entry.deprecated) info.deprecated = true;
  if (p.cls !== 'X') {
    const c = p.cls as '2' | '4' | '5';
    info.codeClass = c;
    info.classTitle = enhancedClasses[c].title;
    info.classDetail = enhancedClasses[c].detail;
  }
  return info;
}

/**
 * Meaning of the class and subject digits of any well-formed enhanced code, including codes the
 * registry does not assign (such as Microsoft's 4.7.650).
 */
export function enhancedCodeParts(code: string): { registered: boolean; classTitle?: Localized; subject?: Localized } | undefined {
  const p = parseEnhanced(code);
  if (!p) return undefined;
  const out: { registered: boolean; classTitle?: Localized; subject?: Localized } = {
    registered: ENHANCED_INDEX.has(`X.${p.subject}.${p.detail}`),
  };
  if (p.cls !== 'X') out.classTitle = enhancedClasses[p.cls as '2' | '4' | '5'].title;
  const s = enhancedSubjects[p.subject];
  if (s) out.subject = s.title;
  return out;
}

/* ------------------------------------------------------------------------------------------------
 * Provider-specific codes
 * ---------------------------------------------------------------------------------------------- */

export interface ProviderCodeInfo {
  id: string;
  provider: string;
  /** The reply code usually seen with it. */
  reply?: string;
  /** All reply codes seen with it. */
  replies: string[];
  /** The enhanced code as usually shown, e.g. "4.7.650" or "5.7.606-5.7.649". */
  enhanced: string;
  /** Every enhanced code this entry explains. */
  covers: string[];
  /** True when the code is also in the IANA registry (possibly with another meaning). */
  inIanaRegistry: boolean;
  /** Text that identifies this provider's reply. When a text is given to lookupProviderCode it must match. */
  match?: RegExp;
  /** The code alone is generic (e.g. 4.7.0); the entry applies only when the reply text matches. */
  needsText?: boolean;
  title: Localized;
  detail: Localized;
  /** Where the code comes from, and how it relates to the IANA registry. */
  provenance: Localized;
}

function range(cls: string, subject: number, from: number, to: number): string[] {
  const out: string[] = [];
  for (let d = from; d <= to; d++) out.push(`${cls}.${subject}.${d}`);
  return out;
}

const MS_DOC = L('Microsoft\'s documentation of Exchange Online non-delivery reports (NDRs)',
  'Microsoft の Exchange Online 配信不能レポート（NDR）のドキュメント');
const GOOGLE_DOC = L('Google\'s reference of Gmail SMTP errors and codes',
  'Google の Gmail SMTP エラーコードの解説');

export const providerCodes: readonly ProviderCodeInfo[] = [
  {
    id: 'microsoft-4.7.650', provider: 'Microsoft', reply: '451', replies: ['451'], enhanced: '4.7.650', covers: ['4.7.650'],
    inIanaRegistry: false, match: /rate limited due to IP reputation/i,
    title: L('Temporarily rate limited due to IP reputation', 'IP の評価により一時的に流量制限されています'),
    detail: L('Outlook.com / Microsoft 365 (Exchange Online Protection) defers mail from the sending IP because its reputation is low or not yet established, often after a sudden rise in volume. It is a 4xx reply: Postfix keeps the mail in the deferred queue and retries. Lower the sending rate to Microsoft (e.g. per-destination concurrency and rate delay in a dedicated transport), and check SPF, DKIM, reverse DNS and the IP\'s reputation.',
      'Outlook.com / Microsoft 365（Exchange Online Protection）が、評価が低いかまだ確立していない送信 IP からのメールを一時的に保留しています。急な送信量の増加の後によく起きます。4xx の応答なので Postfix は deferred キューに保持して再送します。Microsoft 宛ての送信速度を下げ（専用トランスポートで宛先ごとの同時接続数や送信間隔を調整するなど）、SPF、DKIM、逆引き DNS、IP の評価を確認します。'),
    provenance: L('Microsoft\'s own code, used by Exchange Online Protection; it is not in the IANA registry, which assigns details X.7.0 to X.7.30 only. It is not a standard code, so other servers do not send it.',
      'Exchange Online Protection が使う Microsoft 独自のコードです。IANA レジストリ（X.7 の詳細コードは X.7.0～X.7.30 のみ）には登録されていない非標準のコードで、他のサーバーは送りません。'),
  },
  {
    id: 'microsoft-5.7.606-649', provider: 'Microsoft', reply: '550', replies: ['550'], enhanced: '5.7.606-5.7.649', covers: range('5', 7, 606, 649),
    inIanaRegistry: false, match: /banned sending IP/i,
    title: L('Access denied, banned sending IP', 'アクセス拒否：送信 IP が禁止されています'),
    detail: L('Microsoft 365 / Outlook.com blocks the sending IP address entirely. The reply text points to Microsoft\'s delisting portal (sender.office.com); fix the cause first (compromised account, open relay, spam), then request removal for the IP.',
      'Microsoft 365 / Outlook.com が送信 IP アドレスを全面的に拒否しています。応答テキストに Microsoft の解除申請ポータル（sender.office.com）が示されます。先に原因（乗っ取られたアカウント、オープンリレー、スパム送信）を解消してから、IP の解除を申請します。'),
    provenance: L('Microsoft\'s own codes 5.7.606 to 5.7.649, listed in Microsoft\'s documentation of Exchange Online NDRs; not in the IANA registry.',
      'Microsoft 独自のコード 5.7.606～5.7.649 で、Exchange Online の NDR のドキュメントに記載されています。IANA レジストリには登録されていません。'),
  },
  {
    id: 'microsoft-5.7.705', provider: 'Microsoft', reply: '550', replies: ['550'], enhanced: '5.7.705', covers: ['5.7.705'],
    inIanaRegistry: false, match: /tenant has exceeded threshold/i,
    title: L('Access denied, tenant has exceeded threshold', 'アクセス拒否：テナントがしきい値を超えました'),
    detail: L('Exchange Online has blocked outgoing mail of a Microsoft 365 organization that sent too much spam or bulk mail, for example through a compromised account or a compromised server relaying through the tenant (such as a Postfix host that uses Microsoft 365 as relayhost). Only the tenant administrator can clear it, after removing the cause, through Microsoft support.',
      'スパムや大量メールを送りすぎた Microsoft 365 組織の送信を Exchange Online が停止しています（乗っ取られたアカウントや、テナント経由で中継する侵害されたサーバー、たとえば Microsoft 365 を relayhost にしている Postfix ホストなど）。原因を取り除いたうえで、テナントの管理者が Microsoft サポートを通じて解除するしかありません。'),
    provenance: L(`${MS_DOC.en}; Microsoft's own code, not in the IANA registry.`, `${MS_DOC.ja}に記載された Microsoft 独自のコードで、IANA レジストリには登録されていません。`),
  },
  {
    id: 'microsoft-5.7.708', provider: 'Microsoft', reply: '550', replies: ['550'], enhanced: '5.7.708', covers: ['5.7.708'],
    inIanaRegistry: false, match: /traffic not accepted from this IP/i,
    title: L('Access denied, traffic not accepted from this IP', 'アクセス拒否：この IP からの通信は受け付けません'),
    detail: L('Exchange Online refuses to send mail for a tenant from the IP the mail comes from, because of that IP\'s low reputation; often seen with new or trial tenants and with unauthenticated relaying from on-premises servers. The tenant administrator must work it out with Microsoft.',
      'Exchange Online が、メールの送信元 IP の評価が低いため、テナントのメール送信を拒否しています。新規・試用テナントや、オンプレミスのサーバーから認証なしで中継している場合によく見られます。テナント管理者が Microsoft と対応する必要があります。'),
    provenance: L(`${MS_DOC.en}; Microsoft's own code, not in the IANA registry.`, `${MS_DOC.ja}に記載された Microsoft 独自のコードで、IANA レジストリには登録されていません。`),
  },
  {
    id: 'microsoft-5.7.750', provider: 'Microsoft', reply: '550', replies: ['550'], enhanced: '5.7.750', covers: ['5.7.750'],
    inIanaRegistry: false, match: /unregistered domains/i,
    title: L('Client blocked from sending from unregistered domains', '未登録ドメインからの送信がブロックされました'),
    detail: L('A Microsoft 365 tenant sent a large amount of mail from domains that are not added and verified as accepted domains of the tenant, so Exchange Online blocks it. Add and verify the domains in the tenant, or stop relaying mail from other domains through it.',
      'Microsoft 365 テナントが、承認済みドメインとして追加・確認されていないドメインから大量のメールを送ったため、Exchange Online がブロックしています。テナントにドメインを追加して確認するか、他のドメインのメールをテナント経由で中継するのをやめます。'),
    provenance: L(`${MS_DOC.en}; Microsoft's own code, not in the IANA registry.`, `${MS_DOC.ja}に記載された Microsoft 独自のコードで、IANA レジストリには登録されていません。`),
  },
  {
    id: 'microsoft-5.4.1-dbeb', provider: 'Microsoft', reply: '550', replies: ['550'], enhanced: '5.4.1', covers: ['5.4.1'],
    inIanaRegistry: true, match: /Recipient address rejected: Access denied/i,
    title: L('Recipient address rejected: Access denied (Directory-Based Edge Blocking)', '宛先アドレスの拒否：Access denied（ディレクトリベースのエッジブロック）'),
    detail: L('Exchange Online rejects a recipient that does not exist in the receiving organization\'s directory (Directory-Based Edge Blocking). Treat it as an unknown recipient: check the address, or the recipient organization must create it. The text looks like Postfix\'s access-table rejection, but Postfix would answer with 5.7.1 (or the code set in the table), not 5.4.1.',
      'Exchange Online が、受信側組織のディレクトリに存在しない宛先を拒否しています（ディレクトリベースのエッジブロック）。存在しない宛先として扱い、アドレスを確認するか、受信側組織にアドレスを作ってもらいます。テキストは Postfix のアクセステーブルによる拒否に似ていますが、Postfix なら 5.4.1 ではなく 5.7.1（またはテーブルで指定したコード）で応答します。'),
    provenance: L('Microsoft\'s use, described in its Exchange Online documentation. X.4.1 is registered at IANA (RFC 3463) with another meaning, "No answer from host"; Microsoft\'s use does not follow it.',
      'Exchange Online のドキュメントに記載された Microsoft の使い方です。X.4.1 は IANA に登録されていますが（RFC 3463）、意味は「ホストから応答がない」であり、Microsoft の使い方はこれに従っていません。'),
  },
  {
    id: 'google-4.7.0-unsolicited', provider: 'Google (Gmail)', reply: '421', replies: ['421'], enhanced: '4.7.0', covers: ['4.7.0'],
    inIanaRegistry: true, needsText: true, match: /unusual rate of unsolicited mail/i,
    title: L('Unusual rate of unsolicited mail; temporarily blocked', '迷惑メールの割合が異常に高いため一時的にブロック'),
    detail: L('Gmail temporarily refuses mail from the IP because too much of it looks unsolicited. Postfix retries on its own; reduce volume and fix list quality and authentication. Newer Gmail replies use 4.7.28 for the same situation.',
      'Gmail が、迷惑メールとみなされる割合が高すぎる IP からのメールを一時的に拒否しています。Postfix は自動で再送します。送信量を減らし、宛先リストの質と認証を改善します。新しい Gmail の応答では同じ状況に 4.7.28 を使います。'),
    provenance: L(`${GOOGLE_DOC.en}. 4.7.0 is the generic registered code (X.7.0, RFC 3463); the meaning here comes only from Google's reply text.`,
      `${GOOGLE_DOC.ja}によります。4.7.0 は登録済みの汎用コード（X.7.0、RFC 3463）で、ここでの意味は Google の応答テキストからのみ分かります。`),
  },
  {
    id: 'google-ipv6-ptr', provider: 'Google (Gmail)', reply: '550', replies: ['421', '550'], enhanced: '4.7.0 / 5.7.1', covers: ['4.7.0', '5.7.1'],
    inIanaRegistry: true, needsText: true, match: /IPv6 sending guidelines/i,
    title: L('Does not meet IPv6 sending guidelines (PTR record and authentication)', 'IPv6 の送信ガイドライン（PTR レコードと認証）を満たしていません'),
    detail: L('Gmail expects mail over IPv6 to come from an address with a PTR record whose name resolves back to it, and to pass SPF or DKIM. Add the reverse DNS entry for the IPv6 address, or make Postfix use IPv4 to Gmail (e.g. smtp_address_preference = ipv4, or inet_protocols in a dedicated transport).',
      'Gmail は IPv6 で届くメールについて、送信アドレスに PTR レコードがありその名前が同じアドレスへ正引きで戻ること、さらに SPF か DKIM に合格することを求めます。IPv6 アドレスの逆引きを設定するか、Gmail 宛てに Postfix が IPv4 を使うようにします（smtp_address_preference = ipv4、または専用トランスポートでの inet_protocols など）。'),
    provenance: L(`Google's Gmail replies; 4.7.0 and 5.7.1 are generic registered codes (RFC 3463), so only the text identifies this case.`,
      'Gmail の応答です。4.7.0 と 5.7.1 は登録済みの汎用コード（RFC 3463）なので、この状況はテキストでしか見分けられません。'),
  },
  {
    id: 'google-5.7.25-ptr', provider: 'Google (Gmail)', reply: '550', replies: ['550'], enhanced: '5.7.25', covers: ['5.7.25'],
    inIanaRegistry: true, match: /PTR record/i,
    title: L('No PTR record, or the PTR name does not resolve to the sending IP', 'PTR レコードがないか、その名前が送信 IP に正引きで戻りません'),
    detail: L('Gmail rejects mail from an IP without working forward-confirmed reverse DNS. Ask whoever controls the IP (hosting or network provider) to set a PTR record to a name whose A/AAAA record points back to the same IP, and use that name as myhostname / smtp_helo_name.',
      'Gmail は、正引きで確認できる逆引き DNS のない IP からのメールを拒否します。IP を管理する事業者（ホスティングやネットワークの提供者）に PTR レコードを設定してもらい、その名前の A/AAAA レコードが同じ IP を指すようにし、その名前を myhostname / smtp_helo_name に使います。'),
    provenance: L(`${GOOGLE_DOC.en}. Consistent with the registered meaning of X.7.25, "Reverse DNS validation failed" (RFC 7372).`,
      `${GOOGLE_DOC.ja}によります。登録済みの X.7.25「逆引き DNS の検証に失敗」（RFC 7372）の意味と一致しています。`),
  },
  {
    id: 'google-x.7.26', provider: 'Google (Gmail)', reply: '550', replies: ['421', '550'], enhanced: '4.7.26 / 5.7.26', covers: ['4.7.26', '5.7.26'],
    inIanaRegistry: true, match: /authenticat|DMARC|SPF|DKIM/i,
    title: L('Unauthenticated mail', '認証されていないメール'),
    detail: L('Gmail rate-limits (4.7.26) or rejects (5.7.26) mail that passes neither SPF nor DKIM, or fails the sender domain\'s DMARC policy. Publish SPF for the sending IP, sign with DKIM (e.g. a milter such as OpenDKIM via smtpd_milters / non_smtpd_milters), and align with DMARC. Forwarded mail fails SPF, so DKIM matters there.',
      'Gmail は SPF と DKIM のどちらにも合格しない、または送信ドメインの DMARC ポリシーに違反するメールを、流量制限（4.7.26）または拒否（5.7.26）します。送信 IP を SPF で公開し、DKIM 署名を付け（smtpd_milters / non_smtpd_milters で OpenDKIM などのミルターを使う）、DMARC に整合させます。転送されたメールは SPF に失敗するため、その場合は DKIM が重要です。'),
    provenance: L(`${GOOGLE_DOC.en}. X.7.26 is registered as "Multiple authentication checks failed" (RFC 7372); Gmail's use fits that meaning.`,
      `${GOOGLE_DOC.ja}によります。X.7.26 は「複数の認証チェックに失敗」（RFC 7372）として登録されており、Gmail の使い方はこの意味に合っています。`),
  },
  {
    id: 'google-x.7.27', provider: 'Google (Gmail)', reply: '550', replies: ['421', '550'], enhanced: '4.7.27 / 5.7.27', covers: ['4.7.27', '5.7.27'],
    inIanaRegistry: true, match: /SPF/i,
    title: L('SPF did not pass', 'SPF に合格しませんでした'),
    detail: L('Gmail rate-limits (4.7.27) or blocks (5.7.27) the message because SPF authentication did not pass. Check that the SPF record of the envelope sender domain lists the IP the mail leaves from.',
      'SPF の認証に合格しないため、Gmail がメッセージを流量制限（4.7.27）または拒否（5.7.27）しています。エンベロープ送信者ドメインの SPF レコードに、メールの送信元 IP が含まれているか確認します。'),
    provenance: L(`${GOOGLE_DOC.en}. Google's own use: X.7.27 is registered at IANA as "Sender address has null MX" (RFC 7505), a different meaning.`,
      `${GOOGLE_DOC.ja}によります。Google 独自の使い方で、IANA では X.7.27 は「送信者ドメインが null MX を公開」（RFC 7505）という別の意味で登録されています。`),
  },
  {
    id: 'google-x.7.28', provider: 'Google (Gmail)', reply: '421', replies: ['421', '550'], enhanced: '4.7.28 / 5.7.28', covers: ['4.7.28', '5.7.28'],
    inIanaRegistry: true, match: /unusual rate|rate limited|unsolicited/i,
    title: L('Rate limited: unusual rate of unsolicited mail', '流量制限：迷惑メールの割合が異常に高い'),
    detail: L('Gmail has seen an unusual rate of unsolicited mail from the sending IP, or from the DKIM or SPF domain, and rate-limits it (421 4.7.28) or rejects it. Postfix retries deferred mail by itself; lower the volume to Gmail and follow Google\'s bulk sender guidelines (authentication, unsubscribe, low complaint rate).',
      'Gmail が送信 IP、または DKIM・SPF のドメインから迷惑メールが異常な割合で届いていると判断し、流量制限（421 4.7.28）または拒否しています。保留されたメールは Postfix が自動で再送します。Gmail 宛ての送信量を下げ、Google の一括送信者ガイドライン（認証、配信停止、低い苦情率）に従います。'),
    provenance: L(`${GOOGLE_DOC.en}. X.7.28 is registered at IANA as "Mail flood detected"; Gmail's use is close to that meaning.`,
      `${GOOGLE_DOC.ja}によります。X.7.28 は IANA に「大量送信（フラッド）を検出」として登録されており、Gmail の使い方はこの意味に近いものです。`),
  },
  {
    id: 'yahoo-ts-deferral', provider: 'Yahoo', reply: '421', replies: ['421'], enhanced: '4.7.0', covers: ['4.7.0'],
    inIanaRegistry: true, needsText: true, match: /\[TSS?0\d\]/,
    title: L('Temporarily deferred ([TSS04] and similar): volume or complaints', '一時保留（[TSS04] など）：送信量または苦情'),
    detail: L('Yahoo defers mail from the IP because of unexpected volume or user complaints; the bracketed tag ([TSS04], older [TS01]-[TS03]) tells the case. Postfix retries; lower the rate to Yahoo and check complaint and list quality.',
      'Yahoo が、想定外の送信量や利用者からの苦情により、その IP からのメールを保留しています。角かっこのタグ（[TSS04]、古くは [TS01]～[TS03]）で状況が分かります。Postfix は再送します。Yahoo 宛ての送信速度を下げ、苦情の状況と宛先リストの質を確認します。'),
    provenance: L('Yahoo\'s sender documentation; 4.7.0 is the generic registered code (X.7.0, RFC 3463), and only the bracketed tag identifies this case.',
      'Yahoo の送信者向けドキュメントによります。4.7.0 は登録済みの汎用コード（X.7.0、RFC 3463）で、この状況は角かっこのタグでしか見分けられません。'),
  },
];

/**
 * Provider explanations for an enhanced code ("4.7.650", "5.7.607", "5.4.1"). With a reply code only
 * entries seen with that reply are returned; with a reply text only entries whose pattern matches it.
 * Entries for generic codes (needsText) need a matching text.
 */
export function lookupProviderCode(enhanced: string, reply?: string, text?: string): ProviderCodeInfo[] {
  const p = parseEnhanced(enhanced);
  if (!p || p.cls === 'X') return [];
  const code = `${p.cls}.${p.subject}.${p.detail}`;
  return providerCodes.filter((e) => {
    if (!e.covers.includes(code)) return false;
    if (reply !== undefined && !e.replies.includes(reply.trim())) return false;
    if (text === undefined) return !e.needsText;
    return e.match ? e.match.test(text) : true;
  });
}

/* ------------------------------------------------------------------------------------------------
 * Replies sent by Postfix itself
 * ---------------------------------------------------------------------------------------------- */

export interface PostfixReplyInfo {
  id: string;
  /** Reply code with the default settings, e.g. "554". */
  reply: string;
  /** Enhanced code with the default settings, e.g. "5.7.1". */
  enhanced: string;
  /** The reply text as Postfix formats it, with placeholders in angle brackets or words. */
  text: string;
  /** A complete reply as it appears in a log or bounce. */
  example: string;
  /** Recognises the reply text. */
  match: RegExp;
  /** Text that marks a look-alike from another system; when it is present the entry does not apply. */
  unlike?: RegExp;
  /** First digits of the reply codes this reply can carry (code parameters can change 4xx/5xx). */
  classes: string;
  /** The Postfix program that sends it. */
  program: 'smtpd' | 'postscreen';
  cause: Localized;
  /** main.cf parameters to look at. */
  settings: string[];
  /** The smtpd restriction that produces it, when there is one. */
  restriction?: string;
}

export const postfixReplies: readonly PostfixReplyInfo[] = [
  {
    id: 'relay-access-denied', reply: '554', enhanced: '5.7.1', classes: '5', program: 'smtpd',
    text: '<recipient>: Relay access denied', restriction: 'reject_unauth_destination',
    example: '554 5.7.1 <x@example.org>: Relay access denied',
    match: /Relay access denied/,
    cause: L('reject_unauth_destination refused a recipient whose domain this server neither delivers to nor relays for (not in mydestination, virtual_alias_domains, virtual_mailbox_domains, relay_domains, nor the local interfaces), and the client was not allowed to relay earlier in the list (permit_mynetworks, permit_sasl_authenticated). Either the domain belongs in one of those parameters, or the client must authenticate or be listed in mynetworks. The reply code is relay_domains_reject_code.',
      'reject_unauth_destination が、このサーバーが配送も中継もしないドメイン（mydestination、virtual_alias_domains、virtual_mailbox_domains、relay_domains、ローカルのインターフェースのいずれにも該当しない）の宛先を拒否しました。リストの前の方（permit_mynetworks、permit_sasl_authenticated）でクライアントの中継も許可されていません。ドメインをこれらのパラメーターに加えるべきか、クライアントが認証するか mynetworks に含まれる必要があります。応答コードは relay_domains_reject_code です。'),
    settings: ['smtpd_relay_restrictions', 'smtpd_recipient_restrictions', 'mydestination', 'relay_domains', 'virtual_alias_domains', 'virtual_mailbox_domains', 'mynetworks', 'smtpd_sasl_auth_enable', 'relay_domains_reject_code'],
  },
  {
    id: 'relay-access-deferred', reply: '454', enhanced: '4.7.1', classes: '4', program: 'smtpd',
    text: '<recipient>: Relay access denied', restriction: 'defer_unauth_destination',
    example: '454 4.7.1 <x@example.org>: Relay access denied',
    match: /Relay access denied/,
    cause: L('defer_unauth_destination (in the default smtpd_relay_restrictions) refused, for now, a recipient this server does not deliver to or relay for. It replies with relay_domains_reject_code minus 100 (454 by default) and 4.7.1, so the client keeps retrying instead of bouncing. The same 454 appears if reject_unauth_destination rejects while soft_bounce = yes. Fix it as for "Relay access denied": add the domain to the right parameter, or let the client authenticate or be in mynetworks.',
      'defer_unauth_destination（既定の smtpd_relay_restrictions に含まれる）が、このサーバーが配送も中継もしない宛先を一時的に拒否しました。relay_domains_reject_code から 100 を引いたコード（既定で 454）と 4.7.1 で応答するため、クライアントはエラーメールを返さずに再送を続けます。soft_bounce = yes のときに reject_unauth_destination が拒否した場合も同じ 454 になります。対処は「Relay access denied」と同じで、ドメインを適切なパラメーターに加えるか、クライアントが認証するか mynetworks に含まれるようにします。'),
    settings: ['smtpd_relay_restrictions', 'mydestination', 'relay_domains', 'virtual_alias_domains', 'virtual_mailbox_domains', 'mynetworks', 'relay_domains_reject_code', 'soft_bounce'],
  },
  {
    id: 'user-unknown-local', reply: '550', enhanced: '5.1.1', classes: '45', program: 'smtpd',
    text: '<address>: Recipient address rejected: User unknown in local recipient table', restriction: 'reject_unlisted_recipient',
    example: '550 5.1.1 <nobody@example.com>: Recipient address rejected: User unknown in local recipient table',
    match: /User unknown in local recipient table/,
    cause: L('The domain is local (mydestination, or the server\'s own addresses) and the user is not found in local_recipient_maps (by default the UNIX passwords file and $alias_maps). smtpd_reject_unlisted_recipient = yes makes this check even without a restriction. Add the user or an alias, or fix local_recipient_maps; the code is unknown_local_recipient_reject_code.',
      'ドメインはローカル（mydestination やサーバー自身のアドレス）ですが、ユーザーが local_recipient_maps（既定は UNIX のパスワードファイルと $alias_maps）に見つかりません。smtpd_reject_unlisted_recipient = yes により、制限を書かなくてもこのチェックが行われます。ユーザーかエイリアスを追加するか、local_recipient_maps を修正します。応答コードは unknown_local_recipient_reject_code です。'),
    settings: ['local_recipient_maps', 'mydestination', 'alias_maps', 'unknown_local_recipient_reject_code', 'smtpd_reject_unlisted_recipient', 'show_user_unknown_table_name'],
  },
  {
    id: 'user-unknown-virtual-mailbox', reply: '550', enhanced: '5.1.1', classes: '45', program: 'smtpd',
    text: '<address>: Recipient address rejected: User unknown in virtual mailbox table', restriction: 'reject_unlisted_recipient',
    example: '550 5.1.1 <nobody@example.net>: Recipient address rejected: User unknown in virtual mailbox table',
    match: /User unknown in virtual mailbox table/,
    cause: L('The domain is in virtual_mailbox_domains but the address is not in virtual_mailbox_maps (and no virtual_alias_maps entry rewrites it). Add the mailbox, or an alias; the code is unknown_virtual_mailbox_reject_code.',
      'ドメインは virtual_mailbox_domains にありますが、アドレスが virtual_mailbox_maps にありません（virtual_alias_maps による書き換えもありません）。メールボックスかエイリアスを追加します。応答コードは unknown_virtual_mailbox_reject_code です。'),
    settings: ['virtual_mailbox_maps', 'virtual_mailbox_domains', 'virtual_alias_maps', 'unknown_virtual_mailbox_reject_code', 'show_user_unknown_table_name'],
  },
  {
    id: 'user-unknown-virtual-alias', reply: '550', enhanced: '5.1.1', classes: '45', program: 'smtpd',
    text: '<address>: Recipient address rejected: User unknown in virtual alias table', restriction: 'reject_unlisted_recipient',
    example: '550 5.1.1 <nobody@example.org>: Recipient address rejected: User unknown in virtual alias table',
    match: /User unknown in virtual alias table/,
    cause: L('The domain is in virtual_alias_domains (alias-only domain) but the address has no entry in virtual_alias_maps. Add an alias (or a catch-all "@domain" entry); the code is unknown_virtual_alias_reject_code. A domain listed both here and in mydestination or virtual_mailbox_domains is a configuration mistake.',
      'ドメインは virtual_alias_domains（エイリアス専用ドメイン）にありますが、アドレスが virtual_alias_maps にありません。エイリアス（またはキャッチオールの「@ドメイン」）を追加します。応答コードは unknown_virtual_alias_reject_code です。同じドメインを mydestination や virtual_mailbox_domains にも書くのは設定の誤りです。'),
    settings: ['virtual_alias_maps', 'virtual_alias_domains', 'unknown_virtual_alias_reject_code', 'show_user_unknown_table_name'],
  },
  {
    id: 'user-unknown-relay', reply: '550', enhanced: '5.1.1', classes: '45', program: 'smtpd',
    text: '<address>: Recipient address rejected: User unknown in relay recipient table', restriction: 'reject_unlisted_recipient',
    example: '550 5.1.1 <nobody@example.com>: Recipient address rejected: User unknown in relay recipient table',
    match: /User unknown in relay recipient table/,
    cause: L('The domain is in relay_domains and relay_recipient_maps is set, but the address is not in it. Add the address (or "@domain" to accept all), or empty relay_recipient_maps to accept any recipient of the domain; the code is unknown_relay_recipient_reject_code.',
      'ドメインは relay_domains にあり relay_recipient_maps が設定されていますが、アドレスがそこにありません。アドレス（すべて受け付けるなら「@ドメイン」）を追加するか、relay_recipient_maps を空にしてドメインのすべての宛先を受け付けます。応答コードは unknown_relay_recipient_reject_code です。'),
    settings: ['relay_recipient_maps', 'relay_domains', 'unknown_relay_recipient_reject_code', 'show_user_unknown_table_name'],
  },
  {
    id: 'user-unknown', reply: '550', enhanced: '5.1.1', classes: '45', program: 'smtpd',
    text: '<address>: Recipient address rejected: User unknown', restriction: 'reject_unlisted_recipient',
    example: '550 5.1.1 <nobody@example.com>: Recipient address rejected: User unknown; from=<a@example.net> to=<nobody@example.com>',
    match: /rejected: User unknown(?! in )/,
    cause: L('The address is not in the recipient table of its address class; with show_user_unknown_table_name = no Postfix does not say which table (local_recipient_maps, virtual_mailbox_maps, virtual_alias_maps or relay_recipient_maps).',
      'アドレスがそのアドレスクラスの宛先テーブルにありません。show_user_unknown_table_name = no のため、どのテーブル（local_recipient_maps、virtual_mailbox_maps、virtual_alias_maps、relay_recipient_maps）かは表示されません。'),
    settings: ['show_user_unknown_table_name', 'local_recipient_maps', 'virtual_mailbox_maps', 'virtual_alias_maps', 'relay_recipient_maps'],
  },
  {
    id: 'client-hostname-unknown', reply: '450', enhanced: '4.7.25', classes: '45', program: 'smtpd',
    text: 'Client host rejected: cannot find your hostname, [<ip>]', restriction: 'reject_unknown_client_hostname',
    example: '450 4.7.25 Client host rejected: cannot find your hostname, [203.0.113.5]',
    match: /Client host rejected: cannot find your hostname/,
    cause: L('reject_unknown_client_hostname: the client IP has no PTR record, the PTR name has no address record, or that address is not the client IP. A temporary DNS failure always gives 450; a definite failure uses unknown_client_reject_code (450 by default). Postfix 3.7 and later send the enhanced code 4.7.25 (RFC 7372, reverse DNS validation failed). The sender must fix its reverse DNS; or use the weaker reject_unknown_reverse_client_hostname.',
      'reject_unknown_client_hostname：クライアント IP に PTR レコードがない、PTR の名前にアドレスレコードがない、またはそのアドレスがクライアント IP と一致しない場合です。DNS の一時的な失敗では常に 450、確定した失敗では unknown_client_reject_code（既定 450）を使います。Postfix 3.7 以降は拡張コード 4.7.25（RFC 7372、逆引き DNS の検証失敗）を送ります。送信側が逆引き DNS を直す必要があります。条件の緩い reject_unknown_reverse_client_hostname を使う方法もあります。'),
    settings: ['smtpd_client_restrictions', 'smtpd_recipient_restrictions', 'unknown_client_reject_code'],
  },
  {
    id: 'client-reverse-hostname-unknown', reply: '450', enhanced: '4.7.1', classes: '45', program: 'smtpd',
    text: 'Client host rejected: cannot find your reverse hostname, [<ip>]', restriction: 'reject_unknown_reverse_client_hostname',
    example: '450 4.7.1 Client host rejected: cannot find your reverse hostname, [203.0.113.5]',
    match: /Client host rejected: cannot find your reverse hostname/,
    cause: L('reject_unknown_reverse_client_hostname: the client IP has no PTR record at all (the forward check of reject_unknown_client_hostname is not done). A temporary DNS failure gives 450; a definite failure uses unknown_client_reject_code.',
      'reject_unknown_reverse_client_hostname：クライアント IP に PTR レコードがまったくありません（reject_unknown_client_hostname のような正引きの照合は行いません）。DNS の一時的な失敗では 450、確定した失敗では unknown_client_reject_code を使います。'),
    settings: ['smtpd_client_restrictions', 'smtpd_recipient_restrictions', 'unknown_client_reject_code'],
  },
  {
    id: 'helo-non-fqdn', reply: '504', enhanced: '5.5.2', classes: '45', program: 'smtpd',
    text: '<helo name>: Helo command rejected: need fully-qualified hostname', restriction: 'reject_non_fqdn_helo_hostname',
    example: '504 5.5.2 <localhost>: Helo command rejected: need fully-qualified hostname',
    match: /Helo command rejected: need fully-qualified hostname/,
    cause: L('reject_non_fqdn_helo_hostname: the client sent a HELO/EHLO name without a dot (e.g. "localhost" or a bare host name). The client must send its fully qualified name; for Postfix as client that is smtp_helo_name (default $myhostname). The code is non_fqdn_reject_code.',
      'reject_non_fqdn_helo_hostname：クライアントがドットを含まない HELO/EHLO 名（「localhost」や短いホスト名）を送りました。クライアントは完全修飾名を送る必要があります。Postfix がクライアントの場合は smtp_helo_name（既定 $myhostname）です。応答コードは non_fqdn_reject_code です。'),
    settings: ['smtpd_helo_restrictions', 'smtpd_helo_required', 'non_fqdn_reject_code', 'smtp_helo_name', 'myhostname'],
  },
  {
    id: 'helo-host-not-found', reply: '450', enhanced: '4.7.1', classes: '45', program: 'smtpd',
    text: '<helo name>: Helo command rejected: Host not found', restriction: 'reject_unknown_helo_hostname',
    example: '450 4.7.1 <mail.invalid.example>: Helo command rejected: Host not found',
    match: /Helo command rejected: (?:Host not found|Malformed DNS server reply)/,
    cause: L('reject_unknown_helo_hostname: the HELO/EHLO name has neither an address (A/AAAA) nor an MX record in DNS. A definite failure uses unknown_hostname_reject_code (450 by default); a temporary DNS failure gives 450 and is handled by unknown_helo_hostname_tempfail_action.',
      'reject_unknown_helo_hostname：HELO/EHLO 名に DNS のアドレス（A/AAAA）レコードも MX レコードもありません。確定した失敗では unknown_hostname_reject_code（既定 450）を使い、DNS の一時的な失敗は 450 で unknown_helo_hostname_tempfail_action に従います。'),
    settings: ['smtpd_helo_restrictions', 'unknown_hostname_reject_code', 'unknown_helo_hostname_tempfail_action'],
  },
  {
    id: 'helo-invalid', reply: '501', enhanced: '5.5.2', classes: '45', program: 'smtpd',
    text: '<helo name>: Helo command rejected: Invalid name', restriction: 'reject_invalid_helo_hostname',
    example: '501 5.5.2 <bad_name!>: Helo command rejected: Invalid name',
    match: /Helo command rejected: Invalid name/,
    cause: L('reject_invalid_helo_hostname: the HELO/EHLO argument is not a valid host name (or, in brackets, a valid address). The code is invalid_hostname_reject_code.',
      'reject_invalid_helo_hostname：HELO/EHLO の引数がホスト名として（角かっこ付きならアドレスとして）正しくありません。応答コードは invalid_hostname_reject_code です。'),
    settings: ['smtpd_helo_restrictions', 'invalid_hostname_reject_code'],
  },
  {
    id: 'sender-domain-not-found', reply: '450', enhanced: '4.1.8', classes: '45', program: 'smtpd',
    text: '<address>: Sender address rejected: Domain not found', restriction: 'reject_unknown_sender_domain',
    example: '450 4.1.8 <a@no-such-domain.example>: Sender address rejected: Domain not found',
    match: /Sender address rejected: (?:Domain not found|Malformed DNS server reply)/,
    cause: L('reject_unknown_sender_domain: the envelope sender\'s domain has no MX and no address record, so bounces could not be returned. With the default unknown_address_reject_code = 450 the reply is "450 4.1.8"; with 550 it becomes "550 5.1.8". Temporary DNS failures are handled by unknown_address_tempfail_action. Also check that your own sender addresses use a real domain (myorigin, masquerade_domains, sender_canonical_maps).',
      'reject_unknown_sender_domain：エンベロープ送信者のドメインに MX もアドレスレコードもなく、エラーメールを返せません。既定の unknown_address_reject_code = 450 では「450 4.1.8」、550 にすると「550 5.1.8」になります。DNS の一時的な失敗は unknown_address_tempfail_action に従います。自サーバーの送信者アドレスが実在するドメインを使っているか（myorigin、masquerade_domains、sender_canonical_maps）も確認します。'),
    settings: ['smtpd_sender_restrictions', 'unknown_address_reject_code', 'unknown_address_tempfail_action', 'myorigin'],
  },
  {
    id: 'recipient-domain-not-found', reply: '450', enhanced: '4.1.2', classes: '45', program: 'smtpd',
    text: '<address>: Recipient address rejected: Domain not found', restriction: 'reject_unknown_recipient_domain',
    example: '450 4.1.2 <x@no-such-domain.example>: Recipient address rejected: Domain not found',
    match: /Recipient address rejected: (?:Domain not found|Malformed DNS server reply)/,
    cause: L('reject_unknown_recipient_domain: the recipient domain is not handled by this server and has no MX and no address record. The code is unknown_address_reject_code (450 by default, giving 4.1.2; a 5xx code gives 5.1.2).',
      'reject_unknown_recipient_domain：このサーバーが扱わない宛先ドメインに MX もアドレスレコードもありません。応答コードは unknown_address_reject_code（既定 450 で 4.1.2、5xx にすると 5.1.2）です。'),
    settings: ['smtpd_recipient_restrictions', 'unknown_address_reject_code', 'unknown_address_tempfail_action'],
  },
  {
    id: 'sender-null-mx', reply: '550', enhanced: '5.7.27', classes: '5', program: 'smtpd',
    text: '<address>: Sender address rejected: Domain <domain> does not accept mail (nullMX)', restriction: 'reject_unknown_sender_domain',
    example: '550 5.7.27 <a@example.com>: Sender address rejected: Domain example.com does not accept mail (nullMX)',
    match: /Sender address rejected: Domain \S+ does not accept mail \(nullMX\)/,
    cause: L('reject_unknown_sender_domain found a null MX record ("MX 0 .") for the sender domain: that domain says it receives no mail, so bounces could not be delivered.',
      'reject_unknown_sender_domain が送信者ドメインに null MX レコード（「MX 0 .」）を見つけました。そのドメインはメールを受け取らないと宣言しているので、エラーメールを返せません。'),
    settings: ['smtpd_sender_restrictions'],
  },
  {
    id: 'recipient-null-mx', reply: '556', enhanced: '5.1.10', classes: '5', program: 'smtpd',
    text: '<address>: Recipient address rejected: Domain <domain> does not accept mail (nullMX)', restriction: 'reject_unknown_recipient_domain',
    example: '556 5.1.10 <x@example.com>: Recipient address rejected: Domain example.com does not accept mail (nullMX)',
    match: /Recipient address rejected: Domain \S+ does not accept mail \(nullMX\)/,
    cause: L('reject_unknown_recipient_domain found a null MX record for the recipient domain: the domain accepts no mail at all.',
      'reject_unknown_recipient_domain が宛先ドメインに null MX レコードを見つけました。そのドメインはメールを一切受け付けません。'),
    settings: ['smtpd_recipient_restrictions'],
  },
  {
    id: 'sender-non-fqdn', reply: '504', enhanced: '5.5.2', classes: '45', program: 'smtpd',
    text: '<address>: Sender address rejected: need fully-qualified address', restriction: 'reject_non_fqdn_sender',
    example: '504 5.5.2 <user@host>: Sender address rejected: need fully-qualified address',
    match: /Sender address rejected: need fully-qualified address/,
    cause: L('reject_non_fqdn_sender: the envelope sender has no domain or a domain without a dot (e.g. "user@localhost"). Fix the sending program or rewrite the address (myorigin, append_dot_mydomain, sender_canonical_maps on the sending side). The code is non_fqdn_reject_code; the enhanced code 4.5.2 becomes 5.5.2 with the 5xx default.',
      'reject_non_fqdn_sender：エンベロープ送信者にドメインがないか、ドットのないドメイン（「user@localhost」など）です。送信側のプログラムを直すか、アドレスを書き換えます（送信側の myorigin、append_dot_mydomain、sender_canonical_maps）。応答コードは non_fqdn_reject_code で、既定の 5xx では拡張コード 4.5.2 が 5.5.2 になります。'),
    settings: ['smtpd_sender_restrictions', 'non_fqdn_reject_code', 'myorigin', 'append_dot_mydomain'],
  },
  {
    id: 'recipient-non-fqdn', reply: '504', enhanced: '5.5.2', classes: '45', program: 'smtpd',
    text: '<address>: Recipient address rejected: need fully-qualified address', restriction: 'reject_non_fqdn_recipient',
    example: '504 5.5.2 <user@host>: Recipient address rejected: need fully-qualified address',
    match: /Recipient address rejected: need fully-qualified address/,
    cause: L('reject_non_fqdn_recipient: the recipient address has no domain or a domain without a dot. The code is non_fqdn_reject_code.',
      'reject_non_fqdn_recipient：宛先アドレスにドメインがないか、ドットのないドメインです。応答コードは non_fqdn_reject_code です。'),
    settings: ['smtpd_recipient_restrictions', 'non_fqdn_reject_code'],
  },
  {
    id: 'sender-login-mismatch', reply: '553', enhanced: '5.7.1', classes: '5', program: 'smtpd',
    text: '<address>: Sender address rejected: not owned by user <sasl user>', restriction: 'reject_sender_login_mismatch',
    example: '553 5.7.1 <boss@example.com>: Sender address rejected: not owned by user alice',
    match: /Sender address rejected: not owned by user/,
    cause: L('An authenticated client used a MAIL FROM address that smtpd_sender_login_maps does not assign to its SASL login (reject_sender_login_mismatch or reject_authenticated_sender_login_mismatch). Add the address for that login in the table, or send with an owned address.',
      '認証済みのクライアントが、smtpd_sender_login_maps でその SASL ログインに割り当てられていない MAIL FROM アドレスを使いました（reject_sender_login_mismatch または reject_authenticated_sender_login_mismatch）。テーブルでそのログインにアドレスを追加するか、所有するアドレスで送信します。'),
    settings: ['smtpd_sender_login_maps', 'smtpd_sender_restrictions'],
  },
  {
    id: 'sender-not-logged-in', reply: '553', enhanced: '5.7.1', classes: '5', program: 'smtpd',
    text: '<address>: Sender address rejected: not logged in', restriction: 'reject_sender_login_mismatch',
    example: '553 5.7.1 <boss@example.com>: Sender address rejected: not logged in',
    match: /Sender address rejected: not logged in/,
    cause: L('A client that did not authenticate used a sender address that smtpd_sender_login_maps assigns to some login (reject_sender_login_mismatch, reject_unauthenticated_sender_login_mismatch or reject_known_sender_login_mismatch). The client must authenticate first.',
      '認証していないクライアントが、smtpd_sender_login_maps でいずれかのログインに割り当てられた送信者アドレスを使いました（reject_sender_login_mismatch、reject_unauthenticated_sender_login_mismatch、reject_known_sender_login_mismatch）。クライアントは先に認証する必要があります。'),
    settings: ['smtpd_sender_login_maps', 'smtpd_sender_restrictions', 'smtpd_sasl_auth_enable'],
  },
  {
    id: 'recipient-unverified', reply: '450', enhanced: '4.1.1', classes: '45', program: 'smtpd',
    text: '<address>: Recipient address rejected: unverified address: <reason>', restriction: 'reject_unverified_recipient',
    example: '450 4.1.1 <x@example.com>: Recipient address rejected: unverified address: host mx.example.com[192.0.2.1] said: 550 5.1.1 User unknown',
    match: /Recipient address rejected: (?:unverified|undeliverable) address/,
    cause: L('reject_unverified_recipient: the verify service probed the address at the next hop and got no positive result ("unverified address", code unverified_recipient_defer_code) or a definite bounce ("undeliverable address", code unverified_recipient_reject_code, 450 by default). The reason after the colon is what the next hop said.',
      'reject_unverified_recipient：verify サービスが次の配送先でアドレスを確認し、肯定的な結果が得られなかった（「unverified address」、応答コードは unverified_recipient_defer_code）か、確定したエラーになりました（「undeliverable address」、応答コードは unverified_recipient_reject_code、既定 450）。コロンの後の理由は次の配送先の応答です。'),
    settings: ['unverified_recipient_reject_code', 'unverified_recipient_defer_code', 'unverified_recipient_tempfail_action', 'address_verify_map'],
  },
  {
    id: 'access-denied', reply: '554', enhanced: '5.7.1', classes: '45', program: 'smtpd',
    text: '<name>: (Client host|Helo command|Sender address|Recipient address) rejected: Access denied',
    example: '554 5.7.1 <spam@example.net>: Sender address rejected: Access denied',
    match: /rejected: Access denied/,
    unlike: /\b[45]\.4\.1\b/,
    cause: L('An access table (check_client_access, check_helo_access, check_sender_access, check_recipient_access, ...) returned REJECT without text (code access_map_reject_code, 554) or DEFER without text (access_map_defer_code, 450 4.7.1), or the "reject" restriction was reached (reject_code). Look up which table matched the logged name; "postmap -q" tests a key. Microsoft\'s "550 5.4.1 ... Recipient address rejected: Access denied" is not from Postfix.',
      'アクセステーブル（check_client_access、check_helo_access、check_sender_access、check_recipient_access など）がテキストなしの REJECT（応答コード access_map_reject_code、554）またはテキストなしの DEFER（access_map_defer_code、450 4.7.1）を返したか、「reject」制限に達しました（reject_code）。ログの名前がどのテーブルに一致したかを調べます。「postmap -q」でキーを確認できます。Microsoft の「550 5.4.1 ... Recipient address rejected: Access denied」は Postfix の応答ではありません。'),
    settings: ['access_map_reject_code', 'access_map_defer_code', 'reject_code', 'smtpd_client_restrictions', 'smtpd_helo_restrictions', 'smtpd_sender_restrictions', 'smtpd_recipient_restrictions'],
  },
  {
    id: 'try-again-later', reply: '450', enhanced: '4.3.2', classes: '4', program: 'smtpd',
    text: '<name>: ... rejected: Try again later', restriction: 'defer',
    example: '450 4.3.2 <x@example.com>: Recipient address rejected: Try again later',
    match: /rejected: Try again later/,
    cause: L('The "defer" restriction was reached in a restriction list or restriction class; the code is defer_code.',
      '制限リストまたは制限クラスで「defer」制限に達しました。応答コードは defer_code です。'),
    settings: ['defer_code', 'smtpd_restriction_classes'],
  },
  {
    id: 'temporary-lookup-failure', reply: '451', enhanced: '4.3.0', classes: '4', program: 'smtpd',
    text: '<name>: Temporary lookup failure',
    example: '451 4.3.0 <x@example.com>: Temporary lookup failure',
    match: /Temporary lookup failure/,
    cause: L('A lookup table needed for the decision could not be read for now (database or LDAP server down, proxymap or trivial-rewrite problem). The log has a warning naming the table just before this reject.',
      '判定に必要な参照テーブルを今は読めません（データベースや LDAP サーバーの停止、proxymap や trivial-rewrite の問題）。この reject の直前のログに、テーブル名を示す warning があります。'),
    settings: ['proxy_read_maps'],
  },
  {
    id: 'server-configuration-error', reply: '451', enhanced: '4.3.5', classes: '4', program: 'smtpd',
    text: 'Server configuration error',
    example: '451 4.3.5 Server configuration error',
    match: /Server configuration error/,
    cause: L('smtpd met a configuration error while checking the request: an unknown restriction name (log: warning: unknown smtpd restriction: "..."), a check_*_access without type:table, a table lookup error, a lookup table on the right-hand side of an access table, or a restriction that returned OK where that is not allowed. The warning just before it in the log names the problem. The client only sees this generic reply.',
      'smtpd がリクエストの判定中に設定エラーに遭遇しました。不明な制限名（ログ：warning: unknown smtpd restriction: "..."）、type:table のない check_*_access、テーブル参照のエラー、アクセステーブルの右辺に書かれた参照テーブル、OK が許されない制限が OK を返した、などです。直前のログの warning に原因が書かれています。クライアントにはこの汎用の応答しか見えません。'),
    settings: ['smtpd_client_restrictions', 'smtpd_helo_restrictions', 'smtpd_sender_restrictions', 'smtpd_relay_restrictions', 'smtpd_recipient_restrictions', 'smtpd_restriction_classes'],
  },
  {
    id: 'server-configuration-problem', reply: '451', enhanced: '4.3.5', classes: '45', program: 'smtpd',
    text: 'Server configuration problem', restriction: 'check_policy_service',
    example: '451 4.3.5 Server configuration problem',
    match: /Server configuration problem(?! - try again later)/,
    cause: L('check_policy_service could not get an answer from the policy server (not running, wrong socket, timeout), so smtpd used smtpd_policy_service_default_action, which is "451 4.3.5 Server configuration problem" by default. Check that the policy daemon runs and listens where the restriction points.',
      'check_policy_service がポリシーサーバーから応答を得られなかった（未起動、ソケットの誤り、タイムアウト）ため、smtpd は smtpd_policy_service_default_action を使いました。既定値は「451 4.3.5 Server configuration problem」です。ポリシーデーモンが起動し、制限で指定した場所で待ち受けているか確認します。'),
    settings: ['smtpd_policy_service_default_action', 'smtpd_policy_service_timeout', 'smtpd_policy_service_try_limit'],
  },
  {
    id: 'milter-unavailable', reply: '451', enhanced: '4.3.5', classes: '4', program: 'smtpd',
    text: 'Server configuration problem - try again later',
    example: '451 4.3.5 Server configuration problem - try again later',
    match: /Server configuration problem - try again later/,
    cause: L('A Milter in smtpd_milters could not be reached or broke the protocol, and milter_default_action = tempfail. Check that the milter (OpenDKIM, Rspamd, ...) runs and listens on the configured socket; the log shows "warning: connect to Milter service ...".',
      'smtpd_milters のミルターに接続できないか、プロトコルが破綻し、milter_default_action = tempfail が適用されました。ミルター（OpenDKIM、Rspamd など）が起動し、設定したソケットで待ち受けているか確認します。ログには「warning: connect to Milter service ...」が出ます。'),
    settings: ['smtpd_milters', 'milter_default_action', 'milter_connect_timeout'],
  },
  {
    id: 'milter-reject', reply: '550', enhanced: '5.7.1', classes: '5', program: 'smtpd',
    text: 'Command rejected',
    example: '550 5.7.1 Command rejected',
    match: /\b5\d\d[ -]5\.7\.1 Command rejected/,
    cause: L('A Milter answered REJECT without its own reply text, and Postfix used its default text. Look at the milter\'s own log for the reason.',
      'ミルターが独自の応答テキストなしで REJECT を返したため、Postfix が既定のテキストを使いました。理由はミルター側のログで確認します。'),
    settings: ['smtpd_milters', 'non_smtpd_milters'],
  },
  {
    id: 'milter-tempfail', reply: '451', enhanced: '4.7.1', classes: '4', program: 'smtpd',
    text: 'Service unavailable - try again later',
    example: '451 4.7.1 Service unavailable - try again later',
    match: /Service unavailable - try again later/,
    cause: L('A Milter answered TEMPFAIL without its own reply text. Look at the milter\'s own log for the reason.',
      'ミルターが独自の応答テキストなしで TEMPFAIL を返しました。理由はミルター側のログで確認します。'),
    settings: ['smtpd_milters'],
  },
  {
    id: 'rbl-client', reply: '554', enhanced: '5.7.1', classes: '45', program: 'smtpd',
    text: 'Service unavailable; <class> [<value>] blocked using <dnsbl domain>[; <reason>]', restriction: 'reject_rbl_client',
    example: '554 5.7.1 Service unavailable; Client host [203.0.113.5] blocked using zen.spamhaus.org; https://www.spamhaus.org/query/ip/203.0.113.5',
    match: /Service unavailable; .+? \[[^\]]*\] blocked using \S+/,
    unlike: /Service unavailable; client \[/,
    cause: L('reject_rbl_client (or reject_rhsbl_client, reject_rhsbl_sender, ...) found the client IP or a domain in the named DNS blocklist. The text comes from default_rbl_reply (or rbl_reply_maps) and the code from maps_rbl_reject_code. If mail you want is blocked, the sender must get delisted, or you can allow it before the check (e.g. check_client_access, permit_dnswl_client). If every client is listed, the DNSBL may be refusing queries from your resolver (public DNS resolvers are often refused).',
      'reject_rbl_client（または reject_rhsbl_client、reject_rhsbl_sender など）が、クライアント IP またはドメインを指定の DNS ブロックリストで見つけました。テキストは default_rbl_reply（または rbl_reply_maps）、応答コードは maps_rbl_reject_code によります。必要なメールが拒否される場合は、送信側がリストから解除してもらうか、チェックの前で許可します（check_client_access、permit_dnswl_client など）。すべてのクライアントが該当する場合は、DNSBL がこちらのリゾルバーからの問い合わせを拒否している可能性があります（公開 DNS リゾルバーはよく拒否されます）。'),
    settings: ['maps_rbl_reject_code', 'default_rbl_reply', 'rbl_reply_maps', 'smtpd_client_restrictions', 'smtpd_recipient_restrictions'],
  },
  {
    id: 'postscreen-dnsbl', reply: '550', enhanced: '5.7.1', classes: '5', program: 'postscreen',
    text: 'Service unavailable; client [<ip>] blocked using <dnsbl domain>',
    example: '550 5.7.1 Service unavailable; client [203.0.113.5] blocked using zen.spamhaus.org',
    match: /Service unavailable; client \[[^\]]*\] blocked using \S+/,
    cause: L('postscreen scored the client at or above postscreen_dnsbl_threshold using postscreen_dnsbl_sites. With postscreen_dnsbl_action = enforce it answers 550 to each RCPT; with drop it sends 521 and disconnects. Lower the weights or the threshold, or allowlist the client (postscreen_access_list).',
      'postscreen が postscreen_dnsbl_sites による点数で、クライアントを postscreen_dnsbl_threshold 以上と判定しました。postscreen_dnsbl_action = enforce では各 RCPT に 550 を返し、drop では 521 を送って切断します。重みやしきい値を下げるか、クライアントを許可リストに入れます（postscreen_access_list）。'),
    settings: ['postscreen_dnsbl_sites', 'postscreen_dnsbl_threshold', 'postscreen_dnsbl_action', 'postscreen_access_list'],
  },
  {
    id: 'postscreen-protocol-error', reply: '550', enhanced: '5.5.1', classes: '5', program: 'postscreen',
    text: 'Protocol error',
    example: '550 5.5.1 Protocol error',
    match: /\b5\d\d[ -]5\.5\.1 Protocol error/,
    cause: L('postscreen saw the client break the protocol: talking before the greeting (pregreet test), sending commands without waiting (pipelining test) or bare newlines (bare newline test). With the action "enforce" it answers 550 to each RCPT; with "drop" it sends 521 and disconnects. Legitimate mail servers rarely do this.',
      'postscreen が、クライアントのプロトコル違反を検出しました。あいさつ前の送信（pregreet テスト）、応答を待たないコマンド送信（pipelining テスト）、素の改行（bare newline テスト）です。アクションが「enforce」なら各 RCPT に 550、「drop」なら 521 を送って切断します。正規のメールサーバーがこれを行うことはまれです。'),
    settings: ['postscreen_greet_action', 'postscreen_pipelining_enable', 'postscreen_pipelining_action', 'postscreen_bare_newline_enable', 'postscreen_bare_newline_action'],
  },
  {
    id: 'postscreen-too-many-connections', reply: '421', enhanced: '4.7.0', classes: '4', program: 'postscreen',
    text: 'Error: too many connections',
    example: '421 4.7.0 Error: too many connections',
    match: /\b421[ -]4\.7\.0 Error: too many connections(?! from)/,
    cause: L('postscreen refused a new connection because the client already has postscreen_client_connection_count_limit connections open.',
      'クライアントがすでに postscreen_client_connection_count_limit 個の接続を開いているため、postscreen が新しい接続を拒否しました。'),
    settings: ['postscreen_client_connection_count_limit'],
  },
  {
    id: 'need-mail', reply: '503', enhanced: '5.5.1', classes: '5', program: 'smtpd',
    text: 'Error: need MAIL command',
    example: '503 5.5.1 Error: need MAIL command',
    match: /Error: need MAIL command/,
    cause: L('The client sent RCPT TO before a successful MAIL FROM. A command-order error of the client (bad sequence, not "server unavailable"): often the earlier MAIL FROM was itself rejected, so look at the reply just before.',
      'クライアントが、MAIL FROM の成功前に RCPT TO を送りました。クライアントのコマンド順序の誤り（サーバー停止ではありません）で、多くは直前の MAIL FROM 自体が拒否されています。直前の応答を確認します。'),
    settings: [],
  },
  {
    id: 'need-rcpt', reply: '503', enhanced: '5.5.1', classes: '5', program: 'smtpd',
    text: 'Error: need RCPT command',
    example: '503 5.5.1 Error: need RCPT command',
    match: /Error: need RCPT command/,
    cause: L('The client sent DATA (or BDAT) with no mail transaction in progress, i.e. without a successful MAIL FROM. When MAIL FROM succeeded but every RCPT TO was rejected, Postfix answers "554 5.5.1 Error: no valid recipients" instead.',
      'クライアントが、メールトランザクションのない状態（MAIL FROM が成功していない状態）で DATA（または BDAT）を送りました。MAIL FROM は成功したがすべての RCPT TO が拒否された場合は、代わりに「554 5.5.1 Error: no valid recipients」と応答します。'),
    settings: [],
  },
  {
    id: 'no-valid-recipients', reply: '554', enhanced: '5.5.1', classes: '5', program: 'smtpd',
    text: 'Error: no valid recipients',
    example: '554 5.5.1 Error: no valid recipients',
    match: /Error: no valid recipients/,
    cause: L('DATA came after every RCPT TO of the transaction was rejected; the real reasons are in the RCPT rejections just before it.',
      'トランザクションのすべての RCPT TO が拒否された後に DATA が来ました。本当の理由は直前の RCPT の拒否に書かれています。'),
    settings: [],
  },
  {
    id: 'auth-not-enabled', reply: '503', enhanced: '5.5.1', classes: '5', program: 'smtpd',
    text: 'Error: authentication not enabled',
    example: '503 5.5.1 Error: authentication not enabled',
    match: /Error: authentication not enabled/,
    cause: L('The client sent AUTH, but this smtpd does not offer authentication: smtpd_sasl_auth_enable is "no" (globally or in this master.cf service), or AUTH is hidden with smtpd_discard_ehlo_keywords / smtpd_discard_ehlo_keyword_address_maps. A command-order error, not a server outage. Enable SASL on the port clients submit to (usually submission, port 587).',
      'クライアントが AUTH を送りましたが、この smtpd は認証を提供していません。smtpd_sasl_auth_enable が「no」（全体または master.cf のこのサービス）か、smtpd_discard_ehlo_keywords / smtpd_discard_ehlo_keyword_address_maps で AUTH を隠しています。コマンドの順序誤りであり、サーバー停止ではありません。クライアントが送信に使うポート（通常は submission、587 番）で SASL を有効にします。'),
    settings: ['smtpd_sasl_auth_enable', 'smtpd_sasl_type', 'smtpd_sasl_path', 'smtpd_discard_ehlo_keywords', 'smtpd_discard_ehlo_keyword_address_maps'],
  },
  {
    id: 'send-helo-first', reply: '503', enhanced: '5.5.1', classes: '5', program: 'smtpd',
    text: 'Error: send HELO/EHLO first',
    example: '503 5.5.1 Error: send HELO/EHLO first',
    match: /Error: send HELO\/EHLO first/,
    cause: L('smtpd_helo_required = yes and the client sent MAIL (or AUTH, ETRN) without HELO/EHLO first.',
      'smtpd_helo_required = yes で、クライアントが HELO/EHLO より前に MAIL（または AUTH、ETRN）を送りました。'),
    settings: ['smtpd_helo_required'],
  },
  {
    id: 'nested-mail', reply: '503', enhanced: '5.5.1', classes: '5', program: 'smtpd',
    text: 'Error: nested MAIL command',
    example: '503 5.5.1 Error: nested MAIL command',
    match: /Error: nested MAIL command/,
    cause: L('The client sent a second MAIL FROM inside a transaction without finishing it or sending RSET. A client bug.',
      'クライアントが、トランザクションを終えるか RSET を送る前に、2 つ目の MAIL FROM を送りました。クライアントの不具合です。'),
    settings: [],
  },
  {
    id: 'already-authenticated', reply: '503', enhanced: '5.5.1', classes: '5', program: 'smtpd',
    text: 'Error: already authenticated',
    example: '503 5.5.1 Error: already authenticated',
    match: /Error: already authenticated/,
    cause: L('The client sent AUTH again after authenticating successfully in this session.',
      'クライアントが、このセッションで認証に成功した後に再び AUTH を送りました。'),
    settings: [],
  },
  {
    id: 'mail-transaction-in-progress', reply: '503', enhanced: '5.5.1', classes: '5', program: 'smtpd',
    text: 'Error: MAIL transaction in progress',
    example: '503 5.5.1 Error: MAIL transaction in progress',
    match: /Error: MAIL transaction in progress/,
    cause: L('The client sent AUTH (or another session command) in the middle of a mail transaction.',
      'クライアントが、メールトランザクションの途中で AUTH（または他のセッション用コマンド）を送りました。'),
    settings: [],
  },
  {
    id: 'auth-failed', reply: '535', enhanced: '5.7.8', classes: '5', program: 'smtpd',
    text: 'Error: authentication failed: <reason>',
    example: '535 5.7.8 Error: authentication failed: authentication failure',
    match: /Error: authentication failed/,
    cause: L('SASL authentication failed: wrong user name or password, or the SASL backend (Dovecot, Cyrus) rejected the login. The log line "SASL <mechanism> authentication failed" gives details; repeated failures from one IP are usually password guessing.',
      'SASL 認証に失敗しました（ユーザー名かパスワードの誤り、または SASL バックエンド（Dovecot、Cyrus）がログインを拒否）。ログの「SASL <方式> authentication failed」に詳細があります。同じ IP から繰り返す失敗は、多くの場合パスワードの総当たりです。'),
    settings: ['smtpd_sasl_type', 'smtpd_sasl_path', 'smtpd_sasl_security_options', 'smtpd_client_auth_rate_limit'],
  },
  {
    id: 'auth-temporary-failure', reply: '454', enhanced: '4.7.0', classes: '4', program: 'smtpd',
    text: 'Temporary authentication failure: <reason>',
    example: '454 4.7.0 Temporary authentication failure: Connection lost to authentication server',
    match: /Temporary authentication failure/,
    cause: L('smtpd could not complete SASL authentication for a temporary reason, typically because the authentication backend (e.g. Dovecot\'s auth socket at smtpd_sasl_path) is unreachable.',
      '一時的な理由で smtpd が SASL 認証を完了できませんでした。典型的には認証バックエンド（smtpd_sasl_path の Dovecot の認証ソケットなど）に接続できない場合です。'),
    settings: ['smtpd_sasl_type', 'smtpd_sasl_path'],
  },
  {
    id: 'auth-encryption-required', reply: '504', enhanced: '5.5.4', classes: '5', program: 'smtpd',
    text: 'Encryption required for requested authentication mechanism',
    example: '504 5.5.4 Encryption required for requested authentication mechanism',
    match: /Encryption required for requested authentication mechanism/,
    cause: L('smtpd_tls_auth_only = yes and the client sent AUTH before STARTTLS. The client must start TLS first (or connect to port 465 with implicit TLS).',
      'smtpd_tls_auth_only = yes で、クライアントが STARTTLS より前に AUTH を送りました。クライアントは先に TLS を開始する（または 465 番ポートに暗黙 TLS で接続する）必要があります。'),
    settings: ['smtpd_tls_auth_only', 'smtpd_tls_security_level'],
  },
  {
    id: 'starttls-required', reply: '530', enhanced: '5.7.0', classes: '5', program: 'smtpd',
    text: 'Must issue a STARTTLS command first',
    example: '530 5.7.0 Must issue a STARTTLS command first',
    match: /Must issue a STARTTLS command first/,
    cause: L('TLS is mandatory here (smtpd_tls_security_level = encrypt, legacy smtpd_enforce_tls = yes, or postscreen_tls_security_level = encrypt) and the client sent MAIL or another command without STARTTLS. On a public MX (port 25) mandatory TLS refuses mail from servers that do not use TLS; "may" is the usual level there.',
      'ここでは TLS が必須（smtpd_tls_security_level = encrypt、旧来の smtpd_enforce_tls = yes、または postscreen_tls_security_level = encrypt）で、クライアントが STARTTLS なしで MAIL などを送りました。公開 MX（25 番ポート）で TLS を必須にすると TLS を使わないサーバーからのメールを拒否してしまうため、そこでは通常「may」にします。'),
    settings: ['smtpd_tls_security_level', 'smtpd_enforce_tls', 'postscreen_tls_security_level'],
  },
  {
    id: 'tls-not-available', reply: '454', enhanced: '4.7.0', classes: '4', program: 'smtpd',
    text: 'TLS not available due to local problem',
    example: '454 4.7.0 TLS not available due to local problem',
    match: /TLS not available due to local problem/,
    cause: L('The client sent STARTTLS but smtpd could not set up TLS: usually the certificate or key (smtpd_tls_chain_files, or smtpd_tls_cert_file / smtpd_tls_key_file) is missing, unreadable or mismatched. The log has a TLS warning with the details.',
      'クライアントが STARTTLS を送りましたが、smtpd が TLS を準備できませんでした。多くは証明書や鍵（smtpd_tls_chain_files、または smtpd_tls_cert_file / smtpd_tls_key_file）がない、読めない、組み合わせが違う場合です。ログに詳細を示す TLS の warning があります。'),
    settings: ['smtpd_tls_chain_files', 'smtpd_tls_cert_file', 'smtpd_tls_key_file', 'smtpd_tls_security_level'],
  },
  {
    id: 'plaintext-session', reply: '450', enhanced: '4.7.1', classes: '45', program: 'smtpd',
    text: 'Session encryption is required', restriction: 'reject_plaintext_session',
    example: '450 4.7.1 Session encryption is required',
    match: /Session encryption is required/,
    cause: L('reject_plaintext_session: the session is not encrypted with TLS. The code is plaintext_reject_code.',
      'reject_plaintext_session：セッションが TLS で暗号化されていません。応答コードは plaintext_reject_code です。'),
    settings: ['plaintext_reject_code', 'smtpd_tls_security_level'],
  },
  {
    id: 'message-size-fixed-limit', reply: '552', enhanced: '5.3.4', classes: '5', program: 'smtpd',
    text: 'Message size exceeds fixed limit',
    example: '552 5.3.4 Message size exceeds fixed limit',
    match: /Message size exceeds fixed limit/,
    cause: L('The client announced a size (MAIL FROM ... SIZE=) larger than message_size_limit. Raise message_size_limit if such messages are wanted, and keep mailbox_size_limit (and virtual_mailbox_limit, if used) at least as large.',
      'クライアントが MAIL FROM の SIZE= で message_size_limit より大きいサイズを宣言しました。そのようなメッセージを受けるなら message_size_limit を上げ、mailbox_size_limit（使っていれば virtual_mailbox_limit も）をそれ以上の値に保ちます。'),
    settings: ['message_size_limit', 'mailbox_size_limit', 'virtual_mailbox_limit'],
  },
  {
    id: 'message-file-too-big', reply: '552', enhanced: '5.3.4', classes: '5', program: 'smtpd',
    text: 'Error: message file too big',
    example: '552 5.3.4 Error: message file too big',
    match: /Error: message file too big/,
    cause: L('The message grew beyond message_size_limit while it was being received (the client announced no SIZE, or a smaller one).',
      '受信中にメッセージが message_size_limit を超えました（クライアントが SIZE を宣言しなかったか、小さく宣言した場合）。'),
    settings: ['message_size_limit'],
  },
  {
    id: 'insufficient-storage', reply: '452', enhanced: '4.3.1', classes: '4', program: 'smtpd',
    text: 'Insufficient system storage',
    example: '452 4.3.1 Insufficient system storage',
    match: /Insufficient system storage/,
    cause: L('The queue file system has less free space than queue_minfree, or less than 1.5 times message_size_limit. Free disk space, or check that message_size_limit is not far larger than the queue file system allows. The log has "warning: not enough free space in mail queue".',
      'キューのファイルシステムの空きが queue_minfree より少ないか、message_size_limit の 1.5 倍より少なくなっています。ディスクを空けるか、message_size_limit がキューのファイルシステムに対して大きすぎないか確認します。ログには「warning: not enough free space in mail queue」が出ます。'),
    settings: ['queue_minfree', 'message_size_limit', 'queue_directory'],
  },
  {
    id: 'too-many-recipients', reply: '452', enhanced: '4.5.3', classes: '4', program: 'smtpd',
    text: 'Error: too many recipients',
    example: '452 4.5.3 Error: too many recipients',
    match: /Error: too many recipients(?! from)/,
    cause: L('The transaction already has smtpd_recipient_limit recipients. A well-behaved client sends the rest in a new transaction; past smtpd_recipient_overshoot_limit extra recipients the session counts as an error.',
      'トランザクションの宛先がすでに smtpd_recipient_limit に達しています。正しいクライアントは残りを新しいトランザクションで送ります。smtpd_recipient_overshoot_limit を超えて宛先を送るとエラーとして数えられます。'),
    settings: ['smtpd_recipient_limit', 'smtpd_recipient_overshoot_limit'],
  },
  {
    id: 'too-many-recipients-rate', reply: '450', enhanced: '4.7.1', classes: '4', program: 'smtpd',
    text: 'Error: too many recipients from <ip>',
    example: '450 4.7.1 Error: too many recipients from 203.0.113.5',
    match: /Error: too many recipients from/,
    cause: L('The client exceeded smtpd_client_recipient_rate_limit recipients per anvil_rate_time_unit (counted by the anvil service). Clients in smtpd_client_event_limit_exceptions are exempt.',
      'クライアントが anvil_rate_time_unit あたり smtpd_client_recipient_rate_limit 件の宛先を超えました（anvil サービスが計数）。smtpd_client_event_limit_exceptions のクライアントは対象外です。'),
    settings: ['smtpd_client_recipient_rate_limit', 'anvil_rate_time_unit', 'smtpd_client_event_limit_exceptions'],
  },
  {
    id: 'too-many-connections', reply: '421', enhanced: '4.7.0', classes: '4', program: 'smtpd',
    text: '<myhostname> Error: too many connections from <ip>',
    example: '421 4.7.0 mx.example.com Error: too many connections from 203.0.113.5',
    match: /Error: too many connections from/,
    cause: L('The client has more simultaneous connections than smtpd_client_connection_count_limit, or opened more than smtpd_client_connection_rate_limit per anvil_rate_time_unit (both counted by anvil; the log warning says "Too many connections" or "Too frequent connections"). Clients in smtpd_client_event_limit_exceptions ($mynetworks by default) are exempt.',
      'クライアントの同時接続数が smtpd_client_connection_count_limit を超えたか、anvil_rate_time_unit あたり smtpd_client_connection_rate_limit を超えて接続しました（どちらも anvil が計数。ログの warning は「Too many connections」または「Too frequent connections」）。smtpd_client_event_limit_exceptions（既定は $mynetworks）のクライアントは対象外です。'),
    settings: ['smtpd_client_connection_count_limit', 'smtpd_client_connection_rate_limit', 'anvil_rate_time_unit', 'smtpd_client_event_limit_exceptions'],
  },
  {
    id: 'too-much-mail', reply: '450', enhanced: '4.7.1', classes: '4', program: 'smtpd',
    text: 'Error: too much mail from <ip>',
    example: '450 4.7.1 Error: too much mail from 203.0.113.5',
    match: /Error: too much mail from/,
    cause: L('The client sent more MAIL FROM requests than smtpd_client_message_rate_limit per anvil_rate_time_unit.',
      'クライアントが anvil_rate_time_unit あたり smtpd_client_message_rate_limit を超えて MAIL FROM を送りました。'),
    settings: ['smtpd_client_message_rate_limit', 'anvil_rate_time_unit', 'smtpd_client_event_limit_exceptions'],
  },
  {
    id: 'too-many-auth', reply: '450', enhanced: '4.7.1', classes: '4', program: 'smtpd',
    text: 'Error: too many AUTH commands from <ip>',
    example: '450 4.7.1 Error: too many AUTH commands from 203.0.113.5',
    match: /Error: too many AUTH commands from/,
    cause: L('The client sent more AUTH commands than smtpd_client_auth_rate_limit per anvil_rate_time_unit, typically password guessing.',
      'クライアントが anvil_rate_time_unit あたり smtpd_client_auth_rate_limit を超えて AUTH を送りました。典型的にはパスワードの総当たりです。'),
    settings: ['smtpd_client_auth_rate_limit', 'anvil_rate_time_unit', 'smtpd_client_event_limit_exceptions'],
  },
  {
    id: 'too-many-tls-sessions', reply: '454', enhanced: '4.7.0', classes: '4', program: 'smtpd',
    text: 'Error: too many new TLS sessions from <ip>',
    example: '454 4.7.0 Error: too many new TLS sessions from 203.0.113.5',
    match: /Error: too many new TLS sessions from/,
    cause: L('The client negotiated more new (not resumed) TLS sessions than smtpd_client_new_tls_session_rate_limit per anvil_rate_time_unit. Postfix answers 454 to STARTTLS, or 421 and disconnects on an implicit-TLS port.',
      'クライアントが anvil_rate_time_unit あたり smtpd_client_new_tls_session_rate_limit を超えて新規（再開でない）TLS セッションを確立しました。Postfix は STARTTLS に 454 で応答するか、暗黙 TLS のポートでは 421 を送って切断します。'),
    settings: ['smtpd_client_new_tls_session_rate_limit', 'anvil_rate_time_unit', 'smtpd_client_event_limit_exceptions'],
  },
  {
    id: 'too-many-errors', reply: '421', enhanced: '4.7.0', classes: '4', program: 'smtpd',
    text: '<myhostname> Error: too many errors',
    example: '421 4.7.0 mx.example.com Error: too many errors',
    match: /Error: too many errors/,
    cause: L('The client caused smtpd_hard_error_limit errors in this session (rejected commands and recipients count), so smtpd disconnects. Look at the earlier replies of the session for the real problem.',
      'クライアントがこのセッションで smtpd_hard_error_limit 回のエラー（拒否されたコマンドや宛先を含む）を起こしたため、smtpd が切断します。本当の問題はセッションの前の応答を見てください。'),
    settings: ['smtpd_hard_error_limit', 'smtpd_soft_error_limit', 'smtpd_error_sleep_time'],
  },
  {
    id: 'timeout-exceeded', reply: '421', enhanced: '4.4.2', classes: '4', program: 'smtpd',
    text: '<myhostname> Error: timeout exceeded',
    example: '421 4.4.2 mx.example.com Error: timeout exceeded',
    match: /Error: timeout exceeded/,
    cause: L('The client did not send the next command or data within smtpd_timeout, so the server gives up the session.',
      'クライアントが smtpd_timeout 以内に次のコマンドやデータを送らなかったため、サーバーがセッションを打ち切ります。'),
    settings: ['smtpd_timeout'],
  },
  {
    id: 'unauth-pipelining', reply: '503', enhanced: '5.5.0', classes: '5', program: 'smtpd',
    text: '<name>: ... rejected: Improper use of SMTP command pipelining', restriction: 'reject_unauth_pipelining',
    example: '503 5.5.0 <x@example.com>: Recipient address rejected: Improper use of SMTP command pipelining',
    match: /Improper use of SMTP command pipelining/,
    cause: L('reject_unauth_pipelining: the client sent commands ahead of the replies although it did not negotiate PIPELINING with EHLO; typical of spam software.',
      'reject_unauth_pipelining：クライアントが EHLO で PIPELINING を取り決めていないのに、応答を待たずにコマンドを送りました。スパム送信ソフトによくある動きです。'),
    settings: ['smtpd_data_restrictions', 'smtpd_client_restrictions'],
  },
  {
    id: 'smtp-protocol-synchronization', reply: '554', enhanced: '5.5.0', classes: '5', program: 'smtpd',
    text: 'Error: SMTP protocol synchronization',
    example: '554 5.5.0 Error: SMTP protocol synchronization',
    match: /Error: SMTP protocol synchronization/,
    cause: L('smtpd_forbid_unauth_pipelining = yes and the client sent commands before the server had answered (before the greeting, or pipelined without PIPELINING being offered). Simple monitoring scripts that send EHLO and QUIT at once trigger it.',
      'smtpd_forbid_unauth_pipelining = yes で、クライアントがサーバーの応答前に（あいさつ前に、または PIPELINING が提供されていないのにまとめて）コマンドを送りました。EHLO と QUIT を一度に送る簡単な監視スクリプトでも起きます。'),
    settings: ['smtpd_forbid_unauth_pipelining'],
  },
  {
    id: 'forbidden-command', reply: '221', enhanced: '2.7.0', classes: '25', program: 'smtpd',
    text: 'Error: I can break rules, too. Goodbye.',
    example: '221 2.7.0 Error: I can break rules, too. Goodbye.',
    match: /Error: I can break rules, too\. Goodbye\./,
    cause: L('The client sent a command listed in smtpd_forbidden_commands (such as CONNECT, GET or POST: an HTTP proxy or web client talking to the SMTP port), so smtpd hangs up. postscreen sends the same text with 521 5.7.0 for a failed non-SMTP command test with action "drop".',
      'クライアントが smtpd_forbidden_commands に含まれるコマンド（CONNECT、GET、POST など。SMTP ポートに話しかけた HTTP プロキシや Web クライアント）を送ったため、smtpd が切断します。postscreen は non-SMTP コマンドのテストに失敗しアクションが「drop」の場合、同じテキストを 521 5.7.0 で送ります。'),
    settings: ['smtpd_forbidden_commands', 'postscreen_non_smtp_command_action'],
  },
  {
    id: 'too-many-hops', reply: '554', enhanced: '5.4.0', classes: '5', program: 'smtpd',
    text: 'Error: too many hops',
    example: '554 5.4.0 Error: too many hops',
    match: /Error: too many hops/,
    cause: L('The message has more Received: headers than hopcount_limit: it is probably looping between systems (e.g. two servers that each forward the domain to the other).',
      'メッセージの Received: ヘッダーが hopcount_limit を超えています。システム間でループしている可能性が高いです（2 台のサーバーが互いにドメインを転送し合っているなど）。'),
    settings: ['hopcount_limit'],
  },
  {
    id: 'reply-code-configuration-error', reply: '450', enhanced: '4.7.1', classes: '4', program: 'smtpd',
    text: 'Service unavailable',
    example: '450 4.7.1 Service unavailable; from=<a@example.net> to=<x@example.com> proto=ESMTP helo=<h.example.net>',
    match: /\b450[ -]4\.7\.1 Service unavailable(?=$|\s*;\s*(?:from|to|proto|helo)=|\s*\()/,
    cause: L('A configuration mistake replaced the intended reply: a reply code parameter set outside 400-599, an invalid enhanced code, or an RBL reply template that does not start with a 4xx/5xx code. The server log has "warning: SMTP reply code configuration error", "DSN detail code configuration error" or "rbl response code configuration error" with the bad value.',
      '設定の誤りにより、本来の応答がこの汎用の応答に置き換わりました。応答コードのパラメーターを 400～599 の範囲外にした、拡張コードが不正、RBL の応答テンプレートが 4xx/5xx のコードで始まっていない、などです。サーバーのログに「warning: SMTP reply code configuration error」「DSN detail code configuration error」「rbl response code configuration error」と誤った値が出ます。'),
    settings: ['relay_domains_reject_code', 'access_map_reject_code', 'maps_rbl_reject_code', 'unknown_client_reject_code', 'default_rbl_reply', 'rbl_reply_maps'],
  },
];

/**
 * The known Postfix replies that a text (a reply, a log line, a bounce) contains. When the text holds
 * a reply code in front of the reply text, entries whose classes do not include its first digit are
 * left out; this tells "554 ... Relay access denied" (reject_unauth_destination) from "454 ..."
 * (defer_unauth_destination).
 */
export function findPostfixReplies(text: string): PostfixReplyInfo[] {
  const codes = findCodesInText(text).filter((c) => c.kind === 'reply');
  const hits: Array<{ at: number; entry: PostfixReplyInfo }> = [];
  for (const entry of postfixReplies) {
    const m = entry.match.exec(text);
    if (!m) continue;
    if (entry.unlike && entry.unlike.test(text)) continue;
    const before = codes.filter((c) => c.start <= m.index);
    const code = before.length > 0 ? before[before.length - 1].code : undefined;
    if (code && !entry.classes.includes(code[0])) continue;
    hits.push({ at: m.index, entry });
  }
  hits.sort((a, b) => a.at - b.at);
  return hits.map((h) => h.entry);
}

/* ------------------------------------------------------------------------------------------------
 * Finding codes in free text
 * ---------------------------------------------------------------------------------------------- */

export interface CodeInText {
  kind: 'reply' | 'enhanced';
  code: string;
  /** Offset of the first character. */
  start: number;
  /** Offset just after the last character. */
  end: number;
}

/** d.d{1,3}.d{1,3}, class 2/4/5, not part of a longer dotted number such as an IP address. */
const ENHANCED_IN_TEXT = /(?<![\d.])[245]\.\d{1,3}\.\d{1,3}(?!\d)(?!\.\d)/g;
/**
 * Three digits 2xx-5xx standing alone (start of text, after whitespace or an opening bracket or quote),
 * followed by a space or dash and then an enhanced code or text. Times, dates, pids in "[1234]" and
 * IP address parts do not qualify.
 */
const REPLY_IN_TEXT = /(?<![^\s("'])[2-5][0-5]\d(?=[ -](?:[245]\.\d|[^\d\s]))/g;

/** Locates reply codes ("554") and enhanced status codes ("5.7.1") in a log line or reply text. */
export function findCodesInText(text: string): CodeInText[] {
  const out: CodeInText[] = [];
  for (const m of text.matchAll(ENHANCED_IN_TEXT)) {
    const start = m.index ?? 0;
    out.push({ kind: 'enhanced', code: m[0], start, end: start + m[0].length });
  }
  for (const m of text.matchAll(REPLY_IN_TEXT)) {
    const start = m.index ?? 0;
    out.push({ kind: 'reply', code: m[0], start, end: start + m[0].length });
  }
  return out.sort((a, b) => a.start - b.start);
}
