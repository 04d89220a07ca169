/**
 * A language mode: everything the server does for one kind of file. The language
 * service parses each document once per version with its mode and hands the model
 * to the mode's features. Features a mode does not offer are simply absent.
 */
import type { CodeAction, CompletionList, Diagnostic, Hover, Range } from 'vscode-languageserver-types';
import type { DocumentSymbol, FoldingRange, FormattingOptions, InlayHint, Location, SemanticTokens, TextEdit, WorkspaceEdit } from 'vscode-languageserver-types';
import type { DocumentLink } from 'vscode-languageserver-types';
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
  /** Lists a folder on disk for path completion, when the host allows it (undefined: not allowed or not there). */
  listDirectory?(path: string): readonly DirectoryEntry[] | undefined;
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
  /** Where the name under the cursor is defined (a `$name`'s entry, a restriction class's entry). */
  definition?(document: TextDocument, model: M, offset: number, context: ModeContext): Location[];
  references?(document: TextDocument, model: M, offset: number, includeDeclaration: boolean, context: ModeContext): Location[];
  /** The name a rename would change, or why it cannot be renamed. */
  prepareRename?(document: TextDocument, model: M, offset: number, context: ModeContext): RenameTarget | RenameRefusal | null;
  rename?(document: TextDocument, model: M, offset: number, newName: string, context: ModeContext): WorkspaceEdit | RenameRefusal | null;
  documentSymbols?(document: TextDocument, model: M, context: ModeContext): DocumentSymbol[];
  foldingRanges?(document: TextDocument, model: M, context: ModeContext): FoldingRange[];
  semanticTokens?(document: TextDocument, model: M, context: ModeContext): SemanticTokens;
  /** Formatting edits for the whole document, or for the lines a range touches. */
  format?(document: TextDocument, model: M, range: Range | undefined, options: FormattingOptions, context: ModeContext): TextEdit[];
  inlayHints?(document: TextDocument, model: M, range: Range, context: ModeContext): InlayHint[];
  /** Links to documentation and to files the document names (table files, postconf(5) entries). */
  links?(document: TextDocument, model: M, context: ModeContext): DocumentLink[];
}

/** One entry of a folder listing. */
export interface DirectoryEntry {
  name: string;
  directory: boolean;
}

export interface RenameTarget {
  range: Range;
  placeholder: string;
}

/** A rename the server will not do, with the reason shown to the user. */
export interface RenameRefusal {
  error: string;
}
