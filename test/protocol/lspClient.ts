/** A real JSON-RPC client that starts the bundled server over stdio, for protocol-level tests. */
import { spawn, ChildProcess } from 'node:child_process';
import { resolve } from 'node:path';
import {
  createProtocolConnection,
  ProtocolConnection,
  StreamMessageReader,
  StreamMessageWriter,
  PublishDiagnosticsParams,
  InitializeResult,
} from 'vscode-languageserver-protocol/node';
import { REPO_DIR } from '../helpers';

export interface TestClient {
  connection: ProtocolConnection;
  process: ChildProcess;
  initialize: InitializeResult;
  /** Resolves with the next diagnostics published for the uri (optionally for a given version). */
  diagnostics(uri: string, version?: number): Promise<PublishDiagnosticsParams>;
  open(uri: string, languageId: string, text: string, version?: number): void;
  stop(): Promise<void>;
}

export const SERVER_JS = resolve(REPO_DIR, 'dist', 'server.js');

export async function startClient(
  options: {
    locale?: string;
    configuration?: Record<string, unknown>;
    workspaceFolders?: Array<{ uri: string; name: string }>;
    /** Another build of the server to start (default dist/server.js). */
    serverJs?: string;
  } = {},
): Promise<TestClient> {
  const child = spawn(process.execPath, [options.serverJs ?? SERVER_JS, '--stdio'], { stdio: ['pipe', 'pipe', 'pipe'] });
  const connection = createProtocolConnection(new StreamMessageReader(child.stdout!), new StreamMessageWriter(child.stdin!));
  const waiting: Array<{ uri: string; version?: number; resolve: (p: PublishDiagnosticsParams) => void }> = [];
  connection.onNotification('textDocument/publishDiagnostics', (params: PublishDiagnosticsParams) => {
    const i = waiting.findIndex((w) => w.uri === params.uri && (w.version === undefined || w.version === params.version));
    if (i >= 0) waiting.splice(i, 1)[0].resolve(params);
  });
  const configuration = options.configuration ?? {};
  connection.onRequest('workspace/configuration', (params: { items: Array<{ section?: string }> }) =>
    params.items.map((item) => (item.section === 'postfix' ? configuration : null)),
  );
  connection.onRequest('client/registerCapability', () => null);
  connection.listen();
  const initialize = (await connection.sendRequest('initialize', {
    processId: process.pid,
    rootUri: null,
    locale: options.locale ?? 'en',
    capabilities: { workspace: { configuration: true, didChangeConfiguration: { dynamicRegistration: true } } },
    workspaceFolders: options.workspaceFolders ?? null,
  })) as InitializeResult;
  await connection.sendNotification('initialized', {});
  return {
    connection,
    process: child,
    initialize,
    diagnostics: (uri, version) => new Promise((resolve) => waiting.push({ uri, version, resolve })),
    open(uri, languageId, text, version = 1) {
      void connection.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId, version, text } });
    },
    async stop() {
      try {
        await connection.sendRequest('shutdown');
        await connection.sendNotification('exit');
      } catch {
        // The server may already be gone.
      }
      connection.dispose();
      child.kill();
    },
  };
}
