/**
 * Tests for the TextMate grammars (syntaxes/postfix-main.tmLanguage.json, syntaxes/postfix-master.tmLanguage.json)
 * and language-configuration.json. The grammars are run through the same engine VS Code uses
 * (vscode-textmate on top of vscode-oniguruma), so a scope asserted here is the scope the editor shows.
 */
import { test, before } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type * as vsctm from 'vscode-textmate';
import * as oniguruma from 'vscode-oniguruma';
import { GRAMMAR_FILES, RawRule, Token, hasScope, lacksScopePrefix, loadGrammar, token, tokenize as tokenizeWith, walkGrammar } from './grammarUtil';
import { REPO_DIR } from '../helpers';
import { RESTRICTION_ROWS } from '../../server/src/knowledge/generated/restrictions';

const MAIN_SCOPE = 'source.postfix.main';
const MASTER_SCOPE = 'source.postfix.master';

/** The repository root: the test may run from a bundle outside the tree, so look from cwd and from this file. */
const ROOT = REPO_DIR;
const FIXTURES = join(ROOT, 'test', 'fixtures', 'grammar');

let mainGrammar: vsctm.IGrammar;
let masterGrammar: vsctm.IGrammar;

before(async () => {
  mainGrammar = await loadGrammar(MAIN_SCOPE);
  masterGrammar = await loadGrammar(MASTER_SCOPE);
});

function fixture(name: string): string {
  return readFileSync(join(FIXTURES, name), 'utf8');
}

/** Tokens of the first fixture line that starts with `prefix`. */
function lineOf(text: string, lines: Token[][], prefix: string): Token[] {
  const index = text.split(/\r?\n/).findIndex((l) => l.startsWith(prefix));
  assert.notEqual(index, -1, `fixture has a line starting with ${JSON.stringify(prefix)}`);
  return lines[index];
}


/** Tokenizes `name = value` as a one-line main.cf and returns the tokens. */
function mainLine(line: string): Token[] {
  return tokenizeWith(mainGrammar, line)[0];
}

// ---------------------------------------------------------------------------------------------
// Grammar invariants
// ---------------------------------------------------------------------------------------------

function loadRaw(scope: string): RawRule {
  return JSON.parse(readFileSync(GRAMMAR_FILES[scope], 'utf8')) as RawRule;
}


test('every regex in both grammars compiles in oniguruma', () => {
  let count = 0;
  for (const scope of [MAIN_SCOPE, MASTER_SCOPE]) {
    walkGrammar(loadRaw(scope), (r) => {
      for (const key of ['match', 'begin', 'end', 'while']) {
        const source = r[key];
        if (typeof source !== 'string') continue;
        count++;
        assert.doesNotThrow(() => new oniguruma.OnigScanner([source]).dispose(), `${scope} ${key}: ${source}`);
      }
    });
  }
  assert.ok(count > 40, `found ${count} regexes`);
});

test('every include points at an existing repository entry', () => {
  const repos: Record<string, Record<string, unknown>> = {
    [MAIN_SCOPE]: loadRaw(MAIN_SCOPE).repository as Record<string, unknown>,
    [MASTER_SCOPE]: loadRaw(MASTER_SCOPE).repository as Record<string, unknown>,
  };
  for (const scope of [MAIN_SCOPE, MASTER_SCOPE]) {
    walkGrammar(loadRaw(scope), (r) => {
      const inc = r.include;
      if (typeof inc !== 'string') return;
      const m = /^([\w.]*)#([\w-]+)$/.exec(inc);
      assert.ok(m, `${scope}: include ${inc} has the form [scope]#rule`);
      const target = m[1] === '' ? scope : m[1];
      assert.ok(repos[target], `${scope}: include ${inc} names a known grammar`);
      assert.ok(m[2] in repos[target], `${scope}: include ${inc} exists`);
    });
  }
});

test('package.json contributes both grammars and the language configuration under these names', () => {
  const pkg = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as {
    contributes: {
      languages: { id: string; configuration: string }[];
      grammars: { language: string; scopeName: string; path: string }[];
    };
  };
  const grammars = pkg.contributes.grammars;
  for (const [language, scope] of [['postfix-main', MAIN_SCOPE], ['postfix-master', MASTER_SCOPE]]) {
    const entry = grammars.find((g) => g.language === language);
    assert.ok(entry, `grammar for ${language}`);
    assert.equal(entry.scopeName, scope);
    assert.equal(resolve(ROOT, entry.path), GRAMMAR_FILES[scope]);
    const lang = pkg.contributes.languages.find((l) => l.id === language);
    assert.ok(lang, `language ${language}`);
    assert.equal(resolve(ROOT, lang.configuration), join(ROOT, 'language-configuration.json'));
  }
});

