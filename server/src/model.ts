/** Parsed documents and their analysis, cached per document version so each change is parsed once. */
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { EffectiveConfig } from './analysis/effectiveConfig';
import { MainCfDocument, parseMainCf } from './parser/mainCf';
import { MasterCfDocument, parseMasterCf } from './parser/masterCf';

export type FileKind = 'main' | 'master';

export interface MainCfModel {
  kind: 'main';
  doc: MainCfDocument;
  config: EffectiveConfig;
}

export interface MasterCfModel {
  kind: 'master';
  doc: MasterCfDocument;
}

export type Model = MainCfModel | MasterCfModel;

export const LANGUAGE_IDS: Readonly<Record<string, FileKind>> = {
  'postfix-main': 'main',
  'postfix-master': 'master',
};

/** The kind of a document, from its language id or, failing that, its file name. */
export function fileKind(document: Pick<TextDocument, 'languageId' | 'uri'>): FileKind {
  const byId = LANGUAGE_IDS[document.languageId];
  if (byId) return byId;
  return /(^|[\\/])master\.cf(\.proto)?$/.test(document.uri) ? 'master' : 'main';
}

export function buildModel(kind: FileKind, text: string): Model {
  if (kind === 'master') return { kind, doc: parseMasterCf(text) };
  const doc = parseMainCf(text);
  return { kind, doc, config: new EffectiveConfig(doc) };
}

/** Keeps the latest model of each document; a new version replaces the old one. */
export class ModelCache {
  private readonly entries = new Map<string, { document: TextDocument; version: number; kind: FileKind; model: Model }>();

  /** The model of this document version. A different document object under the same uri is a different text. */
  get(document: TextDocument): Model {
    const kind = fileKind(document);
    const hit = this.entries.get(document.uri);
    if (hit && hit.document === document && hit.version === document.version && hit.kind === kind) return hit.model;
    const model = buildModel(kind, document.getText());
    this.entries.set(document.uri, { document, version: document.version, kind, model });
    return model;
  }

  delete(uri: string): void {
    this.entries.delete(uri);
  }
}
