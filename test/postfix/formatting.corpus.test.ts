/**
 * The formatter must never change what Postfix reads: on every corpus file, in both list
 * styles, `postconf -n` (main.cf) or `postconf -M` and `-P` (master.cf) print exactly the
 * same before and after formatting, warnings included (line numbers aside).
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync, readFileSync, rmSync, utimesSync } from 'node:fs';
import { join } from 'node:path';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { createLanguageService } from '../../server/src/languageService';
import { parseMainCf } from '../../server/src/parser/mainCf';
import { HAVE_SHARED, SHARED_DIR, mainCf, masterCf, settings } from '../helpers';
import { HAVE_POSTCONF, configDir, postconf } from './instance';

const CORPUS = join(SHARED_DIR, 'corpus', 'files');
const skip = !HAVE_SHARED ? `skipped: ${SHARED_DIR} is not here` : !HAVE_POSTCONF ? 'skipped: postconf is not installed' : false;
const service = createLanguageService();

function formatted(doc: TextDocument, listStyle: 'keep' | 'one-per-line'): string {
  return TextDocument.applyEdits(doc, service.format(doc, undefined, { tabSize: 4, insertSpaces: true }, settings({ format: { listStyle } })));
}

/** What postconf prints for a configuration, with the temporary folder and line numbers masked. */
function postconfView(file: string, text: string, master: boolean): string {
  const dir = master ? configDir('', text) : configDir(text);
  // Postfix re-reads a file changed within the last second until it settles (about 2 s); date them back.
  const past = new Date(Date.now() - 3600_000);
  for (const name of ['main.cf', 'master.cf']) utimesSync(join(dir, name), past, past);
  try {
    // Without myhostname postconf asks DNS for the host's name (seconds each run); a file's own setting is never overridden.
    const quick = master || !parseMainCf(text).byName.has('myhostname') ? ['-o', 'myhostname=host.example'] : [];
    const views = (master ? [['-M'], ['-P']] : [['-n']]).map((args) => {
      const r = postconf(dir, ...quick, ...args);
      const clean = (s: string): string => s.split(dir).join('DIR').replace(/line \d+/g, 'line N');
      // postconf reports some warnings in hash order: compare them as a set.
      return [`status ${r.status}`, clean(r.stdout), ...r.messages.map(clean).sort()].join('\n');
    });
    return views.join('\n----\n');
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

const files = HAVE_SHARED ? readdirSync(CORPUS).sort() : [];

test('the corpus holds main.cf and master.cf files to check', { skip }, () => {
  assert.ok(files.filter((f) => /master\.cf/.test(f)).length >= 10);
  assert.ok(files.filter((f) => !/master\.cf/.test(f)).length >= 25);
});

for (const file of files) {
  const master = /master\.cf/.test(file);
  test(`formatting ${file} leaves postconf ${master ? '-M and -P' : '-n'} unchanged, in both list styles`, { skip }, () => {
    const text = readFileSync(join(CORPUS, file), 'utf8');
    const before = postconfView(file, text, master);
    for (const style of ['keep', 'one-per-line'] as const) {
      const doc = master ? masterCf(text) : mainCf(text);
      const after = formatted(doc, style);
      assert.equal(postconfView(file, after, master), before, `${file} (${style})`);
      const again = formatted(master ? masterCf(after) : mainCf(after), style);
      assert.equal(again, after, `${file} (${style}): a second run changes nothing`);
    }
  });
}
