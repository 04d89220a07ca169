/**
 * Rules for the results of access(5) tables: tables that smtpd consults through check_*_access or
 * a bare type:table in a restriction list (or, with no main.cf at hand, files named like access
 * tables). Each rule follows what smtpd's check_table_result() does with the result.
 */
import { Localized } from '../../i18n/locale';
import { Finding } from '../rule';
import { Span } from '../../parser/lines';
import { CidrRule, PlainEntry, RegexpRule, TableText, within } from '../../parser/table';
import { compareVersions } from '../../knowledge/parameters';
import { allRestrictions, getRestriction } from '../../knowledge/restrictions';
import { suggest } from '../../analysis/suggest';
import { ACTION_KEYWORDS, AccessAction, Word, parseAccessAction, replyClassOf } from '../../features/table/actions';
import { restrictionClasses } from '../../features/table/kind';
import { TableRule, TableRuleContext } from './context';

/** A table line with a result, and its result read as an access action. */
export interface AccessSite {
  node: PlainEntry | CidrRule | RegexpRule;
  value: TableText;
  action: AccessAction;
  /** The document span of a word of the value. */
  spanOf(word: Word): Span;
}

/** The lines of an access table whose results smtpd would act on. */
export function accessSites(context: TableRuleContext): AccessSite[] {
  if (context.kind.role !== 'access') return [];
  const out: AccessSite[] = [];
  for (const node of context.doc.nodes) {
    if (node.kind !== 'entry' && node.kind !== 'cidr' && node.kind !== 'regexp') continue;
    if (node.skipped || !node.value || node.value.text === '') continue;
    const value = node.value;
    out.push({
      node,
      value,
      action: parseAccessAction(value.text),
      spanOf: (w) => within(node.logical, value, w.start, w.end),
    });
  }
  return out;
}

/** A word that a regexp or pcre table fills in from the key ($1 ...): unknown until lookup time. */
const substituted = (site: AccessSite, text: string): boolean => site.node.kind === 'regexp' && /\$/.test(text);

function isRemoved(name: string, version: string): boolean {
  return getRestriction(name)?.status === 'removed' && compareVersions(version, '3.9') >= 0;
}

function codeParam(context: TableRuleContext, name: string, fallback: number): number {
  const raw = context.main?.config.expand(name).value.trim() ?? '';
  return /^\d+$/.test(raw) ? Number(raw) : fallback;
}

const L = (en: string, ja: string): Localized => ({ en, ja });

/** Adds a "did you mean" variant (suffix "+hint", suggestions in {1}) of every message. */
function withHints(messages: Record<string, Localized>): Record<string, Localized> {
  const out: Record<string, Localized> = { ...messages };
  for (const [key, m] of Object.entries(messages)) {
    out[`${key}+hint`] = { en: `${m.en} Did you mean {1}?`, ja: `${m.ja ?? ''}{1} の誤りではありませんか?` };
  }
  return out;
}