test('every scope name ends in .postfix', () => {
  for (const scope of [MAIN_SCOPE, MASTER_SCOPE]) {
    const raw = loadRaw(scope);
    assert.equal(raw.scopeName, scope);
    walkGrammar(raw, (r) => {
      for (const key of ['name', 'contentName']) {
        const value = r[key];
        if (typeof value !== 'string' || r === raw) continue;
        for (const part of value.split(/\s+/)) assert.match(part, /\.postfix$/, `${scope}: ${part}`);
      }
    });
  }
});

test('every fixture tokenizes, and a comment scope appears exactly on lines whose first non-blank is #', () => {
  const files = readdirSync(FIXTURES).filter((f) => f.endsWith('.cf'));
  assert.ok(files.length >= 4, `fixtures: ${files.join(', ')}`);
  for (const file of files) {
    const text = fixture(file);
    const grammar = file.startsWith('master') ? masterGrammar : mainGrammar;
    const lines = tokenizeWith(grammar, text);
    text.split('\n').forEach((raw, i) => {
      assert.equal(lines[i].map((t) => t.text).join(''), raw, `${file}:${i + 1} tokens cover the line`);
      const isComment = /^\s*#/.test(raw);
      const commented = lines[i].some((t) => t.scopes.some((s) => s.startsWith('comment.')));
      assert.equal(commented, isComment, `${file}:${i + 1} ${JSON.stringify(raw)}`);
    });
  }
});

test('the valid fixtures produce no invalid.* scope; the invalid ones do on every non-comment line', () => {
  for (const [file, grammar] of [['main.cf', 'main'], ['master.cf', 'master']] as const) {
    const lines = tokenizeWith(grammar === 'main' ? mainGrammar : masterGrammar, fixture(file));
    for (const line of lines) for (const t of line) lacksScopePrefix(t, 'invalid');
  }
  for (const [file, grammar] of [['main-invalid.cf', mainGrammar], ['master-invalid.cf', masterGrammar]] as const) {
    const text = fixture(file);
    const lines = tokenizeWith(grammar, text);
    text.split('\n').forEach((raw, i) => {
      if (raw.trim() === '' || raw.startsWith('good')) return;
      assert.ok(
        lines[i].some((t) => t.scopes.some((s) => s.startsWith('invalid.'))),
        `${file}:${i + 1} ${JSON.stringify(raw)} is marked invalid`,
      );
    });
  }
});

// ---------------------------------------------------------------------------------------------
// main.cf
// ---------------------------------------------------------------------------------------------

test('main.cf: comment lines, including indented ones, are comments', () => {
  const text = fixture('main.cf');
  const lines = tokenizeWith(mainGrammar, text);
  const first = lines[0];
  hasScope(token(first, '#'), 'comment.line.number-sign.postfix');
  hasScope(token(first, '#'), 'punctuation.definition.comment.postfix');
  const indented = lineOf(text, lines, '    # An indented comment');
  hasScope(token(indented, '#'), 'comment.line.number-sign.postfix');
  hasScope(token(indented, ' An indented comment line before the first setting.'), 'comment.line.number-sign.postfix');
});

test('main.cf: a # after a value is part of the value, not a comment', () => {
  const text = fixture('main.cf');
  const line = lineOf(text, tokenizeWith(mainGrammar, text), 'myhostname =');
  const name = token(line, 'myhostname');
  assert.deepEqual(name.scopes, [MAIN_SCOPE, 'meta.parameter.postfix', 'variable.other.definition.postfix']);
  assert.deepEqual(token(line, '=').scopes, [MAIN_SCOPE, 'meta.parameter.postfix', 'keyword.operator.assignment.postfix']);
  const value = token(line, ' mail.example.com # not a comment');
  assert.deepEqual(value.scopes, [MAIN_SCOPE, 'meta.parameter.postfix', 'meta.value.postfix']);
  lacksScopePrefix(value, 'comment');
});

