/**
 * What a rule is. Each rule has an id (the diagnostic `code` and the key of its
 * setting `postfix.diagnostics.<id>`), a default severity, its messages and the
 * data its fix needs. Rules are pure: they read a context and return findings.
 */
import { Localized } from '../i18n/locale';
import { EffectiveConfig } from '../analysis/effectiveConfig';
import { MainCfDocument } from '../parser/mainCf';
import { Span } from '../parser/lines';

export type Severity = 'error' | 'warning' | 'information' | 'hint';
export type SeveritySetting = Severity | 'off';

/** A fix a rule proposes: replace spans of the same document. Applying it must be safe. */
export interface FixData {
  title: Localized;
  edits: Array<{ span: Span; newText: string }>;
  /** Safe to apply without looking (used by "fix all"). */
  safe?: boolean;
}

export interface Finding {
  span: Span;
  /** Message template arguments, filled into {0}, {1} ... */
  args?: string[];
  /** Picks another message of the rule than its first, e.g. 'missing-name'. */
  variant?: string;
  fixes?: FixData[];
  /** Spans elsewhere in the document that explain the finding (the earlier entry of a duplicate, ...). */
  related?: Array<{ span: Span; message: Localized }>;
  /** Marks text Postfix ignores or no longer supports (drawn faded or struck through). */
  tags?: Array<'unnecessary' | 'deprecated'>;
}

/** What a main.cf rule can read. */
export interface MainCfContext {
  doc: MainCfDocument;
  config: EffectiveConfig;
  /** The Postfix version the file is written for, as a catalog version ("3.7", "3.11"). */
  version: string;
  /** The sibling master.cf, when one is at hand. */
  master?: import('../parser/masterCf').MasterCfDocument;
}

export interface Rule<C> {
  id: string;
  severity: Severity;
  /** Messages by variant; 'default' is used when a finding names none. Placeholders: {0}, {1} ... */
  messages: Record<string, Localized>;
  check(context: C): Finding[];
}

export type MainCfRule = Rule<MainCfContext>;

/** Fills {0}, {1} ... in a template. */
export function format(template: string, args: readonly string[] = []): string {
  return template.replace(/\{(\d+)\}/g, (whole, n: string) => (args[Number(n)] ?? whole));
}
