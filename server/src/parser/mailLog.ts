/**
 * Postfix mail logs, one line at a time.
 *
 * Three header forms are understood, all followed by `program[pid]: message`:
 *  - classic syslog: `Nov 30 10:01:02 host postfix/smtpd[1234]: ...` (day padded with a space or a zero),
 *  - RFC 3339 (rsyslog's high-precision format, journalctl -o short-iso):
 *    `2026-11-30T10:01:02.123456+00:00 host postfix/smtpd[1234]: ...`,
 *  - Postfix's own maillog_file, written by postlogd: `Nov 30 10:01:02 host postfix/smtpd[1234]: ...`
 *    (msg_logger.c: "%b %d %H:%M:%S", the first label of the host name).
 *
 * Nothing is parsed up front: a document is its text, and a line is parsed when a feature asks for
 * it, so a log of any size opens at once. Offsets are document offsets and exact. Nothing throws.
 */
import type { Span } from './lines';

/** A piece of the document: its text and where it is. */
export interface Token extends Span {
  text: string;
}

export type TimeFormat = 'bsd' | 'rfc3339';
export type LogSeverity = 'warning' | 'error' | 'fatal' | 'panic';
/** short: hex (the default); long: enable_long_queue_ids = yes; none: NOQUEUE (no queue file yet). */
export type QueueIdForm = 'short' | 'long' | 'none';

/** `name=value` in a message. */
export interface LogField extends Span {
  name: string;
  nameSpan: Span;
  /** The value without the angle brackets of an address: `from=<>` has the value "". */
  value: string;
  /** The value as written, brackets included. */
  valueSpan: Span;
}

/** `name[address]` or `name[address]:port`. */
export interface HostRef extends Span {
  name: string;
  address: string;
  port?: string;
  nameSpan: Span;
  addressSpan: Span;
}

export type LogEventKind = 'connect' | 'disconnect' | 'lost-connection' | 'timeout' | 'removed';

/** The smtpd (or postscreen, cleanup ...) access decision: `NOQUEUE: reject: RCPT from host[addr]: ...; from=<> ...`. */
export interface RejectLine {
  /** The queue id, or "NOQUEUE" when no queue file existed yet. */
  queueId: string;
  /** "reject", "reject_warning", "hold", "discard", "filter", "redirect", "warn", "defer" ... */
  action: string;
  /** Where in the session: "CONNECT", "EHLO", "MAIL", "RCPT", "DATA", "END-OF-MESSAGE", "DATA content" ... */
  stage: string;
  client: { name: string; address: string; port?: string };
  reply: {
    /** The three-digit reply code, when the text starts with one. */
    code?: string;
    /** The enhanced status code after it, when there is one. */
    enhanced?: string;
    /** The reply after the codes, e.g. "<b@example.net>: Relay access denied". */
    text: string;
    /** The reply as logged, codes included. */
    full: string;
  };
  /** The envelope sender; "" is the null sender `<>`. Absent before MAIL FROM. */
  sender?: string;
  recipient?: string;
  protocol?: string;
  helo?: string;
  /** The reply is "Relay access denied" (reject_unauth_destination or defer_unauth_destination). */
  relayDenied: boolean;
  /** From the syslog header, when there is one. */
  time?: string;
  host?: string;
  program?: string;
  pid?: number;
}

/** A RejectLine with the document spans of its parts. */
export interface RejectDetails extends RejectLine {
  spans: {
    queueId: Span;
    action: Span;
    stage: Span;
    client: HostRef;
    reply: Span;
    code?: Span;
    enhanced?: Span;
    /** The fields after the `;`. */
    fields: Span;
  };
}

export interface LogLine extends Span {
  /** The line's text without its line break. */
  text: string;
  time?: Token & { format: TimeFormat };
  host?: Token;
  /** The syslog tag: "postfix/smtpd", "postfix-submission/submission/smtpd", "dovecot" ... */
  program?: Token;
  /** The program without its last element: Postfix's syslog_name, e.g. "postfix" or "postfix-submission/submission". */
  syslogName?: string;
  /** The last element of the program: "smtpd", "qmgr", "cleanup" ... */
  daemon?: string;
  pid?: Token & { value: number };
  /** Everything after `program[pid]: `; the whole line when there is no header. */
  message: Token;
  queueId?: Token & { form: QueueIdForm };
  severity?: Token & { level: LogSeverity };
  event?: Token & { kind: LogEventKind };
  /** The remote SMTP client of connect/disconnect, client=, and access decisions. */
  client?: HostRef;
  fields: LogField[];
  /** `status=` with the reply in parentheses after it, when there is one. */
  status?: Token & { reply?: Token };
  reject?: RejectDetails;
  /** True when the line is longer than MAX_PARSED_LINE: only its start was analysed. */
  truncated?: boolean;
}

