import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createLanguageService } from '../../server/src/languageService';
import { mainCf, masterCf, settings } from '../helpers';

const service = createLanguageService();

test('main.cf: continuation lines fold with their setting, comment blocks of two or more lines fold', () => {
  const text = [
    '# Postfix main.cf', // 0
    '# for mx.example.com', // 1
    '', // 2
    'myhostname = mx.example.com', // 3
    '# single comment', // 4
    'smtpd_recipient_restrictions = permit_mynetworks,', // 5
    '    # the relay check', // 6
    '    reject_unauth_destination,', // 7
    '', // 8
    '    permit', // 9
    '# a', // 10
    '  # indented comment lines count too', // 11
    'mynetworks = 127.0.0.0/8', // 12
    '',
  ].join('\n');
  assert.deepEqual(service.foldingRanges(mainCf(text), settings()), [
    { startLine: 0, endLine: 1, kind: 'comment' },
    { startLine: 5, endLine: 9 },
    { startLine: 10, endLine: 11, kind: 'comment' },
  ]);
});

test('CRLF and a file without a final line break fold the same way', () => {
  assert.deepEqual(service.foldingRanges(mainCf('# a\r\n# b\r\nx = 1,\r\n 2'), settings()), [
    { startLine: 0, endLine: 1, kind: 'comment' },
    { startLine: 2, endLine: 3 },
  ]);
});

test('master.cf: a service with -o lines folds; an indented first line is not a service', () => {
  const text = ['#', '# ====', 'submission inet n - y - - smtpd', '  -o syslog_name=postfix/submission', '  -o smtpd_tls_security_level=encrypt', 'smtp inet n - y - - smtpd', ''].join('\n');
  assert.deepEqual(service.foldingRanges(masterCf(text), settings()), [
    { startLine: 0, endLine: 1, kind: 'comment' },
    { startLine: 2, endLine: 4 },
  ]);
});
