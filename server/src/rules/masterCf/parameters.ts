/**
 * The parameters of `-o name=value`: what postconf reports about them in master.cf
 * ("unused parameter", "undefined parameter", "read-only parameter assignment",
 * deprecations), values the daemon refuses, and what needs main.cf and master.cf together.
 * The ids are those of the main.cf rules for the same problems, so one setting covers both files.
 */
import { editDistance, suggest } from '../../analysis/suggest';
import { READ_ONLY_PARAMETERS } from '../../analysis/usage';
import { deprecationIn } from '../../knowledge/deprecations';
import { allParameters, getParameter, isBuiltinIn, newerVersionKnowing } from '../../knowledge/parameters';
import { MasterOption, ServiceNode } from '../../parser/masterCf';
import { Finding, FixData } from '../rule';
import { MasterCfRule, masterUsageOf } from './context';

const renameTo = (span: Finding['span'], name: string): FixData => ({
  title: { en: `Change to "${name}"`, ja: `"${name}" に変更する` },
  edits: [{ span, newText: name }],
});

const builtinCache = new Map<string, string[]>();
function builtinNames(version: string): string[] {
  let names = builtinCache.get(version);
  if (!names) builtinCache.set(version, (names = [...allParameters()].filter((p) => p.versions.includes(version)).map((p) => p.name)));
  return names;
}

/** The options of a service that postconf reads (name and value both present). */
function settings(service: ServiceNode): MasterOption[] {
  return service.options.filter((o) => o.name && !o.missingEquals && !o.missingName && !o.missingValue);
}

const PER_SERVICE_HINTS = ['_destination_concurrency_limit', '_destination_recipient_limit', '_time_limit', '_destination_rate_delay', '_recipient_limit'];

export const masterUnknownParameter: MasterCfRule = {
  id: 'unknown-parameter',
  severity: 'warning',
  messages: {
    default: {
      en: 'Postfix does not know the parameter "{0}" and nothing refers to it, so this -o setting has no effect (postconf reports "master.cf: unused parameter").',
      ja: 'パラメータ "{0}" は Postfix が知らない名前で、どこからも参照されていないため、この -o の設定は効果がありません (postconf は "master.cf: unused parameter" と報告します)。',
    },
    suggest: {
      en: 'Postfix does not know the parameter "{0}", so this -o setting has no effect (postconf reports it as unused). Did you mean {1}?',
      ja: 'パラメータ "{0}" は Postfix が知らない名前のため、この -o の設定は効果がありません (postconf は unused と報告します)。{1} の誤りではありませんか?',
    },
    service: {
      en: '"{0}" looks like a per-service setting, but master.cf has no service "{1}" running a delivery agent that reads it, so it has no effect (postconf reports it as unused).',
      ja: '"{0}" はサービス別の設定のようですが、master.cf にはこれを読む配送エージェントを実行するサービス "{1}" がないため、効果がありません (postconf は unused と報告します)。',
    },
  },
  check(context) {
    const usage = masterUsageOf(context);
    const names = builtinNames(context.version);
    const mainNames = [...(context.main?.doc.byName.keys() ?? [])];
    return usage.unused.flatMap(({ options, name }): Finding[] => {
      if (newerVersionKnowing(name, context.version) || deprecationIn(name, context.version)) return [];
      const serviceSuffix = PER_SERVICE_HINTS.find((s) => name.endsWith(s) && name.length > s.length && !getParameter(name));
      const candidates = suggest(name, [...names, ...mainNames].filter((n) => n !== name), 3);
      return options.map((option): Finding => {
        if (serviceSuffix) return { span: option.nameSpan, variant: 'service', args: [name, name.slice(0, -serviceSuffix.length)] };
        if (candidates.length) {
          return {
            span: option.nameSpan,
            variant: 'suggest',
            args: [name, candidates.map((c) => `"${c}"`).join(', ')],
            fixes: candidates.map((c) => renameTo(option.nameSpan, c)),
          };
        }
        return { span: option.nameSpan, args: [name] };
      });
    });
  },
};

