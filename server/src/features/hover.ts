/** Hovers for main.cf: parameter names and `$` references. */
import type { Hover } from 'vscode-languageserver-types';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { Locale } from '../i18n/locale';
import { MessageId, t } from '../i18n/messages';
import { ParameterInfo, catalogVersion, getParameter } from '../knowledge/parameters';
import { resolveCompatibilityDefault, timeUnit } from '../knowledge/defaults';
import { parameterSummary } from '../knowledge/summaries';
import { entryReferences, nodeAt } from '../parser/mainCf';
import { Span, lineNumberAt } from '../parser/lines';
import type { MainCfModel } from '../languages/mainCf';
import { LanguageSettings } from '../settings';
import { toRange } from './diagnostics';
import { inlineCode, truncate } from './markdown';

export const POSTCONF_URL = 'https://www.postfix.org/postconf.5.html';

export function parameterUrl(name: string): string {
  return `${POSTCONF_URL}#${encodeURIComponent(name)}`;
}

export function hoverMainCf(document: TextDocument, model: MainCfModel, offset: number, settings: LanguageSettings): Hover | null {
  const node = nodeAt(model.doc, offset);
  if (!node || node.kind !== 'entry') return null;
  if (offset >= node.nameSpan.start && offset <= node.nameSpan.end) {
    return result(document, node.nameSpan, parameterMarkdown(node.name, model, settings));
  }
  for (const ref of entryReferences(node)) {
    if (ref.name && offset >= ref.nameSpanInDoc.start && offset <= ref.nameSpanInDoc.end) {
      return result(document, ref.span, referenceMarkdown(ref.name, model, settings));
    }
  }
  return null;
}

function result(document: TextDocument, span: Span, markdown: string): Hover {
  return { contents: { kind: 'markdown', value: markdown }, range: toRange(document, span) };
}

function typeText(info: ParameterInfo, locale: Locale): string {
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

/** The facts block shared by parameter and reference hovers. */
export function parameterMarkdown(name: string, model: MainCfModel, settings: LanguageSettings): string {
  const locale = settings.locale;
  const info = getParameter(name);
  const version = catalogVersion(settings.version);
  const out: string[] = [];
  if (!info) {
    out.push(`**${inlineCode(name)}**`);
    const entry = model.config.entry(name);
    out.push(t('hover.userDefined', locale, name));
    if (entry) out.push(valueLine(name, model, settings));
    return out.join('\n\n');
  }
  const summary = parameterSummary(name);
  out.push(`**${inlineCode(name)}**${summary ? ` — ${summary}` : ''}`);
  if (!info.builtin || !info.versions.includes(version)) out.push(`*${t('hover.notBuiltin', locale, version)}*`);
  const facts: string[] = [];
  facts.push(`- ${t('hover.type', locale)}: ${typeText(info, locale)}`);
  facts.push(`- ${t('hover.default', locale)}: ${info.default === '(computed)' ? t('hover.computed', locale) : inlineCode(info.default || t('hover.empty', locale))}`);
  const level = model.config.compatibilityLevel;
  const resolved = resolveCompatibilityDefault(info.default, level);
  if (resolved.dependsOnLevel) {
    facts.push(`- ${t('hover.defaultHere', locale, level)}: ${inlineCode(resolved.value || t('hover.empty', locale))}`);
  }
  if (info.min || info.max) {
    if (info.type !== 'str' && info.type !== 'raw') facts.push(`- ${t('hover.range', locale)}: ${info.min}${info.max ? ` – ${info.max}` : ' –'}`);
  }
  facts.push(`- ${valueLine(name, model, settings)}`);
  facts.push(`- ${info.since ? t('hover.since', locale, info.since) : t('hover.sinceOld', locale)}`);
  out.push(facts.join('\n'));
  out.push(`[${t('hover.reference', locale)}: ${name}](${parameterUrl(name)})`);
  return out.join('\n\n');
}

function valueLine(name: string, model: MainCfModel, settings: LanguageSettings): string {
  const locale = settings.locale;
  const source = model.config.source(name);
  const expansion = model.config.expand(name);
  let shown: string;
  if (expansion.computed && expansion.value === '') shown = t('hover.computed', locale);
  else shown = inlineCode(truncate(expansion.value.replace(/\s+/g, ' ').trim()) || t('hover.empty', locale));
  const where = source.entry ? t('hover.valueFrom', locale, String(lineNumberAt(model.doc.text, source.entry.start))) : t('hover.valueDefault', locale);
  const deep = expansion.tooDeep ? ` — ${t('hover.tooDeep', locale)}` : '';
  return `${t('hover.value', locale)}: ${shown} (${where})${deep}`;
}

function referenceMarkdown(name: string, model: MainCfModel, settings: LanguageSettings): string {
  const locale = settings.locale;
  if (!model.config.isDefined(name)) {
    return `**${inlineCode('$' + name)}**\n\n${t('hover.undefined', locale)}`;
  }
  return parameterMarkdown(name, model, settings);
}
