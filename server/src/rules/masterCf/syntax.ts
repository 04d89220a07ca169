/**
 * master.cf entries Postfix refuses: postconf stops on a bad column ("bad field
 * count", "invalid type field", ...), master(8) stops on a private inet service,
 * a bad address or an unbalanced brace, and a daemon stops on an `-o` it cannot
 * split or an argument it does not take. All of these are errors. A duplicate
 * entry only makes master warn and use the last one.
 */
import { suggest } from '../../analysis/suggest';
import { getParameter } from '../../knowledge/parameters';
import { Span, toDocumentSpan } from '../../parser/lines';
import { Field, MasterOption, ServiceNode, argumentText } from '../../parser/masterCf';
import { COMMAND_ATTRIBUTES, DAEMON_DOCS, NO_ARGUMENT_COMMANDS, SERVICE_TYPES } from '../../features/master/knowledge';
import { Finding, FixData } from '../rule';
import { AddressProblem, parseInetService } from './address';
import { MasterCfRule } from './context';

const replace = (span: Span, newText: string, title: { en: string; ja: string }, safe = false): FixData => ({ title, edits: [{ span, newText }], safe });

/** Services that have all eight columns. */
function complete(context: { doc: { services: ServiceNode[] } }): ServiceNode[] {
  return context.doc.services.filter((s) => s.fields.length >= 8);
}

/** The span of a whole entry's text, for removal: its logical line and the line break after it. */
export function entryRemovalSpan(text: string, service: ServiceNode): Span {
  let end = service.end;
  if (text[end] === '\r') end++;
  if (text[end] === '\n') end++;
  return { start: service.start, end };
}

export const masterFieldCount: MasterCfRule = {
  id: 'master-field-count',
  severity: 'error',
  messages: {
    default: {
      en: 'This entry has {0} of the 8 columns (service, type, private, unprivileged, chroot, wakeup, process limit, command). postconf stops with "bad field count" and master refuses to start.',
      ja: 'このエントリには 8 列 (service、type、private、unprivileged、chroot、wakeup、process limit、command) のうち {0} 列しかありません。postconf は "bad field count" で停止し、master は起動を拒否します。',
    },
  },
  check(context) {
    return context.doc.services
      .filter((s) => s.fields.length < 8)
      .map((service): Finding => {
        const fields = service.fields;
        const span = { start: fields[0].start, end: fields[fields.length - 1].end };
        const lastField = fields[fields.length - 1];
        const fixes: FixData[] = [];
        // "smtp inet n - n - smtpd": the command is there, a column before it is missing.
        if (fields.length >= 3 && Object.prototype.hasOwnProperty.call(DAEMON_DOCS, lastField.text)) {
          const missing = 8 - fields.length;
          fixes.push({
            title: { en: `Insert ${missing} "-" column(s) before "${lastField.text}"`, ja: `"${lastField.text}" の前に "-" の列を ${missing} 個挿入する` },
            edits: [{ span: { start: lastField.start, end: lastField.start }, newText: '-       '.repeat(missing) }],
          });
        }
        return { span, args: [String(fields.length)], fixes };
      });
  },
};

export const masterInvalidType: MasterCfRule = {
  id: 'master-invalid-type',
  severity: 'error',
  messages: {
    default: {
      en: '"{0}" is not a service type: use inet, unix, unix-dgram, fifo or pass. postconf stops with "invalid type field" and master with "bad transport type".',
      ja: '"{0}" はサービスの種類ではありません。inet、unix、unix-dgram、fifo、pass のいずれかを使ってください。postconf は "invalid type field"、master は "bad transport type" で停止します。',
    },
    suggest: {
      en: '"{0}" is not a service type (postconf and master stop on it). Did you mean {1}?',
      ja: '"{0}" はサービスの種類ではありません (postconf と master は停止します)。{1} の誤りではありませんか?',
    },
  },
  check(context) {
    return complete(context).flatMap((service): Finding[] => {
      const type = service.type!;
      if ((SERVICE_TYPES as readonly string[]).includes(type.text)) return [];
      const lower = type.text.toLowerCase();
      const candidates = (SERVICE_TYPES as readonly string[]).includes(lower) ? [lower] : suggest(type.text, SERVICE_TYPES, 3);
      if (lower === 'tcp' && !candidates.includes('inet')) candidates.unshift('inet');
      if (!candidates.length) return [{ span: type, args: [type.text] }];
      return [
        {
          span: type,
          variant: 'suggest',
          args: [type.text, candidates.map((c) => `"${c}"`).join(', ')],
          fixes: candidates.map((c, i) => replace(type, c, { en: `Change to "${c}"`, ja: `"${c}" に変更する` }, i === 0 && candidates.length === 1)),
        },
      ];
    });
  },
};

