/** Hovers on parameter names and `$name` references: the facts of a parameter, and the deep relay explanations. */
import type { EffectiveConfig } from '../../analysis/effectiveConfig';
import { Localized, pick } from '../../i18n/locale';
import { MessageId, t } from '../../i18n/messages';
import { ParameterInfo, compareVersions, getParameter } from '../../knowledge/parameters';
import { resolveCompatibilityDefault, timeUnit } from '../../knowledge/defaults';
import { getDeprecation } from '../../knowledge/deprecations';
import { relayDocs } from '../../knowledge/relayDocs';
import { RelayRow, whoMayRelay, whoMayRelayMarkdown } from '../whoMayRelay';
import { parameterSummary } from '../../knowledge/summaries';
import { codeBlock, inlineCode } from '../markdown';
import { HoverContext, RULE, blocks, originText, prose } from './common';

export const POSTCONF_URL = 'https://www.postfix.org/postconf.5.html';

export function parameterUrl(name: string): string {
  return `${POSTCONF_URL}#${encodeURIComponent(name)}`;
}

function typeText(info: ParameterInfo, ctx: HoverContext): string {
  const locale = ctx.locale;
  switch (info.type) {
    case 'bool':
    case 'nbool':
      return t('type.bool', locale);
    case 'int':
    case 'nint':
      return t('type.int', locale);
    case 'long':
      return t('type.long', locale);
    case 'time':
      return t('type.time', locale, t(`unit.${timeUnit(info)}` as MessageId, locale));
    case 'raw':
      return t('type.raw', locale);
    case 'str_fn':
      return t('type.computed', locale);
    default:
      return t('type.str', locale);
  }
}

/** Whether the configured Postfix knows the parameter: newer than it, or a legacy name / template. */
function availability(info: ParameterInfo, ctx: HoverContext): string | undefined {
  if (info.since && compareVersions(info.since, ctx.version) > 0) return t('hover.newerThan', ctx.locale, info.since, ctx.version);
  const knownLater = info.since && compareVersions(info.since, ctx.catalog) > 0;
  if (!knownLater && (!info.builtin || !info.versions.includes(ctx.catalog))) return t('hover.notBuiltin', ctx.locale, ctx.catalog);
  return undefined;
}

/** The deprecation, for the configured version: already warned about, or only by later versions. */
function deprecation(name: string, ctx: HoverContext): string | undefined {
  const d = getDeprecation(name);
  if (!d) return undefined;
  const replacement = d.replacement ? inlineCode(d.replacement) : '';
  if (compareVersions(ctx.version, d.since) >= 0) {
    return replacement ? t('hover.deprecated', ctx.locale, d.since, replacement) : t('hover.deprecatedRemove', ctx.locale, d.since);
  }
  return replacement
    ? t('hover.deprecatedLater', ctx.locale, d.since, ctx.version, replacement)
    : t('hover.deprecatedLaterRemove', ctx.locale, d.since, ctx.version);
}

/**
 * Characters of a value expanded for a hover. A value built from a tree of references can run to
 * a megabyte; the expansion stops here instead (EffectiveConfig.preview), and the hover says so.
 */
export const VALUE_PREVIEW_CHARS = 2000;

/** Characters of a value shown in a hover, after runs of white space are made single spaces. */
export const VALUE_SHOWN_CHARS = 300;

const SHORTENED: Localized = {
  en: 'shown in part: the whole value is {0} characters long',
  ja: '一部のみ表示しています。値全体は {0} 文字です',
};

/** "Value in effect: `...` (set on line N)", with the unit of a bare number in a time parameter. */
export function valueLine(name: string, ctx: HoverContext): string {
  const locale = ctx.locale;
  const preview = ctx.model.config.preview(name, VALUE_PREVIEW_CHARS);
  const flat = preview.value.replace(/\s+/g, ' ').trim();
  const cut = preview.length > preview.value.length || flat.length > VALUE_SHOWN_CHARS;
  let shown: string;
  if (preview.computed && preview.length === 0) shown = t('hover.computed', locale);
  else if (cut) shown = inlineCode(`${flat.slice(0, VALUE_SHOWN_CHARS)}…`);
  else shown = inlineCode(flat || t('hover.empty', locale));
  const deep = preview.tooDeep ? ` — ${t('hover.tooDeep', locale)}` : '';
  const info = getParameter(name);
  const bare = !cut && info?.type === 'time' && /^\d+$/.test(flat) ? ` — ${t('hover.bareNumber', locale, inlineCode(flat + timeUnit(info)))}` : '';
  const shortened = cut ? ` — ${pick(SHORTENED, locale).replace('{0}', preview.length.toLocaleString('en-US'))}` : '';
  return `${t('hover.value', locale)}: ${shown} (${originText(ctx, name)})${shortened}${bare}${deep}`;
}

/** "Who may relay" for a configuration, worked out once per parsed file and version. */
const relayRowsByConfig = new WeakMap<EffectiveConfig, Map<string, RelayRow[]>>();

