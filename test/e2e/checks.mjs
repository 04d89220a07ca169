// The end-to-end checks, in the order they run against one VS Code window (Restricted Mode gets its own).
// A check is { name, image?, skip?(ctx) -> reason | undefined, run(ctx) }. `skip` looks only at what the
// extension declares (package.json contributions) and what the language server answers (ctx.probe), so a
// feature that is still being built is reported as skipped, never as failed. Adding a check = adding one
// object here. Screenshots go through ctx.shot(name), and reach docs/images/ only when the check passes.
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { waitFor } from './harness.mjs';
import { applyEdits, positionOf } from './probe.mjs';

/** The status bar name of a contributed language (its first alias), or undefined when it is not contributed. */
export function languageName(pkg, id) {
  const language = (pkg.contributes?.languages ?? []).find((l) => l.id === id);
  return language ? (language.aliases?.[0] ?? id) : undefined;
}

function contributesFile(pkg, id, fileName) {
  const language = (pkg.contributes?.languages ?? []).find((l) => l.id === id);
  return !!language && (language.filenames ?? []).includes(fileName);
}

/** Markdown reduced to the words a rendered hover shows (no `**`, backticks, link targets or escapes). */
export function plainMarkdown(markdown) {
  return markdown
    .replace(/\[([^\]]*)\]\([^)]*\)/g, '$1')
    .replace(/[*`_]/g, '')
    .replace(/\\(.)/g, '$1')
    .replace(/\s+/g, ' ')
    .trim();
}

/** The first sentence-sized piece of the server's hover: the UI must show it word for word. */
function hoverLead(markdown) {
  const firstParagraph = markdown.split(/\n\s*\n/)[0];
  return plainMarkdown(firstParagraph).slice(0, 60);
}

const squeeze = (text) => text.replace(/\s+/g, ' ').trim();

async function closePanel(ctx) {
  if (await ctx.page.locator('.part.panel').isVisible().catch(() => false)) {
    await ctx.u.runCommand('View: Hide Panel').catch(() => undefined);
  }
}

/**
 * A workspace file opens in its language mode. Skipped while package.json does not map the file name to
 * the language (main.cf and master.cf must always be mapped: that is a failure, not a skip).
 */
function languageModeCheck(file, id, title, image) {
  const required = file === 'main.cf' || file === 'master.cf';
  return {
    name: `${file} opens in the ${title} language mode`,
    image,
    skip: (ctx) =>
      required || contributesFile(ctx.pkg, id, file) ? undefined : `package.json does not contribute a ${id} language for "${file}" yet`,
    async run(ctx) {
      const expected = languageName(ctx.pkg, id);
      assert.ok(expected, `package.json contributes ${id}`);
      await ctx.u.openFile(file);
      await ctx.u.waitForLanguageMode(expected);
      await ctx.shot(image);
    },
  };
}

export const CHECKS = [
  languageModeCheck('main.cf', 'postfix-main', 'Postfix main.cf', 'main-cf-language-mode'),
  {
    name: 'squiggles for the missing "=" and the unknown parameter, and the Problems count',
    image: 'diagnostics-problems',
    async run(ctx) {
      const expected = ctx.cli.filter((d) => d.file.endsWith('/main.cf'));
      const errors = expected.filter((d) => d.severity === 'error').length;
      const warnings = expected.filter((d) => d.severity === 'warning').length;
      // The fixture's two faults must be among what the linter finds, or the fixture is wrong.
      assert.ok(expected.some((d) => d.code === 'syntax-missing-equals' && d.range.start.line === 9), 'postfix-lint reports line 10');
      assert.ok(expected.some((d) => d.code === 'unknown-parameter' && d.range.start.line === 4), 'postfix-lint reports line 5');
      await ctx.u.openFile('main.cf');
      const counts = await waitFor(
        async () => {
          const c = await ctx.u.problemCounts();
          return c.errors === errors && c.warnings === warnings ? c : false;
        },
        { timeout: 30000, what: `the status bar to count ${errors} error(s) and ${warnings} warning(s) as postfix-lint does` },
      ).catch(async (error) => {
        throw new Error(`${error.message}; status bar: ${(await ctx.u.problemCounts()).label}`);
      });
      const squiggles = await waitFor(
        async () => {
          const s = await ctx.u.squiggles();
          return s.error >= 1 && s.warning >= 1 ? s : false;
        },
        { timeout: 10000, what: 'an error and a warning squiggle in main.cf' },
      );
      // The Problems panel lists both, with their rule ids and positions.
      await ctx.page.keyboard.press('Control+Shift+M');
      const markers = ctx.page.locator('.markers-panel .monaco-list-row');
      await markers.first().waitFor({ timeout: 10000 });
      const rows = await waitFor(
        async () => {
          const labels = await markers.evaluateAll((els) => els.map((e) => e.getAttribute('aria-label') ?? e.textContent ?? ''));
          return labels.some((l) => /Missing "=" after "broken"/.test(l)) && labels.some((l) => /mynetwork/.test(l)) ? labels : false;
        },
        { timeout: 10000, what: 'the Problems panel to list both diagnostics' },
      );
      const panelText = squeeze(await ctx.page.locator('.markers-panel').innerText());
      assert.match(panelText, /syntax-missing-equals/);
      assert.match(panelText, /unknown-parameter/);
      assert.match(panelText, /\[Ln 10, Col 1\]/);
      assert.match(panelText, /\[Ln 5, Col 1\]/);
      await ctx.u.focusEditor();
      await ctx.shot('diagnostics-problems');
      await closePanel(ctx);
      return `${counts.label}; squiggles ${squiggles.error} error, ${squiggles.warning} warning; ${rows.length} panel rows`;
    },
  },
  {
    name: 'hovering the relay parameter relayhost shows its documentation and the value in effect',
    image: 'hover-relayhost',
    async run(ctx) {
      const main = join(ctx.workspace, 'main.cf');
      const at = positionOf(main, 'relayhost', 'relayhost =');
      const probe = await ctx.probe();
      const markdown = await probe.hoverText(probe.open(main, 'postfix-main'), at.line, at.character + 2);
      assert.ok(markdown, 'the language server has a hover for relayhost');
      await ctx.u.openFile('main.cf');
      const text = squeeze(await ctx.u.hover('relayhost =', 'relayhost', 'relayhost'));
      assert.ok(text.includes(hoverLead(markdown)), `the hover starts as the server's does: "${hoverLead(markdown)}" in "${text.slice(0, 200)}"`);
      assert.ok(text.includes('[smtp.example.net]:587'), 'the hover shows the value set in this main.cf');
      const link = ctx.page.locator('.monaco-hover a[data-href*="postconf.5.html#relayhost"], .monaco-hover a[href*="postconf.5.html#relayhost"]');
      assert.ok((await link.count()) >= 1, 'the hover links to postconf(5)#relayhost');
      await ctx.shot('hover-relayhost');
      await ctx.page.keyboard.press('Escape');
      await ctx.page.mouse.move(5, 300);
    },
  },
  {
    name: 'Ctrl+. on the unknown parameter offers the rename, and applying it fixes the file',
    image: 'quick-fix',
    async run(ctx) {
      const path = join(ctx.workspace, 'main.cf');
      const before = ctx.readText(path);
      await ctx.u.openFile('main.cf');
      await ctx.u.goto(5, 3);
      const menu = ctx.page.locator('.action-widget:not(.action-list-submenu-panel)').first();
      await ctx.u.pressUntilVisible('Control+.', menu);
      const item = menu.locator('.monaco-list-row').filter({ hasText: 'Change to "mynetworks"' }).first();
      await item.waitFor({ timeout: 10000 });
      await ctx.shot('quick-fix');
      await item.click();
      await menu.waitFor({ state: 'hidden', timeout: 5000 });
      await ctx.page.keyboard.press('Control+s');
      const expected = before.replace('\nmynetwork = ', '\nmynetworks = ');
      assert.notEqual(expected, before);
      await waitFor(() => ctx.readText(path) === expected, { timeout: 10000, what: 'main.cf on disk to hold the renamed line' }).catch(() => {
        assert.equal(ctx.readText(path), expected, 'main.cf after the quick fix and Ctrl+S');
      });
      // The warning goes away; the missing "=" stays.
      await waitFor(async () => {
        const c = await ctx.u.problemCounts();
        return c.warnings === 0 && c.errors === 1;
      }, { timeout: 15000, what: 'the warning to disappear after the fix' });
    },
  },
  {
    name: 'completion offers parameter names',
    image: 'completion',
    async run(ctx) {
      const main = join(ctx.workspace, 'main.cf');
      await ctx.u.openFile('main.cf');
      await ctx.page.keyboard.press('Control+End');
      await ctx.page.keyboard.press('Enter');
      await ctx.page.keyboard.type('smtpd_tls_sec', { delay: 40 });
      const widget = ctx.page.locator('.editor-widget.suggest-widget.visible');
      await ctx.u.pressUntilVisible('Control+Space', widget);
      const row = widget.locator('.monaco-list-row[aria-label*="smtpd_tls_security_level"]').first();
      await row.waitFor({ timeout: 10000 });
      await ctx.shot('completion');
      await row.click();
      await waitFor(async () => (await ctx.u.wordBox('smtpd_tls_security_level', 'smtpd_tls_security_level')) !== null, {
        timeout: 5000,
        what: 'the accepted name in the editor',
      });
      // Back to the saved file for the checks that follow.
      await ctx.u.runCommand('File: Revert File');
      await waitFor(async () => (await ctx.u.wordBox('smtpd_tls_sec', 'smtpd_tls_sec')) === null, { timeout: 5000, what: 'the revert' });
      assert.ok(!ctx.readText(main).includes('smtpd_tls_sec'), 'nothing was saved');
    },
  },
  languageModeCheck('master.cf', 'postfix-master', 'Postfix master.cf', 'master-cf-language-mode'),
  languageModeCheck('access', 'postfix-table', 'Postfix lookup table', 'access-table'),
  languageModeCheck('mail.log', 'postfix-log', 'Postfix mail log', 'mail-log'),
  {
    name: 'hovering the SMTP code 554 in mail.log explains the relay rejection',
    image: 'hover-smtp-code',
    async skip(ctx) {
      if (!contributesFile(ctx.pkg, 'postfix-log', 'mail.log')) return 'package.json does not contribute a postfix-log language yet';
      const log = join(ctx.workspace, 'mail.log');
      const at = positionOf(log, '554', 'Relay access denied');
      const probe = await ctx.probe();
      ctx.logHover = await probe.hoverText(probe.open(log, 'postfix-log'), at.line, at.character + 1);
      return ctx.logHover ? undefined : 'the language server gives no hover for an SMTP code in a postfix-log document yet';
    },
    async run(ctx) {
      assert.match(ctx.logHover, /554/, 'the server hover names the code');
      await ctx.u.openFile('mail.log');
      const text = squeeze(await ctx.u.hover('Relay access denied', '554', '554'));
      assert.ok(text.includes(hoverLead(ctx.logHover)), `the hover shows the server's text: "${hoverLead(ctx.logHover)}" in "${text.slice(0, 200)}"`);
      assert.match(text, /relay/i, 'the hover is about the relay rejection');
      await ctx.shot('hover-smtp-code');
      await ctx.page.keyboard.press('Escape');
      await ctx.page.mouse.move(5, 300);
    },
  },
  {
    // "Postfix: Explain relay decision..." -> client, recipient, no sender, no login -> the smtpd service of master.cf
    // (the workspace has two) -> the decision: the list's title must be the server's own answer for that service.
    name: 'the relay explainer asks for the smtpd service and shows its decision',
    image: 'relay-explain',
    async skip(ctx) {
      if (!(ctx.pkg.contributes?.commands ?? []).some((c) => c.command === 'postfix.explainRelay')) {
        return 'package.json contributes no postfix.explainRelay command yet';
      }
      const probe = await ctx.probe();
      const uri = probe.open(join(ctx.workspace, 'main.cf'), 'postfix-main');
      probe.open(join(ctx.workspace, 'master.cf'), 'postfix-master');
      const services = await probe.request('postfix/relayServices', { textDocument: { uri } }).catch(() => null);
      if (!services?.services?.includes('127.0.0.1:10025')) return `the language server does not list the master.cf services yet (${JSON.stringify(services)})`;
      const scenario = { client: '192.0.2.10', recipient: 'user@remote.example', sender: '', helo: 'client.example.org', service: '127.0.0.1:10025' };
      const answer = await probe.request('postfix/explainRelay', { textDocument: { uri }, scenario }).catch(() => null);
      if (!answer?.decision) return `the language server does not explain that scenario (${JSON.stringify(answer)})`;
      ctx.explainTitle = `${answer.decision.toUpperCase()}: ${answer.reply}`;
      return undefined;
    },
    async run(ctx) {
      await ctx.u.openFile('main.cf');
      await ctx.u.runCommand('Postfix: Explain relay decision...');
      const quickInput = ctx.page.locator('.quick-input-widget');
      const title = quickInput.locator('.quick-input-title');
      for (const [step, value] of [['(1/4)', '192.0.2.10'], ['(2/4)', 'user@remote.example'], ['(3/4)', ''], ['(4/4)', '']]) {
        await waitFor(async () => (await title.innerText().catch(() => '')).includes(step), { timeout: 10000, what: `the input box ${step}` });
        await quickInput.locator('input').fill(value);
        await ctx.page.keyboard.press('Enter');
      }
      const service = quickInput.locator('.monaco-list-row').filter({ hasText: '127.0.0.1:10025' }).first();
      await service.waitFor({ timeout: 10000 });
      assert.ok(await quickInput.locator('.monaco-list-row').filter({ hasText: 'port 25' }).count(), 'the smtp service (port 25) is offered too');
      await service.click();
      await waitFor(async () => squeeze(await title.innerText().catch(() => '')) === ctx.explainTitle, { timeout: 15000, what: `the decision "${ctx.explainTitle}"` });
      await ctx.shot('relay-explain');
      await ctx.page.keyboard.press('Escape');
    },
  },
  {
    // "Postfix: Apply a relay recipe..." -> "Relay mail for a domain..." -> "example.net": main.cf must end up
    // exactly as the server's own answer to postfix/relayRecipe says, with example.net in relay_domains.
    name: 'the relay recipe "Relay mail for a domain" edits main.cf end to end',
    image: 'relay-recipe',
    async skip(ctx) {
      if (!(ctx.pkg.contributes?.commands ?? []).some((c) => c.command === 'postfix.applyRecipe')) {
        return 'package.json contributes no postfix.applyRecipe command yet';
      }
      const main = join(ctx.workspace, 'main.cf');
      const probe = await ctx.probe();
      const uri = probe.open(main, 'postfix-main');
      const answer = await probe.request('postfix/relayRecipe', { textDocument: { uri }, recipe: 'relayDomain', args: { domain: 'example.net' } }).catch(() => null);
      const edits = answer?.edit?.changes?.[uri];
      if (!edits?.length) return `the language server does not answer postfix/relayRecipe for relayDomain yet (${JSON.stringify(answer)})`;
      ctx.recipeExpected = applyEdits(ctx.readText(main), edits);
      return undefined;
    },
    async run(ctx) {
      const main = join(ctx.workspace, 'main.cf');
      assert.match(ctx.recipeExpected, /^relay_domains\s*=.*\bexample\.net\b/m, 'the server adds example.net to relay_domains');
      await ctx.u.openFile('main.cf');
      await ctx.u.runCommand('Postfix: Apply a relay recipe...');
      const quickInput = ctx.page.locator('.quick-input-widget');
      const choice = quickInput.locator('.monaco-list-row').filter({ hasText: 'Relay mail for a domain' }).first();
      await choice.waitFor({ timeout: 10000 });
      await ctx.shot('relay-recipe');
      await choice.click();
      // The next step asks for the domain in an input box (no list rows).
      await waitFor(async () => (await quickInput.isVisible()) && (await quickInput.locator('.monaco-list-row:visible').count()) === 0, {
        timeout: 10000,
        what: 'the input box asking for the domain',
      });
      await quickInput.locator('input').fill('example.net');
      await ctx.page.keyboard.press('Enter');
      await waitFor(async () => /relay_domains\s*=.*example\.net/.test(await ctx.u.editorText()), { timeout: 15000, what: 'relay_domains in the editor' });
      await ctx.u.focusEditor();
      await ctx.page.keyboard.press('Control+s');
      await waitFor(() => ctx.readText(main) === ctx.recipeExpected, { timeout: 10000, what: 'main.cf on disk to be what the server computed' }).catch(() => {
        assert.equal(ctx.readText(main), ctx.recipeExpected, 'main.cf after the recipe and Ctrl+S');
      });
      await ctx.u.dismissNotifications();
      await ctx.shot('relay-recipe-result');
    },
  },
];


