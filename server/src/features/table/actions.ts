/**
 * The right-hand side of an access(5) table, read the way smtpd's check_table_result() reads it
 * (smtpd_check.c, Postfix 3.7 to 3.11): the first word up to a space or tab is the action, compared
 * without regard to case; the rest (after whitespace) is its text. Actions are tried in smtpd's
 * order, then an all-digits result, then a 4NN/5NN code with text, then OK/RELAY; a result with a
 * colon anywhere is refused (451 4.3.5); anything else is run as a list of restrictions.
 */
import { Localized } from '../../i18n/locale';

export type ActionKind =
  | 'dunno'
  | 'reject'
  | 'defer'
  | 'hangup'
  | 'info'
  | 'warn'
  | 'filter'
  | 'hold'
  | 'discard'
  | 'redirect'
  | 'bcc'
  | 'defer_if_permit'
  | 'defer_if_reject'
  | 'prepend'
  | 'digits'
  | 'code'
  | 'ok'
  | 'lookup'
  | 'restrictions';

/** A word of the value: offsets are into the value text. */
export interface Word {
  text: string;
  start: number;
  end: number;
}

export interface AccessAction {
  kind: ActionKind;
  /** The first word (the action keyword or code; the first restriction of a list). */
  word: Word;
  /** The text after the first word, when there is any. */
  text?: Word;
  /** A leading enhanced status code of the text (REJECT, DEFER, DEFER_IF_*, 4NN/5NN). */
  enhanced?: Word;
  /** For 'restrictions': the words of the list, split at commas and whitespace. */
  words?: Word[];
}

/** Keywords in the order smtpd tests them (before the numeric and OK/RELAY tests). */
const KEYWORDS: ReadonlyArray<[string, ActionKind]> = [
  ['DUNNO', 'dunno'],
  ['REJECT', 'reject'],
  ['DEFER', 'defer'],
  ['HANGUP', 'hangup'],
  ['INFO', 'info'],
  ['WARN', 'warn'],
  ['FILTER', 'filter'],
  ['HOLD', 'hold'],
  ['DISCARD', 'discard'],
  ['REDIRECT', 'redirect'],
  ['BCC', 'bcc'],
  ['DEFER_IF_PERMIT', 'defer_if_permit'],
  ['DEFER_IF_REJECT', 'defer_if_reject'],
  ['PREPEND', 'prepend'],
];

/** Actions whose text may start with an enhanced status code. */
export const TAKES_REPLY_TEXT = new Set<ActionKind>(['reject', 'defer', 'defer_if_permit', 'defer_if_reject', 'code']);

/** Every access action keyword, for completion and suggestions. */
export const ACTION_KEYWORDS: readonly string[] = [...KEYWORDS.map(([k]) => k), 'OK', 'RELAY'];

const ENHANCED = /^[245]\.\d{1,3}\.\d{1,3}(?=\s|$)/;

/** Splits a value at commas and whitespace, as smtpd splits a restriction list (with { } grouping). */
function words(value: string): Word[] {
  const out: Word[] = [];
  let i = 0;
  while (i < value.length) {
    while (i < value.length && /[\s,]/.test(value[i])) i++;
    if (i >= value.length) break;
    const start = i;
    let depth = 0;
    while (i < value.length) {
      const ch = value[i];
      if (ch === '{') depth++;
      else if (ch === '}' && depth > 0) depth--;
      else if (depth === 0 && /[\s,]/.test(ch)) break;
      i++;
    }
    out.push({ text: value.slice(start, i), start, end: i });
  }
  return out;
}

