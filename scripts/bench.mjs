#!/usr/bin/env node
// `npm run bench`: speed and memory of the language server, measured over stdio with a real
// JSON-RPC client against dist/server.js (build it first: `npm run build`; `npm run bench` does).
//
// Prints figures; it is not a test and fails only when the server does not answer.
//   node scripts/bench.mjs [--quick] [--json FILE] [--no-log] [--no-many]
//     --quick    small inputs (1,000-line main.cf, 5 MB log, three files) for a smoke run
//     --json     also write every figure to FILE
//     --no-log   skip the 100 MB mail log;  --no-many  skip the twenty-files memory run
//
// What is measured (see docs/performance.md):
//   - server start: spawn of `node dist/server.js --stdio` to the initialize result;
//   - activation (proxy): require() of dist/client.js with a stand-in 'vscode' module;
//   - per file: open-to-diagnostics (didOpen to publishDiagnostics), edit-to-diagnostics for one
//     keystroke mid-file (didChange to publishDiagnostics of that version; with and without the
//     server's debounce), hover and completion round trips at random positions (p50/p99), the
//     server's peak resident memory (VmHWM), and parse+analysis throughput in this process;
//   - main.cf only: `postconf -c DIR -n` on the same file, whole-process time, when postconf is here;
//   - twenty 20,000-line main.cf files open at once: the server's peak memory.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import { cpus, tmpdir, totalmem } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { MASTER_CF, generateMailLog, generateMainCf, rng } from './bench/generate.mjs';
import { loadLanguageService } from './bench/inprocess.mjs';
import { startServer, within } from './bench/lsp.mjs';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const SERVER_JS = join(ROOT, 'dist', 'server.js');
const CLIENT_JS = join(ROOT, 'dist', 'client.js');
const argv = process.argv.slice(2);
const QUICK = argv.includes('--quick');
const JSON_OUT = argv.includes('--json') ? argv[argv.indexOf('--json') + 1] : undefined;
const SEED = 20251130;

/** The server's debounce before validating a changed document, read from its source. */
const DEBOUNCE_MS = Number(/const VALIDATE_DELAY_MS = (\d+)/.exec(readFileSync(join(ROOT, 'server', 'src', 'server.ts'), 'utf8'))?.[1] ?? 0);

const TARGETS = {
  postconfRatio: 0.5,
  editExcludingDebounceMs: 100,
  editTotalMs: 300,
  hoverP99Ms: 5,
  completionP99Ms: 5,
  manyFilesMemoryMb: 100,
  serverStartMs: 150,
};

if (!existsSync(SERVER_JS) || !existsSync(CLIENT_JS)) {
  console.error('dist/server.js or dist/client.js is missing: run `npm run build` first (npm run bench does).');
  process.exit(2);
}

// ---------------------------------------------------------------------------------------------
// Small statistics

const sorted = (xs) => [...xs].sort((a, b) => a - b);
/** Nearest-rank percentile. */
function percentile(xs, p) {
  const s = sorted(xs);
  if (!s.length) return NaN;
  return s[Math.min(s.length - 1, Math.max(0, Math.ceil((p / 100) * s.length) - 1))];
}
const median = (xs) => percentile(xs, 50);
const ms = (x) => (Number.isFinite(x) ? (x >= 100 ? x.toFixed(0) : x >= 10 ? x.toFixed(1) : x.toFixed(2)) : 'n/a');
const mb = (kb) => (kb / 1024).toFixed(1);

const figures = { machine: {}, server: {}, files: [], many: undefined, targets: TARGETS, debounceMs: DEBOUNCE_MS };

// ---------------------------------------------------------------------------------------------
// Inputs

const work = mkdtempSync(join(tmpdir(), 'postfix-bench-'));
process.on('exit', () => rmSync(work, { recursive: true, force: true }));

