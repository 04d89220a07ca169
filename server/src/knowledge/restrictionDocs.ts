/**
 * What each smtpd restriction checks, what it answers, and the caveats an administrator should know.
 *
 * Keys: exactly the names in shared/data/smtpd-restrictions.tsv. Stage, status, replacement and the
 * version facts live in that data; the texts here only explain.
 *
 * Replies were checked against smtpd_check.c (Postfix 3.7 to 3.11) and the strings of a Debian
 * 3.7.11 smtpd. Conventions for ReplySpec.text:
 *   - `<recipient>`, `<sender>`, `<helo>`, `<client>` ... : smtpd prints the value inside literal
 *     angle brackets; the word names the value (`<client>` is "hostname[address]", as in the log).
 *   - `[client-ip]`, `[client-hostname]` ... : the value inside literal square brackets.
 *   - `{class}` : the class name of the list the restriction sits in (see replyClassNames), for
 *     restrictions that work in any list; `<value>` is then that list's value (see replyValueNames).
 *   - `{name}` : any other value that smtpd prints without delimiters.
 * `enhanced` is shown as sent with the default code: smtpd always rewrites the first digit of the
 * enhanced code to the first digit of the reply code (and soft_bounce = yes turns 5xx into 4xx).
 */
import { Localized } from '../i18n/locale';

export interface ReplySpec {
  /** The main.cf parameter that holds the reply code, e.g. 'relay_domains_reject_code'. */
  codeParameter?: string;
  /** A reply code that no parameter changes. */
  fixedCode?: number;
  /** Added to the code parameter's value: -100 for defer_unauth_destination. */
  codeOffset?: number;
  /** Enhanced status code as sent with the default reply code, e.g. '5.7.1'. */
  enhanced: string;
  /** Reply text after the codes, with placeholders (see the file comment). */
  text: string;
  /** When this reply is sent, where the restriction can also answer otherwise. */
  when?: Localized;
}

export interface RestrictionDoc {
  /** 1-3 sentences: what it checks and what it does (permit / reject / defer / DUNNO). */
  tests: Localized;
  /** For restrictions that reject or defer. */
  reply?: ReplySpec;
  /** Caveats: DNS dependence, legacy status, order, prerequisites. */
  notes?: Localized;
}

/** The lists a generic restriction can sit in, named after smtpd's reply classes. */
export type ReplyStage = 'client' | 'helo' | 'sender' | 'recipient' | 'etrn' | 'data' | 'end_of_data';

/** The class text smtpd puts before "rejected:" for each list (smtpd_check.h SMTPD_NAME_*). */
export const replyClassNames: Readonly<Record<ReplyStage, string>> = {
  client: 'Client host',
  helo: 'Helo command',
  sender: 'Sender address',
  recipient: 'Recipient address',
  etrn: 'Etrn command',
  data: 'Data command',
  end_of_data: 'End-of-data',
};

/** What `<value>` stands for in each list. */
export const replyValueNames: Readonly<Record<ReplyStage, Localized>> = {
  client: { en: 'the client as hostname[address]', ja: 'hostname[address] 形式のクライアント' },
  helo: { en: 'the HELO/EHLO hostname', ja: 'HELO/EHLO で名乗られたホスト名' },
  sender: { en: 'the envelope sender address', ja: 'エンベロープ送信者アドレス' },
  recipient: { en: 'the envelope recipient address', ja: 'エンベロープ受信者アドレス' },
  etrn: { en: 'the domain given with ETRN', ja: 'ETRN で指定されたドメイン' },
  data: { en: 'the literal word DATA', ja: '文字列 DATA' },
  end_of_data: { en: 'the literal word END-OF-MESSAGE', ja: '文字列 END-OF-MESSAGE' },
};

/** Built-in defaults of the code parameters that the replies below refer to. */
export const replyCodeDefaults: Readonly<Record<string, number>> = {
  access_map_reject_code: 554,
  defer_code: 450,
  invalid_hostname_reject_code: 501,
  maps_rbl_reject_code: 554,
  multi_recipient_bounce_reject_code: 550,
  non_fqdn_reject_code: 504,
  plaintext_reject_code: 450,
  reject_code: 554,
  relay_domains_reject_code: 554,
  unknown_address_reject_code: 450,
  unknown_client_reject_code: 450,
  unknown_hostname_reject_code: 450,
  unknown_local_recipient_reject_code: 550,
  unverified_recipient_reject_code: 450,
  unverified_sender_reject_code: 450,
};

/**
 * The reply line as smtpd would send it: code, enhanced code (class digit taken from the code, as
 * smtpd does) and text. `codes` overrides parameter values; `stage` fills in `{class}`.
 */
export function formatReply(spec: ReplySpec, stage?: ReplyStage, codes?: Readonly<Record<string, number>>): string {
  let code: number | undefined = spec.fixedCode;
  if (code === undefined && spec.codeParameter) {
    code = codes?.[spec.codeParameter] ?? replyCodeDefaults[spec.codeParameter];
  }
  if (code === undefined) {
    throw new Error(`reply has neither a fixed code nor a known code parameter: ${spec.codeParameter ?? '(none)'}`);
  }
  code += spec.codeOffset ?? 0;
  const enhanced = String(code).charAt(0) + spec.enhanced.slice(1);
  const text = stage ? spec.text.split('{class}').join(replyClassNames[stage]) : spec.text;
  return `${code} ${enhanced} ${text}`;
}

// ---------------------------------------------------------------------------------------------
// Shared texts.

const WHEN_REJECT_ACTION: Localized = {
  en: 'when the table answers REJECT without its own text; other results (4NN/5NN text, DEFER, a restriction list ...) reply as they say',
  ja: 'テーブルの結果が文言なしの REJECT の場合。4NN/5NN テキスト、DEFER、制限リストなど他の結果はその内容どおりに応答します',
};

const ACCESS_RESULTS: Localized = {
  en: 'The result can be any access(5) action: OK, REJECT, DEFER, DUNNO, 4NN/5NN text, a restriction or restriction class name, HOLD, DISCARD, FILTER, REDIRECT, PREPEND, WARN, INFO, BCC.',
  ja: '結果には access(5) の任意のアクション (OK、REJECT、DEFER、DUNNO、4NN/5NN テキスト、制限名や制限クラス名、HOLD、DISCARD、FILTER、REDIRECT、PREPEND、WARN、INFO、BCC) を書けます。',
};

const NO_OK_RESULT: Localized = {
  en: 'An OK result is not allowed here: smtpd logs a warning and answers 451 4.3.5 Server configuration error. Use DUNNO to make an exception.',
  ja: 'ここでは OK を返せません。OK が返ると smtpd は警告を記録し 451 4.3.5 Server configuration error と応答します。例外にしたい場合は DUNNO を使ってください。',
};

const PARENT_MATCH: Localized = {
  en: 'Whether "example.com" also matches subdomains depends on smtpd_access_maps being listed in parent_domain_matches_subdomains (it is by default); otherwise write ".example.com".',
  ja: '"example.com" がサブドメインにも一致するかは parent_domain_matches_subdomains に smtpd_access_maps が含まれるかで決まります (既定では含まれます)。含まれない場合は ".example.com" と書きます。',
};

const NEEDS_DELAY_REJECT_HELO: Localized = {
  en: 'Does nothing when the client sent no HELO/EHLO (set smtpd_helo_required = yes to demand one).',
  ja: 'クライアントが HELO/EHLO を送っていなければ何もしません (必須にするには smtpd_helo_required = yes)。',
};

const REMOVED_3_9_REPLY: ReplySpec = {
  fixedCode: 451,
  enhanced: '4.3.5',
  text: 'Server configuration error',
  when: {
    en: 'Postfix 3.9 and later, for every request that reaches this name',
    ja: 'Postfix 3.9 以降で、この名前に到達したすべての要求に対して',
  },
};

function rejectReply(text: string): ReplySpec {
  return { codeParameter: 'access_map_reject_code', enhanced: '5.7.1', text, when: WHEN_REJECT_ACTION };
}

function joinNotes(...parts: Localized[]): Localized {
  return { en: parts.map((p) => p.en).join(' '), ja: parts.map((p) => p.ja ?? '').join('') };
}

