import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { ruleDefaults } from '../../server/src/rules/registry';
import { REPO_DIR } from '../helpers';

const readme = readFileSync(resolve(REPO_DIR, 'README.md'), 'utf8');
const pkg = JSON.parse(readFileSync(resolve(REPO_DIR, 'package.json'), 'utf8'));

test('the README lists every rule id with its default severity', () => {
  const rows = readme.split('\n').filter((l) => l.startsWith('| `'));
  for (const { id, severity } of ruleDefaults()) {
    const row = rows.find((r) => r.split('|')[1].includes(`\`${id}\``));
    assert.ok(row, `README has no row for ${id}`);
    assert.ok(row.split('|')[2].includes(severity), `README gives ${id} another severity than ${severity}`);
  }
});

test('the README documents every setting and command the package contributes', () => {
  for (const key of Object.keys(pkg.contributes.configuration.properties)) assert.ok(readme.includes(`\`${key}\``), key);
  for (const c of pkg.contributes.commands) {
    if (c.command.startsWith('postfix.recipe.')) continue;
    assert.ok(readme.includes(c.title.replace(/\.\.\.$/, '')), c.title);
  }
});

test('the README names the two commands for a fresh machine, and the scripts exist', () => {
  assert.match(readme, /npm ci && npm run demo/);
  assert.match(readme, /^npm test /m);
  assert.ok(pkg.scripts.demo && pkg.scripts.test);
});
