/**
 * Rules on the smtpd restriction lists: names smtpd does not know, old names,
 * restrictions placed where their information never exists, entries after one that
 * always ends the list, and restriction classes without a definition.
 */
import { suggest } from '../../analysis/suggest';
import { Finding, FixData, MainCfContext, MainCfRule } from '../rule';
import { Span } from '../../parser/lines';
import { compareVersions } from '../../knowledge/parameters';
import { Stage, getRestriction } from '../../knowledge/restrictions';
import {
  ListStage,
  ListToken,
  RestrictionAnalysis,
  RestrictionItem,
  RestrictionList,
  analyzeRestrictions,
  knownRestrictionNames,
  stagesActingIn,
  tokenSpan,
} from '../../analysis/restrictionLists';

/** An edit that deletes everything from the end of `anchor` to the end of `last` (same entry). */
export function removeAfterEdit(anchor: Span, last: Span): { span: Span; newText: string } {
  return { span: { start: anchor.end, end: last.end }, newText: '' };
}

/**
 * An edit that deletes one list item written at `span`, with the separator that joins it
 * to its neighbours; a continuation line that holds nothing else goes as a whole.
 */
export function removeTokenEdit(text: string, span: Span): { span: Span; newText: string } {
  const lineStart = Math.max(text.lastIndexOf('\n', span.start - 1), text.lastIndexOf('\r', span.start - 1)) + 1;
  let lineEnd = span.end;
  while (lineEnd < text.length && text[lineEnd] !== '\n' && text[lineEnd] !== '\r') lineEnd++;
  const sep = /[ \t,]/;
  let after = span.end;
  while (after < lineEnd && sep.test(text[after])) after++;
  if (after < lineEnd) return { span: { start: span.start, end: after }, newText: '' };
  let before = span.start;
  while (before > lineStart && sep.test(text[before - 1])) before--;
  if (before > lineStart) {
    // The first value on the "name = value" line: keep "name =".
    if (text[before - 1] === '=') return { span: { start: span.start, end: lineEnd }, newText: '' };
    return { span: { start: before, end: lineEnd }, newText: '' };
  }
  // Alone on a continuation line: drop the line with its line break.
  let next = lineEnd;
  if (text[next] === '\r') next++;
  if (text[next] === '\n') next++;
  return { span: { start: lineStart, end: next }, newText: '' };
}

/** Quotes names for a message: "a", "b", "c". */
export function quoteList(names: readonly string[]): string {
  return names.map((n) => `"${n}"`).join(', ');
}

function listsOf(analysis: RestrictionAnalysis): RestrictionList[] {
  return [...analysis.lists, ...analysis.classes.values()];
}

function replaceFixes(token: ListToken, suggestions: readonly string[], safe = false): FixData[] | undefined {
  if (!token.span || suggestions.length === 0) return undefined;
  const span = token.span;
  return suggestions.map((s) => ({
    title: { en: `Replace with "${s}"`, ja: `"${s}" に置き換える` },
    edits: [{ span, newText: s }],
    safe: safe && suggestions.length === 1,
  }));
}

/** Where a restriction of each stage can go when it is in the wrong list. */
const LIST_FOR_STAGE: Record<Stage, string> = {
  generic: 'smtpd_recipient_restrictions',
  client: 'smtpd_client_restrictions',
  helo: 'smtpd_helo_restrictions',
  sender: 'smtpd_sender_restrictions',
  recipient: 'smtpd_recipient_restrictions',
  etrn: 'smtpd_etrn_restrictions',
};

/** The SMTP command that brings each stage's information. */
const COMMAND_FOR_STAGE: Record<Stage, string> = {
  generic: '',
  client: 'CONNECT',
  helo: 'HELO/EHLO',
  sender: 'MAIL FROM',
  recipient: 'RCPT TO',
  etrn: 'ETRN',
};

function stageFits(name: string, stage: ListStage | undefined, delayReject: boolean): boolean {
  if (!stage) return false;
  const info = getRestriction(name);
  return !!info && stagesActingIn(stage, delayReject).has(info.stage);
}

