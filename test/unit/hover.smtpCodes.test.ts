/**
 * One explanation per SMTP code: a reply code or enhanced status code reads the same in main.cf, in a
 * lookup table and in a mail log (server/src/features/hover/smtpCodes.ts), in English and Japanese.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { createLanguageService } from '../../server/src/languageService';
import { smtpCodeMarkdown, smtpCodesInText } from '../../server/src/features/hover/smtpCodes';
import { cursor, settings } from '../helpers';

const service = createLanguageService();

type Kind = 'main' | 'table' | 'log';

const DOCS: Record<Kind, { uri: string; languageId: string }> = {
  main: { uri: 'file:///etc/postfix/main.cf', languageId: 'postfix-main' },
  table: { uri: 'file:///etc/postfix/access', languageId: 'postfix-table' },
  log: { uri: 'file:///var/log/mail.log', languageId: 'postfix-log' },
};

/** The hover Markdown at the `|` marker of a document of the given kind. */
function hoverAt(kind: Kind, marked: string, locale: 'en' | 'ja' = 'en'): string {
  const { text, offset } = cursor(marked);
  const doc = TextDocument.create(DOCS[kind].uri, DOCS[kind].languageId, 1, text);
  const hover = service.hover(doc, doc.positionAt(offset), settings({ locale }));
  assert.ok(hover && typeof hover.contents === 'object' && 'value' in hover.contents, `${kind}: a hover at ${marked}`);
  return hover.contents.value;
}

/** What a hover adds after the shared section: nothing, or further paragraphs. */
function afterSection(markdown: string, section: string): string {
  assert.ok(markdown.startsWith(section), `the hover starts with the shared section:\n${markdown}\n---- expected start ----\n${section}`);
  const rest = markdown.slice(section.length);
  assert.ok(rest === '' || rest.startsWith('\n\n'), `the section is a whole block: ${JSON.stringify(rest.slice(0, 40))}`);
  return rest;
}

const REJECT_LOG = 'Nov 30 02:09:51 mx postfix/smtpd[11666]: NOQUEUE: reject: RCPT from unknown[192.0.2.9]: 550 5.7.1 <u@example.org>: Recipient address rejected: Access denied; from=<s@example.net> to=<u@example.org> proto=ESMTP helo=<c.example.net>';

/** `550 5.7.1 ...` with the cursor on the reply code (`at` = 'reply') or on the enhanced code. */
function samples(at: 'reply' | 'enhanced'): Record<Kind, string> {
  const mark = (s: string) => (at === 'reply' ? s.replace('550 5.7.1', '55|0 5.7.1') : s.replace('550 5.7.1', '550 5.7|.1'));
  return {
    main: mark('smtpd_policy_service_default_action = 550 5.7.1 Policy service rejected the client\n'),
    table: mark('spam.example  550 5.7.1 Access denied\n'),
    log: mark(`${REJECT_LOG}\n`),
  };
}

test('550 next to 5.7.1 gets one section in main.cf, an access table and a mail log', () => {
  const section = smtpCodeMarkdown({ kind: 'reply', code: '550', pair: '5.7.1' }, 'en');
  assert.ok(section);
  assert.equal(section.split('\n\n').slice(0, 3).join('\n\n'), [
    '**`550`** — SMTP reply code: Requested action not taken: mailbox unavailable',
    'Permanent (5xx): the client does not retry, and the message goes back to its sender as a bounce.',
    '- Defined in RFC 5321\n- Enhanced code `5.7.1`: Delivery not authorized, message refused',
  ].join('\n\n'));
  const hovers = samples('reply');
  // The table and the log have nothing to add about a code of a local rejection.
  assert.equal(hoverAt('table', hovers.table), section);
  assert.equal(hoverAt('log', hovers.log), section);
  // main.cf adds the Postfix reply the text forms, if any, after a rule.
  const rest = afterSection(hoverAt('main', hovers.main), section);
  assert.ok(rest === '' || rest.startsWith('\n\n---\n\n'), rest);
});

