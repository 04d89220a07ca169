import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createLanguageService } from '../../server/src/languageService';
import { cursor, mainCf, range, settings } from '../helpers';
import { allParameters, getParameter } from '../../server/src/knowledge/parameters';
import { parameterSummary } from '../../server/src/knowledge/summaries';
import { relayDocs } from '../../server/src/knowledge/relayDocs';
import { getDeprecation } from '../../server/src/knowledge/deprecations';
import { inlineCode } from '../../server/src/features/markdown';

const service = createLanguageService();

function hoverAt(textWithCursor: string, locale: 'en' | 'ja' = 'en') {
  const { text, offset } = cursor(textWithCursor);
  const doc = mainCf(text);
  const hover = service.hover(doc, doc.positionAt(offset), settings({ locale }));
  const value = hover && typeof hover.contents === 'object' && 'value' in hover.contents ? hover.contents.value : '';
  return { hover, value };
}

test('hover on a parameter name shows type, default, version and the postconf link', () => {
  const { hover, value } = hoverAt('smtpd_relay_res|trictions = permit_mynetworks, reject_unauth_destination\n');
  assert.deepEqual(hover?.range, range(0, 0, 0, 24));
  assert.match(value, /\*\*`smtpd_relay_restrictions`\*\*/);
  assert.match(value, /Since Postfix 2\.10/);
  assert.match(value, /https:\/\/www\.postfix\.org\/postconf\.5\.html#smtpd_relay_restrictions/);
  assert.match(value, /Value in effect: `permit_mynetworks, reject_unauth_destination` \(set on line 1\)/);
});

test('hover resolves compatibility_level defaults for the file', () => {
  const { value } = hoverAt('compatibility_level = 3.6\nmydestination = example.com\nrelay_dom|ains = \n');
  assert.match(value, /Default: `\$\{\{\$compatibility_level\} <level \{2\} \? \{\$mydestination\} : \{\}\}`/);
  assert.match(value, /Default for this file \(compatibility_level 3\.6\): `\(empty\)`/);
  const legacy = hoverAt('mydestination = example.com\nrelay_dom|ains_reject_code = 554\n').value;
  assert.match(legacy, /Default: `554`/);
});

test('hover on a time parameter says what a bare number means', () => {
  assert.match(hoverAt('maximal_queue_li|fetime = 5\n').value, /a bare number is in days/);
});

test('hover on $name shows where it comes from and its expansion', () => {
  const { hover, value } = hoverAt('mydomain = example.com\nmyorigin = $my|domain\n');
  assert.deepEqual(hover?.range, range(1, 11, 1, 20));
  assert.match(value, /Value in effect: `example\.com` \(set on line 1\)/);
  assert.match(hoverAt('myorigin = $no|such_thing\n').value, /Not defined/);
});

test('hover on a user-defined parameter says it is not built in', () => {
  const { value } = hoverAt('my_clients| = 192.0.2.0/24\nmynetworks = $my_clients\n');
  assert.match(value, /not built into Postfix/);
});

test('hover text escapes the document: a value can never become a link or a command', () => {
  const { value } = hoverAt('myhost|name = [x](command:workbench.action.terminal.new) `y`\n');
  assert.ok(!/\]\(command:/.test(value.replace(/`+[^`]*`+/g, '')), value);
  assert.match(value, /``\s?\[x\]\(command:workbench\.action\.terminal\.new\) `y`\s?``/);
});

test('hover speaks Japanese when the locale is ja', () => {
  assert.match(hoverAt('myhost|name = a\n', 'ja').value, /デフォルト/);
});

test('no hover on comments or blank space', () => {
  assert.equal(hoverAt('# myhost|name\n').hover, null);
  assert.equal(hoverAt('myhostname = a\n|\n').hover, null);
});

// ---------------------------------------------------------------------------------------------
// Parameter facts (issue 4).

function hoverWith(textWithCursor: string, overrides: { locale?: 'en' | 'ja'; version?: string } = {}) {
  const { text, offset } = cursor(textWithCursor);
  const doc = mainCf(text);
  const hover = service.hover(doc, doc.positionAt(offset), settings(overrides));
  const value = hover && typeof hover.contents === 'object' && 'value' in hover.contents ? hover.contents.value : '';
  return { hover, value, plain: unescape(value) };
}

/** The Markdown with its backslash escapes removed: the text a reader sees. */
function unescape(markdown: string): string {
  return markdown.replace(/\\([\\`*_{}[\]()<>#+\-.!|~&:"'])/g, '$1');
}

/** Removes fenced code blocks and inline code spans (of any fence length), following CommonMark. */
function withoutCode(markdown: string): string {
  let text = markdown.replace(/^(`{3,})[^\n]*\n[\s\S]*?\n\1\s*$/gm, '');
  let out = '';
  let i = 0;
  while (i < text.length) {
    if (text[i] === '\\') {
      i += 2;
      continue;
    }
    if (text[i] === '`') {
      let n = 0;
      while (text[i + n] === '`') n++;
      const fence = '`'.repeat(n);
      let j = i + n;
      let close = -1;
      while ((j = text.indexOf(fence, j)) >= 0) {
        if (text[j + n] !== '`' && text[j - 1] !== '`') {
          close = j;
          break;
        }
        while (text[j] === '`') j++;
      }
      if (close >= 0) {
        i = close + n;
        continue;
      }
      out += fence;
      i += n;
      continue;
    }
    out += text[i++];
  }
  text = out;
  return text;
}

/** Every link target and autolink in the Markdown, outside code. */
function linkTargets(markdown: string): string[] {
  const text = withoutCode(markdown);
  return [...text.matchAll(/\]\(([^)\s]*)/g), ...text.matchAll(/<([a-z][a-z0-9+.-]*:[^>\s]*)>/gi)].map((m) => m[1]);
}

test('a time parameter shows its default and the unit a bare number takes', () => {
  const { value, plain } = hoverWith('maximal_queue_li|fetime = 5\n');
  assert.match(value, /- Default: `5d`/);
  assert.match(value, /a bare number is in days/);
  assert.match(value, /Value in effect: `5` \(set on line 1\) — a bare number means `5d`/);
  assert.match(plain, /^\*\*`maximal_queue_lifetime`\*\* — How long a message may stay in the queue/);
  // A unit written out is not a bare number.
  assert.doesNotMatch(hoverWith('maximal_queue_li|fetime = 3d\n').value, /a bare number means/);
  // A $name default takes the unit of the parameter it names: minimal_backoff_time defaults to 300s.
  assert.match(hoverWith('minimal_backoff_t|ime = 600\n').value, /a bare number means `600s`/);
});

test('relay_domains: the compatibility_level default comes out per file', () => {
  const legacy = hoverWith('mydestination = example.com\nrelay_dom|ains_reject_code = 554\nrelay_domains_x = 1\n');
  assert.match(legacy.value, /Default: `554`/);
  const level0 = hoverWith('mydestination = example.com\nrelay_dom|ains = $mydestination\n').value;
  assert.match(level0, /Default for this file \(compatibility_level 0\): `\$mydestination`/);
  const unset0 = hoverWith('mydestination = example.com\nmyorigin = $relay_dom|ains\n').value;
  assert.match(unset0, /Value in effect: `example\.com` \(the built-in default\)/);
  const unset36 = hoverWith('compatibility_level = 3.6\nmydestination = example.com\nmyorigin = $relay_dom|ains\n').value;
  assert.match(unset36, /Value in effect: `\s?\(empty\)\s?` \(the built-in default\)/);
});

test('deprecated parameters name their replacement, honouring the configured version', () => {
  const dep = getDeprecation('smtpd_use_tls');
  assert.equal(dep?.since, '3.9');
  const newest = hoverWith('smtpd_use_t|ls = yes\n').value;
  assert.match(newest, /\*\*Deprecated: Postfix 3\.9 and later log a warning when it is set\. Use `smtpd_tls_security_level` instead\.\*\*/);
  const old = hoverWith('smtpd_use_t|ls = yes\n', { version: '3.7' }).value;
  assert.match(old, /Postfix 3\.9 and later warn about this parameter \(Postfix 3\.7 does not yet\); the replacement is `smtpd_tls_security_level`/);
  assert.doesNotMatch(old, /Deprecated:/);
  // A deprecation without replacement says to remove the setting.
  assert.match(hoverWith('smtpd_tls_eecdh_gr|ade = auto\n').value, /Remove the setting\./);
  assert.doesNotMatch(hoverWith('myhost|name = a\n').value, /[Dd]eprecated/);
});

test('a parameter newer than the configured Postfix says so', () => {
  const info = [...allParameters()].find((p) => p.since === '3.11' && p.builtin);
  assert.ok(info, 'the catalog has parameters introduced in 3.11');
  assert.deepEqual(info.versions, ['3.11']);
  const { value } = hoverWith(`${info.name}| = x\n`, { version: '3.7' });
  assert.match(value, /Introduced in Postfix 3\.11: Postfix 3\.7 does not know it\./);
  assert.doesNotMatch(hoverWith(`${info.name}| = x\n`, { version: '3.11' }).value, /does not know it|Not a built-in/);
});

test('the relay set gets role, mistakes, symptom and a fenced example after a rule', () => {
  const doc = relayDocs.relay_domains;
  const { value, plain } = hoverWith('relay_dom|ains = example.net\n');
  const [short, long] = value.split('\n\n---\n\n');
  assert.ok(long, 'a horizontal rule separates the long section');
  assert.match(short, /Value in effect: `example\.net` \(set on line 1\)/);
  assert.ok(unescape(long).includes(`**Role in the relay decision:** ${doc.role.en}`));
  for (const mistake of doc.mistakes) assert.ok(unescape(long).includes(`- ${mistake.en}`), mistake.en);
  assert.ok(doc.symptom && unescape(long).includes(`**Symptom when it is wrong:** ${doc.symptom.en}`));
  assert.ok(long.includes('```\n' + doc.example + '\n```'), 'the example is a fenced code block, exactly as written');
  assert.match(plain, /454 4\.7\.1 <info@example\.net>: Relay access denied/);
  // Parameters outside the relay set, and $references, stay short.
  assert.doesNotMatch(hoverWith('maximal_queue_li|fetime = 5\n').value, /\n---\n/);
  assert.doesNotMatch(hoverWith('myorigin = $relay_dom|ains\n').value, /\n---\n/);
});

test('the relay explanation is Japanese when the locale is ja', () => {
  const doc = relayDocs.mynetworks;
  const { value } = hoverWith('mynetw|orks = 192.0.2.0/24\n', { locale: 'ja' });
  assert.ok(doc.role.ja && unescape(value).includes(`**リレー判定での役割:** ${doc.role.ja}`));
  assert.match(value, /\*\*よくある間違い:\*\*/);
  assert.match(value, /有効な値: `192\.0\.2\.0\/24` \(1 行目で設定\)/);
  assert.ok(value.includes('```\nmynetworks = 127.0.0.0/8 [::1]/128 192.0.2.0/24\n```'));
});

test('hover on $name: the whole reference is the range, with where it is defined', () => {
  const braced = hoverWith('mydomain = example.com\nmyorigin = ${my|domain}\n');
  assert.deepEqual(braced.hover?.range, range(1, 11, 1, 22));
  assert.match(braced.value, /\(set on line 1\)/);
  const dollar = hoverWith('mydomain = example.com\nmyorigin = |$mydomain\n');
  assert.deepEqual(dollar.hover?.range, range(1, 11, 1, 20));
  const builtin = hoverWith('myorigin = $myhost|name\n').value;
  assert.match(builtin, /\(the built-in default\)/);
  // A nested reference inside a conditional finds the inner name, not the outer one.
  const nested = hoverWith('a = x\nb = y\nc = ${a?{$|b}:{z}}\n');
  assert.deepEqual(nested.hover?.range, range(2, 9, 2, 11));
  assert.match(nested.value, /Value in effect: `y` \(set on line 2\)/);
});

test('every parameter of the catalog gets a hover with its summary, default and link', () => {
  let count = 0;
  for (const info of allParameters()) {
    const version = info.versions.length > 0 ? info.versions[info.versions.length - 1] : '';
    const { hover, value, plain } = hoverWith(`${info.name}| = \n`, { version });
    assert.deepEqual(hover?.range, range(0, 0, 0, info.name.length), info.name);
    const summary = parameterSummary(info.name);
    assert.ok(summary, `${info.name} has a summary`);
    assert.equal(plain.split('\n')[0], `**\`${info.name}\`** — ${summary}`, info.name);
    const def = `Default: ${info.default === '(computed)' ? 'computed by Postfix from the host at run time' : inlineCode(info.default || '(empty)')}`;
    assert.ok(value.includes(def), `${info.name}: ${def}`);
    assert.ok(value.includes(`(https://www.postfix.org/postconf.5.html#${info.name})`), info.name);
    if (info.builtin) assert.doesNotMatch(value, /Not a built-in parameter|does not know it/, info.name);
    else assert.match(value, /Not a built-in parameter/, info.name);
    assert.deepEqual(linkTargets(value), [`https://www.postfix.org/postconf.5.html#${info.name}`], info.name);
    count++;
  }
  assert.equal(count, 924);
  assert.equal(getParameter('mydestination')?.default, '$myhostname, localhost.$mydomain, localhost');
});

// ---------------------------------------------------------------------------------------------
// The document's text never becomes markup, in any hover kind.

const EVIL = '[x](command:workbench.action.terminal.new)';

test('a value with a command link never becomes a link, whatever is hovered', () => {
  // The detector itself: it sees a link in plain text and none inside code.
  assert.deepEqual(linkTargets(`see ${EVIL}`), ['command:workbench.action.terminal.new']);
  assert.deepEqual(linkTargets(`see <command:x>`), ['command:x']);
  assert.deepEqual(linkTargets(`see \`${EVIL}\` and \`\` a\`${EVIL}\`b \`\``), []);
  assert.deepEqual(linkTargets(`\\${EVIL.replace(']', '\\]')}`), []);
  const cases: string[] = [
    `myhost|name = ${EVIL}\n`,
    `evil = ${EVIL}\nmyorigin = $ev|il\n`,
    `ev|il = ${EVIL}\n`,
    `${EVIL}| = 1\n`,
    `a\`${EVIL}\`b| = 1\n`,
    `compatibility_level = ${EVIL}\nrelay_dom|ains =\n`,
    `smtpd_recipient_restrictions = reject_unauth_dest|ination ${EVIL}\n`,
    `smtpd_recipient_restrictions = check_recipient_access ha|sh:${EVIL}\n`,
    `smtpd_recipient_restrictions = check_recipient_access pro|xy:hash:${EVIL}\n`,
    `smtpd_recipient_restrictions = check_recipient_access proxy:ha|sh:\`${EVIL}\`\n`,
    `smtpd_tls_security_level = ma|y ${EVIL}\n`,
    `smtpd_policy_service_default_action = 45|1 4.3.5 ${EVIL}\n`,
    `smtpd_policy_service_default_action = 451 4.3|.5 \`${EVIL}\`\n`,
    `smtpd_reject_footer = 4.7.6|50 ${EVIL}\n`,
  ];
  for (const c of cases) {
    const { hover, value } = hoverWith(c);
    assert.ok(hover, `a hover for ${c}`);
    for (const target of linkTargets(value)) assert.match(target, /^https:\/\/www\.postfix\.org\//, `${c}\n${value}`);
    assert.doesNotMatch(withoutCode(value), /command:/, `${c}\n${value}`);
  }
});

test('a $name inside a raw parameter is left to the program that uses the value', () => {
  const { hover, value } = hoverWith('default_rbl_reply = $rbl_co|de Service unavailable; $rbl_class [$rbl_what] blocked\n');
  assert.deepEqual(hover?.range, range(0, 20, 0, 29));
  assert.match(value, /`default_rbl_reply` is used as written, without main\.cf \$ expansion: `\$rbl_code` is not looked up in main\.cf/);
  assert.doesNotMatch(value, /Not defined/);
  // Even a name main.cf defines is not expanded there.
  assert.doesNotMatch(hoverWith('mailbox_command = $command_direc|tory/procmail\n').value, /Value in effect/);
});
