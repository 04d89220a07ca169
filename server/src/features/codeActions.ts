/** Quick fixes: the fixes the rules attached to their diagnostics, offered for the diagnostics in range. */
import type { CodeAction, Diagnostic, Range } from 'vscode-languageserver-types';
import type { DiagnosticData } from './diagnostics';

function isFixData(data: unknown): data is DiagnosticData {
  return !!data && typeof data === 'object' && Array.isArray((data as DiagnosticData).fixes);
}

/** Whether two ranges touch or overlap. */
function intersects(a: Range, b: Range): boolean {
  const before = (p: Range['start'], q: Range['start']) => p.line < q.line || (p.line === q.line && p.character < q.character);
  return !before(a.end, b.start) && !before(b.end, a.start);
}

export function quickFixes(uri: string, range: Range, diagnostics: readonly Diagnostic[]): CodeAction[] {
  const actions: CodeAction[] = [];
  for (const diagnostic of diagnostics) {
    if (diagnostic.source !== 'postfix' || !isFixData(diagnostic.data) || !intersects(range, diagnostic.range)) continue;
    diagnostic.data.fixes.forEach((fix, index) => {
      actions.push({
        title: fix.title,
        kind: 'quickfix',
        diagnostics: [diagnostic],
        isPreferred: index === 0 && fix.safe,
        edit: { changes: { [uri]: fix.edits } },
      });
    });
  }
  return actions;
}
