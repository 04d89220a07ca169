/**
 * Postfix's match lists and lookup tables, as far as they can be decided from
 * the configuration text: domain lists (mydestination, relay_domains ...),
 * network lists (mynetworks ...), and the tables whose contents are text.
 * A lookup that needs a database, DNS or a file we cannot read is "unknown".
 */
import { EffectiveConfig } from '../effectiveConfig';
import { splitItems, unbrace } from '../../parser/values';
import { parseCidr, parseIPv4, parseIPv6 } from '../../parser/addresses';

/** Reads the text of a file named in the configuration; undefined when it is not available. */
export type FileReader = (path: string) => string | undefined;

export type Tri = 'yes' | 'no' | 'unknown';

export interface LookupResult {
  /** 'found' with a value, 'none' when the table has no such key, 'unknown' when it cannot be read. */
  status: 'found' | 'none' | 'unknown';
  value?: string;
  /** Why the lookup is unknown (a database, a file that cannot be read ...). */
  reason?: string;
}

/** Parameters listed in parent_domain_matches_subdomains: their domain "example.com" also matches subdomains. */
export function parentMatches(config: EffectiveConfig, name: string): boolean {
  return splitItems(config.expand('parent_domain_matches_subdomains').value).some((i) => i.text === name);
}

/** The address as 4 or 16 bytes, with its family, or undefined. */
export function parseAddress(address: string): { family: 4 | 6; bytes: number[] } | undefined {
  const bare = address.replace(/^\[|\]$/g, '').replace(/^ipv6:/i, '');
  const v4 = parseIPv4(bare);
  if (v4) return { family: 4, bytes: v4 };
  const v6 = parseIPv6(bare);
  if (!v6) return undefined;
  // IPv4-mapped IPv6 addresses match IPv4 rules, as Postfix reports such clients by their IPv4 form.
  if (v6.slice(0, 10).every((b) => b === 0) && v6[10] === 0xff && v6[11] === 0xff) return { family: 4, bytes: v6.slice(12) };
  return { family: 6, bytes: v6 };
}

/** Whether a CIDR word ("10.0.0.0/8", "[::1]/128", "192.0.2.1") holds the address. */
export function cidrContains(word: string, address: string): boolean | undefined {
  const net = parseCidr(word);
  const addr = parseAddress(address);
  if (net.problem === 'bad-address' || net.problem === 'bad-mask' || net.problem === 'garbage' || net.problem === 'missing-bracket') return undefined;
  if (!addr || addr.family !== net.family) return false;
  for (let bit = 0; bit < net.prefix; bit++) {
    const byte = bit >> 3;
    const mask = 0x80 >> (bit & 7);
    if ((addr.bytes[byte] & mask) !== (net.bytes[byte] & mask)) return false;
  }
  return true;
}

/** Table types whose contents are a text file we can read and evaluate. */
const TEXT_TABLES = new Set(['hash', 'btree', 'lmdb', 'cdb', 'dbm', 'sdbm', 'texthash']);

export class TableLookup {
  private readonly parsed = new Map<string, Map<string, string> | undefined>();

  constructor(private readonly readFile: FileReader) {}

  /** Looks a key up in `type:name`, trying the keys in order; the first hit wins. */
  lookup(table: string, keys: readonly string[]): LookupResult {
    const colon = table.indexOf(':');
    if (colon < 0) return { status: 'unknown', reason: `"${table}" is not a type:name table` };
    const type = table.slice(0, colon).toLowerCase();
    const name = table.slice(colon + 1);
    if (type === 'proxy') return this.lookup(name, keys);
    if (type === 'static') return { status: 'found', value: name.replace(/^\{\s*|\s*\}$/g, '') };
    if (type === 'fail') return { status: 'unknown', reason: 'fail: tables always fail' };
    if (type === 'inline') return this.keyed(`inline:${name}`, () => inlineEntries(name), keys);
    if (type === 'cidr') return this.cidr(name, keys);
    if (TEXT_TABLES.has(type)) {
      return this.keyed(table, () => {
        const text = this.readFile(name);
        return text === undefined ? undefined : keyValueEntries(text);
      }, keys, `the source file ${name} of this ${type}: table`);
    }
    return { status: 'unknown', reason: `a ${type}: table (its contents are not in the configuration)` };
  }

  private keyed(id: string, load: () => Map<string, string> | undefined, keys: readonly string[], what = id): LookupResult {
    if (!this.parsed.has(id)) this.parsed.set(id, load());
    const entries = this.parsed.get(id);
    if (!entries) return { status: 'unknown', reason: `${what} could not be read` };
    for (const key of keys) {
      const value = entries.get(key.toLowerCase());
      if (value !== undefined) return { status: 'found', value };
    }
    return { status: 'none' };
  }

