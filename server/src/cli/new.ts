import { randomBytes } from 'node:crypto';
import { CliUsageError } from './usage.js';
import { existsSync, mkdirSync, readdirSync, writeFileSync } from 'node:fs';
import * as path from 'node:path';
import { DEFAULT_ANSWERS, randomSecret, scaffoldCluster, type ClusterAnswers } from '../cluster/scaffold.js';
import { environmentLocale, localizeAnswerErrors } from '../l10n/index.js';

export const NEW_USAGE = `Usage: haproxy-keepalived new <folder> [options]

Writes a complete cluster folder (ha-cluster.json, haproxy/haproxy.cfg, one
keepalived.conf per load balancer, the sysctl file, each web server's content
with its check file), then checks it. The folder must not exist or be empty.

Options (the defaults build the seed's cluster):
  --vip ADDRESS[/PREFIX]   The virtual IP (default ${DEFAULT_ANSWERS.vip})
  --lb NAME=ADDRESS        A load balancer; repeat, the first is the MASTER
                           (default ${DEFAULT_ANSWERS.loadBalancers})
  --web NAME=ADDRESS[:PORT]
                           A web server; repeat (default ${DEFAULT_ANSWERS.webServers})
  --interface NAME         The interface that carries the VIP (default ${DEFAULT_ANSWERS.interface})
  --vrid N                 virtual_router_id, 1 to 255 (default ${DEFAULT_ANSWERS.virtualRouterId})
  --check-uri PATH         The health check's URI (default ${DEFAULT_ANSWERS.checkUri})
  --unicast                VRRP over unicast instead of multicast
  --name NAME              The cluster's name (default: the folder's name)
  --haproxy-version X.Y    (default ${DEFAULT_ANSWERS.haproxyVersion})
  --keepalived-version X.Y (default ${DEFAULT_ANSWERS.keepalivedVersion})
  --auth-pass SECRET       The VRRP password, at most 8 characters (default: random)
  --stats-password SECRET  The statistics page's password (default: random)
`;

function parseNewArgs(argv: readonly string[]): { folder: string; answers: ClusterAnswers } {
  const answers: ClusterAnswers = {};
  const lbs: string[] = [];
  const webs: string[] = [];
  let folder: string | undefined;
  const options: Record<string, (value: string) => void> = {
    '--vip': (v) => (answers.vip = v),
    '--lb': (v) => lbs.push(v),
    '--web': (v) => webs.push(v),
    '--interface': (v) => (answers.interface = v),
    '--vrid': (v) => (answers.virtualRouterId = v),
    '--check-uri': (v) => (answers.checkUri = v),
    '--name': (v) => (answers.name = v),
    '--haproxy-version': (v) => (answers.haproxyVersion = v),
    '--keepalived-version': (v) => (answers.keepalivedVersion = v),
    '--auth-pass': (v) => (answers.authPass = v),
    '--stats-password': (v) => (answers.statsPassword = v),
  };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    const eq = arg.startsWith('--') ? arg.indexOf('=') : -1;
    const flag = eq > 0 ? arg.slice(0, eq) : arg;
    if (flag === '--unicast') {
      answers.unicast = true;
    } else if (options[flag]) {
      const value = eq > 0 ? arg.slice(eq + 1) : argv[++i];
      if (value === undefined) throw new CliUsageError(`${flag} needs a value`, NEW_USAGE);
      options[flag](value);
    } else if (flag.startsWith('-')) {
      throw new CliUsageError(`unknown option '${flag}'`, NEW_USAGE);
    } else if (folder === undefined) {
      folder = arg;
    } else {
      throw new CliUsageError(`new takes one folder, not '${folder}' and '${arg}'`, NEW_USAGE);
    }
  }
  if (folder === undefined) throw new CliUsageError('the folder to create is needed', NEW_USAGE);
  if (lbs.length > 0) answers.loadBalancers = lbs.join(',');
  if (webs.length > 0) answers.webServers = webs.join(',');
  answers.name ??= path.basename(path.resolve(folder));
  return { folder, answers };
}

/**
 * `haproxy-keepalived new`: writes the files, never over existing ones. Returns the exit status;
 * 0 when written. `check` is the caller's check command, run on the new folder to show it is clean.
 */
export function runNew(argv: readonly string[], out: (text: string) => void, err: (text: string) => void, check: (folder: string) => number): number {
  const { folder, answers } = parseNewArgs(argv);
  answers.authPass ??= randomSecret(8, randomBytes);
  answers.statsPassword ??= randomSecret(16, randomBytes);
  const { files, errors } = localizeAnswerErrors(scaffoldCluster(answers), environmentLocale(process.env));
  if (errors.length > 0) {
    for (const error of errors) err(`haproxy-keepalived: ${error.message}\n`);
    return 2;
  }
  if (existsSync(folder) && readdirSync(folder).length > 0) {
    err(`haproxy-keepalived: ${folder} exists and is not empty; nothing was written\n`);
    return 2;
  }
  for (const file of files) {
    const target = path.join(folder, ...file.path.split('/'));
    mkdirSync(path.dirname(target), { recursive: true });
    writeFileSync(target, file.text, { encoding: 'utf8', flag: 'wx' });
    out(`wrote ${target}\n`);
  }
  out(`\nChecking ${folder}:\n`);
  return check(folder);
}
