/**
 * Shared pieces of the property and fuzz tests: the fixed seed, text generators, and checks that
 * spans and LSP ranges lie inside a document.
 *
 * Every run uses FUZZ_SEED (default below) so a failure can be replayed; fast-check prints the seed
 * and the shrunk counterexample when a property fails. FUZZ_RUNS_SCALE (default 1) multiplies the
 * number of runs, e.g. FUZZ_RUNS_SCALE=20 for a long local session.
 */
import fc from 'fast-check';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { REPO_DIR } from '../helpers';

export const FUZZ_SEED = Number(process.env.FUZZ_SEED ?? 20251130);
const SCALE = Math.max(0.05, Number(process.env.FUZZ_RUNS_SCALE ?? 1));

/** A number of runs scaled by FUZZ_RUNS_SCALE. */
export function runs(n: number): number {
  return Math.max(1, Math.round(n * SCALE));
}

/** fast-check parameters: the fixed seed, a number of runs, and no time-based interruption. */
export function params(numRuns: number): fc.Parameters<unknown> {
  return { seed: FUZZ_SEED, numRuns: runs(numRuns) };
}

// ---------------------------------------------------------------------------------------------
// Text generators

/** Characters that mean something to some parser, and a few that should mean nothing. */
const INTERESTING = [
  'a', 'b', 'z', 'A', 'Z', '0', '9', '_', '-', '.', '/', '@', ' ', ' ', '\t', '\v', '\f', '=', '$', '$', '{', '}', '(', ')',
  ',', ':', ';', '?', '!', '<', '>', '|', '#', '[', ']', '"', "'", '\\', '*', '+', '^', '~', '&', '%', '`',
  '\n', '\n', '\r', '\r\n', '\0', '\uFEFF', 'é', '日', '😀', '\uD800', '\uDFFF', '\u2028', '\u00A0',
];

/** Words that steer parsers into their deeper paths. */
const WORDS = [
  'myhostname', 'mydomain', 'mynetworks', 'mydestination', 'relayhost', 'relay_domains', 'compatibility_level',
  'smtpd_recipient_restrictions', 'smtpd_relay_restrictions', 'smtpd_client_restrictions', 'smtpd_restriction_classes',
  'smtpd_tls_security_level', 'smtp_sasl_auth_enable', 'inet_protocols', 'message_size_limit', 'maximal_queue_lifetime',
  'permit_mynetworks', 'permit_sasl_authenticated', 'reject_unauth_destination', 'check_client_access',
  'check_recipient_access', 'reject_rbl_client', 'check_policy_service', 'reject', 'permit', 'OK', 'REJECT', 'DUNNO',
  'DEFER', 'HOLD', 'DISCARD', 'FILTER', 'PREPEND', 'REDIRECT', 'WARN', '554 5.7.1', '450', '4.7.1', 'hash:', 'lmdb:',
  'cidr:', 'pcre:', 'regexp:', 'proxy:', 'texthash:', 'inline:{', 'static:', '/etc/postfix/', '$config_directory/',
  '${name?{x}:{y}}', '${{$a} == {b} ? {x} : {y}}', '$(x)', '$$', 'smtp', 'inet', 'unix', 'n', 'y', '-', 'smtpd', '-o',
  'syslog_name=postfix/$service_name', '{ a = b }', 'if /x/', 'endif', '/^Subject:/', '192.0.2.0/24', '[2001:db8::]/32',
  '!', 'Nov 30 10:01:02 mail postfix/smtpd[123]: ', 'NOQUEUE: reject: RCPT from unknown[203.0.113.5]: ',
  '554 5.7.1 <a@b>: Relay access denied; ', 'from=<a@b> to=<c@d> proto=ESMTP helo=<x>', 'status=bounced (',
  'warning: ', 'fatal: ', 'panic: ', 'error: ', '2026-11-30T10:01:02.123456+00:00 ', 'postfix/qmgr[1]: ABCDEF0123: ',
  'removed', 'connect from ', '# ', '#', '\n', '\n', '\n  ', '\n\t', ' = ', '=', ', ', '\r\n',
];

