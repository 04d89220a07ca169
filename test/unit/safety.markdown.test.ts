/**
 * Text from the document never becomes a link, an image, HTML or a command. Hostile values are put
 * in every place of every kind of file (names, values, restriction lists, table names, master.cf
 * fields and -o options, table keys and results, log lines), and every hover, completion, inlay
 * hint, code lens, code action, document link and diagnostic the server gives is checked. Markdown
 * is rendered with markdown-it (CommonMark, with raw HTML, autolinks and every URL scheme allowed,
 * so nothing is hidden by the renderer's own filters): every link in the output must be one the
 * server wrote itself, to postfix.org, and there must be no image and no raw HTML at all.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { TextDocument } from 'vscode-languageserver-textdocument';
import type { CompletionItem, Hover, MarkupContent } from 'vscode-languageserver-types';
import { createLanguageService } from '../../server/src/languageService';
import { MODES } from '../../server/src/languages';
import { LanguageSettings } from '../../server/src/settings';
import { settings as baseSettings } from '../helpers';

interface Token {
  type: string;
  content: string;
  attrGet(name: string): string | null;
  children: Token[] | null;
}
interface MarkdownIt {
  parse(src: string, env: object): Token[];
  validateLink: (url: string) => boolean;
  linkify: { set(options: object): void };
}
// markdown-it comes with @vscode/vsce (a devDependency); it has no bundled types.
// eslint-disable-next-line @typescript-eslint/no-require-imports
const markdownIt = require('markdown-it') as (options: object) => MarkdownIt;
const md = markdownIt({ html: true, linkify: true });
md.validateLink = () => true;
// Like GFM (VS Code's hovers): scheme links become links, bare host names such as "main.cf" do not;
// "www." links, which GFM makes too, are caught below.
md.linkify.set({ fuzzyLink: false, fuzzyEmail: false });

/** Hosts the server's own links may point to. */
const OWN_LINK = /^https:\/\/(www\.)?postfix\.org\//;

/** What a piece of markdown would turn into: links (hrefs), images and raw HTML. */
function dangers(markdown: string): string[] {
  const found: string[] = [];
  const visit = (tokens: Token[]): void => {
    for (const t of tokens) {
      if (t.type === 'link_open') {
        const href = t.attrGet('href') ?? '';
        if (!OWN_LINK.test(href)) found.push(`link to ${href}`);
      } else if (t.type === 'image') found.push(`image ${t.attrGet('src')}`);
      else if (t.type === 'html_inline' || t.type === 'html_block') found.push(`html ${t.content.trim()}`);
      else if (t.type === 'text' && /(^|[^\w.])www\.[^\s.]+\.[^\s]/.test(t.content)) found.push(`www link in ${t.content.trim()}`);
      if (t.children) visit(t.children);
    }
  };
  visit(md.parse(markdown, {}));
  return found;
}

const checked = new Map<string, string[]>();
/** Active markdown the server wrote itself (not from the document): reported, since VS Code drops raw HTML. */
const ownActive = new Set<string>();
function checkMarkdown(markdown: string, where: string): void {
  let found = checked.get(markdown);
  if (!found) checked.set(markdown, (found = dangers(markdown)));
  // Every payload carries "evil": what has it came from the document.
  assert.deepEqual(found.filter((f) => /evil/i.test(f)), [], `${where} renders document text as active markdown:\n${markdown}`);
  for (const f of found) if (!/evil/i.test(f)) ownActive.add(f);
}

/** Each has "evil" in it, so a leak is easy to see. */
const PAYLOADS = [
  '[x](command:workbench.action.terminal.new?evil)',
  '[x](command:evil.run)',
  '<a href="command:evil.run">x</a>',
  '![p](https://evil.example/pixel.png)',
  '[x][evil]\n\n[evil]: command:evil.ref',
  'https://evil.example/auto',
  'www.evil.example',
  '<https://evil.example/angle>',
  'x` [y](command:evil.tick) `z',
  '``[y](command:evil.ticks)``',
  '\\[x\\](command:evil.escaped)',
  '<img src=x onerror=evil()>',
  '[x](javascript:evil())',
  '<!-- evil --><script>evil()</script>',
  '*evil* _evil_ # evil | a | b |',
];

