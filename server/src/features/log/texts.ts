/**
 * Texts for mail log hovers, diagnostics and actions: what the fields of a Postfix log line mean.
 * English and Japanese. Facts checked against Postfix 3.7 (qmgr, libpostfix-global: log_adhoc,
 * "%s: from=<%s>, status=%s, returned to sender") and the Postfix source.
 */
import type { Localized } from '../../i18n/locale';

function L(en: string, ja: string): Localized {
  return { en, ja };
}

export const UI = {
  postfixReply: L('Postfix reply', 'Postfix の応答'),
  sentBy: L('Sent by', '送信元'),
  restriction: L('Restriction', '制限'),
  cause: L('Cause', '原因'),
  settingsInvolved: L('main.cf settings involved', '関係する main.cf の設定'),
  valuesInEffect: L('Values in effect in the main.cf next to this log', 'このログと同じ場所にある main.cf で有効な値'),
  noMainCf: L('No main.cf was found next to this log, so the values in effect cannot be shown. Run `postconf` with these names on the server to see them.',
    'このログと同じ場所に main.cf が見つからないため、有効な値は表示できません。サーバー上で `postconf` にこれらの名前を付けて実行すると確認できます。'),
  line: L('line {0}', '{0} 行目'),
  builtinDefault: L('built-in default', '組み込みのデフォルト'),
  computedDefault: L('computed by Postfix from the host', 'Postfix がホストから算出'),
  notSet: L('not set', '未設定'),
  partlyComputed: L('(uses values Postfix computes from the host, such as myhostname)', '（myhostname など、Postfix がホストから算出する値を含みます）'),
  empty: L('(empty)', '(空)'),
  remoteReply: L('This reply came from the remote server {0}, not from this Postfix: the explanation describes the other side, and only its administrator can change its settings.',
    'この応答はこの Postfix ではなくリモートサーバー {0} から返されたものです。説明は相手側の状況を表しており、その設定を変えられるのは相手側の管理者だけです。'),
  remoteReplyUnknown: L('This reply came from the remote server, not from this Postfix: the explanation describes the other side.',
    'この応答はこの Postfix ではなくリモートサーバーから返されたものです。説明は相手側の状況を表しています。'),
  serviceOverride: L('Logged by a service with syslog_name {0}: `-o` overrides on that service in master.cf take precedence over main.cf.',
    'syslog_name が {0} のサービスが記録した行です。master.cf でそのサービスに付けた `-o` の上書きが main.cf より優先されます。'),
  explainRejection: L('Explain this rejection', 'この拒否の理由を説明'),
  queueId: L('Queue ID', 'キュー ID'),
  status: L('Delivery status', '配送状態'),
  reason: L('Reason', '理由'),
};

