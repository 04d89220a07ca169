/**
 * User-facing strings that are not rule messages, keyed by id. Rule messages live
 * with their rules (server/src/rules); long knowledge texts live in server/src/knowledge.
 */
import { Locale, Localized, pick } from './locale';
import { format } from '../rules/rule';

const MESSAGES = {
  'hover.type': { en: 'Type', ja: '型' },
  'hover.default': { en: 'Default', ja: 'デフォルト' },
  'hover.defaultHere': { en: 'Default for this file (compatibility_level {0})', ja: 'このファイルでのデフォルト (compatibility_level {0})' },
  'hover.value': { en: 'Value in effect', ja: '有効な値' },
  'hover.valueFrom': { en: 'set on line {0}', ja: '{0} 行目で設定' },
  'hover.valueDefault': { en: 'the built-in default', ja: '組み込みのデフォルト' },
  'hover.computed': { en: 'computed by Postfix from the host at run time', ja: '実行時に Postfix がホストから算出' },
  'hover.tooDeep': { en: 'expansion stops here: the definition refers back to itself (Postfix reports "unreasonable macro call nesting")', ja: '展開はここで止まります。定義が自分自身を参照しています (Postfix は "unreasonable macro call nesting" を報告します)' },
  'hover.since': { en: 'Since Postfix {0}', ja: 'Postfix {0} から' },
  'hover.sinceOld': { en: 'Available in every supported Postfix version', ja: 'サポートされている全バージョンで利用可能' },
  'hover.notBuiltin': { en: 'Not a built-in parameter of Postfix {0}: a legacy name or a documented template.', ja: 'Postfix {0} の組み込みパラメータではありません (旧名またはテンプレート)。' },
  'hover.range': { en: 'Allowed range', ja: '許される範囲' },
  'hover.reference': { en: 'Reference documentation', ja: '公式ドキュメント' },
  'hover.userDefined': { en: 'A parameter defined in this file, not built into Postfix. It takes effect only where another setting refers to it as `${0}`.', ja: 'このファイルで定義された、Postfix 組み込みではないパラメータです。他の設定が `${0}` として参照したときだけ意味を持ちます。' },
  'hover.definedAt': { en: 'Defined on line {0}', ja: '{0} 行目で定義' },
  'hover.undefined': { en: 'Not defined: neither set in this file nor built into Postfix. It expands to an empty string.', ja: '未定義です。このファイルでも Postfix 組み込みでも定義されておらず、空文字列に展開されます。' },
  'hover.expandsTo': { en: 'Expands to', ja: '展開結果' },
  'hover.empty': { en: '(empty)', ja: '(空)' },
  'type.bool': { en: 'boolean: yes or no', ja: '真偽値: yes または no' },
  'type.int': { en: 'integer (decimal digits only)', ja: '整数 (10進数字のみ)' },
  'type.long': { en: 'size in bytes: digits only, no k/M/G suffix', ja: 'バイト数: 数字のみ (k/M/G などの単位は不可)' },
  'type.time': { en: 'time: digits with an optional unit s, m, h, d or w; a bare number is in {0}', ja: '時間: 数字と省略可能な単位 s, m, h, d, w。単位のない数字は{0}として扱われます' },
  'type.str': { en: 'text (with $ expansion)', ja: '文字列 ($ 展開あり)' },
  'type.raw': { en: 'text, used as written (no $ expansion)', ja: '文字列 (そのまま使用、$ 展開なし)' },
  'type.computed': { en: 'text; the default is computed from the host', ja: '文字列。デフォルトはホストから算出' },
  'unit.s': { en: 'seconds', ja: '秒' },
  'unit.m': { en: 'minutes', ja: '分' },
  'unit.h': { en: 'hours', ja: '時間' },
  'unit.d': { en: 'days', ja: '日' },
  'unit.w': { en: 'weeks', ja: '週' },
} satisfies Record<string, Localized>;

export type MessageId = keyof typeof MESSAGES;

/** The message in the wanted language with its {0}, {1} ... filled in. */
export function t(id: MessageId, locale: Locale, ...args: string[]): string {
  return format(pick(MESSAGES[id], locale), args);
}
