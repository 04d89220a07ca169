/**
 * Problems in a mail log: panic, fatal, error and warning records, bounced and expired mail.
 *
 * A log can be huge, so the work is capped: only the first MAX_SCAN_CHARS characters are searched,
 * at most MAX_DIAGNOSTICS problems are reported, and a note says so. The search itself runs one
 * regular expression over the text and parses only the lines it hits.
 */
import type { Diagnostic, DiagnosticSeverity } from 'vscode-languageserver-types';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { Locale, pick } from '../../i18n/locale';
import { LogLine, MailLogDocument } from '../../parser/mailLog';
import { format, Severity } from '../../rules/rule';
import { LanguageSettings } from '../../settings';
import { DIAGNOSTIC } from './texts';

/** Characters of a log searched for problems (about 8 MB of ASCII text). */
export const MAX_SCAN_CHARS = 8 * 1024 * 1024;
/** Problems reported at most. */
export const MAX_DIAGNOSTICS = 1000;

/** Diagnostic codes (and the keys of postfix.diagnostics.<code>) with their default severities. */
export const LOG_DIAGNOSTICS: Readonly<Record<string, Severity>> = {
  'log-panic': 'error',
  'log-fatal': 'error',
  'log-error': 'error',
  'log-warning': 'warning',
  'log-bounced': 'information',
  'log-expired': 'information',
  'log-partial': 'information',
};

const LSP_SEVERITY: Record<Severity, DiagnosticSeverity> = { error: 1, warning: 2, information: 3, hint: 4 };

const MARKER = /: (?:panic|fatal|error|warning): |status=(?:bounced|expired|force-expired)\b/g;

export interface LogScanLimits {
  maxChars: number;
  maxDiagnostics: number;
}

export function validateLog(
  document: TextDocument,
  model: MailLogDocument,
  settings: LanguageSettings,
  limits: LogScanLimits = { maxChars: MAX_SCAN_CHARS, maxDiagnostics: MAX_DIAGNOSTICS },
): Diagnostic[] {
  const locale: Locale = settings.locale;
  const text = model.text;
  const scanned = text.length > limits.maxChars ? text.slice(0, limits.maxChars) : text;
  const diagnostics: Diagnostic[] = [];
  const severityOf = (code: string): DiagnosticSeverity | undefined => {
    const setting = settings.diagnostics[code] ?? LOG_DIAGNOSTICS[code];
    return setting === 'off' || setting === undefined ? undefined : LSP_SEVERITY[setting];
  };
  let capped = false;
  let lastLineStart = -1;
  MARKER.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = MARKER.exec(scanned))) {
    const span = model.lineSpanAt(m.index);
    if (!span) continue;
    // The next search starts on the next line: one diagnostic per line at most.
    MARKER.lastIndex = Math.max(MARKER.lastIndex, span.end);
    if (span.start === lastLineStart) continue;
    lastLineStart = span.start;
    const line = model.parsedLine(span);
    const found = problemOf(line, locale);
    if (!found) continue;
    const severity = severityOf(found.code);
    if (severity === undefined) continue;
    if (diagnostics.length >= limits.maxDiagnostics) {
      capped = true;
      break;
    }
    diagnostics.push({
      range: { start: document.positionAt(found.start), end: document.positionAt(line.end) },
      severity,
      code: found.code,
      source: 'postfix',
      message: found.message,
    });
  }
  const notes: string[] = [];
  if (scanned.length < text.length) {
    const mb = (n: number) => (n / (1024 * 1024)).toFixed(1);
    const lastLine = document.positionAt(scanned.length).line + 1;
    notes.push(format(pick(DIAGNOSTIC.partial, locale), [mb(text.length), mb(scanned.length), String(lastLine)]));
  }
  if (capped) notes.push(format(pick(DIAGNOSTIC.capped, locale), [String(limits.maxDiagnostics)]));
  const noteSeverity = severityOf('log-partial');
  if (notes.length && noteSeverity !== undefined) {
    const first = model.lineSpanAt(0);
    diagnostics.unshift({
      range: { start: { line: 0, character: 0 }, end: document.positionAt(first ? first.end : 0) },
      severity: noteSeverity,
      code: 'log-partial',
      source: 'postfix',
      message: notes.join(' '),
    });
  }
  return diagnostics;
}

/** The problem a line records, if any: its code, where the diagnostic starts, and its message. */
export function problemOf(line: LogLine, locale: Locale): { code: string; start: number; message: string } | undefined {
  const program = line.program ? `${line.program.text}: ` : '';
  if (line.severity) {
    const level = line.severity.level;
    const from = line.severity.end + 2 - line.start;
    const rest = line.text.slice(from, from + 2000);
    return { code: `log-${level}`, start: line.severity.start, message: format(pick(DIAGNOSTIC[level], locale), [program + rest]) };
  }
  const status = line.status;
  if (!status) return undefined;
  if (status.text === 'bounced') {
    const to = line.fields.find((f) => f.name === 'to')?.value ?? '';
    const dsn = line.fields.find((f) => f.name === 'dsn')?.value ?? '?';
    const reason = status.reply?.text ?? '';
    return { code: 'log-bounced', start: line.message.start, message: format(pick(DIAGNOSTIC.bounced, locale), [to, dsn, reason.slice(0, 2000)]) };
  }
  if (status.text === 'expired' || status.text === 'force-expired') {
    const from = line.fields.find((f) => f.name === 'from')?.value ?? '';
    const id = line.queueId?.text ?? '';
    return { code: 'log-expired', start: line.message.start, message: format(pick(DIAGNOSTIC.expired, locale), [id, from]) };
  }
  return undefined;
}
