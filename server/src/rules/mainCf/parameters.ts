/** Rules about parameter names and `$` references: what postconf reports, and what Postfix stops on. */
import { Localized } from '../../i18n/locale';
import { allParameters, getParameter, isBuiltinIn, newerVersionKnowing } from '../../knowledge/parameters';
import { deprecationIn } from '../../knowledge/deprecations';
import { READ_ONLY_PARAMETERS } from '../../analysis/usage';
import { suggest } from '../../analysis/suggest';
import { entryReferences } from '../../parser/mainCf';
import { lineNumberAt } from '../../parser/lines';
import { Finding, FixData, MainCfContext, MainCfRule } from '../rule';
import { entryLineSpan, finalEntries, usageOf } from './context';

const renameTo = (span: Finding['span'], name: string): FixData => ({
  title: { en: `Change to "${name}"`, ja: `"${name}" に変更する` },
  edits: [{ span, newText: name }],
});

function builtinNames(version: string): string[] {
  return [...allParameters()].filter((p) => p.versions.includes(version)).map((p) => p.name);
}

/** The newest catalog version that knows the name, when the configured one does not. */
export const unknownParameter: MainCfRule = {
  id: 'unknown-parameter',
  severity: 'warning',
  messages: {
    default: {
      en: 'Postfix does not know the parameter "{0}" and nothing refers to it, so no Postfix program reads it (postconf reports it as an unused parameter).',
      ja: 'パラメータ "{0}" は Postfix が知らない名前で、どこからも参照されていないため、どのプログラムも読みません (postconf は unused parameter と報告します)。',
    },
    suggest: {
      en: 'Postfix does not know the parameter "{0}" (postconf reports it as unused). Did you mean {1}?',
      ja: 'パラメータ "{0}" は Postfix が知らない名前です (postconf は unused と報告します)。{1} の誤りではありませんか?',
    },
    service: {
      en: '"{0}" looks like a per-service setting, but master.cf has no service "{1}" running a delivery agent that reads it, so Postfix ignores it (postconf reports it as unused).',
      ja: '"{0}" はサービス別の設定のようですが、master.cf にはこれを読む配送エージェントを実行するサービス "{1}" がないため、Postfix は無視します (postconf は unused と報告します)。',
    },
  },
  check(context) {
    const usage = usageOf(context);
    const names = builtinNames(context.version);
    return usage.unused.flatMap((last): Finding[] => {
      const name = last.name;
      // Reported with a better message by other rules.
      if (newerVersionKnowing(name, context.version) || deprecationIn(name, context.version)) return [];
      const entries = context.doc.byName.get(name) ?? [last];
      const serviceSuffix = ['_destination_concurrency_limit', '_destination_recipient_limit', '_time_limit', '_destination_rate_delay', '_recipient_limit']
        .find((s) => name.endsWith(s) && name.length > s.length && !getParameter(name));
      const candidates = suggest(name, [...names, ...context.doc.byName.keys()].filter((n) => n !== name), 3);
      return entries.map((entry): Finding => {
        if (serviceSuffix && context.master) {
          return { span: entry.nameSpan, variant: 'service', args: [name, name.slice(0, -serviceSuffix.length)] };
        }
        if (candidates.length) {
          return {
            span: entry.nameSpan,
            variant: 'suggest',
            args: [name, candidates.map((c) => `"${c}"`).join(', ')],
            fixes: candidates.map((c) => renameTo(entry.nameSpan, c)),
          };
        }
        return { span: entry.nameSpan, args: [name] };
      });
    });
  },
};

export const undefinedReference: MainCfRule = {
  id: 'undefined-reference',
  severity: 'warning',
  messages: {
    default: {
      en: '"${0}" refers to a parameter that is neither set in this file nor built into Postfix, so it expands to nothing (postconf reports an undefined parameter).',
      ja: '"${0}" は、このファイルでも Postfix 組み込みでも定義されていないパラメータを参照しているため、空文字列に展開されます (postconf は undefined parameter と報告します)。',
    },
    suggest: {
      en: '"${0}" refers to an undefined parameter and expands to nothing. Did you mean {1}?',
      ja: '"${0}" は未定義のパラメータを参照しているため、空文字列に展開されます。{1} の誤りではありませんか?',
    },
  },
  check(context) {
    const names = [...builtinNames(context.version), ...context.doc.byName.keys()];
    // One search per distinct name: a value may repeat the same undefined reference many times.
    const suggestions = new Map<string, string[]>();
    return usageOf(context).undefinedReferences.map((ref): Finding => {
      let candidates = suggestions.get(ref.name);
      if (!candidates) suggestions.set(ref.name, (candidates = suggest(ref.name, names, 3)));
      return candidates.length
        ? { span: ref.nameSpan, variant: 'suggest', args: [ref.name, candidates.map((c) => `"$${c}"`).join(', ')], fixes: candidates.map((c) => renameTo(ref.nameSpan, c)) }
        : { span: ref.nameSpan, args: [ref.name] };
    });
  },
};

