/**
 * The meaning of each value of main.cf parameters that take one of a fixed set of keywords.
 *
 * Keys are parameter names, then values in lower case ('' is the empty value). Parameters whose
 * value is a list of keywords (notify_classes, *_sasl_security_options, inet_protocols, ...) have
 * one entry per keyword; a few common combinations ("ipv4, ipv6", "dns, native") have their own
 * entry, written with ", " between the keywords (see valueDoc() for the lookup).
 * Booleans and free-form lists (TLS protocol lists, cipher lists) are left out.
 */
import { Localized } from '../i18n/locale';

type ValueTable = Readonly<Record<string, Localized>>;

// ---------------------------------------------------------------------------------------------
// TLS security levels.

function clientTlsLevels(prefix: 'smtp' | 'lmtp' | undefined, mentions311Default: boolean): ValueTable {
  const p = prefix ?? '*';
  const fp = prefix ? `${prefix}_tls_fingerprint_cert_match` : 'the policy\'s fingerprint list';
  const fpJa = prefix ? `${prefix}_tls_fingerprint_cert_match` : 'ポリシーのフィンガープリント一覧';
  const empty311 = mentions311Default
    ? {
        en: ' This was the default before Postfix 3.11; Postfix 3.11 with compatibility_level 3.11 or higher uses may when the parameter is not set at all, and an explicit empty value keeps the old behaviour.',
        ja: 'これは Postfix 3.11 より前の既定値です。Postfix 3.11 で compatibility_level が 3.11 以上なら、パラメータを書かない場合の既定は may になり、明示的に空にすると従来の動作を保てます。',
      }
    : { en: '', ja: '' };
  return {
    '': {
      en: `Empty: the level follows the obsolete ${p}_use_tls / ${p}_enforce_tls parameters, which means no TLS unless they are set.${empty311.en}`,
      ja: `空: 旧式の ${p}_use_tls / ${p}_enforce_tls パラメータに従い、それらを設定していなければ TLS を使いません。${empty311.ja}`,
    },
    none: {
      en: 'No TLS, except for destinations that the TLS policy table gives another level.',
      ja: 'TLS を使いません。TLS ポリシーテーブルで別のレベルを指定した宛先は除きます。',
    },
    may: {
      en: 'Opportunistic TLS: use STARTTLS when the server offers it, otherwise send in plaintext; the certificate is not checked. After a failed handshake the delivery is retried without TLS. The usual setting for mail to the Internet.',
      ja: '日和見的 TLS: サーバーが STARTTLS を提供していれば使い、なければ平文で送ります。証明書は検証しません。ハンドシェイクに失敗すると TLS なしで再試行します。インターネット宛ての通常の設定です。',
    },
    encrypt: {
      en: 'Mandatory encryption without certificate verification: mail stays queued when the server offers no TLS. Uses the *_tls_mandatory_protocols and *_tls_mandatory_ciphers settings. Not suitable as a global default for Internet mail.',
      ja: '証明書を検証しない必須の暗号化です。サーバーが TLS を提供しなければメールはキューに残ります。*_tls_mandatory_protocols と *_tls_mandatory_ciphers の設定を使います。インターネット宛ての全体の既定値には向きません。',
    },
    dane: {
      en: 'Opportunistic DANE (RFC 7672): authenticate the server with DNSSEC-validated TLSA records. Without validated TLSA records the level is effectively may; with only unusable ones, encrypt. Needs smtp_dns_support_level = dnssec and a validating resolver.',
      ja: '日和見的 DANE (RFC 7672): DNSSEC で検証された TLSA レコードでサーバーを認証します。検証済みの TLSA レコードがなければ実質 may、使えない TLSA レコードしかなければ encrypt として動作します。smtp_dns_support_level = dnssec と検証を行うリゾルバが必要です。',
    },
    'dane-only': {
      en: 'Mandatory DANE: deliver only when TLSA authentication succeeds; there is no fallback to may or encrypt. Needs smtp_dns_support_level = dnssec.',
      ja: '必須の DANE: TLSA による認証に成功した場合だけ配送し、may や encrypt への格下げはしません。smtp_dns_support_level = dnssec が必要です。',
    },
    fingerprint: {
      en: `No CA trust: the server certificate or public key fingerprint must match ${fp} (digest from the *_tls_fingerprint_digest setting). Practical only for a few fixed destinations such as a relayhost.`,
      ja: `CA を信頼せず、サーバー証明書または公開鍵のフィンガープリントが ${fpJa} と一致することを求めます (ダイジェストは *_tls_fingerprint_digest の設定)。relayhost など少数の固定した宛先向けです。`,
    },
    verify: {
      en: 'Mandatory TLS with certificate verification against the trusted CAs; the expected name usually comes from (unauthenticated) MX lookups, so DNS is trusted.',
      ja: '信頼済み CA による証明書検証付きの必須 TLS です。照合する名前は通常 (認証されていない) MX 検索から得るため、DNS を信頼することになります。',
    },
    secure: {
      en: 'Mandatory TLS with certificate verification against the trusted CAs, where the certificate must match the next-hop domain rather than names learned from MX records.',
      ja: '信頼済み CA による証明書検証付きの必須 TLS で、証明書は MX レコードから得た名前ではなくネクストホップのドメインに一致しなければなりません。',
    },
  };
}