export const tableUnknownAction: TableRule = {
  id: 'table-unknown-action',
  severity: 'error',
  messages: withHints({
    default: L(
      '"{0}" is neither an access action nor a restriction smtpd knows: when a lookup returns this, smtpd logs "unknown smtpd restriction" and answers 451 4.3.5 Server configuration error.',
      '"{0}" はアクセスアクションでも smtpd が知っている制限でもありません。検索結果がこれになると、smtpd は "unknown smtpd restriction" を記録して 451 4.3.5 Server configuration error と応答します。',
    ),
    'no-main': L(
      '"{0}" is neither an access action nor a built-in restriction. Unless it is a restriction class listed in smtpd_restriction_classes (no main.cf was found next to this file), smtpd answers 451 4.3.5 Server configuration error when a lookup returns it.',
      '"{0}" はアクセスアクションでも組み込みの制限でもありません。smtpd_restriction_classes に登録された制限クラスでない限り (このファイルの隣に main.cf が見つかりません)、検索結果がこれになると smtpd は 451 4.3.5 Server configuration error と応答します。',
    ),
    removed: L(
      '"{0}" was removed in Postfix 3.9: smtpd no longer knows it and answers 451 4.3.5 Server configuration error.',
      '"{0}" は Postfix 3.9 で削除されたため smtpd はもう認識せず、451 4.3.5 Server configuration error と応答します。',
    ),
  }),
  check(context) {
    const findings: Finding[] = [];
    const classes = context.main ? restrictionClasses(context.main) : new Set<string>();
    const candidates = [...ACTION_KEYWORDS, ...[...allRestrictions()].filter((r) => !isRemoved(r.name, context.version)).map((r) => r.name), ...classes];
    for (const site of accessSites(context)) {
      if (site.action.kind !== 'restrictions' || !site.action.words) continue;
      const words = site.action.words;
      for (let k = 0; k < words.length; k++) {
        const w = words[k];
        if (substituted(site, w.text)) continue;
        // A three-digit first word is a reply code; table-invalid-reply-code reports it.
        if (k === 0 && /^\d{3}$/.test(w.text)) break;
        const lower = w.text.toLowerCase();
        const info = getRestriction(lower);
        if (info && !isRemoved(lower, context.version)) {
          if (info.argument) k++;
          continue;
        }
        if (classes.has(w.text)) continue;
        const upperFirst = k === 0 && w.text === w.text.toUpperCase();
        const ranked = suggest(w.text, candidates, 6, (c) => (upperFirst ? ACTION_KEYWORDS.includes(c) : !ACTION_KEYWORDS.includes(c)));
        // REJECT and reject mean the same to smtpd: offer one spelling of each.
        const hints = ranked.filter((h, i) => ranked.findIndex((o) => o.toLowerCase() === h.toLowerCase()) === i).slice(0, 3);
        const base = info && isRemoved(lower, context.version) ? 'removed' : context.kind.haveMainCf ? 'default' : 'no-main';
        findings.push({
          span: site.spanOf(w),
          args: [w.text, hints.map((h) => `"${h}"`).join(', ')],
          variant: hints.length ? `${base}+hint` : base,
          fixes: hints.map((h) => ({ title: { en: `Change to "${h}"`, ja: `"${h}" に変更` }, edits: [{ span: site.spanOf(w), newText: h }] })),
        });
        // smtpd stops at the first unknown name.
        break;
      }
    }
    return findings;
  },
};

export const tableLookupInResult: TableRule = {
  id: 'table-lookup-in-result',
  severity: 'error',
  messages: {
    default: L(
      '"{0}" names a lookup table (or another type:name endpoint) inside an access table result. smtpd refuses it: it logs "access table ... has entry with lookup table" and answers 451 4.3.5 Server configuration error. Define a restriction class in main.cf (smtpd_restriction_classes) and write its name here.',
      '"{0}" はアクセステーブルの結果の中でルックアップテーブル (または type:name 形式の接続先) を指定しています。smtpd はこれを受け付けず、"access table ... has entry with lookup table" を記録して 451 4.3.5 Server configuration error と応答します。main.cf で制限クラス (smtpd_restriction_classes) を定義し、ここにはそのクラス名を書いてください。',
    ),
  },
  check(context) {
    const findings: Finding[] = [];
    for (const site of accessSites(context)) {
      if (site.action.kind !== 'lookup') continue;
      const word = site.action.words?.find((w) => w.text.includes(':')) ?? site.action.word;
      findings.push({ span: site.spanOf(word), args: [word.text] });
    }
    return findings;
  },
};

