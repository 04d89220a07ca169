/**
 * What the language server does to the machine, watched from inside its own process: a preload
 * (node --require, through NODE_OPTIONS) records every file-system access, every socket, DNS lookup,
 * HTTP request or fetch, and every child process, into a log. Full sessions over stdio then show:
 *   - nothing is executed and nothing goes over the network, trusted or not;
 *   - with workspace folders, no file outside them is read, through `..`, a symlink or a sibling;
 *   - an untrusted editor without folders gets nothing from disk at all.
 * A first test proves the preload sees each kind of access, so a silent log means something.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, realpathSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, isAbsolute, join, relative, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { createProtocolConnection, ProtocolConnection, StreamMessageReader, StreamMessageWriter } from 'vscode-languageserver-protocol/node';
import { REPO_DIR } from '../helpers';

const SERVER_JS = resolve(REPO_DIR, 'dist', 'server.js');
const skip = existsSync(SERVER_JS) ? false : `${SERVER_JS} is not built: run npm run build first`;

/** The preload: wraps fs, net, dns, http(s), tls, dgram, fetch and child_process, logging each call as a JSON line. */
const PRELOAD = String.raw`
'use strict';
const fs = require('fs');
const LOG = process.env.POSTFIX_SAFETY_LOG;
const append = fs.appendFileSync.bind(fs);
const log = (kind, what, detail) => {
  try { append(LOG, JSON.stringify({ kind, what, detail: detail === undefined ? '' : String(detail) }) + '\n'); } catch {}
};
const pathOf = (p) => (Buffer.isBuffer(p) ? p.toString() : p instanceof URL ? p.pathname : typeof p === 'number' ? 'fd:' + p : String(p));
const wrap = (obj, name, kind, describe) => {
  const orig = obj && obj[name];
  if (typeof orig !== 'function') return;
  const wrapped = function (...args) { log(kind, name, describe(args)); return orig.apply(this, args); };
  for (const key of Object.keys(orig)) wrapped[key] = orig[key];
  obj[name] = wrapped;
};
const FS = ['readFileSync', 'readFile', 'openSync', 'open', 'createReadStream', 'existsSync', 'exists', 'statSync', 'stat',
  'lstatSync', 'lstat', 'readdirSync', 'readdir', 'accessSync', 'access', 'opendirSync', 'opendir', 'readlinkSync', 'readlink',
  'realpathSync', 'realpath', 'watch', 'watchFile', 'cpSync', 'copyFileSync'];
for (const name of FS) wrap(fs, name, 'fs', (a) => pathOf(a[0]));
for (const name of ['readFile', 'open', 'stat', 'lstat', 'readdir', 'access', 'opendir', 'realpath', 'readlink', 'watch']) wrap(fs.promises, name, 'fs', (a) => pathOf(a[0]));
const net = require('net');
wrap(net.Socket.prototype, 'connect', 'net', (a) => JSON.stringify(a[0]));
for (const name of ['connect', 'createConnection', 'createServer']) wrap(net, name, 'net', (a) => JSON.stringify(a[0]));
const dns = require('dns');
for (const name of ['lookup', 'lookupService', 'resolve', 'resolve4', 'resolve6', 'resolveAny', 'resolveMx', 'resolveTxt', 'resolveSrv', 'reverse']) {
  wrap(dns, name, 'net', (a) => a[0]);
  wrap(dns.promises, name, 'net', (a) => a[0]);
}
for (const mod of ['http', 'https', 'http2']) { const m = require(mod); for (const name of ['request', 'get', 'connect', 'createServer']) wrap(m, name, 'net', (a) => String(a[0])); }
wrap(require('tls'), 'connect', 'net', (a) => JSON.stringify(a[0]));
wrap(require('dgram'), 'createSocket', 'net', (a) => JSON.stringify(a[0]));
if (typeof globalThis.fetch === 'function') wrap(globalThis, 'fetch', 'net', (a) => String(a[0]));
if (typeof globalThis.WebSocket === 'function') wrap(globalThis, 'WebSocket', 'net', (a) => String(a[0]));
const cp = require('child_process');
for (const name of ['spawn', 'spawnSync', 'exec', 'execSync', 'execFile', 'execFileSync', 'fork']) wrap(cp, name, 'exec', (a) => String(a[0]));
wrap(require('worker_threads'), 'Worker', 'exec', (a) => String(a[0]));
`;

interface Entry {
  kind: 'fs' | 'net' | 'exec';
  what: string;
  detail: string;
}

const work = mkdtempSync(join(tmpdir(), 'postfix-safety-'));
const preloadPath = join(work, 'preload.cjs');
writeFileSync(preloadPath, PRELOAD);
process.on('exit', () => rmSync(work, { recursive: true, force: true }));

