/** main.cf: the language mode. */
import { EffectiveConfig } from '../analysis/effectiveConfig';
import { catalogVersion } from '../knowledge/parameters';
import { MainCfDocument, parseMainCf } from '../parser/mainCf';
import { MAIN_CF_RULES } from '../rules/registry';
import { runRules } from '../features/diagnostics';
import { hoverMainCf } from '../features/hover';
import { completeMainCf } from '../features/completion';
import { definitionMainCf } from '../features/definition';
import { referencesMainCf } from '../features/references';
import { prepareRenameMainCf, renameMainCf } from '../features/rename';
import { symbolsMainCf } from '../features/symbols';
import { foldingRanges } from '../features/folding';
import { semanticTokensMainCf } from '../features/semanticTokens';
import { formatMainCf } from '../features/formatting';
import { inlayHintsMainCf } from '../features/inlayHints';
import { mainCfLinks } from '../features/links';
import { LanguageMode } from './mode';

export interface MainCfModel {
  doc: MainCfDocument;
  config: EffectiveConfig;
}

export function parseMainCfModel(text: string): MainCfModel {
  const doc = parseMainCf(text);
  return { doc, config: new EffectiveConfig(doc) };
}

export const mainCfMode: LanguageMode<MainCfModel> = {
  languageIds: ['postfix-main'],
  parse: parseMainCfModel,
  validate(document, model, { settings, around }) {
    const context = { doc: model.doc, config: model.config, version: catalogVersion(settings.version), master: around.masterCf() };
    return runRules(document, MAIN_CF_RULES, context, settings);
  },
  hover: (document, model, offset, { settings }) => hoverMainCf(document, model, offset, settings),
  complete: (document, model, offset, context) => completeMainCf(document, model, offset, context),
  definition: definitionMainCf,
  references: referencesMainCf,
  prepareRename: prepareRenameMainCf,
  rename: renameMainCf,
  documentSymbols: symbolsMainCf,
  foldingRanges: (_document, model) => foldingRanges(model.doc),
  semanticTokens: semanticTokensMainCf,
  format: formatMainCf,
  inlayHints: inlayHintsMainCf,
  links: (document, model, { settings }) => mainCfLinks(document, model, settings.locale),
};
