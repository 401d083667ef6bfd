/**
 * The deploy commands in VS Code: "Deploy cluster", "Preview deploy" (diff views), "Show cluster
 * status", "Roll back last deploy". A thin layer over the engine in server/src/deploy (the same one
 * the CLI runs): a progress notification, an output channel with every step, diff editors for the
 * preview, and workspace trust (deploying runs ssh with settings read from the workspace).
 */
import * as path from 'node:path';
import {
  commands,
  ProgressLocation,
  Uri,
  window,
  workspace,
  type Disposable,
  type ExtensionContext,
  type OutputChannel,
  type TextDocumentContentProvider,
} from 'vscode';
import type { Reporter } from '../../server/src/deploy/index.js';

/** The engine (and the checkers it runs first) is loaded on the first deploy command, not when the extension starts. */
const engine = () => import('../../server/src/deploy/index.js');

const REMOTE_SCHEME = 'haproxy-keepalived-remote';

/** The remote side of each preview diff, by URI path: what the node has now. */
class RemoteFiles implements TextDocumentContentProvider {
  private readonly texts = new Map<string, string>();
  set(node: string, remotePath: string, text: string): Uri {
    const uri = Uri.from({ scheme: REMOTE_SCHEME, path: `/${node}${remotePath}`, query: String(Date.now()) });
    this.texts.set(uri.toString(), text);
    return uri;
  }
  provideTextDocumentContent(uri: Uri): string {
    return this.texts.get(uri.toString()) ?? '';
  }
}

/** The cluster to act on: the one holding the active file, else the only one, else the user's pick. */
async function pickCluster(): Promise<string | undefined> {
  const manifests = await workspace.findFiles('**/ha-cluster.json', '**/node_modules/**', 50);
  if (manifests.length === 0) {
    void window.showErrorMessage('No ha-cluster.json in this workspace: a deploy needs a cluster manifest (see examples/seed-cluster).');
    return undefined;
  }
  const active = window.activeTextEditor?.document.uri.fsPath;
  const folders = manifests.map((m) => path.dirname(m.fsPath)).sort((a, b) => b.length - a.length);
  const containing = active ? folders.find((f) => active.startsWith(`${f}${path.sep}`)) : undefined;
  if (containing) return containing;
  if (folders.length === 1) return folders[0];
  const picked = await window.showQuickPick(folders.map((f) => ({ label: workspace.asRelativePath(f), folder: f })), { placeHolder: 'Which cluster?' });
  return picked?.folder;
}

/** A reporter that writes to the output channel and moves the progress notification. */
async function progressReporter(channel: OutputChannel, progress: { report(value: { message?: string; increment?: number }): void }): Promise<Reporter> {
  const text = (await engine()).textReporter((line) => channel.append(line));
  return {
    ...text,
    step: (index, total, title) => {
      text.step(index, total, title);
      progress.report({ message: `${index}/${total} ${title}`, increment: 100 / total });
    },
  };
}

function requireTrust(action: string): boolean {
  if (workspace.isTrusted) return true;
  void window.showWarningMessage(
    `${action} needs a trusted workspace: it runs ssh and the machines' haproxy and keepalived with settings read from this folder (ha-cluster.json). Trust the workspace (Workspaces: Manage Workspace Trust) to use it.`,
  );
  return false;
}

export function registerDeployCommands(context: ExtensionContext): void {
  const channel = window.createOutputChannel('HAProxy & Keepalived: Deploy');
  const remoteFiles = new RemoteFiles();
  const run = <T>(title: string, work: (reporter: Reporter) => Promise<T>): Thenable<T> => {
    channel.show(true);
    channel.appendLine(`--- ${title} (${new Date().toISOString()})`);
    return window.withProgress({ location: ProgressLocation.Notification, title }, async (progress) => work(await progressReporter(channel, progress)));
  };

  const deploy = async (dryRun: boolean): Promise<void> => {
    if (!requireTrust(dryRun ? 'Preview deploy' : 'Deploy cluster')) return;
    const folder = await pickCluster();
    if (!folder) return;
    const { deployCluster } = await engine();
    const result = await run(`${dryRun ? 'Preview deploy of' : 'Deploying'} ${workspace.asRelativePath(folder)}`, (reporter) =>
      deployCluster(folder, {
        reporter,
        dryRun,
        confirm: async (plan) => {
          const answer = await window.showWarningMessage(
            `Apply the new configuration to ${plan.nodes.map((n) => `${n.name} (${n.role})`).join(', ')}, one node at a time? The changes are in the output channel.`,
            { modal: true },
            'Deploy',
          );
          return answer === 'Deploy';
        },
      }),
    );
    if (dryRun && result.ok) {
      for (const change of result.changes) {
        const before = remoteFiles.set(change.node, change.remotePath, change.before ?? '');
        await commands.executeCommand('vscode.diff', before, Uri.file(change.localPath), `${change.node}:${change.remotePath} ↔ ${path.basename(change.localPath)}`, { preview: false });
      }
      void window.showInformationMessage(result.changes.length === 0 ? 'Every node is up to date.' : `${result.changes.length} file(s) would change (diffs opened).`);
    } else if (result.ok) {
      void window.showInformationMessage(`Deployed to ${result.changed.join(', ')}; the cluster verified.`);
    } else {
      void window.showErrorMessage(
        `Deploy stopped (${result.stage}): new configuration on ${result.changed.join(', ') || 'no node'}${result.restored.length ? `; restored: ${result.restored.join(', ')}` : ''}. See the output.`,
      );
    }
  };

  const subscriptions: Disposable[] = [
    channel,
    workspace.registerTextDocumentContentProvider(REMOTE_SCHEME, remoteFiles),
    commands.registerCommand('haproxyKeepalived.deploy', () => deploy(false)),
    commands.registerCommand('haproxyKeepalived.previewDeploy', () => deploy(true)),
    commands.registerCommand('haproxyKeepalived.clusterStatus', async () => {
      if (!requireTrust('Show cluster status')) return;
      const folder = await pickCluster();
      if (!folder) return;
      const { clusterStatus } = await engine();
      const status = await run(`Status of ${workspace.asRelativePath(folder)}`, (reporter) => clusterStatus(folder, { reporter }));
      const holders = Object.entries(status.vipHolders).map(([vip, nodes]) => `${vip} on ${nodes.join(' and ') || 'no node'}`).join('; ');
      if (status.ok) void window.showInformationMessage(`Cluster healthy: ${holders}.`);
      else void window.showWarningMessage(`Cluster not healthy: ${status.errors.slice(0, 3).join('; ')}. See the output.`);
    }),
    commands.registerCommand('haproxyKeepalived.rollback', async () => {
      if (!requireTrust('Roll back last deploy')) return;
      const folder = await pickCluster();
      if (!folder) return;
      const answer = await window.showWarningMessage(`Put back the newest backup on every node of ${workspace.asRelativePath(folder)} (MASTER last)?`, { modal: true }, 'Roll back');
      if (answer !== 'Roll back') return;
      const { rollbackCluster } = await engine();
      const result = await run(`Rolling back ${workspace.asRelativePath(folder)}`, (reporter) => rollbackCluster(folder, { reporter }));
      if (result.ok) void window.showInformationMessage(`Rolled back: ${result.restored.join(', ')}.`);
      else void window.showErrorMessage(`Rollback stopped: ${result.errors.join('; ')}. Restored: ${result.restored.join(', ') || 'no node'}.`);
    }),
  ];
  context.subscriptions.push(...subscriptions);
}
