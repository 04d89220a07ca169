/**
 * The relay commands: explain what smtpd decides for a scenario, and apply a relay
 * recipe. The client only asks the user for values; the server decides and edits.
 */
import * as vscode from 'vscode';
import type { LanguageClient } from 'vscode-languageclient/node';

interface Step {
  parameter: string;
  restriction: string;
  result: string;
  line?: number;
  origin?: 'file' | 'override' | 'default';
  note?: string;
}

interface Explanation {
  decision: 'accept' | 'reject' | 'defer' | 'config-error';
  reply: string;
  steps: Step[];
  alternatives: Array<{ condition: string; decision: string; reply: string }>;
}

export interface Scenario {
  client: string;
  clientName?: string;
  helo?: string;
  sender?: string;
  recipient: string;
  saslUser?: string;
  /** The master.cf smtpd service that receives the mail; its -o settings apply. */
  service?: string;
}

/** What the mail-log mode hands over for a reject line. */
interface RejectLine {
  client?: { name?: string; address?: string };
  helo?: string;
  sender?: string;
  recipient?: string;
}

function fromRejectLine(line: RejectLine | undefined): Scenario | undefined {
  if (!line?.client?.address || !line.recipient) return undefined;
  return { client: line.client.address, clientName: line.client.name, helo: line.helo, sender: line.sender, recipient: line.recipient };
}

const RESULT_ICONS: Record<string, string> = {
  permit: '$(pass)',
  reject: '$(error)',
  defer: '$(watch)',
  dunno: '$(arrow-right)',
  depends: '$(question)',
  warn: '$(warning)',
  defer_if_permit: '$(watch)',
  defer_if_reject: '$(watch)',
};

const IP = /^(\d{1,3}(\.\d{1,3}){3}|[0-9A-Fa-f:.]*:[0-9A-Fa-f:.]*)$/;

/** The main.cf to work on: the active one, or the one in the workspace (asking when there are several). */
async function findMainCf(): Promise<vscode.TextDocument | undefined> {
  const active = vscode.window.activeTextEditor?.document;
  if (active?.languageId === 'postfix-main') return active;
  const found = await vscode.workspace.findFiles('**/main.cf', '**/node_modules/**', 20);
  if (!found.length) {
    void vscode.window.showWarningMessage('Open a Postfix main.cf first.');
    return undefined;
  }
  const uri =
    found.length === 1
      ? found[0]
      : (await vscode.window.showQuickPick(found.map((u) => ({ label: vscode.workspace.asRelativePath(u), uri: u })), { title: 'Which main.cf?' }))?.uri;
  return uri && vscode.workspace.openTextDocument(uri);
}

async function askScenario(): Promise<Scenario | undefined> {
  const client = await vscode.window.showInputBox({
    title: 'Explain relay decision (1/4)',
    prompt: 'Client IP address',
    placeHolder: '203.0.113.5',
    validateInput: (v) => (IP.test(v.trim()) ? undefined : 'An IPv4 or IPv6 address'),
  });
  if (client === undefined) return undefined;
  const recipient = await vscode.window.showInputBox({
    title: 'Explain relay decision (2/4)',
    prompt: 'Recipient address (RCPT TO)',
    placeHolder: 'user@example.net',
    validateInput: (v) => (/^[^\s@]+@[^\s@]+$/.test(v.trim()) ? undefined : 'An address such as user@example.net'),
  });
  if (recipient === undefined) return undefined;
  const sender = await vscode.window.showInputBox({ title: 'Explain relay decision (3/4)', prompt: 'Sender address (MAIL FROM); empty for <>', placeHolder: 'someone@example.org' });
  if (sender === undefined) return undefined;
  const saslUser = await vscode.window.showInputBox({ title: 'Explain relay decision (4/4)', prompt: 'SASL login name, if the client authenticates; empty if it does not' });
  if (saslUser === undefined) return undefined;
  return { client: client.trim(), recipient: recipient.trim(), sender: sender.trim(), helo: 'client.example.org', saslUser: saslUser.trim() || undefined };
}

/**
 * The smtpd service the mail comes in through, when master.cf has more than one (submission often
 * has its own restrictions); undefined when there is nothing to choose, null when the user cancels.
 */
async function askService(client: LanguageClient, document: vscode.TextDocument): Promise<string | undefined | null> {
  const { services } = await client.sendRequest<{ services: string[] }>('postfix/relayServices', { textDocument: { uri: document.uri.toString() } });
  if (services.length < 2) return undefined;
  const picked = await vscode.window.showQuickPick(
    services.map((name) => ({ label: name, description: name === 'smtp' ? 'port 25' : name === 'submission' ? 'port 587' : name === 'submissions' || name === 'smtps' ? 'port 465' : undefined })),
    { title: 'Explain relay decision: which smtpd service receives the mail?', placeHolder: 'Its -o settings in master.cf apply' },
  );
  return picked ? picked.label : null;
}

async function showExplanation(document: vscode.TextDocument, e: Explanation, extra: Array<vscode.QuickPickItem & { run: () => void }> = []): Promise<void> {
  type Item = vscode.QuickPickItem & { line?: number; run?: () => void };
  const items: Item[] = e.steps.map((s) => ({
    label: `${RESULT_ICONS[s.result] ?? ''} ${s.restriction}`,
    description: `${s.parameter}${s.line ? ` · line ${s.line}` : s.origin === 'override' ? ' · master.cf -o' : ' · default'} · ${s.result}`,
    detail: s.note,
    line: s.line,
  }));
  if (e.alternatives.length) {
    items.push({ label: 'Depends on', kind: vscode.QuickPickItemKind.Separator });
    for (const a of e.alternatives) items.push({ label: `$(question) if ${a.condition}`, description: `${a.decision}: ${a.reply}` });
  }
  if (extra.length) items.push({ label: 'Fix it', kind: vscode.QuickPickItemKind.Separator }, ...extra);
  const picked = await vscode.window.showQuickPick(items, { title: `${e.decision.toUpperCase()}: ${e.reply}`, placeHolder: 'Pick a step to go to its line', matchOnDescription: true });
  if (picked?.run) picked.run();
  else if (picked?.line) {
    const editor = await vscode.window.showTextDocument(document);
    const position = new vscode.Position(picked.line - 1, 0);
    editor.selection = new vscode.Selection(position, position);
    editor.revealRange(new vscode.Range(position, position), vscode.TextEditorRevealType.InCenter);
  }
}

