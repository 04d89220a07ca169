#!/usr/bin/env node
// `npm run test:e2e`: the extension in a real VS Code, offline.
//
//   1. scripts/e2e-setup.sh: chromium + libkrb5-dev (apt), node 24, code-server and playwright-core
//      into a cache folder ($E2E_DIR, default ~/.cache/postfix-config-e2e; reused when present);
//   2. `npm run package` builds postfix-config.vsix; code-server's CLI installs it into a fresh profile;
//   3. code-server serves a copy of test/e2e/workspace on 127.0.0.1 only; Chromium (playwright-core)
//      drives the workbench through the checks in checks.mjs, screenshots into docs/images/;
//   4. prints "N passed, N failed, N skipped" and exits 1 on any failure.
//
// Environment: E2E_DIR, E2E_IMAGES_DIR (default docs/images), E2E_KEEP=1 (keep the run folder),
// E2E_TIMEOUT_MS (whole run, default 600000), E2E_SKIP_SETUP=1 / E2E_SKIP_PACKAGE=1 (reuse what is there),
// E2E_ONLY=substring (run only the checks whose name contains it).
import { spawnSync } from 'node:child_process';
import { copyFileSync, cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { CHECKS, RESTRICTED_CHECK, SHARED_SUITE_CHECK } from './checks.mjs';
import {
  installExtension,
  launchBrowser,
  openWorkbench,
  runExtensionHostSuite,
  startCodeServer,
  stopAll,
  tools,
  ui,
  withTimeout,
  writeUserSettings,
} from './harness.mjs';
import { startProbe } from './probe.mjs';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');
const IMAGES = resolve(ROOT, process.env.E2E_IMAGES_DIR ?? join('docs', 'images'));
const TOTAL_MS = Number(process.env.E2E_TIMEOUT_MS ?? 900000); // a guard against hangs; a fresh machine needs about 5 min
const CHECK_MS = 90000;
const started = Date.now();
const results = [];
let runDir;
let probe;

const log = (message) => console.log(`[e2e ${((Date.now() - started) / 1000).toFixed(1).padStart(5)}s] ${message}`);

function summary() {
  const count = (status) => results.filter((r) => r.status === status).length;
  return `${count('pass')} passed, ${count('fail')} failed, ${count('skip')} skipped`;
}

let finishing = false;
async function finish(code, reason) {
  if (finishing) return;
  finishing = true;
  if (reason) console.error(`e2e: ${reason}`);
  for (const r of results.filter((r) => r.status === 'running')) {
    r.status = 'fail';
    console.log(`not ok - ${r.name}: did not finish (${reason ?? 'stopped'})`);
  }
  await withTimeout(stopAll(), 15000, 'stopping code-server and chromium').catch((e) => console.error(String(e)));
  if (probe) await withTimeout(probe.stop(), 5000, 'stopping the language server probe').catch(() => undefined);
  const failed = code !== 0 || results.some((r) => r.status === 'fail');
  if (runDir && !failed && process.env.E2E_KEEP !== '1') rmSync(runDir, { recursive: true, force: true });
  else if (runDir) console.log(`e2e: logs, failure screenshots and the workspace copies are in ${runDir}`);
  log(`finished in ${Math.round((Date.now() - started) / 1000)} s`);
  console.log(summary());
  process.exit(failed ? 1 : 0);
}

const watchdog = setTimeout(() => void finish(1, `the whole run took longer than ${TOTAL_MS / 1000} s; stopped`), TOTAL_MS);
for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => void finish(1, `interrupted by ${signal}`));

function run(command, args, { timeout, what }) {
  log(`${what}: ${command} ${args.join(' ')}`);
  const result = spawnSync(command, args, { cwd: ROOT, stdio: ['ignore', 'pipe', 'inherit'], encoding: 'utf8', timeout });
  if (result.error || result.status !== 0) {
    process.stdout.write(result.stdout ?? '');
    throw new Error(`${what} failed (${result.error ? result.error.message : `status ${result.status}`})`);
  }
  return result.stdout;
}

