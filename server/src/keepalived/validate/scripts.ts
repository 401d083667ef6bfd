import type { Fix, Problem, Span } from '../../common/span.js';
import type { CheckedNode } from './tree.js';
import { childrenNamed } from './tree.js';

/** Where keepalived runs which scripts: the VRRP process checks some, the checker process others. */
type ScriptSide = 'vrrp' | 'checker' | 'shutdown' | 'none';

function sideOf(node: CheckedNode): ScriptSide {
  const path = node.keyword?.path.join('>') ?? '';
  if (path === 'vrrp_script>script' || path.startsWith('vrrp_instance>notify') || path.startsWith('vrrp_sync_group>notify')) return 'vrrp';
  if (path === 'global_defs>vrrp_notify_fifo_script') return 'vrrp';
  if (path.endsWith('MISC_CHECK>misc_path') || path.startsWith('virtual_server>quorum_') || path.startsWith('virtual_server>real_server>notify_')) return 'checker';
  if (path === 'global_defs>lvs_notify_fifo_script') return 'checker';
  if (path === 'global_defs>notify_fifo_script') return 'vrrp';
  if (path === 'global_defs>shutdown_script' || path === 'global_defs>startup_script') return 'shutdown';
  return 'none';
}

/** A script line: a keyword registered "quoted", whose words form a command line. */
function isScript(node: CheckedNode): boolean {
  return node.kind === 'keyword' && node.keyword?.fact.quoted === true && node.args.length > 0;
}

interface CommandWord {
  text: string;
  quoted: boolean;
}

/** The command line as keepalived splits it for execution: blanks separate, quotes group, no shell. */
export function splitCommand(line: string): CommandWord[] {
  const words: CommandWord[] = [];
  let current = '';
  let quoted = false;
  let inWord = false;
  let quote: string | undefined;
  for (const char of line) {
    if (quote) {
      if (char === quote) quote = undefined;
      else current += char;
      continue;
    }
    if (char === '"' || char === "'") {
      quote = char;
      quoted = true;
      inWord = true;
      continue;
    }
    if (char === ' ' || char === '\t') {
      if (inWord) words.push({ text: current, quoted });
      current = '';
      quoted = false;
      inWord = false;
      continue;
    }
    current += char;
    inWord = true;
  }
  if (inWord) words.push({ text: current, quoted });
  return words;
}

const SHELL_OPERATORS = new Set(['|', '||', '&&', ';', '&', '>', '>>', '<', '2>&1', '2>', '1>', '&>']);
const SHELLS = new Set(['sh', 'bash', 'dash', 'ash', 'zsh', 'ksh']);

/** The unquoted words of a command that a shell would treat as operators. */
function shellConstructs(words: readonly CommandWord[]): string[] {
  const found: string[] = [];
  for (const word of words) {
    if (word.quoted) continue;
    if (SHELL_OPERATORS.has(word.text) || /^[12]?>>?\S*$/.test(word.text) || /;$/.test(word.text) || word.text.includes('$(') || word.text.includes('`') || /[^|]\|[^|]/.test(word.text)) {
      found.push(word.text);
    }
  }
  return found;
}

/**
 * Script checks: keepalived -t fails with a security violation when scripts would run without
 * `enable_script_security`; without `script_user` they run as `keepalived_script`, which must exist;
 * and since no shell runs them, shell syntax does not work and relative names depend on PATH.
 */
