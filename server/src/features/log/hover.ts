/**
 * Hovers in a mail log: reply codes, enhanced status codes, Postfix's own reject texts (with the
 * main.cf settings behind them), delivery status, delays, queue ids and daemons.
 *
 * Only the line under the cursor is read: finding it looks at that line alone, so a hover costs the
 * same in a 100 MB log as in a small one.
 */
import type { Hover } from 'vscode-languageserver-types';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { Locale, Localized, pick } from '../../i18n/locale';
import { findPostfixReplies, lookupEnhancedCode, PostfixReplyInfo } from '../../knowledge/smtpCodes';
import { lineNumberAt, Span } from '../../parser/lines';
import { LogLine, MailLogDocument } from '../../parser/mailLog';
import type { MainCfModel } from '../../languages/mainCf';
import { format } from '../../rules/rule';
import { providerCodesFor, smtpCodeMarkdown, smtpCodesInText } from '../hover/smtpCodes';
import { inlineCode, truncate } from '../markdown';
import { DAEMONS, FIELDS, QUEUE_ID, RELAY_DECISION, RELAY_SETTINGS, SEVERITY, STATUS, UI } from './texts';

export interface LogHoverContext {
  locale: Locale;
  /** The main.cf next to the log, when there is one. */
  mainCf?: () => MainCfModel | undefined;
}

/** What a hover shows, and over which part of the document. */
export interface LogHoverResult {
  span: Span;
  markdown: string;
}

interface Target {
  span: Span;
  render(): string;
}

export function hoverLog(document: TextDocument, model: MailLogDocument, offset: number, context: LogHoverContext): Hover | null {
  const result = logHover(model, offset, context);
  if (!result) return null;
  return {
    contents: { kind: 'markdown', value: result.markdown },
    range: { start: document.positionAt(result.span.start), end: document.positionAt(result.span.end) },
  };
}

/** The hover at a document offset, without the editor's positions (used by tests and the bench). */
export function logHover(model: MailLogDocument, offset: number, context: LogHoverContext): LogHoverResult | null {
  const line = model.lineAt(offset);
  if (!line) return null;
  const targets = hoverTargets(line, context);
  // The smallest part under the cursor wins: "5.7.1" inside "dsn=5.7.1", a code inside a reply.
  const inside = targets.filter((t) => t.span.start <= offset && offset < t.span.end);
  const touching = inside.length ? inside : targets.filter((t) => offset === t.span.end && t.span.end > t.span.start);
  if (!touching.length) return null;
  touching.sort((a, b) => a.span.end - a.span.start - (b.span.end - b.span.start));
  const best = touching[0];
  return { span: best.span, markdown: best.render() };
}