/** Random text over interesting characters. */
export const charText = (maxLength = 300) => fc.string({ unit: fc.constantFrom(...INTERESTING), maxLength, size: 'large' });

/** Random text made of words and characters parsers care about. */
export const tokenText = (maxLength = 60) =>
  fc.array(fc.oneof({ weight: 3, arbitrary: fc.constantFrom(...WORDS) }, { weight: 1, arbitrary: fc.constantFrom(...INTERESTING) }), { maxLength, size: 'large' }).map((parts) => parts.join(''));

/** Random bytes read as UTF-8 (invalid sequences become U+FFFD) or as Latin-1, like a file of unknown encoding. */
export const byteText = (maxLength = 400) =>
  fc.tuple(fc.uint8Array({ maxLength, size: 'large' }), fc.boolean()).map(([bytes, utf8]) => Buffer.from(bytes).toString(utf8 ? 'utf8' : 'latin1'));

/** Every line break replaced at random by \n, \r\n or \r. */
export function mixLineEndings(text: string, pick: number[]): string {
  let i = 0;
  return text.replace(/\r\n|\r|\n/g, () => ['\n', '\r\n', '\r'][(pick[i++ % Math.max(1, pick.length)] ?? 0) % 3]);
}

export type Mutation = { kind: 'insert' | 'delete' | 'duplicate' | 'replace'; at: number; length: number; text: string };

export const mutation = fc.record({
  kind: fc.constantFrom('insert', 'delete', 'duplicate', 'replace') as fc.Arbitrary<Mutation['kind']>,
  at: fc.nat(),
  length: fc.nat({ max: 40 }),
  text: fc.oneof(fc.constantFrom(...WORDS), fc.constantFrom(...INTERESTING), charText(12)),
});

/** Applies mutations at positions taken modulo the text's length. */
export function mutate(text: string, mutations: readonly Mutation[]): string {
  let out = text;
  for (const m of mutations) {
    const at = out.length ? m.at % (out.length + 1) : 0;
    const end = Math.min(out.length, at + m.length);
    if (m.kind === 'insert') out = out.slice(0, at) + m.text + out.slice(at);
    else if (m.kind === 'delete') out = out.slice(0, at) + out.slice(end);
    else if (m.kind === 'duplicate') out = out.slice(0, end) + out.slice(at, end) + out.slice(end);
    else out = out.slice(0, at) + m.text + out.slice(end);
  }
  return out;
}

/** Variants every document also goes through: a BOM in front, NUL bytes, CRLF or CR only. */
export const decorate = fc.record({
  bom: fc.boolean(),
  nul: fc.boolean(),
  endings: fc.array(fc.nat({ max: 2 }), { maxLength: 8 }),
});

export function decorated(text: string, d: { bom: boolean; nul: boolean; endings: number[] }): string {
  let out = d.endings.length ? mixLineEndings(text, d.endings) : text;
  if (d.nul) out = out.replace(/=/, '=\0').replace(/ /, '\0 ');
  if (d.bom) out = `\uFEFF${out}`;
  return out;
}

// ---------------------------------------------------------------------------------------------
// Corpus

/** Text files of the repository that are Postfix files of some kind: examples, fixtures, the e2e workspace. */
export function corpusFiles(): Array<{ name: string; text: string }> {
  const out: Array<{ name: string; text: string }> = [];
  const walk = (dir: string): void => {
    let names: string[];
    try {
      names = readdirSync(dir);
    } catch {
      return;
    }
    for (const name of names) {
      const path = join(dir, name);
      const stat = statSync(path);
      if (stat.isDirectory()) walk(path);
      else if (stat.size < 200_000) out.push({ name: path.slice(REPO_DIR.length + 1), text: readFileSync(path, 'utf8') });
    }
  };
  for (const dir of ['examples', join('test', 'fixtures'), join('test', 'e2e', 'workspace')]) walk(join(REPO_DIR, dir));
  return out.filter((f) => !/\.(json|png|svg|ts|js|mjs|md)$/.test(f.name));
}

// ---------------------------------------------------------------------------------------------
// Checks

