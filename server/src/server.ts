/**
 * The language server: a thin adapter between the LSP connection and the pure
 * language service. Start it with `node server.js --stdio`.
 */
import { existsSync, readFileSync, readdirSync, realpathSync, statSync } from 'node:fs';
import { dirname, join, relative, isAbsolute } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import {
  CancellationToken,
  CodeActionKind,
  Connection,
  DidChangeConfigurationNotification,
  InitializeParams,
  InitializeResult,
  ProposedFeatures,
  TextDocuments,
  TextDocumentSyncKind,
  createConnection,
  ErrorCodes,
  LSPErrorCodes,
  ResponseError,
} from 'vscode-languageserver/node';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { Locale, pick, toLocale } from './i18n/locale';
import type { RelayScenario } from './analysis/relay/explain';
import type { RecipeArgs, RecipeId } from './features/recipes';
import type { LanguageService } from './languageService';
import { LanguageSettings, normalizeSettings } from './settings';
import type { DirectoryEntry } from './languages/mode';
import { SEMANTIC_TOKENS_LEGEND } from './features/semanticTokens';

/**
 * The language service module: the rules and the knowledge tables, most of the server's code. It is
 * required after the initialize result has gone out (or on first use), not while the server starts:
 * `initialize` does not need it. scripts/build.mjs builds it as dist/languageService.js beside
 * dist/server.js when the package ships that file; otherwise it stays in dist/server.js, evaluated
 * only when required.
 */
function loadLanguageService(): typeof import('./languageService') {
  return require('./languageService') as typeof import('./languageService');
}

/** Files larger than this are not read from disk as siblings. */
const MAX_SIBLING_BYTES = 5 * 1024 * 1024;
const VALIDATE_DELAY_MS = 150;
/** Folder entries read at most for one path completion. */
const MAX_LISTED_ENTRIES = 2000;

/**
 * Whether a path inside a folder stays inside once symlinks are resolved: a link in the workspace
 * that leads out of it does not make the file behind it readable. False when the path is not there.
 */
function resolvesInside(folder: string, path: string, orSelf: boolean): boolean {
  try {
    const rel = relative(realpathSync(folder), realpathSync(path));
    return (orSelf || rel !== '') && !rel.startsWith('..') && !isAbsolute(rel);
  } catch {
    return false;
  }
}

