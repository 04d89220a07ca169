/**
 * The configuration Postfix would run with: the file's settings over the built-in
 * defaults, with `$` expansion, conditional forms and compatibility_level defaults.
 */
import { compareVersions, getParameter } from '../knowledge/parameters';
import { EntryNode, MainCfDocument } from '../parser/mainCf';

/** Postfix stops expanding at this nesting depth ("unreasonable macro call nesting"). */
export const MAX_EXPANSION_DEPTH = 100;

/**
 * Longest expanded value kept (characters). Not a Postfix limit: Postfix would expand
 * `p1 = $p0 $p0`, `p2 = $p1 $p1` ... until it ran out of memory. The server stops here
 * instead and treats the value like one that nests too deep.
 */
export const MAX_EXPANSION_LENGTH = 1 << 20;

export interface Expansion {
  value: string;
  /** The result depends on a host-derived default (myhostname, mydomain, mynetworks) that cannot be known here. */
  computed: boolean;
  /** Expansion stopped at the nesting limit, as Postfix does with a recursive definition. */
  tooDeep: boolean;
}

export interface SettingSource {
  /** Where the value in effect comes from. */
  origin: 'file' | 'override' | 'default' | 'unknown';
  /** The raw, unexpanded value. */
  raw: string;
  entry?: EntryNode;
}

export class EffectiveConfig {
  private readonly cache = new Map<string, Expansion>();
  private readonly active = new Set<string>();

  /**
   * @param doc the parsed main.cf
   * @param overrides settings that win over the file (master.cf `-o` for one service)
   */
  constructor(
    readonly doc: MainCfDocument,
    private readonly overrides: ReadonlyMap<string, string> = new Map(),
  ) {}

  /** The last definition in the file, which is the one Postfix uses. */
  entry(name: string): EntryNode | undefined {
    const list = this.doc.byName.get(name);
    return list?.[list.length - 1];
  }

  source(name: string): SettingSource {
    const override = this.overrides.get(name);
    if (override !== undefined) return { origin: 'override', raw: override };
    const entry = this.entry(name);
    if (entry) return { origin: 'file', raw: entry.value.text, entry };
    const info = getParameter(name);
    if (info && info.builtin) return { origin: 'default', raw: info.default };
    return { origin: 'unknown', raw: '' };
  }

  /** Whether the file sets the name or Postfix has it built in. */
  isDefined(name: string): boolean {
    return this.overrides.has(name) || this.doc.byName.has(name) || (getParameter(name)?.builtin ?? false);
  }

  /** The compatibility level in effect ("0" when not set, as in the built-in default). */
  get compatibilityLevel(): string {
    return this.expand('compatibility_level').value.trim() || '0';
  }

  /** The fully expanded value of a parameter. */
  expand(name: string): Expansion {
    const state: ExpandState = { computed: false, tooDeep: false };
    const value = this.valueOf(name, 0, state);
    return { value, ...state };
  }

  /** Expands arbitrary text against this configuration. */
  expandText(text: string): Expansion {
    const state: ExpandState = { computed: false, tooDeep: false };
    const value = this.expandIn(text, 0, state);
    return { value, ...state };
  }

  /**
   * Each parameter is expanded once and remembered, so shared references cost
   * nothing twice; a parameter that refers back to itself is cut off, as the
   * nesting limit cuts it off in Postfix.
   */
  private valueOf(name: string, depth: number, state: ExpandState): string {
    let result = this.cache.get(name);
    if (!result) {
      if (this.active.has(name) || depth > MAX_EXPANSION_DEPTH) {
        state.tooDeep = true;
        return '';
      }
      this.active.add(name);
      const own: ExpandState = { computed: false, tooDeep: false };
      const src = this.source(name);
      let value: string;
      if (src.origin === 'default' && src.raw === '(computed)') {
        own.computed = true;
        value = '';
      } else if (getParameter(name)?.type === 'raw') {
        value = src.raw;
      } else {
        value = this.expandIn(src.raw, depth + 1, own);
      }
      this.active.delete(name);
      result = { value, ...own };
      this.cache.set(name, result);
    }
    state.computed ||= result.computed;
    state.tooDeep ||= result.tooDeep;
    return result.value;
  }

  private expandIn(text: string, depth: number, state: ExpandState): string {
    if (depth > MAX_EXPANSION_DEPTH) {
      state.tooDeep = true;
      return '';
    }
    let out = '';
    let i = 0;
    while (i < text.length) {
      const dollar = text.indexOf('$', i);
      if (dollar < 0) {
        out += text.slice(i);
        break;
      }
      out += text.slice(i, dollar);
      const next = text[dollar + 1];
      if (next === '$') {
        out += '$';
        i = dollar + 2;
      } else if (next === '{' || next === '(') {
        const end = matching(text, dollar + 1, next, next === '{' ? '}' : ')');
        if (end < 0) {
          out += text.slice(dollar);
          break;
        }
        out += this.expandBraced(text.slice(dollar + 2, end - 1), depth, state);
        i = end;
      } else {
        let e = dollar + 1;
        while (e < text.length && /[A-Za-z0-9_]/.test(text[e])) e++;
        if (e === dollar + 1) {
          out += '$';
          i = dollar + 1;
        } else {
          out += this.valueOf(text.slice(dollar + 1, e), depth + 1, state);
          i = e;
        }
      }
      if (out.length > MAX_EXPANSION_LENGTH) {
        state.tooDeep = true;
        return out.slice(0, MAX_EXPANSION_LENGTH);
      }
    }
    return out;
  }