/** Every `{ start, end }` pair of numbers reachable in `value` lies in [0, length] with start <= end. */
export function spansInside(value: unknown, length: number, path = '$', seen = new Set<unknown>()): string[] {
  const problems: string[] = [];
  const visit = (v: unknown, p: string): void => {
    if (!v || typeof v !== 'object' || seen.has(v)) return;
    seen.add(v);
    const o = v as Record<string, unknown>;
    if (typeof o.start === 'number' && typeof o.end === 'number') {
      if (!(o.start >= 0 && o.start <= o.end && o.end <= length)) problems.push(`${p}: [${o.start}, ${o.end}) outside [0, ${length}]`);
    }
    if (Array.isArray(v)) v.forEach((item, i) => visit(item, `${p}[${i}]`));
    else for (const [k, child] of Object.entries(o)) if (k !== 'text') visit(child, `${p}.${k}`);
  };
  visit(value, path);
  return problems;
}

/** The lengths of a document's lines, split the way LSP splits them (\n, \r\n, \r). */
export function lineLengths(text: string): number[] {
  return text.split(/\r\n|\r|\n/).map((l) => l.length);
}

interface Pos {
  line: number;
  character: number;
}

const isPosition = (v: unknown): v is Pos =>
  !!v && typeof v === 'object' && typeof (v as Pos).line === 'number' && typeof (v as Pos).character === 'number';

/**
 * Every LSP position and range in `value` that belongs to `document` is inside it: line within the
 * document, character within the line, start not after end. Parts that name another file (a `uri`,
 * `targetUri` or a WorkspaceEdit's `changes` key that is not the document's) are skipped.
 */
export function rangesInside(value: unknown, document: TextDocument): string[] {
  const lengths = lineLengths(document.getText());
  const problems: string[] = [];
  const checkPosition = (p: Pos, path: string): void => {
    if (!Number.isInteger(p.line) || !Number.isInteger(p.character) || p.line < 0 || p.line >= lengths.length || p.character < 0 || p.character > lengths[p.line]) {
      problems.push(`${path}: ${p.line}:${p.character} is not in the document (${lengths.length} lines)`);
    }
  };
  const visit = (v: unknown, path: string): void => {
    if (!v || typeof v !== 'object') return;
    if (isPosition(v)) {
      checkPosition(v, path);
      return;
    }
    const o = v as Record<string, unknown>;
    for (const key of ['uri', 'targetUri']) if (typeof o[key] === 'string' && o[key] !== document.uri) return;
    const td = o.textDocument as { uri?: unknown } | undefined;
    if (td && typeof td.uri === 'string' && td.uri !== document.uri) return;
    if (isPosition(o.start) && isPosition(o.end)) {
      const s = o.start;
      const e = o.end;
      if (s.line > e.line || (s.line === e.line && s.character > e.character)) problems.push(`${path}: range ends before it starts`);
    }
    if (Array.isArray(v)) {
      v.forEach((item, i) => visit(item, `${path}[${i}]`));
      return;
    }
    for (const [k, child] of Object.entries(o)) {
      if (path.endsWith('.changes') && k !== document.uri) continue;
      visit(child, `${path}.${k}`);
    }
  };
  visit(value, '$');
  return problems;
}

/** Decodes LSP semantic tokens and checks each lies on one line of the document. */
export function tokensInside(data: readonly number[], document: TextDocument): string[] {
  const lengths = lineLengths(document.getText());
  const problems: string[] = [];
  let line = 0;
  let char = 0;
  for (let i = 0; i + 4 < data.length + 1 && i < data.length; i += 5) {
    const [dl, ds, len] = [data[i], data[i + 1], data[i + 2]];
    line += dl;
    char = dl === 0 ? char + ds : ds;
    if (line >= lengths.length || char + len > lengths[line] || len <= 0) problems.push(`token ${i / 5} at ${line}:${char}+${len} is not inside a line`);
  }
  if (data.length % 5 !== 0) problems.push(`${data.length} numbers is not a whole number of tokens`);
  return problems;
}

/** Runs fn, returning its result and how long it took. */
export function timed<T>(fn: () => T): { value: T; ms: number } {
  const t0 = performance.now();
  const value = fn();
  return { value, ms: performance.now() - t0 };
}
