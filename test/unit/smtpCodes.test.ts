import { test } from 'node:test';
import assert from 'node:assert/strict';
import {
  RFC5321_REPLY_CODES,
  enhancedClasses,
  enhancedCodeParts,
  enhancedCodes,
  enhancedSubjects,
  findCodesInText,
  findPostfixReplies,
  lookupEnhancedCode,
  lookupProviderCode,
  lookupReplyCode,
  postfixReplies,
  providerCodes,
  replyCodes,
} from '../../server/src/knowledge/smtpCodes';

/* ---------------------------------------------------------------- reply codes */

test('every RFC 5321 reply code is in the table, exactly once', () => {
  assert.deepEqual([...RFC5321_REPLY_CODES].sort(), [
    '211', '214', '220', '221', '250', '251', '252', '354', '421', '450', '451', '452', '455',
    '500', '501', '502', '503', '504', '550', '551', '552', '553', '554', '555',
  ]);
  for (const code of RFC5321_REPLY_CODES) {
    assert.equal(replyCodes.filter((r) => r.code === code).length, 1, code);
    const info = lookupReplyCode(code);
    assert.ok(info && !info.generic, code);
    assert.equal(info.source, 'RFC 5321', code);
  }
  assert.equal(new Set(replyCodes.map((r) => r.code)).size, replyCodes.length);
});

test('503 is a bad sequence of commands, not "service unavailable"', () => {
  const info = lookupReplyCode('503');
  assert.ok(info);
  assert.match(info.title.en, /Bad sequence of commands/);
  assert.equal(info.kind, 'permanent');
  assert.doesNotMatch(info.title.en, /unavailable/i);
  assert.match(lookupReplyCode('421')!.title.en, /Service not available/);
});

test('the first digit gives the kind of reply', () => {
  assert.equal(lookupReplyCode('250')!.kind, 'success');
  assert.equal(lookupReplyCode('354')!.kind, 'intermediate');
  assert.equal(lookupReplyCode('450')!.kind, 'transient');
  assert.equal(lookupReplyCode('550')!.kind, 'permanent');
});

test('extension codes name their RFC, and 454 mentions defer_unauth_destination', () => {
  assert.equal(lookupReplyCode('521')!.source, 'RFC 7504');
  assert.equal(lookupReplyCode('556')!.source, 'RFC 7504');
  assert.equal(lookupReplyCode('535')!.source, 'RFC 4954');
  assert.match(lookupReplyCode('454')!.detail.en, /defer_unauth_destination/);
  assert.match(lookupReplyCode('530')!.detail.en, /never from Postfix/);
});

test('other codes get a description from their digits', () => {
  const info = lookupReplyCode('459');
  assert.ok(info);
  assert.equal(info.generic, true);
  assert.equal(info.kind, 'transient');
  assert.match(info.title.en, /mail system/);
  assert.match(info.title.ja ?? '', /メールシステム/);
  assert.equal(lookupReplyCode('506')!.kind, 'permanent');
  assert.match(lookupReplyCode('506')!.title.en, /syntax/);
  assert.match(lookupReplyCode('522')!.title.en, /connections/);
  assert.equal(lookupReplyCode('599'), undefined, 'second digit 9 is not defined');
  assert.equal(lookupReplyCode('199'), undefined);
  assert.equal(lookupReplyCode('600'), undefined);
  assert.equal(lookupReplyCode('55'), undefined);
  assert.equal(lookupReplyCode(' 554 ')!.code, '554');
});

/* ---------------------------------------------------------------- enhanced codes */

function expectedDetails(): string[] {
  // Highest assigned detail per subject X.0 .. X.7 (RFC 3463 and the IANA registry).
  const lastDetail = [0, 10, 4, 6, 7, 6, 10, 30];
  const out: string[] = [];
  lastDetail.forEach((last, subject) => {
    for (let d = 0; d <= last; d++) out.push(`X.${subject}.${d}`);
  });
  return out;
}

test('every registered detail code X.0.0 .. X.7.30 is present exactly once, and nothing else', () => {
  const expected = expectedDetails();
  assert.equal(expected.length, 81);
  const actual = enhancedCodes.map((e) => e.code);
  assert.deepEqual([...actual].sort(), [...expected].sort());
  assert.equal(new Set(actual).size, actual.length);
});

