/**
 * A language mode: everything the server does for one kind of file. The language
 * service parses each document once per version with its mode and hands the model
 * to the mode's features. Features a mode does not offer are simply absent.
 */
import type { CodeAction, CompletionList, Diagnostic, Hover, Range } from 'vscode-languageserver-types';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { LanguageSettings } from '../settings';
import type { MainCfModel } from './mainCf';
import type { MasterCfDocument } from '../parser/masterCf';

/** What a mode may know of the files around a document. */
export interface Neighbourhood {
  /** The main.cf next to the document, parsed and analysed, when there is one. */
  mainCf(): MainCfModel | undefined;
  /** The master.cf next to the document, when there is one. */
  masterCf(): MasterCfDocument | undefined;
}

export interface ModeContext {
  settings: LanguageSettings;
  around: Neighbourhood;
}

export interface LanguageMode<M> {
  /** Language ids (as in package.json) served by this mode. */
  languageIds: readonly string[];
  parse(text: string): M;
  validate?(document: TextDocument, model: M, context: ModeContext): Diagnostic[];
  hover?(document: TextDocument, model: M, offset: number, context: ModeContext): Hover | null;
  complete?(document: TextDocument, model: M, offset: number, context: ModeContext): CompletionList | null;
  /** Code actions beyond the quick fixes rules attach to their diagnostics. */
  codeActions?(document: TextDocument, model: M, range: Range, context: ModeContext): CodeAction[];
}
