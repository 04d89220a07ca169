import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { applyEdits, fixesOf, messageOf, runMainCfRules } from './ruleTestUtil';
import { NO_SHARED, SHARED_DIR, range } from '../helpers';
import { MainCfRule } from '../../server/src/rules/rule';
import {
  deprecatedRestriction,
  restrictionWrongStage,
  undefinedRestrictionClass,
  unknownRestriction,
  unreachableRestriction,
} from '../../server/src/rules/mainCf/restrictions';
import { RELAY_AND_RESTRICTION_RULES } from '../../server/src/rules/mainCf/relayRules';
import { allRestrictions } from '../../server/src/knowledge/restrictions';
import { hasRequired, parseItems } from '../../server/src/analysis/restrictionLists';
import { editDistance, suggest } from '../../server/src/analysis/suggest';

const run = (rule: MainCfRule, text: string, version = '3.7', locale: 'en' | 'ja' = 'en') => runMainCfRules([rule], text, { version, locale });

test('the rule ids and default severities are the public contract', () => {
  assert.deepEqual(
    RELAY_AND_RESTRICTION_RULES.map((r) => `${r.id}:${r.severity}`),
    [
      'unknown-restriction:error',
      'deprecated-restriction:warning',
      'restriction-wrong-stage:warning',
      'unreachable-restriction:warning',
      'undefined-restriction-class:error',
      'relay-check-missing:error',
      'open-relay:error',
      'invalid-network:error',
      'unknown-table-type:error',
      'sasl-without-tls:warning',
    ],
  );
});

test('every message has a default, a Japanese text and the same placeholders in both languages', () => {
  for (const rule of RELAY_AND_RESTRICTION_RULES) {
    assert.ok(rule.messages.default, `${rule.id} has a default message`);
    for (const [variant, text] of Object.entries(rule.messages)) {
      assert.ok(text.ja && /[ぁ-んァ-ン一-龯]/.test(text.ja), `${rule.id}/${variant} has Japanese`);
      const holes = (s: string) => [...new Set(s.match(/\{\d+\}/g) ?? [])].sort().join();
      assert.equal(holes(text.ja ?? ''), holes(text.en), `${rule.id}/${variant} placeholders`);
    }
  }
});

test('unknown-restriction: a misspelt name, with its exact range and did-you-mean fixes that apply', () => {
  const text = 'compatibility_level = 3.6\nsmtpd_relay_restrictions = permit_mynetworks, reject_unauth_destinaton\n';
  const r = run(unknownRestriction, text);
  assert.equal(r.diagnostics.length, 1);
  const d = r.diagnostics[0];
  assert.equal(d.code, 'unknown-restriction');
  assert.equal(d.severity, 1);
  assert.deepEqual(d.range, range(1, 46, 1, 70));
  assert.match(messageOf(d), /"reject_unauth_destinaton"/);
  assert.match(messageOf(d), /451 4\.3\.5 Server configuration error/);
  assert.match(messageOf(d), /did you mean "reject_unauth_destination"/);
  const fixes = fixesOf(d);
  assert.equal(fixes[0].title, 'Replace with "reject_unauth_destination"');
  assert.ok(fixes.length <= 3);
  const fixed = applyEdits(r.document, fixes[0].edits);
  assert.equal(fixed, 'compatibility_level = 3.6\nsmtpd_relay_restrictions = permit_mynetworks, reject_unauth_destination\n');
  assert.equal(run(unknownRestriction, fixed).diagnostics.length, 0);
});

test('unknown-restriction: suggestions prefer names that act in that list', () => {
  // "check_sender_acess" is one edit from check_sender_access; in a HELO list with delayed rejects it still acts.
  const r = run(unknownRestriction, 'smtpd_relay_restrictions = reject_unauth_destination\nsmtpd_helo_restrictions = check_helo_acess hash:/etc/postfix/helo\n');
  assert.equal(r.diagnostics.length, 1);
  assert.equal(fixesOf(r.diagnostics[0])[0].title, 'Replace with "check_helo_access"');
  assert.deepEqual(suggest('reject_unauth_destinaton', ['reject_unauth_destination', 'defer_unauth_destination', 'permit']), ['reject_unauth_destination']);
  assert.equal(editDistance('hsah', 'hash'), 1);
});

