/**
 * What master.cf's columns, service types and daemon programs mean, in this
 * project's own words (en + ja), and the facts the master.cf rules check against.
 * Facts were checked against Postfix 3.7 (master, postconf, the daemons' own
 * messages) and the Postfix source.
 */
import { Localized } from '../../i18n/locale';

/** The service types master(8) accepts. */
export const SERVICE_TYPES = ['inet', 'unix', 'unix-dgram', 'fifo', 'pass'] as const;
export type ServiceType = (typeof SERVICE_TYPES)[number];

export const TYPE_DOCS: Readonly<Record<ServiceType, Localized>> = {
  inet: {
    en: 'A TCP listener. The service name is the port (a number or a name from /etc/services), optionally preceded by an address: `host:port`, `[ipv6-address]:port`. Without an address, master listens on every address in inet_interfaces.',
    ja: 'TCP で待ち受けるサービスです。サービス名はポート (番号または /etc/services の名前) で、前にアドレスを付けられます: `host:port`、`[IPv6 アドレス]:port`。アドレスがなければ inet_interfaces のすべてのアドレスで待ち受けます。',
  },
  unix: {
    en: 'A UNIX-domain stream socket under the queue directory: `private/NAME` when the private column is y, `public/NAME` when it is n. Postfix programs reach each other through these.',
    ja: 'キューディレクトリ配下の UNIX ドメインのストリームソケットです。private 列が y なら `private/NAME`、n なら `public/NAME` に作られます。Postfix のプログラム同士はこれを通じて通信します。',
  },
  'unix-dgram': {
    en: 'A UNIX-domain datagram socket (Postfix 3.4 and later). Used by the postlog service, which receives log records when maillog_file is set.',
    ja: 'UNIX ドメインのデータグラムソケットです (Postfix 3.4 以降)。maillog_file を設定したときにログを受け取る postlog サービスが使います。',
  },
  fifo: {
    en: 'A named pipe under the queue directory. Obsolete: old configurations used it for pickup and qmgr; use unix instead.',
    ja: 'キューディレクトリ配下の名前付きパイプです。古い設定で pickup や qmgr に使われていた方式で、現在は unix を使います。',
  },
  pass: {
    en: 'A UNIX-domain socket over which another process hands over an already accepted connection. postscreen passes the clients it lets through to the `smtpd pass` service this way.',
    ja: '別のプロセスが受け付け済みの接続を渡すための UNIX ドメインソケットです。postscreen は通過させたクライアントをこの方式で `smtpd pass` サービスに渡します。',
  },
};

export interface FieldDoc {
  title: Localized;
  text: Localized;
}