async function runCheck(check, ctx) {
  const record = { name: check.name, status: 'running', detail: '' };
  results.push(record);
  ctx.pending = [];
  ctx.cleanups = [];
  try {
    const reason = check.skip ? await withTimeout(Promise.resolve(check.skip(ctx)), 30000, 'the feature probe') : undefined;
    if (reason) {
      record.status = 'skip';
      console.log(`skip - ${check.name}: ${reason}`);
      return;
    }
    const detail = await withTimeout(check.run(ctx), CHECK_MS, `"${check.name}"`);
    record.status = 'pass';
    for (const shot of ctx.pending) copyFileSync(shot.path, join(IMAGES, `${shot.name}.png`));
    record.detail = [detail, ...ctx.pending.map((s) => `docs/images/${s.name}.png`)].filter(Boolean).join('; ');
    console.log(`ok - ${check.name}${record.detail ? ` (${record.detail})` : ''}`);
  } catch (error) {
    if (finishing) return; // stopped from outside: finish() reports this check
    record.status = 'fail';
    const message = error instanceof Error ? (error.stack ?? error.message) : String(error);
    console.log(`not ok - ${check.name}\n    ${message.split('\n').slice(0, 6).join('\n    ')}`);
    const page = ctx.lastPage ?? ctx.page;
    const failShot = join(runDir, `FAILED-${results.length}.png`);
    await withTimeout(page?.screenshot({ path: failShot }) ?? Promise.resolve(), 10000, 'failure screenshot')
      .then(() => console.log(`    screenshot of the failure: ${failShot}`))
      .catch(() => undefined);
    // Leave the UI in a known state for the next check.
    for (let i = 0; i < 3; i++) await page?.keyboard.press('Escape').catch(() => undefined);
  } finally {
    // A check's own code-server (Restricted Mode, the suite) stops when the check ends: two CPUs are enough then.
    for (const cleanup of ctx.cleanups) await withTimeout(Promise.resolve().then(cleanup), 10000, 'cleanup').catch(() => undefined);
    ctx.lastPage = undefined;
  }
}

