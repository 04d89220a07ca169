/**
 * IP addresses and CIDR networks exactly as Postfix parses them (inet_pton,
 * cidr_match_parse), shared by the network rules and the relay explainer.
 */
/** Parses a dotted-quad IPv4 address as inet_pton does (no leading zeros, four parts). */
export function parseIPv4(text: string): number[] | undefined {
  const bytes: number[] = [];
  let i = 0;
  const length = text.length;
  while (bytes.length < 4) {
    const start = i;
    let n = 0;
    while (i < length) {
      const ch = text.charCodeAt(i);
      if (ch < 48 || ch > 57) break;
      n = n * 10 + (ch - 48);
      i++;
    }
    const digits = i - start;
    if (digits < 1 || digits > 3 || (digits > 1 && text.charCodeAt(start) === 48) || n > 255) return undefined;
    bytes.push(n);
    if (bytes.length < 4) {
      if (text.charCodeAt(i) !== 46 /* . */) return undefined;
      i++;
    }
  }
  return i === length ? bytes : undefined;
}

/** Parses an IPv6 address (with "::" and an optional IPv4 tail) into 16 bytes, as inet_pton does. */
export function parseIPv6(text: string): number[] | undefined {
  if (!/^[0-9A-Fa-f:.]+$/.test(text)) return undefined;
  const halves = text.split('::');
  if (halves.length > 2) return undefined;
  const groups = (s: string): number[] | undefined => {
    if (s === '') return [];
    const out: number[] = [];
    const parts = s.split(':');
    for (let i = 0; i < parts.length; i++) {
      const p = parts[i];
      if (i === parts.length - 1 && p.includes('.')) {
        const v4 = parseIPv4(p);
        if (!v4) return undefined;
        out.push((v4[0] << 8) | v4[1], (v4[2] << 8) | v4[3]);
      } else {
        if (!/^[0-9A-Fa-f]{1,4}$/.test(p)) return undefined;
        out.push(parseInt(p, 16));
      }
    }
    return out;
  };
  const head = groups(halves[0]);
  const tail = halves.length === 2 ? groups(halves[1]) : [];
  // A dotted IPv4 tail may only come last.
  if (!head || !tail || (halves.length === 2 && halves[0].includes('.'))) return undefined;
  let words: number[];
  if (halves.length === 2) {
    if (head.length + tail.length > 7) return undefined;
    words = [...head, ...new Array<number>(8 - head.length - tail.length).fill(0), ...tail];
  } else {
    if (head.length !== 8) return undefined;
    words = head;
  }
  return words.flatMap((w) => [w >> 8, w & 0xff]);
}

/** Formats 16 bytes as glibc's inet_ntop does (longest zero run of two or more groups as "::"). */
export function formatIPv6(bytes: readonly number[]): string {
  const words: number[] = [];
  for (let i = 0; i < 16; i += 2) words.push((bytes[i] << 8) | bytes[i + 1]);
  let best = { base: -1, len: 0 };
  let cur = { base: -1, len: 0 };
  for (let i = 0; i < 8; i++) {
    if (words[i] === 0) {
      if (cur.base === -1) cur = { base: i, len: 1 };
      else cur.len++;
    } else if (cur.base !== -1) {
      if (best.base === -1 || cur.len > best.len) best = cur;
      cur = { base: -1, len: 0 };
    }
  }
  if (cur.base !== -1 && (best.base === -1 || cur.len > best.len)) best = cur;
  if (best.base !== -1 && best.len < 2) best = { base: -1, len: 0 };
  let out = '';
  for (let i = 0; i < 8; i++) {
    if (best.base !== -1 && i >= best.base && i < best.base + best.len) {
      if (i === best.base) out += ':';
      continue;
    }
    if (i !== 0) out += ':';
    if (i === 6 && best.base === 0 && (best.len === 6 || (best.len === 5 && words[5] === 0xffff))) {
      out += bytes.slice(12, 16).join('.');
      break;
    }
    out += words[i].toString(16);
  }
  if (best.base !== -1 && best.base + best.len === 8) out += ':';
  return out;
}

export type CidrProblem = 'missing-bracket' | 'garbage' | 'bad-mask' | 'bad-address' | 'host-bits';

export interface CidrResult {
  family: 4 | 6;
  /** Prefix length; the full width when none is written. */
  prefix: number;
  bytes: number[];
  problem?: CidrProblem;
  /** For 'host-bits': the word with the network address in place of the address. */
  corrected?: string;
}

/**
 * Parses "addr", "addr/len", "[addr]", "[addr]/len" or "[addr/len]" as Postfix's
 * cidr_match_parse() does. The word must not start with "!".
 */
export function parseCidr(word: string): CidrResult {
  let addr: string;
  let mask: string | undefined;
  let form: 'plain' | 'outer' | 'inner' = 'plain';
  const fail = (problem: CidrProblem, family: 4 | 6 = 4): CidrResult => ({ family, prefix: 0, bytes: [], problem });
  if (word.startsWith('[')) {
    const inside = word.slice(1);
    const close = inside.indexOf(']');
    if (close < 0) return fail('missing-bracket');
    const rest = inside.slice(close + 1);
    if (rest !== '' && !rest.startsWith('/')) return fail('garbage');
    if (rest.startsWith('/')) {
      form = 'outer';
      addr = inside.slice(0, close);
      mask = rest.slice(1);
    } else {
      form = 'inner';
      const slash = inside.slice(0, close).indexOf('/');
      addr = slash < 0 ? inside.slice(0, close) : inside.slice(0, slash);
      mask = slash < 0 ? undefined : inside.slice(slash + 1, close);
    }
  } else {
    const slash = word.indexOf('/');
    addr = slash < 0 ? word : word.slice(0, slash);
    mask = slash < 0 ? undefined : word.slice(slash + 1);
  }
  const family: 4 | 6 = addr.includes(':') ? 6 : 4;
  const bits = family === 6 ? 128 : 32;
  const bytes = family === 6 ? parseIPv6(addr) : parseIPv4(addr);
  if (mask !== undefined && (!/^\d+$/.test(mask) || Number(mask) > bits)) return fail('bad-mask', family);
  if (!bytes) return fail('bad-address', family);
  const prefix = mask === undefined ? bits : Number(mask);
  const network = bytes.map((b, i) => {
    const keep = Math.max(0, Math.min(8, prefix - i * 8));
    return b & ((0xff << (8 - keep)) & 0xff);
  });
  if (network.some((b, i) => b !== bytes[i])) {
    const net = family === 6 ? formatIPv6(network) : network.join('.');
    const corrected = form === 'outer' ? `[${net}]/${prefix}` : form === 'inner' ? `[${net}/${prefix}]` : `${net}/${prefix}`;
    return { family, prefix, bytes, problem: 'host-bits', corrected };
  }
  return { family, prefix, bytes };
}

/** 4 or 6 when the word is a network that holds every address of that family ("0.0.0.0/0", "[::]/0"). */
export function coversEverything(word: string): 4 | 6 | undefined {
  const w = word.startsWith('!') ? word.slice(1) : word;
  if (!w.startsWith('[') && w.includes(':')) return undefined;
  if (!w.includes('/')) return undefined;
  const r = parseCidr(w);
  return !r.problem && r.prefix === 0 ? r.family : undefined;
}