function mainCfCase(lines) {
  const dir = join(work, `main-${lines}`);
  mkdirSync(dir, { recursive: true });
  const text = generateMainCf(lines, SEED);
  writeFileSync(join(dir, 'main.cf'), text);
  writeFileSync(join(dir, 'master.cf'), MASTER_CF);
  // postconf waits up to two seconds for a file modified within the current second: make them old.
  const past = new Date(Date.now() - 60_000);
  for (const f of ['main.cf', 'master.cf']) utimesSync(join(dir, f), past, past);
  return { name: `main.cf ${lines.toLocaleString('en')} lines`, kind: 'main', languageId: 'postfix-main', dir, path: join(dir, 'main.cf'), text };
}

function logCase(bytes) {
  const dir = join(work, 'log');
  mkdirSync(dir, { recursive: true });
  const text = generateMailLog(bytes, SEED);
  const path = join(dir, 'mail.log');
  writeFileSync(path, text);
  return { name: `mail.log ${(text.length / 1e6).toFixed(0)} MB`, kind: 'log', languageId: 'postfix-log', dir, path, text };
}

/** Start offsets of every line (for random positions in a big text without splitting it). */
function lineStarts(text) {
  const starts = [0];
  for (let i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) starts.push(i + 1);
  if (starts[starts.length - 1] === text.length) starts.pop();
  return Int32Array.from(starts);
}

function randomPositions(text, count, seed) {
  const starts = lineStarts(text);
  const random = rng(seed);
  const out = [];
  for (let i = 0; i < count; i++) {
    const line = Math.floor(random() * starts.length);
    const end = line + 1 < starts.length ? starts[line + 1] - 1 : text.length;
    out.push({ line, character: Math.floor(random() * (end - starts[line] + 1)) });
  }
  return out;
}

/** Where one keystroke goes, mid-file: inside a word of a value, so the file stays what it was. */
function keystrokeSite(c) {
  const starts = lineStarts(c.text);
  const marker = c.kind === 'main' ? /^site_domains_\d+ = example-/ : /^[A-Z][a-z][a-z] .* postfix\/qmgr\[\d+\]: [0-9A-F]+: from=</;
  for (let delta = 0; delta < starts.length; delta++) {
    for (const line of [Math.floor(starts.length / 2) + delta, Math.floor(starts.length / 2) - delta]) {
      if (line < 0 || line >= starts.length) continue;
      const text = c.text.slice(starts[line], starts[line] + 400);
      const m = marker.exec(text);
      if (m) return { line, character: m[0].length };
    }
  }
  return { line: Math.floor(starts.length / 2), character: 0 };
}

// ---------------------------------------------------------------------------------------------
// Measurements

function postconfTime(dir, runs) {
  const probe = spawnSync('postconf', ['-c', dir, '-n'], { stdio: 'ignore' });
  if (probe.error) return undefined;
  const times = [];
  for (let i = 0; i < runs; i++) {
    const t0 = performance.now();
    const r = spawnSync('postconf', ['-c', dir, '-n'], { stdio: ['ignore', 'ignore', 'pipe'], maxBuffer: 1 << 28 });
    times.push(performance.now() - t0);
    if (r.status !== 0) return undefined;
  }
  return { medianMs: median(times), minMs: Math.min(...times), runs };
}

async function serverStart(runs) {
  const times = [];
  for (let i = 0; i < runs; i++) {
    const server = await startServer(SERVER_JS);
    times.push(server.startMs);
    await server.stop();
  }
  const node = [];
  for (let i = 0; i < runs; i++) {
    const t0 = performance.now();
    spawnSync(process.execPath, ['-e', '0']);
    node.push(performance.now() - t0);
  }
  return { medianMs: median(times), maxMs: Math.max(...times), runs, nodeBareMs: median(node) };
}

function activation(runs) {
  const times = [];
  for (let i = 0; i < runs; i++) {
    const r = spawnSync(process.execPath, [join(ROOT, 'scripts', 'bench', 'require-client.cjs'), CLIENT_JS], { encoding: 'utf8' });
    if (r.status !== 0) return { error: r.stderr.trim().split('\n').slice(-3).join(' ') };
    times.push(Number(r.stdout.trim()));
  }
  return { requireMedianMs: median(times), runs };
}