test('main.cf: continuation lines carry the value, even across a column-0 comment', () => {
  const text = fixture('main.cf');
  const lines = tokenizeWith(mainGrammar, text);
  const all = text.split('\n');
  const start = all.indexOf('smtpd_relay_restrictions = permit_mynetworks,');
  assert.notEqual(start, -1);
  hasScope(token(lines[start], 'smtpd_relay_restrictions'), 'variable.other.definition.postfix');
  hasScope(token(lines[start], 'permit_mynetworks'), 'support.function.restriction.postfix');
  hasScope(token(lines[start], ','), 'punctuation.separator.comma.postfix');
  const second = token(lines[start + 1], 'permit_sasl_authenticated');
  assert.deepEqual(second.scopes, [
    MAIN_SCOPE,
    'meta.parameter.postfix',
    'meta.value.postfix',
    'support.function.restriction.postfix',
  ]);
  // The column-0 comment is a comment inside the still-open setting.
  hasScope(token(lines[start + 2], '#'), 'comment.line.number-sign.postfix');
  hasScope(token(lines[start + 2], '#'), 'meta.parameter.postfix');
  const last = token(lines[start + 3], 'reject_unauth_destination');
  hasScope(last, 'support.function.restriction.postfix');
  hasScope(last, 'meta.value.postfix');
  // The next unindented line starts a new setting.
  const next = token(lines[start + 4], 'smtpd_recipient_restrictions');
  assert.deepEqual(next.scopes, [MAIN_SCOPE, 'meta.parameter.postfix', 'variable.other.definition.postfix']);
});

test('main.cf: $name, ${name}, $(name) and $$', () => {
  const text = fixture('main.cf');
  const lines = tokenizeWith(mainGrammar, text);
  const dest = lineOf(text, lines, 'mydestination =');
  hasScope(token(dest, '$'), 'punctuation.definition.variable.postfix');
  hasScope(token(dest, 'myhostname'), 'variable.other.reference.postfix');
  hasScope(token(dest, 'mydomain'), 'variable.other.reference.postfix');
  const banner = lineOf(text, lines, 'smtpd_banner =');
  hasScope(token(banner, '{'), 'punctuation.definition.variable.begin.postfix');
  hasScope(token(banner, 'mail_name'), 'variable.other.reference.postfix');
  hasScope(token(banner, '}'), 'punctuation.definition.variable.end.postfix');
  hasScope(token(banner, '('), 'punctuation.definition.variable.begin.postfix');
  hasScope(token(banner, 'mail_version'), 'variable.other.reference.postfix');
  hasScope(token(banner, ')'), 'punctuation.definition.variable.end.postfix');
  const escaped = token(banner, '$$');
  hasScope(escaped, 'constant.character.escape.postfix');
  lacksScopePrefix(escaped, 'variable');
  // $$5 is a literal "$5": the 5 is not a reference.
  lacksScopePrefix(token(banner, '5'), 'variable');
});

test('main.cf: conditional forms ${name?{x}:{y}}, ${name:value}, ${name?value}', () => {
  const text = fixture('main.cf');
  const line = lineOf(text, tokenizeWith(mainGrammar, text), 'maybe_empty =');
  hasScope(token(line, 'name'), 'variable.other.reference.postfix');
  hasScope(token(line, '?'), 'keyword.operator.conditional.postfix');
  hasScope(token(line, ':'), 'keyword.operator.conditional.postfix');
  const openX = token(line, '{', 1);
  hasScope(openX, 'punctuation.section.braces.begin.postfix');
  hasScope(openX, 'meta.reference.postfix');
  hasScope(token(line, 'x'), 'meta.braces.postfix');
  hasScope(token(line, 'y'), 'meta.reference.postfix');
  // ${relayhost:direct}
  hasScope(token(line, 'relayhost'), 'variable.other.reference.postfix');
  hasScope(token(line, 'direct'), 'meta.reference.postfix');
  hasScope(token(line, ':', 1), 'keyword.operator.conditional.postfix');
  // ${relayhost?[$relayhost]}: the nested reference inside the conditional text
  const nested = token(line, 'relayhost', 2);
  assert.equal(nested.scopes.filter((s) => s === 'meta.reference.postfix').length, 2, nested.scopes.join(' '));
  // After the last }, the value is plain again.
  const end = line[line.length - 1];
  assert.equal(end.text, '}');
  hasScope(end, 'punctuation.definition.variable.end.postfix');
});

test('main.cf: ${{a} <level {b} ? {x} : {y}} expressions', () => {
  const text = fixture('main.cf');
  const line = lineOf(text, tokenizeWith(mainGrammar, text), 'smtp_tls_security_level =');
  hasScope(token(line, '$', 0), 'meta.reference.expression.postfix');
  hasScope(token(line, 'compatibility_level'), 'variable.other.reference.postfix');
  hasScope(token(line, '<level'), 'keyword.operator.comparison.postfix');
  hasScope(token(line, '?'), 'keyword.operator.conditional.postfix');
  hasScope(token(line, ':'), 'keyword.operator.conditional.postfix');
  hasScope(token(line, 'none'), 'meta.braces.postfix');
  hasScope(token(line, 'may'), 'meta.reference.expression.postfix');
  for (const op of ['==', '!=', '<', '<=', '>', '>=', '==level', '>=level']) {
    const t = token(mainLine(`x = \${{$a} ${op} {1} ? {y} : {n}}`), op);
    hasScope(t, 'keyword.operator.comparison.postfix');
  }
});

