/**
 * The one explanation of an SMTP reply code ("550") or enhanced status code ("5.7.1") that every
 * hover shows: main.cf values, lookup table results and mail log lines all render a code here, so the
 * same code reads the same (wording, facts, Japanese) wherever it is found. Callers add what only
 * they know (the replies a *_code parameter produces, which server sent a logged reply) around it.
 */
import { Locale, Localized, pick } from '../../i18n/locale';
import { MessageId, t } from '../../i18n/messages';
import {
  CodeInText,
  ProviderCodeInfo,
  ReplyKind,
  enhancedCodeParts,
  findCodesInText,
  lookupEnhancedCode,
  lookupProviderCode,
  lookupReplyCode,
} from '../../knowledge/smtpCodes';
import { inlineCode } from '../markdown';
import { RULE, blocks, prose } from './common';

/** A code to explain, with the other half of its pair when it has one. */
export interface SmtpCodeRef {
  kind: 'reply' | 'enhanced';
  code: string;
  /**
   * For a reply code, the enhanced code right after it ("550 5.7.1", "550-5.7.1"); for an enhanced
   * code, the reply code right before it.
   */
  pair?: string;
}

/** A code found in a text, with its pair. Offsets are into the text. */
export interface SmtpCodeInText extends CodeInText, SmtpCodeRef {}

const L = (en: string, ja: string): Localized => ({ en, ja });

const TEXTS = {
  definedIn: L('Defined in {0}', '{0} で定義'),
  notStandard: L('Not defined by RFC 5321 or a common SMTP extension; the meaning is read from its digits',
    'RFC 5321 や主な SMTP 拡張では定義されていないため、各桁から意味を読み取っています'),
  unregistered: L('Not in the IANA registry of enhanced status codes: only its class and subject digits have a standard meaning',
    'IANA の拡張ステータスコードのレジストリには登録されていません。標準で意味が決まっているのはクラスとサブジェクトの桁だけです'),
  registeredNoRfc: L('Registered at IANA as {0} (no RFC defines it)', 'IANA に {0} として登録 (RFC での定義はありません)'),
};

/** One of our texts in the locale, with {0} filled by Markdown the caller built. */
function say(text: Localized, locale: Locale, arg: string): string {
  return pick(text, locale).replace('{0}', () => arg);
}

const KIND_MESSAGE: Readonly<Record<ReplyKind, MessageId>> = {
  success: 'hover.code.success',
  intermediate: 'hover.code.intermediate',
  transient: 'hover.code.transient',
  permanent: 'hover.code.permanent',
};

/** Reply code and enhanced code written as one reply: separated by a single space or dash. */
function adjacent(text: string, first: CodeInText, second: CodeInText): boolean {
  return /^[ -]$/.test(text.slice(first.end, second.start));
}

/** The reply codes and enhanced status codes in a text, each with the other half of its pair. */
export function smtpCodesInText(text: string): SmtpCodeInText[] {
  const codes = findCodesInText(text);
  return codes.map((c, i) => {
    const other = c.kind === 'reply' ? codes[i + 1] : codes[i - 1];
    const paired = !!other && other.kind !== c.kind && (c.kind === 'reply' ? adjacent(text, c, other) : adjacent(text, other, c));
    return paired ? { ...c, pair: other.code } : { ...c };
  });
}

/**
 * The provider-specific meanings to show for an enhanced code. A code the IANA registry does not assign
 * (Microsoft's 4.7.650) is identified by its digits; a registered code that a provider also uses
 * (Gmail's 4.7.0) only when the reply text is that provider's.
 */
export function providerCodesFor(code: string, reply: string | undefined, text: string | undefined): ProviderCodeInfo[] {
  const matched = text !== undefined ? lookupProviderCode(code, reply, text) : [];
  const own = lookupProviderCode(code, reply).filter((p) => !p.inIanaRegistry && !matched.includes(p));
  return [...matched, ...own];
}

function replyMarkdown(ref: SmtpCodeRef, locale: Locale): string | undefined {
  const info = lookupReplyCode(ref.code);
  if (!info) return undefined;
  const facts = [`- ${info.generic ? pick(TEXTS.notStandard, locale) : say(TEXTS.definedIn, locale, prose(info.source))}`];
  const enhanced = ref.pair ? lookupEnhancedCode(ref.pair) : undefined;
  if (ref.pair && enhanced) facts.push(`- ${t('hover.code.followedBy', locale, inlineCode(ref.pair), prose(pick(enhanced.title, locale)))}`);
  return blocks([
    `**${inlineCode(ref.code)}** — ${t('hover.code.reply', locale)}: ${prose(pick(info.title, locale))}`,
    t(KIND_MESSAGE[info.kind], locale),
    facts.join('\n'),
    prose(pick(info.detail, locale)),
  ]);
}

function enhancedMarkdown(ref: SmtpCodeRef, locale: Locale, text: string | undefined): string | undefined {
  const code = ref.code;
  const info = lookupEnhancedCode(code);
  const parts = enhancedCodeParts(code);
  const providers = providerCodesFor(code, ref.pair, text);
  if (!info && providers.length === 0 && !parts?.subject) return undefined;
  const own = providers.find((p) => !p.inIanaRegistry);
  const title = own
    ? `: ${prose(pick(own.title, locale))} (${t('hover.code.provider', locale, prose(own.provider))})`
    : info
      ? `: ${prose(pick(info.title, locale))}`
      : '';
  const facts: string[] = [];
  if (parts?.classTitle) facts.push(`- ${t('hover.code.class', locale, code[0], prose(pick(parts.classTitle, locale)))}`);
  if (parts?.subject) facts.push(`- ${t('hover.code.subject', locale, `X.${code.split('.')[1]}`, prose(pick(parts.subject, locale)))}`);
  if (!info) facts.push(`- ${pick(TEXTS.unregistered, locale)}`);
  else if (/^RFC\b/.test(info.source)) facts.push(`- ${t('hover.code.registered', locale, inlineCode(info.registryCode), prose(info.source))}`);
  else facts.push(`- ${say(TEXTS.registeredNoRfc, locale, inlineCode(info.registryCode))}`);
  if (info?.deprecated) facts.push(`- ${t('hover.code.deprecated', locale)}`);
  const providerBlocks = providers.map((p) => {
    const label = p.inIanaRegistry ? t('hover.code.providerUse', locale, prose(p.provider)) : t('hover.code.provider', locale, prose(p.provider));
    return blocks([`**${label}:** ${prose(pick(p.title, locale))}`, prose(pick(p.detail, locale)), `*${prose(pick(p.provenance, locale))}*`]);
  });
  return blocks([
    `**${inlineCode(code)}** — ${t('hover.code.enhanced', locale)}${title}`,
    facts.join('\n'),
    info && prose(pick(info.detail, locale)),
    providerBlocks.length > 0 && RULE,
    ...providerBlocks,
  ]);
}

/**
 * The Markdown section that explains a reply code or an enhanced status code, or undefined when the
 * code means nothing (a reply code outside 2xx-5xx, an enhanced code with an unknown subject and no
 * known use). `text` is the reply the code stands in; it only decides which provider-specific
 * meanings apply, so the same code in the same reply reads the same in every file.
 */
export function smtpCodeMarkdown(ref: SmtpCodeRef, locale: Locale, text?: string): string | undefined {
  return ref.kind === 'reply' ? replyMarkdown(ref, locale) : enhancedMarkdown(ref, locale, text);
}