/** The eight columns, by index. */
export const FIELD_DOCS: readonly FieldDoc[] = [
  {
    title: { en: 'service name', ja: 'サービス名' },
    text: {
      en: 'The name of the service. For inet services it is the listening address and port; for the other types, the socket name. It is also the transport name that transport_maps, content_filter and the *_transport parameters refer to, and the prefix of per-service parameters such as NAME_destination_concurrency_limit.',
      ja: 'サービスの名前です。inet サービスでは待ち受けアドレスとポート、それ以外の種類ではソケット名です。transport_maps、content_filter、*_transport パラメータが指定するトランスポート名であり、NAME_destination_concurrency_limit のようなサービス別パラメータの接頭辞にもなります。',
    },
  },
  {
    title: { en: 'service type', ja: 'サービスの種類' },
    text: {
      en: 'How master listens for this service: inet (TCP), unix (UNIX-domain stream socket), unix-dgram (UNIX-domain datagram socket), fifo (named pipe, obsolete) or pass (connections handed over by another process).',
      ja: 'master がこのサービスをどう待ち受けるかを指定します: inet (TCP)、unix (UNIX ドメインのストリームソケット)、unix-dgram (UNIX ドメインのデータグラムソケット)、fifo (名前付きパイプ、旧式)、pass (別プロセスから接続を受け渡される方式)。',
    },
  },
  {
    title: { en: 'private', ja: 'private (非公開)' },
    text: {
      en: 'y: only Postfix programs may use the socket (it lives in the private/ directory). n: anyone on the host may use it (public/ directory), as pickup, showq, flush and postlog need. An inet service must say n: master refuses a private inet service.',
      ja: 'y: ソケットは Postfix のプログラムだけが使えます (private/ ディレクトリに置かれます)。n: ホスト上の誰でも使えます (public/ ディレクトリ)。pickup、showq、flush、postlog はこれが必要です。inet サービスは n にしなければなりません。master は private な inet サービスを拒否します。',
    },
  },
  {
    title: { en: 'unprivileged', ja: 'unprivileged (非特権)' },
    text: {
      en: 'y: the daemon runs as the mail_owner account (usually "postfix"). n: it runs as root, which local, virtual and pipe need so that they can deliver as the recipient or as the user= account.',
      ja: 'y: デーモンは mail_owner のアカウント (通常 "postfix") で動きます。n: root で動きます。受信者や user= のアカウントとして配送する local、virtual、pipe はこれが必要です。',
    },
  },
  {
    title: { en: 'chroot', ja: 'chroot' },
    text: {
      en: 'y: the daemon runs chrooted into the queue directory, so files outside it (certificates, maps, /etc/resolv.conf, milter sockets) must be copied inside. n: it sees the whole file system. The master.cf that comes with Postfix sets n everywhere; local, virtual, pipe and proxymap need the whole file system and should stay out of the chroot.',
      ja: 'y: デーモンはキューディレクトリに chroot して動くため、その外のファイル (証明書、マップ、/etc/resolv.conf、milter のソケットなど) は中にコピーする必要があります。n: ファイルシステム全体が見えます。Postfix 付属の master.cf はすべて n です。local、virtual、pipe、proxymap はファイルシステム全体を必要とするため、chroot しないでください。',
    },
  },
  {
    title: { en: 'wakeup time', ja: 'wakeup (起床間隔)' },
    text: {
      en: 'Every this many seconds master sends the service a wake-up request. A trailing "?" sends it only once the service has been used. "-" or 0: no wake-ups. pickup (60), qmgr (300), flush and tlsmgr (1000?) use it; other services leave it at "-".',
      ja: 'master はこの秒数ごとにサービスへ起床要求を送ります。末尾に "?" を付けると、サービスが一度使われてからだけ送ります。"-" または 0 は起床要求なしです。pickup (60)、qmgr (300)、flush と tlsmgr (1000?) が使い、他のサービスは "-" のままにします。',
    },
  },
  {
    title: { en: 'process limit', ja: 'プロセス数の上限' },
    text: {
      en: 'How many processes of this service may run at once. "-" means default_process_limit; 0 means no limit. Services that keep shared state run as one process: qmgr, pickup, tlsmgr, verify, anvil, scache, postlog and postscreen use 1.',
      ja: 'このサービスが同時に動かせるプロセス数です。"-" は default_process_limit、0 は無制限を意味します。共有の状態を持つサービスは 1 プロセスで動かします: qmgr、pickup、tlsmgr、verify、anvil、scache、postlog、postscreen は 1 にします。',
    },
  },
  {
    title: { en: 'command', ja: 'コマンド' },
    text: {
      en: 'The program master runs, looked up in daemon_directory, followed by its arguments. Options come first: `-o name=value` overrides a main.cf parameter for this service only, `-v` adds verbose logging. Postfix stops reading options at the first argument that does not start with "-".',
      ja: 'master が実行するプログラム (daemon_directory から探します) と、その引数です。オプションが先に来ます: `-o name=value` はこのサービスに限って main.cf のパラメータを上書きし、`-v` は詳細ログを有効にします。"-" で始まらない最初の引数で、Postfix はオプションの読み取りをやめます。',
    },
  },
];

export interface DaemonDoc {
  text: Localized;
  /** A typical master.cf line for it, for completion details. */
  example?: string;
}

