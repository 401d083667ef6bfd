import * as path from 'node:path';
import { window, workspace, type ExtensionContext } from 'vscode';
import { ExecuteCommandRequest, LanguageClient, TransportKind, type LanguageClientOptions, type ServerOptions } from 'vscode-languageclient/node';
import { registerNewCluster, type ScaffoldResult } from './newCluster.js';
import { registerCheckTasks } from './tasks.js';
import { registerTopology } from './topology.js';
import { ClusterTreeProvider, registerClusterView, type ClusterData } from './clusterView.js';
import { registerStatusBar } from './statusBar.js';
import { registerDeploy } from './deploy.js';

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
  context.subscriptions.push(
    workspace.onDidGrantWorkspaceTrust(() => void client?.sendNotification('haproxyKeepalived/workspaceTrust', { trusted: true })),
  );
  registerNewCluster(context, (answers) =>
    client ? client.sendRequest(ExecuteCommandRequest.type, { command: 'haproxyKeepalived.scaffoldCluster', arguments: [answers] }) as Promise<ScaffoldResult> : Promise.resolve(undefined),
  );
  registerCheckTasks(context);
  const describeCluster = (uri: string): Promise<ClusterData | null | undefined> =>
    client ? client.sendRequest(ExecuteCommandRequest.type, { command: 'haproxyKeepalived.clusterTopology', arguments: [uri] }) : Promise.resolve(undefined);
  registerTopology(context, describeCluster);
  const clusterTree = new ClusterTreeProvider(describeCluster);
  registerClusterView(context, clusterTree);
  registerDeploy(context, (root, state) => clusterTree.setLiveState(root, state));
  const haproxyVersions = (context.extension.packageJSON as { contributes: { configuration: { properties: Record<string, { enum?: string[] }> } } }).contributes
    .configuration.properties['haproxyKeepalived.haproxy.version']?.enum ?? [];
  registerStatusBar(context, describeCluster, { haproxy: haproxyVersions });
  await client.start();
}

export async function deactivate(): Promise<void> {
  await client?.stop();
  client = undefined;
}
