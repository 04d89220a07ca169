/**
 * Runs Debian's real Postfix for tests: postconf on a config directory, and a
 * whole Postfix (master, smtpd ...) on 127.0.0.1 in a private directory with
 * its own queue and log file. Tests that need it skip when Postfix is missing.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { chmodSync, chownSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync, mkdirSync } from 'node:fs';
import { createConnection } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export const POSTCONF = '/usr/sbin/postconf';
export const MASTER = '/usr/lib/postfix/sbin/master';
export const HAVE_POSTCONF = existsSync(POSTCONF);
export const HAVE_POSTFIX = HAVE_POSTCONF && existsSync(MASTER) && process.getuid?.() === 0;
export const NO_POSTCONF = HAVE_POSTCONF ? false : `skipped: ${POSTCONF} is not installed (apt-get install postfix; .ci/run does it)`;
export const NO_POSTFIX = HAVE_POSTFIX ? false : 'skipped: running a real Postfix needs Debian\'s postfix package and root (.ci/run has both)';

/** A directory with main.cf (and master.cf when given) for postconf -c. */
export function configDir(mainCf: string, masterCf?: string): string {
  const dir = mkdtempSync(join(tmpdir(), 'pfconf-'));
  writeFileSync(join(dir, 'main.cf'), mainCf);
  writeFileSync(join(dir, 'master.cf'), masterCf ?? '');
  return dir;
}

/** Runs postconf -c DIR with the arguments; returns exit status, stdout and the stderr lines without the "postconf: " prefix, de-duplicated. */
export function postconf(dir: string, ...args: string[]): { status: number; stdout: string; messages: string[] } {
  const r = spawnSync(POSTCONF, ['-c', dir, ...args], { encoding: 'utf8', timeout: 30000 });
  const messages = [...new Set(r.stderr.split('\n').filter(Boolean).map((l) => l.replace(/^postconf: /, '')))];
  return { status: r.status ?? -1, stdout: r.stdout, messages };
}

let nextPort = 25250 + (process.pid % 200) * 10;

export interface PostfixInstance {
  dir: string;
  port: number;
  log(): string;
  stop(): void;
}

/**
 * Starts master(8) with a private configuration. `mainCf` is appended to the
 * settings that make the instance private (queue, log file, loopback port).
 * The smtpd service listens on 127.0.0.1:<port>.
 */