/** Reads an access table result. */
export function parseAccessAction(value: string): AccessAction {
  let cmdEnd = 0;
  while (cmdEnd < value.length && value[cmdEnd] !== ' ' && value[cmdEnd] !== '\t') cmdEnd++;
  const word: Word = { text: value.slice(0, cmdEnd), start: 0, end: cmdEnd };
  let textStart = cmdEnd;
  while (textStart < value.length && /\s/.test(value[textStart])) textStart++;
  const text: Word | undefined = textStart < value.length ? { text: value.slice(textStart), start: textStart, end: value.length } : undefined;
  const upper = word.text.toUpperCase();
  const action = (kind: ActionKind): AccessAction => {
    const out: AccessAction = { kind, word };
    if (text) out.text = text;
    if (text && TAKES_REPLY_TEXT.has(kind)) {
      const m = ENHANCED.exec(text.text);
      if (m) out.enhanced = { text: m[0], start: text.start, end: text.start + m[0].length };
    }
    return out;
  };
  for (const [keyword, kind] of KEYWORDS) if (upper === keyword) return action(kind);
  if (/^\d+$/.test(value)) return action('digits');
  if (word.text.length === 3 && text && /^[45]\d\d$/.test(word.text)) return action('code');
  if (upper === 'OK' || upper === 'RELAY') return action('ok');
  if (value.includes(':')) return { ...action('lookup'), words: words(value) };
  return { ...action('restrictions'), words: words(value) };
}

/** The first digit smtpd will send for an action: the code's own, or the class of the parameter it uses. */
export function replyClassOf(action: AccessAction, codes: { reject: number; defer: number }): string | undefined {
  switch (action.kind) {
    case 'reject':
      return String(codes.reject)[0];
    case 'defer':
    case 'defer_if_permit':
    case 'defer_if_reject':
      return String(codes.defer)[0];
    case 'code':
      return action.word.text[0];
    default:
      return undefined;
  }
}

export interface ActionDoc {
  title: string;
  /** Syntax as written in a table. */
  syntax: string;
  summary: Localized;
  since?: string;
}

