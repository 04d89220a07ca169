/**
 * `$` expansion (EffectiveConfig): it always terminates, agrees with a plain model on acyclic
 * configurations, and agrees with the real `postconf -x` on random configurations with every
 * reference form, conditionals and comparisons included.
 *
 * Postfix stops a recursive expansion itself: mac_expand() refuses more than 100 nested macro
 * calls ("unreasonable macro call nesting") and postconf then stops with "macro processing error".
 * The server mirrors that limit and reports the value as too deep instead of expanding it.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { EffectiveConfig, MAX_EXPANSION_LENGTH } from '../../server/src/analysis/effectiveConfig';
import { parseMainCf } from '../../server/src/parser/mainCf';
import { NO_POSTCONF, configDir, postconf } from '../postfix/instance';
import { FUZZ_SEED, params, timed } from './fuzzUtil';
import { rmSync, utimesSync } from 'node:fs';
import { join } from 'node:path';

const NAMES = ['u0', 'u1', 'u2', 'u3', 'u4'];

/**
 * A config folder for postconf whose files look old: postconf waits up to two seconds when it reads
 * a file modified within the current second, which would make every sample slow.
 */
function agedConfigDir(mainCf: string): string {
  const dir = configDir(mainCf, '');
  const past = new Date(Date.now() - 60_000);
  for (const f of ['main.cf', 'master.cf']) utimesSync(join(dir, f), past, past);
  return dir;
}
const config = (text: string) => new EffectiveConfig(parseMainCf(text));

// ---------------------------------------------------------------------------------------------
// Random values with every reference form

const literal = fc.constantFrom('x', 'y', 'a-b', '1', 'q.example', '[h]:25', 'x,y');

/**
 * Text that may appear in a value, referring to `refs` (a conditional may test any name: Postfix
 * tests the value as written and does not expand it). depth bounds the nesting of conditionals.
 */
function valueText(refs: readonly string[], depth: number, withComparisons: boolean): fc.Arbitrary<string> {
  const anyName = fc.constantFrom(...NAMES, 'zz');
  const leaves: Array<fc.WeightedArbitrary<string>> = [
    { weight: 3, arbitrary: literal },
    { weight: 1, arbitrary: fc.constant('$zz') },
    { weight: 1, arbitrary: fc.constant('$$') },
  ];
  if (refs.length) {
    const name = fc.constantFrom(...refs);
    leaves.push(
      { weight: 4, arbitrary: name.map((n) => `$${n}`) },
      { weight: 2, arbitrary: name.map((n) => `\${${n}}`) },
      { weight: 1, arbitrary: name.map((n) => `$(${n})`) },
    );
  }
  const leaf = fc.oneof(...leaves);
  if (depth === 0) return leaf;
  const inner = valueText(refs, depth - 1, withComparisons);
  const options: Array<fc.WeightedArbitrary<string>> = [
    { weight: 5, arbitrary: leaf },
    { weight: 1, arbitrary: fc.tuple(anyName, inner).map(([n, t]) => `\${${n}?{${t}}}`) },
    { weight: 1, arbitrary: fc.tuple(anyName, inner).map(([n, t]) => `\${${n}:{${t}}}`) },
    { weight: 1, arbitrary: fc.tuple(anyName, inner, inner).map(([n, t, f]) => `\${${n}?{${t}}:{${f}}}`) },
    { weight: 1, arbitrary: fc.tuple(anyName, leaf).map(([n, t]) => `\${${n}?${t}}`) },
  ];
  if (withComparisons) {
    // Operands are literal: postconf expands them in a fresh context, and a cycle through them crashes it.
    options.push({
      weight: 1,
      arbitrary: fc.tuple(literal, fc.constantFrom('==', '!='), literal, inner, inner).map(([a, op, b, t, f]) => `\${{${a}} ${op} {${b}} ? {${t}} : {${f}}}`),
    });
  }
  return fc.oneof(...options);
}

