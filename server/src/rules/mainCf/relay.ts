/**
 * Relay control: smtpd's start-up demand for a working relay check, and
 * configurations that let any client relay mail to any destination.
 */
import { Finding, FixData, MainCfContext, MainCfRule } from '../rule';
import { Span } from '../../parser/lines';
import { EntryNode } from '../../parser/mainCf';
import { compareVersions } from '../../knowledge/parameters';
import {
  ListToken,
  RestrictionAnalysis,
  RestrictionItem,
  RELAY_REQUIRED,
  RestrictionList,
  analyzeRestrictions,
  hasRequired,
  listTokens,
  smtpdStarts,
  tokenSpan,
} from '../../analysis/restrictionLists';
import { removeTokenEdit } from './restrictions';
import { coversEverything } from '../../parser/addresses';

/** smtpd_relay_restrictions as compatibility_level 1 and later default it. */
export const MODERN_RELAY_RESTRICTIONS = 'permit_mynetworks, permit_sasl_authenticated, defer_unauth_destination';

function lineBreak(text: string): string {
  return text.includes('\r\n') ? '\r\n' : '\n';
}

/** An edit that appends a new `name = value` line at the end of the document. */
export function appendLineEdit(text: string, line: string): { span: Span; newText: string } {
  const nl = lineBreak(text);
  const prefix = text.length === 0 || text.endsWith('\n') || text.endsWith('\r') ? '' : nl;
  return { span: { start: text.length, end: text.length }, newText: `${prefix}${line}${nl}` };
}

/** An edit that replaces an entry's whole value (also an empty one). */
export function replaceValueEdit(entry: EntryNode, value: string): { span: Span; newText: string } {
  if (entry.value.text !== '') return { span: { start: entry.value.start, end: entry.value.end }, newText: value };
  // Empty value: write after "=" up to the end of the logical line, which holds only blanks.
  return { span: { start: entry.equals + 1, end: entry.end }, newText: ` ${value}` };
}

function listByStage(analysis: RestrictionAnalysis, stage: 'relay' | 'recipient'): RestrictionList {
  const list = analysis.lists.find((l) => l.stage === stage);
  if (!list) throw new Error(`no ${stage} list`);
  return list;
}

/** Whether every word of the list is written literally in one main.cf entry. */
function literalEntry(list: RestrictionList, context: MainCfContext): EntryNode | undefined {
  const entry = context.config.entry(list.param);
  if (!entry || context.config.source(list.param).origin !== 'file') return undefined;
  return list.tokens.every((t) => t.span && t.entry === entry) ? entry : undefined;
}

/** Adds reject_unauth_destination to a literal list: before a top-level permit (which hides what follows), else at the end. */
function addRelayCheckFix(list: RestrictionList, entry: EntryNode, text: string): FixData {
  const permitAt = list.tokens.findIndex((t) => t.text.toLowerCase() === 'permit');
  const permit = permitAt >= 0 ? list.tokens[permitAt] : undefined;
  const title = { en: `Add reject_unauth_destination to ${list.param}`, ja: `${list.param} に reject_unauth_destination を追加する` };
  if (permit?.span) {
    // A relay check written after the permit only needs the permit out of its way.
    const hidden = list.tokens.slice(permitAt + 1).some((t) => (RELAY_REQUIRED as readonly string[]).includes(t.text.toLowerCase()));
    if (hidden) return { title: { en: 'Remove the "permit" that hides the relay check', ja: 'リレーチェックを隠している "permit" を削除する' }, edits: [removeTokenEdit(text, permit.span)] };
    return { title, edits: [{ span: { start: permit.span.start, end: permit.span.start }, newText: 'reject_unauth_destination, ' }] };
  }
  const last = list.tokens[list.tokens.length - 1]?.span;
  if (last) return { title, edits: [{ span: { start: last.end, end: last.end }, newText: ', reject_unauth_destination' }] };
  return { title, edits: [replaceValueEdit(entry, 'reject_unauth_destination')] };
}

