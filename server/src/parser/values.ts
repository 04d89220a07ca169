/**
 * The parts of a parameter value: list items and `$` references.
 * Offsets here are into the value text; callers map them to the document.
 */

export type ReferenceForm = 'plain' | 'braced' | 'paren' | 'conditional' | 'expression';

export interface ValueReference {
  /** The parameter name, as written. Empty when the reference is broken. */
  name: string;
  nameStart: number;
  nameEnd: number;
  /** The whole reference, from `$` to its end. */
  start: number;
  end: number;
  form: ReferenceForm;
  /** Set when Postfix would report this reference as malformed. */
  error?: 'empty-name' | 'truncated';
}

export interface ValueItem {
  text: string;
  start: number;
  end: number;
}

/** A letter, digit or underscore: what a `$name` may hold. */
function isNameCode(ch: number): boolean {
  return (ch >= 97 && ch <= 122) || (ch >= 65 && ch <= 90) || (ch >= 48 && ch <= 57) || ch === 95;
}

/** A comma or whitespace (JavaScript's \s, with a fast path for ASCII). */
function isSeparator(text: string, i: number): boolean {
  const ch = text.charCodeAt(i);
  if (ch < 128) return ch === 44 || ch === 32 || (ch >= 9 && ch <= 13);
  return /\s/.test(text[i]);
}

/**
 * Splits a list value the way Postfix's mystrtok does with `{ }` grouping (3.0+):
 * commas and whitespace separate items, except inside balanced braces.
 */
export function splitItems(text: string, from = 0, to = text.length): ValueItem[] {
  const items: ValueItem[] = [];
  let i = from;
  while (i < to) {
    while (i < to && isSeparator(text, i)) i++;
    if (i >= to) break;
    const start = i;
    let depth = 0;
    while (i < to) {
      const ch = text.charCodeAt(i);
      if (ch === 123 /* { */) depth++;
      else if (ch === 125 /* } */ && depth > 0) depth--;
      else if (depth === 0 && isSeparator(text, i)) break;
      i++;
    }
    items.push({ text: text.slice(start, i), start, end: i });
  }
  return items;
}

/** The content of a `{ ... }` item without its braces and surrounding whitespace, or undefined. */
export function unbrace(item: ValueItem): ValueItem | undefined {
  if (!item.text.startsWith('{') || !item.text.endsWith('}') || item.text.length < 2) return undefined;
  let s = 1;
  let e = item.text.length - 1;
  while (s < e && /\s/.test(item.text[s])) s++;
  while (e > s && /\s/.test(item.text[e - 1])) e--;
  return { text: item.text.slice(s, e), start: item.start + s, end: item.start + e };
}

/** Finds the index just past the brace that closes the one at `open`, or -1. */
function closingBrace(text: string, open: number, to: number, openCh = '{', closeCh = '}'): number {
  let depth = 0;
  for (let i = open; i < to; i++) {
    if (text[i] === openCh) depth++;
    else if (text[i] === closeCh && --depth === 0) return i + 1;
  }
  return -1;
}

/**
 * Every `$` reference in text[from, to), including those nested in conditional
 * forms such as `${name?{$other}:{x}}` and `${{$a} == {b} ? {x} : {y}}`.
 * `$$` is a literal dollar sign.
 */
export function findReferences(text: string, from = 0, to = text.length, depth = 0): ValueReference[] {
  const refs: ValueReference[] = [];
  // Deeply nested text cannot come from a sane configuration; stop rather than recurse without bound.
  if (depth > 50) return refs;
  let i = from;
  while (i < to) {
    const dollar = text.indexOf('$', i);
    if (dollar < 0 || dollar >= to) break;
    const next = text[dollar + 1];
    if (next === '$') {
      i = dollar + 2;
      continue;
    }
    if (next === '{' || next === '(') {
      const close = next === '{' ? '}' : ')';
      const end = closingBrace(text, dollar + 1, to, next, close);
      if (end < 0) {
        refs.push({ name: '', nameStart: dollar + 1, nameEnd: to, start: dollar, end: to, form: 'braced', error: 'truncated' });
        break;
      }
      refs.push(...parseBraced(text, dollar, end, next === '(', depth));
      i = end;
      continue;
    }
    let e = dollar + 1;
    while (e < to && isNameCode(text.charCodeAt(e))) e++;
    const ref: ValueReference = { name: text.slice(dollar + 1, e), nameStart: dollar + 1, nameEnd: e, start: dollar, end: e, form: 'plain' };
    if (e === dollar + 1) ref.error = 'empty-name';
    refs.push(ref);
    i = Math.max(e, dollar + 1);
  }
  return refs;
}

/** Parses `${...}` or `$(...)` spanning text[dollar, end). */
function parseBraced(text: string, dollar: number, end: number, paren: boolean, depth: number): ValueReference[] {
  const innerStart = dollar + 2;
  const innerEnd = end - 1;
  let s = innerStart;
  while (s < innerEnd && /\s/.test(text[s])) s++;
  if (!paren && text[s] === '{') {
    // ${{a} op {b} ? {x} : {y}}: every braced operand may hold references.
    const nested: ValueReference[] = [];
    let i = s;
    while (i < innerEnd) {
      if (text[i] === '{') {
        const close = closingBrace(text, i, innerEnd);
        if (close < 0) break;
        nested.push(...findReferences(text, i + 1, close - 1, depth + 1));
        i = close;
      } else i++;
    }
    return [{ name: '', nameStart: s, nameEnd: s, start: dollar, end, form: 'expression' }, ...nested];
  }
  let e = s;
  while (e < innerEnd && isNameCode(text.charCodeAt(e))) e++;
  const name = text.slice(s, e);
  const ref: ValueReference = { name, nameStart: s, nameEnd: e, start: dollar, end, form: paren ? 'paren' : 'braced' };
  if (!name) ref.error = 'empty-name';
  let rest = e;
  while (rest < innerEnd && /\s/.test(text[rest])) rest++;
  if (!paren && (text[rest] === '?' || text[rest] === ':') && name) {
    ref.form = 'conditional';
    return [ref, ...findReferences(text, rest + 1, innerEnd, depth + 1)];
  }
  return [ref];
}
