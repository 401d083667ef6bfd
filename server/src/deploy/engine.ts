/**
 * The deploy pipeline: plan (local), reach, upload + validate, diff, apply node by node, web
 * content, verify; and `status` and `rollback`. No VS Code import: the CLI, the extension and the
 * tests drive the same functions through a Reporter, a TransportFactory and an HttpClient.
 */
import { randomBytes } from 'node:crypto';
import { resolve } from 'node:path';
import { createTwoFilesPatch } from 'diff';
import { checkFile, problemFindings, type Finding } from '../cli/check.js';
import type { ClusterFileSystem } from '../cluster/fs.js';
import { checkCluster } from '../cluster/index.js';
import { declaredVersions } from '../cluster/versions.js';
import { nodeFileSystem } from '../cluster/nodeFs.js';
import { parseHaproxyOutput, parseKeepalivedOutput } from '../external/checkers.js';
import { parseHaproxyVersion } from '../haproxy/catalogue/index.js';
import { parseKeepalivedVersion } from '../keepalived/catalogue/versions.js';
import { fileSystemIncludeResolver } from '../keepalived/validate/includes.js';
import { nodeHttpClient, type HttpClient } from './http.js';
import { openSshTransports, sshFailure } from './openssh.js';
import { planDeploy, type DeployPlan, type NodePlan, type PlannedFile } from './plan.js';
import * as remote from './remote.js';
import { redactingReporter, type Reporter } from './report.js';
import type { ServiceSettings } from './settings.js';
import { isServerUp, parseStatsCsv, serverRows } from './stats.js';
import type { Transport, TransportFactory } from './transport.js';

export interface EngineOptions {
  reporter: Reporter;
  transports?: TransportFactory;
  http?: HttpClient;
  /** Deep-merged over ha-cluster.json for the deploy settings (ssh keys, known_hosts...). */
  overlay?: unknown;
  fs?: ClusterFileSystem;
  now?: () => Date;
  /** How long verification waits for the cluster to settle (default 30 s). */
  verifyTimeoutMs?: number;
}

export interface DeployOptions extends EngineOptions {
  dryRun?: boolean;
  /** Asked after the diff, before any change; false stops the deploy. Absent: apply. */
  confirm?: (plan: DeployPlan) => Promise<boolean>;
}

export type DeployStage = 'local-check' | 'reach' | 'validate' | 'diff' | 'refused' | 'apply' | 'web' | 'verify' | 'done';

export interface DeployResult {
  ok: boolean;
  /** Where it stopped (`done` when everything passed, `diff` after a dry run). */
  stage: DeployStage;
  dryRun: boolean;
  /** Nodes now running the new configuration. */
  changed: string[];
  /** Nodes where applying failed and the previous configuration was put back. */
  restored: string[];
  /** Nodes not touched. */
  unchanged: string[];
  /** Remote files that differ from the new ones, per node (after step 4). */
  changes: Array<{ node: string; remotePath: string; localPath: string; before?: string; after: string; patch: string }>;
  errors: string[];
}

const TOTAL_STEPS = 7;
const COMMAND_TIMEOUT_MS = 60_000;

class DeployStop extends Error {}