export const relayCheckMissing: MainCfRule = {
  id: 'relay-check-missing',
  severity: 'error',
  messages: {
    default: {
      en: 'Neither smtpd_relay_restrictions nor smtpd_recipient_restrictions holds a relay check that smtpd accepts (reject_unauth_destination, defer_unauth_destination, reject, defer or defer_if_permit, not hidden behind a "permit"). smtpd refuses to start: "fatal: in parameter smtpd_relay_restrictions or smtpd_recipient_restrictions, specify at least one working instance of: ...". Add reject_unauth_destination to smtpd_relay_restrictions, after the permit_* entries for your own clients.',
      ja: 'smtpd_relay_restrictions にも smtpd_recipient_restrictions にも、smtpd が認めるリレーチェック (reject_unauth_destination、defer_unauth_destination、reject、defer、defer_if_permit のいずれかで、"permit" の後ろに隠れていないもの) がありません。smtpd は "fatal: in parameter smtpd_relay_restrictions or smtpd_recipient_restrictions, specify at least one working instance of: ..." で起動を拒否します。自組織のクライアント用の permit_* 項目の後に reject_unauth_destination を smtpd_relay_restrictions に追加してください。',
    },
    'level-below-1': {
      en: 'With compatibility_level {0} (below 1) smtpd_relay_restrictions defaults to empty, and smtpd_recipient_restrictions has no relay check either, so smtpd refuses to start: "fatal: in parameter smtpd_relay_restrictions or smtpd_recipient_restrictions, specify at least one working instance of: ...". Set smtpd_relay_restrictions = permit_mynetworks, permit_sasl_authenticated, defer_unauth_destination (the default from compatibility_level 1 on), or set compatibility_level to the release you run.',
      ja: 'compatibility_level が {0} (1 未満) のため smtpd_relay_restrictions の既定値は空で、smtpd_recipient_restrictions にもリレーチェックがありません。smtpd は "fatal: in parameter smtpd_relay_restrictions or smtpd_recipient_restrictions, specify at least one working instance of: ..." で起動を拒否します。smtpd_relay_restrictions = permit_mynetworks, permit_sasl_authenticated, defer_unauth_destination (compatibility_level 1 以降の既定値) を設定するか、compatibility_level を使用中のリリースに合わせてください。',
    },
  },
  check(context) {
    const { config, version, doc } = context;
    const analysis = analyzeRestrictions(config, version);
    const relay = listByStage(analysis, 'relay');
    const rcpt = listByStage(analysis, 'recipient');
    if (hasRequired(relay.tokens, analysis.classes) || hasRequired(rcpt.tokens, analysis.classes)) return [];

    const relayEntry = config.source(relay.param).origin === 'file' ? config.entry(relay.param) : undefined;
    const rcptEntry = config.source(rcpt.param).origin === 'file' ? config.entry(rcpt.param) : undefined;
    const level = config.compatibilityLevel;
    // With neither list in the file, the first setting carries the finding, so that it can be seen.
    const anchor = relayEntry ?? rcptEntry ?? config.entry('compatibility_level') ?? context.doc.entries[0];
    const span: Span = anchor ? anchor.nameSpan : { start: 0, end: 0 };

    const fixes: FixData[] = [];
    const setDefault: FixData['title'] = {
      en: `Set smtpd_relay_restrictions = ${MODERN_RELAY_RESTRICTIONS}`,
      ja: `smtpd_relay_restrictions = ${MODERN_RELAY_RESTRICTIONS} を設定する`,
    };
    if (relay.tokens.length === 0) {
      fixes.push({
        title: setDefault,
        edits: [relayEntry ? replaceValueEdit(relayEntry, MODERN_RELAY_RESTRICTIONS) : appendLineEdit(doc.text, `smtpd_relay_restrictions = ${MODERN_RELAY_RESTRICTIONS}`)],
      });
    } else {
      const literal = literalEntry(relay, context) ? relay : literalEntry(rcpt, context) && rcpt.tokens.length ? rcpt : undefined;
      const entry = literal && literalEntry(literal, context);
      if (literal && entry) fixes.push(addRelayCheckFix(literal, entry, doc.text));
    }
    const levelBelow1 = !relayEntry && relay.tokens.length === 0 && compareVersions(level, '1') < 0;
    return [{ span, variant: levelBelow1 ? 'level-below-1' : undefined, args: [level], fixes }];
  },
};