test('5.7.1 after 550 gets one section in all three files, in English and Japanese', () => {
  for (const locale of ['en', 'ja'] as const) {
    const section = smtpCodeMarkdown({ kind: 'enhanced', code: '5.7.1', pair: '550' }, locale);
    assert.ok(section);
    const hovers = samples('enhanced');
    assert.equal(hoverAt('table', hovers.table, locale), section, locale);
    assert.equal(hoverAt('log', hovers.log, locale), section, locale);
    afterSection(hoverAt('main', hovers.main, locale), section);
  }
  assert.match(smtpCodeMarkdown({ kind: 'enhanced', code: '5.7.1' }, 'en')!,
    /^\*\*`5\.7\.1`\*\* — Enhanced status code: Delivery not authorized, message refused\n\n- Class 5: Permanent failure\n- Subject X\.7: Security or policy status\n- Registered at IANA as `X\.7\.1` \(RFC 3463\)\n\n/);
  const ja = smtpCodeMarkdown({ kind: 'enhanced', code: '5.7.1' }, 'ja')!;
  assert.match(ja, /^\*\*`5\.7\.1`\*\* — 拡張ステータスコード: /);
  assert.match(ja, /- クラス 5: 恒久的な失敗\n- サブジェクト X\.7: セキュリティ・ポリシーの状態\n- IANA に `X\.7\.1` として登録 \(RFC 3463\)/);
});

test('a *_reject_code value explains 550 as the reply text does, without the enhanced code it lacks', () => {
  const bare = smtpCodeMarkdown({ kind: 'reply', code: '550' }, 'en')!;
  const paired = smtpCodeMarkdown({ kind: 'reply', code: '550', pair: '5.7.1' }, 'en')!;
  assert.equal(paired.replace('\n- Enhanced code `5.7.1`: Delivery not authorized, message refused', ''), bare);
  const rest = afterSection(hoverAt('main', 'unknown_local_recipient_reject_code = 5|50\n'), bare);
  assert.match(rest, /- `reject_unlisted_recipient`: `550 5\.1\.1 <recipient>: Recipient address rejected: User unknown in local recipient table`/);
  // Japanese: the same section as in a log line.
  const ja = smtpCodeMarkdown({ kind: 'reply', code: '550' }, 'ja')!;
  assert.match(ja, /^\*\*`550`\*\* — SMTP 応答コード: .*\n\n恒久的なエラー \(5xx\) です。.*\n\n- RFC 5321 で定義\n\n/);
  afterSection(hoverAt('main', 'unknown_local_recipient_reject_code = 5|50\n', 'ja'), ja);
  const logJa = smtpCodeMarkdown({ kind: 'reply', code: '550', pair: '5.7.1' }, 'ja')!;
  assert.equal(hoverAt('log', samples('reply').log, 'ja'), logJa);
  assert.match(logJa, /- 拡張コード `5\.7\.1`: /);
});

test('a reply from another server: the same section, then the log says whose reply it is', () => {
  const line = 'Nov 30 02:10:50 mx postfix/smtp[17476]: E63B720CBF5: to=<r@example.com>, relay=mx.example.com[192.0.2.1]:25, delay=1, delays=0.01/0.03/0.5/0.4, dsn=4.7.650, status=deferred (host mx.example.com[192.0.2.1] said: 451 4.7.650 The mail server [198.51.100.7] has been temporarily rate limited due to IP reputation. (in reply to MAIL FROM command))';
  const text = line.slice(line.indexOf('451 4.7.650'));
  const section = smtpCodeMarkdown({ kind: 'enhanced', code: '4.7.650', pair: '451' }, 'en', text)!;
  assert.match(section, /^\*\*`4\.7\.650`\*\* — Enhanced status code: Temporarily rate limited due to IP reputation \(Microsoft-specific code\)\n\n- Class 4: Persistent transient failure\n- Subject X\.7: Security or policy status\n- Not in the IANA registry of enhanced status codes: only its class and subject digits have a standard meaning\n\n---\n\n\*\*Microsoft-specific code:\*\* /);
  const log = hoverAt('log', `${line.replace('said: 451 4.7.650', 'said: 451 4.7.6|50')}\n`);
  assert.match(afterSection(log, section), /^\n\nThis reply came from the remote server `mx\.example\.com\[192\.0\.2\.1\]`, not from this Postfix[^\n]*$/);
  // The code alone names Microsoft (no one else assigns 4.7.650); main.cf and tables say so too.
  const bare = smtpCodeMarkdown({ kind: 'enhanced', code: '4.7.650', pair: '451' }, 'en', '451 4.7.650 rate limited')!;
  assert.equal(hoverAt('table', 'mail.example  451 4.7.6|50 rate limited\n'), bare);
  afterSection(hoverAt('main', 'smtpd_reject_footer = 451 4.7.6|50 rate limited\n'), bare);
});

