/** postfix-lint as a user runs it: the bundled dist/postfix-lint.js in a child process. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { REPO_DIR } from '../helpers';

const CLI = resolve(REPO_DIR, 'dist', 'postfix-lint.js');
const skip = existsSync(CLI) ? false : `${CLI} is not built: run npm run build first`;

function run(args: string[], files: Record<string, string | Buffer> = {}) {
  const dir = mkdtempSync(join(tmpdir(), 'lint-'));
  for (const [name, content] of Object.entries(files)) writeFileSync(join(dir, name), content);
  const r = spawnSync(process.execPath, [CLI, ...args.map((a) => a.replace('$DIR', dir))], { encoding: 'utf8', env: { ...process.env, LANG: 'C' } });
  return { status: r.status, stdout: r.stdout, stderr: r.stderr, dir };
}

const GOOD = 'compatibility_level = 3.6\nmyhostname = mail.example.com\nmydestination = $myhostname, localhost\n';
const BAD = 'compatibility_level = 3.6\nmyhostnme = mail.example.com\nbroken line\n';

test('text output: file:line:col: severity [id] message; exit 1 on an error', { skip }, () => {
  const r = run(['$DIR/main.cf'], { 'main.cf': BAD });
  assert.equal(r.status, 1);
  const lines = r.stdout.trim().split('\n');
  assert.match(lines[0], /main\.cf:2:1: warning \[unknown-parameter\] .*"myhostname"/);
  assert.match(lines[1], /main\.cf:3:1: error \[syntax-missing-equals\] Missing "=" after "broken"/);
});

test('a clean file exits 0 and prints nothing', { skip }, () => {
  const r = run(['$DIR/main.cf'], { 'main.cf': GOOD });
  assert.equal(r.status, 0, r.stdout + r.stderr);
  assert.equal(r.stdout, '');
});

test('json output carries file, range, severity, code and message', { skip }, () => {
  const r = run(['--format', 'json', '$DIR'], { 'main.cf': BAD, 'master.cf': 'smtp inet n - y - - smtpd\n' });
  const out = JSON.parse(r.stdout) as Array<{ file: string; range: { start: { line: number } }; severity: string; code: string; message: string }>;
  assert.deepEqual(out.map((d) => [d.file.endsWith('main.cf'), d.range.start.line, d.severity, d.code]), [
    [true, 1, 'warning', 'unknown-parameter'],
    [true, 2, 'error', 'syntax-missing-equals'],
  ]);
});

test('sarif output is SARIF 2.1.0 with rules and results', { skip }, () => {
  const r = run(['--format', 'sarif', '$DIR/main.cf'], { 'main.cf': BAD });
  const sarif = JSON.parse(r.stdout);
  assert.equal(sarif.version, '2.1.0');
  const run0 = sarif.runs[0];
  assert.equal(run0.tool.driver.name, 'postfix-lint');
  assert.ok(run0.tool.driver.rules.some((x: { id: string }) => x.id === 'open-relay'));
  assert.deepEqual(run0.results.map((x: { ruleId: string; level: string }) => [x.ruleId, x.level]), [['unknown-parameter', 'warning'], ['syntax-missing-equals', 'error']]);
  assert.equal(run0.results[1].locations[0].physicalLocation.region.startLine, 3);
});

test('bad usage and unreadable input exit 2 with a one-line message, never a stack trace', { skip }, () => {
  const cases = [
    run(['--format', 'xml', '$DIR/main.cf'], { 'main.cf': GOOD }),
    run(['--nope']),
    run(['$DIR/missing.cf']),
    run(['$DIR/bin.cf'], { 'bin.cf': Buffer.from([0x6d, 0x79, 0x00, 0x01, 0x02]) }),
    run(['$DIR']),
  ];
  for (const r of cases) {
    assert.equal(r.status, 2, r.stderr);
    assert.match(r.stderr, /^postfix-lint: /);
    assert.doesNotMatch(r.stderr, /\n\s+at /, 'no stack trace');
  }
  assert.match(cases[3].stderr, /binary/);
});

test('invalid UTF-8 is linted with a notice', { skip }, () => {
  const r = run(['$DIR/main.cf'], { 'main.cf': Buffer.concat([Buffer.from('compatibility_level = 3.6\nsmtpd_banner = caf'), Buffer.from([0xe9]), Buffer.from(' ESMTP\n')]) });
  assert.equal(r.status, 0);
  assert.match(r.stderr, /not valid UTF-8/);
});

test('postfix-lint relay explains a decision as text and json', { skip }, () => {
  const main = 'compatibility_level = 3.6\nmydestination = mx.example.com\nmynetworks = 127.0.0.0/8\n';
  const text = run(['relay', '--config', '$DIR', '--client', '203.0.113.5', '--recipient', 'b@remote.example.net'], { 'main.cf': main });
  assert.equal(text.status, 1);
  assert.match(text.stdout, /^decision: defer\nreply:    454 4\.7\.1 <b@remote\.example\.net>: Relay access denied\n/);
  const json = run(['relay', '--config', '$DIR', '--client', '127.0.0.1', '--recipient', 'b@remote.example.net', '--format', 'json'], { 'main.cf': main });
  assert.equal(json.status, 0);
  const out = JSON.parse(json.stdout);
  assert.equal(out.decision, 'accept');
  assert.deepEqual(Object.keys(out.steps[0]).slice(0, 4), ['parameter', 'restriction', 'result', 'line']);
  const bad = run(['relay', '--config', '$DIR', '--client', 'nonsense', '--recipient', 'x@y.z'], { 'main.cf': main });
  assert.equal(bad.status, 2);
  const broken = run(['relay', '--config', '$DIR', '--client', '192.0.2.1', '--recipient', 'x@y.example'], { 'main.cf': 'compatibility_level = 3.6\nsmtpd_relay_restrictions = permit_mynetworks\n' });
  assert.equal(broken.status, 3);
  assert.match(broken.stdout, /decision: config-error/);
});

test('postfix-lint relay --service applies that smtpd service\'s -o settings from master.cf', { skip }, () => {
  const files = {
    'main.cf': 'compatibility_level = 3.6\nmydestination = mx.example.com\nmynetworks = 127.0.0.0/8\n',
    'master.cf': 'smtp inet n - y - - smtpd\nsubmission inet n - y - - smtpd\n  -o smtpd_relay_restrictions=permit_sasl_authenticated,reject\n',
  };
  const args = ['relay', '--config', '$DIR', '--client', '127.0.0.1', '--recipient', 'b@remote.example.net'];
  assert.equal(run(args, files).status, 0, 'port 25 lets mynetworks relay');
  const sub = run([...args, '--service', 'submission'], files);
  assert.equal(sub.status, 1);
  assert.match(sub.stdout, /reply:    554 5\.7\.1 <b@remote\.example\.net>: Recipient address rejected: Access denied/);
  assert.equal(run([...args, '--service', 'nosuch'], files).status, 2);
});
