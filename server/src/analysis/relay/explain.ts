/**
 * The relay explainer: what smtpd decides at RCPT TO for one scenario (client,
 * SASL login, HELO, sender, recipient), step by step, with the reply it would send.
 *
 * It follows smtpd_check.c: with smtpd_delay_reject = yes the client, HELO and
 * sender lists run at RCPT time; then the relay and recipient lists in the order
 * smtpd_relay_before_recipient_restrictions gives. In each list the first
 * restriction that permits ends that list only; a reject or defer ends everything.
 * Steps that depend on DNS, a policy server or a database are reported as such,
 * with the outcome each way.
 */
import { Localized } from '../../i18n/locale';
import { EffectiveConfig, SettingSource } from '../effectiveConfig';
import { ListStage, RestrictionItem, RestrictionList, analyzeRestrictions, isYes, parseItems, smtpdStarts } from '../restrictionLists';
import { restrictionDocs, ReplySpec } from '../../knowledge/restrictionDocs';
import { lineNumberAt } from '../../parser/lines';
import { FileReader, MatchOutcome, TableLookup, matchDomainList, matchNetworkList, parseAddress, parentMatches } from './matching';
import { splitItems } from '../../parser/values';

export interface RelayScenario {
  /** The client IP address. */
  client: string;
  /** The client's verified hostname; "unknown" when it has none (the default). */
  clientName?: string;
  helo?: string;
  /** The envelope sender; empty for the null sender <>. */
  sender?: string;
  recipient: string;
  /** The SASL login name, when the client authenticated. */
  saslUser?: string;
  /** The master.cf smtpd service that receives the mail (e.g. "submission"): its -o settings apply. */
  service?: string;
}

export type Decision = 'accept' | 'reject' | 'defer' | 'config-error';
export type StepResult = 'permit' | 'reject' | 'defer' | 'dunno' | 'defer_if_permit' | 'defer_if_reject' | 'warn' | 'depends';

export interface RelayStep {
  parameter: string;
  restriction: string;
  result: StepResult;
  /** One-based line in main.cf where the restriction is written, when it is. */
  line?: number;
  /** Where the list's value comes from: main.cf, a master.cf -o option of the service, or Postfix's default. */
  origin: 'file' | 'override' | 'default';
  note?: string;
}

export interface Alternative {
  /** What would have to be true (e.g. "reject_rbl_client zen.spamhaus.org lists the client"). */
  condition: string;
  decision: Decision;
  reply: string;
}

export interface RelayExplanation {
  decision: Decision;
  reply: string;
  steps: RelayStep[];
  /** Outcomes if the steps that depend on DNS, databases or services went the other way. */
  alternatives: Alternative[];
}

export interface ExplainOptions {
  version: string;
  readFile?: FileReader;
}

type Verdict = { kind: 'permit' } | { kind: 'reject' | 'defer'; reply: string } | { kind: 'dunno' };

interface Run {
  steps: RelayStep[];
  /** Dependent steps met so far, by key, in order. */
  dependent: Array<{ key: string; condition: string }>;
  assume: ReadonlySet<string>;
  deferIfPermit?: string;
  deferIfReject?: string;
}

const LIST_REPLY_CLASS: Record<ListStage, string> = {
  client: 'Client host',
  helo: 'Helo command',
  sender: 'Sender address',
  relay: 'Recipient address',
  recipient: 'Recipient address',
  etrn: 'Etrn command',
  data: 'Data command',
  end_of_data: 'End-of-data',
};

const ACCESS_SUBJECT: Record<string, 'client' | 'helo' | 'sender' | 'recipient' | 'reverse' | 'sasl'> = {
  check_client_access: 'client',
  check_reverse_client_hostname_access: 'reverse',
  check_helo_access: 'helo',
  check_sender_access: 'sender',
  check_recipient_access: 'recipient',
  check_sasl_access: 'sasl',
};

const DEFAULT_CHECK: Partial<Record<ListStage, string>> = {
  client: 'check_client_access',
  helo: 'check_helo_access',
  sender: 'check_sender_access',
  relay: 'check_recipient_access',
  recipient: 'check_recipient_access',
};

export class RelayExplainer {
  private readonly tables: TableLookup;
  private readonly readFile: FileReader;

  constructor(
    private readonly config: EffectiveConfig,
    private readonly options: ExplainOptions,
  ) {
    this.readFile = options.readFile ?? (() => undefined);
    this.tables = new TableLookup(this.readFile);
  }