test('unknown-restriction: smtpd compares built-in names case-insensitively, arguments are not names', () => {
  const text = [
    'compatibility_level = 3.6',
    'smtpd_client_restrictions = Permit_MyNetworks, check_client_access hash:/etc/postfix/access, REJECT_RBL_CLIENT zen.spamhaus.org,',
    '  check_policy_service { inet:127.0.0.1:10023, timeout=10s, default_action=DUNNO }, sleep 1, cidr:/etc/postfix/clients.cidr',
    'smtpd_restriction_classes = from_friends',
    'from_friends = permit',
    'smtpd_sender_restrictions = check_sender_access hash:/etc/postfix/senders, from_friends, warn_if_reject reject_unknown_sender_domain',
    'smtpd_relay_restrictions = permit_mynetworks, reject_unauth_destination',
  ].join('\n');
  assert.deepEqual(run(unknownRestriction, text).diagnostics, []);
});

test('unknown-restriction: class names are case-sensitive in smtpd; the fix writes the declared spelling', () => {
  const text = 'smtpd_restriction_classes = myclass\nmyclass = permit_mynetworks\nsmtpd_client_restrictions = MyClass\nsmtpd_relay_restrictions = reject_unauth_destination\n';
  const r = run(unknownRestriction, text);
  assert.equal(r.diagnostics.length, 1);
  assert.deepEqual(r.diagnostics[0].range, range(2, 28, 2, 35));
  assert.match(messageOf(r.diagnostics[0]), /restriction class "myclass" differs only in capitalisation/);
  const fix = fixesOf(r.diagnostics[0])[0];
  assert.equal(fix.safe, true);
  assert.match(applyEdits(r.document, fix.edits), /smtpd_client_restrictions = myclass\n/);
});

test('unknown-restriction: a name coming through $name is reported where it is written', () => {
  const text = 'my_checks = permit_mynetworks, rejet\nsmtpd_relay_restrictions = $my_checks, reject_unauth_destination\n';
  const r = run(unknownRestriction, text);
  assert.equal(r.diagnostics.length, 1);
  assert.deepEqual(r.diagnostics[0].range, range(0, 31, 0, 36));
  assert.equal(r.texts[0], 'rejet');
});

test('unknown-restriction: names removed in 3.9 are refused from 3.9 on, not before', () => {
  const text = 'smtpd_relay_restrictions = permit_mynetworks, check_relay_domains\nsmtpd_helo_restrictions = permit_naked_ip_address\n';
  assert.equal(run(unknownRestriction, text, '3.7').diagnostics.length, 0);
  const r = run(unknownRestriction, text, '3.11');
  assert.deepEqual(r.texts, ['check_relay_domains', 'permit_naked_ip_address']);
  assert.match(messageOf(r.diagnostics[0]), /removed in Postfix 3\.9, so Postfix 3\.11 no longer accepts it.*"reject_unauth_destination"/);
  assert.match(messageOf(r.diagnostics[1]), /"permit_mynetworks" \/ "permit_sasl_authenticated"/);
});

