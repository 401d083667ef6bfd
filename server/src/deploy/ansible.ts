/**
 * `export-ansible`: the same safe deploy written for Ansible, for fleets that outgrow two machines.
 * Pure: a deploy plan in, the files of an Ansible project out (inventory, playbook, the configs).
 *
 * What carries over from our own deploy:
 * - the order: `serial: 1` over the load balancers listed BACKUP nodes first, the MASTER last, so the
 *   VIP moves at most once and a failing node stops the play before the next one (`any_errors_fatal`);
 * - validation on the machine before a file replaces the old one: `copy`'s `validate:` runs
 *   `haproxy -c -f %s` / `keepalived -t -f %s` on the new file where it will live;
 * - `backup: true` keeps the previous file beside the new one;
 * - reloads (never restarts) in handlers, flushed before the next node starts, then a check that both
 *   services run.
 *
 * Every scalar is written as a JSON string, which YAML reads as the same string: no quoting rule of
 * YAML can bite a path with spaces or a colon.
 */
import { posix } from 'node:path';
import type { DeployPlan, NodePlan } from './plan.js';
import type { SshSettings } from './settings.js';

export interface AnsibleFile {
  /** Relative to the output folder, with `/`. */
  path: string;
  content: Buffer | string;
}

const q = (value: string | number | boolean): string => JSON.stringify(String(value));

/** The inventory line's connection variables for one machine. */
function hostVars(host: string, ssh: SshSettings): string {
  const vars = [`ansible_host=${iniValue(host)}`];
  if (ssh.user) vars.push(`ansible_user=${iniValue(ssh.user)}`);
  if (ssh.port) vars.push(`ansible_port=${ssh.port}`);
  if (ssh.identityFile) vars.push(`ansible_ssh_private_key_file=${iniValue(ssh.identityFile)}`);
  const common = [
    ...(ssh.configFile ? ['-F', ssh.configFile] : []),
    ...(ssh.knownHostsFile ? ['-o', `UserKnownHostsFile=${ssh.knownHostsFile}`] : []),
    ...(ssh.strictHostKeyChecking ? ['-o', `StrictHostKeyChecking=${ssh.strictHostKeyChecking}`] : []),
    ...ssh.options.flatMap((o) => ['-o', o]),
  ];
  if (common.length > 0) vars.push(`ansible_ssh_common_args=${iniValue(common.map(shellWord).join(' '))}`);
  if (ssh.sudo) vars.push('ansible_become=true');
  return vars.join(' ');
}

/** INI values of Ansible's inventory are read with shell-like quoting. */
function iniValue(value: string): string {
  return /^[A-Za-z0-9_./:@+-]+$/.test(value) ? value : `'${value.replace(/'/g, `'"'"'`)}'`;
}

function shellWord(word: string): string {
  return /^[A-Za-z0-9_./:=@+-]+$/.test(word) ? word : `'${word.replace(/'/g, `'"'"'`)}'`;
}

/**
 * The handlers that reload a service: the manifest's own command when it gives one, else systemd
 * where it runs, else the init script through `service` (as our own deploy decides). Both listen to
 * one topic, so the tasks notify `reload haproxy` whatever the machine runs.
 */
function reloadHandlers(service: 'haproxy' | 'keepalived', command: string[] | undefined): string[] {
  const topic = `reload ${service}`;
  if (command) {
    return [`    - name: ${q(`${topic} (manifest command)`)}`, `      listen: ${q(topic)}`, '      ansible.builtin.command:', '        argv:', ...command.map((w) => `          - ${q(w)}`)];
  }
  return [
    `    - name: ${q(`${topic} (systemd)`)}`,
    `      listen: ${q(topic)}`,
    '      ansible.builtin.systemd:',
    `        name: ${service}`,
    '        state: reloaded',
    '      when: systemd_dir.stat.exists',
    `    - name: ${q(`${topic} (init script)`)}`,
    `      listen: ${q(topic)}`,
    '      ansible.builtin.command:',
    `        argv: [service, ${service}, reload]`,
    '      when: not systemd_dir.stat.exists',
  ];
}

