/**
 * Syntax rules for lookup table files: each reports the problems the table parser found with the
 * same code, i.e. what postmap(1), cidr_table(5), regexp_table(5) and pcre_table(5) warn about or
 * skip. Messages say what Postfix does with the line.
 */
import { Localized } from '../../i18n/locale';
import { Finding, Severity } from '../rule';
import { TableProblem, TableProblemCode } from '../../parser/table';
import { TableRule } from './context';

const SKIPS: Localized = { en: ' Postfix skips this rule.', ja: 'Postfix はこのルールを読み飛ばします。' };

function skipping(en: string, ja: string): Localized {
  return { en: en + SKIPS.en, ja: ja + SKIPS.ja };
}

function problemRule(
  id: TableProblemCode,
  severity: Severity,
  messages: Record<string, Localized>,
  finding?: (p: TableProblem) => Partial<Finding>,
): TableRule {
  return {
    id,
    severity,
    messages,
    check: ({ doc }) =>
      doc.problems
        .filter((p) => p.code === id)
        .map((p) => {
          const f: Finding = { span: p.span, variant: p.variant === 'default' ? undefined : p.variant, args: p.args };
          if (p.related) f.related = [{ span: p.related, message: { en: 'The entry that is used', ja: '使われるほうのエントリ' } }];
          return { ...f, ...finding?.(p) };
        }),
  };
}

export const tableLeadingWhitespace = problemRule(
  'table-leading-whitespace',
  'error',
  {
    default: {
      en: 'This line starts with whitespace but there is no line above for it to continue: Postfix warns "logical line must not start with whitespace" and ignores it.',
      ja: 'この行は空白で始まっていますが、継続すべき前の行がありません。Postfix は "logical line must not start with whitespace" と警告してこの行を無視します。',
    },
  },
  (p) => (p.fix ? { fixes: [{ title: { en: 'Remove the leading whitespace', ja: '先頭の空白を削除' }, edits: [{ span: p.fix.span, newText: p.fix.text }] }] } : {}),
);

export const tableMissingValue = problemRule('table-missing-value', 'error', {
  default: { en: 'This line has no value.', ja: 'この行には値がありません。' },
  plain: {
    en: 'No value after the key "{0}": postmap warns "expected format: key whitespace value" and leaves the line out of the table.',
    ja: 'キー "{0}" の後に値がありません。postmap は "expected format: key whitespace value" と警告し、この行をテーブルに入れません。',
  },
  cidr: skipping('No result after the network "{0}": Postfix warns "no lookup result".', 'ネットワーク "{0}" の後に結果がありません。Postfix は "no lookup result" と警告します。'),
});

export const tableUnbalancedQuote = problemRule('table-unbalanced-quote', 'error', {
  default: {
    en: 'The key has an unbalanced double quote: postmap ignores the whole line. Close the quote, or write the quote character as \\".',
    ja: 'キーのダブルクォートが閉じていません。postmap はこの行全体を無視します。クォートを閉じるか、クォート文字を \\" と書いてください。',
  },
});

export const tableAliasFormat = problemRule(
  'table-alias-format',
  'warning',
  {
    default: {
      en: 'The key ends with ":" as in an aliases file. postmap warns and keeps the colon as part of the key, so lookups never match it. Remove the colon (aliases files are built with postalias, not postmap).',
      ja: 'キーが aliases ファイルのように ":" で終わっています。postmap は警告したうえでコロンもキーの一部として登録するため、この行は検索で一致しません。コロンを削除してください (aliases ファイルは postmap ではなく postalias で作成します)。',
    },
  },
  (p) => (p.fix ? { fixes: [{ title: { en: 'Remove the colon', ja: 'コロンを削除' }, edits: [{ span: p.fix.span, newText: p.fix.text }] }] } : {}),
);

export const tableDuplicateKey = problemRule(
  'table-duplicate-key',
  'warning',
  {
    default: {
      en: 'Duplicate key "{0}": postmap warns "duplicate entry" and keeps the first entry (keys are compared without regard to case), so this line has no effect.',
      ja: 'キー "{0}" が重複しています。postmap は "duplicate entry" と警告して最初のエントリを使う (キーの大文字小文字は区別されません) ため、この行は効果がありません。',
    },
  },
  () => ({ tags: ['unnecessary'] }),
);