/** The programs in daemon_directory that master.cf runs. */
export const DAEMON_DOCS: Readonly<Record<string, DaemonDoc>> = {
  smtpd: {
    text: {
      en: "Postfix's SMTP server. It accepts connections from clients and other mail servers, enforces the smtpd_*_restrictions, TLS and SASL settings, and hands accepted mail to cleanup. Typical services: smtp (port 25), submission (587, STARTTLS), submissions (465, implicit TLS), and `smtpd pass` behind postscreen.",
      ja: 'Postfix の SMTP サーバーです。クライアントや他のメールサーバーからの接続を受け付け、smtpd_*_restrictions や TLS、SASL の設定を適用し、受け取ったメールを cleanup に渡します。代表的なサービス: smtp (25 番)、submission (587 番、STARTTLS)、submissions (465 番、暗黙の TLS)、postscreen の後ろの `smtpd pass`。',
    },
    example: 'smtp      inet  n       -       n       -       -       smtpd',
  },
  postscreen: {
    text: {
      en: 'Screens connections to port 25 before any smtpd process is spent on them: DNS blocklists and allowlists, clients that talk before their turn, and other protocol tests. Clients that pass are handed to the `smtpd pass` service; DNS lists need the dnsblog service and STARTTLS the tlsproxy service. Run it with process limit 1.',
      ja: '25 番ポートへの接続を、smtpd プロセスを使う前にふるい分けます: DNS ブロックリストと許可リスト、順番を待たずに話し始めるクライアントの検出などの検査を行います。通過したクライアントは `smtpd pass` サービスに渡されます。DNS リストには dnsblog サービス、STARTTLS には tlsproxy サービスが必要です。プロセス数の上限は 1 にします。',
    },
    example: 'smtp      inet  n       -       n       -       1       postscreen',
  },
  pickup: {
    text: {
      en: 'Picks up mail that local users submitted with sendmail(1) (through postdrop into the maildrop directory) and passes it to cleanup.',
      ja: 'ローカルのユーザーが sendmail(1) で投入した (postdrop 経由で maildrop ディレクトリに置かれた) メールを拾い上げ、cleanup に渡します。',
    },
    example: 'pickup    unix  n       -       n       60      1       pickup',
  },
  cleanup: {
    text: {
      en: 'Every new message passes through cleanup: it adds missing headers, applies header_checks, body_checks and the non-SMTP milters, rewrites addresses (canonical, masquerading, virtual aliases) and writes the message into the incoming queue, then tells qmgr.',
      ja: 'すべての新しいメッセージは cleanup を通ります。足りないヘッダの追加、header_checks・body_checks・SMTP 以外の milter の適用、アドレスの書き換え (canonical、マスカレード、仮想エイリアス) を行い、メッセージを incoming キューに書き込んで qmgr に知らせます。',
    },
    example: 'cleanup   unix  n       -       n       -       0       cleanup',
  },
  qmgr: {
    text: {
      en: 'The queue manager: moves mail from the incoming to the active queue, asks trivial-rewrite which transport and next hop each recipient takes, and schedules deliveries to the delivery agents within their concurrency limits. Exactly one process (process limit 1).',
      ja: 'キューマネージャーです。メールを incoming キューから active キューへ移し、各受信者のトランスポートと次の宛先を trivial-rewrite に問い合わせ、同時配送数の上限の範囲で配送エージェントに配送を割り当てます。プロセスは 1 つだけです (上限 1)。',
    },
    example: 'qmgr      unix  n       -       n       300     1       qmgr',
  },
  nqmgr: {
    text: {
      en: 'The queue manager under the name it had when it was new; today it is the same program as qmgr.',
      ja: '導入当初の名前で呼んだキューマネージャーです。現在は qmgr と同じプログラムです。',
    },
  },
  oqmgr: {
    text: {
      en: 'The old queue manager, with the simpler scheduler that qmgr replaced. A drop-in alternative to qmgr.',
      ja: '旧式のキューマネージャーで、qmgr が置き換えた単純なスケジューラーを持ちます。qmgr の代わりにそのまま使えます。',
    },
  },
  smtp: {
    text: {
      en: "Postfix's SMTP client: delivers mail to other servers, found through MX records, transport_maps or relayhost. The services smtp and relay normally run it.",
      ja: 'Postfix の SMTP クライアントです。MX レコード、transport_maps、relayhost で決まる相手のサーバーへメールを配送します。通常、smtp と relay のサービスがこれを実行します。',
    },
    example: 'smtp      unix  -       -       n       -       -       smtp',
  },
  lmtp: {
    text: {
      en: 'The SMTP client program run under the name lmtp: it delivers over LMTP, usually to a mailbox server such as Dovecot or Cyrus, over TCP or a UNIX socket. Its parameters are the lmtp_* ones.',
      ja: 'lmtp という名前で動く SMTP クライアントのプログラムです。LMTP で、通常は Dovecot や Cyrus などのメールボックスサーバーへ TCP または UNIX ソケット経由で配送します。パラメータは lmtp_* を使います。',
    },
    example: 'lmtp      unix  -       -       n       -       -       lmtp',
  },
  local: {
    text: {
      en: 'Delivers to local recipients: aliases, .forward files, the mailbox in mail_spool_directory or home_mailbox, or through mailbox_command / mailbox_transport. Runs as root (unprivileged n) so that it can deliver as the recipient.',
      ja: 'ローカルの受信者へ配送します: エイリアス、.forward ファイル、mail_spool_directory または home_mailbox のメールボックス、または mailbox_command / mailbox_transport 経由。受信者として配送するため root で動きます (unprivileged は n)。',
    },
    example: 'local     unix  -       n       n       -       -       local',
  },
  virtual: {
    text: {
      en: 'Delivers to mailboxes of the virtual_mailbox_domains under virtual_mailbox_base, owned by the uid/gid that virtual_uid_maps and virtual_gid_maps give. No aliases or .forward; runs as root (unprivileged n).',
      ja: 'virtual_mailbox_domains のメールボックス (virtual_mailbox_base 配下) へ、virtual_uid_maps と virtual_gid_maps が示す uid/gid で配送します。エイリアスや .forward は扱いません。root で動きます (unprivileged は n)。',
    },
    example: 'virtual   unix  -       n       n       -       -       virtual',
  },
  pipe: {
    text: {
      en: 'Hands each message to an external command: attributes `flags=`, `user=` (required), `directory=`, `eol=`, `null_sender=`, `size=`, then `argv=` (required, last) with the command and its arguments, where ${sender}, ${recipient}, ${nexthop} and the like are expanded. Used for content filters, maildrop, Dovecot deliver and list managers.',
      ja: '各メッセージを外部コマンドに渡します。属性は `flags=`、`user=` (必須)、`directory=`、`eol=`、`null_sender=`、`size=`、そして最後に `argv=` (必須) でコマンドと引数を書きます。${sender}、${recipient}、${nexthop} などは展開されます。コンテンツフィルタ、maildrop、Dovecot の deliver、メーリングリスト管理などに使います。',
    },
    example: 'maildrop  unix  -       n       n       -       -       pipe\n  flags=DRXhu user=vmail argv=/usr/bin/maildrop -d ${recipient}',
  },
  spawn: {
    text: {
      en: 'Runs an external program for each connection to the service, with the connection as its standard input and output: `user=` (required) and `argv=` (required, last). Typical for policy servers written as plain programs, such as policyd-spf.',
      ja: 'サービスへの接続ごとに外部プログラムを起動し、接続をその標準入出力につなぎます。`user=` (必須) と `argv=` (必須、最後) を指定します。policyd-spf のような単体プログラムのポリシーサーバーによく使います。',
    },
    example: 'policy-spf unix -       n       n       -       0       spawn\n  user=nobody argv=/usr/bin/policyd-spf',
  },
  tlsproxy: {
    text: {
      en: 'Does TLS on behalf of other Postfix processes: postscreen uses it to offer STARTTLS, and the SMTP client uses it to reuse TLS connections (smtp_tls_connection_reuse).',
      ja: '他の Postfix プロセスに代わって TLS を処理します。postscreen は STARTTLS の提供に、SMTP クライアントは TLS 接続の再利用 (smtp_tls_connection_reuse) に使います。',
    },
    example: 'tlsproxy  unix  -       -       n       -       0       tlsproxy',
  },
  dnsblog: {
    text: {
      en: 'Does the DNS blocklist and allowlist lookups for postscreen and reports the results back to it.',
      ja: 'postscreen のために DNS ブロックリストと許可リストを問い合わせ、結果を返します。',
    },
    example: 'dnsblog   unix  -       -       n       -       0       dnsblog',
  },
  verify: {
    text: {
      en: 'The address verification server: sends probe messages and caches the results for reject_unverified_sender and reject_unverified_recipient.',
      ja: 'アドレス検証サーバーです。reject_unverified_sender と reject_unverified_recipient のために検査用メッセージを送り、結果をキャッシュします。',
    },
    example: 'verify    unix  -       -       n       -       1       verify',
  },
  proxymap: {
    text: {
      en: 'Opens lookup tables for other Postfix processes (tables written as `proxy:type:name`), so that they share database connections and can read tables outside a chroot. The proxywrite service runs it for tables that are updated.',
      ja: '他の Postfix プロセスのためにルックアップテーブルを開きます (`proxy:type:name` と書いたテーブル)。データベース接続を共有でき、chroot の外のテーブルも読めます。更新されるテーブル用に proxywrite サービスでも動かします。',
    },
    example: 'proxymap  unix  -       -       n       -       -       proxymap',
  },
  anvil: {
    text: {
      en: 'Counts connections and requests per client for the smtpd_client_connection_count_limit and smtpd_client_*_rate_limit features. One process (process limit 1).',
      ja: 'smtpd_client_connection_count_limit や smtpd_client_*_rate_limit のために、クライアントごとの接続数と要求数を数えます。プロセスは 1 つです (上限 1)。',
    },
    example: 'anvil     unix  -       -       n       -       1       anvil',
  },
  scache: {
    text: {
      en: 'The connection cache: keeps SMTP and LMTP client connections open for reuse by later deliveries to the same destination. One process (process limit 1).',
      ja: '接続キャッシュです。SMTP・LMTP クライアントの接続を開いたまま保持し、同じ宛先への後の配送で再利用させます。プロセスは 1 つです (上限 1)。',
    },
    example: 'scache    unix  -       -       n       -       1       scache',
  },
  postlogd: {
    text: {
      en: 'Writes the log to maillog_file when Postfix logs without syslog (Postfix 3.4 and later). It must be the service `postlog` of type unix-dgram; "postfix start" refuses to run when maillog_file is set and that service is missing.',
      ja: 'Postfix が syslog を使わずにログを書くとき、maillog_file へ書き出します (Postfix 3.4 以降)。サービスは `postlog`、種類は unix-dgram でなければなりません。maillog_file を設定しているのにこのサービスがないと "postfix start" は起動を拒否します。',
    },
    example: 'postlog   unix-dgram n  -       n       -       1       postlogd',
  },
  discard: {
    text: {
      en: 'A delivery agent that accepts every recipient and throws the mail away, logging it as delivered (the discard: transport).',
      ja: 'すべての受信者を受け付けてメールを捨て、配送済みとしてログに残す配送エージェントです (discard: トランスポート)。',
    },
    example: 'discard   unix  -       -       n       -       -       discard',
  },
  error: {
    text: {
      en: 'A delivery agent that always fails: it bounces every recipient with the text given as next hop (error:text). Run as the service retry, it defers the mail instead.',
      ja: '必ず失敗する配送エージェントです。すべての受信者を、次の宛先として与えられた文言 (error:文言) でバウンスします。retry というサービス名で動かすと、バウンスせずに配送を延期します。',
    },
    example: 'error     unix  -       -       n       -       -       error',
  },
  bounce: {
    text: {
      en: 'Keeps the per-message records of failed, delayed and traced deliveries and sends the delivery status notifications. It runs as three services: bounce, defer and trace.',
      ja: 'メッセージごとに、失敗・遅延・追跡した配送の記録を保持し、配送状態通知を送ります。bounce、defer、trace の 3 つのサービスとして動きます。',
    },
    example: 'bounce    unix  -       -       n       -       0       bounce',
  },
  'trivial-rewrite': {
    text: {
      en: 'Rewrites addresses into standard form and resolves each recipient to a transport and next hop (local, virtual, relay and default transports, transport_maps, relayhost). cleanup and qmgr ask it; the service is called rewrite.',
      ja: 'アドレスを標準形に書き換え、各受信者をトランスポートと次の宛先に解決します (local・virtual・relay・既定のトランスポート、transport_maps、relayhost)。cleanup と qmgr が問い合わせます。サービス名は rewrite です。',
    },
    example: 'rewrite   unix  -       -       n       -       -       trivial-rewrite',
  },
  showq: {
    text: {
      en: 'Lists the mail queue for mailq and postqueue -p. Its socket is public (private n) so that ordinary users can list the queue.',
      ja: 'mailq や postqueue -p のためにメールキューの一覧を返します。一般ユーザーも一覧できるよう、ソケットは公開です (private は n)。',
    },
    example: 'showq     unix  n       -       n       -       -       showq',
  },
  flush: {
    text: {
      en: 'The fast flush service: keeps per-destination lists of deferred mail (fast_flush_domains), so that ETRN or "sendmail -qR" deliver just that mail.',
      ja: '高速フラッシュのサービスです。遅延中のメールを宛先ごとに記録し (fast_flush_domains)、ETRN や "sendmail -qR" でそのメールだけを配送できるようにします。',
    },
    example: 'flush     unix  n       -       n       1000?   0       flush',
  },
  tlsmgr: {
    text: {
      en: 'Maintains the TLS session caches and the random number generator state that the TLS-using processes share.',
      ja: 'TLS を使うプロセスが共有する TLS セッションキャッシュと乱数生成器の状態を管理します。',
    },
    example: 'tlsmgr    unix  -       -       n       1000?   1       tlsmgr',
  },
  qmqpd: {
    text: {
      en: 'The QMQP server: receives mail over the QMQP protocol (usually port 628) and hands it to cleanup.',
      ja: 'QMQP サーバーです。QMQP プロトコル (通常 628 番ポート) でメールを受け取り、cleanup に渡します。',
    },
    example: '628       inet  n       -       n       -       -       qmqpd',
  },
};

