/**
 * The language server: a thin adapter between the LSP connection and the pure
 * language service. Start it with `node server.js --stdio`.
 */
import { existsSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, isAbsolute } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import {
  CodeActionKind,
  Connection,
  DidChangeConfigurationNotification,
  InitializeParams,
  InitializeResult,
  ProposedFeatures,
  TextDocuments,
  TextDocumentSyncKind,
  createConnection,
} from 'vscode-languageserver/node';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { Locale, toLocale } from './i18n/locale';
import { createLanguageService } from './languageService';
import { LanguageSettings, normalizeSettings } from './settings';

/** Files larger than this are not read from disk as siblings. */
const MAX_SIBLING_BYTES = 5 * 1024 * 1024;
const VALIDATE_DELAY_MS = 150;

export function startServer(connection: Connection): void {
  const documents = new TextDocuments(TextDocument);
  let locale: Locale = 'en';
  let workspaceFolders: string[] = [];
  let canPullConfiguration = false;
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
    const open = documents.get(pathToFileURL(path).toString());
    if (open) return open.getText();
    const inside = workspaceFolders.length === 0 || workspaceFolders.some((folder) => {
      const rel = relative(folder, path);
      return rel !== '' && !rel.startsWith('..') && !isAbsolute(rel);
    });
    if (!inside || !existsSync(path)) return undefined;
    try {
      if (statSync(path).size > MAX_SIBLING_BYTES) return undefined;
      return readFileSync(path, 'utf8');
    } catch {
      return undefined;
    }
  };

  const service = createLanguageService({ readSibling });

  const settingsFor = (uri: string): Promise<LanguageSettings> => {
    if (!canPullConfiguration) return Promise.resolve(normalizeSettings({}, locale));
    let pending = settingsByUri.get(uri);
    if (!pending) {
      pending = connection.workspace
        .getConfiguration({ scopeUri: uri, section: 'postfix' })
        .then((raw) => normalizeSettings(raw, locale), () => normalizeSettings({}, locale));
      settingsByUri.set(uri, pending);
    }
    return pending;
  };

  const validate = async (uri: string): Promise<void> => {
    const document = documents.get(uri);
    if (!document) return;
    const settings = await settingsFor(uri);
    // The document may have changed or closed while settings were fetched.
    if (documents.get(uri)?.version !== document.version) return;
    const diagnostics = service.validate(document, settings);
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
    workspaceFolders = (params.workspaceFolders ?? [])
      .filter((f) => f.uri.startsWith('file:'))
      .map((f) => fileURLToPath(f.uri));
    return {
      capabilities: {
        textDocumentSync: TextDocumentSyncKind.Incremental,
        hoverProvider: true,
        completionProvider: { triggerCharacters: ['$', ':', ',', ' ', '='] },
        codeActionProvider: { codeActionKinds: [CodeActionKind.QuickFix] },
      },
      serverInfo: { name: 'postfix-language-server', version: '0.1.0' },
    };
  });

  connection.onInitialized(() => {
    if (canPullConfiguration) {
      connection.client.register(DidChangeConfigurationNotification.type, { section: 'postfix' }).catch(() => undefined);
    }
  });

  connection.onDidChangeConfiguration(() => {
    settingsByUri.clear();
    for (const doc of documents.all()) schedule(doc.uri, 0);
  });

  documents.onDidOpen((e) => schedule(e.document.uri, 0));
  documents.onDidChangeContent((e) => {
    schedule(e.document.uri);
    scheduleNeighbours(e.document.uri);
  });
  documents.onDidClose((e) => {
    clearTimeout(timers.get(e.document.uri));
    timers.delete(e.document.uri);
    settingsByUri.delete(e.document.uri);
    service.forget(e.document.uri);
    connection.sendDiagnostics({ uri: e.document.uri, diagnostics: [] }).catch(() => undefined);
  });

  connection.onHover(async (params) => {
    const document = documents.get(params.textDocument.uri);
    if (!document) return null;
    return service.hover(document, params.position, await settingsFor(document.uri));
  });

  connection.onCompletion(async (params) => {
    const document = documents.get(params.textDocument.uri);
    if (!document) return null;
    return service.complete(document, params.position, await settingsFor(document.uri));
  });

  connection.onCodeAction(async (params) => {
    const document = documents.get(params.textDocument.uri);
    if (!document) return [];
    return service.codeActions(document, params.range, params.context.diagnostics, await settingsFor(document.uri));
  });

  documents.listen(connection);
  connection.listen();
}

if (require.main === module) {
  startServer(createConnection(ProposedFeatures.all));
}