export const tableInvalidReplyCode: TableRule = {
  id: 'table-invalid-reply-code',
  severity: 'error',
  messages: {
    default: L('Invalid reply code "{0}".', '応答コード "{0}" は使えません。'),
    class: L(
      '"{0}" is not a 4xx or 5xx reply code, so smtpd does not treat it as one: it reads the result as a restriction list, logs "unknown smtpd restriction" and answers 451 4.3.5 Server configuration error. Use a 4xx code to defer or a 5xx code to reject (or OK to permit).',
      '"{0}" は 4xx / 5xx の応答コードではないため、smtpd は応答コードとして扱いません。結果を制限リストとして読み、"unknown smtpd restriction" を記録して 451 4.3.5 Server configuration error と応答します。保留には 4xx、拒否には 5xx (許可なら OK) を使ってください。',
    ),
    'no-text': L(
      'A reply code needs text after it: "{0}" alone is all digits, which smtpd treats as OK, so this entry permits instead of rejecting. Write e.g. "{0} {1}".',
      '応答コードの後にはテキストが必要です。"{0}" だけだと数字のみの値となり smtpd は OK として扱うため、このエントリは拒否ではなく許可になります。例えば "{0} {1}" のように書いてください。',
    ),
  },
  check(context) {
    const findings: Finding[] = [];
    for (const site of accessSites(context)) {
      const { action } = site;
      if (action.kind === 'digits' && /^[45]\d\d$/.test(action.word.text)) {
        const example = action.word.text[0] === '4' ? 'Try again later' : 'Access denied';
        findings.push({
          span: site.spanOf(action.word),
          variant: 'no-text',
          args: [action.word.text, example],
          fixes: [{ title: { en: `Add the text "${example}"`, ja: `テキスト "${example}" を追加` }, edits: [{ span: { start: site.spanOf(action.word).end, end: site.spanOf(action.word).end }, newText: ` ${example}` }] }],
        });
      } else if (action.kind === 'restrictions' && /^\d{3}$/.test(action.word.text) && !/^[45]/.test(action.word.text)) {
        findings.push({ span: site.spanOf(action.word), variant: 'class', args: [action.word.text] });
      }
    }
    return findings;
  },
};

const ARGUMENT_MESSAGES: Record<string, Localized> = {
  default: L('This action needs an argument.', 'このアクションには引数が必要です。'),
  'filter-missing': L(
    'FILTER needs a transport:destination (e.g. FILTER smtp:[127.0.0.1]:10025): without it smtpd logs "has FILTER entry without value" and ignores the action.',
    'FILTER には transport:destination (例: FILTER smtp:[127.0.0.1]:10025) が必要です。ないと smtpd は "has FILTER entry without value" と記録してアクションを無視します。',
  ),
  'filter-colon': L(
    '"{0}" has no colon: FILTER needs transport:destination (e.g. smtp:[127.0.0.1]:10025). smtpd logs "requires transport:destination" and ignores the action.',
    '"{0}" にコロンがありません。FILTER には transport:destination (例: smtp:[127.0.0.1]:10025) が必要です。smtpd は "requires transport:destination" と記録してアクションを無視します。',
  ),
  address: L(
    '{0} needs an address with "@" (user@domain): smtpd logs "requires user@domain target" and ignores the action.',
    '{0} には "@" を含むアドレス (user@domain) が必要です。smtpd は "requires user@domain target" と記録してアクションを無視します。',
  ),
  prepend: L(
    'PREPEND needs a header line "Name: value": smtpd logs "requires header: text" and ignores the action.',
    'PREPEND には "名前: 値" 形式のヘッダ行が必要です。smtpd は "requires header: text" と記録してアクションを無視します。',
  ),
};

/** A header line as smtpd's is_header() accepts it: a name of printable characters, optional blanks, a colon. */
const HEADER = /^[\x21-\x39\x3b-\x7e]+[ \t]*:/;

export const tableActionArgument: TableRule = {
  id: 'table-action-argument',
  severity: 'warning',
  messages: ARGUMENT_MESSAGES,
  check(context) {
    const findings: Finding[] = [];
    for (const site of accessSites(context)) {
      const { action } = site;
      const text = action.text?.text ?? '';
      if (text && substituted(site, text)) continue;
      const wordSpan = site.spanOf(action.word);
      const textSpan = action.text ? site.spanOf(action.text) : wordSpan;
      switch (action.kind) {
        case 'filter':
          if (!text) findings.push({ span: wordSpan, variant: 'filter-missing' });
          else if (!text.includes(':')) findings.push({ span: textSpan, variant: 'filter-colon', args: [text] });
          break;
        case 'redirect':
        case 'bcc':
          if (!text.includes('@')) findings.push({ span: text ? textSpan : wordSpan, variant: 'address', args: [action.word.text.toUpperCase()] });
          break;
        case 'prepend':
          if (!HEADER.test(text)) findings.push({ span: text ? textSpan : wordSpan, variant: 'prepend' });
          break;
      }
    }
    return findings;
  },
};

