import { test } from 'node:test';
import assert from 'node:assert/strict';
import { TextDocument } from 'vscode-languageserver-textdocument';
import type { Diagnostic } from 'vscode-languageserver-types';
import { runRules } from '../../server/src/features/diagnostics';
import { catalogVersion } from '../../server/src/knowledge/parameters';
import { parseMainCfModel } from '../../server/src/languages/mainCf';
import { parseMasterCf } from '../../server/src/parser/masterCf';
import { MASTER_CF_RULES } from '../../server/src/rules/masterCf';
import { ruleDefaults } from '../../server/src/rules/registry';
import { range, settings } from '../helpers';
import { applyEdits, fixesOf, messageOf } from './ruleTestUtil';

interface Options {
  main?: string;
  version?: string;
  locale?: 'en' | 'ja';
}

function run(text: string, options: Options = {}) {
  const document = TextDocument.create('file:///etc/postfix/master.cf', 'postfix-master', 1, text);
  const context = {
    doc: parseMasterCf(text),
    version: catalogVersion(options.version ?? '3.7'),
    main: options.main === undefined ? undefined : parseMainCfModel(options.main),
  };
  const diagnostics = runRules(document, MASTER_CF_RULES, context, settings({ locale: options.locale ?? 'en' }));
  return { document, diagnostics, pairs: diagnostics.map((d) => [String(d.code), document.getText(d.range)]) };
}

const only = (id: string, text: string, options?: Options): Diagnostic[] => run(text, options).diagnostics.filter((d) => d.code === id);

test('every rule has an English and a Japanese message for each variant, and a unique id', () => {
  const ids = MASTER_CF_RULES.map((r) => r.id);
  assert.equal(new Set(ids).size, ids.length);
  for (const rule of MASTER_CF_RULES) {
    for (const [variant, text] of Object.entries(rule.messages)) {
      assert.ok(text.en.length > 20 && text.ja && /[ぁ-んァ-ン一-龥]/.test(text.ja), `${rule.id}/${variant}`);
    }
  }
  const defaults = new Map(ruleDefaults().map((r) => [r.id, r.severity]));
  for (const rule of MASTER_CF_RULES) assert.equal(defaults.get(rule.id), rule.severity, `${rule.id} is in the registry with its severity`);
  assert.equal(ruleDefaults().filter((r) => r.id === 'unknown-parameter').length, 1, 'a shared id is listed once');
  for (const id of ['master-field-count', 'master-invalid-type', 'master-invalid-flag', 'master-invalid-wakeup', 'master-invalid-maxproc', 'master-inet-private', 'master-option-whitespace', 'master-missing-brace', 'master-service-address']) {
    assert.equal(defaults.get(id), 'error', id);
  }
  assert.equal(defaults.get('master-duplicate-service'), 'warning');
});

test('a clean master.cf (the default one, with submission) gets no diagnostics', () => {
  const text = [
    'smtp      inet  n       -       n       -       -       smtpd',
    'submission inet n       -       n       -       -       smtpd',
    '  -o syslog_name=postfix/submission',
    '  -o smtpd_tls_security_level=encrypt',
    '  -o smtpd_sasl_auth_enable=yes',
    '  -o smtpd_client_restrictions=$mua_client_restrictions',
    'pickup    unix  n       -       n       60      1       pickup',
    'tlsmgr    unix  -       -       n       1000?   1       tlsmgr',
    'postlog   unix-dgram n  -       n       -       1       postlogd',
    'maildrop  unix  -       n       n       -       -       pipe',
    '  flags=DRXhu user=vmail argv=/usr/bin/maildrop -d ${recipient}',
    '[::1]:10025 inet n -    n       -       -       smtpd -o content_filter=',
    '',
  ].join('\n');
  assert.deepEqual(run(text, { main: 'mua_client_restrictions = permit_sasl_authenticated, reject\n' }).pairs, []);
});

test('master-field-count: fewer than 8 columns, with a fix that puts "-" before the command', () => {
  const r = run('smtp inet n - n - smtpd\n');
  assert.deepEqual(r.pairs, [['master-field-count', 'smtp inet n - n - smtpd']]);
  assert.match(messageOf(r.diagnostics[0]), /has 7 of the 8 columns.*bad field count/);
  assert.equal(applyEdits(r.document, fixesOf(r.diagnostics[0])[0].edits), 'smtp inet n - n - -       smtpd\n');
  assert.deepEqual(fixesOf(only('master-field-count', 'smtp inet n\n')[0]), []);
});