test('a registered code names a provider only when the reply text is that provider\'s', () => {
  const ms = '550 5.4.1 [x@example.com]: Recipient address rejected: Access denied. AS(201806281)';
  assert.match(smtpCodeMarkdown({ kind: 'enhanced', code: '5.4.1', pair: '550' }, 'en', ms)!, /\*\*How Microsoft uses it:\*\*/);
  for (const kind of ['main', 'table'] as const) {
    const marked = kind === 'main' ? 'smtpd_reject_footer = 550 5.4|.1 no answer from host\n' : 'x.example  550 5.4|.1 no answer from host\n';
    const md = hoverAt(kind, marked);
    assert.doesNotMatch(md, /How Microsoft uses it/, kind);
    assert.match(md, /^\*\*`5\.4\.1`\*\* — Enhanced status code: No answer from host\n/, kind);
  }
  const gmail = '421 4.7.0 [192.0.2.1] Our system has detected an unusual rate of unsolicited mail originating from your IP address.';
  assert.match(hoverAt('table', `x.example  421 4.7|.0 unusual rate of unsolicited mail\n`), /\*\*How Google \(Gmail\) uses it:\*\*/);
  assert.match(smtpCodeMarkdown({ kind: 'enhanced', code: '4.7.0', pair: '421' }, 'en', gmail)!, /How Google \(Gmail\) uses it/);
  assert.doesNotMatch(smtpCodeMarkdown({ kind: 'enhanced', code: '4.7.0', pair: '421' }, 'en', '421 4.7.0 try again later')!, /Google/);
});

test('codes outside the RFCs, an IANA-only code, and numbers that are no code', () => {
  // 459 is read from its digits, and says so in the same words everywhere.
  const generic = smtpCodeMarkdown({ kind: 'reply', code: '459', pair: '4.7.1' }, 'en')!;
  assert.match(generic, /^\*\*`459`\*\* — SMTP reply code: Transient negative completion \(mail system\)\n\nTemporary \(4xx\)/);
  assert.match(generic, /- Not defined by RFC 5321 or a common SMTP extension; the meaning is read from its digits\n- Enhanced code `4\.7\.1`/);
  assert.equal(hoverAt('table', 'x.example  45|9 4.7.1 slow down\n'), generic);
  afterSection(hoverAt('main', 'smtpd_reject_footer = 45|9 4.7.1 slow down\n'), generic);
  // X.7.28 is in the IANA registry without an RFC.
  assert.match(smtpCodeMarkdown({ kind: 'enhanced', code: '4.7.28' }, 'en')!, /- Registered at IANA as `X\.7\.28` \(no RFC defines it\)/);
  assert.match(smtpCodeMarkdown({ kind: 'enhanced', code: '4.7.28' }, 'ja')!, /- IANA に `X\.7\.28` として登録 \(RFC での定義はありません\)/);
  // No meaning: a reply code with second digit 9, an enhanced code whose subject does not exist.
  assert.equal(smtpCodeMarkdown({ kind: 'reply', code: '599' }, 'en'), undefined);
  assert.equal(smtpCodeMarkdown({ kind: 'enhanced', code: '2.11.3' }, 'en'), undefined);
  assert.equal(smtpCodeMarkdown({ kind: 'enhanced', code: 'hello' }, 'en'), undefined);
});

test('smtpCodesInText pairs a reply code with the enhanced code after one space or dash', () => {
  const pairs = (text: string) => smtpCodesInText(text).map((c) => `${c.kind}:${c.code}${c.pair ? `+${c.pair}` : ''}@${c.start}`);
  assert.deepEqual(pairs('550 5.7.1 No'), ['reply:550+5.7.1@0', 'enhanced:5.7.1+550@4']);
  assert.deepEqual(pairs('421-4.7.28 Gmail'), ['reply:421+4.7.28@0', 'enhanced:4.7.28+421@4']);
  assert.deepEqual(pairs('550 Policy 5.7.1'), ['reply:550@0', 'enhanced:5.7.1@11']);
  assert.deepEqual(pairs('5.7.1 550 text'), ['enhanced:5.7.1@0', 'reply:550@6'], 'an enhanced code before the reply code is no pair');
  assert.deepEqual(pairs('dsn=5.7.1, status=bounced (host x[192.0.2.1] said: 554 5.7.1 no)'),
    ['enhanced:5.7.1@4', 'reply:554+5.7.1@51', 'enhanced:5.7.1+554@55']);
});
