/**
 * The relay explainer against the real smtpd: for a table of configurations, Debian's smtpd
 * runs on 127.0.0.1 and answers RCPT TO from loopback clients 127.0.0.x; the explainer must
 * predict the same decision and the same reply, scenario by scenario.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, writeFileSync, readFileSync, existsSync, chmodSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { EffectiveConfig } from '../../server/src/analysis/effectiveConfig';
import { explainRelay, RelayScenario } from '../../server/src/analysis/relay/explain';
import { parseMainCf } from '../../server/src/parser/mainCf';
import { NO_POSTFIX, smtpSession, startPostfix, waitForLog } from './instance';

interface Scenario extends RelayScenario {
  label: string;
}

interface Case {
  name: string;
  mainCf: (files: string) => string;
  files?: Record<string, string>;
  scenarios: Scenario[];
}

const s = (label: string, client: string, recipient: string, extra: Partial<Scenario> = {}): Scenario => ({
  label,
  client,
  recipient,
  helo: 'client.example.org',
  sender: 'alice@example.org',
  ...extra,
});

const BASE = 'compatibility_level = 3.6\nmydestination = mx.test.example, localhost\n';

const CASES: Case[] = [
  {
    name: 'modern defaults with an explicit mynetworks and a relay domain',
    mainCf: () => `${BASE}mynetworks = 127.0.0.1/32\nrelay_domains = relay.example\n`,
    scenarios: [
      s('mynetworks client to a remote domain', '127.0.0.1', 'bob@remote.example.net'),
      s('outside client to a remote domain', '127.0.0.2', 'bob@remote.example.net'),
      s('outside client to a relay domain', '127.0.0.2', 'bob@relay.example'),
      s('outside client to a subdomain of a relay domain', '127.0.0.2', 'bob@sub.relay.example'),
      s('outside client to the local domain', '127.0.0.2', 'root@mx.test.example'),
      s('outside client, percent-routed recipient', '127.0.0.2', 'bob%remote.example.net@relay.example'),
      s('outside client, null sender to a remote domain', '127.0.0.3', 'bob@remote.example.net', { sender: '' }),
    ],
  },
  {
    name: 'classic recipient restrictions with relay_domains_reject_code 550',
    mainCf: () => `${BASE}mynetworks = 127.0.0.0/30\nsmtpd_relay_restrictions =\nsmtpd_recipient_restrictions = permit_mynetworks, reject_unauth_destination\nrelay_domains_reject_code = 550\n`,
    scenarios: [
      s('client inside 127.0.0.0/30', '127.0.0.3', 'bob@remote.example.net'),
      s('client outside 127.0.0.0/30', '127.0.0.4', 'bob@remote.example.net'),
      s('outside client to the local domain', '127.0.0.4', 'root@localhost'),
    ],
  },
  {
    name: 'defer_unauth_destination follows relay_domains_reject_code - 100',
    mainCf: () => `${BASE}mynetworks = 127.0.0.1/32\nrelay_domains_reject_code = 550\n`,
    scenarios: [s('outside client to a remote domain', '127.0.0.5', 'bob@remote.example.net')],
  },
  {
    name: 'access tables: cidr client table, inline sender table, texthash recipient table',
    files: {
      'clients.cidr': '127.0.0.3 REJECT\n127.0.0.4 OK\n127.0.0.5 550 5.7.9 Go away\n127.0.0.6 DEFER\n127.0.0.0/29 DUNNO\n',
      'rcpt': 'blocked@relay.example REJECT No such mailbox here\nrelay.example OK\n',
    },
    mainCf: (dir) =>
      `${BASE}mynetworks = 127.0.0.1/32\nrelay_domains = relay.example\n` +
      `smtpd_client_restrictions = check_client_access cidr:${dir}/clients.cidr\n` +
      'smtpd_sender_restrictions = check_sender_access inline:{ bad@example.org=REJECT, { spam.example = REJECT Spam domain } }\n' +
      `smtpd_recipient_restrictions = check_recipient_access texthash:${dir}/rcpt\n`,
    scenarios: [
      s('client table rejects', '127.0.0.3', 'bob@relay.example'),
      s('client table OK does not open relaying', '127.0.0.4', 'bob@remote.example.net'),
      s('client table answers with its own code and text', '127.0.0.5', 'bob@relay.example'),
      s('client table defers', '127.0.0.6', 'bob@relay.example'),
      s('client table DUNNO, sender listed', '127.0.0.7', 'bob@relay.example', { sender: 'bad@example.org' }),
      s('sender domain with its own text', '127.0.0.7', 'bob@relay.example', { sender: 'eve@spam.example' }),
      s('recipient table rejects with text', '127.0.0.7', 'blocked@relay.example'),
      s('recipient table OK', '127.0.0.7', 'ann@relay.example'),
      s('nothing matches, remote recipient', '127.0.0.7', 'bob@remote.example.net'),
    ],
  },
  {
    name: 'HELO, sender and recipient syntax checks',
    mainCf: () =>
      `${BASE}mynetworks = 127.0.0.1/32\nrelay_domains = relay.example\n` +
      'smtpd_helo_restrictions = reject_invalid_helo_hostname, reject_non_fqdn_helo_hostname\n' +
      'smtpd_sender_restrictions = reject_non_fqdn_sender\n' +
      'smtpd_recipient_restrictions = reject_non_fqdn_recipient\n',
    scenarios: [
      s('HELO without a dot', '127.0.0.2', 'bob@relay.example', { helo: 'laptop' }),
      s('HELO with bad characters', '127.0.0.2', 'bob@relay.example', { helo: 'bad_host!name.example' }),
      s('HELO as an address literal', '127.0.0.2', 'bob@relay.example', { helo: '[127.0.0.2]' }),
      s('sender without a domain dot', '127.0.0.2', 'bob@relay.example', { sender: 'alice@localdomain' }),
      s('recipient without a domain dot', '127.0.0.2', 'bob@relayhost'),
      s('all fine', '127.0.0.2', 'bob@relay.example'),
    ],
  },
  {
    name: 'restriction classes and warn_if_reject',
    mainCf: () =>
      `${BASE}mynetworks = 127.0.0.1/32\nrelay_domains = relay.example\n` +
      'smtpd_restriction_classes = strict\nstrict = reject_non_fqdn_helo_hostname, permit\n' +
      'smtpd_sender_restrictions = check_sender_access inline:{ picky@example.org=strict }, warn_if_reject reject_non_fqdn_sender\n',
    scenarios: [
      s('class applies and rejects the HELO', '127.0.0.2', 'bob@relay.example', { sender: 'picky@example.org', helo: 'laptop' }),
      s('class applies and permits the sender list only', '127.0.0.2', 'bob@remote.example.net', { sender: 'picky@example.org' }),
      s('warn_if_reject only warns', '127.0.0.2', 'bob@relay.example', { sender: 'alice@localdomain' }),
    ],
  },
  {
    name: 'an unknown restriction name',
    mainCf: () => `${BASE}mynetworks = 127.0.0.1/32\nsmtpd_recipient_restrictions = permit_mynetwork\n`,
    scenarios: [s('every recipient gets 451 4.3.5', '127.0.0.2', 'root@mx.test.example'), s('even from mynetworks', '127.0.0.1', 'root@mx.test.example')],
  },
  {
    name: 'an open relay: mynetworks 0.0.0.0/0',
    mainCf: () => `${BASE}mynetworks = 0.0.0.0/0\n`,
    scenarios: [s('any client relays anywhere', '127.0.0.9', 'bob@remote.example.net')],
  },
  {
    name: 'recipient list before relay list, and reject in either stops',
    mainCf: () =>
      `${BASE}mynetworks = 127.0.0.1/32\nsmtpd_relay_before_recipient_restrictions = no\n` +
      'smtpd_recipient_restrictions = check_recipient_access inline:{ vip@remote.example.net=OK, nobody@mx.test.example=REJECT }\n',
    scenarios: [
      s('recipient OK does not skip the relay check', '127.0.0.2', 'vip@remote.example.net'),
      s('recipient list rejects first', '127.0.0.2', 'nobody@mx.test.example'),
      s('mynetworks client, listed remote recipient', '127.0.0.1', 'vip@remote.example.net'),
    ],
  },
  {
    name: 'defer_if_permit and soft_bounce',
    mainCf: () => `${BASE}mynetworks = 127.0.0.1/32\nsoft_bounce = yes\nsmtpd_client_restrictions = check_client_access inline:{ 127.0.0.2=defer_if_permit }\nsmtpd_relay_restrictions = permit_mynetworks, reject_unauth_destination\n`,
    scenarios: [
      s('armed deferral turns an accept into 450', '127.0.0.2', 'root@mx.test.example'),
      s('soft_bounce turns the relay reject into 4xx', '127.0.0.3', 'bob@remote.example.net'),
    ],
  },
];

const total = CASES.reduce((n, c) => n + c.scenarios.length, 0);

test(`the explainer agrees with the real smtpd on ${total} scenarios`, { skip: NO_POSTFIX, timeout: 300000 }, async () => {
  assert.ok(total >= 30, 'the issue asks for at least 30 scenarios');
  const differences: string[] = [];
  for (const c of CASES) {
    const dir = mkdtempSync(join(tmpdir(), 'relaycase-'));
    chmodSync(dir, 0o755);
    for (const [name, text] of Object.entries(c.files ?? {})) writeFileSync(join(dir, name), text);
    const mainCf = c.mainCf(dir);
    const config = new EffectiveConfig(parseMainCf(mainCf));
    const readFile = (path: string) => (existsSync(path) ? readFileSync(path, 'utf8') : undefined);
    const pf = startPostfix(mainCf);
    try {
      await waitForLog(pf, /daemon started/, 5000);
      for (const sc of c.scenarios) {
        const predicted = explainRelay(config, sc, { version: '3.7', readFile });
        const replies = await smtpSession(pf, [`EHLO ${sc.helo}`, `MAIL FROM:<${sc.sender ?? ''}>`, `RCPT TO:<${sc.recipient}>`, 'QUIT'], sc.client);
        const real = replies[3] ?? replies[replies.length - 1] ?? '(no reply)';
        if (predicted.reply !== real) {
          differences.push(`${c.name} / ${sc.label}: smtpd said "${real}", explainer said "${predicted.reply}" (${predicted.decision}; steps: ${predicted.steps.map((st) => `${st.restriction}=${st.result}`).join(', ')})`);
        }
      }
    } finally {
      pf.stop();
    }
  }
  assert.deepEqual(differences, []);
});

test('a master.cf service that overrides the relay restrictions is explained with its -o settings', { skip: NO_POSTFIX, timeout: 120000 }, async () => {
  const mainCf = `${BASE}mynetworks = 127.0.0.1/32\n`;
  const port = 26000 + (process.pid % 500);
  const service = `127.0.0.1:${port}`;
  const masterExtra = `${service} inet n - n - - smtpd -o smtpd_relay_restrictions=reject_unauth_destination`;
  const config = new EffectiveConfig(parseMainCf(mainCf));
  const { serviceOverrides } = await import('../../server/src/analysis/serviceOverrides');
  const { parseMasterCf } = await import('../../server/src/parser/masterCf');
  const overrides = serviceOverrides(parseMasterCf(masterExtra), service);
  assert.ok(overrides);
  const overridden = new EffectiveConfig(parseMainCf(mainCf), overrides);
  const pf = startPostfix(mainCf, masterExtra);
  try {
    await waitForLog(pf, /daemon started/, 5000);
    const scenario = s('mynetworks client, remote recipient', '127.0.0.1', 'bob@remote.example.net');
    const commands = [`EHLO ${scenario.helo}`, `MAIL FROM:<${scenario.sender}>`, `RCPT TO:<${scenario.recipient}>`, 'QUIT'];
    const viaMain = (await smtpSession(pf, commands, scenario.client))[3];
    const viaService = (await smtpSession({ ...pf, port }, commands, scenario.client))[3];
    assert.equal(explainRelay(config, scenario, { version: '3.7' }).reply, viaMain);
    assert.equal(explainRelay(overridden, { ...scenario, service }, { version: '3.7' }).reply, viaService);
    assert.notEqual(viaMain, viaService, 'the override changes the decision');
  } finally {
    pf.stop();
  }
});
