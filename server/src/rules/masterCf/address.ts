/**
 * The name of an inet service as master(8) reads it: host_port() with an empty
 * default host and no default port, then valid_hostname() / valid_hostaddr().
 * Only syntax is judged here; whether a host name resolves is left to master.
 */

export type AddressProblem =
  | 'missing-bracket'
  | 'garbage-after-bracket'
  | 'bad-ipv6'
  | 'missing-port'
  | 'bad-host'
  | 'bad-port';

export interface InetAddress {
  /** Empty for "all addresses in inet_interfaces". */
  host: string;
  port: string;
  /** The name master uses for the service internally: `[host]:port`, or the port alone. */
  key: string;
}

/** The host and port of an inet service name, or what master says is wrong with it. */
export function parseInetService(name: string): InetAddress | { problem: AddressProblem } {
  let host: string;
  let port: string;
  if (name.startsWith('[')) {
    let inner = name.slice(1);
    const ipv6Prefix = /^ipv6:/i.test(inner);
    if (ipv6Prefix) inner = inner.slice(5);
    const close = inner.indexOf(']');
    if (close < 0) return { problem: 'missing-bracket' };
    host = inner.slice(0, close);
    const after = inner.slice(close + 1);
    if (after !== '' && !after.startsWith(':')) return { problem: 'garbage-after-bracket' };
    if (ipv6Prefix && !validIpv6(host)) return { problem: 'bad-ipv6' };
    port = after.slice(1);
    if (port === '') return { problem: 'missing-port' };
  } else {
    const colon = name.lastIndexOf(':');
    if (colon >= 0) {
      host = name.slice(0, colon);
      port = name.slice(colon + 1);
      if (port === '') return { problem: 'missing-port' };
    } else {
      host = '';
      port = name;
    }
  }
  if (host !== '' && !validHostname(host) && !validHostaddr(host)) return { problem: 'bad-host' };
  if (/^\d/.test(port) && !/^\d+$/.test(port)) return { problem: 'bad-port' };
  return { host, port, key: host ? `[${host}]:${port}` : port };
}

/** valid_hostname(): letters, digits, "_" and inner hyphens in labels of up to 63, not all numeric, at most 255. */
export function validHostname(name: string): boolean {
  if (name === '' || name.length > 255) return false;
  let label = 0;
  let nonNumeric = false;
  for (let i = 0; i < name.length; i++) {
    const ch = name[i];
    const next = name[i + 1];
    if (/[A-Za-z0-9_]/.test(ch)) {
      if (++label > 63) return false;
      if (!/[0-9]/.test(ch)) nonNumeric = true;
    } else if (ch === '.') {
      if (label === 0 || next === undefined) return false;
      label = 0;
    } else if (ch === '-') {
      label++;
      if (label === 1 || next === undefined || next === '.') return false;
      nonNumeric = true;
    } else {
      return false;
    }
  }
  return nonNumeric;
}

export function validHostaddr(addr: string): boolean {
  if (addr === '') return false;
  return addr.includes(':') ? validIpv6(addr) : validIpv4(addr);
}

/** valid_ipv4_hostaddr(): four dotted decimal bytes; 0.x.y.z only as 0.0.0.0. */
export function validIpv4(addr: string): boolean {
  let inByte = false;
  let count = 0;
  let value = 0;
  for (let i = 0; i < addr.length; i++) {
    const ch = addr[i];
    if (ch >= '0' && ch <= '9') {
      if (!inByte) {
        inByte = true;
        value = 0;
        count++;
      }
      value = value * 10 + (ch.charCodeAt(0) - 48);
      if (value > 255) return false;
    } else if (ch === '.') {
      if (!inByte || i === addr.length - 1) return false;
      if (count === 1 && value === 0 && /[^0.]/.test(addr)) return false;
      inByte = false;
    } else {
      return false;
    }
  }
  return count === 4;
}

/** valid_ipv6_hostaddr(): up to eight hex fields, one "::", an optional dotted IPv4 tail. */
export function validIpv6(addr: string): boolean {
  let nullField = 0;
  let field = 0;
  let len = 0;
  let i = 0;
  for (;;) {
    const ch = addr[i];
    if (ch === undefined) {
      if (field < 2) return false;
      if (len === 0 && nullField !== field - 1) return false;
      return true;
    }
    if (ch === '.') {
      if (field < 2 || field > 6) return false;
      return validIpv4(addr.slice(i - len));
    }
    if (ch === ':') {
      if (field === 0 && len === 0 && /[A-Za-z0-9]/.test(addr[i + 1] ?? '')) return false;
      field++;
      if (field > 7) return false;
      i++;
      len = 0;
      if (addr[i] === ':') {
        if (nullField > 0) return false;
        nullField = field;
      }
      continue;
    }
    len = /^[0-9a-fA-F]*/.exec(addr.slice(i))![0].length;
    if (len > 4 || len === 0) return false;
    i += len;
  }
}
