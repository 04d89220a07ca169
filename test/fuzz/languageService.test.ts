/**
 * Fuzzing every language mode through the language service: random text, random bytes, mutated
 * corpus files, mixed line endings, a BOM and NUL bytes, with every feature asked at random positions.
 * Nothing may throw, every position and range in an answer lies inside the document, and every call
 * answers within a bound. The modes come from MODES, so a new mode is fuzzed as soon as it exists.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { LanguageService, createLanguageService } from '../../server/src/languageService';
import { MODES } from '../../server/src/languages';
import { LanguageSettings } from '../../server/src/settings';
import { settings as baseSettings } from '../helpers';
import { CALLED, exercise, positionsIn, stats } from './exercise';
import { FUZZ_SEED, byteText, charText, corpusFiles, decorate, decorated, mutate, mutation, params, tokenText } from './fuzzUtil';

/** Most time one call may take on a fuzz document (a few KB); generous for a busy CI machine. */
const BOUND_MS = 2000;

const SETTINGS: LanguageSettings = { ...baseSettings(), inlayHints: { expandedValues: true }, format: { listStyle: 'one-per-line' } };
const SETTINGS_JA: LanguageSettings = { ...baseSettings({ locale: 'ja', version: '3.7' }), inlayHints: { expandedValues: true } };

/** A file name each language id is opened under (modes may also look at the name). */
const FILE_NAMES: Record<string, string> = {
  'postfix-main': 'main.cf',
  'postfix-master': 'master.cf',
  'postfix-log': 'mail.log',
  'postfix-table': 'access',
};

const CORPUS = corpusFiles();
/** Small samples of each kind, so the corpus is never empty. */
const INLINE: Record<string, string[]> = {
  'postfix-main': [
    'myhostname = mail.example.com\nmydestination = $myhostname, localhost\nsmtpd_relay_restrictions = permit_mynetworks,\n    reject_unauth_destination\n# comment\nmynetworks = 127.0.0.0/8 ${extra?{192.0.2.0/24}}\nextra = yes\n',
  ],
  'postfix-master': ['smtp inet n - y - - smtpd\n  -o smtpd_tls_security_level=encrypt\n  -o { smtpd_client_restrictions = permit_sasl_authenticated, reject }\nrelay unix - - y - - smtp\n'],
  'postfix-log': [
    'Nov 30 10:01:02 mail postfix/smtpd[123]: NOQUEUE: reject: RCPT from unknown[203.0.113.5]: 554 5.7.1 <u@example.org>: Relay access denied; from=<a@example.net> to=<u@example.org> proto=ESMTP helo=<x>\nNov 30 10:01:03 mail postfix/smtp[124]: 1A2B3C4D5E: to=<b@example.net>, relay=none, delay=1, dsn=5.1.1, status=bounced (user unknown)\n',
  ],
  'postfix-table': ['192.0.2.0/24 OK\nexample.com REJECT go away\n/^Subject: spam/ DISCARD\nif /a/\n/b/ HOLD\nendif\n'],
};
const corpusFor = (languageId: string): string[] => {
  const pick = (re: RegExp) => CORPUS.filter((f) => re.test(f.name)).map((f) => f.text);
  const byId: Record<string, string[]> = {
    'postfix-main': pick(/main[^/]*\.cf$/),
    'postfix-master': pick(/master[^/]*\.cf$/),
    'postfix-log': pick(/\.log$/),
    'postfix-table': pick(/(^|\/)(access|virtual|transport|[^/]*\.(cidr|pcre|regexp))$/),
  };
  const own = [...(byId[languageId] ?? []), ...(INLINE[languageId] ?? [])];
  return own.length ? own : [...CORPUS.map((f) => f.text), ...Object.values(INLINE).flat()];
};

/** Siblings and files the host hands out: real texts, so the cross-file paths run too. */
const SIBLING_MAIN = CORPUS.find((f) => /main\.cf$/.test(f.name))?.text ?? 'myhostname = mail.example.com\n';
const SIBLING_MASTER = CORPUS.find((f) => /master\.cf$/.test(f.name))?.text ?? 'smtp inet n - y - - smtpd\n';
const TABLE = '192.0.2.0/24 OK\n# comment\nexample.com REJECT no thanks\n/^x/ DISCARD\n';

function service(): LanguageService {
  return createLanguageService({
    readSibling: (_uri, fileName) => (fileName === 'main.cf' ? SIBLING_MAIN : fileName === 'master.cf' ? SIBLING_MASTER : undefined),
    readFile: () => TABLE,
    listDirectory: () => [
      { name: 'access', directory: false },
      { name: 'access.db', directory: false },
      { name: 'maps', directory: true },
      { name: '.hidden', directory: false },
    ],
  });
}

const fraction = fc.double({ min: 0, max: 1, noNaN: true, maxExcluded: true });

for (const mode of MODES) {
  for (const languageId of mode.languageIds) {
    const uri = `file:///fuzz/${languageId}/${FILE_NAMES[languageId] ?? 'file.cf'}`;
    const corpus = corpusFor(languageId);
    const document = (text: string) => TextDocument.create(uri, languageId, 1, text);

    test(`${languageId}: random text, bytes and tokens through every feature`, (t) => {
      const ls = service();
      let count = 0;
      fc.assert(
        fc.property(fc.oneof(charText(400), tokenText(80), byteText(400)), decorate, fc.array(fraction, { minLength: 1, maxLength: 3 }), fc.boolean(), (text, deco, fractions, ja) => {
          const doc = document(decorated(text, deco));
          exercise(ls, doc, positionsIn(doc, fractions), ja ? SETTINGS_JA : SETTINGS, BOUND_MS);
          count++;
        }),
        params(60),
      );
      t.diagnostic(`seed ${FUZZ_SEED}: ${count} documents`);
    });

    test(`${languageId}: mutated corpus files through every feature`, (t) => {
      const ls = service();
      let count = 0;
      fc.assert(
        fc.property(fc.nat(), fc.array(mutation, { minLength: 1, maxLength: 6 }), decorate, fc.array(fraction, { minLength: 1, maxLength: 4 }), (which, mutations, deco, fractions) => {
          const base = corpus[which % corpus.length];
          const doc = document(decorated(mutate(base, mutations), deco));
          exercise(ls, doc, positionsIn(doc, fractions), SETTINGS, BOUND_MS);
          count++;
        }),
        params(40),
      );
      t.diagnostic(`seed ${FUZZ_SEED}: ${count} mutated documents from ${corpus.length} corpus files`);
    });
  }
}

test('every method of the language service is fuzzed', (t) => {
  const ls = createLanguageService({});
  const methods = Object.keys(ls).filter((k) => typeof (ls as unknown as Record<string, unknown>)[k] === 'function');
  const unknown = methods.filter((m) => !CALLED.has(m));
  // A method added since this test was written is reported, so it can be added to exercise().
  if (unknown.length) t.diagnostic(`not fuzzed yet: ${unknown.join(', ')}`);
  assert.ok(methods.includes('validate') && methods.includes('hover') && methods.includes('complete'));
  const summary = [...stats].map(([m, s]) => `${m} ${s.calls} calls, max ${s.maxMs.toFixed(1)} ms`).join('; ');
  t.diagnostic(`seed ${FUZZ_SEED}: ${summary}`);
  assert.ok((stats.get('validate')?.calls ?? 0) > 0, 'the fuzz ran before this summary');
});