// ---------------------------------------------------------------------------
// Open relay

type Outcome = 'ok' | 'block' | 'dunno' | 'unknown';

interface Culprit {
  kind: 'permit' | 'mynetworks' | 'static';
  item: RestrictionItem;
  list: RestrictionList;
  /** For 'mynetworks': the mynetworks word that covers every address. */
  network?: ListToken;
}

interface Verdict {
  outcome: Outcome;
  culprit?: Culprit;
}

interface RelayWorld {
  analysis: RestrictionAnalysis;
  /** The mynetworks word that makes every client of an enabled address family trusted. */
  everyone?: ListToken;
  delayReject: boolean;
}

/** What a `static:` access table answers; other tables are taken to have no entry for an ordinary client. */
function staticOutcome(table: string): Outcome {
  const m = /^static:(.*)$/is.exec(table.trim());
  if (!m) return 'dunno';
  let value = m[1].trim();
  if (value.startsWith('{') && value.endsWith('}')) value = value.slice(1, -1).trim();
  const action = (value.split(/\s+/)[0] ?? '').toUpperCase();
  if (action === 'OK' || /^\d+$/.test(action)) return 'ok';
  if (/^(REJECT|DEFER|DEFER_IF_PERMIT|[45]\d\d)$/.test(action)) return 'block';
  if (action === 'DUNNO') return 'dunno';
  return 'unknown';
}

/**
 * How a list ends for an ordinary outside client (any address, no SASL login, no client
 * certificate, listed in no table or DNS list) sending to a remote domain. `stage` is the
 * list's stage; recipient checks act in the client, HELO and sender lists only when
 * smtpd_delay_reject runs those lists at RCPT time.
 */
function evaluate(list: RestrictionList, world: RelayWorld, recipientKnown: boolean, depth = 0): Verdict {
  if (depth > 20) return { outcome: 'unknown' };
  for (const item of list.items) {
    let outcome: Outcome = 'dunno';
    let culprit: Culprit | undefined;
    switch (item.kind) {
      case 'warn':
        continue;
      case 'unknown':
        // smtpd answers 451 4.3.5 to everyone who reaches it (also under warn_if_reject).
        return { outcome: 'block' };
      case 'table': {
        outcome = staticOutcome(item.token.text);
        if (outcome === 'ok') culprit = { kind: 'static', item, list };
        break;
      }
      case 'class': {
        const cls = world.analysis.classes.get(item.name);
        if (!cls) break;
        const inner = evaluate(cls, world, recipientKnown, depth + 1);
        outcome = inner.outcome;
        culprit = inner.culprit;
        break;
      }
      case 'builtin': {
        if (item.badArgument) return { outcome: 'block' };
        switch (item.name) {
          case 'permit':
            outcome = 'ok';
            culprit = { kind: 'permit', item, list };
            break;
          case 'permit_mynetworks':
            if (world.everyone) {
              outcome = 'ok';
              culprit = { kind: 'mynetworks', item, list, network: world.everyone };
            }
            break;
          case 'reject':
          case 'defer':
          case 'defer_if_permit':
            outcome = 'block';
            break;
          case 'reject_unauth_destination':
          case 'defer_unauth_destination':
          case 'check_relay_domains':
            if (recipientKnown) outcome = 'block';
            break;
          case 'check_policy_service':
          case 'reject_plaintext_session':
            outcome = 'unknown';
            break;
          default:
            if (item.info?.argument === 'table' && item.argument && item.name !== 'check_etrn_access') {
              outcome = staticOutcome(item.argument.text);
              if (outcome === 'ok') culprit = { kind: 'static', item, list };
            }
        }
        break;
      }
    }
    // warn_if_reject turns a reject of the next restriction into a warning.
    if (item.warned && outcome === 'block') outcome = 'dunno';
    if (outcome !== 'dunno') return { outcome, culprit };
  }
  return { outcome: 'dunno' };
}