const FLAG_COLUMNS = [
  ['private', 'private'],
  ['unprivileged', 'unprivileged'],
  ['chroot', 'chroot'],
] as const;

export const masterInvalidFlag: MasterCfRule = {
  id: 'master-invalid-flag',
  severity: 'error',
  messages: {
    default: {
      en: 'The {0} column takes y, n or - (one lowercase letter), not "{1}". postconf stops with "invalid {0} field" and master with "bad value".',
      ja: '{0} 列には y、n、- (小文字 1 文字) のいずれかを書きます ("{1}" は不可)。postconf は "invalid {0} field"、master は "bad value" で停止します。',
    },
  },
  check(context) {
    const findings: Finding[] = [];
    for (const service of complete(context)) {
      for (const [key, label] of FLAG_COLUMNS) {
        const field = service[key]!;
        if (/^[yn-]$/.test(field.text)) continue;
        const v = field.text.toLowerCase();
        const guess = ['y', 'yes', 'true', '1', 'on'].includes(v) ? 'y' : ['n', 'no', 'false', '0', 'off'].includes(v) ? 'n' : undefined;
        findings.push({
          span: field,
          args: [label, field.text],
          fixes: guess ? [replace(field, guess, { en: `Change to "${guess}"`, ja: `"${guess}" に変更する` }, true)] : [],
        });
      }
    }
    return findings;
  },
};

export const masterInvalidWakeup: MasterCfRule = {
  id: 'master-invalid-wakeup',
  severity: 'error',
  messages: {
    default: {
      en: '"{0}" is not a wakeup time: write a number of seconds, optionally followed by "?" (only after first use), or "-" for none. postconf stops with "invalid wakeup field" and master with "bad value".',
      ja: '"{0}" は起床間隔として正しくありません。秒数 (一度使われてからだけなら末尾に "?") か、起床なしの "-" を書いてください。postconf は "invalid wakeup field"、master は "bad value" で停止します。',
    },
    master: {
      en: '"{0}" is not a wakeup time: write a number of seconds, optionally followed by "?", or "-" for none. postconf lets it pass, but master stops with "bad value".',
      ja: '"{0}" は起床間隔として正しくありません。秒数 (末尾に "?" も可) か、起床なしの "-" を書いてください。postconf は通しますが、master は "bad value" で停止します。',
    },
    postconf: {
      en: '"{0}" is not a wakeup time: write a number of seconds, optionally followed by "?", or "-" for none. postconf (and so "postfix start") stops with "invalid wakeup field"; master alone would read only the leading digits.',
      ja: '"{0}" は起床間隔として正しくありません。秒数 (末尾に "?" も可) か、起床なしの "-" を書いてください。postconf (したがって "postfix start") は "invalid wakeup field" で停止します。master 単独なら先頭の数字だけを読みます。',
    },
  },
  check(context) {
    return complete(context).flatMap((service): Finding[] => {
      const field = service.wakeup!;
      if (/^(-|\d+\??)$/.test(field.text)) return [];
      // postconf accepts "?" and "-?", master does not; master reads "5x" as 5, postconf does not.
      const variant = field.text === '-?' || field.text === '?' ? 'master' : /^\d/.test(field.text) ? 'postconf' : undefined;
      return [{ span: field, args: [field.text], variant }];
    });
  },
};

export const masterInvalidMaxproc: MasterCfRule = {
  id: 'master-invalid-maxproc',
  severity: 'error',
  messages: {
    default: {
      en: '"{0}" is not a process limit: write a number (0 for no limit) or "-" for default_process_limit. postconf stops with "invalid process_limit field".',
      ja: '"{0}" はプロセス数の上限として正しくありません。数値 (0 は無制限) か、default_process_limit を使う "-" を書いてください。postconf は "invalid process_limit field" で停止します。',
    },
  },
  check(context) {
    return complete(context).flatMap((service): Finding[] => {
      const field = service.maxproc!;
      return /^(-|\d+)$/.test(field.text) ? [] : [{ span: field, args: [field.text] }];
    });
  },
};

