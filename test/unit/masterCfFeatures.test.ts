import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { Hover, MarkupContent } from 'vscode-languageserver-types';
import { createLanguageService } from '../../server/src/languageService';
import { masterCfHoverAt } from '../../server/src/features/master/hover';
import { ENTRY_SNIPPETS } from '../../server/src/features/master/completion';
import { DAEMON_DOCS, NO_ARGUMENT_COMMANDS } from '../../server/src/features/master/knowledge';
import { parseMainCfModel } from '../../server/src/languages/mainCf';
import { parseMasterCf } from '../../server/src/parser/masterCf';
import { cursor, mainCf, masterCf, range, settings } from '../helpers';

function service(files: { main?: string; master?: string } = {}) {
  return createLanguageService({
    readSibling: (_uri, name) => (name === 'main.cf' ? files.main : name === 'master.cf' ? files.master : undefined),
  });
}

function hoverAt(textWithCursor: string, main?: string, locale: 'en' | 'ja' = 'en'): { text: string; hover: Hover | null; markdown: string } {
  const { text, offset } = cursor(textWithCursor);
  const doc = masterCf(text);
  const hover = service({ main }).hover(doc, doc.positionAt(offset), settings({ locale, version: '3.7' }));
  return { text, hover, markdown: hover ? (hover.contents as MarkupContent).value : '' };
}