/** Where payloads go: {P} is replaced by a payload, {W} by the payload with whitespace removed. */
const TEMPLATES: Record<string, string[]> = {
  'postfix-main': [
    '{W} = 1\nmydestination = ${W}\n',
    'myhostname = {P}\nrelayhost = [{W}]:587\n',
    'smtpd_recipient_restrictions = permit_mynetworks, {W}, check_client_access hash:/etc/postfix/{W}, reject\n',
    'smtpd_restriction_classes = {W}\n{W} = reject_unauth_destination {P}\nsmtpd_client_restrictions = {W}\n',
    'alias_maps = hash:{W} proxy:{W}:x {W}:/etc/x\ntransport_maps = ${W?{{P}}:{x}}\n',
    'relay_domains_reject_code = {P}\nsmtpd_tls_security_level = {P}\nmessage_size_limit = {W}\nbounce_queue_lifetime = {W}\n',
    '# {P}\n  {P}\nbroken {P}\nmyorigin = $myhostname\n    {P}\n',
    'smtpd_reject_footer = {P}\nmynetworks = {W} 192.0.2.0/24\n',
  ],
  'postfix-master': [
    '{W} inet n - y - - smtpd\n',
    'smtp inet n - y - - {W} {P}\n',
    'smtp inet n - y - - smtpd\n  -o {W}={P}\n  -o smtpd_client_restrictions={W},reject\n  -o { smtpd_helo_restrictions = {P} }\n',
    'relay unix - - y - {W} smtp -o syslog_name={W}\n',
  ],
  'postfix-table': ['{W} OK\nexample.com REJECT {P}\n/{W}/ DISCARD {P}\n192.0.2.0/24 {W}\n{W} 550 5.7.1 {P}\n'],
  'postfix-log': [
    'Nov 30 10:01:02 mail postfix/smtpd[1]: NOQUEUE: reject: RCPT from {W}[203.0.113.5]: 554 5.7.1 <{W}>: Relay access denied; from=<{P}> to=<u@example.org> proto=ESMTP helo=<{W}>\n',
    'Nov 30 10:01:02 mail postfix/smtpd[1]: warning: {P}\nNov 30 10:01:03 mail {W}[7]: fatal: {P}\n',
    'Nov 30 10:01:04 mail postfix/smtp[2]: 1A2B3C4D5E: to=<{W}>, relay={W}[192.0.2.1]:25, delay=1, dsn=5.1.1, status=bounced ({P})\n',
    '2026-11-30T10:01:05.123+00:00 {W} postfix/qmgr[3]: 1A2B3C4D5E: from=<{W}>, size=1, nrcpt=1 (queue active)\n',
  ],
};

const FILE_NAMES: Record<string, string> = { 'postfix-main': 'main.cf', 'postfix-master': 'master.cf', 'postfix-log': 'mail.log', 'postfix-table': 'access' };
const SETTINGS: LanguageSettings = { ...baseSettings(), inlayHints: { expandedValues: true } };
const SETTINGS_JA: LanguageSettings = { ...baseSettings({ locale: 'ja' }), inlayHints: { expandedValues: true } };

const markupOf = (value: unknown): string[] => {
  if (!value) return [];
  if (typeof value === 'string') return [value];
  if (Array.isArray(value)) return value.flatMap(markupOf);
  const v = value as MarkupContent | { language: string; value: string };
  if ('kind' in v) return v.kind === 'markdown' ? [v.value] : [];
  return [];
};

/** Commands the server may attach; a document can never name one. */
const OWN_COMMANDS = /^(postfix\.[A-Za-z.]+|editor\.action\.triggerSuggest)$/;