  explain(scenario: RelayScenario): RelayExplanation {
    const analysis = analyzeRestrictions(this.config, this.options.version);
    if (!smtpdStarts(analysis)) {
      const undefinedClass = analysis.declarations.find((d) => !d.defined);
      const reply = undefinedClass
        ? `smtpd refuses to start: restriction class "${undefinedClass.name}" needs a definition`
        : 'smtpd refuses to start: in parameter smtpd_relay_restrictions or smtpd_recipient_restrictions, specify at least one working instance of: reject_unauth_destination, defer_unauth_destination, reject, defer, defer_if_permit or check_relay_domains';
      return { decision: 'config-error', reply, steps: [], alternatives: [] };
    }
    const main = this.run(scenario, analysis.lists, analysis.classes, new Set());
    const alternatives: Alternative[] = [];
    // Each dependent step, taken the other way on its own, may change the outcome.
    for (const dep of main.run.dependent.slice(0, 8)) {
      const other = this.run(scenario, analysis.lists, analysis.classes, new Set([dep.key]));
      if (other.decision !== main.decision || other.reply !== main.reply) {
        alternatives.push({ condition: dep.condition, decision: other.decision, reply: other.reply });
      }
    }
    return { decision: main.decision, reply: main.reply, steps: main.run.steps, alternatives };
  }

  private run(scenario: RelayScenario, lists: RestrictionList[], classes: Map<string, RestrictionList>, assume: ReadonlySet<string>) {
    const run: Run = { steps: [], dependent: [], assume };
    const finish = (decision: Decision, reply: string) => ({ decision, reply, run });
    const byStage = (stage: ListStage) => lists.find((l) => l.stage === stage)!;
    const delay = isYes(this.config.expand('smtpd_delay_reject').value);
    const relayFirst = isYes(this.config.expand('smtpd_relay_before_recipient_restrictions').value);
    const order: ListStage[] = ['client', 'helo', 'sender', ...(relayFirst ? (['relay', 'recipient'] as const) : (['recipient', 'relay'] as const))];
    for (const stage of order) {
      const list = byStage(stage);
      const verdict = this.evalList(list, stage, scenario, classes, run, 0);
      if (verdict.kind === 'reject' || verdict.kind === 'defer') {
        let reply = verdict.reply;
        if (verdict.kind === 'reject' && run.deferIfReject) reply = run.deferIfReject;
        const when = !delay && (stage === 'client' || stage === 'helo' || stage === 'sender') ? ` (sent at ${stage === 'client' ? 'connect' : stage === 'helo' ? 'HELO' : 'MAIL FROM'}, since smtpd_delay_reject = no)` : '';
        return finish(reply.startsWith('4') ? 'defer' : 'reject', reply + when);
      }
    }
    if (run.deferIfPermit) return finish('defer', run.deferIfPermit);
    return finish('accept', '250 2.1.5 Ok');
  }

  /** generic_checks(): walks one list; a permit ends the list, a reject or defer ends the decision. */
  private evalList(list: RestrictionList, stage: ListStage, scenario: RelayScenario, classes: Map<string, RestrictionList>, run: Run, depth: number): Verdict {
    const parameter = list.param;
    for (let i = 0; i < list.items.length; i++) {
      const item = list.items[i];
      if (item.kind === 'warn') continue;
      const step = (result: StepResult, note?: string) => this.step(run, parameter, item, result, note);
      let verdict = this.evalItem(item, list, stage, scenario, classes, run, depth, step);
      if (i > 0 && list.items[i - 1].kind === 'warn' && (verdict.kind === 'reject' || verdict.kind === 'defer')) {
        step('warn', `warn_if_reject: smtpd only logs "${verdict.reply}"`);
        verdict = { kind: 'dunno' };
      }
      if (verdict.kind !== 'dunno') return verdict;
    }
    return { kind: 'dunno' };
  }

  private step(run: Run, parameter: string, item: RestrictionItem, result: StepResult, note?: string): void {
    const span = item.token.span ?? item.token.via;
    run.steps.push({
      parameter,
      restriction: item.argument ? `${item.token.text} ${item.argument.text}` : item.token.text,
      result,
      line: span ? lineNumberAt(this.config.doc.text, span.start) : undefined,
      origin: stepOrigin(this.config.source(parameter).origin),
      note,
    });
  }