async function main() {
  // 1. Tools.
  let e2eDir = process.env.E2E_DIR ?? join(process.env.XDG_CACHE_HOME ?? join(process.env.HOME ?? tmpdir(), '.cache'), 'postfix-config-e2e');
  if (process.env.E2E_SKIP_SETUP !== '1') {
    const out = run('bash', [join(ROOT, 'scripts', 'e2e-setup.sh')], { timeout: 420000, what: 'setup' });
    e2eDir = out.trim().split('\n').pop();
  }
  const t = tools(e2eDir);
  if (!existsSync(t.codeServerEntry)) throw new Error(`code-server is not installed in ${e2eDir}; run scripts/e2e-setup.sh`);

  // 2. The .vsix, built the way users build it.
  const vsix = join(ROOT, 'postfix-config.vsix');
  if (process.env.E2E_SKIP_PACKAGE !== '1' || !existsSync(vsix)) run('npm', ['run', '--silent', 'package'], { timeout: 240000, what: 'package' });
  const pkg = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8'));

  // 3. A fresh profile and a copy of the workspace (the checks edit it).
  runDir = mkdtempSync(join(tmpdir(), 'postfix-e2e-'));
  const workspace = join(runDir, 'workspace');
  cpSync(join(ROOT, 'test', 'e2e', 'workspace'), workspace, { recursive: true });
  const extensionsDir = join(runDir, 'extensions');
  const userDataDir = join(runDir, 'user-data');
  writeUserSettings(userDataDir, { trust: false });
  installExtension(t, { vsix, userDataDir, extensionsDir, log });
  mkdirSync(IMAGES, { recursive: true });
  mkdirSync(join(runDir, 'shots'), { recursive: true });

  // What the linter (same core as the server) finds: the Problems count must agree with it.
  const lint = spawnSync(process.execPath, [join(ROOT, 'dist', 'postfix-lint.js'), workspace, '--format', 'json'], { encoding: 'utf8', timeout: 30000 });
  const cli = JSON.parse(lint.stdout || '[]');
  log(`postfix-lint finds ${cli.length} diagnostic(s) in the workspace`);

  const server = await startCodeServer(t, { userDataDir, extensionsDir, workspace, logFile: join(runDir, 'code-server.log') });
  log(`code-server ${server.url}`);
  const browser = await launchBrowser(t, join(runDir, 'chromium-home'));
  const { page, blocked } = await openWorkbench(browser, server.url, workspace);
  log('workbench loaded');
  process.on('exit', () => {
    if (blocked.length) console.log(`e2e: refused ${blocked.length} request(s) to other hosts, e.g. ${blocked[0]}`);
  });

  const ctx = {
    root: ROOT,
    pkg,
    cli,
    workspace,
    page,
    u: ui(page),
    readText: (path) => readFileSync(path, 'utf8'),
    async probe() {
      probe ??= await startProbe(ROOT);
      return probe;
    },
    async shot(name, onPage = page) {
      const path = join(runDir, 'shots', `${name}.png`);
      await onPage.waitForTimeout(400); // let menus and widgets finish appearing
      await onPage.screenshot({ path, timeout: 15000, animations: 'disabled' });
      ctx.pending.push({ name, path });
    },
    /** A second code-server with workspace trust on, for Restricted Mode. */
    async openUntrusted() {
      const untrusted = join(runDir, 'workspace-untrusted');
      cpSync(join(ROOT, 'test', 'e2e', 'workspace'), untrusted, { recursive: true });
      const userData = join(runDir, 'user-data-trust');
      writeUserSettings(userData, { trust: true });
      const second = await startCodeServer(t, { userDataDir: userData, extensionsDir, workspace: untrusted, logFile: join(runDir, 'code-server-trust.log') });
      log(`code-server with workspace trust ${second.url}`);
      ctx.cleanups.push(() => second.stop());
      const opened = await openWorkbench(browser, second.url, untrusted);
      ctx.cleanups.unshift(() => opened.context.close());
      ctx.lastPage = opened.page;
      return { page: opened.page, u: ui(opened.page), workspace: untrusted };
    },
    /** test/vscode/suite.ts, bundled into the run folder, run by VS Code itself against the installed extension. */
    async runSharedSuite() {
      const { build } = await import('esbuild');
      const testsPath = join(runDir, 'vscode-suite', 'suite.js');
      await build({
        entryPoints: [join(ROOT, 'test', 'vscode', 'suite.ts')],
        outfile: testsPath,
        bundle: true,
        platform: 'node',
        format: 'cjs',
        target: 'node20',
        external: ['vscode'],
        logLevel: 'warning',
      });
      const folder = join(runDir, 'suite-workspace');
      cpSync(join(ROOT, 'test', 'fixtures', 'workspace'), folder, { recursive: true });
      const userData = join(runDir, 'user-data-suite');
      writeUserSettings(userData, { trust: false });
      const suiteServer = await startCodeServer(t, {
        userDataDir: userData,
        extensionsDir: join(runDir, 'extensions-suite'),
        workspace: folder,
        logFile: join(runDir, 'code-server-suite.log'),
        vscodeOptions: ['enable-smoke-test-driver'],
      });
      log(`code-server for the extension-host suite ${suiteServer.url}`);
      const extensionPath = join(extensionsDir, `${pkg.publisher}.${pkg.name}-${pkg.version}`.toLowerCase());
      if (!existsSync(join(extensionPath, 'package.json'))) throw new Error(`the installed extension is not at ${extensionPath}`);
      ctx.cleanups.push(() => suiteServer.stop());
      try {
        const result = await runExtensionHostSuite(browser, suiteServer, { extensionPath, testsPath, folder });
        ctx.lastPage = result.page;
        return result;
      } catch (error) {
        ctx.lastPage = error.page;
        for (const line of error.lines ?? []) console.log(`    ${line}`);
        throw error;
      }
    },
  };

  const only = process.env.E2E_ONLY;
  for (const check of [...CHECKS, RESTRICTED_CHECK, SHARED_SUITE_CHECK]) {
    if (only && !check.name.includes(only)) continue;
    if (finishing) break;
    await runCheck(check, ctx);
  }
}

main()
  .then(() => finish(0))
  .catch((error) => {
    results.push({ name: 'setup', status: 'fail' });
    void finish(1, error instanceof Error ? (error.stack ?? error.message) : String(error));
  })
  .finally(() => clearTimeout(watchdog));
