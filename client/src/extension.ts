/** The VS Code side: starts the bundled language server for main.cf and master.cf. */
import * as path from 'node:path';
import * as vscode from 'vscode';
import { LanguageClient, LanguageClientOptions, ServerOptions, TransportKind } from 'vscode-languageclient/node';
import { registerRelayCommands } from './relayCommands';

let client: LanguageClient | undefined;

export async function activate(context: vscode.ExtensionContext): Promise<void> {
  const module = context.asAbsolutePath(path.join('dist', 'server.js'));
  const serverOptions: ServerOptions = {
    run: { module, transport: TransportKind.stdio },
    debug: { module, transport: TransportKind.stdio, options: { execArgv: ['--nolazy', '--inspect=6011'] } },
  };
  const outputChannel = vscode.window.createOutputChannel('Postfix Language Server', { log: true });
  const clientOptions: LanguageClientOptions = {
    documentSelector: [
      { language: 'postfix-main' },
      { language: 'postfix-master' },
      { language: 'postfix-table' },
      { language: 'postfix-log' },
    ],
    outputChannel,
    initializationOptions: { locale: vscode.env.language, trusted: vscode.workspace.isTrusted },
  };
  client = new LanguageClient('postfix', 'Postfix Language Server', serverOptions, clientOptions);
  context.subscriptions.push(outputChannel, { dispose: () => void client?.stop() });
  await client.start();
  registerRelayCommands(context, client);
  // What the server may read depends on trust: start it again once the workspace is trusted.
  context.subscriptions.push(vscode.workspace.onDidGrantWorkspaceTrust(() => void client?.restart()));
}

export async function deactivate(): Promise<void> {
  await client?.stop();
  client = undefined;
}
