import { test } from 'node:test';
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import {
  formatReply,
  replyClassNames,
  replyCodeDefaults,
  restrictionDocs,
  RestrictionDoc,
} from '../../server/src/knowledge/restrictionDocs';
import { RESTRICTION_ROWS } from '../../server/src/knowledge/generated/restrictions';
import { PARAMETER_ROWS } from '../../server/src/knowledge/generated/parameters';
import { Localized } from '../../server/src/i18n/locale';

const TSV_PATH = path.resolve(process.cwd(), '..', 'shared', 'data', 'smtpd-restrictions.tsv');

function tsvNames(): string[] | undefined {
  if (!fs.existsSync(TSV_PATH)) return undefined;
  const lines = fs
    .readFileSync(TSV_PATH, 'utf8')
    .split(/\r?\n/)
    .filter((l) => l.trim() !== '' && !l.startsWith('#'));
  return lines.slice(1).map((l) => l.split('\t')[0]);
}

function localizedOf(doc: RestrictionDoc): Localized[] {
  const out: Localized[] = [doc.tests];
  if (doc.notes) out.push(doc.notes);
  if (doc.reply?.when) out.push(doc.reply.when);
  return out;
}

function doc(name: string): RestrictionDoc {
  const d = restrictionDocs[name];
  assert.ok(d, `no doc for ${name}`);
  return d;
}

test('every restriction name known to smtpd has a doc, and there is no extra key', () => {
  const names = RESTRICTION_ROWS.map((r) => r[0]).sort();
  assert.deepEqual(Object.keys(restrictionDocs).sort(), names);
  assert.equal(names.length, 78);
  const fromTsv = tsvNames();
  if (fromTsv) assert.deepEqual(Object.keys(restrictionDocs).sort(), [...fromTsv].sort());
});

test('every text has English and Japanese, and the Japanese is really Japanese', () => {
  for (const [name, d] of Object.entries(restrictionDocs)) {
    for (const l of localizedOf(d)) {
      assert.ok(l.en.trim().length > 10, `${name}: English text missing`);
      assert.ok(l.ja && l.ja.trim().length > 5, `${name}: Japanese text missing`);
      assert.match(l.ja, /[\u3040-\u30ff\u4e00-\u9fff]/, `${name}: Japanese text has no Japanese characters`);
      assert.doesNotMatch(l.en, /[\u3040-\u30ff\u4e00-\u9fff]/, `${name}: English text contains Japanese`);
    }
  }
});

test('every reply is well formed and its code parameter is a real parameter with the documented default', () => {
  const params = new Map(PARAMETER_ROWS.map((r) => [r[0], r]));
  for (const [name, d] of Object.entries(restrictionDocs)) {
    const r = d.reply;
    if (!r) continue;
    assert.ok((r.fixedCode === undefined) !== (r.codeParameter === undefined), `${name}: exactly one of fixedCode / codeParameter`);
    assert.match(r.enhanced, /^[245]\.\d{1,3}\.\d{1,3}$/, `${name}: enhanced code`);
    if (r.codeParameter) {
      const row = params.get(r.codeParameter);
      assert.ok(row, `${name}: unknown parameter ${r.codeParameter}`);
      assert.equal(row[1], 'int', `${name}: ${r.codeParameter} must be an int parameter`);
      assert.equal(Number(row[2]), replyCodeDefaults[r.codeParameter], `${name}: default of ${r.codeParameter}`);
    }
    const line = formatReply(r, 'recipient');
    const code = Number(line.slice(0, 3));
    assert.ok(code >= 400 && code <= 599, `${name}: code ${code} out of range`);
    // smtpd keeps the enhanced class digit equal to the reply class digit.
    assert.equal(line.charAt(4), line.charAt(0), `${name}: ${line}`);
    assert.equal(r.enhanced.charAt(0), line.charAt(0), `${name}: enhanced code given for the default code`);
  }
});

test('relay restrictions reply exactly as smtpd does', () => {
  const defer = doc('defer_unauth_destination').reply!;
  assert.equal(defer.codeParameter, 'relay_domains_reject_code');
  assert.equal(defer.codeOffset, -100);
  assert.equal(defer.enhanced, '4.7.1');
  assert.equal(formatReply(defer), '454 4.7.1 <recipient>: Relay access denied');
  // The offset follows the parameter: 550 gives 450.
  assert.equal(formatReply(defer, undefined, { relay_domains_reject_code: 550 }), '450 4.7.1 <recipient>: Relay access denied');

  const rej = doc('reject_unauth_destination').reply!;
  assert.equal(rej.codeParameter, 'relay_domains_reject_code');
  assert.equal(rej.codeOffset, undefined);
  assert.equal(formatReply(rej), '554 5.7.1 <recipient>: Relay access denied');
  assert.match(doc('reject_unauth_destination').notes!.en, /permit_mx_backup/);
});