  /** A step whose outcome the configuration alone cannot decide: no match unless assumed otherwise. */
  private depends(run: Run, key: string, condition: string): boolean {
    if (!run.dependent.some((d) => d.key === key)) run.dependent.push({ key, condition });
    return run.assume.has(key);
  }

  private evalItem(
    item: RestrictionItem,
    list: RestrictionList,
    stage: ListStage,
    s: RelayScenario,
    classes: Map<string, RestrictionList>,
    run: Run,
    depth: number,
    step: (result: StepResult, note?: string) => void,
  ): Verdict {
    const name = item.name;
    const reply = (restriction: string) => this.reply(restriction, stage, s);
    const outcome = (verdict: Verdict, note?: string): Verdict => {
      step(verdict.kind === 'permit' ? 'permit' : verdict.kind === 'dunno' ? 'dunno' : verdict.kind, note);
      return verdict;
    };
    const dependent = (key: string, condition: string, whenTrue: Verdict, note: string): Verdict => {
      const assumed = this.depends(run, key, condition);
      if (assumed) return outcome(whenTrue, `assumed: ${condition}`);
      step('depends', note);
      return { kind: 'dunno' };
    };
    switch (item.kind) {
      case 'unknown':
        return outcome({ kind: 'defer', reply: '451 4.3.5 Server configuration error' }, `smtpd does not know "${item.token.text}"`);
      case 'class': {
        const cls = classes.get(item.token.text);
        if (!cls || depth > 20) return outcome({ kind: 'dunno' });
        step('dunno', `runs restriction class ${item.token.text}`);
        return this.evalList(cls, stage, s, classes, run, depth + 1);
      }
      case 'table': {
        const check = list.defaultCheck ?? DEFAULT_CHECK[stage];
        if (!check) return outcome({ kind: 'defer', reply: '451 4.3.5 Server configuration error' });
        return this.access(check, item.token.text, item, stage, s, classes, run, depth, step);
      }
      case 'warn':
        return { kind: 'dunno' };
    }
    if (item.badArgument) return outcome({ kind: 'defer', reply: '451 4.3.5 Server configuration error' }, 'missing or unusable argument');
    if (name in ACCESS_SUBJECT && item.argument) return this.access(name, item.argument.text, item, stage, s, classes, run, depth, step);
    const rcpt = splitAddress(s.recipient);
    const sender = splitAddress(s.sender ?? '');
    const clientName = s.clientName || 'unknown';
    switch (name) {
      case 'permit':
        return outcome({ kind: 'permit' });
      case 'reject':
        return outcome({ kind: 'reject', reply: reply('reject') });
      case 'defer':
        return outcome({ kind: 'defer', reply: reply('defer') });
      case 'defer_if_permit':
        run.deferIfPermit ??= reply('defer_if_permit');
        return outcome({ kind: 'dunno' }, 'armed: an accept at the end becomes a deferral');
      case 'defer_if_reject':
        run.deferIfReject ??= reply('defer_if_reject');
        return outcome({ kind: 'dunno' }, 'armed: a later reject becomes a deferral');
      case 'permit_mynetworks': {
        const m = this.inMynetworks(s.client, clientName);
        if (m.result === 'unknown') return dependent('mynetworks', `the client ${s.client} is in mynetworks`, { kind: 'permit' }, m.reason ?? 'mynetworks cannot be fully evaluated');
        return outcome(m.result === 'yes' ? { kind: 'permit' } : { kind: 'dunno' }, m.result === 'yes' ? `${s.client} matches mynetworks (${m.item})` : `${s.client} is not in mynetworks`);
      }
      case 'permit_sasl_authenticated': {
        const enabled = isYes(this.config.expand('smtpd_sasl_auth_enable').value);
        if (s.saslUser && enabled) return outcome({ kind: 'permit' }, `authenticated as ${s.saslUser}`);
        return outcome({ kind: 'dunno' }, s.saslUser ? 'smtpd_sasl_auth_enable = no: nobody can authenticate' : 'the client did not authenticate');
      }
      case 'reject_unauth_destination':
      case 'defer_unauth_destination':
      case 'permit_auth_destination':
      case 'check_relay_domains': {
        const auth = this.authorizedDestination(rcpt);
        if (auth.result === 'unknown') {
          const whenTrue: Verdict = name === 'permit_auth_destination' ? { kind: 'permit' } : { kind: 'dunno' };
          const assumed = this.depends(run, `dest:${rcpt.domain}`, `${rcpt.domain} is listed in ${auth.item ?? 'a lookup table'}`);
          if (assumed) return outcome(whenTrue, `assumed: ${rcpt.domain} is a local or relay domain`);
          step('depends', auth.reason);
          if (name === 'permit_auth_destination') return { kind: 'dunno' };
          return { kind: name === 'defer_unauth_destination' ? 'defer' : 'reject', reply: reply(name === 'check_relay_domains' ? 'reject_unauth_destination' : name) };
        }
        if (auth.result === 'yes') return outcome(name === 'permit_auth_destination' ? { kind: 'permit' } : { kind: 'dunno' }, auth.reason);
        if (name === 'permit_auth_destination') return outcome({ kind: 'dunno' }, auth.reason);
        const kind = name === 'defer_unauth_destination' ? 'defer' : 'reject';
        return outcome({ kind, reply: reply(name === 'check_relay_domains' ? 'reject_unauth_destination' : name) }, auth.reason);
      }
      case 'reject_non_fqdn_recipient':
        return outcome(rcpt.domain && !isFqdn(rcpt.domain) ? { kind: 'reject', reply: reply(name) } : { kind: 'dunno' });
      case 'reject_non_fqdn_sender':
        return outcome(sender.domain && !isFqdn(sender.domain) ? { kind: 'reject', reply: reply(name) } : { kind: 'dunno' });
      case 'reject_non_fqdn_helo_hostname':
      case 'reject_non_fqdn_hostname':
        return outcome(s.helo && !isAddressLiteral(s.helo) && !isFqdn(s.helo) ? { kind: 'reject', reply: reply(name) } : { kind: 'dunno' });
      case 'reject_invalid_helo_hostname':
      case 'reject_invalid_hostname':
        return outcome(s.helo && !isAddressLiteral(s.helo) && !validHostname(s.helo) ? { kind: 'reject', reply: reply(name) } : { kind: 'dunno' });
      case 'reject_unknown_reverse_client_hostname':
        return outcome(clientName === 'unknown' ? { kind: 'reject', reply: reply(name) } : { kind: 'dunno' }, clientName === 'unknown' ? 'the client has no reverse hostname' : undefined);
      case 'reject_unknown_client_hostname':
      case 'reject_unknown_client':
        if (clientName === 'unknown') return outcome({ kind: 'reject', reply: reply(name) }, 'the client has no verified hostname');
        return dependent(`dns:${name}`, `DNS does not confirm ${clientName} for ${s.client}`, { kind: 'reject', reply: reply(name) }, 'depends on DNS');
      case 'reject_plaintext_session':
        return outcome({ kind: 'reject', reply: reply(name) }, 'the scenario has no TLS');
      case 'reject_unauth_pipelining':
      case 'reject_multi_recipient_bounce':
      case 'sleep':
        return outcome({ kind: 'dunno' });
      default:
        break;
    }
    const doc = restrictionDocs[name];
    const rejecting: Verdict = doc?.reply ? { kind: String(this.code(doc.reply)).startsWith('4') ? 'defer' : 'reject', reply: reply(name) } : { kind: 'dunno' };
    if (name === 'check_policy_service') return dependent(`policy:${item.argument?.text}`, `the policy service ${item.argument?.text ?? ''} rejects`, { kind: 'defer', reply: '450 4.7.1 (the policy service\'s own reply)' }, 'depends on the policy service');
    if (/_rbl_|rhsbl|dnswl|rhswl|_mx_access|_ns_access|_a_access|unknown_|mx_backup/.test(name)) {
      const target = item.argument ? ` ${item.argument.text}` : '';
      const whenTrue: Verdict = name.startsWith('permit') ? { kind: 'permit' } : rejecting;
      return dependent(`dns:${name}${target}`, `DNS makes ${name}${target} match`, whenTrue, 'depends on DNS');
    }
    const whenTrue: Verdict = name.startsWith('permit') ? { kind: 'permit' } : rejecting;
    return dependent(`other:${name}`, `${name} matches`, whenTrue, 'depends on data outside the configuration (tables, TLS, SASL maps)');
  }