export const RELAY_DECISION = {
  title: L('What decided it', '何が決めたか'),
  client: L('The client {0} was not allowed to relay: nothing before the deciding restriction in smtpd_relay_restrictions (and smtpd_recipient_restrictions) said permit. With permit_mynetworks in the list, its address is outside mynetworks; with permit_sasl_authenticated, it had not logged in with SASL.',
    'クライアント {0} には中継が許可されていません。smtpd_relay_restrictions（および smtpd_recipient_restrictions）で、判定した制限より前に permit となるものがありませんでした。リストに permit_mynetworks があるなら、そのアドレスは mynetworks の外です。permit_sasl_authenticated があるなら、SASL でログインしていませんでした。'),
  domain: L('The recipient domain {0} is not one this server takes mail for: it is not in mydestination, virtual_alias_domains, virtual_mailbox_domains or relay_domains (nor an address of this host).',
    '宛先ドメイン {0} は、このサーバーがメールを受け取るドメインではありません。mydestination、virtual_alias_domains、virtual_mailbox_domains、relay_domains のいずれにも含まれず、このホスト自身のアドレスでもありません。'),
  deferred: L('The reply is 4xx, so defer_unauth_destination decided (or soft_bounce = yes turned a rejection into a deferral): the client will keep retrying.',
    '応答が 4xx なので、defer_unauth_destination が判定したか、soft_bounce = yes によって拒否が一時エラーに変わっています。クライアントは再送を続けます。'),
  rejected: L('The reply is 5xx, so reject_unauth_destination decided: the client gives up and the sender gets a bounce.',
    '応答が 5xx なので、reject_unauth_destination が判定しました。クライアントは再送せず、送信者にはエラーメールが返ります。'),
  fix: L('To allow it: if the domain is yours, add it to the right parameter (relay_domains for mail you pass on to another server); if the client is yours, let it authenticate (smtpd_sasl_auth_enable = yes, usually on the submission service) or, for a fixed trusted host only, add its address to mynetworks. Never add networks you do not control.',
    '許可するには：ドメインが自分のものなら適切なパラメーターに追加します（別のサーバーへ中継するなら relay_domains）。クライアントが自分のものなら認証させるか（smtpd_sasl_auth_enable = yes、通常は submission サービスで）、固定の信頼できるホストに限りそのアドレスを mynetworks に加えます。管理していないネットワークは決して加えないでください。'),
};

/** Where the log line says the parameters are read. */
export const RELAY_SETTINGS = [
  'smtpd_relay_restrictions',
  'smtpd_recipient_restrictions',
  'mynetworks',
  'mynetworks_style',
  'smtpd_sasl_auth_enable',
  'mydestination',
  'relay_domains',
  'virtual_alias_domains',
  'virtual_mailbox_domains',
  'relay_domains_reject_code',
];

