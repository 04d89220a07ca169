/** The Neovim configuration in docs/editors/neovim.lua, run in a real headless Neovim against the bundled server. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { REPO_DIR } from '../helpers';
import { SERVER_JS } from './lspClient';

const nvim = spawnSync('nvim', ['--version'], { encoding: 'utf8' });
const skip = nvim.status !== 0 ? 'skipped: nvim is not installed (apt-get install neovim; .ci/run does it)' : existsSync(SERVER_JS) ? false : `${SERVER_JS} is not built`;

test('Neovim with docs/editors/neovim.lua gets the diagnostics of a main.cf', { skip, timeout: 90000 }, () => {
  const dir = mkdtempSync(join(tmpdir(), 'nvim-'));
  writeFileSync(join(dir, 'main.cf'), 'compatibility_level = 3.6\nmyhostnme = x.example\nbroken line\n');
  const out = join(dir, 'out.txt');
  const collect = [
    `local f = io.open(${JSON.stringify(out)}, "w")`,
    'for _, d in ipairs(vim.diagnostic.get(0)) do',
    '  local c = d.code or (d.user_data and d.user_data.lsp and d.user_data.lsp.code) or "?"',
    '  f:write(c, " ", d.lnum, "\\n")',
    'end',
    'f:write("filetype ", vim.bo.filetype, "\\n")',
    'f:close()',
  ].join(' ');
  const r = spawnSync(
    'nvim',
    ['--headless', '--clean', '-u', resolve(REPO_DIR, 'docs', 'editors', 'neovim.lua'), '-c', 'lua vim.wait(20000, function() return #vim.diagnostic.get(0) > 1 end, 100)', '-c', `lua ${collect}`, '-c', 'qa!', 'main.cf'],
    { cwd: dir, encoding: 'utf8', timeout: 60000, env: { ...process.env, POSTFIX_LS: SERVER_JS } },
  );
  assert.equal(r.status, 0, r.stderr);
  assert.equal(readFileSync(out, 'utf8'), 'unknown-parameter 1\nsyntax-missing-equals 2\nfiletype postfix-main\n');
});
