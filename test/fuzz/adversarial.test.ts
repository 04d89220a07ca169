/**
 * Hostile documents through every feature of every mode: a 1 MB single line, deeply nested `${`,
 * 100,000 `$` references in a cycle, a chain of 100,000 names that loops, a value that doubles at
 * each step, and files made only of NULs, carriage returns or a BOM. Nothing may throw, answers stay
 * inside the document, and each call returns within a bound (generous: CI machines are slow).
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { createLanguageService } from '../../server/src/languageService';
import { MODES } from '../../server/src/languages';
import { LanguageSettings } from '../../server/src/settings';
import { settings as baseSettings } from '../helpers';
import { exercise, stats } from './exercise';
import { FUZZ_SEED, rangesInside } from './fuzzUtil';

/** Most time one call may take on these megabyte-sized documents. */
const BOUND_MS = 15000;
const SETTINGS: LanguageSettings = { ...baseSettings(), inlayHints: { expandedValues: true } };

const FILE_NAMES: Record<string, string> = { 'postfix-main': 'main.cf', 'postfix-master': 'master.cf', 'postfix-log': 'mail.log', 'postfix-table': 'access' };
/** What a line starts with in each kind of file, so the hostile part lands where values are parsed. */
const PREFIX: Record<string, string> = {
  'postfix-main': 'mydestination = ',
  'postfix-master': 'smtp inet n - y - - smtpd -o smtpd_client_restrictions=',
  'postfix-log': 'Nov 30 10:01:02 mail postfix/smtpd[1234]: warning: ',
  'postfix-table': 'example.com REJECT ',
};

/** A deterministic 1 MB line of characters the parsers care about. */
function megabyteLine(seed: number): string {
  const chars = 'abcdefghijklmnopqrstuvwxyz0123456789_$ ,={}:-/.#[]<>';
  let x = seed >>> 0;
  const out: string[] = [];
  for (let i = 0; i < 1 << 20; i++) {
    x = (Math.imul(x, 1103515245) + 12345) >>> 0;
    out.push(chars[(x >>> 16) % chars.length]);
  }
  return out.join('');
}

const languages = MODES.flatMap((m) => m.languageIds);
const doc = (languageId: string, text: string) => TextDocument.create(`file:///hostile/${FILE_NAMES[languageId] ?? 'file.cf'}`, languageId, 1, text);
const middle = (d: TextDocument) => [d.positionAt(0), d.positionAt(d.getText().length >> 1), d.positionAt(d.getText().length)];

test('the range check itself catches a position outside the document', () => {
  const d = doc('postfix-main', 'a = b\n');
  assert.equal(rangesInside({ range: { start: { line: 0, character: 0 }, end: { line: 0, character: 6 } } }, d).length, 1);
  assert.equal(rangesInside({ range: { start: { line: 2, character: 0 }, end: { line: 2, character: 0 } } }, d).length, 2);
  assert.deepEqual(rangesInside({ uri: 'file:///elsewhere', range: { start: { line: 9, character: 0 }, end: { line: 9, character: 0 } } }, d), []);
});

for (const languageId of languages) {
  test(`${languageId}: a 1 MB single line`, (t) => {
    const line = megabyteLine(FUZZ_SEED);
    for (const text of [`${PREFIX[languageId] ?? ''}${line}\n`, `${line}\n`]) {
      const d = doc(languageId, text);
      exercise(createLanguageService({}), d, middle(d), SETTINGS, BOUND_MS);
    }
    t.diagnostic(`validate max ${stats.get('validate')?.maxMs.toFixed(0)} ms so far`);
  });

  test(`${languageId}: deeply nested \${, NULs, lone CRs and a BOM`, () => {
    const texts = [
      `${PREFIX[languageId] ?? ''}${'${'.repeat(50_000)}\n`,
      `${PREFIX[languageId] ?? ''}${'${a?{'.repeat(5000)}x${'}}'.repeat(5000)}\n`,
      `${PREFIX[languageId] ?? ''}${'$('.repeat(50_000)}\n`,
      '\0'.repeat(10_000),
      '\r'.repeat(10_000),
      '\r\n'.repeat(5000) + '\n\r'.repeat(5000),
      '\uFEFF',
      '\uFEFF\uFEFFmyhostname = a\r\n\r\n\tb\r',
      '',
    ];
    for (const text of texts) {
      const d = doc(languageId, text);
      exercise(createLanguageService({}), d, middle(d), SETTINGS, BOUND_MS);
    }
  });
}

test('main.cf: 100,000 $ references in a cycle (a = $b ..., b = $a)', () => {
  const d = doc('postfix-main', `a = ${'$b '.repeat(100_000)}\nb = $a\nmydestination = $a\n`);
  const ls = createLanguageService({});
  exercise(ls, d, [{ line: 2, character: 17 }], SETTINGS, BOUND_MS);
  const hover = ls.hover(d, { line: 2, character: 17 }, SETTINGS);
  assert.ok(hover, 'the reference to a cycle still has a hover');
});

test('main.cf: a chain of 100,000 names that loops back to the first', () => {
  const lines: string[] = [];
  for (let i = 0; i < 100_000; i++) lines.push(`p${i} = $p${(i + 1) % 100_000}`);
  lines.push('mydestination = $p0');
  const d = doc('postfix-main', `${lines.join('\n')}\n`);
  exercise(createLanguageService({}), d, [{ line: 50_000, character: 10 }], SETTINGS, BOUND_MS);
});

test('main.cf: a value that doubles at each of 60 steps', () => {
  const lines = ['p0 = xxxxxxxx'];
  for (let i = 1; i <= 60; i++) lines.push(`p${i} = $p${i - 1} $p${i - 1}`);
  lines.push('mydestination = $p60');
  const d = doc('postfix-main', `${lines.join('\n')}\n`);
  exercise(createLanguageService({}), d, [{ line: 61, character: 17 }, { line: 30, character: 7 }], SETTINGS, BOUND_MS);
});

test('the slowest call on these documents', (t) => {
  const slowest = [...stats].sort((a, b) => b[1].maxMs - a[1].maxMs).slice(0, 6);
  t.diagnostic(slowest.map(([m, s]) => `${m} ${s.maxMs.toFixed(0)} ms (${s.calls} calls)`).join('; '));
  assert.ok(slowest.length > 0 && slowest[0][1].maxMs < BOUND_MS);
});

test('main.cf: address and restriction lists whose references fan out, in a chain and in a cycle', () => {
  // Each list names the next one twice: followed naively, the words would be visited 2^25 times.
  const lines = ['mynetworks = $n1 $n1', 'smtpd_recipient_restrictions = $r1 $r1'];
  for (let i = 1; i < 25; i++) lines.push(`n${i} = $n${i + 1} \${n${i + 1}}`, `r${i} = $r${i + 1}, $r${i + 1}`);
  lines.push('n25 = 10.0.0.1/8 $mynetworks', 'r25 = permit_mynetworks reject_unauth_destination $smtpd_recipient_restrictions');
  const text = `${lines.join('\n')}\n`;
  const d = doc('postfix-main', text);
  const ls = createLanguageService({});
  exercise(ls, d, [{ line: 0, character: 14 }], SETTINGS, BOUND_MS);
  const networks = ls.validate(d, SETTINGS).filter((x) => x.code === 'invalid-network');
  assert.equal(networks.length, 1, 'the one bad network is reported once, where it is written');
  assert.equal(networks[0].range.start.line, lines.length - 2);
  assert.equal(d.getText(networks[0].range), '10.0.0.1/8');
});
