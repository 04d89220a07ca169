/**
 * postfix-lint relay: what smtpd would answer at RCPT TO for one scenario.
 * Usage: postfix-lint relay --config DIR --client ADDR [--client-name NAME] [--helo NAME]
 *        [--sender ADDR] --recipient ADDR [--sasl-user USER] [--format text|json] [--postfix-version V]
 */
import { existsSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { parseMasterCf } from '../parser/masterCf';
import { serviceOverrides } from '../analysis/serviceOverrides';
import { EffectiveConfig } from '../analysis/effectiveConfig';
import { RelayExplanation, explainRelay } from '../analysis/relay/explain';
import { catalogVersion } from '../knowledge/parameters';
import { parseMainCf } from '../parser/mainCf';
import { parseAddress } from '../analysis/relay/matching';

export const RELAY_USAGE = `Usage: postfix-lint relay --config DIR --client ADDR [--client-name NAME] [--helo NAME]
                          [--sender ADDR] --recipient ADDR [--sasl-user USER]
                          [--service NAME] [--format text|json] [--postfix-version V]

--service names the master.cf smtpd service that receives the mail (e.g. submission):
its -o settings override main.cf, as they do for that service.

Explains what smtpd decides at RCPT TO for this client and recipient, with the reply it sends.
Exit status: 0 accept, 1 reject or defer, 3 smtpd would not start, 2 bad usage.`;

/** Files the explainer may read: tables named in the configuration, up to a sane size. */
function readFileForTables(path: string): string | undefined {
  try {
    if (!existsSync(path) || statSync(path).size > 16 * 1024 * 1024) return undefined;
    return readFileSync(path, 'utf8');
  } catch {
    return undefined;
  }
}

export function formatExplanationText(e: RelayExplanation): string {
  const lines = [`decision: ${e.decision}`, `reply:    ${e.reply}`, 'steps:'];
  for (const s of e.steps) {
    lines.push(`  ${s.parameter}${s.line ? ` (line ${s.line})` : s.origin === 'override' ? ' (master.cf -o)' : ''}: ${s.restriction} -> ${s.result}${s.note ? `  [${s.note}]` : ''}`);
  }
  if (e.alternatives.length) {
    lines.push('depends on:');
    for (const a of e.alternatives) lines.push(`  if ${a.condition}: ${a.decision} (${a.reply})`);
  }
  return lines.join('\n');
}

export function relayMain(argv: string[], out: (s: string) => void, err: (s: string) => void): number {
  const opts: Record<string, string> = {};
  const known = new Set(['--config', '--client', '--client-name', '--helo', '--sender', '--recipient', '--sasl-user', '--service', '--format', '--postfix-version']);
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    if (arg === '-h' || arg === '--help') {
      out(RELAY_USAGE);
      return 0;
    }
    if (!known.has(arg)) {
      err(`postfix-lint relay: unknown argument ${arg}\n${RELAY_USAGE}`);
      return 2;
    }
    const value = argv[++i];
    if (value === undefined) {
      err(`postfix-lint relay: ${arg} needs a value\n${RELAY_USAGE}`);
      return 2;
    }
    opts[arg.slice(2)] = value;
  }
  const missing = ['config', 'client', 'recipient'].filter((k) => opts[k] === undefined);
  if (missing.length) {
    err(`postfix-lint relay: missing ${missing.map((m) => `--${m}`).join(', ')}\n${RELAY_USAGE}`);
    return 2;
  }
  const format = opts.format ?? 'text';
  if (format !== 'text' && format !== 'json') {
    err(`postfix-lint relay: unknown format "${format}" (use text or json)`);
    return 2;
  }
  if (!parseAddress(opts.client)) {
    err(`postfix-lint relay: "${opts.client}" is not an IP address`);
    return 2;
  }
  const dir = resolve(opts.config);
  const mainPath = existsSync(dir) && statSync(dir).isDirectory() ? join(dir, 'main.cf') : dir;
  const text = readFileForTables(mainPath);
  if (text === undefined) {
    err(`postfix-lint relay: cannot read ${mainPath}`);
    return 2;
  }
  let overrides: Map<string, string> | undefined;
  if (opts.service !== undefined) {
    const masterText = readFileForTables(join(dirname(mainPath), 'master.cf'));
    overrides = masterText === undefined ? undefined : serviceOverrides(parseMasterCf(masterText), opts.service);
    if (!overrides) {
      err(`postfix-lint relay: no smtpd service "${opts.service}" in ${join(dirname(mainPath), 'master.cf')}`);
      return 2;
    }
  }
  const config = new EffectiveConfig(parseMainCf(text), overrides);
  const explanation = explainRelay(
    config,
    {
      client: opts.client,
      clientName: opts['client-name'],
      helo: opts.helo,
      sender: opts.sender,
      recipient: opts.recipient,
      saslUser: opts['sasl-user'],
    },
    { version: catalogVersion(opts['postfix-version']), readFile: readFileForTables },
  );
  if (format === 'json') {
    out(
      JSON.stringify(
        {
          decision: explanation.decision,
          reply: explanation.reply,
          steps: explanation.steps.map((s) => ({ parameter: s.parameter, restriction: s.restriction, result: s.result, line: s.line ?? null, origin: s.origin, note: s.note ?? null })),
          alternatives: explanation.alternatives,
        },
        null,
        2,
      ),
    );
  } else out(formatExplanationText(explanation));
  return explanation.decision === 'accept' ? 0 : explanation.decision === 'config-error' ? 3 : 1;
}