export function checkScripts(
  nodes: readonly CheckedNode[],
  roots: readonly CheckedNode[],
  text: string,
  includesUnresolved: boolean,
  problems: Problem[],
): void {
  const scripts = nodes.filter(isScript);
  for (const script of scripts) if (!script.external) checkCommand(script, problems);

  const hasInstance = roots.some((n) => n.kind === 'keyword' && n.name === 'vrrp_instance');
  const hasServer = roots.some((n) => n.kind === 'keyword' && n.name === 'virtual_server');
  const running = scripts.filter((s) => {
    // `</dev/tcp/...` only tests whether a file opens: keepalived runs nothing for it.
    if (programOf(s)?.startsWith('<')) return false;
    const side = sideOf(s);
    return (side === 'vrrp' && hasInstance) || (side === 'checker' && hasServer) || side === 'shutdown';
  });
  if (running.length === 0 || includesUnresolved) return;
  const globals = roots.filter((n) => n.kind === 'keyword' && n.name === 'global_defs');
  const security = globals.flatMap((g) => childrenNamed(g, 'enable_script_security'));
  const first = running.find((s) => !s.external);
  if (security.length === 0) {
    if (!first) return;
    problems.push({
      code: 'keepalived/script-security',
      message: `${running.length === 1 ? 'a script is' : `${running.length} scripts are`} configured but global_defs has no enable_script_security: keepalived -t fails with a security violation (exit status 6)`,
      ...keywordSpan(first),
      related: running.slice(1, 6).filter((s) => !s.external).map((s) => ({ ...keywordSpan(s), message: 'another script' })),
      data: { scripts: running.map(programOf).filter((p): p is string => p !== undefined) },
      fixes: [addToGlobalDefs(globals[0], text, ['enable_script_security'])],
    });
    return;
  }
  const user = globals.some((g) => childrenNamed(g, 'script_user').length > 0);
  const withoutUser = running.filter((s) => !(s.parent && childrenNamed(s.parent, 'user').length > 0));
  const place = security.find((s) => !s.external);
  if (!user && withoutUser.length > 0 && place && !place.conditional) {
    problems.push({
      code: 'keepalived/script-user',
      message: "enable_script_security without script_user: scripts run as the user 'keepalived_script', which must exist on every node (keepalived drops the scripts otherwise); set script_user",
      ...keywordSpan(place),
    });
  }
}

function keywordSpan(node: CheckedNode): Span {
  return { start: node.statement.keyword.start, end: node.statement.keyword.end };
}

/** Adds lines at the top of global_defs, or a new global_defs block at the top of the file. */
function addToGlobalDefs(globalDefs: CheckedNode | undefined, text: string, lines: string[]): Fix {
  const title = `Add ${lines.map((l) => `'${l}'`).join(', ')} to global_defs`;
  const block = globalDefs?.statement.block;
  if (globalDefs && block && !globalDefs.external) {
    const after = block.open.end;
    const firstChild = block.statements[0];
    const lineStart = firstChild ? text.lastIndexOf('\n', firstChild.start - 1) + 1 : -1;
    const indent = firstChild && /^[ \t]*$/.test(text.slice(lineStart, firstChild.start)) ? text.slice(lineStart, firstChild.start) : '    ';
    return { title, edits: [{ start: after, end: after, newText: lines.map((l) => `\n${indent}${l}`).join('') }], preferred: true };
  }
  return { title, edits: [{ start: 0, end: 0, newText: `global_defs {\n${lines.map((l) => `    ${l}\n`).join('')}}\n\n` }], preferred: true };
}

/** The command words of a script line; undefined when they depend on an unknown parameter. */
function commandOf(script: CheckedNode): CommandWord[] | undefined {
  if (script.args.some((a) => a.text === undefined)) return undefined;
  // A single quoted argument holds the whole command; several words are the command as written.
  const line = script.args.length === 1 ? script.args[0]!.text! : script.args.map((a) => (a.word.quoted ? `"${a.text}"` : a.text)).join(' ');
  return splitCommand(line);
}

/** The program a script line runs (as written: absolute, relative, or `<file`). */
export function programOf(script: CheckedNode): string | undefined {
  return commandOf(script)?.[0]?.text;
}

function checkCommand(script: CheckedNode, problems: Problem[]): void {
  const words = commandOf(script);
  if (!words) return;
  const program = words[0]?.text;
  if (!program || program.startsWith('<')) return;
  const at: Span = { start: script.args[0]!.word.start, end: script.args[script.args.length - 1]!.word.end };
  if (!program.startsWith('/')) {
    problems.push({
      code: 'keepalived/script-path',
      message: `'${program}' is not an absolute path: keepalived looks it up in its own PATH, which may differ from your shell's; write the full path`,
      ...at,
    });
  }
  const base = program.slice(program.lastIndexOf('/') + 1);
  if (SHELLS.has(base) && words[1]?.text === '-c') return;
  const constructs = shellConstructs(words.slice(1));
  if (constructs.length > 0) {
    problems.push({
      code: 'keepalived/script-shell',
      message: `keepalived runs scripts without a shell, so ${constructs.map((c) => `'${c}'`).join(', ')} ${constructs.length === 1 ? 'is' : 'are'} passed to ${base} as plain arguments; put the command in a script file, or use /bin/sh -c '...'`,
      ...at,
    });
  }
}
