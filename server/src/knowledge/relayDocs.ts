/**
 * Deep explanations of the main.cf parameters that decide whether Postfix accepts, relays or refuses
 * mail, shown in the hover for those parameters. English and Japanese.
 *
 * Every reply text and log line quoted here was checked against the Postfix source (smtpd.c,
 * smtpd_check.c, smtp_sasl_glue.c, master_spawn.c, resolve.c, postscreen) and the Postfix 3.7 binaries.
 * Example addresses use the documentation ranges (192.0.2.0/24, 198.51.100.0/24, 203.0.113.0/24) and
 * example.* domains.
 */
import { Localized } from '../i18n/locale';

export interface RelayDoc {
  /** 2-5 sentences: how this setting takes part in the accept / relay / refuse decision. */
  role: Localized;
  /** 1-4 common mistakes, each one or two sentences. */
  mistakes: Localized[];
  /** What the administrator sees when it is wrong: an exact log line or SMTP reply. */
  symptom?: Localized;
  /** A minimal, correct and safe main.cf snippet (never an open relay). */
  example: string;
}

function t(en: string, ja: string): Localized {
  return { en, ja };
}

function lines(...text: string[]): string {
  return text.join('\n');
}

const RELAY_DENIED_454 =
  'NOQUEUE: reject: RCPT from unknown[203.0.113.5]: 454 4.7.1 <b@example.net>: Relay access denied; from=<a@example.org> to=<b@example.net> proto=ESMTP helo=<client.example.org>';
const RELAY_DENIED_554 =
  'NOQUEUE: reject: RCPT from unknown[203.0.113.5]: 554 5.7.1 <b@example.net>: Relay access denied; from=<a@example.org> to=<b@example.net> proto=ESMTP helo=<client.example.org>';
const NO_WORKING_INSTANCE =
  'fatal: in parameter smtpd_relay_restrictions or smtpd_recipient_restrictions, specify at least one working instance of: reject_unauth_destination, defer_unauth_destination, reject, defer, defer_if_permit or check_relay_domains';

