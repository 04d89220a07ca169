/**
 * Hovers on a restriction name inside a restriction list: what it tests, where it can act, the
 * reply it sends with this file's own reply-code settings, and its legacy status.
 */
import { pick } from '../../i18n/locale';
import { MessageId, t } from '../../i18n/messages';
import { compareVersions, getParameter } from '../../knowledge/parameters';
import { RestrictionInfo, Stage, getRestriction } from '../../knowledge/restrictions';
import { ReplySpec, ReplyStage, formatReply, replyCodeDefaults, replyValueNames, restrictionDocs } from '../../knowledge/restrictionDocs';
import { EntryNode, entryItems } from '../../parser/mainCf';
import { inlineCode } from '../markdown';
import { HoverContext, HoverPart, RULE, blocks, originText, prose, touches } from './common';

/** The stage each smtpd restriction list runs at. */
export type ListStage = 'client' | 'helo' | 'sender' | 'relay' | 'recipient' | 'etrn' | 'data' | 'end_of_data';

export const LIST_STAGES: Readonly<Record<string, ListStage>> = {
  smtpd_client_restrictions: 'client',
  smtpd_helo_restrictions: 'helo',
  smtpd_sender_restrictions: 'sender',
  smtpd_relay_restrictions: 'relay',
  smtpd_recipient_restrictions: 'recipient',
  smtpd_etrn_restrictions: 'etrn',
  smtpd_data_restrictions: 'data',
  smtpd_end_of_data_restrictions: 'end_of_data',
};

/** The reply class ("Recipient address", ...) smtpd uses for a list: the relay list answers as the recipient list. */
const REPLY_STAGE: Readonly<Record<ListStage, ReplyStage>> = {
  client: 'client',
  helo: 'helo',
  sender: 'sender',
  relay: 'recipient',
  recipient: 'recipient',
  etrn: 'etrn',
  data: 'data',
  end_of_data: 'end_of_data',
};

/** The restriction class names declared in smtpd_restriction_classes (split as smtpd splits them). */
export function restrictionClasses(ctx: HoverContext): Set<string> {
  const value = ctx.model.config.expand('smtpd_restriction_classes').value;
  return new Set(value.split(/[\s,]+/).filter((n) => n !== ''));
}

/**
 * Whether the entry's value is read as restrictions: one of the eight lists, a declared class, or a
 * name Postfix does not have built in (a user macro that a list refers to as `$name`).
 */
export function holdsRestrictions(entry: EntryNode, ctx: HoverContext): boolean {
  if (LIST_STAGES[entry.name]) return true;
  if (!getParameter(entry.name)?.builtin) return true;
  return restrictionClasses(ctx).has(entry.name);
}

type Activity = 'yes' | 'no' | 'delay' | 'single';

/** Whether a restriction that tests `stage` can act in a list that runs at `list`. */
export function activity(list: ListStage, stage: Stage, delayReject: boolean): Activity {
  const early = delayReject ? 'yes' : 'delay';
  switch (stage) {
    case 'generic':
    case 'client':
      return 'yes';
    case 'helo':
      return list === 'client' ? early : 'yes';
    case 'sender':
      if (list === 'client' || list === 'helo') return early;
      return list === 'etrn' ? 'no' : 'yes';
    case 'recipient':
      if (list === 'client' || list === 'helo' || list === 'sender') return early;
      if (list === 'data' || list === 'end_of_data') return 'single';
      return list === 'etrn' ? 'no' : 'yes';
    case 'etrn':
      return list === 'etrn' ? 'yes' : 'no';
  }
}

function isYes(value: string): boolean {
  return value.trim().toLowerCase() === 'yes';
}

interface CodeSetting {
  code: number;
  /** The parameter, its value and where it comes from, for the reply line. */
  from?: string;
}

/** The reply code a spec produces with this file's settings. */
export function replyCode(spec: ReplySpec, ctx: HoverContext): CodeSetting {
  if (spec.fixedCode !== undefined || !spec.codeParameter) {
    return { code: spec.fixedCode ?? 0 };
  }
  const param = spec.codeParameter;
  const raw = ctx.model.config.expand(param).value.trim();
  const value = /^\d+$/.test(raw) ? Number(raw) : replyCodeDefaults[param];
  const shown = /^\d+$/.test(raw) ? raw : String(replyCodeDefaults[param]);
  const where = originText(ctx, param);
  const from = spec.codeOffset
    ? t('hover.replyFromOffset', ctx.locale, param, shown, where, String(-spec.codeOffset))
    : t('hover.replyFrom', ctx.locale, param, shown, where);
  return { code: value + (spec.codeOffset ?? 0), from };
}

