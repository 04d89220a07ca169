/** Completion for main.cf: parameter names where a setting starts. */
import type { CompletionItem, CompletionList } from 'vscode-languageserver-types';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { allParameters, catalogVersion } from '../knowledge/parameters';
import { parameterSummary } from '../knowledge/summaries';
import type { MainCfModel } from '../languages/mainCf';
import { LanguageSettings } from '../settings';
import { parameterUrl } from './hover';

const CompletionItemKind = { Property: 10 } as const;
const MarkupKind = { Markdown: 'markdown' } as const;
const InsertTextFormat = { PlainText: 1 } as const;

/** Where the cursor sits on its physical line. */
function lineContext(document: TextDocument, offset: number): { before: string; lineStart: number } {
  const pos = document.positionAt(offset);
  const lineStart = document.offsetAt({ line: pos.line, character: 0 });
  return { before: document.getText().slice(lineStart, offset), lineStart };
}

export function completeMainCf(document: TextDocument, _model: MainCfModel, offset: number, settings: LanguageSettings): CompletionList {
  const { before, lineStart } = lineContext(document, offset);
  // A parameter name can only start in column 0 of a line that has no "=" yet.
  if (!/^[A-Za-z0-9_]*$/.test(before)) return { isIncomplete: false, items: [] };
  const after = document.getText().slice(offset, offset + 200).split(/\r?\n|\r/, 1)[0];
  const hasEquals = /^[A-Za-z0-9_]*\s*=/.test(after);
  const wordEnd = offset + (/^[A-Za-z0-9_]*/.exec(after)?.[0].length ?? 0);
  const range = { start: document.positionAt(lineStart), end: document.positionAt(wordEnd) };
  const version = catalogVersion(settings.version);
  const items: CompletionItem[] = [];
  for (const info of allParameters()) {
    if (!info.builtin || !info.versions.includes(version)) continue;
    const summary = parameterSummary(info.name);
    items.push({
      label: info.name,
      kind: CompletionItemKind.Property,
      detail: info.default === '(computed)' ? `${info.type}` : `${info.type || 'str'} = ${info.default}`,
      documentation: {
        kind: MarkupKind.Markdown,
        value: `${summary ?? ''}\n\n[postconf(5)](${parameterUrl(info.name)})`.trim(),
      },
      textEdit: { range, newText: hasEquals ? info.name : `${info.name} = ` },
      insertTextFormat: InsertTextFormat.PlainText,
    });
  }
  return { isIncomplete: false, items };
}