  /** The inside of `${...}`: a name, a conditional on a name, or a comparison. */
  private expandBraced(inner: string, depth: number, state: ExpandState): string {
    const body = inner.trim();
    if (body.startsWith('{')) return this.expandComparison(body, depth, state);
    const m = /^([A-Za-z0-9_]+)\s*(?:([?:])([\s\S]*))?$/.exec(body);
    if (!m) return '';
    const [, name, op, rest] = m;
    const value = this.valueOf(name, depth + 1, state);
    if (!op) return value;
    const { whenSet, whenEmpty } = conditionalBranches(op, rest);
    const branch = value !== '' ? whenSet : whenEmpty;
    return branch === undefined ? '' : this.expandIn(branch, depth + 1, state);
  }

  private expandComparison(body: string, depth: number, state: ExpandState): string {
    const parts = readBracedOperands(body);
    if (!parts) return '';
    const { left, op, right, whenTrue, whenFalse } = parts;
    const a = this.expandIn(left, depth + 1, state).trim();
    const b = this.expandIn(right, depth + 1, state).trim();
    const result = compare(a, op, b);
    const branch = result ? whenTrue : whenFalse;
    return branch === undefined ? '' : this.expandIn(branch, depth + 1, state);
  }
}

interface ExpandState {
  computed: boolean;
  tooDeep: boolean;
}

function matching(text: string, open: number, openCh: string, closeCh: string): number {
  let depth = 0;
  for (let i = open; i < text.length; i++) {
    if (text[i] === openCh) depth++;
    else if (text[i] === closeCh && --depth === 0) return i + 1;
  }
  return -1;
}

/** `?value`, `?{a}:{b}`, `:value`, `:{value}` after a name. */
function conditionalBranches(op: string, rest: string): { whenSet?: string; whenEmpty?: string } {
  const text = rest.trim();
  if (text.startsWith('{')) {
    const first = matching(text, 0, '{', '}');
    if (first > 0) {
      const a = text.slice(1, first - 1);
      const tail = text.slice(first).trim();
      if (op === '?' && tail.startsWith(':')) {
        const t2 = tail.slice(1).trim();
        const second = t2.startsWith('{') ? matching(t2, 0, '{', '}') : -1;
        const b = second > 0 ? t2.slice(1, second - 1) : t2;
        return { whenSet: a, whenEmpty: b };
      }
      return op === '?' ? { whenSet: a } : { whenEmpty: a };
    }
  }
  return op === '?' ? { whenSet: rest } : { whenEmpty: rest };
}

interface Comparison {
  left: string;
  op: string;
  right: string;
  whenTrue?: string;
  whenFalse?: string;
}

/** Reads `{a} op {b} ? {x} : {y}`. */
function readBracedOperands(body: string): Comparison | undefined {
  let i = 0;
  const braced = (): string | undefined => {
    while (i < body.length && /\s/.test(body[i])) i++;
    if (body[i] !== '{') return undefined;
    const end = matching(body, i, '{', '}');
    if (end < 0) return undefined;
    const inner = body.slice(i + 1, end - 1);
    i = end;
    return inner;
  };
  const left = braced();
  if (left === undefined) return undefined;
  while (i < body.length && /\s/.test(body[i])) i++;
  const opMatch = /^(==|!=|<=|>=|<|>)(level)?/.exec(body.slice(i));
  if (!opMatch) return undefined;
  i += opMatch[0].length;
  const right = braced();
  if (right === undefined) return undefined;
  const out: Comparison = { left, op: opMatch[0], right };
  while (i < body.length && /\s/.test(body[i])) i++;
  if (body[i] === '?') {
    i++;
    out.whenTrue = braced();
    while (i < body.length && /\s/.test(body[i])) i++;
    if (body[i] === ':') {
      i++;
      out.whenFalse = braced();
    }
  }
  return out;
}

/** Postfix compares numerically when both sides are all digits, else as text; `level` operators compare levels. */
function compare(a: string, op: string, b: string): boolean {
  let d: number;
  if (op.endsWith('level')) {
    d = compareVersions(a || '0', b || '0');
    op = op.slice(0, -5);
  } else if (/^\d+$/.test(a) && /^\d+$/.test(b)) {
    d = Number(a) - Number(b);
  } else {
    d = a < b ? -1 : a > b ? 1 : 0;
  }
  switch (op) {
    case '==':
      return d === 0;
    case '!=':
      return d !== 0;
    case '<':
      return d < 0;
    case '<=':
      return d <= 0;
    case '>':
      return d > 0;
    case '>=':
      return d >= 0;
    default:
      return false;
  }
}