  /** check_*_access: looks the subject up and applies the action found. */
  private access(
    check: string,
    table: string,
    item: RestrictionItem,
    stage: ListStage,
    s: RelayScenario,
    classes: Map<string, RestrictionList>,
    run: Run,
    depth: number,
    step: (result: StepResult, note?: string) => void,
  ): Verdict {
    const subject = ACCESS_SUBJECT[check];
    const keys = this.accessKeys(subject, s);
    if (!keys.length) {
      step('dunno', 'nothing to look up');
      return { kind: 'dunno' };
    }
    const r = this.tables.lookup(table, keys);
    if (r.status === 'unknown') {
      if (this.depends(run, `table:${table}`, `${table} has an entry for ${keys[0]} that rejects`)) {
        step('reject', `assumed: ${table} rejects ${keys[0]}`);
        return { kind: 'reject', reply: this.accessReply(stage, s, 'REJECT') };
      }
      step('depends', r.reason);
      return { kind: 'dunno' };
    }
    if (r.status === 'none') {
      step('dunno', `${table} has no entry for ${keys[0]}`);
      return { kind: 'dunno' };
    }
    const action = (r.value ?? '').trim();
    const word = action.split(/\s+/)[0].toUpperCase();
    const note = `${table} answers "${action}"`;
    if (word === 'OK' || /^\d+$/.test(action)) {
      step('permit', note);
      return { kind: 'permit' };
    }
    if (word === 'DUNNO' || ['HOLD', 'FILTER', 'REDIRECT', 'BCC', 'PREPEND', 'INFO', 'WARN'].includes(word)) {
      step('dunno', note);
      return { kind: 'dunno' };
    }
    if (word === 'DISCARD') {
      step('permit', `${note}: the message is accepted and thrown away`);
      return { kind: 'permit' };
    }
    if (word === 'REJECT' || word === 'DEFER' || /^[45]\d\d$/.test(word)) {
      const verdict: Verdict = { kind: word === 'DEFER' || word.startsWith('4') ? 'defer' : 'reject', reply: this.accessReply(stage, s, action) };
      step(verdict.kind as StepResult, note);
      return verdict;
    }
    if (word === 'DEFER_IF_PERMIT' || word === 'DEFER_IF_REJECT') {
      const text = action.slice(word.length).trim() || 'Service unavailable';
      const line = `450 4.7.1 <${this.subjectText(stage, s)}>: ${LIST_REPLY_CLASS[stage]} rejected: ${text}`;
      if (word === 'DEFER_IF_PERMIT') run.deferIfPermit ??= line;
      else run.deferIfReject ??= line;
      step(word === 'DEFER_IF_PERMIT' ? 'defer_if_permit' : 'defer_if_reject', note);
      return { kind: 'dunno' };
    }
    if (action.includes(':')) {
      step('defer', `${note}: a lookup table as a result is refused`);
      return { kind: 'defer', reply: '451 4.3.5 Server configuration error' };
    }
    // A restriction list or class name as the result: evaluate it in place.
    step('dunno', `${note}: evaluating it as restrictions`);
    const analysis = analyzeRestrictions(this.config, this.options.version);
    const tokens = splitItems(action).map((i) => ({ text: i.text }));
    const nested: RestrictionList = { param: `${check} result`, stage, isClass: true, tokens, items: parseResultItems(tokens, analysis, this.options.version) };
    return this.evalList(nested, stage, s, classes, run, depth + 1);
  }

