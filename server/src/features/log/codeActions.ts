/**
 * Code actions in a mail log: "Explain this rejection" on lines where smtpd refused to relay
 * (`NOQUEUE: reject: RCPT from ...: 554 5.7.1 <x>: Relay access denied; ...`). The action runs the
 * command postfix.explainRejection, which the client side implements, with the parsed line.
 */
import type { CodeAction, Range } from 'vscode-languageserver-types';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { Locale, pick } from '../../i18n/locale';
import { MailLogDocument, RejectLine } from '../../parser/mailLog';
import { UI } from './texts';

export const EXPLAIN_REJECTION_COMMAND = 'postfix.explainRejection';
/** Lines of a selection looked at, at most (a select-all in a huge log must stay cheap). */
export const MAX_ACTION_LINES = 200;

/** Where the rejection was logged: the second argument of postfix.explainRejection. */
export interface RejectionLocation {
  uri: string;
  /** Zero-based line number. */
  line: number;
}

/**
 * The "Explain this rejection" actions for the lines the range touches. The command's arguments are
 * `[rejection: RejectLine, location: RejectionLocation]`, both plain JSON.
 */
export function logCodeActions(document: TextDocument, model: MailLogDocument, range: Range, locale: Locale): CodeAction[] {
  const actions: CodeAction[] = [];
  const from = document.offsetAt(range.start);
  const to = Math.max(from, document.offsetAt(range.end));
  let count = 0;
  for (const line of model.lines(from, to)) {
    if (++count > MAX_ACTION_LINES) break;
    const reject = line.reject;
    if (!reject || !reject.relayDenied) continue;
    const { spans: _spans, ...rejection } = reject;
    void _spans;
    const location: RejectionLocation = { uri: document.uri, line: document.positionAt(line.start).line };
    const title = pick(UI.explainRejection, locale);
    const args: [RejectLine, RejectionLocation] = [rejection, location];
    actions.push({ title, kind: 'quickfix', command: { title, command: EXPLAIN_REJECTION_COMMAND, arguments: args } });
  }
  return actions;
}