function serverTlsLevels(prefix: 'smtpd' | 'postscreen' | 'tlsproxy'): ValueTable {
  return {
    '': {
      en: `Empty: the level follows the obsolete ${prefix}_use_tls / ${prefix}_enforce_tls parameters, which means no TLS unless they are set.`,
      ja: `空: 旧式の ${prefix}_use_tls / ${prefix}_enforce_tls パラメータに従い、それらを設定していなければ TLS を使いません。`,
    },
    none: {
      en: 'Do not offer STARTTLS.',
      ja: 'STARTTLS を提供しません。',
    },
    may: {
      en: 'Offer STARTTLS but accept mail without it as well. Needs a server certificate and key (smtpd_tls_chain_files, or smtpd_tls_cert_file and smtpd_tls_key_file). The right setting for a public MX.',
      ja: 'STARTTLS を提供しますが、TLS なしのメールも受け付けます。サーバー証明書と鍵 (smtpd_tls_chain_files、または smtpd_tls_cert_file と smtpd_tls_key_file) が必要です。公開 MX に適した設定です。',
    },
    encrypt: {
      en: 'Offer STARTTLS and require it before mail is accepted; implies smtpd_tls_auth_only = yes. Only for dedicated services such as submission: RFC 3207 forbids it on a publicly referenced MX.',
      ja: 'STARTTLS を提供し、メールの受け付け前に必須とします。smtpd_tls_auth_only = yes を含意します。submission のような専用サービス向けで、公開 MX では RFC 3207 により禁止されています。',
    },
  };
}

// ---------------------------------------------------------------------------------------------
// SASL security options.

function saslOptions(side: 'server' | 'client'): ValueTable {
  const server = side === 'server';
  return {
    noanonymous: {
      en: server
        ? 'Do not offer mechanisms that allow anonymous login (such as ANONYMOUS). Always keep it: Postfix treats an anonymous login as no authentication.'
        : 'Do not use mechanisms that allow anonymous login.',
      ja: server
        ? '匿名ログインを許すメカニズム (ANONYMOUS など) を提供しません。Postfix は匿名ログインを未認証として扱うため、常に指定してください。'
        : '匿名ログインを許すメカニズムを使いません。',
    },
    noplaintext: {
      en: server
        ? 'Do not offer mechanisms that send the password in plain text (PLAIN, LOGIN). Common practice: set it in smtpd_sasl_security_options but not in smtpd_sasl_tls_security_options, so plain-text passwords are accepted only inside TLS.'
        : 'Do not use mechanisms that send the password in plain text (PLAIN, LOGIN). Many providers offer only those, which then fails with "no mechanism available"; inside TLS, drop noplaintext via the *_sasl_tls_security_options setting.',
      ja: server
        ? 'パスワードを平文で送るメカニズム (PLAIN、LOGIN) を提供しません。smtpd_sasl_security_options には指定し smtpd_sasl_tls_security_options には指定しないことで、平文パスワードを TLS 内だけで受け付けるのが一般的です。'
        : 'パスワードを平文で送るメカニズム (PLAIN、LOGIN) を使いません。多くのプロバイダはそれらしか提供しないため "no mechanism available" で失敗します。TLS 内では *_sasl_tls_security_options の設定で noplaintext を外します。',
    },
    noactive: {
      en: 'Exclude mechanisms that are open to active (non-dictionary) attacks.',
      ja: '能動的な (辞書攻撃以外の) 攻撃に弱いメカニズムを除外します。',
    },
    nodictionary: {
      en: 'Exclude mechanisms that are open to passive dictionary attacks.',
      ja: '受動的な辞書攻撃に弱いメカニズムを除外します。',
    },
    mutual_auth: {
      en: 'Allow only mechanisms that authenticate both client and server.',
      ja: 'クライアントとサーバーの双方を認証するメカニズムだけを許可します。',
    },
    forward_secrecy: {
      en: 'Allow only mechanisms that provide forward secrecy between sessions.',
      ja: 'セッション間の前方秘匿性を備えたメカニズムだけを許可します。',
    },
  };
}

// ---------------------------------------------------------------------------------------------
// TLS cipher grades.

