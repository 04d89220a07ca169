import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { DocumentSymbol } from 'vscode-languageserver-types';
import { createLanguageService } from '../../server/src/languageService';
import { Area, parameterArea } from '../../server/src/features/symbols';
import { allParameters } from '../../server/src/knowledge/parameters';
import { mainCf, masterCf, range, settings } from '../helpers';

const service = createLanguageService();

const outline = (symbols: DocumentSymbol[]) => symbols.map((g) => [g.name, (g.children ?? []).map((c) => c.name)]);

test('main.cf settings are grouped by area, groups in order of first appearance', () => {
  const doc = mainCf(
    [
      'myhostname = mx.example.com', // 0
      'smtpd_tls_cert_file = /etc/ssl/mx.pem', // 1
      'smtpd_relay_restrictions = permit_mynetworks,', // 2
      '    reject_unauth_destination', // 3
      'smtpd_sasl_auth_enable = yes', // 4
      'virtual_alias_maps = hash:/etc/postfix/virtual', // 5
      'relayhost = [smtp.example.net]:587', // 6
      'smtp_tls_security_level = may', // 7
      'mua_only = permit_sasl_authenticated, reject', // 8
      'smtpd_restriction_classes = mua_only', // 9
      'header_checks = regexp:/etc/postfix/header_checks', // 10
      'maximal_queue_lifetime = 2d', // 11
      'my_helper = 1', // 12
      '',
    ].join('\n'),
  );
  const symbols = service.documentSymbols(doc, settings());
  assert.deepEqual(outline(symbols), [
    ['Host and domains', ['myhostname']],
    ['TLS', ['smtpd_tls_cert_file', 'smtp_tls_security_level']],
    ['Relay and restrictions', ['smtpd_relay_restrictions', 'mua_only', 'smtpd_restriction_classes']],
    ['SASL authentication', ['smtpd_sasl_auth_enable']],
    ['Address rewriting', ['virtual_alias_maps']],
    ['Delivery and transports', ['relayhost']],
    ['Content filters and milters', ['header_checks']],
    ['Queue, bounces and limits', ['maximal_queue_lifetime']],
    ['Your own parameters', ['my_helper']],
  ]);
  const relay = symbols[2];
  assert.equal(relay.kind, 3);
  assert.deepEqual(relay.range, range(2, 0, 9, 36));
  const restrictions = relay.children![0];
  assert.deepEqual(restrictions.range, range(2, 0, 3, 29), 'an entry spans its continuation lines');
  assert.deepEqual(restrictions.selectionRange, range(2, 0, 2, 24));
  assert.equal(restrictions.detail, 'permit_mynetworks, reject_unauth_destination');
  assert.equal(relay.children![1].kind, 13, 'a class defined in the file is a variable');
  assert.equal(restrictions.kind, 7);
  const ja = service.documentSymbols(doc, settings({ locale: 'ja' }));
  assert.equal(ja[2].name, '中継と制限');
});

test('deprecated parameters are tagged', () => {
  const symbols = service.documentSymbols(mainCf('smtpd_use_tls = yes\nvirtual_maps = hash:/x\nmyhostname = a\n'), settings({ version: '3.9' }));
  const all = symbols.flatMap((g) => g.children ?? []);
  assert.deepEqual(all.find((s) => s.name === 'smtpd_use_tls')?.tags, [1]);
  assert.deepEqual(all.find((s) => s.name === 'virtual_maps')?.tags, [1]);
  assert.equal(all.find((s) => s.name === 'myhostname')?.tags, undefined);
});

test('every parameter Postfix knows gets an area, and the main ones the expected one', () => {
  const expected: Record<string, Area> = {
    mynetworks: 'relay',
    relay_domains: 'relay',
    smtpd_recipient_restrictions: 'relay',
    smtpd_tls_security_level: 'tls',
    smtp_sasl_password_maps: 'sasl',
    postscreen_dnsbl_sites: 'postscreen',
    canonical_maps: 'rewriting',
    smtpd_milters: 'filters',
    mydestination: 'host',
    transport_maps: 'delivery',
    alias_maps: 'delivery',
    relocated_maps: 'tables',
    debug_peer_list: 'logging',
    queue_directory: 'system',
    bounce_queue_lifetime: 'queue',
    smtpd_timeout: 'smtpd',
  };
  for (const [name, area] of Object.entries(expected)) assert.equal(parameterArea(name), area, name);
  assert.equal(parameterArea('my_thing'), 'own');
  for (const info of allParameters()) assert.notEqual(parameterArea(info.name), 'own', info.name);
});

test('master.cf: services with their -o options', () => {
  const doc = masterCf('# comment\nsmtp      inet  n - y - - smtpd\nsubmission inet n - y - - smtpd\n  -o syslog_name=postfix/submission\n  -o smtpd_use_tls=yes\n');
  const symbols = service.documentSymbols(doc, settings({ version: '3.9' }));
  assert.deepEqual(outline(symbols), [
    ['smtp/inet', []],
    ['submission/inet', ['syslog_name', 'smtpd_use_tls']],
  ]);
  assert.equal(symbols[1].detail, 'smtpd');
  assert.deepEqual(symbols[1].range, range(2, 0, 4, 22));
  assert.deepEqual(symbols[1].selectionRange, range(2, 0, 2, 15));
  assert.deepEqual(symbols[1].children![0].range, range(3, 2, 3, 35));
  assert.deepEqual(symbols[1].children![0].selectionRange, range(3, 5, 3, 16));
  assert.deepEqual(symbols[1].children![1].tags, [1]);
});
