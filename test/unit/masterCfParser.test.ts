import { test } from 'node:test';
import assert from 'node:assert/strict';
import { MasterOption, argumentText, parseMasterCf, serviceCommand, serviceKey } from '../../server/src/parser/masterCf';
import { parseInetService, validHostname, validIpv4, validIpv6 } from '../../server/src/rules/masterCf/address';

const slice = (text: string, span: { start: number; end: number }) => text.slice(span.start, span.end);

function describe(text: string, o: MasterOption) {
  return { name: slice(text, o.nameSpan), value: slice(text, o.valueSpan), all: slice(text, o), parsed: [o.name, o.value] };
}

test('the eight columns, the command and its arguments, with exact offsets', () => {
  const text = 'smtp      inet  n       -       y       -       -       smtpd -v\n';
  const doc = parseMasterCf(text);
  assert.equal(doc.services.length, 1);
  const s = doc.services[0];
  assert.deepEqual(
    [s.service, s.type, s.private, s.unprivileged, s.chroot, s.wakeup, s.maxproc, s.command].map((f) => f && [f.text, slice(text, f)]),
    [['smtp', 'smtp'], ['inet', 'inet'], ['n', 'n'], ['-', '-'], ['y', 'y'], ['-', '-'], ['-', '-'], ['smtpd', 'smtpd']],
  );
  assert.equal(s.command!.start, 56);
  assert.deepEqual(s.flags.map((f) => f.text), ['-v']);
  assert.deepEqual(s.arguments, []);
  assert.equal(serviceKey(s), 'smtp/inet');
});

test('continuation lines join one entry; comments inside stay their own nodes; offsets point into each line', () => {
  const text = 'submission inet n - n - - smtpd\n  -o syslog_name=postfix/submission\n# a comment\n  -o smtpd_tls_security_level=encrypt\nnext unix - - n - - smtp\n';
  const doc = parseMasterCf(text);
  assert.deepEqual(doc.nodes.map((n) => n.kind), ['service', 'comment', 'service']);
  const [s] = doc.services;
  assert.deepEqual(s.options.map((o) => describe(text, o).all), ['-o syslog_name=postfix/submission', '-o smtpd_tls_security_level=encrypt']);
  const second = s.options[1];
  assert.equal(text.slice(second.valueSpan.start, second.valueSpan.end), 'encrypt');
  assert.equal(text.indexOf('encrypt'), second.valueSpan.start);
  assert.equal(s.end, text.indexOf('\nnext'));
});

test('every -o spelling: separate, glued, combined with -v, braced with spaces, spaced around "="', () => {
  const text = 's inet n - n - - smtpd -o a=1 -ob=2 -vo c=3 -o { d = x y } -o e = 5 -o f =6 -o g= -o h\n';
  const [s] = parseMasterCf(text).services;
  assert.deepEqual(
    s.options.map((o) => [o.name, o.value, slice(text, o), o.spaced, o.braced, o.missingEquals, o.glued]),
    [
      ['a', '1', '-o a=1', false, false, false, false],
      ['b', '2', '-ob=2', false, false, false, true],
      ['c', '3', 'o c=3', false, false, false, false],
      ['d', 'x y', '-o { d = x y }', false, true, false, false],
      ['e', '5', '-o e = 5', true, false, false, false],
      ['f', '6', '-o f =6', true, false, false, false],
      ['g', '', '-o g=', false, false, false, false],
      ['h', '', '-o h', false, false, true, false],
    ],
  );
  assert.deepEqual(s.flags.map((f) => f.text), ['-v']);
  assert.deepEqual(describe(text, s.options[3]), { name: 'd', value: 'x y', all: '-o { d = x y }', parsed: ['d', 'x y'] });
  assert.deepEqual(s.arguments, []);
});

test('options end at the first argument without "-": later -o are plain arguments (postconf_user.c, getopt "+")', () => {
  const text = 'pipe1 unix - n n - - pipe\n  flags=R user=x argv=/bin/cat -o foo=bar ${recipient} -oi\n  -o bar=baz\n';
  const [s] = parseMasterCf(text).services;
  assert.deepEqual(s.options, []);
  assert.deepEqual(s.arguments.map((a) => a.text), ['flags=R', 'user=x', 'argv=/bin/cat', '-o', 'foo=bar', '${recipient}', '-oi', '-o', 'bar=baz']);
  assert.deepEqual(s.lateOptions.map((o) => [o.name, o.value, slice(text, o)]), [
    ['foo', 'bar', '-o foo=bar'],
    ['bar', 'baz', '-o bar=baz'],
  ]);
  const dashes = parseMasterCf('x unix - - n - - smtpd -o a=1 -- -o b=2\n').services[0];
  assert.deepEqual(dashes.options.map((o) => o.name), ['a']);
  assert.deepEqual(dashes.arguments.map((a) => a.text), ['--', '-o', 'b=2']);
});

test('braces group a field anywhere in it, an unmatched "{" runs to the end, text after "}" is kept', () => {
  const text = 's inet n - n - - smtpd -o a{x y}b=1 {c d} -o {e=1}x -o {f = 2\n';
  const [s] = parseMasterCf(text).services;
  assert.deepEqual(s.args.map((a) => a.text), ['-o', 'a{x y}b=1', '{c d}', '-o', '{e=1}x', '-o', '{f = 2']);
  assert.equal(argumentText(s.args[2]), 'c d');
  const open = parseMasterCf('s inet n - n - - smtpd -o {f = 2 -o g=1\n').services[0];
  assert.equal(open.options.length, 1);
  assert.equal(open.options[0].unclosed, true);
  assert.equal(open.options[0].value, '2 -o g=1');
  const trailing = parseMasterCf('s inet n - n - - smtpd -o {e=1}x\n').services[0].options[0];
  assert.deepEqual([trailing.name, trailing.value, trailing.trailing && 's inet n - n - - smtpd -o {e=1}x'.slice(trailing.trailing.start, trailing.trailing.end)], ['e', '1', 'x']);
  const glued = parseMasterCf('s inet n - n - - smtpd -o{a=1}\n').services[0].options[0];
  assert.deepEqual([glued.name, glued.gluedBrace], ['a', true]);
});