export function startServer(connection: Connection): void {
  const documents = new TextDocuments(TextDocument);
  let locale: Locale = 'en';
  let workspaceFolders: string[] = [];
  let canPullConfiguration = false;
  let canRefreshInlayHints = false;
  /** The client says whether the workspace is trusted; other clients are trusted. */
  let trusted = true;
  const settingsByUri = new Map<string, Promise<LanguageSettings>>();
  const timers = new Map<string, NodeJS.Timeout>();

  /** A sibling file: the open document if there is one, else the file on disk inside the workspace. */
  const readSibling = (uri: string, fileName: string): string | undefined => {
    if (!uri.startsWith('file:')) return undefined;
    let path: string;
    try {
      path = join(dirname(fileURLToPath(uri)), fileName);
    } catch {
      return undefined;
    }
    return readWorkspaceFile(path);
  };

  /**
   * A file's text: the open document if there is one, else the file on disk, but only
   * inside the workspace folders (no file outside the workspace is ever read) and not too large.
   */
  const readWorkspaceFile = (path: string): string | undefined => {
    if (!isAbsolute(path)) return undefined;
    const open = documents.get(pathToFileURL(path).toString());
    if (open) return open.getText();
    // Without workspace folders, an untrusted editor gets nothing from disk at all.
    const inside = (workspaceFolders.length === 0 && trusted) || workspaceFolders.some((folder) => {
      const rel = relative(folder, path);
      return rel !== '' && !rel.startsWith('..') && !isAbsolute(rel) && resolvesInside(folder, path, false);
    });
    if (!inside || !existsSync(path)) return undefined;
    try {
      const stat = statSync(path);
      if (!stat.isFile() || stat.size > MAX_SIBLING_BYTES) return undefined;
      return readFileSync(path, 'utf8');
    } catch {
      return undefined;
    }
  };

  /**
   * A folder's entries for path completion: only inside a workspace folder, or with no folder
   * open, inside the document's own folder (and then only in a trusted editor).
   */
  const listDirectory = (uri: string, path: string): DirectoryEntry[] | undefined => {
    if (!isAbsolute(path)) return undefined;
    try {
      const own = uri.startsWith('file:') && trusted ? [dirname(fileURLToPath(uri))] : [];
      const roots = workspaceFolders.length > 0 ? workspaceFolders : own;
      const inside = roots.some((root) => {
        const rel = relative(root, path);
        return !rel.startsWith('..') && !isAbsolute(rel) && resolvesInside(root, path, true);
      });
      if (!inside) return undefined;
      return readdirSync(path, { withFileTypes: true })
        .slice(0, MAX_LISTED_ENTRIES)
        .map((e) => ({ name: e.name, directory: e.isDirectory() }));
    } catch {
      return undefined;
    }
  };

  // Made once the editor has the initialize result (see onInitialized), or on first use.
  let loaded: LanguageService | undefined;
  const service = (): LanguageService =>
    (loaded ??= loadLanguageService().createLanguageService({ readSibling, readFile: (_uri, path) => readWorkspaceFile(path), listDirectory }));

  const settingsFor = (uri: string, token?: CancellationToken): Promise<LanguageSettings> => {
    if (!canPullConfiguration) return current(Promise.resolve(normalizeSettings({}, locale)), token);
    let pending = settingsByUri.get(uri);
    if (!pending) {
      pending = connection.workspace
        .getConfiguration({ scopeUri: uri, section: 'postfix' })
        .then((raw) => normalizeSettings(raw, locale), () => normalizeSettings({}, locale));
      settingsByUri.set(uri, pending);
    }
    return current(pending, token);
  };

  /** A request the client cancelled while it waited is answered with RequestCancelled, not computed. */
  const current = async <T>(value: Promise<T>, token: CancellationToken | undefined): Promise<T> => {
    const result = await value;
    if (token?.isCancellationRequested) throw new ResponseError(LSPErrorCodes.RequestCancelled, 'request cancelled');
    return result;
  };

  const validate = async (uri: string): Promise<void> => {
    const document = documents.get(uri);
    if (!document) return;
    const settings = await settingsFor(uri);
    // The document may have changed or closed while settings were fetched.
    if (documents.get(uri)?.version !== document.version) return;
    const diagnostics = service().validate(document, settings);
    await connection.sendDiagnostics({ uri, version: document.version, diagnostics });
  };

  const schedule = (uri: string, delay = VALIDATE_DELAY_MS): void => {
    clearTimeout(timers.get(uri));
    timers.set(
      uri,
      setTimeout(() => {
        timers.delete(uri);
        validate(uri).catch((error) => connection.console.error(`validation failed: ${String(error)}`));
      }, delay),
    );
  };

  /** A change to a master.cf changes what its main.cf means, and the other way round. */
  const scheduleNeighbours = (uri: string): void => {
    const dir = uri.slice(0, uri.lastIndexOf('/') + 1);
    for (const doc of documents.all()) if (doc.uri !== uri && doc.uri.startsWith(dir)) schedule(doc.uri);
  };

  connection.onInitialize((params: InitializeParams): InitializeResult => {
    locale = toLocale(params.locale ?? (params.initializationOptions as { locale?: string } | undefined)?.locale);
    canPullConfiguration = !!params.capabilities.workspace?.configuration;
    canRefreshInlayHints = !!params.capabilities.workspace?.inlayHint?.refreshSupport;
    trusted = (params.initializationOptions as { trusted?: unknown } | undefined)?.trusted !== false;
    workspaceFolders = (params.workspaceFolders ?? [])
      .filter((f) => f.uri.startsWith('file:'))
      .map((f) => fileURLToPath(f.uri));
    return {
      capabilities: {
        textDocumentSync: TextDocumentSyncKind.Incremental,
        hoverProvider: true,
        completionProvider: { triggerCharacters: ['$', ':', ',', ' ', '=', '/'], resolveProvider: true },
        codeLensProvider: { resolveProvider: false },
        definitionProvider: true,
        referencesProvider: true,
        renameProvider: { prepareProvider: true },
        documentSymbolProvider: true,
        foldingRangeProvider: true,
        semanticTokensProvider: { legend: SEMANTIC_TOKENS_LEGEND, full: true },
        documentFormattingProvider: true,
        documentRangeFormattingProvider: true,
        inlayHintProvider: true,
        documentLinkProvider: { resolveProvider: false },
        codeActionProvider: { codeActionKinds: [CodeActionKind.QuickFix, CodeActionKind.RefactorRewrite, CodeActionKind.SourceFixAll] },
      },
      serverInfo: { name: 'postfix-language-server', version: '0.1.0' },
    };
  });

  connection.onInitialized(() => {
    if (canPullConfiguration) {
      connection.client.register(DidChangeConfigurationNotification.type, { section: 'postfix' }).catch(() => undefined);
    }
    setImmediate(() => {
      try {
        service();
      } catch (error) {
        // Requests will answer with this error too; the server itself keeps running.
        connection.console.error(`The language service could not be loaded: ${error instanceof Error ? error.message : String(error)}`);
      }
    });
  });

  connection.onDidChangeConfiguration(() => {
    settingsByUri.clear();
    if (canRefreshInlayHints) connection.languages.inlayHint.refresh().catch(() => undefined);
    for (const doc of documents.all()) schedule(doc.uri, 0);
  });

  // TextDocuments reports an open as a change too; an opened document is validated at once, not after the typing delay.
  const justOpened = new Set<string>();
  documents.onDidOpen((e) => {
    justOpened.add(e.document.uri);
    schedule(e.document.uri, 0);
  });
  documents.onDidChangeContent((e) => {
    if (!justOpened.delete(e.document.uri)) schedule(e.document.uri);
    scheduleNeighbours(e.document.uri);
  });
  documents.onDidClose((e) => {
    clearTimeout(timers.get(e.document.uri));
    timers.delete(e.document.uri);
    settingsByUri.delete(e.document.uri);
    service().forget(e.document.uri);
    connection.sendDiagnostics({ uri: e.document.uri, diagnostics: [] }).catch(() => undefined);
  });

  connection.onHover(async (params, token) => {
    const document = documents.get(params.textDocument.uri);
    if (!document) return null;
    return service().hover(document, params.position, await settingsFor(document.uri, token));
  });

  connection.onCompletion(async (params, token) => {
    const document = documents.get(params.textDocument.uri);
    if (!document) return null;
    return service().complete(document, params.position, await settingsFor(document.uri, token));
  });

  connection.onCompletionResolve((item) => service().resolveCompletion(item));

  connection.onCodeLens(async (params, token) => {
    const document = documents.get(params.textDocument.uri);
    if (!document) return [];
    return service().codeLenses(document, await settingsFor(document.uri, token));
  });

  connection.onRequest('postfix/relayServices', (params: { textDocument: { uri: string } }) => {
    const document = documents.get(params?.textDocument?.uri);
    return { services: (document && service().relayServices(document)) ?? [] };
  });

  connection.onRequest('postfix/explainRelay', async (params: { textDocument: { uri: string }; scenario: RelayScenario }, token) => {
    const document = documents.get(params?.textDocument?.uri);
    if (!document || !params.scenario || typeof params.scenario.client !== 'string' || typeof params.scenario.recipient !== 'string') return null;
    return service().explainRelay(document, params.scenario, await settingsFor(document.uri, token));
  });

  connection.onRequest('postfix/relayRecipe', async (params: { textDocument: { uri: string }; recipe: RecipeId; args?: RecipeArgs }, token) => {
    const document = documents.get(params?.textDocument?.uri);
    if (!document) return null;
    const settings = await settingsFor(document.uri, token);
    const result = service().relayRecipe(document, params.recipe, params.args ?? {}, settings);
    if (!result) return null;
    if ('error' in result) return { error: pick(result.error, settings.locale) };
    const edits = result.edits.map((e) => ({ range: { start: document.positionAt(e.span.start), end: document.positionAt(e.span.end) }, newText: e.newText }));
    return { edit: { changes: { [document.uri]: edits } }, notes: result.notes.map((n) => pick(n, settings.locale)) };
  });

  connection.onCodeAction(async (params, token) => {
    const document = documents.get(params.textDocument.uri);
    if (!document) return [];
    return service().codeActions(document, params.range, params.context.diagnostics, await settingsFor(document.uri, token));
  });

  connection.onDefinition(async (params, token) => {
    const document = documents.get(params.textDocument.uri);
    if (!document) return null;
    return service().definition(document, params.position, await settingsFor(document.uri, token));
  });

  connection.onReferences(async (params, token) => {
    const document = documents.get(params.textDocument.uri);
    if (!document) return null;
    return service().references(document, params.position, params.context.includeDeclaration, await settingsFor(document.uri, token));
  });

  connection.onPrepareRename(async (params, token) => {
    const document = documents.get(params.textDocument.uri);
    if (!document) return null;
    const result = service().prepareRename(document, params.position, await settingsFor(document.uri, token));
    if (result && 'error' in result) return new ResponseError(ErrorCodes.InvalidRequest, result.error);
    return result;
  });

  connection.onRenameRequest(async (params, token) => {
    const document = documents.get(params.textDocument.uri);
    if (!document) return null;
    const result = service().rename(document, params.position, params.newName, await settingsFor(document.uri, token));
    if (result && 'error' in result) return new ResponseError(ErrorCodes.InvalidRequest, result.error);
    return result;
  });

  connection.onDocumentSymbol(async (params, token) => {
    const document = documents.get(params.textDocument.uri);
    if (!document) return null;
    return service().documentSymbols(document, await settingsFor(document.uri, token));
  });

  connection.onFoldingRanges(async (params, token) => {
    const document = documents.get(params.textDocument.uri);
    if (!document) return null;
    return service().foldingRanges(document, await settingsFor(document.uri, token));
  });

  connection.languages.semanticTokens.on(async (params, token) => {
    const document = documents.get(params.textDocument.uri);
    if (!document) return { data: [] };
    return service().semanticTokens(document, await settingsFor(document.uri, token));
  });

  connection.onDocumentFormatting(async (params, token) => {
    const document = documents.get(params.textDocument.uri);
    if (!document) return null;
    return service().format(document, undefined, params.options, await settingsFor(document.uri, token));
  });

  connection.onDocumentRangeFormatting(async (params, token) => {
    const document = documents.get(params.textDocument.uri);
    if (!document) return null;
    return service().format(document, params.range, params.options, await settingsFor(document.uri, token));
  });

  connection.languages.inlayHint.on(async (params, token) => {
    const document = documents.get(params.textDocument.uri);
    if (!document) return null;
    return service().inlayHints(document, params.range, await settingsFor(document.uri, token));
  });

  connection.onDocumentLinks(async (params, token) => {
    const document = documents.get(params.textDocument.uri);
    if (!document) return null;
    return service().documentLinks(document, await settingsFor(document.uri, token));
  });

  documents.listen(connection);
  connection.listen();
}

if (require.main === module) {
  startServer(createConnection(ProposedFeatures.all));
}
