/**
 * Lookup tables named in a parameter value: `type:name`, `proxy:type:name`, and the tables inside
 * `unionmap:{...}` / `pipemap:{...}`. Offsets are into the text given, so callers can map them to
 * the document (for links) or compare names (to find which parameter uses a table file).
 */
import { splitItems, unbrace } from '../../parser/values';
import { tableTypes } from '../../knowledge/tableTypes';

/** Types whose table name is a file the administrator edits: the source file of postmap, or the table file itself. */
export const FILE_TABLE_TYPES: readonly string[] = ['hash', 'btree', 'cdb', 'dbm', 'lmdb', 'sdbm', 'cidr', 'regexp', 'pcre', 'texthash'];

/** Types whose table name is the path of a client configuration file (server, query ...). */
export const CONFIG_FILE_TABLE_TYPES: readonly string[] = ['mysql', 'pgsql', 'ldap', 'sqlite', 'memcache', 'mongodb'];

/** Table types that wrap other tables. */
const WRAPPERS = new Set(['proxy']);
const COMPOSITES = new Set(['unionmap', 'pipemap']);

export interface TableReference {
  /** The type of the table that reads the name (the innermost one for proxy:type:name). */
  type: string;
  /** The table name as written (may hold `$` references). */
  name: string;
  /** Offsets of the name in the text. */
  nameStart: number;
  nameEnd: number;
  /** Offset of the type (of the outermost wrapper) in the text. */
  start: number;
  /** Wrapper types in front, outermost first (e.g. ['proxy']). */
  via: string[];
}

const TYPE_PREFIX = /^([a-z][a-z0-9]*):/;

/** The tables that one list item names (an item is a word of a value, or a `{ }` group). */
export function referencesInItem(text: string, at = 0, depth = 0): TableReference[] {
  if (depth > 20) return [];
  if (text.startsWith('{')) {
    const inner = unbrace({ text, start: at, end: at + text.length });
    if (!inner) return [];
    return splitItems(inner.text).flatMap((item) => referencesInItem(item.text, inner.start + item.start, depth + 1));
  }
  const m = TYPE_PREFIX.exec(text);
  if (!m || !(m[1] in tableTypes)) return [];
  const type = m[1];
  const rest = text.slice(m[0].length);
  const restAt = at + m[0].length;
  if (WRAPPERS.has(type)) {
    return referencesInItem(rest, restAt, depth + 1).map((r) => ({ ...r, start: at, via: [type, ...r.via] }));
  }
  if (COMPOSITES.has(type)) {
    if (!rest.startsWith('{')) return [];
    return referencesInItem(rest, restAt, depth + 1);
  }
  if (rest === '') return [];
  return [{ type, name: rest, nameStart: restAt, nameEnd: restAt + rest.length, start: at, via: [] }];
}

/** Every table named in a value (a list of items separated by commas and whitespace). */
export function referencesInValue(value: string): TableReference[] {
  return splitItems(value).flatMap((item) => referencesInItem(item.text, item.start));
}

/** Collapses `//`, `/./` and `/../` in an absolute path; undefined for a relative path. */
export function normalizePath(path: string): string | undefined {
  if (!path.startsWith('/')) return undefined;
  const out: string[] = [];
  for (const part of path.split('/')) {
    if (part === '' || part === '.') continue;
    if (part === '..') out.pop();
    else out.push(part);
  }
  return `/${out.join('/')}`;
}

/** The file system path of a file: URI, or undefined for other schemes. */
export function uriToPath(uri: string): string | undefined {
  const m = /^file:\/\/[^/]*(\/.*)$/.exec(uri);
  if (!m) return undefined;
  try {
    return decodeURIComponent(m[1]);
  } catch {
    return undefined;
  }
}

/**
 * A file: URI for an absolute path, every segment percent-encoded. Undefined for anything that
 * is not a plain absolute path (relative names, unexpanded `$` references, control characters).
 */
export function fileUri(path: string): string | undefined {
  if (!path.startsWith('/') || path.startsWith('//')) return undefined;
  if (/[\u0000-\u001f\u007f$]/.test(path)) return undefined;
  const normalized = normalizePath(path);
  if (!normalized || normalized === '/') return undefined;
  const encode = (seg: string): string => encodeURIComponent(seg).replace(/[!'()*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);
  return `file://${normalized.split('/').map(encode).join('/')}`;
}
