/**
 * The table parser and the access rules against the real Postfix: postmap reads each format and
 * its warnings (by line) must match the problems the parser reports; a real smtpd answers each
 * kind of access table result as the rules say.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { chmodSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { HAVE_POSTCONF, NO_POSTCONF, NO_POSTFIX, smtpSession, startPostfix, waitForLog } from './instance';
import { TableFormat, parseTable } from '../../server/src/parser/table';
import { lineNumberAt } from '../../server/src/parser/lines';
import { parseMainCfModel } from '../../server/src/languages/mainCf';
import { parseTableModel, tableMode } from '../../server/src/languages/table';
import { settings } from '../helpers';

const POSTMAP = '/usr/sbin/postmap';
const HAVE_PCRE = HAVE_POSTCONF && spawnSync('/usr/sbin/postconf', ['-m'], { encoding: 'utf8' }).stdout.split('\n').includes('pcre');

/** postmap's warnings for a table file, as "line: text" (the line is 0 for warnings without one). */
function postmapWarnings(type: string, text: string): Array<{ line: number; text: string }> {
  const dir = mkdtempSync(join(tmpdir(), 'pftable-'));
  try {
    const file = join(dir, 'table');
    writeFileSync(file, text);
    const r = spawnSync(POSTMAP, ['-q', 'no-such-key.invalid', `${type}:${file}`], { encoding: 'utf8' });
    return r.stderr
      .split('\n')
      .filter((l) => l.includes('warning:'))
      .map((l) => {
        const m = /line (\d+):/.exec(l);
        return { line: m ? Number(m[1]) : 0, text: l.replace(/^.*warning: /, '') };
      });
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** The lines the parser reports a problem on, for the codes Postfix itself warns about. */
function parserLines(text: string, format: TableFormat): number[] {
  const doc = parseTable(text, format);
  return [...new Set(doc.problems.map((p) => lineNumberAt(text, p.span.start)))].sort((a, b) => a - b);
}

function warnedLines(type: string, text: string): number[] {
  return [...new Set(postmapWarnings(type, text).map((w) => w.line).filter((l) => l > 0))].sort((a, b) => a - b);
}

const CIDR = [
  '# networks',
  '192.168.1.0/24   OK',
  '192.168.1.1/24   REJECT host bits',
  '10.0.0.0/33      REJECT mask too long',
  '10.0.0.0/8',
  '300.1.1.1        REJECT',
  '300.1.1.1/8      REJECT',
  '2001:db8::/32    REJECT v6',
  '[2001:db8::1]/128 OK',
  '[2001:db8::3     OK',
  '2001:db8::/129   REJECT',
  '!10.1.0.0/16     DUNNO',
  'if 172.16.0.0/12',
  '172.16.1.1       REJECT inside',
  'endif',
  'endif',
  'if 1.2.3.0/24 extra',
  '10.0.0.0/x       REJECT',
  '[1.2.3.4]x       REJECT',
  'if1.2.3.4',
  'endif extra',
  'if 5.5.5.5',
  '1.2.3',
  '',
].join('\n');

const REGEXP = [
  '/^abc/   OK',
  '/unclosed  REJECT',
  '/x/q  REJECT',
  '/(a)/ REJECT $1',
  '/(a)/ REJECT $2',
  '!/neg/ REJECT $1',
  '/^foo/!/bar/ REJECT both',
  '/a[/  REJECT',
  '/a/',
  'if /x/',
  '/y/ REJECT',
  'endif',
  'endif',
  'if /z/ extra',
  'ENDIF',
  'foo bar',
  '/(/ REJECT',
  '/a{2,1}/ REJECT',
  '/(?i)a/ REJECT',
  '/a)b/ REJECT',
  '/*a/ REJECT',
  '/[[:foo:]]/ REJECT',
  '/[z-a]/ REJECT',
  '/(a)\\2/ REJECT',
  '/a/ x$',
  '/(a)/ ${1',
  '/(a)/ $0',
  '/(a)/ ${x}',
  'if /w/',
  '/v/ REJECT',
  'endif extra',
  '/after/ OK',
  'if /q/',
  '',
].join('\n');

const PCRE = [
  '/^abc/   OK',
  '/x/q  REJECT',
  '/x/imsxAEU REJECT flags',
  '/x/X  REJECT',
  '/(a)/ REJECT $2',
  '/(?<n>a)/ REJECT $1',
  '/(?i)a/ REJECT',
  '/a[/ REJECT',
  '/(/ REJECT',
  '/a{2,1}/ REJECT',
  '/a/! REJECT',
  '!/neg/ REJECT $1',
  '/a/',
  'if /x/ extra',
  'endif',
  '/a)b/ REJECT',
  '/a**/ REJECT',
  '/x{1}{2}/ REJECT',
  '/[a\\]b/ REJECT',
  '/[[.a.]]/ REJECT',
  '/a++/ REJECT',
  '/\\Q(\\E/ REJECT',
  '',
].join('\n');

const PLAIN = [
  '# comment',
  'example.com   OK',
  'Example.COM   REJECT duplicate',
  'foo.example   REJECT go',
  '   away continued',
  'nokey',
  'bar: x',
  '"quoted key" OK',
  '"unbalanced OK',
  'a\\ b  OK',
  '',
].join('\n');

test('cidr: the parser reports a problem on exactly the lines postmap warns about', { skip: NO_POSTCONF }, () => {
  assert.deepEqual(parserLines(CIDR, 'cidr'), warnedLines('cidr', CIDR));
});

test('regexp: the parser reports a problem on exactly the lines postmap warns about', { skip: NO_POSTCONF }, () => {
  assert.deepEqual(parserLines(REGEXP, 'regexp'), warnedLines('regexp', REGEXP));
});

test('pcre: the parser reports a problem on exactly the lines postmap warns about', { skip: HAVE_PCRE ? false : 'pcre support is not installed' }, () => {
  assert.deepEqual(parserLines(PCRE, 'pcre'), warnedLines('pcre', PCRE));
});

test('postmap input: the parser reports a problem on exactly the lines postmap warns about', { skip: NO_POSTCONF }, () => {
  assert.deepEqual(parserLines(PLAIN, 'plain'), warnedLines('texthash', PLAIN));
});

test('postmap keeps the first of duplicate keys, compared without case, as the parser says', { skip: NO_POSTCONF }, () => {
  const dir = mkdtempSync(join(tmpdir(), 'pftable-'));
  try {
    const file = join(dir, 'access');
    writeFileSync(file, 'a.example  OK\nA.EXAMPLE  REJECT\n');
    const build = spawnSync(POSTMAP, [`lmdb:${file}`], { encoding: 'utf8' });
    assert.match(build.stderr, /duplicate entry: "a\.example"/);
    const q = spawnSync(POSTMAP, ['-q', 'a.example', `lmdb:${file}`], { encoding: 'utf8' });
    assert.equal(q.stdout.trim(), 'OK');
    const doc = parseTable('a.example  OK\nA.EXAMPLE  REJECT\n', 'plain');
    assert.deepEqual(
      doc.problems.map((p) => [p.code, p.span.start, p.related?.start]),
      [['table-duplicate-key', 14, 0]],
    );
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

/** Runs the access rules on a cidr table used by check_client_access in the given main.cf text. */
function accessCodes(mainText: string, tablePath: string, tableText: string): Array<[string, number]> {
  const main = parseMainCfModel(mainText);
  const document = TextDocument.create(`file://${tablePath}`, 'postfix-table', 1, tableText);
  const context = { settings: settings(), around: { mainCf: () => main, masterCf: () => undefined } };
  return tableMode.validate!(document, parseTableModel(tableText), context).map((d) => [String(d.code), d.range.start.line + 1]);
}

test('a real smtpd answers access table results as the rules say', { skip: NO_POSTFIX, timeout: 120000 }, async () => {
  const dir = mkdtempSync(join(tmpdir(), 'pfaccess-'));
  // smtpd runs as the postfix user and must read the table.
  chmodSync(dir, 0o755);
  const table = join(dir, 'client.cidr');
  const lines = [
    '127.0.0.2 REJECTED go away',
    '127.0.0.3 check_sender_access hash:/etc/postfix/sender_access',
    '127.0.0.4 550',
    '127.0.0.5 250 Fine',
    '127.0.0.6 REJECT 4.7.1 Go away',
    '127.0.0.7 450 5.7.1 Try later',
    '127.0.0.8 DUNNO',
    '127.0.0.9 FILTER nowhere',
    '',
  ];
  writeFileSync(table, lines.join('\n'));
  const mainText = [
    'mynetworks = 127.0.0.0/8',
    'smtpd_relay_restrictions = permit_mynetworks, reject_unauth_destination',
    `smtpd_client_restrictions = check_client_access cidr:${table}, reject`,
    '',
  ].join('\n');
  // What the rules say about each line.
  assert.deepEqual(accessCodes(mainText, table, lines.join('\n')), [
    ['table-unknown-action', 1],
    ['table-lookup-in-result', 2],
    ['table-invalid-reply-code', 3],
    ['table-invalid-reply-code', 4],
    ['table-enhanced-code-class', 5],
    ['table-enhanced-code-class', 6],
    ['table-action-argument', 8],
  ]);
  const pf = startPostfix(mainText);
  try {
    const rcpt = async (client: string): Promise<string> => {
      const replies = await smtpSession(pf, ['EHLO client.example', 'MAIL FROM:<a@example.org>', 'RCPT TO:<b@example.net>', 'QUIT'], client);
      return replies[3] ?? replies[replies.length - 1];
    };
    // Unknown action: smtpd reads it as a restriction list and fails on the unknown name.
    assert.match(await rcpt('127.0.0.2'), /^451 4\.3\.5 /);
    assert.ok(await waitForLog(pf, /unknown smtpd restriction: "REJECTED"/));
    // A lookup table in the result is refused.
    assert.match(await rcpt('127.0.0.3'), /^451 4\.3\.5 Server configuration error/);
    assert.ok(await waitForLog(pf, /has entry with lookup table: check_sender_access hash:/));
    // A bare code is all digits: OK, so the trailing `reject` is never reached.
    assert.match(await rcpt('127.0.0.4'), /^250 /);
    // A 2xx code is not a reply code here.
    assert.match(await rcpt('127.0.0.5'), /^451 4\.3\.5 /);
    // The enhanced code's class follows the reply code.
    assert.match(await rcpt('127.0.0.6'), /^554 5\.7\.1 .*Client host rejected: Go away/);
    assert.match(await rcpt('127.0.0.7'), /^450 4\.7\.1 .*Try later/);
    // DUNNO goes on to the next restriction.
    assert.match(await rcpt('127.0.0.8'), /^554 5\.7\.1 /);
    // FILTER without transport:destination is ignored with a warning.
    assert.match(await rcpt('127.0.0.9'), /^554 5\.7\.1 /);
    assert.ok(await waitForLog(pf, /requires transport:destination/));
  } finally {
    pf.stop();
    rmSync(dir, { recursive: true, force: true });
  }
});

test('a real smtpd refuses a permit from a table used by check_sender_mx_access, but not DISCARD', { skip: NO_POSTFIX, timeout: 120000 }, async () => {
  const dir = mkdtempSync(join(tmpdir(), 'pfaccess-'));
  chmodSync(dir, 0o755);
  const table = join(dir, 'mx.cidr');
  const lines = ['127.0.0.1 OK', '127.0.0.5 12345', '127.0.0.6 permit', '127.0.0.7 DISCARD', ''];
  writeFileSync(table, lines.join('\n'));
  const mainText = [
    'mynetworks = 127.0.0.0/8',
    'smtpd_relay_restrictions = permit_mynetworks, reject_unauth_destination',
    `smtpd_sender_restrictions = check_sender_mx_access cidr:${table}`,
    '',
  ].join('\n');
  assert.deepEqual(accessCodes(mainText, table, lines.join('\n')), [
    ['table-permit-forbidden', 1],
    ['table-permit-forbidden', 2],
    ['table-permit-forbidden', 3],
  ]);
  const pf = startPostfix(mainText);
  try {
    // An address literal is its own MX host, so no DNS is needed.
    const rcpt = async (sender: string): Promise<string> => {
      const replies = await smtpSession(pf, ['EHLO client.example', `MAIL FROM:<${sender}>`, 'RCPT TO:<b@example.net>', 'QUIT'], '127.0.0.2');
      return replies[3] ?? replies[replies.length - 1];
    };
    for (const host of ['127.0.0.1', '127.0.0.5', '127.0.0.6']) assert.match(await rcpt(`a@[${host}]`), /^451 4\.3\.5 Server configuration error/, host);
    assert.ok(await waitForLog(pf, /this is not allowed for security reasons/));
    assert.match(await rcpt('a@[127.0.0.7]'), /^250 /);
  } finally {
    pf.stop();
    rmSync(dir, { recursive: true, force: true });
  }
});