function readLog(path: string): Entry[] {
  if (!existsSync(path)) return [];
  return readFileSync(path, 'utf8')
    .split('\n')
    .filter(Boolean)
    .map((line) => JSON.parse(line) as Entry);
}

/** Calls that read a file's content or list a folder (the others only ask about a path: exists, stat, realpath). */
const READS = new Set(['readFileSync', 'readFile', 'openSync', 'open', 'createReadStream', 'readdirSync', 'readdir', 'opendirSync', 'opendir', 'cpSync', 'copyFileSync', 'watch', 'watchFile']);

/** File-system accesses (all of them, or only reads) that are not node loading the server itself. */
function userFileAccesses(entries: Entry[], logPath: string, onlyReads = false): string[] {
  const own = [resolve(REPO_DIR, 'dist'), resolve(REPO_DIR, 'node_modules'), resolve(REPO_DIR, 'package.json'), logPath, preloadPath];
  return entries
    .filter((e) => e.kind === 'fs' && (!onlyReads || READS.has(e.what)))
    .map((e) => e.detail)
    .filter((p) => !p.startsWith('fd:') && !p.startsWith('/proc/') && !p.startsWith('/dev/'))
    .filter((p) => !own.some((o) => p === o || p.startsWith(`${o}/`)));
}

/** The path with symlinks resolved as far as it exists. */
function realPath(path: string): string {
  try {
    return realpathSync(path);
  } catch {
    const parent = dirname(path);
    return parent === path ? path : join(realPath(parent), path.slice(parent.length + 1));
  }
}

/** Whether a path is inside a folder: as written (lexical), or where it really leads (symlinks resolved). */
const within = (root: string, path: string, lexical = false): boolean => {
  const rel = lexical ? relative(root, path) : relative(realPath(root), realPath(path));
  return rel === '' || (!rel.startsWith('..') && !isAbsolute(rel));
};

/**
 * What a session did outside the workspace: content read from a file that really lies outside
 * (symlinks resolved), or any question at all about a path outside it as written.
 */
function escapes(entries: Entry[], logPath: string, ws: string): string[] {
  const reads = userFileAccesses(entries, logPath, true).filter((p) => !within(ws, p));
  const named = userFileAccesses(entries, logPath).filter((p) => !within(ws, p, true));
  return [...new Set([...reads.map((p) => `read ${p}`), ...named.map((p) => `asked about ${p}`)])];
}

interface Session {
  connection: ProtocolConnection;
  request(method: string, params: unknown): Promise<unknown>;
  open(path: string, languageId: string, text: string): Promise<void>;
  finish(): Promise<Entry[]>;
}

/** Starts the server under the preload and initializes it. */
async function session(name: string, options: { folders: string[]; trusted: boolean }): Promise<Session & { logPath: string }> {
  const logPath = join(work, `${name}.log`);
  const child = spawn(process.execPath, [SERVER_JS, '--stdio'], {
    stdio: ['pipe', 'pipe', 'pipe'],
    env: { ...process.env, NODE_OPTIONS: `--require ${preloadPath}`, POSTFIX_SAFETY_LOG: logPath },
  });
  const connection = createProtocolConnection(new StreamMessageReader(child.stdout!), new StreamMessageWriter(child.stdin!));
  const published = new Map<string, () => void>();
  connection.onNotification('textDocument/publishDiagnostics', (p: { uri: string }) => published.get(p.uri)?.());
  connection.onRequest('workspace/configuration', (p: { items: unknown[] }) => p.items.map(() => ({ inlayHints: { expandedValues: true } })));
  connection.onRequest('client/registerCapability', () => null);
  connection.onRequest('workspace/inlayHint/refresh', () => null);
  connection.listen();
  const timed = <T>(promise: Promise<T>, what: string): Promise<T> => {
    let timer: NodeJS.Timeout | undefined;
    const late = new Promise<never>((_, reject) => {
      timer = setTimeout(() => reject(new Error(`${what}: no answer in 10 s`)), 10000);
    });
    return Promise.race([promise, late]).finally(() => clearTimeout(timer));
  };
  await timed(
    connection.sendRequest('initialize', {
      processId: process.pid,
      rootUri: options.folders[0] ? pathToFileURL(options.folders[0]).toString() : null,
      capabilities: { workspace: { configuration: true } },
      workspaceFolders: options.folders.length ? options.folders.map((f) => ({ uri: pathToFileURL(f).toString(), name: f })) : null,
      initializationOptions: { trusted: options.trusted },
    }),
    'initialize',
  );
  await connection.sendNotification('initialized', {});
  return {
    logPath,
    connection,
    request: (method, params) => timed(connection.sendRequest(method, params), method).catch((e: { code?: number }) => (typeof e.code === 'number' ? null : Promise.reject(e))),
    async open(path, languageId, text) {
      const uri = pathToFileURL(path).toString();
      const done = new Promise<void>((r) => published.set(uri, r));
      await connection.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId, version: 1, text } });
      await timed(done, `diagnostics for ${path}`);
    },
    async finish() {
      await timed(connection.sendRequest('shutdown'), 'shutdown').catch(() => undefined);
      await connection.sendNotification('exit');
      connection.dispose();
      await new Promise<void>((r) => (child.exitCode !== null ? r() : child.on('exit', () => r())));
      return readLog(logPath);
    },
  };
}

