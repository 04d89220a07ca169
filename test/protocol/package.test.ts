/** What the .vsix holds: bundled JavaScript, grammars, pictures and the manifest; nothing else, under 2 MB. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { REPO_DIR } from '../helpers';

const VSCE = resolve(REPO_DIR, 'node_modules', '.bin', 'vsce');
const built = existsSync(resolve(REPO_DIR, 'dist', 'server.js'));
const skip = !existsSync(VSCE) ? 'skipped: @vscode/vsce is not installed' : built ? false : 'skipped: dist/ is not built (npm run build)';

test('the package holds only bundled code and assets, under 2 MB', { skip, timeout: 60000 }, () => {
  const r = spawnSync(VSCE, ['ls', '--no-dependencies'], { cwd: REPO_DIR, encoding: 'utf8' });
  assert.equal(r.status, 0, r.stderr);
  const files = r.stdout.split('\n').filter(Boolean);
  const allowed = /^(package\.json|README\.md|CHANGELOG\.md|LICENSE|language-configuration\.json|syntaxes\/[\w.-]+\.tmLanguage\.json|images\/icon\.png|docs\/images\/[\w-]+\.png|dist\/(client|server|languageService|postfix-lint)\.js)$/;
  assert.deepEqual(files.filter((f) => !allowed.test(f)), [], 'no sources, tests, maps or node_modules');
  for (const needed of ['dist/client.js', 'dist/server.js', 'dist/languageService.js', 'package.json', 'images/icon.png']) assert.ok(files.includes(needed), needed);
  const out = join(mkdtempSync(join(tmpdir(), 'vsix-')), 'test.vsix');
  const p = spawnSync(VSCE, ['package', '--no-dependencies', '--allow-missing-repository', '--no-rewrite-relative-links', '--skip-license', '--out', out], { cwd: REPO_DIR, encoding: 'utf8' });
  assert.equal(p.status, 0, p.stderr + p.stdout);
  assert.ok(statSync(out).size < 2 * 1024 * 1024, `the .vsix is ${statSync(out).size} bytes`);
});

test('the manifest has what a Marketplace listing needs', () => {
  const pkg = JSON.parse(readFileSync(resolve(REPO_DIR, 'package.json'), 'utf8'));
  for (const key of ['name', 'displayName', 'description', 'version', 'publisher', 'license', 'icon', 'categories', 'keywords', 'engines']) assert.ok(pkg[key], key);
  assert.equal(pkg.capabilities.untrustedWorkspaces.supported, 'limited');
  assert.equal(pkg.main, './dist/client.js');
  assert.deepEqual(Object.keys(pkg.bin).sort(), ['postfix-language-server', 'postfix-lint']);
  assert.ok(!pkg.dependencies || Object.keys(pkg.dependencies).length === 0, 'everything is bundled');
});
