/** Runs the rules and turns their findings into LSP diagnostics, honouring settings and suppression comments. */
import type { Diagnostic, DiagnosticSeverity, Range, TextEdit } from 'vscode-languageserver-types';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { Locale, pick } from '../i18n/locale';
import { Finding, Rule, Severity, format } from '../rules/rule';
import { LanguageSettings } from '../settings';
import { Span } from '../parser/lines';

/** The payload a diagnostic carries for its code actions. */
export interface DiagnosticData {
  fixes: Array<{ title: string; edits: TextEdit[]; safe: boolean }>;
}

const LSP_SEVERITY: Record<Severity, DiagnosticSeverity> = { error: 1, warning: 2, information: 3, hint: 4 };

/** `# postfix-lint: disable-next-line id[,id]` silences those rules on the next line that carries text. */
const SUPPRESS = /^\s*#\s*postfix-lint:\s*disable-next-line\b\s*(.*)$/;

export function toRange(document: TextDocument, span: Span): Range {
  return { start: document.positionAt(span.start), end: document.positionAt(span.end) };
}

/** Lines (0-based) mapped to the rule ids suppressed on them; '*' means every rule. */
export function suppressions(document: TextDocument): Map<number, Set<string>> {
  const result = new Map<number, Set<string>>();
  const text = document.getText();
  if (!text.includes('postfix-lint')) return result;
  const lines = text.split(/\r?\n|\r/);
  let pending: Set<string> | undefined;
  lines.forEach((line, index) => {
    const m = SUPPRESS.exec(line);
    if (m) {
      const ids = m[1].split(/[\s,]+/).filter(Boolean);
      pending = new Set([...(pending ?? []), ...(ids.length ? ids : ['*'])]);
      return;
    }
    if (/^\s*(#.*)?$/.test(line)) return;
    if (pending) result.set(index, pending);
    pending = undefined;
  });
  return result;
}

export function runRules<C>(
  document: TextDocument,
  rules: readonly Rule<C>[],
  context: C,
  settings: LanguageSettings,
): Diagnostic[] {
  const locale: Locale = settings.locale;
  const suppressed = suppressions(document);
  const diagnostics: Diagnostic[] = [];
  for (const rule of rules) {
    const setting = settings.diagnostics[rule.id] ?? rule.severity;
    if (setting === 'off') continue;
    let findings: Finding[];
    try {
      findings = rule.check(context);
    } catch (error) {
      // A rule bug must not take the other diagnostics down with it.
      console.error(`rule ${rule.id} failed: ${error instanceof Error ? error.stack : String(error)}`);
      continue;
    }
    for (const finding of findings) {
      const range = toRange(document, finding.span);
      const ids = suppressed.get(range.start.line);
      if (ids && (ids.has(rule.id) || ids.has('*'))) continue;
      const template = rule.messages[finding.variant ?? 'default'] ?? rule.messages.default;
      const diagnostic: Diagnostic = {
        range,
        severity: LSP_SEVERITY[setting],
        code: rule.id,
        source: 'postfix',
        message: format(pick(template, locale), finding.args),
      };
      if (finding.tags?.length) diagnostic.tags = finding.tags.map((tag) => (tag === 'unnecessary' ? 1 : 2));
      if (finding.related?.length) {
        diagnostic.relatedInformation = finding.related.map((r) => ({
          location: { uri: document.uri, range: toRange(document, r.span) },
          message: pick(r.message, locale),
        }));
      }
      if (finding.fixes?.length) {
        const data: DiagnosticData = {
          fixes: finding.fixes.map((fix) => ({
            title: pick(fix.title, locale),
            safe: fix.safe ?? false,
            edits: fix.edits.map((e) => ({ range: toRange(document, e.span), newText: e.newText })),
          })),
        };
        diagnostic.data = data;
      }
      diagnostics.push(diagnostic);
    }
  }
  return diagnostics.sort((a, b) => a.range.start.line - b.range.start.line || a.range.start.character - b.range.start.character);
}
