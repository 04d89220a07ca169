/**
 * The server under malformed protocol traffic: unknown methods, wrong or missing params, requests for
 * documents never opened, edits out of range, a body that is not JSON. Every request gets an answer
 * within a bound, the server keeps running and still answers correctly afterwards. It also honours
 * cancellation: a request cancelled while it waited is answered with RequestCancelled, and typing
 * quickly publishes diagnostics only for the version the user ends on.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { copyFileSync, existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { CancellationTokenSource, PublishDiagnosticsParams } from 'vscode-languageserver-protocol/node';
import { SERVER_JS, TestClient, startClient } from './lspClient';

const skip = existsSync(SERVER_JS) ? false : `${SERVER_JS} is not built: run npm run build first`;
const BOUND_MS = 5000;

/** Resolves with the request's result, or with { error } when the server answered with an error. */
async function ask(client: TestClient, method: string, params: unknown): Promise<{ result?: unknown; error?: { code: number; message: string } }> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`${method} got no answer within ${BOUND_MS} ms`)), BOUND_MS);
  });
  try {
    const result = await Promise.race([client.connection.sendRequest(method, params), timeout]);
    return { result };
  } catch (error) {
    const e = error as { code?: unknown; message?: string };
    if (typeof e.code !== 'number') throw error;
    return { error: { code: e.code, message: e.message ?? '' } };
  } finally {
    clearTimeout(timer);
  }
}

const pos = (line: number, character: number) => ({ line, character });
const rng = (a: number, b: number, c: number, d: number) => ({ start: pos(a, b), end: pos(c, d) });

/** The server still works: a hover on a fresh document says what it should. */
async function stillWorks(client: TestClient, uri: string): Promise<void> {
  const published = client.diagnostics(uri);
  client.open(uri, 'postfix-main', 'relay_domains_reject_code = 554\nbroken line\n');
  const { diagnostics } = await published;
  const missing = diagnostics.find((d) => d.code === 'syntax-missing-equals');
  assert.deepEqual(missing?.range, rng(1, 0, 1, 6));
  const { result } = await ask(client, 'textDocument/hover', { textDocument: { uri }, position: pos(0, 3) });
  assert.match((result as { contents: { value: string } }).contents.value, /relay_domains_reject_code/);
  assert.equal(client.process.exitCode, null, 'the server process is still running');
}

test('unknown methods: a request gets MethodNotFound, a notification is ignored', { skip }, async () => {
  const client = await startClient();
  try {
    const { error } = await ask(client, 'postfix/noSuchThing', { a: 1 });
    assert.equal(error?.code, -32601);
    await client.connection.sendNotification('postfix/noSuchNotification', { a: 1 });
    await client.connection.sendNotification('$/noSuchNotification', null);
    await stillWorks(client, 'file:///robust/unknown/main.cf');
  } finally {
    await client.stop();
  }
});

test('every request about a document that was never opened answers empty', { skip }, async () => {
  const client = await startClient();
  try {
    const textDocument = { uri: 'file:///robust/never/main.cf' };
    const requests: Array<[string, unknown, unknown[]]> = [
      ['textDocument/hover', { textDocument, position: pos(0, 0) }, [null]],
      ['textDocument/completion', { textDocument, position: pos(0, 0) }, [null, []]],
      ['textDocument/definition', { textDocument, position: pos(0, 0) }, [null, []]],
      ['textDocument/references', { textDocument, position: pos(0, 0), context: { includeDeclaration: true } }, [null, []]],
      ['textDocument/prepareRename', { textDocument, position: pos(0, 0) }, [null]],
      ['textDocument/rename', { textDocument, position: pos(0, 0), newName: 'x' }, [null]],
      ['textDocument/documentSymbol', { textDocument }, [null, []]],
      ['textDocument/foldingRange', { textDocument }, [null, []]],
      ['textDocument/semanticTokens/full', { textDocument }, [null, { data: [] }]],
      ['textDocument/formatting', { textDocument, options: { tabSize: 4, insertSpaces: true } }, [null, []]],
      ['textDocument/rangeFormatting', { textDocument, range: rng(0, 0, 1, 0), options: { tabSize: 4, insertSpaces: true } }, [null, []]],
      ['textDocument/inlayHint', { textDocument, range: rng(0, 0, 1, 0) }, [null, []]],
      ['textDocument/documentLink', { textDocument }, [null, []]],
      ['textDocument/codeLens', { textDocument }, [null, []]],
      ['textDocument/codeAction', { textDocument, range: rng(0, 0, 0, 0), context: { diagnostics: [] } }, [null, []]],
      ['postfix/explainRelay', { textDocument, scenario: { client: '192.0.2.1', recipient: 'a@example.org' } }, [null]],
      ['postfix/relayRecipe', { textDocument, recipe: 'allowSaslRelay' }, [null]],
    ];
    for (const [method, params, allowed] of requests) {
      const answer = await ask(client, method, params);
      assert.equal(answer.error, undefined, `${method}: ${answer.error?.message}`);
      assert.ok(allowed.some((a) => JSON.stringify(a) === JSON.stringify(answer.result)), `${method} answered ${JSON.stringify(answer.result)}`);
    }
    await client.connection.sendNotification('textDocument/didChange', { textDocument: { uri: textDocument.uri, version: 2 }, contentChanges: [{ text: 'x = 1' }] });
    await client.connection.sendNotification('textDocument/didClose', { textDocument });
    await stillWorks(client, 'file:///robust/never2/main.cf');
  } finally {
    await client.stop();
  }
});

