/**
 * Runs one deploy (from the client namespace) whose upload of keepalived.conf to server1 is cut in
 * the middle: after half the bytes, every ssh session process on server1 is killed (by PID, inside
 * that node's network namespace), as a dropped connection would end them. Prints the result as JSON.
 *   node drop-upload.js FOLDER OVERLAY.json SERVER1_NETNS
 */
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { deployCluster, openSshTransport, textReporter, type Transport, type TransportFactory } from '../../../server/src/deploy/index.js';

const [folder, overlayPath, victimNamespace] = process.argv.slice(2) as [string, string, string];
const sleep = (ms: number): Promise<void> => new Promise((r) => setTimeout(r, ms));

function killSshSessions(namespace: string): number {
  const pids = spawnSync('ip', ['netns', 'pids', namespace], { encoding: 'utf8', timeout: 10_000 }).stdout.split(/\s+/).filter(Boolean);
  let killed = 0;
  for (const pid of pids) {
    let command = '';
    try {
      command = readFileSync(`/proc/${pid}/cmdline`, 'utf8').replace(/\0/g, ' ');
    } catch {
      continue;
    }
    if (/^sshd: root/.test(command)) {
      process.kill(Number(pid), 'SIGKILL');
      killed++;
    }
  }
  return killed;
}

let killedSessions = 0;
const transports: TransportFactory = (machine) => {
  const real = openSshTransport(machine);
  if (machine.name !== 'server1') return real;
  const cut: Transport = {
    description: real.description,
    run: (argv, options) => real.run(argv, options),
    upload(remotePath, data, options) {
      if (!remotePath.includes('keepalived.conf') || !(data instanceof Uint8Array)) return real.upload(remotePath, data, options);
      const middle = Math.floor(data.length / 2);
      return real.upload(remotePath, (async function* () {
        yield data.subarray(0, middle);
        // Wait (bounded) until the session is logged in, then cut it.
        for (let i = 0; i < 100 && killedSessions === 0; i++) {
          await sleep(50);
          killedSessions = killSshSessions(victimNamespace);
        }
        await sleep(300);
        yield data.subarray(middle);
      })(), options);
    },
  };
  return cut;
};

const result = await deployCluster(folder, {
  reporter: textReporter((text) => process.stderr.write(text)),
  transports,
  overlay: JSON.parse(readFileSync(overlayPath, 'utf8')),
  confirm: async () => true,
});
// Not the whole result: its `changes` carry the files' texts (for diff views), secrets included.
process.stdout.write(`${JSON.stringify({ ok: result.ok, stage: result.stage, changed: result.changed, restored: result.restored, errors: result.errors, killedSessions })}\n`);
