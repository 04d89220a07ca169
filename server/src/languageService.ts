/**
 * The language service: the one entry point to the pure core. It takes
 * documents and positions and returns plain LSP data; it knows nothing of
 * connections or files. Both the language server and postfix-lint use it.
 */
import type { CodeAction, CompletionList, Diagnostic, Hover, Position, Range } from 'vscode-languageserver-types';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { LanguageSettings } from './settings';
import { quickFixes } from './features/codeActions';
import { AnyMode, modeFor } from './languages';
import { MainCfModel, parseMainCfModel } from './languages/mainCf';
import { ModeContext, Neighbourhood } from './languages/mode';
import { MasterCfDocument, parseMasterCf } from './parser/masterCf';

export interface LanguageServiceHost {
  /**
   * The text of a file next to the document (e.g. the master.cf beside a main.cf),
   * or undefined when there is none or it may not be read.
   */
  readSibling?(uri: string, fileName: string): string | undefined;
}

export interface LanguageService {
  validate(document: TextDocument, settings: LanguageSettings): Diagnostic[];
  hover(document: TextDocument, position: Position, settings: LanguageSettings): Hover | null;
  complete(document: TextDocument, position: Position, settings: LanguageSettings): CompletionList;
  codeActions(document: TextDocument, range: Range, diagnostics: readonly Diagnostic[], settings: LanguageSettings): CodeAction[];
  forget(uri: string): void;
}

/** Parses a text once per distinct content. */
class TextCache<T> {
  private readonly entries = new Map<string, { text: string; value: T }>();
  constructor(private readonly parse: (text: string) => T) {}
  get(key: string, text: string): T {
    const hit = this.entries.get(key);
    if (hit && hit.text === text) return hit.value;
    const value = this.parse(text);
    this.entries.set(key, { text, value });
    return value;
  }
  delete(key: string): void {
    this.entries.delete(key);
  }
}

export function createLanguageService(host: LanguageServiceHost = {}): LanguageService {
  /** One model per open document version; a new document object under the same uri is a new text. */
  const models = new Map<string, { document: TextDocument; version: number; mode: AnyMode; model: unknown }>();
  const mainSiblings = new TextCache<MainCfModel>(parseMainCfModel);
  const masterSiblings = new TextCache<MasterCfDocument>(parseMasterCf);

  const modelOf = (document: TextDocument): { mode: AnyMode; model: unknown } | undefined => {
    const mode = modeFor(document);
    if (!mode) return undefined;
    const hit = models.get(document.uri);
    if (hit && hit.document === document && hit.version === document.version && hit.mode === mode) return hit;
    const entry = { document, version: document.version, mode, model: mode.parse(document.getText()) };
    models.set(document.uri, entry);
    return entry;
  };

  const around = (uri: string): Neighbourhood => ({
    mainCf() {
      const text = host.readSibling?.(uri, 'main.cf');
      return text === undefined ? undefined : mainSiblings.get(uri, text);
    },
    masterCf() {
      const text = host.readSibling?.(uri, 'master.cf');
      return text === undefined ? undefined : masterSiblings.get(uri, text);
    },
  });

  const contextFor = (document: TextDocument, settings: LanguageSettings): ModeContext => ({ settings, around: around(document.uri) });

  return {
    validate(document, settings) {
      const m = modelOf(document);
      return m?.mode.validate?.(document, m.model, contextFor(document, settings)) ?? [];
    },
    hover(document, position, settings) {
      const m = modelOf(document);
      return m?.mode.hover?.(document, m.model, document.offsetAt(position), contextFor(document, settings)) ?? null;
    },
    complete(document, position, settings) {
      const m = modelOf(document);
      return m?.mode.complete?.(document, m.model, document.offsetAt(position), contextFor(document, settings)) ?? { isIncomplete: false, items: [] };
    },
    codeActions(document, range, diagnostics, settings) {
      const m = modelOf(document);
      const own = m?.mode.codeActions?.(document, m.model, range, contextFor(document, settings)) ?? [];
      return [...quickFixes(document.uri, range, diagnostics), ...own];
    },
    forget(uri) {
      models.delete(uri);
      mainSiblings.delete(uri);
      masterSiblings.delete(uri);
    },
  };
}