export const unknownRestriction: MainCfRule = {
  id: 'unknown-restriction',
  severity: 'error',
  messages: {
    default: {
      en: 'smtpd does not know the restriction "{0}". When a client gets that far, smtpd logs "unknown smtpd restriction" and answers "451 4.3.5 Server configuration error". Correct the name, or declare "{0}" in smtpd_restriction_classes and define it.',
      ja: '"{0}" は smtpd が知らない制限名です。クライアントの処理がここに達すると、smtpd は "unknown smtpd restriction" をログに記録し、"451 4.3.5 Server configuration error" を返します。名前を直すか、smtpd_restriction_classes に "{0}" を登録して定義してください。',
    },
    suggest: {
      en: 'smtpd does not know the restriction "{0}" (did you mean {1}?). When a client gets that far, smtpd logs "unknown smtpd restriction" and answers "451 4.3.5 Server configuration error".',
      ja: '"{0}" は smtpd が知らない制限名です ({1} の誤りではありませんか)。クライアントの処理がここに達すると、smtpd は "unknown smtpd restriction" をログに記録し、"451 4.3.5 Server configuration error" を返します。',
    },
    'class-case': {
      en: '"{0}" is not a restriction; the restriction class "{1}" differs only in capitalisation. smtpd looks class names up case-sensitively, so it treats "{0}" as unknown and answers "451 4.3.5 Server configuration error". Write "{1}".',
      ja: '"{0}" は制限名ではなく、大文字小文字だけが違う制限クラス "{1}" があります。smtpd はクラス名を大文字小文字を区別して探すため "{0}" を未知の制限とみなし、"451 4.3.5 Server configuration error" を返します。"{1}" と書いてください。',
    },
    removed: {
      en: '"{0}" was removed in Postfix 3.9, so Postfix {2} no longer accepts it: smtpd logs a warning and answers "451 4.3.5 Server configuration error" when a client reaches it. Use {1} instead.',
      ja: '"{0}" は Postfix 3.9 で削除されたため、Postfix {2} では使えません。クライアントの処理がここに達すると smtpd は警告を記録し "451 4.3.5 Server configuration error" を返します。代わりに {1} を使ってください。',
    },
    'bare-table': {
      en: 'In {1} a lookup table on its own ("{0}") has no default check: smtpd logs a warning and answers "451 4.3.5 Server configuration error". Write the check that should use the table in front of it, for example "check_client_access {0}" or "check_sender_access {0}".',
      ja: '{1} では、単独のルックアップテーブル ("{0}") に既定のチェックがありません。smtpd は警告を記録し "451 4.3.5 Server configuration error" を返します。"check_client_access {0}" や "check_sender_access {0}" のように、テーブルを使うチェックを前に書いてください。',
    },
    'table-argument': {
      en: '"{0}" must be followed by a lookup table written as type:name (for example hash:/etc/postfix/access), and here it is not. When a client reaches it, smtpd logs a warning and answers "451 4.3.5 Server configuration error".',
      ja: '"{0}" の後には type:name 形式のルックアップテーブル (例: hash:/etc/postfix/access) が必要ですが、ここにはありません。クライアントの処理がここに達すると、smtpd は警告を記録し "451 4.3.5 Server configuration error" を返します。',
    },
    'service-argument': {
      en: '"{0}" must be followed by the policy server\'s endpoint (for example inet:127.0.0.1:10023 or unix:private/policy), and here it is not. When a client reaches it, smtpd logs a warning and answers "451 4.3.5 Server configuration error".',
      ja: '"{0}" の後にはポリシーサーバーの接続先 (例: inet:127.0.0.1:10023 や unix:private/policy) が必要ですが、ここにはありません。クライアントの処理がここに達すると、smtpd は警告を記録し "451 4.3.5 Server configuration error" を返します。',
    },
    'seconds-argument': {
      en: '"{0}" must be followed by a number of seconds written in digits (for example "sleep 1"), and here it is not. When a client reaches it, smtpd logs a warning and answers "451 4.3.5 Server configuration error".',
      ja: '"{0}" の後には数字で書いた秒数 (例: "sleep 1") が必要ですが、ここにはありません。クライアントの処理がここに達すると、smtpd は警告を記録し "451 4.3.5 Server configuration error" を返します。',
    },
  },
  check({ config, version }) {
    const analysis = analyzeRestrictions(config, version);
    const undefinedClasses = new Set(analysis.declarations.filter((d) => !d.defined).map((d) => d.name));
    const classNames = [...analysis.classes.keys()];
    const candidates = [...knownRestrictionNames(version).filter((n) => getRestriction(n)?.status === 'current'), ...classNames];
    const findings: Finding[] = [];
    const seen = new Set<string>();
    const push = (span: Span | undefined, finding: Omit<Finding, 'span'>) => {
      if (!span) return;
      const key = `${span.start}:${span.end}:${finding.variant ?? ''}`;
      if (seen.has(key)) return;
      seen.add(key);
      findings.push({ span, ...finding });
    };
    for (const list of listsOf(analysis)) {
      for (const item of list.items) {
        const span = tokenSpan(item.token);
        if (item.kind === 'unknown') {
          if (undefinedClasses.has(item.name)) continue;
          if (item.classCase) {
            push(span, { variant: 'class-case', args: [item.name, item.classCase], fixes: replaceFixes(item.token, [item.classCase], true) });
          } else if (item.info?.status === 'removed') {
            const replacement = item.info.replacement.split(/\s+or\s+/).map((r) => `"${r}"`).join(' / ');
            push(span, { variant: 'removed', args: [item.token.text, replacement, version] });
          } else {
            const suggestions = suggest(item.name, candidates, 3, (c) => stageFits(c, list.stage, analysis.delayReject) || classNames.includes(c));
            push(span, {
              variant: suggestions.length ? 'suggest' : undefined,
              args: [item.token.text, quoteList(suggestions)],
              fixes: replaceFixes(item.token, suggestions),
            });
          }
        } else if (item.kind === 'table' && (list.stage === 'data' || list.stage === 'end_of_data')) {
          push(span, { variant: 'bare-table', args: [item.token.text, list.param] });
        } else if (item.kind === 'builtin' && item.badArgument && item.info) {
          push(span, { variant: `${item.info.argument}-argument`, args: [item.token.text] });
        }
      }
    }
    return findings;
  },
};