export const masterUndefinedReference: MasterCfRule = {
  id: 'undefined-reference',
  severity: 'warning',
  messages: {
    default: {
      en: '"${0}" refers to a parameter that is set neither in this service\'s -o options nor in main.cf, and Postfix has no such built-in, so it expands to nothing (postconf reports "master.cf: undefined parameter").',
      ja: '"${0}" は、このサービスの -o でも main.cf でも設定されておらず Postfix 組み込みでもないパラメータを参照しているため、空文字列に展開されます (postconf は "master.cf: undefined parameter" と報告します)。',
    },
    suggest: {
      en: '"${0}" refers to an undefined parameter and expands to nothing. Did you mean {1}?',
      ja: '"${0}" は未定義のパラメータを参照しているため、空文字列に展開されます。{1} の誤りではありませんか?',
    },
    class: {
      en: 'The restriction class "{0}" listed in this service\'s smtpd_restriction_classes is defined neither here nor in main.cf (postconf reports "master.cf: undefined parameter").',
      ja: 'このサービスの smtpd_restriction_classes に挙げた制限クラス "{0}" は、ここにも main.cf にも定義されていません (postconf は "master.cf: undefined parameter" と報告します)。',
    },
  },
  check(context) {
    const usage = masterUsageOf(context);
    const mainNames = [...(context.main?.doc.byName.keys() ?? [])];
    return usage.undefinedReferences.map((ref): Finding => {
      if (ref.kind === 'class') {
        return { span: ref.nameSpan, variant: 'class', args: [ref.name] };
      }
      const local = settings(ref.service).map((o) => o.name);
      // Only near misses: "$mua_client_restrictions" is a name of its own, not a typo of smtpd_client_restrictions.
      const candidates = suggest(ref.name, [...builtinNames(context.version), ...mainNames, ...local], 3).filter((c) => editDistance(ref.name, c, 2) <= 2);
      return candidates.length
        ? { span: ref.nameSpan, variant: 'suggest', args: [ref.name, candidates.map((c) => `"$${c}"`).join(', ')], fixes: candidates.map((c) => renameTo(ref.nameSpan, c)) }
        : { span: ref.nameSpan, args: [ref.name] };
    });
  },
};

export const masterParameterTooNew: MasterCfRule = {
  id: 'parameter-too-new',
  severity: 'warning',
  messages: {
    default: {
      en: '"{0}" first appears in Postfix {1}; Postfix {2} (postfix.version) does not know it, so this -o setting has no effect. Remove it, or set postfix.version if the server runs a newer Postfix.',
      ja: '"{0}" は Postfix {1} で追加されたパラメータです。Postfix {2} (postfix.version) は知らないため、この -o の設定は効果がありません。削除するか、サーバーがより新しい Postfix なら postfix.version を設定してください。',
    },
  },
  check(context) {
    const unused = new Set(masterUsageOf(context).unused.flatMap((u) => u.options));
    return context.doc.services.flatMap((service) =>
      settings(service).flatMap((option): Finding[] => {
        if (!unused.has(option)) return [];
        const newer = newerVersionKnowing(option.name, context.version);
        if (!newer) return [];
        return [{ span: option.nameSpan, args: [option.name, getParameter(option.name)?.since || newer, context.version] }];
      }),
    );
  },
};

export const masterDeprecatedParameter: MasterCfRule = {
  id: 'deprecated-parameter',
  severity: 'warning',
  messages: {
    default: {
      en: '"{0}" is deprecated since Postfix {1} and will be removed; use "{2}" instead (postconf warns about this -o setting).',
      ja: '"{0}" は Postfix {1} から非推奨で、将来削除されます。代わりに "{2}" を使ってください (postconf はこの -o の設定について警告します)。',
    },
    remove: {
      en: '"{0}" is deprecated since Postfix {1} and has no replacement: remove this -o setting.',
      ja: '"{0}" は Postfix {1} から非推奨で、代替はありません。この -o の設定を削除してください。',
    },
  },
  check(context) {
    return context.doc.services.flatMap((service) =>
      settings(service).flatMap((option): Finding[] => {
        const d = deprecationIn(option.name, context.version);
        if (!d) return [];
        if (!d.replacement) return [{ span: option.nameSpan, variant: 'remove', args: [option.name, d.since], tags: ['deprecated'] }];
        return [{ span: option.nameSpan, args: [option.name, d.since, d.replacement], tags: ['deprecated'] }];
      }),
    );
  },
};

