/** The editor features over the real protocol: a JSON-RPC client against dist/server.js over stdio. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { CompletionList, DocumentSymbol, FoldingRange, InlayHint, Location, SemanticTokens, TextEdit, WorkspaceEdit } from 'vscode-languageserver-types';
import { SERVER_JS, TestClient, startClient } from './lspClient';
import { range } from '../helpers';

const skip = existsSync(SERVER_JS) ? false : `${SERVER_JS} is not built: run npm run build first`;

const MAIN = [
  'smtpd_restriction_classes = mua_only', // 0
  'mua_only = permit_sasl_authenticated, reject', // 1
  'smtpd_recipient_restrictions=permit_mynetworks,', // 2
  '\t\treject_unauth_destination', // 3
  'relay_domains = $mydomain', // 4
  '',
].join('\n');
const MASTER = ['submission inet n - y - - smtpd', '  -o smtpd_client_restrictions=$mua_only', ''].join('\n');

async function withPair(run: (client: TestClient, mainUri: string, masterUri: string) => Promise<void>, options: Parameters<typeof startClient>[0] = {}): Promise<void> {
  const client = await startClient(options);
  const dir = `file:///tmp/postfix-features-${process.pid}-${Math.random().toString(36).slice(2)}`;
  const mainUri = `${dir}/main.cf`;
  const masterUri = `${dir}/master.cf`;
  try {
    const published = client.diagnostics(mainUri);
    client.open(mainUri, 'postfix-main', MAIN);
    client.open(masterUri, 'postfix-master', MASTER);
    await published;
    await run(client, mainUri, masterUri);
  } finally {
    await client.stop();
  }
}

test('the server announces every editor feature, with a semantic tokens legend', { skip }, async () => {
  const client = await startClient();
  try {
    const caps = client.initialize.capabilities;
    assert.equal(caps.definitionProvider, true);
    assert.equal(caps.referencesProvider, true);
    assert.deepEqual(caps.renameProvider, { prepareProvider: true });
    assert.equal(caps.documentSymbolProvider, true);
    assert.equal(caps.foldingRangeProvider, true);
    assert.equal(caps.documentFormattingProvider, true);
    assert.equal(caps.documentRangeFormattingProvider, true);
    assert.equal(caps.inlayHintProvider, true);
    assert.deepEqual(caps.semanticTokensProvider, {
      legend: { tokenTypes: ['property', 'variable', 'function', 'class', 'type'], tokenModifiers: ['declaration', 'deprecated', 'defaultLibrary'] },
      full: true,
    });
    for (const ch of ['$', ':', ',', ' ', '=', '/']) assert.ok(caps.completionProvider?.triggerCharacters?.includes(ch), ch);
  } finally {
    await client.stop();
  }
});

test('completion: a parameter name with its default as a snippet choice, and restrictions in a list', { skip }, async () => {
  await withPair(async (client, mainUri) => {
    // With nothing typed, a short list that the editor asks again for as the user types.
    const first = (await client.connection.sendRequest('textDocument/completion', {
      textDocument: { uri: mainUri },
      position: { line: 5, character: 0 },
    })) as CompletionList;
    assert.equal(first.isIncomplete, true);
    assert.ok(first.items.length > 0 && first.items.length <= 50, `${first.items.length} items`);
    const typedUri = mainUri.replace(/main\.cf$/, 'typed/main.cf');
    client.open(typedUri, 'postfix-main', 'smtpd_sasl_a\n');
    const list = (await client.connection.sendRequest('textDocument/completion', {
      textDocument: { uri: typedUri },
      position: { line: 0, character: 12 },
    })) as CompletionList;
    const item = list.items.find((i) => i.label === 'smtpd_sasl_auth_enable');
    assert.equal(item?.insertTextFormat, 2);
    assert.deepEqual(item?.textEdit, { range: range(0, 0, 0, 12), newText: 'smtpd_sasl_auth_enable = ${1|no,yes|}' });
    const values = (await client.connection.sendRequest('textDocument/completion', {
      textDocument: { uri: mainUri },
      position: { line: 3, character: 2 },
    })) as CompletionList;
    assert.ok(values.items.some((i) => i.label === 'reject_unauth_destination'));
  });
});

test('definition, references and rename across main.cf and master.cf', { skip }, async () => {
  await withPair(async (client, mainUri, masterUri) => {
    const definition = (await client.connection.sendRequest('textDocument/definition', {
      textDocument: { uri: masterUri },
      position: { line: 1, character: 35 },
    })) as Location[];
    assert.deepEqual(definition, [{ uri: mainUri, range: range(1, 0, 1, 8) }]);

    const references = (await client.connection.sendRequest('textDocument/references', {
      textDocument: { uri: mainUri },
      position: { line: 1, character: 3 },
      context: { includeDeclaration: true },
    })) as Location[];
    assert.deepEqual(references, [
      { uri: mainUri, range: range(0, 28, 0, 36) },
      { uri: mainUri, range: range(1, 0, 1, 8) },
      { uri: masterUri, range: range(1, 32, 1, 40) },
    ]);

    const prepared = await client.connection.sendRequest('textDocument/prepareRename', { textDocument: { uri: mainUri }, position: { line: 1, character: 3 } });
    assert.deepEqual(prepared, { range: range(1, 0, 1, 8), placeholder: 'mua_only' });

    const edit = (await client.connection.sendRequest('textDocument/rename', {
      textDocument: { uri: mainUri },
      position: { line: 1, character: 3 },
      newName: 'submitters',
    })) as WorkspaceEdit;
    assert.deepEqual(edit.changes, {
      [mainUri]: [
        { range: range(0, 28, 0, 36), newText: 'submitters' },
        { range: range(1, 0, 1, 8), newText: 'submitters' },
      ],
      [masterUri]: [{ range: range(1, 32, 1, 40), newText: 'submitters' }],
    });
  });
});

test('prepareRename on a built-in name answers with an error the editor shows', { skip }, async () => {
  await withPair(async (client, mainUri) => {
    await assert.rejects(
      client.connection.sendRequest('textDocument/prepareRename', { textDocument: { uri: mainUri }, position: { line: 4, character: 3 } }),
      (error: Error) => {
        assert.equal(error.message, '"relay_domains" is a Postfix parameter, so it cannot be renamed: Postfix would no longer recognise the setting. Only parameters you define yourself can be renamed.');
        return true;
      },
    );
  });
});

test('document symbols, folding ranges and semantic tokens', { skip }, async () => {
  await withPair(async (client, mainUri, masterUri) => {
    const symbols = (await client.connection.sendRequest('textDocument/documentSymbol', { textDocument: { uri: mainUri } })) as DocumentSymbol[];
    assert.deepEqual(
      symbols.map((s) => [s.name, s.children?.map((c) => c.name)]),
      [['Relay and restrictions', ['smtpd_restriction_classes', 'mua_only', 'smtpd_recipient_restrictions', 'relay_domains']]],
    );
    const services = (await client.connection.sendRequest('textDocument/documentSymbol', { textDocument: { uri: masterUri } })) as DocumentSymbol[];
    assert.deepEqual(services.map((s) => s.name), ['submission/inet']);

    const folds = (await client.connection.sendRequest('textDocument/foldingRange', { textDocument: { uri: mainUri } })) as FoldingRange[];
    assert.deepEqual(folds, [{ startLine: 2, endLine: 3 }]);

    const tokens = (await client.connection.sendRequest('textDocument/semanticTokens/full', { textDocument: { uri: mainUri } })) as SemanticTokens;
    // First token: smtpd_restriction_classes, a known name (property, declaration).
    assert.deepEqual(tokens.data.slice(0, 5), [0, 0, 25, 0, 1]);
    // The class name in the declaration list (class, no modifier).
    assert.deepEqual(tokens.data.slice(5, 10), [0, 28, 8, 3, 0]);
  });
});

test('formatting and range formatting', { skip }, async () => {
  await withPair(async (client, mainUri) => {
    const edits = (await client.connection.sendRequest('textDocument/formatting', {
      textDocument: { uri: mainUri },
      options: { tabSize: 4, insertSpaces: true },
    })) as TextEdit[];
    assert.deepEqual(edits, [
      { range: range(2, 0, 2, 47), newText: 'smtpd_recipient_restrictions = permit_mynetworks,' },
      { range: range(3, 0, 3, 27), newText: '    reject_unauth_destination' },
    ]);
    const ranged = (await client.connection.sendRequest('textDocument/rangeFormatting', {
      textDocument: { uri: mainUri },
      range: range(0, 0, 1, 5),
      options: { tabSize: 4, insertSpaces: true },
    })) as TextEdit[];
    assert.deepEqual(ranged, []);
  });
});

test('one-per-line list style and inlay hints come from the client settings', { skip }, async () => {
  await withPair(
    async (client, mainUri) => {
      const hints = (await client.connection.sendRequest('textDocument/inlayHint', { textDocument: { uri: mainUri }, range: range(0, 0, 10, 0) })) as InlayHint[];
      assert.deepEqual(
        hints.map((h) => [h.position, h.label]),
        [[{ line: 4, character: 25 }, '= (computed from the host)']],
      );
      const longUri = mainUri.replace(/main\.cf$/, 'long/main.cf');
      client.open(longUri, 'postfix-main', 'mynetworks = 127.0.0.0/8, [::1]/128, 192.0.2.0/24, 198.51.100.0/24, 203.0.113.0/24\n');
      const edits = (await client.connection.sendRequest('textDocument/formatting', {
        textDocument: { uri: longUri },
        options: { tabSize: 4, insertSpaces: true },
      })) as TextEdit[];
      assert.deepEqual(edits, [
        {
          range: range(0, 0, 0, 82),
          newText: 'mynetworks =\n    127.0.0.0/8,\n    [::1]/128,\n    192.0.2.0/24,\n    198.51.100.0/24,\n    203.0.113.0/24',
        },
      ]);
    },
    { configuration: { inlayHints: { expandedValues: true }, format: { listStyle: 'one-per-line' } } },
  );
});

test('file paths after a table type are listed from disk, only inside the workspace', { skip }, async () => {
  const dir = mkdtempSync(join(tmpdir(), 'pf-paths-'));
  const other = mkdtempSync(join(tmpdir(), 'pf-other-'));
  try {
    writeFileSync(join(dir, 'virtual'), 'a@example.com b\n');
    writeFileSync(join(dir, 'virtual.db'), '');
    const text = `virtual_alias_maps = hash:${dir}/vi\n`;
    const uri = pathToFileURL(join(dir, 'main.cf')).toString();
    const position = { line: 0, character: text.length - 1 };
    const ask = async (client: TestClient) => {
      client.open(uri, 'postfix-main', text);
      return ((await client.connection.sendRequest('textDocument/completion', { textDocument: { uri }, position })) as CompletionList).items;
    };
    const inside = await startClient({ workspaceFolders: [{ uri: pathToFileURL(dir).toString(), name: 'conf' }] });
    try {
      const items = await ask(inside);
      assert.deepEqual(items.map((i) => i.label), ['virtual']);
      assert.deepEqual(items[0].textEdit, { range: range(0, text.length - 3, 0, text.length - 1), newText: 'virtual' });
    } finally {
      await inside.stop();
    }
    const outside = await startClient({ workspaceFolders: [{ uri: pathToFileURL(other).toString(), name: 'elsewhere' }] });
    try {
      assert.deepEqual(await ask(outside), []);
    } finally {
      await outside.stop();
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
    rmSync(other, { recursive: true, force: true });
  }
});
