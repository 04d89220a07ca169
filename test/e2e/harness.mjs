// The machinery of the end-to-end test: code-server (VS Code's server, on loopback only) and Chromium
// through playwright-core, with small helpers that drive the VS Code UI the way a person would.
// Every wait has a timeout; every process started here is killed by stopAll().
import { spawn, spawnSync } from 'node:child_process';
import { createWriteStream, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { createServer } from 'node:net';
import { join } from 'node:path';

const children = new Set();
const browsers = new Set();

/** Rejects after ms with a message naming what did not finish. */
export function withTimeout(promise, ms, what) {
  let timer;
  return Promise.race([
    promise,
    new Promise((_, reject) => {
      timer = setTimeout(() => reject(new Error(`${what} did not finish within ${Math.round(ms / 1000)} s`)), ms);
    }),
  ]).finally(() => clearTimeout(timer));
}

export const sleep = (ms) => new Promise((r) => setTimeout(r, ms));

/** Polls fn until it returns a truthy value; the last error or value goes into the failure message. */
export async function waitFor(fn, { timeout = 15000, interval = 200, what = 'condition' } = {}) {
  const end = Date.now() + timeout;
  let last;
  for (;;) {
    try {
      const value = await fn();
      if (value) return value;
      last = value;
    } catch (error) {
      last = error instanceof Error ? error.message : String(error);
    }
    if (Date.now() > end) throw new Error(`timed out waiting for ${what}${last === undefined ? '' : ` (last: ${JSON.stringify(last)})`}`);
    await sleep(interval);
  }
}

export function freePort() {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });
}

/** Where setup put node 24, code-server and playwright-core. */
export function tools(e2eDir) {
  const nodeBin = join(e2eDir, 'node', 'node_modules', '.bin');
  const modules = join(e2eDir, 'tools', 'node_modules');
  return {
    node: join(nodeBin, 'node'),
    nodeBin,
    codeServerEntry: join(modules, 'code-server', 'out', 'node', 'entry.js'),
    playwright: () => createRequire(join(modules, 'noop.js'))('playwright-core'),
  };
}

/** User settings that keep VS Code quiet and offline; trust decides whether Restricted Mode can happen. */
export function writeUserSettings(userDataDir, { trust }) {
  mkdirSync(join(userDataDir, 'User'), { recursive: true });
  const settings = {
    'security.workspace.trust.enabled': trust,
    'security.workspace.trust.startupPrompt': 'always',
    'workbench.startupEditor': 'none',
    'workbench.tips.enabled': false,
    'workbench.enableExperiments': false,
    'workbench.colorTheme': 'Default Dark Modern',
    'chat.disableAIFeatures': true,
    'telemetry.telemetryLevel': 'off',
    'update.mode': 'none',
    'extensions.autoCheckUpdates': false,
    'extensions.autoUpdate': false,
    'extensions.ignoreRecommendations': true,
    'git.enabled': false,
    'editor.minimap.enabled': false,
    'editor.fontSize': 14,
    'editor.hover.delay': 300,
    'editor.quickSuggestionsDelay': 50,
    'files.autoSave': 'off',
    'window.commandCenter': false,
    'workbench.secondarySideBar.defaultVisibility': 'hidden',
    'workbench.layoutControl.enabled': false,
    'workbench.reduceMotion': 'on',
  };
  writeFileSync(join(userDataDir, 'User', 'settings.json'), JSON.stringify(settings, null, 2));
}

/** Installs a .vsix with code-server's own CLI (the way a user would). */
export function installExtension(t, { vsix, userDataDir, extensionsDir, log }) {
  const result = spawnSync(
    t.node,
    [t.codeServerEntry, '--user-data-dir', userDataDir, '--extensions-dir', extensionsDir, '--install-extension', vsix, '--force'],
    { encoding: 'utf8', timeout: 120000, env: envWithNode24(t, userDataDir) },
  );
  log(`code-server --install-extension: ${(result.stdout + result.stderr).trim().split('\n').slice(-2).join(' | ')}`);
  if (result.status !== 0) throw new Error(`installing ${vsix} into code-server failed (status ${result.status}, ${result.error ?? ''})`);
}

/** node 24 first on PATH; code-server's own config, logs and heartbeat stay inside the run's folder, not in ~. */
function envWithNode24(t, userDataDir) {
  return {
    ...process.env,
    PATH: `${t.nodeBin}:${process.env.PATH}`,
    XDG_CONFIG_HOME: join(userDataDir, 'xdg-config'),
    XDG_DATA_HOME: join(userDataDir, 'xdg-data'),
    XDG_CACHE_HOME: join(userDataDir, 'xdg-cache'),
    // No extension gallery (code-server defaults to open-vsx.org): nothing leaves the machine.
    EXTENSIONS_GALLERY: '{}',
    DONT_PROMPT_WSL_INSTALL: '1',
  };
}