  private cidr(path: string, keys: readonly string[]): LookupResult {
    const text = this.readFile(path);
    if (text === undefined) return { status: 'unknown', reason: `the cidr: table ${path} could not be read` };
    const address = keys.find((k) => parseAddress(k));
    if (!address) return { status: 'none' };
    for (const line of text.split(/\r?\n/)) {
      if (/^\s*(#|$)/.test(line)) continue;
      const m = /^\s*(!?)(\S+)\s+(.*?)\s*$/.exec(line);
      if (!m) continue;
      const hit = cidrContains(m[2], address);
      if (hit === undefined) continue;
      if (hit !== (m[1] === '!')) return { status: 'found', value: m[3] };
    }
    return { status: 'none' };
  }
}

/** `inline:{ key=value, { key = value with, commas } }` */
function inlineEntries(name: string): Map<string, string> {
  const entries = new Map<string, string>();
  const body = name.trim().replace(/^\{/, '').replace(/\}$/, '');
  for (const item of splitItems(body)) {
    const text = unbrace(item)?.text ?? item.text;
    const eq = text.indexOf('=');
    if (eq > 0) entries.set(text.slice(0, eq).trim().toLowerCase(), text.slice(eq + 1).trim());
  }
  return entries;
}

/** postmap's source format: key, whitespace, value; comments; indented continuation lines. Keys fold to lower case, as postmap does by default. */
function keyValueEntries(text: string): Map<string, string> {
  const entries = new Map<string, string>();
  let last: string | undefined;
  for (const line of text.split(/\r?\n/)) {
    if (/^\s*(#|$)/.test(line)) continue;
    if (/^\s/.test(line) && last !== undefined) {
      entries.set(last, `${entries.get(last)} ${line.trim()}`);
      continue;
    }
    const m = /^(\S+)\s*(.*?)\s*$/.exec(line);
    if (!m) continue;
    const key = m[1].toLowerCase();
    // postmap keeps the first of duplicate keys (with a warning).
    if (!entries.has(key)) entries.set(key, m[2]);
    last = key;
  }
  return entries;
}

export interface MatchOutcome {
  result: Tri;
  /** The list item that decided (for the explanation). */
  item?: string;
  reason?: string;
}

/**
 * A domain match list: items are domains (".example.com" for subdomains; plain ones match
 * subdomains too when the parameter is in parent_domain_matches_subdomains), "!" negations,
 * type:table lookups and /file names. The first matching item decides.
 */
export function matchDomainList(config: EffectiveConfig, param: string, domain: string, tables: TableLookup, readFile: FileReader, value?: string): MatchOutcome {
  const list = value ?? config.expand(param).value;
  const parent = parentMatches(config, param);
  const d = domain.toLowerCase().replace(/\.$/, '');
  return walkList(list, readFile, (word) => {
    if (word.includes(':') && !word.startsWith('[')) {
      const keys = [d];
      const labels = d.split('.');
      for (let i = 1; i < labels.length; i++) keys.push(parent ? labels.slice(i).join('.') : `.${labels.slice(i).join('.')}`);
      const r = tables.lookup(word, keys);
      return r.status === 'unknown' ? { result: 'unknown', reason: r.reason } : { result: r.status === 'found' ? 'yes' : 'no' };
    }
    const w = word.toLowerCase();
    if (w.startsWith('.')) return { result: d.endsWith(w) ? 'yes' : 'no' };
    return { result: d === w || (parent && d.endsWith(`.${w}`)) ? 'yes' : 'no' };
  });
}

/**
 * A network match list (mynetworks ...): addresses and CIDR blocks, [IPv6], "!" negations,
 * type:table lookups of the address, /file names, and host names matched against the client name.
 */
export function matchNetworkList(list: string, address: string, clientName: string, tables: TableLookup, readFile: FileReader, parent = false): MatchOutcome {
  return walkList(list, readFile, (word) => {
    if (/^\[?[0-9A-Fa-f:.]+\]?(\/\d+)?$/.test(word) && (word.includes('.') || word.startsWith('['))) {
      const hit = cidrContains(word, address);
      return { result: hit ? 'yes' : 'no' };
    }
    if (word.includes(':')) {
      const r = tables.lookup(word, [address, clientName]);
      return r.status === 'unknown' ? { result: 'unknown', reason: r.reason } : { result: r.status === 'found' ? 'yes' : 'no' };
    }
    const w = word.toLowerCase();
    const name = clientName.toLowerCase();
    if (name === 'unknown') return { result: 'no' };
    return { result: name === w || (w.startsWith('.') ? name.endsWith(w) : parent && name.endsWith(`.${w}`)) ? 'yes' : 'no' };
  });
}

function walkList(list: string, readFile: FileReader, test: (word: string) => MatchOutcome, depth = 0): MatchOutcome {
  let uncertain: MatchOutcome | undefined;
  for (const item of splitItems(list)) {
    let word = item.text;
    let negate = false;
    while (word.startsWith('!')) {
      negate = !negate;
      word = word.slice(1);
    }
    let r: MatchOutcome;
    if (word.startsWith('/') && depth < 5) {
      const text = readFile(word);
      r = text === undefined ? { result: 'unknown', reason: `the file ${word} could not be read` } : walkList(text.replace(/#.*$/gm, ''), readFile, test, depth + 1);
    } else {
      r = test(word);
    }
    if (r.result === 'unknown') {
      uncertain ??= { ...r, item: item.text };
      continue;
    }
    if (r.result === 'yes') return uncertain ?? { result: negate ? 'no' : 'yes', item: item.text };
  }
  return uncertain ?? { result: 'no' };
}