/** Lines longer than this are analysed only this far (Postfix's own records stay far below it). */
export const MAX_PARSED_LINE = 65536;
/** A line that does not end within this many characters of an offset is not looked at. */
export const MAX_LINE_SCAN = 1 << 20;

const BSD_TIME = /^[A-Z][a-z]{2} [ \d]\d \d{2}:\d{2}:\d{2}(?:\.\d+)?(?= )/;
const RFC3339_TIME = /^\d{4}-\d{2}-\d{2}[T ]\d{2}:\d{2}:\d{2}(?:[.,]\d+)?(?:Z|[+-]\d{2}:?\d{2})?(?= )/;
/** host, then program[pid]: */
const AFTER_TIME = /^( +)(\S+)( +)(?:([^\s[\]:]+)(?:\[(\d+)\])?:(?: |$))?/;
const SHORT_QID = /^[0-9A-F]{6,}$/;
/** Time part in base 52 (six or more plus four characters), "z", then the inode number in base 51 (mail_queue.h). */
const LONG_QID = /^[0-9B-DF-HJ-NP-TV-Zb-df-hj-np-tv-z]{10,}z[0-9B-DF-HJ-NP-TV-Zb-df-hj-np-tv-y]+$/;
const QID_PREFIX = /^([0-9A-Za-z]+): /;
const SEVERITY = /^(warning|error|fatal|panic): /;
const HOST_REF = /([^\s[\]]*)\[([^\]\s]*)\](?::(\d+))?/y;
const EVENT = /^(connect|disconnect) from |^(lost connection|timeout) after \S+(?: \(\d+ bytes\))? from /;
/** `reject: RCPT from host[addr]: ` after the queue id (smtpd_check.c log_whatsup). */
const ACCESS = /^([a-z][a-z_-]*): ([A-Z][A-Z-]*(?: content)?) from (?=[^\s[\]]*\[)/;
/** The context smtpd appends after the `;`: from=<..> to=<..> proto=.. helo=<..>, each optional. */
const ACCESS_TAIL = /^(?: from=<(.*?)>,?)?(?: to=<(.*?)>,?)?(?: proto=([^\s,]+),?)?(?: helo=<(.*)>)?$/;
const REPLY_START = /^(?:([2-5]\d\d)(?:[ -]|$))?(?:([245]\.\d{1,3}\.\d{1,3})(?: |$))?/;

/** Recognises a queue id: the form, or undefined. */
export function queueIdForm(text: string): QueueIdForm | undefined {
  if (text === 'NOQUEUE') return 'none';
  if (SHORT_QID.test(text)) return 'short';
  if (LONG_QID.test(text)) return 'long';
  return undefined;
}

function token(base: number, at: number, value: string): Token {
  return { text: value, start: base + at, end: base + at + value.length };
}

/**
 * Parses one log line. `text` is the line without its line break, `start` its document offset.
 * Every line gives a LogLine; a line that is not a syslog record has only its message.
 */
export function parseLogLine(text: string, start = 0): LogLine {
  const full = text;
  const truncated = text.length > MAX_PARSED_LINE;
  if (truncated) text = text.slice(0, MAX_PARSED_LINE);
  // While parsing, line.text is the part analysed; it becomes the whole line at the end.
  const line: LogLine = { start, end: start + full.length, text, message: token(start, 0, text), fields: [] };
  try {
    parseHeader(line, text, start);
    parseMessage(line, start);
  } catch {
    // A parser bug must never take a feature down: the line keeps what was found so far.
  }
  if (truncated) {
    line.text = full;
    line.truncated = true;
  }
  return line;
}

function parseHeader(line: LogLine, text: string, base: number): void {
  let format: TimeFormat = 'bsd';
  let m = BSD_TIME.exec(text);
  if (!m) {
    m = RFC3339_TIME.exec(text);
    format = 'rfc3339';
  }
  if (!m) return;
  const after = AFTER_TIME.exec(text.slice(m[0].length));
  if (!after) return;
  line.time = { text: m[0], start: base, end: base + m[0].length, format };
  let at = m[0].length + after[1].length;
  line.host = token(base, at, after[2]);
  at += after[2].length + after[3].length;
  if (after[4] !== undefined) {
    line.program = token(base, at, after[4]);
    const slash = after[4].lastIndexOf('/');
    line.daemon = after[4].slice(slash + 1);
    if (slash > 0) line.syslogName = after[4].slice(0, slash);
    at += after[4].length;
    if (after[5] !== undefined) {
      line.pid = { text: after[5], start: base + at + 1, end: base + at + 1 + after[5].length, value: Number(after[5]) };
      at += after[5].length + 2;
    }
    at = m[0].length + after[0].length;
  }
  line.message = token(base, at, text.slice(at));
}

function parseMessage(line: LogLine, base: number): void {
  const msg = line.message.text;
  const msgAt = line.message.start - base;
  let at = 0;
  const takeQueueId = (): void => {
    const q = QID_PREFIX.exec(msg.slice(at));
    if (!q) return;
    const form = queueIdForm(q[1]);
    if (!form) return;
    line.queueId = { text: q[1], start: base + msgAt + at, end: base + msgAt + at + q[1].length, form };
    at += q[0].length;
  };
  const sev = SEVERITY.exec(msg);
  if (sev) {
    line.severity = { text: sev[1], start: base + msgAt, end: base + msgAt + sev[1].length, level: sev[1] as LogSeverity };
    at = sev[0].length;
  }
  takeQueueId();
  const rest = msg.slice(at);
  const restAt = msgAt + at;

  // smtpd (and postscreen, cleanup) access decisions.
  if (line.queueId && !line.severity) {
    const reject = parseAccess(line, rest, base, restAt);
    if (reject) {
      line.reject = reject;
      line.client = reject.spans.client;
      scanFields(line, base, reject.spans.fields.start - base, reject.spans.fields.end - base);
      return;
    }
  }

  const ev = EVENT.exec(rest);
  if (ev) {
    const kind: LogEventKind = (ev[1] as LogEventKind | undefined) ?? (ev[2] === 'lost connection' ? 'lost-connection' : 'timeout');
    const word = ev[1] ?? ev[2];
    line.event = { text: word, start: base + restAt, end: base + restAt + word.length, kind };
    const ref = hostRef(line.text, base, restAt + ev[0].length);
    if (ref) line.client = ref;
  } else if (line.queueId && rest === 'removed') {
    line.event = { text: 'removed', start: base + restAt, end: base + restAt + 7, kind: 'removed' };
  }
  scanFields(line, base, restAt, line.text.length);
  const client = line.fields.find((f) => f.name === 'client');
  if (client && !line.client) {
    const ref = hostRef(line.text, base, client.valueSpan.start - base);
    if (ref) line.client = ref;
  }
}

/** `name[address]:port` at `at` in the line. */
function hostRef(text: string, base: number, at: number): HostRef | undefined {
  HOST_REF.lastIndex = at;
  const m = HOST_REF.exec(text);
  if (!m) return undefined;
  const ref: HostRef = {
    start: base + at,
    end: base + at + m[0].length,
    name: m[1],
    address: m[2],
    nameSpan: { start: base + at, end: base + at + m[1].length },
    addressSpan: { start: base + at + m[1].length + 1, end: base + at + m[1].length + 1 + m[2].length },
  };
  if (m[3] !== undefined) ref.port = m[3];
  return ref;
}

/**
 * `reject: RCPT from host[addr]: <reply>; from=<..> to=<..> proto=.. helo=<..>`. The reply may itself
 * hold `;` (DNSBL replies do), so the context is found from the end: the last `;` after which only
 * those fields follow.
 */
function parseAccess(line: LogLine, rest: string, base: number, restAt: number): RejectDetails | undefined {
  const a = ACCESS.exec(rest);
  if (!a || !line.queueId) return undefined;
  const client = hostRef(line.text, base, restAt + a[0].length);
  if (!client) return undefined;
  const afterClient = client.end - base;
  if (line.text.slice(afterClient, afterClient + 2) !== ': ') return undefined;
  const replyAt = afterClient + 2;
  const tailText = line.text.slice(replyAt);
  let semi = tailText.length;
  let tail: RegExpExecArray | null = null;
  while (semi > 0 && (semi = tailText.lastIndexOf(';', semi - 1)) >= 0) {
    tail = ACCESS_TAIL.exec(tailText.slice(semi + 1));
    if (tail && tail[0] !== '') break;
    tail = null;
  }
  // postscreen's CONNECT decisions carry no context after the reply.
  const replyEnd = tail ? replyAt + semi : line.text.length;
  const full = line.text.slice(replyAt, replyEnd);
  const codes = REPLY_START.exec(full);
  const hasCodes = !!codes && codes[0] !== '';
  const reply: RejectLine['reply'] = { text: hasCodes && codes ? full.slice(codes[0].length) : full, full };
  if (hasCodes && codes) {
    if (codes[1]) reply.code = codes[1];
    if (codes[2]) reply.enhanced = codes[2];
  }
  const actionAt = restAt;
  const stageAt = restAt + a[1].length + 2;
  const details: RejectDetails = {
    queueId: line.queueId.text,
    action: a[1],
    stage: a[2],
    client: client.port !== undefined ? { name: client.name, address: client.address, port: client.port } : { name: client.name, address: client.address },
    reply,
    relayDenied: /Relay access denied/.test(full),
    spans: {
      queueId: { start: line.queueId.start, end: line.queueId.end },
      action: { start: base + actionAt, end: base + actionAt + a[1].length },
      stage: { start: base + stageAt, end: base + stageAt + a[2].length },
      client,
      reply: { start: base + replyAt, end: base + replyEnd },
      fields: tail ? { start: base + replyEnd + 1, end: base + line.text.length } : { start: base + line.text.length, end: base + line.text.length },
    },
  };
  if (reply.code) details.spans.code = { start: base + replyAt, end: base + replyAt + 3 };
  if (reply.enhanced) {
    const e = replyAt + (reply.code ? 4 : 0);
    details.spans.enhanced = { start: base + e, end: base + e + reply.enhanced.length };
  }
  if (tail?.[1] !== undefined) details.sender = tail[1];
  if (tail?.[2] !== undefined) details.recipient = tail[2];
  if (tail?.[3] !== undefined) details.protocol = tail[3];
  if (tail?.[4] !== undefined) details.helo = tail[4];
  if (line.time) details.time = line.time.text;
  if (line.host) details.host = line.host.text;
  if (line.program) details.program = line.program.text;
  if (line.pid) details.pid = line.pid.value;
  return details;
}

/** Whitespace (as far as a log line holds any), ',' or ';': what ends a field value. */
function isValueEnd(c: number): boolean {
  return c <= 32 || c === 44 || c === 59;
}

/** a-z, 0-9, '_' and '-': the characters of a field name. */
function isNameChar(c: number): boolean {
  return (c >= 97 && c <= 122) || (c >= 48 && c <= 57) || c === 95 || c === 45;
}

/** What may come before a field name: the start, whitespace, ',', ';' or '('. */
function isNameBoundary(text: string, at: number): boolean {
  if (at === 0) return true;
  const c = text.charCodeAt(at - 1);
  return c <= 32 || c === 44 || c === 59 || c === 40;
}

/**
 * Finds `name=value` fields between from and to (line-relative): a name of a-z, 0-9, '_' and '-'
 * starting with a letter, after a separator. Skips the reply after status=.
 */
function scanFields(line: LogLine, base: number, from: number, to: number): void {
  const text = line.text;
  let eq = text.indexOf('=', from);
  while (eq >= 0 && eq < to) {
    let nameAt = eq;
    while (nameAt > from && isNameChar(text.charCodeAt(nameAt - 1))) nameAt--;
    const first = text.charCodeAt(nameAt);
    if (nameAt === eq || !(first >= 97 && first <= 122) || !isNameBoundary(text, nameAt)) {
      eq = text.indexOf('=', eq + 1);
      continue;
    }
    const name = text.slice(nameAt, eq);
    const valueAt = eq + 1;
    let valueEnd: number;
    let value: string;
    if (text.charCodeAt(valueAt) === 60 /* < */) {
      // An address: up to the '>' that ends it (followed by a separator, ')' or the end).
      let close = text.indexOf('>', valueAt + 1);
      while (close >= 0 && close + 1 < to) {
        const next = text.charCodeAt(close + 1);
        if (isValueEnd(next) || next === 41) break;
        close = text.indexOf('>', close + 1);
      }
      if (close < 0 || close >= to) close = to - 1;
      valueEnd = close + 1;
      value = text.slice(valueAt + 1, text.charCodeAt(close) === 62 ? close : valueEnd);
    } else {
      valueEnd = valueAt;
      while (valueEnd < to && !isValueEnd(text.charCodeAt(valueEnd))) valueEnd++;
      value = text.slice(valueAt, valueEnd);
    }
    line.fields.push({
      start: base + nameAt,
      end: base + valueEnd,
      name,
      nameSpan: { start: base + nameAt, end: base + eq },
      value,
      valueSpan: { start: base + valueAt, end: base + valueEnd },
    });
    let next = Math.max(valueEnd, valueAt);
    if (name === 'status' && !line.status) {
      line.status = { text: value, start: base + valueAt, end: base + valueEnd };
      // The reply in parentheses: `status=sent (250 2.0.0 Ok ...)`. Parentheses inside it nest.
      if (text.charCodeAt(valueEnd) === 32 && text.charCodeAt(valueEnd + 1) === 40) {
        const open = valueEnd + 1;
        let depth = 0;
        let close = -1;
        for (let i = open; i < to; i++) {
          const ch = text.charCodeAt(i);
          if (ch === 40) depth++;
          else if (ch === 41 && --depth === 0) {
            close = i;
            break;
          }
        }
        const end = close < 0 ? to : close;
        line.status.reply = token(base, open + 1, text.slice(open + 1, end));
        next = close < 0 ? to : close + 1;
      }
    }
    eq = text.indexOf('=', next);
  }
}

/* ------------------------------------------------------------------------------------------------
 * Whole lines and documents
 * ---------------------------------------------------------------------------------------------- */

/**
 * The access decision a log line records (`NOQUEUE: reject: RCPT from ...`), or undefined when the
 * line is not one. Takes a whole log line (with or without its syslog header). The result is plain
 * data, fit to pass as command arguments.
 */
export function parseRejectLine(text: string): RejectLine | undefined {
  if (typeof text !== 'string') return undefined;
  const line = parseLogLine(text.replace(/[\r\n]+$/, ''));
  if (!line.reject) return undefined;
  const { spans: _spans, ...plain } = line.reject;
  void _spans;
  return plain;
}

/**
 * A mail log: its text, parsed a line at a time on demand. Finding the line at an offset looks only
 * at that line, so it costs the same in a 1 KB and a 100 MB log.
 */
export class MailLogDocument {
  private readonly cache = new Map<number, LogLine>();

  constructor(readonly text: string) {}

  /** The line holding `offset` (its end excludes the line break), or undefined for a line too long to look at. */
  lineSpanAt(offset: number): Span | undefined {
    const text = this.text;
    let at = Math.max(0, Math.min(offset, text.length));
    // Between \r and \n is not a place in a line: it belongs to the line the \r ends.
    if (text.charCodeAt(at) === 10 && at > 0 && text.charCodeAt(at - 1) === 13) at--;
    let start = at;
    const lowest = Math.max(0, at - MAX_LINE_SCAN);
    while (start > lowest) {
      const ch = text.charCodeAt(start - 1);
      if (ch === 10 || ch === 13) break;
      start--;
    }
    if (start === lowest && lowest > 0) return undefined;
    let end = at;
    const highest = Math.min(text.length, at + MAX_LINE_SCAN);
    while (end < highest) {
      const ch = text.charCodeAt(end);
      if (ch === 10 || ch === 13) break;
      end++;
    }
    if (end === highest && highest < text.length) return undefined;
    return { start, end };
  }

  /** The parsed line holding `offset`. */
  lineAt(offset: number): LogLine | undefined {
    const span = this.lineSpanAt(offset);
    return span ? this.parsedLine(span) : undefined;
  }

  /** Parses the line with these bounds (as lineSpanAt returns them), remembering recent ones. */
  parsedLine(span: Span): LogLine {
    const hit = this.cache.get(span.start);
    if (hit && hit.end === span.end) return hit;
    const line = parseLogLine(this.text.slice(span.start, span.end), span.start);
    if (this.cache.size >= 256) this.cache.clear();
    this.cache.set(span.start, line);
    return line;
  }

  /** Offset where the line after the one ending at `end` starts (past \n, \r\n or \r). */
  nextLineStart(end: number): number {
    const text = this.text;
    if (text.charCodeAt(end) === 13 && text.charCodeAt(end + 1) === 10) return end + 2;
    return end < text.length ? end + 1 : end;
  }

  /** Every line from `from` up to (not past) offset `to`, parsed one by one. */
  *lines(from = 0, to = this.text.length): Generator<LogLine> {
    let at = from;
    for (;;) {
      const span = this.lineSpanAt(at);
      if (!span) return;
      yield parseLogLine(this.text.slice(span.start, span.end), span.start);
      const next = this.nextLineStart(span.end);
      if (next === span.end || next > to || (next === to && to < this.text.length)) return;
      at = next;
    }
  }
}

export function parseMailLog(text: string): MailLogDocument {
  return new MailLogDocument(text);
}