/**
 * Daemons that stop with "unexpected command-line argument" when anything but
 * options follows the command (checked in the Postfix 3.7 binaries).
 */
export const NO_ARGUMENT_COMMANDS: ReadonlySet<string> = new Set([
  'anvil',
  'bounce',
  'cleanup',
  'discard',
  'dnsblog',
  'error',
  'flush',
  'local',
  'nqmgr',
  'oqmgr',
  'pickup',
  'postlogd',
  'proxymap',
  'qmgr',
  'qmqpd',
  'scache',
  'showq',
  'smtpd',
  'tlsmgr',
  'tlsproxy',
  'trivial-rewrite',
  'verify',
  'virtual',
]);

/** The attributes pipe(8) and spawn(8) accept before `argv=` (matched without regard to case). */
export const COMMAND_ATTRIBUTES: Readonly<Record<'pipe' | 'spawn', readonly string[]>> = {
  pipe: ['flags', 'user', 'directory', 'chroot', 'eol', 'null_sender', 'size', 'argv'],
  spawn: ['user', 'argv'],
};

/** Service names that tell what a service is for, when its command alone does not. */
export const SERVICE_NAME_DOCS: Readonly<Record<string, Localized>> = {
  submission: {
    en: 'Port 587: mail submission by users\' mail programs, with STARTTLS and SASL authentication required.',
    ja: '587 番ポート: ユーザーのメールソフトからのメール投稿用で、STARTTLS と SASL 認証を必須にします。',
  },
  submissions: {
    en: 'Port 465: mail submission over implicit TLS (smtpd_tls_wrappermode=yes), with SASL authentication.',
    ja: '465 番ポート: 暗黙の TLS (smtpd_tls_wrappermode=yes) によるメール投稿用で、SASL 認証を使います。',
  },
  smtps: {
    en: 'Port 465 under its older name: mail submission over implicit TLS (smtpd_tls_wrappermode=yes).',
    ja: '465 番ポートの旧名です: 暗黙の TLS (smtpd_tls_wrappermode=yes) によるメール投稿用です。',
  },
  relay: {
    en: 'The transport relay_transport names by default: mail to relay_domains goes out through this service.',
    ja: 'relay_transport が既定で指すトランスポートです。relay_domains 宛てのメールはこのサービスから送られます。',
  },
  retry: {
    en: 'The error program run under the name retry: it defers mail instead of bouncing it.',
    ja: 'retry という名前で動かす error プログラムです。メールをバウンスせずに配送を延期します。',
  },
  defer: {
    en: 'The bounce program keeping records of delayed deliveries.',
    ja: '遅延した配送の記録を保持する bounce プログラムです。',
  },
  trace: {
    en: 'The bounce program keeping records of traced deliveries (sendmail -bv, -v).',
    ja: '追跡した配送 (sendmail -bv、-v) の記録を保持する bounce プログラムです。',
  },
  proxywrite: {
    en: 'The proxymap program for tables that Postfix updates (for example the verify or postscreen caches behind proxy:).',
    ja: 'Postfix が更新するテーブル (proxy: 経由の verify や postscreen のキャッシュなど) 用の proxymap プログラムです。',
  },
};
