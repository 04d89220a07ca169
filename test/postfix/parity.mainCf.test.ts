/**
 * Parity with the real postconf (Debian's 3.7): on every main.cf of the corpus and on our
 * own fixtures, the names our unknown-parameter, undefined-reference, duplicate-parameter,
 * read-only-parameter and syntax diagnostics report are exactly the names postconf warns about.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { createLanguageService } from '../../server/src/languageService';
import { REPO_DIR, SHARED_DIR, settings } from '../helpers';
import { NO_POSTCONF, configDir, postconf } from './instance';

interface Report {
  unused: string[];
  undefined: string[];
  overriding: string[];
  readOnly: string[];
  leadingWhitespace: number;
  /** Line of the fatal syntax error, if any. */
  fatalLine?: number;
}

const sorted = (xs: Iterable<string>) => [...new Set(xs)].sort();

function postconfReport(mainCf: string, masterCf: string): Report {
  const dir = configDir(mainCf, masterCf);
  const { messages } = postconf(dir, '-n');
  const pick = (re: RegExp) => sorted(messages.map((m) => re.exec(m)?.[1]).filter((x): x is string => !!x));
  const fatal = messages.map((m) => /, line (\d+): (missing '=' after attribute name|missing attribute name)/.exec(m)).find(Boolean);
  return {
    unused: pick(/main\.cf: unused parameter: ([^=]+)=/),
    undefined: pick(/main\.cf: undefined parameter: (\S+)/),
    // postconf -c sets config_directory itself; a file that sets it too "overrides" that.
    overriding: pick(/main\.cf, line \d+: overriding earlier entry: ([^=]+)=/).filter((n) => n !== 'config_directory'),
    readOnly: pick(/main\.cf: read-only parameter assignment: ([^=]+)=/),
    leadingWhitespace: new Set(messages.filter((m) => m.includes('logical line must not start with whitespace'))).size,
    fatalLine: fatal ? Number(fatal[1]) : undefined,
  };
}

function ourReport(mainCf: string, masterCf: string): Report {
  const service = createLanguageService({ readSibling: (_uri, name) => (name === 'master.cf' ? masterCf : undefined) });
  const doc = TextDocument.create('file:///parity/main.cf', 'postfix-main', 1, mainCf);
  const diagnostics = service.validate(doc, settings({ version: '3.7' }));
  const named = (...codes: string[]) =>
    sorted(diagnostics.filter((d) => codes.includes(String(d.code))).map((d) => doc.getText(d.range).replace(/^\$/, '')));
  const missing = diagnostics.find((d) => d.code === 'syntax-missing-equals');
  return {
    unused: named('unknown-parameter', 'parameter-too-new'),
    undefined: named('undefined-reference', 'undefined-restriction-class'),
    overriding: named('duplicate-parameter'),
    readOnly: named('read-only-parameter'),
    leadingWhitespace: diagnostics.filter((d) => d.code === 'syntax-leading-whitespace').length,
    fatalLine: missing ? missing.range.start.line + 1 : undefined,
  };
}

function compare(label: string, mainCf: string, masterCf: string): void {
  const theirs = postconfReport(mainCf, masterCf);
  const ours = ourReport(mainCf, masterCf);
  if (theirs.fatalLine !== undefined) {
    // postconf stops at the first fatal error; only that can be compared.
    assert.equal(ours.fatalLine, theirs.fatalLine, `${label}: first line without "="`);
    return;
  }
  assert.equal(ours.fatalLine, undefined, `${label}: we report a missing "=" that postconf accepts`);
  assert.deepEqual(ours, theirs, label);
}

const corpusDir = resolve(SHARED_DIR, 'corpus', 'files');
const corpusFiles = existsSync(corpusDir) ? readdirSync(corpusDir).filter((f) => /main\.cf/.test(f)) : [];

test('postconf parity on every main.cf of the corpus (with an empty master.cf)', { skip: NO_POSTCONF || (corpusFiles.length ? false : `skipped: no corpus at ${corpusDir}`) }, () => {
  assert.ok(corpusFiles.length >= 29);
  for (const file of corpusFiles) compare(file, readFileSync(join(corpusDir, file), 'utf8'), '');
});

test('postconf parity on the project fixtures', { skip: NO_POSTCONF }, () => {
  const dir = resolve(REPO_DIR, 'test', 'fixtures', 'parity');
  for (const file of readdirSync(dir).filter((f) => f.endsWith('.main.cf'))) {
    const master = join(dir, file.replace(/\.main\.cf$/, '.master.cf'));
    compare(file, readFileSync(join(dir, file), 'utf8'), existsSync(master) ? readFileSync(master, 'utf8') : '');
  }
});
