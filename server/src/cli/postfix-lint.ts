/**
 * postfix-lint: the language server's diagnostics on the command line.
 * Usage: postfix-lint [FILE|DIR ...] [--format text|json|sarif] [--postfix-version V] [--locale en|ja]
 * Exit: 0 no error, 1 errors found, 2 bad usage or unreadable input.
 */
import { readFileSync, statSync, existsSync } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import { pathToFileURL, fileURLToPath } from 'node:url';
import { TextDocument } from 'vscode-languageserver-textdocument';
import type { Diagnostic } from 'vscode-languageserver-types';
import { createLanguageService } from '../languageService';
import { normalizeSettings } from '../settings';
import { toLocale } from '../i18n/locale';
import { ruleDefaults } from '../rules/registry';
import { relayMain } from './relay';

const USAGE = `Usage: postfix-lint [FILE|DIR ...] [--format text|json|sarif] [--postfix-version V] [--locale en|ja]
       postfix-lint relay --config DIR --client ADDR --recipient ADDR [...]   (see postfix-lint relay --help)

Checks Postfix main.cf and master.cf files the way Postfix reads them.
A DIR means the main.cf and master.cf in it. Without arguments: /etc/postfix.
Exit status: 0 no error, 1 errors found, 2 bad usage or unreadable input.`;

/** Larger inputs are refused with a message rather than read. */
const MAX_BYTES = 64 * 1024 * 1024;

export interface LintResult {
  file: string;
  document: TextDocument;
  diagnostics: Diagnostic[];
}

class UsageError extends Error {}

interface Options {
  format: 'text' | 'json' | 'sarif';
  version: string;
  locale: string | undefined;
  targets: string[];
}

function parseArgs(argv: string[]): Options {
  const options: Options = { format: 'text', version: '', locale: undefined, targets: [] };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    const value = (): string => {
      const v = argv[++i];
      if (v === undefined) throw new UsageError(`${arg} needs a value`);
      return v;
    };
    if (arg === '--format') {
      const f = value();
      if (f !== 'text' && f !== 'json' && f !== 'sarif') throw new UsageError(`unknown format "${f}" (use text, json or sarif)`);
      options.format = f;
    } else if (arg === '--postfix-version') {
      const v = value();
      if (!/^\d+(\.\d+)*$/.test(v)) throw new UsageError(`"${v}" is not a version such as 3.7`);
      options.version = v;
    } else if (arg === '--locale') options.locale = value();
    else if (arg === '-h' || arg === '--help') throw new UsageError('');
    else if (arg.startsWith('-')) throw new UsageError(`unknown option ${arg}`);
    else options.targets.push(arg);
  }
  if (options.targets.length === 0) options.targets.push('/etc/postfix');
  return options;
}

/** Reads a file as text, or explains in one line why it cannot be linted. */
export function readConfigFile(path: string): string {
  const stat = statSync(path);
  if (!stat.isFile()) throw new Error(`${path}: not a regular file`);
  if (stat.size > MAX_BYTES) throw new Error(`${path}: ${stat.size} bytes is too large for a Postfix configuration file`);
  const bytes = readFileSync(path);
  if (bytes.includes(0)) throw new Error(`${path}: contains NUL bytes; this looks like a binary file, not a Postfix configuration`);
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    // Postfix reads bytes, not UTF-8: lint what can be read and say that some bytes were replaced.
    process.stderr.write(`postfix-lint: ${path}: not valid UTF-8; invalid bytes are shown as U+FFFD\n`);
    return new TextDecoder('utf-8').decode(bytes);
  }
}

/** Expands directories into their main.cf and master.cf. */
function collectFiles(targets: string[]): string[] {
  const files: string[] = [];
  for (const target of targets) {
    const path = resolve(target);
    if (!existsSync(path)) throw new Error(`${target}: no such file or directory`);
    if (statSync(path).isDirectory()) {
      const found = ['main.cf', 'master.cf'].map((n) => join(path, n)).filter((p) => existsSync(p));
      if (found.length === 0) throw new Error(`${target}: no main.cf or master.cf in this directory`);
      files.push(...found);
    } else files.push(path);
  }
  return files;
}

