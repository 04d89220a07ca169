// Asks the bundled language server (dist/server.js, over stdio) what it can do, so that a check for a
// feature still being built is skipped with a reason instead of failing. The UI checks then compare
// what VS Code shows with what the server answers here.
import { spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';

/**
 * Starts dist/server.js, opens the given documents and returns a small client.
 * Every request has a timeout; stop() always ends the process.
 */
export async function startProbe(root, timeoutMs = 15000) {
  const require = createRequire(join(root, 'package.json'));
  const rpc = require('vscode-languageserver-protocol/node');
  const child = spawn(process.execPath, [join(root, 'dist', 'server.js'), '--stdio'], { stdio: ['pipe', 'pipe', 'ignore'] });
  const connection = rpc.createProtocolConnection(new rpc.StreamMessageReader(child.stdout), new rpc.StreamMessageWriter(child.stdin));
  const diagnostics = new Map();
  connection.onNotification('textDocument/publishDiagnostics', (p) => diagnostics.set(p.uri, p.diagnostics));
  connection.onRequest('workspace/configuration', (p) => p.items.map(() => ({})));
  connection.onRequest('client/registerCapability', () => null);
  connection.onRequest('window/workDoneProgress/create', () => null);
  connection.listen();
  const withTimeout = (promise, what) =>
    Promise.race([
      promise,
      new Promise((_, reject) => setTimeout(() => reject(new Error(`language server probe: ${what} timed out`)), timeoutMs).unref()),
    ]);
  const stop = async () => {
    try {
      await withTimeout(connection.sendRequest('shutdown'), 'shutdown');
      await connection.sendNotification('exit');
    } catch {
      // The server may be gone already.
    }
    connection.dispose();
    child.kill('SIGKILL');
  };
  try {
    const init = await withTimeout(
      connection.sendRequest('initialize', {
        processId: process.pid,
        rootUri: null,
        locale: 'en',
        capabilities: { workspace: { configuration: true }, textDocument: { hover: { contentFormat: ['markdown', 'plaintext'] } } },
        workspaceFolders: null,
      }),
      'initialize',
    );
    await connection.sendNotification('initialized', {});
    const opened = new Set();
    let version = 0;
    return {
      capabilities: init.capabilities,
      /** Opens (or reopens, with the text now on disk) a file as a document of the given language. */
      open(path, languageId) {
        const uri = pathToFileURL(path).toString();
        if (opened.has(uri)) void connection.sendNotification('textDocument/didClose', { textDocument: { uri } });
        opened.add(uri);
        void connection.sendNotification('textDocument/didOpen', {
          textDocument: { uri, languageId, version: ++version, text: readFileSync(path, 'utf8') },
        });
        return uri;
      },
      /** Any request, for the server's own methods (e.g. postfix/relayRecipe); rejects on an error answer. */
      request(method, params) {
        return withTimeout(connection.sendRequest(method, params), method);
      },
      /** The hover's text (markdown or plain), or '' when the server has none. */
      async hoverText(uri, line, character) {
        const hover = await withTimeout(connection.sendRequest('textDocument/hover', { textDocument: { uri }, position: { line, character } }), 'hover');
        if (!hover) return '';
        const parts = Array.isArray(hover.contents) ? hover.contents : [hover.contents];
        return parts.map((p) => (typeof p === 'string' ? p : p.value)).join('\n');
      },
      async completionLabels(uri, line, character) {
        const result = await withTimeout(
          connection.sendRequest('textDocument/completion', { textDocument: { uri }, position: { line, character } }),
          'completion',
        );
        const items = Array.isArray(result) ? result : (result?.items ?? []);
        return items.map((i) => i.label);
      },
      stop,
    };
  } catch (error) {
    await stop();
    throw error;
  }
}

/** Line and character of the first occurrence of `needle` in a file, or undefined. */
export function positionOf(path, needle, lineIncludes = '') {
  const lines = readFileSync(path, 'utf8').split('\n');
  for (let line = 0; line < lines.length; line++) {
    if (!lines[line].includes(lineIncludes)) continue;
    const character = lines[line].indexOf(needle);
    if (character >= 0) return { line, character };
  }
  return undefined;
}

/** The text after applying LSP TextEdits (non-overlapping, any order). */
export function applyEdits(text, edits) {
  const starts = [0];
  for (let i = 0; i < text.length; i++) if (text[i] === '\n') starts.push(i + 1);
  const offset = (p) => Math.min((starts[p.line] ?? text.length) + p.character, text.length);
  const sorted = edits
    .map((e) => ({ start: offset(e.range.start), end: offset(e.range.end), newText: e.newText }))
    .sort((a, b) => b.start - a.start);
  let out = text;
  for (const e of sorted) out = out.slice(0, e.start) + e.newText + out.slice(e.end);
  return out;
}