test('wrong or missing params get an answer (an error or empty), and the server carries on', { skip }, async () => {
  const client = await startClient();
  try {
    const uri = 'file:///robust/params/main.cf';
    const published = client.diagnostics(uri);
    client.open(uri, 'postfix-main', 'myhostname = mail.example.com\nrelayhost = [smtp.example.net]:587\n');
    await published;
    const textDocument = { uri };
    const bad: Array<[string, unknown]> = [
      ['textDocument/hover', null],
      ['textDocument/hover', {}],
      ['textDocument/hover', { textDocument }],
      ['textDocument/hover', { textDocument, position: 'top' }],
      ['textDocument/hover', { textDocument, position: pos(-5, -1) }],
      ['textDocument/hover', { textDocument, position: pos(1e9, 1e9) }],
      ['textDocument/hover', { textDocument, position: { line: 0.5, character: Number.NaN } }],
      ['textDocument/hover', { textDocument: { uri: 42 }, position: pos(0, 0) }],
      ['textDocument/completion', { textDocument }],
      ['textDocument/completion', { textDocument, position: pos(99, 0), context: { triggerKind: 99 } }],
      ['textDocument/codeAction', { textDocument }],
      ['textDocument/codeAction', { textDocument, range: rng(5, 0, 0, 0), context: { diagnostics: [{ range: rng(0, 0, 0, 1), message: 'x', data: { fixes: 'nope' } }] } }],
      ['textDocument/codeAction', { textDocument, range: rng(0, 0, 0, 0), context: { diagnostics: [{ range: rng(0, 0, 0, 1), message: 'x', data: { fixes: [{ title: 't', edits: 7 }] } }] } }],
      ['textDocument/rename', { textDocument, position: pos(0, 2), newName: 5 }],
      ['textDocument/rename', { textDocument, position: pos(0, 2), newName: 'a b$c\n' }],
      ['textDocument/references', { textDocument, position: pos(0, 2) }],
      ['textDocument/formatting', { textDocument, options: null }],
      ['textDocument/rangeFormatting', { textDocument, range: rng(9, 9, 0, 0), options: { tabSize: -3, insertSpaces: 'yes' } }],
      ['textDocument/inlayHint', { textDocument, range: null }],
      ['textDocument/semanticTokens/full', { textDocument: null }],
      ['postfix/explainRelay', null],
      ['postfix/explainRelay', { textDocument, scenario: 5 }],
      ['postfix/explainRelay', { textDocument, scenario: { client: { toString: 1 }, recipient: [] } }],
      ['postfix/relayRecipe', { textDocument, recipe: '__proto__' }],
      ['postfix/relayRecipe', { textDocument, recipe: 'toString' }],
      ['postfix/relayRecipe', { textDocument, recipe: 'allowNetwork', args: { network: 'not a network\n$x' } }],
      ['shutdown-not-really', [1, 2, 3]],
    ];
    for (const [method, params] of bad) {
      const answer = await ask(client, method, params);
      if (answer.error) assert.ok([-32601, -32602, -32603, -32600, -32800].includes(answer.error.code), `${method}: code ${answer.error.code}`);
    }
    // An unknown recipe name is refused, even one every object has (toString, __proto__).
    assert.equal((await ask(client, 'postfix/relayRecipe', { textDocument, recipe: 'toString' })).result, null);
    // Edits out of range, for an unopened document, with a missing text; opens with missing fields.
    const notify = (method: string, params: unknown) => client.connection.sendNotification(method, params);
    await notify('textDocument/didChange', { textDocument: { uri, version: 2 }, contentChanges: [{ range: rng(100, 0, 200, 5), text: 'zzz' }] });
    await notify('textDocument/didChange', { textDocument: { uri, version: 3 }, contentChanges: [{ range: rng(1, 50, 0, 0), text: '' }] });
    await notify('textDocument/didChange', { textDocument: { uri: 'file:///robust/none', version: 2 }, contentChanges: [{ text: 'x' }] });
    await notify('textDocument/didOpen', { textDocument: { uri: 'file:///robust/partial.cf' } });
    await notify('textDocument/didOpen', null);
    await notify('textDocument/didClose', { textDocument: { uri: 'file:///robust/never-opened' } });
    await notify('workspace/didChangeConfiguration', { settings: { postfix: 'not an object' } });
    await stillWorks(client, 'file:///robust/params2/main.cf');
  } finally {
    await client.stop();
  }
});