const docs: Record<string, RelayDoc> = {
  // ---------------------------------------------------------------- who is trusted, what is "ours"
  mynetworks: {
    role: t(
      `Lists the client networks Postfix trusts. It matters wherever a restriction list says permit_mynetworks: with the default smtpd_relay_restrictions every client inside these networks may relay mail to any destination without logging in. Entries can be CIDR networks, IPv6 networks in square brackets such as [2001:db8::]/32, a /file/name holding more entries, or a type:table lookup. An explicit value replaces whatever mynetworks_style would compute, and the same list is the default exemption from the anvil rate limits (smtpd_client_event_limit_exceptions).`,
      `Postfix が信頼するクライアントのネットワークを列挙します。制限リストに permit_mynetworks がある箇所で効き、既定の smtpd_relay_restrictions では、このネットワーク内のクライアントは認証なしで任意の宛先へメールを中継できます。項目には CIDR 表記のネットワーク、[2001:db8::]/32 のように角括弧で囲んだ IPv6 ネットワーク、項目を並べた /file/name、type:table 形式の検索テーブルを書けます。明示的に設定すると mynetworks_style による自動計算は使われません。また、このリストは anvil によるレート制限の既定の除外対象 (smtpd_client_event_limit_exceptions) にもなります。`,
    ),
    mistakes: [
      t(
        `Putting 0.0.0.0/0 (or ::/0 for IPv6) in the list: combined with permit_mynetworks this trusts every host on the Internet and makes the server an open relay.`,
        `0.0.0.0/0 (IPv6 では ::/0) を書いてしまう: permit_mynetworks と組み合わさるとインターネット上の全ホストを信頼することになり、サーバーがオープンリレー (第三者中継を許す状態) になります。`,
      ),
      t(
        `Writing IPv6 networks without square brackets; they must look like [2001:db8::]/32 or [::1]/128.`,
        `IPv6 ネットワークを角括弧なしで書く: [2001:db8::]/32 や [::1]/128 のように必ず角括弧で囲みます。`,
      ),
      t(
        `Adding a whole provider network, a NAT gateway address or a shared Docker bridge: every machine behind it can then relay through you. Let such clients authenticate with SASL instead.`,
        `プロバイダーのネットワーク全体、NAT ゲートウェイのアドレス、共有の Docker ブリッジなどを追加する: その背後のすべてのマシンが中継できてしまいます。こうしたクライアントには SASL 認証を使わせてください。`,
      ),
    ],
    symptom: t(
      `A client that should be trusted but is not listed gets, with the default relay restrictions: ${RELAY_DENIED_454}`,
      `信頼すべきなのに一覧にないクライアントは、既定の中継制限では次のように一時拒否されます: ${RELAY_DENIED_454}`,
    ),
    example: lines('mynetworks = 127.0.0.0/8 [::1]/128 192.0.2.0/24'),
  },

  mynetworks_style: {
    role: t(
      `Decides how Postfix computes mynetworks when you have not set mynetworks yourself: host trusts only this machine's own addresses, subnet trusts every subnet the machine's interfaces are attached to, and class trusts the whole old class A/B/C network around them. The default is host from compatibility_level 2 and subnet below that. An explicit mynetworks setting overrides the style completely.`,
      `mynetworks を自分で設定していないときに、Postfix がそれをどう算出するかを決めます。host はこのマシン自身のアドレスだけ、subnet はインターフェースが接続しているサブネットすべて、class はその周囲の旧クラス A/B/C ネットワーク全体を信頼します。既定値は compatibility_level 2 以上で host、それ未満では subnet です。mynetworks を明示的に設定すると、この設定は完全に無視されます。`,
    ),
    mistakes: [
      t(
        `Raising compatibility_level to 2 or higher without setting mynetworks: the style silently changes from subnet to host, and LAN clients that used to relay now get "Relay access denied".`,
        `mynetworks を設定しないまま compatibility_level を 2 以上に上げる: 方式が subnet から host に黙って変わり、それまで中継できていた LAN のクライアントが "Relay access denied" を受けるようになります。`,
      ),
      t(
        `Using class: on a machine with a public address it can trust a network far larger than your own.`,
        `class を使う: グローバルアドレスを持つマシンでは、自分のネットワークよりはるかに大きな範囲を信頼してしまうことがあります。`,
      ),
      t(
        `Changing mynetworks_style while mynetworks is also set and expecting an effect; the explicit list wins.`,
        `mynetworks も設定しているのに mynetworks_style を変えて効果を期待する: 明示的なリストが優先されます。`,
      ),
    ],
    symptom: t(
      `While compatibility_level is below 2, Postfix logs when only the old default let a client in: using backwards-compatible default setting mynetworks_style=subnet to permit request from client "pc1.example.org[192.0.2.30]"`,
      `compatibility_level が 2 未満の間は、旧来の既定値のおかげで許可されたクライアントがあると次のログが出ます: using backwards-compatible default setting mynetworks_style=subnet to permit request from client "pc1.example.org[192.0.2.30]"`,
    ),
    example: lines('mynetworks_style = host'),
  },

  relay_domains: {
    role: t(
      `Names the remote domains this server accepts mail for and passes on elsewhere, typically as their backup MX or as a gateway in front of the real mail server. reject_unauth_destination and defer_unauth_destination let recipients in these domains through no matter which client sends them, and the mail is delivered with relay_transport. The default is empty from compatibility_level 2 ($mydestination below that). Entries may be domain names, a /file/name or type:table, and because relay_domains is in parent_domain_matches_subdomains by default, example.com also covers its subdomains.`,
      `このサーバーが受け取って別のサーバーへ転送するリモートドメインを指定します。典型的にはバックアップ MX や、実際のメールサーバーの前段にあるゲートウェイとして使います。reject_unauth_destination と defer_unauth_destination は、送ってきたクライアントが誰であってもこれらのドメイン宛ての受信者を通し、配送には relay_transport が使われます。既定値は compatibility_level 2 以上で空、それ未満では $mydestination です。項目にはドメイン名、/file/name、type:table を書け、relay_domains は既定で parent_domain_matches_subdomains に含まれるため、example.com はそのサブドメインにも一致します。`,
    ),
    mistakes: [
      t(
        `Listing a domain here that is also in mydestination, virtual_alias_domains or virtual_mailbox_domains: each domain belongs to exactly one address class.`,
        `mydestination、virtual_alias_domains、virtual_mailbox_domains にも載っているドメインをここに書く: 1 つのドメインは 1 つのアドレスクラスにだけ属するようにします。`,
      ),
      t(
        `Relaying for a domain without relay_recipient_maps: the server accepts mail for users that do not exist and later bounces it to forged senders (backscatter).`,
        `relay_recipient_maps なしでドメインを中継する: 存在しないユーザー宛てのメールまで受け取り、後で偽の送信者へバウンスを返すことになります (バックスキャッター)。`,
      ),
      t(
        `Expecting relay_domains to let your own users send to the Internet; it is about destinations, so outgoing users need mynetworks or SASL authentication.`,
        `relay_domains に追加すれば自分のユーザーがインターネットへ送信できると考える: これは宛先側の設定です。送信するユーザーには mynetworks か SASL 認証が必要です。`,
      ),
    ],
    symptom: t(
      `Mail for a relay domain that is missing from the list is refused (defer_unauth_destination): NOQUEUE: reject: RCPT from mx.sender.example[203.0.113.5]: 454 4.7.1 <info@example.net>: Relay access denied; from=<a@sender.example> to=<info@example.net> proto=ESMTP helo=<mx.sender.example>`,
      `一覧から漏れた中継ドメイン宛てのメールは拒否されます (defer_unauth_destination): NOQUEUE: reject: RCPT from mx.sender.example[203.0.113.5]: 454 4.7.1 <info@example.net>: Relay access denied; from=<a@sender.example> to=<info@example.net> proto=ESMTP helo=<mx.sender.example>`,
    ),
    example: lines('relay_domains = example.net', 'relay_recipient_maps = hash:/etc/postfix/relay_recipients'),
  },

  mydestination: {
    role: t(
      `Lists the domains this machine delivers locally (the local address class: Unix accounts and aliases, via local_transport). Recipients in these domains pass reject_unauth_destination, and they are checked against local_recipient_maps so that unknown users are refused at RCPT TO. The default is $myhostname, localhost.$mydomain, localhost.`,
      `このマシンがローカル配送するドメイン (local アドレスクラス: Unix アカウントとエイリアス、local_transport で配送) を列挙します。これらのドメイン宛ての受信者は reject_unauth_destination を通過し、local_recipient_maps と照合されるため、存在しないユーザーは RCPT TO の時点で拒否されます。既定値は $myhostname, localhost.$mydomain, localhost です。`,
    ),
    mistakes: [
      t(
        `Adding a hosted domain here as well as to virtual_alias_domains or virtual_mailbox_domains; Postfix warns "do not list domain example.com in BOTH mydestination and virtual_mailbox_domains" and the result is unreliable.`,
        `ホストしているドメインを virtual_alias_domains や virtual_mailbox_domains と同時にここにも書く: Postfix は "do not list domain example.com in BOTH mydestination and virtual_mailbox_domains" と警告し、結果は当てになりません。`,
      ),
      t(
        `Assuming example.com also covers subdomains: mydestination is not in parent_domain_matches_subdomains, so each name must be listed.`,
        `example.com と書けばサブドメインも含まれると考える: mydestination は parent_domain_matches_subdomains に含まれないため、名前を 1 つずつ列挙する必要があります。`,
      ),
      t(
        `Keeping a domain here after its mailboxes moved to another server: the mail is still delivered locally, where the users no longer exist.`,
        `メールボックスを別サーバーへ移した後もドメインをここに残す: メールは引き続きローカル配送され、ユーザーが存在しないため拒否されます。`,
      ),
    ],
    symptom: t(
      `NOQUEUE: reject: RCPT from mx.sender.example[203.0.113.5]: 550 5.1.1 <bob@example.com>: Recipient address rejected: User unknown in local recipient table; from=<a@sender.example> to=<bob@example.com> proto=ESMTP helo=<mx.sender.example>`,
      `NOQUEUE: reject: RCPT from mx.sender.example[203.0.113.5]: 550 5.1.1 <bob@example.com>: Recipient address rejected: User unknown in local recipient table; from=<a@sender.example> to=<bob@example.com> proto=ESMTP helo=<mx.sender.example>`,
    ),
    example: lines('mydestination = $myhostname, localhost.$mydomain, localhost, example.com'),
  },

  inet_interfaces: {
    role: t(
      `Selects the local IP addresses on which Postfix receives mail; all (the default) listens on every interface, loopback-only makes a send-only machine unreachable from outside. These addresses also count as "this machine": a recipient written as user@[address] with one of them is local and passes reject_unauth_destination. With a single non-loopback address, outgoing SMTP uses it as source address too. A change needs postfix stop and postfix start; a reload keeps the old sockets.`,
      `Postfix がメールを受け付けるローカル IP アドレスを選びます。all (既定値) はすべてのインターフェースで待ち受け、loopback-only は送信専用マシンを外部から到達不能にします。これらのアドレスは「このマシン自身」としても扱われ、user@[アドレス] の形でそのいずれかを宛先にした受信者はローカル扱いになり、reject_unauth_destination を通過します。ループバック以外のアドレスを 1 つだけ指定した場合は、送信時の SMTP の送信元アドレスにもなります。変更には postfix stop と postfix start が必要で、reload では古いソケットのままです。`,
    ),
    mistakes: [
      t(
        `Listing an address the machine does not have (a typo, or the public address that lives on a NAT router): Postfix refuses to start.`,
        `マシンが持っていないアドレス (打ち間違いや、NAT ルーター側にあるグローバルアドレス) を書く: Postfix が起動しません。`,
      ),
      t(
        `Expecting postfix reload to apply a change: master logs "service smtp: ignoring inet_interfaces change" and keeps the old addresses until Postfix is stopped and started.`,
        `postfix reload で変更が反映されると考える: master は "service smtp: ignoring inet_interfaces change" と記録し、停止して起動し直すまで古いアドレスのままです。`,
      ),
      t(
        `Putting the address of a NAT router or load balancer here instead of in proxy_interfaces.`,
        `NAT ルーターやロードバランサーのアドレスを proxy_interfaces ではなくここに書く。`,
      ),
    ],
    symptom: t(
      `fatal: parameter inet_interfaces: no local interface found for 192.0.2.10`,
      `fatal: parameter inet_interfaces: no local interface found for 192.0.2.10`,
    ),
    example: lines('# send-only host: accept SMTP from this machine only', 'inet_interfaces = loopback-only'),
  },

  proxy_interfaces: {
    role: t(
      `Lists addresses on which mail reaches this machine through a NAT router, proxy or load balancer, although they are not configured on a local interface. Postfix treats them like inet_interfaces when deciding whether a destination is itself: user@[address] becomes local, and the SMTP client recognizes an MX host with such an address as itself. Postfix does not listen on them; empty by default.`,
      `NAT ルーター、プロキシ、ロードバランサーを経由してこのマシンにメールが届くアドレスのうち、ローカルのインターフェースには設定されていないものを列挙します。宛先が自分自身かどうかを判断するとき、Postfix はこれらを inet_interfaces と同じように扱います。user@[アドレス] はローカル扱いとなり、SMTP クライアントはそのアドレスを持つ MX ホストを自分自身と認識します。これらのアドレスで待ち受けるわけではありません。既定値は空です。`,
    ),
    mistakes: [
      t(
        `Leaving it empty on a backup MX behind NAT: when the primary MX is unreachable, the backup may try to deliver to its own public address and the mail fails with a "loops back to myself" error.`,
        `NAT の内側にあるバックアップ MX で空のままにする: プライマリ MX に届かないとき、バックアップが自分自身のグローバルアドレスへ配送しようとして "loops back to myself" エラーになることがあります。`,
      ),
      t(
        `Listing addresses that belong to other hosts: mail for user@[those addresses] would wrongly be treated as local.`,
        `他のホストのアドレスを書く: そのアドレス宛ての user@[アドレス] が誤ってローカル扱いになります。`,
      ),
    ],
    symptom: t(
      `The delivery log shows: mail for example.com loops back to myself`,
      `配送ログに次のように出ます: mail for example.com loops back to myself`,
    ),
    example: lines('proxy_interfaces = 198.51.100.7'),
  },

  virtual_alias_domains: {
    role: t(
      `Lists domains that exist only as aliases: every address in them is rewritten by virtual_alias_maps to some other address, and nothing is delivered in the domain itself. Recipients in these domains pass reject_unauth_destination, and an address without a virtual_alias_maps entry is refused at RCPT TO. The default $virtual_alias_maps means a domain counts when the alias table has an entry whose key is the bare domain name.`,
      `エイリアスとしてだけ存在するドメインを列挙します。これらのドメインのアドレスはすべて virtual_alias_maps で別のアドレスに書き換えられ、そのドメイン自体には何も配送されません。これらのドメイン宛ての受信者は reject_unauth_destination を通過し、virtual_alias_maps にエントリのないアドレスは RCPT TO の時点で拒否されます。既定値の $virtual_alias_maps は、エイリアステーブルにドメイン名だけをキーにしたエントリがあれば、そのドメインを対象とするという意味です。`,
    ),
    mistakes: [
      t(
        `Also listing the domain in mydestination or virtual_mailbox_domains; Postfix warns "do not list domain ... in BOTH ..." and the outcome is unreliable.`,
        `同じドメインを mydestination や virtual_mailbox_domains にも書く: Postfix は "do not list domain ... in BOTH ..." と警告し、結果は当てになりません。`,
      ),
      t(
        `Relying on the default when the alias table holds only full addresses: the domain itself is never found, so senders get "Relay access denied". Set virtual_alias_domains explicitly.`,
        `エイリアステーブルに完全なアドレスしかないのに既定値に頼る: ドメイン名そのものが見つからないため、送信者は "Relay access denied" を受けます。virtual_alias_domains を明示的に設定してください。`,
      ),
    ],
    symptom: t(
      `NOQUEUE: reject: RCPT from mx.sender.example[203.0.113.5]: 550 5.1.1 <nobody@example.com>: Recipient address rejected: User unknown in virtual alias table; from=<a@sender.example> to=<nobody@example.com> proto=ESMTP helo=<mx.sender.example>`,
      `NOQUEUE: reject: RCPT from mx.sender.example[203.0.113.5]: 550 5.1.1 <nobody@example.com>: Recipient address rejected: User unknown in virtual alias table; from=<a@sender.example> to=<nobody@example.com> proto=ESMTP helo=<mx.sender.example>`,
    ),
    example: lines('virtual_alias_domains = example.com', 'virtual_alias_maps = hash:/etc/postfix/virtual'),
  },

  virtual_mailbox_domains: {
    role: t(
      `Lists domains whose mailboxes live on this machine without Unix accounts; mail for them goes to virtual_transport (the virtual delivery agent by default, or for example LMTP to Dovecot). Recipients in these domains pass reject_unauth_destination, and when virtual_mailbox_maps is set, addresses not listed there are refused at RCPT TO. The default is $virtual_mailbox_maps.`,
      `Unix アカウントを持たないメールボックスをこのマシンで管理するドメインを列挙します。これらのドメイン宛てのメールは virtual_transport (既定は virtual 配送エージェント、あるいは Dovecot への LMTP など) に渡されます。これらのドメイン宛ての受信者は reject_unauth_destination を通過し、virtual_mailbox_maps が設定されていれば、そこにないアドレスは RCPT TO の時点で拒否されます。既定値は $virtual_mailbox_maps です。`,
    ),
    mistakes: [
      t(
        `Also listing the domain in mydestination: it then counts as a local domain and virtual_transport is never used for it.`,
        `同じドメインを mydestination にも書く: ローカルドメイン扱いになり、virtual_transport は使われません。`,
      ),
      t(
        `Leaving virtual_mailbox_maps empty: Postfix cannot tell valid users from invalid ones and accepts mail for any address in the domain.`,
        `virtual_mailbox_maps を空のままにする: 有効なユーザーと無効なユーザーを区別できず、ドメイン内のどのアドレス宛てでも受け取ってしまいます。`,
      ),
    ],
    symptom: t(
      `NOQUEUE: reject: RCPT from mx.sender.example[203.0.113.5]: 550 5.1.1 <nobody@example.org>: Recipient address rejected: User unknown in virtual mailbox table; from=<a@sender.example> to=<nobody@example.org> proto=ESMTP helo=<mx.sender.example>`,
      `NOQUEUE: reject: RCPT from mx.sender.example[203.0.113.5]: 550 5.1.1 <nobody@example.org>: Recipient address rejected: User unknown in virtual mailbox table; from=<a@sender.example> to=<nobody@example.org> proto=ESMTP helo=<mx.sender.example>`,
    ),
    example: lines(
      'virtual_mailbox_domains = example.org',
      'virtual_mailbox_maps = hash:/etc/postfix/vmailbox',
      'virtual_transport = lmtp:unix:private/dovecot-lmtp',
    ),
  },

  // ---------------------------------------------------------------- restriction lists
  smtpd_relay_restrictions: {
    role: t(
      `The relay-control list. It is evaluated at RCPT TO for every recipient, together with smtpd_recipient_restrictions; which of the two runs first follows smtpd_relay_before_recipient_restrictions. The default from compatibility_level 1 is permit_mynetworks, permit_sasl_authenticated, defer_unauth_destination: trusted networks and logged-in users may send anywhere, everyone else only to domains this server handles. A permit here does not skip smtpd_recipient_restrictions, while a reject in either list ends the evaluation. defer_unauth_destination answers 454 4.7.1 <recipient>: Relay access denied (relay_domains_reject_code minus 100); reject_unauth_destination answers 554 5.7.1.`,
      `中継制御のためのリストです。smtpd_recipient_restrictions とともに、受信者ごとに RCPT TO の時点で評価されます。どちらを先に評価するかは smtpd_relay_before_recipient_restrictions で決まります。compatibility_level 1 以上での既定値は permit_mynetworks, permit_sasl_authenticated, defer_unauth_destination で、信頼するネットワークと認証済みユーザーはどこへでも送信でき、それ以外はこのサーバーが扱うドメイン宛てにしか送れません。ここで permit になっても smtpd_recipient_restrictions は省略されず、どちらかのリストで reject になった時点で評価が終わります。defer_unauth_destination は 454 4.7.1 <受信者>: Relay access denied (relay_domains_reject_code から 100 を引いた値)、reject_unauth_destination は 554 5.7.1 で応答します。`,
    ),
    mistakes: [
      t(
        `Leaving neither reject_unauth_destination nor defer_unauth_destination (nor reject, defer or defer_if_permit) in this list or in smtpd_recipient_restrictions: smtpd refuses to start.`,
        `このリストにも smtpd_recipient_restrictions にも reject_unauth_destination や defer_unauth_destination (あるいは reject、defer、defer_if_permit) を置かない: smtpd が起動を拒否します。`,
      ),
      t(
        `Placing a bare permit, or a check_client_access table whose entries return OK for broad networks, before the relay check: every matching client may then relay anywhere.`,
        `中継チェックより前に、単独の permit や、広いネットワークに OK を返す check_client_access テーブルを置く: 一致したクライアントはすべて任意の宛先へ中継できてしまいます。`,
      ),
      t(
        `Relying on permit_sasl_authenticated while smtpd_sasl_auth_enable is no: the restriction then matches nobody, and users get "Relay access denied".`,
        `smtpd_sasl_auth_enable が no のまま permit_sasl_authenticated に頼る: この制限は誰にも一致せず、ユーザーは "Relay access denied" を受けます。`,
      ),
      t(
        `Switching to reject_unauth_destination while still adjusting relay_domains or mynetworks: a mistake then bounces legitimate mail at once, whereas defer_unauth_destination lets senders retry.`,
        `relay_domains や mynetworks を調整している最中に reject_unauth_destination へ切り替える: 設定ミスで正当なメールが即座に差し戻されます。defer_unauth_destination なら送信側が再送してくれます。`,
      ),
    ],
    symptom: t(
      `Refused relay attempt: ${RELAY_DENIED_454}. If no working relay check exists at all, smtpd exits: ${NO_WORKING_INSTANCE}`,
      `中継を拒否したとき: ${RELAY_DENIED_454}。有効な中継チェックがまったくない場合、smtpd は次のエラーで終了します: ${NO_WORKING_INSTANCE}`,
    ),
    example: lines(
      'smtpd_relay_restrictions = permit_mynetworks,',
      '    permit_sasl_authenticated,',
      '    defer_unauth_destination',
    ),
  },

  smtpd_recipient_restrictions: {
    role: t(
      `The recipient-policy list, evaluated at RCPT TO for each recipient alongside smtpd_relay_restrictions. Since relay control moved to smtpd_relay_restrictions (Postfix 2.10), this list is the place for spam and policy checks such as reject_unknown_recipient_domain, reject_unlisted_recipient, check_recipient_access, check_policy_service or reject_rbl_client. It is empty by default. A permit here never cancels a reject from the relay list, and a reject here stops evaluation.`,
      `受信者ポリシーのためのリストで、smtpd_relay_restrictions と並んで受信者ごとに RCPT TO の時点で評価されます。中継制御が smtpd_relay_restrictions に移って以降 (Postfix 2.10)、このリストには reject_unknown_recipient_domain、reject_unlisted_recipient、check_recipient_access、check_policy_service、reject_rbl_client などのスパム対策やポリシーのチェックを置きます。既定値は空です。ここで permit になっても中継リストの reject は取り消されず、ここで reject になれば評価はそこで終わります。`,
    ),
    mistakes: [
      t(
        `Believing that an OK or permit_mynetworks here exempts a client from the relay list (or the other way round): both lists always run, and only a reject stops evaluation.`,
        `ここでの OK や permit_mynetworks によって中継リストが免除される (あるいはその逆) と考える: 両方のリストが必ず評価され、評価を止めるのは reject だけです。`,
      ),
      t(
        `Putting blocklist checks such as reject_rbl_client before permit_sasl_authenticated: your own users on dynamic addresses are then rejected.`,
        `reject_rbl_client などのブロックリストのチェックを permit_sasl_authenticated より前に置く: 動的アドレスから接続する自分のユーザーが拒否されます。`,
      ),
      t(
        `In a pre-2.10 style setup, removing reject_unauth_destination from this list while smtpd_relay_restrictions is empty: smtpd stops with the "specify at least one working instance" error, or a stray permit turns it into an open relay.`,
        `2.10 より前の書き方の設定で、smtpd_relay_restrictions が空なのにこのリストから reject_unauth_destination を外す: smtpd が "specify at least one working instance" エラーで停止するか、紛れ込んだ permit によってオープンリレーになります。`,
      ),
    ],
    example: lines(
      'smtpd_recipient_restrictions = permit_mynetworks,',
      '    permit_sasl_authenticated,',
      '    reject_unknown_recipient_domain,',
      '    reject_rbl_client zen.spamhaus.org',
    ),
  },

  smtpd_client_restrictions: {
    role: t(
      `Restrictions on the connecting client's IP address and hostname (check_client_access, reject_rbl_client, reject_unknown_reverse_client_hostname ...). With smtpd_delay_reject = yes (the default) they are not applied at connect time but when the client sends RCPT TO, so the log shows sender and recipient and the client can authenticate first. An OK here only ends this list; the relay and recipient lists still run. Empty by default.`,
      `接続してきたクライアントの IP アドレスとホスト名に対する制限です (check_client_access、reject_rbl_client、reject_unknown_reverse_client_hostname など)。smtpd_delay_reject = yes (既定値) のときは接続時ではなくクライアントが RCPT TO を送った時点で適用されるため、ログに送信者と受信者が記録され、クライアントは先に認証を済ませられます。ここで OK になってもこのリストが終わるだけで、中継リストと受信者リストは引き続き評価されます。既定値は空です。`,
    ),
    mistakes: [
      t(
        `Writing permit_mynetworks, reject here to "control who may connect": it rejects every other client, including the servers that deliver your inbound mail.`,
        `「接続できる相手を制御する」つもりで permit_mynetworks, reject と書く: それ以外のすべてのクライアント、つまり受信メールを届けてくる外部サーバーまで拒否します。`,
      ),
      t(
        `Using reject_unknown_client_hostname on a public MX: many legitimate servers have incomplete reverse DNS; reject_unknown_reverse_client_hostname is less strict.`,
        `公開 MX で reject_unknown_client_hostname を使う: 逆引き DNS が不完全な正当なサーバーは多くあります。reject_unknown_reverse_client_hostname の方が緩やかです。`,
      ),
      t(
        `Setting smtpd_delay_reject = no and then using sender or recipient checks here: at connect time that information does not exist yet, so those checks silently do nothing.`,
        `smtpd_delay_reject = no にしたうえで、ここに送信者や受信者のチェックを書く: 接続時点ではその情報がまだないため、それらのチェックは何もせずに素通りします。`,
      ),
    ],
    example: lines(
      'smtpd_client_restrictions = permit_mynetworks,',
      '    check_client_access hash:/etc/postfix/client_access,',
      '    reject_unknown_reverse_client_hostname',
    ),
  },

  smtpd_helo_restrictions: {
    role: t(
      `Checks on the hostname the client sends with HELO or EHLO (reject_invalid_helo_hostname, reject_non_fqdn_helo_hostname, check_helo_access ...). With smtpd_delay_reject = yes they run at RCPT TO. A client that never sends HELO/EHLO skips these checks unless smtpd_helo_required = yes. Empty by default.`,
      `クライアントが HELO または EHLO で名乗るホスト名に対するチェックです (reject_invalid_helo_hostname、reject_non_fqdn_helo_hostname、check_helo_access など)。smtpd_delay_reject = yes のときは RCPT TO の時点で実行されます。HELO/EHLO を送らないクライアントは、smtpd_helo_required = yes でない限りこれらのチェックを受けません。既定値は空です。`,
    ),
    mistakes: [
      t(
        `Applying strict HELO checks to everyone, including your own users' mail programs, which often send a bare computer name; put permit_mynetworks and permit_sasl_authenticated first.`,
        `自分のユーザーのメールソフトも含めて全員に厳しい HELO チェックをかける: メールソフトはドメインなしのコンピューター名を送ることがよくあります。permit_mynetworks と permit_sasl_authenticated を先に置いてください。`,
      ),
      t(
        `Forgetting smtpd_helo_required = yes, so a client avoids the checks simply by not sending HELO.`,
        `smtpd_helo_required = yes を忘れる: HELO を送らないだけでチェックを回避されてしまいます。`,
      ),
    ],
    symptom: t(
      `NOQUEUE: reject: RCPT from unknown[203.0.113.5]: 504 5.5.2 <pc01>: Helo command rejected: need fully-qualified hostname; from=<a@example.org> to=<b@example.com> proto=ESMTP helo=<pc01>`,
      `NOQUEUE: reject: RCPT from unknown[203.0.113.5]: 504 5.5.2 <pc01>: Helo command rejected: need fully-qualified hostname; from=<a@example.org> to=<b@example.com> proto=ESMTP helo=<pc01>`,
    ),
    example: lines(
      'smtpd_helo_required = yes',
      'smtpd_helo_restrictions = permit_mynetworks,',
      '    permit_sasl_authenticated,',
      '    reject_invalid_helo_hostname,',
      '    reject_non_fqdn_helo_hostname',
    ),
  },

  smtpd_sender_restrictions: {
    role: t(
      `Checks on the envelope sender given in MAIL FROM (reject_non_fqdn_sender, reject_unknown_sender_domain, check_sender_access, reject_sender_login_mismatch ...). With smtpd_delay_reject = yes they run at RCPT TO, once per recipient. The sender address is chosen by the client, so a result from this list must never be what grants relaying. Empty by default.`,
      `MAIL FROM で指定されたエンベロープ送信者に対するチェックです (reject_non_fqdn_sender、reject_unknown_sender_domain、check_sender_access、reject_sender_login_mismatch など)。smtpd_delay_reject = yes のときは RCPT TO の時点で受信者ごとに実行されます。送信者アドレスはクライアントが自由に決められるので、このリストの結果を中継許可の根拠にしてはいけません。既定値は空です。`,
    ),
    mistakes: [
      t(
        `Giving your own domain OK in check_sender_access: spammers forge exactly that sender, and the OK skips every later check in this list.`,
        `check_sender_access で自ドメインに OK を返す: スパム送信者はまさにその送信者を詐称します。しかも OK によってこのリストの以降のチェックがすべて省略されます。`,
      ),
      t(
        `Rejecting the null sender <>: it is used for bounces and delivery notifications, which must be accepted.`,
        `空の送信者 <> を拒否する: バウンスや配送通知に使われるもので、受け付ける必要があります。`,
      ),
    ],
    symptom: t(
      `NOQUEUE: reject: RCPT from mail.example.org[192.0.2.5]: 450 4.1.8 <a@no-such-domain.example>: Sender address rejected: Domain not found; from=<a@no-such-domain.example> to=<b@example.com> proto=ESMTP helo=<mail.example.org>`,
      `NOQUEUE: reject: RCPT from mail.example.org[192.0.2.5]: 450 4.1.8 <a@no-such-domain.example>: Sender address rejected: Domain not found; from=<a@no-such-domain.example> to=<b@example.com> proto=ESMTP helo=<mail.example.org>`,
    ),
    example: lines('smtpd_sender_restrictions = reject_non_fqdn_sender,', '    reject_unknown_sender_domain'),
  },

  smtpd_relay_before_recipient_restrictions: {
    role: t(
      `Sets the order of the two RCPT TO lists: yes evaluates smtpd_relay_restrictions first, no evaluates smtpd_recipient_restrictions first. The default is yes from compatibility_level 3.6 and no below it. Both lists still run for every recipient, a permit in one never skips the other, and a reject in either stops evaluation; with yes, relay attempts are refused before costly recipient checks such as policy services or DNS lookups run.`,
      `RCPT TO で評価する 2 つのリストの順序を決めます。yes なら smtpd_relay_restrictions、no なら smtpd_recipient_restrictions が先です。既定値は compatibility_level 3.6 以上で yes、それ未満では no です。どちらの場合も両方のリストが受信者ごとに評価され、一方の permit で他方が省略されることはなく、どちらかで reject になれば評価は終わります。yes にすると、ポリシーサービスや DNS 検索のような負荷の高い受信者チェックの前に中継の試みを拒否できます。`,
    ),
    mistakes: [
      t(
        `Thinking that no lets a permit in smtpd_recipient_restrictions bypass relay control; it does not.`,
        `no にすれば smtpd_recipient_restrictions の permit で中継制御を迂回できると考える: 迂回はできません。`,
      ),
      t(
        `Expecting the order to fix a relay problem: it changes which reason is reported first, not whether relaying is allowed.`,
        `順序を変えれば中継の問題が直ると期待する: 変わるのは先に報告される拒否理由であり、中継が許可されるかどうかではありません。`,
      ),
    ],
    symptom: t(
      `Below level 3.6 Postfix notes when the order mattered: using backwards-compatible default setting smtpd_relay_before_recipient_restrictions=no to reject recipient "b@example.net" from client "unknown[203.0.113.5]"`,
      `レベル 3.6 未満では、順序が結果に影響したときに次のログが出ます: using backwards-compatible default setting smtpd_relay_before_recipient_restrictions=no to reject recipient "b@example.net" from client "unknown[203.0.113.5]"`,
    ),
    example: lines('smtpd_relay_before_recipient_restrictions = yes'),
  },

  smtpd_delay_reject: {
    role: t(
      `With yes (the default) smtpd postpones smtpd_client_restrictions, smtpd_helo_restrictions and smtpd_sender_restrictions until the client sends RCPT TO, and evaluates them there, per recipient, before the relay and recipient lists. This lets clients authenticate before their client checks run, puts sender and recipient into every rejection log line, and avoids clients that misbehave when refused at connect or HELO time. With no, each list runs at its own SMTP stage.`,
      `yes (既定値) のとき、smtpd は smtpd_client_restrictions、smtpd_helo_restrictions、smtpd_sender_restrictions をクライアントが RCPT TO を送るまで遅らせ、その時点で受信者ごとに、中継リストと受信者リストより前に評価します。これにより、クライアントはクライアントチェックの前に認証でき、拒否のログには必ず送信者と受信者が記録され、接続時や HELO 時の拒否でおかしな動作をするクライアントの問題も避けられます。no にすると、各リストはそれぞれの SMTP 段階で実行されます。`,
    ),
    mistakes: [
      t(
        `Setting it to no while the client or HELO lists use sender or recipient checks (check_sender_access, reject_unauth_destination ...): that data does not exist yet at that stage, so the checks are silently skipped.`,
        `クライアントリストや HELO リストで送信者・受信者のチェック (check_sender_access、reject_unauth_destination など) を使っているのに no にする: その段階ではまだデータがないため、チェックは黙って飛ばされます。`,
      ),
      t(
        `Setting it to no to "reject bad clients earlier": a connect-time rejection does not disconnect; smtpd answers every later command with 503 until QUIT, and permit_sasl_authenticated in the client list can no longer help roaming users.`,
        `「悪いクライアントを早く拒否する」ために no にする: 接続時に拒否しても切断はされず、smtpd は QUIT まで以降のすべてのコマンドに 503 を返します。また、クライアントリストの permit_sasl_authenticated が外出先のユーザーを救えなくなります。`,
      ),
    ],
    symptom: t(
      `Only with smtpd_delay_reject = no, after a connect-time rejection: 503 5.7.0 Error: access denied for unknown[203.0.113.5]`,
      `smtpd_delay_reject = no で接続時に拒否された場合のみ: 503 5.7.0 Error: access denied for unknown[203.0.113.5]`,
    ),
    example: lines('smtpd_delay_reject = yes'),
  },

  smtpd_restriction_classes: {
    role: t(
      `Declares names for reusable restriction lists; each name is then defined as its own parameter in main.cf. A class can appear in any restriction list or, more usefully, as the result of an access table, so that different recipients or senders get different policies. smtpd follows classes when it checks at start-up that relay control exists.`,
      `再利用できる制限リストに名前を付けて宣言します。各名前はその後 main.cf で独立したパラメータとして定義します。クラスはどの制限リストにも書けますが、特にアクセステーブルの結果として使うと、受信者や送信者ごとに異なるポリシーを適用できて便利です。smtpd は起動時に中継制御の有無を確認する際、クラスの中身もたどります。`,
    ),
    mistakes: [
      t(
        `Defining the class parameter but not listing its name here: postconf reports it as an unused parameter, and an access table result naming it fails as an unknown restriction.`,
        `クラスのパラメータを定義したのに、名前をここに書き忘れる: postconf は未使用パラメータとして報告し、その名前を返すアクセステーブルの結果は未知の制限として失敗します。`,
      ),
      t(
        `Listing a name here without defining it: smtpd exits with a fatal "restriction class ... needs a definition" error.`,
        `ここに名前を書いたのに定義しない: smtpd は "restriction class ... needs a definition" という致命的エラーで終了します。`,
      ),
    ],
    symptom: t(
      `warning: unknown smtpd restriction: "insiders_only", and the client gets 451 4.3.5 Server configuration error`,
      `warning: unknown smtpd restriction: "insiders_only" が記録され、クライアントには 451 4.3.5 Server configuration error が返ります`,
    ),
    example: lines(
      'smtpd_restriction_classes = insiders_only',
      'insiders_only = check_sender_access hash:/etc/postfix/insiders, reject',
      'smtpd_recipient_restrictions = check_recipient_access hash:/etc/postfix/protected_destinations',
    ),
  },

  relay_domains_reject_code: {
    role: t(
      `The SMTP reply code that reject_unauth_destination sends when a recipient is neither local, virtual nor in relay_domains and no earlier restriction let the client through. The default 554 produces 554 5.7.1 <recipient>: Relay access denied. defer_unauth_destination uses this value minus 100, which is why it answers 454 4.7.1 by default.`,
      `受信者がローカルでも仮想ドメインでも relay_domains でもなく、それ以前の制限でクライアントが許可されなかったときに、reject_unauth_destination が返す SMTP 応答コードです。既定値 554 では 554 5.7.1 <受信者>: Relay access denied となります。defer_unauth_destination はこの値から 100 を引いた値を使うため、既定では 454 4.7.1 で応答します。`,
    ),
    mistakes: [
      t(
        `Lowering it to a 4xx code: reject_unauth_destination then only defers, and defer_unauth_destination (value minus 100) would produce an invalid 3xx code, which smtpd reports as a configuration error.`,
        `4xx のコードに下げる: reject_unauth_destination は一時拒否しかしなくなり、defer_unauth_destination (値から 100 を引く) は不正な 3xx コードになって、smtpd は設定エラーとして扱います。`,
      ),
      t(
        `Leaving soft_bounce = yes after testing: it turns the 554 into 454 so that refused relay attempts keep coming back.`,
        `テスト後も soft_bounce = yes のままにする: 554 が 454 に変わり、拒否した中継の試みが繰り返し再送されてきます。`,
      ),
    ],
    symptom: t(RELAY_DENIED_554, RELAY_DENIED_554),
    example: lines('relay_domains_reject_code = 554'),
  },

  allow_untrusted_routing: {
    role: t(
      `Controls whether recipients that carry their own routing (user@host@example.com, user%host@example.com, host!user@example.com) count as authorized destinations. With no (the default) reject_unauth_destination and defer_unauth_destination do not let such recipients through, even when the last domain is one you relay for. This keeps outsiders from using your backup MX or gateway to reach third parties through your other servers.`,
      `独自の経路指定を含む受信者 (user@host@example.com、user%host@example.com、host!user@example.com) を、許可された宛先とみなすかどうかを決めます。no (既定値) のとき、reject_unauth_destination と defer_unauth_destination は、最後のドメインが中継対象であってもこうした受信者を通しません。これにより、外部の人がバックアップ MX やゲートウェイを経由して、あなたの他のサーバー越しに第三者へメールを送ることを防ぎます。`,
    ),
    mistakes: [
      t(
        `Setting it to yes on a backup MX or gateway: senders can then route mail through you to any host your downstream server will relay for.`,
        `バックアップ MX やゲートウェイで yes にする: 送信者はあなたのサーバーを経由して、下流のサーバーが中継するあらゆるホストへメールを送れるようになります。`,
      ),
    ],
    example: lines('allow_untrusted_routing = no'),
  },

  parent_domain_matches_subdomains: {
    role: t(
      `Names the features in which a plain domain such as example.com also matches all its subdomains. The default list is debug_peer_list, fast_flush_domains, mynetworks, permit_mx_backup_networks, qmqpd_authorized_clients, relay_domains and smtpd_access_maps. For a feature removed from the list, example.com matches only itself and subdomains need a separate .example.com entry. For relay decisions it matters through relay_domains and through check_*_access tables (smtpd_access_maps).`,
      `example.com のような単純なドメイン名が、そのサブドメインすべてにも一致する機能を列挙します。既定のリストは debug_peer_list, fast_flush_domains, mynetworks, permit_mx_backup_networks, qmqpd_authorized_clients, relay_domains, smtpd_access_maps です。リストから外した機能では、example.com はそれ自身にだけ一致し、サブドメインには別途 .example.com の項目が必要です。中継の判断では、relay_domains と check_*_access テーブル (smtpd_access_maps) を通じて影響します。`,
    ),
    mistakes: [
      t(
        `Assuming relay_domains = example.com relays only that exact domain: by default it also accepts mail for any.host.example.com.`,
        `relay_domains = example.com ならそのドメインだけを中継すると考える: 既定では any.host.example.com 宛てのメールも受け取ります。`,
      ),
      t(
        `Assuming the same rule applies to mydestination, virtual_alias_domains or virtual_mailbox_domains: they are not in the list, so every name must be listed there.`,
        `同じ規則が mydestination、virtual_alias_domains、virtual_mailbox_domains にも当てはまると考える: これらはリストに含まれないため、名前をすべて列挙する必要があります。`,
      ),
      t(
        `Removing relay_domains from the list without adding .example.com entries for subdomains that must still be relayed.`,
        `リストから relay_domains を外したのに、引き続き中継すべきサブドメインの .example.com 項目を追加しない。`,
      ),
    ],
    example: lines(
      '# relay_domains no longer matches subdomains: list them with a leading dot',
      'parent_domain_matches_subdomains = debug_peer_list, fast_flush_domains, mynetworks,',
      '    permit_mx_backup_networks, qmqpd_authorized_clients, smtpd_access_maps',
      'relay_domains = example.net, .example.net',
    ),
  },

  permit_mx_backup_networks: {
    role: t(
      `Restricts the permit_mx_backup restriction: when set, this server acts as backup MX for a domain only if all of that domain's primary MX hosts have addresses in these networks. It has no effect unless permit_mx_backup appears in a restriction list before reject_unauth_destination or defer_unauth_destination, which themselves ignore it. Postfix 3.9 and later warn that permit_mx_backup will be removed; listing backup domains in relay_domains is the supported way.`,
      `permit_mx_backup 制限に条件を付けます。設定すると、ドメインのプライマリ MX ホストのアドレスがすべてこのネットワーク内にある場合に限り、このサーバーがそのドメインのバックアップ MX として振る舞います。permit_mx_backup が制限リストの reject_unauth_destination や defer_unauth_destination より前にない限り効果はなく、この 2 つ自体はこの設定を見ません。Postfix 3.9 以降は permit_mx_backup が将来削除されると警告します。バックアップ対象のドメインは relay_domains に列挙するのが推奨される方法です。`,
    ),
    mistakes: [
      t(
        `Using permit_mx_backup without this setting: anyone can publish an MX record naming your server and have you accept mail for their domain.`,
        `この設定なしで permit_mx_backup を使う: 誰でもあなたのサーバーを指す MX レコードを公開するだけで、そのドメイン宛てのメールを受け取らせることができます。`,
      ),
      t(
        `Expecting this setting alone to make the server a backup MX: nothing changes without permit_mx_backup in a restriction list.`,
        `この設定だけでバックアップ MX になると考える: 制限リストに permit_mx_backup がなければ何も変わりません。`,
      ),
    ],
    example: lines(
      '# Postfix before 3.9; newer versions: list the domains in relay_domains',
      'smtpd_relay_restrictions = permit_mynetworks,',
      '    permit_sasl_authenticated,',
      '    permit_mx_backup,',
      '    defer_unauth_destination',
      'permit_mx_backup_networks = 192.0.2.0/24',
    ),
  },

  relay_recipient_maps: {
    role: t(
      `Lookup tables with the valid recipient addresses in relay_domains. When set, smtpd refuses unknown recipients of those domains at RCPT TO instead of accepting mail it cannot deliver and bouncing it later. Keys are full addresses such as user@example.net, or @example.net to accept a whole domain; the value is not used. Empty by default, which accepts every address in a relay domain.`,
      `relay_domains 内の有効な受信者アドレスを載せた検索テーブルです。設定すると、smtpd はそれらのドメインの存在しない受信者を RCPT TO の時点で拒否し、配送できないメールを受け取って後でバウンスすることを防ぎます。キーは user@example.net のような完全なアドレスで、ドメイン全体を受け付けるなら @example.net と書きます。値は使われません。既定値は空で、その場合は中継ドメインのどのアドレスでも受け付けます。`,
    ),
    mistakes: [
      t(
        `Leaving it empty on a backup MX or gateway, which then accepts spam to random addresses and bounces it to forged senders (backscatter).`,
        `バックアップ MX やゲートウェイで空のままにする: でたらめなアドレス宛てのスパムを受け取り、偽の送信者へバウンスすることになります (バックスキャッター)。`,
      ),
      t(
        `Editing a hash: or lmdb: table without running postmap: smtpd keeps using the old database file.`,
        `hash: や lmdb: のテーブルを編集して postmap を実行しない: smtpd は古いデータベースファイルを使い続けます。`,
      ),
    ],
    symptom: t(
      `NOQUEUE: reject: RCPT from mx.sender.example[203.0.113.5]: 550 5.1.1 <nobody@example.net>: Recipient address rejected: User unknown in relay recipient table; from=<a@sender.example> to=<nobody@example.net> proto=ESMTP helo=<mx.sender.example>`,
      `NOQUEUE: reject: RCPT from mx.sender.example[203.0.113.5]: 550 5.1.1 <nobody@example.net>: Recipient address rejected: User unknown in relay recipient table; from=<a@sender.example> to=<nobody@example.net> proto=ESMTP helo=<mx.sender.example>`,
    ),
    example: lines('relay_domains = example.net', 'relay_recipient_maps = hash:/etc/postfix/relay_recipients'),
  },

  // ---------------------------------------------------------------- where accepted mail goes
  relay_transport: {
    role: t(
      `The delivery transport, and optionally the next hop, for recipients in relay_domains; the default relay is a copy of the smtp client defined in master.cf. It does not decide whether mail is accepted, only where accepted relay mail goes. An explicit next hop, as in relay:[mailhost.example.net], takes precedence over relayhost, and transport_maps overrides both.`,
      `relay_domains 宛ての受信者に使う配送トランスポートと、必要ならネクストホップを指定します。既定値の relay は、master.cf に定義された smtp クライアントの複製です。メールを受け付けるかどうかには関係せず、受け付けた中継メールをどこへ送るかだけを決めます。relay:[mailhost.example.net] のように明示したネクストホップは relayhost より優先され、transport_maps はその両方より優先されます。`,
    ),
    mistakes: [
      t(
        `Removing or renaming the relay service in master.cf: mail for relay domains then stays in the queue with "mail transport unavailable".`,
        `master.cf の relay サービスを削除したり名前を変えたりする: 中継ドメイン宛てのメールが "mail transport unavailable" のままキューに滞留します。`,
      ),
      t(
        `Expecting it to change delivery of other Internet mail: that uses default_transport (smtp).`,
        `他のインターネット宛てメールの配送も変わると考える: そちらは default_transport (smtp) が使われます。`,
      ),
    ],
    symptom: t(
      `warning: connect to transport private/relay: No such file or directory (the mail is deferred with "mail transport unavailable")`,
      `warning: connect to transport private/relay: No such file or directory (メールは "mail transport unavailable" として保留されます)`,
    ),
    example: lines('relay_domains = example.net', 'relay_transport = relay:[mailhost.example.net]'),
  },

  relayhost: {
    role: t(
      `Sends all mail for non-local destinations (the default_transport and relay_domains classes) to this next hop instead of the recipient domain's MX hosts. It plays no part in what smtpd accepts; it only changes where accepted outgoing mail goes. Write the host in square brackets, like [smtp.example.net]:587, to connect to that host directly without an MX lookup. A next hop from transport_maps, sender_dependent_relayhost_maps or an explicit transport:nexthop in relay_transport or default_transport takes precedence.`,
      `ローカル以外の宛先 (default_transport と relay_domains のアドレスクラス) へのメールをすべて、受信者ドメインの MX ホストではなくこのネクストホップへ送ります。smtpd が何を受け付けるかには関係せず、受け付けた送信メールの行き先だけを変えます。[smtp.example.net]:587 のようにホスト名を角括弧で囲むと、MX を検索せずにそのホストへ直接接続します。transport_maps や sender_dependent_relayhost_maps のネクストホップ、relay_transport や default_transport に明示した transport:nexthop の方が優先されます。`,
    ),
    mistakes: [
      t(
        `Omitting the brackets: relayhost = smtp.example.net makes Postfix look up MX records for that name, which may point to a different (inbound) server.`,
        `角括弧を付けない: relayhost = smtp.example.net だとその名前の MX レコードを検索するため、別の (受信用の) サーバーへ送ってしまうことがあります。`,
      ),
      t(
        `Using port 465 without smtp_tls_wrappermode = yes and smtp_tls_security_level = encrypt: the connection stalls until it times out.`,
        `smtp_tls_wrappermode = yes と smtp_tls_security_level = encrypt なしでポート 465 を使う: 接続がタイムアウトするまで止まります。`,
      ),
      t(
        `Storing the login in smtp_sasl_password_maps under a key that differs from this value, brackets and port included: Postfix then does not authenticate at all.`,
        `smtp_sasl_password_maps のキーが、角括弧やポートを含めてこの値と一致しない: Postfix は認証をまったく行いません。`,
      ),
    ],
    example: lines(
      'relayhost = [smtp.example.net]:587',
      'smtp_sasl_auth_enable = yes',
      'smtp_sasl_password_maps = hash:/etc/postfix/sasl_passwd',
      'smtp_sasl_security_options = noanonymous',
      'smtp_tls_security_level = encrypt',
    ),
  },

  sender_dependent_relayhost_maps: {
    role: t(
      `Chooses the next hop by envelope sender: the table is searched for the full sender address, then for @domain, and a match replaces relayhost for that message. Like relayhost it changes routing only, not what smtpd accepts; transport_maps and an explicit next hop in default_transport or relay_transport still win. Mail with the null sender (bounces) is looked up with the key <> (empty_address_relayhost_maps_lookup_key).`,
      `エンベロープ送信者に応じてネクストホップを選びます。テーブルはまず送信者の完全なアドレスで、次に @ドメイン で検索され、一致するとそのメールについては relayhost の代わりに使われます。relayhost と同様に経路を変えるだけで、smtpd が何を受け付けるかには関係しません。transport_maps や、default_transport・relay_transport に明示したネクストホップの方が優先されます。空の送信者 (バウンス) のメールは <> というキー (empty_address_relayhost_maps_lookup_key) で検索されます。`,
    ),
    mistakes: [
      t(
        `Expecting per-sender passwords without smtp_sender_dependent_authentication = yes: without it smtp_sasl_password_maps is searched by server name only.`,
        `smtp_sender_dependent_authentication = yes なしで送信者ごとのパスワードが使われると考える: この設定がなければ smtp_sasl_password_maps はサーバー名でしか検索されません。`,
      ),
      t(
        `Forgetting bounces: they have the null sender, match no address entry and leave through relayhost unless the table has a <> entry.`,
        `バウンスを忘れる: バウンスは送信者が空なのでアドレスの項目には一致せず、テーブルに <> の項目がなければ relayhost 経由で送られます。`,
      ),
    ],
    example: lines(
      'sender_dependent_relayhost_maps = hash:/etc/postfix/sender_relay',
      'smtp_sender_dependent_authentication = yes',
      'smtp_sasl_auth_enable = yes',
      'smtp_sasl_password_maps = hash:/etc/postfix/sasl_passwd',
      'smtp_tls_security_level = encrypt',
    ),
  },

  transport_maps: {
    role: t(
      `Lookup tables that override transport and next hop per recipient address or domain (for example example.com  smtp:[10.0.0.5]:25). They affect delivery only: listing a domain here does not make smtpd accept mail for it, which still requires mydestination, a virtual domain list or relay_domains. A transport_maps result takes precedence over relayhost, relay_transport and default_transport.`,
      `受信者のアドレスやドメインごとに、トランスポートとネクストホップを上書きする検索テーブルです (例: example.com  smtp:[10.0.0.5]:25)。影響するのは配送だけで、ここにドメインを書いても smtpd がそのドメイン宛てのメールを受け付けるようにはなりません。受け付けるには mydestination、仮想ドメインのリスト、relay_domains のいずれかが必要です。transport_maps の結果は relayhost、relay_transport、default_transport より優先されます。`,
    ),
    mistakes: [
      t(
        `Adding a domain here and expecting Postfix to accept mail for it: without relay_domains, senders get "Relay access denied".`,
        `ここにドメインを追加すればメールを受け付けると考える: relay_domains がなければ送信者は "Relay access denied" を受けます。`,
      ),
      t(
        `Expecting example.com to match sub.example.com: transport_maps is not in parent_domain_matches_subdomains by default, so add a separate .example.com entry.`,
        `example.com が sub.example.com にも一致すると考える: transport_maps は既定では parent_domain_matches_subdomains に含まれないため、.example.com の項目を別に追加します。`,
      ),
      t(
        `Leaving the next hop empty (example.com  smtp:) while relayhost is set: the empty next hop resets delivery to the recipient domain's MX hosts and bypasses relayhost.`,
        `relayhost を設定しているのにネクストホップを空にする (example.com  smtp:): 空のネクストホップは配送先を受信者ドメインの MX ホストに戻し、relayhost を迂回します。`,
      ),
      t(
        `Editing a hash: or lmdb: table without running postmap.`,
        `hash: や lmdb: のテーブルを編集して postmap を実行しない。`,
      ),
    ],
    symptom: t(
      `warning: hash:/etc/postfix/transport is unavailable. open database /etc/postfix/transport.db: No such file or directory`,
      `warning: hash:/etc/postfix/transport is unavailable. open database /etc/postfix/transport.db: No such file or directory`,
    ),
    example: lines(
      'transport_maps = hash:/etc/postfix/transport',
      '# /etc/postfix/transport (run postmap after editing):',
      '#   example.com   smtp:[10.0.0.5]:25',
    ),
  },

  // ---------------------------------------------------------------- SMTP server authentication and TLS
  smtpd_sasl_auth_enable: {
    role: t(
      `Turns on SMTP AUTH in smtpd. Only then does smtpd offer AUTH in its EHLO reply, and only then can permit_sasl_authenticated let logged-in users relay. Many sites enable it only for the submission services in master.cf (-o smtpd_sasl_auth_enable=yes), so the public port 25 never offers AUTH. Default no.`,
      `smtpd で SMTP AUTH を有効にします。有効なときに限り smtpd は EHLO の応答で AUTH を提示し、permit_sasl_authenticated によって認証済みユーザーの中継を許可できます。多くのサイトでは master.cf の submission サービスだけで有効にし (-o smtpd_sasl_auth_enable=yes)、公開されたポート 25 では AUTH を提示しません。既定値は no です。`,
    ),
    mistakes: [
      t(
        `Leaving it at no while relying on permit_sasl_authenticated: the restriction silently matches nobody and users get "Relay access denied".`,
        `no のまま permit_sasl_authenticated に頼る: この制限は黙って誰にも一致せず、ユーザーは "Relay access denied" を受けます。`,
      ),
      t(
        `Enabling it without smtpd_tls_auth_only = yes or an implicit-TLS port: passwords can then travel in clear before STARTTLS.`,
        `smtpd_tls_auth_only = yes や暗黙 TLS のポートなしで有効にする: STARTTLS の前にパスワードが平文で流れる可能性があります。`,
      ),
      t(
        `Enabling it while the SASL backend is unreachable: smtpd processes die with "fatal: no SASL authentication mechanisms".`,
        `SASL のバックエンドに接続できない状態で有効にする: smtpd プロセスが "fatal: no SASL authentication mechanisms" で終了します。`,
      ),
    ],
    symptom: t(
      `A client that sends AUTH while it is disabled gets: 503 5.5.1 Error: authentication not enabled`,
      `無効なときにクライアントが AUTH を送ると次の応答になります: 503 5.5.1 Error: authentication not enabled`,
    ),
    example: lines(
      'smtpd_sasl_auth_enable = yes',
      'smtpd_sasl_type = dovecot',
      'smtpd_sasl_path = private/auth',
      'smtpd_tls_auth_only = yes',
    ),
  },

  smtpd_sasl_type: {
    role: t(
      `Selects the SASL implementation smtpd uses to check passwords: cyrus (the default) uses the Cyrus SASL library, dovecot asks the Dovecot auth service over a socket. The choice decides how smtpd_sasl_path is read. postconf -a lists the types this Postfix build supports.`,
      `smtpd がパスワードの確認に使う SASL 実装を選びます。cyrus (既定値) は Cyrus SASL ライブラリを使い、dovecot はソケット経由で Dovecot の認証サービスに問い合わせます。どちらを選ぶかによって smtpd_sasl_path の解釈が変わります。この Postfix がサポートする種類は postconf -a で確認できます。`,
    ),
    mistakes: [
      t(
        `Keeping cyrus (the default) on a Dovecot-based system: without a matching Cyrus configuration, smtpd has no mechanisms to offer.`,
        `Dovecot を使うシステムで cyrus (既定値) のままにする: 対応する Cyrus の設定がないため、smtpd が提示できる認証方式がありません。`,
      ),
      t(
        `Choosing dovecot while Dovecot has no auth listener for Postfix (service auth { unix_listener /var/spool/postfix/private/auth ... }).`,
        `Dovecot 側に Postfix 用の認証リスナー (service auth { unix_listener /var/spool/postfix/private/auth ... }) がないのに dovecot を選ぶ。`,
      ),
    ],
    symptom: t(`fatal: no SASL authentication mechanisms`, `fatal: no SASL authentication mechanisms`),
    example: lines('smtpd_sasl_type = dovecot', 'smtpd_sasl_path = private/auth'),
  },

  smtpd_sasl_path: {
    role: t(
      `Tells smtpd where to find the SASL service. For dovecot it is the socket: a relative name like private/auth is resolved inside the Postfix queue directory (usually /var/spool/postfix), and inet:host:port also works. For cyrus it is the name of the Cyrus configuration file without .conf; the default smtpd means smtpd.conf.`,
      `smtpd が SASL サービスを見つける場所を指定します。dovecot ではソケットを指し、private/auth のような相対名は Postfix のキューディレクトリ (通常は /var/spool/postfix) の中で解決されます。inet:host:port も使えます。cyrus では .conf を除いた Cyrus 設定ファイル名で、既定値の smtpd は smtpd.conf を意味します。`,
    ),
    mistakes: [
      t(
        `Giving the full path /var/spool/postfix/private/auth while smtpd runs chrooted (Debian's master.cf does this): inside the chroot that path does not exist.`,
        `smtpd が chroot 内で動いている (Debian の master.cf はそうなっています) のに、フルパス /var/spool/postfix/private/auth を書く: chroot の中ではそのパスは存在しません。`,
      ),
      t(
        `A socket that Postfix may not open: Dovecot's unix_listener must grant access to the postfix user or group.`,
        `Postfix が開けないソケット: Dovecot の unix_listener で postfix ユーザーまたはグループにアクセス権を与える必要があります。`,
      ),
    ],
    symptom: t(
      `warning: SASL: Connect to Dovecot auth socket 'private/auth' failed: No such file or directory, followed by fatal: no SASL authentication mechanisms (wording of the warning from Postfix 3.7)`,
      `warning: SASL: Connect to Dovecot auth socket 'private/auth' failed: No such file or directory の後に fatal: no SASL authentication mechanisms が出ます (警告の文言は Postfix 3.7 のもの)`,
    ),
    example: lines('smtpd_sasl_type = dovecot', 'smtpd_sasl_path = private/auth'),
  },

  smtpd_sasl_security_options: {
    role: t(
      `Filters which SASL mechanisms smtpd offers on connections without TLS; the default is noanonymous. Once a session uses TLS, smtpd_sasl_tls_security_options applies instead (its default is this same value). A common policy is noanonymous, noplaintext without TLS and only noanonymous with TLS, so PLAIN and LOGIN passwords travel only encrypted.`,
      `TLS を使っていない接続で smtpd が提示する SASL の認証方式を絞り込みます。既定値は noanonymous です。セッションが TLS を使い始めると、代わりに smtpd_sasl_tls_security_options が適用されます (既定値はこれと同じ値です)。よく使われる方針は、TLS なしでは noanonymous, noplaintext、TLS ありでは noanonymous だけにするもので、PLAIN や LOGIN のパスワードは暗号化された経路でしか流れません。`,
    ),
    mistakes: [
      t(
        `Adding noplaintext while the backend offers only PLAIN and LOGIN, without a separate smtpd_sasl_tls_security_options: no mechanism is left even after STARTTLS.`,
        `バックエンドが PLAIN と LOGIN しか提供しないのに、smtpd_sasl_tls_security_options を別に設定せず noplaintext を加える: STARTTLS の後でも使える認証方式がなくなります。`,
      ),
      t(
        `Removing noanonymous: anonymous logins could then pass permit_sasl_authenticated and relay.`,
        `noanonymous を外す: 匿名ログインで permit_sasl_authenticated を通過し、中継できてしまうおそれがあります。`,
      ),
    ],
    example: lines('smtpd_sasl_security_options = noanonymous, noplaintext', 'smtpd_sasl_tls_security_options = noanonymous'),
  },

  smtpd_tls_auth_only: {
    role: t(
      `When yes, smtpd offers and accepts AUTH only after STARTTLS has encrypted the session, so passwords never travel in clear. It does not force TLS on mail that is sent without authentication. smtpd_tls_security_level = encrypt and implicit-TLS (wrapper mode) services have the same effect on AUTH. Default no.`,
      `yes のとき、smtpd は STARTTLS でセッションが暗号化された後にのみ AUTH を提示し、受け付けます。これでパスワードが平文で流れることはなくなります。認証なしで送られるメールに TLS を強制するものではありません。smtpd_tls_security_level = encrypt や暗黙 TLS (ラッパーモード) のサービスでも、AUTH については同じ効果があります。既定値は no です。`,
    ),
    mistakes: [
      t(
        `Enabling it without a working server certificate: STARTTLS is not offered, so AUTH never appears and authenticated users can no longer relay.`,
        `有効なサーバー証明書なしで有効にする: STARTTLS が提示されないため AUTH も出てこず、認証して中継していたユーザーが送信できなくなります。`,
      ),
      t(
        `Testing with a client that does not use STARTTLS and concluding AUTH is broken: the client simply never sees AUTH in the EHLO reply.`,
        `STARTTLS を使わないクライアントで試して AUTH が壊れていると判断する: そのクライアントには EHLO の応答に AUTH が表示されないだけです。`,
      ),
    ],
    symptom: t(
      `AUTH sent before STARTTLS: 504 5.5.4 Encryption required for requested authentication mechanism`,
      `STARTTLS の前に AUTH を送ると: 504 5.5.4 Encryption required for requested authentication mechanism`,
    ),
    example: lines(
      'smtpd_tls_auth_only = yes',
      'smtpd_tls_security_level = may',
      'smtpd_tls_cert_file = /etc/ssl/certs/mail.example.com.pem',
      'smtpd_tls_key_file = /etc/ssl/private/mail.example.com.key',
    ),
  },

  smtpd_tls_security_level: {
    role: t(
      `TLS policy of the SMTP server: empty or none (no STARTTLS), may (offer STARTTLS, still accept mail without it) or encrypt (refuse every command except HELO, EHLO, STARTTLS, NOOP and QUIT until TLS is active). It decides whether plaintext clients can deliver at all, so a public MX should use may, and encrypt belongs to submission services in master.cf. The server does not support fingerprint, verify or secure; they are treated as encrypt with a warning.`,
      `SMTP サーバーの TLS ポリシーです。空または none (STARTTLS なし)、may (STARTTLS を提示するが、なしでも受け付ける)、encrypt (TLS が有効になるまで HELO、EHLO、STARTTLS、NOOP、QUIT 以外のコマンドを拒否) があります。平文のクライアントがそもそも配送できるかどうかを決めるため、公開 MX では may を使い、encrypt は master.cf の submission サービスで使います。fingerprint、verify、secure はサーバーでは使えず、警告のうえ encrypt として扱われます。`,
    ),
    mistakes: [
      t(
        `Setting encrypt in main.cf on a public MX: RFC 3207 forbids requiring TLS there, and senders without TLS are refused.`,
        `公開 MX の main.cf で encrypt にする: RFC 3207 は公開サーバーで TLS を必須にすることを禁じており、TLS を使わない送信者が拒否されます。`,
      ),
      t(
        `Setting may or encrypt without a certificate and key: smtpd cannot provide TLS, and with encrypt no mail gets through.`,
        `証明書と秘密鍵なしで may や encrypt にする: smtpd は TLS を提供できず、encrypt ではメールが一切届かなくなります。`,
      ),
    ],
    symptom: t(
      `With encrypt, a client that skips STARTTLS gets: 530 5.7.0 Must issue a STARTTLS command first`,
      `encrypt のとき、STARTTLS を使わないクライアントには次の応答が返ります: 530 5.7.0 Must issue a STARTTLS command first`,
    ),
    example: lines(
      'smtpd_tls_security_level = may',
      'smtpd_tls_cert_file = /etc/ssl/certs/mail.example.com.pem',
      'smtpd_tls_key_file = /etc/ssl/private/mail.example.com.key',
    ),
  },

  // ---------------------------------------------------------------- SMTP client authentication and TLS
  smtp_sasl_auth_enable: {
    role: t(
      `Turns on SMTP AUTH in the Postfix SMTP client, for sending through a provider's relay that requires a login. It affects outgoing delivery only, never what smtpd accepts. Postfix authenticates only when smtp_sasl_password_maps has an entry for the server; otherwise it connects without logging in. Default no.`,
      `Postfix の SMTP クライアントで SMTP AUTH を有効にします。ログインが必要なプロバイダーのリレーサーバー経由で送信するときに使います。影響するのは送信側の配送だけで、smtpd が何を受け付けるかには関係しません。Postfix は smtp_sasl_password_maps にそのサーバーの項目がある場合にだけ認証し、なければログインせずに接続します。既定値は no です。`,
    ),
    mistakes: [
      t(
        `Enabling it without smtp_sasl_password_maps: the smtp client stops with a fatal error asking for a password table.`,
        `smtp_sasl_password_maps なしで有効にする: smtp クライアントはパスワードテーブルを指定するよう求める致命的エラーで停止します。`,
      ),
      t(
        `Missing Cyrus SASL client plugins (libsasl2-modules on Debian): authentication fails with "No worthy mechs found".`,
        `Cyrus SASL のクライアント用プラグイン (Debian では libsasl2-modules) が入っていない: 認証が "No worthy mechs found" で失敗します。`,
      ),
      t(
        `Sending the password without mandatory TLS to the relay: use smtp_tls_security_level = encrypt for that destination.`,
        `リレーサーバーへの TLS を必須にせずにパスワードを送る: その宛先には smtp_tls_security_level = encrypt を使ってください。`,
      ),
    ],
    symptom: t(
      `Wrong credentials: status=deferred (SASL authentication failed; server smtp.example.net[192.0.2.25] said: 535 5.7.8 ...), where the text after "said:" is the provider's own reply`,
      `認証情報が誤っている場合: status=deferred (SASL authentication failed; server smtp.example.net[192.0.2.25] said: 535 5.7.8 ...)。"said:" の後はプロバイダー側の応答そのものです`,
    ),
    example: lines(
      'relayhost = [smtp.example.net]:587',
      'smtp_sasl_auth_enable = yes',
      'smtp_sasl_password_maps = hash:/etc/postfix/sasl_passwd',
      'smtp_sasl_security_options = noanonymous',
      'smtp_tls_security_level = encrypt',
    ),
  },

  smtp_sasl_password_maps: {
    role: t(
      `Table with the login for each remote server, one line per server in the form key  username:password. The SMTP client looks up the remote host name first and then the next-hop destination exactly as written in relayhost or the transport (for example [smtp.example.net]:587); with smtp_sender_dependent_authentication = yes the sender address is tried first. No match means no AUTH at all.`,
      `リモートサーバーごとのログイン情報を載せたテーブルで、1 行に 1 サーバーを「キー  ユーザー名:パスワード」の形で書きます。SMTP クライアントは、まずリモートのホスト名、次に relayhost やトランスポートに書いたとおりのネクストホップ (例: [smtp.example.net]:587) で検索します。smtp_sender_dependent_authentication = yes のときは送信者アドレスが最初に試されます。一致しなければ AUTH は一切行われません。`,
    ),
    mistakes: [
      t(
        `A key that does not match the relayhost value character for character: [smtp.example.net]:587 and smtp.example.net are different keys.`,
        `キーが relayhost の値と 1 文字ずつ一致していない: [smtp.example.net]:587 と smtp.example.net は別のキーです。`,
      ),
      t(
        `Forgetting postmap after editing, or leaving the file readable by others; keep it mode 0600, owned by root.`,
        `編集後に postmap を実行し忘れる、あるいはファイルを他人が読める状態にしておく: 所有者を root、パーミッションを 0600 にしてください。`,
      ),
    ],
    example: lines(
      'smtp_sasl_password_maps = hash:/etc/postfix/sasl_passwd',
      '# /etc/postfix/sasl_passwd (mode 0600, then run postmap):',
      '#   [smtp.example.net]:587   user@example.net:secret',
    ),
  },

  smtp_sasl_security_options: {
    role: t(
      `Filters which SASL mechanisms the Postfix SMTP client may use. The default noplaintext, noanonymous forbids PLAIN and LOGIN, which most providers offer; smtp_sasl_tls_security_options (by default the same value) applies once the connection uses TLS. Setting smtp_sasl_tls_security_options = noanonymous allows PLAIN and LOGIN only over TLS.`,
      `Postfix の SMTP クライアントが使ってよい SASL の認証方式を絞り込みます。既定値の noplaintext, noanonymous は、多くのプロバイダーが提供している PLAIN と LOGIN を禁止します。接続が TLS を使っているときは smtp_sasl_tls_security_options (既定ではこれと同じ値) が適用されます。smtp_sasl_tls_security_options = noanonymous とすれば、PLAIN と LOGIN を TLS 上でだけ許可できます。`,
    ),
    mistakes: [
      t(
        `Keeping the default while the provider offers only PLAIN and LOGIN: authentication fails with "No worthy mechs found".`,
        `プロバイダーが PLAIN と LOGIN しか提供しないのに既定値のままにする: 認証が "No worthy mechs found" で失敗します。`,
      ),
      t(
        `Setting noanonymous here while smtp_tls_security_level is only may: if STARTTLS fails, the password is sent in clear.`,
        `smtp_tls_security_level が may にすぎないのに、ここを noanonymous にする: STARTTLS が失敗するとパスワードが平文で送られます。`,
      ),
    ],
    symptom: t(
      `warning: SASL authentication failure: No worthy mechs found`,
      `warning: SASL authentication failure: No worthy mechs found`,
    ),
    example: lines(
      'smtp_sasl_security_options = noplaintext, noanonymous',
      'smtp_sasl_tls_security_options = noanonymous',
    ),
  },

  smtp_sasl_mechanism_filter: {
    role: t(
      `Limits which of the AUTH mechanisms announced by the remote server the SMTP client considers, before smtp_sasl_security_options is applied. Empty by default, which means all announced mechanisms. It helps when a server announces mechanisms the local SASL library cannot complete, such as GSSAPI or NTLM.`,
      `リモートサーバーが提示した AUTH の認証方式のうち、SMTP クライアントが検討対象にするものを、smtp_sasl_security_options の適用前に絞り込みます。既定値は空で、提示されたすべての方式が対象です。GSSAPI や NTLM のように、ローカルの SASL ライブラリでは完了できない方式をサーバーが提示する場合に役立ちます。`,
    ),
    mistakes: [
      t(
        `A filter that matches nothing the server offers: the client logs a warning and authentication does not take place.`,
        `サーバーが提示する方式にひとつも一致しないフィルター: クライアントは警告を記録し、認証は行われません。`,
      ),
    ],
    symptom: t(
      `warning: smtp.example.net[192.0.2.25]:587 offered no supported AUTH mechanisms: 'GSSAPI NTLM'`,
      `warning: smtp.example.net[192.0.2.25]:587 offered no supported AUTH mechanisms: 'GSSAPI NTLM'`,
    ),
    example: lines('smtp_sasl_mechanism_filter = plain, login'),
  },

  smtp_tls_security_level: {
    role: t(
      `TLS policy for outgoing SMTP: none, may (opportunistic), encrypt (mandatory, no certificate check), dane or dane-only (DNSSEC-based), fingerprint, verify and secure (certificate checks). It never decides what smtpd accepts; it decides whether an outgoing delivery proceeds or is deferred when TLS cannot be set up. Per-destination exceptions belong in smtp_tls_policy_maps.`,
      `送信側 SMTP の TLS ポリシーです。none、may (日和見的 TLS)、encrypt (必須、証明書は検証しない)、dane と dane-only (DNSSEC に基づく)、fingerprint、verify、secure (証明書を検証) があります。smtpd が何を受け付けるかには関係せず、TLS を確立できないときに送信を続けるか保留するかを決めます。宛先ごとの例外は smtp_tls_policy_maps に書きます。`,
    ),
    mistakes: [
      t(
        `Setting encrypt or secure globally: mail to the many servers without usable TLS is deferred.`,
        `encrypt や secure を全体に設定する: 使える TLS を持たない多くのサーバー宛てのメールが保留されます。`,
      ),
      t(
        `Using may towards a relayhost that receives your password: a failed or stripped STARTTLS falls back to plaintext; use encrypt for that relay.`,
        `パスワードを送る relayhost に対して may を使う: STARTTLS が失敗したり除去されたりすると平文に戻ります。そのリレーには encrypt を使ってください。`,
      ),
      t(
        `Choosing dane without a DNSSEC-validating resolver and smtp_dns_support_level = dnssec: the DANE checks cannot work.`,
        `DNSSEC を検証するリゾルバーと smtp_dns_support_level = dnssec なしで dane を選ぶ: DANE のチェックが機能しません。`,
      ),
    ],
    symptom: t(
      `With encrypt, towards a server without STARTTLS: status=deferred (TLS is required, but was not offered by host mx.example.net[198.51.100.25])`,
      `encrypt で STARTTLS のないサーバーへ送ると: status=deferred (TLS is required, but was not offered by host mx.example.net[198.51.100.25])`,
    ),
    example: lines('smtp_tls_security_level = may'),
  },

  smtp_tls_wrappermode: {
    role: t(
      `Makes the SMTP client start TLS immediately after connecting (implicit TLS, the "submissions" style on port 465) instead of using STARTTLS. It requires smtp_tls_security_level = encrypt or stronger, and it applies to every destination of the transport that uses it, so set it in main.cf only when all outgoing mail goes to one such relay, or else in a dedicated master.cf transport.`,
      `SMTP クライアントが STARTTLS を使わず、接続直後に TLS を開始するようにします (暗黙 TLS、ポート 465 の "submissions" 方式)。smtp_tls_security_level = encrypt 以上が必要です。これを使うトランスポートのすべての宛先に適用されるため、main.cf に書くのは送信メールがすべてそのようなリレー 1 台へ向かう場合だけにし、それ以外は master.cf に専用のトランスポートを作ります。`,
    ),
    mistakes: [
      t(
        `Using port 465 without it: the client waits for a greeting that the server never sends in plaintext, and delivery times out.`,
        `これなしでポート 465 を使う: クライアントはサーバーが平文では決して送らない挨拶を待ち続け、配送はタイムアウトします。`,
      ),
      t(
        `Combining it with port 587 or 25: those ports expect STARTTLS, so the TLS handshake fails.`,
        `ポート 587 や 25 と組み合わせる: これらのポートは STARTTLS を前提としているため、TLS ハンドシェイクが失敗します。`,
      ),
      t(
        `Leaving smtp_tls_security_level at none or may.`,
        `smtp_tls_security_level を none や may のままにする。`,
      ),
    ],
    symptom: t(
      `SMTPS wrappermode (TCP port 465) requires setting "smtp_tls_wrappermode = yes", and "smtp_tls_security_level = encrypt" (or stronger)`,
      `SMTPS wrappermode (TCP port 465) requires setting "smtp_tls_wrappermode = yes", and "smtp_tls_security_level = encrypt" (or stronger)`,
    ),
    example: lines(
      '# all outgoing mail goes to this relay',
      'relayhost = [smtp.example.net]:465',
      'smtp_tls_wrappermode = yes',
      'smtp_tls_security_level = encrypt',
    ),
  },

  // ---------------------------------------------------------------- defaults, limits, filters
  compatibility_level: {
    role: t(
      `Tells Postfix which release's defaults you have reviewed. Several relay-related defaults depend on it: below 1 smtpd_relay_restrictions is empty; below 2 relay_domains is $mydestination and mynetworks_style is subnet; below 3.6 smtpd_relay_before_recipient_restrictions is no. The built-in value is 0 (the main.cf of Debian's Postfix 3.7 package sets 3.6), and while old defaults are in effect Postfix logs a "using backwards-compatible default setting" line whenever one of them changes a result.`,
      `どのリリースの既定値を確認済みかを Postfix に伝えます。中継に関わるいくつかの既定値がこれに依存します。1 未満では smtpd_relay_restrictions が空、2 未満では relay_domains が $mydestination で mynetworks_style が subnet、3.6 未満では smtpd_relay_before_recipient_restrictions が no です。組み込みの値は 0 で (Debian の Postfix 3.7 パッケージの main.cf は 3.6 を設定)、古い既定値が有効な間は、それが結果を変えるたびに "using backwards-compatible default setting" というログが出ます。`,
    ),
    mistakes: [
      t(
        `Raising the level without checking what changes: from 2 on, LAN clients trusted through mynetworks_style = subnet and domains relayed through relay_domains = $mydestination lose that status unless mynetworks and relay_domains are set explicitly.`,
        `何が変わるか確認せずにレベルを上げる: 2 以上では、mynetworks_style = subnet で信頼されていた LAN のクライアントや、relay_domains = $mydestination で中継されていたドメインが、mynetworks と relay_domains を明示しない限りその扱いを失います。`,
      ),
      t(
        `Ignoring the "using backwards-compatible default setting" log lines: they name exactly the requests that will be treated differently at the new level.`,
        `"using backwards-compatible default setting" のログを無視する: 新しいレベルで扱いが変わるリクエストがそこに具体的に記録されています。`,
      ),
    ],
    symptom: t(
      `using backwards-compatible default setting "smtpd_relay_restrictions = (empty)" to avoid "Relay access denied" error for recipient "b@example.net" from client "unknown[203.0.113.5]"`,
      `using backwards-compatible default setting "smtpd_relay_restrictions = (empty)" to avoid "Relay access denied" error for recipient "b@example.net" from client "unknown[203.0.113.5]"`,
    ),
    example: lines('compatibility_level = 3.6'),
  },

  message_size_limit: {
    role: t(
      `The largest message, in bytes, that Postfix accepts, counting headers and the encoding overhead of attachments (base64 adds about a third). If the client announces a larger SIZE in MAIL FROM, smtpd refuses the transaction at once; otherwise a message that grows past the limit is refused at the end of DATA. The default is 10240000 (about 10 MB), and 0 means no limit.`,
      `Postfix が受け付けるメールの最大サイズ (バイト単位) で、ヘッダーと添付ファイルのエンコードによる増加分 (base64 で約 3 分の 1 増) も含みます。クライアントが MAIL FROM でこれより大きい SIZE を申告すると smtpd は即座に拒否し、申告がない場合は、上限を超えたメールを DATA の終了時に拒否します。既定値は 10240000 (約 10 MB) で、0 は無制限を意味します。`,
    ),
    mistakes: [
      t(
        `Writing 50M or 50MB: the value is a plain number of bytes, and a suffix makes Postfix stop with "bad numerical configuration".`,
        `50M や 50MB と書く: 値は単純なバイト数で、単位を付けると Postfix は "bad numerical configuration" で停止します。`,
      ),
      t(
        `Making it larger than mailbox_size_limit or virtual_mailbox_limit (both 51200000 by default): local or virtual delivery then fails with "main.cf configuration error: mailbox_size_limit is smaller than message_size_limit".`,
        `mailbox_size_limit や virtual_mailbox_limit (既定はどちらも 51200000) より大きくする: local や virtual の配送が "main.cf configuration error: mailbox_size_limit is smaller than message_size_limit" で失敗します。`,
      ),
      t(
        `Forgetting the base64 overhead: a 10 MB attachment needs a limit of roughly 14 MB.`,
        `base64 による増加を忘れる: 10 MB の添付ファイルには約 14 MB の上限が必要です。`,
      ),
    ],
    symptom: t(
      `NOQUEUE: reject: MAIL from client.example.org[192.0.2.10]: 552 5.3.4 Message size exceeds fixed limit; proto=ESMTP helo=<client.example.org>`,
      `NOQUEUE: reject: MAIL from client.example.org[192.0.2.10]: 552 5.3.4 Message size exceeds fixed limit; proto=ESMTP helo=<client.example.org>`,
    ),
    example: lines('# 25 MiB; keep it below mailbox_size_limit', 'message_size_limit = 26214400'),
  },

  smtpd_recipient_limit: {
    role: t(
      `The maximum number of recipients smtpd accepts in one mail transaction; default 1000. Further RCPT TO commands get 452 4.5.3 Error: too many recipients, a temporary reply, so a well-behaved client sends the remaining recipients in another transaction. It limits the size of one message, not the rate of mail from a client (see smtpd_client_recipient_rate_limit).`,
      `1 回のメールトランザクションで smtpd が受け付ける受信者数の上限で、既定値は 1000 です。それを超える RCPT TO には一時エラー 452 4.5.3 Error: too many recipients を返すため、行儀のよいクライアントは残りの受信者を別のトランザクションで送ります。制限するのは 1 通あたりの規模であり、クライアントからのメールの頻度ではありません (smtpd_client_recipient_rate_limit を参照)。`,
    ),
    mistakes: [
      t(
        `Setting it very low as a spam measure: mailing lists and legitimate bulk senders are slowed down.`,
        `スパム対策のつもりで非常に小さくする: メーリングリストや正当な一斉送信が遅くなります。`,
      ),
      t(
        `Expecting it to bound recipients per hour or per client: it counts per message only.`,
        `1 時間あたりやクライアントあたりの受信者数を制限できると考える: 数えるのは 1 通ごとだけです。`,
      ),
    ],
    symptom: t(`452 4.5.3 Error: too many recipients`, `452 4.5.3 Error: too many recipients`),
    example: lines('smtpd_recipient_limit = 1000'),
  },

  smtpd_client_connection_count_limit: {
    role: t(
      `The maximum number of simultaneous connections one client IP address may hold to this smtpd service, counted by the anvil server; default 50, 0 disables it. A client over the limit gets 421 4.7.0 <myhostname> Error: too many connections from <address> and is disconnected. Clients matching smtpd_client_event_limit_exceptions ($mynetworks by default) are exempt.`,
      `1 つのクライアント IP アドレスがこの smtpd サービスに同時に張れる接続数の上限で、anvil サーバーが数えます。既定値は 50 で、0 で無効になります。上限を超えたクライアントには 421 4.7.0 <myhostname> Error: too many connections from <アドレス> が返され、切断されます。smtpd_client_event_limit_exceptions (既定は $mynetworks) に一致するクライアントは対象外です。`,
    ),
    mistakes: [
      t(
        `Setting it at or above the smtpd process limit (default_process_limit, 100 by default): one client can still occupy every smtpd process.`,
        `smtpd のプロセス数の上限 (default_process_limit、既定 100) 以上にする: 1 つのクライアントが smtpd プロセスをすべて占有できてしまいます。`,
      ),
      t(
        `Setting it very low for a server that receives from large providers or from an internal application with parallel connections: they get 421 and retry later, delaying mail.`,
        `大手プロバイダーや並列接続する社内アプリケーションからメールを受けるサーバーで非常に小さくする: それらは 421 を受けて後で再試行するため、メールが遅れます。`,
      ),
    ],
    symptom: t(
      `The client sees 421 4.7.0 mail.example.com Error: too many connections from 203.0.113.5; the log says warning: Connection concurrency limit exceeded: 51 from unknown[203.0.113.5] for service smtp`,
      `クライアントには 421 4.7.0 mail.example.com Error: too many connections from 203.0.113.5 が返り、ログには warning: Connection concurrency limit exceeded: 51 from unknown[203.0.113.5] for service smtp と記録されます`,
    ),
    example: lines('smtpd_client_connection_count_limit = 20'),
  },

  smtpd_client_connection_rate_limit: {
    role: t(
      `The maximum number of connection attempts one client IP address may make to this service per anvil_rate_time_unit (60s by default); default 0, no limit. A client over the limit gets 421 4.7.0 <myhostname> Error: too many connections from <address> and is disconnected. The exemptions in smtpd_client_event_limit_exceptions ($mynetworks by default) apply.`,
      `1 つのクライアント IP アドレスが anvil_rate_time_unit (既定 60s) あたりにこのサービスへ接続を試みてよい回数の上限です。既定値は 0 で無制限です。上限を超えたクライアントには 421 4.7.0 <myhostname> Error: too many connections from <アドレス> が返され、切断されます。smtpd_client_event_limit_exceptions (既定は $mynetworks) による除外が適用されます。`,
    ),
    mistakes: [
      t(
        `Limiting an application server or relay that opens a new connection for every message, without adding it to smtpd_client_event_limit_exceptions.`,
        `メールごとに新しい接続を開くアプリケーションサーバーやリレーを、smtpd_client_event_limit_exceptions に加えずに制限してしまう。`,
      ),
      t(
        `Forgetting that the counter is per service: the submission service is counted separately from port 25.`,
        `カウンターがサービスごとであることを忘れる: submission サービスはポート 25 とは別に数えられます。`,
      ),
    ],
    symptom: t(
      `421 4.7.0 mail.example.com Error: too many connections from 203.0.113.5, logged as warning: Connection rate limit exceeded: 31 from unknown[203.0.113.5] for service smtp`,
      `421 4.7.0 mail.example.com Error: too many connections from 203.0.113.5 が返り、ログには warning: Connection rate limit exceeded: 31 from unknown[203.0.113.5] for service smtp と記録されます`,
    ),
    example: lines('smtpd_client_connection_rate_limit = 30'),
  },

  smtpd_client_message_rate_limit: {
    role: t(
      `The maximum number of message delivery requests (MAIL FROM commands) one client IP address may make per anvil_rate_time_unit; default 0, no limit. Over the limit smtpd answers MAIL FROM with 450 4.7.1 Error: too much mail from <address>, so the client retries later. Clients in smtpd_client_event_limit_exceptions ($mynetworks by default) are exempt.`,
      `1 つのクライアント IP アドレスが anvil_rate_time_unit あたりに行えるメール配送要求 (MAIL FROM コマンド) の数の上限です。既定値は 0 で無制限です。上限を超えると smtpd は MAIL FROM に 450 4.7.1 Error: too much mail from <アドレス> と応答し、クライアントは後で再試行します。smtpd_client_event_limit_exceptions (既定は $mynetworks) のクライアントは対象外です。`,
    ),
    mistakes: [
      t(
        `Expecting authenticated users to be exempt: the exemptions match client addresses, not SASL logins, so a newsletter tool that logs in is limited too.`,
        `認証済みユーザーは対象外だと考える: 除外はクライアントのアドレスで判定され、SASL のログイン名ではないため、ログインして送信するメールマガジン配信ツールも制限されます。`,
      ),
      t(
        `Forgetting the time unit: with the default anvil_rate_time_unit, a limit of 100 means 100 per minute, not per hour.`,
        `時間単位を忘れる: anvil_rate_time_unit が既定値なら、100 という上限は 1 時間ではなく 1 分あたり 100 です。`,
      ),
    ],
    symptom: t(
      `450 4.7.1 Error: too much mail from 192.0.2.44, logged as warning: Message delivery request rate limit exceeded: 101 from app.example.org[192.0.2.44] for service submission`,
      `450 4.7.1 Error: too much mail from 192.0.2.44 が返り、ログには warning: Message delivery request rate limit exceeded: 101 from app.example.org[192.0.2.44] for service submission と記録されます`,
    ),
    example: lines('smtpd_client_message_rate_limit = 100'),
  },

  smtpd_client_recipient_rate_limit: {
    role: t(
      `The maximum number of recipient addresses (RCPT TO commands) one client IP address may send per anvil_rate_time_unit, counted whether or not each recipient is accepted; default 0, no limit. Over the limit smtpd answers 450 4.7.1 Error: too many recipients from <address>. Exemptions come from smtpd_client_event_limit_exceptions ($mynetworks by default).`,
      `1 つのクライアント IP アドレスが anvil_rate_time_unit あたりに送れる受信者アドレス (RCPT TO コマンド) の数の上限で、受信者が受け付けられたかどうかに関係なく数えます。既定値は 0 で無制限です。上限を超えると smtpd は 450 4.7.1 Error: too many recipients from <アドレス> と応答します。除外は smtpd_client_event_limit_exceptions (既定は $mynetworks) で決まります。`,
    ),
    mistakes: [
      t(
        `Confusing it with smtpd_recipient_limit, which counts recipients per message.`,
        `1 通あたりの受信者数を数える smtpd_recipient_limit と混同する。`,
      ),
      t(
        `Setting it low on a server that receives for many users from large providers, which send many recipients per connection.`,
        `1 接続で多数の受信者を送ってくる大手プロバイダーから、多くのユーザー宛てのメールを受けるサーバーで小さくする。`,
      ),
    ],
    symptom: t(
      `450 4.7.1 Error: too many recipients from 203.0.113.5, logged as warning: Recipient address rate limit exceeded: 501 from unknown[203.0.113.5] for service smtp`,
      `450 4.7.1 Error: too many recipients from 203.0.113.5 が返り、ログには warning: Recipient address rate limit exceeded: 501 from unknown[203.0.113.5] for service smtp と記録されます`,
    ),
    example: lines('smtpd_client_recipient_rate_limit = 500'),
  },

  anvil_rate_time_unit: {
    role: t(
      `The length of the time window for all anvil rate limits: connections, messages, recipients, new TLS sessions and AUTH commands per client; default 60s. A rate limit of 100 therefore means 100 per minute unless you change it. It is a time value: digits followed by an optional unit s, m, h, d or w.`,
      `anvil によるすべてのレート制限 (クライアントごとの接続、メール、受信者、新規 TLS セッション、AUTH コマンドの数) に使う時間枠の長さで、既定値は 60s です。したがって、変更しない限り 100 というレート制限は 1 分あたり 100 を意味します。値は時間の形式で、数字の後に省略可能な単位 s、m、h、d、w を付けます。`,
    ),
    mistakes: [
      t(
        `Raising it to 1h to express "per hour" limits without adjusting them: every rate limit changes meaning at once.`,
        `「1 時間あたり」の制限にするつもりで 1h に上げ、上限値を調整しない: すべてのレート制限の意味が一斉に変わります。`,
      ),
      t(
        `Writing the unit as a word with a space (1 hour); write 1h or 3600s.`,
        `単位を空白付きの単語で書く (1 hour): 1h や 3600s と書いてください。`,
      ),
    ],
    example: lines('anvil_rate_time_unit = 60s'),
  },

  default_process_limit: {
    role: t(
      `The default maximum number of processes for each master.cf service whose maxproc column is "-"; default 100. For smtpd it caps how many SMTP sessions the service handles at once; further clients wait in the kernel's listen queue until a process is free. The master daemon picks up a change on postfix reload.`,
      `master.cf の maxproc 欄が "-" になっている各サービスのプロセス数の既定の上限で、既定値は 100 です。smtpd では、そのサービスが同時に処理できる SMTP セッション数の上限になり、それを超えたクライアントはプロセスが空くまでカーネルの待ち受けキューで待たされます。変更は postfix reload で master デーモンに反映されます。`,
    ),
    mistakes: [
      t(
        `Raising it beyond what memory allows: each smtpd process, and the policy services and milters it uses, needs memory.`,
        `メモリが許す以上に増やす: smtpd の各プロセスと、それが使うポリシーサービスや milter はメモリを消費します。`,
      ),
      t(
        `Forgetting that a number in the maxproc column of master.cf overrides it for that service.`,
        `master.cf の maxproc 欄に数値があれば、そのサービスではそちらが優先されることを忘れる。`,
      ),
      t(
        `Keeping smtpd_client_connection_count_limit close to this value, so that one client can take all smtpd processes.`,
        `smtpd_client_connection_count_limit をこの値に近いままにし、1 つのクライアントが smtpd プロセスをすべて使えるようにしてしまう。`,
      ),
    ],
    symptom: t(
      `warning: service "smtp" (25) has reached its process limit "100": new clients may experience noticeable delays`,
      `warning: service "smtp" (25) has reached its process limit "100": new clients may experience noticeable delays`,
    ),
    example: lines('default_process_limit = 100'),
  },

  postscreen_dnsbl_sites: {
    role: t(
      `DNS blocklists that postscreen queries before a client reaches smtpd, each with an optional reply filter and weight, as in zen.spamhaus.org=127.0.0.[2..11]*3. When the summed weights reach postscreen_dnsbl_threshold (default 1), postscreen_dnsbl_action decides: ignore (the default, only logs), enforce (postscreen rejects the client's recipients with 550 5.7.1) or drop (521 and disconnect). It only takes effect when master.cf runs postscreen on port 25 instead of smtpd.`,
      `クライアントが smtpd に到達する前に postscreen が問い合わせる DNS ブロックリストで、zen.spamhaus.org=127.0.0.[2..11]*3 のように応答フィルターと重みを付けられます。重みの合計が postscreen_dnsbl_threshold (既定 1) に達すると、postscreen_dnsbl_action に従って、ignore (既定値、ログのみ)、enforce (postscreen がそのクライアントの受信者を 550 5.7.1 で拒否)、drop (521 を返して切断) のいずれかになります。master.cf でポート 25 に smtpd ではなく postscreen を動かしている場合にだけ効果があります。`,
    ),
    mistakes: [
      t(
        `Configuring sites but leaving postscreen_dnsbl_action at ignore: postscreen logs "DNSBL rank" lines but blocks nothing.`,
        `サイトを設定したのに postscreen_dnsbl_action を ignore のままにする: postscreen は "DNSBL rank" を記録するだけで何も遮断しません。`,
      ),
      t(
        `Querying Spamhaus through a large public resolver: the list answers with error codes such as 127.255.255.254 instead of listings; without a reply filter like =127.0.0.[2..11] those answers count as hits.`,
        `大規模な公開リゾルバー経由で Spamhaus に問い合わせる: リストは掲載情報の代わりに 127.255.255.254 のようなエラーコードを返します。=127.0.0.[2..11] のような応答フィルターがないと、それが掲載扱いになります。`,
      ),
      t(
        `Listing sites while master.cf still runs smtpd directly on port 25: postscreen never runs.`,
        `master.cf でまだポート 25 に smtpd を直接動かしているのにサイトを設定する: postscreen がそもそも動作しません。`,
      ),
    ],
    symptom: t(
      `postscreen logs DNSBL rank 3 for [203.0.113.5]:41234; with enforce the client then gets 550 5.7.1 Service unavailable; client [203.0.113.5] blocked using zen.spamhaus.org`,
      `postscreen が DNSBL rank 3 for [203.0.113.5]:41234 と記録し、enforce の場合クライアントには 550 5.7.1 Service unavailable; client [203.0.113.5] blocked using zen.spamhaus.org が返ります`,
    ),
    example: lines(
      'postscreen_dnsbl_sites = zen.spamhaus.org=127.0.0.[2..11]*3, bl.spamcop.net*1',
      'postscreen_dnsbl_threshold = 3',
      'postscreen_dnsbl_action = enforce',
    ),
  },

  smtpd_milters: {
    role: t(
      `Mail filters speaking the Milter protocol (OpenDKIM, OpenDMARC, rspamd ...) that smtpd consults during the SMTP session; they can accept, reject, tempfail, quarantine or modify a message. At RCPT TO, Postfix applies its own restrictions first and passes only recipients that survived them to the milters. When a milter cannot be reached, milter_default_action decides whether mail is accepted, tempfailed or rejected (Postfix 3.7 uses tempfail; check postconf -d milter_default_action on your version).`,
      `SMTP セッション中に smtpd が問い合わせる、Milter プロトコルのメールフィルター (OpenDKIM、OpenDMARC、rspamd など) です。メールの受け入れ、拒否、一時拒否、隔離、変更ができます。RCPT TO では Postfix が先に自身の制限を適用し、それを通過した受信者だけを milter に渡します。milter に接続できないときにメールを受け入れるか、一時拒否するか、拒否するかは milter_default_action で決まります (Postfix 3.7 では tempfail。お使いのバージョンでは postconf -d milter_default_action で確認してください)。`,
    ),
    mistakes: [
      t(
        `A unix: socket path outside the chroot: when smtpd runs chrooted (Debian's master.cf), the path is looked up under /var/spool/postfix; use a socket inside the queue directory or inet:127.0.0.1:port.`,
        `chroot の外にある unix: ソケットのパス: smtpd が chroot 内で動いている (Debian の master.cf) と、パスは /var/spool/postfix の下で探されます。キューディレクトリ内のソケットか inet:127.0.0.1:ポート を使ってください。`,
      ),
      t(
        `Forgetting non_smtpd_milters: mail submitted with the sendmail command is then not signed or filtered.`,
        `non_smtpd_milters を忘れる: sendmail コマンドで投入されたメールが署名もフィルタリングもされません。`,
      ),
      t(
        `Not deciding milter_default_action: with tempfail, a stopped milter makes every sender get 451 4.7.1 until it is back.`,
        `milter_default_action を決めておかない: tempfail では、milter が止まっている間すべての送信者に 451 4.7.1 が返ります。`,
      ),
    ],
    symptom: t(
      `warning: connect to Milter service unix:/run/opendkim/opendkim.sock: No such file or directory; with tempfail the client gets 451 4.7.1 Service unavailable - try again later`,
      `warning: connect to Milter service unix:/run/opendkim/opendkim.sock: No such file or directory が記録され、tempfail の場合クライアントには 451 4.7.1 Service unavailable - try again later が返ります`,
    ),
    example: lines(
      'smtpd_milters = inet:127.0.0.1:8891',
      'non_smtpd_milters = $smtpd_milters',
      'milter_default_action = accept',
    ),
  },

  content_filter: {
    role: t(
      `After-queue content filter: Postfix first accepts and queues the message, then the queue manager hands it to the named transport (for example amavisfeed:[127.0.0.1]:10024) instead of delivering it. The filter re-injects clean mail over SMTP into a second smtpd, typically on 127.0.0.1:10025, which must have content_filter cleared. Because filtering happens after acceptance, unwanted mail can no longer be refused during the SMTP session; the filter has to discard or bounce it.`,
      `キュー投入後のコンテンツフィルターです。Postfix はまずメールを受け付けてキューに入れ、キューマネージャーが配送の代わりに指定のトランスポート (例: amavisfeed:[127.0.0.1]:10024) へ渡します。フィルターは問題のないメールを SMTP で 2 つ目の smtpd (通常 127.0.0.1:10025) に戻し、その smtpd では content_filter を空にしておく必要があります。受け付けた後でフィルタリングするため、不要なメールを SMTP セッション中に拒否することはもうできず、フィルター側で破棄するかバウンスすることになります。`,
    ),
    mistakes: [
      t(
        `Not clearing it on the re-injection service (-o content_filter= in master.cf): mail goes round through the filter until the hop-count limit rejects it.`,
        `再投入用のサービスで空にしない (master.cf の -o content_filter=): メールがフィルターを何度も周回し、ホップ数の上限で拒否されるまで続きます。`,
      ),
      t(
        `Naming a transport that does not exist in master.cf: mail stays in the queue with "mail transport unavailable".`,
        `master.cf に存在しないトランスポートを指定する: メールが "mail transport unavailable" のままキューに滞留します。`,
      ),
      t(
        `Expecting it to reject spam during the SMTP session; for that use smtpd_milters or a before-queue smtpd_proxy_filter.`,
        `SMTP セッション中にスパムを拒否できると考える: それには smtpd_milters か、キュー投入前に働く smtpd_proxy_filter を使います。`,
      ),
    ],
    symptom: t(
      `warning: connect to transport private/amavisfeed: No such file or directory (the mail is deferred with "mail transport unavailable")`,
      `warning: connect to transport private/amavisfeed: No such file or directory (メールは "mail transport unavailable" として保留されます)`,
    ),
    example: lines(
      'content_filter = amavisfeed:[127.0.0.1]:10024',
      '# master.cf: the re-injection smtpd on 127.0.0.1:10025 needs -o content_filter=',
    ),
  },

  smtpd_helo_required: {
    role: t(
      `When yes, smtpd insists on HELO or EHLO before MAIL FROM; a client that skips it gets 503 5.5.1 Error: send HELO/EHLO first. Without it a client can avoid smtpd_helo_restrictions simply by never sending HELO. Default no.`,
      `yes のとき、smtpd は MAIL FROM の前に HELO または EHLO を要求し、省略したクライアントには 503 5.5.1 Error: send HELO/EHLO first を返します。これがないと、クライアントは HELO を送らないだけで smtpd_helo_restrictions を回避できます。既定値は no です。`,
    ),
    mistakes: [
      t(
        `Adding HELO restrictions without this setting, which leaves them trivially avoidable.`,
        `この設定なしで HELO の制限を追加する: 簡単に回避されてしまいます。`,
      ),
      t(
        `Enabling it for old scripts or devices that send MAIL FROM straight after connecting: they fail until fixed.`,
        `接続直後に MAIL FROM を送る古いスクリプトや機器があるのに有効にする: 修正するまでそれらは送信に失敗します。`,
      ),
    ],
    symptom: t(`503 5.5.1 Error: send HELO/EHLO first`, `503 5.5.1 Error: send HELO/EHLO first`),
    example: lines('smtpd_helo_required = yes'),
  },

  smtp_helo_name: {
    role: t(
      `The hostname the Postfix SMTP client announces in EHLO or HELO when it delivers mail; default $myhostname. Receiving servers apply their own HELO restrictions to it, so it should be a fully-qualified name that exists in DNS, ideally matching the reverse DNS of the sending address. It has no influence on what this server accepts.`,
      `Postfix の SMTP クライアントが配送時に EHLO または HELO で名乗るホスト名で、既定値は $myhostname です。受信側のサーバーはこれに自身の HELO 制限を適用するため、DNS に存在する完全修飾名にし、できれば送信元アドレスの逆引き名と一致させます。このサーバーが何を受け付けるかには影響しません。`,
    ),
    mistakes: [
      t(
        `Leaving myhostname at an internal name such as localhost.localdomain or a bare host name: receivers with reject_non_fqdn_helo_hostname refuse the mail.`,
        `myhostname を localhost.localdomain のような内部名やドメインなしのホスト名のままにする: reject_non_fqdn_helo_hostname を使う受信側に拒否されます。`,
      ),
      t(
        `Announcing a name without a DNS record, or a name from someone else's domain: many receivers reject it or score it as spam.`,
        `DNS レコードのない名前や、他人のドメインの名前を名乗る: 多くの受信側で拒否されるか、スパム判定のスコアが上がります。`,
      ),
    ],
    symptom: t(
      `status=bounced (host mx.example.net[198.51.100.25] said: 504 5.5.2 <vm>: Helo command rejected: need fully-qualified hostname (in reply to RCPT TO command))`,
      `status=bounced (host mx.example.net[198.51.100.25] said: 504 5.5.2 <vm>: Helo command rejected: need fully-qualified hostname (in reply to RCPT TO command))`,
    ),
    example: lines('smtp_helo_name = mail.example.com'),
  },

  disable_vrfy_command: {
    role: t(
      `When yes, smtpd answers VRFY with 502 5.5.1 VRFY command is disabled instead of telling the client whether an address exists. It does not change which mail is accepted, relayed or refused; it only stops address harvesting through VRFY. Default no.`,
      `yes のとき、smtpd は VRFY に対してアドレスが存在するかどうかを答えず、502 5.5.1 VRFY command is disabled と応答します。どのメールを受け入れ、中継し、拒否するかは変わりません。VRFY を使ったアドレスの収集を防ぐだけです。既定値は no です。`,
    ),
    mistakes: [
      t(
        `Believing it hides valid addresses completely: when unknown recipients are rejected, RCPT TO still reveals whether an address exists.`,
        `これで有効なアドレスを完全に隠せると考える: 存在しない受信者を拒否する設定なら、RCPT TO でもアドレスの有無は分かります。`,
      ),
    ],
    symptom: t(`502 5.5.1 VRFY command is disabled`, `502 5.5.1 VRFY command is disabled`),
    example: lines('disable_vrfy_command = yes'),
  },
};

/** Deep relay/accept/refuse explanations, keyed by main.cf parameter name. */
export const relayDocs: Readonly<Record<string, RelayDoc>> = Object.freeze(docs);
