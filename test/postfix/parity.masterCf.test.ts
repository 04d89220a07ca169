/**
 * master.cf against the real Postfix (Debian's 3.7):
 * - on every master.cf of the corpus (with an empty main.cf, and with the main.cf of the same
 *   repository), the names postconf -n / -M warn about ("unused parameter", "undefined parameter",
 *   "read-only parameter assignment") and the fatal or brace errors it prints are exactly ours;
 * - every error rule is proven with the program that refuses the input: postconf, master(8)
 *   (on reload, its log carried to a second instance's postlogd), the daemon itself, or "postfix check".
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { appendFileSync, existsSync, mkdtempSync, mkdirSync, readFileSync, readdirSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import { createConnection } from 'node:net';
import { spawnSync } from 'node:child_process';
import { tmpdir } from 'node:os';
import { basename, join, resolve } from 'node:path';
import { TextDocument } from 'vscode-languageserver-textdocument';
import type { Diagnostic } from 'vscode-languageserver-types';
import { createLanguageService } from '../../server/src/languageService';
import { ENTRY_SNIPPETS } from '../../server/src/features/master/completion';
import { SHARED_DIR, settings } from '../helpers';
import { NO_POSTCONF, NO_POSTFIX, PostfixInstance, configDir as freshConfigDir, postconf, startPostfix, waitForLog } from './instance';

/**
 * A config directory whose files look a minute old: Postfix rereads a file that changed within
 * the last second (in case it is still being written), which costs postconf two seconds a call.
 */
function configDir(mainCf: string, masterCf: string): string {
  const dir = freshConfigDir(mainCf, masterCf);
  const past = new Date(Date.now() - 60000);
  for (const name of ['main.cf', 'master.cf']) utimesSync(join(dir, name), past, past);
  return dir;
}

const sorted = (xs: Iterable<string>) => [...new Set(xs)].sort();

function validate(masterCf: string, mainCf: string | undefined): { doc: TextDocument; diagnostics: Diagnostic[] } {
  const service = createLanguageService({ readSibling: (_uri, name) => (name === 'main.cf' ? mainCf : undefined) });
  const doc = TextDocument.create('file:///parity/master.cf', 'postfix-master', 1, masterCf);
  return { doc, diagnostics: service.validate(doc, settings({ version: '3.7' })) };
}

interface Report {
  unused: string[];
  undefined: string[];
  readOnly: string[];
  /** Texts of "{" groups without their "}" and of text after a "}" (postconf warns, master stops). */
  missingBrace: number;
  trailingText: string[];
  /** The first fatal error: which column check, on which line of the file. */
  fatal?: string;
}