/** The DNS-based access checks (_a_, _mx_, _ns_) share their shape. */
function dnsAccess(
  kind: 'a' | 'mx' | 'ns',
  subject: Localized,
  replyText: string,
  extra?: Localized,
): RestrictionDoc {
  const what: Record<typeof kind, Localized> = {
    a: {
      en: `Looks up the IP addresses (A/AAAA records) of ${subject.en} in the table.`,
      ja: `${subject.ja}の IP アドレス (A/AAAA レコード) をテーブルで検索します。`,
    },
    mx: {
      en: `Looks up the MX hosts of ${subject.en} in the table, first by hostname (and parent domains), then by their IP addresses; a domain without MX record counts as its own MX host.`,
      ja: `${subject.ja}の MX ホストを、まずホスト名 (と親ドメイン)、次にその IP アドレスでテーブル検索します。MX レコードのないドメインはそれ自身を MX ホストとみなします。`,
    },
    ns: {
      en: `Looks up the DNS servers (NS records) of ${subject.en} in the table, first by hostname, then by IP address; without NS records the parent domains are tried.`,
      ja: `${subject.ja}の DNS サーバー (NS レコード) を、まずホスト名、次に IP アドレスでテーブル検索します。NS レコードがなければ親ドメインをたどります。`,
    },
  };
  return {
    tests: {
      en: `${what[kind].en} The action found applies; no match gives DUNNO.`,
      ja: `${what[kind].ja}見つかったアクションを適用し、一致しなければ DUNNO です。`,
    },
    reply: rejectReply(replyText),
    notes: joinNotes(
      NO_OK_RESULT,
      {
        en: 'Depends on DNS: lookup failures are only logged and the check gives DUNNO.',
        ja: 'DNS に依存します。DNS の検索に失敗した場合は警告を記録するだけで DUNNO になります。',
      },
      ...(extra ? [extra] : []),
    ),
  };
}

// ---------------------------------------------------------------------------------------------
// Replies used by more than one name.

const UNKNOWN_CLIENT_REPLY: ReplySpec = {
  codeParameter: 'unknown_client_reject_code',
  enhanced: '4.7.25',
  text: 'Client host rejected: cannot find your hostname, [client-ip]',
  when: {
    en: 'the client has no verified hostname (permanent DNS result); a temporary DNS failure always gives 450',
    ja: 'クライアントに確認済みホスト名がない場合 (DNS の恒久的な結果)。DNS の一時的な失敗では常に 450 になります',
  },
};

const UNKNOWN_CLIENT_NOTES: Localized = {
  en: 'The client passes only if its IP address has a PTR record whose name resolves back to the same address. Both lookups depend on DNS, and many legitimate senders lack matching records, so a permanent code needs care.',
  ja: 'IP アドレスの PTR レコードのホスト名が正引きで同じアドレスに戻る場合だけ通過します。どちらの検索も DNS に依存し、正規の送信元でも対応するレコードがないことが多いため、恒久エラーのコードにする場合は注意が必要です。',
};

const INVALID_HELO_DOC: RestrictionDoc = {
  tests: {
    en: 'Rejects the request when the HELO/EHLO hostname has bad syntax (an address literal such as [192.0.2.1] must hold a valid IP address); otherwise DUNNO.',
    ja: 'HELO/EHLO のホスト名の構文が不正なら拒否します ([192.0.2.1] のようなアドレスリテラルは有効な IP アドレスでなければなりません)。それ以外は DUNNO です。',
  },
  reply: {
    codeParameter: 'invalid_hostname_reject_code',
    enhanced: '5.5.2',
    text: '<helo>: Helo command rejected: Invalid name',
    when: {
      en: 'for a malformed hostname; a malformed address literal gets "invalid ip address" instead',
      ja: 'ホスト名の形式が不正な場合。アドレスリテラルが不正な場合は "invalid ip address" になります',
    },
  },
  notes: NEEDS_DELAY_REJECT_HELO,
};

const NON_FQDN_HELO_DOC: RestrictionDoc = {
  tests: {
    en: 'Rejects the request when the HELO/EHLO hostname is not a fully-qualified domain name (it must contain a dot and be a valid hostname); otherwise DUNNO.',
    ja: 'HELO/EHLO のホスト名が完全修飾ドメイン名でなければ (ドットを含む有効なホスト名でなければ) 拒否します。それ以外は DUNNO です。',
  },
  reply: {
    codeParameter: 'non_fqdn_reject_code',
    enhanced: '5.5.2',
    text: '<helo>: Helo command rejected: need fully-qualified hostname',
  },
  notes: joinNotes(NEEDS_DELAY_REJECT_HELO, {
    en: 'An address literal is checked only for a valid IP address (invalid_hostname_reject_code, "invalid ip address").',
    ja: 'アドレスリテラルは有効な IP アドレスかどうかだけを確認します (invalid_hostname_reject_code、"invalid ip address")。',
  }),
};

const UNKNOWN_HELO_DOC: RestrictionDoc = {
  tests: {
    en: 'Rejects the request when the HELO/EHLO hostname has neither an address (A/AAAA) nor an MX record in DNS; otherwise DUNNO.',
    ja: 'HELO/EHLO のホスト名に DNS の A/AAAA レコードも MX レコードもなければ拒否します。それ以外は DUNNO です。',
  },
  reply: {
    codeParameter: 'unknown_hostname_reject_code',
    enhanced: '4.7.1',
    text: '<helo>: Helo command rejected: Host not found',
    when: {
      en: 'when DNS says the name does not exist; a temporary DNS failure applies unknown_helo_hostname_tempfail_action (default defer_if_permit, 450 4.7.1)',
      ja: 'DNS が「存在しない」と答えた場合。DNS の一時的な失敗では unknown_helo_hostname_tempfail_action (既定 defer_if_permit、450 4.7.1) が適用されます',
    },
  },
  notes: joinNotes(NEEDS_DELAY_REJECT_HELO, {
    en: 'Depends on DNS. Many legitimate servers send names that do not resolve, so use with care.',
    ja: 'DNS に依存します。正規のサーバーでも解決できない名前を名乗ることが多いため、慎重に使ってください。',
  }),
};

const UNKNOWN_SENDER_DOMAIN_DOC: RestrictionDoc = {
  tests: {
    en: 'Rejects the request when the sender address domain has no MX and no address record in DNS, or publishes a null MX; otherwise DUNNO. Local (final-destination) domains, address literals and the null sender are skipped.',
    ja: '送信者アドレスのドメインに DNS の MX レコードもアドレスレコードもない場合、または null MX を公開している場合に拒否します。それ以外は DUNNO です。自ホストが最終配送先のドメイン、アドレスリテラル、空の送信者は対象外です。',
  },
  reply: {
    codeParameter: 'unknown_address_reject_code',
    enhanced: '4.1.8',
    text: '<sender>: Sender address rejected: Domain not found',
    when: {
      en: 'when DNS says the domain does not exist; a null MX gives 550 5.7.27 "Domain {domain} does not accept mail (nullMX)"; a temporary DNS failure applies unknown_address_tempfail_action (default defer_if_permit, 450)',
      ja: 'DNS が「存在しない」と答えた場合。null MX では 550 5.7.27 "Domain {domain} does not accept mail (nullMX)"、DNS の一時的な失敗では unknown_address_tempfail_action (既定 defer_if_permit、450) になります',
    },
  },
  notes: {
    en: 'Depends on DNS. The default code 450 makes the client retry; set unknown_address_reject_code = 550 for a permanent rejection.',
    ja: 'DNS に依存します。既定のコード 450 ではクライアントは再送を続けます。恒久的に拒否するには unknown_address_reject_code = 550 にします。',
  },
};

const UNLISTED_RECIPIENT_DOC: RestrictionDoc = {
  tests: {
    en: 'Rejects a recipient in a local, virtual mailbox, virtual alias or relay domain that the matching recipient tables do not know (local_recipient_maps, virtual_mailbox_maps, virtual_alias_maps, relay_recipient_maps); otherwise DUNNO.',
    ja: 'ローカル、仮想メールボックス、仮想エイリアス、リレーの各ドメイン宛てで、対応する受信者テーブル (local_recipient_maps、virtual_mailbox_maps、virtual_alias_maps、relay_recipient_maps) にない受信者を拒否します。それ以外は DUNNO です。',
  },
  reply: {
    codeParameter: 'unknown_local_recipient_reject_code',
    enhanced: '5.1.1',
    text: '<recipient>: Recipient address rejected: User unknown in local recipient table',
    when: {
      en: 'for a local domain; virtual mailbox and relay domains use unknown_virtual_mailbox_reject_code and unknown_relay_recipient_reject_code ("... in virtual mailbox table", "... in relay recipient table"), virtual alias domains unknown_virtual_alias_reject_code ("... in virtual alias table")',
      ja: 'ローカルドメインの場合。仮想メールボックスドメインとリレードメインは unknown_virtual_mailbox_reject_code と unknown_relay_recipient_reject_code ("... in virtual mailbox table"、"... in relay recipient table")、仮想エイリアスドメインは unknown_virtual_alias_reject_code ("... in virtual alias table") を使います',
    },
  },
  notes: {
    en: 'With smtpd_reject_unlisted_recipient = yes (the default) smtpd applies this check anyway after the recipient lists; naming it lets you place it earlier, e.g. before a policy service. An empty table parameter (e.g. local_recipient_maps =) turns the check off for that class. The "in ... table" suffix is omitted with show_user_unknown_table_name = no.',
    ja: 'smtpd_reject_unlisted_recipient = yes (既定) なら、受信者制限の後で smtpd が必ずこの検査を行います。明示すると、ポリシーサービスの前など好きな位置で検査できます。テーブルのパラメータが空 (例: local_recipient_maps =) だとそのクラスの検査は行われません。show_user_unknown_table_name = no では "in ... table" の部分が付きません。',
  },
};

