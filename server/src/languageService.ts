/**
 * The language service: the one entry point to the pure core. It takes
 * documents and positions and returns plain LSP data; it knows nothing of
 * connections or files. Both the language server and postfix-lint use it.
 */
import type { CompletionList, Diagnostic, Hover, Position } from 'vscode-languageserver-types';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { catalogVersion } from './knowledge/parameters';
import { MainCfModel, ModelCache, Model } from './model';
import { MAIN_CF_RULES } from './rules/registry';
import { MainCfContext } from './rules/rule';
import { LanguageSettings } from './settings';
import { runRules } from './features/diagnostics';
import { hoverMainCf } from './features/hover';
import { completeMainCf } from './features/completion';
import { MasterCfDocument, parseMasterCf } from './parser/masterCf';

export interface LanguageServiceHost {
  /**
   * The text of a file next to the document (e.g. the master.cf beside a main.cf),
   * or undefined when there is none or it may not be read.
   */
  readSibling?(uri: string, fileName: string): string | undefined;
}

export interface LanguageService {
  getModel(document: TextDocument): Model;
  validate(document: TextDocument, settings: LanguageSettings): Diagnostic[];
  hover(document: TextDocument, position: Position, settings: LanguageSettings): Hover | null;
  complete(document: TextDocument, position: Position, settings: LanguageSettings): CompletionList;
  forget(uri: string): void;
}

export function createLanguageService(host: LanguageServiceHost = {}): LanguageService {
  const cache = new ModelCache();
  const siblings = new Map<string, { text: string; doc: MasterCfDocument }>();

  const siblingMaster = (uri: string): MasterCfDocument | undefined => {
    const text = host.readSibling?.(uri, 'master.cf');
    if (text === undefined) return undefined;
    const hit = siblings.get(uri);
    if (hit && hit.text === text) return hit.doc;
    const doc = parseMasterCf(text);
    siblings.set(uri, { text, doc });
    return doc;
  };

  const mainContext = (document: TextDocument, model: MainCfModel, settings: LanguageSettings): MainCfContext => ({
    doc: model.doc,
    config: model.config,
    version: catalogVersion(settings.version),
    master: siblingMaster(document.uri),
  });

  return {
    getModel: (document) => cache.get(document),
    validate(document, settings) {
      const model = cache.get(document);
      if (model.kind === 'main') return runRules(document, MAIN_CF_RULES, mainContext(document, model, settings), settings);
      return [];
    },
    hover(document, position, settings) {
      const model = cache.get(document);
      const offset = document.offsetAt(position);
      if (model.kind === 'main') return hoverMainCf(document, model, offset, settings);
      return null;
    },
    complete(document, position, settings) {
      const model = cache.get(document);
      const offset = document.offsetAt(position);
      if (model.kind === 'main') return completeMainCf(document, model, offset, settings);
      return { isIncomplete: false, items: [] };
    },
    forget(uri) {
      cache.delete(uri);
      siblings.delete(uri);
    },
  };
}
