/**
 * Hovers for main.cf: parameter names, `$` references, and the parts of a value that carry knowledge:
 * restriction names, lookup table types, keyword values and SMTP codes.
 *
 * Every hover starts with a one-line headline, then the details; long explanations follow a rule.
 * Text from the document only ever appears inside code spans or code blocks, so a value can never
 * become a link or a command.
 */
import type { Hover } from 'vscode-languageserver-types';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { EntryNode, entryReferences, nodeAt } from '../parser/mainCf';
import type { MainCfModel } from '../languages/mainCf';
import { LanguageSettings } from '../settings';
import { toRange } from './diagnostics';
import { HoverContext, HoverPart, hoverContext, touches } from './hover/common';
import { parameterMarkdown, referenceMarkdown } from './hover/parameter';
import { codeHover } from './hover/codes';
import { restrictionHover } from './hover/restriction';
import { tableHover } from './hover/table';
import { valueHover } from './hover/values';

export { POSTCONF_URL, parameterUrl } from './hover/parameter';

export function hoverMainCf(document: TextDocument, model: MainCfModel, offset: number, settings: LanguageSettings): Hover | null {
  let part: HoverPart | undefined;
  try {
    part = mainCfHoverAt(model, offset, settings);
  } catch {
    // A hover is a convenience: knowledge that does not fit the input must never break the editor.
    part = undefined;
  }
  return part ? { contents: { kind: 'markdown', value: part.markdown }, range: toRange(document, part.span) } : null;
}

/** The hover at a document offset, without the safety net (tests use it to prove nothing throws). */
export function mainCfHoverAt(model: MainCfModel, offset: number, settings: LanguageSettings): HoverPart | undefined {
  const node = nodeAt(model.doc, offset);
  if (!node || node.kind !== 'entry') return undefined;
  return findHover(node, offset, hoverContext(model, settings));
}

function findHover(node: EntryNode, offset: number, ctx: HoverContext): HoverPart | undefined {
  if (touches(node.nameSpan, offset)) {
    return { span: node.nameSpan, markdown: parameterMarkdown(node.name, ctx) };
  }
  for (const ref of entryReferences(node)) {
    if (ref.name && offset >= ref.span.start && offset <= ref.nameSpanInDoc.end) {
      return { span: ref.span, markdown: referenceMarkdown(ref.name, ctx, node.name) };
    }
  }
  if (node.value.text === '' || !touches(node.value, offset)) return undefined;
  return (
    codeHover(node, offset, ctx) ??
    restrictionHover(node, offset, ctx) ??
    tableHover(node, offset, ctx) ??
    valueHover(node, offset, ctx)
  );
}