export const masterInetPrivate: MasterCfRule = {
  id: 'master-inet-private',
  severity: 'error',
  messages: {
    default: {
      en: 'An inet service cannot be private, and "{0}" in the private column means private (y is the default). master stops with "inet service cannot be private". Write n.',
      ja: 'inet サービスは private にできませんが、private 列の "{0}" は private を意味します (既定値は y)。master は "inet service cannot be private" で停止します。n と書いてください。',
    },
  },
  check(context) {
    return complete(context).flatMap((service): Finding[] => {
      if (service.type!.text !== 'inet') return [];
      const field = service.private!;
      if (field.text !== 'y' && field.text !== '-') return [];
      return [{ span: field, args: [field.text], fixes: [replace(field, 'n', { en: 'Change to "n"', ja: '"n" に変更する' }, true)] }];
    });
  },
};

const ADDRESS_TEXT: Record<AddressProblem, string> = {
  'missing-bracket': 'missing "]"',
  'garbage-after-bracket': 'garbage after "]"',
  'bad-ipv6': 'malformed IPv6 address',
  'missing-port': 'missing service information',
  'bad-host': 'valid hostname or network address required',
  'bad-port': 'garbage after numerical service',
};

export const masterServiceAddress: MasterCfRule = {
  id: 'master-service-address',
  severity: 'error',
  messages: {
    default: {
      en: '"{0}" is not a valid inet service name ({1}): write a port, or host:port, with IPv6 addresses in brackets as [::1]:port. master stops on it.',
      ja: '"{0}" は inet サービス名として正しくありません ({1})。ポート、または host:port を書き、IPv6 アドレスは [::1]:port のように角括弧で囲んでください。master はこれで停止します。',
    },
  },
  check(context) {
    return complete(context).flatMap((service): Finding[] => {
      if (service.type!.text !== 'inet') return [];
      const parsed = parseInetService(service.service!.text);
      return 'problem' in parsed ? [{ span: service.service!, args: [service.service!.text, ADDRESS_TEXT[parsed.problem]] }] : [];
    });
  },
};

/** master's internal name for a service: the address for inet, else private/NAME or public/NAME; with the type. */
export function duplicateKey(service: ServiceNode): string | undefined {
  if (service.fields.length < 8) return undefined;
  const type = service.type!.text;
  const name = service.service!.text;
  if (type === 'inet') {
    const parsed = parseInetService(name);
    return 'problem' in parsed ? undefined : `inet ${parsed.key}`;
  }
  const priv = service.private!.text;
  if (priv !== 'y' && priv !== 'n' && priv !== '-') return undefined;
  return `${type} ${priv === 'n' ? 'public' : 'private'}/${name}`;
}

export const masterDuplicateService: MasterCfRule = {
  id: 'master-duplicate-service',
  severity: 'warning',
  messages: {
    default: {
      en: 'The service "{0}" ({1}) is defined again on line {2}. master uses only the last entry (it warns "duplicate master.cf entry"), so this one is ignored.',
      ja: 'サービス "{0}" ({1}) は {2} 行目で再び定義されています。master は最後のエントリだけを使う ("duplicate master.cf entry" と警告する) ため、このエントリは無視されます。',
    },
  },
  check(context) {
    const byKey = new Map<string, ServiceNode[]>();
    for (const service of context.doc.services) {
      const key = duplicateKey(service);
      if (!key) continue;
      const list = byKey.get(key);
      if (list) list.push(service);
      else byKey.set(key, [service]);
    }
    const text = context.doc.text;
    const findings: Finding[] = [];
    for (const list of byKey.values()) {
      if (list.length < 2) continue;
      const last = list[list.length - 1];
      const line = lineOf(text, last.start);
      for (const service of list.slice(0, -1)) {
        findings.push({
          span: { start: service.service!.start, end: service.type!.end },
          args: [service.service!.text, service.type!.text, String(line)],
          tags: ['unnecessary'],
          related: [{ span: { start: last.service!.start, end: last.type!.end }, message: { en: 'the entry in effect', ja: '有効なエントリ' } }],
          fixes: [{ title: { en: 'Remove this entry', ja: 'このエントリを削除する' }, edits: [{ span: entryRemovalSpan(text, service), newText: '' }] }],
        });
      }
    }
    return findings;
  },
};

