/** Hovers on a keyword value (`may` in smtpd_tls_security_level = may): what the chosen value means. */
import { Localized, pick } from '../../i18n/locale';
import { t } from '../../i18n/messages';
import { valueDoc, valueDocs } from '../../knowledge/valueDocs';
import { EntryNode, entryItems } from '../../parser/mainCf';
import { Span } from '../../parser/lines';
import { inlineCode } from '../markdown';
import { HoverContext, HoverPart, blocks, prose, touches } from './common';

function markdown(shown: string, name: string, doc: Localized, ctx: HoverContext): string {
  return blocks([`**${inlineCode(shown)}** — ${t('hover.valueOf', ctx.locale, inlineCode(name))}`, prose(pick(doc, ctx.locale))]);
}

/**
 * The whole value when it has its own entry (a single keyword, a documented combination such as
 * "ipv4, ipv6", a compatibility level); otherwise the keyword of a list value under the cursor.
 */
export function valueHover(entry: EntryNode, offset: number, ctx: HoverContext): HoverPart | undefined {
  const table = Object.prototype.hasOwnProperty.call(valueDocs, entry.name) ? valueDocs[entry.name] : undefined;
  if (!table || entry.value.text === '' || !touches(entry.value, offset)) return undefined;
  if (!entry.value.text.includes('$')) {
    const whole = valueDoc(entry.name, entry.value.text);
    if (whole) {
      const span: Span = { start: entry.value.start, end: entry.value.end };
      return { span, markdown: markdown(entry.value.text, entry.name, whole, ctx) };
    }
  }
  for (const item of entryItems(entry)) {
    if (!touches(item.span, offset)) continue;
    const key = item.text.toLowerCase();
    const doc = Object.prototype.hasOwnProperty.call(table, key) ? table[key] : undefined;
    if (doc) return { span: item.span, markdown: markdown(item.text, entry.name, doc, ctx) };
  }
  return undefined;
}
