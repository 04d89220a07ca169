// The language service loaded in this process, for parse+analysis throughput without the protocol.
// Bundled from the sources with esbuild into a temporary folder, the way scripts/build.mjs bundles the server.
import { mkdtempSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { build } from 'esbuild';

export async function loadLanguageService(root) {
  const dir = mkdtempSync(join(tmpdir(), 'postfix-bench-'));
  const outfile = join(dir, 'service.js');
  await build({
    stdin: {
      contents: [
        "export { createLanguageService } from './server/src/languageService';",
        "export { normalizeSettings } from './server/src/settings';",
        "export { parseMailLog } from './server/src/parser/mailLog';",
        "export { TextDocument } from 'vscode-languageserver-textdocument';",
      ].join('\n'),
      resolveDir: root,
      loader: 'ts',
    },
    bundle: true,
    platform: 'node',
    format: 'cjs',
    target: 'node20',
    outfile,
    logLevel: 'warning',
  });
  const mod = createRequire(import.meta.url)(outfile);
  rmSync(dir, { recursive: true, force: true });
  return mod;
}