function cipherGrades(mandatory: boolean): ValueTable {
  const grades: Record<string, Localized> = {
    export: {
      en: 'Export grade or better (tls_export_cipherlist): insecure, never use it. Current OpenSSL versions no longer include export ciphers.',
      ja: 'エクスポート等級以上 (tls_export_cipherlist) で、安全ではないため使わないでください。現在の OpenSSL にはエクスポート暗号は含まれていません。',
    },
    low: {
      en: 'Low grade or better (tls_low_cipherlist): insecure, do not use it.',
      ja: '低等級以上 (tls_low_cipherlist) で、安全ではないため使わないでください。',
    },
    medium: {
      en: 'Medium grade or better (tls_medium_cipherlist), i.e. 128-bit or stronger ciphers. The default, and right for almost every site.',
      ja: '中等級以上 (tls_medium_cipherlist)、つまり 128 ビット以上の暗号です。既定値で、ほぼすべてのサイトに適しています。',
    },
    high: {
      en: mandatory
        ? 'High grade only (tls_high_cipherlist). Reasonable for mandatory TLS with peers you know.'
        : 'High grade only (tls_high_cipherlist). With opportunistic TLS this gains little: a peer that cannot agree on a cipher ends up exchanging mail without TLS.',
      ja: mandatory
        ? '高等級のみ (tls_high_cipherlist) です。相手が分かっている必須 TLS なら妥当です。'
        : '高等級のみ (tls_high_cipherlist) です。日和見的 TLS ではほとんど効果がなく、暗号方式で合意できない相手とは結局 TLS なしでメールをやり取りすることになります。',
    },
  };
  if (mandatory) {
    grades.null = {
      en: 'Only NULL ciphers (tls_null_cipherlist): authentication without encryption. Only when every peer is set up for it, which is almost never the case.',
      ja: 'NULL 暗号のみ (tls_null_cipherlist) で、暗号化せず認証だけを行います。すべての相手がそれに対応している場合に限られ、実際にはまず使いません。',
    };
  }
  return grades;
}

// ---------------------------------------------------------------------------------------------
// Other shared tables.

const POSTSCREEN_ACTIONS: ValueTable = {
  ignore: {
    en: 'Only log the result; let the other tests finish and the client continue.',
    ja: '結果を記録するだけで、他のテストを続け、クライアントもそのまま進めます。',
  },
  enforce: {
    en: 'Let the other tests finish, then refuse every delivery attempt from this client with 550 and log the HELO, sender and recipient.',
    ja: '他のテストは最後まで行い、その後このクライアントからの配送をすべて 550 で拒否し、HELO・送信者・受信者を記録します。',
  },
  drop: {
    en: 'Disconnect at once with a 521 reply.',
    ja: '521 で応答して直ちに切断します。',
  },
};

const FINGERPRINT_DIGESTS: ValueTable = {
  md5: {
    en: 'MD5: the old default (below compatibility_level 3.6); deprecated.',
    ja: 'MD5: 以前の既定値 (compatibility_level 3.6 未満) で、非推奨です。',
  },
  sha1: {
    en: 'SHA-1: deprecated.',
    ja: 'SHA-1: 非推奨です。',
  },
  sha256: {
    en: 'SHA-256: the default from compatibility_level 3.6 and the recommended choice.',
    ja: 'SHA-256: compatibility_level 3.6 以上での既定値で、推奨される選択です。',
  },
  sha512: {
    en: 'SHA-512: also fine where OpenSSL provides it. Changing the digest means recomputing every stored fingerprint.',
    ja: 'SHA-512: OpenSSL が対応していれば使えます。ダイジェストを変えると保存済みのフィンガープリントをすべて計算し直す必要があります。',
  },
};

const TLS_LOGLEVELS: ValueTable = {
  '0': { en: 'No TLS logging.', ja: 'TLS に関するログを出しません。' },
  '1': {
    en: 'One summary line per completed TLS handshake (protocol, cipher, verification). The usual setting.',
    ja: 'TLS ハンドシェイク完了ごとに要約を 1 行記録します (プロトコル、暗号、検証結果)。通常の設定です。',
  },
  '2': { en: 'Also log the progress of the TLS negotiation.', ja: 'TLS ネゴシエーションの経過も記録します。' },
  '3': {
    en: 'Also hex and ASCII dumps of the TLS negotiation; for debugging only.',
    ja: 'TLS ネゴシエーションの 16 進と ASCII のダンプも記録します。デバッグ専用です。',
  },
  '4': {
    en: 'Also dumps of everything sent after STARTTLS; strongly discouraged.',
    ja: 'STARTTLS 以降に送受信したすべてのダンプも記録します。使わないでください。',
  },
};