export const tableEnhancedCodeClass: TableRule = {
  id: 'table-enhanced-code-class',
  severity: 'information',
  messages: {
    default: L(
      'The enhanced status code {0} does not match the reply code {2}: smtpd sends {1} instead (the first digits always agree).',
      '拡張ステータスコード {0} は応答コード {2} と一致しません。smtpd は代わりに {1} を送ります (先頭の数字は常に揃えられます)。',
    ),
  },
  check(context) {
    const findings: Finding[] = [];
    const codes = { reject: codeParam(context, 'access_map_reject_code', 554), defer: codeParam(context, 'access_map_defer_code', 450) };
    for (const site of accessSites(context)) {
      const { action } = site;
      if (!action.enhanced) continue;
      const cls = replyClassOf(action, codes);
      if (!cls || action.enhanced.text[0] === cls) continue;
      const code = action.kind === 'code' ? action.word.text : action.kind === 'reject' ? String(codes.reject) : String(codes.defer);
      const fixed = cls + action.enhanced.text.slice(1);
      findings.push({
        span: site.spanOf(action.enhanced),
        args: [action.enhanced.text, fixed, code],
        fixes: [{ title: { en: `Change to ${fixed}`, ja: `${fixed} に変更` }, edits: [{ span: site.spanOf(action.enhanced), newText: fixed }], safe: true }],
      });
    }
    return findings;
  },
};

/** Restrictions that refuse a permit from their table (smtpd forbid_allowlist): the DNS-based and unverified-name checks. */
export const PERMIT_FORBIDDEN = /^check_(client|helo|sender|recipient|reverse_client_hostname)_(a|mx|ns)_access$|^check_reverse_client_hostname_access$/;

export const tablePermitForbidden: TableRule = {
  id: 'table-permit-forbidden',
  severity: 'error',
  messages: {
    default: L(
      '{1} uses this table, and it may not permit: for a result that permits ({0}) smtpd logs that this is not allowed for security reasons and answers 451 4.3.5 Server configuration error. Use DUNNO to exempt an entry.',
      'このテーブルは {1} で使われており、許可を返すことはできません。許可になる結果 ({0}) では、smtpd はセキュリティ上許されないと記録し 451 4.3.5 Server configuration error と応答します。例外にするには DUNNO を使ってください。',
    ),
  },
  check(context) {
    const forbidding = context.kind.uses.find((u) => u.role === 'access' && u.restriction && PERMIT_FORBIDDEN.test(u.restriction));
    if (!forbidding?.restriction) return [];
    const findings: Finding[] = [];
    for (const site of accessSites(context)) {
      const { action } = site;
      // DISCARD is not refused here (checked with a Postfix 3.7 smtpd): only permits are.
      const permits = action.kind === 'ok' || action.kind === 'digits' || (action.kind === 'restrictions' && /^permit$/i.test(action.word.text));
      if (!permits || (action.kind === 'digits' && /^[45]\d\d$/.test(action.word.text))) continue;
      findings.push({
        span: site.spanOf(action.word),
        args: [action.word.text, forbidding.restriction],
        fixes: [{ title: { en: 'Change to DUNNO', ja: 'DUNNO に変更' }, edits: [{ span: site.spanOf(action.word), newText: 'DUNNO' }] }],
      });
    }
    return findings;
  },
};

/** Actions that smtpd hands to the cleanup server with the message (can_delegate_action). */
const DELEGATED = new Set(['filter', 'hold', 'discard', 'redirect', 'bcc']);