const SENDER_LOGIN_NOTES: Localized = {
  en: 'Requires smtpd_sasl_auth_enable = yes (otherwise the name is ignored with a warning) and smtpd_sender_login_maps, which maps each sender address to the SASL login names allowed to use it. The null sender is not checked.',
  ja: 'smtpd_sasl_auth_enable = yes (そうでなければ警告付きで無視されます) と、送信者アドレスごとに使用を許す SASL ログイン名を引く smtpd_sender_login_maps が必要です。空の送信者は検査しません。',
};

const NOT_OWNED_REPLY: ReplySpec = {
  fixedCode: 553,
  enhanced: '5.7.1',
  text: '<sender>: Sender address rejected: not owned by user {sasl-login}',
};

const NOT_LOGGED_IN_REPLY: ReplySpec = {
  fixedCode: 553,
  enhanced: '5.7.1',
  text: '<sender>: Sender address rejected: not logged in',
};

const RBL_CLIENT_DOC: RestrictionDoc = {
  tests: {
    en: 'Rejects the request when the client IP address is listed in the given DNS blocklist (reversed address + domain has an A record; "domain=pattern" restricts the accepted answers); otherwise DUNNO.',
    ja: 'クライアントの IP アドレスが指定した DNS ブロックリストに載っていれば (逆順アドレス+ドメインに A レコードがあれば) 拒否します。"domain=パターン" で一致とみなす応答を絞れます。それ以外は DUNNO です。',
  },
  reply: {
    codeParameter: 'maps_rbl_reject_code',
    enhanced: '5.7.1',
    text: 'Service unavailable; Client host [client-ip] blocked using {dnsbl-domain}; {txt-record}',
    when: {
      en: 'with the default default_rbl_reply template; the "; {txt-record}" part appears only when the list publishes a TXT record; rbl_reply_maps can give each list its own reply',
      ja: '既定の default_rbl_reply テンプレートの場合。"; {txt-record}" はリストが TXT レコードを公開しているときだけ付きます。rbl_reply_maps でリストごとに応答を変えられます',
    },
  },
  notes: {
    en: 'Depends on DNS: when the list cannot be queried the check gives DUNNO, so mail is not blocked by an outage. Many lists refuse queries from public resolvers.',
    ja: 'DNS に依存します。リストに問い合わせできない場合は DUNNO となり、障害でメールが止まることはありません。公開リゾルバからの問い合わせを拒否するリストが多い点に注意してください。',
  },
};

function rhsbl(subject: Localized, bracketed: string, className: string, extra?: Localized): RestrictionDoc {
  return {
    tests: {
      en: `Rejects the request when ${subject.en} is listed in the given DNS domain blocklist (name + domain has an A record; "domain=pattern" restricts the accepted answers); otherwise DUNNO.`,
      ja: `${subject.ja}が指定した DNS ドメインブロックリストに載っていれば (名前+ドメインに A レコードがあれば) 拒否します。"domain=パターン" で一致とみなす応答を絞れます。それ以外は DUNNO です。`,
    },
    reply: {
      codeParameter: 'maps_rbl_reject_code',
      enhanced: '5.7.1',
      text: `Service unavailable; ${className} [${bracketed}] blocked using {dnsbl-domain}; {txt-record}`,
      when: {
        en: 'with the default default_rbl_reply template; the "; {txt-record}" part appears only when the list publishes a TXT record; rbl_reply_maps can give each list its own reply',
        ja: '既定の default_rbl_reply テンプレートの場合。"; {txt-record}" はリストが TXT レコードを公開しているときだけ付きます。rbl_reply_maps でリストごとに応答を変えられます',
      },
    },
    notes: joinNotes(
      {
        en: 'Depends on DNS: when the list cannot be queried the check gives DUNNO. Names that end in a numeric label are not looked up.',
        ja: 'DNS に依存します。リストに問い合わせできない場合は DUNNO です。最後のラベルが数字の名前は問い合わせません。',
      },
      ...(extra ? [extra] : []),
    ),
  };
}

function unverified(who: 'sender' | 'recipient'): RestrictionDoc {
  const s = who === 'sender';
  return {
    tests: {
      en: `Asks the verify(8) service whether the ${who} address is deliverable (it probes the destination without sending mail). Rejects a known-undeliverable address, defers while the result is pending or temporarily failing, and gives DUNNO for a deliverable one.`,
      ja: `verify(8) サービスに${s ? '送信者' : '受信者'}アドレスが配送可能かを問い合わせます (実際にはメールを送らずに配送先へ確認します)。配送不能と判明したアドレスは拒否し、結果待ちや一時的な失敗の間は一時拒否し、配送可能なら DUNNO です。`,
    },
    reply: {
      codeParameter: s ? 'unverified_sender_reject_code' : 'unverified_recipient_reject_code',
      enhanced: s ? '4.1.7' : '4.1.1',
      text: `<${who}>: ${s ? 'Sender' : 'Recipient'} address rejected: undeliverable address: {reason}`,
      when: {
        en: `for an address known to bounce; a pending or failed probe gives ${s ? 'unverified_sender_defer_code' : 'unverified_recipient_defer_code'} (450) and "unverified address: {reason}" through ${s ? 'unverified_sender_tempfail_action' : 'unverified_recipient_tempfail_action'} (default defer_if_permit); a non-empty ${s ? 'unverified_sender_reject_reason' : 'unverified_recipient_reject_reason'} replaces {reason}`,
        ja: `配送不能と判明したアドレスの場合。確認待ちや確認失敗では ${s ? 'unverified_sender_tempfail_action' : 'unverified_recipient_tempfail_action'} (既定 defer_if_permit) を通じて ${s ? 'unverified_sender_defer_code' : 'unverified_recipient_defer_code'} (450) と "unverified address: {reason}" で応答します。${s ? 'unverified_sender_reject_reason' : 'unverified_recipient_reject_reason'} を空でない値にすると {reason} を置き換えます`,
      },
    },
    notes: {
      en: `The default reject code is 450, so even known-bad addresses are only deferred until you set ${s ? 'unverified_sender_reject_code' : 'unverified_recipient_reject_code'} = 550. The first message from a new address is usually deferred while the probe runs. Results are cached in address_verify_map.${s ? ' The null sender is not checked.' : ''}`,
      ja: `既定の拒否コードは 450 なので、${s ? 'unverified_sender_reject_code' : 'unverified_recipient_reject_code'} = 550 にするまでは配送不能と分かったアドレスも一時拒否にとどまります。新しいアドレスからの最初のメールは、確認中のため通常一時拒否されます。結果は address_verify_map にキャッシュされます。${s ? '空の送信者は検査しません。' : ''}`,
    },
  };
}

// ---------------------------------------------------------------------------------------------

const SUBJ_CLIENT: Localized = { en: 'the client hostname', ja: 'クライアントのホスト名' };
const SUBJ_REVERSE: Localized = { en: 'the unverified reverse (PTR) client hostname', ja: '未検証の逆引き (PTR) クライアントホスト名' };
const SUBJ_HELO: Localized = { en: 'the HELO/EHLO hostname', ja: 'HELO/EHLO のホスト名' };
const SUBJ_SENDER: Localized = { en: 'the sender address domain', ja: '送信者アドレスのドメイン' };
const SUBJ_RECIPIENT: Localized = { en: 'the recipient address domain', ja: '受信者アドレスのドメイン' };

const SKIP_UNKNOWN_CLIENT: Localized = {
  en: 'Skipped when the client hostname is "unknown".',
  ja: 'クライアントのホスト名が "unknown" の場合は検査しません。',
};
const SKIP_UNKNOWN_REVERSE: Localized = {
  en: 'Skipped when the reverse hostname is "unknown". The PTR name is not forward-confirmed and is easy to forge.',
  ja: '逆引きホスト名が "unknown" の場合は検査しません。PTR 名は正引きで確認されておらず、偽装が容易です。',
};