test('unknown-restriction: a bare table in smtpd_data_restrictions, and check_*_access without a table', () => {
  const text = 'smtpd_data_restrictions = hash:/etc/postfix/data_access\nsmtpd_sender_restrictions = check_sender_access, reject_unlisted_sender\nsmtpd_client_restrictions = sleep one\nsmtpd_relay_restrictions = check_policy_service\n';
  const r = run(unknownRestriction, text);
  assert.deepEqual(r.texts, ['hash:/etc/postfix/data_access', 'check_sender_access', 'sleep', 'check_policy_service']);
  assert.match(messageOf(r.diagnostics[0]), /In smtpd_data_restrictions a lookup table on its own/);
  assert.match(messageOf(r.diagnostics[1]), /must be followed by a lookup table written as type:name/);
  assert.match(messageOf(r.diagnostics[2]), /number of seconds/);
  assert.match(messageOf(r.diagnostics[3]), /policy server's endpoint/);
});

test('unknown-restriction speaks Japanese', () => {
  const r = run(unknownRestriction, 'smtpd_relay_restrictions = reject_unauth_destination, foo_bar\n', '3.7', 'ja');
  assert.match(messageOf(r.diagnostics[0]), /"foo_bar" は smtpd が知らない制限名です/);
});

test('every restriction of the catalog is known (3.7 and 3.11, except names 3.9 removed) and none is misread as a class or table', () => {
  const names = [...allRestrictions()].map((r) => r.name);
  assert.ok(names.length >= 75);
  for (const version of ['3.7', '3.11']) {
    const unknown = names.filter((name) => parseItems([{ text: name }], new Set(), new Set(), version)[0].kind === 'unknown');
    assert.deepEqual(unknown, version === '3.7' ? [] : ['check_relay_domains', 'permit_naked_ip_address', 'reject_maps_rbl']);
    // The same names in capitals are the same restrictions.
    assert.ok(names.every((name) => parseItems([{ text: name.toUpperCase() }], new Set(), new Set(), '3.7')[0].kind !== 'unknown'));
  }
});

test('deprecated-restriction: old names with their rename fix, removed names with the replacement', () => {
  const text = 'smtpd_helo_restrictions = reject_invalid_hostname, reject_non_fqdn_hostname\nsmtpd_client_restrictions = reject_unknown_client, reject_maps_rbl\nsmtpd_relay_restrictions = permit_mynetworks, reject_unauth_destination\n';
  const r = run(deprecatedRestriction, text);
  assert.deepEqual(r.texts, ['reject_invalid_hostname', 'reject_non_fqdn_hostname', 'reject_unknown_client', 'reject_maps_rbl']);
  assert.deepEqual(r.diagnostics[0].range, range(0, 26, 0, 49));
  assert.equal(r.diagnostics[0].severity, 2);
  assert.deepEqual(r.diagnostics[0].tags, [2]);
  assert.match(messageOf(r.diagnostics[0]), /old name of "reject_invalid_helo_hostname"/);
  assert.ok(r.diagnostics.slice(0, 3).every((d) => fixesOf(d)[0].safe), 'a plain rename is safe');
  const fixed = applyEdits(r.document, r.diagnostics.flatMap((d) => fixesOf(d).flatMap((f) => f.edits)));
  assert.equal(
    fixed,
    'smtpd_helo_restrictions = reject_invalid_helo_hostname, reject_non_fqdn_helo_hostname\nsmtpd_client_restrictions = reject_unknown_client_hostname, reject_maps_rbl\nsmtpd_relay_restrictions = permit_mynetworks, reject_unauth_destination\n',
  );
  assert.equal(fixesOf(r.diagnostics[3]).length, 0, 'reject_maps_rbl needs an RBL domain, so no plain rename');
  assert.match(messageOf(r.diagnostics[3]), /Postfix 3\.9 removed it.*"reject_rbl_client"/);
  // From 3.9 on the removed name is an error of unknown-restriction, not a deprecation.
  assert.deepEqual(run(deprecatedRestriction, text, '3.11').texts, ['reject_invalid_hostname', 'reject_non_fqdn_hostname', 'reject_unknown_client']);
});

test('deprecated-restriction: permit_mx_backup warns only for 3.9 and later', () => {
  const text = 'smtpd_relay_restrictions = permit_mynetworks, permit_mx_backup, reject_unauth_destination\n';
  assert.equal(run(deprecatedRestriction, text, '3.7').diagnostics.length, 0);
  const r = run(deprecatedRestriction, text, '3.10');
  assert.deepEqual(r.texts, ['permit_mx_backup']);
  assert.match(messageOf(r.diagnostics[0]), /relay_domains/);
});

test('restriction-wrong-stage: with smtpd_delay_reject = no, later-stage names never act in earlier lists', () => {
  const text = 'smtpd_delay_reject = no\nsmtpd_client_restrictions = permit_mynetworks, reject_unknown_sender_domain, reject_unauth_destination\nsmtpd_helo_restrictions = reject_invalid_helo_hostname, check_sender_access hash:/x\nsmtpd_relay_restrictions = permit_mynetworks, reject_unauth_destination\n';
  const r = run(restrictionWrongStage, text);
  assert.deepEqual(r.texts, ['reject_unknown_sender_domain', 'reject_unauth_destination', 'check_sender_access']);
  assert.deepEqual(r.diagnostics[0].range, range(1, 47, 1, 75));
  assert.match(messageOf(r.diagnostics[0]), /before the client has sent MAIL FROM.*Move it to smtpd_sender_restrictions/);
  assert.match(messageOf(r.diagnostics[1]), /RCPT TO.*smtpd_recipient_restrictions/);
  // With the default (yes) all of these act at RCPT time.
  assert.equal(run(restrictionWrongStage, text.replace('smtpd_delay_reject = no\n', '')).diagnostics.length, 0);
});

test('restriction-wrong-stage: ETRN lists have no sender or recipient, and only ETRN has a domain', () => {
  const text = 'smtpd_etrn_restrictions = permit_mynetworks, reject_non_fqdn_recipient, check_etrn_access hash:/etc/postfix/etrn, reject\nsmtpd_relay_restrictions = check_etrn_access hash:/etc/postfix/etrn, reject_unauth_destination\n';
  const r = run(restrictionWrongStage, text);
  assert.deepEqual(r.texts, ['reject_non_fqdn_recipient', 'check_etrn_access']);
  assert.deepEqual(r.diagnostics[1].range, range(1, 27, 1, 44));
  assert.match(messageOf(r.diagnostics[1]), /ETRN command.*smtpd_relay_restrictions/);
});

test('unreachable-restriction: entries after permit, reject or defer, and the fix that removes them', () => {
  const text = 'smtpd_relay_restrictions = permit_mynetworks, reject,\n    reject_unauth_destination, check_client_access hash:/x\n';
  const r = run(unreachableRestriction, text);
  assert.equal(r.diagnostics.length, 1);
  assert.deepEqual(r.diagnostics[0].range, range(1, 4, 1, 58));
  assert.match(messageOf(r.diagnostics[0]), /always stops at "reject".*"reject_unauth_destination", "check_client_access", "hash:\/x"/);
  assert.deepEqual(r.diagnostics[0].tags, [1]);
  assert.equal(applyEdits(r.document, fixesOf(r.diagnostics[0])[0].edits), 'smtpd_relay_restrictions = permit_mynetworks, reject\n');
});

test('unreachable-restriction: warn_if_reject makes reject and defer non-final; a final entry is fine', () => {
  assert.equal(run(unreachableRestriction, 'smtpd_client_restrictions = warn_if_reject reject, permit_mynetworks\n').diagnostics.length, 0);
  assert.equal(run(unreachableRestriction, 'smtpd_data_restrictions = reject_unauth_pipelining, permit\n').diagnostics.length, 0);
  assert.deepEqual(run(unreachableRestriction, 'smtpd_restriction_classes = c\nc = permit, reject\n').texts, ['reject']);
});

test('undefined-restriction-class: missing or empty definitions stop smtpd; the fix drops an unused name', () => {
  const text = 'smtpd_restriction_classes = good, missing, empty\ngood = permit\nempty =\nsmtpd_client_restrictions = good, empty\n';
  const r = run(undefinedRestrictionClass, text);
  assert.deepEqual(r.texts, ['missing', 'empty']);
  assert.deepEqual(r.diagnostics[0].range, range(0, 34, 0, 41));
  assert.match(messageOf(r.diagnostics[0]), /fatal: restriction class `missing' needs a definition/);
  assert.match(messageOf(r.diagnostics[1]), /its value is empty/);
  assert.equal(applyEdits(r.document, fixesOf(r.diagnostics[0])[0].edits), text.replace('good, missing, empty', 'good, empty'));
  assert.equal(fixesOf(r.diagnostics[1]).length, 0, 'a class that a list uses is not silently removed');
  // An undefined class is not also reported as an unknown restriction.
  assert.equal(run(unknownRestriction, text).diagnostics.length, 0);
});

test("has_required mirror: permit ends the search, warn_if_reject hides the next word, classes are searched", () => {
  const t = (s: string) => s.split(/[\s,]+/).filter(Boolean).map((text) => ({ text }));
  const classes = new Map([['c', { param: 'c', isClass: true, tokens: t('permit_mynetworks REJECT_UNAUTH_DESTINATION'), items: [] }]]);
  assert.equal(hasRequired(t('permit_mynetworks, reject_unauth_destination'), new Map()), true);
  assert.equal(hasRequired(t('permit, reject_unauth_destination'), new Map()), false);
  assert.equal(hasRequired(t('warn_if_reject reject_unauth_destination'), new Map()), false);
  assert.equal(hasRequired(t('permit_sasl_authenticated c'), classes), true);
  assert.equal(hasRequired(t('permit_sasl_authenticated C'), classes), false);
  assert.equal(hasRequired(t('Defer_If_Permit'), new Map()), true);
});

/** Untemplated corpus files where Postfix 3.7 itself agrees with an error finding (checked with smtpd in realPostfix.rules.test.ts). */
export const CORPUS_EXPECTED_ERRORS: ReadonlyArray<[string, string]> = [
  // No compatibility_level (so 0) and no relay check in either list: smtpd dies at start-up.
  ['008-vdukhovni-postfix-main.cf', 'relay-check-missing'],
  ['022-PurdueIEEE-ServerConfig-main.cf', 'relay-check-missing'],
  ['035-ZeusWPI-ansible-config-main.cf', 'relay-check-missing'],
  ['041-CamJN-dot-files-main.cf', 'relay-check-missing'],
];

test('corpus: no restriction, relay or class error on real configurations beyond those Postfix agrees with', { skip: NO_SHARED }, () => {
  const dir = resolve(SHARED_DIR, 'corpus', 'files');
  const manifest = new Map(
    readFileSync(resolve(SHARED_DIR, 'corpus', 'MANIFEST.tsv'), 'utf8')
      .split('\n')
      .map((l) => l.split('\t'))
      .map((cols) => [cols[0], cols[5]] as const),
  );
  const watched = new Set(['unknown-restriction', 'relay-check-missing', 'undefined-restriction-class', 'open-relay', 'invalid-network', 'unknown-table-type']);
  const found: Array<[string, string]> = [];
  const files = readdirSync(dir).filter((f) => /main\.cf/.test(f));
  assert.ok(files.length >= 20);
  for (const file of files) {
    const text = readFileSync(resolve(dir, file), 'utf8');
    const r = runMainCfRules(RELAY_AND_RESTRICTION_RULES, text, { version: '3.7' });
    if (manifest.get(file) === 'yes') continue;
    for (const d of r.diagnostics) if (watched.has(String(d.code))) found.push([file, String(d.code)]);
  }
  assert.deepEqual(found, CORPUS_EXPECTED_ERRORS);
  assert.ok(existsSync(dir));
});

test('unknown-restriction: words from a built-in $reference are reported at the reference, not at its definition', () => {
  const text = 'compatibility_level = 3.6\nmyhostname = mail.example.com\nsmtpd_recipient_restrictions = permit_mynetworks, $myhostname, reject_unauth_destination\n';
  const r = runMainCfRules(RELAY_AND_RESTRICTION_RULES, text, { version: '3.7' });
  const unknown = r.diagnostics.filter((d) => d.code === 'unknown-restriction');
  assert.deepEqual(unknown.map((d) => [d.range.start.line, r.document.getText(d.range)]), [[2, '$myhostname']]);
});