test('a message body that is not JSON is dropped and the server keeps answering', { skip }, async () => {
  const client = await startClient();
  try {
    await stillWorks(client, 'file:///robust/json1/main.cf');
    const body = '{"jsonrpc":"2.0","id":99,"method":';
    client.process.stdin!.write(`Content-Length: ${Buffer.byteLength(body)}\r\n\r\n${body}`);
    const garbage = 'this is not json at all';
    client.process.stdin!.write(`Content-Length: ${Buffer.byteLength(garbage)}\r\n\r\n${garbage}`);
    await stillWorks(client, 'file:///robust/json2/main.cf');
  } finally {
    await client.stop();
  }
});

test('a request cancelled while it waits is answered with RequestCancelled', { skip }, async () => {
  const client = await startClient();
  try {
    // A fresh document: its settings are fetched from the client first, so the cancellation arrives before the work.
    const uri = 'file:///robust/cancel/main.cf';
    client.open(uri, 'postfix-main', 'myhostname = mail.example.com\n');
    const source = new CancellationTokenSource();
    const request = client.connection.sendRequest('textDocument/hover', { textDocument: { uri }, position: pos(0, 3) }, source.token);
    source.cancel();
    await assert.rejects(request, (error: { code?: number }) => error.code === -32800);
    // A request that is not cancelled still gets its answer.
    const { result } = await ask(client, 'textDocument/hover', { textDocument: { uri }, position: pos(0, 3) });
    assert.match((result as { contents: { value: string } }).contents.value, /myhostname/);
  } finally {
    await client.stop();
  }
});

test('typing quickly: diagnostics come for the last version only, stale versions are never validated', { skip }, async () => {
  const client = await startClient();
  try {
    const uri = 'file:///robust/typing/main.cf';
    const seen: number[] = [];
    client.connection.onNotification('textDocument/publishDiagnostics', (p: PublishDiagnosticsParams) => {
      if (p.uri === uri && p.version !== undefined) seen.push(p.version);
    });
    client.open(uri, 'postfix-main', 'myhostname = mail.example.com\n');
    const opened = Date.now() + BOUND_MS;
    while (!seen.includes(1) && Date.now() < opened) await new Promise((r) => setTimeout(r, 20));
    const text = 'mynetworks = 192.0.2.0/24';
    for (let i = 1; i <= text.length; i++) {
      await client.connection.sendNotification('textDocument/didChange', {
        textDocument: { uri, version: i + 1 },
        contentChanges: [{ range: rng(1, i - 1, 1, i - 1), text: text[i - 1] }],
      });
    }
    const last = text.length + 1;
    const deadline = Date.now() + BOUND_MS;
    while (!seen.includes(last) && Date.now() < deadline) await new Promise((r) => setTimeout(r, 20));
    assert.deepEqual(seen, [1, last], `diagnostics were published for versions ${seen.join(', ')}`);
  } finally {
    await client.stop();
  }
});

const SERVICE_JS = join(dirname(SERVER_JS), 'languageService.js');

test('a server whose languageService.js is missing still answers initialize, errors on requests and keeps running', {
  skip: skip || (existsSync(SERVICE_JS) ? false : 'dist/server.js is a single-file build here (no dist/languageService.js to leave out)'),
}, async () => {
  const dir = mkdtempSync(join(tmpdir(), 'postfix-half-'));
  copyFileSync(SERVER_JS, join(dir, 'server.js'));
  const client = await startClient({ serverJs: join(dir, 'server.js') });
  try {
    assert.equal(client.initialize.capabilities.hoverProvider, true, 'initialize does not need the language service');
    const uri = 'file:///tmp/half/main.cf';
    client.open(uri, 'postfix-main', 'myhostname = mail.example.com\n');
    for (let i = 0; i < 2; i++) {
      await assert.rejects(
        client.connection.sendRequest('textDocument/hover', { textDocument: { uri }, position: { line: 0, character: 2 } }),
        /languageService/,
        'the request fails with the reason',
      );
    }
    assert.equal(client.process.exitCode, null, 'the process is still running');
  } finally {
    await client.stop();
    rmSync(dir, { recursive: true, force: true });
  }
});