test('client and HELO restrictions use the documented code parameters and texts', () => {
  const unk = doc('reject_unknown_client_hostname').reply!;
  assert.equal(unk.codeParameter, 'unknown_client_reject_code');
  assert.equal(formatReply(unk), '450 4.7.25 Client host rejected: cannot find your hostname, [client-ip]');
  assert.deepEqual(doc('reject_unknown_client').reply, unk);

  const fqdn = doc('reject_non_fqdn_helo_hostname').reply!;
  assert.equal(fqdn.codeParameter, 'non_fqdn_reject_code');
  assert.equal(formatReply(fqdn), '504 5.5.2 <helo>: Helo command rejected: need fully-qualified hostname');

  assert.equal(doc('reject_invalid_helo_hostname').reply!.codeParameter, 'invalid_hostname_reject_code');
  assert.equal(formatReply(doc('reject_invalid_helo_hostname').reply!), '501 5.5.2 <helo>: Helo command rejected: Invalid name');
  assert.equal(doc('reject_unknown_helo_hostname').reply!.codeParameter, 'unknown_hostname_reject_code');
  assert.equal(doc('reject_unknown_reverse_client_hostname').reply!.enhanced, '4.7.1');
});

test('sender and recipient address checks', () => {
  // non_fqdn address replies: smtpd passes 4.5.2 and rewrites the class to match 504.
  assert.equal(
    formatReply(doc('reject_non_fqdn_sender').reply!),
    '504 5.5.2 <sender>: Sender address rejected: need fully-qualified address',
  );
  assert.equal(formatReply(doc('reject_unknown_sender_domain').reply!), '450 4.1.8 <sender>: Sender address rejected: Domain not found');
  assert.equal(formatReply(doc('reject_unknown_recipient_domain').reply!), '450 4.1.2 <recipient>: Recipient address rejected: Domain not found');
  assert.equal(
    formatReply(doc('reject_unlisted_recipient').reply!),
    '550 5.1.1 <recipient>: Recipient address rejected: User unknown in local recipient table',
  );
  assert.equal(formatReply(doc('reject_authenticated_sender_login_mismatch').reply!).slice(0, 9), '553 5.7.1');
  assert.equal(doc('reject_unverified_recipient').reply!.codeParameter, 'unverified_recipient_reject_code');
  assert.equal(doc('reject_unverified_sender').reply!.enhanced, '4.1.7');
});

test('generic restrictions take the class of the list they are in', () => {
  assert.equal(formatReply(doc('reject').reply!, 'client'), '554 5.7.1 <value>: Client host rejected: Access denied');
  assert.equal(formatReply(doc('defer').reply!, 'helo'), '450 4.3.2 <value>: Helo command rejected: Try again later');
  assert.equal(formatReply(doc('defer_if_permit').reply!, 'recipient').slice(0, 9), '450 4.7.0');
  assert.equal(formatReply(doc('reject_unauth_pipelining').reply!, 'data'), '503 5.5.0 <value>: Data command rejected: Improper use of SMTP command pipelining');
  assert.equal(replyClassNames.end_of_data, 'End-of-data');
  // soft_bounce style override: a 4xx reject_code gives a 4.x.x enhanced code.
  assert.equal(formatReply(doc('reject').reply!, 'sender', { reject_code: 450 }).slice(0, 9), '450 4.7.1');
});

test('DNS blocklist replies use maps_rbl_reject_code and the default template', () => {
  const r = doc('reject_rbl_client').reply!;
  assert.equal(r.codeParameter, 'maps_rbl_reject_code');
  assert.equal(formatReply(r).slice(0, 9), '554 5.7.1');
  assert.match(r.text, /^Service unavailable; Client host \[client-ip\] blocked using /);
  assert.match(doc('reject_rhsbl_sender').reply!.text, /Sender address \[sender\]/);
  assert.deepEqual(doc('reject_rbl').reply, r);
});

test('removed names answer 451 4.3.5 on Postfix 3.9 and later', () => {
  for (const row of RESTRICTION_ROWS.filter((r) => r[2] === 'removed')) {
    const r = doc(row[0]).reply;
    assert.ok(r, `${row[0]} needs a reply`);
    assert.equal(formatReply(r), '451 4.3.5 Server configuration error');
  }
});

test('permit-only restrictions have no reply', () => {
  for (const name of ['permit', 'permit_mynetworks', 'permit_sasl_authenticated', 'permit_auth_destination', 'permit_mx_backup', 'warn_if_reject', 'sleep', 'check_policy_service']) {
    assert.equal(doc(name).reply, undefined, name);
  }
});

test('DNS-derived access checks refuse OK results', () => {
  for (const name of Object.keys(restrictionDocs).filter((n) => /_(a|mx|ns)_access$/.test(n) || n === 'check_reverse_client_hostname_access')) {
    assert.match(doc(name).notes!.en, /451 4\.3\.5/, name);
  }
});
