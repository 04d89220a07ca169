/** master.cf: the language mode. */
import { MasterCfDocument, parseMasterCf } from '../parser/masterCf';
import { LanguageMode } from './mode';

export const masterCfMode: LanguageMode<MasterCfDocument> = {
  languageIds: ['postfix-master'],
  parse: parseMasterCf,
};
