/** Lookup tables and document links over the real JSON-RPC connection of the bundled server. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync } from 'node:fs';
import { SERVER_JS, startClient } from './lspClient';
import { range } from '../helpers';

const built = existsSync(SERVER_JS);
const skip = built ? false : `${SERVER_JS} is not built: run npm run build first`;

const MAIN = [
  'smtpd_restriction_classes = greylist',
  'greylist = check_policy_service inet:127.0.0.1:10023',
  'smtpd_recipient_restrictions = permit_mynetworks,',
  '    check_client_access hash:$config_directory/access,',
  '    reject_unauth_destination',
  'config_directory = /tmp/protocol-table',
  '',
].join('\n');

const ACCESS = [
  '# clients',
  'spam.example     REJCT Go away',
  'bad.example      check_sender_access hash:/etc/postfix/senders',
  'grey.example     greylist',
  'old.example      REJECT 4.7.1 Gone',
  '',
].join('\n');

test('an access table next to an open main.cf: diagnostics, hover and the main.cf links', { skip }, async () => {
  const client = await startClient();
  try {
    assert.deepEqual(client.initialize.capabilities.documentLinkProvider, { resolveProvider: false });
    const mainUri = 'file:///tmp/protocol-table/main.cf';
    const tableUri = 'file:///tmp/protocol-table/access';
    const mainPublished = client.diagnostics(mainUri);
    client.open(mainUri, 'postfix-main', MAIN);
    await mainPublished;
    const published = client.diagnostics(tableUri);
    client.open(tableUri, 'postfix-table', ACCESS);
    const { diagnostics } = await published;
    assert.deepEqual(
      diagnostics.map((d) => [d.code, d.severity, d.range]),
      [
        ['table-unknown-action', 1, range(1, 17, 1, 22)],
        ['table-lookup-in-result', 1, range(2, 37, 2, 62)],
        ['table-enhanced-code-class', 3, range(4, 24, 4, 29)],
      ],
    );
    assert.match(String(diagnostics[0].message), /^"REJCT" is neither an access action nor a restriction smtpd knows/);

    const hover = (await client.connection.sendRequest('textDocument/hover', {
      textDocument: { uri: tableUri },
      position: { line: 4, character: 20 },
    })) as { contents: { value: string }; range: unknown };
    assert.deepEqual(hover.range, range(4, 17, 4, 23));
    assert.match(hover.contents.value, /access_map_reject_code \(default 554\)/);

    const keyHover = (await client.connection.sendRequest('textDocument/hover', {
      textDocument: { uri: tableUri },
      position: { line: 3, character: 2 },
    })) as { contents: { value: string } };
    assert.match(keyHover.contents.value, /- main\.cf line 3: `check_client_access` in `smtpd_recipient_restrictions` `hash:`/);

    const links = (await client.connection.sendRequest('textDocument/documentLink', { textDocument: { uri: mainUri } })) as Array<{
      range: unknown;
      target: string;
    }>;
    assert.deepEqual(
      links.map((l) => [l.range, l.target]),
      [
        [range(0, 0, 0, 25), 'https://www.postfix.org/postconf.5.html#smtpd_restriction_classes'],
        [range(2, 0, 2, 28), 'https://www.postfix.org/postconf.5.html#smtpd_recipient_restrictions'],
        [range(3, 29, 3, 53), 'file:///tmp/protocol-table/access'],
        [range(5, 0, 5, 16), 'https://www.postfix.org/postconf.5.html#config_directory'],
      ],
    );
  } finally {
    await client.stop();
  }
});

test('a table opened without a language id is recognised by its file name', { skip }, async () => {
  const client = await startClient({ locale: 'ja' });
  try {
    const uri = 'file:///tmp/protocol-table2/clients.cidr';
    const published = client.diagnostics(uri);
    client.open(uri, 'plaintext', '192.168.1.1/24 REJECT\n');
    const { diagnostics } = await published;
    assert.deepEqual(
      diagnostics.map((d) => [d.code, d.range]),
      [['table-invalid-cidr', range(0, 0, 0, 14)]],
    );
    assert.match(String(diagnostics[0].message), /192\.168\.1\.0\/24/);
    assert.match(String(diagnostics[0].message), /Postfix はこのルールを読み飛ばします。$/);
  } finally {
    await client.stop();
  }
});