  private accessKeys(subject: string, s: RelayScenario): string[] {
    const parent = parentMatches(this.config, 'smtpd_access_maps');
    const domainKeys = (domain: string) => {
      const labels = domain.toLowerCase().split('.');
      const keys = [labels.join('.')];
      for (let i = 1; i < labels.length; i++) keys.push(parent ? labels.slice(i).join('.') : `.${labels.slice(i).join('.')}`);
      return keys;
    };
    const addressKeys = (address: string | undefined) => {
      if (address === undefined) return [];
      if (address === '') return [this.config.expand('smtpd_null_access_lookup_key').value || '<>'];
      const a = splitAddress(address);
      return [address.toLowerCase(), ...(a.domain ? domainKeys(a.domain) : []), ...(a.local ? [`${a.local.toLowerCase()}@`] : [])];
    };
    switch (subject) {
      case 'client': {
        const keys = s.clientName && s.clientName !== 'unknown' ? domainKeys(s.clientName) : [];
        keys.push(s.client);
        const v4 = parseAddress(s.client);
        if (v4?.family === 4) for (let n = 3; n >= 1; n--) keys.push(v4.bytes.slice(0, n).join('.'));
        return keys;
      }
      case 'reverse':
        return s.clientName && s.clientName !== 'unknown' ? [...domainKeys(s.clientName), s.client] : [s.client];
      case 'helo':
        return s.helo ? domainKeys(s.helo) : [];
      case 'sender':
        return addressKeys(s.sender ?? '');
      case 'recipient':
        return addressKeys(s.recipient);
      case 'sasl':
        return s.saslUser ? [s.saslUser] : [];
      default:
        return [];
    }
  }

