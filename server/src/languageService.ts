/**
 * The language service: the one entry point to the pure core. It takes
 * documents and positions and returns plain LSP data; it knows nothing of
 * connections or files. Both the language server and postfix-lint use it.
 */
import type { CodeAction, CodeLens, CompletionItem, CompletionList, Diagnostic, Hover, Position, Range } from 'vscode-languageserver-types';
import type { DocumentSymbol, FoldingRange, FormattingOptions, InlayHint, Location, SemanticTokens, TextEdit, WorkspaceEdit } from 'vscode-languageserver-types';
import type { DocumentLink } from 'vscode-languageserver-types';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { LanguageSettings } from './settings';
import { fixAll, quickFixes, recipeActions } from './features/codeActions';
import { capCompletions, resolveCompletionItem } from './features/completion';
import { pick } from './i18n/locale';
import { AnyMode, modeFor } from './languages';
import { MainCfModel, mainCfMode, parseMainCfModel } from './languages/mainCf';
import { RelayExplanation, RelayScenario, explainRelay } from './analysis/relay/explain';
import { RECIPES, RecipeArgs, RecipeId, RecipeResult, computeRecipe } from './features/recipes';
import { catalogVersion } from './knowledge/parameters';
import { whoMayRelay, whoMayRelaySummary } from './features/whoMayRelay';
import { serviceOverrides, smtpdServices } from './analysis/serviceOverrides';
import { EffectiveConfig } from './analysis/effectiveConfig';

/** The settings the "who may relay" lens sits above. */
const RELAY_LENS_PARAMETERS = ['smtpd_relay_restrictions', 'smtpd_recipient_restrictions', 'mynetworks', 'relay_domains'];
import { ModeContext, Neighbourhood } from './languages/mode';
import type { DirectoryEntry, RenameRefusal, RenameTarget } from './languages/mode';
import { MasterCfDocument, parseMasterCf } from './parser/masterCf';

export interface LanguageServiceHost {
  /**
   * The text of a file next to the document (e.g. the master.cf beside a main.cf),
   * or undefined when there is none or it may not be read.
   */
  readSibling?(uri: string, fileName: string): string | undefined;
  /**
   * The entries of a folder (an absolute path) for path completion in the document,
   * or undefined when there is none or it may not be listed.
   */
  listDirectory?(uri: string, path: string): readonly DirectoryEntry[] | undefined;
  /**
   * The text of a file the configuration names (a lookup table's source), or undefined
   * when it is not there or may not be read.
   */
  readFile?(uri: string, path: string): string | undefined;
}

export interface LanguageService {
  validate(document: TextDocument, settings: LanguageSettings): Diagnostic[];
  hover(document: TextDocument, position: Position, settings: LanguageSettings): Hover | null;
  complete(document: TextDocument, position: Position, settings: LanguageSettings): CompletionList;
  /** Adds what a completion item leaves out until it is looked at (its documentation). */
  resolveCompletion(item: CompletionItem): CompletionItem;
  codeActions(document: TextDocument, range: Range, diagnostics: readonly Diagnostic[], settings: LanguageSettings): CodeAction[];
  definition(document: TextDocument, position: Position, settings: LanguageSettings): Location[];
  references(document: TextDocument, position: Position, includeDeclaration: boolean, settings: LanguageSettings): Location[];
  prepareRename(document: TextDocument, position: Position, settings: LanguageSettings): RenameTarget | RenameRefusal | null;
  rename(document: TextDocument, position: Position, newName: string, settings: LanguageSettings): WorkspaceEdit | RenameRefusal | null;
  documentSymbols(document: TextDocument, settings: LanguageSettings): DocumentSymbol[];
  foldingRanges(document: TextDocument, settings: LanguageSettings): FoldingRange[];
  semanticTokens(document: TextDocument, settings: LanguageSettings): SemanticTokens;
  /** Formatting edits; with a range, only for the lines it touches. */
  format(document: TextDocument, range: Range | undefined, options: FormattingOptions, settings: LanguageSettings): TextEdit[];
  inlayHints(document: TextDocument, range: Range, settings: LanguageSettings): InlayHint[];
  /** Links to postconf(5) entries and to the table files a document names. */
  documentLinks(document: TextDocument, settings: LanguageSettings): DocumentLink[];
  /**
   * The smtpd services of the master.cf beside a main.cf (smtp, submission ...), which a relay
   * scenario may name; null for other files or without a master.cf.
   */
  relayServices(document: TextDocument): string[] | null;
  /** What smtpd decides at RCPT TO for a scenario, for a main.cf document (null for other files). */
  explainRelay(document: TextDocument, scenario: RelayScenario, settings: LanguageSettings): RelayExplanation | null;
  /** Code lenses: the "who may relay" summary above the relay settings of a main.cf. */
  codeLenses(document: TextDocument, settings: LanguageSettings): CodeLens[];
  /** The edits of a relay recipe for a main.cf document. */
  relayRecipe(document: TextDocument, recipe: RecipeId, args: RecipeArgs, settings: LanguageSettings): RecipeResult | null;
  forget(uri: string): void;
}

