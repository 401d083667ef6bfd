/**
 * What the deploy needs beyond the cluster checks, read from ha-cluster.json (see the `deploy`,
 * `ssh` and per-machine fields of schemas/ha-cluster.schema.json). Defaults are those of a Debian
 * or Ubuntu machine. An overlay (another JSON object) may replace connection details without
 * touching the cluster folder, e.g. a test's keys and known_hosts.
 */

export interface SshSettings {
  user?: string;
  port?: number;
  identityFile?: string;
  knownHostsFile?: string;
  /** Passed only when the manifest sets it: OpenSSH's own default (ask; refuse under BatchMode) applies otherwise. */
  strictHostKeyChecking?: 'yes' | 'no' | 'accept-new';
  /** An ssh_config file to use instead of ~/.ssh/config (`-F`). */
  configFile?: string;
  /** More `-o Key=Value` options, as written. */
  options: string[];
  connectTimeoutSeconds: number;
  /** Run every remote command through `sudo -n` (for a non-root user). */
  sudo: boolean;
}

export type ServiceManager = 'auto' | 'systemd' | 'service' | 'commands';

export interface ServiceSettings {
  manager: ServiceManager;
  /** Commands (argument arrays) replacing what the manager would run. */
  reloadHaproxy?: string[];
  reloadKeepalived?: string[];
  checkHaproxy?: string[];
  checkKeepalived?: string[];
  /** Restart haproxy instead of reloading it (drops connections; only when asked). */
  restartHaproxy: boolean;
}

export interface RemotePaths {
  haproxy: string;
  keepalived: string;
  sysctl: string;
}

export interface LoadBalancerTarget {
  name: string;
  host: string;
  ssh: SshSettings;
  paths: RemotePaths;
  services: ServiceSettings;
  /** Where this node keeps its backups, and its deploy lock (the manifest's `deploy` values unless the node's own `deploy` sets them). */
  backupDir: string;
  lockPath: string;
}

export interface WebServerTarget {
  name: string;
  host: string;
  ssh: SshSettings;
  root: string;
  /** Copy the content folder to `root`. */
  deployContent: boolean;
}

export interface DeploySettings {
  backupsToKeep: number;
  backupDir: string;
  lockPath: string;
  loadBalancers: LoadBalancerTarget[];
  webServers: WebServerTarget[];
  /** Strings the manifest declares secret (redacted from every message). */
  secrets: string[];
  /** Problems with the deploy fields (wrong types); any stops the deploy. */
  problems: string[];
}

export const DEFAULT_PATHS: RemotePaths = {
  haproxy: '/etc/haproxy/haproxy.cfg',
  keepalived: '/etc/keepalived/keepalived.conf',
  sysctl: '/etc/sysctl.d/99-ha-cluster.conf',
};
export const DEFAULT_BACKUP_DIR = '/var/backups/haproxy-keepalived';
export const DEFAULT_LOCK_PATH = '/run/haproxy-keepalived-deploy.lock';
export const DEFAULT_BACKUPS_TO_KEEP = 5;

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };
type JsonRecord = { [key: string]: Json };