test('unassigned details are not invented', () => {
  for (const code of ['5.7.31', 'X.1.11', '4.2.5', '5.3.7', '5.4.8', '5.5.7', '5.6.11', '5.0.1', '5.8.0', '4.7.650']) {
    assert.equal(lookupEnhancedCode(code), undefined, code);
  }
  assert.equal(lookupEnhancedCode('3.7.1'), undefined, 'class 3 does not exist');
  assert.equal(lookupEnhancedCode('5.7'), undefined);
});

test('classes and subjects', () => {
  assert.deepEqual(Object.keys(enhancedClasses).sort(), ['2', '4', '5']);
  assert.deepEqual(enhancedSubjects.map((s) => s.code), ['X.0', 'X.1', 'X.2', 'X.3', 'X.4', 'X.5', 'X.6', 'X.7']);
  assert.match(enhancedSubjects[7].title.en, /Security or policy/);
  assert.match(enhancedSubjects[1].title.en, /Addressing/);
});

test('lookup accepts 5.7.1, 4.7.1 and X.7.1, and the class digit changes the meaning', () => {
  const perm = lookupEnhancedCode('5.7.1')!;
  const temp = lookupEnhancedCode('4.7.1')!;
  const any = lookupEnhancedCode('X.7.1')!;
  const lower = lookupEnhancedCode('x.7.1')!;
  for (const info of [perm, temp, any, lower]) {
    assert.equal(info.registryCode, 'X.7.1');
    assert.equal(info.title.en, 'Delivery not authorized, message refused');
    assert.equal(info.source, 'RFC 3463');
  }
  assert.equal(perm.code, '5.7.1');
  assert.equal(perm.codeClass, '5');
  assert.equal(perm.classTitle!.en, 'Permanent failure');
  assert.equal(temp.codeClass, '4');
  assert.equal(temp.classTitle!.en, 'Persistent transient failure');
  assert.equal(any.code, 'X.7.1');
  assert.equal(any.codeClass, undefined);
  assert.equal(any.classTitle, undefined);
  assert.equal(lookupEnhancedCode('2.1.5')!.classTitle!.en, 'Success');
  assert.equal(lookupEnhancedCode('5.07.001')!.code, '5.7.1', 'leading zeros are normalised');
});

test('specific registry facts', () => {
  const cases: Array<[string, RegExp, string]> = [
    ['5.7.26', /^Multiple authentication checks failed$/, 'RFC 7372'],
    ['X.7.30', /^REQUIRETLS support required$/, 'RFC 8689'],
    ['X.7.29', /^ARC validation failure$/, 'RFC 8617'],
    ['X.7.27', /^Sender address has null MX$/, 'RFC 7505'],
    ['X.1.10', /^Recipient address has null MX$/, 'RFC 7505'],
    ['X.7.8', /^Authentication credentials invalid$/, 'RFC 4954'],
    ['X.7.10', /^Encryption needed$/, 'RFC 5248'],
    ['X.7.17', /^Mailbox owner has changed$/, 'RFC 7293'],
    ['X.3.6', /^Requested priority was changed$/, 'RFC 6710'],
    ['X.1.9', /^Message relayed to non-compliant mailer$/, 'RFC 3886'],
    ['X.6.6', /^Message content not available$/, 'RFC 4468'],
    ['X.6.7', /^Non-ASCII addresses not permitted/, 'RFC 6531'],
    ['X.5.6', /^Authentication exchange line is too long$/, 'RFC 4954'],
    ['5.4.1', /^No answer from host$/, 'RFC 3463'],
    ['5.5.1', /^Invalid command$/, 'RFC 3463'],
    ['X.7.23', /^SPF validation failed$/, 'RFC 7372'],
  ];
  for (const [code, title, source] of cases) {
    const info = lookupEnhancedCode(code);
    assert.ok(info, code);
    assert.match(info.title.en, title, code);
    assert.equal(info.source, source, code);
  }
  assert.match(lookupEnhancedCode('X.7.28')!.title.en, /Mail flood detected/);
  assert.match(lookupEnhancedCode('X.7.28')!.source, /IANA registry/);
  assert.equal(lookupEnhancedCode('X.6.10')!.deprecated, true);
  assert.equal(lookupEnhancedCode('X.6.8')!.deprecated, undefined);
});

