/** Shared pieces of the main.cf hovers: the context every hover kind reads, spans, and text helpers. */
import { Locale } from '../../i18n/locale';
import { NEWEST_VERSION, catalogVersion } from '../../knowledge/parameters';
import type { MainCfModel } from '../../languages/mainCf';
import { Span } from '../../parser/lines';
import { LanguageSettings } from '../../settings';
import { t } from '../../i18n/messages';

export interface HoverContext {
  model: MainCfModel;
  settings: LanguageSettings;
  locale: Locale;
  /** The catalog version that stands for the configured one (for "is it built in" questions). */
  catalog: string;
  /** The configured version, or the newest the catalog knows (for "since" comparisons). */
  version: string;
}

/** A hover found at a position: what it covers and what it says. */
export interface HoverPart {
  span: Span;
  markdown: string;
}

export function hoverContext(model: MainCfModel, settings: LanguageSettings): HoverContext {
  const configured = settings.version && /^\d+(\.\d+)*$/.test(settings.version.trim()) ? settings.version.trim() : NEWEST_VERSION;
  return { model, settings, locale: settings.locale, catalog: catalogVersion(settings.version), version: configured };
}

/** Whether the cursor offset touches the span (its end counts, so a cursor right after a word finds it). */
export function touches(span: Span, offset: number): boolean {
  return offset >= span.start && offset <= span.end;
}

/** A horizontal rule between the short part of a hover and its long sections. */
export const RULE = '---';

/** Joins hover blocks as separate Markdown paragraphs. */
export function blocks(parts: Array<string | undefined | false>): string {
  return parts.filter((p): p is string => typeof p === 'string' && p !== '').join('\n\n');
}

/**
 * Knowledge text (written for this project) made safe for Markdown: `code spans` are kept, every
 * other character that could start markup (emphasis, links, HTML, autolinks, tables) is escaped,
 * and line breaks become spaces.
 */
export function prose(text: string): string {
  return text
    .replace(/\r?\n|\r/g, ' ')
    .split(/(`[^`]+`)/)
    .map((part, i) =>
      i % 2 === 1
        ? part
        : part
            .replace(/[\\*[\]<>&|~#`]/g, (ch) => `\\${ch}`)
            // An underscore inside a word never starts emphasis; only the others need escaping.
            .replace(/(?<![A-Za-z0-9])_|_(?![A-Za-z0-9])/g, '\\_'),
    )
    .join('');
}

/** "set on line N" or "the built-in default" for where a parameter's value comes from. */
export function originText(ctx: HoverContext, name: string): string {
  const source = ctx.model.config.source(name);
  return source.entry
    ? // The entry's first physical line knows its number: no count of the line breaks above it.
      t('hover.valueFrom', ctx.locale, String(source.entry.logical.lines[0].line + 1))
    : t('hover.valueDefault', ctx.locale);
}