test('master-invalid-type: did-you-mean from the five types; tcp suggests inet', () => {
  const [d] = only('master-invalid-type', 'smtp tcp n - n - - smtpd\n');
  assert.deepEqual(d.range, range(0, 5, 0, 8));
  assert.match(messageOf(d), /Did you mean "inet"/);
  assert.equal(only('master-invalid-type', 'x unx - - n - - smtp\n').length, 1);
  assert.equal(fixesOf(only('master-invalid-type', 'x unx - - n - - smtp\n')[0])[0].edits[0].newText, 'unix');
  assert.equal(fixesOf(only('master-invalid-type', 'x INET n - n - - smtpd\n')[0])[0].edits[0].newText, 'inet');
  assert.deepEqual(only('master-invalid-type', 'p pass - - n - - smtpd\nd unix-dgram n - n - 1 postlogd\nf fifo n - n 60 1 pickup\n'), []);
});

test('master-invalid-flag: only y, n, - in private/unprivileged/chroot, with safe fixes for yes/no spellings', () => {
  const r = run('a unix Y yes maybe - - smtp\n');
  assert.deepEqual(r.pairs, [
    ['master-invalid-flag', 'Y'],
    ['master-invalid-flag', 'yes'],
    ['master-invalid-flag', 'maybe'],
  ]);
  assert.match(messageOf(r.diagnostics[0]), /private column.*"invalid private field"/);
  assert.match(messageOf(r.diagnostics[2]), /chroot column/);
  assert.equal(fixesOf(r.diagnostics[1])[0].edits[0].newText, 'y');
  assert.equal(fixesOf(r.diagnostics[1])[0].safe, true);
  assert.deepEqual(fixesOf(r.diagnostics[2]), []);
});

test('master-invalid-wakeup and master-invalid-maxproc: what postconf and master each refuse', () => {
  const ok = 'a unix - - n 60 1 pickup\nb unix - - n 1000? 0 flush\nc unix - - n - - smtp\nd unix - - n 0 100 smtp\n';
  assert.deepEqual(run(ok).pairs, []);
  const r = run('a unix - - n 5x - smtp\nb unix - - n ? - smtp\nc unix - - n -? 1x smtp\nd unix - - n x -1 smtp\n');
  assert.deepEqual(r.pairs, [
    ['master-invalid-wakeup', '5x'],
    ['master-invalid-wakeup', '?'],
    ['master-invalid-wakeup', '-?'],
    ['master-invalid-maxproc', '1x'],
    ['master-invalid-wakeup', 'x'],
    ['master-invalid-maxproc', '-1'],
  ]);
  assert.match(messageOf(r.diagnostics[0]), /postconf .*"invalid wakeup field"; master alone would read only the leading digits/);
  assert.match(messageOf(r.diagnostics[1]), /postconf lets it pass, but master stops/);
  assert.match(messageOf(r.diagnostics[4]), /postconf stops with "invalid wakeup field" and master with "bad value"/);
});

test('master-inet-private: "-" and "y" are private for an inet service; the fix writes n', () => {
  const r = run('2525 inet - - n - - smtpd\n2526 inet y - n - - smtpd\n2527 inet n - n - - smtpd\nx unix - - n - - smtp\n');
  assert.deepEqual(r.pairs, [
    ['master-inet-private', '-'],
    ['master-inet-private', 'y'],
  ]);
  assert.match(messageOf(r.diagnostics[0]), /"inet service cannot be private"/);
  assert.equal(applyEdits(r.document, fixesOf(r.diagnostics[0])[0].edits).split('\n')[0], '2525 inet n - n - - smtpd');
});