/** Starts code-server on 127.0.0.1 and waits until it answers. */
export async function startCodeServer(t, { userDataDir, extensionsDir, workspace, logFile, vscodeOptions = [] }) {
  const port = await freePort();
  const out = createWriteStream(logFile);
  // An explicit config file, so that code-server never writes one (with a password) into ~/.config.
  const configFile = join(userDataDir, 'code-server.yaml');
  writeFileSync(configFile, 'auth: none\ncert: false\n');
  const child = spawn(
    t.node,
    [
      t.codeServerEntry,
      '--config', configFile,
      '--auth', 'none',
      '--bind-addr', `127.0.0.1:${port}`,
      '--user-data-dir', userDataDir,
      '--extensions-dir', extensionsDir,
      '--disable-telemetry',
      '--disable-update-check',
      '--disable-getting-started-override',
      '--ignore-last-opened',
      ...vscodeOptions.flatMap((option) => ['--vscode-option', option]),
      workspace,
    ],
    { env: envWithNode24(t, userDataDir), stdio: ['ignore', 'pipe', 'pipe'], detached: true },
  );
  children.add(child);
  child.stdout.pipe(out);
  child.stderr.pipe(out);
  child.once('exit', () => children.delete(child));
  const url = `http://127.0.0.1:${port}`;
  await waitFor(
    async () => {
      if (child.exitCode !== null) throw new Error(`code-server exited with ${child.exitCode}; see ${logFile}`);
      const response = await fetch(`${url}/healthz`, { signal: AbortSignal.timeout(2000) });
      return response.ok;
    },
    { timeout: 60000, interval: 300, what: `code-server on ${url}` },
  );
  return { url, child, stop: () => killTree(child) };
}

function killTree(child) {
  if (child.exitCode !== null || child.signalCode !== null) return;
  try {
    process.kill(-child.pid, 'SIGKILL'); // its own process group: the extension host and language server too
  } catch {
    try {
      child.kill('SIGKILL');
    } catch {
      // already gone
    }
  }
}

/** Chromium's crash reports and dconf files go into `scratch`, not into ~/.config and ~/.cache. */
export async function launchBrowser(t, scratch) {
  const { chromium } = t.playwright();
  mkdirSync(scratch, { recursive: true });
  const browser = await withTimeout(
    chromium.launch({
      executablePath: process.env.E2E_CHROMIUM ?? '/usr/bin/chromium',
      args: [
        '--no-sandbox',
        '--disable-gpu',
        '--disable-quic',
        '--no-first-run',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
        '--disable-dev-shm-usage',
      ],
      env: { ...process.env, HOME: scratch, XDG_CONFIG_HOME: join(scratch, 'config'), XDG_CACHE_HOME: join(scratch, 'cache') },
      timeout: 30000,
    }),
    40000,
    'launching chromium',
  );
  browsers.add(browser);
  return browser;
}

/** Kills everything this run started; safe to call twice. */
export async function stopAll() {
  for (const browser of browsers) {
    try {
      await withTimeout(browser.close(), 10000, 'closing chromium');
    } catch {
      // killed below with the process groups; playwright's own child dies with this process
    }
    browsers.delete(browser);
  }
  for (const child of children) killTree(child);
  children.clear();
}

/** Opens the workbench for a folder and waits until the explorer shows it. */
export async function openWorkbench(browser, url, folder, { width = 1280, height = 760 } = {}) {
  const context = await browser.newContext({ viewport: { width, height }, deviceScaleFactor: 1, colorScheme: 'dark' });
  // Loopback only: any request the workbench makes elsewhere (marketplace images, CDNs) is refused here.
  const blocked = [];
  await context.route(
    (url) => !['127.0.0.1', 'localhost', '[::1]'].includes(url.hostname) && /^(https?|wss?):$/.test(url.protocol),
    (route) => {
      blocked.push(route.request().url());
      return route.abort('blockedbyclient');
    },
  );
  const page = await context.newPage();
  page.setDefaultTimeout(15000);
  const consoleErrors = [];
  page.on('pageerror', (e) => consoleErrors.push(String(e)));
  await page.goto(`${url}/?folder=${encodeURIComponent(folder)}`, { timeout: 30000 });
  await page.waitForSelector('.monaco-workbench', { timeout: 45000 });
  return { page, context, consoleErrors, blocked };
}

