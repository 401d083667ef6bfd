import {
  commands,
  EventEmitter,
  l10n,
  MarkdownString,
  ThemeColor,
  ThemeIcon,
  TreeItem,
  TreeItemCollapsibleState,
  Uri,
  window,
  workspace,
  type ExtensionContext,
  type TreeDataProvider,
} from 'vscode';

/** What the server's topology command returns (server/src/cluster/topology.ts). */
export interface TopologyNodeData {
  id: string;
  kind: 'clients' | 'vip' | 'loadBalancer' | 'backend' | 'webServer';
  label: string;
  details: string[];
  problems: string[];
  files?: string[];
}
export interface ClusterData {
  name: string;
  svg: string;
  problems: number;
  topology: { name: string; root?: string; nodes: TopologyNodeData[] };
  /** The versions the cluster's ha-cluster.json declares: the checks use them for its files. */
  versions?: { haproxyVersion?: string; keepalivedVersion?: string };
}
type Describe = (uri: string) => Promise<ClusterData | null | undefined>;

/** Live state of a cluster, from "Show cluster status" (who holds the VIP, backends UP/DOWN), when known. */
export interface ClusterLiveState {
  vipHolder?: string;
  servers?: Record<string, string>;
}

export const CLUSTER_VIEW = 'haproxyKeepalived.clusterView';
export const REFRESH_CLUSTER_VIEW = 'haproxyKeepalived.refreshClusterView';

type Item =
  | { type: 'cluster'; manifest: Uri; data?: ClusterData }
  | { type: 'group'; cluster: ClusterData; kind: TopologyNodeData['kind'] }
  | { type: 'node'; cluster: ClusterData; node: TopologyNodeData }
  | { type: 'detail'; text: string; problem: boolean }
  | { type: 'file'; path: string };

const GROUPS: ReadonlyArray<{ kind: TopologyNodeData['kind']; label: () => string; icon: string }> = [
  { kind: 'vip', label: () => l10n.t('Virtual IPs'), icon: 'globe' },
  { kind: 'loadBalancer', label: () => l10n.t('Load balancers'), icon: 'server-environment' },
  { kind: 'backend', label: () => l10n.t('Backends'), icon: 'layers' },
  { kind: 'webServer', label: () => l10n.t('Web servers'), icon: 'server' },
];

/**
 * The clusters of the workspace (each folder with an ha-cluster.json) as a tree: VIPs, load balancers
 * with their role and files, backends, web servers with their health-check file. Boxes with a
 * cross-file problem carry a warning icon and the problem in their tooltip. Refreshed on save.
 */
export class ClusterTreeProvider implements TreeDataProvider<Item> {
  private readonly changed = new EventEmitter<Item | undefined>();
  readonly onDidChangeTreeData = this.changed.event;
  private live = new Map<string, ClusterLiveState>();

  constructor(private readonly describe: Describe) {}

  refresh(): void {
    this.changed.fire(undefined);
  }

  /** Called by the status command with what it found on the machines. */
  setLiveState(root: string, state: ClusterLiveState): void {
    this.live.set(root, state);
    this.refresh();
  }

  async getChildren(item?: Item): Promise<Item[]> {
    if (!item) {
      const manifests = await workspace.findFiles('**/ha-cluster.json', '**/node_modules/**', 50);
      return manifests.sort((a, b) => a.fsPath.localeCompare(b.fsPath)).map((manifest) => ({ type: 'cluster', manifest }));
    }
    if (item.type === 'cluster') {
      const data = item.data ?? (await this.describe(item.manifest.toString())) ?? undefined;
      if (!data) return [{ type: 'detail', text: l10n.t('Not a readable cluster manifest'), problem: true }];
      item.data = data;
      return GROUPS.filter((g) => data.topology.nodes.some((n) => n.kind === g.kind)).map((g) => ({ type: 'group', cluster: data, kind: g.kind }));
    }
    if (item.type === 'group') return item.cluster.topology.nodes.filter((n) => n.kind === item.kind).map((node) => ({ type: 'node', cluster: item.cluster, node }));
    if (item.type === 'node') {
      const live = this.liveDetails(item.cluster, item.node);
      return [
        ...live.map((text) => ({ type: 'detail' as const, text, problem: /DOWN|MAINT/.test(text) })),
        ...item.node.details.map((text) => ({ type: 'detail' as const, text, problem: /MISSING/.test(text) })),
        ...item.node.problems.map((text) => ({ type: 'detail' as const, text, problem: true })),
        ...(item.node.files ?? []).map((path) => ({ type: 'file' as const, path })),
      ];
    }
    return [];
  }

