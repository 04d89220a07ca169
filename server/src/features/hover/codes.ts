/**
 * Hovers on SMTP codes in values: the value of a reply-code parameter (relay_domains_reject_code = 554),
 * and reply or enhanced codes inside a reply text (smtpd_policy_service_default_action = 451 4.3.5 ...).
 */
import { pick } from '../../i18n/locale';
import { MessageId, t } from '../../i18n/messages';
import { getParameter } from '../../knowledge/parameters';
import { formatReply, restrictionDocs } from '../../knowledge/restrictionDocs';
import {
  CodeInText,
  PostfixReplyInfo,
  ReplyKind,
  enhancedCodeParts,
  findCodesInText,
  findPostfixReplies,
  lookupEnhancedCode,
  lookupProviderCode,
  lookupReplyCode,
} from '../../knowledge/smtpCodes';
import { EntryNode } from '../../parser/mainCf';
import { toDocumentSpan } from '../../parser/lines';
import { inlineCode } from '../markdown';
import { HoverContext, HoverPart, RULE, blocks, prose, touches } from './common';

const KIND_MESSAGE: Readonly<Record<ReplyKind, MessageId>> = {
  success: 'hover.code.success',
  intermediate: 'hover.code.intermediate',
  transient: 'hover.code.transient',
  permanent: 'hover.code.permanent',
};

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

/** A three-digit reply code: its meaning, what a client does with it, and the enhanced code after it. */
export function replyCodeMarkdown(code: string, text: string | undefined, enhancedAfter: string | undefined, ctx: HoverContext): string | undefined {
  const info = lookupReplyCode(code);
  if (!info) return undefined;
  const locale = ctx.locale;
  const enhanced = enhancedAfter ? lookupEnhancedCode(enhancedAfter) : undefined;
  const postfix = text !== undefined ? postfixReplySection(text, ctx) : undefined;
  return blocks([
    `**${inlineCode(code)}** — ${t('hover.code.reply', locale)}: ${prose(pick(info.title, locale))}`,
    t(KIND_MESSAGE[info.kind], locale),
    prose(pick(info.detail, locale)),
    enhanced && enhancedAfter && `- ${t('hover.code.followedBy', locale, inlineCode(enhancedAfter), prose(pick(enhanced.title, locale)))}`,
    postfix && RULE,
    postfix,
  ]);
}

/** An enhanced status code: class, subject, registry entry, provider-specific meanings, known Postfix replies. */
export function enhancedCodeMarkdown(code: string, reply: string | undefined, text: string | undefined, ctx: HoverContext): string | undefined {
  const locale = ctx.locale;
  const info = lookupEnhancedCode(code);
  const parts = enhancedCodeParts(code);
  let providers = text !== undefined ? lookupProviderCode(code, reply, text) : [];
  if (providers.length === 0) providers = lookupProviderCode(code, reply);
  if (!info && providers.length === 0 && !parts?.subject) return undefined;
  const own = providers.find((p) => !p.inIanaRegistry);
  const title = own
    ? `${prose(pick(own.title, locale))} (${t('hover.code.provider', locale, own.provider)})`
    : info
      ? prose(pick(info.title, locale))
      : t('hover.code.enhanced', locale);
  const facts: string[] = [];
  if (parts?.classTitle) facts.push(`- ${t('hover.code.class', locale, code[0], prose(pick(parts.classTitle, locale)))}`);
  const subject = code.split('.')[1];
  if (parts?.subject) facts.push(`- ${t('hover.code.subject', locale, subject, prose(pick(parts.subject, locale)))}`);
  if (info) facts.push(`- ${t('hover.code.registered', locale, inlineCode(info.registryCode), info.source)}`);
  else facts.push(`- ${t('hover.code.unregistered', locale)}`);
  if (info?.deprecated) facts.push(`- ${t('hover.code.deprecated', locale)}`);
  const providerBlocks = providers.map((p) =>
    blocks([
      `**${p.inIanaRegistry ? t('hover.code.providerUse', locale, p.provider) : t('hover.code.provider', locale, p.provider)}:** ${prose(pick(p.title, locale))}`,
      prose(pick(p.detail, locale)),
      `*${prose(pick(p.provenance, locale))}*`,
    ]),
  );
  const postfix = text !== undefined ? postfixReplySection(text, ctx) : undefined;
  const long = [...providerBlocks, postfix].filter((b): b is string => !!b);
  return blocks([
    `**${inlineCode(code)}** — ${title}`,
    facts.join('\n'),
    info && prose(pick(info.detail, locale)),
    long.length > 0 && RULE,
    ...long,
  ]);
}

/** The value of a reply-code parameter: the code's meaning and the replies that use it with this value. */
export function replyCodeParameterMarkdown(name: string, code: string, ctx: HoverContext): string | undefined {
  const base = replyCodeMarkdown(code, undefined, undefined, ctx);
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
  const codes = findCodesInText(text);
  for (let i = 0; i < codes.length; i++) {
    const code = codes[i];
    const span = spanOf(entry, code);
    if (!touches(span, offset)) continue;
    let markdown: string | undefined;
    if (code.kind === 'reply') {
      const next = codes[i + 1];
      const after = next && next.kind === 'enhanced' && /^[ -]$/.test(text.slice(code.end, next.start)) ? next.code : undefined;
      markdown = replyCodeMarkdown(code.code, text, after, ctx);
    } else {
      const prev = codes[i - 1];
      const reply = prev && prev.kind === 'reply' && /^[ -]$/.test(text.slice(prev.end, code.start)) ? prev.code : undefined;
      markdown = enhancedCodeMarkdown(code.code, reply, text, ctx);
    }
    if (markdown) return { span, markdown };
  }
  return undefined;
}