/** Every feature on every line of a document (a full session's worth of requests). */
async function everything(s: Session, path: string, text: string): Promise<void> {
  const uri = pathToFileURL(path).toString();
  const textDocument = { uri };
  const lines = text.split('\n');
  for (const method of ['textDocument/documentSymbol', 'textDocument/foldingRange', 'textDocument/semanticTokens/full', 'textDocument/documentLink', 'textDocument/codeLens']) {
    await s.request(method, { textDocument });
  }
  await s.request('textDocument/formatting', { textDocument, options: { tabSize: 4, insertSpaces: true } });
  await s.request('textDocument/inlayHint', { textDocument, range: { start: { line: 0, character: 0 }, end: { line: lines.length, character: 0 } } });
  for (const [line, content] of lines.entries()) {
    for (let character = 0; character <= content.length; character += 6) {
      const position = { line, character };
      await s.request('textDocument/hover', { textDocument, position });
      await s.request('textDocument/completion', { textDocument, position });
      await s.request('textDocument/definition', { textDocument, position });
      await s.request('textDocument/references', { textDocument, position, context: { includeDeclaration: true } });
    }
    await s.request('textDocument/codeAction', { textDocument, range: { start: { line, character: 0 }, end: { line, character: content.length } }, context: { diagnostics: [] } });
  }
  for (const client of ['192.0.2.10', '203.0.113.9', '198.51.100.7', '127.0.0.1']) {
    await s.request('postfix/explainRelay', { textDocument, scenario: { client, recipient: 'user@example.org', sender: 'a@example.net', helo: 'h.example' } });
  }
}

// ---------------------------------------------------------------------------------------------

test('the preload sees file reads, processes, sockets and lookups (so a clean log means something)', () => {
  const logPath = join(work, 'selftest.log');
  const script = [
    "const fs = require('fs'); fs.readFileSync(process.argv[1]);",
    "require('child_process').spawnSync(process.execPath, ['-e', '0']);",
    "require('dns').lookup('localhost', () => {});",
    "const s = require('net').connect({ host: '127.0.0.1', port: 9 }); s.on('error', () => {});",
    "setTimeout(() => process.exit(0), 200);",
  ].join('\n');
  const r = spawnSync(process.execPath, ['-e', script, preloadPath], {
    env: { ...process.env, NODE_OPTIONS: `--require ${preloadPath}`, POSTFIX_SAFETY_LOG: logPath },
    encoding: 'utf8',
  });
  assert.equal(r.status, 0, r.stderr);
  const entries = readLog(logPath).filter((e) => e.what !== 'existsSync' || e.detail !== logPath);
  assert.ok(entries.some((e) => e.kind === 'fs' && e.what === 'readFileSync' && e.detail === preloadPath), 'file read seen');
  assert.ok(entries.some((e) => e.kind === 'exec' && e.what === 'spawnSync'), 'child process seen');
  assert.ok(entries.some((e) => e.kind === 'net' && e.what === 'lookup' && e.detail === 'localhost'), 'DNS lookup seen');
  assert.ok(entries.some((e) => e.kind === 'net' && e.what === 'connect'), 'socket connect seen');
});

/** A workspace W and a folder outside it, with Postfix files in both, a symlink from W out, and a path through `..`. */
function layout(name: string) {
  const root = join(work, name);
  const ws = join(root, 'workspace');
  const outside = join(root, 'outside');
  mkdirSync(join(ws, 'postfix'), { recursive: true });
  mkdirSync(outside, { recursive: true });
  const table = '192.0.2.0/24 OK\n203.0.113.0/24 REJECT\n';
  writeFileSync(join(ws, 'postfix', 'client_access'), table);
  writeFileSync(join(outside, 'client_access'), table);
  writeFileSync(join(outside, 'sender_access'), 'example.net OK\n');
  writeFileSync(join(outside, 'master.cf'), 'smtp inet n - y - - smtpd\nrelay unix - - y - - smtp\n');
  writeFileSync(join(outside, 'main.cf'), 'myhostname = outside.example\n');
  symlinkSync(outside, join(ws, 'postfix', 'linked'));
  const mainCf = [
    `config_directory = ${join(ws, 'postfix')}`,
    'mynetworks = 127.0.0.0/8',
    'smtpd_relay_restrictions = permit_mynetworks,',
    `    check_client_access cidr:${join(ws, 'postfix', 'client_access')},`,
    `    check_client_access cidr:${join(outside, 'client_access')},`,
    `    check_client_access cidr:${join(ws, 'postfix', 'linked', 'client_access')},`,
    `    check_sender_access hash:${join(ws, 'postfix', '..', '..', 'outside', 'sender_access')},`,
    '    reject_unauth_destination',
    `alias_maps = hash:$config_directory/linked/aliases, hash:${join(outside, 'aliases')}`,
    `transport_maps = hash:${join(ws, 'postfix')}/`,
    '',
  ].join('\n');
  return { root, ws, outside, mainCf };
}