export const tableActionContext: TableRule = {
  id: 'table-action-context',
  severity: 'warning',
  messages: {
    default: L('This action has no effect where the table is used.', 'このアクションは、テーブルが使われる場所では効果がありません。'),
    'prepend-eod': L(
      'PREPEND cannot work here: this table is used only from smtpd_end_of_data_restrictions, where the headers are already received. smtpd logs "action PREPEND must be used before smtpd_end_of_data_restrictions" and ignores it.',
      'ここでは PREPEND は機能しません。このテーブルは smtpd_end_of_data_restrictions からしか使われておらず、その時点でヘッダは受信済みです。smtpd は "action PREPEND must be used before smtpd_end_of_data_restrictions" と記録してこれを無視します。',
    ),
    etrn: L(
      '{0} cannot work here: this table is used only from smtpd_etrn_restrictions, and ETRN carries no message. smtpd logs "action {0} is unavailable in smtpd_etrn_restrictions" and ignores it.',
      'ここでは {0} は機能しません。このテーブルは smtpd_etrn_restrictions からしか使われておらず、ETRN にはメッセージがありません。smtpd は "action {0} is unavailable in smtpd_etrn_restrictions" と記録してこれを無視します。',
    ),
    'no-delay': L(
      '{0} is always skipped here: this table is used only from client or HELO restrictions and main.cf sets smtpd_delay_reject = no, so they run before any mail transaction. smtpd logs a warning and ignores the action.',
      'ここでは {0} は常に無視されます。このテーブルはクライアントまたは HELO の制限からしか使われておらず、main.cf で smtpd_delay_reject = no のためメール取引の前に評価されます。smtpd は警告を記録してアクションを無視します。',
    ),
  },
  check(context) {
    const uses = context.kind.uses.filter((u) => u.role === 'access');
    if (uses.length === 0 || uses.some((u) => u.stage === undefined)) return [];
    const only = (stages: string[]): boolean => uses.every((u) => u.stage !== undefined && stages.includes(u.stage));
    const noDelay = !!context.main && context.main.config.expand('smtpd_delay_reject').value.trim().toLowerCase() === 'no';
    const findings: Finding[] = [];
    for (const site of accessSites(context)) {
      const kind = site.action.kind;
      const name = site.action.word.text.toUpperCase();
      const span = site.spanOf(site.action.word);
      if (kind === 'prepend' && only(['end_of_data'])) findings.push({ span, variant: 'prepend-eod' });
      else if (DELEGATED.has(kind) && only(['etrn'])) findings.push({ span, variant: 'etrn', args: [name] });
      else if ((DELEGATED.has(kind) || kind === 'prepend') && noDelay && only(['client', 'helo'])) findings.push({ span, variant: 'no-delay', args: [name] });
    }
    return findings;
  },
};

const CIDR_KEY = /^(\d{1,3}(\.\d{1,3}){3}|\[?[0-9A-Fa-f:]*:[0-9A-Fa-f:.]*\]?)\/\d{1,3}$/;

export const tableCidrKey: TableRule = {
  id: 'table-cidr-key',
  severity: 'warning',
  messages: {
    default: L(
      '"{0}" is CIDR notation, but this table is read as {1}: keys are matched as plain text, so no client address ever equals "{0}". Use a cidr: table for networks, or write the address or its leading octets (e.g. 192.168.1).',
      '"{0}" は CIDR 表記ですが、このテーブルは {1} として読まれます。キーは文字列として照合されるため、どのクライアントアドレスも "{0}" には一致しません。ネットワークには cidr: テーブルを使うか、アドレスまたはその先頭のオクテット (例: 192.168.1) を書いてください。',
    ),
  },
  check(context) {
    if (context.doc.format !== 'plain' || context.kind.role !== 'access') return [];
    const typed = context.kind.uses.find((u) => u.role === 'access')?.type;
    const readAs = typed ? `${typed}:` : 'a postmap table (hash:, lmdb:, texthash: ...)';
    const findings: Finding[] = [];
    for (const node of context.doc.nodes) {
      if (node.kind !== 'entry' || node.skipped) continue;
      if (CIDR_KEY.test(node.key.text)) findings.push({ span: node.key, args: [node.key.text, readAs] });
    }
    return findings;
  },
};

export const TABLE_ACCESS_RULES: readonly TableRule[] = [
  tableUnknownAction,
  tableLookupInResult,
  tableInvalidReplyCode,
  tableActionArgument,
  tableEnhancedCodeClass,
  tablePermitForbidden,
  tableActionContext,
  tableCidrKey,
];