test('-o without a value, without a name, and option flags before the first argument', () => {
  const [end] = parseMasterCf('s inet n - n - - smtpd -o\n').services;
  assert.deepEqual([end.options[0].missingValue, end.options[0].name], [true, '']);
  const [nameless] = parseMasterCf('s inet n - n - - smtpd -o =1 -o { = 2 }\n').services;
  assert.deepEqual(nameless.options.map((o) => [o.missingName, o.value]), [[true, '1'], [true, '2']]);
});

test('short entries, orphans and comments all become nodes; nothing throws on any input', () => {
  const doc = parseMasterCf('  orphan line\n# comment\nshort inet n\n\n');
  assert.deepEqual(doc.nodes.map((n) => n.kind), ['orphan', 'comment', 'service']);
  assert.equal(doc.services[0].fields.length, 3);
  assert.equal(doc.services[0].command, undefined);
  const alphabet = [' ', '\t', '\n', '\r', '{', '}', '-', 'o', '=', 'a', '#', '$', ':', '['];
  let seed = 7;
  for (let n = 0; n < 2000; n++) {
    let text = '';
    const len = (seed = (seed * 1103515245 + 12345) % 2147483648) % 60;
    for (let i = 0; i < len; i++) text += alphabet[(seed = (seed * 1103515245 + 12345) % 2147483648) % alphabet.length];
    const parsed = parseMasterCf(text);
    for (const s of parsed.services) {
      for (const f of s.fields) {
        // A field may run over a continuation line; its first and last characters sit where the offsets say.
        assert.equal(text[f.start], f.text[0], JSON.stringify(text));
        assert.equal(text[f.end - 1], f.text[f.text.length - 1], JSON.stringify(text));
      }
      for (const o of [...s.options, ...s.lateOptions]) assert.ok(o.start <= o.end && o.nameSpan.start <= o.nameSpan.end && o.end <= text.length);
    }
  }
});

test('serviceCommand strips a path; unix paths are service names like any other', () => {
  const [s] = parseMasterCf('/var/spool/x unix - - n - - /usr/lib/postfix/sbin/smtp\n').services;
  assert.equal(serviceCommand(s), 'smtp');
  assert.equal(s.service!.text, '/var/spool/x');
});

test('inet service names as master reads them (host_port.c, valid_hostname.c)', () => {
  assert.deepEqual(parseInetService('smtp'), { host: '', port: 'smtp', key: 'smtp' });
  assert.deepEqual(parseInetService('2525'), { host: '', port: '2525', key: '2525' });
  assert.deepEqual(parseInetService('127.0.0.1:2525'), { host: '127.0.0.1', port: '2525', key: '[127.0.0.1]:2525' });
  assert.deepEqual(parseInetService('[127.0.0.1]:2525'), { host: '127.0.0.1', port: '2525', key: '[127.0.0.1]:2525' });
  assert.deepEqual(parseInetService('[::1]:submission'), { host: '::1', port: 'submission', key: '[::1]:submission' });
  assert.deepEqual(parseInetService('[ipv6:2001:db8::1]:25'), { host: '2001:db8::1', port: '25', key: '[2001:db8::1]:25' });
  assert.deepEqual(parseInetService(':2525'), { host: '', port: '2525', key: '2525' });
  assert.deepEqual(parseInetService('mail.example.com:smtp'), { host: 'mail.example.com', port: 'smtp', key: '[mail.example.com]:smtp' });
  assert.deepEqual(parseInetService('[::1'), { problem: 'missing-bracket' });
  assert.deepEqual(parseInetService('[::1]x'), { problem: 'garbage-after-bracket' });
  assert.deepEqual(parseInetService('[ipv6:1:2]:25'), { problem: 'bad-ipv6' });
  assert.deepEqual(parseInetService('[127.0.0.1]'), { problem: 'missing-port' });
  assert.deepEqual(parseInetService('127.0.0.1:'), { problem: 'missing-port' });
  assert.deepEqual(parseInetService('1.2.3.4.5:25'), { problem: 'bad-host' });
  assert.deepEqual(parseInetService('999.1.1.1:25'), { problem: 'bad-host' });
  assert.deepEqual(parseInetService('bad_host!:25'), { problem: 'bad-host' });
  assert.deepEqual(parseInetService('127.0.0.1:25x'), { problem: 'bad-port' });
  assert.equal(validHostname('-a.example'), false);
  assert.equal(validHostname('a-.example'), false);
  assert.equal(validHostname('under_score.example'), true);
  assert.equal(validHostname('123'), false);
  assert.equal(validHostname('a.'), false);
  assert.equal(validIpv4('0.1.2.3'), false);
  assert.equal(validIpv4('0.0.0.0'), true);
  assert.equal(validIpv6('::'), true);
  assert.equal(validIpv6('::ffff:192.0.2.1'), true);
  assert.equal(validIpv6('1::2::3'), false);
  assert.equal(validIpv6('12345::1'), false);
});