export const STATUS: Record<string, { title: Localized; detail: Localized }> = {
  sent: {
    title: L('Delivered', '配送完了'),
    detail: L('The next hop accepted the message for this recipient: the server in relay= answered 2xx, or a local delivery agent stored it. Postfix is done with this recipient; the text in parentheses is what the other side said. (The discard transport also logs sent.)',
      '次の配送先がこの宛先のメッセージを受け取りました。relay= のサーバーが 2xx で応答したか、ローカル配送エージェントが保存しました。この宛先について Postfix の仕事は終わりです。括弧内は相手側の応答です。（discard トランスポートも sent と記録します。）'),
  },
  deferred: {
    title: L('Deferred: temporary failure, will retry', '保留：一時的な失敗、再試行します'),
    detail: L('Delivery failed for a reason that may go away (4xx reply, connection or DNS problem). The message waits in the deferred queue and Postfix tries again, with growing intervals between minimal_backoff_time and maximal_backoff_time, until maximal_queue_lifetime (bounce_queue_lifetime for bounces) has passed. The text in parentheses is the reason.',
      '解消する可能性のある理由（4xx 応答、接続や DNS の問題）で配送に失敗しました。メッセージは deferred キューで待ち、Postfix は minimal_backoff_time から maximal_backoff_time の間で間隔を広げながら、maximal_queue_lifetime（エラーメールは bounce_queue_lifetime）が過ぎるまで再試行します。括弧内が理由です。'),
  },
  bounced: {
    title: L('Bounced: permanent failure', 'バウンス：恒久的な失敗'),
    detail: L('Delivery failed for good (a 5xx reply, or a permanent local error). Postfix does not retry and sends a non-delivery notification to the sender, unless the sender is the null address <>. With soft_bounce = yes such failures are deferred instead.',
      '配送は恒久的に失敗しました（5xx 応答、または恒久的なローカルエラー）。Postfix は再試行せず、送信者がヌルアドレス <> でない限り配送不能通知を送ります。soft_bounce = yes にすると、このような失敗は代わりに保留されます。'),
  },
  expired: {
    title: L('Expired: returned to sender', '期限切れ：送信者へ返送'),
    detail: L('The message was still undelivered when its time in the queue ran out: maximal_queue_lifetime, or bounce_queue_lifetime for mail from the null sender <>. The queue manager gives up and returns it to the sender. The earlier deferred lines with the same queue ID tell why it could not be delivered.',
      'キューに留まれる期限が切れた時点で、まだ配送できていませんでした（maximal_queue_lifetime、ヌル送信者 <> のメールは bounce_queue_lifetime）。キューマネージャーは配送を諦め、送信者に返送します。配送できなかった理由は、同じキュー ID の以前の deferred の行に書かれています。'),
  },
  'force-expired': {
    title: L('Expired by the administrator: returned to sender', '管理者による期限切れ：送信者へ返送'),
    detail: L('An administrator marked the message as expired (postsuper -e or -f, Postfix 3.5 and later), so the queue manager returned it to the sender without waiting for maximal_queue_lifetime.',
      '管理者がメッセージを期限切れに設定したため（postsuper -e または -f、Postfix 3.5 以降）、キューマネージャーは maximal_queue_lifetime を待たずに送信者へ返送しました。'),
  },
  SOFTBOUNCE: {
    title: L('Would have bounced; kept because soft_bounce = yes', 'バウンスするはずだったが soft_bounce = yes のため保留'),
    detail: L('The failure was permanent, but soft_bounce = yes makes Postfix keep the message in the queue and retry instead of returning it. Fix the cause, or turn soft_bounce off once you have checked the configuration.',
      '恒久的な失敗でしたが、soft_bounce = yes のため Postfix はメッセージを返送せず、キューに残して再試行します。原因を直すか、設定を確認したうえで soft_bounce を無効にします。'),
  },
  deliverable: {
    title: L('Address verification: deliverable', 'アドレス検証：配送可能'),
    detail: L('The result of an address verification probe (reject_unverified_sender / reject_unverified_recipient, or sendmail -bv): the address would be accepted. No real message was delivered.',
      'アドレス検証のプローブ（reject_unverified_sender / reject_unverified_recipient、または sendmail -bv）の結果で、このアドレスは受け付けられる見込みです。実際のメッセージは配送されていません。'),
  },
  undeliverable: {
    title: L('Address verification: undeliverable', 'アドレス検証：配送不可'),
    detail: L('The result of an address verification probe: the address would be rejected, for the reason in parentheses. No real message was bounced; smtpd uses this result for reject_unverified_sender / reject_unverified_recipient.',
      'アドレス検証のプローブの結果で、このアドレスは括弧内の理由で拒否される見込みです。実際のメッセージはバウンスしていません。smtpd はこの結果を reject_unverified_sender / reject_unverified_recipient に使います。'),
  },
};

