/**
 * Cluster cross-checks: the two (or more) load balancers, their haproxy and keepalived files, the
 * sysctl settings and the web servers read as one system. Pure functions over a
 * `ClusterFileSystem`; the server, the CLI and the tests supply the file system.
 *
 *   loadCluster(fs, folder)        -> ClusterLayout   (manifest or folder scan; which files, which roles)
 *   buildClusterFacts(fs, layout)  -> ClusterFacts    (each member parsed once into a small summary)
 *   checkCluster(facts)            -> ClusterProblem[] (pure; each with a path, related places in other files)
 */
import { suppressedAt } from '../common/suppress.js';
import type { Span } from '../common/span.js';
import { checkHaproxyAgreement } from './checks/agreement.js';
import { checkFailover, checkHaproxyTracking, checkScriptFiles } from './checks/failover.js';
import { vrrpGroups } from './checks/groups.js';
import { checkBindAddresses, checkNonlocalBind, checkVipSubnet } from './checks/listen.js';
import {
  checkAdvertInt,
  checkAuthentication,
  checkLonelyInstances,
  checkMasters,
  checkPriorities,
  checkRouterIds,
  checkUnicast,
  checkVirtualAddresses,
} from './checks/vrrp.js';
import { checkHealthCheckFiles, checkServersInCluster, checkStatsCredentials } from './checks/web.js';
import { buildClusterFacts, type ClusterFacts, type FactsOptions } from './facts/index.js';
import type { ClusterFileSystem } from './fs.js';
import { loadCluster, type ClusterLayout } from './load.js';
import type { ClusterProblem } from './problem.js';

export { haClusterCodes, type HaClusterCode } from './codes.js';
export { buildClusterFacts, contentFilesFor, type ClusterFacts, type FactsOptions, type NodeFacts } from './facts/index.js';
export { haproxyFacts, type HaproxyFacts } from './facts/haproxy.js';
export { keepalivedFacts, type KeepalivedFacts } from './facts/keepalived.js';
export { sysctlFacts, type SysctlFacts } from './facts/sysctl.js';
export { classifyScript, type ScriptVerdict } from './facts/scripts.js';
export { memoryFileSystem, overlayFileSystem, type ClusterFileSystem } from './fs.js';
export {
  findClusterRoot,
  isClusterMember,
  loadCluster,
  loadClusterFromFolder,
  loadClusterFromManifest,
  type ClusterLayout,
  type ClusterMember,
  type ClusterRoot,
  type LoadBalancerLayout,
  type WebServerLayout,
} from './load.js';
export { MANIFEST_NAME, readManifest, type ClusterManifest } from './manifest.js';
export { problemsByPath, type ClusterLocation, type ClusterProblem, type ClusterRelated } from './problem.js';

/** Every cross-file problem of a cluster, manifest problems included, suppressions applied. */
export function checkCluster(facts: ClusterFacts): ClusterProblem[] {
  const groups = vrrpGroups(facts);
  const problems: ClusterProblem[] = [
    ...facts.layout.problems,
    ...checkLonelyInstances(facts, groups),
    ...checkRouterIds(facts, groups),
    ...checkVirtualAddresses(facts, groups),
    ...checkAdvertInt(facts, groups),
    ...checkAuthentication(facts, groups),
    ...checkUnicast(facts, groups),
    ...checkPriorities(facts, groups),
    ...checkMasters(facts, groups),
    ...checkHaproxyTracking(facts, groups),
    ...checkFailover(facts, groups),
    ...checkScriptFiles(facts),
    ...checkNonlocalBind(facts),
    ...checkBindAddresses(facts),
    ...checkVipSubnet(facts),
    ...checkHaproxyAgreement(facts, groups),
    ...checkServersInCluster(facts),
    ...checkHealthCheckFiles(facts),
    ...checkStatsCredentials(facts),
  ];
  return withoutSuppressed(facts, problems);
}

/** `# haproxy-keepalived: ignore <code>` comments work for cluster problems too, in the file they are reported in. */
function withoutSuppressed(facts: ClusterFacts, problems: ClusterProblem[]): ClusterProblem[] {
  const comments = new Map<string, readonly Span[]>();
  for (const node of facts.nodes) {
    if (node.keepalived) comments.set(node.keepalived.path, node.keepalived.facts.comments);
    if (node.haproxy) comments.set(node.haproxy.path, node.haproxy.facts.comments);
    if (node.sysctl) comments.set(node.sysctl.path, node.sysctl.facts.comments);
  }
  const filters = new Map<string, (problem: ClusterProblem) => boolean>();
  return problems.filter((problem) => {
    const spans = comments.get(problem.path);
    if (!spans) return true;
    let suppressed = filters.get(problem.path);
    if (!suppressed) {
      suppressed = suppressedAt(facts.texts.get(problem.path) ?? '', spans);
      filters.set(problem.path, suppressed);
    }
    return !suppressed(problem);
  });
}

export interface ClusterValidation {
  layout: ClusterLayout;
  facts: ClusterFacts;
  problems: ClusterProblem[];
}

/** Load, read and check the cluster rooted at `folder` (its ha-cluster.json, or a scan of it). */
export function validateCluster(fs: ClusterFileSystem, folder: string, options: FactsOptions = {}): ClusterValidation {
  const layout = loadCluster(fs, folder);
  const facts = buildClusterFacts(fs, layout, options);
  return { layout, facts, problems: checkCluster(facts) };
}
