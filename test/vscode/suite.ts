/**
 * Runs inside VS Code's extension host: opens main.cf from the fixture workspace,
 * waits for the server's diagnostics and reads a hover through VS Code's own API.
 * Kept free of a test framework: VS Code calls run() and a rejection fails the run.
 */
import assert from 'node:assert/strict';
import * as vscode from 'vscode';

async function diagnosticsFor(uri: vscode.Uri, timeoutMs = 20000): Promise<vscode.Diagnostic[]> {
  const existing = vscode.languages.getDiagnostics(uri);
  if (existing.length) return existing;
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error('no diagnostics arrived')), timeoutMs);
    const sub = vscode.languages.onDidChangeDiagnostics((e) => {
      if (!e.uris.some((u) => u.toString() === uri.toString())) return;
      const list = vscode.languages.getDiagnostics(uri);
      if (!list.length) return;
      clearTimeout(timer);
      sub.dispose();
      resolve(list);
    });
  });
}

const tests: Array<[string, () => Promise<void>]> = [
  [
    'main.cf gets the postfix-main language and its diagnostics',
    async () => {
      const [folder] = vscode.workspace.workspaceFolders ?? [];
      assert.ok(folder, 'the fixture workspace is open');
      const uri = vscode.Uri.joinPath(folder.uri, 'main.cf');
      const doc = await vscode.workspace.openTextDocument(uri);
      await vscode.window.showTextDocument(doc);
      assert.equal(doc.languageId, 'postfix-main');
      const diagnostics = await diagnosticsFor(uri);
      const missing = diagnostics.find((d) => d.code === 'syntax-missing-equals');
      assert.ok(missing, 'the broken line is reported');
      assert.equal(missing.range.start.line, 6);
      assert.equal(missing.severity, vscode.DiagnosticSeverity.Error);
    },
  ],
  [
    'hovering a parameter name shows its default and documentation link',
    async () => {
      const [folder] = vscode.workspace.workspaceFolders ?? [];
      const uri = vscode.Uri.joinPath(folder.uri, 'main.cf');
      const hovers = await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', uri, new vscode.Position(4, 3));
      const text = hovers.flatMap((h) => h.contents.map((c) => (typeof c === 'string' ? c : c.value))).join('\n');
      assert.match(text, /relay_domains_reject_code/);
      assert.match(text, /postconf\.5\.html#relay_domains_reject_code/);
    },
  ],
];

export async function run(): Promise<void> {
  const failures: string[] = [];
  for (const [name, fn] of tests) {
    try {
      await fn();
      console.log(`ok - ${name}`);
    } catch (error) {
      console.error(`not ok - ${name}: ${error instanceof Error ? error.message : String(error)}`);
      failures.push(name);
    }
  }
  console.log(`${tests.length - failures.length} passed, ${failures.length} failed`);
  if (failures.length) throw new Error(`${failures.length} VS Code test(s) failed`);
}
