/**
 * Rename of parameters the user defines: the entries, every `$name` reference, the
 * restriction lists that name it as a class, and the master.cf `-o` options beside it.
 * Names Postfix knows are refused: a different name would be a different setting.
 */
import type { TextEdit, WorkspaceEdit } from 'vscode-languageserver-types';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { PER_SERVICE_SUFFIXES } from '../analysis/usage';
import { Locale, Localized, pick } from '../i18n/locale';
import { getParameter } from '../knowledge/parameters';
import { getRestriction } from '../knowledge/restrictions';
import type { MainCfModel } from '../languages/mainCf';
import type { ModeContext, RenameRefusal, RenameTarget } from '../languages/mode';
import { MasterCfDocument } from '../parser/masterCf';
import { format } from '../rules/rule';
import { Occurrence, PairOccurrences, declaredClasses, mainCfNameAt, masterCfNameAt, pairOccurrences } from './references';

const TEXT = {
  builtin: {
    en: '"{0}" is a Postfix parameter, so it cannot be renamed: Postfix would no longer recognise the setting. Only parameters you define yourself can be renamed.',
    ja: '「{0}」は Postfix のパラメータなので名前を変更できません。変更すると Postfix がその設定を認識しなくなります。名前を変更できるのは自分で定義したパラメータだけです。',
  },
  perService: {
    en: '"{0}" is a per-service setting of the master.cf service "{1}": Postfix derives its name from the service name, so it cannot be renamed on its own.',
    ja: '「{0}」は master.cf のサービス「{1}」用の設定です。名前はサービス名から決まるため、単独では変更できません。',
  },
  invalid: {
    en: '"{0}" is not a usable parameter name: a `$name` reference can only hold letters, digits and underscores.',
    ja: '「{0}」はパラメータ名として使えません。`$name` で参照できるのは英字・数字・アンダースコアだけです。',
  },
  newBuiltin: {
    en: '"{0}" is the name of a Postfix parameter; choose a name Postfix does not use.',
    ja: '「{0}」は Postfix のパラメータ名です。Postfix が使っていない名前を選んでください。',
  },
  taken: {
    en: '"{0}" is already defined in main.cf; renaming would merge two different settings.',
    ja: '「{0}」は main.cf で既に定義されています。名前を変更すると別々の設定が一つにまとまってしまいます。',
  },
  restriction: {
    en: '"{0}" is the name of a built-in restriction; smtpd would run the restriction, never a class of that name.',
    ja: '「{0}」は組み込みの制限の名前です。smtpd はその名前のクラスではなく制限の方を実行します。',
  },
} satisfies Record<string, Localized>;

function refusal(id: keyof typeof TEXT, locale: Locale, ...args: string[]): RenameRefusal {
  return { error: format(pick(TEXT[id], locale), args) };
}

/** Why a name may not be renamed, or undefined when it may. */
export function renameRefusal(name: string, master: MasterCfDocument | undefined, locale: Locale): RenameRefusal | undefined {
  if (getParameter(name)) return refusal('builtin', locale, name);
  for (const service of master?.services ?? []) {
    const serviceName = service.service?.text;
    if (!serviceName) continue;
    const suffix = PER_SERVICE_SUFFIXES.find((s) => name === serviceName + s);
    if (suffix) return refusal('perService', locale, name, serviceName);
  }
  return undefined;
}

export function prepareRenameMainCf(document: TextDocument, model: MainCfModel, offset: number, context: ModeContext): RenameTarget | RenameRefusal | null {
  const target = mainCfNameAt(model, offset, declaredClasses(model, context));
  if (!target) return null;
  return renameRefusal(target.name, context.around.masterCf(), context.settings.locale) ?? targetOf(document, target);
}

export function prepareRenameMasterCf(document: TextDocument, doc: MasterCfDocument, offset: number, context: ModeContext): RenameTarget | RenameRefusal | null {
  const main = context.around.mainCf();
  const target = masterCfNameAt(doc, offset, declaredClasses(main, context), main);
  if (!target) return null;
  return renameRefusal(target.name, doc, context.settings.locale) ?? targetOf(document, target);
}

function targetOf(document: TextDocument, target: Occurrence): RenameTarget {
  return { range: { start: document.positionAt(target.span.start), end: document.positionAt(target.span.end) }, placeholder: target.name };
}

export function renameMainCf(document: TextDocument, model: MainCfModel, offset: number, newName: string, context: ModeContext): WorkspaceEdit | RenameRefusal | null {
  const classes = declaredClasses(model, context);
  const target = mainCfNameAt(model, offset, classes);
  if (!target) return null;
  const master = context.around.masterCf();
  const refused = renameRefusal(target.name, master, context.settings.locale) ?? newNameRefusal(target.name, newName, model, classes, context.settings.locale);
  if (refused) return refused;
  return editsFor(pairOccurrences(document, 'main', target.name, model, master, context), newName);
}

export function renameMasterCf(document: TextDocument, doc: MasterCfDocument, offset: number, newName: string, context: ModeContext): WorkspaceEdit | RenameRefusal | null {
  const main = context.around.mainCf();
  const classes = declaredClasses(main, context);
  const target = masterCfNameAt(doc, offset, classes, main);
  if (!target) return null;
  const refused = renameRefusal(target.name, doc, context.settings.locale) ?? newNameRefusal(target.name, newName, main, classes, context.settings.locale);
  if (refused) return refused;
  return editsFor(pairOccurrences(document, 'master', target.name, main, doc, context), newName);
}

function newNameRefusal(oldName: string, newName: string, main: MainCfModel | undefined, classes: ReadonlySet<string>, locale: Locale): RenameRefusal | undefined {
  if (!/^[A-Za-z0-9_]+$/.test(newName)) return refusal('invalid', locale, newName);
  if (newName === oldName) return undefined;
  if (getParameter(newName)) return refusal('newBuiltin', locale, newName);
  if (main?.doc.byName.has(newName)) return refusal('taken', locale, newName);
  if (classes.has(oldName) && getRestriction(newName.toLowerCase())) return refusal('restriction', locale, newName);
  return undefined;
}

function editsFor(pair: PairOccurrences, newName: string): WorkspaceEdit {
  const changes: Record<string, TextEdit[]> = {};
  for (const side of [pair.main, pair.master]) {
    if (!side || side.occurrences.length === 0) continue;
    changes[side.uri] = side.occurrences.map((o) => ({ range: side.positions.range(o.span), newText: newName }));
  }
  return { changes };
}
