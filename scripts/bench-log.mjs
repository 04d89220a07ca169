#!/usr/bin/env node
// Measures the mail log features on a large synthetic log: opening (parse), hover, diagnostics, code actions.
// Usage: node scripts/bench-log.mjs [megabytes=100] [--full]
//   --full also parses every line once, to show the raw per-line cost (the editor never does this).
// Prints figures only; nothing here asserts on time.
import { build } from 'esbuild';
import { mkdtempSync, readFileSync, rmSync, writeFileSync, createWriteStream } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { performance } from 'node:perf_hooks';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const args = process.argv.slice(2);
const megabytes = Number(args.find((a) => /^\d+(\.\d+)?$/.test(a)) ?? 100);
const full = args.includes('--full');
const dir = mkdtempSync(join(tmpdir(), 'bench-log-'));

try {
  // Bundle the pure core with the entry points the bench needs.
  const bundle = join(dir, 'core.cjs');
  await build({
    stdin: {
      contents: `
        export { createLanguageService } from './server/src/languageService';
        export { mailLogMode } from './server/src/languages/mailLog';
        export { parseMailLog, parseLogLine } from './server/src/parser/mailLog';
        export { logHover } from './server/src/features/log/hover';
        export { validateLog, MAX_SCAN_CHARS } from './server/src/features/log/diagnostics';
        export { TextDocument } from 'vscode-languageserver-textdocument';
      `,
      resolveDir: root,
      loader: 'ts',
    },
    bundle: true,
    platform: 'node',
    format: 'cjs',
    outfile: bundle,
    logLevel: 'warning',
  });
  const core = (await import(pathToFileURL(bundle).href)).default;

  // A synthetic log in Postfix's format: sessions with deliveries, relay rejections, deferrals, warnings.
  const file = join(dir, 'mail.log');
  const target = Math.round(megabytes * 1024 * 1024);
  let seed = 42;
  const rand = (n) => ((seed = (seed * 1103515245 + 12345) & 0x7fffffff) % n);
  const hex = (n) => rand(16 ** Math.min(n, 7)).toString(16).toUpperCase().padStart(n, '0');
  const stream = createWriteStream(file);
  let written = 0;
  let lines = 0;
  let t = 0;
  const started = performance.now();
  while (written < target) {
    t++;
    const time = `Nov ${String(1 + ((t >> 16) % 28)).padStart(2, ' ')} ${String((t >> 12) % 24).padStart(2, '0')}:${String((t >> 6) % 60).padStart(2, '0')}:${String(t % 60).padStart(2, '0')}`;
    const pid = 1000 + rand(30000);
    const qid = `${hex(5)}${hex(6)}`;
    const ip = `192.0.2.${rand(254) + 1}`;
    const block = [
      `${time} mx postfix/smtpd[${pid}]: connect from client${rand(999)}.example.org[${ip}]`,
      rand(4) === 0
        ? `${time} mx postfix/smtpd[${pid}]: NOQUEUE: reject: RCPT from client.example.org[${ip}]: 554 5.7.1 <u${rand(9999)}@remote.example.net>: Relay access denied; from=<a@example.org> to=<u@remote.example.net> proto=ESMTP helo=<client.example.org>`
        : `${time} mx postfix/smtpd[${pid}]: ${qid}: client=client.example.org[${ip}]`,
      `${time} mx postfix/cleanup[${pid + 1}]: ${qid}: message-id=<${t}.${qid}@example.org>`,
      `${time} mx postfix/qmgr[999]: ${qid}: from=<sender${rand(999)}@example.org>, size=${rand(99999)}, nrcpt=1 (queue active)`,
      rand(10) === 0
        ? `${time} mx postfix/smtp[${pid + 2}]: ${qid}: to=<r@example.net>, relay=none, delay=${rand(300)}, delays=0.01/0/300/0, dsn=4.4.1, status=deferred (connect to mx.example.net[198.51.100.7]:25: Connection timed out)`
        : `${time} mx postfix/smtp[${pid + 2}]: ${qid}: to=<r${rand(999)}@example.net>, relay=mx.example.net[198.51.100.7]:25, delay=0.4, delays=0.05/0.01/0.2/0.14, dsn=2.0.0, status=sent (250 2.0.0 Ok: queued as ${hex(10)})`,
      `${time} mx postfix/qmgr[999]: ${qid}: removed`,
      rand(50) === 0 ? `${time} mx postfix/smtpd[${pid}]: warning: hostname client.example.org does not resolve to address ${ip}` : '',
      `${time} mx postfix/smtpd[${pid}]: disconnect from client.example.org[${ip}] ehlo=1 mail=1 rcpt=1 data=1 quit=1 commands=5`,
    ].filter(Boolean);
    const chunk = `${block.join('\n')}\n`;
    written += chunk.length;
    lines += block.length;
    if (!stream.write(chunk)) await new Promise((r) => stream.once('drain', r));
  }
  await new Promise((r) => stream.end(r));
  const generated = performance.now() - started;

  const ms = (n) => `${n.toFixed(n < 10 ? 3 : 1)} ms`;
  const time = (fn) => {
    const s = performance.now();
    const value = fn();
    return [value, performance.now() - s];
  };
  const settings = { version: '', locale: 'en', diagnostics: {} };

  console.log(`log: ${(written / 1024 / 1024).toFixed(1)} MB, ${lines.toLocaleString('en')} lines (generated in ${ms(generated)}) at ${file}`);
  const [text, readMs] = time(() => readFileSync(file, 'utf8'));
  console.log(`read file:                         ${ms(readMs)}`);

  const [model, parseMs] = time(() => core.mailLogMode.parse(text));
  console.log(`open (mode.parse):                 ${ms(parseMs)}   <- lines are parsed only when asked for`);

  const [doc, createMs] = time(() => core.TextDocument.create('file:///var/log/bench/mail.log', 'postfix-log', 1, text));
  const [, indexMs] = time(() => doc.positionAt(text.length));
  console.log(`TextDocument create:               ${ms(createMs)}`);
  console.log(`TextDocument line index (once):    ${ms(indexMs)}   <- the editor library's own, once per version`);

  const service = core.createLanguageService();
  // Hovers at random offsets: the reply code of a rejection, or wherever the offset falls.
  const offsets = [];
  for (let i = 0; i < 2000; i++) offsets.push(rand(text.length));
  const rejectAt = text.lastIndexOf('554 5.7.1');
  const [firstHover, firstMs] = time(() => service.hover(doc, doc.positionAt(rejectAt), settings));
  console.log(`first hover (554 near the end):    ${ms(firstMs)}   ${firstHover ? 'ok' : 'NO HOVER'}`);
  let worst = 0;
  let shown = 0;
  const s = performance.now();
  for (const o of offsets) {
    const h0 = performance.now();
    if (service.hover(doc, doc.positionAt(o), settings)) shown++;
    worst = Math.max(worst, performance.now() - h0);
  }
  const avg = (performance.now() - s) / offsets.length;
  console.log(`hover x${offsets.length} at random offsets:   avg ${ms(avg)}, worst ${ms(worst)} (${shown} returned a hover)`);
  const [, pureMs] = time(() => {
    for (const o of offsets) core.logHover(model, o, { locale: 'en' });
  });
  console.log(`logHover (no LSP positions):       avg ${ms(pureMs / offsets.length)}`);

  const [diagnostics, validateMs] = time(() => service.validate(doc, settings));
  console.log(`diagnostics:                       ${ms(validateMs)}   ${diagnostics.length} diagnostics, first 8 MB scanned (MAX_SCAN_CHARS ${core.MAX_SCAN_CHARS})`);
  if (diagnostics[0]?.code === 'log-partial') console.log(`  note: ${diagnostics[0].message}`);

  const line = doc.positionAt(rejectAt).line;
  const [one, oneMs] = time(() => service.codeActions(doc, { start: { line, character: 0 }, end: { line, character: 0 } }, [], settings));
  console.log(`code actions, one line:            ${ms(oneMs)}   ${one.length} action(s)`);
  const [all, allMs] = time(() => service.codeActions(doc, { start: { line: 0, character: 0 }, end: doc.positionAt(text.length) }, [], settings));
  console.log(`code actions, select all:          ${ms(allMs)}   ${all.length} action(s) (at most 200 lines looked at)`);

  if (full) {
    const [count, fullMs] = time(() => {
      let n = 0;
      for (const l of model.lines()) if (l.program) n++;
      return n;
    });
    console.log(`parse every line (reference only): ${ms(fullMs)}   ${count.toLocaleString('en')} lines, ${((fullMs * 1000) / count).toFixed(2)} us/line`);
  }
  const mem = process.memoryUsage();
  console.log(`memory: rss ${(mem.rss / 1024 / 1024).toFixed(0)} MB, heap ${(mem.heapUsed / 1024 / 1024).toFixed(0)} MB (the text itself is ~${((text.length * 1) / 1024 / 1024).toFixed(0)} MB as a one-byte string)`);
} finally {
  rmSync(dir, { recursive: true, force: true });
}
