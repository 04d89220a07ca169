/** Hovers and inlay hints on values too long to show: the start of the value, and how long it is. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { EffectiveConfig } from '../../server/src/analysis/effectiveConfig';
import { VALUE_SHOWN_CHARS } from '../../server/src/features/hover/parameter';
import { createLanguageService } from '../../server/src/languageService';
import { parseMainCf } from '../../server/src/parser/mainCf';
import { cursor, mainCf, settings } from '../helpers';

/** A binary tree of references: node k refers to 2k+1 and 2k+2, each adds its own words. */
function tree(count: number): string {
  const lines: string[] = [];
  for (let k = 0; k < count; k++) {
    const refs = [2 * k + 1, 2 * k + 2].filter((c) => c < count).map((c) => ` $t${c}`);
    lines.push(`t${k} = example-${k}.com, mail.example-${k}.org,${refs.join(',')}`);
  }
  return lines.join('\n');
}

const service = createLanguageService();

function hoverText(textWithCursor: string, locale: 'en' | 'ja' = 'en'): string {
  const { text, offset } = cursor(textWithCursor);
  const doc = mainCf(text);
  const hover = service.hover(doc, doc.positionAt(offset), settings({ locale }));
  return hover && typeof hover.contents === 'object' && 'value' in hover.contents ? hover.contents.value : '';
}

test('a hover shows the start of a huge value and says how long the whole value is', () => {
  const text = tree(4000);
  const whole = new EffectiveConfig(parseMainCf(text)).expand('t0').value;
  const flat = whole.replace(/\s+/g, ' ');
  const value = hoverText(`t|0${text.slice(1)}\nrelay_domains = $t0\n`);
  const shown = `\`${flat.slice(0, VALUE_SHOWN_CHARS)}…\``;
  assert.ok(value.includes(`Value in effect: ${shown} (set on line 1) — shown in part: the whole value is ${whole.length.toLocaleString('en-US')} characters long`), value);
  assert.ok(value.length < 2000, 'the hover stays small');
  // The same on a $reference to it, and in Japanese.
  const ref = hoverText(`${text}\nrelay_domains = $t|0\n`, 'ja');
  assert.ok(ref.includes(`${shown} (1 行目で設定) — 一部のみ表示しています。値全体は ${whole.length.toLocaleString('en-US')} 文字です`), ref);
});

test('a value longer than a hover shows is cut there, with the length of the whole value', () => {
  const words = Array.from({ length: 80 }, (_, i) => `word${i}`).join(' ');
  const value = hoverText(`long|_list = ${words}\n`);
  assert.ok(value.includes(`\`${words.slice(0, VALUE_SHOWN_CHARS)}…\` (set on line 1) — shown in part: the whole value is ${words.length} characters long`), value);
});

test('a short value is shown whole, with no note', () => {
  const value = hoverText('my_|list = a,\n    b   c\n');
  assert.ok(value.includes('Value in effect: `a, b c` (set on line 1)'), value);
  assert.ok(!value.includes('shown in part'));
  assert.ok(!value.includes('…'));
  assert.match(hoverText('maximal_queue_li|fetime = 5\n'), /Value in effect: `5` \(set on line 1\) — a bare number means `5d`\n/);
});

test('"set on line N" counts continuation, comment, blank, CRLF and lone CR lines', () => {
  const text = 'a = 1\r\n  2\r\n# note\r\n\r\nb = x\rc = $a $b\n';
  assert.match(hoverText(text.replace('c = $a', 'c = $|a')), /Value in effect: `1 2` \(set on line 1\)/);
  assert.match(hoverText(text.replace('$b', '$|b')), /Value in effect: `x` \(set on line 5\)/);
  assert.match(hoverText(text.replace('c = ', 'c| = ')), /Value in effect: `1 2 x` \(set on line 6\)/);
});

test('inlay hints of a huge value show its start, and only the lines asked for get hints', () => {
  const text = `${tree(4000)}\nrelay_domains = $t0\n`;
  const doc = mainCf(text);
  const on = settings({ inlayHints: { expandedValues: true } });
  const whole = new EffectiveConfig(parseMainCf(text)).expand('t0').value.replace(/\s+/g, ' ');
  const last = doc.lineCount - 2;
  const hints = service.inlayHints(doc, { start: { line: last, character: 0 }, end: { line: last + 1, character: 0 } }, on);
  assert.deepEqual(
    hints.map((h) => [h.position.line, h.position.character, h.label]),
    [[last, 19, `= ${whole.slice(0, 39)}…`]],
  );
  assert.equal(hints[0].tooltip, `${whole.slice(0, 2000)}…`);
  // Lines 1 and 2 of the tree: t1 and t2 refer to t3 ... t6.
  const middle = service.inlayHints(doc, { start: { line: 1, character: 0 }, end: { line: 2, character: 200 } }, on);
  assert.deepEqual(
    middle.map((h) => [h.position.line, h.label.slice(0, 20)]),
    [
      [1, '= example-3.com, mai'],
      [1, '= example-4.com, mai'],
      [2, '= example-5.com, mai'],
      [2, '= example-6.com, mai'],
    ],
  );
});
