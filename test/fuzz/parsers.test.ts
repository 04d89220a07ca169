/**
 * Properties of every parser on random input: nothing throws, every span lies inside the text, and
 * what a parser says it found is really there (a name's span holds the name, a logical line's pieces
 * hold its text, the physical lines put back together give the document).
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { readLogicalLines, splitLines, toDocumentOffset } from '../../server/src/parser/lines';
import { entryItems, entryReferences, nodeAt, parseMainCf } from '../../server/src/parser/mainCf';
import { findReferences, splitItems, unbrace } from '../../server/src/parser/values';
import { parseMasterCf } from '../../server/src/parser/masterCf';
import { TABLE_FORMATS, checkPattern, parseTable, tableNodeAt } from '../../server/src/parser/table';
import { parseLogLine, parseMailLog, parseRejectLine } from '../../server/src/parser/mailLog';
import { parseAccessAction } from '../../server/src/features/table/actions';
import { referencesInValue } from '../../server/src/features/table/references';
import { FUZZ_SEED, byteText, charText, decorate, decorated, params, spansInside, tokenText } from './fuzzUtil';

/** Any text a user could open: characters, tokens, bytes, with BOMs, NULs and mixed line ends. */
const anyText = fc.tuple(fc.oneof(charText(500), tokenText(100), byteText(500)), decorate).map(([t, d]) => decorated(t, d));

const counts = new Map<string, number>();
const count = (name: string) => counts.set(name, (counts.get(name) ?? 0) + 1);

test('splitLines: the lines and their breaks give back the text; no line holds a break', (t) => {
  fc.assert(
    fc.property(anyText, (text) => {
      const lines = splitLines(text);
      let rebuilt = '';
      lines.forEach((line, i) => {
        assert.equal(line.line, i);
        assert.equal(text.slice(line.start, line.end), line.text);
        assert.doesNotMatch(line.text, /[\r\n]/);
        const next = lines[i + 1];
        rebuilt += line.text + (next ? text.slice(line.end, next.start) : text.slice(line.end));
        if (next) assert.match(text.slice(line.end, next.start), /^(\r\n|\r|\n)$/);
      });
      assert.equal(rebuilt, text);
      count('splitLines');
    }),
    params(300),
  );
  t.diagnostic(`seed ${FUZZ_SEED}: ${counts.get('splitLines')} texts`);
});

test('readLogicalLines: every physical line once, in order; pieces hold the logical text', (t) => {
  fc.assert(
    fc.property(anyText, (text) => {
      const nodes = readLogicalLines(text);
      const seen: number[] = [];
      let last = -1;
      for (const node of nodes) {
        if (node.kind === 'logical' || node.kind === 'orphan') {
          const logical = node.logical;
          assert.ok(logical.start >= last, 'nodes are in document order');
          last = logical.start;
          seen.push(...logical.lines.map((l) => l.line));
          assert.equal(logical.pieces.map((p) => text.slice(p.offset, p.offset + p.length)).join(''), logical.text);
          for (const p of logical.pieces) assert.equal(toDocumentOffset(logical, p.at), p.offset);
          assert.ok(logical.start >= 0 && logical.end <= text.length && logical.start <= logical.end);
        } else {
          assert.ok(node.line.start >= last, 'nodes are in document order');
          last = node.line.start;
          seen.push(node.line.line);
        }
      }
      assert.deepEqual([...seen].sort((a, b) => a - b), splitLines(text).map((l) => l.line));
      count('logical');
    }),
    params(300),
  );
  t.diagnostic(`seed ${FUZZ_SEED}: ${counts.get('logical')} texts`);
});

test('parseMainCf: spans inside the text, names where their spans say, nodeAt finds the node', (t) => {
  fc.assert(
    fc.property(anyText, fc.nat(), (text, at) => {
      const doc = parseMainCf(text);
      assert.deepEqual(spansInside(doc.nodes, text.length), []);
      for (const entry of doc.entries) {
        assert.equal(text.slice(entry.nameSpan.start, entry.nameSpan.end), entry.name);
        assert.equal(text[entry.equals], '=');
        assert.ok(entry.value.start >= entry.equals && entry.value.end <= entry.end);
        if (entry.logical.pieces.length === 1) assert.equal(text.slice(entry.value.start, entry.value.end), entry.value.text);
        for (const item of entryItems(entry)) {
          assert.ok(item.text.length > 0 && item.span.start >= entry.value.start && item.span.end <= entry.value.end);
        }
        for (const ref of entryReferences(entry)) {
          assert.equal(text[ref.span.start], '$');
          assert.ok(ref.span.start <= ref.nameSpanInDoc.start && ref.nameSpanInDoc.end <= ref.span.end && ref.span.end <= entry.value.end);
        }
      }
      for (const [name, list] of doc.byName) for (const e of list) assert.equal(e.name, name);
      const offset = text.length ? at % (text.length + 1) : 0;
      const node = nodeAt(doc, offset);
      if (node) assert.ok(node.start <= offset && offset <= node.end);
      count('mainCf');
    }),
    params(300),
  );
  t.diagnostic(`seed ${FUZZ_SEED}: ${counts.get('mainCf')} texts`);
});