/** A UI driver for one page. */
export function ui(page) {
  const self = {
    page,
    async dismissNotifications() {
      // Toasts cover the lower right corner of screenshots.
      for (const button of await page.locator('.notification-toast .codicon-notifications-clear, .notification-toast .codicon-close').all()) {
        await button.click({ timeout: 2000 }).catch(() => undefined);
      }
    },
    /** Opens a file of the workspace by double-clicking it in the explorer (a pinned tab). */
    async openFile(name) {
      const row = page.locator(`.part.sidebar .monaco-list-row[role="treeitem"][aria-label="${name}"]`);
      await row.first().waitFor({ state: 'visible', timeout: 20000 });
      await row.first().dblclick();
      await page.locator(`.tabs-container .tab.active[aria-label^="${name}"]`).waitFor({ timeout: 10000 });
      await page.locator('.part.editor .monaco-editor .view-lines').first().waitFor({ timeout: 10000 });
      await self.focusEditor();
    },
    /** Keyboard focus into the editor without moving its cursor. */
    async focusEditor() {
      await page.keyboard.press('Control+1');
      await page.locator('.part.editor .monaco-editor.focused').first().waitFor({ timeout: 5000 });
    },
    /** Waits (briefly) until the status bar has no "Saving ..." progress, for a clean screenshot. */
    async settle() {
      await page
        .locator('.part.statusbar .statusbar-item')
        .filter({ hasText: /Saving|Writing into file/ })
        .first()
        .waitFor({ state: 'detached', timeout: 5000 })
        .catch(() => undefined);
    },
    /** The language shown in the status bar ("Postfix main.cf"). */
    async languageMode() {
      const item = page.locator('[id="status.editor.mode"]');
      await item.waitFor({ timeout: 10000 });
      return (await item.innerText()).trim();
    },
    async waitForLanguageMode(expected) {
      return waitFor(async () => ((await self.languageMode()) === expected ? expected : false), { timeout: 15000, what: `language mode "${expected}"` }).catch(
        async (error) => {
          throw new Error(`${error.message}; status bar shows "${await self.languageMode().catch(() => '?')}"`);
        },
      );
    },
    /** Squiggles drawn in the visible editor, by severity. */
    async squiggles() {
      return page.evaluate(() => {
        const root = document.querySelector('.part.editor .editor-group-container.active .monaco-editor') ?? document;
        return {
          error: root.querySelectorAll('.squiggly-error').length,
          warning: root.querySelectorAll('.squiggly-warning').length,
          info: root.querySelectorAll('.squiggly-info').length,
        };
      });
    },
    /** Errors and warnings as the status bar shows them ("ⓧ 1 ⚠ 1"; every open file). Its aria-label can lag. */
    async problemCounts() {
      const text = (await page.locator('[id="status.problems"]').innerText()).trim();
      const [errors = 0, warnings = 0] = (text.match(/\d+/g) ?? []).map(Number);
      return { errors, warnings, label: `status bar: ${errors} error(s), ${warnings} warning(s)` };
    },
    /**
     * Presses a key in the editor until `target` shows (a few tries: on a busy machine the first press can
     * land while the editor is still taking focus back). Throws when it never shows.
     */
    async pressUntilVisible(key, target, { tries = 3, timeout = 5000 } = {}) {
      for (let attempt = 1; ; attempt++) {
        await page.keyboard.press(key);
        try {
          await target.waitFor({ state: 'visible', timeout });
          return;
        } catch (error) {
          if (attempt >= tries) throw new Error(`${key} did not open what was expected after ${tries} tries: ${error.message.split('\n')[0]}`);
          await self.focusEditor().catch(() => undefined);
        }
      }
    },
    /** Go to a 1-based line and column with Ctrl+G. */
    async goto(line, column = 1) {
      await page.keyboard.press('Escape');
      await page.keyboard.press('Control+g');
      const input = page.locator('.quick-input-widget input');
      await input.waitFor({ state: 'visible', timeout: 5000 });
      await input.fill(`:${line}:${column}`);
      await sleep(150);
      await page.keyboard.press('Enter');
      await input.waitFor({ state: 'hidden', timeout: 5000 });
    },
    /** Runs a command from the command palette by its title. */
    async runCommand(title) {
      await page.keyboard.press('Escape');
      await page.keyboard.press('F1');
      const input = page.locator('.quick-input-widget input');
      await input.waitFor({ state: 'visible', timeout: 5000 });
      await input.fill(`>${title}`);
      const row = page.locator('.quick-input-widget .monaco-list-row').filter({ hasText: title }).first();
      await row.waitFor({ timeout: 5000 });
      await row.click();
    },
    /** The visible text of the active editor, line by line (enough for the small fixture files). */
    async editorText() {
      return page.evaluate(() => {
        const root = document.querySelector('.part.editor .editor-group-container.active .monaco-editor');
        if (!root) return '';
        return [...root.querySelectorAll('.view-lines .view-line')]
          .map((line) => ({ top: parseFloat(line.style.top || '0'), text: (line.textContent ?? '').replace(/\u00a0/g, ' ') }))
          .sort((a, b) => a.top - b.top)
          .map((line) => line.text)
          .join('\n');
      });
    },
    /** The screen rectangle of the first `word` on the editor line that contains `lineText`. */
    async wordBox(lineText, word) {
      return page.evaluate(
        ([lineText, word]) => {
          const root = document.querySelector('.part.editor .editor-group-container.active .monaco-editor');
          if (!root) return null;
          for (const line of root.querySelectorAll('.view-lines .view-line')) {
            const text = (line.textContent ?? '').replace(/\u00a0/g, ' ');
            if (!text.includes(lineText)) continue;
            const at = text.indexOf(word);
            if (at < 0) continue;
            const walker = document.createTreeWalker(line, NodeFilter.SHOW_TEXT);
            const range = document.createRange();
            let offset = 0;
            let started = false;
            for (let node = walker.nextNode(); node; node = walker.nextNode()) {
              const length = node.textContent.length;
              if (!started && at < offset + length) {
                range.setStart(node, at - offset);
                started = true;
              }
              if (started && at + word.length <= offset + length) {
                range.setEnd(node, at + word.length - offset);
                const r = range.getBoundingClientRect();
                return { x: r.x, y: r.y, width: r.width, height: r.height };
              }
              offset += length;
            }
          }
          return null;
        },
        [lineText, word],
      );
    },
    /** Hovers the mouse over a word and returns the hover widget's text. */
    async hover(lineText, word, expect) {
      const box = await waitFor(() => self.wordBox(lineText, word), { timeout: 10000, what: `"${word}" on the line "${lineText}"` });
      const hover = page.locator('.monaco-editor .monaco-hover:not(.hidden)').filter({ hasText: expect }).first();
      for (let attempt = 1; ; attempt++) {
        // Move in from above so that VS Code sees a fresh mouse move over the word.
        await page.mouse.move(box.x + box.width / 2, box.y - 30);
        await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2, { steps: 4 });
        try {
          await hover.waitFor({ state: 'visible', timeout: 6000 });
          return (await hover.innerText()).trim();
        } catch (error) {
          if (attempt >= 3) {
            const shown = await page.locator('.monaco-editor .monaco-hover:not(.hidden)').allInnerTexts().catch(() => []);
            throw new Error(`no hover with "${expect}" over "${word}" (hovers shown: ${JSON.stringify(shown.map((t) => t.slice(0, 120)))})`);
          }
          await page.mouse.move(5, 5);
        }
      }
    },
  };
  return self;
}

