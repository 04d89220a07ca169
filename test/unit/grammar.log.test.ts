/**
 * The TextMate grammar for Postfix mail logs (syntaxes/postfix-log.tmLanguage.json), run through the engine
 * VS Code uses (vscode-textmate on vscode-oniguruma), on lines the real Postfix 3.7 wrote.
 */
import { test, before } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type * as vsctm from 'vscode-textmate';
import * as oniguruma from 'vscode-oniguruma';
import { GRAMMAR_FILES, RawRule, Token, hasScope, loadGrammar, token, tokenize as tokenizeWith, walkGrammar } from './grammarUtil';
import { REPO_DIR } from '../helpers';
import { FORMATS, HEADERS, REAL, REAL_ERRORS } from './mailLogSamples';

const SCOPE = 'source.postfix.log';

const ROOT = REPO_DIR;
const FILE = GRAMMAR_FILES[SCOPE];

let grammar: vsctm.IGrammar;

before(async () => {
  grammar = await loadGrammar(SCOPE);
});

const tokenizeAll = (text: string): Token[][] => tokenizeWith(grammar, text, '\n');

function tokens(line: string): Token[] {
  return tokenizeAll(line)[0];
}

const tok = token;
const has = hasScope;

function lacks(line: Token[], text: string, prefix: string): void {
  for (const t of line.filter((x) => x.text.includes(text))) {
    assert.ok(!t.scopes.some((s) => s.startsWith(prefix)), `${JSON.stringify(t.text)} must not have ${prefix}*; got ${t.scopes.join(' ')}`);
  }
}


const ALL_SAMPLES: string[] = [...Object.values(REAL), ...Object.values(REAL_ERRORS), ...Object.values(HEADERS), ...Object.values(FORMATS)];

test('every regex compiles, every include exists, every scope ends in .postfix', () => {
  const raw = JSON.parse(readFileSync(FILE, 'utf8')) as RawRule;
  assert.equal(raw.scopeName, SCOPE);
  const repo = raw.repository as Record<string, unknown>;
  let regexes = 0;
  walkGrammar(raw, (r) => {
    for (const key of ['match', 'begin', 'end']) {
      const source = r[key];
      if (typeof source !== 'string') continue;
      regexes++;
      assert.doesNotThrow(() => new oniguruma.OnigScanner([source]).dispose(), `${key}: ${source}`);
    }
    if (typeof r.include === 'string') {
      const m = /^#([\w-]+)$/.exec(r.include);
      assert.ok(m && m[1] in repo, `include ${r.include}`);
    }
    for (const key of ['name', 'contentName']) {
      const value = r[key];
      if (typeof value !== 'string' || r === raw) continue;
      for (const part of value.split(/\s+/)) assert.match(part, /\.postfix$/, part);
    }
  });
  assert.ok(regexes > 20, `${regexes} regexes`);
});

test('package.json contributes the grammar for postfix-log under this scope and path', () => {
  const pkg = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as {
    contributes: { grammars: { language: string; scopeName: string; path: string }[]; languages: { id: string }[] };
  };
  const entry = pkg.contributes.grammars.find((g) => g.language === 'postfix-log');
  assert.ok(entry);
  assert.equal(entry.scopeName, SCOPE);
  assert.equal(resolve(ROOT, entry.path), FILE);
  assert.ok(pkg.contributes.languages.some((l) => l.id === 'postfix-log'));
});

test('tokens cover every sample line, and no rule spills over into the next line', () => {
  const lines = tokenizeAll(ALL_SAMPLES.join('\n'));
  ALL_SAMPLES.forEach((line, i) => {
    assert.equal(lines[i].map((t) => t.text).join(''), line, `line ${i} covered`);
    const alone = tokens(line);
    assert.deepEqual(lines[i], alone, `line ${i} tokenizes the same after the line before it`);
  });
});

test('a line cut off inside a reply or an address does not spill into the next line', () => {
  const cut = [REAL.bouncedRemoteRelay.slice(0, REAL.bouncedRemoteRelay.indexOf('(in reply')), REAL.relayDenied554.slice(0, -8), REAL.connect];
  const lines = tokenizeAll(cut.join('\n'));
  assert.deepEqual(lines[1], tokens(cut[1]));
  assert.deepEqual(lines[2], tokens(REAL.connect));
  has(tok(lines[2], 'Nov 30 02:09:51'), 'constant.numeric.date.timestamp.postfix');
  assert.ok(!lines[2].some((t) => t.scopes.some((x) => x.startsWith('meta.reply') || x.startsWith('meta.reject'))));
});