for (const languageId of MODES.flatMap((m) => m.languageIds)) {
  const templates = TEMPLATES[languageId] ?? Object.values(TEMPLATES).flat();
  test(`${languageId}: document text never becomes a link, image, HTML or command`, (t) => {
    const uri = `file:///safety/${FILE_NAMES[languageId] ?? 'file.cf'}`;
    // A sibling main.cf full of payloads too, for modes that read it.
    const sibling = TEMPLATES['postfix-main'].map((tpl) => tpl.replaceAll('{P}', PAYLOADS[0]).replaceAll('{W}', 'evil_sibling')).join('');
    const ls = createLanguageService({ readSibling: (_u, name) => (name === 'main.cf' ? sibling : undefined), readFile: () => `${PAYLOADS[0]} OK\n` });
    let hovers = 0;
    let items = 0;
    for (const template of templates) {
      for (const payload of PAYLOADS) {
        const text = template.replaceAll('{P}', payload).replaceAll('{W}', payload.replace(/\s+/g, ''));
        for (const settings of [SETTINGS, SETTINGS_JA]) {
          const document = TextDocument.create(uri, languageId, 1, text);
          const where = (what: string) => `${languageId} ${what} in ${JSON.stringify(text)}`;
          const diagnostics = ls.validate(document, settings);
          for (const d of diagnostics) {
            assert.equal(typeof d.message, 'string', where('a diagnostic message is plain text'));
            if (d.codeDescription) assert.match(d.codeDescription.href, OWN_LINK, where('a diagnostic link'));
          }
          const whole = { start: { line: 0, character: 0 }, end: document.positionAt(text.length) };
          for (const hint of ls.inlayHints(document, whole, settings)) {
            for (const m of markupOf(hint.tooltip && typeof hint.tooltip !== 'string' ? hint.tooltip : undefined)) checkMarkdown(m, where('an inlay hint tooltip'));
          }
          for (const lens of ls.codeLenses(document, settings)) if (lens.command) assert.match(lens.command.command, OWN_COMMANDS, where('a code lens'));
          for (const link of ls.documentLinks(document, settings)) assert.match(link.target ?? '', /^(file:\/\/\/|https:\/\/www\.postfix\.org\/)/, where(`a document link ${link.target}`));
          for (const action of ls.codeActions(document, whole, diagnostics, settings)) {
            const command = 'command' in action && typeof action.command === 'object' ? action.command : typeof action.command === 'string' ? action : undefined;
            if (command && typeof command.command === 'string') assert.match(command.command, OWN_COMMANDS, where('a code action command'));
          }
          for (let offset = 0; offset <= text.length; offset++) {
            const position = document.positionAt(offset);
            const hover: Hover | null = ls.hover(document, position, settings);
            for (const m of markupOf(hover?.contents)) {
              hovers++;
              checkMarkdown(m, where(`the hover at ${position.line}:${position.character}`));
            }
            // Completion where a payload sits and where words start: the lists are long, their texts shared.
            if (/[\s=,:$]/.test(text[offset - 1] ?? ' ')) {
              for (const item of ls.complete(document, position, settings).items as CompletionItem[]) {
                items++;
                for (const m of markupOf(item.documentation)) checkMarkdown(m, where(`completion ${item.label}`));
                if (item.command) assert.match(item.command.command, OWN_COMMANDS, where('a completion command'));
              }
            }
          }
        }
      }
    }
    t.diagnostic(`${hovers} hovers and ${items} completion items from ${templates.length * PAYLOADS.length * 2} documents; ${checked.size} distinct markdown texts rendered`);
    if (ownActive.size) t.diagnostic(`the server's own texts render as HTML or links (not from the document): ${[...ownActive].join('; ')}`);
    assert.ok(hovers > 0, 'the documents had hovers to check');
  });
}

test('the check itself: a raw payload is flagged, the same text in a code span is not', () => {
  assert.deepEqual(dangers('see [x](command:evil.run)'), ['link to command:evil.run']);
  assert.deepEqual(dangers('![p](https://evil.example/p.png)'), ['image https://evil.example/p.png']);
  assert.deepEqual(dangers('a <img src=x> b'), ['html <img src=x>']);
  assert.deepEqual(dangers('visit https://evil.example/x'), ['link to https://evil.example/x']);
  assert.deepEqual(dangers('or www.evil.example'), ['www link in or www.evil.example']);
  assert.deepEqual(dangers('`[x](command:evil.run)` and [postconf](https://www.postfix.org/postconf.5.html#x)'), []);
});

test('the server\'s own texts that show <address> or <reason> keep them as text, not as HTML tags', () => {
  const service = createLanguageService({});
  const hover = (languageId: string, name: string, text: string, line: number, character: number): string => {
    const document = TextDocument.create(`file:///own/${name}`, languageId, 1, text);
    const h = service.hover(document, { line, character }, SETTINGS) as Hover | null;
    return (h?.contents as MarkupContent | undefined)?.value ?? '';
  };
  const cases: Array<[string, string]> = [
    // A relay parameter whose explanation quotes smtpd's reply with <address>.
    [hover('postfix-main', 'main.cf', 'smtpd_client_connection_count_limit = 10\n', 0, 3), '<address>'],
    // An SMTP code whose explanation quotes "... failed: <reason>".
    [hover('postfix-table', 'access', 'example.com 535 5.7.8 no\n', 0, 13), '<reason>'],
  ];
  for (const [markdown, shown] of cases) {
    assert.ok(markdown, 'a hover');
    assert.deepEqual(dangers(markdown), [], markdown);
    const text = md.parse(markdown, {}).flatMap((t) => (t.children ?? [t])).filter((t) => t.type === 'text' || t.type === 'code_inline').map((t) => t.content).join('');
    assert.ok(text.includes(shown), `"${shown}" is shown in: ${text}`);
  }
});
