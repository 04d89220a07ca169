import { test } from 'node:test';
import assert from 'node:assert/strict';
import { TextDocument } from 'vscode-languageserver-textdocument';
import type { FormattingOptions, Range } from 'vscode-languageserver-types';
import { createLanguageService } from '../../server/src/languageService';
import { isListParameter } from '../../server/src/features/formatting';
import { parseMainCf } from '../../server/src/parser/mainCf';
import { parseMasterCf } from '../../server/src/parser/masterCf';
import { ListStyle } from '../../server/src/settings';
import { mainCf, masterCf, range, settings } from '../helpers';

const service = createLanguageService();
const SPACES4: FormattingOptions = { tabSize: 4, insertSpaces: true };

function format(doc: TextDocument, listStyle: ListStyle = 'keep', options = SPACES4, within?: Range): string {
  const edits = service.format(doc, within, options, settings({ format: { listStyle } }));
  return TextDocument.applyEdits(doc, edits);
}

const fmtMain = (text: string, listStyle: ListStyle = 'keep', options = SPACES4): string => format(mainCf(text), listStyle, options);
const fmtMaster = (text: string, listStyle: ListStyle = 'keep', options = SPACES4): string => format(masterCf(text), listStyle, options);

/** What Postfix reads from a main.cf: each entry's name and value, list values compared item by item. */
function readMain(text: string): string[] {
  return parseMainCf(text).entries.map((e) => `${e.name}=${e.value.text}`);
}

test('name = value spacing: one space around "=", none at the end', () => {
  assert.equal(fmtMain('myhostname=mail.example.com\n'), 'myhostname = mail.example.com\n');
  assert.equal(fmtMain('myhostname\t =\t  mail.example.com  \t\n'), 'myhostname = mail.example.com\n');
  assert.equal(fmtMain('relayhost =   \n'), 'relayhost =\n');
  assert.equal(fmtMain('relayhost=\n'), 'relayhost =\n');
});

test('a # after a value is part of the value and is kept with the spacing inside the value', () => {
  assert.equal(fmtMain('smtpd_banner=$myhostname  ESMTP # not a comment   \n'), 'smtpd_banner = $myhostname  ESMTP # not a comment\n');
});

test('continuation lines of a list get the indentation the editor asks for', () => {
  const text = 'smtpd_recipient_restrictions = permit_mynetworks,   \n\t reject_unauth_destination,\n  permit\n';
  assert.equal(fmtMain(text), 'smtpd_recipient_restrictions = permit_mynetworks,\n    reject_unauth_destination,\n    permit\n');
  assert.equal(fmtMain(text, 'keep', { tabSize: 2, insertSpaces: true }), 'smtpd_recipient_restrictions = permit_mynetworks,\n  reject_unauth_destination,\n  permit\n');
  assert.equal(fmtMain(text, 'keep', { tabSize: 8, insertSpaces: false }), 'smtpd_recipient_restrictions = permit_mynetworks,\n\treject_unauth_destination,\n\tpermit\n');
});

test('the joint inside a value that is not a list keeps its exact whitespace', () => {
  // smtpd_banner is text: Postfix would send a different greeting with other whitespace.
  const text = 'smtpd_banner = $myhostname ESMTP   \n\t  hello\n';
  assert.equal(fmtMain(text), text);
  // Whitespace before the value starts is free even there.
  assert.equal(fmtMain('debugger_command =\n\t PATH=/bin\n\t ddd $process_name\n'), 'debugger_command =\n    PATH=/bin\n\t ddd $process_name\n');
});

test('whitespace inside { } of a list item is kept, joints outside braces are re-indented', () => {
  const text = 'smtpd_client_restrictions = check_policy_service {\n   inet:127.0.0.1:9998,\n      timeout=10s },\n        permit\n';
  assert.equal(
    fmtMain(text),
    'smtpd_client_restrictions = check_policy_service {\n   inet:127.0.0.1:9998,\n      timeout=10s },\n    permit\n',
  );
});

