// A real LSP client for the benchmark: starts dist/server.js over stdio and speaks JSON-RPC to it
// with vscode-languageserver-protocol, the library VS Code's own client is built on.
import { spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { pathToFileURL } from 'node:url';

const require = createRequire(import.meta.url);
const { createProtocolConnection, StreamMessageReader, StreamMessageWriter } = require('vscode-languageserver-protocol/node');

/** Rejects after ms, naming what did not finish. */
export function within(promise, ms, what) {
  let timer;
  return Promise.race([
    promise,
    new Promise((_, reject) => {
      timer = setTimeout(() => reject(new Error(`${what} took more than ${ms} ms`)), ms);
    }),
  ]).finally(() => clearTimeout(timer));
}

/** The server process's memory from /proc (kB): peak resident (VmHWM) and current resident (VmRSS). */
export function processMemory(pid) {
  try {
    const status = readFileSync(`/proc/${pid}/status`, 'utf8');
    const field = (name) => Number(new RegExp(`^${name}:\\s+(\\d+) kB`, 'm').exec(status)?.[1] ?? NaN);
    return { hwmKb: field('VmHWM'), rssKb: field('VmRSS') };
  } catch {
    return { hwmKb: NaN, rssKb: NaN };
  }
}

/**
 * Starts the server and initializes it. `startMs` is the time from spawn to the initialize result.
 * folders: absolute paths sent as workspace folders; trusted: initializationOptions.trusted.
 */
export async function startServer(serverJs, { folders = [], trusted = true, nodeArgs = [], env = process.env } = {}) {
  const t0 = performance.now();
  const child = spawn(process.execPath, [...nodeArgs, serverJs, '--stdio'], { stdio: ['pipe', 'pipe', 'pipe'], env });
  let stderr = '';
  child.stderr.on('data', (chunk) => {
    stderr += chunk;
  });
  const connection = createProtocolConnection(new StreamMessageReader(child.stdout), new StreamMessageWriter(child.stdin));
  const waiting = [];
  const published = [];
  connection.onNotification('textDocument/publishDiagnostics', (params) => {
    const at = performance.now();
    const i = waiting.findIndex((w) => w.uri === params.uri && (w.version === undefined || w.version === params.version));
    if (i >= 0) waiting.splice(i, 1)[0].resolve({ params, at });
    else published.push({ params, at });
  });
  connection.onRequest('workspace/configuration', (params) => params.items.map(() => ({})));
  connection.onRequest('client/registerCapability', () => null);
  connection.onNotification('window/logMessage', () => undefined);
  connection.listen();
  const initialize = await within(
    connection.sendRequest('initialize', {
      processId: process.pid,
      rootUri: folders[0] ? pathToFileURL(folders[0]).toString() : null,
      locale: 'en',
      capabilities: { workspace: { configuration: true, didChangeConfiguration: { dynamicRegistration: true } } },
      workspaceFolders: folders.map((f) => ({ uri: pathToFileURL(f).toString(), name: f })),
      initializationOptions: { trusted },
    }),
    30000,
    'initialize',
  );
  const startMs = performance.now() - t0;
  await connection.sendNotification('initialized', {});
  return {
    connection,
    child,
    pid: child.pid,
    initialize,
    startMs,
    stderr: () => stderr,
    /** Resolves with the next diagnostics for the uri (and version, when given) and the time they arrived. */
    diagnostics(uri, version) {
      const i = published.findIndex((p) => p.params.uri === uri && (version === undefined || p.params.version === version));
      if (i >= 0) return Promise.resolve(published.splice(i, 1)[0]);
      return new Promise((resolve) => waiting.push({ uri, version, resolve }));
    },
    /** Forgets diagnostics that arrived and nobody waited for. */
    drain() {
      published.length = 0;
    },
    open(uri, languageId, text, version = 1) {
      return connection.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId, version, text } });
    },
    change(uri, version, contentChanges) {
      return connection.sendNotification('textDocument/didChange', { textDocument: { uri, version }, contentChanges });
    },
    close(uri) {
      return connection.sendNotification('textDocument/didClose', { textDocument: { uri } });
    },
    memory: () => processMemory(child.pid),
    async stop() {
      try {
        await within(connection.sendRequest('shutdown'), 5000, 'shutdown');
        await connection.sendNotification('exit');
      } catch {
        // Already gone.
      }
      // Let it exit by itself (a --cpu-prof profile is written then), and end it only if it does not.
      if (child.exitCode === null) await new Promise((resolve) => {
        const timer = setTimeout(resolve, 3000);
        child.once('exit', () => {
          clearTimeout(timer);
          resolve();
        });
      });
      connection.dispose();
      if (child.exitCode === null) child.kill();
    },
  };
}
