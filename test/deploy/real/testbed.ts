/**
 * The seed's machines on this one computer, for the deploy's end-to-end tests: network namespaces
 * joined by a bridge (in a namespace of its own, nothing on the host's network), and for each of
 * server1, server2, web1 and web2 a small "VM" (own PID, mount and UTS namespaces) running real
 * sshd, haproxy and keepalived (load balancers) or busybox httpd (web servers). The tests start and
 * stop it: every namespace and process it creates is recorded and removed by `down()`, even after a
 * failure, and every VM ends by itself after `ttlSeconds` anyway.
 *
 * Inside a VM: private /run and /root (tmpfs), node-private /etc/haproxy, /etc/keepalived,
 * /etc/sysctl.d, /var/backups (bind mounts of folders under `dir`) on load balancers, a private
 * /var with /var/www/html on web servers. No systemd: `service` runs Debian's init scripts.
 */
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { chmodSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { randomBytes } from 'node:crypto';
import * as path from 'node:path';

export const VIP = '10.0.0.10';
export const ADDRESSES = { server1: '10.0.0.1', server2: '10.0.0.2', web1: '10.0.0.100', web2: '10.0.0.200', client: '10.0.0.254' } as const;
export type NodeName = keyof typeof ADDRESSES;
export type VmName = Exclude<NodeName, 'client'>;
export const LOAD_BALANCERS = ['server1', 'server2'] as const;
const WEB_SERVERS = ['web1', 'web2'] as const;
const VMS: readonly VmName[] = [...LOAD_BALANCERS, ...WEB_SERVERS];
const NEEDED = ['ip', 'unshare', 'nsenter', 'haproxy', 'keepalived', 'busybox', 'curl', 'ssh', 'ssh-keygen', '/usr/sbin/sshd', 'killall', 'service'];

export interface Run {
  status: number | null;
  stdout: string;
  stderr: string;
}

function sh(argv: readonly string[], options: { input?: string; timeoutMs?: number } = {}): Run {
  const result = spawnSync(argv[0]!, argv.slice(1), { encoding: 'utf8', input: options.input ?? '', timeout: options.timeoutMs ?? 30_000, killSignal: 'SIGKILL' });
  return { status: result.status, stdout: result.stdout ?? '', stderr: (result.stderr ?? '') + (result.error ? String(result.error) : '') };
}

function must(argv: readonly string[], options?: { input?: string; timeoutMs?: number }): string {
  const result = sh(argv, options);
  if (result.status !== 0) throw new Error(`${argv.join(' ')} failed (${result.status}): ${result.stderr.trim()}`);
  return result.stdout;
}

export function sleep(ms: number): Promise<void> {
  return new Promise((r) => setTimeout(r, ms));
}

/** The VM's PID 1: bounded wait, mounts, then sleep until TTL or SIGTERM. */
const INIT = `set -e
node=$1 dir=$2 kind=$3 ttl=$4
hostname "$node"
mount -t tmpfs -o mode=755 tmpfs /run
mkdir -p /run/sshd /run/haproxy /run/lock
mount -t tmpfs -o mode=700 tmpfs /root
mkdir -m 700 /root/.ssh
cp "$dir/../client/authorized_keys" /root/.ssh/authorized_keys
chmod 600 /root/.ssh/authorized_keys
if [ "$kind" = lb ]; then
  for f in etc/haproxy etc/keepalived etc/sysctl.d var/backups; do mount --bind "$dir/$f" "/$f"; done
else
  mount -t tmpfs -o mode=755 tmpfs /var
  mkdir -p /var/www/html /var/log /var/run
  mount --bind "$dir/www" /var/www/html
fi
touch /run/.testbed-ready
trap 'exit 0' TERM INT
end=$((SECONDS + ttl))
while [ $SECONDS -lt $end ]; do sleep 1 & wait $! || true; done
`;

const PLACEHOLDER_HAPROXY = `# Installed by the package: nothing deployed yet.
global
    maxconn 256

defaults
    mode http
    timeout connect 5s
    timeout client 30s
    timeout server 30s

frontend placeholder
    bind :8080
    http-request return status 503 content-type text/plain string "not configured"
`;

export class Testbed {
  readonly prefix = `hak${randomBytes(3).toString('hex')}-`;
  readonly dir: string;
  /** Namespaces created (removed by down). */
  private namespaces: string[] = [];
  /** The `unshare` process of each VM (killing it kills the VM's PID 1, hence all of the VM). */
  private unshares = new Map<VmName, ChildProcess>();
  private inits = new Map<VmName, number>();
  private background = new Set<ChildProcess>();

  constructor(readonly ttlSeconds = 1200) {
    this.dir = mkdtempSync('/tmp/hak-testbed-');
  }

  static missingTools(): string[] {
    if (process.getuid?.() !== 0) return ['root'];
    return NEEDED.filter((tool) => (tool.startsWith('/') ? !existsSync(tool) : sh(['sh', '-c', `command -v ${tool} || test -x /usr/sbin/${tool}`]).status !== 0));
  }

  ns(node: NodeName | 'lan'): string {
    return `${this.prefix}${node}`;
  }

  /** Where a VM's files live seen from the host (`/etc/haproxy/haproxy.cfg` of server1 -> this). */
  file(node: VmName, remotePath: string): string {
    return `/proc/${this.inits.get(node)}/root${remotePath}`;
  }

  readFile(node: VmName, remotePath: string): string | undefined {
    try {
      return readFileSync(this.file(node, remotePath), 'utf8');
    } catch {
      return undefined;
    }
  }

  get identityFile(): string {
    return path.join(this.dir, 'client', 'id_ed25519');
  }

  get knownHostsFile(): string {
    return path.join(this.dir, 'client', 'known_hosts');
  }

  /** The overlay a deploy needs here: only how to connect (the keys of this testbed). */
  overlay(extra: Record<string, unknown> = {}): Record<string, unknown> {
    return {
      ssh: { identityFile: this.identityFile, knownHostsFile: this.knownHostsFile, configFile: '/dev/null', strictHostKeyChecking: 'yes', connectTimeout: 5 },
      ...extra,
    };
  }

  /** Runs a command inside a node (a VM: all its namespaces; the client: its network namespace). */
  exec(node: NodeName, argv: readonly string[], options: { input?: string; timeoutMs?: number } = {}): Run {
    if (node === 'client') return sh(['ip', 'netns', 'exec', this.ns('client'), ...argv], options);
    return sh(['nsenter', '-t', String(this.inits.get(node)), '-n', '-m', '-p', '-u', '--', ...argv], options);
  }

  mustExec(node: NodeName, argv: readonly string[], options: { input?: string; timeoutMs?: number } = {}): string {
    const result = this.exec(node, argv, options);
    if (result.status !== 0) throw new Error(`${node}: ${argv.join(' ')} failed (${result.status}): ${result.stderr.trim()} ${result.stdout.trim()}`);
    return result.stdout;
  }

  /** A long-running command in the client namespace; stopped by `down` at the latest. */
  spawnInClient(argv: readonly string[]): ChildProcess {
    const child = spawn('ip', ['netns', 'exec', this.ns('client'), ...argv], { stdio: ['ignore', 'pipe', 'pipe'] });
    this.background.add(child);
    child.on('close', () => this.background.delete(child));
    return child;
  }

  /** The load balancers holding the VIP right now. */
  vipHolders(): string[] {
    return LOAD_BALANCERS.filter((node) => sh(['ip', '-n', this.ns(node), '-4', '-o', 'addr', 'show']).stdout.includes(` ${VIP}/`));
  }

  async waitFor(what: string, condition: () => boolean, timeoutMs: number): Promise<number> {
    const start = Date.now();
    for (let i = 0; i < Math.ceil(timeoutMs / 100) + 1; i++) {
      if (condition()) return Date.now() - start;
      if (Date.now() - start > timeoutMs) break;
      await sleep(100);
    }
    throw new Error(`${what}: not within ${timeoutMs} ms`);
  }

  async up(): Promise<void> {
    // Whatever happens to the test run, the namespaces go with it.
    process.once('exit', this.onExit);
    for (const signal of ['SIGINT', 'SIGTERM'] as const) process.once(signal, () => process.exit(130));
    try {
      await this.upInner();
    } catch (error) {
      await this.down();
      throw error;
    }
  }

  private async upInner(): Promise<void> {
    const client = path.join(this.dir, 'client');
    mkdirSync(client, { recursive: true, mode: 0o700 });
    chmodSync(this.dir, 0o700);
    must(['ssh-keygen', '-q', '-t', 'ed25519', '-N', '', '-C', 'hak-testbed-client', '-f', this.identityFile]);
    writeFileSync(path.join(client, 'authorized_keys'), readFileSync(`${this.identityFile}.pub`));
    const knownHosts: string[] = [];
    for (const node of VMS) {
      const home = path.join(this.dir, node);
      const folders = node.startsWith('server') ? ['etc/haproxy', 'etc/keepalived', 'etc/sysctl.d', 'var/backups'] : ['www'];
      for (const folder of folders) mkdirSync(path.join(home, folder), { recursive: true });
      if (node.startsWith('server')) {
        writeFileSync(path.join(home, 'etc/haproxy/haproxy.cfg'), PLACEHOLDER_HAPROXY);
        writeFileSync(path.join(home, 'etc/keepalived/keepalived.conf'), `global_defs {\n    router_id ${node}\n}\n`);
      }
      must(['ssh-keygen', '-q', '-t', 'ed25519', '-N', '', '-C', node, '-f', path.join(home, 'ssh_host_ed25519_key')]);
      knownHosts.push(`${ADDRESSES[node]} ${readFileSync(path.join(home, 'ssh_host_ed25519_key.pub'), 'utf8').split(' ').slice(0, 2).join(' ')}`);
      writeFileSync(path.join(home, 'sshd_config'), [
        `ListenAddress ${ADDRESSES[node]}:22`,
        `HostKey ${path.join(home, 'ssh_host_ed25519_key')}`,
        'PidFile /run/sshd.pid',
        'PermitRootLogin prohibit-password',
        'PasswordAuthentication no',
        'KbdInteractiveAuthentication no',
        'UsePAM no',
        'Subsystem sftp internal-sftp',
        'LogLevel VERBOSE',
        '',
      ].join('\n'));
    }
    writeFileSync(this.knownHostsFile, `${knownHosts.join('\n')}\n`);

    // The network: a bridge in its own namespace, one veth per node.
    const lan = this.ns('lan');
    must(['ip', 'netns', 'add', lan]);
    this.namespaces.push(lan);
    must(['ip', '-n', lan, 'link', 'set', 'lo', 'up']);
    must(['ip', '-n', lan, 'link', 'add', 'br0', 'type', 'bridge', 'stp_state', '0', 'forward_delay', '0']);
    must(['ip', '-n', lan, 'link', 'set', 'br0', 'up']);
    for (const node of Object.keys(ADDRESSES) as NodeName[]) {
      const ns = this.ns(node);
      must(['ip', 'netns', 'add', ns]);
      this.namespaces.push(ns);
      must(['ip', '-n', ns, 'link', 'set', 'lo', 'up']);
      must(['ip', '-n', lan, 'link', 'add', `v-${node}`, 'type', 'veth', 'peer', 'name', 'eth0', 'netns', ns]);
      must(['ip', '-n', lan, 'link', 'set', `v-${node}`, 'master', 'br0', 'up']);
      must(['ip', '-n', ns, 'addr', 'add', `${ADDRESSES[node]}/24`, 'dev', 'eth0']);
      must(['ip', '-n', ns, 'link', 'set', 'eth0', 'up']);
    }

    for (const node of VMS) await this.startVm(node);
    for (const node of VMS) {
      this.mustExec(node, ['/usr/sbin/sshd', '-f', path.join(this.dir, node, 'sshd_config'), '-E', path.join(this.dir, node, 'sshd.log')]);
    }
    for (const node of WEB_SERVERS) {
      this.mustExec(node, ['busybox', 'httpd', '-p', `${ADDRESSES[node]}:80`, '-h', '/var/www/html']);
    }
    for (const node of LOAD_BALANCERS) {
      this.mustExec(node, ['service', 'haproxy', 'start']);
      this.mustExec(node, ['service', 'keepalived', 'start']);
    }
    for (const node of VMS) {
      await this.waitFor(`sshd on ${node}`, () => this.exec('client', ['bash', '-c', `exec 3<>/dev/tcp/${ADDRESSES[node]}/22`], { timeoutMs: 2000 }).status === 0, 10_000);
    }
  }

  private async startVm(node: VmName): Promise<void> {
    const kind = node.startsWith('server') ? 'lb' : 'web';
    const child = spawn('ip', ['netns', 'exec', this.ns(node), 'unshare', '--pid', '--fork', '--kill-child=KILL', '--mount-proc', '--uts', '--mount', '--propagation', 'private', '--', 'bash', '-c', INIT, 'init', node, path.join(this.dir, node), kind, String(this.ttlSeconds)], { stdio: ['ignore', 'ignore', 'pipe'] });
    let stderr = '';
    child.stderr!.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    this.unshares.set(node, child);
    await this.waitFor(`VM ${node} (${stderr})`, () => {
      const children = readFileSync(`/proc/${child.pid}/task/${child.pid}/children`, 'utf8').trim();
      // ip netns exec execs unshare in place; unshare forks PID 1 of the new namespace.
      const init = Number(children.split(/\s+/)[0]);
      if (!init || !existsSync(`/proc/${init}/root/run/.testbed-ready`)) return false;
      this.inits.set(node, init);
      return true;
    }, 10_000);
  }

  /** Removes everything `up` created: VMs (by their unshare PID), processes left in our namespaces, the namespaces, the folder. */
  async down(): Promise<void> {
    this.cleanup();
  }

  /**
   * Synchronous, so that it also runs from a process 'exit' handler (a test run stopped half-way).
   * Killing a VM's unshare kills its PID 1 (--kill-child), which ends every process of that VM.
   */
  cleanup(): void {
    const pause = (): void => void sh(['sleep', '0.1']);
    for (const child of this.background) child.kill('SIGKILL');
    for (const child of this.unshares.values()) {
      if (child.exitCode === null && child.signalCode === null && child.pid) {
        try {
          process.kill(child.pid, 'SIGKILL');
        } catch {
          // already gone
        }
      }
    }
    for (const ns of [...this.namespaces].reverse()) {
      for (let round = 0; round < 5; round++) {
        const pids = sh(['ip', 'netns', 'pids', ns]).stdout.split(/\s+/).filter(Boolean).map(Number);
        if (pids.length === 0) break;
        for (const pid of pids) {
          try {
            process.kill(pid, 'SIGKILL');
          } catch {
            // already gone
          }
        }
        pause();
      }
      sh(['ip', 'netns', 'del', ns]);
    }
    this.namespaces = [];
    this.unshares.clear();
    rmSync(this.dir, { recursive: true, force: true });
    process.removeListener('exit', this.onExit);
  }

  private readonly onExit = (): void => this.cleanup();

  /** Our namespaces still present (for the test that checks nothing is left behind). */
  leftovers(): string[] {
    return sh(['ip', 'netns', 'list']).stdout.split('\n').map((l) => l.split(' ')[0]!).filter((n) => n.startsWith(this.prefix));
  }
}