test('comment lines inside a continuation stay, with trailing whitespace removed; blank lines become empty', () => {
  const text = 'mynetworks = 127.0.0.0/8,  \n   # office   \n\n  \t \n      192.0.2.0/24\n';
  assert.equal(fmtMain(text), 'mynetworks = 127.0.0.0/8,\n   # office\n\n\n    192.0.2.0/24\n');
  assert.deepEqual(readMain(fmtMain(text)).map((e) => e.replace(/\s+/g, ' ')), ['mynetworks=127.0.0.0/8, 192.0.2.0/24']);
});

test('an indented first line (skipped by Postfix) and a line without "=" are left exactly as they are', () => {
  const text = '   orphan = 1   \nbroken line   \nmyhostname=a\n';
  assert.equal(fmtMain(text), '   orphan = 1   \nbroken line   \nmyhostname = a\n');
});

test('CRLF line breaks are kept, and edits never touch them', () => {
  const text = 'myhostname=a  \r\nmynetworks = 127.0.0.0/8,\r\n\t\t[::1]/128  \r\n# c  \r\n';
  assert.equal(fmtMain(text), 'myhostname = a\r\nmynetworks = 127.0.0.0/8,\r\n    [::1]/128\r\n# c\r\n');
});

test('the edits are per line and exact', () => {
  const doc = mainCf('# ok\nmyhostname=a  \nmynetworks = x,\n  y\n');
  const edits = service.format(doc, undefined, SPACES4, settings());
  assert.deepEqual(edits, [
    { range: range(1, 0, 1, 14), newText: 'myhostname = a' },
    { range: range(3, 0, 3, 3), newText: '    y' },
  ]);
});

test('range formatting touches only the lines in the range', () => {
  const doc = mainCf('a=1\nb=2\nc=3\n');
  assert.equal(format(doc, 'keep', SPACES4, range(1, 0, 1, 1)), 'a=1\nb = 2\nc=3\n');
});

test('one-per-line: a long list gets one item per line, a restriction keeps its argument, warn_if_reject its target', () => {
  const text =
    'smtpd_recipient_restrictions = permit_mynetworks, permit_sasl_authenticated, warn_if_reject reject_unknown_client_hostname, check_recipient_access hash:/etc/postfix/rcpt, reject_unauth_destination\n';
  assert.equal(
    fmtMain(text, 'one-per-line'),
    [
      'smtpd_recipient_restrictions =',
      '    permit_mynetworks,',
      '    permit_sasl_authenticated,',
      '    warn_if_reject reject_unknown_client_hostname,',
      '    check_recipient_access hash:/etc/postfix/rcpt,',
      '    reject_unauth_destination',
      '',
    ].join('\n'),
  );
});

test('one-per-line leaves short lists, non-lists, and items glued by a bare comma alone', () => {
  assert.equal(fmtMain('mynetworks = 127.0.0.0/8, [::1]/128\n', 'one-per-line'), 'mynetworks = 127.0.0.0/8, [::1]/128\n');
  const banner = `smtpd_banner = ${'word '.repeat(30).trim()}\n`;
  assert.equal(fmtMain(banner, 'one-per-line'), banner);
  // postconf prints "a,b" without a space: a line break there would change its output.
  const glued = `virtual_alias_maps = hash:/etc/postfix/${'v'.repeat(40)},regexp:/etc/postfix/${'r'.repeat(40)}\n`;
  assert.equal(fmtMain(glued, 'one-per-line'), glued);
});

test('one-per-line keeps the CRLF of the document and is idempotent', () => {
  const long = `mydestination = $myhostname, localhost.$mydomain, localhost, ${'a'.repeat(30)}.example, ${'b'.repeat(30)}.example\r\n`;
  const once = fmtMain(long, 'one-per-line');
  assert.equal(
    once,
    `mydestination =\r\n    $myhostname,\r\n    localhost.$mydomain,\r\n    localhost,\r\n    ${'a'.repeat(30)}.example,\r\n    ${'b'.repeat(30)}.example\r\n`,
  );
  assert.equal(fmtMain(once, 'one-per-line'), once);
  assert.equal(fmtMain(once, 'keep'), once);
});

