import { test } from 'node:test';
import assert from 'node:assert/strict';
import { applyEdits, fixesOf, messageOf, runMainCfRules } from './ruleTestUtil';
import { range } from '../helpers';
import { TABLE_TYPES, badTableTypes, isTableContext, tableTypesIn, unknownTableType } from '../../server/src/rules/mainCf/tables';

const run = (text: string, version = '3.7') => runMainCfRules([unknownTableType], text, { version });

test('the 31 lookup table types of Postfix, mongodb only from 3.9', () => {
  assert.equal(Object.keys(TABLE_TYPES).length, 31);
  assert.ok(tableTypesIn('3.7').includes('lmdb'));
  assert.ok(!tableTypesIn('3.7').includes('mongodb'));
  assert.ok(tableTypesIn('3.9').includes('mongodb'));
  assert.deepEqual(badTableTypes('proxy:mysql:/etc/postfix/x.cf', '3.7'), []);
  assert.deepEqual(badTableTypes('proxy:mysq:/etc/postfix/x.cf', '3.7'), [{ type: 'mysq', at: 6, problem: 'unknown' }]);
  assert.deepEqual(badTableTypes('unionmap:{hash:/a, hsh:/b}', '3.7'), [{ type: 'hsh', at: 19, problem: 'unknown' }]);
  assert.deepEqual(badTableTypes('inline:{ a=b, c:d=e }', '3.7'), []);
});

test('which parameters hold tables', () => {
  for (const name of ['alias_maps', 'virtual_alias_maps', 'header_checks', 'smtp_tls_policy_maps', 'mynetworks', 'relay_domains', 'smtpd_command_filter', 'smtp_tls_session_cache_database', 'address_verify_map', 'authorized_submit_users']) {
    assert.ok(isTableContext(name), name);
  }
  for (const name of ['relayhost', 'default_transport', 'virtual_transport', 'smtpd_milters', 'content_filter', 'smtpd_proxy_filter', 'proxy_read_maps', 'smtpd_expansion_filter', 'inet_interfaces', 'fallback_relay']) {
    assert.ok(!isTableContext(name), name);
  }
});

test('unknown-table-type: in a *_maps parameter, with the exact range of the type and a fix', () => {
  const text = 'alias_maps = hash:/etc/aliases, hsh:/etc/postfix/aliases2\n';
  const r = run(text);
  assert.equal(r.diagnostics.length, 1);
  const d = r.diagnostics[0];
  assert.equal(d.code, 'unknown-table-type');
  assert.equal(d.severity, 1);
  assert.deepEqual(d.range, range(0, 32, 0, 35));
  assert.match(messageOf(d), /no lookup table type "hsh" \(did you mean "hash"\?\).*unsupported dictionary type: hsh/);
  const fixed = applyEdits(r.document, fixesOf(d)[0].edits);
  assert.equal(fixed, 'alias_maps = hash:/etc/aliases, hash:/etc/postfix/aliases2\n');
  assert.equal(run(fixed).diagnostics.length, 0);
});

test('unknown-table-type: types are case-sensitive; the lowercase fix is safe', () => {
  const r = run('transport_maps = HASH:/etc/postfix/transport\n');
  assert.deepEqual(r.texts, ['HASH']);
  assert.equal(fixesOf(r.diagnostics[0]).length, 1);
  assert.equal(fixesOf(r.diagnostics[0])[0].safe, true);
});

test('unknown-table-type: restriction arguments, bare tables, match lists, proxy and unionmap', () => {
  const text = [
    'smtpd_client_restrictions = check_client_access cidrr:/etc/postfix/clients.cidr, pcre:/etc/postfix/ok.pcre',
    'smtpd_sender_restrictions = hashh:/etc/postfix/senders',
    'smtpd_relay_restrictions = permit_mynetworks, reject_unauth_destination',
    'virtual_mailbox_domains = proxy:mysqll:/etc/postfix/domains.cf',
    'virtual_alias_maps = unionmap:{hash:/etc/postfix/a, texthsh:/etc/postfix/b}',
    'smtpd_sender_login_maps = mongodb:/etc/postfix/mongo.cf',
  ].join('\n');
  const r = run(text);
  assert.deepEqual(r.texts, ['cidrr', 'hashh', 'mysqll', 'texthsh', 'mongodb']);
  assert.deepEqual(r.diagnostics[2].range, range(3, 32, 3, 38));
  assert.match(messageOf(r.diagnostics[4]), /exists from Postfix 3\.9 on; Postfix 3\.7/);
  assert.equal(run(text, '3.11').texts.includes('mongodb'), false);
});

test('unknown-table-type: endpoints that only look like type:name are not tables', () => {
  const text = [
    'relayhost = [smtp.example.net]:587',
    'virtual_transport = lmtp:unix:private/dovecot-lmtp',
    'default_transport = smtp:[relay.example.net]',
    'smtpd_milters = inet:127.0.0.1:11332, unix:/run/opendkim.sock',
    'non_smtpd_milters = $smtpd_milters',
    'content_filter = amavis:[127.0.0.1]:10024',
    'smtpd_proxy_filter = 127.0.0.1:10025',
    'smtpd_recipient_restrictions = check_policy_service inet:127.0.0.1:10023, check_policy_service { unix:private/spf, timeout=10s }, reject_unauth_destination',
    'mynetworks = 127.0.0.0/8 [::1]/128',
    'alias_maps = hash:/etc/aliases, nis:mail.aliases',
    'local_recipient_maps = proxy:unix:passwd.byname $alias_maps',
    'proxy_read_maps = $local_recipient_maps $mydestination',
  ].join('\n');
  assert.deepEqual(run(text).diagnostics, []);
});

test('unknown-table-type: the default database type', () => {
  const r = run('default_database_type = hsh\n');
  assert.deepEqual(r.texts, ['hsh']);
  assert.match(messageOf(r.diagnostics[0]), /default_database_type = hsh/);
  assert.equal(applyEdits(r.document, fixesOf(r.diagnostics[0])[0].edits), 'default_database_type = hash\n');
});
