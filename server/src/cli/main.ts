import { statSync } from 'node:fs';
import { resolve } from 'node:path';
import { fileSystemIncludeResolver } from '../keepalived/validate/includes.js';
import { checkFile, clusterFindings, formatJson, formatText, looksLikeCluster, summarize, type Finding } from './check.js';
import { writeFileSync } from 'node:fs';
import { applyEdits, modernizeEdits } from '../features/codeActions.js';
import { DEFAULT_HAPROXY_VERSION, HAPROXY_VERSIONS, parseHaproxyVersion, type HaproxyVersion } from '../haproxy/catalogue/index.js';
import { KEEPALIVED_VERSIONS, parseKeepalivedVersion } from '../keepalived/catalogue/versions.js';
import { analyze } from '../service/analysis.js';
import { isLanguageId, type LanguageId } from '../service/languages.js';
import { collectFiles, readText, reasonOf } from './files.js';
import { loadCluster } from '../cluster/index.js';
import { nodeFileSystem } from '../cluster/nodeFs.js';
import { declaredVersions, type DeclaredVersions } from '../cluster/versions.js';
import { NEW_USAGE, runNew } from './new.js';
import { formatSarif } from './sarif.js';
import { GRAPH_USAGE, runGraph } from './graph.js';
import { ANSIBLE_USAGE, runExportAnsible } from './ansible.js';
import { CliUsageError } from './usage.js';
import { runDeployCommand, type DeployCliArgs } from './deploy.js';
import { environmentLocale, type Locale } from '../l10n/index.js';

const VERSION = '0.1.0';

const USAGE = `Usage: haproxy-keepalived <command> [options]

Commands:
  check <file|folder>...   Check haproxy.cfg and keepalived.conf files. A folder is
                           scanned for the files the editor extension would claim;
                           a cluster folder (with ha-cluster.json, or with two or
                           more keepalived configs) also gets the cross-file checks.
  modernize <file>         Rewrite removed and deprecated HAProxy keywords in their
                           current form (contimeout -> timeout connect, ...) and print
                           the result; with --write, change the file in place.
  export-ansible <cluster folder> <output folder>
                           Write an Ansible inventory and playbook doing the same
                           safe deploy (validate, backup, serial, BACKUP first).
  graph <folder>           Draw the cluster as SVG (clients, VIP, load balancers,
                           backends, web servers) with its problems marked.
  new <folder>             Write a new cluster folder (manifest, haproxy.cfg,
                           keepalived.conf per node, sysctl, web content), then
                           check it; see 'haproxy-keepalived new --help'.
  deploy <cluster folder>  Push the cluster's configs to its machines over ssh: local
                           check, reach every node, validate there with the real
                           haproxy -c / keepalived -t, show the diff, then apply one
                           node at a time (BACKUP first, MASTER last) and verify.
  status <cluster folder>  Who holds the VIP, each node's services, backends UP/DOWN.
  rollback <cluster folder>
                           Put back the newest backup on every node, MASTER last.

Options:
  --format text|json|sarif Output format of check (default: text); sarif is
                           SARIF 2.1.0 for code-scanning dashboards
  --language haproxy|keepalived
                           Treat every given file as this language
  --haproxy-version X.Y    The HAProxy version the files are written for
                           (default: ${DEFAULT_HAPROXY_VERSION}, the latest LTS covered)
  --keepalived-version X.Y.Z
                           The keepalived release the files are written for
                           (default: the newest covered; 2.2 means the newest 2.2.x)
  --locale es|en           Language of check's messages (default: from LC_ALL,
                           LC_MESSAGES or LANG; es* means Spanish)
  --write                  modernize: write the file instead of printing it
  --dry-run                deploy: stop after showing what would change
  --yes                    deploy, rollback: apply without asking (required when
                           stdin is not a terminal)
  --overlay FILE           deploy, status, rollback: a JSON object merged over
                           ha-cluster.json (ssh keys, known_hosts, paths)
  -h, --help               Show this help
  -v, --version            Show the version

Exit status of check: 0 no errors (warnings allowed), 1 at least one error,
2 usage error, unreadable path, or nothing to check.
Exit status of deploy/status/rollback: 0 done (status: healthy), 1 stopped before
any node changed, 2 usage error, 3 applying failed on a node (restored; earlier
nodes keep the new config), 4 applied but verification failed (status: unhealthy),
5 not confirmed (nothing changed).
`;

class UsageError extends Error {}