async function timedRequests(server, method, uri, positions, timeoutMs) {
  const times = [];
  let empty = 0;
  for (const position of positions) {
    const t0 = performance.now();
    const result = await within(server.connection.sendRequest(method, { textDocument: { uri }, position }), timeoutMs, `${method} at ${position.line}:${position.character}`);
    times.push(performance.now() - t0);
    if (result === null || (Array.isArray(result?.items) && result.items.length === 0)) empty++;
  }
  return { p50Ms: percentile(times, 50), p99Ms: percentile(times, 99), maxMs: Math.max(...times), count: times.length, answered: times.length - empty };
}

async function measureFile(c, service) {
  const uri = pathToFileURL(c.path).toString();
  const big = c.text.length > 2e6;
  const reopenRuns = QUICK ? 3 : big ? 3 : 5;
  const editRuns = QUICK ? 5 : big ? 5 : 10;
  const requestRuns = QUICK ? 100 : 300;
  const timeout = 120000;
  const server = await startServer(SERVER_JS, { folders: [c.dir] });
  const result = { name: c.name, kind: c.kind, bytes: Buffer.byteLength(c.text), lines: lineStarts(c.text).length };
  try {
    // Open to diagnostics: the first open in a fresh server, then reopens.
    const opens = [];
    let diagnosticCount = 0;
    for (let i = 0; i <= reopenRuns; i++) {
      if (i > 0) {
        await server.close(uri);
        await new Promise((r) => setTimeout(r, 50));
        server.drain();
      }
      const t0 = performance.now();
      const waiting = server.diagnostics(uri, 1);
      await server.open(uri, c.languageId, c.text, 1);
      const { params, at } = await within(waiting, timeout, `diagnostics after opening ${c.name}`);
      opens.push(at - t0);
      diagnosticCount = params.diagnostics.length;
    }
    result.openFirstMs = opens[0];
    result.openMedianMs = median(opens.slice(1));
    result.diagnostics = diagnosticCount;

    // One keystroke mid-file, typed and then deleted again, each to its diagnostics.
    const site = keystrokeSite(c);
    const edits = [];
    let version = 1;
    for (let i = 0; i < editRuns; i++) {
      version++;
      const insert = i % 2 === 0;
      const range = insert
        ? { start: site, end: site }
        : { start: site, end: { line: site.line, character: site.character + 1 } };
      const waiting = server.diagnostics(uri, version);
      const t0 = performance.now();
      await server.change(uri, version, [{ range, text: insert ? 'x' : '' }]);
      const { at } = await within(waiting, timeout, `diagnostics after an edit of ${c.name}`);
      edits.push(at - t0);
    }
    if (editRuns % 2 === 1) {
      // Leave the text as generated.
      version++;
      const waiting = server.diagnostics(uri, version);
      await server.change(uri, version, [{ range: { start: site, end: { line: site.line, character: site.character + 1 } }, text: '' }]);
      await within(waiting, timeout, 'diagnostics after the last edit');
    }
    result.editMedianMs = median(edits);
    result.editP99Ms = percentile(edits, 99);
    result.editMedianExDebounceMs = median(edits) - DEBOUNCE_MS;
    result.editP99ExDebounceMs = percentile(edits, 99) - DEBOUNCE_MS;

    // Hover and completion at random positions.
    result.hover = await timedRequests(server, 'textDocument/hover', uri, randomPositions(c.text, requestRuns, SEED + 1), timeout);
    result.completion = await timedRequests(server, 'textDocument/completion', uri, randomPositions(c.text, requestRuns, SEED + 2), timeout);
    result.memory = server.memory();
  } finally {
    await server.stop();
  }

  // Parse + analysis in this process: fresh service each run, after two warm-up runs.
  const settings = service.normalizeSettings({});
  const runs = QUICK ? 3 : big ? 3 : 7;
  const times = [];
  for (let i = 0; i < runs + 2; i++) {
    const ls = service.createLanguageService({});
    const document = service.TextDocument.create(uri, c.languageId, 1, c.text);
    const t0 = performance.now();
    ls.validate(document, settings);
    if (i >= 2) times.push(performance.now() - t0);
  }
  result.analysisMs = median(times);
  result.analysisMBps = result.bytes / 1e6 / (result.analysisMs / 1000);
  if (c.kind === 'log') {
    // A log is validated only where problems are searched; parsing every line is measured on its own.
    const t0 = performance.now();
    let count = 0;
    for (const _ of service.parseMailLog(c.text).lines()) count++;
    const parseMs = performance.now() - t0;
    result.logParseEveryLineMs = parseMs;
    result.logParseMBps = result.bytes / 1e6 / (parseMs / 1000);
    result.logLinesParsed = count;
  }
  if (c.kind === 'main') {
    result.postconf = postconfTime(c.dir, QUICK ? 3 : big ? 5 : 9);
    if (result.postconf) {
      result.ratioFirst = result.openFirstMs / result.postconf.medianMs;
      result.ratioMedian = result.openMedianMs / result.postconf.medianMs;
    }
  }
  return result;
}