export function lintFiles(files: string[], version: string, localeTag?: string): LintResult[] {
  const texts = new Map<string, string>(files.map((f) => [f, readConfigFile(f)]));
  const service = createLanguageService({
    readSibling(uri, fileName) {
      const path = join(dirname(fileURLToPath(uri)), fileName);
      if (texts.has(path)) return texts.get(path);
      if (!existsSync(path)) return undefined;
      try {
        return readConfigFile(path);
      } catch {
        return undefined;
      }
    },
  });
  const settings = normalizeSettings({ version }, toLocale(localeTag ?? process.env.LANG));
  return files.map((file) => {
    const languageId = /^master\.cf/.test(basename(file)) ? 'postfix-master' : 'postfix-main';
    const document = TextDocument.create(pathToFileURL(file).toString(), languageId, 1, texts.get(file) ?? '');
    return { file, document, diagnostics: service.validate(document, settings) };
  });
}

const SEVERITY_NAME = ['', 'error', 'warning', 'info', 'hint'] as const;
const SARIF_LEVEL = ['', 'error', 'warning', 'note', 'note'] as const;

export function formatText(results: LintResult[]): string {
  const lines: string[] = [];
  for (const { file, diagnostics } of results) {
    for (const d of diagnostics) {
      lines.push(`${file}:${d.range.start.line + 1}:${d.range.start.character + 1}: ${SEVERITY_NAME[d.severity ?? 1]} [${d.code}] ${d.message}`);
    }
  }
  return lines.join('\n');
}

export function formatJson(results: LintResult[]): string {
  const out = results.flatMap(({ file, diagnostics }) =>
    diagnostics.map((d) => ({
      file,
      range: d.range,
      severity: SEVERITY_NAME[d.severity ?? 1],
      code: d.code,
      message: d.message,
    })),
  );
  return JSON.stringify(out, null, 2);
}

export function formatSarif(results: LintResult[]): string {
  const rules = ruleDefaults().map((r) => ({
    id: r.id,
    defaultConfiguration: { level: r.severity === 'error' ? 'error' : r.severity === 'warning' ? 'warning' : 'note' },
    helpUri: 'https://www.postfix.org/postconf.5.html',
  }));
  const sarif = {
    version: '2.1.0',
    $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
    runs: [
      {
        tool: { driver: { name: 'postfix-lint', informationUri: 'https://www.postfix.org/', rules } },
        results: results.flatMap(({ file, diagnostics }) =>
          diagnostics.map((d) => ({
            ruleId: String(d.code),
            level: SARIF_LEVEL[d.severity ?? 1],
            message: { text: d.message },
            locations: [
              {
                physicalLocation: {
                  artifactLocation: { uri: pathToFileURL(file).toString() },
                  region: {
                    startLine: d.range.start.line + 1,
                    startColumn: d.range.start.character + 1,
                    endLine: d.range.end.line + 1,
                    endColumn: d.range.end.character + 1,
                  },
                },
              },
            ],
          })),
        ),
      },
    ],
  };
  return JSON.stringify(sarif, null, 2);
}

export function main(argv: string[]): number {
  if (argv[0] === 'relay') {
    return relayMain(argv.slice(1), (s) => process.stdout.write(`${s}\n`), (s) => process.stderr.write(`${s}\n`));
  }
  let options: Options;
  try {
    options = parseArgs(argv);
  } catch (error) {
    const message = (error as Error).message;
    process.stderr.write(message ? `postfix-lint: ${message}\n${USAGE}\n` : `${USAGE}\n`);
    return message ? 2 : 0;
  }
  let results: LintResult[];
  try {
    results = lintFiles(collectFiles(options.targets), options.version, options.locale);
  } catch (error) {
    process.stderr.write(`postfix-lint: ${(error as Error).message}\n`);
    return 2;
  }
  const output = options.format === 'json' ? formatJson(results) : options.format === 'sarif' ? formatSarif(results) : formatText(results);
  if (output) process.stdout.write(`${output}\n`);
  return results.some((r) => r.diagnostics.some((d) => d.severity === 1)) ? 1 : 0;
}

if (require.main === module) {
  process.exitCode = main(process.argv.slice(2));
}
