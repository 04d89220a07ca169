/** master.cf: the language mode. */
import { MasterCfDocument, parseMasterCf } from '../parser/masterCf';
import { LanguageMode } from './mode';
import { masterCfLinks } from '../features/links';
import { completeMasterCf } from '../features/completion';
import { definitionMasterCf } from '../features/definition';
import { referencesMasterCf } from '../features/references';
import { prepareRenameMasterCf, renameMasterCf } from '../features/rename';
import { symbolsMasterCf } from '../features/symbols';
import { foldingRanges } from '../features/folding';
import { semanticTokensMasterCf } from '../features/semanticTokens';
import { formatMasterCf } from '../features/formatting';
import { inlayHintsMasterCf } from '../features/inlayHints';
import { catalogVersion } from '../knowledge/parameters';
import { MASTER_CF_RULES } from '../rules/masterCf';
import { runRules } from '../features/diagnostics';
import { hoverMasterCf } from '../features/master/hover';
import { completeMasterFields } from '../features/master/completion';

export const masterCfMode: LanguageMode<MasterCfDocument> = {
  languageIds: ['postfix-master'],
  parse: parseMasterCf,
  validate(document, doc, { settings, around }) {
    const context = { doc, version: catalogVersion(settings.version), main: around.mainCf() };
    return runRules(document, MASTER_CF_RULES, context, settings);
  },
  hover: hoverMasterCf,
  complete(document, doc, offset, context) {
    // The columns and whole-entry snippets here; `-o` names and values in completeMasterCf.
    const fields = completeMasterFields(document, doc, offset, context);
    const options = completeMasterCf(document, doc, offset, context);
    return { isIncomplete: fields.isIncomplete || options.isIncomplete, items: [...fields.items, ...options.items] };
  },
  definition: definitionMasterCf,
  references: referencesMasterCf,
  prepareRename: prepareRenameMasterCf,
  rename: renameMasterCf,
  documentSymbols: symbolsMasterCf,
  foldingRanges: (_document, doc) => foldingRanges(doc),
  semanticTokens: semanticTokensMasterCf,
  format: formatMasterCf,
  inlayHints: inlayHintsMasterCf,
  links: (document, doc, { settings, around }) => masterCfLinks(document, doc, around.mainCf(), settings.locale),
};