  private accessReply(stage: ListStage, s: RelayScenario, action: string): string {
    const word = action.split(/\s+/)[0].toUpperCase();
    let text = action.slice(word.length).trim();
    let code: number;
    let enhanced: string;
    if (/^[45]\d\d$/.test(word)) {
      code = Number(word);
      enhanced = `${word[0]}.7.1`;
    } else if (word === 'DEFER') {
      code = this.num('access_map_defer_code', 450);
      enhanced = '4.7.1';
    } else {
      code = this.num('access_map_reject_code', 554);
      enhanced = '5.7.1';
    }
    const own = /^([245])\.(\d{1,3})\.(\d{1,3})\s+(.*)$/.exec(text);
    if (own) {
      enhanced = `${String(code)[0]}.${own[2]}.${own[3]}`;
      text = own[4];
    }
    return `${code} ${enhanced} <${this.subjectText(stage, s)}>: ${LIST_REPLY_CLASS[stage]} rejected: ${text || 'Access denied'}`;
  }

  private subjectText(stage: ListStage, s: RelayScenario): string {
    switch (stage) {
      case 'client':
        return `${s.clientName || 'unknown'}[${s.client}]`;
      case 'helo':
        return s.helo ?? '';
      case 'sender':
        return s.sender ?? '';
      default:
        return s.recipient;
    }
  }

  private num(name: string, fallback: number): number {
    const n = Number(this.config.expand(name).value.trim());
    return Number.isFinite(n) && n > 0 ? n : fallback;
  }

  private code(spec: ReplySpec): number {
    return (spec.fixedCode ?? (spec.codeParameter ? this.num(spec.codeParameter, 0) : 0)) + (spec.codeOffset ?? 0);
  }

  /** The reply a restriction sends, with the file's own *_code settings and the scenario's values. */
  private reply(restriction: string, stage: ListStage, s: RelayScenario): string {
    const spec = restrictionDocs[restriction]?.reply;
    if (!spec) return `554 5.7.1 <${this.subjectText(stage, s)}>: ${LIST_REPLY_CLASS[stage]} rejected: Access denied`;
    let code = this.code(spec);
    // soft_bounce turns every 5xx into 4xx.
    if (isYes(this.config.expand('soft_bounce').value) && code >= 500) code -= 100;
    const enhanced = `${String(code)[0]}${spec.enhanced.slice(1)}`;
    const values: Record<string, string> = {
      value: this.subjectText(stage, s),
      recipient: s.recipient,
      sender: s.sender ?? '',
      helo: s.helo ?? '',
      client: `${s.clientName || 'unknown'}[${s.client}]`,
    };
    const text = spec.text
      .split('{class}')
      .join(LIST_REPLY_CLASS[stage])
      .replace(/<([a-z-]+)>/g, (whole, key: string) => (key in values ? `<${values[key]}>` : whole))
      .replace(/\[client-ip\]/g, `[${s.client}]`);
    return `${code} ${enhanced} ${text}`;
  }

  /** mynetworks in effect: the file's list, or what mynetworks_style gives for loopback clients. */
  private inMynetworks(address: string, clientName: string): MatchOutcome {
    const src = this.config.source('mynetworks');
    if (src.origin === 'file' || src.origin === 'override') {
      return matchNetworkList(this.config.expand('mynetworks').value, address, clientName, this.tables, this.readFile, parentMatches(this.config, 'mynetworks'));
    }
    const style = this.config.expand('mynetworks_style').value.trim();
    const a = parseAddress(address);
    const loopback = a && ((a.family === 4 && a.bytes[0] === 127) || (a.family === 6 && a.bytes.slice(0, 15).every((b) => b === 0) && a.bytes[15] === 1));
    if (style === 'host' && address === '127.0.0.1') return { result: 'yes', item: 'mynetworks_style = host (this host\'s own addresses)' };
    if ((style === 'subnet' || style === 'class') && loopback) return { result: 'yes', item: `mynetworks_style = ${style} (the loopback network)` };
    return { result: 'unknown', reason: `mynetworks is not set: mynetworks_style = ${style} takes this host's ${style === 'host' ? 'addresses' : 'networks'}, which the configuration does not show` };
  }