interface CheckArgs {
  paths: string[];
  format: 'text' | 'json' | 'sarif';
  language?: LanguageId;
  haproxyVersion?: HaproxyVersion;
  keepalivedVersion?: string;
  write: boolean;
  locale?: Locale;
}

function parseCheckArgs(argv: readonly string[]): CheckArgs {
  const args: CheckArgs = { paths: [], format: 'text', write: false };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    const [flag, inline] = arg.startsWith('--') && arg.includes('=') ? [arg.slice(0, arg.indexOf('=')), arg.slice(arg.indexOf('=') + 1)] : [arg, undefined];
    const value = (): string => {
      const next = inline ?? argv[++i];
      if (next === undefined) throw new UsageError(`${flag} needs a value`);
      return next;
    };
    if (flag === '--format') {
      const format = value();
      if (format !== 'text' && format !== 'json' && format !== 'sarif') throw new UsageError(`unknown format '${format}' (use text, json or sarif)`);
      args.format = format;
    } else if (flag === '--language') {
      const language = value();
      if (!isLanguageId(language)) throw new UsageError(`unknown language '${language}' (use haproxy or keepalived)`);
      args.language = language;
    } else if (flag === '--haproxy-version') {
      const text = value();
      const version = parseHaproxyVersion(text);
      if (!version) throw new UsageError(`unknown HAProxy version '${text}' (use ${HAPROXY_VERSIONS[0]} to ${HAPROXY_VERSIONS.at(-1)})`);
      args.haproxyVersion = version;
    } else if (flag === '--keepalived-version') {
      const text = value();
      const version = parseKeepalivedVersion(text);
      if (!version) throw new UsageError(`unknown keepalived version '${text}' (use ${KEEPALIVED_VERSIONS[0]} to ${KEEPALIVED_VERSIONS.at(-1)})`);
      args.keepalivedVersion = version;
    } else if (flag === '--locale') {
      const text = value();
      if (text !== 'es' && text !== 'en') throw new UsageError(`unknown locale '${text}' (use es or en)`);
      args.locale = text;
    } else if (flag === '--write') {
      args.write = true;
    } else if (flag === '--') {
      args.paths.push(...argv.slice(i + 1));
      break;
    } else if (flag.startsWith('-') && flag !== '-') {
      throw new UsageError(`unknown option '${flag}'`);
    } else {
      args.paths.push(arg);
    }
  }
  if (args.paths.length === 0) throw new UsageError('a file or folder is needed');
  return args;
}

type Writer = (text: string) => void;

/** Commands with their own usage text, each in its own file. */
const SUBCOMMANDS: Record<string, { usage: string; run: (argv: readonly string[], out: Writer, err: Writer) => number }> = {
  'export-ansible': { usage: ANSIBLE_USAGE, run: runExportAnsible },
  graph: { usage: GRAPH_USAGE, run: runGraph },
  new: {
    usage: NEW_USAGE,
    run: (argv, out, err) => runNew(argv, out, err, (folder) => runCheck({ paths: [folder], format: 'text', write: false }, out, err)),
  },
};

/** Runs the CLI; returns the exit status. Output goes through the two writers so tests can capture it. */
export function runCli(argv: readonly string[], out: (text: string) => void, err: (text: string) => void, interactive = false): number | Promise<number> {
  try {
    const [command, ...rest] = argv;
    if (command === undefined || command === '-h' || command === '--help' || command === 'help') {
      (command === undefined ? err : out)(USAGE);
      return command === undefined ? 2 : 0;
    }
    if (command === '-v' || command === '--version') {
      out(`${VERSION}\n`);
      return 0;
    }
    const subcommand = SUBCOMMANDS[command];
    if (subcommand) {
      if (rest.includes('-h') || rest.includes('--help')) {
        out(subcommand.usage);
        return 0;
      }
      return subcommand.run(rest, out, err);
    }
    if (command !== 'check' && command !== 'modernize' && command !== 'deploy' && command !== 'status' && command !== 'rollback') throw new UsageError(`unknown command '${command}'`);
    if (rest.includes('-h') || rest.includes('--help')) {
      out(USAGE);
      return 0;
    }
    if (command === 'deploy' || command === 'status' || command === 'rollback') {
      return runDeployCommand(parseDeployArgs(command, rest), { out, err, interactive });
    }
    const args = parseCheckArgs(rest);
    return command === 'check' ? runCheck(args, out, err) : runModernize(args, out, err);
  } catch (error) {
    if (error instanceof UsageError) {
      err(`haproxy-keepalived: ${error.message}\n\n${USAGE}`);
      return 2;
    }
    if (error instanceof CliUsageError) {
      err(`haproxy-keepalived: ${error.message}\n\n${error.usage}`);
      return 2;
    }
    throw error;
  }
}