export const tableInvalidCidr = problemRule(
  'table-invalid-cidr',
  'error',
  {
    default: skipping('Invalid network pattern.', 'ネットワークの書式が正しくありません。'),
    'bad-address': skipping('"{0}" is not an IPv4 or IPv6 address ("bad address pattern").', '"{0}" は IPv4 / IPv6 アドレスではありません ("bad address pattern")。'),
    'bad-network': skipping('"{0}": the network part is not an IPv4 or IPv6 address ("bad network value").', '"{0}" のネットワーク部分が IPv4 / IPv6 アドレスではありません ("bad network value")。'),
    'bad-mask-value': skipping('"{0}": the prefix length after "/" must be a decimal number ("bad mask value").', '"{0}" の "/" の後のプレフィックス長は 10 進数でなければなりません ("bad mask value")。'),
    'bad-mask-length': skipping('"{0}": the prefix length is longer than the {1} bits of the address ("bad mask length").', '"{0}" のプレフィックス長がアドレスの {1} ビットを超えています ("bad mask length")。'),
    'host-bits': skipping('"{0}" has bits set after the prefix ("non-null host address bits"); the network is {1}.', '"{0}" にはプレフィックスより後ろのビットが立っています ("non-null host address bits")。ネットワークは {1} です。'),
    'missing-bracket': skipping('"[" without a closing "]".', '"[" に対応する "]" がありません。'),
    'garbage-after-bracket': skipping('Only "/prefix" may follow "]".', '"]" の後には "/プレフィックス長" しか書けません。'),
    'no-pattern': skipping('No network address.', 'ネットワークアドレスがありません。'),
  },
  (p) =>
    p.fix
      ? { fixes: [{ title: { en: `Use ${p.fix.text}`, ja: `${p.fix.text} に修正` }, edits: [{ span: p.fix.span, newText: p.fix.text }], safe: false }] }
      : {},
);

export const tableRegexpSyntax = problemRule('table-regexp-syntax', 'error', {
  default: skipping('The pattern does not compile.', 'パターンをコンパイルできません。'),
  'no-regexp': skipping('A pattern is missing here.', 'ここにパターンがありません。'),
  'no-closing-delimiter': skipping(
    'The pattern has no closing "{0}" ("no closing regexp delimiter"). Inside the pattern write the delimiter as \\{0}.',
    'パターンの閉じる "{0}" がありません ("no closing regexp delimiter")。パターン内の区切り文字は \\{0} と書きます。',
  ),
  'unknown-flag': skipping('"{0}" is not a flag of {1} tables ("unknown regexp option"); the flags are: {2}.', '"{0}" は {1} テーブルのフラグではありません ("unknown regexp option")。使えるフラグ: {2}。'),
  'unclosed-group': skipping('"(" is never closed, so the pattern does not compile.', '"(" が閉じられていないため、パターンをコンパイルできません。'),
  'unmatched-paren': skipping('")" has no matching "(": PCRE refuses the pattern.', '")" に対応する "(" がないため、PCRE はパターンを受け付けません。'),
  'unclosed-bracket': skipping('"[" starts a character class that is never closed with "]".', '"[" で始まる文字クラスが "]" で閉じられていません。'),
  'range-order': skipping('The range {0}-{1} in the character class is out of order.', '文字クラス内の範囲 {0}-{1} の順序が逆です。'),
  'bad-range': skipping('A named class such as [:alpha:] cannot start or end a range.', '[:alpha:] のような名前付きクラスは範囲の始点や終点になれません。'),
  'interval-order': skipping('In the repeat count {{0},{1}} the minimum is larger than the maximum.', '繰り返し回数 {{0},{1}} の最小値が最大値より大きくなっています。'),
  'interval-invalid': skipping('Malformed repeat count: it must be {n}, {n,} or {n,m} with decimal numbers.', '繰り返し回数の書式が正しくありません。{n}、{n,}、{n,m} (10 進数) のいずれかで書きます。'),
  'interval-unclosed': skipping('"{" starts a repeat count that is never closed; write \\{ for a literal brace.', '"{" で始まる繰り返し回数が閉じられていません。波かっこそのものは \\{ と書きます。'),
  'interval-too-big': skipping('The repeat count is larger than {0}, the most the engine allows.', '繰り返し回数がエンジンの上限 {0} を超えています。'),
  'nothing-to-repeat': skipping('The quantifier has nothing before it to repeat (at the start, after "(", "|", "^" or another quantifier).', '量指定子の前に繰り返す対象がありません (先頭、"("、"|"、"^" または別の量指定子の直後)。'),
  'bad-backref': skipping('\\{0} refers to a group the pattern does not have.', '\\{0} はパターンに存在しないグループを参照しています。'),
  'posix-class': skipping('[:{0}:] is not a known character class.', '[:{0}:] は既知の文字クラスではありません。'),
  collating: skipping('This collating element ([. .] or [= =]) is not supported.', 'この照合要素 ([. .] または [= =]) はサポートされていません。'),
  'posix-group': skipping(
    '"(?" and "(*" are PCRE syntax; regexp tables use POSIX regular expressions, which refuse them. Use a pcre: table, or rewrite the pattern.',
    '"(?" や "(*" は PCRE の構文で、POSIX 正規表現を使う regexp テーブルでは使えません。pcre: テーブルを使うか、パターンを書き直してください。',
  ),
  engine: skipping('The pattern does not compile: {0}.', 'パターンをコンパイルできません: {0}。'),
});

