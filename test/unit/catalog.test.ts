import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { NO_SHARED, REPO_DIR, SHARED_DIR } from '../helpers';
import { allParameters, catalogVersion, getParameter, isBuiltinIn } from '../../server/src/knowledge/parameters';
import { allRestrictions, getRestriction } from '../../server/src/knowledge/restrictions';

test('regenerating the catalog from ../shared/data reproduces the committed files byte for byte', { skip: NO_SHARED }, () => {
  // --check exits non-zero and names the file when they differ.
  execFileSync(process.execPath, [resolve(REPO_DIR, 'scripts', 'generate-catalog.mjs'), '--check', '--data', resolve(SHARED_DIR, 'data')], { stdio: 'pipe' });
});

test('the catalog holds every parameter of the data file', { skip: NO_SHARED }, () => {
  const names = readFileSync(resolve(SHARED_DIR, 'data', 'postfix-parameters.tsv'), 'utf8')
    .split('\n')
    .filter((l) => l && !l.startsWith('#'))
    .slice(1)
    .map((l) => l.split('\t')[0]);
  assert.equal(names.length, 924);
  assert.deepEqual([...allParameters()].map((p) => p.name).sort(), [...names].sort());
});

test('catalog facts: types, defaults, ranges, versions', () => {
  assert.deepEqual(
    { ...getParameter('message_size_limit') },
    { name: 'message_size_limit', type: 'long', default: '10240000', min: 0, max: 0, since: '', versions: ['3.7', '3.9', '3.10', '3.11'], builtin: true },
  );
  assert.equal(getParameter('smtpd_relay_restrictions')?.since, '2.10');
  assert.equal(getParameter('maximal_queue_lifetime')?.max, 8640000);
  assert.equal(getParameter('virtual_maps')?.builtin, false);
  assert.equal(isBuiltinIn('allow_srv_lookup_fallback', '3.7'), false);
  assert.equal(isBuiltinIn('allow_srv_lookup_fallback', '3.11'), true);
});

test('configured versions map onto catalog versions', () => {
  assert.equal(catalogVersion(''), '3.11');
  assert.equal(catalogVersion('3.7.11'), '3.7');
  assert.equal(catalogVersion('3.8'), '3.7');
  assert.equal(catalogVersion('3.10.2'), '3.10');
  assert.equal(catalogVersion('2.11'), '3.7');
  assert.equal(catalogVersion('nonsense'), '3.11');
});

test('restriction facts: stage, status, replacement, argument', () => {
  assert.deepEqual({ ...getRestriction('check_relay_domains') }, { name: 'check_relay_domains', stage: 'recipient', status: 'removed', replacement: 'reject_unauth_destination', note: 'deprecated 2.2, removed 3.9', argument: '' });
  assert.equal(getRestriction('check_client_access')?.argument, 'table');
  assert.equal(getRestriction('reject_rbl_client')?.argument, 'domain');
  assert.ok([...allRestrictions()].length >= 75);
});

test('every parameter in the catalog has a summary of its own', async () => {
  const { parameterSummary } = await import('../../server/src/knowledge/summaries');
  const missing = [...allParameters()].filter((p) => !parameterSummary(p.name)).map((p) => p.name);
  assert.deepEqual(missing, []);
  assert.equal(parameterSummary('toString'), undefined);
});