export function readText(path) {
  return readFileSync(path, 'utf8');
}

/**
 * Runs an extension-host test module (VS Code calls its run(); a rejection fails) inside code-server:
 * the server runs with enable-smoke-test-driver, which makes the workbench honour the `payload` URL
 * parameter (extensionDevelopmentPath / extensionTestsPath as vscode-remote URIs); when run() settles,
 * VS Code reports the exit code through window.codeAutomationExit. Resolves with that code and the log.
 */
export async function runExtensionHostSuite(browser, server, { extensionPath, testsPath, folder, timeout = 120000 }) {
  const context = await browser.newContext({ viewport: { width: 1280, height: 760 } });
  await context.route(
    (url) => !['127.0.0.1', 'localhost', '[::1]'].includes(url.hostname) && /^(https?|wss?):$/.test(url.protocol),
    (route) => route.abort('blockedbyclient'),
  );
  const page = await context.newPage();
  const lines = [];
  let settle;
  const exited = new Promise((resolve) => (settle = resolve));
  await page.exposeFunction('codeAutomationLog', (type, args) => {
    for (const line of (Array.isArray(args) ? args : [args]).map(String).join(' ').split('\n')) {
      if (/^(ok|not ok) - |^\d+ passed, \d+ failed/.test(line)) lines.push(line);
    }
  });
  await page.exposeFunction('codeAutomationExit', (code) => settle(Number(code)));
  const authority = new URL(server.url).host;
  const payload = [
    ['extensionDevelopmentPath', `vscode-remote://${authority}${extensionPath}`],
    ['extensionTestsPath', `vscode-remote://${authority}${testsPath}`],
  ];
  await page.goto(`${server.url}/?folder=${encodeURIComponent(folder)}&payload=${encodeURIComponent(JSON.stringify(payload))}`, { timeout: 30000 });
  try {
    const code = await withTimeout(exited, timeout, 'the extension-host suite');
    return { code, lines, page };
  } catch (error) {
    error.lines = lines;
    error.page = page;
    throw error;
  }
}