test('explanations address the usual misconceptions', () => {
  assert.match(lookupEnhancedCode('5.5.1')!.detail.en, /not a server outage/);
  assert.match(lookupEnhancedCode('5.4.1')!.detail.en, /Microsoft/);
  assert.match(lookupEnhancedCode('4.7.1')!.detail.en, /454 4\.7\.1/);
  assert.match(lookupEnhancedCode('5.7.27')!.detail.en, /Gmail/);
});

test('parts of unregistered codes such as 4.7.650', () => {
  const parts = enhancedCodeParts('4.7.650');
  assert.ok(parts);
  assert.equal(parts.registered, false);
  assert.equal(parts.classTitle!.en, 'Persistent transient failure');
  assert.match(parts.subject!.en, /Security or policy/);
  assert.equal(enhancedCodeParts('5.7.1')!.registered, true);
  assert.equal(enhancedCodeParts('hello'), undefined);
});

/* ---------------------------------------------------------------- provider codes */

test('4.7.650 is Microsoft\'s own code, not an IANA one', () => {
  const hits = lookupProviderCode('4.7.650');
  assert.equal(hits.length, 1);
  assert.equal(hits[0].provider, 'Microsoft');
  assert.equal(hits[0].reply, '451');
  assert.equal(hits[0].inIanaRegistry, false);
  assert.match(hits[0].title.en, /rate limited due to IP reputation/);
  assert.match(hits[0].provenance.en, /not in the IANA registry/);
});

test('Microsoft banned-IP range 5.7.606-5.7.649 and the 5.7.7xx codes', () => {
  for (const code of ['5.7.606', '5.7.607', '5.7.608', '5.7.609', '5.7.649']) {
    assert.equal(lookupProviderCode(code)[0]?.id, 'microsoft-5.7.606-649', code);
  }
  assert.deepEqual(lookupProviderCode('5.7.650'), []);
  assert.equal(lookupProviderCode('5.7.705')[0].provider, 'Microsoft');
  assert.equal(lookupProviderCode('5.7.708')[0].provider, 'Microsoft');
  assert.equal(lookupProviderCode('5.7.750')[0].provider, 'Microsoft');
  assert.deepEqual(lookupProviderCode('5.7.705', '421'), [], 'reply code filters');
});

test('550 5.4.1 "Access denied" is Microsoft edge blocking, while RFC 5.4.1 means no answer from host', () => {
  const ms = lookupProviderCode('5.4.1', '550', '550 5.4.1 [x@example.com]: Recipient address rejected: Access denied. AS(201806281)');
  assert.equal(ms.length, 1);
  assert.equal(ms[0].id, 'microsoft-5.4.1-dbeb');
  assert.equal(ms[0].inIanaRegistry, true);
  assert.match(ms[0].provenance.en, /No answer from host/);
  assert.deepEqual(lookupProviderCode('5.4.1', undefined, '451 4.4.1 No answer from host'), []);
  assert.equal(lookupEnhancedCode('5.4.1')!.title.en, 'No answer from host');
});

test('Gmail codes: 5.7.26 fits the registry, 5.7.27 does not', () => {
  const g26 = lookupProviderCode('5.7.26');
  assert.equal(g26[0].provider, 'Google (Gmail)');
  assert.equal(g26[0].inIanaRegistry, true);
  assert.match(g26[0].provenance.en, /Multiple authentication checks failed/);
  assert.equal(lookupProviderCode('4.7.26')[0].id, g26[0].id);
  const g27 = lookupProviderCode('5.7.27');
  assert.match(g27[0].title.en, /SPF/);
  assert.match(g27[0].provenance.en, /null MX/);
  assert.equal(lookupProviderCode('4.7.28', '421')[0].id, 'google-x.7.28');
  assert.equal(lookupProviderCode('5.7.25')[0].id, 'google-5.7.25-ptr');
});