test('main.cf: type:name lookup tables split into type and name', () => {
  const text = fixture('main.cf');
  const lines = tokenizeWith(mainGrammar, text);
  const access = lineOf(text, lines, '    check_recipient_access hash:');
  assert.deepEqual(token(access, 'hash').scopes.slice(-2), ['meta.lookup-table.postfix', 'storage.type.lookup-table.postfix']);
  hasScope(token(access, ':'), 'punctuation.separator.lookup-table.postfix');
  assert.deepEqual(token(access, '/etc/postfix/recipient_access').scopes.slice(-2), [
    'meta.lookup-table.postfix',
    'string.unquoted.path.postfix',
  ]);
  hasScope(token(access, 'check_recipient_access'), 'support.function.restriction.postfix');

  const proxy = lineOf(text, lines, 'virtual_mailbox_maps =');
  hasScope(token(proxy, 'proxy'), 'storage.type.lookup-table.postfix');
  hasScope(token(proxy, 'mysql'), 'storage.type.lookup-table.postfix');
  hasScope(token(proxy, '/etc/postfix/mysql-mailboxes.cf'), 'string.unquoted.path.postfix');

  const withRef = lineOf(text, lines, 'transport_maps =');
  hasScope(token(withRef, 'config_directory'), 'variable.other.reference.postfix');
  hasScope(token(withRef, 'config_directory'), 'meta.lookup-table.postfix');
  hasScope(token(withRef, '/transport'), 'string.unquoted.path.postfix');

  const inline = lineOf(text, lines, 'smtpd_sender_login_maps =');
  hasScope(token(inline, 'inline'), 'storage.type.lookup-table.postfix');
  hasScope(token(inline, '{'), 'punctuation.section.braces.begin.postfix');
  hasScope(token(inline, '='), 'keyword.operator.assignment.postfix');
  const innerGroup = token(inline, '{', 1);
  assert.equal(innerGroup.scopes.filter((s) => s === 'meta.braces.postfix').length, 2);

  const nis = lineOf(text, lines, 'alias_maps =');
  hasScope(token(nis, 'nis'), 'storage.type.lookup-table.postfix');
  hasScope(token(nis, 'mail.aliases'), 'string.unquoted.path.postfix');

  // unix: is a table only for passwd.byname/group.byname; unix:private/policy is a socket.
  hasScope(token(lineOf(text, lines, 'local_recipient_maps ='), 'unix'), 'storage.type.lookup-table.postfix');
  for (const t of lineOf(text, lines, '    check_policy_service unix:')) lacksScopePrefix(t, 'storage');
  // inet:host:port inside a policy group is an address, not a table.
  for (const t of lineOf(text, lines, '    check_policy_service {')) lacksScopePrefix(t, 'storage');
});

test('main.cf: every Postfix lookup table type is recognised, transports are not', () => {
  // The 31 table types of Postfix 3.11 (unix is covered above: only unix:passwd.byname / unix:group.byname).
  const types = [
    'btree', 'cdb', 'cidr', 'dbm', 'environ', 'fail', 'hash', 'inline', 'internal', 'ldap', 'lmdb',
    'memcache', 'mongodb', 'mysql', 'netinfo', 'nis', 'nisplus', 'pcre', 'pgsql', 'pipemap', 'proxy',
    'randmap', 'regexp', 'sdbm', 'socketmap', 'sqlite', 'static', 'tcp', 'texthash', 'unionmap',
  ];
  assert.equal(types.length + 1, 31);
  for (const type of types) {
    const line = mainLine(`x_maps = ${type}:/etc/postfix/x`);
    hasScope(token(line, type), 'storage.type.lookup-table.postfix');
    hasScope(token(line, '/etc/postfix/x'), 'string.unquoted.path.postfix');
  }
  for (const value of ['smtp:[relay.example.com]:587', 'lmtp:unix:private/dovecot-lmtp', 'hashx:/etc/x', 'inet:127.0.0.1:10023']) {
    for (const t of mainLine(`x = ${value}`)) lacksScopePrefix(t, 'storage');
  }
});

