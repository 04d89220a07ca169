/**
 * The lookup table parser: exact spans, and the problems Postfix 3.7 reports for each format
 * (the expected results were observed with postmap -q on a Debian 3.7.11 install; the pattern
 * verdicts were observed with regexp: (glibc regcomp) and pcre: (PCRE2) tables).
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { CidrRule, PlainEntry, RegexpRule, TableDocument, checkPattern, formatAddress, parseIPv4, parseIPv6, parseTable } from '../../server/src/parser/table';

/** Problems as [code, variant, covered text]. */
function problems(doc: TableDocument): Array<[string, string, string]> {
  return doc.problems.map((p) => [p.code, p.variant, doc.text.slice(p.span.start, p.span.end)]);
}

test('postmap input: key and value spans, continuation lines joined as postmap joins them', () => {
  const text = '# c\nexample.com   REJECT go\n   away now  \nb  OK\n';
  const doc = parseTable(text, 'plain');
  const entries = doc.nodes.filter((n): n is PlainEntry => n.kind === 'entry');
  assert.equal(entries.length, 2);
  assert.deepEqual([entries[0].key.start, entries[0].key.end, entries[0].key.text], [4, 15, 'example.com']);
  // postmap keeps the continuation line's leading whitespace and trims the end.
  assert.equal(entries[0].value?.text, 'REJECT go   away now');
  assert.deepEqual([entries[0].value?.start, entries[0].value?.end], [18, 39]);
  assert.equal(text.slice(36, 39), 'now');
  assert.equal(entries[1].value?.text, 'OK');
  assert.deepEqual(problems(doc), []);
});

test('postmap input: quoting and backslashes decide where the key ends', () => {
  const doc = parseTable('"quoted key" OK\na\\ b  OK\n', 'plain');
  const entries = doc.nodes.filter((n): n is PlainEntry => n.kind === 'entry');
  assert.deepEqual(entries.map((e) => [e.key.text, e.value?.text]), [['"quoted key"', 'OK'], ['a\\ b', 'OK']]);
});

test('postmap input: the lines postmap warns about or skips', () => {
  const doc = parseTable('  orphan x\nnokey\nbar: x\n"unbalanced OK\nexample.com OK\nEXAMPLE.com REJECT\n', 'plain');
  assert.deepEqual(problems(doc), [
    ['table-leading-whitespace', 'default', 'orphan x'],
    ['table-missing-value', 'plain', 'nokey'],
    ['table-alias-format', 'default', ':'],
    ['table-unbalanced-quote', 'default', '"unbalanced OK'],
    ['table-duplicate-key', 'default', 'EXAMPLE.com'],
  ]);
  // The duplicate points at the first entry, which postmap keeps.
  const dup = doc.problems[4];
  assert.equal(doc.text.slice(dup.related!.start, dup.related!.end), 'example.com');
  // The orphan's fix removes only the leading whitespace.
  assert.deepEqual(doc.problems[0].fix, { span: { start: 0, end: 2 }, text: '' });
});

test('cidr: addresses, prefixes and negation are decoded', () => {
  const doc = parseTable('192.168.0.0/16 OK\n!10.0.0.0/8 REJECT\n[2001:db8::]/32 DUNNO\n2001:db8::1 OK\n! 1.2.3.4 x\n', 'cidr');
  const rules = doc.nodes.filter((n): n is CidrRule => n.kind === 'cidr');
  assert.deepEqual(
    rules.map((r) => [r.pattern?.text.text, r.pattern?.negate, r.pattern?.address?.family, r.pattern?.address?.prefix, r.value?.text]),
    [
      ['192.168.0.0/16', false, 4, 16, 'OK'],
      ['10.0.0.0/8', true, 4, 8, 'REJECT'],
      ['[2001:db8::]/32', false, 6, 32, 'DUNNO'],
      ['2001:db8::1', false, 6, 128, 'OK'],
      ['1.2.3.4', true, 4, 32, 'x'],
    ],
  );
  assert.deepEqual(problems(doc), []);
});