/** Parses a text once per distinct content, for the few files most recently asked for. */
class TextCache<T> {
  private readonly entries = new Map<string, { text: string; value: T }>();
  constructor(
    private readonly parse: (text: string) => T,
    private readonly capacity = 4,
  ) {}
  get(key: string, text: string): T {
    const hit = this.entries.get(key);
    this.entries.delete(key);
    if (hit && hit.text === text) {
      this.entries.set(key, hit);
      return hit.value;
    }
    const value = this.parse(text);
    this.entries.set(key, { text, value });
    for (const oldest of this.entries.keys()) {
      if (this.entries.size <= this.capacity) break;
      this.entries.delete(oldest);
    }
    return value;
  }
  delete(key: string): void {
    this.entries.delete(key);
  }
}

/**
 * How much document text may have a parsed model kept at once. A model takes about twenty times the
 * memory of its text, so with many large files open only the most recently used keep theirs; the
 * others are parsed again when next asked for (about 15 ms for 20,000 lines). The most recent
 * document always keeps its model.
 */
export const MODEL_TEXT_BUDGET = 1_500_000;

interface ModelEntry {
  document: TextDocument;
  version: number;
  mode: AnyMode;
  model: unknown;
  length: number;
}

/** The parsed models of open documents, least recently used first. */
class ModelCache {
  private readonly entries = new Map<string, ModelEntry>();
  private length = 0;
  constructor(private readonly budget: number) {}

  get(document: TextDocument, mode: AnyMode): ModelEntry {
    const hit = this.entries.get(document.uri);
    if (hit && hit.document === document && hit.version === document.version && hit.mode === mode) {
      this.entries.delete(document.uri);
      this.entries.set(document.uri, hit);
      return hit;
    }
    this.delete(document.uri);
    const text = document.getText();
    const entry = { document, version: document.version, mode, model: mode.parse(text), length: text.length };
    this.entries.set(document.uri, entry);
    this.length += entry.length;
    for (const [uri, oldest] of this.entries) {
      if (this.length <= this.budget || oldest === entry) break;
      this.delete(uri);
    }
    return entry;
  }

  delete(uri: string): void {
    const entry = this.entries.get(uri);
    if (!entry) return;
    this.entries.delete(uri);
    this.length -= entry.length;
  }
}

/** The last diagnostics of a document, and what they were computed from. */
interface ValidationRecord {
  document: TextDocument;
  version: number;
  settings: LanguageSettings;
  /** The sibling files read while validating, with the text each had (undefined: not there). */
  siblings: Map<string, string | undefined>;
  diagnostics: Diagnostic[];
}

