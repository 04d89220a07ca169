/**
 * Values Postfix refuses to parse. Programs read the expanded value when they
 * start and stop with a fatal error on these, so they are errors.
 */
import { ParameterInfo, getParameter, isBuiltinIn } from '../../knowledge/parameters';
import { timeUnit } from '../../knowledge/defaults';
import { EntryNode } from '../../parser/mainCf';
import { Finding, FixData, MainCfContext, MainCfRule } from '../rule';
import { finalEntries } from './context';

const INT_MAX = 2 ** 31 - 1;
const LONG_MAX = 2 ** 63 - 1;

interface Checked {
  entry: EntryNode;
  info: ParameterInfo;
  /** The expanded value Postfix parses. */
  value: string;
  /** Whether the written value had to be expanded (then a fix cannot simply rewrite it). */
  expanded: boolean;
}

/** The final entries of built-in parameters of the given types whose expanded value is knowable. */
function valuesOf(context: MainCfContext, types: readonly string[]): Checked[] {
  const out: Checked[] = [];
  for (const entry of finalEntries(context)) {
    const info = getParameter(entry.name);
    if (!info || !types.includes(info.type) || !isBuiltinIn(entry.name, context.version)) continue;
    const raw = entry.value.text;
    const expanded = raw.includes('$');
    const expansion = expanded ? context.config.expand(entry.name) : { value: raw, computed: false, tooDeep: false };
    if (expansion.computed || expansion.tooDeep) continue;
    out.push({ entry, info, value: expansion.value, expanded });
  }
  return out;
}

const replaceValue = (c: Checked, newValue: string): FixData => ({
  title: { en: `Change to "${newValue}"`, ja: `"${newValue}" に変更する` },
  edits: [{ span: { start: c.entry.value.start, end: c.entry.value.end }, newText: newValue }],
});

/** What strtol() accepts in full: optional blanks, a sign, digits, nothing after. */
function parseDecimal(value: string): number | undefined {
  return /^[ \t\n\v\f\r]*[+-]?\d+$/.test(value) ? Number(value.trim()) : undefined;
}

export const invalidBoolean: MainCfRule = {
  id: 'invalid-boolean',
  severity: 'error',
  messages: {
    default: {
      en: '"{0}" takes yes or no, not "{1}". Postfix programs stop with "bad boolean configuration" when they read it.',
      ja: '"{0}" は yes または no を取ります ("{1}" は不可)。Postfix のプログラムはこれを読むと "bad boolean configuration" で停止します。',
    },
  },
  check(context) {
    return valuesOf(context, ['bool', 'nbool']).flatMap((c): Finding[] => {
      if (/^(yes|no)$/i.test(c.value)) return [];
      const v = c.value.trim().toLowerCase();
      const guess = ['true', 'on', '1', 'enable', 'enabled', 'y', 'yes'].includes(v) ? 'yes' : ['false', 'off', '0', 'disable', 'disabled', 'n', 'no'].includes(v) ? 'no' : undefined;
      return [{ span: c.entry.value, args: [c.entry.name, c.value], fixes: guess && !c.expanded ? [{ ...replaceValue(c, guess), safe: true }] : [] }];
    });
  },
};

function rangeProblem(n: number, info: ParameterInfo, ceiling: number): string | undefined {
  if (n > ceiling) return `> ${ceiling}`;
  if (info.min && n < info.min) return `< ${info.min}`;
  if (info.max && n > info.max) return `> ${info.max}`;
  return undefined;
}

const RANGE_MESSAGES = {
  range: {
    en: 'The value of "{0}" must be {1}; "{2}" is out of range, and Postfix programs stop with a fatal error when they read it.',
    ja: '"{0}" の値は {1} でなければなりません。"{2}" は範囲外で、Postfix のプログラムはこれを読むと致命的エラーで停止します。',
  },
};

function describeRange(info: ParameterInfo, ceiling: number): string {
  if (info.min && info.max) return `${info.min}..${info.max}`;
  if (info.min) return `>= ${info.min}`;
  if (info.max) return `<= ${info.max}`;
  return `<= ${ceiling}`;
}