test('hover on every column says what it is, its value here and what "-" stands for', () => {
  const line = (col: string) => {
    const fields = ['submission', 'inet', 'n', '-', '-', '60?', '-', 'smtpd'];
    const i = ['service', 'type', 'private', 'unprivileged', 'chroot', 'wakeup', 'maxproc', 'command'].indexOf(col);
    fields[i] = `|${fields[i]}`;
    return fields.join(' ') + '\n';
  };
  assert.match(hoverAt(line('service')).markdown, /^\*\*service name\*\* \(column 1\) — `submission`/);
  assert.match(hoverAt(line('service')).markdown, /Port 587/);
  assert.match(hoverAt(line('type')).markdown, /A TCP listener/);
  assert.match(hoverAt(line('private')).markdown, /Here: `n` \(no\)/);
  assert.match(hoverAt(line('unprivileged')).markdown, /"-" stands for the default: `y`/);
  assert.match(hoverAt(line('chroot')).markdown, /"-" stands for the default: n \(y when compatibility_level is below 1\)/);
  assert.match(hoverAt(line('chroot'), 'compatibility_level = 3.6\n').markdown, /`n` at compatibility_level `3.6`/);
  assert.match(hoverAt(line('chroot'), '').markdown, /`y` at compatibility_level `0`/);
  assert.match(hoverAt(line('wakeup')).markdown, /every 60 seconds, once the service has been used/);
  assert.match(hoverAt(line('maxproc'), 'default_process_limit = 50\n').markdown, /default_process_limit, here `50`/);
  assert.match(hoverAt(line('maxproc')).markdown, /here `100`/);
  const command = hoverAt(line('command'));
  assert.match(command.markdown, /Postfix's SMTP server/);
  assert.deepEqual(command.hover!.range, range(0, 28, 0, 33));
  assert.match(hoverAt('x unix - - n - - |my-filter\n').markdown, /Not a program of the Postfix distribution/);
  assert.match(hoverAt('127.0.0.1:10025 inet n - n - - smtpd\n'.replace('127', '|127')).markdown, /Listens on `127\.0\.0\.1`, port `10025`/);
  assert.match(hoverAt('|relay unix - - n - - smtp\n').markdown, /Socket: `private\/relay`/);
  assert.match(hoverAt('|showq unix n - n - - showq\n').markdown, /`public\/showq`/);
});

test('every daemon in the catalog has en and ja text; the no-argument list only names catalogued daemons', () => {
  for (const [name, doc] of Object.entries(DAEMON_DOCS)) {
    assert.ok(doc.text.en.length > 40 && doc.text.ja && doc.text.ja.length > 20, name);
    if (doc.example) assert.equal(parseMasterCf(doc.example).services[0].command!.text, name, `${name}'s example runs it`);
  }
  for (const name of NO_ARGUMENT_COMMANDS) assert.ok(name in DAEMON_DOCS, name);
  for (const name of ['smtpd', 'postscreen', 'pickup', 'cleanup', 'qmgr', 'smtp', 'lmtp', 'local', 'virtual', 'pipe', 'spawn', 'tlsproxy', 'dnsblog', 'verify', 'proxymap', 'anvil', 'scache', 'postlogd', 'discard', 'error', 'bounce', 'trivial-rewrite', 'showq', 'flush']) {
    assert.ok(name in DAEMON_DOCS, name);
  }
});

test('hover on an -o name: the override for this service, then the main.cf catalog facts', () => {
  const { markdown, hover } = hoverAt('submission inet n - n - - smtpd\n  -o smtpd_tls_security_|level=encrypt\n', 'smtpd_tls_security_level = may\n');
  assert.match(markdown, /^Set for the service `submission\/inet` only: `encrypt`\. This -o setting wins over main\.cf/);
  assert.match(markdown, /\*\*`smtpd_tls_security_level`\*\*/);
  assert.match(markdown, /Value in effect: `may` \(set on line 1\)/);
  assert.deepEqual(hover!.range, range(1, 5, 1, 29));
  assert.match(hoverAt('s unix - - n - - smtp -o |x_y=1\n').markdown, /Not a built-in parameter/);
  assert.match(hoverAt('s unix - - n - - smtp -o |relay_destination_concurrency_limit=1\n').markdown, /template for the 'relay' service/);
  assert.match(hoverAt('s unix - - n - - smtp -o |foo_destination_rate_delay=1s\n').markdown, /per-service parameter name: `foo`/);
  assert.match(hoverAt('s unix - - n - - smtp -o |myhostname=x\n').markdown, /No main\.cf next to this file/);
});

test('hover on $name in an -o value: this entry\'s own -o, else the main.cf definition, else undefined', () => {
  const main = 'mua_client_restrictions = permit_sasl_authenticated, reject\n';
  const fromMain = hoverAt('s inet n - n - - smtpd -o smtpd_client_restrictions=$mua_client_|restrictions\n', main);
  assert.match(fromMain.markdown, /`mua_client_restrictions`/);
  assert.match(fromMain.markdown, /`permit_sasl_authenticated, reject` \(set on line 1\)/);
  const local = hoverAt('s inet n - n - - smtpd -o a=1 -o smtpd_banner=$|a\n', '');
  assert.match(local.markdown, /Set by this service's own -o option: `-o a=1`/);
  assert.match(hoverAt('s inet n - n - - smtpd -o smtpd_banner=$no|pe\n', '').markdown, /Not defined: set neither in this service's -o options nor in main\.cf/);
  const builtin = hoverAt('s inet n - n - - smtpd -o smtpd_banner=$my|hostname\n', 'myhostname = mx.example.com\n');
  assert.match(builtin.markdown, /`mx\.example\.com` \(set on line 1\)/);
});

test('hover on a -o after the arguments explains that it is not an option; on -v it explains the flag', () => {
  const late = hoverAt('p unix - n n - - pipe user=x argv=/bin/cat |-o content_filter=\n');
  assert.match(late.markdown, /Not an option: Postfix stops reading options at the first argument that does not start with "-" \(`user=x`\)/);
  assert.match(hoverAt('s inet n - n - - smtpd |-v\n').markdown, /Verbose logging/);
});

test('hover in Japanese, and document text only inside code spans', () => {
  assert.match(hoverAt('s |inet n - n - - smtpd\n', undefined, 'ja').markdown, /TCP で待ち受ける/);
  const evil = hoverAt('s inet n - n - - smtpd -o |smtpd_banner=[x](command:evil)\n');
  assert.match(evil.markdown, /`\[x\]\(command:evil\)`/);
  assert.doesNotMatch(evil.markdown.replace(/`[^`]*`/g, ''), /\]\(command:/);
});

test('hover never throws: every offset of every corpus-like line', () => {
  const text = 'smtp inet n - n - - smtpd -o {a=1 -o b = c\n  -o { d = $e } x -o f=g\n[::1 inet\npipe unix - n n - - pipe user=x argv=/bin/cat -o ${x}\n';
  const doc = parseMasterCf(text);
  const main = parseMainCfModel('');
  for (let offset = 0; offset <= text.length; offset++) {
    masterCfHoverAt(doc, offset, settings(), main);
    masterCfHoverAt(doc, offset, settings(), undefined);
  }
});

function completeAt(textWithCursor: string, main?: string) {
  const { text, offset } = cursor(textWithCursor);
  const doc = masterCf(text);
  return { doc, list: service({ main }).complete(doc, doc.positionAt(offset), settings({ version: '3.7' })) };
}

test('completion: service types, y/n/-, wakeup, process limit and commands, replacing the column', () => {
  const types = completeAt('smtp in| n - n - - smtpd\n');
  assert.deepEqual(types.list.items.map((i) => i.label), ['inet', 'unix', 'unix-dgram', 'fifo', 'pass']);
  assert.deepEqual((types.list.items[0].textEdit as { range: unknown }).range, range(0, 5, 0, 7));
  assert.deepEqual(completeAt('smtp inet | - n - - smtpd\n').list.items.map((i) => i.label), ['y', 'n', '-']);
  assert.deepEqual(completeAt('smtp inet n - n | - smtpd\n').list.items.map((i) => i.label), ['-', '60', '300', '1000?']);
  assert.deepEqual(completeAt('smtp inet n - n - | smtpd\n').list.items.map((i) => i.label), ['-', '0', '1']);
  const commands = completeAt('smtp inet n - n - - smt|\n').list.items.map((i) => i.label);
  for (const name of ['smtpd', 'postscreen', 'smtp', 'lmtp', 'pipe', 'trivial-rewrite', 'postlogd']) assert.ok(commands.includes(name), name);
  assert.deepEqual(completeAt('smt|p inet n - n - - smtpd\n').list.items, [], 'no completion inside an existing service name');
});

test('completion: the -o names and values come from completeMasterCf, merged in', () => {
  const names = completeAt('s inet n - n - - smtpd -o smtpd_tls_sec|\n').list.items.map((i) => i.label);
  assert.ok(names.includes('smtpd_tls_security_level'));
  const values = completeAt('s inet n - n - - smtpd -o smtpd_sasl_auth_enable=|\n').list.items.map((i) => i.label);
  assert.ok(values.includes('yes') && values.includes('no'));
});

test('completion: submission (587) and submissions (465) snippets where an entry starts; each is a correct entry', () => {
  const list = completeAt('sub|\n').list;
  assert.deepEqual(list.items.map((i) => i.label), ['submission', 'submissions']);
  assert.deepEqual((list.items[0].textEdit as { range: unknown }).range, range(0, 0, 0, 3));
  for (const snippet of ENTRY_SNIPPETS) {
    const [entry] = parseMasterCf(snippet.text).services;
    const options = new Map(entry.options.map((o) => [o.name, o.value]));
    assert.equal(entry.command!.text, 'smtpd');
    assert.equal(entry.private!.text, 'n');
    assert.equal(options.get('smtpd_sasl_auth_enable'), 'yes');
    assert.equal(options.get('smtpd_recipient_restrictions'), 'permit_sasl_authenticated,reject');
    const doc = masterCf(snippet.text + '\n');
    assert.deepEqual(service({ main: '' }).validate(doc, settings({ version: '3.7' })).map((d) => d.code), [], snippet.label);
  }
  assert.equal(new Map(parseMasterCf(ENTRY_SNIPPETS[0].text).services[0].options.map((o) => [o.name, o.value])).get('smtpd_tls_security_level'), 'encrypt');
  assert.equal(new Map(parseMasterCf(ENTRY_SNIPPETS[1].text).services[0].options.map((o) => [o.name, o.value])).get('smtpd_tls_wrappermode'), 'yes');
});

test('code actions: quick fixes from the diagnostics, and a fix-all of the safe ones', () => {
  const text = 's inet n - n - - smtpd -o smtpd_tls_security_level = may\nt unix Y - n - - smtp\n';
  const doc = masterCf(text);
  const svc = service({ main: '' });
  const diagnostics = svc.validate(doc, settings({ version: '3.7' }));
  assert.deepEqual(diagnostics.map((d) => d.code), ['master-option-whitespace', 'master-invalid-flag']);
  const actions = svc.codeActions(doc, diagnostics[0].range, diagnostics, settings());
  assert.equal(actions[0].title, 'Change to "-o smtpd_tls_security_level=may"');
  const all = actions.find((a) => a.kind === 'source.fixAll.postfix');
  assert.ok(all);
  const edits = all.edit!.changes![doc.uri];
  assert.equal(edits.length, 2);
});

test('cross-file: main.cf sees the services of its master.cf, and a changed master.cf changes its diagnostics', () => {
  const files: { master?: string } = { master: 'smtp unix - - n - - smtp\n' };
  const svc = createLanguageService({ readSibling: (_uri, name) => (name === 'master.cf' ? files.master : undefined) });
  const main = mainCf('relay_destination_concurrency_limit = 5\nsubmission_banner = hello\n');
  const codes = () => svc.validate(main, settings({ version: '3.7' })).filter((d) => d.code === 'unknown-parameter').map((d) => main.getText(d.range));
  assert.deepEqual(codes(), ['relay_destination_concurrency_limit', 'submission_banner']);
  files.master = 'smtp unix - - n - - smtp\nrelay unix - - n - - smtp\nsubmission inet n - n - - smtpd -o smtpd_banner=$submission_banner\n';
  assert.deepEqual(codes(), [], 'relay runs smtp; $submission_banner in an -o uses the name');
  files.master = 'relay unix - - n - - smtp\np unix - n n - - pipe user=x argv=/bin/cat -o smtpd_banner=$submission_banner\n';
  assert.deepEqual(codes(), ['submission_banner'], 'an -o after pipe arguments is no option and uses nothing');
});