/** What each action does; texts written for this project. */
export const ACTION_DOCS: Readonly<Record<ActionKind, ActionDoc>> = {
  ok: {
    title: 'OK',
    syntax: 'OK',
    summary: {
      en: 'Permits the request: this restriction list stops here with a permit. Other restriction lists still run, and any of them can still reject. RELAY is an old spelling smtpd still treats as OK; text after the word is ignored.',
      ja: '要求を許可します。この制限リストの評価はここで許可として終わります。他の制限リストは引き続き評価され、そこで拒否されることはあります。RELAY は smtpd が今も OK として扱う古い書き方で、単語の後ろのテキストは無視されます。',
    },
  },
  digits: {
    title: 'all digits',
    syntax: '1234567890',
    summary: {
      en: 'A result made only of digits counts as OK. The rule exists for POP-before-SMTP style tools that store a time stamp as the value. Note that a bare reply code such as 550 is all digits too, so it permits.',
      ja: '数字だけの結果は OK と同じ扱いです。値にタイムスタンプを保存する POP-before-SMTP 系のツールのための規則です。550 のような応答コードだけの値も数字だけなので、許可になる点に注意してください。',
    },
  },
  reject: {
    title: 'REJECT',
    syntax: 'REJECT [optional text]',
    summary: {
      en: 'Rejects the request with access_map_reject_code (default 554) and enhanced status 5.7.1. The optional text replaces "Access denied" and may begin with its own enhanced status code (its class digit follows the reply code).',
      ja: 'access_map_reject_code (既定値 554) と拡張ステータス 5.7.1 で要求を拒否します。省略可能なテキストは "Access denied" の代わりに使われ、先頭に独自の拡張ステータスコードを書けます (先頭の数字は応答コードに合わせられます)。',
    },
  },
  defer: {
    title: 'DEFER',
    syntax: 'DEFER [optional text]',
    since: '2.6',
    summary: {
      en: 'Rejects the request temporarily with access_map_defer_code (default 450) and enhanced status 4.7.1, so the client tries again later. The optional text replaces "Access denied".',
      ja: 'access_map_defer_code (既定値 450) と拡張ステータス 4.7.1 で要求を一時的に拒否し、クライアントに後で再試行させます。省略可能なテキストは "Access denied" の代わりに使われます。',
    },
  },
  defer_if_reject: {
    title: 'DEFER_IF_REJECT',
    syntax: 'DEFER_IF_REJECT [optional text]',
    since: '2.1',
    summary: {
      en: 'Does not decide now: if a later restriction rejects the request, the client gets a temporary error (access_map_defer_code, 4.7.1, this text or "Service unavailable") instead of the permanent one. Evaluation goes on with the next restriction.',
      ja: 'その場では判定しません。後続の制限が要求を拒否した場合、恒久的なエラーの代わりに一時エラー (access_map_defer_code、4.7.1、このテキストまたは "Service unavailable") を返します。評価は次の制限に進みます。',
    },
  },
  defer_if_permit: {
    title: 'DEFER_IF_PERMIT',
    syntax: 'DEFER_IF_PERMIT [optional text]',
    since: '2.1',
    summary: {
      en: 'Does not decide now: if the request would later be permitted (by a restriction or at the end of the lists), the client gets a temporary error (access_map_defer_code, 4.7.1, this text or "Service unavailable") instead. A later reject still rejects. Evaluation goes on with the next restriction.',
      ja: 'その場では判定しません。後で要求が許可される場合 (制限による許可でもリストの終わりでも)、代わりに一時エラー (access_map_defer_code、4.7.1、このテキストまたは "Service unavailable") を返します。後続の制限が拒否すれば拒否になります。評価は次の制限に進みます。',
    },
  },
  code: {
    title: '4NN text / 5NN text',
    syntax: '4NN text | 5NN text',
    summary: {
      en: 'Replies with exactly this code and text; the enhanced status code defaults to 4.7.1 or 5.7.1 and may be written at the start of the text. The text is required: a bare code is all digits and permits. 421 and 521 also close the connection.',
      ja: 'このコードとテキストでそのまま応答します。拡張ステータスコードの既定は 4.7.1 または 5.7.1 で、テキストの先頭に書くこともできます。テキストは必須です。コードだけだと数字だけの値として許可になります。421 と 521 は応答後に接続も切断します。',
    },
  },
  dunno: {
    title: 'DUNNO',
    syntax: 'DUNNO',
    summary: {
      en: 'Neither permits nor rejects: stops the search in this table (shorter keys, parent domains and parent networks are not tried) and goes on with the next restriction. Useful to exempt a host or address from a broader entry.',
      ja: '許可も拒否もしません。このテーブルでの検索をやめ (より短いキー、親ドメイン、上位ネットワークは試しません)、次の制限に進みます。広い範囲のエントリから特定のホストやアドレスを除外するのに使います。',
    },
  },
  hangup: {
    title: 'HANGUP',
    syntax: 'HANGUP [optional text]',
    summary: {
      en: 'An unsupported testing feature: drops the connection without sending any reply and logs the text. Its behaviour may change between releases; do not rely on it in production.',
      ja: 'サポート対象外のテスト用機能です。応答を返さずに接続を切断し、テキストをログに記録します。リリース間で動作が変わる可能性があるため、本番環境では使わないでください。',
    },
  },
  info: {
    title: 'INFO',
    syntax: 'INFO [optional text]',
    since: '3.0',
    summary: {
      en: 'Logs an "info:" record with the text and goes on with the next restriction; the request is not affected.',
      ja: 'テキストを含む "info:" のログを記録して次の制限に進みます。要求の扱いは変わりません。',
    },
  },
  warn: {
    title: 'WARN',
    syntax: 'WARN [optional text]',
    since: '2.1',
    summary: {
      en: 'Logs a "warn:" record with the text and goes on with the next restriction; the request is not affected.',
      ja: 'テキストを含む "warn:" のログを記録して次の制限に進みます。要求の扱いは変わりません。',
    },
  },
  filter: {
    title: 'FILTER',
    syntax: 'FILTER transport:destination',
    summary: {
      en: 'After the message is queued, sends it through this content filter (a master.cf transport and its next hop) instead of content_filter. It applies to the whole message, and a later FILTER action replaces an earlier one. Goes on with the next restriction.',
      ja: 'メッセージをキューに入れた後、content_filter の代わりにこのコンテンツフィルタ (master.cf のトランスポートとネクストホップ) へ送ります。メッセージ全体に適用され、後の FILTER が前のものを置き換えます。評価は次の制限に進みます。',
    },
  },
  hold: {
    title: 'HOLD',
    syntax: 'HOLD [optional text]',
    summary: {
      en: 'Puts the whole message in the hold queue, where it waits until an administrator releases it (postsuper -H) or deletes it. The text is logged. Goes on with the next restriction.',
      ja: 'メッセージ全体を hold キューに入れます。管理者が解放 (postsuper -H) するか削除するまで配送されません。テキストはログに記録されます。評価は次の制限に進みます。',
    },
  },
  discard: {
    title: 'DISCARD',
    syntax: 'DISCARD [optional text]',
    summary: {
      en: 'Accepts the message and silently throws it away, telling the client it was delivered. It applies to all recipients of the message and ends the list like OK. The text is logged.',
      ja: 'メッセージを受け取ったうえで黙って破棄し、クライアントには配送成功と伝えます。メッセージのすべての受信者に適用され、OK と同様にリストの評価を終えます。テキストはログに記録されます。',
    },
  },
  redirect: {
    title: 'REDIRECT',
    syntax: 'REDIRECT user@domain',
    since: '2.1',
    summary: {
      en: 'Delivers the message to this address instead of all its recipients. A later REDIRECT replaces an earlier one. Goes on with the next restriction.',
      ja: 'メッセージを本来のすべての受信者の代わりにこのアドレスへ配送します。後の REDIRECT が前のものを置き換えます。評価は次の制限に進みます。',
    },
  },
  bcc: {
    title: 'BCC',
    syntax: 'BCC user@domain',
    since: '3.0',
    summary: {
      en: 'Sends a blind copy of the message to this address, in addition to its recipients. Goes on with the next restriction.',
      ja: '本来の受信者に加えて、このアドレスにメッセージの BCC コピーを送ります。評価は次の制限に進みます。',
    },
  },
  prepend: {
    title: 'PREPEND',
    syntax: 'PREPEND headername: headervalue',
    since: '2.1',
    summary: {
      en: 'Adds this header line at the top of the message headers. Not possible from smtpd_end_of_data_restrictions (the headers have been received by then). Goes on with the next restriction.',
      ja: 'このヘッダ行をメッセージヘッダの先頭に追加します。smtpd_end_of_data_restrictions からは使えません (その時点でヘッダの受信は終わっています)。評価は次の制限に進みます。',
    },
  },
  lookup: {
    title: 'type:table',
    syntax: 'type:table',
    summary: {
      en: 'Not allowed: a result that is none of the actions above and contains a colon (a lookup table, a policy service) is refused. smtpd logs "access table ... has entry with lookup table" and answers 451 4.3.5 Server configuration error. Define a restriction class in main.cf and put its name here instead.',
      ja: '使えません。上記のどのアクションでもなくコロンを含む結果 (ルックアップテーブルやポリシーサービス) は拒否されます。smtpd は "access table ... has entry with lookup table" を記録して 451 4.3.5 Server configuration error と応答します。main.cf で制限クラスを定義し、ここにはそのクラス名を書いてください。',
    },
  },
  restrictions: {
    title: 'restriction list',
    syntax: 'restriction[, restriction ...]',
    summary: {
      en: 'Any other result is run as a list of restrictions (built-in names or restriction classes from smtpd_restriction_classes), as if it were written in the list that consulted the table. An unknown name makes smtpd answer 451 4.3.5 Server configuration error.',
      ja: 'それ以外の結果は、テーブルを参照した制限リストにその場で書かれたものとして、制限のリスト (組み込みの制限名または smtpd_restriction_classes の制限クラス) として評価されます。未知の名前があると smtpd は 451 4.3.5 Server configuration error と応答します。',
    },
  },
};
