/** Shared test helpers: documents from inline strings with a `|` cursor marker, and ranges by line/column. */
import { existsSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { TextDocument } from 'vscode-languageserver-textdocument';
import type { Range } from 'vscode-languageserver-types';
import { DEFAULT_SETTINGS, LanguageSettings } from '../server/src/settings';

/** Splits `text` at its single `|` marker: the text without it and the marker's offset. */
export function cursor(textWithMarker: string): { text: string; offset: number } {
  const offset = textWithMarker.indexOf('|');
  if (offset < 0 || textWithMarker.indexOf('|', offset + 1) >= 0) throw new Error('need exactly one | marker');
  return { text: textWithMarker.slice(0, offset) + textWithMarker.slice(offset + 1), offset };
}

export function mainCf(text: string, uri = 'file:///etc/postfix/main.cf'): TextDocument {
  return TextDocument.create(uri, 'postfix-main', 1, text);
}

export function masterCf(text: string, uri = 'file:///etc/postfix/master.cf'): TextDocument {
  return TextDocument.create(uri, 'postfix-master', 1, text);
}

/** A range from zero-based line and character numbers. */
export function range(startLine: number, startChar: number, endLine: number, endChar: number): Range {
  return { start: { line: startLine, character: startChar }, end: { line: endLine, character: endChar } };
}

export function settings(overrides: Partial<LanguageSettings> = {}): LanguageSettings {
  return { ...DEFAULT_SETTINGS, ...overrides };
}

/** The checkout: the nearest folder above the (compiled) test that holds package.json. */
export const REPO_DIR = ((): string => {
  let dir = __dirname;
  while (!existsSync(resolve(dir, 'package.json')) && dirname(dir) !== dir) dir = dirname(dir);
  return dir;
})();

/** ../shared beside the checkout, when present (CI always has it; a clone elsewhere may not). */
export const SHARED_DIR = resolve(REPO_DIR, '..', 'shared');
export const HAVE_SHARED = existsSync(resolve(SHARED_DIR, 'data', 'postfix-parameters.tsv'));
export const NO_SHARED = HAVE_SHARED ? false : `skipped: ${SHARED_DIR} is not here (tests that read ../shared need it)`;
