import { test } from 'node:test';
import assert from 'node:assert/strict';
import { VALUE_RULES, parseTime } from '../../server/src/rules/mainCf/values';
import { applyEdits, fixesOf, runMainCfRules } from './ruleTestUtil';

const run = (text: string) => runMainCfRules(VALUE_RULES, text);
const found = (text: string) => {
  const r = run(text);
  return r.diagnostics.map((d) => [d.code, r.document.getText(d.range)]);
};
const fixed = (text: string) => {
  const r = run(text);
  return applyEdits(r.document, fixesOf(r.diagnostics[0])[0].edits);
};

test('invalid-boolean: only yes and no, in any case', () => {
  assert.deepEqual(found('smtpd_helo_required = maybe\n'), [['invalid-boolean', 'maybe']]);
  assert.deepEqual(found('smtpd_helo_required = YES\ndisable_vrfy_command = No\n'), []);
  assert.equal(fixed('smtpd_helo_required = true\n'), 'smtpd_helo_required = yes\n');
});

test('invalid-integer: digits only, and the enforced range', () => {
  assert.deepEqual(found('smtpd_recipient_limit = 1k\n'), [['invalid-integer', '1k']]);
  assert.deepEqual(found('default_process_limit = 0\n'), [['invalid-integer', '0']], 'minimum 1');
  assert.deepEqual(found('smtpd_recipient_limit = 1000\nsmtpd_error_sleep_time = 1s\n'), []);
  assert.equal(fixed('smtpd_recipient_limit = 1,000\n'), 'smtpd_recipient_limit = 1000\n');
});

test('invalid-size: a byte count has no unit suffix; the fix computes the bytes', () => {
  assert.deepEqual(found('message_size_limit = 20M\n'), [['invalid-size', '20M']]);
  assert.equal(fixed('message_size_limit = 20M\n'), 'message_size_limit = 20971520\n');
  assert.deepEqual(found('message_size_limit = 52428800\n'), []);
});

test('invalid-time: a unit letter right after the digits, as conv_time() reads it', () => {
  assert.deepEqual(found('maximal_queue_lifetime = 2 days\n'), [['invalid-time', '2 days']]);
  assert.equal(fixed('smtpd_timeout = 300 sec\n'), 'smtpd_timeout = 300s\n');
  assert.deepEqual(found('smtpd_timeout = 300x\n'), [['invalid-time', '300x']]);
  // Postfix 3.7-3.11 look only at the first character after the digits.
  assert.deepEqual(found('smtpd_timeout = 300s # default\nsmtp_helo_timeout = 300sec\n'), []);
  assert.deepEqual(found('maximal_queue_lifetime = 5\nsmtpd_timeout = 5m\nbounce_queue_lifetime = 1w\n'), []);
  assert.deepEqual(found('maximal_queue_lifetime = 1000d\n'), [['invalid-time', '1000d']], 'above the 100-day maximum');
});

test('parseTime mirrors conv_time', () => {
  assert.equal(parseTime('5', 'd'), 432000);
  assert.equal(parseTime('10m', 's'), 600);
  assert.equal(parseTime('10sec', 's'), 10);
  assert.equal(parseTime('10 s', 's'), undefined);
  assert.equal(parseTime('10x', 's'), undefined);
  assert.equal(parseTime('-1s', 's'), undefined);
  assert.equal(parseTime('', 's'), undefined);
  assert.equal(parseTime('99999999w', 's'), undefined);
});

test('values are checked after $ expansion', () => {
  assert.deepEqual(found('my_limit = lots\nsmtpd_recipient_limit = $my_limit\n'), [['invalid-integer', '$my_limit']]);
  assert.deepEqual(found('my_limit = 50\nsmtpd_recipient_limit = $my_limit\n'), []);
});

test('invalid-reply-code: 4xx or 5xx, and the enforced ranges', () => {
  assert.deepEqual(found('relay_domains_reject_code = 250\n'), [['invalid-reply-code', '250']]);
  assert.deepEqual(found('unverified_recipient_defer_code = 550\n'), [['invalid-reply-code', '550']]);
  assert.deepEqual(found('relay_domains_reject_code = 554\nunverified_recipient_defer_code = 450\n'), []);
  assert.deepEqual(found('reject_code = five\n'), [['invalid-reply-code', 'five']]);
});