function message(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

function sleep(ms: number): Promise<void> {
  return new Promise((r) => setTimeout(r, ms));
}

/** The commands that reload and check the services of a node, from its settings and its detected manager. */
export function serviceCommands(services: ServiceSettings, detected: 'systemd' | 'service' | 'none'): remote.ServiceCommands | string {
  const manager = services.manager === 'auto' ? detected : services.manager;
  const byManager = (action: string, unit: string): string[] | undefined =>
    manager === 'systemd' ? ['systemctl', action, unit] : manager === 'service' ? ['service', unit, action] : undefined;
  // Debian's keepalived init script has no `status`: without systemd, a running process is the check.
  const check = (unit: string): string[] | undefined =>
    manager === 'systemd' ? ['systemctl', 'is-active', '--quiet', unit] : manager === 'service' ? ['pidof', unit] : undefined;
  const reloadHaproxy = services.reloadHaproxy ?? byManager(services.restartHaproxy ? 'restart' : 'reload', 'haproxy');
  const reloadKeepalived = services.reloadKeepalived ?? byManager('reload', 'keepalived');
  const checkHaproxy = services.checkHaproxy ?? check('haproxy') ?? ['killall', '-0', 'haproxy'];
  const checkKeepalived = services.checkKeepalived ?? check('keepalived') ?? ['killall', '-0', 'keepalived'];
  if (!reloadHaproxy || !reloadKeepalived) return 'no service manager found (neither systemd nor service): set deploy.services.reloadHaproxy and reloadKeepalived in ha-cluster.json';
  return { reloadHaproxy, reloadKeepalived, checkHaproxy, checkKeepalived };
}

/**
 * What stops a deploy (or an Ansible export) before anything is touched: each member file's own
 * diagnostics and the cross-file ones, for the versions the manifest declares, and the manifest's
 * deploy settings that cannot be read.
 */
export function localFindings(plan: DeployPlan): Finding[] {
  const { haproxyVersion, keepalivedVersion } = declaredVersions(plan.layout);
  const includes = fileSystemIncludeResolver();
  const findings: Finding[] = [];
  for (const member of plan.layout.members) {
    if (!member.language) continue;
    const text = plan.facts.texts.get(member.path);
    if (text === undefined) continue;
    findings.push(...checkFile({ file: member.path, language: member.language, text }, { haproxyVersion, keepalivedVersion, documentPath: resolve(member.path), includes }));
  }
  // The plan's facts were read through the engine's file system: the cross-file checks run on them.
  findings.push(...problemFindings(plan.facts, checkCluster(plan.facts)));
  for (const problem of plan.settings.problems) {
    findings.push({ file: plan.layout.manifest!.path, line: 1, column: 1, endLine: 1, endColumn: 1, severity: 'error', code: 'deploy/settings', source: 'deploy', message: problem });
  }
  return findings;
}

/** Step 1: the cluster's own diagnostics. Errors stop; warnings are listed. */
function localCheck(plan: DeployPlan, reporter: Reporter): Finding[] {
  const findings = localFindings(plan);
  for (const f of findings) {
    const line = f.code === 'deploy/settings' ? `${f.file}: ${f.message}` : `${f.file}:${f.line}:${f.column}: ${f.message} [${f.code}]`;
    if (f.severity === 'error') reporter.error(line);
    else if (f.severity === 'warning') reporter.warn(line);
  }
  return findings;
}

interface Reached {
  node: NodePlan;
  transport: Transport;
  commands: remote.ServiceCommands;
}

/** The newer-keyword warnings for the versions installed on a node. */
function versionWarnings(plan: DeployPlan, node: NodePlan, detected: remote.Detected): string[] {
  const warnings: string[] = [];
  for (const file of node.files) {
    if (file.role !== 'haproxy' && file.role !== 'keepalived') continue;
    const text = file.content.toString('utf8');
    const options = file.role === 'haproxy'
      ? { haproxyVersion: detected.haproxy ? parseHaproxyVersion(detected.haproxy.split('.').slice(0, 2).join('.')) : undefined }
      : { keepalivedVersion: detected.keepalived ? parseKeepalivedVersion(detected.keepalived) : undefined };
    if (file.role === 'haproxy' && !options.haproxyVersion) continue;
    if (file.role === 'keepalived' && !('keepalivedVersion' in options && options.keepalivedVersion)) continue;
    for (const f of checkFile({ file: file.localPath, language: file.role, text }, { ...options, documentPath: resolve(file.localPath) })) {
      if (f.code.endsWith('/keyword-too-new')) warnings.push(`${f.file}:${f.line}:${f.column}: ${node.name} runs ${file.role} ${file.role === 'haproxy' ? detected.haproxy : detected.keepalived}: ${f.message}`);
    }
  }
  return warnings;
}

/** Step 2: connect to every node, read versions and service manager. */
async function reachNodes(plan: DeployPlan, transports: TransportFactory, reporter: Reporter): Promise<Reached[]> {
  const reached: Reached[] = [];
  const failures: string[] = [];
  await Promise.all(plan.nodes.map(async (node) => {
    const transport = transports({ name: node.name, host: node.target.host, ssh: node.target.ssh });
    const result = await transport.run(remote.DETECT, { timeoutMs: COMMAND_TIMEOUT_MS });
    if (result.code !== 0) {
      const hostKey = /Host key verification failed|REMOTE HOST IDENTIFICATION HAS CHANGED/.test(result.stderr);
      failures.push(`${node.name} (${transport.description}) ${hostKey ? 'refused: its host key does not match known_hosts' : 'unreachable'}: ${sshFailure(result)}`);
      return;
    }
    const detected = remote.parseDetect(result.stdout);
    const commands = serviceCommands(node.target.services, detected.manager);
    if (typeof commands === 'string') {
      failures.push(`${node.name}: ${commands}`);
      return;
    }
    if (!detected.haproxy) failures.push(`${node.name}: haproxy is not installed (haproxy -v gave nothing)`);
    if (!detected.keepalived) failures.push(`${node.name}: keepalived is not installed (keepalived --version gave nothing)`);
    reporter.info(`${node.name} (${transport.description}, ${node.role}): haproxy ${detected.haproxy ?? '?'}, keepalived ${detected.keepalived ?? '?'}, services via ${node.target.services.manager === 'auto' ? detected.manager : node.target.services.manager}`);
    for (const warning of versionWarnings(plan, node, detected)) reporter.warn(warning);
    reached.push({ node, transport, commands });
  }));
  for (const web of plan.webServers) {
    const transport = transports({ name: web.name, host: web.target.host, ssh: web.target.ssh });
    const result = await transport.run(remote.script('echo ok'), { timeoutMs: COMMAND_TIMEOUT_MS });
    if (result.code !== 0) failures.push(`${web.name} (${transport.description}) unreachable: ${sshFailure(result)}`);
    else reporter.info(`${web.name} (${transport.description}): reachable, content goes to ${web.target.root}`);
  }
  if (failures.length > 0) {
    for (const failure of failures) reporter.error(failure);
    throw new DeployStop(`${failures.length} machine${failures.length === 1 ? '' : 's'} not ready: nothing was changed`);
  }
  return plan.nodes.map((node) => reached.find((r) => r.node === node)!);
}

/** Locks every node, or none: a second deploy is refused with the holder's name. */
async function lockAll(plan: DeployPlan, reached: readonly Reached[], owner: string, reporter: Reporter): Promise<Reached[]> {
  const locked: Reached[] = [];
  for (const r of reached) {
    const result = await r.transport.run(remote.lock(r.node.target.lockPath, owner), { timeoutMs: COMMAND_TIMEOUT_MS });
    if (result.code === 0) {
      locked.push(r);
      continue;
    }
    await unlockAll(plan, locked);
    const holder = result.stdout.trim() || sshFailure(result);
    reporter.error(`${r.node.name}: another deploy holds ${r.node.target.lockPath} (${holder})`);
    throw new DeployStop(`${r.node.name} is locked by another deploy: nothing was changed`);
  }
  return locked;
}

async function unlockAll(plan: DeployPlan, locked: readonly Reached[]): Promise<void> {
  await Promise.all(locked.map((r) => r.transport.run(remote.unlock(r.node.target.lockPath), { timeoutMs: COMMAND_TIMEOUT_MS })));
}

interface Staged {
  reached: Reached;
  file: PlannedFile;
  temporary: string;
}

/** Step 3: every file to a temporary name next to its target, then the real checkers on it. */
async function uploadAndValidate(reached: readonly Reached[], id: string, reporter: Reporter, staged: Staged[]): Promise<void> {
  const problems: string[] = [];
  await Promise.all(reached.map(async (r) => {
    for (const file of r.node.files) {
      const temporary = remote.temporaryPath(file.remotePath, id);
      staged.push({ reached: r, file, temporary });
      try {
        await r.transport.upload(temporary, file.content, { timeoutMs: COMMAND_TIMEOUT_MS });
      } catch (error) {
        problems.push(`${r.node.name}: ${message(error)}`);
        return;
      }
    }
    for (const s of staged.filter((s) => s.reached === r)) {
      if (s.file.role !== 'haproxy' && s.file.role !== 'keepalived') continue;
      const argv = s.file.role === 'haproxy' ? ['haproxy', '-c', '-f', s.temporary] : ['keepalived', '-t', '-f', s.temporary];
      const result = await r.transport.run(remote.program(argv), { timeoutMs: COMMAND_TIMEOUT_MS });
      if (result.code === 255 && /ssh|connect|host/i.test(result.stderr)) {
        problems.push(`${r.node.name}: connection lost while validating: ${sshFailure(result)}`);
        continue;
      }
      const output = `${result.stdout}\n${result.stderr}`;
      const messages = s.file.role === 'haproxy' ? parseHaproxyOutput(output, s.temporary) : parseKeepalivedOutput(output, s.temporary, result.code);
      for (const m of messages) {
        const place = `${s.file.localPath}${m.line !== undefined ? `:${m.line}` : ''}`;
        const text = `${place}: ${m.message} (${argv[0]} ${argv[1]} on ${r.node.name})`;
        if (result.code !== 0 && m.severity === 'error') problems.push(text);
        else if (m.severity === 'warning' && result.code !== 0) problems.push(text);
        else reporter.warn(text);
      }
      if (result.code !== 0 && messages.length === 0) problems.push(`${s.file.localPath}: rejected by ${argv[0]} ${argv[1]} on ${r.node.name} (exit ${result.code}): ${sshFailure(result)}`);
      if (result.code === 0) reporter.info(`${r.node.name}: ${argv[0]} ${argv[1]} accepts ${s.file.localPath}`);
    }
  }));
  if (problems.length > 0) {
    for (const p of problems) reporter.error(p);
    throw new DeployStop('the new configuration was not accepted on every node: nothing was changed');
  }
}

async function removeStaged(staged: readonly Staged[], only?: Reached): Promise<void> {
  const byNode = new Map<Reached, string[]>();
  for (const s of staged) {
    if (only && s.reached !== only) continue;
    byNode.set(s.reached, [...(byNode.get(s.reached) ?? []), s.temporary]);
  }
  await Promise.all([...byNode].map(([r, paths]) => r.transport.run(remote.removeFiles(paths), { timeoutMs: COMMAND_TIMEOUT_MS }).catch(() => undefined)));
}

/** Step 4: what changes on each node, as unified diffs. */
async function diffNodes(reached: readonly Reached[], reporter: Reporter): Promise<DeployResult['changes']> {
  const changes: DeployResult['changes'] = [];
  for (const r of reached) {
    for (const file of r.node.files) {
      const result = await r.transport.run(remote.readFile(file.remotePath), { timeoutMs: COMMAND_TIMEOUT_MS });
      if (result.code !== 0) throw new DeployStop(`${r.node.name}: cannot read ${file.remotePath}: ${sshFailure(result)}`);
      const before = remote.parseReadFile(result.stdout);
      const after = file.content.toString('utf8');
      if (before === after) {
        reporter.info(`${r.node.name}: ${file.remotePath} unchanged`);
        continue;
      }
      const patch = createTwoFilesPatch(`${r.node.name}:${file.remotePath}`, file.localPath, before ?? '', after, before === undefined ? '(new file)' : '(on the node)', '(to deploy)');
      reporter.diff(r.node.name, file.remotePath, patch);
      changes.push({ node: r.node.name, remotePath: file.remotePath, localPath: file.localPath, before, after, patch });
    }
  }
  if (changes.length === 0) reporter.info('every file is already up to date');
  return changes;
}

/** Polls a service check a few times (a reload may take a moment to settle). */
async function serviceActive(transport: Transport, argv: readonly string[]): Promise<boolean> {
  for (let attempt = 0; attempt < 10; attempt++) {
    const result = await transport.run(remote.program(argv), { timeoutMs: COMMAND_TIMEOUT_MS });
    if (result.code === 0) return true;
    await sleep(500);
  }
  return false;
}

/** Reloads the services whose files changed (both when unknown), then checks both run. */
async function reloadAndCheck(r: Reached, reload: { haproxy: boolean; keepalived: boolean } = { haproxy: true, keepalived: true }): Promise<void> {
  if (reload.haproxy) await remote.runChecked(r.transport, remote.program(r.commands.reloadHaproxy), `reloading haproxy (${r.commands.reloadHaproxy.join(' ')})`, COMMAND_TIMEOUT_MS);
  if (reload.keepalived) await remote.runChecked(r.transport, remote.program(r.commands.reloadKeepalived), `reloading keepalived (${r.commands.reloadKeepalived.join(' ')})`, COMMAND_TIMEOUT_MS);
  if (!(await serviceActive(r.transport, r.commands.checkHaproxy))) throw new Error(`haproxy is not running on ${r.node.name} after the reload`);
  if (!(await serviceActive(r.transport, r.commands.checkKeepalived))) throw new Error(`keepalived is not running on ${r.node.name} after the reload`);
}

/** Step 5 for one node: back up, install, sysctl, reload, check; on failure put the backup back. */
async function applyNode(plan: DeployPlan, r: Reached, staged: readonly Staged[], stamp: string, reporter: Reporter, changedPaths: ReadonlySet<string>): Promise<void> {
  const mine = staged.filter((s) => s.reached === r && changedPaths.has(s.file.remotePath));
  if (mine.length === 0) {
    await removeStaged(staged, r);
    reporter.info(`${r.node.name}: already up to date, not touched`);
    return;
  }
  // The temporary copies of files that did not change are not installed: remove them now.
  await removeStaged(staged.filter((s) => s.reached === r && !changedPaths.has(s.file.remotePath)));
  const changedRoles = new Set(mine.map((s) => s.file.role));
  const reload = { haproxy: changedRoles.has('haproxy') || changedRoles.has('sysctl'), keepalived: changedRoles.has('keepalived') || changedRoles.has('script') };
  await remote.runChecked(r.transport, remote.backup(r.node.target.backupDir, stamp, plan.settings.backupsToKeep, mine.map((s) => s.file.remotePath)), 'backup', COMMAND_TIMEOUT_MS);
  reporter.info(`${r.node.name}: backup ${r.node.target.backupDir}/${stamp}`);
  try {
    await remote.runChecked(r.transport, remote.install(mine.map((s) => ({ temporary: s.temporary, target: s.file.remotePath, mode: s.file.mode }))), 'installing the files', COMMAND_TIMEOUT_MS);
    reporter.info(`${r.node.name}: installed ${mine.map((s) => s.file.remotePath).join(', ')}`);
    const sysctl = mine.find((s) => s.file.role === 'sysctl');
    if (sysctl) {
      const result = await remote.runChecked(r.transport, remote.applySysctl(sysctl.file.remotePath), 'applying the sysctl settings', COMMAND_TIMEOUT_MS);
      reporter.info(`${r.node.name}: sysctl ${result.stdout.trim().split('\n').join(', ')}`);
    }
    await reloadAndCheck(r, reload);
    reporter.info(`${r.node.name}: reloaded ${[reload.haproxy ? 'haproxy' : '', reload.keepalived ? 'keepalived' : ''].filter(Boolean).join(' and ')}; both running`);
  } catch (error) {
    reporter.error(`${r.node.name}: ${message(error)}`);
    reporter.warn(`${r.node.name}: putting back the previous configuration (backup ${stamp})`);
    await removeStaged(staged, r);
    try {
      await remote.runChecked(r.transport, remote.restore(r.node.target.backupDir, stamp, false), 'restoring the backup', COMMAND_TIMEOUT_MS);
      const sysctl = mine.find((s) => s.file.role === 'sysctl');
      if (sysctl) await r.transport.run(remote.applySysctl(sysctl.file.remotePath), { timeoutMs: COMMAND_TIMEOUT_MS });
      await reloadAndCheck(r, reload);
      reporter.warn(`${r.node.name}: previous configuration restored and running`);
    } catch (restoreError) {
      reporter.error(`${r.node.name}: RESTORE FAILED, check this node by hand: ${message(restoreError)}`);
    }
    throw new DeployStop(`applying on ${r.node.name} failed`);
  }
}

/** Step 6: each web server's content folder to its document root (temporary name, then rename). */
async function deployWebContent(plan: DeployPlan, transports: TransportFactory, id: string, reporter: Reporter): Promise<void> {
  for (const web of plan.webServers) {
    const transport = transports({ name: web.name, host: web.target.host, ssh: web.target.ssh });
    const folders = [...new Set(web.files.map((f) => f.remotePath.slice(0, f.remotePath.lastIndexOf('/')) || '/'))];
    await remote.runChecked(transport, remote.makeFolders(folders), 'creating the document folders', COMMAND_TIMEOUT_MS);
    const staged: Array<{ temporary: string; target: string; mode: string }> = [];
    try {
      for (const file of web.files) {
        const temporary = remote.temporaryPath(file.remotePath, id);
        staged.push({ temporary, target: file.remotePath, mode: '644' });
        await transport.upload(temporary, file.content, { timeoutMs: COMMAND_TIMEOUT_MS });
      }
      await remote.runChecked(transport, remote.install(staged), 'installing the content', COMMAND_TIMEOUT_MS);
    } catch (error) {
      await transport.run(remote.removeFiles(staged.map((s) => s.temporary)), { timeoutMs: COMMAND_TIMEOUT_MS });
      throw error;
    }
    reporter.info(`${web.name}: ${web.files.length} file${web.files.length === 1 ? '' : 's'} in ${web.target.root} (${web.files.map((f) => f.relativePath).join(', ')})`);
  }
}

function basicAuth(user?: string, password?: string): Record<string, string> {
  return user !== undefined && password !== undefined ? { authorization: `Basic ${Buffer.from(`${user}:${password}`).toString('base64')}` } : {};
}

export interface NodeState {
  name: string;
  reachable: boolean;
  holdsVip: string[];
  haproxy?: boolean;
  keepalived?: boolean;
  /** proxy/server -> status from this node's stats page. */
  servers?: Array<{ proxy: string; server: string; status: string }>;
  error?: string;
}

async function nodeState(plan: DeployPlan, node: NodePlan, transport: Transport, commands: remote.ServiceCommands | undefined, http: HttpClient): Promise<NodeState> {
  const addresses = await transport.run(remote.ADDRESSES, { timeoutMs: COMMAND_TIMEOUT_MS });
  if (addresses.code !== 0) return { name: node.name, reachable: false, holdsVip: [], error: sshFailure(addresses) };
  const state: NodeState = { name: node.name, reachable: true, holdsVip: plan.verify.vips.filter((vip) => remote.holdsAddress(addresses.stdout, vip)) };
  if (commands) {
    state.haproxy = (await transport.run(remote.program(commands.checkHaproxy), { timeoutMs: COMMAND_TIMEOUT_MS })).code === 0;
    state.keepalived = (await transport.run(remote.program(commands.checkKeepalived), { timeoutMs: COMMAND_TIMEOUT_MS })).code === 0;
  }
  const stats = plan.verify.statsPage;
  if (stats) {
    try {
      const response = await http.request(`http://${node.address}:${stats.port}${stats.uri};csv`, { timeoutMs: 5000, headers: basicAuth(stats.user, stats.password) });
      if (response.status === 200) state.servers = serverRows(parseStatsCsv(response.body)).map((row) => ({ proxy: row.proxy, server: row.service, status: row.status }));
      else state.error = `stats page answered HTTP ${response.status}`;
    } catch (error) {
      state.error = `stats page: ${message(error)}`;
    }
  }
  return state;
}

/** Step 7: one VIP holder, HTTP through the VIP, every server UP, every health-check URI answering. Polls until `timeoutMs`. */
async function verifyCluster(plan: DeployPlan, reached: readonly Reached[], http: HttpClient, reporter: Reporter, timeoutMs: number): Promise<string[]> {
  const deadline = Date.now() + timeoutMs;
  let problems: string[] = [];
  for (let attempt = 0; attempt < 120; attempt++) {
    problems = [];
    const states = await Promise.all(reached.map((r) => nodeState(plan, r.node, r.transport, r.commands, http)));
    for (const vip of plan.verify.vips) {
      const holders = states.filter((s) => s.holdsVip.includes(vip)).map((s) => s.name);
      if (holders.length !== 1) problems.push(`VIP ${vip} is held by ${holders.length === 0 ? 'no node' : holders.join(' and ')} (exactly one expected)`);
    }
    for (const url of plan.verify.vipUrls) {
      try {
        const response = await http.request(url, { timeoutMs: 5000 });
        if (response.status >= 400) problems.push(`${url} answered HTTP ${response.status}`);
      } catch (error) {
        problems.push(`${url}: ${message(error)}`);
      }
    }
    for (const s of states) {
      if (s.error) problems.push(`${s.name}: ${s.error}`);
      for (const server of s.servers ?? []) {
        if (!isServerUp({ proxy: server.proxy, service: server.server, status: server.status })) problems.push(`${s.name}: server ${server.proxy}/${server.server} is ${server.status}`);
      }
    }
    for (const check of plan.verify.healthChecks) {
      try {
        const response = await http.request(check.url, { method: check.method, timeoutMs: 5000 });
        if (response.status < 200 || response.status >= 400) problems.push(`health check ${check.method} ${check.url} (${check.server}) answered HTTP ${response.status}`);
      } catch (error) {
        problems.push(`health check ${check.method} ${check.url} (${check.server}): ${message(error)}`);
      }
    }
    if (problems.length === 0) {
      for (const s of states) {
        reporter.info(`${s.name}: ${s.holdsVip.length > 0 ? `holds ${s.holdsVip.join(', ')}` : 'standby'}; servers ${(s.servers ?? []).map((x) => `${x.server} ${x.status}`).join(', ') || '(no stats page)'}`);
      }
      for (const url of plan.verify.vipUrls) reporter.info(`${url} answers`);
      for (const check of plan.verify.healthChecks) reporter.info(`${check.method} ${check.url} answers (${check.server})`);
      return [];
    }
    if (Date.now() >= deadline) break;
    await sleep(1000);
  }
  for (const p of problems) reporter.error(p);
  return problems;
}

interface Session {
  plan: DeployPlan;
  /** The caller's reporter behind the plan's redaction. */
  reporter: Reporter;
  transports: TransportFactory;
  http: HttpClient;
}

/** The plan of `folder` and what every command uses with it; undefined (reported, added to `errors`) when there is no plan. */
function openSession(folder: string, options: EngineOptions, errors: string[]): Session | undefined {
  let plan: DeployPlan;
  try {
    plan = planDeploy({ fs: options.fs ?? nodeFileSystem(), folder, overlay: options.overlay });
  } catch (error) {
    options.reporter.error(message(error));
    errors.push(message(error));
    return undefined;
  }
  return { plan, reporter: redactingReporter(options.reporter, plan.redact), transports: options.transports ?? openSshTransports, http: options.http ?? nodeHttpClient };
}

/** Deploys the cluster of `folder` (its ha-cluster.json). Never throws for a failed deploy: the result says where it stopped. */
export async function deployCluster(folder: string, options: DeployOptions): Promise<DeployResult> {
  const dryRun = options.dryRun ?? false;
  const result: DeployResult = { ok: false, stage: 'local-check', dryRun, changed: [], restored: [], unchanged: [], changes: [], errors: [] };
  const session = openSession(folder, options, result.errors);
  if (!session) return result;
  const { plan, reporter, transports, http } = session;
  const now = options.now ?? (() => new Date());
  const id = `deploy-${randomBytes(4).toString('hex')}`;
  const stamp = remote.backupStamp(now());
  result.unchanged = plan.nodes.map((n) => n.name);
  const stop = (stage: DeployStage, error: unknown): DeployResult => {
    result.stage = stage;
    result.errors.push(plan.redact(message(error)));
    reporter.error(message(error));
    return result;
  };

  reporter.step(1, TOTAL_STEPS, `Local check of ${plan.clusterName} (${plan.nodes.map((n) => `${n.name} ${n.role}`).join(', ')})`);
  const findings = localCheck(plan, reporter);
  const errors = findings.filter((f) => f.severity === 'error').length;
  if (errors > 0) return stop('local-check', `${errors} error${errors === 1 ? '' : 's'} in the cluster's files: nothing was deployed`);
  reporter.info(`no errors (${findings.filter((f) => f.severity === 'warning').length} warnings)`);

  reporter.step(2, TOTAL_STEPS, 'Reach every node');
  let reached: Reached[];
  try {
    reached = await reachNodes(plan, transports, reporter);
  } catch (error) {
    return stop('reach', error);
  }
  let locked: Reached[] = [];
  const staged: Staged[] = [];
  try {
    if (!dryRun) {
      try {
        locked = await lockAll(plan, reached, `${id} ${now().toISOString()}`, reporter);
      } catch (error) {
        return stop('reach', error);
      }
    }

    reporter.step(3, TOTAL_STEPS, 'Upload to temporary files and validate with the real haproxy and keepalived');
    try {
      await uploadAndValidate(reached, id, reporter, staged);
    } catch (error) {
      await removeStaged(staged);
      return stop('validate', error);
    }

    reporter.step(4, TOTAL_STEPS, 'What will change');
    try {
      result.changes = await diffNodes(reached, reporter);
    } catch (error) {
      await removeStaged(staged);
      return stop('diff', error);
    }
    if (dryRun) {
      await removeStaged(staged);
      reporter.info('dry run: nothing was changed');
      result.ok = true;
      result.stage = 'diff';
      return result;
    }
    if (options.confirm && !(await options.confirm(plan))) {
      await removeStaged(staged);
      return stop('refused', 'not confirmed: nothing was changed');
    }

    reporter.step(5, TOTAL_STEPS, `Apply, one node at a time (${reached.map((r) => r.node.name).join(' -> ')})`);
    for (const r of reached) {
      try {
        const changedPaths = new Set(result.changes.filter((c) => c.node === r.node.name).map((c) => c.remotePath));
        await applyNode(plan, r, staged, stamp, reporter, changedPaths);
        result.changed.push(r.node.name);
        result.unchanged = result.unchanged.filter((n) => n !== r.node.name);
      } catch (error) {
        result.restored.push(r.node.name);
        result.unchanged = result.unchanged.filter((n) => n !== r.node.name);
        await removeStaged(staged);
        const summary = `${message(error)}; new configuration on: ${result.changed.join(', ') || 'no node'}; restored: ${r.node.name}; untouched: ${result.unchanged.join(', ') || 'none'}`;
        return stop('apply', summary);
      }
    }

    reporter.step(6, TOTAL_STEPS, 'Web content');
    if (plan.webServers.length === 0) reporter.info('no web server asks for its content to be deployed');
    try {
      await deployWebContent(plan, transports, id, reporter);
    } catch (error) {
      return stop('web', `web content: ${message(error)}`);
    }

    reporter.step(7, TOTAL_STEPS, 'Verify the cluster');
    const problems = await verifyCluster(plan, reached, http, reporter, options.verifyTimeoutMs ?? 30_000);
    if (problems.length > 0) return stop('verify', `verification failed (${problems.length} problem${problems.length === 1 ? '' : 's'}); the new configuration is installed on ${result.changed.join(', ')}`);
    result.ok = true;
    result.stage = 'done';
    reporter.info(`deployed to ${result.changed.join(', ')}`);
    return result;
  } finally {
    await unlockAll(plan, locked);
  }
}

export interface StatusResult {
  ok: boolean;
  nodes: NodeState[];
  /** The node holding each VIP (several = split brain). */
  vipHolders: Record<string, string[]>;
  errors: string[];
}

/** Who holds the VIP, each node's state and services, backends UP/DOWN. Changes nothing. */
export async function clusterStatus(folder: string, options: EngineOptions): Promise<StatusResult> {
  const errors: string[] = [];
  const session = openSession(folder, options, errors);
  if (!session) return { ok: false, nodes: [], vipHolders: {}, errors };
  const { plan, reporter, transports, http } = session;
  reporter.step(1, 1, `Status of ${plan.clusterName}`);
  const nodes = await Promise.all(plan.nodes.map(async (node) => {
    const transport = transports({ name: node.name, host: node.target.host, ssh: node.target.ssh });
    const detect = await transport.run(remote.DETECT, { timeoutMs: COMMAND_TIMEOUT_MS });
    const commands = detect.code === 0 ? serviceCommands(node.target.services, remote.parseDetect(detect.stdout).manager) : undefined;
    return nodeState(plan, node, transport, typeof commands === 'string' ? undefined : commands, http);
  }));
  const vipHolders: Record<string, string[]> = {};
  for (const vip of plan.verify.vips) {
    vipHolders[vip] = nodes.filter((n) => n.holdsVip.includes(vip)).map((n) => n.name);
    const holders = vipHolders[vip]!;
    if (holders.length === 1) reporter.info(`VIP ${vip}: ${holders[0]}`);
    else {
      errors.push(`VIP ${vip} held by ${holders.length === 0 ? 'no node' : holders.join(' and ')}`);
      reporter.error(errors.at(-1)!);
    }
  }
  for (const n of nodes) {
    if (!n.reachable) {
      errors.push(`${n.name}: unreachable (${n.error ?? ''})`);
      reporter.error(errors.at(-1)!);
      continue;
    }
    const vrrp = n.keepalived === false ? 'keepalived down' : n.holdsVip.length > 0 ? 'MASTER (holds the VIP)' : 'BACKUP (standby)';
    reporter.info(`${n.name}: ${vrrp}; haproxy ${n.haproxy ? 'running' : 'NOT running'}, keepalived ${n.keepalived ? 'running' : 'NOT running'}`);
    if (!n.haproxy || !n.keepalived) errors.push(`${n.name}: a service is not running`);
    for (const s of n.servers ?? []) {
      const up = isServerUp({ proxy: s.proxy, service: s.server, status: s.status });
      (up ? reporter.info : reporter.warn)(`${n.name}: ${s.proxy}/${s.server} ${s.status}`);
      if (!up) errors.push(`${n.name}: ${s.proxy}/${s.server} ${s.status}`);
    }
    if (n.error) {
      reporter.warn(`${n.name}: ${n.error}`);
    }
  }
  return { ok: errors.length === 0, nodes, vipHolders, errors };
}

export interface RollbackResult {
  ok: boolean;
  /** Nodes whose newest backup was put back. */
  restored: string[];
  errors: string[];
}

/** Puts back the newest backup on every node (BACKUP nodes first, MASTER last), reloads, and removes that backup. */
export async function rollbackCluster(folder: string, options: EngineOptions): Promise<RollbackResult> {
  const result: RollbackResult = { ok: false, restored: [], errors: [] };
  const session = openSession(folder, options, result.errors);
  if (!session) return result;
  const { plan, reporter, transports } = session;
  reporter.step(1, 2, 'Reach every node');
  let reached: Reached[];
  try {
    reached = await reachNodes(plan, transports, reporter);
  } catch (error) {
    result.errors.push(message(error));
    reporter.error(message(error));
    return result;
  }
  let locked: Reached[] = [];
  try {
    locked = await lockAll(plan, reached, `rollback ${new Date().toISOString()}`, reporter);
    reporter.step(2, 2, `Restore the newest backup (${reached.map((r) => r.node.name).join(' -> ')})`);
    for (const r of reached) {
      const restored = await r.transport.run(remote.restore(r.node.target.backupDir, 'latest', true), { timeoutMs: COMMAND_TIMEOUT_MS });
      if (restored.code !== 0) {
        result.errors.push(`${r.node.name}: ${sshFailure(restored)}`);
        reporter.error(`${r.node.name}: ${sshFailure(restored)}; stopping (nodes restored: ${result.restored.join(', ') || 'none'})`);
        return result;
      }
      const lines = restored.stdout.split('\n');
      const files = lines.filter((l) => l.startsWith('restored=')).map((l) => l.slice('restored='.length));
      reporter.info(`${r.node.name}: backup ${lines.find((l) => l.startsWith('backup='))?.slice(7) ?? '?'} restored (${files.join(', ')})`);
      const sysctl = r.node.files.find((f) => f.role === 'sysctl');
      if (sysctl && files.includes(sysctl.remotePath)) await r.transport.run(remote.applySysctl(sysctl.remotePath), { timeoutMs: COMMAND_TIMEOUT_MS });
      try {
        await reloadAndCheck(r);
      } catch (error) {
        result.errors.push(message(error));
        reporter.error(`${message(error)}; stopping`);
        return result;
      }
      result.restored.push(r.node.name);
      reporter.info(`${r.node.name}: reloaded and running`);
    }
    result.ok = true;
    return result;
  } catch (error) {
    result.errors.push(message(error));
    reporter.error(message(error));
    return result;
  } finally {
    await unlockAll(plan, locked);
  }
}