test('cidr: every error postmap 3.7 reports, with the rule skipped', () => {
  const text = [
    '192.168.1.1/24 REJECT',
    '10.0.0.0/33 REJECT',
    '10.0.0.0/8',
    '300.1.1.1 REJECT',
    '300.1.1.1/8 REJECT',
    '[2001:db8::3 OK',
    '2001:db8::/129 x',
    '10.0.0.0/ x',
    '1.2.3.4/32x z',
    '01.2.3.4 q',
    '1.2.3.4/0 zero',
    '[1.2.3.4]x br',
    'if1.2.3.4',
    '!',
    '',
  ].join('\n');
  const doc = parseTable(text, 'cidr');
  assert.deepEqual(problems(doc), [
    ['table-invalid-cidr', 'host-bits', '192.168.1.1/24'],
    ['table-invalid-cidr', 'bad-mask-length', '33'],
    ['table-missing-value', 'cidr', '10.0.0.0/8'],
    ['table-invalid-cidr', 'bad-address', '300.1.1.1'],
    ['table-invalid-cidr', 'bad-network', '300.1.1.1/8'],
    ['table-invalid-cidr', 'missing-bracket', '[2001:db8::3'],
    ['table-invalid-cidr', 'bad-mask-length', '129'],
    ['table-invalid-cidr', 'bad-mask-value', '10.0.0.0/'],
    ['table-invalid-cidr', 'bad-mask-value', '32x'],
    ['table-invalid-cidr', 'bad-address', '01.2.3.4'],
    ['table-invalid-cidr', 'host-bits', '1.2.3.4/0'],
    ['table-invalid-cidr', 'garbage-after-bracket', 'x'],
    ['table-invalid-cidr', 'bad-address', 'if1.2.3.4'],
    ['table-invalid-cidr', 'no-pattern', '!'],
  ]);
  assert.deepEqual(doc.problems[0].args, ['192.168.1.1/24', '192.168.1.0/24']);
  assert.deepEqual(doc.problems[0].fix?.text, '192.168.1.0/24');
  assert.deepEqual(doc.problems[10].args, ['1.2.3.4/0', '0.0.0.0/0']);
  assert.ok(doc.nodes.filter((n): n is CidrRule => n.kind === 'cidr').every((r) => r.skipped));
});

test('cidr: IF/ENDIF pairing, and ENDIF with text after it is skipped', () => {
  const text = 'if 172.16.0.0/12\n172.16.1.1 OK\nendif\nendif\nIF !10.0.0.0/8\nendif extra\nif 1.2.3.0/24 extra\n';
  const doc = parseTable(text, 'cidr');
  assert.deepEqual(problems(doc), [
    ['table-unmatched-endif', 'default', 'endif'],
    ['table-unmatched-endif', 'cidr-garbage', 'extra'],
    ['table-invalid-cidr', 'bad-mask-value', '24 extra'],
    ['table-unclosed-if', 'default', 'IF'],
  ]);
  const ifs = doc.nodes.filter((n) => n.kind === 'if');
  assert.equal(ifs[0].kind === 'if' && ifs[0].endif?.start, 31);
  assert.equal(ifs[1].kind === 'if' && ifs[1].cidr?.negate, true);
});

test('regexp: patterns, flags, second pattern and replacement', () => {
  const text = '/^(.*)@example\\.com$/i  REDIRECT $1@example.net\n/^From:/!/trusted/ WARN spoof\n';
  const doc = parseTable(text, 'regexp');
  const rules = doc.nodes.filter((n): n is RegexpRule => n.kind === 'regexp');
  assert.deepEqual(rules[0].patterns.map((p) => [p.source.text, p.flags.text, p.negate, p.groups]), [['^(.*)@example\\.com$', 'i', false, 1]]);
  assert.equal(rules[0].value?.text, 'REDIRECT $1@example.net');
  assert.equal(rules[0].maxSubstitution, 1);
  assert.deepEqual(rules[1].patterns.map((p) => [p.source.text, p.negate]), [['^From:', false], ['trusted', true]]);
  assert.deepEqual([rules[1].patterns[1].start, rules[1].patterns[1].end], [text.indexOf('!/trusted'), text.indexOf(' WARN')]);
  assert.deepEqual(problems(doc), []);
});