const ADDRESS_PREFERENCE: ValueTable = {
  any: {
    en: 'Pick IPv4 or IPv6 at random among equally preferred addresses; mail still gets through when one protocol has an outage.',
    ja: '同じ優先度のアドレスの中から IPv4 と IPv6 を無作為に選びます。片方のプロトコルに障害があってもメールは届きます。',
  },
  ipv4: {
    en: 'Try IPv4 addresses first.',
    ja: 'IPv4 アドレスを先に試します。',
  },
  ipv6: {
    en: 'Try IPv6 addresses first; during an IPv6 outage delivery can fail even though IPv4 would work.',
    ja: 'IPv6 アドレスを先に試します。IPv6 に障害があると、IPv4 なら届く場合でも配送に失敗することがあります。',
  },
};

const HOST_LOOKUP: ValueTable = {
  dns: {
    en: 'Find host addresses in DNS only.',
    ja: 'ホストのアドレスを DNS だけで探します。',
  },
  native: {
    en: 'Use only the system resolver (nsswitch.conf, /etc/hosts).',
    ja: 'システムのリゾルバ (nsswitch.conf、/etc/hosts) だけを使います。',
  },
  'dns, native': {
    en: 'Try DNS first, then the system resolver for hosts not found in DNS.',
    ja: 'まず DNS を使い、DNS で見つからないホストはシステムのリゾルバで探します。',
  },
};

const CLIENT_SASL_TYPE: ValueTable = {
  cyrus: {
    en: 'The Cyrus SASL library; the only client-side plug-in (see `postconf -A`). Dovecot provides server-side authentication only.',
    ja: 'Cyrus SASL ライブラリです。クライアント側で使える唯一のプラグインです (`postconf -A` で確認)。Dovecot はサーバー側の認証だけを提供します。',
  },
};

// ---------------------------------------------------------------------------------------------

