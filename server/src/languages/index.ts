/** Every language mode the server has, and how a document finds its own. */
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { LanguageMode } from './mode';
import { mainCfMode } from './mainCf';
import { masterCfMode } from './masterCf';
import { mailLogMode } from './mailLog';
import { isTableFileName, tableMode } from './table';

// eslint-disable-next-line @typescript-eslint/no-explicit-any
export type AnyMode = LanguageMode<any>;

export const MODES: readonly AnyMode[] = [mainCfMode, masterCfMode, mailLogMode, tableMode];

/** The mode for a document: by language id, or for other clients by file name. */
export function modeFor(document: Pick<TextDocument, 'languageId' | 'uri'>): AnyMode | undefined {
  const byId = MODES.find((m) => m.languageIds.includes(document.languageId));
  if (byId) return byId;
  const name = document.uri.slice(document.uri.lastIndexOf('/') + 1);
  if (/^master\.cf(\.proto)?$/.test(name)) return masterCfMode;
  if (/^main\.cf(\.proto)?$/.test(name) || name.endsWith('.cf')) return mainCfMode;
  if (isTableFileName(name)) return tableMode;
  return undefined;
}