/**
 * Restricted Mode: a second VS Code with workspace trust on. The folder is not trusted; the extension
 * declares untrustedWorkspaces support ("limited": it runs, reading only the workspace), so its diagnostics must still appear.
 */
export const RESTRICTED_CHECK = {
  name: 'in Restricted Mode (untrusted folder) the extension still reports the same problems',
  image: 'restricted-mode',
  skip: (ctx) =>
    [true, 'limited'].includes(ctx.pkg.capabilities?.untrustedWorkspaces?.supported)
      ? undefined
      : 'package.json does not declare untrustedWorkspaces support (then the extension is meant to stay off in Restricted Mode)',
  async run(ctx) {
    const { page, u, workspace } = await ctx.openUntrusted();
    const dialog = page.locator('.monaco-dialog-box');
    await dialog.waitFor({ state: 'visible', timeout: 30000 });
    assert.match(squeeze(await dialog.innerText()), /trust/i);
    await dialog.locator('.monaco-button').filter({ hasText: /don.t trust/i }).first().click();
    await dialog.waitFor({ state: 'hidden', timeout: 10000 });
    const indicator = page.locator('.part.statusbar .statusbar-item').filter({ hasText: 'Restricted Mode' }).first();
    await indicator.waitFor({ state: 'visible', timeout: 15000 });
    await u.openFile('main.cf');
    await u.waitForLanguageMode(languageName(ctx.pkg, 'postfix-main'));
    const expected = ctx.cli.filter((d) => d.file.endsWith('/main.cf'));
    const errors = expected.filter((d) => d.severity === 'error').length;
    const warnings = expected.filter((d) => d.severity === 'warning').length;
    await waitFor(async () => {
      const c = await u.problemCounts();
      return c.errors === errors && c.warnings === warnings;
    }, { timeout: 30000, what: `${errors} error(s) and ${warnings} warning(s) in Restricted Mode` });
    await waitFor(async () => (await u.squiggles()).error >= 1, { timeout: 10000, what: 'the error squiggle in Restricted Mode' });
    await u.focusEditor();
    await u.settle();
    await ctx.shot('restricted-mode', page);
    return `workspace ${workspace} untrusted; ${errors} error(s), ${warnings} warning(s) shown`;
  },
};

/**
 * The mocha-free VS Code API suite shared with @vscode/test-electron (test/vscode/suite.ts, `npm run test:vscode`
 * on machines with internet), run here inside code-server's extension host against the installed .vsix.
 */
export const SHARED_SUITE_CHECK = {
  name: 'the shared VS Code API suite (test/vscode/suite.ts) passes in code-server\'s extension host',
  async run(ctx) {
    const { code, lines } = await ctx.runSharedSuite();
    for (const line of lines) console.log(`    ${line}`);
    assert.ok(lines.some((l) => /^\d+ passed, 0 failed/.test(l)), 'the suite printed its summary');
    assert.equal(code, 0, 'the suite exit code');
    return lines.at(-1);
  },
};