  private liveDetails(cluster: ClusterData, node: TopologyNodeData): string[] {
    const state = cluster.topology.root ? this.live.get(cluster.topology.root) : undefined;
    if (!state) return [];
    if (node.kind === 'loadBalancer' && state.vipHolder) {
      return [state.vipHolder === node.label ? l10n.t('holds the VIP now') : l10n.t('does not hold the VIP now')];
    }
    if (node.kind === 'webServer' && state.servers?.[node.label]) return [l10n.t('haproxy says: {0}', state.servers[node.label]!)];
    return [];
  }

  getTreeItem(item: Item): TreeItem {
    switch (item.type) {
      case 'cluster': {
        const tree = new TreeItem(item.data?.name ?? Uri.joinPath(item.manifest, '..').path.split('/').pop() ?? 'cluster', TreeItemCollapsibleState.Expanded);
        tree.iconPath = new ThemeIcon('type-hierarchy');
        tree.description = workspace.asRelativePath(item.manifest);
        tree.resourceUri = item.manifest;
        tree.contextValue = 'cluster';
        tree.command = { command: 'vscode.open', title: l10n.t('Open'), arguments: [item.manifest] };
        return tree;
      }
      case 'group': {
        const group = GROUPS.find((g) => g.kind === item.kind)!;
        const tree = new TreeItem(group.label(), TreeItemCollapsibleState.Expanded);
        tree.iconPath = new ThemeIcon(group.icon);
        return tree;
      }
      case 'node': {
        const tree = new TreeItem(item.node.label, TreeItemCollapsibleState.Collapsed);
        tree.description = item.node.details.slice(item.node.kind === 'loadBalancer' ? 1 : 0).join(' · ');
        const broken = item.node.problems.length > 0;
        tree.iconPath = broken ? new ThemeIcon('warning', new ThemeColor('problemsWarningIcon.foreground')) : new ThemeIcon(GROUPS.find((g) => g.kind === item.node.kind)?.icon ?? 'circle');
        if (broken) tree.tooltip = new MarkdownString(item.node.problems.map((p) => `- ${p}`).join('\n'));
        return tree;
      }
      case 'detail': {
        const tree = new TreeItem(item.text, TreeItemCollapsibleState.None);
        if (item.problem) tree.iconPath = new ThemeIcon('error', new ThemeColor('problemsErrorIcon.foreground'));
        tree.tooltip = item.text;
        return tree;
      }
      case 'file': {
        const uri = Uri.file(item.path);
        const tree = new TreeItem(uri, TreeItemCollapsibleState.None);
        tree.description = workspace.asRelativePath(uri);
        tree.command = { command: 'vscode.open', title: l10n.t('Open'), arguments: [uri] };
        return tree;
      }
    }
  }
}

export function registerClusterView(context: ExtensionContext, provider: ClusterTreeProvider): void {
  context.subscriptions.push(
    window.createTreeView(CLUSTER_VIEW, { treeDataProvider: provider, showCollapseAll: true }),
    commands.registerCommand(REFRESH_CLUSTER_VIEW, () => provider.refresh()),
    workspace.onDidSaveTextDocument(() => provider.refresh()),
  );
}