export const tableRegexpReplacement = problemRule('table-regexp-replacement', 'error', {
  default: skipping('Invalid result text.', '結果のテキストが正しくありません。'),
  'out-of-range': skipping('${0} refers to group {0}, but the pattern has only {1} ("out of range replacement index").', '${0} はグループ {0} を参照していますが、パターンのグループは {1} 個しかありません ("out of range replacement index")。'),
  negative: skipping('$number cannot be used with a negated pattern (!/.../): it captures nothing.', '否定パターン (!/.../) では何も取り込まれないため $番号 は使えません。'),
  'empty-name': skipping('A "$" that starts no substitution ("empty macro name"); write $$ for a literal dollar sign.', '置換を始めない "$" があります ("empty macro name")。ドル記号そのものは $$ と書きます。'),
  'non-numeric': skipping('"{0}": only $1, $2 ... (captured groups) can be substituted ("non-numeric replacement index"); write $$ for a literal dollar sign.', '"{0}": 置換できるのは $1、$2 ... (取り込んだグループ) だけです ("non-numeric replacement index")。ドル記号そのものは $$ と書きます。'),
  zero: skipping('$0 is not allowed: groups are numbered from $1.', '$0 は使えません。グループは $1 から数えます。'),
  truncated: skipping('"{0}" is not closed ("truncated macro reference").', '"{0}" が閉じられていません ("truncated macro reference")。'),
});

export const tableEmptyResult = problemRule('table-empty-result', 'warning', {
  default: {
    en: 'No result after the pattern: Postfix warns and returns an empty string when it matches.',
    ja: 'パターンの後に結果がありません。Postfix は警告し、一致したときに空文字列を返します。',
  },
});

export const tableUnmatchedEndif = problemRule('table-unmatched-endif', 'error', {
  default: {
    en: 'ENDIF without an open IF: Postfix warns and ignores it.',
    ja: '対応する IF のない ENDIF です。Postfix は警告してこれを無視します。',
  },
  'cidr-garbage': {
    en: 'Text after ENDIF: a cidr table skips this ENDIF ("garbage after ENDIF"), so its IF block goes on to the end of the file.',
    ja: 'ENDIF の後にテキストがあります。cidr テーブルはこの ENDIF を読み飛ばす ("garbage after ENDIF") ため、IF ブロックがファイルの終わりまで続きます。',
  },
});

export const tableUnclosedIf = problemRule('table-unclosed-if', 'warning', {
  default: {
    en: 'IF without a matching ENDIF: the block goes on to the end of the file, so every later rule depends on this condition.',
    ja: '対応する ENDIF のない IF です。ブロックがファイルの終わりまで続くため、以降のすべてのルールがこの条件に左右されます。',
  },
});

export const tableExtraText = problemRule('table-extra-text', 'warning', {
  default: { en: 'This text is ignored.', ja: 'このテキストは無視されます。' },
  if: {
    en: 'Text after the IF pattern is ignored. An indented line directly below IF continues the IF line: do not indent the rules inside IF ... ENDIF.',
    ja: 'IF のパターンの後のテキストは無視されます。IF の直後の字下げされた行は IF 行の続きになるため、IF ... ENDIF 内のルールは字下げしないでください。',
  },
  endif: { en: 'Text after ENDIF is ignored.', ja: 'ENDIF の後のテキストは無視されます。' },
});

export const tableUnrecognizedLine = problemRule('table-unrecognized-line', 'error', {
  default: {
    en: 'Not a rule: a line must start with a pattern (/.../), IF or ENDIF. Postfix ignores it ("ignoring unrecognized request").',
    ja: 'ルールではありません。行はパターン (/.../)、IF、ENDIF のいずれかで始まる必要があります。Postfix はこの行を無視します ("ignoring unrecognized request")。',
  },
  regexp: {
    en: 'Not a rule: in a regexp table a line must start with a pattern (/.../), IF or ENDIF. Postfix ignores it ("ignoring unrecognized request").',
    ja: 'ルールではありません。regexp テーブルの行はパターン (/.../)、IF、ENDIF のいずれかで始まる必要があります。Postfix はこの行を無視します ("ignoring unrecognized request")。',
  },
  pcre: {
    en: 'Not a rule: in a pcre table a line must start with a pattern (/.../), IF or ENDIF. Postfix ignores it ("ignoring unrecognized request").',
    ja: 'ルールではありません。pcre テーブルの行はパターン (/.../)、IF、ENDIF のいずれかで始まる必要があります。Postfix はこの行を無視します ("ignoring unrecognized request")。',
  },
});

export const tableObsoleteFlag = problemRule(
  'table-obsolete-flag',
  'hint',
  {
    default: {
      en: 'The X flag has no effect with PCRE2, which Postfix 3.7 and later use when available: Postfix logs "ignoring obsolete regexp option" and goes on.',
      ja: 'X フラグは、Postfix 3.7 以降が (利用可能なら) 使う PCRE2 では効果がありません。Postfix は "ignoring obsolete regexp option" と記録して処理を続けます。',
    },
  },
  () => ({ tags: ['unnecessary'] }),
);

export const TABLE_SYNTAX_RULES: readonly TableRule[] = [
  tableLeadingWhitespace,
  tableMissingValue,
  tableUnbalancedQuote,
  tableAliasFormat,
  tableDuplicateKey,
  tableInvalidCidr,
  tableRegexpSyntax,
  tableRegexpReplacement,
  tableEmptyResult,
  tableUnmatchedEndif,
  tableUnclosedIf,
  tableExtraText,
  tableUnrecognizedLine,
  tableObsoleteFlag,
];