export const deprecatedRestriction: MainCfRule = {
  id: 'deprecated-restriction',
  severity: 'warning',
  messages: {
    default: {
      en: '"{0}" is the old name of "{1}" and works the same way. Postfix still accepts it; write the current name "{1}".',
      ja: '"{0}" は "{1}" の旧名で、動作は同じです。現在も受け付けられますが、現在の名前 "{1}" を使ってください。',
    },
    removed: {
      en: '"{0}" is deprecated and Postfix 3.9 removed it: from 3.9 on, smtpd answers "451 4.3.5 Server configuration error" when a client reaches it. Replace it with {1} before you upgrade.',
      ja: '"{0}" は非推奨で、Postfix 3.9 で削除されました。3.9 以降ではクライアントの処理がここに達すると smtpd が "451 4.3.5 Server configuration error" を返します。アップグレード前に {1} へ置き換えてください。',
    },
    'will-be-removed': {
      en: '"{0}" still works, but Postfix {1} logs that it will be removed. Put the domains this server is a backup MX for into relay_domains (and their recipients into relay_recipient_maps) instead.',
      ja: '"{0}" は現在も動作しますが、Postfix {1} は将来削除される旨をログに記録します。代わりに、このサーバーがバックアップ MX を務めるドメインを relay_domains に (その受信者を relay_recipient_maps に) 登録してください。',
    },
  },
  check({ config, version }) {
    const analysis = analyzeRestrictions(config, version);
    const findings: Finding[] = [];
    const seen = new Set<string>();
    for (const list of listsOf(analysis)) {
      for (const item of list.items) {
        if (item.kind !== 'builtin' || !item.info) continue;
        const span = tokenSpan(item.token);
        if (!span || seen.has(`${span.start}:${span.end}`)) continue;
        const info = item.info;
        let finding: Finding | undefined;
        if (info.status === 'legacy' && info.replacement) {
          finding = {
            span,
            args: [item.token.text, info.replacement],
            tags: ['deprecated'],
            fixes: item.token.span
              ? [{ title: { en: `Replace with "${info.replacement}"`, ja: `"${info.replacement}" に置き換える` }, edits: [{ span: item.token.span, newText: info.replacement }], safe: true }]
              : undefined,
          };
        } else if (info.status === 'removed') {
          const replacement = info.replacement.split(/\s+or\s+/).map((r) => `"${r}"`).join(' / ');
          finding = { span, variant: 'removed', args: [item.token.text, replacement], tags: ['deprecated'] };
        } else if (info.name === 'permit_mx_backup' && compareVersions(version, '3.9') >= 0) {
          finding = { span, variant: 'will-be-removed', args: [item.token.text, version], tags: ['deprecated'] };
        }
        if (finding) {
          seen.add(`${span.start}:${span.end}`);
          findings.push(finding);
        }
      }
    }
    return findings;
  },
};