export const masterReadOnlyParameter: MasterCfRule = {
  id: 'read-only-parameter',
  severity: 'warning',
  messages: {
    default: {
      en: '"{0}" is set by Postfix itself for each running program; postconf drops this -o setting with "read-only parameter assignment". Remove it.',
      ja: '"{0}" は実行中の各プログラムに Postfix 自身が設定する値です。postconf はこの -o の設定を "read-only parameter assignment" として破棄します。削除してください。',
    },
  },
  check(context) {
    return context.doc.services.flatMap((service) =>
      settings(service)
        .filter((o) => READ_ONLY_PARAMETERS.has(o.name))
        .map((option): Finding => ({ span: option.nameSpan, args: [option.name] })),
    );
  },
};

export const masterInvalidBoolean: MasterCfRule = {
  id: 'invalid-boolean',
  severity: 'error',
  messages: {
    default: {
      en: '"{0}" takes yes or no, not "{1}". The daemon stops with "bad boolean configuration" when it reads this -o setting.',
      ja: '"{0}" は yes または no を取ります ("{1}" は不可)。デーモンはこの -o の設定を読むと "bad boolean configuration" で停止します。',
    },
  },
  check(context) {
    return context.doc.services.flatMap((service) =>
      settings(service).flatMap((option): Finding[] => {
        const info = getParameter(option.name);
        if (!info || (info.type !== 'bool' && info.type !== 'nbool') || !isBuiltinIn(option.name, context.version)) return [];
        if (option.value.includes('$') || /^(yes|no)$/i.test(option.value)) return [];
        const v = option.value.toLowerCase();
        const guess = ['true', 'on', '1', 'enable', 'enabled', 'y'].includes(v) ? 'yes' : ['false', 'off', '0', 'disable', 'disabled', 'n'].includes(v) ? 'no' : undefined;
        const span = option.value ? option.valueSpan : option.nameSpan;
        return [{ span, args: [option.name, option.value], fixes: guess && option.value ? [{ ...renameTo(option.valueSpan, guess), safe: true }] : [] }];
      }),
    );
  },
};

export const masterMissingPostlog: MasterCfRule = {
  id: 'master-missing-postlog',
  severity: 'error',
  messages: {
    default: {
      en: 'main.cf sets maillog_file, but this master.cf has no "postlog unix-dgram" service: "postfix start" refuses to run ("missing \'postlog\' service in master.cf") and nothing would write the log file.',
      ja: 'main.cf で maillog_file を設定していますが、この master.cf には "postlog unix-dgram" サービスがありません。"postfix start" は起動を拒否し ("missing \'postlog\' service in master.cf")、ログファイルを書くものもありません。',
    },
  },
  check(context) {
    const main = context.main;
    if (!main || !main.doc.byName.has('maillog_file')) return [];
    if (main.config.expand('maillog_file').value.trim() === '') return [];
    if (context.doc.services.some((s) => s.service?.text === 'postlog' && s.type?.text === 'unix-dgram')) return [];
    const text = context.doc.text;
    const end = text.length;
    const newline = end > 0 && !/[\r\n]$/.test(text) ? '\n' : '';
    const first = context.doc.services[0];
    return [
      {
        span: first ? { start: first.service!.start, end: first.service!.end } : { start: 0, end: 0 },
        fixes: [
          {
            title: { en: 'Add the postlog service', ja: 'postlog サービスを追加する' },
            edits: [{ span: { start: end, end }, newText: `${newline}postlog   unix-dgram n  -       n       -       1       postlogd\n` }],
            safe: true,
          },
        ],
      },
    ];
  },
};

export const PARAMETER_RULES: readonly MasterCfRule[] = [
  masterUnknownParameter,
  masterUndefinedReference,
  masterParameterTooNew,
  masterDeprecatedParameter,
  masterReadOnlyParameter,
  masterInvalidBoolean,
  masterMissingPostlog,
];