function parseDeployArgs(command: DeployCliArgs['command'], argv: readonly string[]): DeployCliArgs {
  const folders: string[] = [];
  const args: DeployCliArgs = { command, folder: '', dryRun: false, yes: false };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    if (arg === '--dry-run' && command === 'deploy') args.dryRun = true;
    else if (arg === '--yes' && command !== 'status') args.yes = true;
    else if (arg === '--overlay' || arg.startsWith('--overlay=')) {
      const value = arg.includes('=') ? arg.slice(arg.indexOf('=') + 1) : argv[++i];
      if (!value) throw new UsageError('--overlay needs a file');
      args.overlay = value;
    } else if (arg.startsWith('-')) throw new UsageError(`unknown option '${arg}' for ${command}`);
    else folders.push(arg);
  }
  if (folders.length !== 1) throw new UsageError(`${command} takes exactly one cluster folder`);
  if (!isFolder(folders[0]!)) throw new UsageError(`'${folders[0]}' is not a folder`);
  args.folder = folders[0]!;
  return args;
}

function runCheck(args: CheckArgs, out: (text: string) => void, err: (text: string) => void): number {
  const includes = fileSystemIncludeResolver();
  const locale = args.locale ?? environmentLocale(process.env);
  const { files, unreadable } = collectFiles(args.paths, args.language);
  const findings: Finding[] = [];
  let checked = 0;
  const clusterFolders = args.paths.filter(isFolder).filter(looksLikeCluster);
  // Files of a cluster folder are checked for the versions its manifest declares, unless the command line names one.
  const declared = new Map<string, DeclaredVersions>();
  for (const folder of clusterFolders) {
    const layout = loadCluster(nodeFileSystem(), resolve(folder));
    for (const member of layout.members) declared.set(member.path, declaredVersions(layout));
  }
  for (const { file, language } of files) {
    let text: string;
    try {
      text = readText(file);
    } catch (error) {
      unreadable.push({ path: file, reason: reasonOf(error) });
      continue;
    }
    findings.push(
      ...checkFile(
        { file, language, text },
        {
          haproxyVersion: args.haproxyVersion ?? declared.get(resolve(file))?.haproxyVersion,
          keepalivedVersion: args.keepalivedVersion ?? declared.get(resolve(file))?.keepalivedVersion,
          documentPath: resolve(file),
          includes,
          locale,
        },
      ),
    );
    checked++;
  }
  for (const folder of clusterFolders) findings.push(...clusterFindings(folder, { locale }));
  for (const { path, reason } of unreadable) err(`haproxy-keepalived: cannot read '${path}': ${reason}\n`);
  if (args.format === 'json') out(formatJson(findings, locale));
  else if (args.format === 'sarif') out(formatSarif(findings, { name: 'haproxy-keepalived', version: VERSION }));
  else {
    out(formatText(findings, locale));
    out(summarize(findings, checked, locale));
  }
  if (unreadable.length > 0) return 2;
  if (checked === 0) {
    err(`haproxy-keepalived: no haproxy or keepalived files found in ${args.paths.join(', ')}\n`);
    return 2;
  }
  return findings.some((f) => f.severity === 'error') ? 1 : 0;
}

function runModernize(args: CheckArgs, out: (text: string) => void, err: (text: string) => void): number {
  if (args.paths.length !== 1) throw new UsageError('modernize takes exactly one haproxy file');
  const file = args.paths[0]!;
  let text: string;
  try {
    text = readText(file);
  } catch (error) {
    err(`haproxy-keepalived: cannot read '${file}': ${reasonOf(error)}\n`);
    return 2;
  }
  const edits = modernizeEdits(analyze('haproxy', text), { haproxyVersion: args.haproxyVersion });
  const result = applyEdits(text, edits);
  if (args.write) {
    if (edits.length > 0) writeFileSync(file, result, 'utf8');
    err(`${file}: ${edits.length} change${edits.length === 1 ? '' : 's'}\n`);
  } else {
    out(result);
  }
  return 0;
}

function isFolder(path: string): boolean {
  try {
    return statSync(path).isDirectory();
  } catch {
    return false;
  }
}
