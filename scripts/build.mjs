#!/usr/bin/env node
// Bundles the extension client and the language server with esbuild, or (with --tests) compiles the tests.
// Usage: node scripts/build.mjs [--tests] [--dev]
import { build } from 'esbuild';
import { existsSync, readFileSync, readdirSync, rmSync, statSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const args = new Set(process.argv.slice(2));
const dev = args.has('--dev');

const common = { bundle: true, platform: 'node', format: 'cjs', target: 'node20', sourcemap: true, logLevel: 'warning' };

/**
 * vscode-jsonrpc and vscode-languageserver load node:crypto and node:child_process as they load, for
 * things the server does not do while it starts (pipe names, UUIDs, finding global npm modules); that
 * cost about 5 ms of every start. Inside those packages the two modules become stand-ins that load the
 * real module the first time one of its members is used.
 */
const lazyBuiltins = {
  name: 'lazy-builtins',
  setup(b) {
    b.onResolve({ filter: /^(crypto|child_process)$/ }, (args) =>
      /[\\/]node_modules[\\/]vscode-(jsonrpc|languageserver)[\\/]/.test(args.importer) ? { path: args.path, namespace: 'lazy-builtin' } : undefined,
    );
    b.onLoad({ filter: /.*/, namespace: 'lazy-builtin' }, (args) => ({
      contents:
        `let real;\nconst load = () => (real ??= require('node:${args.path}'));\n` +
        `module.exports = new Proxy({}, { get: (_t, key) => load()[key], has: (_t, key) => key in load() });\n`,
      loader: 'js',
    }));
  },
};

/**
 * server.ts requires ./languageService (the rules and the knowledge tables, most of the code) only
 * after the initialize result has gone out. Bundled into dist/server.js, that code still costs the
 * start its parsing (V8 reads a script's whole text, even functions that have not run yet); built
 * apart as dist/languageService.js, it is neither read nor parsed until then. The package must ship
 * that file, so the server is built in two parts only once .vscodeignore lets it in.
 */
const SERVICE_APART = '!dist/languageService.js';
const serviceApart =
  existsSync(join(root, '.vscodeignore')) &&
  readFileSync(join(root, '.vscodeignore'), 'utf8').split(/\r?\n/).some((line) => line.trim() === SERVICE_APART);
const languageServiceApart = {
  name: 'language-service-apart',
  setup(b) {
    const serverTs = join(root, 'server', 'src', 'server.ts');
    b.onResolve({ filter: /^\.\/languageService$/ }, (args) =>
      args.kind === 'require-call' && args.importer === serverTs ? { path: './languageService.js', external: true } : undefined,
    );
  },
};

/** Every *.ts file below a folder. */
function tsFiles(dir) {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return tsFiles(path);
    return path.endsWith('.ts') ? [path] : [];
  });
}

if (args.has('--tests')) {
  // Tests run from out/test; each test file is bundled with the code it tests, test helpers included.
  rmSync(join(root, 'out'), { recursive: true, force: true });
  const external = ['vscode', 'vscode-textmate', 'vscode-oniguruma', '@vscode/test-electron'];
  await build({
    ...common,
    entryPoints: tsFiles(join(root, 'test')).filter((f) => f.endsWith('.test.ts')),
    outdir: join(root, 'out', 'test'),
    outbase: join(root, 'test'),
    external,
  });
  // Suites that run inside VS Code stay out of out/test, where node --test would pick them up.
  await build({
    ...common,
    entryPoints: tsFiles(join(root, 'test', 'vscode')),
    outdir: join(root, 'out', 'vscode'),
    external,
  });
} else {
  await Promise.all([
    build({
      ...common,
      entryPoints: [join(root, 'client', 'src', 'extension.ts')],
      outfile: join(root, 'dist', 'client.js'),
      external: ['vscode'],
      minify: !dev,
    }),
    build({
      ...common,
      entryPoints: [join(root, 'server', 'src', 'server.ts')],
      outfile: join(root, 'dist', 'server.js'),
      banner: { js: '#!/usr/bin/env node' },
      minify: !dev,
      plugins: serviceApart ? [lazyBuiltins, languageServiceApart] : [lazyBuiltins],
    }),
    serviceApart &&
      build({
        ...common,
        entryPoints: [join(root, 'server', 'src', 'languageService.ts')],
        outfile: join(root, 'dist', 'languageService.js'),
        minify: !dev,
      }),
    build({
      ...common,
      entryPoints: [join(root, 'server', 'src', 'cli', 'postfix-lint.ts')],
      outfile: join(root, 'dist', 'postfix-lint.js'),
      banner: { js: '#!/usr/bin/env node' },
      minify: !dev,
    }),
  ]);
  // A two-part build left behind would only mislead.
  if (!serviceApart) for (const f of ['languageService.js', 'languageService.js.map']) rmSync(join(root, 'dist', f), { force: true });
  console.log(`built dist/client.js, dist/server.js${serviceApart ? ', dist/languageService.js' : ''}, dist/postfix-lint.js`);
}