test('main.cf: every smtpd restriction name gets the restriction scope, in any case', () => {
  const names = RESTRICTION_ROWS.map((r) => r[0]);
  assert.ok(names.length > 70, `${names.length} restriction names`);
  for (const name of names) {
    const arg = name === 'sleep' ? ' 5' : '';
    for (const spelled of [name, name.toUpperCase()]) {
      const line = mainLine(`smtpd_recipient_restrictions = permit_mynetworks, ${spelled}${arg}`);
      assert.deepEqual(token(line, spelled).scopes, [
        MAIN_SCOPE,
        'meta.parameter.postfix',
        'meta.value.postfix',
        'support.function.restriction.postfix',
      ]);
    }
  }
});

test('main.cf: restriction-like text inside names, paths and references is not a restriction', () => {
  const cases: [string, string][] = [
    ['header_checks = regexp:/etc/postfix/reject_patterns', '/etc/postfix/reject_patterns'],
    ['smtpd_restriction_classes = mua_reject_list', ' mua_reject_list'],
    ['x = $smtpd_reject_footer', 'smtpd_reject_footer'],
    ['smtpd_banner = $myhostname ESMTP sleep well', ' ESMTP sleep well'],
  ];
  for (const [line, text] of cases) {
    const tokens = mainLine(line);
    lacksScopePrefix(token(tokens, text), 'support');
    for (const t of tokens) lacksScopePrefix(t, 'support');
  }
  // The parameter name in column 0 is a name even when it looks like a restriction.
  hasScope(token(mainLine('reject_code = 554'), 'reject_code'), 'variable.other.definition.postfix');
});

test('main.cf: booleans, numbers and time units', () => {
  const text = fixture('main.cf');
  const lines = tokenizeWith(mainGrammar, text);
  hasScope(token(lineOf(text, lines, 'smtpd_helo_required'), 'yes'), 'constant.language.boolean.postfix');
  hasScope(token(lineOf(text, lines, 'disable_vrfy_command'), 'NO'), 'constant.language.boolean.postfix');
  hasScope(token(lineOf(text, lines, 'message_size_limit'), '52428800'), 'constant.numeric.postfix');
  hasScope(token(lineOf(text, lines, 'compatibility_level'), '3.6'), 'constant.numeric.postfix');
  const lifetime = lineOf(text, lines, 'maximal_queue_lifetime');
  hasScope(token(lifetime, '5'), 'constant.numeric.postfix');
  hasScope(token(lifetime, 'd'), 'keyword.other.unit.postfix');
  hasScope(token(lineOf(text, lines, 'smtpd_timeout'), 's'), 'keyword.other.unit.postfix');
  hasScope(token(lineOf(text, lines, 'bounce_queue_lifetime'), 'h'), 'keyword.other.unit.postfix');
  for (const unit of ['s', 'm', 'h', 'd', 'w']) hasScope(token(mainLine(`t = 10${unit}`), unit), 'keyword.other.unit.postfix');
  // Digits inside host names are not numbers.
  for (const t of mainLine('relayhost = mx1.example.com')) lacksScopePrefix(t, 'constant');
  // "yes" inside a word is not a boolean.
  for (const t of mainLine('myhostname = yesterday.example')) lacksScopePrefix(t, 'constant');
});

test('main.cf: IPv4, CIDR, bracketed IPv6 and [host]:port', () => {
  const text = fixture('main.cf');
  const lines = tokenizeWith(mainGrammar, text);
  const nets = lineOf(text, lines, 'mynetworks =');
  hasScope(token(nets, '127.0.0.0'), 'constant.numeric.ipv4.postfix');
  hasScope(token(nets, '/'), 'punctuation.separator.prefix.postfix');
  hasScope(token(nets, '8'), 'constant.numeric.prefix-length.postfix');
  hasScope(token(nets, '['), 'punctuation.section.brackets.begin.postfix');
  hasScope(token(nets, '::1'), 'constant.numeric.ipv6.postfix');
  hasScope(token(nets, ']'), 'punctuation.section.brackets.end.postfix');
  hasScope(token(nets, '128'), 'constant.numeric.prefix-length.postfix');
  hasScope(token(nets, '192.0.2.0'), 'constant.numeric.ipv4.postfix');
  hasScope(token(nets, '24'), 'constant.numeric.prefix-length.postfix');
  hasScope(token(nets, '2001:db8::'), 'constant.numeric.ipv6.postfix');

  const relay = lineOf(text, lines, 'relayhost =');
  hasScope(token(relay, '['), 'punctuation.section.brackets.begin.postfix');
  lacksScopePrefix(token(relay, 'smtp.example.net'), 'constant');
  hasScope(token(relay, ':'), 'punctuation.separator.port.postfix');
  hasScope(token(relay, '587'), 'constant.numeric.port.postfix');

  const policy = lineOf(text, lines, '    check_policy_service {');
  hasScope(token(policy, '127.0.0.1'), 'constant.numeric.ipv4.postfix');
  hasScope(token(policy, '10023'), 'constant.numeric.port.postfix');
  hasScope(token(policy, '{'), 'punctuation.section.braces.begin.postfix');
  hasScope(token(policy, '}'), 'punctuation.section.braces.end.postfix');
  hasScope(token(policy, '10'), 'meta.braces.postfix');
});