/** Whether inet_interfaces binds only loopback addresses, so no outside client can connect. */
function loopbackOnly(context: MainCfContext): boolean {
  const words = listTokens(context.config, 'inet_interfaces').map((t) => t.text.toLowerCase());
  if (words.length === 0) return false;
  return words.every((w) => w === 'loopback-only' || w === 'localhost' || /^127\.\d+\.\d+\.\d+$/.test(w) || w === '::1' || w === '[::1]');
}

/** The first mynetworks word that covers every address of an enabled family, unless a negation comes first. */
function everyoneNetwork(context: MainCfContext): ListToken | undefined {
  const protocols = context.config.expand('inet_protocols').value.toLowerCase();
  const v4 = /\b(all|ipv4)\b/.test(protocols);
  const v6 = /\b(all|ipv6)\b/.test(protocols);
  for (const token of listTokens(context.config, 'mynetworks')) {
    if (token.text.startsWith('!')) return undefined;
    const family = coversEverything(token.text);
    if ((family === 4 && v4) || (family === 6 && v6)) return token;
  }
  return undefined;
}

/** The culprits that let an ordinary outside client relay, or none when that is not certain. */
export function openRelayCulprits(context: MainCfContext): Culprit[] {
  const analysis = analyzeRestrictions(context.config, context.version);
  if (!smtpdStarts(analysis) || loopbackOnly(context)) return [];
  const world: RelayWorld = { analysis, everyone: everyoneNetwork(context), delayReject: analysis.delayReject };
  for (const list of analysis.lists) {
    if (list.stage !== 'client' && list.stage !== 'helo' && list.stage !== 'sender') continue;
    const verdict = evaluate(list, world, world.delayReject);
    if (verdict.outcome === 'block' || verdict.outcome === 'unknown') return [];
  }
  const culprits: Culprit[] = [];
  for (const stage of ['relay', 'recipient'] as const) {
    const verdict = evaluate(listByStage(analysis, stage), world, true);
    if (verdict.outcome === 'block' || verdict.outcome === 'unknown') return [];
    if (verdict.culprit) culprits.push(verdict.culprit);
  }
  return culprits;
}

/** Loopback in place of an everything-network, in the same notation family. */
function loopbackFor(word: string): string {
  const negated = word.startsWith('!') ? '!' : '';
  return coversEverything(word) === 6 ? `${negated}[::1]/128` : `${negated}127.0.0.1/32`;
}