export const restrictionWrongStage: MainCfRule = {
  id: 'restriction-wrong-stage',
  severity: 'warning',
  messages: {
    default: {
      en: 'With smtpd_delay_reject = no, smtpd evaluates {1} before the client has sent {2}, so "{0}" has nothing to test there and never acts. Move it to {3}, or leave smtpd_delay_reject at its default (yes).',
      ja: 'smtpd_delay_reject = no のため、smtpd は {1} をクライアントが {2} を送る前に評価します。そのため "{0}" には調べる情報がなく、ここでは一切効きません。{3} に移すか、smtpd_delay_reject を既定値 (yes) に戻してください。',
    },
    'etrn-list': {
      en: 'smtpd_etrn_restrictions is evaluated only for the ETRN command, which has no sender or recipient, so "{0}" never acts there. Move it to {1}.',
      ja: 'smtpd_etrn_restrictions は ETRN コマンドに対してだけ評価され、そこには送信者も受信者もないため、"{0}" はここでは一切効きません。{1} に移してください。',
    },
    'etrn-check': {
      en: '"{0}" tests the domain of an ETRN command, which does not exist when {1} is evaluated, so it never acts here. Move it to smtpd_etrn_restrictions.',
      ja: '"{0}" は ETRN コマンドのドメインを調べますが、{1} の評価時にはその情報がないため、ここでは一切効きません。smtpd_etrn_restrictions に移してください。',
    },
  },
  check({ config, version }) {
    const analysis = analyzeRestrictions(config, version);
    const findings: Finding[] = [];
    for (const list of analysis.lists) {
      if (!list.stage) continue;
      const acting = stagesActingIn(list.stage, analysis.delayReject);
      for (const item of list.items) {
        if (item.kind !== 'builtin' || !item.info || acting.has(item.info.stage)) continue;
        const span = tokenSpan(item.token);
        if (!span) continue;
        const stage = item.info.stage;
        let finding: Finding;
        if (stage === 'etrn') finding = { span, variant: 'etrn-check', args: [item.token.text, list.param] };
        else if (list.stage === 'etrn') finding = { span, variant: 'etrn-list', args: [item.token.text, LIST_FOR_STAGE[stage]] };
        else finding = { span, args: [item.token.text, list.param, COMMAND_FOR_STAGE[stage], LIST_FOR_STAGE[stage]] };
        finding.tags = ['unnecessary'];
        findings.push(finding);
      }
    }
    return findings;
  },
};

/** A restriction that ends evaluation of its list whatever the client sends. */
function isTerminal(item: RestrictionItem): boolean {
  if (item.kind !== 'builtin') return false;
  if (item.name === 'permit') return true;
  // warn_if_reject turns these into a logged warning, and evaluation goes on.
  if (item.warned) return false;
  return item.name === 'reject' || item.name === 'defer' || item.name === 'check_relay_domains';
}