function lineOf(text: string, offset: number): number {
  let line = 1;
  for (let i = 0; i < offset && i < text.length; i++) {
    const ch = text.charCodeAt(i);
    if (ch === 10 || (ch === 13 && text.charCodeAt(i + 1) !== 10)) line++;
  }
  return line;
}

/** Every `{ ... }` field among the arguments and options of an entry (the fields master unpacks). */
function bracedFields(service: ServiceNode): Field[] {
  return service.args.filter((f) => f.text.startsWith('{'));
}

/** Where a `{` at the start of a field is closed (index after "}"), or -1. */
function closeOf(text: string): number {
  let level = 0;
  for (let i = 0; i < text.length; i++) {
    if (text[i] === '{') level++;
    else if (text[i] === '}' && --level === 0) return i + 1;
  }
  return -1;
}

export const masterMissingBrace: MasterCfRule = {
  id: 'master-missing-brace',
  severity: 'error',
  messages: {
    default: {
      en: 'This "{" has no matching "}", so the rest of the entry becomes part of it. master stops with "missing \'}\'" (postconf only warns).',
      ja: 'この "{" に対応する "}" がないため、エントリの残りがすべてその中身になります。master は "missing \'}\'" で停止します (postconf は警告のみ)。',
    },
  },
  check(context) {
    const findings: Finding[] = [];
    for (const service of context.doc.services) {
      for (const field of bracedFields(service)) {
        if (closeOf(field.text) >= 0) continue;
        const fixes: FixData[] = [];
        // Only when the group holds one setting: closing it at the end changes nothing else.
        if (!/\s-o\s/.test(field.text)) {
          fixes.push({ title: { en: 'Add the closing "}"', ja: '閉じる "}" を追加する' }, edits: [{ span: { start: field.end, end: field.end }, newText: ' }' }] });
        }
        findings.push({ span: { start: field.start, end: field.start + 1 }, fixes });
      }
    }
    return findings;
  },
};

export const masterBraceTrailingText: MasterCfRule = {
  id: 'master-brace-trailing-text',
  severity: 'error',
  messages: {
    default: {
      en: '"{0}" follows the closing "}" without a space. master stops with "syntax error after \'}\'" (postconf only warns).',
      ja: '閉じる "}" の直後に空白なしで "{0}" が続いています。master は "syntax error after \'}\'" で停止します (postconf は警告のみ)。',
    },
  },
  check(context) {
    const findings: Finding[] = [];
    for (const service of context.doc.services) {
      for (const field of bracedFields(service)) {
        const close = closeOf(field.text);
        if (close < 0 || close >= field.text.length) continue;
        const span = toDocumentSpan(service.logical, field.at + close, field.at + field.text.length);
        findings.push({ span, args: [field.text.slice(close)] });
      }
    }
    return findings;
  },
};

/** The words after a spaced `-o name = value` up to the next option, for the `{ }` form of the fix. */
function trailingWords(service: ServiceNode, option: MasterOption): Field[] {
  const after = service.args.filter((f) => f.start >= option.end);
  const words: Field[] = [];
  for (const f of after) {
    if (f.text.startsWith('-')) break;
    words.push(f);
  }
  return words;
}

export const masterOptionWhitespace: MasterCfRule = {
  id: 'master-option-whitespace',
  severity: 'error',
  messages: {
    default: {
      en: '"-o {0} = {1}" has spaces around "=": postconf lets it pass, but {2} receives "-o {0}" alone and stops with \'invalid "-o {0}" option value\', so the service never runs. Write -o {0}={1}.',
      ja: '"-o {0} = {1}" は "=" の前後に空白があります。postconf は通しますが、{2} には "-o {0}" だけが渡り \'invalid "-o {0}" option value\' で停止するため、サービスは動きません。-o {0}={1} と書いてください。',
    },
  },
  check(context) {
    const findings: Finding[] = [];
    for (const service of context.doc.services) {
      for (const option of service.options.filter((o) => o.spaced)) {
        const fixes: FixData[] = [
          replace({ start: option.start, end: option.end }, `-o ${option.name}=${option.value}`, { en: `Change to "-o ${option.name}=${option.value}"`, ja: `"-o ${option.name}=${option.value}" に変更する` }, true),
        ];
        const words = trailingWords(service, option);
        if (words.length > 0) {
          const value = [option.value, ...words.map((w) => w.text)].join(' ');
          const end = words[words.length - 1].end;
          fixes.push(replace({ start: option.start, end }, `-o { ${option.name} = ${value} }`, { en: `Change to "-o { ${option.name} = ${value} }"`, ja: `"-o { ${option.name} = ${value} }" に変更する` }));
        }
        findings.push({ span: { start: option.start, end: option.end }, args: [option.name, option.value, service.command?.text ?? 'the daemon'], fixes });
      }
    }
    return findings;
  },
};

