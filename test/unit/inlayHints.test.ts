import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { InlayHint } from 'vscode-languageserver-types';
import { createLanguageService } from '../../server/src/languageService';
import { mainCf, masterCf, range, settings } from '../helpers';

const service = createLanguageService();
const ON = settings({ inlayHints: { expandedValues: true } });
const ALL = range(0, 0, 100, 0);

const brief = (hints: InlayHint[]) => hints.map((h) => [h.position.line, h.position.character, h.label]);

test('off by default: no hints unless postfix.inlayHints.expandedValues is on', () => {
  const doc = mainCf('mydomain = example.com\nmyorigin = $mydomain\n');
  assert.deepEqual(service.inlayHints(doc, ALL, settings()), []);
  assert.deepEqual(brief(service.inlayHints(doc, ALL, ON)), [[1, 20, '= example.com']]);
});

test('each reference shows what it expands to, through chains and defaults', () => {
  const text = [
    'mydomain = example.com', // 0
    'my_net = 192.0.2.0/24 $extra', // 1
    'extra = 198.51.100.0/24', // 2
    'mynetworks = 127.0.0.0/8 ${my_net}', // 3
    'relay_domains = $(mydomain), ${undefined_thing}', // 4
    'smtpd_banner = $myhostname ESMTP', // 5
    'x = ${mydomain?{yes}:{no}} $smtpd_helo_restrictions', // 6
    '',
  ].join('\n');
  const hints = service.inlayHints(mainCf(text), ALL, ON);
  assert.deepEqual(brief(hints), [
    [1, 28, '= 198.51.100.0/24'],
    [3, 34, '= 192.0.2.0/24 198.51.100.0/24'],
    [4, 27, '= example.com'],
    [4, 47, '= (not defined)'],
    [5, 26, '= (computed from the host)'],
    [6, 26, '= yes'],
    [6, 51, '= (empty)'],
  ]);
  assert.ok(hints.every((h) => h.paddingLeft === true));
});

test('long values are shortened, with the whole value in the tooltip', () => {
  const long = 'a'.repeat(30) + '.example ' + 'b'.repeat(30) + '.example';
  const hints = service.inlayHints(mainCf(`list = ${long}\nrelay_domains = $list\n`), ALL, ON);
  assert.equal(hints[0].label, `= ${long.slice(0, 39)}…`);
  assert.equal(hints[0].tooltip, long);
});

test('a recursive definition says so, as Postfix stops on it', () => {
  assert.deepEqual(brief(service.inlayHints(mainCf('a = $b\nb = $a\n'), ALL, ON)), [
    [0, 6, '= (refers to itself)'],
    [1, 6, '= (refers to itself)'],
  ]);
});

test('only hints inside the requested range', () => {
  const doc = mainCf('a = 1\nb = $a\nc = $a\n');
  assert.deepEqual(brief(service.inlayHints(doc, range(2, 0, 2, 6), ON)), [[2, 6, '= 1']]);
});

test('master.cf: -o values expand against the main.cf beside it and the service own -o settings', () => {
  const host = { readSibling: (_uri: string, name: string) => (name === 'main.cf' ? 'mua_client_restrictions = permit_sasl_authenticated, reject\n' : undefined) };
  const svc = createLanguageService(host);
  const text = 'submission inet n - y - - smtpd\n  -o syslog_name=postfix/submission\n  -o smtpd_client_restrictions=$mua_client_restrictions\n  -o milter_macro_daemon_name=$syslog_name\n';
  assert.deepEqual(brief(svc.inlayHints(masterCf(text), ALL, ON)), [
    [2, 55, '= permit_sasl_authenticated, reject'],
    [3, 42, '= postfix/submission'],
  ]);
});