test('generic codes need the provider text', () => {
  assert.deepEqual(lookupProviderCode('4.7.0'), []);
  assert.deepEqual(lookupProviderCode('5.7.1'), []);
  const v6 = lookupProviderCode('5.7.1', '550', '550-5.7.1 [2001:db8::1] Our system has detected that this message does not meet IPv6 sending guidelines regarding PTR records and authentication.');
  assert.deepEqual(v6.map((e) => e.id), ['google-ipv6-ptr']);
  const yahoo = lookupProviderCode('4.7.0', '421', '421 4.7.0 [TSS04] Messages from 192.0.2.1 temporarily deferred due to unexpected volume or user complaints');
  assert.deepEqual(yahoo.map((e) => e.id), ['yahoo-ts-deferral']);
});

test('provider entries are consistent', () => {
  const ids = new Set<string>();
  for (const e of providerCodes) {
    assert.ok(!ids.has(e.id), e.id);
    ids.add(e.id);
    assert.ok(e.covers.length > 0, e.id);
    for (const c of e.covers) assert.match(c, /^[245]\.\d{1,3}\.\d{1,3}$/, e.id);
    if (e.reply) assert.ok(e.replies.includes(e.reply), e.id);
    // inIanaRegistry must agree with the registry table.
    assert.equal(e.covers.some((c) => lookupEnhancedCode(c) !== undefined), e.inIanaRegistry, e.id);
  }
});

/* ---------------------------------------------------------------- Postfix replies */

function byId(id: string) {
  const e = postfixReplies.find((r) => r.id === id);
  assert.ok(e, id);
  return e;
}

test('verified Postfix reply codes', () => {
  const expect: Array<[string, string, string]> = [
    ['relay-access-denied', '554', '5.7.1'],
    ['relay-access-deferred', '454', '4.7.1'],
    ['user-unknown-local', '550', '5.1.1'],
    ['client-hostname-unknown', '450', '4.7.25'],
    ['client-reverse-hostname-unknown', '450', '4.7.1'],
    ['helo-non-fqdn', '504', '5.5.2'],
    ['sender-domain-not-found', '450', '4.1.8'],
    ['recipient-domain-not-found', '450', '4.1.2'],
    ['need-mail', '503', '5.5.1'],
    ['need-rcpt', '503', '5.5.1'],
    ['auth-not-enabled', '503', '5.5.1'],
    ['send-helo-first', '503', '5.5.1'],
    ['nested-mail', '503', '5.5.1'],
    ['server-configuration-error', '451', '4.3.5'],
    ['server-configuration-problem', '451', '4.3.5'],
    ['rbl-client', '554', '5.7.1'],
    ['message-size-fixed-limit', '552', '5.3.4'],
    ['insufficient-storage', '452', '4.3.1'],
    ['too-many-recipients', '452', '4.5.3'],
    ['too-many-connections', '421', '4.7.0'],
    ['too-much-mail', '450', '4.7.1'],
    ['starttls-required', '530', '5.7.0'],
    ['auth-failed', '535', '5.7.8'],
    ['access-denied', '554', '5.7.1'],
    ['unauth-pipelining', '503', '5.5.0'],
    ['smtp-protocol-synchronization', '554', '5.5.0'],
    ['reply-code-configuration-error', '450', '4.7.1'],
  ];
  for (const [id, reply, enhanced] of expect) {
    const e = byId(id);
    assert.equal(e.reply, reply, id);
    assert.equal(e.enhanced, enhanced, id);
  }
  assert.equal(byId('relay-access-denied').restriction, 'reject_unauth_destination');
  assert.equal(byId('relay-access-deferred').restriction, 'defer_unauth_destination');
  assert.ok(byId('relay-access-denied').settings.includes('relay_domains_reject_code'));
  assert.ok(byId('server-configuration-problem').settings.includes('smtpd_policy_service_default_action'));
  assert.ok(byId('too-many-connections').settings.includes('smtpd_client_connection_count_limit'));
  assert.ok(byId('too-much-mail').settings.includes('smtpd_client_message_rate_limit'));
});

