import { test } from 'node:test';
import assert from 'node:assert/strict';
import { EffectiveConfig } from '../../server/src/analysis/effectiveConfig';
import { parseMainCf } from '../../server/src/parser/mainCf';
import { resolveCompatibilityDefault, timeUnit } from '../../server/src/knowledge/defaults';
import { getParameter } from '../../server/src/knowledge/parameters';

const config = (text: string) => new EffectiveConfig(parseMainCf(text));

test('file values win over defaults and expand $ references', () => {
  const c = config('mydomain = example.com\nmyorigin = $mydomain\n');
  assert.equal(c.expand('myorigin').value, 'example.com');
  assert.equal(c.source('myorigin').origin, 'file');
  assert.equal(c.source('relay_domains').origin, 'default');
});

test('compatibility_level decides relay_domains and smtpd_relay_restrictions defaults', () => {
  const old = config('mydestination = example.com\n');
  assert.equal(old.compatibilityLevel, '0');
  assert.equal(old.expand('relay_domains').value, 'example.com');
  assert.equal(old.expand('smtpd_relay_restrictions').value, '');
  const modern = config('compatibility_level = 3.6\nmydestination = example.com\n');
  assert.equal(modern.expand('relay_domains').value, '');
  assert.equal(modern.expand('smtpd_relay_restrictions').value, 'permit_mynetworks, permit_sasl_authenticated, defer_unauth_destination');
  assert.equal(modern.expand('mynetworks_style').value, 'host');
  assert.equal(old.expand('mynetworks_style').value, 'subnet');
});

test('conditional forms ${name?value} ${name:value} ${name?{a}:{b}}', () => {
  const c = config('a = x\nb =\np = ${a?yes}${b?no}\nq = ${a:no}${b:yes}\nr = ${a?{set}:{unset}} ${b?{set}:{unset}}\n');
  assert.equal(c.expand('p').value, 'yes');
  assert.equal(c.expand('q').value, 'yes');
  assert.equal(c.expand('r').value, 'set unset');
});

test('comparisons are numeric for digits and lexical otherwise', () => {
  const c = config('n = 10\nx = ${{$n} > {9} ? {num} : {lex}}\ny = ${{abc} == {abc} ? {eq} : {ne}}\n');
  assert.equal(c.expand('x').value, 'num');
  assert.equal(c.expand('y').value, 'eq');
});

test('$$ is a literal dollar and undefined names expand to nothing', () => {
  const c = config('a = cost $$5 $nothing_here end\n');
  assert.equal(c.expand('a').value, 'cost $5  end');
});

test('a cycle stops expanding instead of looping', () => {
  const c = config('a = $b\nb = $a\n');
  const r = c.expand('a');
  assert.equal(r.tooDeep, true);
  assert.equal(r.value, '');
});

test('shared references expand in linear time', () => {
  const lines = ['p0 = x'];
  for (let i = 1; i < 200; i++) lines.push(`p${i} = $p${i - 1}$p${i - 1}`);
  const c = config(lines.join('\n'));
  assert.equal(c.expand('p20').value.length, 2 ** 20);
});

test('host-derived defaults are reported as computed', () => {
  const r = config('').expand('myhostname');
  assert.equal(r.computed, true);
});

test('raw parameters are not expanded', () => {
  const raw = [...['smtpd_expansion_filter', 'default_rbl_reply']].find((n) => getParameter(n)?.type === 'raw');
  assert.ok(raw, 'catalog has a raw parameter');
  const c = config(`${raw} = $myhostname\n`);
  assert.equal(c.expand(raw!).value, '$myhostname');
});

test('resolveCompatibilityDefault picks the branch for the level', () => {
  const def = getParameter('relay_domains')!.default;
  assert.deepEqual(resolveCompatibilityDefault(def, '0'), { value: '$mydestination', dependsOnLevel: true });
  assert.deepEqual(resolveCompatibilityDefault(def, '3.6'), { value: '', dependsOnLevel: true });
  assert.deepEqual(resolveCompatibilityDefault('yes', '3.6'), { value: 'yes', dependsOnLevel: false });
});

test('a bare number in a time parameter takes the unit of the default', () => {
  assert.equal(timeUnit(getParameter('maximal_queue_lifetime')!), 'd');
  assert.equal(timeUnit(getParameter('smtpd_timeout')!), 's');
});
