/** The two syntax faults Postfix itself reports while reading main.cf. */
import { Finding, MainCfRule } from '../rule';

export const syntaxMissingEquals: MainCfRule = {
  id: 'syntax-missing-equals',
  severity: 'error',
  messages: {
    default: {
      en: 'Missing "=" after "{0}". Postfix stops with a fatal error on this line; write it as "{0} = value", or make it a comment with "#".',
      ja: '"{0}" の後に "=" がありません。Postfix はこの行で致命的エラーとなり停止します。"{0} = 値" の形にするか、"#" でコメントにしてください。',
    },
    'missing-name': {
      en: 'This line has "=" but no parameter name before it. Postfix stops with a fatal error; put the parameter name before "=".',
      ja: 'この行には "=" の前にパラメータ名がありません。Postfix は致命的エラーで停止します。"=" の前にパラメータ名を書いてください。',
    },
  },
  check({ doc }) {
    return doc.nodes.flatMap((node): Finding[] => {
      if (node.kind !== 'invalid') return [];
      const firstLine = node.logical.lines[0];
      return node.reason === 'missing-name'
        ? [{ span: { start: firstLine.start, end: firstLine.end }, variant: 'missing-name' }]
        : [{ span: node.nameSpan, args: [node.name] }];
    });
  },
};

export const syntaxLeadingWhitespace: MainCfRule = {
  id: 'syntax-leading-whitespace',
  severity: 'warning',
  messages: {
    default: {
      en: 'This line starts with whitespace but there is no setting above it to continue, so Postfix ignores it (and the indented lines under it) with a warning. Remove the leading whitespace if it is meant as a setting of its own.',
      ja: 'この行は空白で始まっていますが、継続すべき設定が上にないため、Postfix は警告を出してこの行(と続くインデント行)を無視します。独立した設定にするなら先頭の空白を削除してください。',
    },
  },
  check({ doc }) {
    return doc.nodes.flatMap((node): Finding[] => {
      if (node.kind !== 'orphan') return [];
      const first = node.logical.lines[0];
      const indent = first.text.length - first.text.trimStart().length;
      return [
        {
          span: { start: first.start + indent, end: first.end },
          fixes: [
            {
              title: { en: 'Remove the leading whitespace', ja: '先頭の空白を削除する' },
              edits: [{ span: { start: node.start, end: node.start + indent }, newText: '' }],
            },
          ],
        },
      ];
    });
  },
};
