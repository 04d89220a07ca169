import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync } from 'node:fs';
import { SERVER_JS, startClient } from './lspClient';
import { range } from '../helpers';

const built = existsSync(SERVER_JS);
const skip = built ? false : `${SERVER_JS} is not built: run npm run build first`;

test('the bundled server answers initialize with its capabilities', { skip }, async () => {
  const client = await startClient();
  try {
    const caps = client.initialize.capabilities;
    assert.equal(caps.hoverProvider, true);
    assert.ok(caps.completionProvider?.triggerCharacters?.includes('$'));
    assert.ok(caps.codeActionProvider);
    assert.equal(client.initialize.serverInfo?.name, 'postfix-language-server');
  } finally {
    await client.stop();
  }
});

test('diagnostics are published for an opened main.cf, with rule codes and exact ranges', { skip }, async () => {
  const client = await startClient();
  try {
    const uri = 'file:///tmp/protocol/main.cf';
    const published = client.diagnostics(uri);
    client.open(uri, 'postfix-main', '  orphan = 1\ncompatibility_level = 3.6\nmyhostname = mail.example.com\nbroken line\n');
    const { diagnostics } = await published;
    assert.deepEqual(
      diagnostics.map((d) => [d.code, d.severity, d.range]),
      [
        ['syntax-leading-whitespace', 2, range(0, 2, 0, 12)],
        ['syntax-missing-equals', 1, range(3, 0, 3, 6)],
      ],
    );
  } finally {
    await client.stop();
  }
});

test('a rule can be switched off with postfix.diagnostics.<id>', { skip }, async () => {
  const client = await startClient({ configuration: { diagnostics: { 'syntax-missing-equals': 'off' } } });
  try {
    const uri = 'file:///tmp/protocol2/main.cf';
    const published = client.diagnostics(uri);
    client.open(uri, 'postfix-main', 'compatibility_level = 3.6\nbroken line\n');
    assert.deepEqual((await published).diagnostics, []);
  } finally {
    await client.stop();
  }
});

test('hover over the protocol, in the locale sent at initialize', { skip }, async () => {
  const client = await startClient({ locale: 'ja' });
  try {
    const uri = 'file:///tmp/protocol3/main.cf';
    const published = client.diagnostics(uri);
    client.open(uri, 'postfix-main', 'relay_domains_reject_code = 554\n');
    await published;
    const hover = (await client.connection.sendRequest('textDocument/hover', {
      textDocument: { uri },
      position: { line: 0, character: 3 },
    })) as { contents: { value: string }; range: unknown };
    assert.deepEqual(hover.range, range(0, 0, 0, 25));
    assert.match(hover.contents.value, /relay_domains_reject_code/);
    assert.match(hover.contents.value, /デフォルト: `554`/);
  } finally {
    await client.stop();
  }
});

test('a quick fix comes back for a diagnostic that carries one', { skip }, async () => {
  const client = await startClient();
  try {
    const uri = 'file:///tmp/protocol4/main.cf';
    const published = client.diagnostics(uri);
    client.open(uri, 'postfix-main', '  orphan = 1\ncompatibility_level = 3.6\n');
    const { diagnostics } = await published;
    const actions = (await client.connection.sendRequest('textDocument/codeAction', {
      textDocument: { uri },
      range: diagnostics[0].range,
      context: { diagnostics },
    })) as Array<{ title: string; kind: string; edit: { changes: Record<string, unknown[]> } }>;
    assert.equal(actions.length, 1);
    assert.equal(actions[0].kind, 'quickfix');
    assert.deepEqual(actions[0].edit.changes[uri], [{ range: range(0, 0, 0, 2), newText: '' }]);
  } finally {
    await client.stop();
  }
});

test('requests for documents that were never opened get empty answers, not errors', { skip }, async () => {
  const client = await startClient();
  try {
    const hover = await client.connection.sendRequest('textDocument/hover', {
      textDocument: { uri: 'file:///nowhere/main.cf' },
      position: { line: 0, character: 0 },
    });
    assert.equal(hover, null);
  } finally {
    await client.stop();
  }
});