export const masterOptionSyntax: MasterCfRule = {
  id: 'master-option-syntax',
  severity: 'error',
  messages: {
    default: {
      en: '"-o {0}" has no "=value": the daemon stops with \'invalid "-o {0}" option value: missing \'=\' after attribute name\' (postconf skips it silently). Write -o {0}=value.',
      ja: '"-o {0}" には "=値" がありません。デーモンは \'invalid "-o {0}" option value: missing \'=\' after attribute name\' で停止します (postconf は黙って読み飛ばします)。-o {0}=値 と書いてください。',
    },
    'missing-name': {
      en: 'This -o setting has no parameter name before "=": the daemon stops with "missing attribute name".',
      ja: 'この -o の設定には "=" の前にパラメータ名がありません。デーモンは "missing attribute name" で停止します。',
    },
    'missing-value': {
      en: '"-o" is the last word of the entry, with no setting after it: the daemon stops with "invalid option: o" (postconf ignores it).',
      ja: '"-o" がエントリの最後の語で、後に設定がありません。デーモンは "invalid option: o" で停止します (postconf は無視します)。',
    },
  },
  check(context) {
    const findings: Finding[] = [];
    for (const service of context.doc.services) {
      for (const option of service.options) {
        if (option.spaced) continue;
        if (option.missingValue) findings.push({ span: option.flag, variant: 'missing-value' });
        else if (option.missingName) findings.push({ span: { start: option.start, end: option.end }, variant: 'missing-name' });
        else if (option.missingEquals) findings.push({ span: { start: option.start, end: option.end }, args: [option.name] });
      }
    }
    return findings;
  },
};

export const masterOptionGluedBrace: MasterCfRule = {
  id: 'master-option-glued-brace',
  severity: 'warning',
  messages: {
    default: {
      en: 'Write a space between -o and "{": postconf takes the braces off "-o{...}", but master hands them to the daemon as part of the name, so "{0}" is not set for this service.',
      ja: '-o と "{" の間に空白を入れてください。postconf は "-o{...}" の括弧を外して読みますが、master は括弧ごと名前の一部としてデーモンに渡すため、このサービスでは "{0}" が設定されません。',
    },
  },
  check(context) {
    const findings: Finding[] = [];
    for (const service of context.doc.services) {
      for (const option of service.options.filter((o) => o.gluedBrace && o.raw)) {
        findings.push({
          span: { start: option.start, end: option.end },
          args: [option.name],
          fixes: [{ title: { en: 'Insert a space after -o', ja: '-o の後に空白を入れる' }, edits: [{ span: { start: option.raw!.start, end: option.raw!.start }, newText: ' ' }], safe: true }],
        });
      }
    }
    return findings;
  },
};

export const masterNotAnOption: MasterCfRule = {
  id: 'master-not-an-option',
  severity: 'information',
  messages: {
    default: {
      en: '"-o {0}=..." comes after the argument "{1}", where Postfix stops reading options: {2} receives it as two ordinary words and {0} is not set for this service. Move it before "{1}".',
      ja: '"-o {0}=..." は引数 "{1}" の後にあり、Postfix はそこでオプションの読み取りをやめています。{2} には 2 つの普通の語として渡り、このサービスの {0} は設定されません。"{1}" より前に移してください。',
    },
  },
  check(context) {
    const findings: Finding[] = [];
    const text = context.doc.text;
    for (const service of context.doc.services) {
      const first = service.arguments[0];
      if (!first) continue;
      for (const option of service.lateOptions) {
        // Only Postfix parameter names: a program's own "-o" (sendmail -oi, spamc ...) is fine.
        if (!getParameter(option.name)) continue;
        const written = text.slice(option.start, option.end);
        const fixes: FixData[] = [];
        const before = service.args.filter((f) => f.end <= option.start).pop();
        if (before && /^\s*$/.test(text.slice(before.end, option.start)) && !option.spaced) {
          fixes.push({
            title: { en: `Move "${written}" before "${first.text}"`, ja: `"${written}" を "${first.text}" の前に移す` },
            edits: [
              { span: { start: first.start, end: first.start }, newText: `${written} ` },
              { span: { start: before.end, end: option.end }, newText: '' },
            ],
          });
        }
        findings.push({ span: { start: option.start, end: option.end }, args: [option.name, first.text, service.command?.text ?? 'the command'], fixes });
      }
    }
    return findings;
  },
};