async function manyFiles(count, lines) {
  const dirs = [];
  for (let i = 0; i < count; i++) {
    const dir = join(work, `many-${i}`);
    mkdirSync(dir, { recursive: true });
    writeFileSync(join(dir, 'main.cf'), generateMainCf(lines, SEED + i));
    dirs.push(dir);
  }
  const server = await startServer(SERVER_JS, { folders: [work] });
  try {
    const t0 = performance.now();
    const waits = dirs.map((dir) => {
      const uri = pathToFileURL(join(dir, 'main.cf')).toString();
      const waiting = server.diagnostics(uri, 1);
      void server.open(uri, 'postfix-main', readFileSync(join(dir, 'main.cf'), 'utf8'), 1);
      return waiting;
    });
    await within(Promise.all(waits), 600000, `diagnostics for ${count} files`);
    const allMs = performance.now() - t0;
    const memory = server.memory();
    return { count, lines, allDiagnosedMs: allMs, memory };
  } finally {
    await server.stop();
  }
}

// ---------------------------------------------------------------------------------------------
// Run

function line(label, value, target) {
  const verdict = target === undefined ? '' : target ? '  (meets target)' : '  (MISSES target)';
  console.log(`  ${label.padEnd(44)} ${value}${verdict}`);
}

const cpu = cpus();
figures.machine = { cpus: cpu.length, model: cpu[0]?.model ?? '?', memoryGb: totalmem() / 2 ** 30, node: process.version };
const postconfVersion = spawnSync('postconf', ['-h', 'mail_version'], { encoding: 'utf8' });
figures.machine.postconf = postconfVersion.status === 0 ? postconfVersion.stdout.trim() : undefined;
console.log(`Postfix language server benchmark${QUICK ? ' (quick)' : ''}`);
console.log(`  ${cpu.length} x ${figures.machine.model}, ${figures.machine.memoryGb.toFixed(0)} GB, node ${process.version}, postconf ${figures.machine.postconf ?? 'not installed'}`);
console.log(`  debounce (VALIDATE_DELAY_MS in server.ts): ${DEBOUNCE_MS} ms`);

const service = await loadLanguageService(ROOT);

figures.server.start = await serverStart(QUICK ? 5 : 15);
figures.server.activation = activation(QUICK ? 3 : 10);
console.log('\nStart');
line('server start (spawn to initialize result)', `${ms(figures.server.start.medianMs)} ms median, ${ms(figures.server.start.maxMs)} ms max (bare node: ${ms(figures.server.start.nodeBareMs)} ms)`, figures.server.start.medianMs < TARGETS.serverStartMs);
if (figures.server.activation.error) line('extension activation (proxy)', `failed: ${figures.server.activation.error}`);
else line('extension activation (proxy: require client.js)', `${ms(figures.server.activation.requireMedianMs)} ms median`);