export const valueDocs: Readonly<Record<string, ValueTable>> = {
  smtp_tls_security_level: clientTlsLevels('smtp', true),
  lmtp_tls_security_level: clientTlsLevels('lmtp', false),
  tlsproxy_client_security_level: clientTlsLevels(undefined, true),

  smtpd_tls_security_level: serverTlsLevels('smtpd'),
  postscreen_tls_security_level: serverTlsLevels('postscreen'),
  tlsproxy_tls_security_level: serverTlsLevels('tlsproxy'),

  smtp_tls_dane_insecure_mx_policy: {
    may: {
      en: 'Ignore the TLSA records of an MX host found through an insecure (unsigned) MX lookup; TLS stays optional.',
      ja: '署名されていない (insecure な) MX 検索で見つかった MX ホストの TLSA レコードを無視し、TLS は任意のままです。',
    },
    encrypt: {
      en: 'Such TLSA records make TLS mandatory, but the server is not authenticated.',
      ja: 'そのような TLSA レコードがあれば TLS を必須にしますが、サーバーの認証はしません。',
    },
    dane: {
      en: 'Use such TLSA records as for a secure MX record: TLS is required and, when a record is usable, authentication too; success is logged as "Trusted", not "Verified".',
      ja: 'そのような TLSA レコードも secure な MX と同様に使います。TLS は必須で、使えるレコードがあれば認証も必須です。成功は "Verified" ではなく "Trusted" と記録されます。',
    },
  },

  smtp_dns_support_level: {
    '': {
      en: 'Empty: the obsolete disable_dns_lookups parameter decides; DNS is used unless it is set to yes.',
      ja: '空: 旧式の disable_dns_lookups パラメータに従い、それが yes でなければ DNS を使います。',
    },
    disabled: {
      en: 'No DNS: no MX lookups, and host addresses come from the system resolver only. Not for hosts that deliver to the Internet.',
      ja: 'DNS を使いません。MX 検索をせず、ホストのアドレスはシステムのリゾルバだけで解決します。インターネットへ配送するホストには向きません。',
    },
    enabled: {
      en: 'Normal DNS: MX lookups for destinations not written as [host], and address lookups as set by smtp_host_lookup.',
      ja: '通常の DNS: [host] と書いていない宛先は MX を検索し、アドレスは smtp_host_lookup の設定どおりに検索します。',
    },
    dnssec: {
      en: 'Like enabled, but ask for DNSSEC-validated answers; required for the dane and dane-only TLS levels. The system resolver must point to a validating resolver (e.g. a local unbound).',
      ja: 'enabled と同様ですが、DNSSEC で検証された応答を要求します。TLS レベル dane と dane-only に必要です。システムのリゾルバは検証を行うリゾルバ (ローカルの unbound など) を指している必要があります。',
    },
  },

  smtpd_sasl_security_options: saslOptions('server'),
  smtpd_sasl_tls_security_options: saslOptions('server'),
  smtp_sasl_security_options: saslOptions('client'),
  smtp_sasl_tls_security_options: saslOptions('client'),
  lmtp_sasl_security_options: saslOptions('client'),
  lmtp_sasl_tls_security_options: saslOptions('client'),

  smtpd_sasl_type: {
    cyrus: {
      en: 'The Cyrus SASL library; its settings live in the Cyrus configuration file named after smtpd_sasl_path (e.g. smtpd.conf).',
      ja: 'Cyrus SASL ライブラリです。設定は smtpd_sasl_path にちなんだ名前の Cyrus 設定ファイル (例: smtpd.conf) に書きます。',
    },
    dovecot: {
      en: 'Ask the Dovecot auth service over the socket named by smtpd_sasl_path (e.g. private/auth, relative to the queue directory).',
      ja: 'smtpd_sasl_path で指定したソケット (例: キューディレクトリからの相対パス private/auth) を通じて Dovecot の認証サービスに問い合わせます。',
    },
  },
  smtp_sasl_type: CLIENT_SASL_TYPE,
  lmtp_sasl_type: CLIENT_SASL_TYPE,

  mynetworks_style: {
    host: {
      en: 'Trust only the IP addresses of this machine. The default from compatibility_level 2.',
      ja: 'このマシン自身の IP アドレスだけを信頼します。compatibility_level 2 以上での既定値です。',
    },
    subnet: {
      en: 'Trust every client in the IP subnets of this machine\'s interfaces. The default below compatibility_level 2.',
      ja: 'このマシンのインターフェイスが属する IP サブネットのクライアントをすべて信頼します。compatibility_level 2 未満での既定値です。',
    },
    class: {
      en: 'Trust the whole class A/B/C network of each interface, which can include a provider\'s entire network; better list mynetworks explicitly.',
      ja: '各インターフェイスのクラス A/B/C ネットワーク全体を信頼します。プロバイダのネットワーク全体を含むことがあるため、mynetworks を明示するほうが安全です。',
    },
  },

  inet_protocols: {
    all: {
      en: 'IPv4, plus IPv6 when the operating system supports it. Changing inet_protocols requires `postfix stop` and `postfix start`, not just reload.',
      ja: 'IPv4 と、OS が対応していれば IPv6 も使います。inet_protocols の変更には reload ではなく `postfix stop` と `postfix start` が必要です。',
    },
    ipv4: {
      en: 'IPv4 only: no AAAA lookups and no IPv6 sockets.',
      ja: 'IPv4 のみです。AAAA レコードの検索も IPv6 ソケットも使いません。',
    },
    ipv6: {
      en: 'IPv6 only: no A lookups and no IPv4 sockets.',
      ja: 'IPv6 のみです。A レコードの検索も IPv4 ソケットも使いません。',
    },
    'ipv4, ipv6': {
      en: 'Both IPv4 and IPv6; the SMTP client picks between them by smtp_address_preference. Changing inet_protocols requires `postfix stop` and `postfix start`, not just reload.',
      ja: 'IPv4 と IPv6 の両方を使います。SMTP クライアントは smtp_address_preference に従って選びます。inet_protocols の変更には reload ではなく `postfix stop` と `postfix start` が必要です。',
    },
  },

  inet_interfaces: {
    all: {
      en: 'Receive mail on every network interface. Changing inet_interfaces requires `postfix stop` and `postfix start`.',
      ja: 'すべてのネットワークインターフェイスでメールを受け付けます。inet_interfaces の変更には `postfix stop` と `postfix start` が必要です。',
    },
    'loopback-only': {
      en: 'Receive mail only on the loopback interfaces (127.0.0.1, ::1), e.g. for a send-only host. Changing inet_interfaces requires `postfix stop` and `postfix start`.',
      ja: 'ループバックインターフェイス (127.0.0.1、::1) でのみ受け付けます (送信専用ホストなど)。inet_interfaces の変更には `postfix stop` と `postfix start` が必要です。',
    },
  },

  smtp_address_preference: ADDRESS_PREFERENCE,
  lmtp_address_preference: ADDRESS_PREFERENCE,
  smtp_host_lookup: HOST_LOOKUP,
  lmtp_host_lookup: HOST_LOOKUP,

  smtpd_tls_ciphers: cipherGrades(false),
  smtpd_tls_mandatory_ciphers: cipherGrades(true),
  smtp_tls_ciphers: cipherGrades(false),
  smtp_tls_mandatory_ciphers: cipherGrades(true),
  lmtp_tls_ciphers: cipherGrades(false),
  lmtp_tls_mandatory_ciphers: cipherGrades(true),
  tlsproxy_tls_ciphers: cipherGrades(false),
  tlsproxy_tls_mandatory_ciphers: cipherGrades(true),

  smtpd_tls_fingerprint_digest: FINGERPRINT_DIGESTS,
  smtp_tls_fingerprint_digest: FINGERPRINT_DIGESTS,
  lmtp_tls_fingerprint_digest: FINGERPRINT_DIGESTS,
  tlsproxy_tls_fingerprint_digest: FINGERPRINT_DIGESTS,
  tlsproxy_client_fingerprint_digest: FINGERPRINT_DIGESTS,

  smtpd_tls_loglevel: TLS_LOGLEVELS,
  smtp_tls_loglevel: TLS_LOGLEVELS,
  lmtp_tls_loglevel: TLS_LOGLEVELS,
  tlsproxy_tls_loglevel: TLS_LOGLEVELS,
  tlsproxy_client_loglevel: TLS_LOGLEVELS,

  notify_classes: {
    bounce: {
      en: 'Send bounce_notice_recipient the headers of every bounced message and a transcript of every SMTP session in which Postfix rejected mail; implies 2bounce. Can be a lot of mail.',
      ja: 'バウンスしたメッセージのヘッダーと、Postfix がメールを拒否した SMTP セッションの記録を bounce_notice_recipient に送ります。2bounce も含みます。大量になることがあります。',
    },
    '2bounce': {
      en: 'Send bounces that could not be delivered to 2bounce_notice_recipient.',
      ja: '配送できなかったバウンスを 2bounce_notice_recipient に送ります。',
    },
    data: {
      en: 'Send error_notice_recipient a session transcript when a critical data file such as a lookup table was unavailable (Postfix 2.9 and later).',
      ja: '参照テーブルなど重要なデータファイルが使えなかったとき、セッションの記録を error_notice_recipient に送ります (Postfix 2.9 以降)。',
    },
    delay: {
      en: 'Send delay_notice_recipient the headers of delayed mail (see delay_warning_time).',
      ja: '遅延しているメールのヘッダーを delay_notice_recipient に送ります (delay_warning_time を参照)。',
    },
    policy: {
      en: 'Send error_notice_recipient a session transcript whenever a client request was rejected by policy (spam or relay restrictions). Can be a lot of mail.',
      ja: 'ポリシー (スパム対策やリレー制限) でクライアントの要求を拒否するたびに、セッションの記録を error_notice_recipient に送ります。大量になることがあります。',
    },
    protocol: {
      en: 'Send error_notice_recipient a session transcript on client or server protocol errors.',
      ja: 'クライアントまたはサーバーのプロトコルエラー時に、セッションの記録を error_notice_recipient に送ります。',
    },
    resource: {
      en: 'Tell error_notice_recipient about mail not delivered because of resource problems. On by default.',
      ja: 'リソースの問題で配送されなかったメールを error_notice_recipient に知らせます。既定で有効です。',
    },
    software: {
      en: 'Tell error_notice_recipient about mail not delivered because of software problems. On by default.',
      ja: 'ソフトウェアの問題で配送されなかったメールを error_notice_recipient に知らせます。既定で有効です。',
    },
  },

  default_database_type: {
    hash: {
      en: 'Berkeley DB hash files (name.db); the usual default, e.g. on Debian.',
      ja: 'Berkeley DB のハッシュファイル (name.db) です。Debian などで通常の既定値です。',
    },
    btree: {
      en: 'Berkeley DB B-tree files (name.db).',
      ja: 'Berkeley DB の B-tree ファイル (name.db) です。',
    },
    dbm: {
      en: 'DBM files (name.dir and name.pag), on systems that have DBM.',
      ja: 'DBM ファイル (name.dir と name.pag) で、DBM のあるシステムで使えます。',
    },
    sdbm: {
      en: 'SDBM files (name.dir and name.pag), when Postfix is built with SDBM.',
      ja: 'SDBM ファイル (name.dir と name.pag) で、SDBM 対応でビルドされた場合に使えます。',
    },
    cdb: {
      en: 'CDB files (name.cdb), when cdb support is installed (Debian: postfix-cdb).',
      ja: 'CDB ファイル (name.cdb) で、cdb 対応が入っている場合に使えます (Debian: postfix-cdb)。',
    },
    lmdb: {
      en: 'LMDB files (name.lmdb), when lmdb support is installed (Debian: postfix-lmdb).',
      ja: 'LMDB ファイル (name.lmdb) で、lmdb 対応が入っている場合に使えます (Debian: postfix-lmdb)。',
    },
  },

  compatibility_level: {
    '0': {
      en: 'The built-in level: every backwards-compatible default stays (append_dot_mydomain = yes, chroot = y in master.cf, empty smtpd_relay_restrictions, smtputf8_enable = no, mynetworks_style = subnet, relay_domains = $mydestination, md5 fingerprints, recipient before relay restrictions). Postfix logs a reminder to raise it.',
      ja: '組み込みの既定レベルで、互換性のための既定値がすべて残ります (append_dot_mydomain = yes、master.cf の chroot = y、空の smtpd_relay_restrictions、smtputf8_enable = no、mynetworks_style = subnet、relay_domains = $mydestination、md5 のフィンガープリント、受信者制限をリレー制限より先に評価)。Postfix はレベルを上げるよう警告を記録します。',
    },
    '1': {
      en: 'New defaults: append_dot_mydomain = no, master.cf chroot = n, smtpd_relay_restrictions = permit_mynetworks, permit_sasl_authenticated, defer_unauth_destination, and smtputf8_enable = yes.',
      ja: '新しい既定値: append_dot_mydomain = no、master.cf の chroot = n、smtpd_relay_restrictions = permit_mynetworks, permit_sasl_authenticated, defer_unauth_destination、smtputf8_enable = yes。',
    },
    '2': {
      en: 'Level 1, plus relay_domains empty (instead of $mydestination) and mynetworks_style = host (instead of subnet).',
      ja: 'レベル 1 に加え、relay_domains が空 ($mydestination ではなく)、mynetworks_style = host (subnet ではなく) になります。',
    },
    '3.6': {
      en: 'Level 2, plus sha256 for smtpd/smtp/lmtp_tls_fingerprint_digest, smtpd_relay_before_recipient_restrictions = yes and respectful_logging = yes (allowlist/denylist wording). Debian\'s main.cf sets this level. Levels between named ones (e.g. 3.7) act like the highest level below them.',
      ja: 'レベル 2 に加え、smtpd/smtp/lmtp_tls_fingerprint_digest が sha256、smtpd_relay_before_recipient_restrictions = yes、respectful_logging = yes (allowlist/denylist という表記) になります。Debian の main.cf はこのレベルを設定します。途中の値 (例: 3.7) はそれ以下で最も高いレベルと同じに動作します。',
    },
    '3.11': {
      en: 'Postfix 3.11 and later: level 3.6, plus smtp_tlsrpt_skip_reused_handshakes = no, and an unset smtp_tls_security_level (likewise tlsproxy_client_security_level) defaults to may when Postfix is built with TLS.',
      ja: 'Postfix 3.11 以降: レベル 3.6 に加え、smtp_tlsrpt_skip_reused_handshakes = no となり、未設定の smtp_tls_security_level (tlsproxy_client_security_level も同様) は TLS 対応ビルドなら may が既定になります。',
    },
  },

  smtputf8_enable: {
    yes: {
      en: 'Announce and support SMTPUTF8 (RFC 6531). Non-ASCII addresses from a client that did not ask for SMTPUTF8 are rejected. The default from compatibility_level 1.',
      ja: 'SMTPUTF8 (RFC 6531) を告知して対応します。SMTPUTF8 を要求していないクライアントからの非 ASCII アドレスは拒否します。compatibility_level 1 以上での既定値です。',
    },
    no: {
      en: 'No SMTPUTF8 support; non-ASCII addresses are handled as before SMTPUTF8 existed. The default below compatibility_level 1.',
      ja: 'SMTPUTF8 に対応しません。非 ASCII アドレスは SMTPUTF8 以前と同じように扱います。compatibility_level 1 未満での既定値です。',
    },
  },

  local_recipient_maps: {
    '': {
      en: 'Empty: smtpd does not check local recipients, so mail for users that do not exist is accepted and bounced later, which sends backscatter to forged senders. Only sensible when something else (e.g. luser_relay or a mailbox_transport) takes every local address.',
      ja: '空: smtpd はローカル受信者を確認しないため、存在しないユーザー宛てのメールも受け付けて後からバウンスし、偽装された送信者へのバックスキャッタになります。luser_relay や mailbox_transport などがすべてのローカルアドレスを引き受ける場合にだけ意味があります。',
    },
  },

  smtpd_forbid_bare_newline: {
    normalize: {
      en: 'Require the standard end-of-data <CR><LF>.<CR><LF>; other lines ending in a bare <LF> are accepted as if they ended in <CR><LF>. Blocks SMTP smuggling; the default from Postfix 3.9.',
      ja: 'データ終端には標準の <CR><LF>.<CR><LF> を要求し、それ以外の裸の <LF> で終わる行は <CR><LF> と同じに扱います。SMTP スマグリングを防ぎます。Postfix 3.9 以降の既定値です。',
    },
    yes: {
      en: 'Same as normalize (compatibility alias).',
      ja: 'normalize と同じです (互換性のための別名)。',
    },
    reject: {
      en: 'Reject any command or message line with a bare <LF> (smtpd_forbid_bare_newline_reject_code, default 550) and log "bare <LF> received". Breaks some web applications and health checks; exempt them with smtpd_forbid_bare_newline_exclusions.',
      ja: '裸の <LF> を含むコマンドやメッセージ行を拒否し (smtpd_forbid_bare_newline_reject_code、既定 550)、"bare <LF> received" を記録します。一部の Web アプリケーションや死活監視が失敗するため、smtpd_forbid_bare_newline_exclusions で除外します。',
    },
    no: {
      en: 'Accept bare <LF> everywhere as <CR><LF>: fully backwards compatible but open to SMTP smuggling. The default before Postfix 3.9 and in the 3.5-3.8 updates that added this parameter.',
      ja: '裸の <LF> をどこでも <CR><LF> として受け付けます。完全に互換ですが SMTP スマグリングに弱い設定です。Postfix 3.9 より前、およびこのパラメータを追加した 3.5-3.8 の更新版での既定値です。',
    },
  },

  postscreen_dnsbl_action: POSTSCREEN_ACTIONS,
  postscreen_greet_action: POSTSCREEN_ACTIONS,
  postscreen_pipelining_action: POSTSCREEN_ACTIONS,
  postscreen_non_smtp_command_action: POSTSCREEN_ACTIONS,
  postscreen_bare_newline_action: POSTSCREEN_ACTIONS,
  postscreen_denylist_action: POSTSCREEN_ACTIONS,

  header_from_format: {
    standard: {
      en: 'Write a generated From: header as "From: name <address>" (the default since Postfix 3.3).',
      ja: '生成する From: ヘッダーを "From: name <address>" の形にします (Postfix 3.3 以降の既定値)。',
    },
    obsolete: {
      en: 'Write a generated From: header as "From: address (name)", as before Postfix 3.3.',
      ja: '生成する From: ヘッダーを Postfix 3.3 より前と同じ "From: address (name)" の形にします。',
    },
  },

  info_log_address_format: {
    external: {
      en: 'Log addresses in their quoted external form, e.g. "name with spaces"@example.com (the default).',
      ja: 'アドレスを引用符付きの外部形式 (例: "name with spaces"@example.com) で記録します (既定値)。',
    },
    internal: {
      en: 'Log addresses in the unquoted internal form, as Postfix 3.4 and earlier did.',
      ja: 'Postfix 3.4 以前と同じく、引用符を付けない内部形式でアドレスを記録します。',
    },
  },
};