test('main.cf: lines Postfix rejects are marked invalid', () => {
  const text = fixture('main-invalid.cf');
  const lines = tokenizeWith(mainGrammar, text);
  hasScope(token(lines[0], 'indented_first = line'), 'invalid.illegal.leading-whitespace.postfix');
  hasScope(token(lines[1], 'foo'), 'variable.other.definition.postfix');
  hasScope(token(lines[1], 'bar'), 'invalid.illegal.missing-assignment.postfix');
  hasScope(token(lines[2], '='), 'invalid.illegal.missing-name.postfix');
  // Recovery: the next well-formed line is a normal setting.
  assert.deepEqual(token(lines[3], 'good').scopes, [MAIN_SCOPE, 'meta.parameter.postfix', 'variable.other.definition.postfix']);
});

test('main.cf: an unclosed { or ${ does not swallow the next setting', () => {
  for (const open of ['x = check_policy_service { inet:127.0.0.1:9998', 'x = ${name?{a}', 'x = $(name']) {
    const lines = tokenizeWith(mainGrammar, `${open}\n    more\nnext = 1\n`);
    assert.deepEqual(token(lines[2], 'next').scopes, [MAIN_SCOPE, 'meta.parameter.postfix', 'variable.other.definition.postfix']);
    hasScope(token(lines[2], '1'), 'constant.numeric.postfix');
  }
});

// ---------------------------------------------------------------------------------------------
// master.cf
// ---------------------------------------------------------------------------------------------

test('master.cf: each of the eight fields of a service line gets its scope', () => {
  const text = fixture('master.cf');
  const line = lineOf(text, tokenizeWith(masterGrammar, text), 'smtp      inet');
  const base = [MASTER_SCOPE, 'meta.service.postfix'];
  assert.deepEqual(token(line, 'smtp').scopes, [...base, 'entity.name.type.service.postfix']);
  assert.deepEqual(token(line, 'inet').scopes, [...base, 'meta.field.type.postfix', 'keyword.other.service-type.postfix']);
  assert.deepEqual(token(line, 'n').scopes, [...base, 'meta.field.private.postfix', 'constant.language.boolean.postfix']);
  assert.deepEqual(token(line, '-', 0).scopes, [...base, 'meta.field.unprivileged.postfix', 'constant.language.default.postfix']);
  assert.deepEqual(token(line, 'y').scopes, [...base, 'meta.field.chroot.postfix', 'constant.language.boolean.postfix']);
  assert.deepEqual(token(line, '-', 1).scopes, [...base, 'meta.field.wakeup.postfix', 'constant.language.default.postfix']);
  assert.deepEqual(token(line, '-', 2).scopes, [...base, 'meta.field.process-limit.postfix', 'constant.language.default.postfix']);
  assert.deepEqual(token(line, 'smtpd').scopes, [...base, 'entity.name.function.command.postfix']);
});

test('master.cf: service types, wakeup with ?, process limits', () => {
  const text = fixture('master.cf');
  const lines = tokenizeWith(masterGrammar, text);
  hasScope(token(lineOf(text, lines, 'postlog'), 'unix-dgram'), 'keyword.other.service-type.postfix');
  hasScope(token(lineOf(text, lines, 'qmgr'), 'unix'), 'keyword.other.service-type.postfix');
  const pickup = lineOf(text, lines, 'pickup');
  hasScope(token(pickup, '60'), 'meta.field.wakeup.postfix');
  hasScope(token(pickup, '60'), 'constant.numeric.postfix');
  hasScope(token(pickup, '?'), 'keyword.operator.conditional.postfix');
  hasScope(token(pickup, '1'), 'meta.field.process-limit.postfix');
  hasScope(token(pickup, 'pickup', 1), 'entity.name.function.command.postfix');
  hasScope(token(lineOf(text, lines, 'policy'), '0'), 'meta.field.process-limit.postfix');
  for (const type of ['inet', 'unix', 'unix-dgram', 'fifo', 'pass']) {
    hasScope(token(tokenizeWith(masterGrammar, `x ${type} n - n - - cmd`)[0], type), 'keyword.other.service-type.postfix');
  }
});

