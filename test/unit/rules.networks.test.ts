import { test } from 'node:test';
import assert from 'node:assert/strict';
import { applyEdits, fixesOf, messageOf, runMainCfRules } from './ruleTestUtil';
import { range } from '../helpers';
import { invalidNetwork, networkIssue } from '../../server/src/rules/mainCf/networks';
import { coversEverything, formatIPv6, parseCidr, parseIPv4, parseIPv6 } from '../../server/src/parser/addresses';

const run = (text: string, locale: 'en' | 'ja' = 'en') => runMainCfRules([invalidNetwork], text, { version: '3.7', locale });

test('IPv4 and IPv6 parsing follows inet_pton', () => {
  assert.deepEqual(parseIPv4('192.0.2.1'), [192, 0, 2, 1]);
  assert.equal(parseIPv4('10.0.0'), undefined);
  assert.equal(parseIPv4('10.0.0.256'), undefined);
  assert.equal(parseIPv4('010.0.0.1'), undefined);
  assert.deepEqual(parseIPv6('::1'), [...new Array(15).fill(0), 1]);
  assert.deepEqual(parseIPv6('::ffff:192.0.2.1')?.slice(10), [0xff, 0xff, 192, 0, 2, 1]);
  assert.equal(parseIPv6('2001:db8:::1'), undefined);
  assert.equal(parseIPv6('1:2:3:4:5:6:7:8:9'), undefined);
  assert.equal(parseIPv6('12345::'), undefined);
});

test('IPv6 formatting matches inet_ntop (which Postfix uses in its suggestion)', () => {
  const f = (s: string) => formatIPv6(parseIPv6(s) as number[]);
  assert.equal(f('2001:0db8:0000:0000:0000:0000:0000:0000'), '2001:db8::');
  assert.equal(f('0:0:0:0:0:0:0:1'), '::1');
  assert.equal(f('0:0:0:0:0:0:0:0'), '::');
  assert.equal(f('2001:db8:0:1:0:0:0:1'), '2001:db8:0:1::1');
  assert.equal(f('2001:db8:1:0:1:1:1:1'), '2001:db8:1:0:1:1:1:1');
  assert.equal(f('::ffff:c000:0201'), '::ffff:192.0.2.1');
  assert.equal(f('fe80::'), 'fe80::');
});

test('net/mask parsing mirrors cidr_match_parse', () => {
  assert.deepEqual(parseCidr('192.168.1.10/24'), { family: 4, prefix: 24, bytes: [192, 168, 1, 10], problem: 'host-bits', corrected: '192.168.1.0/24' });
  assert.equal(parseCidr('[2001:db8::1]/64').corrected, '[2001:db8::]/64');
  assert.equal(parseCidr('[2001:db8::1/64]').corrected, '[2001:db8::/64]');
  assert.equal(parseCidr('[fe80::]/10').problem, undefined);
  assert.equal(parseCidr('10.0.0.0/33').problem, 'bad-mask');
  assert.equal(parseCidr('[::]/129').problem, 'bad-mask');
  assert.equal(parseCidr('10/8').problem, 'bad-address');
  assert.equal(parseCidr('[::1').problem, 'missing-bracket');
  assert.equal(parseCidr('[::1]x').problem, 'garbage');
  assert.equal(coversEverything('0.0.0.0/0'), 4);
  assert.equal(coversEverything('[0.0.0.0]/0'), 4);
  assert.equal(coversEverything('[::]/0'), 6);
  assert.equal(coversEverything('[::/0]'), 6);
  assert.equal(coversEverything('::/0'), undefined, 'without brackets it is a (broken) table, not a network');
  assert.equal(coversEverything('0.0.0.0/1'), undefined);
});

test('words Postfix accepts in a network list raise nothing', () => {
  for (const word of ['127.0.0.0/8', '127.0.0.1', '[::1]/128', '[::ffff:127.0.0.0]/104', '[fe80::]/10', '!192.0.2.0/24', 'mail.example.com', '.example.com', 'cafe.be', '/etc/postfix/networks', 'cidr:/etc/postfix/nets.cidr', 'hash:/etc/postfix/nets', '!cidr:/x', '[2001:db8::/32]', '0.0.0.0/0']) {
    assert.equal(networkIssue(word), undefined, word);
  }
});