export const FIELDS: Record<string, Localized> = {
  delay: L('Total time in seconds from the arrival of the message until this delivery attempt ended.',
    'メッセージが届いてから、この配送の試行が終わるまでの合計秒数です。'),
  delays: L('Where the time went, in seconds: **a** before the queue manager (receiving the message, cleanup), **b** waiting in the queue manager, **c** setting up the connection (DNS, connect, greeting, EHLO, TLS), **d** transmitting the message.',
    '時間の内訳（秒）：**a** キューマネージャーに渡るまで（受信と cleanup）、**b** キューマネージャーでの待ち、**c** 接続の確立（DNS、接続、グリーティング、EHLO、TLS）、**d** メッセージの送信。'),
  relay: L('Where Postfix delivered or tried to deliver: `host[address]:port` for a remote server, the transport name (local, virtual, a pipe service ...) for local delivery, or `none` when no connection was made.',
    'Postfix が配送した、または配送を試みた先です。リモートサーバーなら `host[address]:port`、ローカル配送ならトランスポート名（local、virtual、pipe のサービス名など）、接続できなかった場合は `none` です。'),
  to: L('The recipient, after any rewriting or alias expansion.', '宛先です（書き換えやエイリアス展開の後）。'),
  orig_to: L('The recipient as it was given originally, before an alias or virtual_alias_maps changed it into the to= address.',
    '元の宛先です。エイリアスや virtual_alias_maps によって to= のアドレスに変わる前のものです。'),
  from: L('The envelope sender (MAIL FROM). `<>` is the null sender of bounces and other notifications.',
    'エンベロープの送信者（MAIL FROM）です。`<>` はエラーメールなどの通知に使われるヌル送信者です。'),
  dsn: L('The enhanced status code of this delivery attempt.', 'この配送試行の拡張ステータスコードです。'),
  conn_use: L('This delivery reused a cached connection; the number counts how many times the connection has been used.',
    'この配送はキャッシュされた接続を再利用しました。数値は接続が使われた回数です。'),
  size: L('Message size in bytes as queued.', 'キューに入ったときのメッセージサイズ（バイト）です。'),
  nrcpt: L('Number of recipients of the message.', 'メッセージの宛先の数です。'),
  'message-id': L('The Message-ID header of the message; search for it to follow the message through other systems.',
    'メッセージの Message-ID ヘッダーです。他のシステムでメッセージを追跡するときの手がかりになります。'),
  client: L('The SMTP client the message came from, as name[address]; "unknown" means no verified reverse DNS name was found (or smtpd_peername_lookup = no).',
    'メッセージを送ってきた SMTP クライアントです（名前[アドレス]）。「unknown」は、検証済みの逆引き名が得られなかったこと（または smtpd_peername_lookup = no）を示します。'),
  proto: L('SMTP or ESMTP: whether the client greeted with HELO or EHLO.', 'SMTP か ESMTP か。クライアントが HELO と EHLO のどちらであいさつしたかを示します。'),
  helo: L('The name the client gave in HELO/EHLO.', 'クライアントが HELO/EHLO で名乗った名前です。'),
  sasl_method: L('The SASL mechanism the client logged in with.', 'クライアントがログインに使った SASL の方式です。'),
  sasl_username: L('The SASL user name the client logged in as.', 'クライアントがログインした SASL のユーザー名です。'),
  commands: L('Session statistics: `name=n` counts commands that all succeeded, `name=ok/sent` counts the successful ones out of all sent. commands= totals them.',
    'セッションの統計です。`name=n` はすべて成功したコマンドの数、`name=成功数/送信数` は送信されたうち成功した数です。commands= はその合計です。'),
};

export const SEVERITY: Record<string, Localized> = {
  warning: L('A problem Postfix worked around; the program went on. Warnings often point at configuration or table errors worth fixing.',
    'Postfix が回避して処理を続けた問題です。設定やテーブルの誤りを示すことが多く、修正する価値があります。'),
  error: L('An error in one operation; the program went on, but the operation failed.',
    '個々の処理でのエラーです。プログラムは動作を続けますが、その処理は失敗しました。'),
  fatal: L('The program stopped because it could not continue, usually because of the configuration. master restarts it, and throttles a service whose processes keep dying at start-up.',
    '続行できないためプログラムが停止しました。多くは設定が原因です。master は再起動しますが、起動直後に終了を繰り返すサービスは一時的に起動を抑制します。'),
  panic: L('An internal consistency check failed and the program stopped. This points at a bug or a damaged file rather than the configuration.',
    '内部の整合性チェックに失敗し、プログラムが停止しました。設定よりも不具合やファイルの破損を示しています。'),
};

