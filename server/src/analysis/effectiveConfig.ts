/**
 * The configuration Postfix would run with: the file's settings over the built-in
 * defaults, with `$` expansion, conditional forms and compatibility_level defaults.
 */
import { compareVersions, getParameter } from '../knowledge/parameters';
import { EntryNode, MainCfDocument } from '../parser/mainCf';

/**
 * Postfix's nesting limit: mac_expand() refuses a macro call nested deeper than this
 * ("unreasonable macro call nesting"; postconf -x then stops with "macro processing error").
 * A chain `a = $b`, `b = $c` ... of 100 references expands; one more does not.
 */
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

/**
 * The start of an expansion, for display: the value expand() gives, cut to a length.
 * The flags and the length describe the whole value.
 */
export interface ExpansionPreview extends Expansion {
  /** At most the asked number of characters from the start of the value. */
  value: string;
  /** Length of the whole expanded value (at most MAX_EXPANSION_LENGTH). */
  length: number;
}

export interface SettingSource {
  /** Where the value in effect comes from. */
  origin: 'file' | 'override' | 'default' | 'unknown';
  /** The raw, unexpanded value. */
  raw: string;
  entry?: EntryNode;
}

export class EffectiveConfig {
  private readonly cache = new Map<string, Resolved>();
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
    const r = this.resolve(name);
    return { value: r.value, computed: r.computed, tooDeep: r.cut || r.long || r.height > MAX_EXPANSION_DEPTH };
  }

  /** Expands arbitrary text against this configuration. */
  expandText(text: string): Expansion {
    const state = newState();
    const value = this.expandIn(text, 0, state);
    return { value, computed: state.computed, tooDeep: state.cut || state.long || state.height > MAX_EXPANSION_DEPTH };
  }

  /** expand(name) cut to its first `max` characters, for display. */
  preview(name: string, max: number): ExpansionPreview {
    return cut(this.expand(name), max);
  }

  /** expandText(text) cut to its first `max` characters, as preview() does for a parameter. */
  previewText(text: string, max: number): ExpansionPreview {
    return cut(this.expandText(text), max);
  }

  /**
   * A parameter's value, expanded with its own text at nesting level 0. Each parameter is
   * expanded once and remembered with the depth of its expansion, so shared references cost
   * nothing twice and a use deeper down can still be checked against Postfix's limit.
   * A parameter that refers back to itself never ends, as in Postfix.
   */
  private resolve(name: string): Resolved {
    const hit = this.cache.get(name);
    // A result the recursion guard shortened holds only where the guard is at least as near.
    if (hit && (hit.cutAt === undefined || this.active.size >= hit.cutAt)) return hit;
    if (this.active.has(name)) return { value: '', computed: false, height: Infinity, cut: false, long: false };
    if (this.active.size >= RECURSION_GUARD) return { value: '', computed: false, height: 0, cut: true, long: false };
    const depth = this.active.size;
    this.active.add(name);
    const state = newState();
    const src = this.source(name);
    let value: string;
    if (src.origin === 'default' && src.raw === '(computed)') {
      state.computed = true;
      value = '';
    } else if (getParameter(name)?.type === 'raw') {
      value = src.raw;
      if (value !== '') state.height = 0;
    } else {
      value = this.expandIn(src.raw, 0, state);
    }
    this.active.delete(name);
    const result: Resolved = { value, computed: state.computed, height: state.height, cut: state.cut, long: state.long };
    if (state.cut) {
      // The guard stopped a chain at least RECURSION_GUARD - depth references long below this name:
      // when that alone is past Postfix's limit, the name is too deep wherever it is used.
      if (RECURSION_GUARD - depth > MAX_EXPANSION_DEPTH + 1) {
        result.height = Infinity;
        result.cut = false;
      } else result.cutAt = depth;
    }
    this.cache.set(name, result);
    return result;
  }

  /** `$name` met at nesting level `level`: the value, whose own text Postfix expands one level deeper. */
  private valueOf(name: string, level: number, state: ExpandState): string {
    const r = this.resolve(name);
    state.height = Math.max(state.height, r.height < 0 ? level : level + 1 + r.height);
    state.computed ||= r.computed;
    state.cut ||= r.cut;
    state.long ||= r.long;
    return r.value;
  }

  /**
   * Expands text whose pieces (literal runs and `$` forms) sit at nesting level `level`, as
   * mac_expand() sees them: Postfix refuses a piece at a level above MAX_EXPANSION_DEPTH.
   */
  private expandIn(text: string, level: number, state: ExpandState): string {
    if (text === '') return '';
    state.height = Math.max(state.height, level);
    if (level > MAX_EXPANSION_DEPTH) return '';
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
        out += this.expandBraced(text.slice(dollar + 2, end - 1), level, state);
        i = end;
      } else {
        let e = dollar + 1;
        while (e < text.length && /[A-Za-z0-9_]/.test(text[e])) e++;
        if (e === dollar + 1) {
          out += '$';
          i = dollar + 1;
        } else {
          out += this.valueOf(text.slice(dollar + 1, e), level, state);
          i = e;
        }
      }
      if (out.length > MAX_EXPANSION_LENGTH) {
        state.long = true;
        return out.slice(0, MAX_EXPANSION_LENGTH);
      }
    }
    return out;
  }

  /**
   * The inside of `${...}` at nesting level `level`: a name, a conditional on a name, or a comparison.
   * A conditional tests the parameter's value as written, not its expansion, as Postfix does
   * (so `${x?{..}}` with `x = $empty` takes the first branch); its branch is one level deeper.
   */
  private expandBraced(inner: string, level: number, state: ExpandState): string {
    const body = inner.trim();
    if (body.startsWith('{')) return this.expandComparison(body, level, state);
    const m = /^([A-Za-z0-9_]+)\s*(?:([?:])([\s\S]*))?$/.exec(body);
    if (!m) return '';
    const [, name, op, rest] = m;
    if (!op) return this.valueOf(name, level, state);
    const { whenSet, whenEmpty } = conditionalBranches(op, rest);
    const branch = this.rawValue(name) !== '' ? whenSet : whenEmpty;
    return branch === undefined ? '' : this.expandIn(branch, level + 1, state);
  }

  /** The value as written, for a conditional's test; a host-derived default counts as set. */
  private rawValue(name: string): string {
    const src = this.source(name);
    return src.origin === 'default' && src.raw === '(computed)' ? '(computed)' : src.raw;
  }

  /**
   * `${{a} op {b} ? {x} : {y}}`. Postfix expands each operand in a fresh context whose nesting
   * count starts again at zero; a failure there fails the whole expansion.
   */
  private expandComparison(body: string, level: number, state: ExpandState): string {
    const parts = readBracedOperands(body);
    if (!parts) return '';
    const { left, op, right, whenTrue, whenFalse } = parts;
    const operand = (text: string): string => {
      const own = newState();
      const value = this.expandIn(text, 0, own);
      state.computed ||= own.computed;
      state.cut ||= own.cut || own.height > MAX_EXPANSION_DEPTH;
      state.long ||= own.long;
      return value.trim();
    };
    const result = compare(operand(left), op, operand(right));
    const branch = result ? whenTrue : whenFalse;
    return branch === undefined ? '' : this.expandIn(branch, level + 1, state);
  }
}

/** Nested expansions the server follows at most before it gives up (Postfix's own limit is far lower). */
const RECURSION_GUARD = 1000;

interface ExpandState {
  computed: boolean;
  /** The deepest nesting level of any piece expanded so far (-1: none). */
  height: number;
  /** The recursion guard stopped the expansion. */
  cut: boolean;
  /** The value reached MAX_EXPANSION_LENGTH. */
  long: boolean;
}

interface Resolved {
  value: string;
  computed: boolean;
  /** The deepest nesting level in the expansion of the value (its own text at 0; -1: empty; Infinity: a cycle). */
  height: number;
  cut: boolean;
  long: boolean;
  /** Set when the recursion guard shortened the result: the number of expansions in progress when it was made. */
  cutAt?: number;
}

const newState = (): ExpandState => ({ computed: false, height: -1, cut: false, long: false });

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

function cut(expansion: Expansion, max: number): ExpansionPreview {
  return { ...expansion, value: expansion.value.slice(0, Math.max(0, max)), length: expansion.value.length };
}