test('every Postfix entry recognises its own example, with matching codes', () => {
  const ids = new Set<string>();
  for (const e of postfixReplies) {
    assert.ok(!ids.has(e.id), `duplicate id ${e.id}`);
    ids.add(e.id);
    assert.ok(findPostfixReplies(e.example).includes(e), e.id);
    const codes = findCodesInText(e.example);
    const reply = codes.find((c) => c.kind === 'reply');
    const enhanced = codes.find((c) => c.kind === 'enhanced');
    assert.ok(reply && enhanced, e.id);
    assert.ok(e.classes.includes(reply.code[0]), e.id);
    assert.equal(enhanced.code.slice(1), e.enhanced.slice(1), `${e.id}: same subject and detail`);
    assert.ok(lookupEnhancedCode(e.enhanced), `${e.id}: ${e.enhanced} is registered`);
    assert.ok(lookupReplyCode(e.reply), `${e.id}: ${e.reply}`);
  }
});

test('454 4.7.1 Relay access denied maps to defer_unauth_destination, 554 5.7.1 to reject_unauth_destination', () => {
  const deferred = findPostfixReplies('454 4.7.1 <x@example.org>: Relay access denied');
  assert.deepEqual(deferred.map((e) => e.restriction), ['defer_unauth_destination']);
  const line = 'Nov 30 10:01:02 mx postfix/smtpd[1234]: NOQUEUE: reject: RCPT from unknown[203.0.113.5]: 554 5.7.1 <x@example.org>: Relay access denied; from=<a@b.c> to=<x@example.org> proto=ESMTP helo=<h>';
  assert.deepEqual(findPostfixReplies(line).map((e) => e.restriction), ['reject_unauth_destination']);
  assert.equal(findPostfixReplies('Relay access denied').length, 2, 'without a code both are possible');
});

test('look-alikes from other systems are kept apart', () => {
  const ms = '550 5.4.1 [x@example.com]: Recipient address rejected: Access denied. AS(201806281)';
  assert.ok(!findPostfixReplies(ms).some((e) => e.id === 'access-denied'));
  const postfix = '554 5.7.1 <x@example.com>: Recipient address rejected: Access denied';
  assert.deepEqual(findPostfixReplies(postfix).map((e) => e.id), ['access-denied']);
  const ps = '550 5.7.1 Service unavailable; client [203.0.113.5] blocked using zen.spamhaus.org';
  assert.deepEqual(findPostfixReplies(ps).map((e) => e.id), ['postscreen-dnsbl']);
  const rbl = '554 5.7.1 Service unavailable; Client host [203.0.113.5] blocked using zen.spamhaus.org; from=<a@b.c> to=<d@e.f> proto=ESMTP helo=<h>';
  assert.deepEqual(findPostfixReplies(rbl).map((e) => e.id), ['rbl-client']);
  assert.deepEqual(findPostfixReplies('451 4.3.5 Server configuration problem - try again later').map((e) => e.id), ['milter-unavailable']);
  assert.deepEqual(findPostfixReplies('451 4.3.5 Server configuration problem').map((e) => e.id), ['server-configuration-problem']);
  assert.deepEqual(findPostfixReplies('421 4.7.0 Error: too many connections').map((e) => e.id), ['postscreen-too-many-connections']);
  assert.deepEqual(findPostfixReplies('452 4.5.3 Error: too many recipients').map((e) => e.id), ['too-many-recipients']);
  assert.deepEqual(findPostfixReplies('450 4.7.1 Error: too many recipients from 192.0.2.1').map((e) => e.id), ['too-many-recipients-rate']);
  assert.deepEqual(findPostfixReplies('550 5.1.1 <a@b.c>: Recipient address rejected: User unknown in virtual alias table').map((e) => e.id), ['user-unknown-virtual-alias']);
  assert.deepEqual(findPostfixReplies('250 2.0.0 Ok: queued as 4XyZ1234'), []);
});

test('Postfix settings and restrictions are well-formed names', () => {
  for (const e of postfixReplies) {
    for (const s of e.settings) assert.match(s, /^[a-z0-9_]+$/, `${e.id}: ${s}`);
    if (e.restriction) assert.match(e.restriction, /^[a-z_]+$/, e.id);
    assert.match(e.reply, /^[245]\d\d$/, e.id);
  }
});

