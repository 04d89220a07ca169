#!/usr/bin/env node
// Bundles the extension client and the language server with esbuild, or (with --tests) compiles the tests.
// Usage: node scripts/build.mjs [--tests] [--dev]
import { build } from 'esbuild';
import { readdirSync, rmSync, statSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const args = new Set(process.argv.slice(2));
const dev = args.has('--dev');

const common = { bundle: true, platform: 'node', format: 'cjs', target: 'node20', sourcemap: true, logLevel: 'warning' };

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
    }),
    build({
      ...common,
      entryPoints: [join(root, 'server', 'src', 'cli', 'postfix-lint.ts')],
      outfile: join(root, 'dist', 'postfix-lint.js'),
      banner: { js: '#!/usr/bin/env node' },
      minify: !dev,
    }),
  ]);
  console.log('built dist/client.js, dist/server.js, dist/postfix-lint.js');
}