/** The reply line: `code enhanced text`, where the code comes from, and what happens to a bad code. */
export function replyLines(spec: ReplySpec, stage: ReplyStage | undefined, ctx: HoverContext): string[] {
  const locale = ctx.locale;
  const setting = replyCode(spec, ctx);
  const codes: Record<string, number> = {};
  if (spec.codeParameter) codes[spec.codeParameter] = setting.code - (spec.codeOffset ?? 0);
  const reply = formatReply(spec, stage, codes);
  const lines = [`- ${t('hover.reply', locale)}: ${inlineCode(reply)} — ${setting.from ?? t('hover.replyFixed', locale)}`];
  if (spec.when) lines.push(`- ${t('hover.replyWhen', locale)}: ${prose(pick(spec.when, locale))}`);
  if (stage && spec.text.includes('<value>')) lines.push(`- ${t('hover.replyValue', locale, pick(replyValueNames[stage], locale))}`);
  if (setting.code < 400 || setting.code > 599) lines.push(`- ${t('hover.replyInvalid', locale)}`);
  else if (setting.code >= 500 && isYes(ctx.model.config.expand('soft_bounce').value)) lines.push(`- ${t('hover.softBounce', locale)}`);
  return lines;
}

const SUBJECT: Readonly<Record<Stage, MessageId | undefined>> = {
  generic: undefined,
  client: undefined,
  helo: 'hover.subject.helo',
  sender: 'hover.subject.sender',
  recipient: 'hover.subject.recipient',
  etrn: 'hover.subject.etrn',
};

function stageLines(info: RestrictionInfo, list: string, ctx: HoverContext): string[] {
  const locale = ctx.locale;
  const lines = [`- ${t(`hover.stage.${info.stage}` as MessageId, locale)}`];
  const listStage = LIST_STAGES[list];
  if (!listStage) return lines;
  const delay = isYes(ctx.model.config.expand('smtpd_delay_reject').value);
  const subject = SUBJECT[info.stage];
  const subjectText = subject ? t(subject, locale) : '';
  switch (activity(listStage, info.stage, delay)) {
    case 'no':
      lines.push(`- **${t('hover.stage.inactive', locale, list, subjectText)}**`);
      break;
    case 'delay':
      lines.push(`- **${t('hover.stage.inactiveDelay', locale, list, subjectText)}**`);
      break;
    case 'single':
      lines.push(`- ${t('hover.stage.single', locale, list)}`);
      break;
  }
  return lines;
}

function statusLine(info: RestrictionInfo, ctx: HoverContext): string | undefined {
  const locale = ctx.locale;
  const replacement = info.replacement
    .split(/\s+or\s+/)
    .map((r) => inlineCode(r.trim()))
    .join(' / ');
  if (info.status === 'legacy') return t('hover.restriction.legacy', locale, replacement);
  if (info.status === 'removed') {
    return compareVersions(ctx.version, '3.9') >= 0
      ? t('hover.restriction.removed', locale, replacement)
      : t('hover.restriction.removedLater', locale, ctx.version, replacement);
  }
  return info.note ? t('hover.restriction.note', locale, prose(info.note)) : undefined;
}

/** The hover for one restriction name, as it sits in the list `list` (a list, a class or a macro). */
export function restrictionMarkdown(info: RestrictionInfo, list: string, ctx: HoverContext): string {
  const locale = ctx.locale;
  const doc = restrictionDocs[info.name];
  const listStage = LIST_STAGES[list];
  const stage = listStage ? REPLY_STAGE[listStage] : undefined;
  const details: string[] = [...stageLines(info, list, ctx)];
  if (doc?.reply) details.push(...replyLines(doc.reply, stage, ctx));
  const status = statusLine(info, ctx);
  if (status) details.push(`- ${info.status === 'current' ? status : `**${status}**`}`);
  return blocks([
    `**${inlineCode(info.name)}** — ${doc ? prose(pick(doc.tests, locale)) : t('hover.restriction', locale)}`,
    details.join('\n'),
    doc?.notes && RULE,
    doc?.notes && prose(pick(doc.notes, locale)),
  ]);
}

/** The restriction under the cursor in a value that holds restrictions. */
export function restrictionHover(entry: EntryNode, offset: number, ctx: HoverContext): HoverPart | undefined {
  if (!holdsRestrictions(entry, ctx)) return undefined;
  for (const item of entryItems(entry)) {
    if (!touches(item.span, offset)) continue;
    const info = getRestriction(item.text.toLowerCase());
    if (!info) return undefined;
    return { span: item.span, markdown: restrictionMarkdown(info, entry.name, ctx) };
  }
  return undefined;
}