test('splitItems and findReferences: items and references are where they say, in order, inside the value', (t) => {
  fc.assert(
    fc.property(fc.oneof(charText(200), tokenText(40)), (value) => {
      let end = 0;
      for (const item of splitItems(value)) {
        assert.ok(item.start >= end && item.end > item.start && item.end <= value.length);
        assert.equal(value.slice(item.start, item.end), item.text);
        const inner = unbrace(item);
        if (inner) assert.equal(value.slice(inner.start, inner.end), inner.text);
        end = item.end;
      }
      for (const ref of findReferences(value)) {
        assert.equal(value[ref.start], '$');
        assert.ok(ref.start < ref.end && ref.end <= value.length);
        assert.ok(ref.nameStart >= ref.start && ref.nameEnd <= ref.end && ref.nameStart <= ref.nameEnd);
        if (!ref.error) assert.equal(value.slice(ref.nameStart, ref.nameEnd), ref.name);
        if (ref.name) assert.match(ref.name, /^[A-Za-z0-9_]+$/);
      }
      count('values');
    }),
    params(500),
  );
  t.diagnostic(`seed ${FUZZ_SEED}: ${counts.get('values')} values`);
});

test('parseMasterCf: spans inside the text; fields and options hold what they say', (t) => {
  fc.assert(
    fc.property(anyText, (text) => {
      const doc = parseMasterCf(text);
      assert.deepEqual(spansInside(doc.nodes, text.length), []);
      for (const service of doc.services) {
        for (const field of service.fields) {
          assert.equal(service.logical.text.slice(field.at, field.at + field.text.length), field.text);
          if (service.logical.pieces.length === 1) assert.equal(text.slice(field.start, field.end), field.text);
        }
        for (const option of service.options) if (option.name) assert.equal(text.slice(option.nameSpan.start, option.nameSpan.end), option.name);
      }
      count('masterCf');
    }),
    params(300),
  );
  t.diagnostic(`seed ${FUZZ_SEED}: ${counts.get('masterCf')} texts`);
});

test('parseTable in every format: spans inside the text, nodes found where they are', (t) => {
  fc.assert(
    fc.property(anyText, fc.constantFrom(...TABLE_FORMATS), fc.nat(), (text, format, at) => {
      const doc = parseTable(text, format);
      assert.deepEqual(spansInside(doc.nodes, text.length), [], `nodes of ${format}`);
      assert.deepEqual(spansInside(doc.problems, text.length), [], `problems of ${format}`);
      const offset = text.length ? at % (text.length + 1) : 0;
      const node = tableNodeAt(doc, offset);
      if (node) assert.ok(node.start <= offset && offset <= node.end);
      count('table');
    }),
    params(400),
  );
  t.diagnostic(`seed ${FUZZ_SEED}: ${counts.get('table')} tables`);
});

test('checkPattern: any pattern for either engine is judged without throwing, errors point into it', (t) => {
  fc.assert(
    fc.property(fc.oneof(charText(80), fc.string({ maxLength: 80 })), fc.constantFrom('regexp' as const, 'pcre' as const), fc.boolean(), (source, engine, extended) => {
      const result = checkPattern(source, engine, { extended });
      if (result.error) assert.ok(result.error.offset >= 0 && result.error.offset <= source.length, `${engine} error offset for ${JSON.stringify(source)}`);
      if (result.groups !== undefined) assert.ok(Number.isInteger(result.groups) && result.groups >= 0);
      count('pattern');
    }),
    params(600),
  );
  t.diagnostic(`seed ${FUZZ_SEED}: ${counts.get('pattern')} patterns`);
});

test('access actions and table references in values: pieces lie inside the text', (t) => {
  fc.assert(
    fc.property(fc.oneof(charText(120), tokenText(20)), (value) => {
      const action = parseAccessAction(value);
      assert.deepEqual(spansInside(action, value.length), []);
      for (const ref of referencesInValue(value)) {
        assert.ok(0 <= ref.start && ref.start <= ref.nameStart && ref.nameStart <= ref.nameEnd && ref.nameEnd <= value.length);
      }
      count('actions');
    }),
    params(500),
  );
  t.diagnostic(`seed ${FUZZ_SEED}: ${counts.get('actions')} values`);
});

test('mail log: every line parses, tokens lie inside the line, line lookups agree with the text', (t) => {
  fc.assert(
    fc.property(anyText, fc.nat(), (text, at) => {
      const doc = parseMailLog(text);
      let lines = 0;
      for (const line of doc.lines()) {
        assert.equal(text.slice(line.start, line.end), line.text);
        const { text: _t, ...parts } = line;
        // Everything the line has found lies within the line itself.
        assert.deepEqual(spansInside(parts, line.end), []);
        for (const part of Object.values(parts)) if (part && typeof part === 'object' && 'start' in part) assert.ok((part as { start: number }).start >= line.start);
        lines++;
      }
      assert.ok(lines >= 1);
      const offset = text.length ? at % (text.length + 1) : 0;
      const span = doc.lineSpanAt(offset);
      if (span) {
        assert.ok(span.start <= offset && offset <= span.end + 1);
        assert.doesNotMatch(text.slice(span.start, span.end), /[\r\n]/);
      }
      const single = text.split(/\r\n|\r|\n/)[0] ?? '';
      const parsed = parseLogLine(single, 7);
      assert.deepEqual(spansInside({ ...parsed, text: undefined }, 7 + single.length), []);
      parseRejectLine(single);
      count('log');
    }),
    params(300),
  );
  t.diagnostic(`seed ${FUZZ_SEED}: ${counts.get('log')} logs`);
});