export const duplicateParameter: MainCfRule = {
  id: 'duplicate-parameter',
  severity: 'warning',
  messages: {
    default: {
      en: '"{0}" is set again on line {1}, and the later setting wins: this value is ignored (Postfix warns "overriding earlier entry"). Remove one of the two.',
      ja: '"{0}" は {1} 行目で再び設定されており、後の設定が有効になるため、この値は無視されます (Postfix は "overriding earlier entry" と警告します)。どちらかを削除してください。',
    },
  },
  check(context) {
    const findings: Finding[] = [];
    const text = context.doc.text;
    for (const entries of context.doc.byName.values()) {
      if (entries.length < 2) continue;
      const last = entries[entries.length - 1];
      const lastLine = lineNumberAt(text, last.start);
      for (const entry of entries.slice(0, -1)) {
        if (entry.value.text === last.value.text) continue;
        findings.push({
          span: entry.nameSpan,
          args: [entry.name, String(lastLine)],
          tags: ['unnecessary'],
          related: [{ span: last.nameSpan, message: { en: 'the setting in effect', ja: '有効な設定' } }],
          fixes: [{ title: { en: 'Remove the overridden setting', ja: '上書きされている設定を削除する' }, edits: [{ span: entryLineSpan(text, entry), newText: '' }], safe: true }],
        });
      }
    }
    return findings;
  },
};

export const readOnlyParameter: MainCfRule = {
  id: 'read-only-parameter',
  severity: 'warning',
  messages: {
    default: {
      en: '"{0}" is set by Postfix itself for each running program; Postfix discards this assignment with a warning. Remove the line.',
      ja: '"{0}" は実行中の各プログラムに Postfix 自身が設定する値です。この代入は警告とともに破棄されます。行を削除してください。',
    },
  },
  check(context) {
    return context.doc.entries
      .filter((e) => READ_ONLY_PARAMETERS.has(e.name))
      .map((entry) => ({
        span: entry.nameSpan,
        args: [entry.name],
        fixes: [{ title: { en: 'Remove the line', ja: '行を削除する' }, edits: [{ span: entryLineSpan(context.doc.text, entry), newText: '' }], safe: true }],
      }));
  },
};