test('master.cf: host:port, [ipv6]:port and port-only service names', () => {
  const text = fixture('master.cf');
  const lines = tokenizeWith(masterGrammar, text);
  const v6 = lineOf(text, lines, '[::1]:10025');
  const nameTokens = v6.slice(0, 5);
  assert.deepEqual(nameTokens.map((t) => t.text), ['[', '::1', ']', ':', '10025']);
  for (const t of nameTokens) hasScope(t, 'entity.name.type.service.postfix');
  hasScope(token(v6, '::1'), 'constant.numeric.ipv6.postfix');
  hasScope(token(v6, '10025'), 'constant.numeric.port.postfix');
  hasScope(token(v6, 'inet'), 'keyword.other.service-type.postfix');
  hasScope(token(v6, 'smtpd'), 'entity.name.function.command.postfix');

  const v4 = lineOf(text, lines, '127.0.0.1:10026');
  hasScope(token(v4, '127.0.0.1'), 'entity.name.type.service.postfix');
  hasScope(token(v4, '127.0.0.1'), 'constant.numeric.ipv4.postfix');
  hasScope(token(v4, '10026'), 'constant.numeric.port.postfix');
  hasScope(token(v4, '10'), 'meta.field.process-limit.postfix');

  const port = token(lineOf(text, lines, '2525'), '2525');
  hasScope(port, 'entity.name.type.service.postfix');
  hasScope(port, 'constant.numeric.port.postfix');
});

test('master.cf: -o name=value options on continuation lines', () => {
  const text = fixture('master.cf');
  const lines = tokenizeWith(masterGrammar, text);
  const tls = lineOf(text, lines, '  -o smtpd_tls_security_level=encrypt');
  assert.deepEqual(token(tls, '-o').scopes, [MASTER_SCOPE, 'meta.service.postfix', 'meta.option.postfix', 'keyword.other.option.postfix']);
  assert.deepEqual(token(tls, 'smtpd_tls_security_level').scopes, [
    MASTER_SCOPE,
    'meta.service.postfix',
    'meta.option.postfix',
    'variable.other.definition.postfix',
  ]);
  hasScope(token(tls, '='), 'keyword.operator.assignment.postfix');
  assert.deepEqual(token(tls, 'encrypt').scopes, [MASTER_SCOPE, 'meta.service.postfix', 'meta.option.postfix', 'meta.value.postfix']);

  hasScope(token(lineOf(text, lines, '  -o smtpd_sasl_auth_enable'), 'yes'), 'constant.language.boolean.postfix');
  const restrictions = lineOf(text, lines, '  -o smtpd_client_restrictions');
  hasScope(token(restrictions, 'permit_sasl_authenticated'), 'support.function.restriction.postfix');
  hasScope(token(restrictions, 'reject'), 'support.function.restriction.postfix');
  hasScope(token(restrictions, ','), 'punctuation.separator.comma.postfix');

  // A comment line between option lines does not end the service entry.
  const afterComment = lineOf(text, lines, '  -o milter_macro_daemon_name');
  hasScope(token(afterComment, 'milter_macro_daemon_name'), 'meta.service.postfix');
  hasScope(token(afterComment, 'milter_macro_daemon_name'), 'variable.other.definition.postfix');

  // Options and flags on the service line itself; an empty -o value.
  const inline = lineOf(text, lines, '127.0.0.1:10026');
  hasScope(token(inline, 'content_filter'), 'variable.other.definition.postfix');
  hasScope(token(inline, '-v'), 'keyword.other.option.postfix');
  lacksScopePrefix(token(inline, '-v'), 'meta.option');
});

test('master.cf: the -o { name = value } long form', () => {
  const text = fixture('master.cf');
  const line = lineOf(text, tokenizeWith(masterGrammar, text), '  -o {');
  hasScope(token(line, '-o'), 'keyword.other.option.postfix');
  hasScope(token(line, '{'), 'punctuation.section.braces.begin.postfix');
  hasScope(token(line, 'smtpd_reject_footer'), 'variable.other.definition.postfix');
  hasScope(token(line, '='), 'keyword.operator.assignment.postfix');
  hasScope(token(line, ' Contact postmaster@'), 'meta.value.postfix');
  hasScope(token(line, 'mydomain'), 'variable.other.reference.postfix');
  const close = line[line.length - 1];
  assert.equal(close.text, '}');
  hasScope(close, 'punctuation.section.braces.end.postfix');
  lacksScopePrefix(close, 'meta.value');
});