/** Reply-code parameters get their own rule. */
const isReplyCodeParameter = (info: ParameterInfo) => /_code$/.test(info.name) && /^[45]\d\d$/.test(info.default);

export const invalidInteger: MainCfRule = {
  id: 'invalid-integer',
  severity: 'error',
  messages: {
    default: {
      en: '"{0}" takes a whole number in decimal digits, not "{1}". Postfix programs stop with "bad numerical configuration" when they read it.',
      ja: '"{0}" は10進数字の整数を取ります ("{1}" は不可)。Postfix のプログラムはこれを読むと "bad numerical configuration" で停止します。',
    },
    ...RANGE_MESSAGES,
  },
  check(context) {
    return valuesOf(context, ['int', 'nint']).flatMap((c): Finding[] => {
      if (isReplyCodeParameter(c.info)) return [];
      const n = parseDecimal(c.value);
      if (n === undefined) {
        const digits = /^\s*(\d+)\s*$/.exec(c.value.replace(/[,_]/g, ''));
        return [{ span: c.entry.value, args: [c.entry.name, c.value], fixes: digits && !c.expanded ? [replaceValue(c, digits[1])] : [] }];
      }
      const problem = rangeProblem(n, c.info, INT_MAX);
      return problem ? [{ span: c.entry.value, variant: 'range', args: [c.entry.name, describeRange(c.info, INT_MAX), c.value] }] : [];
    });
  },
};

const SIZE_UNITS: Record<string, number> = { k: 1024, m: 1024 ** 2, g: 1024 ** 3 };

export const invalidSize: MainCfRule = {
  id: 'invalid-size',
  severity: 'error',
  messages: {
    default: {
      en: '"{0}" is a size in bytes written as plain digits, without a unit: "{1}" makes Postfix programs stop with "bad numerical configuration".',
      ja: '"{0}" は単位なしの数字で書くバイト数です。"{1}" と書くと Postfix のプログラムは "bad numerical configuration" で停止します。',
    },
    ...RANGE_MESSAGES,
  },
  check(context) {
    return valuesOf(context, ['long']).flatMap((c): Finding[] => {
      const n = parseDecimal(c.value);
      if (n === undefined) {
        const m = /^\s*(\d+(?:\.\d+)?)\s*([kmg])i?b?\s*$/i.exec(c.value);
        const bytes = m ? Math.round(Number(m[1]) * SIZE_UNITS[m[2].toLowerCase()]) : undefined;
        return [{ span: c.entry.value, args: [c.entry.name, c.value], fixes: bytes !== undefined && !c.expanded ? [{ ...replaceValue(c, String(bytes)), safe: true }] : [] }];
      }
      const problem = rangeProblem(n, c.info, LONG_MAX);
      return problem ? [{ span: c.entry.value, variant: 'range', args: [c.entry.name, describeRange(c.info, LONG_MAX), c.value] }] : [];
    });
  },
};

const TIME_FACTOR: Record<string, number> = { s: 1, m: 60, h: 3600, d: 86400, w: 604800 };
const TIME_WORDS: Array<[RegExp, string]> = [
  [/^s(ec(ond)?s?)?$/, 's'],
  [/^m(in(ute)?s?)?$/, 'm'],
  [/^h((ou)?rs?)?$/, 'h'],
  [/^d(ays?)?$/, 'd'],
  [/^w((ee)?ks?)?$/, 'w'],
];

/**
 * Mirrors conv_time() as Postfix 3.7 to 3.11 run it: strtol() digits, then the first
 * character after them must be a unit letter (what follows it is not looked at);
 * no letter means the default unit. The result must fit an int. Returns seconds.
 */
