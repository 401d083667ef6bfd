import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { CliUsageError } from './usage.js';
import * as path from 'node:path';
import { nodeFileSystem } from '../cluster/nodeFs.js';
import { exportAnsible } from '../deploy/ansible.js';
import { localFindings, planDeploy } from '../deploy/index.js';

export const ANSIBLE_USAGE = `Usage: haproxy-keepalived export-ansible <cluster folder> <output folder> [--overlay FILE]

Writes an Ansible project that deploys the cluster the way 'deploy' does: inventory.ini
(load balancers BACKUP first, MASTER last), playbook.yml (serial: 1, copy with
validate: haproxy -c -f %s / keepalived -t -f %s, backup: yes, handlers that reload),
host_vars/ and files/. Run it with: ansible-playbook -i inventory.ini playbook.yml
The output folder must not exist or be empty. A cluster with errors is not exported.
`;

export function runExportAnsible(argv: readonly string[], out: (text: string) => void, err: (text: string) => void): number {
  const positional: string[] = [];
  let overlayFile: string | undefined;
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    if (arg === '--overlay') {
      overlayFile = argv[++i];
      if (!overlayFile) throw new CliUsageError('--overlay needs a file', ANSIBLE_USAGE);
    } else if (arg.startsWith('-')) throw new CliUsageError(`unknown option '${arg}'`, ANSIBLE_USAGE);
    else positional.push(arg);
  }
  if (positional.length !== 2) throw new CliUsageError('export-ansible takes a cluster folder and an output folder', ANSIBLE_USAGE);
  const [folder, output] = positional as [string, string];
  if (existsSync(output) && readdirSync(output).length > 0) {
    err(`haproxy-keepalived: ${output} exists and is not empty; nothing was written\n`);
    return 2;
  }
  let overlay: unknown;
  try {
    overlay = overlayFile ? JSON.parse(readFileSync(overlayFile, 'utf8')) : undefined;
    const plan = planDeploy({ fs: nodeFileSystem(), folder, overlay });
    // The same gate as a deploy: a cluster with errors is not handed to another tool either.
    const errors = localFindings(plan).filter((f) => f.severity === 'error');
    if (errors.length > 0) {
      for (const e of errors) err(`${e.file}:${e.line}:${e.column}: error: ${e.message} [${e.code}]\n`);
      err(`haproxy-keepalived: the cluster has ${errors.length} error${errors.length === 1 ? '' : 's'}; nothing was exported\n`);
      return 1;
    }
    for (const file of exportAnsible(plan)) {
      const target = path.join(output, ...file.path.split('/'));
      mkdirSync(path.dirname(target), { recursive: true });
      writeFileSync(target, file.content);
      out(`wrote ${target}\n`);
    }
    out(`\nRun: cd ${output} && ansible-playbook playbook.yml\n`);
    return 0;
  } catch (error) {
    err(`haproxy-keepalived: ${error instanceof Error ? error.message : String(error)}\n`);
    return 1;
  }
}