/** Text we wrote (knowledge texts) as Markdown: angle brackets escaped outside code spans. */
function prose(text: string): string {
  return text
    .split(/(`[^`]*`)/)
    .map((part, i) => (i % 2 === 1 ? part : part.replace(/[<>&]/g, (c) => `\\${c}`)))
    .join('');
}

/** A text of ours in the locale; the arguments are Markdown already (inlineCode of document text). */
function say(text: Localized, locale: Locale, ...args: string[]): string {
  return format(prose(pick(text, locale)), args);
}

/** The remote server a delivery line's reply came from, e.g. "mx.example.net[192.0.2.1]". */
function remoteServer(line: LogLine): { span: Span; server?: string } | undefined {
  const reply = line.status?.reply;
  if (!reply) return undefined;
  const m = /\bhost (\S+?\[[^\]\s]*\])(?::\d+)? (?:said|refused to talk to me):/.exec(reply.text);
  if (m) return { span: reply, server: m[1] };
  if (line.daemon === 'smtp' || line.daemon === 'lmtp') return { span: reply };
  return undefined;
}

function within(span: Span, outer: Span | undefined): boolean {
  return !!outer && span.start >= outer.start && span.end <= outer.end;
}

function hoverTargets(line: LogLine, context: LogHoverContext): Target[] {
  const { locale } = context;
  const targets: Target[] = [];
  const msg = line.message;
  const remote = remoteServer(line);
  const remoteNote = (span: Span): string | undefined => {
    if (!remote || !within(span, remote.span)) return undefined;
    return remote.server ? say(UI.remoteReply, locale, inlineCode(remote.server)) : say(UI.remoteReplyUnknown, locale);
  };

  // Reply codes and enhanced status codes, explained as in main.cf and tables; a logged reply from
  // another server says so after the explanation.
  for (const c of smtpCodesInText(msg.text)) {
    const span = { start: msg.start + c.start, end: msg.start + c.end };
    if (c.kind === 'enhanced' && !lookupEnhancedCode(c.code) && providerCodesFor(c.code, c.pair, msg.text).length === 0) {
      // An unassigned dotted number counts only where a reply or dsn= puts it.
      const before = msg.text.slice(Math.max(0, c.start - 4), c.start);
      const inReply = !!c.pair || before === 'dsn=' || within(span, line.status?.reply) || within(span, line.reject?.spans.reply);
      if (!inReply) continue;
    }
    const section = smtpCodeMarkdown(c, locale, msg.text);
    if (!section) continue;
    targets.push({ span, render: () => [section, remoteNote(span)].filter(Boolean).join('\n\n') });
  }

  // Postfix's own replies ("Relay access denied", "User unknown in local recipient table" ...).
  for (const entry of findPostfixReplies(msg.text)) {
    const m = entry.match.exec(msg.text);
    if (!m) continue;
    const span = { start: msg.start + m.index, end: msg.start + m.index + m[0].length };
    if (targets.some((t) => t.span.start === span.start && t.span.end === span.end)) continue;
    targets.push({ span, render: () => postfixReplyMarkdown(line, entry, span, context, remoteNote(span)) });
  }

  const statusField = line.fields.find((f) => f.name === 'status');
  if (line.status && statusField) {
    const status = line.status;
    const info = STATUS[status.text];
    if (info) {
      targets.push({
        span: { start: statusField.start, end: statusField.end },
        render: () => `**status=${inlineCode(status.text)}** — ${say(info.title, locale)}\n\n${say(info.detail, locale)}`,
      });
    }
  }

  const sessionStats = line.event?.kind === 'disconnect';
  for (const field of line.fields) {
    if (field.name === 'status') continue;
    const doc = sessionStats ? FIELDS.commands : FIELDS[field.name];
    if (!doc) continue;
    targets.push({
      span: field,
      render: () => {
        const out = [`**${inlineCode(field.name)}** = ${inlineCode(field.value === '' && /^<>/.test(textOf(line, field.valueSpan)) ? '<>' : truncate(field.value, 200))}`, say(doc, locale)];
        if (field.name === 'delays') {
          const parts = field.value.split('/');
          if (parts.length === 4) out.push(['a', 'b', 'c', 'd'].map((k, i) => `${k} = ${inlineCode(parts[i])}`).join(' · '));
        }
        return out.join('\n\n');
      },
    });
  }

  if (line.program && line.daemon) {
    const program = line.program;
    const daemon = line.daemon;
    const doc = DAEMONS[daemon];
    if (doc) {
      targets.push({
        span: program,
        render: () => `**${inlineCode(program.text)}** — ${say(doc, locale)}`,
      });
    }
  }

  if (line.queueId) {
    const q = line.queueId;
    targets.push({ span: q, render: () => `**${say(UI.queueId, locale)}** ${inlineCode(q.text)}\n\n${say(QUEUE_ID[q.form], locale)}` });
  }

  if (line.severity) {
    const s = line.severity;
    targets.push({ span: s, render: () => `**${s.level}** — ${say(SEVERITY[s.level], locale)}` });
  }

  return targets;
}

function textOf(line: LogLine, span: Span): string {
  return line.text.slice(span.start - line.start, span.end - line.start);
}

function postfixReplyMarkdown(line: LogLine, entry: PostfixReplyInfo, span: Span, context: LogHoverContext, remoteNote: string | undefined): string {
  const { locale } = context;
  const out: string[] = [];
  const head = [`**${say(UI.postfixReply, locale)}:** ${inlineCode(entry.text)}`];
  const facts = [`${say(UI.sentBy, locale)} ${entry.program}`];
  if (entry.restriction) facts.push(`${say(UI.restriction, locale)} ${inlineCode(entry.restriction)}`);
  facts.push(inlineCode(`${entry.reply} ${entry.enhanced}`));
  out.push(`${head.join('')} — ${facts.join(' · ')}`);
  if (remoteNote) out.push(remoteNote);
  out.push(prose(pick(entry.cause, locale)));

  const relay = entry.id === 'relay-access-denied' || entry.id === 'relay-access-deferred';
  const local = !remoteNote;
  const reject = line.reject && within(span, line.reject.spans.reply) ? line.reject : undefined;
  if (relay && local && reject) {
    const points: string[] = [];
    const client = reject.client.address ? `${reject.client.name}[${reject.client.address}]` : reject.client.name;
    points.push(say(RELAY_DECISION.client, locale, inlineCode(client)));
    const domain = reject.recipient?.includes('@') ? reject.recipient.slice(reject.recipient.lastIndexOf('@') + 1) : undefined;
    if (domain) points.push(say(RELAY_DECISION.domain, locale, inlineCode(domain)));
    if (reject.reply.code) points.push(say(reject.reply.code.startsWith('4') ? RELAY_DECISION.deferred : RELAY_DECISION.rejected, locale));
    points.push(say(RELAY_DECISION.fix, locale));
    out.push(`**${say(RELAY_DECISION.title, locale)}**\n\n${points.map((p) => `- ${p}`).join('\n')}`);
  }

  const names = relay ? [...RELAY_SETTINGS, ...entry.settings.filter((n) => !RELAY_SETTINGS.includes(n))] : entry.settings;
  if (names.length) {
    const main = local ? context.mainCf?.() : undefined;
    if (main) {
      out.push(`**${say(UI.valuesInEffect, locale)}**\n\n${names.map((n) => `- ${settingLine(n, main, locale)}`).join('\n')}`);
    } else {
      out.push(`**${say(UI.settingsInvolved, locale)}:** ${names.map((n) => inlineCode(n)).join(', ')}`);
      if (local) out.push(`*${say(UI.noMainCf, locale)}*`);
    }
    if (local && line.syslogName && line.syslogName !== 'postfix' && line.daemon === 'smtpd') {
      out.push(`*${say(UI.serviceOverride, locale, inlineCode(line.syslogName))}*`);
    }
  }
  return out.join('\n\n');
}

/** `name` = `value` — where the value comes from. */
function settingLine(name: string, main: MainCfModel, locale: Locale): string {
  const source = main.config.source(name);
  const expansion = main.config.expand(name);
  if (source.origin === 'unknown') return `${inlineCode(name)}: ${say(UI.notSet, locale)}`;
  if (source.origin === 'default' && source.raw === '(computed)') {
    const style = name === 'mynetworks' ? ` (mynetworks_style = ${inlineCode(main.config.expand('mynetworks_style').value)})` : '';
    return `${inlineCode(name)}: ${say(UI.computedDefault, locale)}${style}`;
  }
  const value = expansion.value.trim();
  let where: string;
  if (source.origin === 'file' && source.entry) where = say(UI.line, locale, String(lineNumberAt(main.doc.text, source.entry.start)));
  else if (source.origin === 'default') where = say(UI.builtinDefault, locale);
  else where = source.origin;
  const raw = source.raw.trim();
  if (expansion.computed) {
    // Part of the value comes from the host (myhostname, mydomain ...), which a file cannot tell.
    return `${inlineCode(name)} = ${inlineCode(truncate(raw, 240))} ${say(UI.partlyComputed, locale)} — ${where}`;
  }
  const shown = value === '' ? say(UI.empty, locale) : inlineCode(truncate(value, 240));
  const written = raw !== value && raw !== '' && source.origin === 'file' ? ` ← ${inlineCode(truncate(raw, 120))}` : '';
  return `${inlineCode(name)} = ${shown}${written} — ${where}`;
}
