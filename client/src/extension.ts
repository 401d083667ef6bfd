import * as path from 'node:path';
import { window, workspace, type ExtensionContext } from 'vscode';
import { LanguageClient, TransportKind, type LanguageClientOptions, type ServerOptions } from 'vscode-languageclient/node';
import { registerDeployCommands } from './deploy.js';

let client: LanguageClient | undefined;

/**
 * Starts the language server for haproxy and keepalived documents. Everything else lives in the
 * server; the client only adds what needs VS Code itself (settings sync, workspace trust).
 */
export async function activate(context: ExtensionContext): Promise<void> {
  const module = context.asAbsolutePath(path.join('dist', 'server.cjs'));
  const serverOptions: ServerOptions = {
    run: { module, transport: TransportKind.ipc },
    debug: { module, transport: TransportKind.ipc, options: { execArgv: ['--nolazy', '--inspect=6010'] } },
  };
  const clientOptions: LanguageClientOptions = {
    documentSelector: [
      { scheme: 'file', language: 'haproxy' },
      { scheme: 'untitled', language: 'haproxy' },
      { scheme: 'file', language: 'keepalived' },
      { scheme: 'untitled', language: 'keepalived' },
    ],
    synchronize: {
      configurationSection: 'haproxyKeepalived',
      // Cluster checks read files that are not open: the manifest, sysctl files, web content, other members.
      fileEvents: workspace.createFileSystemWatcher('**/{ha-cluster.json,*.cfg,*.conf,*.txt,*.html,*.htm,*.php}'),
    },
    middleware: {
      // From the command palette a server command gets no argument: give it the active document.
      executeCommand: (command, args, next) => {
        const uri = window.activeTextEditor?.document.uri.toString();
        return next(command, args.length > 0 || !uri ? args : [uri]);
      },
    },
    initializationOptions: {
      settings: workspace.getConfiguration('haproxyKeepalived'),
      // The real haproxy/keepalived binaries only ever run on files of a trusted workspace.
      workspaceTrusted: workspace.isTrusted,
    },
  };
  client = new LanguageClient('haproxyKeepalived', 'HAProxy & Keepalived', serverOptions, clientOptions);
  registerDeployCommands(context);
  context.subscriptions.push(
    workspace.onDidGrantWorkspaceTrust(() => void client?.sendNotification('haproxyKeepalived/workspaceTrust', { trusted: true })),
  );
  await client.start();
}

export async function deactivate(): Promise<void> {
  await client?.stop();
  client = undefined;
}
