/**
 * Fake machines for the deploy's unit tests: each "machine" is a folder of this computer, and its
 * transport runs the deploy's real remote scripts here through `sh -c` (the same quoted command
 * line ssh would hand to the remote shell). The configs are checked by the real local haproxy and
 * keepalived. Only `ip -o addr show` is answered by the test (who holds the VIP).
 */
import { spawn } from 'node:child_process';
import { appendFileSync, cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';
import { shellCommand } from '../../server/src/deploy/quote.js';
import type { CommandResult, MachineRef, Transport, TransportFactory, UploadData } from '../../server/src/deploy/transport.js';
import type { HttpClient } from '../../server/src/deploy/http.js';
import type { Reporter } from '../../server/src/deploy/report.js';

const HERE = path.dirname(fileURLToPath(import.meta.url));
export const ROOT = path.resolve(HERE, '..', '..', '..');
export const SEED = path.join(ROOT, 'examples', 'seed-cluster');

export interface CommandLog {
  machine: string;
  argv: readonly string[];
}

function runLocal(command: string, input: UploadData | undefined): Promise<CommandResult & { inputError?: unknown }> {
  return new Promise((resolve) => {
    const child = spawn('sh', ['-c', command], { stdio: ['pipe', 'pipe', 'pipe'] });
    const out: Buffer[] = [];
    const err: Buffer[] = [];
    let inputError: unknown;
    const timer = setTimeout(() => child.kill('SIGKILL'), 30_000);
    child.stdout.on('data', (c: Buffer) => out.push(c));
    child.stderr.on('data', (c: Buffer) => err.push(c));
    child.stdin.on('error', () => undefined);
    child.on('close', (code) => {
      clearTimeout(timer);
      resolve({ code, stdout: Buffer.concat(out).toString(), stderr: Buffer.concat(err).toString(), inputError });
    });
    if (input === undefined) child.stdin.end();
    else if (input instanceof Uint8Array) child.stdin.end(Buffer.from(input));
    else {
      void (async () => {
        try {
          for await (const chunk of input) child.stdin.write(Buffer.from(chunk));
          child.stdin.end();
        } catch (error) {
          inputError = error;
          child.kill('SIGKILL');
        }
      })();
    }
  });
}

export interface FakeCluster {
  /** The machine folders: `machine(name)` + a remote path = where the fake machine keeps it. */
  machine(name: string): string;
  transports: TransportFactory;
  commands: CommandLog[];
  /** Which machine holds the VIP, as `ip addr` reports it. */
  vipHolder: string | undefined;
  overlay: Record<string, unknown>;
  cleanup(): void;
}

/**
 * A fake cluster for `examples/seed-cluster` (or `folder`): remote paths, backups and lock live
 * under a temporary folder per machine; services are "reloaded" by appending to a log file.
 */
export function fakeCluster(options: { failReload?: string; cutUpload?: { machine: string; file: string } } = {}): FakeCluster {
  const base = mkdtempSync(path.join(tmpdir(), 'hak-deploy-'));
  const machine = (name: string): string => path.join(base, name);
  const commands: CommandLog[] = [];
  const cluster: FakeCluster = {
    machine,
    commands,
    vipHolder: 'server1',
    overlay: {},
    transports: (ref: MachineRef): Transport => ({
      description: `fake:${ref.name}`,
      async run(argv) {
        commands.push({ machine: ref.name, argv });
        if (argv.includes('ip') && argv.includes('addr')) {
          return { code: 0, stdout: cluster.vipHolder === ref.name ? '2: eth0    inet 10.0.0.10/24 scope global eth0:1\n' : '2: eth0    inet 10.0.0.2/24\n', stderr: '' };
        }
        // Kernel settings are this computer's own: `sysctl -p` is only recorded, never run.
        if (argv.some((a) => a.includes('sysctl -p'))) {
          const file = argv.at(-1)!;
          const settings = existsSync(file) ? readFileSync(file, 'utf8').split('\n').filter((l) => /^[a-z]/.test(l)).join('\n') : '';
          appendFileSync(path.join(machine(ref.name), 'sysctl.log'), `${settings}\n`);
          return { code: 0, stdout: `${settings}\n`, stderr: '' };
        }
        const { code, stdout, stderr } = await runLocal(shellCommand(argv), undefined);
        return { code, stdout, stderr };
      },
      async upload(remotePath, data) {
        commands.push({ machine: ref.name, argv: ['upload', remotePath] });
        let input = data;
        if (options.cutUpload && options.cutUpload.machine === ref.name && remotePath.includes(options.cutUpload.file) && data instanceof Uint8Array) {
          const half = data.subarray(0, Math.floor(data.length / 2));
          input = (async function* () {
            yield half;
            throw new Error('connection dropped');
          })();
        }
        const result = await runLocal(shellCommand(['sh', '-c', 'umask 077 && cat > "$1"', 'sh', remotePath]), input);
        if (result.inputError) throw new Error(`upload of ${remotePath} interrupted: ${String(result.inputError)}`);
        if (result.code !== 0) throw new Error(`upload failed: ${result.stderr}`);
      },
    }),
    cleanup: () => rmSync(base, { recursive: true, force: true }),
  };
  const node = (name: string): Record<string, unknown> => {
    const root = machine(name);
    for (const folder of ['etc/haproxy', 'etc/keepalived', 'etc/sysctl.d', 'run']) mkdirSync(path.join(root, folder), { recursive: true });
    const log = path.join(root, 'reloads.log');
    const record = (what: string): string[] => ['sh', '-c', 'echo "$1" >> "$2"', 'sh', what, log];
    return {
      name,
      deploy: {
        backupDir: path.join(root, 'var/backups/haproxy-keepalived'),
        lockPath: path.join(root, 'run/haproxy-keepalived-deploy.lock'),
        paths: {
          haproxy: path.join(root, 'etc/haproxy/haproxy.cfg'),
          keepalived: path.join(root, 'etc/keepalived/keepalived.conf'),
          sysctl: path.join(root, 'etc/sysctl.d/99-ha-cluster.conf'),
        },
        services: {
          manager: 'commands',
          reloadHaproxy: options.failReload === name ? ['sh', '-c', 'echo "reload failed" >&2; exit 1'] : record('reload haproxy'),
          reloadKeepalived: record('reload keepalived'),
          checkHaproxy: ['true'],
          checkKeepalived: ['true'],
        },
      },
    };
  };
  // Web servers: their document roots under the machine folders too (never this computer's /var/www).
  const web = (name: string): Record<string, unknown> => ({ name, root: path.join(machine(name), 'var/www/html') });
  cluster.overlay = { loadBalancers: [node('server1'), node('server2')], webServers: [web('web1'), web('web2')] };
  return cluster;
}

/** The seed cluster copied to a temporary folder (to edit a file for a test). */
export function seedCopy(): { folder: string; cleanup(): void } {
  const dir = mkdtempSync(path.join(tmpdir(), 'hak-seed-'));
  const folder = path.join(dir, 'seed-cluster');
  cpSync(SEED, folder, { recursive: true });
  return { folder, cleanup: () => rmSync(dir, { recursive: true, force: true }) };
}

export interface CapturedReport {
  reporter: Reporter;
  text(): string;
}

export function captureReport(): CapturedReport {
  const lines: string[] = [];
  return {
    reporter: {
      step: (i, n, title) => lines.push(`[${i}/${n}] ${title}`),
      info: (m) => lines.push(`info: ${m}`),
      warn: (m) => lines.push(`warn: ${m}`),
      error: (m) => lines.push(`error: ${m}`),
      diff: (_m, _p, patch) => lines.push(patch),
    },
    text: () => lines.join('\n'),
  };
}

/** A web that answers like the healthy seed cluster: the VIP, the health checks, the stats CSV with both servers UP. */
export function healthyHttp(requests: string[] = []): HttpClient {
  return {
    async request(url, options) {
      requests.push(`${options.method ?? 'GET'} ${url} ${options.headers?.authorization ? 'auth' : ''}`.trim());
      if (url.includes(';csv')) {
        return {
          status: 200,
          headers: {},
          body: '# pxname,svname,qcur,qmax,scur,smax,slim,stot,bin,bout,dreq,dresp,ereq,econ,eresp,wretr,wredis,status,weight,act,bck,chkfail,chkdown,lastchg,downtime,qlimit,pid,iid,sid,throttle,lbtot,tracked,type,rate,rate_lim,rate_max,check_status\n'
            + 'www,FRONTEND,,,0,0,2000,0,0,0,0,0,0,,,,,OPEN,,,,,,,,,1,2,0,,,,0,0,0,0,\n'
            + 'web_servers,web1,0,0,0,0,,0,0,0,,0,,0,0,0,0,UP,1,1,0,0,0,5,0,,1,3,1,,0,,2,0,,0,L7OK\n'
            + 'web_servers,web2,0,0,0,0,,0,0,0,,0,,0,0,0,0,UP,1,1,0,0,0,5,0,,1,3,2,,0,,2,0,,0,L7OK\n'
            + 'web_servers,BACKEND,0,0,0,0,200,0,0,0,0,0,,0,0,0,0,UP,2,2,0,,0,5,0,,1,3,0,,0,,1,0,,0,\n',
        };
      }
      return { status: 200, headers: {}, body: 'ok' };
    },
  };
}
