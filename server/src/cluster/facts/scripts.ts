/**
 * What a track script's command checks. Recognised: the usual liveness probes of the haproxy
 * process or service (`killall -0 haproxy`, `pidof haproxy`, `pgrep [-x] haproxy`,
 * `pkill -0 haproxy`, `systemctl is-active haproxy`, `service haproxy status`,
 * `/etc/init.d/haproxy status`, `test -e /proc/$(cat /run/haproxy.pid)`...) and requests to a
 * port the node's haproxy listens on (`curl http://127.0.0.1:8404/stats`, `nc -z localhost 80`,
 * `</dev/tcp/127.0.0.1/80`).
 */
export type ScriptVerdict =
  /** The command checks haproxy. */
  | { kind: 'haproxy'; how: string }
  /** The command checks something else (another process, an unrelated port). */
  | { kind: 'other'; how: string }
  /** The command runs a script file whose content is not known; `mentionsHaproxy` from its name. */
  | { kind: 'unknown'; program: string; mentionsHaproxy: boolean };

/** Commands whose arguments name a process or service to check. */
const PROCESS_CHECKERS = new Set(['killall', 'pidof', 'pgrep', 'pkill', 'systemctl', 'service', 'ps', 'rc-service', 'sv', 'supervisorctl', 'docker', 'podman']);
/** Commands that probe a network port. */
const PORT_PROBES = new Set(['curl', 'wget', 'nc', 'ncat', 'netcat', 'socat', 'telnet', 'http', 'openssl']);
/** Shells and helpers whose arguments are another command. */
const WRAPPERS = new Set(['sh', 'bash', 'dash', 'zsh', 'ksh', 'sudo', 'timeout', 'env', 'nice', 'exec', 'command', '-c']);
/** Folders of system programs (a path there is a program, not a script of the cluster). */
const SYSTEM_FOLDERS = ['/bin/', '/sbin/', '/usr/bin/', '/usr/sbin/', '/usr/libexec/', '/lib/systemd/', '/usr/lib/systemd/'];

export function isSystemProgram(path: string): boolean {
  return SYSTEM_FOLDERS.some((folder) => path.startsWith(folder) && !path.slice(folder.length).includes('/'));
}

const LOCAL_HOSTS = new Set(['127.0.0.1', 'localhost', '::1', '[::1]', '0.0.0.0']);

/** Shell-like split, good enough for check commands: quotes group, `;|&` separate commands. */
function commands(command: string): string[][] {
  const result: string[][] = [[]];
  const re = /"([^"]*)"|'([^']*)'|(\|\||&&|[;|&])|([^\s"';|&]+)/g;
  for (const match of command.matchAll(re)) {
    if (match[3] !== undefined) result.push([]);
    else result.at(-1)!.push(match[1] ?? match[2] ?? match[4] ?? '');
  }
  return result.filter((words) => words.length > 0);
}

const base = (program: string): string => program.slice(program.lastIndexOf('/') + 1);

/** `http://127.0.0.1:8404/x`, `127.0.0.1:80`, `localhost 80` (nc), `/dev/tcp/127.0.0.1/80`. */
function localPorts(words: readonly string[]): string[] {
  const ports: string[] = [];
  for (let i = 0; i < words.length; i++) {
    const word = words[i]!;
    const url = /^(?:https?:\/\/)?(\[[^\]]+\]|[^/:\s]+)(?::(\d+))?/.exec(word.replace(/^<+/, ''));
    const devTcp = /\/dev\/tcp\/([^/]+)\/(\d+)/.exec(word);
    if (devTcp && LOCAL_HOSTS.has(devTcp[1]!)) ports.push(devTcp[2]!);
    else if (url && LOCAL_HOSTS.has(url[1]!)) {
      if (url[2]) ports.push(url[2]);
      else if (/^https:/.test(word)) ports.push('443');
      else if (/^http:/.test(word)) ports.push('80');
      else if (words[i + 1] && /^\d+$/.test(words[i + 1]!)) ports.push(words[i + 1]!);
    }
  }
  return ports;
}