/** Parameters with documented keyword values, for completion. */
export const enumeratedParameters: readonly string[] = Object.keys(valueDocs).sort();

/** Splits a value into its keywords: commas and whitespace separate them. */
function keywords(value: string): string[] {
  return value
    .toLowerCase()
    .split(/[\s,]+/)
    .filter((k) => k !== '');
}

/** Compares dotted compatibility levels numerically ("3.10" > "3.9"). */
function compareLevels(a: string, b: string): number {
  const pa = a.split('.').map(Number);
  const pb = b.split('.').map(Number);
  for (let i = 0; i < Math.max(pa.length, pb.length); i++) {
    const d = (pa[i] ?? 0) - (pb[i] ?? 0);
    if (d !== 0) return d;
  }
  return 0;
}

/**
 * The documented compatibility level that a value behaves like: the highest named level that is not
 * above it ("3.7" -> "3.6", "9999" -> "3.11"). Undefined for a value that is not a level.
 */
export function effectiveCompatibilityLevel(value: string): string | undefined {
  const v = value.trim();
  if (!/^\d+(\.\d+){0,2}$/.test(v)) return undefined;
  let best: string | undefined;
  for (const level of Object.keys(valueDocs.compatibility_level)) {
    if (compareLevels(level, v) <= 0 && (best === undefined || compareLevels(level, best) > 0)) best = level;
  }
  return best;
}

/**
 * The documentation of a whole parameter value, or undefined. Case and the spacing of list
 * separators do not matter ("IPv4,IPv6" finds "ipv4, ipv6"); compatibility levels between the
 * named ones find the level they behave like. For one keyword of a list value, look it up in
 * valueDocs[name] directly.
 */
export function valueDoc(name: string, value: string): Localized | undefined {
  const table = valueDocs[name];
  if (!table) return undefined;
  const exact = table[value.trim().toLowerCase()];
  if (exact) return exact;
  const normalized = keywords(value).join(', ');
  if (table[normalized]) return table[normalized];
  if (name === 'compatibility_level') {
    const level = effectiveCompatibilityLevel(value);
    return level === undefined ? undefined : table[level];
  }
  return undefined;
}
