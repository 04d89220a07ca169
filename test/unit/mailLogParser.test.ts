/**
 * The mail log parser (server/src/parser/mailLog.ts) on lines the real Postfix 3.7 wrote, on the other
 * header formats, and on input that is not a log at all. Offsets are checked by slicing the text.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import {
  LogLine,
  MAX_LINE_SCAN,
  MAX_PARSED_LINE,
  parseLogLine,
  parseMailLog,
  parseRejectLine,
  queueIdForm,
} from '../../server/src/parser/mailLog';
import { Span } from '../../server/src/parser/lines';
import { FORMATS, HEADERS, REAL, REAL_ERRORS } from './mailLogSamples';

function slice(text: string, span: Span | undefined): string | undefined {
  return span ? text.slice(span.start, span.end) : undefined;
}

function field(line: LogLine, name: string): { value: string; raw: string } | undefined {
  const f = line.fields.find((x) => x.name === name);
  return f ? { value: f.value, raw: line.text.slice(f.valueSpan.start - line.start, f.valueSpan.end - line.start) } : undefined;
}

test('the syslog header of a real maillog_file line: time, host, program, syslog_name, daemon, pid, message', () => {
  const text = REAL.submissionRelayDenied;
  const line = parseLogLine(text);
  assert.equal(line.time?.text, 'Nov 30 02:09:51');
  assert.equal(line.time?.format, 'bsd');
  assert.deepEqual([line.time?.start, line.time?.end], [0, 15]);
  assert.equal(slice(text, line.host), 'mx');
  assert.equal(slice(text, line.program), 'postfix-submission/submission/smtpd');
  assert.equal(line.syslogName, 'postfix-submission/submission');
  assert.equal(line.daemon, 'smtpd');
  assert.equal(line.pid?.value, 11675);
  assert.equal(slice(text, line.pid), '11675');
  assert.equal(line.message.start, text.indexOf('NOQUEUE'));
  assert.equal(line.message.end, text.length);
  assert.equal(slice(text, line.message), line.message.text);
});

test('RFC 3339, journalctl short-iso and space-padded syslog headers', () => {
  const a = parseLogLine(HEADERS.rfc3339);
  assert.equal(a.time?.text, '2026-11-30T02:09:51.123456+09:00');
  assert.equal(a.time?.format, 'rfc3339');
  assert.equal(a.host?.text, 'mx');
  assert.equal(a.program?.text, 'postfix/smtpd');
  assert.equal(a.reject?.reply.code, '454');
  const z = parseLogLine(HEADERS.rfc3339Zulu);
  assert.equal(z.time?.text, '2026-11-30T02:09:51Z');
  assert.equal(z.event?.kind, 'removed');
  assert.equal(z.queueId?.text, 'E883820CBF6');
  const j = parseLogLine(HEADERS.journalIso);
  assert.equal(j.time?.text, '2026-11-30T02:09:51+0900');
  assert.equal(j.daemon, 'qmgr');
  const p = parseLogLine(HEADERS.spacePaddedDay);
  assert.equal(p.time?.text, 'Nov  3 02:09:51');
  assert.equal(p.host?.text, 'mail.example.com');
  assert.equal(p.event?.kind, 'connect');
  assert.deepEqual([p.client?.name, p.client?.address], ['mx.example.net', '192.0.2.25']);
});

test('queue ids: short hex, long form (enable_long_queue_ids), NOQUEUE, and words that are not queue ids', () => {
  assert.equal(queueIdForm('DBF7620C759'), 'short');
  assert.equal(queueIdForm('4jd6v70V6dzJ9db'), 'long');
  assert.equal(queueIdForm('NOQUEUE'), 'none');
  assert.equal(queueIdForm('dict_nis_init'), undefined);
  assert.equal(queueIdForm('ABC12'), undefined, 'too short for usec + inode');
  assert.equal(queueIdForm('4jd6v70V6dzJ9dz'), undefined, 'the inode part is base 51: no z');
  const long = parseLogLine(REAL.longQueueIdClient);
  assert.equal(long.queueId?.text, '4jd6v70V6dzJ9db');
  assert.equal(long.queueId?.form, 'long');
  assert.equal(slice(REAL.longQueueIdClient, long.queueId), '4jd6v70V6dzJ9db');
  const short = parseLogLine(REAL.client);
  assert.equal(short.queueId?.form, 'short');
  assert.deepEqual([short.client?.name, short.client?.address], ['unknown', '127.0.0.1']);
  assert.equal(slice(REAL.client, short.client?.addressSpan), '127.0.0.1');
  // A severity keeps the message's first word: dict_nis_init is no queue id.
  const nis = parseLogLine(REAL.nisWarning);
  assert.equal(nis.severity?.level, 'warning');
  assert.equal(nis.queueId, undefined);
});

test('a delivery line: to, orig_to, relay, delay, delays, dsn and status with its reply', () => {
  const text = REAL.origTo;
  const line = parseLogLine(text);
  assert.deepEqual(line.fields.map((f) => f.name), ['to', 'orig_to', 'relay', 'delay', 'delays', 'dsn', 'status']);
  assert.deepEqual(field(line, 'to'), { value: 'z@discard.example', raw: '<z@discard.example>' });
  assert.deepEqual(field(line, 'orig_to'), { value: 'alias@mx.test.example', raw: '<alias@mx.test.example>' });
  assert.equal(field(line, 'relay')?.value, 'none');
  assert.equal(field(line, 'delay')?.value, '0.01');
  assert.equal(field(line, 'delays')?.value, '0/0.01/0/0');
  assert.equal(field(line, 'dsn')?.value, '2.0.0');
  assert.equal(line.status?.text, 'sent');
  assert.equal(line.status?.reply?.text, 'silently');
  assert.equal(slice(text, line.status?.reply), 'silently');
  const to = line.fields[0];
  assert.equal(slice(text, to), 'to=<z@discard.example>');
  assert.equal(slice(text, to.nameSpan), 'to');
});

test('a bounce from a remote server: relay host[addr]:port and a reply with nested parentheses', () => {
  const text = REAL.bouncedRemoteRelay;
  const line = parseLogLine(text);
  assert.equal(field(line, 'relay')?.value, '127.0.0.1[127.0.0.1]:2597');
  assert.equal(field(line, 'dsn')?.value, '5.7.1');
  assert.equal(line.status?.text, 'bounced');
  assert.equal(line.status?.reply?.text,
    'host 127.0.0.1[127.0.0.1] said: 554 5.7.1 <r@rbounce.example>: Relay access denied (in reply to RCPT TO command)');
  assert.equal(line.status?.reply?.end, text.length - 1, 'the reply ends before the last parenthesis');
  assert.equal(line.reject, undefined, 'a delivery line is not an access decision');
  const deferred = parseLogLine(REAL.deferred);
  assert.equal(deferred.status?.text, 'deferred');
  assert.equal(deferred.status?.reply?.text, 'connect to 127.0.0.1[127.0.0.1]:1: Connection refused');
  assert.equal(field(deferred, 'dsn')?.value, '4.4.1');
});

test('qmgr lines: queue active, expired (also with the null sender), removed', () => {
  const active = parseLogLine(REAL.queueActive);
  assert.deepEqual(active.fields.map((f) => [f.name, f.value]), [['from', 's@example.org'], ['size', '304'], ['nrcpt', '1']]);
  const expired = parseLogLine(REAL.expired);
  assert.equal(expired.status?.text, 'expired');
  assert.equal(expired.status?.reply, undefined);
  assert.equal(field(expired, 'from')?.value, 's@discard.example');
  const nullSender = parseLogLine(REAL.expiredNullSender);
  assert.deepEqual(field(nullSender, 'from'), { value: '', raw: '<>' });
  const removed = parseLogLine(REAL.removed);
  assert.equal(removed.event?.kind, 'removed');
  assert.equal(slice(REAL.removed, removed.event), 'removed');
});

test('connect and disconnect with their client and the session statistics', () => {
  const c = parseLogLine(REAL.connect);
  assert.equal(c.event?.kind, 'connect');
  assert.equal(slice(REAL.connect, c.client), 'unknown[127.0.0.2]');
  const d = parseLogLine(REAL.disconnect);
  assert.equal(d.event?.kind, 'disconnect');
  assert.equal(d.client?.address, '127.0.0.2');
  assert.deepEqual(d.fields.map((f) => `${f.name}=${f.value}`), ['ehlo=1', 'mail=1', 'rcpt=0/1', 'quit=1', 'commands=3/4']);
  const lost = parseLogLine('Nov 30 10:01:02 mx postfix/smtpd[9]: lost connection after DATA (0 bytes) from unknown[192.0.2.1]');
  assert.equal(lost.event?.kind, 'lost-connection');
  assert.equal(lost.client?.address, '192.0.2.1');
  const timeout = parseLogLine('Nov 30 10:01:02 mx postfix/smtpd[9]: timeout after END-OF-MESSAGE from mail.example.org[192.0.2.2]');
  assert.equal(timeout.event?.kind, 'timeout');
  assert.equal(timeout.client?.name, 'mail.example.org');
  // The SMTP client's outgoing "connect to" is not a session event of smtpd.
  assert.equal(parseLogLine(REAL.connectRefused).event, undefined);
});

test('warning, error, fatal: the severity and where it is', () => {
  const fatal = parseLogLine(REAL.fatalNoWorkingInstance);
  assert.equal(fatal.severity?.level, 'fatal');
  assert.equal(slice(REAL.fatalNoWorkingInstance, fatal.severity), 'fatal');
  const error = parseLogLine(REAL_ERRORS.inlineError);
  assert.equal(error.severity?.level, 'error');
  assert.equal(error.daemon, 'trivial-rewrite');
  const warning = parseLogLine(REAL.masterThrottling);
  assert.equal(warning.severity?.level, 'warning');
  assert.equal(warning.daemon, 'master');
  assert.equal(parseLogLine(REAL.daemonStarted).severity, undefined);
});

test('parseRejectLine extracts the real smtpd relay rejection exactly', () => {
  assert.deepEqual(parseRejectLine(REAL.relayDenied554), {
    queueId: 'NOQUEUE',
    action: 'reject',
    stage: 'RCPT',
    client: { name: 'unknown', address: '127.0.0.1' },
    reply: {
      code: '554',
      enhanced: '5.7.1',
      text: '<r@rbounce.example>: Relay access denied',
      full: '554 5.7.1 <r@rbounce.example>: Relay access denied',
    },
    sender: 's@defer.example',
    recipient: 'r@rbounce.example',
    protocol: 'ESMTP',
    helo: 'mx.test.example',
    relayDenied: true,
    time: 'Nov 30 02:10:49',
    host: 'mx',
    program: 'postfix/relaytest/smtpd',
    pid: 17479,
  });
  const deferred = parseRejectLine(REAL.relayDeferred454);
  assert.equal(deferred?.reply.code, '454');
  assert.equal(deferred?.reply.enhanced, '4.7.1');
  assert.deepEqual(deferred?.client, { name: 'unknown', address: '127.0.0.2' });
  assert.equal(deferred?.helo, 'client.example.org');
  assert.equal(deferred?.relayDenied, true);
});

test('parseRejectLine on other real rejections, the null sender, and non-rejections', () => {
  const unknown = parseRejectLine(REAL.userUnknown);
  assert.equal(unknown?.relayDenied, false);
  assert.equal(unknown?.reply.text, '<nosuchuser@mx.test.example>: Recipient address rejected: User unknown in local recipient table');
  assert.equal(unknown?.recipient, 'nosuchuser@mx.test.example');
  const nullSender = parseRejectLine(REAL.nullSenderReject);
  assert.equal(nullSender?.sender, '', 'from=<> is the null sender, not a missing one');
  assert.equal(nullSender?.protocol, 'SMTP');
  assert.equal(nullSender?.helo, 'c');
  const lookup = parseRejectLine(REAL_ERRORS.temporaryLookupFailure);
  assert.equal(lookup?.reply.code, '451');
  assert.equal(lookup?.reply.enhanced, '4.3.0');
  for (const text of [REAL.connect, REAL.bouncedRemoteRelay, REAL.fatalNoWorkingInstance, REAL.expired, '', 'NOQUEUE: reject:']) {
    assert.equal(parseRejectLine(text), undefined, text);
  }
  assert.deepEqual(parseRejectLine(`${REAL.relayDenied554}\r\n`), parseRejectLine(REAL.relayDenied554), 'a line read with its CRLF');
  // The message alone, without a syslog header, still parses.
  const bare = parseRejectLine(REAL.relayDenied554.slice(REAL.relayDenied554.indexOf('NOQUEUE')));
  assert.equal(bare?.recipient, 'r@rbounce.example');
  assert.equal(bare?.time, undefined);
});

test('reject formats from the source: postscreen, DNSBL replies with ";", IPv6 with port, milter, header_checks', () => {
  const ps = parseRejectLine(FORMATS.postscreen);
  assert.deepEqual(ps?.client, { name: '', address: '192.0.2.7', port: '41234' });
  assert.equal(ps?.reply.full, '550 5.7.1 Service unavailable; client [192.0.2.7] blocked using zen.spamhaus.org');
  assert.deepEqual([ps?.sender, ps?.recipient, ps?.protocol, ps?.helo], ['a@example.org', 'b@example.com', 'ESMTP', 'x.example']);
  const psConnect = parseRejectLine(FORMATS.postscreenConnect);
  assert.equal(psConnect?.stage, 'CONNECT');
  assert.equal(psConnect?.reply.full, 'too many connections');
  assert.equal(psConnect?.reply.code, undefined);
  assert.equal(psConnect?.protocol, undefined);
  const dnsbl = parseRejectLine(FORMATS.dnsbl);
  assert.equal(dnsbl?.reply.full,
    '554 5.7.1 Service unavailable; Client host [198.51.100.9] blocked using zen.spamhaus.org; https://www.spamhaus.org/query/ip/198.51.100.9');
  assert.equal(dnsbl?.helo, 'bad.example');
  const v6 = parseRejectLine(FORMATS.ipv6Port);
  assert.deepEqual(v6?.client, { name: 'mx.example.net', address: '2001:db8::25', port: '50123' });
  assert.equal(v6?.queueId, '4A1B2C3D4E');
  assert.equal(v6?.relayDenied, true);
  const milter = parseRejectLine(FORMATS.milter);
  assert.equal(milter?.action, 'milter-reject');
  assert.equal(milter?.stage, 'END-OF-MESSAGE');
  assert.equal(milter?.reply.code, undefined);
  assert.equal(milter?.reply.enhanced, '5.7.1');
  assert.equal(milter?.reply.text, 'Spam message rejected');
  assert.equal(parseRejectLine(FORMATS.headerChecks), undefined, 'cleanup header_checks lines have another shape');
});

test('reject spans inside a document point at the exact text', () => {
  const prefix = `${REAL.connect}\r\n`;
  const text = `${prefix}${REAL.relayDeferred454}\n`;
  const doc = parseMailLog(text);
  const line = doc.lineAt(prefix.length + 10);
  assert.ok(line?.reject);
  const s = line.reject.spans;
  assert.equal(slice(text, s.queueId), 'NOQUEUE');
  assert.equal(slice(text, s.action), 'reject');
  assert.equal(slice(text, s.stage), 'RCPT');
  assert.equal(slice(text, s.client), 'unknown[127.0.0.2]');
  assert.equal(slice(text, s.reply), '454 4.7.1 <b@remote.example.net>: Relay access denied');
  assert.equal(slice(text, s.code), '454');
  assert.equal(slice(text, s.enhanced), '4.7.1');
  assert.equal(slice(text, s.fields), ' from=<a@example.org> to=<b@remote.example.net> proto=ESMTP helo=<client.example.org>');
  assert.equal(slice(text, line.fields.find((f) => f.name === 'helo')?.valueSpan), '<client.example.org>');
});

test('lines without a syslog header: the whole line is the message, nothing throws', () => {
  const repeated = parseLogLine('Nov 30 10:01:02 mx last message repeated 3 times');
  assert.equal(repeated.host?.text, 'mx');
  assert.equal(repeated.program, undefined);
  assert.equal(repeated.message.text, 'last message repeated 3 times');
  const junk = parseLogLine('hello world', 100);
  assert.deepEqual([junk.start, junk.end, junk.message.start, junk.time], [100, 111, 100, undefined]);
  const empty = parseLogLine('');
  assert.deepEqual([empty.start, empty.end, empty.fields.length], [0, 0, 0]);
});

test('arbitrary input never throws and every span stays inside its line', () => {
  let seed = 7;
  const rand = (n: number) => {
    seed = (seed * 1103515245 + 12345) & 0x7fffffff;
    return seed % n;
  };
  const pieces = ['Nov 30 10:01:02 ', 'mx ', 'postfix/smtpd[1]: ', 'NOQUEUE: ', 'reject: ', 'RCPT from ', 'a[1.2.3.4]', ': ', '554 ', '5.7.1 ',
    '<x@y>', '; ', 'from=<', 'to=<', '>', 'status=', 'sent', ' (', ')', '(', 'dsn=', 'warning: ', '[', ']', ':', ';', '=', ' ', 'é', '\t'];
  for (let i = 0; i < 3000; i++) {
    let text = '';
    const n = rand(25);
    for (let k = 0; k < n; k++) text += pieces[rand(pieces.length)];
    const base = rand(1000);
    const line = parseLogLine(text, base);
    const spans: Span[] = [line.message, ...line.fields, ...line.fields.map((f) => f.valueSpan)];
    for (const s of [line.time, line.host, line.program, line.pid, line.queueId, line.severity, line.status, line.status?.reply, line.client]) if (s) spans.push(s);
    if (line.reject) spans.push(...Object.values(line.reject.spans).filter((s): s is Span => !!s));
    for (const s of spans) {
      assert.ok(s.start >= base && s.end <= base + text.length && s.start <= s.end, `${JSON.stringify(text)} ${JSON.stringify(s)}`);
    }
    for (const f of line.fields) assert.equal(text.slice(f.nameSpan.start - base, f.nameSpan.end - base), f.name);
  }
});

test('MailLogDocument finds the line at an offset for \\n, \\r\\n and lone \\r, and lists every line', () => {
  const text = 'one\r\ntwo\nthree\rfour\n';
  const doc = parseMailLog(text);
  const at = (o: number) => slice(text, doc.lineSpanAt(o));
  assert.equal(at(0), 'one');
  assert.equal(at(3), 'one', 'the end of a line belongs to it');
  assert.equal(at(4), 'one', 'between \\r and \\n still the same line');
  assert.equal(at(5), 'two');
  assert.equal(at(10), 'three');
  assert.equal(at(14), 'three');
  assert.equal(at(15), 'four');
  assert.equal(at(16), 'four');
  assert.equal(at(text.length), '', 'the empty last line');
  assert.deepEqual([...doc.lines()].map((l) => [l.start, l.text]), [[0, 'one'], [5, 'two'], [9, 'three'], [15, 'four'], [20, '']]);
  assert.deepEqual([...doc.lines(5, 9)].map((l) => l.text), ['two'], 'a range ending where a line starts does not include it');
  assert.deepEqual([...doc.lines(6, 6)].map((l) => l.text), ['two']);
  const again = doc.lineAt(1);
  assert.equal(doc.lineAt(2), again, 'a line is parsed once while it is cached');
});

test('an overlong line: analysis stops at MAX_PARSED_LINE, lookups stop at MAX_LINE_SCAN', () => {
  const long = `${REAL.relayDeferred454} ${'x'.repeat(MAX_PARSED_LINE)}`;
  const line = parseLogLine(long, 5);
  assert.equal(line.truncated, true);
  assert.equal(line.text, long);
  assert.equal(line.end, 5 + long.length);
  assert.equal(line.program?.text, 'postfix/smtpd');
  const huge = 'y'.repeat(MAX_LINE_SCAN * 2 + 10);
  const doc = parseMailLog(`short\n${huge}\nlast`);
  assert.equal(doc.lineSpanAt(6 + MAX_LINE_SCAN + 5), undefined, 'no line start within reach');
  assert.deepEqual(doc.lineSpanAt(2), { start: 0, end: 5 });
  const lastStart = 6 + huge.length + 1;
  assert.deepEqual(doc.lineSpanAt(lastStart + 2), { start: lastStart, end: lastStart + 4 });
});
