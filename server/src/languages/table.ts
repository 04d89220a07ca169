/**
 * Lookup table source files (access, transport, virtual, *.cidr, *.pcre ...): the language mode.
 *
 * How a table file is read depends on how main.cf names it (hash: or cidr: or pcre: ...), which the
 * text alone does not say. So the model parses lazily, once per format, and the features decide
 * the format and role from the document's name and the main.cf / master.cf next to it.
 */
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { catalogVersion } from '../knowledge/parameters';
import { TableDocument, TableFormat, TableProblem, parseTable } from '../parser/table';
import { TABLE_RULES } from '../rules/table';
import { runRules } from '../features/diagnostics';
import { detectTableKind } from '../features/table/kind';
import { ResolvedTable, hoverTable } from '../features/table/hover';
import { LanguageMode, ModeContext } from './mode';

export interface TableModel {
  text: string;
  /** The text parsed in a format (parsed on first use). */
  parsed(format: TableFormat): TableDocument;
}

export function parseTableModel(text: string): TableModel {
  const cache = new Map<TableFormat, TableDocument>();
  return {
    text,
    parsed(format) {
      let doc = cache.get(format);
      if (!doc) {
        doc = parseTable(text, format);
        cache.set(format, doc);
      }
      return doc;
    },
  };
}

const sameProblem = (a: TableProblem, b: TableProblem): boolean =>
  a.code === b.code && a.variant === b.variant && a.span.start === b.span.start && a.span.end === b.span.end;

/**
 * For a regular expression table whose engine is not known (no main.cf reference, no .regexp or
 * .pcre name), the pcre reading with only the problems the regexp reading reports too.
 */
function agreedReading(model: TableModel): TableDocument {
  const pcre = model.parsed('pcre');
  const regexp = model.parsed('regexp');
  return { ...pcre, problems: pcre.problems.filter((p) => regexp.problems.some((q) => sameProblem(p, q))) };
}

const resolved = new WeakMap<TableModel, { key: unknown[]; value: ResolvedTable }>();

/** The table's format, role and parse, given the files around it. */
export function resolveTable(document: Pick<TextDocument, 'uri'>, model: TableModel, context: Pick<ModeContext, 'around'>): ResolvedTable {
  const main = context.around.mainCf();
  const master = context.around.masterCf();
  const key = [document.uri, main, master];
  const hit = resolved.get(model);
  if (hit && hit.key.every((k, i) => k === key[i])) return hit.value;
  const kind = detectTableKind(document.uri, model.text, main, master);
  const doc = kind.formatFrom === 'content' ? agreedReading(model) : model.parsed(kind.format);
  const value: ResolvedTable = { doc, kind, main };
  resolved.set(model, { key, value });
  return value;
}

export const tableMode: LanguageMode<TableModel> = {
  languageIds: ['postfix-table'],
  parse: parseTableModel,
  validate(document, model, context) {
    const table = resolveTable(document, model, context);
    // aliases(5) files have their own syntax (name: value), read by postalias.
    if (table.kind.role === 'aliases') return [];
    const ruleContext = { doc: table.doc, kind: table.kind, main: table.main, version: catalogVersion(context.settings.version) };
    return runRules(document, TABLE_RULES, ruleContext, context.settings);
  },
  hover(document, model, offset, context) {
    return hoverTable(document, resolveTable(document, model, context), offset, context.settings);
  },
};

/** Whether a file name is one the extension treats as a lookup table (for clients that send no language id). */
export function isTableFileName(name: string): boolean {
  return (
    /^(access|transport|virtual|canonical|generic|relocated|sasl_passwd|sender_dependent_relayhost|header_checks|body_checks)$/.test(name) ||
    /_access$|^(sender|recipient)_(canonical|bcc)$/.test(name) ||
    /\.(cidr|regexp|pcre)$/.test(name)
  );
}
