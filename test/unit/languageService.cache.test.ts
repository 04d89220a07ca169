/**
 * What the language service remembers between requests: the diagnostics of a document version
 * (reused by "fix all" and repeated validations) and parsed models (dropped for the least
 * recently used large documents). Remembering must never show a stale answer.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { MODEL_TEXT_BUDGET, createLanguageService } from '../../server/src/languageService';
import { mainCf, masterCf, range, settings } from '../helpers';

/** compatibility_level keeps the relay checks quiet, so only the finding under test is left. */
const LEVEL = 'compatibility_level = 3.6\n';
const PER_SERVICE = `${LEVEL}dovecot_destination_recipient_limit = 1\n`;
const codes = (diagnostics: { code?: string | number }[]) => diagnostics.map((d) => d.code);

test('a main.cf is validated again when its master.cf changes, though the main.cf did not', () => {
  let master = 'smtp inet n - y - - smtpd\n';
  const service = createLanguageService({ readSibling: (_uri, name) => (name === 'master.cf' ? master : undefined) });
  const document = mainCf(PER_SERVICE);
  const s = settings();
  assert.deepEqual(codes(service.validate(document, s)), ['unknown-parameter'], 'no dovecot service: postconf calls the name unused');
  master += 'dovecot unix - n n - - pipe\n';
  assert.deepEqual(codes(service.validate(document, s)), [], 'a pipe service named dovecot reads the name');
  master = '';
  assert.deepEqual(codes(service.validate(document, s)), ['unknown-parameter']);
});

test('a master.cf is validated again when the main.cf beside it changes', () => {
  let main = '';
  const service = createLanguageService({ readSibling: (_uri, name) => (name === 'main.cf' ? main : undefined) });
  const document = masterCf('submission inet n - y - - smtpd\n  -o smtpd_client_restrictions=$mua_client_restrictions\n');
  const s = settings();
  const before = codes(service.validate(document, s));
  assert.ok(before.includes('undefined-reference'), `expected undefined-reference in ${before.join(', ')}`);
  main = 'mua_client_restrictions = permit_sasl_authenticated, reject\n';
  assert.ok(!codes(service.validate(document, s)).includes('undefined-reference'));
});

test('the same version with the same settings is not validated twice; a new version or new settings are', () => {
  const service = createLanguageService({});
  const document = TextDocument.create('file:///etc/postfix/main.cf', 'postfix-main', 1, `${LEVEL}mynetworks = 10.0.0.1/8\n`);
  const s = settings();
  const first = service.validate(document, s);
  assert.equal(codes(first).join(), 'invalid-network');
  assert.equal(service.validate(document, s), first, 'the remembered answer');

  TextDocument.update(document, [{ text: `${LEVEL}mynetworks = 10.0.0.0/8\n` }], 2);
  assert.deepEqual(service.validate(document, s), [], 'the new version is checked');

  TextDocument.update(document, [{ text: `${LEVEL}mynetworks = 10.0.0.1/8\n` }], 3);
  assert.equal(codes(service.validate(document, s)).join(), 'invalid-network');
  const off = settings({ diagnostics: { 'invalid-network': 'off' } });
  assert.deepEqual(service.validate(document, off), [], 'other settings are other diagnostics');
});

test('with more large documents than the model budget holds, every one still answers correctly', () => {
  // Each text is over half the budget, so at most one other model can be kept beside the newest.
  const filler = LEVEL + '# padding\n'.repeat(Math.ceil(MODEL_TEXT_BUDGET / 2 / 10) + 10);
  const documents = [0, 1, 2, 3].map((i) =>
    TextDocument.create(`file:///srv/${i}/main.cf`, 'postfix-main', 1, `${filler}site_name_${i} = host${i}.example\nmyhostname = $site_name_${i}\n`),
  );
  const line = filler.split('\n').length;
  const service = createLanguageService({});
  const fresh = (d: TextDocument) => createLanguageService({}).hover(d, { line, character: 15 }, settings());
  const s = settings();
  for (const d of documents) assert.deepEqual(service.validate(d, s), []);
  // The first documents' models were dropped for the later ones: they are parsed again, with the same answers.
  for (const d of [...documents].reverse()) {
    const hover = service.hover(d, { line, character: 15 }, s);
    assert.ok(hover && JSON.stringify(hover).includes(`host${documents.indexOf(d)}.example`), 'the hover of this document, not another');
    assert.deepEqual(hover, fresh(d));
    assert.deepEqual(service.definition(d, { line, character: 15 }, s)[0]?.range, range(line - 1, 0, line - 1, 11));
  }
});
