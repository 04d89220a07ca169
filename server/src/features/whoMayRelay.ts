/**
 * "Who may relay": the relay explainer run over the standard scenarios, for the
 * hover of the relay settings and the code lens above them.
 */
import { Locale, Localized, pick } from '../i18n/locale';
import { EffectiveConfig } from '../analysis/effectiveConfig';
import { Decision, RelayScenario, explainRelay } from '../analysis/relay/explain';
import { FileReader, cidrContains } from '../analysis/relay/matching';
import { splitItems } from '../parser/values';
import { inlineCode } from './markdown';

export interface RelayRow {
  who: Localized;
  to: Localized;
  decision: Decision;
  reply: string;
  /** The answer depends on DNS, a database or the host (see the explainer's alternatives). */
  uncertain: boolean;
}

/**
 * Addresses from the documentation range, so that no real network is named, and a
 * recipient under the reserved .invalid TLD, which no configuration can list as its own.
 */
const OUTSIDE_CLIENT = '203.0.113.7';
const REMOTE_RECIPIENT = 'someone@elsewhere.invalid';

/** An address inside the first non-loopback IPv4 network of mynetworks, if it names one. */
function mynetworksSample(config: EffectiveConfig): string | undefined {
  for (const item of splitItems(config.expand('mynetworks').value)) {
    const m = /^(\d+)\.(\d+)\.(\d+)\.(\d+)(?:\/(\d+))?$/.exec(item.text);
    if (!m || m[1] === '127') continue;
    const base = [Number(m[1]), Number(m[2]), Number(m[3]), Number(m[4])];
    const prefix = m[5] === undefined ? 32 : Number(m[5]);
    const candidate = prefix >= 31 ? base.join('.') : [base[0], base[1], base[2], base[3] + 1].join('.');
    if (cidrContains(item.text, candidate)) return candidate;
  }
  return undefined;
}

/** The first plain domain of a domain list, skipping $references, tables and negations. */
function firstDomain(config: EffectiveConfig, name: string): string | undefined {
  const item = splitItems(config.expand(name).value).find((i) => /^[A-Za-z0-9-]+(\.[A-Za-z0-9-]+)+$/.test(i.text));
  return item?.text.toLowerCase();
}

export function whoMayRelay(config: EffectiveConfig, version: string, readFile?: FileReader): RelayRow[] {
  const rows: RelayRow[] = [];
  const run = (who: Localized, to: Localized, scenario: RelayScenario) => {
    const e = explainRelay(config, { helo: 'client.example.org', sender: 'sender@example.org', ...scenario }, { version, readFile });
    rows.push({ who, to, decision: e.decision, reply: e.reply, uncertain: e.alternatives.length > 0 || e.steps.some((s) => s.result === 'depends') });
  };
  const other: Localized = { en: 'another domain', ja: '他のドメイン' };
  run({ en: 'this host (127.0.0.1)', ja: 'このホスト (127.0.0.1)' }, other, { client: '127.0.0.1', recipient: REMOTE_RECIPIENT });
  const inside = mynetworksSample(config);
  if (inside) run({ en: `a mynetworks client (${inside})`, ja: `mynetworks のクライアント (${inside})` }, other, { client: inside, recipient: REMOTE_RECIPIENT });
  run({ en: 'an outside client', ja: '外部クライアント' }, other, { client: OUTSIDE_CLIENT, recipient: REMOTE_RECIPIENT });
  run({ en: 'an outside client with SASL login', ja: 'SASL 認証済みの外部クライアント' }, other, { client: OUTSIDE_CLIENT, recipient: REMOTE_RECIPIENT, saslUser: 'user' });
  const local = firstDomain(config, 'mydestination');
  if (local) run({ en: 'an outside client', ja: '外部クライアント' }, { en: `a local domain (${local})`, ja: `ローカルドメイン (${local})` }, { client: OUTSIDE_CLIENT, recipient: `postmaster@${local}` });
  const relay = firstDomain(config, 'relay_domains');
  if (relay) run({ en: 'an outside client', ja: '外部クライアント' }, { en: `a relay domain (${relay})`, ja: `リレードメイン (${relay})` }, { client: OUTSIDE_CLIENT, recipient: `someone@${relay}` });
  return rows;
}

const MARKS: Record<Decision, string> = { accept: '✅', reject: '⛔', defer: '⏸️', 'config-error': '💥' };
const DECISIONS: Record<Decision, Localized> = {
  accept: { en: 'accepted', ja: '受理' },
  reject: { en: 'rejected', ja: '拒否' },
  defer: { en: 'deferred', ja: '一時拒否' },
  'config-error': { en: 'smtpd does not start', ja: 'smtpd が起動しない' },
};

/** A Markdown table of the rows; every text that comes from the configuration is in a code span. */
export function whoMayRelayMarkdown(rows: readonly RelayRow[], locale: Locale): string {
  const head = locale === 'ja' ? '| 送信元 | 宛先 | 結果 | 応答 |\n|---|---|---|---|' : '| From | To | Result | Reply |\n|---|---|---|---|';
  const cell = (text: string) => text.replace(/\|/g, '\\|');
  const body = rows.map(
    (r) => `| ${cell(pick(r.who, locale))} | ${cell(pick(r.to, locale))} | ${MARKS[r.decision]} ${pick(DECISIONS[r.decision], locale)}${r.uncertain ? ' (?)' : ''} | ${cell(inlineCode(r.reply))} |`,
  );
  const title = locale === 'ja' ? '**誰がリレーできるか** (リレー判定エンジンによる)' : '**Who may relay** (computed by the relay explainer)';
  return [title, '', head, ...body].join('\n');
}

/** The one-line summary for the code lens. */
export function whoMayRelaySummary(rows: readonly RelayRow[], locale: Locale): string {
  const relaying = rows.filter((r) => pick(r.to, 'en') === 'another domain' && r.decision === 'accept').map((r) => pick(r.who, locale));
  const open = rows.some((r) => pick(r.who, 'en') === 'an outside client' && pick(r.to, 'en') === 'another domain' && r.decision === 'accept');
  if (open) return locale === 'ja' ? '⚠ オープンリレー: 外部クライアントが任意のドメインへリレーできます' : '⚠ Open relay: outside clients can relay to any domain';
  if (rows.some((r) => r.decision === 'config-error')) return locale === 'ja' ? '💥 この設定では smtpd が起動しません' : '💥 smtpd will not start with this configuration';
  if (!relaying.length) return locale === 'ja' ? '誰もリレーできません' : 'Nobody may relay';
  return locale === 'ja' ? `リレー可: ${relaying.join('、')}` : `May relay: ${relaying.join(', ')}`;
}