export const valueNotComment: MainCfRule = {
  id: 'value-not-comment',
  severity: 'warning',
  messages: {
    default: {
      en: 'This "#" does not start a comment: after a value, Postfix reads it and the rest of the line as part of the value of "{0}" (Postfix 3.11 warns about it). Put the comment on a line of its own.',
      ja: 'この "#" はコメントになりません。値の後ろでは、Postfix は "#" と行の残りを "{0}" の値の一部として読みます (Postfix 3.11 は警告します)。コメントは独立した行に書いてください。',
    },
  },
  check(context) {
    const text = context.doc.text;
    const findings: Finding[] = [];
    for (const entry of context.doc.entries) {
      for (const line of entry.logical.lines) {
        const from = Math.max(line.start, entry.value.start);
        if (from >= line.end) continue;
        const segment = text.slice(from, line.end);
        const m = /(^|\s)(#.*)$/.exec(segment);
        if (!m || (m.index === 0 && m[1] === '' && from === entry.value.start)) continue;
        const hash = from + m.index + m[1].length;
        let cut = hash;
        while (cut > from && /[ \t]/.test(text[cut - 1])) cut--;
        const comment = text.slice(hash, line.end).trimEnd();
        findings.push({
          span: { start: hash, end: line.end },
          args: [entry.name],
          fixes: [
            {
              title: { en: 'Move the comment to its own line above', ja: 'コメントを上の独立した行に移す' },
              edits: [
                { span: { start: entry.start, end: entry.start }, newText: `${comment}\n` },
                { span: { start: cut, end: line.end }, newText: '' },
              ],
              safe: true,
            },
          ],
        });
      }
    }
    return findings;
  },
};

/** Translates a deprecated setting's value into its replacement's, where the meaning maps one to one. */
function translateValue(name: string, value: string): string | undefined {
  const v = value.trim().toLowerCase();
  if (/_use_tls$/.test(name)) return v === 'yes' ? 'may' : v === 'no' ? 'none' : undefined;
  if (/_enforce_tls$/.test(name)) return v === 'yes' ? 'encrypt' : undefined;
  if (name === 'disable_dns_lookups') return v === 'yes' ? 'disabled' : v === 'no' ? 'enabled' : undefined;
  if (/_tls_enforce_peername$/.test(name)) return v === 'yes' ? 'verify' : undefined;
  return value;
}

export const deprecatedParameter: MainCfRule = {
  id: 'deprecated-parameter',
  severity: 'warning',
  messages: {
    default: {
      en: '"{0}" is deprecated since Postfix {1} and will be removed; use "{2}" instead.',
      ja: '"{0}" は Postfix {1} から非推奨で、将来削除されます。代わりに "{2}" を使ってください。',
    },
    remove: {
      en: '"{0}" is deprecated since Postfix {1} and has no replacement: remove the setting.',
      ja: '"{0}" は Postfix {1} から非推奨で、代替はありません。設定を削除してください。',
    },
  },
  check(context) {
    const text = context.doc.text;
    return context.doc.entries.flatMap((entry): Finding[] => {
      const d = deprecationIn(entry.name, context.version);
      if (!d) return [];
      const remove: FixData = { title: { en: `Remove "${entry.name}"`, ja: `"${entry.name}" を削除する` }, edits: [{ span: entryLineSpan(text, entry), newText: '' }] };
      if (!d.replacement) return [{ span: entry.nameSpan, variant: 'remove', args: [entry.name, d.since], tags: ['deprecated'], fixes: [remove] }];
      const fixes: FixData[] = [];
      if (context.doc.byName.has(d.replacement)) fixes.push(remove);
      else {
        const value = translateValue(entry.name, entry.value.text);
        if (value !== undefined) {
          fixes.push({
            title: { en: `Replace with "${d.replacement} = ${value}"`, ja: `"${d.replacement} = ${value}" に置き換える` },
            edits: [{ span: { start: entry.start, end: entry.end }, newText: `${d.replacement} = ${value}` }],
          });
        }
      }
      return [{ span: entry.nameSpan, args: [entry.name, d.since, d.replacement], tags: ['deprecated'], fixes }];
    });
  },
};

export const parameterTooNew: MainCfRule = {
  id: 'parameter-too-new',
  severity: 'warning',
  messages: {
    default: {
      en: '"{0}" first appears in Postfix {1}; Postfix {2} (postfix.version) does not know it and ignores it. Remove it, or set postfix.version if the server runs a newer Postfix.',
      ja: '"{0}" は Postfix {1} で追加されたパラメータです。Postfix {2} (postfix.version) は知らないため無視します。削除するか、サーバーがより新しい Postfix なら postfix.version を設定してください。',
    },
  },
  check(context) {
    return context.doc.entries.flatMap((entry): Finding[] => {
      if (isBuiltinIn(entry.name, context.version)) return [];
      const newer = newerVersionKnowing(entry.name, context.version);
      if (!newer) return [];
      const since = getParameter(entry.name)?.since || newer;
      return [{ span: entry.nameSpan, args: [entry.name, since, context.version] }];
    });
  },
};

const MALFORMED: Record<string, Localized> = {
  'empty-name': {
    en: 'A "$" must be followed by a parameter name; write "$$" for a literal dollar sign. Postfix stops with "macro processing error" when it expands this value.',
    ja: '"$" の後にはパラメータ名が必要です。ドル記号そのものは "$$" と書きます。この値を展開するとき Postfix は "macro processing error" で停止します。',
  },
  truncated: {
    en: 'This "$" reference has no closing bracket. Postfix stops with "macro processing error" when it expands this value.',
    ja: 'この "$" 参照には閉じ括弧がありません。この値を展開するとき Postfix は "macro processing error" で停止します。',
  },
};

export const invalidReference: MainCfRule = {
  id: 'invalid-reference',
  severity: 'error',
  messages: { default: MALFORMED['empty-name'], ...MALFORMED },
  check(context: MainCfContext) {
    const usage = usageOf(context);
    const findings: Finding[] = [];
    for (const entry of finalEntries(context)) {
      const refs = entryReferences(entry);
      if (!refs.some((ref) => ref.error)) continue;
      if (getParameter(entry.name)?.type === 'raw') continue;
      // A value nobody expands cannot stop Postfix.
      if (!isBuiltinIn(entry.name, context.version) && !usage.used.has(entry.name)) continue;
      for (const ref of refs) {
        if (!ref.error) continue;
        const fixes: FixData[] =
          ref.error === 'empty-name' && ref.form === 'plain'
            ? [{ title: { en: 'Write "$$" for a literal dollar sign', ja: 'ドル記号そのものとして "$$" と書く' }, edits: [{ span: ref.span, newText: '$$' }] }]
            : [];
        findings.push({ span: ref.span, variant: ref.error, fixes });
      }
    }
    return findings;
  },
};

export const PARAMETER_RULES: readonly MainCfRule[] = [
  unknownParameter,
  undefinedReference,
  duplicateParameter,
  readOnlyParameter,
  valueNotComment,
  deprecatedParameter,
  parameterTooNew,
  invalidReference,
];