test('master-service-address: master\'s own words for each problem, only for inet services', () => {
  const r = run('[::1 inet n - n - - smtpd\n127.0.0.1:25x inet n - n - - smtpd\n1.2.3.4.5:25 inet n - n - - smtpd\n127.0.0.1: inet n - n - - smtpd\n[::1 unix - - n - - smtp\n');
  assert.deepEqual(r.pairs.map((p) => p[1]), ['[::1', '127.0.0.1:25x', '1.2.3.4.5:25', '127.0.0.1:']);
  assert.deepEqual(
    r.diagnostics.map((d) => /\(([^)]+)\)/.exec(messageOf(d))![1]),
    ['missing "]"', 'garbage after numerical service', 'valid hostname or network address required', 'missing service information'],
  );
});

test('master-duplicate-service: same type and socket (private/public) or the same address; the earlier entry is marked', () => {
  const text = 'smtp unix - - n - - smtp\nsmtp inet n - n - - smtpd\nsmtp unix y - n - - smtp\nx unix n - n - - smtp\nx unix - - n - - smtp\n127.0.0.1:25 inet n - n - - smtpd\n[127.0.0.1]:25 inet n - n - - smtpd\n';
  const r = run(text);
  assert.deepEqual(r.pairs, [
    ['master-duplicate-service', 'smtp unix'],
    ['master-duplicate-service', '127.0.0.1:25 inet'],
  ]);
  assert.match(messageOf(r.diagnostics[0]), /defined again on line 3/);
  assert.deepEqual(r.diagnostics[0].tags, [1]);
  assert.equal(applyEdits(r.document, fixesOf(r.diagnostics[0])[0].edits).split('\n')[0], 'smtp inet n - n - - smtpd');
});

test('master-missing-brace and master-brace-trailing-text: what master stops on', () => {
  const r = run('a unix - - n - - smtpd -o { smtpd_banner = x\nb unix - - n - - smtpd -o {smtpd_banner=b}x\n');
  assert.deepEqual(r.pairs.filter((p) => p[0].startsWith('master-')), [
    ['master-missing-brace', '{'],
    ['master-brace-trailing-text', 'x'],
  ]);
  assert.equal(applyEdits(r.document, fixesOf(r.diagnostics[0])[0].edits).split('\n')[0], 'a unix - - n - - smtpd -o { smtpd_banner = x }');
  assert.deepEqual(fixesOf(only('master-missing-brace', 'a unix - - n - - smtpd -o { a = 1 -o b=2\n')[0]), [], 'no fix when other options were swallowed');
});

test('master-option-whitespace: "-o a = b" with the -o a=b fix, and the { } form when words follow', () => {
  const text = 'submission inet n - n - - smtpd\n  -o smtpd_tls_security_level = encrypt\n  -o smtpd_banner = $myhostname ESMTP\n';
  const r = run(text);
  const ws = r.diagnostics.filter((d) => d.code === 'master-option-whitespace');
  assert.deepEqual(ws.map((d) => r.document.getText(d.range)), ['-o smtpd_tls_security_level = encrypt', '-o smtpd_banner = $myhostname']);
  assert.match(messageOf(ws[0]), /smtpd receives "-o smtpd_tls_security_level" alone/);
  assert.equal(applyEdits(r.document, fixesOf(ws[0])[0].edits).split('\n')[1], '  -o smtpd_tls_security_level=encrypt');
  assert.equal(fixesOf(ws[0]).length, 1);
  assert.equal(applyEdits(r.document, fixesOf(ws[1])[1].edits).split('\n')[2], '  -o { smtpd_banner = $myhostname ESMTP }');
  assert.equal(only('master-option-whitespace', 's unix - - n - - smtpd -o a =b\n').length, 1);
});

test('master-option-syntax: no "=", no name, nothing after -o', () => {
  const r = run('s unix - - n - - smtpd -o smtpd_banner -o =x -o\n');
  assert.deepEqual(r.pairs.filter((p) => p[0] === 'master-option-syntax').map((p) => p[1]), ['-o smtpd_banner', '-o =x', '-o']);
  assert.match(messageOf(r.diagnostics.find((d) => d.code === 'master-option-syntax')!), /missing '=' after attribute name/);
});

test('master-option-glued-brace: "-o{...}" gets a space', () => {
  const r = run('s unix - - n - - smtpd -o{smtpd_banner=x}\n');
  const [d] = r.diagnostics.filter((x) => x.code === 'master-option-glued-brace');
  assert.equal(applyEdits(r.document, fixesOf(d)[0].edits), 's unix - - n - - smtpd -o {smtpd_banner=x}\n');
});

