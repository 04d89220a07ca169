/**
 * Hovers over real-world main.cf files (../shared/corpus): no position makes a hover throw, every
 * hover range holds the cursor and lies on the entry it explains, and no hover turns text into a link.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { parseMainCfModel } from '../../server/src/languages/mainCf';
import { mainCfHoverAt } from '../../server/src/features/hover';
import { nodeAt } from '../../server/src/parser/mainCf';
import { SHARED_DIR, settings } from '../helpers';

const CORPUS = resolve(SHARED_DIR, 'corpus', 'files');
const SKIP = existsSync(CORPUS) ? false : `skipped: ${CORPUS} is not here`;

function mainCfFiles(): string[] {
  return readdirSync(CORPUS)
    .filter((f) => /main\.cf/.test(f))
    .sort();
}

/** Start, middle and end of every run of non-blank characters. */
function wordPositions(text: string): number[] {
  const out: number[] = [];
  for (const m of text.matchAll(/\S+/g)) {
    const start = m.index ?? 0;
    const end = start + m[0].length;
    out.push(start, (start + end) >> 1, end);
  }
  return out;
}

function check(name: string, text: string, offsets: Iterable<number>, locale: 'en' | 'ja'): number {
  const model = parseMainCfModel(text);
  const s = settings({ locale });
  let found = 0;
  for (const offset of offsets) {
    let part;
    try {
      part = mainCfHoverAt(model, offset, s);
    } catch (e) {
      assert.fail(`${name} at offset ${offset}: ${(e as Error).stack}`);
    }
    if (!part) continue;
    found++;
    const node = nodeAt(model.doc, offset);
    assert.ok(part.span.start <= offset && offset <= part.span.end, `${name} at ${offset}: the range holds the cursor`);
    assert.ok(node && part.span.start >= node.start && part.span.end <= node.end, `${name} at ${offset}: the range lies on the entry`);
    assert.ok(part.markdown.length > 0 && part.markdown.length < 12000, `${name} at ${offset}: a reasonable size`);
    assert.doesNotMatch(part.markdown.replace(/`+[^`]*`+/g, ''), /\]\((?!https:\/\/www\.postfix\.org\/)/, `${name} at ${offset}`);
  }
  return found;
}

test('hovers at every word of every corpus main.cf never throw', { skip: SKIP }, () => {
  const started = Date.now();
  let hovers = 0;
  for (const file of mainCfFiles()) {
    const text = readFileSync(resolve(CORPUS, file), 'utf8');
    hovers += check(file, text, wordPositions(text), 'en');
  }
  assert.ok(hovers > 1000, `found ${hovers} hovers`);
  assert.ok(Date.now() - started < 60000, 'bounded time');
});

test('hovers at every offset of a few corpus files never throw, in both languages', { skip: SKIP }, () => {
  const files = mainCfFiles().slice(0, 3);
  assert.equal(files.length, 3);
  for (const file of files) {
    const text = readFileSync(resolve(CORPUS, file), 'utf8');
    const every = Array.from({ length: text.length + 1 }, (_, i) => i);
    assert.ok(check(file, text, every, 'en') > 0, file);
    check(file, text, every, 'ja');
  }
});
