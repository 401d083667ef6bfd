import {
  commands,
  EventEmitter,
  l10n,
  ProgressLocation,
  Uri,
  window,
  workspace,
  type ExtensionContext,
  type TextDocumentContentProvider,
} from 'vscode';
import type { DeployResult, Reporter, StatusResult } from '../../server/src/deploy/index.js';
import type { ClusterLiveState } from './clusterView.js';

export const DEPLOY_COMMAND = 'haproxyKeepalived.deploy';
export const PREVIEW_DEPLOY_COMMAND = 'haproxyKeepalived.previewDeploy';
export const STATUS_COMMAND = 'haproxyKeepalived.clusterStatus';
export const ROLLBACK_COMMAND = 'haproxyKeepalived.rollback';
const REMOTE_SCHEME = 'haproxy-keepalived-remote';
/** The engine is loaded on first use: activating the extension does not pay for it. */
const engine = () => import('../../server/src/deploy/index.js');

/**
 * Deploy, preview, status and rollback from the editor. The engine (server/src/deploy, no VS Code
 * import) does the work, as in the CLI; this file only asks, shows progress, writes the output
 * channel and opens diff views. Everything here needs a trusted workspace: it runs ssh with the
 * settings of the workspace's ha-cluster.json.
 */
export function registerDeploy(context: ExtensionContext, onStatus: (root: string, state: ClusterLiveState) => void): void {
  const output = window.createOutputChannel(l10n.t('HAProxy & Keepalived Deploy'), { log: true });
  const remoteFiles = new RemoteFiles();
  let running: string | undefined;

  const run = async <T>(title: string, folder: Uri, work: (reporter: Reporter) => Promise<T>): Promise<T | undefined> => {
    if (!workspace.isTrusted) {
      const manage = l10n.t('Manage Workspace Trust');
      const choice = await window.showWarningMessage(
        l10n.t('{0} is disabled in Restricted Mode: it runs ssh and the remote haproxy and keepalived with the settings of this workspace. Trust the workspace to use it.', title),
        manage,
      );
      if (choice === manage) await commands.executeCommand('workbench.trust.manage');
      return undefined;
    }
    if (running) {
      void window.showWarningMessage(l10n.t('{0} is already running on this window; wait for it to end.', running));
      return undefined;
    }
    running = title;
    output.show(true);
    output.info(`${title}: ${folder.fsPath}`);
    try {
      return await window.withProgress({ location: ProgressLocation.Notification, title, cancellable: false }, (progress) =>
        work({
          step: (index, total, text) => {
            output.info(`[${index}/${total}] ${text}`);
            progress.report({ message: `${index}/${total} ${text}` });
          },
          info: (text) => output.info(`  ${text}`),
          warn: (text) => output.warn(`  ${text}`),
          error: (text) => output.error(`  ${text}`),
          diff: (_machine, _path, patch) => output.append(patch.endsWith('\n') ? patch : `${patch}\n`),
        }),
      );
    } catch (error) {
      output.error(error instanceof Error ? (error.stack ?? error.message) : String(error));
      void window.showErrorMessage(l10n.t('{0} failed: {1}', title, error instanceof Error ? error.message : String(error)));
      return undefined;
    } finally {
      running = undefined;
    }
  };

  const summarize = (title: string, result: DeployResult): void => {
    if (result.ok) {
      void window.showInformationMessage(
        result.dryRun
          ? l10n.t('{0}: {1} file(s) would change; nothing was changed.', title, result.changes.length)
          : l10n.t('{0}: done. New configuration on {1}; the cluster answers.', title, result.changed.join(', ') || l10n.t('no node (nothing to change)')),
      );
      return;
    }
    const parts = [result.errors.join('; ')];
    if (result.changed.length > 0) parts.push(l10n.t('Running the new configuration: {0}.', result.changed.join(', ')));
    if (result.restored.length > 0) parts.push(l10n.t('Restored to the previous configuration: {0}.', result.restored.join(', ')));
    void window.showErrorMessage(`${title}: ${parts.join(' ')}`, l10n.t('Show output')).then((choice) => choice && output.show());
  };

  context.subscriptions.push(
    output,
    workspace.registerTextDocumentContentProvider(REMOTE_SCHEME, remoteFiles),
    commands.registerCommand(PREVIEW_DEPLOY_COMMAND, async (target?: Uri) => {
      const folder = await chooseCluster(target);
      if (!folder) return undefined;
      const title = l10n.t('Preview deploy');
      const result = await run(title, folder, async (reporter) => (await engine()).deployCluster(folder.fsPath, { reporter, dryRun: true }));
      if (!result) return undefined;
      summarize(title, result);
      for (const change of result.changes) {
        const before = remoteFiles.put(`${change.node}${change.remotePath}`, change.before ?? '');
        await commands.executeCommand('vscode.diff', before, Uri.file(change.localPath), l10n.t('{0}:{1} (on the machine) ↔ new', change.node, change.remotePath), { preview: false });
      }
      return result;
    }),
    commands.registerCommand(DEPLOY_COMMAND, async (target?: Uri, options?: { yes?: boolean }) => {
      const folder = await chooseCluster(target);
      if (!folder) return undefined;
      const title = l10n.t('Deploy cluster');
      const result = await run(title, folder, async (reporter) =>
        (await engine()).deployCluster(folder.fsPath, {
          reporter,
          confirm: async (plan) => {
            if (options?.yes) return true;
            const apply = l10n.t('Apply');
            const order = plan.nodes.map((n) => `${n.name} (${n.role})`).join(' → ');
            const choice = await window.showWarningMessage(
              l10n.t('Apply the new configuration to {0}, one node at a time? The differences are in the output.', order),
              { modal: true },
              apply,
            );
            return choice === apply;
          },
        }),
      );
      if (result) summarize(title, result);
      return result;
    }),
    commands.registerCommand(STATUS_COMMAND, async (target?: Uri) => {
      const folder = await chooseCluster(target);
      if (!folder) return undefined;
      const title = l10n.t('Show cluster status');
      const result: StatusResult | undefined = await run(title, folder, async (reporter) => (await engine()).clusterStatus(folder.fsPath, { reporter }));
      if (!result) return undefined;
      const holders = Object.values(result.vipHolders)[0] ?? [];
      const servers: Record<string, string> = {};
      for (const node of result.nodes) for (const s of node.servers ?? []) servers[s.server] = s.status;
      onStatus(folder.fsPath, { vipHolder: holders.length === 1 ? holders[0] : undefined, servers });
      const summary = Object.entries(result.vipHolders)
        .map(([vip, nodes]) => l10n.t('VIP {0} on {1}', vip, nodes.length > 0 ? nodes.join(' + ') : l10n.t('no node')))
        .join('; ');
      if (result.ok) void window.showInformationMessage(l10n.t('{0}: healthy. {1}', title, summary));
      else void window.showWarningMessage(`${title}: ${[summary, ...result.errors].join('; ')}`, l10n.t('Show output')).then((c) => c && output.show());
      return result;
    }),
    commands.registerCommand(ROLLBACK_COMMAND, async (target?: Uri, options?: { yes?: boolean }) => {
      const folder = await chooseCluster(target);
      if (!folder) return undefined;
      const rollBack = l10n.t('Roll back');
      if (!options?.yes) {
        const choice = await window.showWarningMessage(
          l10n.t('Put back the previous configuration on every node of {0} (BACKUP nodes first, the MASTER last)?', folder.fsPath),
          { modal: true },
          rollBack,
        );
        if (choice !== rollBack) return undefined;
      }
      const title = l10n.t('Roll back last deploy');
      const result = await run(title, folder, async (reporter) => (await engine()).rollbackCluster(folder.fsPath, { reporter }));
      if (!result) return undefined;
      if (result.ok) void window.showInformationMessage(l10n.t('{0}: restored on {1}.', title, result.restored.join(', ')));
      else void window.showErrorMessage(`${title}: ${result.errors.join('; ')}`, l10n.t('Show output')).then((c) => c && output.show());
      return result;
    }),
  );
}