test('master-not-an-option: a Postfix parameter after pipe arguments is a hint with a move fix; a program\'s own -o is fine', () => {
  const text = 'spam unix - n n - - pipe\n  user=spamd argv=/usr/bin/spamc -f -e /usr/sbin/sendmail -oi -f ${sender}\n  -o content_filter=\n';
  const r = run(text);
  assert.deepEqual(r.pairs, [['master-not-an-option', '-o content_filter=']]);
  assert.equal(r.diagnostics[0].severity, 3);
  assert.match(messageOf(r.diagnostics[0]), /comes after the argument "user=spamd"/);
  assert.equal(
    applyEdits(r.document, fixesOf(r.diagnostics[0])[0].edits),
    'spam unix - n n - - pipe\n  -o content_filter= user=spamd argv=/usr/bin/spamc -f -e /usr/sbin/sendmail -oi -f ${sender}\n',
  );
});

test('master-unexpected-argument: daemons that take no arguments; pipe, spawn, smtp and postscreen are left alone', () => {
  assert.deepEqual(run('s inet n - n - - smtpd foo -o smtpd_banner=x\n').pairs, [
    ['master-unexpected-argument', 'foo'],
    ['master-not-an-option', '-o smtpd_banner=x'],
  ]);
  assert.deepEqual(run('relay unix - - n - - smtp extra\nps inet n - n - 1 postscreen x\n').pairs, []);
});

test('master-command-attribute: pipe and spawn attributes, user= and argv= required', () => {
  const r = run('a unix - n n - - pipe flags=R usr=x argv=/bin/cat\nb unix - n n - - pipe flags=R\nc unix - n n - 0 spawn user=nobody argv=/bin/true\nd unix - n n - 0 spawn flags=R user=x argv=/bin/true\n');
  assert.deepEqual(r.pairs, [
    ['master-command-attribute', 'usr=x'],
    ['master-command-attribute', 'pipe'],
    ['master-command-attribute', 'pipe'],
    ['master-command-attribute', 'flags=R'],
  ]);
  assert.match(messageOf(r.diagnostics[0]), /does not know the attribute "usr"/);
  assert.equal(fixesOf(r.diagnostics[0])[0].edits[0].newText, 'user');
  assert.match(messageOf(r.diagnostics[1]), /needs a user= attribute/);
  assert.match(messageOf(r.diagnostics[2]), /needs argv=/);
  assert.deepEqual(run('x unix - n n - - pipe USER=x ARGV=/bin/true\n').pairs, [], 'attribute names ignore case');
});

test('unknown-parameter for -o: postconf\'s local name space, main.cf, restriction classes and per-service names', () => {
  const S = 's inet n - n - - smtpd';
  const unknown = (master: string, main = '') => run(master, { main }).pairs.filter((p) => p[0] === 'unknown-parameter').map((p) => p[1]);
  assert.deepEqual(unknown(`${S} -o x_y=1\n`), ['x_y']);
  assert.deepEqual(unknown(`${S} -o a=1 -o b=$a\n`), ['b'], '$a in this entry validates a');
  assert.deepEqual(unknown(`${S} -o a=1\nt inet n - n - - smtpd -o b=$a\n`), ['a', 'b']);
  assert.deepEqual(unknown(`${S} -o bar=2\n`, 'bar = 1\nmynetworks = $bar\n'), [], 'a used main.cf name');
  assert.deepEqual(unknown(`${S} -o bar=2\n`, 'bar = 1\n'), ['bar'], 'an unused main.cf name');
  assert.deepEqual(unknown(`${S} -o a=1\n`, 'x = $a\n'), [], '$a in main.cf validates a');
  assert.deepEqual(unknown(`${S} -o foo=reject\n`, 'smtpd_restriction_classes = foo\n'), []);
  assert.deepEqual(unknown(`${S} -o smtpd_restriction_classes=cls -o cls=permit\n`), []);
  assert.deepEqual(unknown(`${S} -o relay_destination_concurrency_limit=1 -o foo_destination_concurrency_limit=2\nrelay unix - - n - - smtp\n`), ['foo_destination_concurrency_limit']);
  assert.deepEqual(unknown(`${S} -o virtual_maps=hash:/x\n`), [], 'a legacy name a default still reads');
  assert.deepEqual(unknown(`${S} -o myhostnme=x\n`), ['myhostnme']);
  const [typo] = only('unknown-parameter', `${S} -o myhostnme=x\n`, { main: '' });
  assert.match(messageOf(typo), /Did you mean "myhostname"/);
  assert.deepEqual(unknown('p unix - n n - - pipe user=x argv=/bin/cat -o x_y=1\n'), [], 'not an option: postconf ignores it');
});