export function createLanguageService(host: LanguageServiceHost = {}): LanguageService {
  const models = new ModelCache(MODEL_TEXT_BUDGET);
  const mainSiblings = new TextCache<MainCfModel>(parseMainCfModel);
  const masterSiblings = new TextCache<MasterCfDocument>(parseMasterCf);
  const validations = new Map<string, ValidationRecord>();

  const modelOf = (document: TextDocument): { mode: AnyMode; model: unknown } | undefined => {
    const mode = modeFor(document);
    return mode && models.get(document, mode);
  };

  /** The neighbourhood of a document; `read` notes each sibling text it hands out. */
  const neighbourhood = (uri: string, read?: Map<string, string | undefined>): Neighbourhood => {
    const sibling = (fileName: string): string | undefined => {
      const text = host.readSibling?.(uri, fileName);
      read?.set(fileName, text);
      return text;
    };
    return {
      mainCf() {
        const text = sibling('main.cf');
        return text === undefined ? undefined : mainSiblings.get(uri, text);
      },
      masterCf() {
        const text = sibling('master.cf');
        return text === undefined ? undefined : masterSiblings.get(uri, text);
      },
    };
  };
  const around = (uri: string): Neighbourhood => neighbourhood(uri);

  /** Diagnostics computed before for this very text, settings and siblings, if any. */
  const knownDiagnostics = (document: TextDocument, settings: LanguageSettings): Diagnostic[] | undefined => {
    const record = validations.get(document.uri);
    if (!record || record.document !== document || record.version !== document.version || record.settings !== settings) return undefined;
    for (const [fileName, text] of record.siblings) if (host.readSibling?.(document.uri, fileName) !== text) return undefined;
    return record.diagnostics;
  };

  const contextFor = (document: TextDocument, settings: LanguageSettings): ModeContext => ({
    settings,
    around: around(document.uri),
    listDirectory: host.listDirectory ? (path) => host.listDirectory?.(document.uri, path) : undefined,
  });

  return {
    validate(document, settings) {
      const known = knownDiagnostics(document, settings);
      if (known) return known;
      const m = modelOf(document);
      const siblings = new Map<string, string | undefined>();
      const context = { ...contextFor(document, settings), around: neighbourhood(document.uri, siblings) };
      const diagnostics = m?.mode.validate?.(document, m.model, context) ?? [];
      validations.set(document.uri, { document, version: document.version, settings, siblings, diagnostics });
      return diagnostics;
    },
    hover(document, position, settings) {
      const m = modelOf(document);
      return m?.mode.hover?.(document, m.model, document.offsetAt(position), contextFor(document, settings)) ?? null;
    },
    complete(document, position, settings) {
      const m = modelOf(document);
      const offset = document.offsetAt(position);
      const list = m?.mode.complete?.(document, m.model, offset, contextFor(document, settings)) ?? { isIncomplete: false, items: [] };
      return capCompletions(document, offset, list);
    },
    resolveCompletion: resolveCompletionItem,
    codeActions(document, range, diagnostics, settings) {
      const m = modelOf(document);
      const own = m?.mode.codeActions?.(document, m.model, range, contextFor(document, settings)) ?? [];
      const actions = [...quickFixes(document.uri, range, diagnostics), ...own];
      if (m?.mode === mainCfMode) {
        const model = m.model as MainCfModel;
        const names = model.doc.entries
          .filter((e) => e.end >= document.offsetAt(range.start) && e.start <= document.offsetAt(range.end))
          .map((e) => e.name);
        const recipes = (Object.keys(RECIPES) as RecipeId[]).map((id) => ({ id, title: pick(RECIPES[id].title, settings.locale) }));
        actions.push(...recipeActions(document.uri, names, recipes));
      }
      // Every kind of file gets "fix all" over its own diagnostics.
      const all = fixAll(document.uri, this.validate(document, settings));
      if (all) actions.push(all);
      return actions;
    },
    definition(document, position, settings) {
      const m = modelOf(document);
      return m?.mode.definition?.(document, m.model, document.offsetAt(position), contextFor(document, settings)) ?? [];
    },
    references(document, position, includeDeclaration, settings) {
      const m = modelOf(document);
      return m?.mode.references?.(document, m.model, document.offsetAt(position), includeDeclaration, contextFor(document, settings)) ?? [];
    },
    prepareRename(document, position, settings) {
      const m = modelOf(document);
      return m?.mode.prepareRename?.(document, m.model, document.offsetAt(position), contextFor(document, settings)) ?? null;
    },
    rename(document, position, newName, settings) {
      const m = modelOf(document);
      return m?.mode.rename?.(document, m.model, document.offsetAt(position), newName, contextFor(document, settings)) ?? null;
    },
    documentSymbols(document, settings) {
      const m = modelOf(document);
      return m?.mode.documentSymbols?.(document, m.model, contextFor(document, settings)) ?? [];
    },
    foldingRanges(document, settings) {
      const m = modelOf(document);
      return m?.mode.foldingRanges?.(document, m.model, contextFor(document, settings)) ?? [];
    },
    semanticTokens(document, settings) {
      const m = modelOf(document);
      return m?.mode.semanticTokens?.(document, m.model, contextFor(document, settings)) ?? { data: [] };
    },
    format(document, range, options, settings) {
      const m = modelOf(document);
      return m?.mode.format?.(document, m.model, range, options, contextFor(document, settings)) ?? [];
    },
    inlayHints(document, range, settings) {
      const m = modelOf(document);
      return m?.mode.inlayHints?.(document, m.model, range, contextFor(document, settings)) ?? [];
    },
    documentLinks(document, settings) {
      const m = modelOf(document);
      return m?.mode.links?.(document, m.model, contextFor(document, settings)) ?? [];
    },
    relayServices(document) {
      if (modeFor(document) !== mainCfMode) return null;
      const master = around(document.uri).masterCf();
      return master ? [...new Set(smtpdServices(master).map((s) => s.service!.text))] : null;
    },
    explainRelay(document, scenario, settings) {
      const m = modelOf(document);
      if (m?.mode !== mainCfMode) return null;
      const model = m.model as MainCfModel;
      let config = model.config;
      if (scenario.service) {
        const master = around(document.uri).masterCf();
        const overrides = master && serviceOverrides(master, scenario.service);
        if (!overrides) return null;
        config = new EffectiveConfig(model.doc, overrides);
      }
      return explainRelay(config, scenario, { version: catalogVersion(settings.version), readFile: (path) => host.readFile?.(document.uri, path) });
    },
    codeLenses(document, settings) {
      const m = modelOf(document);
      if (m?.mode !== mainCfMode) return [];
      const model = m.model as MainCfModel;
      const entries = RELAY_LENS_PARAMETERS.map((name) => model.config.entry(name)).filter((e): e is NonNullable<typeof e> => !!e);
      if (!entries.length) return [];
      const rows = whoMayRelay(model.config, catalogVersion(settings.version), (path) => host.readFile?.(document.uri, path));
      const title = whoMayRelaySummary(rows, settings.locale);
      return entries.map((entry) => ({
        range: { start: document.positionAt(entry.start), end: document.positionAt(entry.nameSpan.end) },
        command: { title, command: 'postfix.explainRelay', arguments: [] },
      }));
    },
    relayRecipe(document, recipe, args, settings) {
      const m = modelOf(document);
      if (m?.mode !== mainCfMode || !Object.prototype.hasOwnProperty.call(RECIPES, recipe)) return null;
      const model = m.model as MainCfModel;
      return computeRecipe(model.doc, model.config, catalogVersion(settings.version), recipe, args);
    },
    forget(uri) {
      models.delete(uri);
      validations.delete(uri);
      mainSiblings.delete(uri);
      masterSiblings.delete(uri);
    },
  };
}