function isRecord(value: unknown): value is JsonRecord {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/**
 * `overlay` laid over `base`: objects merge key by key, arrays of objects with a `name` merge entry
 * by entry (an overlay entry names the machine it changes), anything else is replaced.
 */
export function mergeOverlay(base: unknown, overlay: unknown): unknown {
  if (isRecord(base) && isRecord(overlay)) {
    const merged: JsonRecord = { ...base };
    for (const [key, value] of Object.entries(overlay)) merged[key] = mergeOverlay(base[key], value) as Json;
    return merged;
  }
  if (Array.isArray(base) && Array.isArray(overlay) && overlay.every((o) => isRecord(o) && typeof o.name === 'string')) {
    const merged = base.map((entry) => {
      const match = isRecord(entry) ? overlay.find((o) => (o as JsonRecord).name === entry.name) : undefined;
      return match ? mergeOverlay(entry, match) : entry;
    });
    for (const entry of overlay) {
      if (!base.some((b) => isRecord(b) && b.name === (entry as JsonRecord).name)) merged.push(entry);
    }
    return merged;
  }
  return overlay === undefined ? base : overlay;
}

/** Reads the deploy settings from the manifest's JSON (already parsed), with an optional overlay. */
export function readDeploySettings(manifestJson: unknown, overlay?: unknown): DeploySettings {
  const root = (overlay === undefined ? manifestJson : mergeOverlay(manifestJson, overlay)) as unknown;
  const problems: string[] = [];
  const where = (path: string, message: string): void => {
    problems.push(`${path}: ${message}`);
  };
  const record = (value: unknown, path: string): JsonRecord => {
    if (value === undefined) return {};
    if (isRecord(value)) return value;
    where(path, 'must be an object');
    return {};
  };
  const str = (value: unknown, path: string): string | undefined => {
    if (value === undefined) return undefined;
    if (typeof value === 'string' && value !== '') return value;
    where(path, 'must be a non-empty string');
    return undefined;
  };
  const absolute = (value: unknown, path: string): string | undefined => {
    const text = str(value, path);
    if (text !== undefined && !text.startsWith('/')) {
      where(path, `must be an absolute path on the machine (got '${text}')`);
      return undefined;
    }
    return text;
  };
  const bool = (value: unknown, path: string): boolean | undefined => {
    if (value === undefined) return undefined;
    if (typeof value === 'boolean') return value;
    where(path, 'must be true or false');
    return undefined;
  };
  const argv = (value: unknown, path: string): string[] | undefined => {
    if (value === undefined) return undefined;
    if (Array.isArray(value) && value.length > 0 && value.every((v) => typeof v === 'string')) return value as string[];
    where(path, 'must be a command as an array of strings, e.g. ["systemctl", "reload", "haproxy"]');
    return undefined;
  };
  const integer = (value: unknown, path: string, min: number, max: number): number | undefined => {
    if (value === undefined) return undefined;
    if (typeof value === 'number' && Number.isInteger(value) && value >= min && value <= max) return value;
    where(path, `must be an integer from ${min} to ${max}`);
    return undefined;
  };

  const manifest = record(root, 'ha-cluster.json');
  const sshOf = (own: unknown, path: string, defaults: SshSettings): SshSettings => {
    const ssh = record(own, path);
    const strict = ssh.strictHostKeyChecking;
    let strictHostKeyChecking = defaults.strictHostKeyChecking;
    if (strict !== undefined) {
      if (strict === 'yes' || strict === 'no' || strict === 'accept-new') strictHostKeyChecking = strict;
      else where(`${path}.strictHostKeyChecking`, 'must be "yes", "no" or "accept-new"');
    }
    const options = ssh.options === undefined ? defaults.options : Array.isArray(ssh.options) && ssh.options.every((o) => typeof o === 'string' && /^[A-Za-z]+[= ]/.test(o)) ? (ssh.options as string[]) : (where(`${path}.options`, 'must be an array of "Key=Value" ssh options'), defaults.options);
    return {
      user: str(ssh.user, `${path}.user`) ?? defaults.user,
      port: integer(ssh.port, `${path}.port`, 1, 65535) ?? defaults.port,
      identityFile: str(ssh.identityFile, `${path}.identityFile`) ?? defaults.identityFile,
      knownHostsFile: str(ssh.knownHostsFile, `${path}.knownHostsFile`) ?? defaults.knownHostsFile,
      configFile: str(ssh.configFile, `${path}.configFile`) ?? defaults.configFile,
      strictHostKeyChecking,
      options,
      connectTimeoutSeconds: integer(ssh.connectTimeout, `${path}.connectTimeout`, 1, 300) ?? defaults.connectTimeoutSeconds,
      sudo: bool(ssh.sudo, `${path}.sudo`) ?? defaults.sudo,
    };
  };
  const sharedSsh = sshOf(manifest.ssh, 'ssh', { options: [], connectTimeoutSeconds: 10, sudo: false });
  const deploy = record(manifest.deploy, 'deploy');
  const pathsOf = (own: unknown, path: string, defaults: RemotePaths): RemotePaths => {
    const paths = record(own, path);
    return {
      haproxy: absolute(paths.haproxy, `${path}.haproxy`) ?? defaults.haproxy,
      keepalived: absolute(paths.keepalived, `${path}.keepalived`) ?? defaults.keepalived,
      sysctl: absolute(paths.sysctl, `${path}.sysctl`) ?? defaults.sysctl,
    };
  };
  const servicesOf = (own: unknown, path: string, defaults: ServiceSettings): ServiceSettings => {
    const services = record(own, path);
    let manager = defaults.manager;
    if (services.manager !== undefined) {
      if (services.manager === 'auto' || services.manager === 'systemd' || services.manager === 'service' || services.manager === 'commands') manager = services.manager;
      else where(`${path}.manager`, 'must be "auto", "systemd", "service" or "commands"');
    }
    const result: ServiceSettings = {
      manager,
      reloadHaproxy: argv(services.reloadHaproxy, `${path}.reloadHaproxy`) ?? defaults.reloadHaproxy,
      reloadKeepalived: argv(services.reloadKeepalived, `${path}.reloadKeepalived`) ?? defaults.reloadKeepalived,
      checkHaproxy: argv(services.checkHaproxy, `${path}.checkHaproxy`) ?? defaults.checkHaproxy,
      checkKeepalived: argv(services.checkKeepalived, `${path}.checkKeepalived`) ?? defaults.checkKeepalived,
      restartHaproxy: bool(services.restartHaproxy, `${path}.restartHaproxy`) ?? defaults.restartHaproxy,
    };
    if (manager === 'commands' && (!result.reloadHaproxy || !result.reloadKeepalived)) {
      where(path, 'manager "commands" needs reloadHaproxy and reloadKeepalived');
    }
    return result;
  };
  const sharedPaths = pathsOf(deploy.paths, 'deploy.paths', DEFAULT_PATHS);
  const sharedServices = servicesOf(deploy.services, 'deploy.services', { manager: 'auto', restartHaproxy: false });
  const deployContent = bool(deploy.webContent, 'deploy.webContent') ?? false;
  const backupDir = absolute(deploy.backupDir, 'deploy.backupDir') ?? DEFAULT_BACKUP_DIR;
  const lockPath = absolute(deploy.lockPath, 'deploy.lockPath') ?? DEFAULT_LOCK_PATH;

  const machines = (key: string): JsonRecord[] => {
    const list = manifest[key];
    return Array.isArray(list) ? list.filter(isRecord) : [];
  };
  const loadBalancers = machines('loadBalancers').flatMap((entry, index): LoadBalancerTarget[] => {
    const path = `loadBalancers[${index}]`;
    const name = typeof entry.name === 'string' ? entry.name : undefined;
    const host = typeof entry.host === 'string' ? entry.host : undefined;
    if (!name || !host) return [];
    const own = record(entry.deploy, `${path}.deploy`);
    return [{
      name,
      host,
      ssh: sshOf(entry.ssh, `${path}.ssh`, sharedSsh),
      paths: pathsOf(own.paths, `${path}.deploy.paths`, sharedPaths),
      services: servicesOf(own.services, `${path}.deploy.services`, sharedServices),
      backupDir: absolute(own.backupDir, `${path}.deploy.backupDir`) ?? backupDir,
      lockPath: absolute(own.lockPath, `${path}.deploy.lockPath`) ?? lockPath,
    }];
  });
  const webServers = machines('webServers').flatMap((entry, index): WebServerTarget[] => {
    const path = `webServers[${index}]`;
    const name = typeof entry.name === 'string' ? entry.name : undefined;
    const host = typeof entry.host === 'string' ? entry.host : undefined;
    if (!name || !host) return [];
    return [{
      name,
      host,
      ssh: sshOf(entry.ssh, `${path}.ssh`, sharedSsh),
      root: absolute(entry.root, `${path}.root`) ?? '/var/www/html',
      deployContent: bool(entry.deployContent, `${path}.deployContent`) ?? deployContent,
    }];
  });
  const secrets = deploy.secrets === undefined ? [] : Array.isArray(deploy.secrets) && deploy.secrets.every((s) => typeof s === 'string') ? (deploy.secrets as string[]) : (where('deploy.secrets', 'must be an array of strings'), []);
  return {
    backupsToKeep: integer(deploy.backups, 'deploy.backups', 1, 100) ?? DEFAULT_BACKUPS_TO_KEEP,
    backupDir,
    lockPath,
    loadBalancers,
    webServers,
    secrets,
    problems,
  };
}
