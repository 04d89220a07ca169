// Generators for the benchmark's inputs: main.cf files of a given number of lines and a mail log of a
// given size. Deterministic (a fixed seed), so two runs measure the same text.

/** A small deterministic PRNG (mulberry32). */
export function rng(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** The head of a realistic main.cf: built-in parameters, each once, with comments and continuation lists. */
const HEAD = `# Postfix main.cf, generated for the benchmark.
# Built-in settings first, then site-specific parameters.

compatibility_level = 3.6
myhostname = mail.example.com
mydomain = example.com
myorigin = $mydomain
mydestination = $myhostname, localhost.$mydomain, localhost
inet_interfaces = all
inet_protocols = all
mynetworks = 127.0.0.0/8 [::1]/128
    192.0.2.0/24
    198.51.100.0/24
relayhost = [smtp.example.net]:587
alias_maps = hash:/etc/aliases
alias_database = hash:/etc/aliases
recipient_delimiter = +
home_mailbox = Maildir/
message_size_limit = 52428800
mailbox_size_limit = 0
biff = no
append_dot_mydomain = no
readme_directory = no

# TLS
smtpd_tls_cert_file = /etc/ssl/certs/mail.pem
smtpd_tls_key_file = /etc/ssl/private/mail.key
smtpd_tls_security_level = may
smtp_tls_security_level = may
smtp_tls_CApath = /etc/ssl/certs
smtpd_tls_session_cache_database = btree:\${data_directory}/smtpd_scache
smtp_tls_session_cache_database = btree:\${data_directory}/smtp_scache

# SASL for the smarthost
smtp_sasl_auth_enable = yes
smtp_sasl_password_maps = hash:/etc/postfix/sasl_passwd
smtp_sasl_security_options = noanonymous

# Access policy
smtpd_helo_required = yes
smtpd_relay_restrictions = permit_mynetworks,
    permit_sasl_authenticated,
    defer_unauth_destination
smtpd_recipient_restrictions =
    permit_mynetworks,
    permit_sasl_authenticated,
    reject_unauth_destination,
    reject_unknown_recipient_domain,
    check_recipient_access hash:/etc/postfix/recipient_access
smtpd_sender_restrictions = reject_non_fqdn_sender, reject_unknown_sender_domain
virtual_alias_maps = hash:/etc/postfix/virtual
transport_maps = hash:/etc/postfix/transport
`;

/** The lines of site block n (kind n % 5), with `refs` the ids of the blocks it refers to. */
function siteBlock(n, refs, random) {
  const id = pad(n);
  const kind = n % 5;
  const block = [];
  if (n % 4 === 0) block.push(`# site block ${id}: settings for customer ${Math.floor(random() * 100000)}`);
  if (kind === 0) {
    block.push(`site_domains_${id} = example-${id}.com, example-${id}.net,`);
    block.push(`    mail.example-${id}.org${refs.map((r) => `, $site_domains_${r}`).join('')}`);
  } else if (kind === 1) {
    block.push(`site_maps_${id} = hash:$config_directory/maps/site_${id}${refs.map((r) => `, $site_maps_${r}`).join('')}`);
  } else if (kind === 2) {
    block.push(`site_networks_${id} = 10.${n % 256}.${(n >> 8) % 256}.0/24`);
    block.push(`    [2001:db8:${(n % 65536).toString(16)}::]/48`);
    block.push(refs.length ? `    ${refs.map((r) => `\${site_networks_${r}}`).join(' ')}` : `    172.16.${n % 256}.0/24`);
  } else if (kind === 3) {
    block.push(`site_limits_${id} = ${10 + Math.floor(random() * 90)}${refs.map((r) => ` $site_limits_${r}`).join('')}`);
  } else {
    block.push(`site_relays_${id} = [relay-${id}.example.net]:${random() < 0.5 ? 25 : 587}${refs.map((r) => ` $site_relays_${r}`).join('')}`);
  }
  if (n % 7 === 0) block.push('');
  return block;
}

const pad = (i) => String(i).padStart(5, '0');

/** Where the site parameters are used: built-in parameters refer to the root of each kind's tree. */
const TAIL = [
  '',
  '# Where the site parameters are used.',
  'relay_domains = $site_domains_00000',
  'relay_recipient_maps = $site_maps_00001',
  'permit_mx_backup_networks = $site_networks_00002',
  'smtpd_client_restrictions = permit_mynetworks, check_client_access cidr:$config_directory/clients.cidr',
  'smtp_fallback_relay = $site_relays_00004',
  'header_size_limit = ${site_limits_00003?{204800}:{102400}}',
];

/**
 * A main.cf of exactly `lines` lines (at least the head's): the head above, then blocks of
 * site-specific parameters, then the built-in parameters that use them. Every name is new.
 * The blocks of each kind form a binary tree: block k of a kind refers to blocks 2k+1 and 2k+2
 * of that kind with `$name` or `\${name}`, so every site parameter is used and no expansion
 * nests deeper than about 15 levels (Postfix refuses more than 100). Lists continue over indented
 * lines and comments sit between blocks.
 */
export function generateMainCf(lines, seed = 1) {
  const head = HEAD.split('\n');
  head.pop();
  // Pass 1: how many blocks fit (a block's length does not depend on its references).
  const sizing = rng(seed);
  let room = lines - head.length - TAIL.length;
  let count = 0;
  for (;;) {
    const size = siteBlock(count, [], sizing).length;
    if (size > room) break;
    room -= size;
    count++;
  }
  const perKind = [0, 1, 2, 3, 4].map((kind) => Math.floor((count - 1 - kind) / 5) + 1);
  // Pass 2: the text, with each block's children in its kind's tree.
  const random = rng(seed);
  const out = [...head];
  for (let n = 0; n < count; n++) {
    const kind = n % 5;
    const k = (n - kind) / 5;
    const refs = [2 * k + 1, 2 * k + 2].filter((c) => c < perKind[kind]).map((c) => pad(c * 5 + kind));
    out.push(...siteBlock(n, refs, random));
  }
  for (let i = 0; i < room; i++) out.push('');
  out.push(...TAIL);
  return out.join('\n') + '\n';
}

/** A master.cf like Debian's, for postconf and for the server's sibling lookups. */
export const MASTER_CF = `smtp      inet  n       -       y       -       -       smtpd
pickup    unix  n       -       y       60      1       pickup
cleanup   unix  n       -       y       -       0       cleanup
qmgr      unix  n       -       n       300     1       qmgr
tlsmgr    unix  -       -       y       1000?   1       tlsmgr
rewrite   unix  -       -       y       -       -       trivial-rewrite
bounce    unix  -       -       y       -       0       bounce
defer     unix  -       -       y       -       0       bounce
trace     unix  -       -       y       -       0       bounce
verify    unix  -       -       y       -       1       verify
flush     unix  n       -       y       1000?   0       flush
proxymap  unix  -       -       n       -       -       proxymap
proxywrite unix -       -       n       -       1       proxymap
smtp      unix  -       -       y       -       -       smtp
relay     unix  -       -       y       -       -       smtp
        -o syslog_name=postfix/$service_name
showq     unix  n       -       y       -       -       showq
error     unix  -       -       y       -       -       error
retry     unix  -       -       y       -       -       error
discard   unix  -       -       y       -       -       discard
local     unix  -       n       n       -       -       local
virtual   unix  -       n       n       -       -       virtual
lmtp      unix  -       -       y       -       -       lmtp
anvil     unix  -       -       y       -       1       anvil
scache    unix  -       -       y       -       1       scache
postlog   unix-dgram n  -       n       -       1       postlogd
`;

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/**
 * A Postfix mail log of about `bytes` bytes: connections, rejections, deliveries, bounces, deferrals,
 * and an occasional warning, in classic syslog form.
 */
export function generateMailLog(bytes, seed = 2) {
  const random = rng(seed);
  const chunks = [];
  let size = 0;
  let second = 0;
  let q = 0x1a2b3c;
  while (size < bytes) {
    const t = second++;
    const day = 1 + Math.floor(t / 86400) % 28;
    const hh = String(Math.floor(t / 3600) % 24).padStart(2, '0');
    const mm = String(Math.floor(t / 60) % 60).padStart(2, '0');
    const ss = String(t % 60).padStart(2, '0');
    const stamp = `${MONTHS[Math.floor(t / 2419200) % 12]} ${String(day).padStart(2, ' ')} ${hh}:${mm}:${ss} mail`;
    const pid = 1000 + Math.floor(random() * 60000);
    const ip = `203.0.113.${Math.floor(random() * 254) + 1}`;
    const id = (q++).toString(16).toUpperCase().padStart(10, '0');
    const r = random();
    let block;
    if (r < 0.25) {
      block =
        `${stamp} postfix/smtpd[${pid}]: connect from unknown[${ip}]\n` +
        `${stamp} postfix/smtpd[${pid}]: NOQUEUE: reject: RCPT from unknown[${ip}]: 554 5.7.1 <user${q}@example.org>: Relay access denied; from=<spam${q}@example.biz> to=<user${q}@example.org> proto=ESMTP helo=<ylmf-pc>\n` +
        `${stamp} postfix/smtpd[${pid}]: disconnect from unknown[${ip}] ehlo=1 mail=1 rcpt=0/1 quit=1 commands=3/4\n`;
    } else if (r < 0.9) {
      block =
        `${stamp} postfix/smtpd[${pid}]: connect from client${q % 500}.example.com[${ip}]\n` +
        `${stamp} postfix/smtpd[${pid}]: ${id}: client=client${q % 500}.example.com[${ip}]\n` +
        `${stamp} postfix/cleanup[${pid + 1}]: ${id}: message-id=<${q}.${pid}@example.com>\n` +
        `${stamp} postfix/qmgr[900]: ${id}: from=<sender${q % 1000}@example.com>, size=${1000 + (q % 50000)}, nrcpt=1 (queue active)\n` +
        `${stamp} postfix/smtp[${pid + 2}]: ${id}: to=<rcpt${q % 2000}@example.net>, relay=mx.example.net[198.51.100.7]:25, delay=0.${q % 10}, delays=0.1/0/0.1/0.2, dsn=2.0.0, status=sent (250 2.0.0 Ok: queued as ${(q * 7).toString(16).toUpperCase()})\n` +
        `${stamp} postfix/qmgr[900]: ${id}: removed\n`;
    } else if (r < 0.97) {
      block =
        `${stamp} postfix/smtp[${pid}]: ${id}: to=<gone${q % 300}@example.net>, relay=mx.example.net[198.51.100.7]:25, delay=1.2, delays=0.1/0/0.5/0.6, dsn=5.1.1, status=bounced (host mx.example.net[198.51.100.7] said: 550 5.1.1 <gone${q % 300}@example.net>: Recipient address rejected: User unknown (in reply to RCPT TO command))\n`;
    } else if (r < 0.995) {
      block =
        `${stamp} postfix/smtp[${pid}]: ${id}: to=<slow${q % 100}@example.org>, relay=none, delay=300, delays=0/0/300/0, dsn=4.4.1, status=deferred (connect to mx.example.org[192.0.2.9]:25: Connection timed out)\n`;
    } else {
      block = `${stamp} postfix/smtpd[${pid}]: warning: hostname client${q}.example.com does not resolve to address ${ip}: Name or service not known\n`;
    }
    chunks.push(block);
    size += block.length;
  }
  return chunks.join('');
}