export const masterUnexpectedArgument: MasterCfRule = {
  id: 'master-unexpected-argument',
  severity: 'error',
  messages: {
    default: {
      en: '{0} takes options only, but "{1}" follows them: the daemon stops with "unexpected command-line argument: {1}" each time master starts it.',
      ja: '{0} はオプションしか取りませんが、その後に "{1}" があります。master が起動するたびに、デーモンは "unexpected command-line argument: {1}" で停止します。',
    },
  },
  check(context) {
    return context.doc.services.flatMap((service): Finding[] => {
      const command = service.command?.text;
      const first = service.arguments[0];
      if (!command || !first || !NO_ARGUMENT_COMMANDS.has(command)) return [];
      return [{ span: first, args: [command, argumentText(first)] }];
    });
  },
};

export const masterCommandAttribute: MasterCfRule = {
  id: 'master-command-attribute',
  severity: 'error',
  messages: {
    default: {
      en: '{0} does not know the attribute "{1}": it stops with "unknown attribute name" when it first runs. It takes {2}.',
      ja: '{0} は属性 "{1}" を知りません。最初の実行時に "unknown attribute name" で停止します。使える属性は {2} です。',
    },
    'missing-user': {
      en: '{0} needs a user= attribute (the account the command runs as); without it, it stops with "missing user= ... attribute".',
      ja: '{0} には user= 属性 (コマンドを実行するアカウント) が必要です。ないと "missing user= ... attribute" で停止します。',
    },
    'missing-argv': {
      en: '{0} needs argv= as its last attribute, with the command to run; without it, it stops with "missing argv= ... attribute".',
      ja: '{0} には、実行するコマンドを指定する argv= を最後の属性として書く必要があります。ないと "missing argv= ... attribute" で停止します。',
    },
  },
  check(context) {
    const findings: Finding[] = [];
    for (const service of context.doc.services) {
      const command = service.command?.text;
      if (command !== 'pipe' && command !== 'spawn') continue;
      const known = COMMAND_ATTRIBUTES[command];
      let user = false;
      let argv = false;
      let bad = false;
      for (const arg of service.arguments) {
        const word = argumentText(arg);
        const m = /^([A-Za-z_]+)=/.exec(word);
        const name = m?.[1].toLowerCase();
        if (!name || !known.includes(name)) {
          const attribute = word.replace(/=.*$/, '');
          const suggestion = m ? suggest(attribute, known, 1) : [];
          findings.push({
            span: arg,
            args: [command, attribute, known.map((k) => `${k}=`).join(', ')],
            fixes: m && suggestion.length
              ? [replace({ start: arg.start, end: arg.start + m[1].length }, suggestion[0], { en: `Change to "${suggestion[0]}="`, ja: `"${suggestion[0]}=" に変更する` })]
              : [],
          });
          bad = true;
          break;
        }
        if (name === 'user') user = true;
        if (name === 'argv') {
          argv = true;
          break;
        }
      }
      if (bad) continue;
      if (!user) findings.push({ span: service.command!, variant: 'missing-user', args: [command] });
      if (!argv) findings.push({ span: service.command!, variant: 'missing-argv', args: [command] });
    }
    return findings;
  },
};

export const SYNTAX_RULES: readonly MasterCfRule[] = [
  masterFieldCount,
  masterInvalidType,
  masterInvalidFlag,
  masterInvalidWakeup,
  masterInvalidMaxproc,
  masterInetPrivate,
  masterServiceAddress,
  masterDuplicateService,
  masterMissingBrace,
  masterBraceTrailingText,
  masterOptionWhitespace,
  masterOptionSyntax,
  masterOptionGluedBrace,
  masterNotAnOption,
  masterUnexpectedArgument,
  masterCommandAttribute,
];
