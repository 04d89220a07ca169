/** Runs main.cf rules on inline text and applies their fixes, for rule tests. */
import { TextDocument } from 'vscode-languageserver-textdocument';
import type { Diagnostic, TextEdit } from 'vscode-languageserver-types';
import { EffectiveConfig } from '../../server/src/analysis/effectiveConfig';
import { runRules } from '../../server/src/features/diagnostics';
import type { DiagnosticData } from '../../server/src/features/diagnostics';
import { catalogVersion } from '../../server/src/knowledge/parameters';
import { parseMainCf } from '../../server/src/parser/mainCf';
import { parseMasterCf } from '../../server/src/parser/masterCf';
import { MainCfRule } from '../../server/src/rules/rule';
import { settings } from '../helpers';

export interface RuleRun {
  document: TextDocument;
  diagnostics: Diagnostic[];
  /** The text each diagnostic covers. */
  texts: string[];
}

/** Runs the rules on main.cf text (with an optional sibling master.cf) for a Postfix version. */
export function runMainCfRules(rules: readonly MainCfRule[], text: string, options: { version?: string; master?: string; locale?: 'en' | 'ja' } = {}): RuleRun {
  const document = TextDocument.create('file:///etc/postfix/main.cf', 'postfix-main', 1, text);
  const doc = parseMainCf(text);
  const context = {
    doc,
    config: new EffectiveConfig(doc),
    version: catalogVersion(options.version ?? '3.11'),
    master: options.master === undefined ? undefined : parseMasterCf(options.master),
  };
  const diagnostics = runRules(document, rules, context, settings({ locale: options.locale ?? 'en' }));
  return { document, diagnostics, texts: diagnostics.map((d) => document.getText(d.range)) };
}

/** The fixes a diagnostic carries. */
export function fixesOf(diagnostic: Diagnostic): DiagnosticData['fixes'] {
  return (diagnostic.data as DiagnosticData | undefined)?.fixes ?? [];
}

/** Applies edits (non-overlapping) to a document's text. */
export function applyEdits(document: TextDocument, edits: TextEdit[]): string {
  return TextDocument.applyEdits(document, edits);
}

/** A diagnostic's message as text (LSP 3.18 allows markup there; the server always sends text). */
export function messageOf(diagnostic: Diagnostic): string {
  return typeof diagnostic.message === 'string' ? diagnostic.message : diagnostic.message.value;
}
