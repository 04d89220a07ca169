/** Quick fixes: the fixes the rules attached to their diagnostics, offered for the diagnostics in range. */
import type { CodeAction, Diagnostic, Range, TextEdit } from 'vscode-languageserver-types';
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

/**
 * source.fixAll: every safe fix of the document's diagnostics at once. Fixes that
 * touch the same text as an earlier one are left for another round.
 */
export function fixAll(uri: string, diagnostics: readonly Diagnostic[]): CodeAction | undefined {
  const taken: Range[] = [];
  const edits: TextEdit[] = [];
  const fixed: Diagnostic[] = [];
  for (const diagnostic of diagnostics) {
    if (!isFixData(diagnostic.data)) continue;
    const fix = diagnostic.data.fixes.find((f) => f.safe);
    if (!fix || fix.edits.some((e) => taken.some((t) => intersects(t, e.range)))) continue;
    taken.push(...fix.edits.map((e) => e.range));
    edits.push(...fix.edits);
    fixed.push(diagnostic);
  }
  if (!edits.length) return undefined;
  return { title: 'Fix all safe Postfix problems', kind: 'source.fixAll.postfix', diagnostics: fixed, edit: { changes: { [uri]: edits } } };
}

/** Parameters on which the relay recipes are offered as refactorings. */
const RELAY_PARAMETERS = new Set(['smtpd_relay_restrictions', 'smtpd_recipient_restrictions', 'mynetworks', 'relay_domains', 'relayhost', 'smtpd_sasl_auth_enable', 'smtp_sasl_auth_enable']);

/** The relay recipes as refactorings: the client asks for what a recipe needs, then the server computes the edit. */
export function recipeActions(uri: string, names: readonly string[], recipes: ReadonlyArray<{ id: string; title: string }>): CodeAction[] {
  if (!names.some((n) => RELAY_PARAMETERS.has(n))) return [];
  return recipes.map((r) => ({ title: r.title, kind: 'refactor.rewrite.postfix.relay', command: { title: r.title, command: 'postfix.applyRecipe', arguments: [uri, r.id] } }));
}