test('formatting twice changes nothing the second time', () => {
  const samples = [
    'a=1\n  b\n#x  \n   \nsmtpd_banner = x   \n   y\nmynetworks=a,\n\t\tb ,  c\n',
    'smtpd_client_restrictions = permit_mynetworks,\n    check_policy_service { inet:127.0.0.1:1, timeout=1s },\n reject\n',
  ];
  for (const text of samples) {
    for (const style of ['keep', 'one-per-line'] as const) {
      const once = fmtMain(text, style);
      assert.equal(fmtMain(once, style), once, `${style}: ${JSON.stringify(text)}`);
      assert.deepEqual(readMain(once).map((e) => e.replace(/\s+/g, ' ')), readMain(text).map((e) => e.replace(/\s+/g, ' ')));
    }
  }
});

test('restriction classes are lists: their continuation lines are re-indented', () => {
  const text = 'smtpd_restriction_classes = mua\nmua = permit_sasl_authenticated,\n\t\treject\n';
  assert.equal(fmtMain(text), 'smtpd_restriction_classes = mua\nmua = permit_sasl_authenticated,\n    reject\n');
  // Without the declaration it is a user parameter of unknown use: its text is kept.
  assert.equal(fmtMain('mua = permit_sasl_authenticated,\n\t\treject\n'), 'mua = permit_sasl_authenticated,\n\t\treject\n');
});

test('which parameters count as lists', () => {
  for (const name of ['smtpd_recipient_restrictions', 'virtual_alias_maps', 'header_checks', 'mydestination', 'mynetworks', 'relay_domains', 'smtpd_milters', 'notify_classes', 'smtpd_sasl_security_options', 'inet_interfaces']) {
    assert.ok(isListParameter(name), name);
  }
  for (const name of ['smtpd_banner', 'myhostname', 'debugger_command', 'smtpd_relay_before_recipient_restrictions', 'broken_sasl_auth_clients', 'smtpd_peername_lookup', 'my_own_thing']) {
    assert.ok(!isListParameter(name), name);
  }
});

test('master.cf: continuation lines are indented consistently, columns of the first line are kept', () => {
  const text = 'submission inet n       -       y       -       -       smtpd   \n  -o syslog_name=postfix/submission\n\t-o smtpd_tls_security_level=encrypt  \n';
  assert.equal(
    fmtMaster(text),
    'submission inet n       -       y       -       -       smtpd\n    -o syslog_name=postfix/submission\n    -o smtpd_tls_security_level=encrypt\n',
  );
});

test('master.cf: whitespace inside -o { } is kept, also across lines', () => {
  const text = 'smtp inet n - y - - smtpd\n  -o { smtpd_banner = a\n      b }\n  -o x=1\n';
  assert.equal(fmtMaster(text), 'smtp inet n - y - - smtpd\n    -o { smtpd_banner = a\n      b }\n    -o x=1\n');
});

test('master.cf one-per-line: each -o option on its own line, like postconf -Mf', () => {
  const text = 'smtp      inet  n       -       y       -       -       smtpd -v -o a=1 -o { b = 2 } -oc=3\n';
  assert.equal(fmtMaster(text, 'one-per-line'), 'smtp      inet  n       -       y       -       -       smtpd -v\n    -o a=1\n    -o { b = 2 }\n    -oc=3\n');
  // A single short option stays where it is.
  assert.equal(fmtMaster('smtp inet n - y - - smtpd -o a=1\n', 'one-per-line'), 'smtp inet n - y - - smtpd -o a=1\n');
  const once = fmtMaster(text, 'one-per-line');
  assert.equal(fmtMaster(once, 'one-per-line'), once);
  const fields = (t: string) => parseMasterCf(t).services.map((s) => s.fields.map((f) => f.text));
  assert.deepEqual(fields(once), fields(text));
});
