/** The settings the core understands (VS Code: `postfix.*`; postfix-lint: its flags). */
import { Locale } from './i18n/locale';
import { SeveritySetting } from './rules/rule';

export interface LanguageSettings {
  /** Postfix version the configuration is written for; empty = the newest the catalog knows. */
  version: string;
  locale: Locale;
  /** Per-rule severity overrides, keyed by rule id. */
  diagnostics: Readonly<Record<string, SeveritySetting>>;
  /** The formatter's layout of long lists (VS Code: postfix.format.listStyle); absent means 'keep'. */
  format?: { listStyle: ListStyle };
  /** Inlay hints (VS Code: postfix.inlayHints.*); absent means all off. */
  inlayHints?: { expandedValues: boolean };
}

/** 'keep': lists stay as written; 'one-per-line': long lists get one item per line, like `postconf -f`. */
export type ListStyle = 'keep' | 'one-per-line';

export const DEFAULT_SETTINGS: LanguageSettings = { version: '', locale: 'en', diagnostics: {} };

const SEVERITIES = new Set(['off', 'hint', 'information', 'warning', 'error']);

/** Reads untrusted settings (from a client or a command line) into a safe shape. */
export function normalizeSettings(raw: unknown, locale: Locale = 'en'): LanguageSettings {
  const obj = raw && typeof raw === 'object' ? (raw as Record<string, unknown>) : {};
  const diagnostics: Record<string, SeveritySetting> = {};
  if (obj.diagnostics && typeof obj.diagnostics === 'object') {
    for (const [id, value] of Object.entries(obj.diagnostics as Record<string, unknown>)) {
      if (typeof value === 'string' && SEVERITIES.has(value)) diagnostics[id] = value as SeveritySetting;
    }
  }
  const chosen = obj.locale === 'en' || obj.locale === 'ja' ? obj.locale : locale;
  return {
    version: typeof obj.version === 'string' ? obj.version.trim() : '',
    locale: chosen,
    diagnostics,
    format: { listStyle: readObject(obj.format).listStyle === 'one-per-line' ? 'one-per-line' : 'keep' },
    inlayHints: { expandedValues: readObject(obj.inlayHints).expandedValues === true },
  };
}

function readObject(value: unknown): Record<string, unknown> {
  return value && typeof value === 'object' ? (value as Record<string, unknown>) : {};
}