test('invalid-network: IPv6 without brackets starting with ":" stops smtpd; the fix adds brackets', () => {
  const text = 'mynetworks = 127.0.0.0/8 ::1/128\n';
  const r = run(text);
  assert.equal(r.diagnostics.length, 1);
  const d = r.diagnostics[0];
  assert.equal(d.code, 'invalid-network');
  assert.equal(d.severity, 1);
  assert.deepEqual(d.range, range(0, 25, 0, 32));
  assert.match(messageOf(d), /fatal: open dictionary: expecting "type:name" form/);
  const fix = fixesOf(d)[0];
  assert.equal(fix.safe, true);
  const fixed = applyEdits(r.document, fix.edits);
  assert.equal(fixed, 'mynetworks = 127.0.0.0/8 [::1]/128\n');
  assert.equal(run(fixed).diagnostics.length, 0);
});

test('invalid-network: other unbracketed IPv6 become a lookup table of an unknown type', () => {
  const r = run('mynetworks = 127.0.0.0/8, 2001:db8::/32, !fe80::1\n');
  assert.deepEqual(r.texts, ['2001:db8::/32', '!fe80::1']);
  assert.match(messageOf(r.diagnostics[0]), /unsupported dictionary type.*451 4\.3\.0 Temporary lookup failure.*"\[2001:db8::\]\/32"/);
  assert.equal(applyEdits(r.document, fixesOf(r.diagnostics[1])[0].edits), 'mynetworks = 127.0.0.0/8, 2001:db8::/32, ![fe80::1]\n');
});

test('invalid-network: host bits set; the fix writes the network Postfix suggests (not marked safe: it widens the entry)', () => {
  const text = 'compatibility_level = 3.6\nmynetworks = 127.0.0.0/8\n  192.168.1.10/24\n  [2001:db8::1]/64\n';
  const r = run(text);
  assert.deepEqual(r.texts, ['192.168.1.10/24', '[2001:db8::1]/64']);
  assert.deepEqual(r.diagnostics[0].range, range(2, 2, 2, 17));
  assert.match(messageOf(r.diagnostics[0]), /non-null host address bits.*"192\.168\.1\.0\/24"/);
  assert.equal(fixesOf(r.diagnostics[0])[0].safe, false);
  const fixed = applyEdits(r.document, [...fixesOf(r.diagnostics[0])[0].edits, ...fixesOf(r.diagnostics[1])[0].edits]);
  assert.equal(fixed, 'compatibility_level = 3.6\nmynetworks = 127.0.0.0/8\n  192.168.1.0/24\n  [2001:db8::]/64\n');
  assert.equal(run(fixed).diagnostics.length, 0);
});

test('invalid-network: bad prefix length and incomplete addresses', () => {
  const r = run('mynetworks = 10.0.0.0/33, 10/8, [2001:db8::]/200, 192.168/16\n');
  assert.deepEqual(r.texts, ['10.0.0.0/33', '10/8', '[2001:db8::]/200', '192.168/16']);
  assert.match(messageOf(r.diagnostics[0]), /from 0 to 32/);
  assert.match(messageOf(r.diagnostics[2]), /from 0 to 128/);
  assert.match(messageOf(r.diagnostics[1]), /complete IPv4 address/);
  assert.equal(fixesOf(r.diagnostics[1]).length, 0);
});

test('invalid-network: other network lists too, each word reported once, through $name', () => {
  const text = 'my_nets = 192.0.2.1/24\nmynetworks = $my_nets\npermit_mx_backup_networks = 2001:db8::/48\nsmtpd_client_event_limit_exceptions = $mynetworks\n';
  const r = run(text);
  assert.deepEqual(r.texts, ['192.0.2.1/24', '2001:db8::/48']);
  assert.match(messageOf(r.diagnostics[1]), /in permit_mx_backup_networks/);
  // Not a network list: relayhost and friends are left alone.
  assert.equal(run('relayhost = [2001:db8::1]:25\ninet_interfaces = ::1\n').diagnostics.length, 0);
});

test('invalid-network speaks Japanese', () => {
  assert.match(messageOf(run('mynetworks = ::1\n', 'ja').diagnostics[0]), /\[ \] で囲まれていない IPv6 アドレス/);
});