/** The cluster folder: the one given (a folder, or its ha-cluster.json), the only one, or the one picked. */
async function chooseCluster(target?: Uri): Promise<Uri | undefined> {
  if (target) return target.path.endsWith('/ha-cluster.json') ? Uri.joinPath(target, '..') : target;
  const manifests = await workspace.findFiles('**/ha-cluster.json', '**/node_modules/**', 50);
  if (manifests.length === 0) {
    void window.showWarningMessage(l10n.t('No ha-cluster.json in this workspace: a deploy needs the manifest of the cluster (New HA cluster writes one).'));
    return undefined;
  }
  const folders = manifests.map((m) => Uri.joinPath(m, '..'));
  if (folders.length === 1) return folders[0];
  const picked = await window.showQuickPick(
    folders.map((uri) => ({ label: workspace.asRelativePath(uri), uri })),
    { title: l10n.t('Which cluster?') },
  );
  return picked?.uri;
}

/** The machines' current files, as read-only documents for the diff views. */
class RemoteFiles implements TextDocumentContentProvider {
  private readonly texts = new Map<string, string>();
  private readonly changed = new EventEmitter<Uri>();
  readonly onDidChange = this.changed.event;

  put(name: string, text: string): Uri {
    const uri = Uri.from({ scheme: REMOTE_SCHEME, path: `/${name.replace(/^\/+/, '')}` });
    this.texts.set(uri.path, text);
    this.changed.fire(uri);
    return uri;
  }

  provideTextDocumentContent(uri: Uri): string {
    return this.texts.get(uri.path) ?? '';
  }
}