test('regexp: what postmap 3.7 reports for each broken line', () => {
  const text = [
    '/unclosed  REJECT',
    '/x/q  REJECT',
    '/(a)/ REJECT $2',
    '!/neg/ REJECT $1',
    '/a[/  REJECT',
    '/a/',
    'foo bar',
    '/(?i)a/ REJECT',
    '/a/ x$',
    '/(a)/ ${1',
    '/(a)/ $0',
    '/(a)/ ${x}',
    'if /z/ extra',
    'endif',
    'endif',
    '',
  ].join('\n');
  assert.deepEqual(problems(parseTable(text, 'regexp')), [
    ['table-regexp-syntax', 'no-closing-delimiter', '/unclosed  REJECT'],
    ['table-regexp-syntax', 'unknown-flag', 'q'],
    ['table-regexp-replacement', 'out-of-range', '$2'],
    ['table-regexp-replacement', 'negative', '$1'],
    ['table-regexp-syntax', 'unclosed-bracket', '['],
    ['table-empty-result', 'default', '/a/'],
    ['table-unrecognized-line', 'regexp', 'foo bar'],
    ['table-regexp-syntax', 'posix-group', '(?'],
    ['table-regexp-replacement', 'empty-name', '$'],
    ['table-regexp-replacement', 'truncated', '${1'],
    ['table-regexp-replacement', 'zero', '$0'],
    ['table-regexp-replacement', 'non-numeric', '${x}'],
    ['table-extra-text', 'if', 'extra'],
    ['table-unmatched-endif', 'default', 'endif'],
  ]);
});

test('pcre: flags PCRE accepts, the obsolete X flag, and "!" is no second pattern', () => {
  const text = '/x/imsxAEU OK\n/x/X OK\n/a/! REJECT\n/(?<n>a)/ REJECT $1\n/(?i)a/ OK\n';
  assert.deepEqual(problems(parseTable(text, 'pcre')), [
    ['table-obsolete-flag', 'default', 'X'],
    ['table-regexp-syntax', 'unknown-flag', '!'],
  ]);
  // The same s flag is not a regexp: flag.
  assert.deepEqual(problems(parseTable('/x/s OK\n', 'regexp')), [['table-regexp-syntax', 'unknown-flag', 's']]);
});

test('a rule continued on the next line keeps exact spans', () => {
  const text = '/(a)/ REJECT\n  see $3\n';
  const doc = parseTable(text, 'pcre');
  assert.deepEqual(problems(doc), [['table-regexp-replacement', 'out-of-range', '$3']]);
  assert.equal(doc.problems[0].span.start, text.indexOf('$3'));
});

// Verdicts observed with Postfix 3.7.11 on Debian 12: regexp: uses glibc regcomp, pcre: uses PCRE2.
const ENGINE_FACTS: Array<[string, boolean, boolean]> = [
  // pattern, regexp accepts, pcre accepts
  ['abc', true, true],
  ['a(b', false, false],
  ['a)b', true, false],
  ['a[b', false, false],
  ['[]a]', true, true],
  ['[^]a]', true, true],
  ['[z-a]', false, false],
  ['a{2,1}', false, false],
  ['a{,2}', true, true],
  ['a{', false, true],
  ['a{x}', false, true],
  ['*a', false, false],
  ['a**', true, false],
  ['a|*b', false, false],
  ['()', true, true],
  ['[[:alpha:]]', true, true],
  ['[[:foo:]]', false, false],
  ['[[:alpha:]', false, false],
  ['\\1', false, false],
  ['(a)\\1', true, true],
  ['(a)\\2', false, false],
  ['(?i)a', false, true],
  ['(?:a)', false, true],
  ['a{65536}', false, false],
  ['a{32768}', false, true],
  ['^*', false, false],
  ['$*', false, false],
  ['[\\]]', true, true],
  ['[a\\]b', true, false],
  ['x{1}{2}', true, false],
  ['a*?', true, true],
  ['a+?', true, true],
  ['{1}a', false, false],
  ['a{}', false, true],
  ['[[.a.]]', true, false],
  ['[[.foo.]]', false, false],
  ['[a-[:alpha:]]', false, false],
  ['[[:alpha:]-z]', false, false],
];