function relayRows(ctx: HoverContext): RelayRow[] {
  let byVersion = relayRowsByConfig.get(ctx.model.config);
  if (!byVersion) relayRowsByConfig.set(ctx.model.config, (byVersion = new Map()));
  let rows = byVersion.get(ctx.catalog);
  if (!rows) byVersion.set(ctx.catalog, (rows = whoMayRelay(ctx.model.config, ctx.catalog)));
  return rows;
}

/** The deep explanation of a parameter of the relay set, after a rule. */
function relaySection(name: string, ctx: HoverContext): string | undefined {
  const doc = Object.prototype.hasOwnProperty.call(relayDocs, name) ? relayDocs[name] : undefined;
  if (!doc) return undefined;
  const locale = ctx.locale;
  return blocks([
    RULE,
    `**${t('hover.relay.role', locale)}:** ${prose(pick(doc.role, locale))}`,
    doc.mistakes.length > 0 &&
      `**${t('hover.relay.mistakes', locale)}:**\n\n${doc.mistakes.map((m) => `- ${prose(pick(m, locale))}`).join('\n')}`,
    doc.symptom && `**${t('hover.relay.symptom', locale)}:** ${prose(pick(doc.symptom, locale))}`,
    `**${t('hover.relay.example', locale)}:**\n\n${codeBlock(doc.example)}`,
  ]);
}

/**
 * The facts of a parameter: summary headline, then type, default (as postconf -d writes it and as it
 * comes out for this file's compatibility_level), value in effect, version, deprecation and the link.
 * `deep` adds the long relay explanation for the relay set.
 */
export function parameterMarkdown(name: string, ctx: HoverContext, deep = true): string {
  const locale = ctx.locale;
  const info = getParameter(name);
  if (!info) {
    const entry = ctx.model.config.entry(name);
    return blocks([`**${inlineCode(name)}**`, t('hover.userDefinedParam', locale, inlineCode('$' + name)), entry && valueLine(name, ctx)]);
  }
  const summary = parameterSummary(name);
  const level = ctx.model.config.compatibilityLevel;
  const resolved = resolveCompatibilityDefault(info.default, level);
  const facts: string[] = [];
  facts.push(`- ${t('hover.type', locale)}: ${typeText(info, ctx)}`);
  facts.push(`- ${t('hover.default', locale)}: ${info.default === '(computed)' ? t('hover.computed', locale) : inlineCode(info.default || t('hover.empty', locale))}`);
  if (resolved.dependsOnLevel) {
    const shownLevel = /^[0-9.]+$/.test(level) ? level : inlineCode(level);
    facts.push(`- ${t('hover.defaultHere', locale, shownLevel)}: ${inlineCode(resolved.value || t('hover.empty', locale))}`);
  }
  if ((info.min || info.max) && info.type !== 'str' && info.type !== 'raw') {
    facts.push(`- ${t('hover.range', locale)}: ${info.min}${info.max ? ` – ${info.max}` : ' –'}`);
  }
  facts.push(`- ${valueLine(name, ctx)}`);
  facts.push(`- ${info.since ? t('hover.since', locale, info.since) : t('hover.sinceOld', locale)}`);
  const avail = availability(info, ctx);
  const dep = deprecation(name, ctx);
  return blocks([
    `**${inlineCode(name)}**${summary ? ` — ${prose(summary)}` : ''}`,
    avail && `*${avail}*`,
    dep && `**${dep}**`,
    facts.join('\n'),
    `[${t('hover.reference', locale)}: ${name}](${parameterUrl(name)})`,
    deep && relaySection(name, ctx),
    deep && WHO_MAY_RELAY_PARAMETERS.has(name) && `${RULE}\n\n${whoMayRelayMarkdown(relayRows(ctx), locale)}`,
  ]);
}

/** The settings whose hover shows who may relay with the file as it is. */
const WHO_MAY_RELAY_PARAMETERS = new Set(['smtpd_relay_restrictions', 'smtpd_recipient_restrictions', 'mynetworks', 'relay_domains']);

/**
 * A `$name` reference: where the name is defined (or that it is built in) and what it expands to.
 * In a raw parameter (default_rbl_reply, forward_path, ...) main.cf expansion does not happen at all.
 */
export function referenceMarkdown(name: string, ctx: HoverContext, inParameter?: string): string {
  const holder = inParameter ? getParameter(inParameter) : undefined;
  if (holder && holder.builtin && holder.type === 'raw') {
    return blocks([
      `**${inlineCode('$' + name)}**`,
      t('hover.rawReference', ctx.locale, inlineCode('$' + name), inlineCode(holder.name)),
      `[${t('hover.reference', ctx.locale)}: ${holder.name}](${parameterUrl(holder.name)})`,
    ]);
  }
  if (!ctx.model.config.isDefined(name)) {
    return blocks([`**${inlineCode('$' + name)}**`, t('hover.undefined', ctx.locale)]);
  }
  return parameterMarkdown(name, ctx, false);
}