test('the header: time (syslog and RFC 3339), host, syslog_name, daemon, pid', () => {
  const line = tokens(REAL.submissionRelayDenied);
  has(tok(line, 'Nov 30 02:09:51'), 'constant.numeric.date.timestamp.postfix');
  has(tok(line, 'mx'), 'variable.other.host.postfix');
  has(tok(line, 'postfix-submission/submission/'), 'entity.name.namespace.syslog-name.postfix');
  has(tok(line, 'smtpd'), 'entity.name.function.daemon.postfix');
  has(tok(line, '11675'), 'constant.numeric.pid.postfix');
  has(tok(line, '['), 'punctuation.definition.pid.begin.postfix');
  lacks(line, '11675', 'constant.numeric.reply-code');
  has(tok(tokens(HEADERS.rfc3339), '2026-11-30T02:09:51.123456+09:00'), 'constant.numeric.date.timestamp.postfix');
  has(tok(tokens(HEADERS.journalIso), '2026-11-30T02:09:51+0900'), 'constant.numeric.date.timestamp.postfix');
  has(tok(tokens(HEADERS.spacePaddedDay), 'Nov  3 02:09:51'), 'constant.numeric.date.timestamp.postfix');
  has(tok(tokens(HEADERS.spacePaddedDay), 'mail.example.com'), 'variable.other.host.postfix');
});

test('NOQUEUE reject lines: action, stage, client, reply code, enhanced code, addresses, proto, helo', () => {
  const line = tokens(REAL.relayDenied554);
  has(tok(line, 'NOQUEUE'), 'constant.language.noqueue.postfix');
  has(tok(line, 'NOQUEUE'), 'meta.reject.postfix');
  has(tok(line, 'reject'), 'keyword.control.action.reject.postfix');
  has(tok(line, 'RCPT'), 'keyword.other.smtp-stage.postfix');
  has(tok(line, 'unknown'), 'string.unquoted.hostname.postfix');
  has(tok(line, '127.0.0.1'), 'constant.numeric.ipv4.postfix');
  has(tok(line, '554'), 'constant.numeric.reply-code.permanent.postfix');
  has(tok(line, '5.7.1'), 'constant.numeric.enhanced-code.permanent.postfix');
  has(tok(line, 'r@rbounce.example', 0), 'string.quoted.other.address.postfix');
  has(tok(line, 's@defer.example'), 'string.quoted.other.address.postfix');
  has(tok(line, 'from', 1), 'variable.parameter.field.postfix');
  has(tok(line, 'ESMTP'), 'constant.other.protocol.postfix');
  has(tok(line, 'mx.test.example'), 'string.quoted.other.address.postfix');
  const deferred = tokens(REAL.relayDeferred454);
  has(tok(deferred, '454'), 'constant.numeric.reply-code.transient.postfix');
  has(tok(deferred, '4.7.1'), 'constant.numeric.enhanced-code.transient.postfix');
  const ps = tokens(FORMATS.postscreen);
  has(tok(ps, '41234'), 'constant.numeric.port.postfix');
  has(tok(ps, '550'), 'constant.numeric.reply-code.permanent.postfix');
  const v6 = tokens(FORMATS.ipv6Port);
  has(tok(v6, '4A1B2C3D4E'), 'variable.other.queue-id.postfix');
  has(tok(v6, '2001:db8::25'), 'constant.numeric.ipv6.postfix');
  has(tok(tokens(FORMATS.milter), 'milter-reject'), 'keyword.control.action.reject.postfix');
});