export function exportAnsible(plan: DeployPlan): AnsibleFile[] {
  const files: AnsibleFile[] = [];
  const fileOf = (node: NodePlan, role: string) => node.files.find((f) => f.role === role);

  const inventory = [
    `# Inventory of the ${plan.clusterName} cluster, written by haproxy-keepalived export-ansible.`,
    '# The load balancers are listed in deploy order: BACKUP nodes first, the MASTER last.',
    '[load_balancers]',
    ...plan.nodes.map((node) => `${node.name} ${hostVars(node.target.host, node.target.ssh)} vrrp_role=${node.role}`),
    '',
    '[web_servers]',
    ...plan.webServers.map((web) => `${web.name} ${hostVars(web.target.host, web.target.ssh)}`),
    '',
  ];
  files.push({ path: 'inventory.ini', content: inventory.join('\n') });

  // Each node's files, under files/<node>/, and where they go.
  for (const node of plan.nodes) {
    const vars: string[] = ['---'];
    for (const role of ['haproxy', 'keepalived', 'sysctl'] as const) {
      const file = fileOf(node, role);
      vars.push(`${role}_source: ${q(file ? `files/${node.name}/${posix.basename(file.remotePath)}` : '')}`);
      vars.push(`${role}_dest: ${q(file?.remotePath ?? '')}`);
      if (file) files.push({ path: `files/${node.name}/${posix.basename(file.remotePath)}`, content: file.content });
    }
    const scripts = node.files.filter((f) => f.role === 'script');
    vars.push('scripts:');
    if (scripts.length === 0) vars[vars.length - 1] += ' []';
    for (const [index, script] of scripts.entries()) {
      const source = `files/${node.name}/scripts/${index}-${posix.basename(script.remotePath)}`;
      files.push({ path: source, content: script.content });
      vars.push(`  - source: ${q(source)}`, `    dest: ${q(script.remotePath)}`);
    }
    files.push({ path: `host_vars/${node.name}.yml`, content: `${vars.join('\n')}\n` });
  }
  for (const web of plan.webServers) {
    files.push({ path: `host_vars/${web.name}.yml`, content: `---\ncontent_root: ${q(web.target.root)}\n` });
    for (const file of web.files) files.push({ path: `files/${web.name}/content/${file.relativePath}`, content: file.content });
  }

  // The manifest's own reload commands (required with manager "commands"); one set for the play.
  const services = plan.nodes[0]?.target.services;
  const reloadHaproxy = services?.reloadHaproxy;
  const reloadKeepalived = services?.reloadKeepalived;
  const playbook = [
    `# Deploys the ${plan.clusterName} cluster the way haproxy-keepalived deploy does:`,
    '# one load balancer at a time, BACKUP nodes first, every file validated on the machine',
    '# before it replaces the old one (which is kept as a backup), reloads rather than restarts.',
    '#   ansible-playbook -i inventory.ini playbook.yml',
    '---',
    `- name: ${q('Load balancers, one at a time, BACKUP nodes first')}`,
    '  hosts: load_balancers',
    '  serial: 1',
    '  order: inventory',
    '  any_errors_fatal: true',
    '  gather_facts: false',
    '  tasks:',
    `    - name: ${q('Which service manager runs here (systemd, else the init scripts)')}`,
    '      ansible.builtin.stat:',
    '        path: /run/systemd/system',
    '      register: systemd_dir',
    `    - name: ${q('sysctl settings (net.ipv4.ip_nonlocal_bind lets haproxy bind the VIP it does not hold yet)')}`,
    '      ansible.builtin.copy:',
    '        src: "{{ sysctl_source }}"',
    '        dest: "{{ sysctl_dest }}"',
    '        mode: "0644"',
    '        backup: true',
    '      when: sysctl_source | length > 0',
    '      notify: apply sysctl',
    `    - name: ${q('Track scripts')}`,
    '      ansible.builtin.copy:',
    '        src: "{{ item.source }}"',
    '        dest: "{{ item.dest }}"',
    '        mode: "0755"',
    '        backup: true',
    '      loop: "{{ scripts }}"',
    '      notify: reload keepalived',
    `    - name: ${q('Apply the sysctl settings before haproxy reloads')}`,
    '      ansible.builtin.meta: flush_handlers',
    `    - name: ${q('haproxy.cfg, validated with haproxy -c before it replaces the old one')}`,
    '      ansible.builtin.copy:',
    '        src: "{{ haproxy_source }}"',
    '        dest: "{{ haproxy_dest }}"',
    '        mode: "0644"',
    '        backup: true',
    '        validate: haproxy -c -f %s',
    '      when: haproxy_source | length > 0',
    '      notify: reload haproxy',
    `    - name: ${q('keepalived.conf, validated with keepalived -t before it replaces the old one')}`,
    '      ansible.builtin.copy:',
    '        src: "{{ keepalived_source }}"',
    '        dest: "{{ keepalived_dest }}"',
    '        mode: "0640"',
    '        backup: true',
    '        validate: keepalived -t -f %s',
    '      when: keepalived_source | length > 0',
    '      notify: reload keepalived',
    `    - name: ${q('Reload this node before the next one starts')}`,
    '      ansible.builtin.meta: flush_handlers',
    `    - name: ${q('haproxy and keepalived are running')}`,
    '      ansible.builtin.command:',
    '        argv: [pidof, "{{ item }}"]',
    '      loop: [haproxy, keepalived]',
    '      changed_when: false',
    '  handlers:',
    `    - name: ${q('apply sysctl')}`,
    '      ansible.builtin.command:',
    '        argv: [sysctl, -p, "{{ sysctl_dest }}"]',
    ...reloadHandlers('haproxy', reloadHaproxy),
    ...reloadHandlers('keepalived', reloadKeepalived),
    '',
    `- name: ${q('Web content, with the health-check file')}`,
    '  hosts: web_servers',
    '  gather_facts: false',
    '  tasks:',
    `    - name: ${q('Copy the content folder to the document root')}`,
    '      ansible.builtin.copy:',
    '        src: "files/{{ inventory_hostname }}/content/"',
    '        dest: "{{ content_root }}/"',
    '        mode: "0644"',
    '',
  ];
  files.push({ path: 'playbook.yml', content: playbook.join('\n') });
  files.push({
    path: 'ansible.cfg',
    content: ['[defaults]', 'inventory = inventory.ini', 'host_key_checking = True', 'retry_files_enabled = False', 'interpreter_python = auto_silent', ''].join('\n'),
  });
  return files;
}