export const QUEUE_ID: Record<'short' | 'long' | 'none', Localized> = {
  short: L('The message\'s queue ID (short form). Every line about the same message carries it, from smtpd or pickup to the final "removed".',
    'メッセージのキュー ID（短い形式）です。smtpd や pickup から最後の「removed」まで、同じメッセージに関するすべての行に付きます。'),
  long: L('The message\'s queue ID in the long form (enable_long_queue_ids = yes). It also encodes the arrival time, and every line about the same message carries it.',
    '長い形式のキュー ID です（enable_long_queue_ids = yes）。到着時刻も含んでおり、同じメッセージに関するすべての行に付きます。'),
  none: L('NOQUEUE: no queue file existed yet, so nothing was accepted at this point. With the default smtpd_delay_open_until_valid_rcpt = yes, smtpd creates the queue file only when a first recipient is accepted.',
    'NOQUEUE：まだキューファイルがなく、この時点では何も受け付けていません。既定の smtpd_delay_open_until_valid_rcpt = yes では、smtpd は最初の宛先を受け付けたときに初めてキューファイルを作ります。'),
};

export const DAEMONS: Record<string, Localized> = {
  master: L('The Postfix supervisor: starts the daemons listed in master.cf when needed. Its warnings about a process exit status point at that process\'s own fatal or panic line just before.',
    'Postfix の監督プロセスで、master.cf のデーモンを必要に応じて起動します。プロセスの終了ステータスに関する警告は、その直前にあるそのプロセス自身の fatal や panic の行を指しています。'),
  smtpd: L('The SMTP server: receives mail from the network, applies the `smtpd_*_restrictions` lists, and passes accepted mail to cleanup.',
    'SMTP サーバーです。ネットワークからメールを受け取り、`smtpd_*_restrictions` の各リストを適用し、受け付けたメールを cleanup に渡します。'),
  smtp: L('The SMTP client: delivers mail to other servers (the MX of the domain, relayhost, or a transport_maps next hop).',
    'SMTP クライアントです。他のサーバー（ドメインの MX、relayhost、transport_maps の配送先）にメールを配送します。'),
  lmtp: L('The LMTP client: delivers to a mailbox server such as Dovecot or Cyrus.',
    'LMTP クライアントです。Dovecot や Cyrus などのメールボックスサーバーへ配送します。'),
  qmgr: L('The queue manager: schedules deliveries. It logs from=, size= and nrcpt= when a message enters the active queue, "removed" when it is done, and expiry.',
    'キューマネージャーで、配送の順番を決めます。メッセージが active キューに入ると from=、size=、nrcpt= を、完了すると「removed」を、期限切れも記録します。'),
  cleanup: L('Processes each new message before it is queued: header and body checks, address rewriting, milters. Logs message-id=.',
    '新しいメッセージをキューに入れる前に処理します（ヘッダー・本文のチェック、アドレスの書き換え、ミルター）。message-id= を記録します。'),
  pickup: L('Picks up locally submitted mail (sendmail, postdrop) and passes it to cleanup.',
    'ローカルで投入されたメール（sendmail、postdrop）を取り出して cleanup に渡します。'),
  local: L('Delivers to local mailboxes, aliases and .forward files.', 'ローカルのメールボックス、エイリアス、.forward ファイルへ配送します。'),
  virtual: L('Delivers to the mailboxes of virtual_mailbox_domains.', 'virtual_mailbox_domains のメールボックスへ配送します。'),
  pipe: L('Delivers by running an external command defined in master.cf.', 'master.cf で定義した外部コマンドを実行して配送します。'),
  bounce: L('Records delivery problems and sends non-delivery, delay and success notifications (also runs as the defer and trace services).',
    '配送の問題を記録し、配送不能・遅延・成功の通知を送ります（defer と trace のサービスとしても動きます）。'),
  'trivial-rewrite': L('Rewrites addresses and decides, for each recipient, the transport and next hop (transport_maps, relayhost, relay_domains).',
    'アドレスを書き換え、宛先ごとにトランスポートと配送先を決めます（transport_maps、relayhost、relay_domains）。'),
  postscreen: L('Screens incoming connections before smtpd sees them (DNSBL, pregreet and protocol tests).',
    'smtpd に渡す前に着信接続をふるいにかけます（DNSBL、プリグリート、プロトコルのテスト）。'),
  dnsblog: L('Runs DNSBL lookups for postscreen.', 'postscreen のために DNSBL の問い合わせを行います。'),
  anvil: L('Counts connections and rates per client for smtpd\'s client limits, and logs the peaks.',
    'smtpd のクライアント制限のために、クライアントごとの接続数や頻度を数え、最大値を記録します。'),
  scache: L('Keeps SMTP client connections open for reuse.', 'SMTP クライアントの接続を再利用のために保持します。'),
  tlsmgr: L('Maintains the TLS session caches and the random pool.', 'TLS セッションキャッシュと乱数プールを管理します。'),
  tlsproxy: L('Handles TLS for postscreen and for reused SMTP client connections.', 'postscreen と再利用される SMTP クライアント接続の TLS を処理します。'),
  verify: L('The address verification service behind reject_unverified_sender and reject_unverified_recipient.',
    'reject_unverified_sender と reject_unverified_recipient を支えるアドレス検証サービスです。'),
  proxymap: L('Opens lookup tables on behalf of other Postfix processes (proxy: tables).', '他の Postfix プロセスに代わって検索テーブルを開きます（proxy: テーブル）。'),
  postlogd: L('Writes Postfix logging to maillog_file.', 'Postfix のログを maillog_file に書き込みます。'),
  discard: L('A delivery agent that throws mail away and logs it as sent.', 'メールを破棄し、sent として記録する配送エージェントです。'),
  error: L('A delivery agent that always fails, with the text given as next hop (e.g. error:5.1.1 text in transport_maps); also the retry service.',
    '必ず失敗する配送エージェントで、配送先として指定したテキストを理由にします（transport_maps の error:5.1.1 ... など）。retry サービスとしても使われます。'),
  postsuper: L('The queue maintenance command (delete, hold, requeue, expire).', 'キューの保守コマンドです（削除、保留、再投入、期限切れ）。'),
  postqueue: L('The queue command behind mailq and postqueue -f.', 'mailq や postqueue -f の背後にあるキュー操作コマンドです。'),
  sendmail: L('The sendmail-compatible command local programs use to submit mail.', 'ローカルのプログラムがメール投入に使う sendmail 互換コマンドです。'),
  postdrop: L('Stores locally submitted mail in the maildrop queue.', 'ローカルで投入されたメールを maildrop キューに置きます。'),
  postfix: L('The postfix command (start, stop, reload, check).', 'postfix コマンドです（start、stop、reload、check）。'),
  'postfix-script': L('The script behind the postfix command (start, stop, check).', 'postfix コマンドの背後で動くスクリプトです（start、stop、check）。'),
};

export const DIAGNOSTIC = {
  panic: L('Postfix panic: {0}', 'Postfix の panic: {0}'),
  fatal: L('Postfix fatal error: {0}', 'Postfix の致命的エラー: {0}'),
  error: L('Postfix error: {0}', 'Postfix のエラー: {0}'),
  warning: L('Postfix warning: {0}', 'Postfix の警告: {0}'),
  bounced: L('Bounced: mail to <{0}> failed permanently (dsn {1}): {2}', 'バウンス: <{0}> 宛てのメールが恒久的に失敗しました (dsn {1}): {2}'),
  expired: L('Expired: message {0} from <{1}> stayed undelivered too long and was returned to the sender',
    '期限切れ: <{1}> からのメッセージ {0} は配送できないまま期限を過ぎ、送信者へ返送されました'),
  partial: L('This log is {0} MB: problems are listed for its first {1} MB only (up to line {2}). Hovers and code actions work on every line.',
    'このログは {0} MB あります。問題は先頭の {1} MB（{2} 行目まで）についてのみ表示しています。ホバーとコードアクションはすべての行で使えます。'),
  capped: L('Only the first {0} problems of this log are listed.', 'このログの問題は最初の {0} 件だけを表示しています。'),
};