/* ---------------------------------------------------------------- codes in text */

test('findCodesInText finds exactly 554 and 5.7.1 in a real log line', () => {
  const line = 'Nov 30 10:01:02 mx postfix/smtpd[1234]: NOQUEUE: reject: RCPT from unknown[203.0.113.5]: 554 5.7.1 <x@example.org>: Relay access denied; from=<a@b.c> to=<x@example.org> proto=ESMTP helo=<h>';
  const found = findCodesInText(line);
  const r = line.indexOf(': 554 ') + 2;
  const e = line.indexOf('5.7.1 <');
  assert.deepEqual(found, [
    { kind: 'reply', code: '554', start: r, end: r + 3 },
    { kind: 'enhanced', code: '5.7.1', start: e, end: e + 5 },
  ]);
  assert.equal(line.slice(found[0].start, found[0].end), '554');
  assert.equal(line.slice(found[1].start, found[1].end), '5.7.1');
});

test('findCodesInText ignores addresses, times, dates, pids and queue ids', () => {
  const noise = 'Nov 30 10:01:02 2023-11-30T10:01:02.123+09:00 127.0.0.1 [1234] 4.2.2.1 10.5.7.1 [203.0.113.5]:25 3E1F2A0C41 postfix 3.7.11 size=554 port 465';
  assert.deepEqual(findCodesInText(noise), []);
});

test('findCodesInText handles delivery log lines and multi-line replies', () => {
  const delivery = 'to=<x@example.com>, relay=mx.example.com[192.0.2.1]:25, delay=0.19, dsn=5.7.1, status=bounced (host mx.example.com[192.0.2.1] said: 550-5.7.26 This mail is unauthenticated (in reply to end of DATA command))';
  assert.deepEqual(findCodesInText(delivery).map((c) => `${c.kind}:${c.code}`), ['enhanced:5.7.1', 'reply:550', 'enhanced:5.7.26']);
  assert.deepEqual(findCodesInText('421-4.7.28 Gmail has detected').map((c) => c.code), ['421', '4.7.28']);
  assert.deepEqual(findCodesInText('(#5.1.1) and 4.7.650.').map((c) => c.code), ['5.1.1', '4.7.650']);
  assert.deepEqual(findCodesInText('250 2.0.0 Ok: queued as 4XyZ').map((c) => c.code), ['250', '2.0.0']);
});

/* ---------------------------------------------------------------- Japanese */

function localizedFields(value: unknown, path: string, out: Array<[string, { en: string; ja?: string }]>): void {
  if (value instanceof RegExp || value === null || typeof value !== 'object') return;
  const obj = value as Record<string, unknown>;
  if (typeof obj.en === 'string' && Object.keys(obj).every((k) => k === 'en' || k === 'ja')) {
    out.push([path, obj as { en: string; ja?: string }]);
    return;
  }
  for (const [k, v] of Object.entries(obj)) localizedFields(v, `${path}.${k}`, out);
}

test('every text has a Japanese version', () => {
  const fields: Array<[string, { en: string; ja?: string }]> = [];
  localizedFields(replyCodes, 'replyCodes', fields);
  localizedFields(enhancedCodes, 'enhancedCodes', fields);
  localizedFields(enhancedSubjects, 'enhancedSubjects', fields);
  localizedFields(enhancedClasses, 'enhancedClasses', fields);
  localizedFields(providerCodes, 'providerCodes', fields);
  localizedFields(postfixReplies, 'postfixReplies', fields);
  assert.ok(fields.length > 300, `found ${fields.length}`);
  for (const [path, text] of fields) {
    assert.ok(text.en.length > 0, path);
    assert.ok(text.ja && /[\u3040-\u30ff\u4e00-\u9fff]/.test(text.ja), `${path} has no Japanese text`);
  }
  const generic = lookupReplyCode('459')!;
  assert.ok(generic.detail.ja && /[\u3040-\u30ff]/.test(generic.detail.ja));
});
