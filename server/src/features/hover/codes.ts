/**
 * Hovers on SMTP codes in values: the value of a reply-code parameter (relay_domains_reject_code = 554),
 * and reply or enhanced codes inside a reply text (smtpd_policy_service_default_action = 451 4.3.5 ...).
 * The code itself is explained by ./smtpCodes (shared with table and log hovers); this file adds what
 * main.cf knows: the replies a code parameter produces, and the Postfix reply a text forms.
 */
import { pick } from '../../i18n/locale';
import { t } from '../../i18n/messages';
import { getParameter } from '../../knowledge/parameters';
import { formatReply, restrictionDocs } from '../../knowledge/restrictionDocs';
import { CodeInText, PostfixReplyInfo, findPostfixReplies } from '../../knowledge/smtpCodes';
import { EntryNode } from '../../parser/mainCf';
import { toDocumentSpan } from '../../parser/lines';
import { inlineCode } from '../markdown';
import { HoverContext, HoverPart, RULE, blocks, prose, touches } from './common';
import { smtpCodeMarkdown, smtpCodesInText } from './smtpCodes';

/** Parameters whose value is an SMTP reply code that smtpd sends. */
export function isReplyCodeParameter(name: string): boolean {
  const info = getParameter(name);
  return !!info && info.type === 'int' && name.endsWith('_code') && name !== 'fault_injection_code';
}

function isYes(value: string): boolean {
  return value.trim().toLowerCase() === 'yes';
}

/** How many restriction replies a reply-code hover lists before "... and N more". */
const MAX_REPLIES = 4;

function postfixReplySection(text: string, ctx: HoverContext): string | undefined {
  const found: PostfixReplyInfo[] = findPostfixReplies(text).slice(0, 2);
  if (found.length === 0) return undefined;
  const locale = ctx.locale;
  return found
    .map((r) =>
      blocks([
        `**${t('hover.code.postfix', locale)}:** ${inlineCode(r.example)}`,
        prose(pick(r.cause, locale)),
        r.settings.length > 0 && t('hover.code.settings', locale, r.settings.map((s) => inlineCode(s)).join(', ')),
      ]),
    )
    .join('\n\n');
}

/** The value of a reply-code parameter: the code's meaning and the replies that use it with this value. */
export function replyCodeParameterMarkdown(name: string, code: string, ctx: HoverContext): string | undefined {
  const base = smtpCodeMarkdown({ kind: 'reply', code }, ctx.locale);
  if (!base) return undefined;
  const value = Number(code);
  const invalid = value < 400 || value > 599;
  const users = Object.entries(restrictionDocs).filter(([, doc]) => doc.reply?.codeParameter === name);
  const lines = users.slice(0, MAX_REPLIES).map(([restriction, doc]) => {
    const spec = doc.reply!;
    const sent = value + (spec.codeOffset ?? 0);
    const reply = sent < 400 || sent > 599 ? '450 4.7.1 Service unavailable' : formatReply(spec, undefined, { [name]: value });
    return `- ${inlineCode(restriction)}: ${inlineCode(reply)}`;
  });
  if (users.length > MAX_REPLIES) lines.push(`- ${t('hover.code.more', ctx.locale, String(users.length - MAX_REPLIES))}`);
  return blocks([
    base,
    invalid && `**${t('hover.replyInvalid', ctx.locale)}**`,
    value >= 500 && !invalid && isYes(ctx.model.config.expand('soft_bounce').value) && t('hover.softBounce', ctx.locale),
    users.length > 0 && `${t('hover.code.usedBy', ctx.locale, inlineCode(name))}\n\n${lines.join('\n')}`,
  ]);
}

function spanOf(entry: EntryNode, code: CodeInText) {
  return toDocumentSpan(entry.logical, entry.valueAt + code.start, entry.valueAt + code.end);
}

/** The SMTP code under the cursor, if any. */
export function codeHover(entry: EntryNode, offset: number, ctx: HoverContext): HoverPart | undefined {
  const text = entry.value.text;
  if (isReplyCodeParameter(entry.name) && /^\d{3}$/.test(text) && touches(entry.value, offset)) {
    const markdown = replyCodeParameterMarkdown(entry.name, text, ctx);
    if (markdown) return { span: { start: entry.value.start, end: entry.value.end }, markdown };
  }
  for (const code of smtpCodesInText(text)) {
    const span = spanOf(entry, code);
    if (!touches(span, offset)) continue;
    const section = smtpCodeMarkdown(code, ctx.locale, text);
    if (!section) continue;
    const postfix = postfixReplySection(text, ctx);
    return { span, markdown: blocks([section, postfix && RULE, postfix]) };
  }
  return undefined;
}