export const unreachableRestriction: MainCfRule = {
  id: 'unreachable-restriction',
  severity: 'warning',
  messages: {
    default: {
      en: 'Evaluation of {1} always stops at "{0}", so what follows it never runs ({2}); smtpd logs "restriction ... after `{0}\' is ignored" when it gets there. Remove the entries after "{0}", or move them in front of it.',
      ja: '{1} の評価は必ず "{0}" で終わるため、その後の項目 ({2}) は実行されません。smtpd はここに達すると "restriction ... after `{0}\' is ignored" とログに記録します。"{0}" の後の項目を削除するか、"{0}" より前に移してください。',
    },
  },
  check({ config, version }) {
    const analysis = analyzeRestrictions(config, version);
    const findings: Finding[] = [];
    const seen = new Set<string>();
    for (const list of listsOf(analysis)) {
      const terminal = list.items.find((item) => isTerminal(item));
      if (!terminal) continue;
      const after = list.tokens.slice(terminal.index + 1);
      if (after.length === 0) continue;
      const first = tokenSpan(after[0]);
      const last = tokenSpan(after[after.length - 1]);
      if (!first || !last || last.end < first.start) continue;
      const span = { start: first.start, end: last.end };
      const key = `${span.start}:${span.end}`;
      if (seen.has(key)) continue;
      seen.add(key);
      const sameEntry = after.every((t) => t.span && t.entry && t.entry === after[0].entry);
      const lastSpan = after[after.length - 1].span;
      const edit = sameEntry && lastSpan && terminal.token.span && terminal.token.entry === after[0].entry ? removeAfterEdit(terminal.token.span, lastSpan) : undefined;
      findings.push({
        span,
        args: [terminal.token.text, list.param, quoteList(after.map((t) => t.text))],
        tags: ['unnecessary'],
        fixes: edit
          ? [{ title: { en: `Remove what follows "${terminal.token.text}"`, ja: `"${terminal.token.text}" の後の項目を削除する` }, edits: [edit] }]
          : undefined,
      });
    }
    return findings;
  },
};

export const undefinedRestrictionClass: MainCfRule = {
  id: 'undefined-restriction-class',
  severity: 'error',
  messages: {
    default: {
      en: 'The restriction class "{0}" is listed in smtpd_restriction_classes but has no definition, so smtpd stops at start-up with "fatal: restriction class `{0}\' needs a definition". Define it, for example "{0} = check_sender_access hash:/etc/postfix/{0}", or remove it from smtpd_restriction_classes.',
      ja: '制限クラス "{0}" は smtpd_restriction_classes に登録されていますが定義がないため、smtpd は起動時に "fatal: restriction class `{0}\' needs a definition" で停止します。"{0} = check_sender_access hash:/etc/postfix/{0}" のように定義するか、smtpd_restriction_classes から削除してください。',
    },
    empty: {
      en: 'The restriction class "{0}" is listed in smtpd_restriction_classes but its value is empty, which smtpd treats as no definition: it stops at start-up with "fatal: restriction class `{0}\' needs a definition". Give "{0}" at least one restriction, or remove it from smtpd_restriction_classes.',
      ja: '制限クラス "{0}" は smtpd_restriction_classes に登録されていますが値が空です。smtpd はこれを定義なしとみなし、起動時に "fatal: restriction class `{0}\' needs a definition" で停止します。"{0}" に少なくとも 1 つの制限を書くか、smtpd_restriction_classes から削除してください。',
    },
  },
  check({ config, version, doc }) {
    const analysis = analyzeRestrictions(config, version);
    const used = new Set(listsOf(analysis).flatMap((l) => l.tokens.map((t) => t.text)));
    const findings: Finding[] = [];
    for (const decl of analysis.declarations) {
      if (decl.defined) continue;
      const span = tokenSpan(decl.token);
      if (!span) continue;
      const empty = config.isDefined(decl.name);
      const edit = !used.has(decl.name) && decl.token.span ? removeTokenEdit(doc.text, decl.token.span) : undefined;
      findings.push({
        span,
        variant: empty ? 'empty' : undefined,
        args: [decl.name],
        fixes: edit
          ? [{ title: { en: `Remove "${decl.name}" from smtpd_restriction_classes`, ja: `smtpd_restriction_classes から "${decl.name}" を削除する` }, edits: [edit] }]
          : undefined,
      });
    }
    return findings;
  },
};

export const RESTRICTION_RULES: readonly MainCfRule[] = [
  unknownRestriction,
  deprecatedRestriction,
  restrictionWrongStage,
  unreachableRestriction,
  undefinedRestrictionClass,
];

/** Exposed for other rules of this family. */
export function contextAnalysis(context: MainCfContext): RestrictionAnalysis {
  return analyzeRestrictions(context.config, context.version);
}