function mentionsHaproxy(words: readonly string[]): boolean {
  // `[h]aproxy` is the usual trick to keep grep from matching itself.
  return words.map((w) => w.replace(/\[(\w)\]/g, '$1')).some((w) => /(^|[/@.\s_-])haproxy([._@\s-]|\.service$|$)/.test(w) || w === 'haproxy');
}

/**
 * Classifies a check command. `haproxyPorts` are the ports the node's haproxy binds (probing one
 * of them on a local address checks haproxy). `scriptText` is the content of the script file the
 * command runs, when the cluster has it; its lines are then classified instead.
 */
export function classifyScript(command: string, haproxyPorts: ReadonlySet<string>, scriptText?: string): ScriptVerdict {
  if (scriptText !== undefined) {
    const lines = scriptText.split('\n').filter((line) => !/^\s*(#|$)/.test(line));
    const verdicts = lines.map((line) => classifyCommand(line, haproxyPorts));
    const found = verdicts.find((v) => v?.kind === 'haproxy');
    if (found) return found;
    return { kind: 'other', how: `the script file ${firstWord(command)} never checks haproxy` };
  }
  return classifyCommand(command, haproxyPorts) ?? {
    kind: 'unknown',
    program: firstWord(command),
    mentionsHaproxy: mentionsHaproxy(commands(command).flat()),
  };
}

function firstWord(command: string): string {
  return commands(command)[0]?.[0] ?? command;
}

function classifyCommand(command: string, haproxyPorts: ReadonlySet<string>): ScriptVerdict | undefined {
  let sawOther: ScriptVerdict | undefined;
  let sawUnknown = false;
  for (let words of commands(command)) {
    while (words.length > 0 && (WRAPPERS.has(base(words[0]!)) || /^-/.test(words[0]!) || /^\d+$/.test(words[0]!) || /^[A-Z_]+=/.test(words[0]!))) {
      words = words.slice(1);
    }
    // `bash -c "killall -0 haproxy"`: the quoted command is one word; read it as a command line.
    if (words.length === 1 && /\s/.test(words[0]!)) {
      const inner = classifyCommand(words[0]!, haproxyPorts);
      if (inner?.kind === 'haproxy') return inner;
      if (inner) sawOther ??= inner;
      continue;
    }
    const program = words[0];
    if (program === undefined) continue;
    const name = base(program);
    const args = words.slice(1);
    if (program.startsWith('</dev/tcp/') || program.startsWith('/dev/tcp/') || program === '<') {
      const ports = localPorts(words);
      if (ports.some((p) => haproxyPorts.has(p))) return { kind: 'haproxy', how: `a connection to haproxy's port ${ports.find((p) => haproxyPorts.has(p))}` };
      sawOther ??= { kind: 'other', how: `a connection to ${words.join(' ')}` };
      continue;
    }
    if (program === '/etc/init.d/haproxy' || program === '/etc/rc.d/haproxy') return { kind: 'haproxy', how: `${program} ${args.join(' ')}`.trim() };
    if (PROCESS_CHECKERS.has(name) || ['test', '[', 'kill', 'cat', 'grep', 'egrep'].includes(name)) {
      if (mentionsHaproxy(args)) return { kind: 'haproxy', how: `${name} ${args.join(' ')}`.trim() };
      if (PROCESS_CHECKERS.has(name)) sawOther ??= { kind: 'other', how: `${name} ${args.join(' ')}`.trim() };
      continue;
    }
    if (PORT_PROBES.has(name)) {
      const ports = localPorts(args);
      const hit = ports.find((p) => haproxyPorts.has(p));
      if (hit) return { kind: 'haproxy', how: `${name} to haproxy's local port ${hit}` };
      if (args.some((a) => /haproxy.*\.sock|\.sock.*haproxy/.test(a))) return { kind: 'haproxy', how: `${name} to haproxy's socket` };
      sawOther ??= { kind: 'other', how: `${name} ${args.join(' ')}`.trim() };
      continue;
    }
    if (name === 'true' || name === 'false' || name === 'exit' || name === 'echo') continue;
    sawUnknown = true;
  }
  return sawUnknown ? undefined : sawOther;
}