const value = (refs: readonly string[], withComparisons: boolean) =>
  fc.array(valueText(refs, 2, withComparisons), { minLength: 0, maxLength: 3 }).map((parts) => parts.join(' '));

/**
 * A main.cf that sets every name; mydestination refers to all of them so postconf counts them as used.
 * acyclic: each name refers only to names after it (postconf -x fails for every name once any value
 * nests too deep, so the comparison with postconf needs configurations without cycles).
 */
const mainCfText = (withComparisons: boolean, acyclic: boolean) =>
  fc.tuple(...NAMES.map((_, i) => value(acyclic ? NAMES.slice(i + 1) : NAMES, withComparisons))).map((values) => {
    const lines = NAMES.map((n, i) => `${n} = ${values[i]}`);
    lines.push(`mydestination = ${NAMES.map((n) => `$${n}`).join(' ')}`);
    return `${lines.join('\n')}\n`;
  });

// ---------------------------------------------------------------------------------------------

test('expansion terminates on any configuration, within a bound, and never grows past the cap', (t) => {
  let n = 0;
  let deep = 0;
  fc.assert(
    fc.property(mainCfText(true, false), (text) => {
      const c = config(text);
      for (const x of NAMES) {
        const { value: e, ms } = timed(() => c.expand(x));
        assert.ok(ms < 1000, `expanding ${x} took ${ms} ms in ${text}`);
        assert.ok(e.value.length <= MAX_EXPANSION_LENGTH);
        if (e.tooDeep) deep++;
      }
      n++;
    }),
    params(300),
  );
  t.diagnostic(`seed ${FUZZ_SEED}: ${n} configurations, ${deep} expansions stopped as too deep`);
});

test('acyclic plain references expand like a simple recursive model', (t) => {
  // Name i refers only to names after it, so there is no cycle and the nesting stays small.
  const acyclic = fc.tuple(
    ...NAMES.map((_, i) =>
      fc.array(fc.oneof(literal, fc.constantFrom('$$'), ...(i + 1 < NAMES.length ? [fc.constantFrom(...NAMES.slice(i + 1)).map((n) => `$${n}`)] : [])), { maxLength: 4 }),
    ),
  );
  let n = 0;
  fc.assert(
    fc.property(acyclic, (parts) => {
      const raw = new Map(NAMES.map((x, i) => [x, parts[i].join(' ')]));
      const model = (text: string): string =>
        text.replace(/\$\$|\$([A-Za-z0-9_]+)/g, (m, ref: string | undefined) => (m === '$$' ? '$' : model(raw.get(ref!) ?? '')));
      const c = config(NAMES.map((x) => `${x} = ${raw.get(x)}`).join('\n'));
      for (const x of NAMES) {
        const e = c.expand(x);
        assert.equal(e.value, model(raw.get(x)!), `${x} in ${JSON.stringify([...raw])}`);
        assert.equal(e.tooDeep, false);
      }
      n++;
    }),
    params(300),
  );
  t.diagnostic(`seed ${FUZZ_SEED}: ${n} configurations`);
});

test('the expansion agrees with postconf -x on random configurations', { skip: NO_POSTCONF }, (t) => {
  let n = 0;
  fc.assert(
    fc.property(mainCfText(true, true), (text) => {
      const dir = agedConfigDir(text);
      try {
        const c = config(text);
        const r = postconf(dir, '-x', ...NAMES);
        assert.equal(r.status, 0, `postconf -x fails on ${JSON.stringify(text)}: ${r.messages.join('; ')}`);
        const theirs = parseOutput(r.stdout);
        for (const x of NAMES) {
          const ours = c.expand(x);
          assert.equal(ours.tooDeep, false, `postconf expands ${x} in ${JSON.stringify(text)}`);
          // postconf prints a value with each run of whitespace as one space.
          assert.equal(ours.value.replace(/\s+/g, ' ').trim(), theirs.get(x), `${x} in ${JSON.stringify(text)}`);
        }
      } finally {
        rmSync(dir, { recursive: true, force: true });
      }
      n++;
    }),
    params(150),
  );
  t.diagnostic(`seed ${FUZZ_SEED}: ${n} configurations compared with postconf -x`);
});