test('delivery lines: queue id, to, orig_to, relay, delay, delays, dsn, status values and the reply', () => {
  const sent = tokens(REAL.origTo);
  has(tok(sent, 'E883820CBF6'), 'variable.other.queue-id.postfix');
  has(tok(sent, 'alias@mx.test.example'), 'string.quoted.other.address.postfix');
  has(tok(sent, 'orig_to'), 'variable.parameter.field.postfix');
  has(tok(sent, 'none'), 'constant.language.relay.postfix');
  has(tok(sent, '0.01', 0), 'constant.numeric.delay.postfix');
  has(tok(sent, '2.0.0'), 'constant.numeric.enhanced-code.success.postfix');
  has(tok(sent, 'sent'), 'markup.inserted.status.success.postfix');
  has(tok(sent, 'silently'), 'meta.reply.postfix');
  has(tok(sent, '('), 'punctuation.section.reply.begin.postfix');
  has(tok(sent, ')'), 'punctuation.section.reply.end.postfix');
  const bounced = tokens(REAL.bouncedRemoteRelay);
  has(tok(bounced, 'bounced'), 'markup.deleted.status.failure.postfix');
  has(tok(bounced, '2597'), 'constant.numeric.port.postfix');
  for (const part of ['0.01', '0.03', '0.02']) has(tok(bounced, part), 'constant.numeric.delay.postfix');
  has(tok(bounced, '/', 0), 'punctuation.separator.delays.postfix');
  has(tok(bounced, '5.7.1', 0), 'constant.numeric.enhanced-code.permanent.postfix');
  const inReply = tok(bounced, '554');
  has(inReply, 'constant.numeric.reply-code.permanent.postfix');
  has(inReply, 'meta.reply.postfix');
  has(tok(bounced, ')'), 'punctuation.section.reply.end.postfix');
  const deferred = tokens(REAL.deferred);
  has(tok(deferred, 'deferred'), 'markup.changed.status.transient.postfix');
  has(tok(deferred, '4.4.1'), 'constant.numeric.enhanced-code.transient.postfix');
  const expired = tokens(REAL.expired);
  has(tok(expired, 'expired'), 'markup.deleted.status.failure.postfix');
  lacks(expired, 'returned to sender', 'meta.reply');
  has(tok(tokens(REAL.longQueueIdBounced), '4jd6v70V6dzJ9db'), 'variable.other.queue-id.postfix');
});

test('severities, session events and removed', () => {
  has(tok(tokens(REAL.nisWarning), 'warning'), 'markup.changed.severity.warning.postfix');
  has(tok(tokens(REAL.fatalNoWorkingInstance), 'fatal'), 'markup.deleted.severity.fatal.postfix');
  has(tok(tokens(REAL_ERRORS.inlineError), 'error'), 'markup.deleted.severity.error.postfix');
  has(tok(tokens(REAL.masterThrottling), 'warning'), 'markup.changed.severity.warning.postfix');
  const connect = tokens(REAL.connect);
  has(tok(connect, 'connect'), 'keyword.other.event.postfix');
  has(tok(connect, '127.0.0.2'), 'constant.numeric.ipv4.postfix');
  const disconnect = tokens(REAL.disconnect);
  has(tok(disconnect, 'disconnect'), 'keyword.other.event.postfix');
  has(tok(disconnect, 'rcpt'), 'variable.parameter.field.postfix');
  has(tok(disconnect, '0/1'), 'constant.numeric.field.postfix');
  has(tok(tokens(REAL.removed), 'removed'), 'keyword.other.event.postfix');
});

test('numbers that are not codes stay plain: versions, addresses, sizes, dsn-like parts of IPs', () => {
  const started = tokens(REAL.daemonStarted);
  lacks(started, '3.7.11', 'constant.numeric.enhanced-code');
  const active = tokens(REAL.queueActive);
  has(tok(active, '304'), 'constant.numeric.field.postfix');
  lacks(active, '304', 'constant.numeric.reply-code');
  const refused = tokens(REAL.connectRefused);
  lacks(refused, '127.0.0.1', 'constant.numeric.enhanced-code');
  has(tok(refused, '127.0.0.1', 1), 'constant.numeric.ipv4.postfix');
});

test('a line without a syslog header still shows its codes and fields', () => {
  const bare = tokens(REAL.relayDenied554.slice(REAL.relayDenied554.indexOf('NOQUEUE')));
  has(tok(bare, '554'), 'constant.numeric.reply-code.permanent.postfix');
  has(tok(bare, 's@defer.example'), 'string.quoted.other.address.postfix');
  const junk = tokens('Nov 30 10:01:02 mx last message repeated 3 times');
  has(tok(junk, 'mx'), 'variable.other.host.postfix');
});