export const restrictionDocs: Readonly<Record<string, RestrictionDoc>> = {
  // ----- client --------------------------------------------------------------------------------
  check_ccert_access: {
    tests: {
      en: 'Looks up the fingerprint of the client TLS certificate (then of its public key) in the table, computed with smtpd_tls_fingerprint_digest, and applies the action found; no certificate or no match gives DUNNO.',
      ja: 'クライアントの TLS 証明書 (続いてその公開鍵) のフィンガープリントを smtpd_tls_fingerprint_digest で計算してテーブルを検索し、見つかったアクションを適用します。証明書がないか一致しなければ DUNNO です。',
    },
    reply: rejectReply('<cert-cn>: Client certificate rejected: Access denied'),
    notes: joinNotes(ACCESS_RESULTS, {
      en: 'Clients send a certificate only when asked: set smtpd_tls_ask_ccert = yes. Changing the digest (md5 before compatibility_level 3.6, sha256 after) changes every key in the table.',
      ja: 'クライアントは要求されたときだけ証明書を送るため smtpd_tls_ask_ccert = yes が必要です。ダイジェスト (compatibility_level 3.6 未満は md5、以降は sha256) を変えるとテーブルのキーはすべて変わります。',
    }),
  },
  check_client_a_access: dnsAccess('a', SUBJ_CLIENT, '<client>: Client host rejected: Access denied', SKIP_UNKNOWN_CLIENT),
  check_client_access: {
    tests: {
      en: 'Looks up the client hostname and its parent domains, then the client IP address and its shorter prefixes (1.2.3.4, 1.2.3, 1.2, 1), in the table and applies the first action found; no match gives DUNNO.',
      ja: 'クライアントのホスト名とその親ドメイン、続いてクライアントの IP アドレスとその短いプレフィックス (1.2.3.4、1.2.3、1.2、1) をテーブルで検索し、最初に見つかったアクションを適用します。一致しなければ DUNNO です。',
    },
    reply: rejectReply('<client>: Client host rejected: Access denied'),
    notes: joinNotes(ACCESS_RESULTS, PARENT_MATCH, {
      en: 'A client without verified hostname is looked up as "unknown". Use a cidr: table to match network ranges.',
      ja: 'ホスト名が確認できないクライアントは "unknown" として検索されます。ネットワーク範囲で照合するには cidr: テーブルを使います。',
    }),
  },
  check_client_mx_access: dnsAccess('mx', SUBJ_CLIENT, '<client>: Client host rejected: Access denied', SKIP_UNKNOWN_CLIENT),
  check_client_ns_access: dnsAccess('ns', SUBJ_CLIENT, '<client>: Client host rejected: Access denied', SKIP_UNKNOWN_CLIENT),
  check_reverse_client_hostname_a_access: dnsAccess(
    'a',
    SUBJ_REVERSE,
    '<reverse-hostname>: Unverified Client host rejected: Access denied',
    SKIP_UNKNOWN_REVERSE,
  ),
  check_reverse_client_hostname_access: {
    tests: {
      en: 'Looks up the unverified reverse (PTR) client hostname and its parent domains, then the client IP address, in the table and applies the action found; no match gives DUNNO.',
      ja: '未検証の逆引き (PTR) クライアントホスト名とその親ドメイン、続いてクライアントの IP アドレスをテーブルで検索し、見つかったアクションを適用します。一致しなければ DUNNO です。',
    },
    reply: rejectReply('<reverse-hostname>: Unverified Client host rejected: Access denied'),
    notes: joinNotes(NO_OK_RESULT, {
      en: 'The PTR name is not forward-confirmed and can be forged, which is why OK is refused; use it to reject, e.g. dynamic-address naming patterns.',
      ja: 'PTR 名は正引きで確認されておらず偽装できるため OK は受け付けません。動的 IP を示す命名パターンの拒否などに使います。',
    }),
  },
  check_reverse_client_hostname_mx_access: dnsAccess(
    'mx',
    SUBJ_REVERSE,
    '<reverse-hostname>: Unverified Client host rejected: Access denied',
    SKIP_UNKNOWN_REVERSE,
  ),
  check_reverse_client_hostname_ns_access: dnsAccess(
    'ns',
    SUBJ_REVERSE,
    '<reverse-hostname>: Unverified Client host rejected: Access denied',
    SKIP_UNKNOWN_REVERSE,
  ),
  check_sasl_access: {
    tests: {
      en: 'Looks up the SASL login name of an authenticated client in the table and applies the action found; an unauthenticated client or no match gives DUNNO.',
      ja: '認証済みクライアントの SASL ログイン名をテーブルで検索し、見つかったアクションを適用します。未認証のクライアントや一致しない場合は DUNNO です。',
    },
    reply: rejectReply('<sasl-login>: SASL login name rejected: Access denied'),
    notes: joinNotes(ACCESS_RESULTS, {
      en: 'Requires smtpd_sasl_auth_enable = yes; otherwise the name is ignored with a warning. Useful to block a compromised account quickly.',
      ja: 'smtpd_sasl_auth_enable = yes が必要で、そうでなければ警告付きで無視されます。乗っ取られたアカウントを素早く止めるのに便利です。',
    }),
  },
  permit_dnswl_client: {
    tests: {
      en: 'Permits the request when the client IP address is listed in the given DNS allowlist ("domain=pattern" restricts the accepted answers); otherwise DUNNO.',
      ja: 'クライアントの IP アドレスが指定した DNS 許可リストに載っていれば許可します ("domain=パターン" で一致とみなす応答を絞れます)。それ以外は DUNNO です。',
    },
    notes: {
      en: 'Depends on DNS: a lookup failure arms defer_if_reject (a later reject becomes 450 4.7.1). For safety it does not permit a recipient that would be relay-denied (it then gives DUNNO).',
      ja: 'DNS に依存します。検索に失敗すると defer_if_reject が有効になり、後の拒否は 450 4.7.1 になります。安全のため、リレーが拒否される受信者については許可せず DUNNO を返します。',
    },
  },
  permit_inet_interfaces: {
    tests: {
      en: 'Permits the request when the client IP address is one of this Postfix instance\'s own interface addresses (inet_interfaces); otherwise DUNNO.',
      ja: 'クライアントの IP アドレスがこの Postfix 自身のインターフェイスアドレス (inet_interfaces) のいずれかなら許可します。それ以外は DUNNO です。',
    },
  },
  permit_mx_backup: {
    tests: {
      en: 'Permits a recipient whose domain lists this host as a backup MX (not a primary MX), and also recipients this host delivers or relays; otherwise DUNNO.',
      ja: 'この受信者のドメインがこのホストをバックアップ MX (プライマリではない MX) として登録していれば許可します。自ホストが配送またはリレーする宛先も許可します。それ以外は DUNNO です。',
    },
    notes: {
      en: 'Depends on DNS (a lookup failure arms defer_if_reject, 450 4.4.4), so anyone who controls a domain\'s DNS can make you relay for it; permit_mx_backup_networks limits the accepted primary MX addresses. Postfix 3.9 and later warn that it will be removed: list backup domains in relay_domains instead. It must come before reject_unauth_destination, which does not consider MX records.',
      ja: 'DNS に依存します (検索失敗時は defer_if_reject、450 4.4.4)。ドメインの DNS を操作できる者なら誰でもそのドメインへのリレーをさせられるため、permit_mx_backup_networks で許容するプライマリ MX のアドレスを制限してください。Postfix 3.9 以降は削除予定の警告が出ます。代わりにバックアップ対象ドメインを relay_domains に列挙します。MX を考慮しない reject_unauth_destination より前に置く必要があります。',
    },
  },
  permit_mynetworks: {
    tests: {
      en: 'Permits the request when the client IP address matches mynetworks; otherwise DUNNO.',
      ja: 'クライアントの IP アドレスが mynetworks に一致すれば許可します。それ以外は DUNNO です。',
    },
    notes: {
      en: 'When mynetworks is not set, it is derived from mynetworks_style (host from compatibility_level 2, subnet before). A too-wide mynetworks makes an open relay.',
      ja: 'mynetworks を設定しない場合は mynetworks_style から導かれます (compatibility_level 2 以上は host、それ未満は subnet)。mynetworks を広くしすぎるとオープンリレーになります。',
    },
  },
  permit_naked_ip_address: {
    tests: {
      en: 'Postfix 3.8 and earlier: permitted the request when the HELO/EHLO argument was a bare IP address. Postfix 3.9 and later refuse the name.',
      ja: 'Postfix 3.8 以前: HELO/EHLO の引数が裸の IP アドレスなら許可していました。Postfix 3.9 以降ではこの名前を受け付けません。',
    },
    reply: REMOVED_3_9_REPLY,
    notes: {
      en: 'Dangerous: any client can send such a HELO, so it could make an open relay. Postfix 3.8 and earlier log a deprecation warning each time. Use permit_mynetworks or permit_sasl_authenticated.',
      ja: '危険です。どのクライアントでもそのような HELO を送れるため、オープンリレーになり得ます。Postfix 3.8 以前でも使うたびに非推奨の警告が出ます。permit_mynetworks か permit_sasl_authenticated を使ってください。',
    },
  },
  permit_rhswl_client: {
    tests: {
      en: 'Permits the request when the client hostname is listed in the given DNS domain allowlist ("domain=pattern" restricts the accepted answers); otherwise DUNNO.',
      ja: 'クライアントのホスト名が指定した DNS ドメイン許可リストに載っていれば許可します ("domain=パターン" で一致とみなす応答を絞れます)。それ以外は DUNNO です。',
    },
    notes: {
      en: 'Skipped when the client hostname is "unknown". Depends on DNS: a lookup failure arms defer_if_reject. Like permit_dnswl_client it never permits a recipient that would be relay-denied.',
      ja: 'クライアントのホスト名が "unknown" の場合は検査しません。DNS に依存し、検索に失敗すると defer_if_reject が有効になります。permit_dnswl_client と同様、リレーが拒否される受信者は許可しません。',
    },
  },
  permit_sasl_authenticated: {
    tests: {
      en: 'Permits the request when the client has authenticated with SASL (SMTP AUTH); otherwise DUNNO.',
      ja: 'クライアントが SASL (SMTP AUTH) で認証済みなら許可します。それ以外は DUNNO です。',
    },
    notes: {
      en: 'Matches nothing unless smtpd_sasl_auth_enable = yes. With smtpd_delay_reject = no it is useless in smtpd_client_restrictions, because authentication happens after the connection is checked.',
      ja: 'smtpd_sasl_auth_enable = yes でなければ何にも一致しません。smtpd_delay_reject = no の場合、認証は接続の検査より後に行われるため smtpd_client_restrictions では役に立ちません。',
    },
  },
  permit_tls_all_clientcerts: {
    tests: {
      en: 'Permits the request when the client presented a TLS certificate that verifies against the trusted CAs; otherwise DUNNO.',
      ja: 'クライアントが信頼済み CA で検証できる TLS 証明書を提示していれば許可します。それ以外は DUNNO です。',
    },
    notes: {
      en: 'Any certificate from any trusted CA passes, so use it only when smtpd_tls_CAfile / smtpd_tls_CApath hold nothing but your own CA. Needs smtpd_tls_ask_ccert = yes.',
      ja: '信頼済み CA が発行した証明書ならどれでも通るため、smtpd_tls_CAfile / smtpd_tls_CApath に自組織の CA だけを置く場合に限って使ってください。smtpd_tls_ask_ccert = yes が必要です。',
    },
  },
  permit_tls_clientcerts: {
    tests: {
      en: 'Permits the request when the fingerprint of the client certificate (or of its public key) is listed in relay_clientcerts; otherwise DUNNO.',
      ja: 'クライアント証明書 (またはその公開鍵) のフィンガープリントが relay_clientcerts に登録されていれば許可します。それ以外は DUNNO です。',
    },
    notes: {
      en: 'Needs smtpd_tls_ask_ccert = yes, otherwise clients send no certificate and smtpd logs a warning. Fingerprints use smtpd_tls_fingerprint_digest (md5 before compatibility_level 3.6, sha256 after).',
      ja: 'smtpd_tls_ask_ccert = yes が必要です。そうでなければクライアントは証明書を送らず、smtpd は警告を記録します。フィンガープリントは smtpd_tls_fingerprint_digest (compatibility_level 3.6 未満は md5、以降は sha256) で計算します。',
    },
  },
  reject_maps_rbl: {
    tests: {
      en: 'Postfix 3.8 and earlier: rejected the client when its IP address was listed in any DNS blocklist of maps_rbl_domains. Postfix 3.9 and later refuse the name.',
      ja: 'Postfix 3.8 以前: クライアントの IP アドレスが maps_rbl_domains のいずれかの DNS ブロックリストに載っていれば拒否していました。Postfix 3.9 以降ではこの名前を受け付けません。',
    },
    reply: REMOVED_3_9_REPLY,
    notes: {
      en: 'Replace it with one "reject_rbl_client domain" per list. Postfix 3.8 and earlier warn once per process that it will be removed.',
      ja: 'リストごとに "reject_rbl_client ドメイン" に置き換えてください。Postfix 3.8 以前でもプロセスごとに一度、削除予定の警告が出ます。',
    },
  },
  reject_rbl: {
    ...RBL_CLIENT_DOC,
    notes: joinNotes(RBL_CLIENT_DOC.notes as Localized, {
      en: 'Old name of reject_rbl_client; it behaves the same.',
      ja: 'reject_rbl_client の旧名で、動作は同じです。',
    }),
  },
  reject_rbl_client: RBL_CLIENT_DOC,
  reject_rhsbl_client: rhsbl(
    { en: 'the client hostname', ja: 'クライアントのホスト名' },
    'client-hostname',
    'Client host',
    SKIP_UNKNOWN_CLIENT,
  ),
  reject_rhsbl_reverse_client: rhsbl(
    { en: 'the unverified reverse (PTR) client hostname', ja: '未検証の逆引き (PTR) クライアントホスト名' },
    'reverse-hostname',
    'Unverified Client host',
    {
      en: 'Skipped when the reverse hostname is "unknown". Unlike reject_rhsbl_client it also catches clients whose PTR name is not forward-confirmed.',
      ja: '逆引きホスト名が "unknown" の場合は検査しません。reject_rhsbl_client と違い、PTR 名が正引きで確認できないクライアントも対象になります。',
    },
  ),
  reject_unknown_client: {
    tests: {
      en: 'Rejects the request when the client has no verified hostname: no PTR record, or the PTR name does not resolve back to the client IP address; otherwise DUNNO.',
      ja: 'クライアントに確認済みホスト名がない場合、つまり PTR レコードがないか、PTR 名を正引きしてもクライアントの IP アドレスに戻らない場合に拒否します。それ以外は DUNNO です。',
    },
    reply: UNKNOWN_CLIENT_REPLY,
    notes: joinNotes(UNKNOWN_CLIENT_NOTES, {
      en: 'Pre-2.3 name of reject_unknown_client_hostname; it behaves the same.',
      ja: 'reject_unknown_client_hostname の 2.3 より前の名前で、動作は同じです。',
    }),
  },
  reject_unknown_client_hostname: {
    tests: {
      en: 'Rejects the request when the client has no verified hostname: no PTR record, or the PTR name does not resolve back to the client IP address; otherwise DUNNO.',
      ja: 'クライアントに確認済みホスト名がない場合、つまり PTR レコードがないか、PTR 名を正引きしてもクライアントの IP アドレスに戻らない場合に拒否します。それ以外は DUNNO です。',
    },
    reply: UNKNOWN_CLIENT_REPLY,
    notes: UNKNOWN_CLIENT_NOTES,
  },
  reject_unknown_reverse_client_hostname: {
    tests: {
      en: 'Rejects the request when the client IP address has no PTR record (the name is not checked any further); otherwise DUNNO.',
      ja: 'クライアントの IP アドレスに PTR レコードがなければ拒否します (名前の正引き確認はしません)。それ以外は DUNNO です。',
    },
    reply: {
      codeParameter: 'unknown_client_reject_code',
      enhanced: '4.7.1',
      text: 'Client host rejected: cannot find your reverse hostname, [client-ip]',
      when: {
        en: 'when DNS says there is no PTR name; a temporary DNS failure always gives 450',
        ja: 'DNS が PTR 名はないと答えた場合。DNS の一時的な失敗では常に 450 になります',
      },
    },
    notes: {
      en: 'Depends on DNS. Milder than reject_unknown_client_hostname, which also requires the name to resolve back to the address.',
      ja: 'DNS に依存します。名前が正引きで同じアドレスに戻ることまで求める reject_unknown_client_hostname より緩い検査です。',
    },
  },

  // ----- generic ------------------------------------------------------------------------------
  check_policy_service: {
    tests: {
      en: 'Sends the request attributes to an external policy server (inet:host:port or unix:/path) and applies the access(5) action it returns (OK, REJECT, DEFER, DUNNO, 4NN/5NN text, ...).',
      ja: 'リクエストの属性を外部ポリシーサーバー (inet:host:port または unix:/path) に送り、返ってきた access(5) アクション (OK、REJECT、DEFER、DUNNO、4NN/5NN テキストなど) を適用します。',
    },
    notes: {
      en: 'When the server cannot be reached, smtpd_policy_service_default_action applies (default "451 4.3.5 Server configuration problem"). Since 3.0 per-service settings can follow in braces: check_policy_service { inet:127.0.0.1:10023, timeout=10s, default_action=DUNNO }. Put it after reject_unauth_destination so the server never authorizes relaying by mistake.',
      ja: 'サーバーに接続できないときは smtpd_policy_service_default_action (既定 "451 4.3.5 Server configuration problem") が適用されます。3.0 以降は波括弧でサービスごとの設定を書けます: check_policy_service { inet:127.0.0.1:10023, timeout=10s, default_action=DUNNO }。サーバーが誤ってリレーを許可しないよう、reject_unauth_destination の後に置いてください。',
    },
  },
  defer: {
    tests: {
      en: 'Always defers the request with a temporary (4xx) reply; restrictions after it in the same list are ignored.',
      ja: '常に一時エラー (4xx) で要求を拒否します。同じリスト内でこれより後の制限は無視されます。',
    },
    reply: { codeParameter: 'defer_code', enhanced: '4.3.2', text: '<value>: {class} rejected: Try again later' },
  },
  defer_if_permit: {
    tests: {
      en: 'Arms a deferral: if the request would in the end be accepted, smtpd defers it instead (450). A later reject still rejects. Evaluation continues with the next restriction.',
      ja: '一時拒否を予約します。最終的に要求が受理されることになった場合、代わりに 450 で一時拒否します。後で拒否された場合はそのまま拒否です。評価は次の制限へ進みます。',
    },
    reply: {
      fixedCode: 450,
      enhanced: '4.7.0',
      text: '<value>: {class} rejected: defer_if_permit requested',
      when: {
        en: 'when the request would otherwise be accepted',
        ja: '本来なら要求が受理される場合',
      },
    },
    notes: {
      en: 'The armed state carries over from the client, HELO and sender stages to the recipient stage. It counts as a working relay guard in the startup check of smtpd_relay_restrictions / smtpd_recipient_restrictions.',
      ja: '予約状態はクライアント、HELO、送信者の各段階から受信者の段階へ引き継がれます。smtpd_relay_restrictions / smtpd_recipient_restrictions の起動時チェックでは、有効なリレー防止策として数えられます。',
    },
  },
  defer_if_reject: {
    tests: {
      en: 'Arms a downgrade: if a later restriction rejects the request with a 5xx reply, smtpd answers 450 instead. Evaluation continues with the next restriction.',
      ja: '格下げを予約します。後の制限が 5xx で拒否した場合、代わりに 450 で応答します。評価は次の制限へ進みます。',
    },
    reply: {
      fixedCode: 450,
      enhanced: '4.7.0',
      text: '<value>: {class} rejected: defer_if_reject requested',
      when: {
        en: 'when a later restriction in the same evaluation would reject with 5xx',
        ja: '同じ評価の中で後の制限が 5xx で拒否しようとした場合',
      },
    },
  },
  permit: {
    tests: {
      en: 'Accepts the request for this list and stops evaluating the list; restrictions after it in the same list are ignored (smtpd logs a warning).',
      ja: 'このリストの評価を「許可」で終了します。同じリスト内でこれより後の制限は無視されます (smtpd は警告を記録します)。',
    },
    notes: {
      en: 'A permit ends only its own list: the other restriction lists still run, and only a reject stops the whole decision. A relay guard placed after permit never runs, and the startup check of smtpd_relay_restrictions / smtpd_recipient_restrictions does not count it.',
      ja: 'permit が終わらせるのは自分のリストだけで、他の制限リストは引き続き評価され、判定全体を止めるのは拒否だけです。permit より後ろに置いたリレー防止策は実行されず、smtpd_relay_restrictions / smtpd_recipient_restrictions の起動時チェックでも数えられません。',
    },
  },
  reject: {
    tests: {
      en: 'Always rejects the request with a permanent (5xx) reply; restrictions after it in the same list are ignored.',
      ja: '常に恒久エラー (5xx) で要求を拒否します。同じリスト内でこれより後の制限は無視されます。',
    },
    reply: { codeParameter: 'reject_code', enhanced: '5.7.1', text: '<value>: {class} rejected: Access denied' },
    notes: {
      en: 'Usually the last item of a list, after the permit_* exceptions.',
      ja: '通常は permit_* による例外の後、リストの最後に置きます。',
    },
  },
  reject_multi_recipient_bounce: {
    tests: {
      en: 'Rejects a message with the null sender (a bounce) that has more than one recipient: at RCPT time the second and later recipients, at DATA time the whole message; otherwise DUNNO.',
      ja: '空の送信者 (バウンス) で複数の受信者を持つメッセージを拒否します。RCPT の段階では 2 件目以降の受信者を、DATA の段階ではメッセージ全体を拒否します。それ以外は DUNNO です。',
    },
    reply: {
      codeParameter: 'multi_recipient_bounce_reject_code',
      enhanced: '5.5.3',
      text: '<value>: {class} rejected: Multi-recipient bounce',
    },
    notes: {
      en: 'Legitimate bounces have exactly one recipient. Useful in smtpd_data_restrictions or smtpd_recipient_restrictions.',
      ja: '正規のバウンスは受信者が 1 件だけです。smtpd_data_restrictions か smtpd_recipient_restrictions で使います。',
    },
  },
  reject_plaintext_session: {
    tests: {
      en: 'Rejects the request when the SMTP session is not TLS-encrypted; otherwise DUNNO.',
      ja: 'SMTP セッションが TLS で暗号化されていなければ拒否します。それ以外は DUNNO です。',
    },
    reply: { codeParameter: 'plaintext_reject_code', enhanced: '4.7.1', text: 'Session encryption is required' },
    notes: {
      en: 'The default code 450 only defers. To require TLS for a whole service, smtpd_tls_security_level = encrypt is usually the better tool.',
      ja: '既定のコード 450 では一時拒否にとどまります。サービス全体で TLS を必須にするなら、通常は smtpd_tls_security_level = encrypt のほうが適切です。',
    },
  },
  reject_unauth_pipelining: {
    tests: {
      en: 'Rejects the request when the client sent commands ahead of time without being allowed to (improper SMTP command pipelining, typical of spamware); otherwise DUNNO.',
      ja: 'クライアントが許可なくコマンドを先送りした場合 (スパム送信ソフトに典型的な不正な SMTP コマンドのパイプライン化) に拒否します。それ以外は DUNNO です。',
    },
    reply: {
      fixedCode: 503,
      enhanced: '5.5.0',
      text: '<value>: {class} rejected: Improper use of SMTP command pipelining',
    },
    notes: {
      en: 'Most effective in smtpd_data_restrictions, where a client that sent the message before the reply to DATA is caught.',
      ja: 'DATA への応答を待たずに本文を送るクライアントを捕まえられる smtpd_data_restrictions で使うのが最も効果的です。',
    },
  },
  sleep: {
    tests: {
      en: 'Pauses for the given number of seconds (e.g. "sleep 1"), then continues with the next restriction; it never decides anything.',
      ja: '指定した秒数 (例: "sleep 1") だけ待ってから次の制限へ進みます。それ自体は何も判定しません。',
    },
    notes: {
      en: 'Combined with reject_unauth_pipelining it catches clients that talk before their turn. Each sleeping smtpd process stays busy, so keep the delay short. A missing or non-numeric argument gives 451 4.3.5 Server configuration error.',
      ja: 'reject_unauth_pipelining と組み合わせると、順番を待たずに送信するクライアントを捕まえられます。待機中も smtpd プロセスは占有されるため、短い時間にしてください。引数がないか数字でない場合は 451 4.3.5 Server configuration error になります。',
    },
  },
  warn_if_reject: {
    tests: {
      en: 'Changes the restriction right after it into a dry run: if that restriction would reject, smtpd logs "reject_warning" instead and evaluation continues.',
      ja: '直後の制限を試行モードにします。その制限が拒否しようとした場合、smtpd は代わりに "reject_warning" を記録し、評価を続けます。',
    },
    notes: {
      en: 'Handy for testing a new restriction on live traffic before enforcing it. Configuration errors are still enforced.',
      ja: '新しい制限を本番のトラフィックで試してから有効にするのに便利です。設定エラーによる拒否は試行モードにはなりません。',
    },
  },

  // ----- etrn ---------------------------------------------------------------------------------
  check_etrn_access: {
    tests: {
      en: 'Looks up the domain given with the ETRN command (and its parent domains) in the table and applies the action found; no match gives DUNNO.',
      ja: 'ETRN コマンドで指定されたドメイン (とその親ドメイン) をテーブルで検索し、見つかったアクションを適用します。一致しなければ DUNNO です。',
    },
    reply: rejectReply('<etrn-domain>: Etrn command rejected: Access denied'),
    notes: joinNotes(PARENT_MATCH, {
      en: 'Only meaningful in smtpd_etrn_restrictions. Actions that store something in the queue file (HOLD, FILTER, REDIRECT, BCC, DISCARD) are skipped for ETRN.',
      ja: 'smtpd_etrn_restrictions でのみ意味があります。キューファイルに記録するアクション (HOLD、FILTER、REDIRECT、BCC、DISCARD) は ETRN では無視されます。',
    }),
  },

  // ----- helo ---------------------------------------------------------------------------------
  check_helo_a_access: dnsAccess('a', SUBJ_HELO, '<helo>: Helo command rejected: Access denied', NEEDS_DELAY_REJECT_HELO),
  check_helo_access: {
    tests: {
      en: 'Looks up the HELO/EHLO hostname and its parent domains in the table and applies the action found; no match gives DUNNO.',
      ja: 'HELO/EHLO のホスト名とその親ドメインをテーブルで検索し、見つかったアクションを適用します。一致しなければ DUNNO です。',
    },
    reply: rejectReply('<helo>: Helo command rejected: Access denied'),
    notes: joinNotes(ACCESS_RESULTS, NEEDS_DELAY_REJECT_HELO, {
      en: 'The HELO name is chosen by the client, so an OK here lets anyone in who sends that name.',
      ja: 'HELO 名はクライアントが自由に選べるため、ここで OK を返すとその名前を名乗る誰でも通してしまいます。',
    }),
  },
  check_helo_mx_access: dnsAccess('mx', SUBJ_HELO, '<helo>: Helo command rejected: Access denied', NEEDS_DELAY_REJECT_HELO),
  check_helo_ns_access: dnsAccess('ns', SUBJ_HELO, '<helo>: Helo command rejected: Access denied', NEEDS_DELAY_REJECT_HELO),
  reject_invalid_helo_hostname: INVALID_HELO_DOC,
  reject_invalid_hostname: {
    ...INVALID_HELO_DOC,
    notes: joinNotes(NEEDS_DELAY_REJECT_HELO, {
      en: 'Pre-2.3 name of reject_invalid_helo_hostname; it behaves the same.',
      ja: 'reject_invalid_helo_hostname の 2.3 より前の名前で、動作は同じです。',
    }),
  },
  reject_non_fqdn_helo_hostname: NON_FQDN_HELO_DOC,
  reject_non_fqdn_hostname: {
    ...NON_FQDN_HELO_DOC,
    notes: joinNotes(NON_FQDN_HELO_DOC.notes as Localized, {
      en: 'Pre-2.3 name of reject_non_fqdn_helo_hostname; it behaves the same.',
      ja: 'reject_non_fqdn_helo_hostname の 2.3 より前の名前で、動作は同じです。',
    }),
  },
  reject_rhsbl_helo: rhsbl(SUBJ_HELO, 'helo', 'Helo command', NEEDS_DELAY_REJECT_HELO),
  reject_unknown_helo_hostname: UNKNOWN_HELO_DOC,
  reject_unknown_hostname: {
    ...UNKNOWN_HELO_DOC,
    notes: joinNotes(UNKNOWN_HELO_DOC.notes as Localized, {
      en: 'Pre-2.3 name of reject_unknown_helo_hostname; it behaves the same.',
      ja: 'reject_unknown_helo_hostname の 2.3 より前の名前で、動作は同じです。',
    }),
  },

  // ----- sender -------------------------------------------------------------------------------
  check_sender_a_access: dnsAccess('a', SUBJ_SENDER, '<sender>: Sender address rejected: Access denied'),
  check_sender_access: {
    tests: {
      en: 'Looks up the sender address in the table (user@domain, then the domain and its parent domains, then user@) and applies the action found; no match gives DUNNO.',
      ja: '送信者アドレスをテーブルで検索し (user@domain、続いてドメインとその親ドメイン、最後に user@)、見つかったアクションを適用します。一致しなければ DUNNO です。',
    },
    reply: rejectReply('<sender>: Sender address rejected: Access denied'),
    notes: joinNotes(ACCESS_RESULTS, PARENT_MATCH, {
      en: 'The null sender is looked up as smtpd_null_access_lookup_key (default "<>"). The sender address is chosen by the client, so OK here is easy to abuse.',
      ja: '空の送信者は smtpd_null_access_lookup_key (既定 "<>") で検索します。送信者アドレスはクライアントが自由に名乗れるため、ここでの OK は悪用されやすい点に注意してください。',
    }),
  },
  check_sender_mx_access: dnsAccess('mx', SUBJ_SENDER, '<sender>: Sender address rejected: Access denied'),
  check_sender_ns_access: dnsAccess('ns', SUBJ_SENDER, '<sender>: Sender address rejected: Access denied'),
  reject_authenticated_sender_login_mismatch: {
    tests: {
      en: 'For a SASL-authenticated client, rejects a sender address that smtpd_sender_login_maps does not assign to the login name (including addresses not listed at all); otherwise DUNNO.',
      ja: 'SASL 認証済みクライアントについて、smtpd_sender_login_maps でそのログイン名に割り当てられていない送信者アドレス (どこにも登録されていないアドレスを含む) を拒否します。それ以外は DUNNO です。',
    },
    reply: NOT_OWNED_REPLY,
    notes: SENDER_LOGIN_NOTES,
  },
  reject_known_sender_login_mismatch: {
    tests: {
      en: 'Like reject_sender_login_mismatch, but for an authenticated client only addresses listed in smtpd_sender_login_maps are checked; unlisted sender addresses are allowed.',
      ja: 'reject_sender_login_mismatch と同様ですが、認証済みクライアントについては smtpd_sender_login_maps に登録されたアドレスだけを検査し、登録のない送信者アドレスは許容します。',
    },
    reply: {
      ...NOT_OWNED_REPLY,
      when: {
        en: 'for an authenticated client; an unauthenticated client using a listed address gets 553 5.7.1 "not logged in"',
        ja: '認証済みクライアントの場合。登録済みアドレスを使う未認証クライアントには 553 5.7.1 "not logged in" を返します',
      },
    },
    notes: SENDER_LOGIN_NOTES,
  },
  reject_non_fqdn_sender: {
    tests: {
      en: 'Rejects the request when the sender address domain is not fully qualified (no dot, or not a valid hostname); the null sender and address literals pass; otherwise DUNNO.',
      ja: '送信者アドレスのドメインが完全修飾でなければ (ドットがないか有効なホスト名でなければ) 拒否します。空の送信者とアドレスリテラルは通過します。それ以外は DUNNO です。',
    },
    reply: {
      codeParameter: 'non_fqdn_reject_code',
      enhanced: '5.5.2',
      text: '<sender>: Sender address rejected: need fully-qualified address',
    },
  },
  reject_rhsbl_sender: rhsbl(
    { en: 'the sender address domain', ja: '送信者アドレスのドメイン' },
    'sender',
    'Sender address',
    { en: 'The null sender is not checked.', ja: '空の送信者は検査しません。' },
  ),
  reject_sender_login_mismatch: {
    tests: {
      en: 'Rejects a sender address that does not belong to the client: for an authenticated client, an address that smtpd_sender_login_maps does not give to its login name; for an unauthenticated client, an address that has an owner there. Otherwise DUNNO.',
      ja: 'クライアントに属さない送信者アドレスを拒否します。認証済みクライアントではそのログイン名に smtpd_sender_login_maps で割り当てられていないアドレス、未認証クライアントではそこに所有者が登録されているアドレスが対象です。それ以外は DUNNO です。',
    },
    reply: {
      ...NOT_OWNED_REPLY,
      when: {
        en: 'for an authenticated client; an unauthenticated client gets 553 5.7.1 "not logged in"',
        ja: '認証済みクライアントの場合。未認証クライアントには 553 5.7.1 "not logged in" を返します',
      },
    },
    notes: joinNotes(SENDER_LOGIN_NOTES, {
      en: 'Same as reject_authenticated_sender_login_mismatch followed by reject_unauthenticated_sender_login_mismatch.',
      ja: 'reject_authenticated_sender_login_mismatch の後に reject_unauthenticated_sender_login_mismatch を置くのと同じです。',
    }),
  },
  reject_unauthenticated_sender_login_mismatch: {
    tests: {
      en: 'For a client that has not authenticated, rejects a sender address that has an owner in smtpd_sender_login_maps; otherwise DUNNO.',
      ja: '未認証のクライアントについて、smtpd_sender_login_maps に所有者が登録されている送信者アドレスを拒否します。それ以外は DUNNO です。',
    },
    reply: NOT_LOGGED_IN_REPLY,
    notes: SENDER_LOGIN_NOTES,
  },
  reject_unknown_address: {
    ...UNKNOWN_SENDER_DOMAIN_DOC,
    notes: joinNotes(UNKNOWN_SENDER_DOMAIN_DOC.notes as Localized, {
      en: 'Undocumented older name that smtpd still accepts; it behaves like reject_unknown_sender_domain.',
      ja: 'smtpd がまだ受け付ける文書化されていない旧名で、reject_unknown_sender_domain と同じ動作です。',
    }),
  },
  reject_unknown_sender_domain: UNKNOWN_SENDER_DOMAIN_DOC,
  reject_unlisted_sender: {
    tests: {
      en: 'Rejects a sender address in a local, virtual or relay domain that would be rejected as a recipient (unknown in the recipient tables); otherwise DUNNO.',
      ja: 'ローカル、仮想、リレーの各ドメインの送信者アドレスのうち、受信者としてなら拒否されるもの (受信者テーブルにないもの) を拒否します。それ以外は DUNNO です。',
    },
    reply: {
      codeParameter: 'unknown_local_recipient_reject_code',
      enhanced: '5.1.0',
      text: '<sender>: Sender address rejected: User unknown in local recipient table',
      when: {
        en: 'for a local domain; the other address classes use their own code parameters and table names, as with reject_unlisted_recipient',
        ja: 'ローカルドメインの場合。他のアドレスクラスは reject_unlisted_recipient と同様にそれぞれのコードパラメータとテーブル名を使います',
      },
    },
    notes: {
      en: 'With smtpd_reject_unlisted_sender = yes (default no) smtpd applies this check anyway after the sender restrictions. The null sender is not checked.',
      ja: 'smtpd_reject_unlisted_sender = yes (既定 no) にすると、送信者制限の後で smtpd が必ずこの検査を行います。空の送信者は検査しません。',
    },
  },
  reject_unverified_sender: unverified('sender'),

  // ----- recipient ----------------------------------------------------------------------------
  check_recipient_access: {
    tests: {
      en: 'Looks up the recipient address in the table (user@domain, then the domain and its parent domains, then user@) and applies the action found; no match gives DUNNO.',
      ja: '受信者アドレスをテーブルで検索し (user@domain、続いてドメインとその親ドメイン、最後に user@)、見つかったアクションを適用します。一致しなければ DUNNO です。',
    },
    reply: rejectReply('<recipient>: Recipient address rejected: Access denied'),
    notes: joinNotes(ACCESS_RESULTS, PARENT_MATCH, {
      en: 'An OK here permits the recipient for this list; placed before reject_unauth_destination in the same list it can open a relay for the listed domains.',
      ja: 'ここでの OK はこのリストについて受信者を許可します。同じリストで reject_unauth_destination より前に置くと、登録したドメインへのリレーを許してしまうことがあります。',
    }),
  },
  check_recipient_a_access: dnsAccess('a', SUBJ_RECIPIENT, '<recipient>: Recipient address rejected: Access denied'),
  check_recipient_maps: {
    ...UNLISTED_RECIPIENT_DOC,
    notes: joinNotes(UNLISTED_RECIPIENT_DOC.notes as Localized, {
      en: 'Older name of reject_unlisted_recipient; it behaves the same.',
      ja: 'reject_unlisted_recipient の旧名で、動作は同じです。',
    }),
  },
  check_recipient_mx_access: dnsAccess('mx', SUBJ_RECIPIENT, '<recipient>: Recipient address rejected: Access denied'),
  check_recipient_ns_access: dnsAccess('ns', SUBJ_RECIPIENT, '<recipient>: Recipient address rejected: Access denied'),
  check_relay_domains: {
    tests: {
      en: 'Postfix 3.8 and earlier: permitted the request when the client hostname matched relay_domains or the recipient was a local, virtual or relay destination, and rejected it otherwise. Postfix 3.9 and later refuse the name.',
      ja: 'Postfix 3.8 以前: クライアントのホスト名が relay_domains に一致するか、受信者がローカル・仮想・リレーの宛先なら許可し、それ以外は拒否していました。Postfix 3.9 以降ではこの名前を受け付けません。',
    },
    reply: REMOVED_3_9_REPLY,
    notes: {
      en: 'In 3.8 and earlier it rejected with relay_domains_reject_code: "<recipient>: Recipient address rejected: Relay access denied", and restrictions after it were ignored. Trusting the client hostname is unsafe; use permit_mynetworks, reject_unauth_destination instead.',
      ja: '3.8 以前は relay_domains_reject_code で "<recipient>: Recipient address rejected: Relay access denied" と拒否し、後続の制限は無視されました。クライアントのホスト名を信頼するのは安全ではありません。代わりに permit_mynetworks, reject_unauth_destination を使ってください。',
    },
  },
  defer_unauth_destination: {
    tests: {
      en: 'Like reject_unauth_destination, but with a temporary reply: defers a recipient that this server neither delivers locally nor relays; otherwise DUNNO.',
      ja: 'reject_unauth_destination と同様ですが、応答は一時エラーです。このサーバーがローカル配送もリレーもしない受信者を一時拒否し、それ以外は DUNNO です。',
    },
    reply: {
      codeParameter: 'relay_domains_reject_code',
      codeOffset: -100,
      enhanced: '4.7.1',
      text: '<recipient>: Relay access denied',
    },
    notes: {
      en: 'The code is relay_domains_reject_code minus 100 (454 by default), not 451. It ends the default smtpd_relay_restrictions (compatibility_level 1 and later), so a configuration mistake defers mail instead of bouncing it.',
      ja: 'コードは relay_domains_reject_code から 100 を引いた値 (既定 454) で、451 ではありません。既定の smtpd_relay_restrictions (compatibility_level 1 以上) の最後にあり、設定ミスがあってもメールはバウンスせず一時拒否になります。',
    },
  },
  permit_auth_destination: {
    tests: {
      en: 'Permits a recipient that this server delivers locally (mydestination, inet_interfaces, proxy_interfaces, virtual_alias_domains, virtual_mailbox_domains) or relays (relay_domains); otherwise DUNNO.',
      ja: 'このサーバーがローカル配送する受信者 (mydestination、inet_interfaces、proxy_interfaces、virtual_alias_domains、virtual_mailbox_domains) またはリレーする受信者 (relay_domains) を許可します。それ以外は DUNNO です。',
    },
    notes: {
      en: 'With allow_untrusted_routing = no (default), addresses with sender-specified routing (user@a@b, %, !) do not pass.',
      ja: 'allow_untrusted_routing = no (既定) では、送信者指定の経路を含むアドレス (user@a@b、%、!) は通過しません。',
    },
  },
  reject_non_fqdn_recipient: {
    tests: {
      en: 'Rejects the request when the recipient address domain is not fully qualified (no dot, or not a valid hostname); address literals pass; otherwise DUNNO.',
      ja: '受信者アドレスのドメインが完全修飾でなければ (ドットがないか有効なホスト名でなければ) 拒否します。アドレスリテラルは通過します。それ以外は DUNNO です。',
    },
    reply: {
      codeParameter: 'non_fqdn_reject_code',
      enhanced: '5.5.2',
      text: '<recipient>: Recipient address rejected: need fully-qualified address',
    },
    notes: {
      en: 'smtpd always accepts the bare recipient "postmaster" before any restriction runs.',
      ja: 'smtpd は制限を評価する前に、ドメインなしの受信者 "postmaster" を常に受け付けます。',
    },
  },
  reject_rhsbl_recipient: rhsbl({ en: 'the recipient address domain', ja: '受信者アドレスのドメイン' }, 'recipient', 'Recipient address'),
  reject_unauth_destination: {
    tests: {
      en: 'Rejects a recipient that this server neither delivers locally (mydestination, inet_interfaces, proxy_interfaces, virtual_alias_domains, virtual_mailbox_domains) nor relays (relay_domains); otherwise DUNNO. It does not look at the client at all.',
      ja: 'このサーバーがローカル配送 (mydestination、inet_interfaces、proxy_interfaces、virtual_alias_domains、virtual_mailbox_domains) もリレー (relay_domains) もしない受信者を拒否します。それ以外は DUNNO です。クライアントは一切見ません。',
    },
    reply: {
      codeParameter: 'relay_domains_reject_code',
      enhanced: '5.7.1',
      text: '<recipient>: Relay access denied',
    },
    notes: {
      en: 'This is the open-relay guard: smtpd refuses to start unless smtpd_relay_restrictions or smtpd_recipient_restrictions contains it (or defer_unauth_destination, reject, defer, defer_if_permit). Trusted clients must be permitted before it (permit_mynetworks, permit_sasl_authenticated). It ignores MX records: permit_mx_backup must come earlier. With allow_untrusted_routing = no, sender-routed addresses (user@a@b, %, !) are rejected.',
      ja: 'オープンリレーを防ぐ要の制限です。smtpd_relay_restrictions か smtpd_recipient_restrictions にこれ (または defer_unauth_destination、reject、defer、defer_if_permit) がないと smtpd は起動しません。信頼するクライアントはこれより前で許可します (permit_mynetworks、permit_sasl_authenticated)。MX レコードは考慮しないため、permit_mx_backup はこれより前に置きます。allow_untrusted_routing = no では送信者指定経路のアドレス (user@a@b、%、!) は拒否されます。',
    },
  },
  reject_unknown_recipient_domain: {
    tests: {
      en: 'Rejects the request when the recipient address domain has no MX and no address record in DNS, or publishes a null MX; local (final-destination) domains and address literals are skipped; otherwise DUNNO.',
      ja: '受信者アドレスのドメインに DNS の MX レコードもアドレスレコードもない場合、または null MX を公開している場合に拒否します。自ホストが最終配送先のドメインとアドレスリテラルは対象外です。それ以外は DUNNO です。',
    },
    reply: {
      codeParameter: 'unknown_address_reject_code',
      enhanced: '4.1.2',
      text: '<recipient>: Recipient address rejected: Domain not found',
      when: {
        en: 'when DNS says the domain does not exist; a null MX gives 556 5.1.10 "Domain {domain} does not accept mail (nullMX)"; a temporary DNS failure applies unknown_address_tempfail_action (default defer_if_permit, 450)',
        ja: 'DNS が「存在しない」と答えた場合。null MX では 556 5.1.10 "Domain {domain} does not accept mail (nullMX)"、DNS の一時的な失敗では unknown_address_tempfail_action (既定 defer_if_permit、450) になります',
      },
    },
    notes: {
      en: 'Depends on DNS. The default code 450 only defers; set unknown_address_reject_code = 550 for a permanent rejection.',
      ja: 'DNS に依存します。既定のコード 450 では一時拒否にとどまります。恒久的に拒否するには unknown_address_reject_code = 550 にします。',
    },
  },
  reject_unlisted_recipient: UNLISTED_RECIPIENT_DOC,
  reject_unverified_recipient: unverified('recipient'),
};