async function explain(client: LanguageClient, scenario: Scenario | undefined, offerFixes: boolean): Promise<void> {
  const document = await findMainCf();
  if (!document) return;
  if (!scenario) {
    scenario = await askScenario();
    if (!scenario) return;
    const service = await askService(client, document);
    if (service === null) return;
    scenario.service = service;
  }
  const e = await client.sendRequest<Explanation | null>('postfix/explainRelay', { textDocument: { uri: document.uri.toString() }, scenario });
  if (!e) return void vscode.window.showWarningMessage('The relay decision could not be computed for this file.');
  const extra: Array<vscode.QuickPickItem & { run: () => void }> = [];
  if (offerFixes && e.decision !== 'accept') {
    const v4 = /^(\d+\.\d+\.\d+)\.\d+$/.exec(scenario.client);
    const network = v4 ? `${v4[1]}.0/24` : `[${scenario.client}]/128`;
    const domain = scenario.recipient.slice(scenario.recipient.lastIndexOf('@') + 1);
    extra.push(
      { label: `$(add) Allow relaying for ${network}`, detail: 'Adds the network to mynetworks', run: () => void applyRecipe(client, document.uri.toString(), 'allowNetwork', { network }) },
      { label: '$(key) Allow relaying for authenticated clients', detail: 'SASL with TLS', run: () => void applyRecipe(client, document.uri.toString(), 'allowSaslRelay', {}) },
      { label: `$(mail) Relay mail for ${domain}`, detail: 'Adds the domain to relay_domains', run: () => void applyRecipe(client, document.uri.toString(), 'relayDomain', { domain }) },
    );
  }
  await showExplanation(document, e, extra);
}

const RECIPE_TITLES: Record<string, string> = {
  allowSaslRelay: 'Allow relaying for authenticated (SASL) clients',
  allowNetwork: 'Allow relaying for a client network...',
  relayDomain: 'Relay mail for a domain...',
  smarthost: 'Send all outgoing mail through an authenticated smarthost...',
};

async function askRecipeArgs(recipe: string): Promise<Record<string, string> | undefined> {
  switch (recipe) {
    case 'allowNetwork': {
      const network = await vscode.window.showInputBox({ prompt: 'Client network (CIDR)', placeHolder: '192.0.2.0/24 or [2001:db8::]/32' });
      return network === undefined ? undefined : { network };
    }
    case 'relayDomain': {
      const domain = await vscode.window.showInputBox({ prompt: 'Domain to relay mail for', placeHolder: 'example.net' });
      return domain === undefined ? undefined : { domain };
    }
    case 'smarthost': {
      const host = await vscode.window.showInputBox({ prompt: 'Smarthost name', placeHolder: 'smtp.example.net' });
      if (host === undefined) return undefined;
      const port = await vscode.window.showInputBox({ prompt: 'Port (587 for STARTTLS, 465 for TLS from the start)', value: '587' });
      return port === undefined ? undefined : { host, port };
    }
    default:
      return {};
  }
}

export async function applyRecipe(client: LanguageClient, uri?: string, recipe?: string, args?: Record<string, string>): Promise<void> {
  uri ??= (await findMainCf())?.uri.toString();
  if (!uri) return;
  recipe ??= (await vscode.window.showQuickPick(Object.entries(RECIPE_TITLES).map(([id, label]) => ({ id, label })), { title: 'Postfix relay recipe' }))?.id;
  if (!recipe) return;
  args ??= await askRecipeArgs(recipe);
  if (!args) return;
  const result = await client.sendRequest<{ edit?: unknown; notes?: string[]; error?: string } | null>('postfix/relayRecipe', { textDocument: { uri }, recipe, args });
  if (!result) return;
  if (result.error) return void vscode.window.showErrorMessage(result.error);
  const edit = await client.protocol2CodeConverter.asWorkspaceEdit(result.edit as Parameters<typeof client.protocol2CodeConverter.asWorkspaceEdit>[0]);
  if (edit && edit.size > 0) await vscode.workspace.applyEdit(edit);
  else void vscode.window.showInformationMessage('Nothing to change: the configuration already does this.');
  if (result.notes?.length) void vscode.window.showInformationMessage(result.notes.join(' '));
}

export function registerRelayCommands(context: vscode.ExtensionContext, client: LanguageClient): void {
  context.subscriptions.push(
    vscode.commands.registerCommand('postfix.explainRelay', (scenario?: Scenario) => explain(client, scenario, false)),
    vscode.commands.registerCommand('postfix.explainRejection', (line?: RejectLine) => explain(client, fromRejectLine(line), true)),
    vscode.commands.registerCommand('postfix.applyRecipe', (uri?: string, recipe?: string, args?: Record<string, string>) => applyRecipe(client, uri, recipe, args)),
    ...Object.keys(RECIPE_TITLES).map((id) => vscode.commands.registerCommand(`postfix.recipe.${id}`, () => applyRecipe(client, undefined, id))),
  );
}