function parseOutput(stdout: string): Map<string, string> {
  const out = new Map<string, string>();
  for (const line of stdout.split('\n')) {
    const m = /^(\w+) =(?: (.*))?$/.exec(line);
    if (m) out.set(m[1], (m[2] ?? '').trim());
  }
  return out;
}


// ---------------------------------------------------------------------------------------------
// The nesting limit and hostile configurations

/** p0 = $p1, p1 = $p2, ... p{links} = end, and mydestination = $p0. */
function chain(links: number): string {
  const lines: string[] = [];
  for (let i = 0; i < links; i++) lines.push(`p${i} = $p${i + 1}`);
  lines.push(`p${links} = end`, 'mydestination = $p0');
  return `${lines.join('\n')}\n`;
}

test('the nesting limit is the one Postfix has: 99 links expand, 100 do not', () => {
  // Measured with postconf -x mydestination on Postfix 3.7 (the test below checks it again when postconf is here).
  assert.deepEqual(config(chain(99)).expand('mydestination'), { value: 'end', computed: false, tooDeep: false });
  assert.equal(config(chain(100)).expand('mydestination').tooDeep, true);
  // A reference to the middle of a chain expands from there, whatever was asked before.
  const c = config(chain(150));
  assert.equal(c.expand('mydestination').tooDeep, true);
  assert.deepEqual(c.expand('p60'), { value: 'end', computed: false, tooDeep: false });
});

test('postconf itself agrees on the nesting limit', { skip: NO_POSTCONF }, () => {
  for (const [links, ok] of [
    [99, true],
    [100, false],
  ] as const) {
    const dir = agedConfigDir(chain(links));
    try {
      const r = postconf(dir, '-x', 'mydestination');
      assert.equal(r.status === 0, ok, `${links} links: ${r.messages.join('; ')}`);
      if (!ok) assert.ok(r.messages.some((m) => m.includes('unreasonable macro call nesting')));
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  }
});

test('a conditional tests the value as written, not its expansion (as postconf -x does)', () => {
  const c = config('empty =\ne2 = $empty\nmydestination = ${e2?{set}:{unset}}\nmyorigin = ${empty?{set}:{unset}}\n');
  assert.equal(c.expand('mydestination').value, 'set');
  assert.equal(c.expand('myorigin').value, 'unset');
});

test('100,000 references in a cycle: expansion stops at once and says so', () => {
  const text = `a = ${'$b '.repeat(100_000)}\nb = $a\nmydestination = $a\n`;
  const { value: e, ms } = timed(() => config(text).expand('mydestination'));
  assert.equal(e.tooDeep, true);
  assert.ok(ms < 5000, `${ms} ms`);
});

test('a value that doubles at each step stops at the length cap instead of exhausting memory', () => {
  const lines = ['p0 = xxxxxxxx'];
  for (let i = 1; i <= 60; i++) lines.push(`p${i} = $p${i - 1} $p${i - 1}`);
  const { value: e, ms } = timed(() => config(lines.join('\n')).expand('p60'));
  assert.equal(e.tooDeep, true);
  assert.ok(e.value.length <= MAX_EXPANSION_LENGTH);
  assert.ok(ms < 5000, `${ms} ms`);
});

test('deeply nested ${ and ${x? forms end without error', () => {
  for (const value of ['${'.repeat(50_000), '${a?'.repeat(5000) + 'x' + '}'.repeat(5000), '${{'.repeat(2000), '$('.repeat(50_000) + ')'.repeat(50_000)]) {
    const { value: e, ms } = timed(() => config(`a = 1\nmydestination = ${value}\n`).expand('mydestination'));
    assert.ok(ms < 5000, `${ms} ms`);
    assert.equal(typeof e.value, 'string');
  }
});