export const openRelay: MainCfRule = {
  id: 'open-relay',
  severity: 'error',
  messages: {
    default: {
      en: 'Open relay: "{0}" in mynetworks covers every IPv{1} address, and permit_mynetworks in {2} accepts the client before any relay check, while no other restriction list stops an outside client. Anyone on the Internet can send mail through this server to any destination. List only the networks you trust in mynetworks (for example 127.0.0.1/32).',
      ja: 'オープンリレーです: mynetworks の "{0}" はすべての IPv{1} アドレスを含み、{2} の permit_mynetworks がリレーチェックより前にクライアントを許可します。外部クライアントを止める制限リストも他にありません。インターネット上の誰もがこのサーバー経由で任意の宛先にメールを送れます。mynetworks には信頼するネットワークだけ (例: 127.0.0.1/32) を書いてください。',
    },
    permit: {
      en: 'Open relay: "permit" in {0} accepts every client before the relay check runs, and no other restriction list stops an outside client, so anyone can send mail through this server to any destination. Remove it, or put the relay check (reject_unauth_destination) in front of it.',
      ja: 'オープンリレーです: {0} の "permit" がリレーチェックより前にすべてのクライアントを許可し、外部クライアントを止める制限リストも他にないため、誰でもこのサーバー経由で任意の宛先にメールを送れます。削除するか、リレーチェック (reject_unauth_destination) をその前に置いてください。',
    },
    static: {
      en: 'Open relay: "{0}" in {1} answers OK for every client before the relay check runs, and no other restriction list stops an outside client, so anyone can send mail through this server to any destination. Remove it, or put the relay check (reject_unauth_destination) in front of it.',
      ja: 'オープンリレーです: {1} の "{0}" はリレーチェックより前にすべてのクライアントに OK を返し、外部クライアントを止める制限リストも他にないため、誰でもこのサーバー経由で任意の宛先にメールを送れます。削除するか、リレーチェック (reject_unauth_destination) をその前に置いてください。',
    },
  },
  check(context) {
    const findings: Finding[] = [];
    const seen = new Set<string>();
    const text = context.doc.text;
    for (const culprit of openRelayCulprits(context)) {
      const listName = culprit.list.param;
      let finding: Finding | undefined;
      if (culprit.kind === 'mynetworks' && culprit.network) {
        const net = culprit.network;
        const span = tokenSpan(net) ?? tokenSpan(culprit.item.token);
        if (!span) continue;
        const replacement = loopbackFor(net.text);
        const itemSpan = tokenSpan(culprit.item.token);
        finding = {
          span,
          args: [net.text, String(coversEverything(net.text)), listName],
          related: itemSpan ? [{ span: itemSpan, message: { en: 'permit_mynetworks accepts the client here', ja: 'ここで permit_mynetworks がクライアントを許可します' } }] : undefined,
          fixes: net.span
            ? [{ title: { en: `Replace "${net.text}" with ${replacement}`, ja: `"${net.text}" を ${replacement} に置き換える` }, edits: [{ span: net.span, newText: replacement }] }]
            : undefined,
        };
      } else if (culprit.kind === 'permit') {
        const token = culprit.item.token;
        const span = tokenSpan(token);
        if (!span) continue;
        // Removing the only word of a class would leave it undefined, which stops smtpd.
        const removable = token.span && !(culprit.list.isClass && culprit.list.tokens.length === 1);
        finding = {
          span,
          variant: 'permit',
          args: [listName],
          fixes: removable && token.span ? [{ title: { en: 'Remove "permit"', ja: '"permit" を削除する' }, edits: [removeTokenEdit(text, token.span)] }] : undefined,
        };
      } else {
        const token = culprit.item.argument ?? culprit.item.token;
        const span = tokenSpan(culprit.item.token);
        if (!span) continue;
        const words = culprit.item.argument ? `${culprit.item.token.text} ${token.text}` : token.text;
        const end = tokenSpan(token);
        finding = { span: end && end.start >= span.start ? { start: span.start, end: end.end } : span, variant: 'static', args: [words, listName] };
      }
      const key = `${finding.span.start}:${finding.span.end}`;
      if (seen.has(key)) continue;
      seen.add(key);
      findings.push(finding);
    }
    return findings;
  },
};

export const RELAY_RULES: readonly MainCfRule[] = [relayCheckMissing, openRelay];

/** Exposed for tests: does the configuration let an outside client relay? */
export function isOpenRelay(context: MainCfContext): boolean {
  return openRelayCulprits(context).length > 0;
}

/** Exposed for tests: does smtpd start with this configuration (as far as restrictions go)? */
export function startsWithRelayCheck(context: MainCfContext): boolean {
  return smtpdStarts(analyzeRestrictions(context.config, context.version));
}