test('parameter-too-new and deprecated-parameter follow the configured version', () => {
  const text = 's inet n - n - - smtpd -o smtpd_hide_client_session=yes -o smtpd_use_tls=yes\n';
  const old = run(text, { main: '', version: '3.7' });
  assert.deepEqual(old.pairs, [['parameter-too-new', 'smtpd_hide_client_session']]);
  const newer = run(text, { main: '', version: '3.11' });
  assert.deepEqual(newer.pairs, [['deprecated-parameter', 'smtpd_use_tls']]);
  assert.match(messageOf(newer.diagnostics[0]), /use "smtpd_tls_security_level"/);
});

test('undefined-reference in -o values: local first, then main.cf; nothing without a main.cf', () => {
  const text = 's inet n - n - - smtpd -o smtpd_client_restrictions=$mua_client_restrictions -o a=1 -o { smtpd_banner = $a ${myhostnme} }\n';
  const r = run(text, { main: '' });
  assert.deepEqual(r.pairs.filter((p) => p[0] === 'undefined-reference'), [
    ['undefined-reference', 'mua_client_restrictions'],
    ['undefined-reference', 'myhostnme'],
  ]);
  const [mua, typo] = r.diagnostics.filter((d) => d.code === 'undefined-reference');
  assert.doesNotMatch(messageOf(mua), /Did you mean/);
  assert.match(messageOf(typo), /Did you mean "\$myhostname"/);
  assert.deepEqual(run(text, { main: 'mua_client_restrictions = permit_sasl_authenticated, reject\n' }).pairs.filter((p) => p[0] === 'undefined-reference').map((p) => p[1]), ['myhostnme']);
  assert.deepEqual(run(text).pairs.filter((p) => p[0] === 'undefined-reference'), [], 'no main.cf: cannot judge');
  const classes = run('s inet n - n - - smtpd -o smtpd_restriction_classes=cls\n', { main: '' });
  assert.deepEqual(classes.pairs, [['undefined-reference', 'cls']]);
  assert.match(messageOf(classes.diagnostics[0]), /restriction class "cls"/);
});

test('read-only-parameter and invalid-boolean for -o settings', () => {
  const r = run('s inet n - n - - smtpd -o process_name=x -o smtpd_sasl_auth_enable=true -o smtpd_tls_auth_only=YES -o smtpd_use_tls=$x\n', { main: 'x = yes\n' });
  assert.deepEqual(r.pairs, [
    ['read-only-parameter', 'process_name'],
    ['invalid-boolean', 'true'],
  ]);
  const fix = fixesOf(r.diagnostics[1])[0];
  assert.deepEqual([fix.edits[0].newText, fix.safe], ['yes', true]);
});

test('master-missing-postlog: maillog_file in main.cf needs "postlog unix-dgram"', () => {
  const text = 'smtp inet n - n - - smtpd';
  const r = run(text, { main: 'maillog_file = /var/log/postfix.log\n' });
  assert.deepEqual(r.pairs, [['master-missing-postlog', 'smtp']]);
  assert.equal(applyEdits(r.document, fixesOf(r.diagnostics[0])[0].edits), `${text}\npostlog   unix-dgram n  -       n       -       1       postlogd\n`);
  assert.deepEqual(run(`${text}\npostlog unix-dgram n - n - 1 postlogd\n`, { main: 'maillog_file = /dev/stdout\n' }).pairs, []);
  assert.deepEqual(run(text, { main: 'maillog_file =\n' }).pairs, []);
  assert.deepEqual(run(text).pairs, []);
});

test('messages in Japanese', () => {
  const r = run('smtp tcp n - n - - smtpd\n', { locale: 'ja' });
  assert.match(messageOf(r.diagnostics[0]), /サービスの種類ではありません/);
});
