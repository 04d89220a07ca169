import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync } from 'node:fs';
import { SERVER_JS, startClient } from './lspClient';

const skip = existsSync(SERVER_JS) ? false : `${SERVER_JS} is not built: run npm run build first`;
const MAIN = 'compatibility_level = 3.6\nmydestination = mx.example.com\nmynetworks = 127.0.0.0/8\nsmtpd_relay_restrictions = permit_mynetworks, reject_unauth_destination\n';

test('postfix/explainRelay answers with the decision, the reply and the steps with lines', { skip }, async () => {
  const client = await startClient();
  try {
    const uri = 'file:///tmp/relay1/main.cf';
    const published = client.diagnostics(uri);
    client.open(uri, 'postfix-main', MAIN);
    await published;
    const e = (await client.connection.sendRequest('postfix/explainRelay', {
      textDocument: { uri },
      scenario: { client: '203.0.113.5', recipient: 'b@remote.example.net', sender: 'a@example.org' },
    })) as { decision: string; reply: string; steps: Array<{ restriction: string; result: string; line: number }> };
    assert.equal(e.decision, 'reject');
    assert.equal(e.reply, '554 5.7.1 <b@remote.example.net>: Relay access denied');
    assert.deepEqual(e.steps.map((s) => [s.restriction, s.result, s.line]), [
      ['permit_mynetworks', 'dunno', 4],
      ['reject_unauth_destination', 'reject', 4],
    ]);
    assert.equal(await client.connection.sendRequest('postfix/explainRelay', { textDocument: { uri }, scenario: { nonsense: true } }), null);
  } finally {
    await client.stop();
  }
});

test('postfix/relayRecipe returns a workspace edit, and an error for bad input', { skip }, async () => {
  const client = await startClient();
  try {
    const uri = 'file:///tmp/relay2/main.cf';
    const published = client.diagnostics(uri);
    client.open(uri, 'postfix-main', MAIN);
    await published;
    const r = (await client.connection.sendRequest('postfix/relayRecipe', { textDocument: { uri }, recipe: 'allowNetwork', args: { network: '192.0.2.0/24' } })) as {
      edit: { changes: Record<string, Array<{ range: unknown; newText: string }>> };
    };
    assert.deepEqual(r.edit.changes[uri], [{ range: { start: { line: 2, character: 24 }, end: { line: 2, character: 24 } }, newText: ', 192.0.2.0/24' }]);
    const bad = (await client.connection.sendRequest('postfix/relayRecipe', { textDocument: { uri }, recipe: 'allowNetwork', args: { network: '0.0.0.0/0' } })) as { error: string };
    assert.match(bad.error, /open relay/);
  } finally {
    await client.stop();
  }
});

test('code actions: relay recipes on relay parameters, and source.fixAll with the safe fixes', { skip }, async () => {
  const client = await startClient();
  try {
    const uri = 'file:///tmp/relay3/main.cf';
    const published = client.diagnostics(uri);
    client.open(uri, 'postfix-main', `${MAIN}  orphan = 1\nmyhostname = a.example\nmyhostname = b.example\n`);
    const { diagnostics } = await published;
    const actions = (await client.connection.sendRequest('textDocument/codeAction', {
      textDocument: { uri },
      range: { start: { line: 2, character: 0 }, end: { line: 2, character: 0 } },
      context: { diagnostics: [] },
    })) as Array<{ title: string; kind: string; command?: { command: string; arguments: unknown[] }; edit?: { changes: Record<string, unknown[]> } }>;
    const recipes = actions.filter((a) => a.kind === 'refactor.rewrite.postfix.relay');
    assert.deepEqual(recipes.map((a) => a.command?.arguments[1]), ['allowSaslRelay', 'allowNetwork', 'relayDomain', 'smarthost']);
    const all = actions.find((a) => a.kind === 'source.fixAll.postfix');
    assert.ok(all, 'fix all is offered');
    assert.equal(all.edit?.changes[uri].length, diagnostics.filter((d) => d.code === 'duplicate-parameter').length, 'the safe fixes only');
  } finally {
    await client.stop();
  }
});

test('a code lens with the "who may relay" summary sits above each relay setting', { skip }, async () => {
  const client = await startClient();
  try {
    const uri = 'file:///tmp/relay4/main.cf';
    const published = client.diagnostics(uri);
    client.open(uri, 'postfix-main', MAIN);
    await published;
    const lenses = (await client.connection.sendRequest('textDocument/codeLens', { textDocument: { uri } })) as Array<{ range: { start: { line: number } }; command: { title: string; command: string } }>;
    assert.deepEqual(lenses.map((l) => l.range.start.line), [3, 2]);
    // mynetworks holds only loopback here, so no separate mynetworks client is tried.
    assert.equal(lenses[0].command.title, 'May relay: this host (127.0.0.1)');
    assert.equal(lenses[0].command.command, 'postfix.explainRelay');
  } finally {
    await client.stop();
  }
});

test('postfix/relayServices lists the smtpd services of the master.cf beside a main.cf, for the explain command', { skip }, async () => {
  const client = await startClient();
  try {
    const dir = `file:///tmp/relay-services-${process.pid}`;
    const published = client.diagnostics(`${dir}/main.cf`);
    client.open(`${dir}/main.cf`, 'postfix-main', MAIN);
    client.open(
      `${dir}/master.cf`,
      'postfix-master',
      [
        'smtp      inet  n       -       y       -       -       smtpd',
        'pickup    unix  n       -       y       60      1       pickup',
        'submission inet n       -       y       -       -       smtpd',
        '  -o smtpd_relay_restrictions=permit_sasl_authenticated,reject',
        '127.0.0.1:10025 inet n  -       n       -       -       smtpd',
        'smtp      unix  -       -       y       -       -       smtp',
        '',
      ].join('\n'),
    );
    await published;
    const services = (uri: string) => client.connection.sendRequest('postfix/relayServices', { textDocument: { uri } });
    assert.deepEqual(await services(`${dir}/main.cf`), { services: ['smtp', 'submission', '127.0.0.1:10025'] });
    assert.deepEqual(await services(`${dir}/master.cf`), { services: [] }, 'only a main.cf has relay scenarios');
    assert.deepEqual(await services('file:///nowhere/main.cf'), { services: [] });
    // The service picked changes the answer: submission only relays for authenticated clients.
    type Steps = { decision: string; steps: Array<{ parameter: string; restriction: string; line?: number; origin: string }> };
    const explain = (service: string) =>
      client.connection.sendRequest('postfix/explainRelay', {
        textDocument: { uri: `${dir}/main.cf` },
        scenario: { client: '127.0.0.1', recipient: 'b@remote.example.net', service },
      }) as Promise<Steps>;
    const relaySteps = (e: Steps) => e.steps.filter((s) => s.parameter === 'smtpd_relay_restrictions').map((s) => [s.restriction, s.line ?? null, s.origin]);
    const smtp = await explain('smtp');
    assert.equal(smtp.decision, 'accept');
    assert.deepEqual(relaySteps(smtp), [['permit_mynetworks', 4, 'file']]);
    // Each step says where its list comes from: here the service's own -o option, which has no main.cf line.
    const submission = await explain('submission');
    assert.equal(submission.decision, 'reject');
    assert.deepEqual(relaySteps(submission), [
      ['permit_sasl_authenticated', null, 'override'],
      ['reject', null, 'override'],
    ]);
  } finally {
    await client.stop();
  }
});
