/** Postfix mail logs (mail.log, maillog, Postfix's maillog_file): the language mode. */
import { MailLogDocument, parseMailLog } from '../parser/mailLog';
import { validateLog } from '../features/log/diagnostics';
import { hoverLog } from '../features/log/hover';
import { logCodeActions } from '../features/log/codeActions';
import { LanguageMode } from './mode';

/** Parsing a log costs nothing: lines are parsed when a feature needs them. */
export const mailLogMode: LanguageMode<MailLogDocument> = {
  languageIds: ['postfix-log'],
  parse: parseMailLog,
  validate: (document, model, { settings }) => validateLog(document, model, settings),
  hover: (document, model, offset, { settings, around }) => hoverLog(document, model, offset, { locale: settings.locale, mainCf: () => around.mainCf() }),
  codeActions: (document, model, range, { settings }) => logCodeActions(document, model, range, settings.locale),
};
