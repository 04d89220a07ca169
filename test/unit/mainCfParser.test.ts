import { test } from 'node:test';
import assert from 'node:assert/strict';
import { entryItems, entryReferences, parseMainCf } from '../../server/src/parser/mainCf';
import { lineNumberAt } from '../../server/src/parser/lines';
import { findReferences, splitItems } from '../../server/src/parser/values';

const slice = (text: string, span: { start: number; end: number }) => text.slice(span.start, span.end);

test('a simple entry keeps the name and value offsets', () => {
  const text = 'myhostname = mail.example.com\n';
  const [entry] = parseMainCf(text).entries;
  assert.equal(entry.name, 'myhostname');
  assert.deepEqual(entry.nameSpan, { start: 0, end: 10 });
  assert.equal(entry.equals, 11);
  assert.equal(entry.value.text, 'mail.example.com');
  assert.equal(slice(text, entry.value), 'mail.example.com');
});

test('# after a value is part of the value, as in Postfix', () => {
  const [entry] = parseMainCf('myhostname = mail.example.com # primary\n').entries;
  assert.equal(entry.value.text, 'mail.example.com # primary');
});

test('continuation lines join with their leading whitespace; comments and blanks inside do not end the entry', () => {
  const text = 'mynetworks = 127.0.0.0/8,\n  # a comment\n\n  192.168.0.0/16\nrelayhost =\n';
  const doc = parseMainCf(text);
  assert.equal(doc.entries.length, 2);
  const [mynetworks, relayhost] = doc.entries;
  assert.equal(mynetworks.value.text, '127.0.0.0/8,  192.168.0.0/16');
  assert.equal(relayhost.value.text, '');
  const items = entryItems(mynetworks);
  assert.deepEqual(items.map((i) => i.text), ['127.0.0.0/8', '192.168.0.0/16']);
  assert.equal(slice(text, items[1].span), '192.168.0.0/16');
  assert.deepEqual(doc.nodes.map((n) => n.kind), ['entry', 'comment', 'entry']);
});

test('a line without "=" and a line with no name are invalid nodes', () => {
  const doc = parseMainCf('bogus line\n= value\nok = 1\n');
  assert.deepEqual(doc.nodes.map((n) => n.kind), ['invalid', 'invalid', 'entry']);
  const [a, b] = doc.nodes;
  assert.ok(a.kind === 'invalid' && a.reason === 'missing-equals' && a.name === 'bogus');
  assert.ok(b.kind === 'invalid' && b.reason === 'missing-name');
});

test('an indented first line is an orphan that swallows its own continuation lines', () => {
  const text = '# c\n  foo = bar\n  myhostname = x\nmydomain = example.com\n';
  const doc = parseMainCf(text);
  assert.deepEqual(doc.nodes.map((n) => n.kind), ['comment', 'orphan', 'entry']);
  assert.equal(doc.entries[0].name, 'mydomain');
});

test('CRLF and lone CR line ends are line breaks', () => {
  const doc = parseMainCf('a = 1\r\nb = 2\rc = 3');
  assert.deepEqual(doc.entries.map((e) => [e.name, e.value.text]), [['a', '1'], ['b', '2'], ['c', '3']]);
});

test('duplicates are all kept, in order, by name', () => {
  const doc = parseMainCf('mydomain = a\nmydomain = b\n');
  assert.deepEqual(doc.byName.get('mydomain')?.map((e) => e.value.text), ['a', 'b']);
});

test('list items respect { } grouping', () => {
  const items = splitItems('check_policy_service { inet:127.0.0.1:10031, timeout=10s }, permit');
  assert.deepEqual(items.map((i) => i.text), ['check_policy_service', '{ inet:127.0.0.1:10031, timeout=10s }', 'permit']);
  assert.deepEqual(splitItems('inline:{ a=b, { c = d, e } } x').map((i) => i.text), ['inline:{ a=b, { c = d, e } }', 'x']);
});

test('references in every form, with exact spans', () => {
  const value = '$a ${b} $(c) $$literal ${d?{$e}:{x}} ${f:g} ${{$compatibility_level} <level {2} ? {$h} : {}}';
  const refs = findReferences(value);
  const named = refs.filter((r) => r.name).map((r) => [r.name, value.slice(r.nameStart, r.nameEnd), r.form]);
  assert.deepEqual(named, [
    ['a', 'a', 'plain'],
    ['b', 'b', 'braced'],
    ['c', 'c', 'paren'],
    ['d', 'd', 'conditional'],
    ['e', 'e', 'plain'],
    ['f', 'f', 'conditional'],
    ['compatibility_level', 'compatibility_level', 'plain'],
    ['h', 'h', 'plain'],
  ]);
  const d = refs.find((r) => r.name === 'd')!;
  assert.equal(value.slice(d.start, d.end), '${d?{$e}:{x}}');
});

test('malformed references are marked as Postfix reports them', () => {
  const [truncated] = findReferences('x ${abc');
  assert.equal(truncated.error, 'truncated');
  const [empty] = findReferences('cost $ 5');
  assert.equal(empty.error, 'empty-name');
});

test('reference spans map into the document across continuation lines', () => {
  const text = 'smtpd_banner = $myhostname\n    ESMTP $mail_name\n';
  const [entry] = parseMainCf(text).entries;
  const refs = entryReferences(entry);
  assert.deepEqual(refs.map((r) => slice(text, r.span)), ['$myhostname', '$mail_name']);
  assert.deepEqual(refs.map((r) => slice(text, r.nameSpanInDoc)), ['myhostname', 'mail_name']);
});

test('the parser never throws and covers every text line', () => {
  const samples = ['', '\n', '=', '  ', '#', 'a', '${', '\u0000\u0001', 'x = ${{', ' \n \n', 'a = b\n\tc\r\n  # d\n e'];
  for (const s of samples) {
    const doc = parseMainCf(s);
    for (const n of doc.nodes) assert.ok(n.start >= 0 && n.end <= s.length && n.start <= n.end, JSON.stringify(s));
  }
});

test('lineNumberAt counts \\n, \\r\\n and a lone \\r as one break each, for any text asked in turn', () => {
  // Breaks at 2 (the \n of \r\n), 4 (a lone \r), 6 and 7.
  const text = 'a\r\nb\rc\n\nd';
  assert.deepEqual([0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 99].map((o) => lineNumberAt(text, o)), [1, 1, 1, 2, 2, 3, 3, 4, 5, 5, 5]);
  // Another text in between must not reuse the first one's breaks.
  assert.equal(lineNumberAt('x\ny\nz', 4), 3);
  assert.equal(lineNumberAt(text, 9), 5);
  assert.equal(lineNumberAt('', 3), 1);
});
