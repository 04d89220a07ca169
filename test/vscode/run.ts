/**
 * Runs test/vscode/suite.ts inside a real VS Code downloaded by @vscode/test-electron.
 * Needs internet access to download VS Code (npm run test:vscode); offline CI uses the e2e route instead.
 */
import { resolve } from 'node:path';
import { runTests } from '@vscode/test-electron';

async function main(): Promise<void> {
  const root = resolve(__dirname, '..', '..');
  try {
    await runTests({
      extensionDevelopmentPath: root,
      extensionTestsPath: resolve(__dirname, 'suite.js'),
      launchArgs: [resolve(root, 'test', 'fixtures', 'workspace'), '--disable-extensions'],
    });
  } catch (error) {
    console.error(`VS Code tests failed or VS Code could not be downloaded: ${String(error)}`);
    process.exit(1);
  }
}

void main();