  /** resolve.c's address classes: local, virtual alias, virtual mailbox and relay domains are authorized destinations. */
  private authorizedDestination(rcpt: { local: string; domain: string }): MatchOutcome {
    if (!isYes(this.config.expand('allow_untrusted_routing').value) && /[@!%]/.test(rcpt.local)) {
      return { result: 'no', reason: `the address routes through another host (${rcpt.local}@${rcpt.domain}) and allow_untrusted_routing = no` };
    }
    const domain = rcpt.domain || this.config.expand('myorigin').value.trim();
    let uncertain: MatchOutcome | undefined;
    const literal = /^\[(.*)\]$/.exec(domain);
    if (literal) {
      for (const param of ['inet_interfaces', 'proxy_interfaces']) {
        const list = splitItems(this.config.expand(param).value).map((i) => i.text);
        if (list.includes(literal[1])) return { result: 'yes', item: param, reason: `${domain} is an address of this host (${param})` };
        if (param === 'inet_interfaces' && list.some((x) => x === 'all' || x === 'loopback-only')) {
          uncertain = { result: 'unknown', item: param, reason: `whether ${domain} is an address of this host depends on its interfaces` };
        }
      }
    }
    const classes: Array<[string, string]> = [
      ['mydestination', 'a local domain (mydestination)'],
      ['virtual_alias_domains', 'a virtual alias domain (virtual_alias_domains)'],
      ['virtual_mailbox_domains', 'a virtual mailbox domain (virtual_mailbox_domains)'],
      ['relay_domains', 'a relay domain (relay_domains)'],
    ];
    for (const [param, what] of classes) {
      const m = matchDomainList(this.config, param, domain, this.tables, this.readFile);
      if (m.result === 'yes') return { result: 'yes', item: param, reason: `${domain} is ${what}` };
      if (m.result === 'unknown') uncertain ??= { result: 'unknown', item: param, reason: `whether ${domain} is ${what} depends on ${m.reason ?? 'a lookup table'}` };
    }
    return uncertain ?? { result: 'no', reason: `${domain} is not a local, virtual or relay domain of this server` };
  }
}

/** Restriction names from a table result, parsed like a list (classes known to the configuration). */
function parseResultItems(tokens: Array<{ text: string }>, analysis: ReturnType<typeof analyzeRestrictions>, version: string): RestrictionItem[] {
  return parseItems(tokens, new Set(analysis.classes.keys()), new Set(['reject_sender_login_mismatch']), version);
}

function splitAddress(address: string): { local: string; domain: string } {
  const a = address.replace(/^<|>$/g, '');
  const at = a.lastIndexOf('@');
  return at < 0 ? { local: a, domain: '' } : { local: a.slice(0, at), domain: a.slice(at + 1).toLowerCase() };
}

function isFqdn(name: string): boolean {
  return name.includes('.') && validHostname(name.replace(/\.$/, ''));
}

function validHostname(name: string): boolean {
  return /^[A-Za-z0-9_]([A-Za-z0-9_-]*[A-Za-z0-9_])?(\.[A-Za-z0-9_]([A-Za-z0-9_-]*[A-Za-z0-9_])?)*\.?$/.test(name) && !/^\d+(\.\d+)*$/.test(name);
}

function isAddressLiteral(name: string): boolean {
  return /^\[.*\]$/.test(name);
}

/** A short title for a decision, for people. */
export const DECISION_TITLES: Record<Decision, Localized> = {
  accept: { en: 'accepted', ja: '受理' },
  reject: { en: 'rejected', ja: '拒否' },
  defer: { en: 'deferred (temporary failure)', ja: '一時拒否' },
  'config-error': { en: 'smtpd would not start', ja: 'smtpd が起動しません' },
};

export function explainRelay(config: EffectiveConfig, scenario: RelayScenario, options: ExplainOptions): RelayExplanation {
  return new RelayExplainer(config, options).explain(scenario);
}

function stepOrigin(origin: SettingSource['origin']): RelayStep['origin'] {
  return origin === 'file' || origin === 'override' ? origin : 'default';
}