export function parseTime(value: string, defaultUnit: string): number | undefined {
  const m = /^[ \t\n\v\f\r]*([+-]?\d+)?([\s\S]?)/.exec(value);
  if (!m || value === '') return undefined;
  const n = m[1] === undefined ? 0 : Number(m[1]);
  if (n < 0 || n > INT_MAX) return undefined;
  const factor = TIME_FACTOR[m[2] || defaultUnit];
  if (factor === undefined || (factor > 1 && n >= Math.floor(INT_MAX / factor))) return undefined;
  return n * factor;
}

export const invalidTime: MainCfRule = {
  id: 'invalid-time',
  severity: 'error',
  messages: {
    default: {
      en: '"{0}" takes a number with at most one unit letter (s, m, h, d or w), such as 30s or 5d; "{1}" makes Postfix programs stop with "bad time value or unit".',
      ja: '"{0}" は数字と最大1文字の単位 (s, m, h, d, w) を取ります (例: 30s, 5d)。"{1}" と書くと Postfix のプログラムは "bad time value or unit" で停止します。',
    },
    ...RANGE_MESSAGES,
  },
  check(context) {
    return valuesOf(context, ['time']).flatMap((c): Finding[] => {
      const unit = timeUnit(c.info);
      const seconds = parseTime(c.value, unit);
      if (seconds === undefined) {
        const m = /^\s*(\d+)\s*([a-z]+)\s*$/i.exec(c.value);
        const letter = m ? TIME_WORDS.find(([re]) => re.test(m[2].toLowerCase()))?.[1] : undefined;
        return [{ span: c.entry.value, args: [c.entry.name, c.value], fixes: m && letter && !c.expanded ? [{ ...replaceValue(c, `${m[1]}${letter}`), safe: true }] : [] }];
      }
      const problem = rangeProblem(seconds, c.info, INT_MAX);
      return problem ? [{ span: c.entry.value, variant: 'range', args: [c.entry.name, describeRange(c.info, INT_MAX) + ' seconds', c.value] }] : [];
    });
  },
};

export const invalidReplyCode: MainCfRule = {
  id: 'invalid-reply-code',
  severity: 'error',
  messages: {
    default: {
      en: '"{0}" must be an SMTP reply code from 400 to 599 (4xx defers, 5xx rejects). With "{1}", smtpd logs "SMTP reply code configuration error" and answers 450 4.7.1 Service unavailable instead.',
      ja: '"{0}" は 400 から 599 までの SMTP 応答コードでなければなりません (4xx は一時拒否、5xx は拒否)。"{1}" では smtpd が "SMTP reply code configuration error" を記録し、代わりに 450 4.7.1 Service unavailable を返します。',
    },
    range: {
      en: '"{0}" must be between {2} and {3}; with "{1}" Postfix programs stop with a fatal error when they read it.',
      ja: '"{0}" は {2} から {3} の間でなければなりません。"{1}" では Postfix のプログラムが読み込み時に致命的エラーで停止します。',
    },
    number: {
      en: '"{0}" takes a three-digit SMTP reply code, not "{1}". Postfix programs stop with "bad numerical configuration" when they read it.',
      ja: '"{0}" は3桁の SMTP 応答コードを取ります ("{1}" は不可)。Postfix のプログラムはこれを読むと "bad numerical configuration" で停止します。',
    },
  },
  check(context) {
    return valuesOf(context, ['int']).flatMap((c): Finding[] => {
      if (!isReplyCodeParameter(c.info)) return [];
      const n = parseDecimal(c.value);
      if (n === undefined) return [{ span: c.entry.value, variant: 'number', args: [c.entry.name, c.value] }];
      if (c.info.min || c.info.max) {
        const lo = c.info.min || 0;
        const hi = c.info.max || INT_MAX;
        return n < lo || n > hi ? [{ span: c.entry.value, variant: 'range', args: [c.entry.name, c.value, String(lo), String(hi)] }] : [];
      }
      return n < 400 || n > 599 ? [{ span: c.entry.value, args: [c.entry.name, c.value] }] : [];
    });
  },
};

export const VALUE_RULES: readonly MainCfRule[] = [invalidBoolean, invalidInteger, invalidSize, invalidTime, invalidReplyCode];