const cases = QUICK ? [mainCfCase(1000)] : [mainCfCase(1000), mainCfCase(20000), mainCfCase(100000)];
if (!argv.includes('--no-log')) cases.push(logCase(QUICK ? 5e6 : 100e6));
for (const c of cases) {
  const r = await measureFile(c, service);
  figures.files.push(r);
  console.log(`\n${r.name} (${(r.bytes / 1e6).toFixed(2)} MB, ${r.lines.toLocaleString('en')} lines, ${r.diagnostics} diagnostics)`);
  line('open to diagnostics, first open', `${ms(r.openFirstMs)} ms`);
  line('open to diagnostics, reopen (median)', `${ms(r.openMedianMs)} ms`);
  if (r.postconf) {
    const is20k = r.kind === 'main' && r.lines === 20000;
    line('postconf -c DIR -n (whole process, median)', `${ms(r.postconf.medianMs)} ms`);
    line('ratio server / postconf (first open)', r.ratioFirst.toFixed(2), is20k ? r.ratioFirst <= TARGETS.postconfRatio : undefined);
    line('ratio server / postconf (reopen median)', r.ratioMedian.toFixed(2), is20k ? r.ratioMedian <= TARGETS.postconfRatio : undefined);
  } else if (r.kind === 'main') {
    line('postconf', 'not installed: no comparison');
  }
  line('edit to diagnostics (median / p99)', `${ms(r.editMedianMs)} / ${ms(r.editP99Ms)} ms`, r.editP99Ms < TARGETS.editTotalMs);
  line(`  without the ${DEBOUNCE_MS} ms debounce`, `${ms(r.editMedianExDebounceMs)} / ${ms(r.editP99ExDebounceMs)} ms`, r.editP99ExDebounceMs < TARGETS.editExcludingDebounceMs);
  line(`hover p50 / p99 (${r.hover.count} requests, ${r.hover.answered} non-empty)`, `${ms(r.hover.p50Ms)} / ${ms(r.hover.p99Ms)} ms`, r.hover.p99Ms < TARGETS.hoverP99Ms);
  line(`completion p50 / p99 (${r.completion.count}, ${r.completion.answered} non-empty)`, `${ms(r.completion.p50Ms)} / ${ms(r.completion.p99Ms)} ms`, r.completion.p99Ms < TARGETS.completionP99Ms);
  line('server peak memory (VmHWM)', `${mb(r.memory.hwmKb)} MB (resident now ${mb(r.memory.rssKb)} MB)`);
  line('parse + analysis in process (median)', `${ms(r.analysisMs)} ms = ${r.analysisMBps.toFixed(1)} MB/s`);
  if (r.kind === 'log') line('log: parse every line in process', `${ms(r.logParseEveryLineMs)} ms = ${r.logParseMBps.toFixed(1)} MB/s (${r.logLinesParsed.toLocaleString('en')} lines)`);
}

if (!argv.includes('--no-many')) {
  const count = QUICK ? 3 : 20;
  const lines = QUICK ? 1000 : 20000;
  figures.many = await manyFiles(count, lines);
  console.log(`\n${count} main.cf files of ${lines.toLocaleString('en')} lines open at once`);
  line('all diagnosed after', `${ms(figures.many.allDiagnosedMs)} ms`);
  line('server peak memory (VmHWM)', `${mb(figures.many.memory.hwmKb)} MB (resident now ${mb(figures.many.memory.rssKb)} MB)`, QUICK ? undefined : figures.many.memory.hwmKb / 1024 < TARGETS.manyFilesMemoryMb);
}

if (JSON_OUT) {
  writeFileSync(JSON_OUT, JSON.stringify(figures, null, 2));
  console.log(`\nfigures written to ${JSON_OUT}`);
}