export function startPostfix(mainCf: string, masterExtra = ''): PostfixInstance {
  const dir = mkdtempSync(join(tmpdir(), 'pfrun-'));
  // postlogd runs as the postfix user and must reach the log file.
  chmodSync(dir, 0o755);
  const conf = join(dir, 'conf');
  for (const d of ['conf', 'queue', 'data']) mkdirSync(join(dir, d));
  chownSync(join(dir, 'data'), idOf('-u', 'postfix'), 0);
  const port = nextPort++;
  const base = [
    `queue_directory = ${dir}/queue`,
    `data_directory = ${dir}/data`,
    `maillog_file = ${dir}/maillog`,
    `maillog_file_prefixes = ${tmpdir()}`,
    'inet_interfaces = 127.0.0.1',
    'inet_protocols = ipv4',
    'myhostname = mx.test.example',
    'smtpd_banner = $myhostname ESMTP',
    // Tests must never wait on DNS.
    'smtp_dns_support_level = disabled',
    'smtpd_peername_lookup = no',
    '',
  ].join('\n');
  writeFileSync(join(conf, 'main.cf'), base + mainCf);
  writeFileSync(
    join(conf, 'master.cf'),
    [
      `127.0.0.1:${port} inet n - n - - smtpd`,
      'pickup    unix  n       -       n       60      1       pickup',
      'cleanup   unix  n       -       n       -       0       cleanup',
      'qmgr      unix  n       -       n       300     1       qmgr',
      'rewrite   unix  -       -       n       -       -       trivial-rewrite',
      'bounce    unix  -       -       n       -       0       bounce',
      'defer     unix  -       -       n       -       0       bounce',
      'trace     unix  -       -       n       -       0       bounce',
      'verify    unix  -       -       n       -       1       verify',
      'proxymap  unix  -       -       n       -       -       proxymap',
      'anvil     unix  -       -       n       -       1       anvil',
      'scache    unix  -       -       n       -       1       scache',
      'postlog   unix-dgram n  -       n       -       1       postlogd',
      'discard   unix  -       -       n       -       -       discard',
      'error     unix  -       -       n       -       -       error',
      'retry     unix  -       -       n       -       -       error',
      'local     unix  -       n       n       -       -       local',
      'virtual   unix  -       n       n       -       -       virtual',
      'smtp      unix  -       -       n       -       -       smtp',
      'relay     unix  -       -       n       -       -       smtp',
      masterExtra,
      '',
    ].join('\n'),
  );
  // master needs the queue's subdirectories with their owners, as postfix set-permissions
  // lays them out (postfix-files); doing it here saves seconds per instance.
  makeQueue(join(dir, 'queue'));
  const started = spawnSync(MASTER, ['-c', conf, '-w'], { encoding: 'utf8', timeout: 30000 });
  if (started.status !== 0) throw new Error(`master did not start: ${started.stderr}`);
  return {
    dir,
    port,
    log: () => (existsSync(join(dir, 'maillog')) ? readFileSync(join(dir, 'maillog'), 'utf8') : ''),
    stop() {
      const pidFile = join(dir, 'queue', 'pid', 'master.pid');
      if (existsSync(pidFile)) {
        const pid = Number(readFileSync(pidFile, 'utf8').trim());
        try {
          process.kill(pid, 'SIGTERM');
        } catch {
          // already gone
        }
      }
      // Give master a moment to take its children down before the directory goes.
      spawnSync('sleep', ['0.3']);
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

function idOf(kind: '-u' | '-g', name: string): number {
  return Number(execFileSync('id', [kind, name]).toString().trim());
}

/** The queue directory tree of postfix-files: owner, group and mode of each subdirectory. */
function makeQueue(queue: string): void {
  const postfix = idOf('-u', 'postfix');
  const postdrop = Number(execFileSync('getent', ['group', 'postdrop']).toString().split(':')[2]);
  for (const name of ['active', 'bounce', 'corrupt', 'defer', 'deferred', 'flush', 'hold', 'incoming', 'private', 'saved', 'trace']) {
    mkdirSync(join(queue, name), { mode: 0o700 });
    chownSync(join(queue, name), postfix, 0);
  }
  for (const [name, mode] of [['maildrop', 0o730], ['public', 0o710]] as const) {
    mkdirSync(join(queue, name));
    chmodSync(join(queue, name), mode);
    chownSync(join(queue, name), postfix, postdrop);
  }
  mkdirSync(join(queue, 'pid'), { mode: 0o755 });
}

/** Waits until the log contains the pattern, or the timeout passes. */
export async function waitForLog(instance: PostfixInstance, pattern: RegExp, timeoutMs = 10000): Promise<string | undefined> {
  const end = Date.now() + timeoutMs;
  while (Date.now() < end) {
    const m = pattern.exec(instance.log());
    if (m) return m[0];
    await new Promise((r) => setTimeout(r, 100));
  }
  return undefined;
}

/**
 * Speaks SMTP to the instance from a loopback client address and returns each reply
 * (code and text, continuation lines joined). Stops after the commands or on a 421.
 */
export async function smtpSession(instance: PostfixInstance, commands: string[], clientAddress = '127.0.0.1', timeoutMs = 15000): Promise<string[]> {
  return new Promise((resolve, reject) => {
    const socket = createConnection({ host: '127.0.0.1', port: instance.port, localAddress: clientAddress });
    const replies: string[] = [];
    let buffer = '';
    let current: string[] = [];
    let sent = 0;
    const timer = setTimeout(() => {
      socket.destroy();
      reject(new Error(`SMTP session timed out after replies: ${JSON.stringify(replies)}`));
    }, timeoutMs);
    const finish = () => {
      clearTimeout(timer);
      socket.destroy();
      resolve(replies);
    };
    socket.on('data', (chunk) => {
      buffer += chunk.toString('utf8');
      let nl: number;
      while ((nl = buffer.indexOf('\n')) >= 0) {
        const line = buffer.slice(0, nl).replace(/\r$/, '');
        buffer = buffer.slice(nl + 1);
        current.push(line);
        if (/^\d{3} /.test(line) || /^\d{3}$/.test(line)) {
          const reply = current.map((l) => l.slice(4)).join(' ');
          replies.push(`${line.slice(0, 3)} ${reply}`.trim());
          current = [];
          if (line.startsWith('421') || sent >= commands.length) return finish();
          socket.write(`${commands[sent++]}\r\n`);
        }
      }
    });
    socket.on('error', (e) => {
      clearTimeout(timer);
      reject(e);
    });
    socket.on('close', () => finish());
  });
}
