/** Document links: postconf(5) entries for parameter names, file: links for table files. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { DocumentLink } from 'vscode-languageserver-types';
import { createLanguageService } from '../../server/src/languageService';
import { fileUri, referencesInValue } from '../../server/src/features/table/references';
import { postconfUrl } from '../../server/src/features/links';
import { mainCf, masterCf, range, settings } from '../helpers';

const service = createLanguageService();

function links(text: string, kind: 'main' | 'master' = 'main'): Array<[string, string | undefined]> {
  const document = kind === 'main' ? mainCf(text) : masterCf(text);
  return service.documentLinks(document, settings()).map((l: DocumentLink) => [document.getText(l.range), l.target]);
}

test('parameter names link to their postconf(5) entry; unknown names do not', () => {
  assert.deepEqual(links('myhostname = mail.example.com\nmy_own_thing = 1\n'), [['myhostname', 'https://www.postfix.org/postconf.5.html#myhostname']]);
  assert.equal(postconfUrl('smtpd_relay_restrictions'), 'https://www.postfix.org/postconf.5.html#smtpd_relay_restrictions');
  assert.equal(postconfUrl('no_such_parameter'), undefined);
  assert.equal(postconfUrl('a"b'), undefined);
});

test('type:/path opens the table file, with the exact range of the path', () => {
  const text = 'smtpd_client_restrictions = check_client_access hash:/etc/postfix/access, reject\n';
  const document = mainCf(text);
  const all = service.documentLinks(document, settings());
  assert.equal(all.length, 2);
  assert.deepEqual(all[1].range, range(0, 53, 0, 72));
  assert.equal(all[1].target, 'file:///etc/postfix/access');
  assert.equal(all[1].tooltip, 'Open the hash: table file');
});

test('$config_directory, proxy:, unionmap:{...} and client configuration files', () => {
  const text = [
    'transport_maps = proxy:hash:$config_directory/transport',
    'virtual_alias_maps = unionmap:{hash:/etc/postfix/virtual, pcre:/etc/postfix/virtual.pcre}',
    'virtual_mailbox_maps = proxy:mysql:/etc/postfix/mysql-mailboxes.cf',
    'header_checks = regexp:/etc/postfix/header_checks',
    '',
  ].join('\n');
  assert.deepEqual(links(text), [
    ['transport_maps', 'https://www.postfix.org/postconf.5.html#transport_maps'],
    ['$config_directory/transport', 'file:///etc/postfix/transport'],
    ['virtual_alias_maps', 'https://www.postfix.org/postconf.5.html#virtual_alias_maps'],
    ['/etc/postfix/virtual', 'file:///etc/postfix/virtual'],
    ['/etc/postfix/virtual.pcre', 'file:///etc/postfix/virtual.pcre'],
    ['virtual_mailbox_maps', 'https://www.postfix.org/postconf.5.html#virtual_mailbox_maps'],
    ['/etc/postfix/mysql-mailboxes.cf', 'file:///etc/postfix/mysql-mailboxes.cf'],
    ['header_checks', 'https://www.postfix.org/postconf.5.html#header_checks'],
    ['/etc/postfix/header_checks', 'file:///etc/postfix/header_checks'],
  ]);
});

test('no links for things that are not table files', () => {
  const text = [
    'relayhost = [smtp.example.com]:587',
    'smtpd_recipient_restrictions = check_policy_service unix:private/policy, check_policy_service inet:127.0.0.1:10023',
    'local_recipient_maps = proxy:unix:passwd.byname $alias_maps',
    'sender_dependent_default_transport_maps = static:smtp:[relay.example.com]',
    'smtpd_sender_login_maps = hash:relative/path',
    'content_filter = smtp:[127.0.0.1]:10024',
    '',
  ].join('\n');
  assert.deepEqual(
    links(text).filter(([, target]) => !target?.startsWith('https://')),
    [],
  );
});

test('master.cf: -o names link to postconf(5), tables in -o values open the file', () => {
  const text = 'submission inet n - y - - smtpd\n  -o smtpd_client_restrictions=check_client_access,cidr:/etc/postfix/sub.cidr,reject\n  -o { smtpd_tls_security_level = encrypt }\n';
  assert.deepEqual(links(text, 'master'), [
    ['smtpd_client_restrictions', 'https://www.postfix.org/postconf.5.html#smtpd_client_restrictions'],
    ['/etc/postfix/sub.cidr', 'file:///etc/postfix/sub.cidr'],
    ['smtpd_tls_security_level', 'https://www.postfix.org/postconf.5.html#smtpd_tls_security_level'],
  ]);
});

test('file links are built safely: percent-encoded, absolute, never another scheme', () => {
  assert.equal(fileUri('/etc/postfix/a#b?c%d e'), 'file:///etc/postfix/a%23b%3Fc%25d%20e');
  assert.equal(fileUri('/etc/postfix/../postfix/./access'), 'file:///etc/postfix/access');
  for (const bad of ['relative', '$config_directory/x', '/etc/postfix/\u0000x', '//host/share', '/', 'command:foo', 'file:///etc/x']) {
    assert.equal(fileUri(bad), undefined, bad);
  }
  const text = 'transport_maps = hash:/tmp/x](command:workbench.action.quit)\nheader_checks = pcre:/etc/postfix/a\u202eb\n';
  for (const [, target] of links(text)) {
    assert.ok(target && (target.startsWith('https://www.postfix.org/postconf.5.html#') || target.startsWith('file:///')), target);
    assert.doesNotMatch(target ?? '', /[()\]]/);
  }
});

test('table references are found with their offsets', () => {
  assert.deepEqual(
    referencesInValue('check_client_access proxy:hash:/a, pipemap:{ cidr:/b, static:x }').map((r) => [r.type, r.name, r.nameStart, r.via]),
    [
      ['hash', '/a', 31, ['proxy']],
      ['cidr', '/b', 50, []],
      ['static', 'x', 61, []],
    ],
  );
});
