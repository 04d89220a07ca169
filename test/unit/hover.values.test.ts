/** Hovers inside values (issue 4): restriction names, lookup table types, keyword values and SMTP codes. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createLanguageService } from '../../server/src/languageService';
import { restrictionDocs } from '../../server/src/knowledge/restrictionDocs';
import { tableTypes } from '../../server/src/knowledge/tableTypes';
import { valueDocs } from '../../server/src/knowledge/valueDocs';
import { lookupReplyCode } from '../../server/src/knowledge/smtpCodes';
import { activity } from '../../server/src/features/hover/restriction';
import { approvedTables, tableSegments } from '../../server/src/features/hover/table';
import { cursor, mainCf, range, settings } from '../helpers';
import { allRestrictions } from '../../server/src/knowledge/restrictions';

const service = createLanguageService();

function hoverAt(textWithCursor: string, overrides: { locale?: 'en' | 'ja'; version?: string } = {}) {
  const { text, offset } = cursor(textWithCursor);
  const doc = mainCf(text);
  const hover = service.hover(doc, doc.positionAt(offset), settings(overrides));
  const value = hover && typeof hover.contents === 'object' && 'value' in hover.contents ? hover.contents.value : '';
  return { hover, value, plain: unescape(value), headline: unescape(value.split('\n')[0]) };
}

/** The Markdown with its backslash escapes removed: the text a reader sees. */
function unescape(markdown: string): string {
  return markdown.replace(/\\([\\`*_{}[\]()<>#+\-.!|~&:"'])/g, '$1');
}

// ---------------------------------------------------------------------------------------------
// Restrictions.

test('defer_unauth_destination replies with relay_domains_reject_code minus 100, from the file', () => {
  const byDefault = hoverAt('smtpd_relay_restrictions = permit_mynetworks, defer_unauth_de|stination\n');
  assert.deepEqual(byDefault.hover?.range, range(0, 46, 0, 70));
  assert.match(byDefault.value, /Reply: `454 4\.7\.1 <recipient>: Relay access denied` — code from relay_domains_reject_code = 554 \(the built-in default\) minus 100/);
  const with550 = hoverAt('relay_domains_reject_code = 550\nsmtpd_relay_restrictions = permit_mynetworks, defer_unauth_de|stination\n');
  assert.match(with550.value, /Reply: `450 4\.7\.1 <recipient>: Relay access denied` — code from relay_domains_reject_code = 550 \(set on line 1\) minus 100/);
  assert.equal(with550.headline, `**\`defer_unauth_destination\`** — ${restrictionDocs.defer_unauth_destination.tests.en}`);
  // The code parameter may itself refer to another parameter.
  const viaRef = hoverAt('my_code = 550\nrelay_domains_reject_code = $my_code\nsmtpd_relay_restrictions = defer_unauth_de|stination\n');
  assert.match(viaRef.value, /`450 4\.7\.1 <recipient>: Relay access denied` — code from relay_domains_reject_code = 550 \(set on line 2\)/);
});

test('reject_unauth_destination replies 554 5.7.1 Relay access denied, the enhanced class following the code', () => {
  const { value, hover } = hoverAt('smtpd_recipient_restrictions =\n    permit_mynetworks,\n    REJECT_unauth_destination|\n');
  assert.deepEqual(hover?.range, range(2, 4, 2, 29));
  assert.match(value, /^\*\*`reject_unauth_destination`\*\*/);
  assert.match(value, /Reply: `554 5\.7\.1 <recipient>: Relay access denied`/);
  assert.match(hoverAt('relay_domains_reject_code = 450\nsmtpd_recipient_restrictions = reject_unauth_dest|ination\n').value, /`450 4\.7\.1 <recipient>: Relay access denied`/);
  // soft_bounce turns what clients see into 4xx.
  const soft = hoverAt('soft_bounce = yes\nsmtpd_recipient_restrictions = reject_unauth_dest|ination\n').value;
  assert.match(soft, /soft_bounce = yes is in effect: clients receive 4xx instead of 5xx/);
  // An out-of-range code is replaced by smtpd.
  const bad = hoverAt('relay_domains_reject_code = 250\nsmtpd_recipient_restrictions = reject_unauth_dest|ination\n').value;
  assert.match(bad, /outside 400-599: smtpd logs "SMTP reply code configuration error" and sends 450 4\.7\.1 Service unavailable/);
});

test('a generic restriction names the reply class of the list it sits in', () => {
  const client = hoverAt('smtpd_client_restrictions = rej|ect\n').value;
  assert.match(client, /Reply: `554 5\.7\.1 <value>: Client host rejected: Access denied` — code from reject_code = 554/);
  assert.match(client, /`<value>` stands for the client as hostname\[address\]\./);
  const relay = hoverAt('reject_code = 550\nsmtpd_relay_restrictions = rej|ect\n').value;
  assert.match(relay, /`550 5\.7\.1 <value>: Recipient address rejected: Access denied`/);
  const defer = hoverAt('smtpd_helo_restrictions = def|er\n').value;
  assert.match(defer, /`450 4\.3\.2 <value>: Helo command rejected: Try again later` — code from defer_code = 450/);
});

test('the stage says where a restriction can act, and warns in a list where it cannot', () => {
  const recipientLine = 'Tests the recipient: it acts in smtpd_relay_restrictions and smtpd_recipient_restrictions';
  assert.ok(hoverAt('smtpd_recipient_restrictions = reject_unauth_dest|ination\n').value.includes(recipientLine));
  const delayed = hoverAt('smtpd_client_restrictions = reject_unauth_dest|ination\n').value;
  assert.doesNotMatch(delayed, /does nothing/);
  const undelayed = hoverAt('smtpd_delay_reject = no\nsmtpd_client_restrictions = reject_unauth_dest|ination\n').value;
  assert.match(undelayed, /In smtpd_client_restrictions it does nothing: with smtpd_delay_reject = no that list runs before the recipient is known\./);
  assert.match(hoverAt('smtpd_etrn_restrictions = check_sender_acc|ess hash:/etc/x\n').value, /In smtpd_etrn_restrictions it does nothing: the sender is not known there\./);
  assert.match(hoverAt('smtpd_data_restrictions = check_recipient_acc|ess hash:/etc/x\n').value, /In smtpd_data_restrictions it acts only when the message has exactly one recipient\./);
  assert.match(hoverAt('smtpd_client_restrictions = permit_mynet|works\n').value, /Tests the client, which is known from the connection on/);
  // The table: smtpd guards each stage by what it knows.
  assert.equal(activity('client', 'helo', true), 'yes');
  assert.equal(activity('client', 'helo', false), 'delay');
  assert.equal(activity('helo', 'sender', false), 'delay');
  assert.equal(activity('etrn', 'recipient', true), 'no');
  assert.equal(activity('end_of_data', 'recipient', true), 'single');
  assert.equal(activity('recipient', 'etrn', true), 'no');
  assert.equal(activity('data', 'generic', false), 'yes');
});

test('restrictions are explained in lists, classes and user macros, not in other parameters', () => {
  const cls = hoverAt('smtpd_restriction_classes = strict\nstrict = reject_unknown_sender_dom|ain\n');
  assert.deepEqual(cls.hover?.range, range(1, 9, 1, 37));
  assert.match(cls.value, /`450 4\.1\.8 <sender>: Sender address rejected: Domain not found` — code from unknown_address_reject_code = 450/);
  assert.match(hoverAt('my_checks = permit_sasl_auth|enticated\n').value, /^\*\*`permit_sasl_authenticated`\*\*/);
  assert.equal(hoverAt('mydestination = rej|ect\n').hover, null);
  assert.equal(hoverAt('smtpd_recipient_restrictions = no_such_restric|tion\n').hover, null);
});

test('legacy and removed restriction names give their replacement for the configured version', () => {
  assert.match(hoverAt('smtpd_client_restrictions = reject_unknown_cli|ent\n').value, /Older name, still accepted; the current name is `reject_unknown_client_hostname`\./);
  const removed = hoverAt('smtpd_client_restrictions = reject_maps_r|bl\n').value;
  assert.match(removed, /Postfix 3\.9 and later no longer accept this name: smtpd logs a warning and answers 451 4\.3\.5 when it reaches it\. Use `reject_rbl_client` instead\./);
  const old = hoverAt('smtpd_client_restrictions = reject_maps_r|bl\n', { version: '3.7' }).value;
  assert.match(old, /Removed in Postfix 3\.9 \(Postfix 3\.7 still accepts it\); use `reject_rbl_client` instead\./);
  assert.match(hoverAt('smtpd_client_restrictions = permit_naked_ip_addr|ess\n').value, /Use `permit_mynetworks` \/ `permit_sasl_authenticated` instead/);
  assert.match(hoverAt('smtpd_recipient_restrictions = permit_mx_bac|kup\n').value, /Status: 3\.9\+ warns it will be removed; use relay_domains/);
});

test('restriction hovers speak Japanese when the locale is ja', () => {
  const doc = restrictionDocs.check_client_access;
  const { value, plain } = hoverAt('smtpd_client_restrictions = check_client_acc|ess hash:/etc/postfix/access\n', { locale: 'ja' });
  assert.ok(doc.tests.ja && plain.startsWith(`**\`check_client_access\`** — ${doc.tests.ja}`));
  assert.match(value, /- 応答: `554 5\.7\.1 <client>: Client host rejected: Access denied` — コードは access_map_reject_code = 554 \(組み込みのデフォルト\)/);
  assert.match(value, /クライアントを検査します/);
  const undelayed = hoverAt('smtpd_delay_reject = no\nsmtpd_helo_restrictions = reject_unauth_dest|ination\n', { locale: 'ja' }).value;
  assert.match(undelayed, /smtpd_helo_restrictions では何もしません。smtpd_delay_reject = no のため、このリストは受信者が分かる前に評価されます。/);
});

// ---------------------------------------------------------------------------------------------
// Lookup table types.

test('hash needs postmap, regexp does not; the range is the type alone', () => {
  const hash = hoverAt('smtpd_recipient_restrictions = check_recipient_access h|ash:/etc/postfix/access\n');
  assert.deepEqual(hash.hover?.range, range(0, 54, 0, 58));
  assert.equal(hash.headline, `**\`hash\`** — lookup table type: ${tableTypes.hash.summary.en}`);
  assert.match(hash.value, /- Needs `postmap` after every change of the source file; the database is `name\.db`\./);
  assert.match(hash.value, /- Reads a local database file\./);
  const regexp = hoverAt('header_checks = re|gexp:/etc/postfix/header_checks\n');
  assert.deepEqual(regexp.hover?.range, range(0, 16, 0, 22));
  assert.match(regexp.value, /- No `postmap` step\./);
  assert.match(regexp.value, /- Reads a text file, loaded whole into memory/);
  assert.match(hoverAt('alias_maps = has|h:/etc/aliases\n').value, /Needs `postalias` \(or `newaliases`\)/);
  assert.match(hoverAt('mynetworks = cd|b:/etc/postfix/nets\n').value, /`name\.cdb`.*\n.*Since Postfix 2\.2\n- Debian\/Ubuntu package: `postfix-cdb`/);
});

test('proxy: says whether the inner table is in the proxy_read_maps in effect', () => {
  const listed = hoverAt('virtual_alias_maps = pr|oxy:mysql:/etc/postfix/va.cf\n');
  assert.deepEqual(listed.hover?.range, range(0, 21, 0, 26));
  assert.match(listed.value, /\*\*`mysql:\/etc\/postfix\/va\.cf` is in the proxy_read_maps in effect, so proxymap serves it\.\*\*/);
  // A table in a restriction class is not in the default proxy_read_maps.
  const inClass = hoverAt('smtpd_restriction_classes = c\nc = check_sender_access pro|xy:hash:/etc/postfix/c\n');
  assert.match(inClass.value, /`hash:\/etc\/postfix\/c` is not in the proxy_read_maps in effect: proxymap refuses the lookup and logs "request for unapproved table"/);
  const approved = hoverAt('proxy_read_maps = $virtual_alias_maps proxy:hash:/etc/postfix/c\nsmtpd_restriction_classes = c\nc = check_sender_access pro|xy:hash:/etc/postfix/c\n');
  assert.match(approved.value, /`hash:\/etc\/postfix\/c` is in the proxy_read_maps in effect/);
  // Only proxy:-prefixed words approve a table: proxymap skips the others.
  assert.deepEqual([...approvedTables('hash:/a, proxy:proxy:cdb:/b proxy:nocolon $x')], ['cdb:/b']);
  // Tables that Postfix updates go through proxywrite.
  assert.match(hoverAt('address_verify_map = pro|xy:btree:/var/lib/postfix/verify\n').value, /`btree:\/var\/lib\/postfix\/verify` is in the proxy_write_maps in effect/);
  assert.match(
    hoverAt('proxy_write_maps = $postscreen_cache_map\naddress_verify_map = pro|xy:btree:/var/lib/postfix/verify\n').value,
    /`btree:\/var\/lib\/postfix\/verify` is not in the proxy_write_maps in effect/,
  );
  // The inner type has its own hover.
  const inner = hoverAt('virtual_alias_maps = proxy:my|sql:/etc/postfix/va.cf\n');
  assert.deepEqual(inner.hover?.range, range(0, 27, 0, 32));
  assert.match(inner.value, /Debian\/Ubuntu package: `postfix-mysql`/);
});

test('table types are found only where they name tables', () => {
  assert.equal(hoverAt('smtpd_recipient_restrictions = check_policy_service un|ix:private/policy\n').hover, null);
  assert.equal(hoverAt('smtpd_milters = in|et:127.0.0.1:8891\n').hover, null);
  assert.match(hoverAt('local_recipient_maps = proxy:un|ix:passwd.byname $alias_maps\n').value, /^\*\*`unix`\*\*/);
  assert.deepEqual(
    tableSegments('unionmap:{hash:/a, proxy:cidr:/b}').map((s) => [s.type, s.start, s.end]),
    [['unionmap', 0, 8], ['hash', 10, 14], ['proxy', 19, 24], ['cidr', 25, 29]],
  );
  assert.deepEqual(tableSegments('lmtp:unix:private/dovecot-lmtp'), []);
  assert.deepEqual(tableSegments('unix:/run/opendkim.sock'), []);
});

// ---------------------------------------------------------------------------------------------
// Keyword values.

test('an enumerated value shows the meaning of the chosen keyword', () => {
  const may = hoverAt('smtpd_tls_security_level = m|ay\n');
  assert.deepEqual(may.hover?.range, range(0, 27, 0, 30));
  assert.ok(may.plain.includes(valueDocs.smtpd_tls_security_level.may.en));
  assert.equal(may.headline, '**`may`** — value of `smtpd_tls_security_level`');
  assert.ok(hoverAt('mynetworks_style = h|ost\n').plain.includes(valueDocs.mynetworks_style.host.en));
  // A documented combination covers the whole value; otherwise the keyword under the cursor.
  const both = hoverAt('inet_protocols = ipv4, ip|v6\n');
  assert.deepEqual(both.hover?.range, range(0, 17, 0, 27));
  assert.ok(both.plain.includes(valueDocs.inet_protocols['ipv4, ipv6'].en));
  const one = hoverAt('smtpd_sasl_security_options = noanonymous, noplain|text\n');
  assert.deepEqual(one.hover?.range, range(0, 43, 0, 54));
  assert.ok(one.plain.includes(valueDocs.smtpd_sasl_security_options.noplaintext.en));
  // Compatibility levels between the documented ones behave like the one below.
  assert.ok(hoverAt('compatibility_level = 3.|7\n').plain.includes(valueDocs.compatibility_level['3.6'].en));
  assert.equal(hoverAt('smtpd_tls_security_level = mayb|e\n').hover, null);
});

// ---------------------------------------------------------------------------------------------
// SMTP codes.

test('a reply-code value explains the code and the replies clients then see', () => {
  const { hover, value, headline } = hoverAt('relay_domains_reject_code = 5|54\n');
  assert.deepEqual(hover?.range, range(0, 28, 0, 31));
  assert.equal(headline, '**`554`** — SMTP reply code: Transaction failed');
  assert.match(value, /Permanent \(5xx\): the client does not retry/);
  assert.match(value, /- `reject_unauth_destination`: `554 5\.7\.1 <recipient>: Relay access denied`/);
  assert.match(value, /- `defer_unauth_destination`: `454 4\.7\.1 <recipient>: Relay access denied`/);
  const soft = hoverAt('relay_domains_reject_code = 4|50\n').value;
  assert.match(soft, /Temporary \(4xx\): the client keeps the message and tries again later\./);
  // 450 - 100 is no reply code: smtpd sends its generic reply instead.
  assert.match(soft, /- `defer_unauth_destination`: `450 4\.7\.1 Service unavailable`/);
  assert.match(hoverAt('unknown_client_reject_code = 2|50\n').value, /outside 400-599/);
  assert.match(hoverAt('access_map_reject_code = 5|54\n').value, /- … and \d+ more/);
});

test('codes inside a reply text: reply code, enhanced code and the Postfix reply they form', () => {
  const reply = hoverAt('smtpd_policy_service_default_action = 45|1 4.3.5 Server configuration problem\n');
  assert.deepEqual(reply.hover?.range, range(0, 38, 0, 41));
  assert.equal(reply.headline, `**\`451\`** — SMTP reply code: ${lookupReplyCode('451')?.title.en}`);
  assert.match(reply.value, /Temporary \(4xx\)/);
  assert.match(reply.value, /- Enhanced code `4\.3\.5`: System incorrectly configured/);
  assert.match(reply.value, /\*\*Postfix sends this reply:\*\* `451 4\.3\.5 Server configuration problem`/);
  assert.match(reply.value, /Settings to look at: `smtpd_policy_service_default_action`/);
  const enhanced = hoverAt('smtpd_policy_service_default_action = 451 4.3|.5 Server configuration problem\n');
  assert.deepEqual(enhanced.hover?.range, range(0, 42, 0, 47));
  assert.equal(enhanced.headline, '**`4.3.5`** — Enhanced status code: System incorrectly configured');
  assert.match(enhanced.value, /- Class 4: Persistent transient failure\n- Subject X\.3: Mail system status\n- Registered at IANA as `X\.3\.5` \(RFC 3463\)/);
});

test('503 5.5.1 is a command-order error, never "unavailable"', () => {
  for (const at of ['5|03 5.5.1', '503 5.5|.1']) {
    const { value, headline } = hoverAt(`smtpd_policy_service_default_action = ${at} Error: need MAIL command\n`);
    assert.doesNotMatch(headline, /unavailable/i);
    // The only mention of "unavailable" may be the explicit denial.
    const rest = value.replace(/does not mean the server is unavailable|not "server unavailable"|not a server outage/g, '');
    assert.doesNotMatch(rest, /unavailable/i, value);
  }
  assert.match(hoverAt('smtpd_policy_service_default_action = 5|03 5.5.1 Error: need MAIL command\n').headline, /Bad sequence of commands/);
  assert.match(hoverAt('smtpd_policy_service_default_action = 503 5.5|.1 Error: need MAIL command\n').headline, /Invalid command/);
});

test('4.7.650 is Microsoft-specific and not in the IANA registry', () => {
  const { hover, value, headline } = hoverAt('smtpd_reject_footer = Microsoft said: 451 4.7.6|50 rate limited\n');
  assert.deepEqual(hover?.range, range(0, 42, 0, 49));
  assert.match(headline, /\(Microsoft-specific code\)$/);
  assert.match(value, /- Not in the IANA registry of enhanced status codes/);
  assert.match(value, /\*\*Microsoft-specific code:\*\* Temporarily rate limited due to IP reputation/);
  // Gmail's 4.7.0 needs its text; a bare 4.7.0 is the generic registered code.
  const generic = hoverAt('smtpd_reject_footer = 421 4.7|.0 try later\n').value;
  assert.doesNotMatch(generic, /Google/);
  const gmail = hoverAt('smtpd_reject_footer = 421 4.7|.0 unusual rate of unsolicited mail\n').value;
  assert.match(gmail, /How Google \(Gmail\) uses it:/);
});

test('SMTP code hovers speak Japanese when the locale is ja', () => {
  const { value } = hoverAt('relay_domains_reject_code = 5|54\n', { locale: 'ja' });
  assert.match(value, /SMTP 応答コード: トランザクションが失敗しました/);
  assert.match(value, /恒久的なエラー \(5xx\) です。/);
  assert.match(value, /`relay_domains_reject_code` のコードを使う応答 \(この値の場合\):/);
});

test('numbers that are not SMTP codes get no code hover', () => {
  assert.equal(hoverAt('mynetworks = 192.0.2.|0/24\n').hover, null);
  assert.equal(hoverAt('smtpd_banner = $myhostname ESMTP 2.11|.3\n').hover, null);
  assert.equal(hoverAt('message_size_limit = 5|54\n').hover, null);
  assert.equal(hoverAt('smtpd_reject_footer = call 555-0101|\n').hover, null);
});

// ---------------------------------------------------------------------------------------------
// Whole catalogs: every restriction, table type and documented keyword gets its hover.

test('every restriction name gets a hover with what it tests and, when it replies, a concrete reply', () => {
  let count = 0;
  for (const info of allRestrictions()) {
    const doc = restrictionDocs[info.name];
    assert.ok(doc, info.name);
    const { hover, value, headline } = hoverAt(`smtpd_recipient_restrictions = permit_mynetworks, ${info.name}|\n`);
    assert.deepEqual(hover?.range, range(0, 50, 0, 50 + info.name.length), info.name);
    assert.equal(headline, `**\`${info.name}\`** — ${doc.tests.en}`, info.name);
    if (doc.reply) assert.match(value, /- Reply: `[45]\d\d [45]\.\d{1,3}\.\d{1,3} /, info.name);
    else assert.doesNotMatch(value, /- Reply:/, info.name);
    if (info.status === 'legacy') assert.match(value, /Older name, still accepted/, info.name);
    if (info.status === 'removed') assert.match(value, /no longer accept this name/, info.name);
    count++;
  }
  assert.equal(count, 78, `${count} restrictions`);
});

test('every lookup table type gets a hover that says whether it needs postmap', () => {
  for (const [type, doc] of Object.entries(tableTypes)) {
    const table = type === 'unix' ? 'unix:passwd.byname' : `${type}:/etc/postfix/table`;
    const { hover, value, headline } = hoverAt(`transport_maps = |${table}\n`);
    assert.deepEqual(hover?.range, range(0, 17, 0, 17 + type.length), type);
    assert.equal(headline, `**\`${type}\`** — lookup table type: ${doc.summary.en}`, type);
    assert.equal(/Needs `postmap`/.test(value), doc.needsPostmap, type);
    assert.equal(value.includes('- No `postmap` step.'), !doc.needsPostmap, type);
  }
  assert.deepEqual(Object.keys(tableTypes).length, 31);
});

test('every documented keyword value gets its own meaning', () => {
  let count = 0;
  for (const [name, table] of Object.entries(valueDocs)) {
    for (const [keyword, doc] of Object.entries(table)) {
      if (keyword === '') continue;
      const { hover, plain, headline } = hoverAt(`${name} = |${keyword}\n`);
      assert.deepEqual(hover?.range, range(0, name.length + 3, 0, name.length + 3 + keyword.length), `${name} = ${keyword}`);
      assert.equal(headline, `**\`${keyword}\`** — value of \`${name}\``, `${name} = ${keyword}`);
      assert.ok(plain.includes(doc.en), `${name} = ${keyword}`);
      count++;
    }
  }
  assert.ok(count > 50, `${count} keywords`);
});