/** postconf's view. Messages it prints that we do not model are listed here and nowhere else. */
function postconfReport(mainCf: string, masterCf: string): Report | 'main.cf fatal' {
  const dir = configDir(mainCf, masterCf);
  try {
    const n = postconf(dir, '-n');
    // -M reads the same files and prints the same warnings; a fatal error (which costs a second) only once.
    const messages = [...new Set([...n.messages, ...(n.status === 0 ? postconf(dir, '-M').messages : [])])];
    if (messages.some((m) => /fatal: .*main\.cf/.test(m))) return 'main.cf fatal';
    const master = messages.filter((m) => m.includes('master.cf'));
    const pick = (re: RegExp) => sorted(master.map((m) => re.exec(m)?.[1]).filter((x): x is string => x !== undefined));
    const report: Report = {
      unused: pick(/master\.cf: unused parameter: ([^=]+)=/),
      undefined: pick(/master\.cf: undefined parameter: (\S+)/),
      readOnly: pick(/master\.cf: read-only parameter assignment: ([^=]+)=/),
      missingBrace: master.filter((m) => /master\.cf: missing '}' in /.test(m)).length,
      trailingText: pick(/master\.cf: syntax error after '}' in "\{[^"]*\}([^"]*)"/),
    };
    const line = /file .*master\.cf: line (\d+): bad field count/.exec(master.join('\n'));
    const column = /fatal: invalid (\S+) field "/.exec(messages.join('\n'));
    if (line) report.fatal = `bad field count, line ${line[1]}`;
    else if (column) report.fatal = `invalid ${column[1]} field`;
    const known = [
      /master\.cf: (unused|undefined|read-only) parameter/,
      /master\.cf: missing '}'/,
      /master\.cf: syntax error after '}'/,
      /bad field count|invalid \S+ field/,
    ];
    // Not modelled: postconf's check of "{...}" inside a built-in parameter's value (a warning naming the entry),
    // and the legacy-database scan that opens mysql:/ldap:/pgsql: configuration files on this host.
    const ignored = [/master\.cf:\S+\/\S+: syntax error after '}'/, /open "\w+" configuration/];
    for (const m of master) {
      if (ignored.some((re) => re.test(m))) continue;
      assert.ok(known.some((re) => re.test(m)), `a postconf message the parity test does not know: ${m}`);
    }
    return report;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

const COLUMN_RULES: Record<string, string> = {
  'master-invalid-type': 'invalid type field',
  'master-invalid-wakeup': 'invalid wakeup field',
  'master-invalid-maxproc': 'invalid process_limit field',
};

function ourReport(mainCf: string | undefined, masterCf: string): Report {
  const { doc, diagnostics } = validate(masterCf, mainCf);
  const named = (...codes: string[]) => sorted(diagnostics.filter((d) => codes.includes(String(d.code))).map((d) => doc.getText(d.range)));
  const report: Report = {
    unused: named('unknown-parameter', 'parameter-too-new'),
    undefined: named('undefined-reference'),
    readOnly: named('read-only-parameter'),
    missingBrace: diagnostics.filter((d) => d.code === 'master-missing-brace').length,
    trailingText: named('master-brace-trailing-text'),
  };
  // postconf checks the columns in file order and stops at the first bad one.
  const text = (d: Diagnostic) => (typeof d.message === 'string' ? d.message : d.message.value);
  // ("?" as wakeup time passes postconf; only master refuses it.)
  const postconfStops = (d: Diagnostic) =>
    d.code === 'master-field-count' || d.code === 'master-invalid-flag' || (String(d.code) in COLUMN_RULES && !/postconf lets it pass/.test(text(d)));
  const fatal = diagnostics.find(postconfStops);
  if (fatal?.code === 'master-field-count') report.fatal = `bad field count, line ${fatal.range.start.line + 1}`;
  else if (fatal?.code === 'master-invalid-flag') report.fatal = `invalid ${/The (\S+) column/.exec(text(fatal))![1]} field`;
  else if (fatal) report.fatal = COLUMN_RULES[String(fatal.code)];
  return report;
}

/** Compares one pair of files; returns postconf's report (undefined when postconf stopped on main.cf). */
function compare(label: string, mainCf: string, masterCf: string): Report | undefined {
  const theirs = postconfReport(mainCf, masterCf);
  if (theirs === 'main.cf fatal') return undefined;
  const ours = ourReport(mainCf, masterCf);
  if (theirs.fatal) {
    // postconf stops at the first fatal error: only that can be compared.
    assert.equal(ours.fatal, theirs.fatal, `${label}: first fatal error`);
    return theirs;
  }
  assert.equal(ours.fatal, undefined, `${label}: we report a fatal column error that postconf accepts`);
  assert.deepEqual(ours, theirs, label);
  return theirs;
}

const corpusDir = resolve(SHARED_DIR, 'corpus', 'files');
const manifest = resolve(SHARED_DIR, 'corpus', 'MANIFEST.tsv');
const corpusMasters = existsSync(corpusDir) ? readdirSync(corpusDir).filter((f) => /master\.cf/.test(f)) : [];
const NO_CORPUS = corpusMasters.length ? false : `skipped: no corpus at ${corpusDir}`;

/** The corpus main.cf of the same repository as each master.cf (MANIFEST.tsv, column "repo"). */
function siblingMains(): Map<string, string> {
  const rows = readFileSync(manifest, 'utf8').split('\n').slice(1).map((l) => l.split('\t')).filter((r) => r.length > 2);
  const mainByRepo = new Map(rows.filter((r) => /main\.cf/.test(r[0])).map((r) => [r[1], r[0]] as [string, string]));
  const out = new Map<string, string>();
  for (const r of rows) if (/master\.cf/.test(r[0]) && mainByRepo.has(r[1])) out.set(r[0], mainByRepo.get(r[1])!);
  return out;
}

test('postconf parity on every master.cf of the corpus, with an empty main.cf', { skip: NO_POSTCONF || NO_CORPUS }, () => {
  assert.equal(corpusMasters.length, 12);
  const reports = corpusMasters.map((file) => compare(file, '', readFileSync(join(corpusDir, file), 'utf8')));
  // Not a vacuous comparison: postconf does warn about some of them, and so do we.
  assert.ok(reports.every(Boolean));
  assert.ok(reports.some((r) => r!.unused.includes('smtpd_hide_client_session')));
  assert.ok(reports.some((r) => r!.undefined.includes('mua_client_restrictions')));
});

test('postconf parity on every master.cf of the corpus, with the main.cf of the same repository', { skip: NO_POSTCONF || NO_CORPUS }, () => {
  const pairs = siblingMains();
  assert.ok(pairs.size >= 8, `pairs: ${[...pairs].join(', ')}`);
  let compared = 0;
  for (const [master, main] of pairs) {
    if (compare(`${master} + ${main}`, readFileSync(join(corpusDir, main), 'utf8'), readFileSync(join(corpusDir, master), 'utf8'))) compared++;
  }
  // A templated main.cf (Mailu's) stops postconf before it reads master.cf; the others are compared.
  assert.ok(compared >= pairs.size - 1, `compared ${compared} of ${pairs.size}`);
});

const S = 's inet n - n - - smtpd';

/** Hand-written cases for every branch of postconf's -o bookkeeping and every column check. */
const CASES: Array<[string, string, string]> = [
  ['unused and undefined', '', `${S} -o x_y=1 -o smtpd_client_restrictions=$undefd`],
  ['local $name', '', `${S} -o a=1 -o b=$a`],
  ['another entry is another name space', '', `${S} -o a=1\nt inet n - n - - smtpd -o b=$a`],
  ['a used main.cf name', 'bar = 1\nmynetworks = $bar\n', `${S} -o bar=2`],
  ['an unused main.cf name', 'bar = 1\n', `${S} -o bar=2`],
  ['$name in main.cf', 'x = $a\n', `${S} -o a=1`],
  ['main.cf restriction class', 'smtpd_restriction_classes = foo\n', `${S} -o foo=reject`],
  ['local restriction class', '', `${S} -o smtpd_restriction_classes=cls -o cls=permit`],
  ['undefined local class', '', `${S} -o smtpd_restriction_classes=cls\nt inet n - n - - smtpd -o cls=permit`],
  ['per-service names', '', `${S} -o relay_destination_concurrency_limit=1 -o foo_destination_concurrency_limit=2\nrelay unix - - n - - smtp`],
  ['legacy name', '', `${S} -o virtual_maps=hash:/x`],
  ['read-only', '', `${S} -o process_name=x`],
  ['newer than 3.7', '', `${S} -o smtpd_hide_client_session=yes`],
  ['after pipe arguments', '', 'p unix - n n - - pipe\n  flags=R user=x argv=/bin/cat -o foo=bar ${recipient}\n  -o bar=baz'],
  ['spaced option ends the options for postconf', '', `${S} -o smtpd_banner -o x_y=1`],
  ['braces', '', `${S} -o { x = y z } -o {smtpd_banner=b}x -o { a = 1`],
  ['bad field count', '', 'a unix - - n - - smtp\nsmtp inet n - n - smtpd'],
  ['type', '', 'smtp tcp n - n - - smtpd'],
  ['private', '', 'smtp inet Y - n - - smtpd'],
  ['unprivileged', '', 'smtp inet n yes n - - smtpd'],
  ['chroot', '', 'smtp inet n - N - - smtpd'],
  ['wakeup', '', 'smtp inet n - n 5x - smtpd'],
  ['wakeup ? passes postconf', '', 'smtp inet n - n ? - smtpd'],
  ['process limit', '', 'smtp inet n - n - 1x smtpd'],
];

test('postconf parity on hand-written cases for every branch', { skip: NO_POSTCONF }, () => {
  for (const [label, main, master] of CASES) assert.ok(compare(label, main, `${master}\n`), label);
});

test('"-o a = b": postconf stops reading options at "=" and says nothing; we report the error and read on, as the fix will', { skip: NO_POSTCONF }, () => {
  const master = `${S} -o smtpd_tls_security_level = may -o x_y=1\n`;
  const theirs = postconfReport('', master);
  assert.deepEqual(theirs, { unused: [], undefined: [], readOnly: [], missingBrace: 0, trailingText: [] });
  const { doc, diagnostics } = validate(master, '');
  assert.deepEqual(
    diagnostics.map((d) => [d.code, doc.getText(d.range)]),
    [
      ['master-option-whitespace', '-o smtpd_tls_security_level = may'],
      ['unknown-parameter', 'x_y'],
    ],
  );
});

test('postconf stops on the column errors we report as errors, and accepts the snippets we offer', { skip: NO_POSTCONF }, () => {
  for (const [line, id, message] of [
    ['smtp inet n - n - smtpd', 'master-field-count', /line 1: bad field count/],
    ['smtp tcp n - n - - smtpd', 'master-invalid-type', /invalid type field "tcp"/],
    ['smtp inet Y - n - - smtpd', 'master-invalid-flag', /invalid private field "Y"/],
    ['smtp inet n - n 5x - smtpd', 'master-invalid-wakeup', /invalid wakeup field "5x"/],
    ['smtp inet n - n - 1x smtpd', 'master-invalid-maxproc', /invalid process_limit field "1x"/],
  ] as Array<[string, string, RegExp]>) {
    const { diagnostics } = validate(`${line}\n`, '');
    assert.deepEqual(diagnostics.map((d) => [d.code, d.severity]), [[id, 1]], line);
    const dir = configDir('', `${line}\n`);
    const r = postconf(dir, '-n');
    rmSync(dir, { recursive: true, force: true });
    assert.equal(r.status, 1, line);
    assert.ok(r.messages.some((m) => message.test(m)), r.messages.join('\n'));
  }
  for (const snippet of ENTRY_SNIPPETS) {
    const dir = configDir('', `${snippet.text}\n`);
    const r = postconf(dir, '-n');
    rmSync(dir, { recursive: true, force: true });
    assert.deepEqual([r.status, r.messages], [0, []], snippet.label);
  }
});

// ---------------------------------------------------------------------------------------------
// master(8) itself. Its fatal errors while reading master.cf go to syslog at first start, and on
// reload its own postlogd is gone already; so a second instance (B) logs through the postlog
// service of a first one (A), which keeps running and writes every line to A's log file.

function masterPid(instance: PostfixInstance): number {
  return Number(readFileSync(join(instance.dir, 'queue', 'pid', 'master.pid'), 'utf8').trim());
}

/** What master logs when it rereads a master.cf with the extra lines. */
async function masterSays(logger: PostfixInstance, extra: string): Promise<string> {
  const b = startPostfix(`postlog_service_name = ../../../${basename(logger.dir)}/queue/public/postlog\n`);
  try {
    const pid = masterPid(b);
    const before = logger.log().length;
    appendFileSync(join(b.dir, 'conf', 'master.cf'), `${extra}\n`);
    process.kill(pid, 'SIGHUP');
    const mine = new RegExp(`postfix/master\\[${pid}\\]: (fatal|warning): .*`);
    const end = Date.now() + 8000;
    while (Date.now() < end) {
      const m = mine.exec(logger.log().slice(before));
      if (m) return m[0];
      await new Promise((r) => setTimeout(r, 100));
    }
    return '';
  } finally {
    b.stop();
  }
}

test('master stops (or warns) on the entries we report', { skip: NO_POSTFIX, timeout: 180000 }, async () => {
  const a = startPostfix('');
  try {
    assert.ok(await waitForLog(a, /daemon started/));
    const cases: Array<[string, string, RegExp]> = [
      ['2601 inet - - n - - smtpd', 'master-inet-private', /fatal: .*line \d+: inet service cannot be private/],
      ['[127.0.0.1:2602 inet n - n - - smtpd', 'master-service-address', /fatal: .*missing "\]" in "\[127\.0\.0\.1:2602"/],
      ['127.0.0.1:26x inet n - n - - smtpd', 'master-service-address', /fatal: .*garbage after numerical service in "127\.0\.0\.1:26x"/],
      ['1.2.3.4.5:2603 inet n - n - - smtpd', 'master-service-address', /fatal: .*valid hostname or network address required/],
      ['127.0.0.1: inet n - n - - smtpd', 'master-service-address', /fatal: .*missing service information/],
      ['2604 inet n - n ? - smtpd', 'master-invalid-wakeup', /fatal: .*field "wakeup_time": bad value: "\?"/],
      ['2605 inet n - n - - smtpd -o { smtpd_banner = x', 'master-missing-brace', /fatal: .*missing '}' in "\{ smtpd_banner = x"/],
      ['2606 inet n - n - - smtpd -o {smtpd_banner=x}y', 'master-brace-trailing-text', /fatal: .*syntax error after '}' in "\{smtpd_banner=x\}y"/],
      ['smtp unix - - n - - smtp', 'master-duplicate-service', /warning: duplicate master\.cf entry for service "smtp" \(private\/smtp\) -- using the last entry/],
    ];
    for (const [line, id, pattern] of cases) {
      const base = 'smtp unix - - n - - smtp\n';
      const { doc, diagnostics } = validate(base + line + '\n', '');
      assert.deepEqual(sorted(diagnostics.map((d) => String(d.code))), [id], `${line}: ${diagnostics.map((d) => d.message).join(' | ')} ${doc.uri}`);
      const said = await masterSays(a, line);
      assert.match(said, pattern, line);
    }
  } finally {
    a.stop();
  }
});

// ---------------------------------------------------------------------------------------------
// The daemon: smtpd services on their own ports; one connection each makes master start them.

/** Connects once (so master starts the service) and returns the greeting, if any. */
async function poke(port: number): Promise<string> {
  return new Promise<string>((done) => {
    let greeting = '';
    const socket = createConnection({ host: '127.0.0.1', port });
    const timer = setTimeout(() => socket.destroy(), 3000);
    socket.on('data', (chunk) => {
      greeting += chunk.toString('utf8');
      socket.end('QUIT\r\n');
    });
    socket.on('error', () => undefined);
    socket.on('close', () => {
      clearTimeout(timer);
      done(greeting);
    });
  });
}

test('the daemon stops on the -o and argument errors we report', { skip: NO_POSTFIX, timeout: 120000 }, async () => {
  const base = 30000 + (process.pid % 500) * 20;
  const cases: Array<[string, string, RegExp]> = [
    ['-o smtpd_tls_security_level = may', 'master-option-whitespace', /smtpd\[\d+\]: fatal: invalid "-o smtpd_tls_security_level" option value: missing '=' after attribute name/],
    ['-o smtpd_banner', 'master-option-syntax', /smtpd\[\d+\]: fatal: invalid "-o smtpd_banner" option value: missing '=' after attribute name/],
    ['-o smtpd_sasl_auth_enable=true', 'invalid-boolean', /smtpd\[\d+\]: fatal: bad boolean configuration: smtpd_sasl_auth_enable = true/],
    ['stray -o smtpd_banner=x', 'master-unexpected-argument', /smtpd\[\d+\]: fatal: unexpected command-line argument: stray/],
    ['-o =x', 'master-option-syntax', /smtpd\[\d+\]: fatal: invalid "-o =x" option value: missing attribute name/],
    ['-v -o', 'master-option-syntax', /smtpd\[\d+\]: fatal: invalid option: o/],
  ];
  const lines = cases.map(([opts], i) => `127.0.0.1:${base + i} inet n - n - - smtpd ${opts}`);
  for (const [i, [, id]] of cases.entries()) {
    const { diagnostics } = validate(`${lines[i]}\n`, '');
    assert.ok(diagnostics.some((d) => d.code === id && d.severity === 1), `${lines[i]}: ${diagnostics.map((d) => d.code).join(', ')}`);
  }
  const pf = startPostfix('compatibility_level = 3.6\n', lines.join('\n'));
  try {
    assert.ok(await waitForLog(pf, /daemon started/));
    for (const [i, [opts, , pattern]] of cases.entries()) {
      await poke(base + i);
      assert.ok(await waitForLog(pf, pattern), `${opts}\n${pf.log()}`);
    }
  } finally {
    pf.stop();
  }
});

test('"-o{name=value}": postconf shows the setting, but the daemon never gets it (master-option-glued-brace)', { skip: NO_POSTFIX, timeout: 60000 }, async () => {
  const port = 30000 + (process.pid % 500) * 20 + 15;
  const line = `127.0.0.1:${port} inet n - n - - smtpd -o{smtpd_banner=glued-banner} -o { smtpd_helo_required = yes }`;
  assert.deepEqual(validate(`${line}\n`, '').diagnostics.map((d) => d.code), ['master-option-glued-brace']);
  const dir = configDir('', `${line}\n`);
  assert.match(postconf(dir, '-P').stdout, /smtpd_banner = glued-banner/);
  rmSync(dir, { recursive: true, force: true });
  const pf = startPostfix('compatibility_level = 3.6\n', line);
  try {
    assert.ok(await waitForLog(pf, /daemon started/));
    const greeting = await poke(port);
    assert.match(greeting, /^220 /);
    assert.doesNotMatch(greeting, /glued-banner/);
  } finally {
    pf.stop();
  }
});

test('"postfix check" refuses a maillog_file without the postlog service, as master-missing-postlog says', { skip: NO_POSTFIX }, () => {
  const dir = mkdtempSync(join(tmpdir(), 'pfcheck-'));
  try {
    for (const d of ['conf', 'queue', 'data']) mkdirSync(join(dir, d));
    const main = `queue_directory = ${dir}/queue\ndata_directory = ${dir}/data\nmaillog_file = ${dir}/maillog\nmaillog_file_prefixes = ${tmpdir()}\ncompatibility_level = 3.6\n`;
    const master = 'smtp inet n - n - - smtpd\n';
    writeFileSync(join(dir, 'conf', 'main.cf'), main);
    writeFileSync(join(dir, 'conf', 'master.cf'), master);
    assert.deepEqual(validate(master, main).diagnostics.map((d) => d.code), ['master-missing-postlog']);
    const bad = spawnSync('/usr/sbin/postfix', ['-c', join(dir, 'conf'), 'check'], { encoding: 'utf8', timeout: 30000 });
    assert.equal(bad.status, 1);
    assert.match(readFileSync(join(dir, 'maillog'), 'utf8'), /fatal: missing 'postlog' service in master\.cf/);
    const fixed = `${master}postlog   unix-dgram n  -       n       -       1       postlogd\n`;
    writeFileSync(join(dir, 'conf', 'master.cf'), fixed);
    assert.deepEqual(validate(fixed, main).diagnostics, []);
    assert.equal(spawnSync('/usr/sbin/postfix', ['-c', join(dir, 'conf'), 'check'], { encoding: 'utf8', timeout: 30000 }).status, 0);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
