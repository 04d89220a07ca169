/**
 * Go to definition: from a `$name` reference, a restriction class named in a list, or a
 * master.cf `-o` option, to the main.cf entry Postfix uses (the last one of that name).
 */
import type { Location } from 'vscode-languageserver-types';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { MainCfModel } from '../languages/mainCf';
import type { ModeContext } from '../languages/mode';
import { MasterCfDocument } from '../parser/masterCf';
import { TextPositions, declaredClasses, mainCfNameAt, masterCfNameAt, siblingUri } from './references';

export function definitionMainCf(document: TextDocument, model: MainCfModel, offset: number, context: ModeContext): Location[] {
  const target = mainCfNameAt(model, offset, declaredClasses(model, context));
  const entry = target && model.config.entry(target.name);
  if (!entry) return [];
  return [{ uri: document.uri, range: { start: document.positionAt(entry.nameSpan.start), end: document.positionAt(entry.nameSpan.end) } }];
}

/** From master.cf to the main.cf next to it. */
export function definitionMasterCf(document: TextDocument, doc: MasterCfDocument, offset: number, context: ModeContext): Location[] {
  const main = context.around.mainCf();
  if (!main) return [];
  const target = masterCfNameAt(doc, offset, declaredClasses(main, context), main);
  const entry = target && main.config.entry(target.name);
  if (!entry) return [];
  return [{ uri: siblingUri(document.uri, 'main.cf'), range: new TextPositions(main.doc.text).range(entry.nameSpan) }];
}