test('master.cf: pipe(8) and spawn(8) attributes and command arguments', () => {
  const text = fixture('master.cf');
  const lines = tokenizeWith(masterGrammar, text);
  const pipe = lineOf(text, lines, '  flags=DRhu');
  for (const attr of ['flags', 'user', 'argv']) hasScope(token(pipe, attr), 'entity.other.attribute-name.postfix');
  hasScope(token(pipe, 'DRhu'), 'meta.attribute.postfix');
  hasScope(token(pipe, '/usr/bin/maildrop'), 'string.unquoted.path.postfix');
  hasScope(token(pipe, '-d'), 'keyword.other.option.postfix');
  hasScope(token(pipe, 'recipient'), 'variable.other.reference.postfix');
  hasScope(token(pipe, 'recipient'), 'meta.service.postfix');
  hasScope(token(lineOf(text, lines, '  user=nobody'), 'user'), 'entity.other.attribute-name.postfix');
});

test('master.cf: malformed fields and -o with spaces are marked invalid', () => {
  const text = fixture('master-invalid.cf');
  const lines = tokenizeWith(masterGrammar, text);
  hasScope(token(lines[0], 'indented inet n - n - - smtpd'), 'invalid.illegal.leading-whitespace.postfix');
  hasScope(token(lines[1], 'tcp'), 'invalid.illegal.service-type.postfix');
  hasScope(token(lines[1], 'Y'), 'invalid.illegal.flag.postfix');
  hasScope(token(lines[1], 'yes'), 'invalid.illegal.flag.postfix');
  hasScope(token(lines[1], 'abc'), 'invalid.illegal.wakeup.postfix');
  hasScope(token(lines[1], 'q'), 'invalid.illegal.process-limit.postfix');
  hasScope(token(lines[2], 'smtpd_tls_security_level'), 'variable.other.definition.postfix');
  hasScope(token(lines[2], ' = '), 'invalid.illegal.whitespace.postfix');
  hasScope(token(lines[3], ' ='), 'invalid.illegal.whitespace.postfix');
});

// ---------------------------------------------------------------------------------------------
// language-configuration.json
// ---------------------------------------------------------------------------------------------

test('language-configuration: comments, brackets and a word pattern that fits Postfix names', () => {
  const config = JSON.parse(readFileSync(join(ROOT, 'language-configuration.json'), 'utf8')) as {
    comments: { lineComment: string };
    brackets: [string, string][];
    autoClosingPairs: { open: string; close: string }[];
    surroundingPairs: [string, string][];
    wordPattern: string;
    onEnterRules: { beforeText: string }[];
  };
  assert.equal(config.comments.lineComment, '#');
  assert.deepEqual(config.brackets, [['{', '}'], ['[', ']'], ['(', ')']]);
  assert.deepEqual(config.autoClosingPairs.map((p) => p.open + p.close), ['{}', '[]', '()', '""']);
  assert.deepEqual(config.surroundingPairs.map((p) => p.join('')), ['{}', '[]', '()', '""']);

  const words = (s: string): string[] => s.match(new RegExp(config.wordPattern, 'g')) ?? [];
  assert.deepEqual(words('smtpd_relay_restrictions = permit_mynetworks, reject_unauth_destination'), [
    'smtpd_relay_restrictions',
    'permit_mynetworks',
    'reject_unauth_destination',
  ]);
  // The name inside a reference is the same word as the parameter it names, so occurrences highlight together.
  assert.deepEqual(words('${myhostname} $mydomain $(x_y)'), ['myhostname', 'mydomain', 'x_y']);
  assert.deepEqual(words('relayhost = [mail.example.com]:587'), ['relayhost', 'mail.example.com', '587']);
  assert.deepEqual(words('mynetworks = 192.0.2.0/24'), ['mynetworks', '192.0.2.0', '24']);
  assert.deepEqual(words('hash:/etc/postfix/access'), ['hash', 'etc', 'postfix', 'access']);
  assert.deepEqual(words('dovecot-lmtp unix -o x=y'), ['dovecot-lmtp', 'unix', 'o', 'x', 'y']);

  const indentAfter = (line: string): boolean => config.onEnterRules.some((r) => new RegExp(r.beforeText).test(line));
  assert.equal(indentAfter('smtpd_relay_restrictions = permit_mynetworks,'), true);
  assert.equal(indentAfter('smtpd_relay_restrictions ='), true);
  assert.equal(indentAfter('myhostname = mail.example.com'), false);
  assert.equal(indentAfter('    permit_sasl_authenticated,'), false);
  assert.equal(indentAfter('# a, b ='), false);
});