test('pattern checks agree with glibc regcomp and PCRE2 on every observed pattern', () => {
  for (const [pattern, re, pc] of ENGINE_FACTS) {
    assert.equal(!checkPattern(pattern, 'regexp', { extended: true }).error, re, `regexp ${pattern}`);
    assert.equal(!checkPattern(pattern, 'pcre', { extended: false }).error, pc, `pcre ${pattern}`);
  }
});

test('pattern checks: basic regular expressions (regexp x flag) and PCRE extended mode', () => {
  assert.equal(checkPattern('\\(a\\)\\1', 'regexp', { extended: false }).error, undefined);
  assert.equal(checkPattern('(a', 'regexp', { extended: false }).error, undefined);
  assert.equal(checkPattern('a\\{2,1\\}', 'regexp', { extended: false }).error?.kind, 'interval-order');
  // With x, PCRE ignores everything after #.
  assert.equal(checkPattern('a # (', 'pcre', { extended: true }).error, undefined);
  assert.equal(checkPattern('a (', 'pcre', { extended: true }).error?.kind, 'unclosed-group');
});

test('capturing groups are counted as each engine counts them', () => {
  assert.equal(checkPattern('(a)(?:b)(?<n>c)(?=d)', 'pcre', { extended: false }).groups, 2);
  assert.equal(checkPattern('(a)(b)', 'regexp', { extended: true }).groups, 2);
  assert.equal(checkPattern('\\(a\\)(b)', 'regexp', { extended: false }).groups, 1);
  // A branch reset group makes the count unknown, so no range check is made.
  assert.equal(checkPattern('(?|(a)|(b))', 'pcre', { extended: false }).groups, undefined);
});

test('addresses are read and written as inet_pton and inet_ntop do', () => {
  assert.deepEqual(parseIPv4('192.0.2.1'), [192, 0, 2, 1]);
  for (const bad of ['01.2.3.4', '1.2.3', '256.1.1.1', '1.2.3.4.5', '1..2.3']) assert.equal(parseIPv4(bad), undefined, bad);
  assert.deepEqual(parseIPv6('::ffff:10.0.0.1')?.slice(10), [0xff, 0xff, 10, 0, 0, 1]);
  for (const bad of ['1:2:3:4:5:6:7:8:9', '1::2::3', ':1::', '1:2:3:4:5:6:7:8::', '12345::', 'fe80::1%eth0']) assert.equal(parseIPv6(bad), undefined, bad);
  assert.ok(parseIPv6('1:2:3:4:5:6:7::'));
  assert.equal(formatAddress(parseIPv6('2001:0db8:0000:0000:0000:0000:0000:0001')!, 6), '2001:db8::1');
  assert.equal(formatAddress(parseIPv6('::ffff:10.0.0.1')!, 6), '::ffff:10.0.0.1');
  assert.equal(formatAddress(parseIPv6('::')!, 6), '::');
  assert.equal(formatAddress(parseIPv6('1:0:0:1::')!, 6), '1:0:0:1::');
});

test('the parser never throws and covers every line', () => {
  const nasty = ['', '\n', '\r\n\r\n', '/', '!', '!!!', 'if', 'endif', '[', '$', '/(/ $', 'a\\', '"', '\t\t', '#', '/a/ ${', 'if /', '::/0 x', '[::]/0 x'];
  for (const format of ['plain', 'cidr', 'regexp', 'pcre'] as const) {
    for (const text of nasty) {
      const doc = parseTable(text, format);
      for (const p of doc.problems) assert.ok(p.span.start <= p.span.end && p.span.end <= text.length, `${format} ${JSON.stringify(text)}`);
    }
  }
});