test('trusted, with a workspace folder: nothing outside it is read, through .., a symlink or a sibling', { skip }, async () => {
  const { ws, outside, mainCf } = layout('trusted');
  const s = await session('trusted', { folders: [ws], trusted: true });
  const inside = join(ws, 'postfix', 'main.cf');
  await s.open(inside, 'postfix-main', mainCf);
  await everything(s, inside, mainCf);
  // A main.cf opened from outside the workspace: its master.cf sibling stays unread.
  const outsideMain = join(outside, 'main.cf');
  await s.open(outsideMain, 'postfix-main', 'myhostname = outside.example\nrelay_destination_concurrency_limit = 5\n');
  await everything(s, outsideMain, 'myhostname = outside.example\nrelay_destination_concurrency_limit = 5\n');
  // Path completion inside, outside and through the symlink.
  for (const folder of [`${join(ws, 'postfix')}/`, `${outside}/`, `${join(ws, 'postfix', 'linked')}/`]) {
    const text = `alias_maps = hash:${folder}`;
    const path = join(ws, 'postfix', 'complete.cf');
    await s.open(path, 'postfix-main', text);
    await s.request('textDocument/completion', { textDocument: { uri: pathToFileURL(path).toString() }, position: { line: 0, character: text.length } });
    await s.connection.sendNotification('textDocument/didClose', { textDocument: { uri: pathToFileURL(path).toString() } });
  }
  const entries = await s.finish();
  const files = userFileAccesses(entries, s.logPath, true);
  // The server does read inside the workspace (the control), and nothing else.
  assert.ok(files.includes(join(ws, 'postfix', 'client_access')), `the table inside the workspace was read: ${files.join(', ')}`);
  assert.deepEqual(escapes(entries, s.logPath, ws), [], 'files outside the workspace were touched');
  assert.deepEqual(entries.filter((e) => e.kind !== 'fs'), [], 'no process, socket or lookup');
});

test('untrusted, without folders: nothing is read from disk, nothing executed, no network', { skip }, async () => {
  const { ws, mainCf } = layout('untrusted');
  const s = await session('untrusted', { folders: [], trusted: false });
  const path = join(ws, 'postfix', 'main.cf');
  writeFileSync(join(ws, 'postfix', 'master.cf'), 'smtp inet n - y - - smtpd\n');
  await s.open(path, 'postfix-main', mainCf);
  await everything(s, path, mainCf);
  const log = 'Nov 30 10:01:02 mail postfix/smtpd[1]: NOQUEUE: reject: RCPT from unknown[203.0.113.5]: 554 5.7.1 <u@example.org>: Relay access denied; from=<a@example.net> to=<u@example.org> proto=ESMTP helo=<x>\n';
  await s.open(join(ws, 'mail.log'), 'postfix-log', log);
  await everything(s, join(ws, 'mail.log'), log);
  const entries = await s.finish();
  assert.deepEqual(userFileAccesses(entries, s.logPath), [], 'no file was touched');
  assert.deepEqual(entries.filter((e) => e.kind !== 'fs'), [], 'no process, socket or lookup');
});

test('untrusted, with a workspace folder: still nothing outside it, nothing executed, no network', { skip }, async () => {
  const { ws, outside, mainCf } = layout('untrusted-folder');
  const s = await session('untrusted-folder', { folders: [ws], trusted: false });
  const path = join(ws, 'postfix', 'main.cf');
  await s.open(path, 'postfix-main', mainCf);
  await everything(s, path, mainCf);
  await s.open(join(outside, 'main.cf'), 'postfix-main', 'myhostname = outside.example\n');
  const entries = await s.finish();
  assert.deepEqual(escapes(entries, s.logPath, ws), [], 'files outside the workspace were touched');
  assert.deepEqual(entries.filter((e) => e.kind !== 'fs'), [], 'no process, socket or lookup');
});
