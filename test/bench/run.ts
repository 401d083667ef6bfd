/**
 * `npm run bench`: generates realistic configs, then measures, in one run, our analysis in process,
 * the built language server over stdio, the CLI as a whole process, and the real `haproxy -c` and
 * `keepalived -t` on the same files. Prints a table and writes .bench/results.json.
 *
 * Options (environment): BENCH_ITERATIONS scales the number of timed iterations (default 1).
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, statSync, writeFileSync, mkdirSync } from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { validateCluster } from '../../server/src/cluster/index.js';
import { nodeFileSystem } from '../../server/src/cluster/nodeFs.js';
import { doValidation } from '../../server/src/features/diagnostics.js';
import { clearLineCache } from '../../server/src/haproxy/validate/lineCache.js';
import { analyze } from '../../server/src/service/analysis.js';
import { TRIM_QUIET_MS } from '../../server/src/service/heapTrim.js';
import type { LanguageId } from '../../server/src/service/languages.js';
import { LspTestClient } from '../helpers/lsp-client.js';
import { BENCH_INTERFACES, CLUSTER_HAPROXY_LINES, CLUSTER_INSTANCES, HAPROXY_SIZES, KEEPALIVED_SIZES, writeBenchFiles } from './generate.js';

const OUT = path.resolve('.bench');
const SCALE = Number(process.env.BENCH_ITERATIONS ?? 1);
const OPTIONS = { haproxyVersion: '2.6', keepalivedVersion: '2.2.7' } as const;

interface Stats {
  median: number;
  p95: number;
  runs: number;
  /** The median CPU time (user + system, all threads), where it is known: in process, and for the processes run. */
  cpuMedian?: number;
}

/** Median and p95 (nearest rank) in ms. */
function stats(samples: number[]): Stats {
  const sorted = [...samples].sort((a, b) => a - b);
  const at = (q: number): number => sorted[Math.min(sorted.length - 1, Math.ceil(q * sorted.length) - 1)]!;
  return { median: round(at(0.5)), p95: round(at(0.95)), runs: sorted.length };
}

const round = (ms: number): number => Math.round(ms * 100) / 100;

/** The middle value (of an odd count; the upper middle of an even one), unrounded. */
function medianOf(values: readonly number[]): number {
  return [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;
}

/** What a process run reports: its CPU time. */
interface ProcessRun {
  cpuMs?: number;
}

/**
 * Runs `body` `warmup` times untimed, then `runs` times timed (wall clock). CPU time is taken from
 * this process with `selfCpu` (in-process work), or from what `body` returns (a process run). On a
 * machine shared with other work, CPU time is the steadier of the two.
 */
async function measure(warmup: number, runs: number, body: (i: number) => unknown, selfCpu = false): Promise<Stats> {
  for (let i = 0; i < warmup; i++) await body(i);
  const samples: number[] = [];
  const cpu: number[] = [];
  for (let i = 0; i < Math.max(1, Math.round(runs * SCALE)); i++) {
    const cpuBefore = process.cpuUsage();
    const started = performance.now();
    const result = (await body(warmup + i)) as ProcessRun | undefined;
    samples.push(performance.now() - started);
    if (selfCpu) {
      const used = process.cpuUsage(cpuBefore);
      cpu.push((used.user + used.system) / 1000);
    } else if (typeof result?.cpuMs === 'number') cpu.push(result.cpuMs);
  }
  const result = stats(samples);
  if (cpu.length > 0) result.cpuMedian = stats(cpu).median;
  return result;
}

/** How many timed runs for a file of `lines` lines: fewer for big files, the whole run stays in minutes. */
const runsFor = (lines: number): number => (lines >= 50_000 ? 7 : lines >= 5_000 ? 21 : 41);
const warmupFor = (lines: number): number => (lines >= 50_000 ? 2 : 5);

const lineCount = (file: string): number => readFileSync(file, 'utf8').split('\n').length;

interface Row {
  what: string;
  file: string;
  lines: number;
  ours?: Stats;
  theirs?: Stats;
  ratio?: number;
  /** Our CPU time divided by theirs. */
  cpuRatio?: number;
  note?: string;
}
const rows: Row[] = [];
const record = (row: Row): void => {
  if (row.ours && row.theirs) row.ratio = round(row.ours.median / row.theirs.median);
  if (row.ours?.cpuMedian && row.theirs?.cpuMedian) row.cpuRatio = round(row.ours.cpuMedian / row.theirs.cpuMedian);
  rows.push(row);
  const cell = (s?: Stats): string => (s ? `${s.median.toFixed(1)} / ${s.p95.toFixed(1)}` : '');
  const cpu = (s?: Stats): string => (s?.cpuMedian === undefined ? '' : s.cpuMedian.toFixed(1));
  const ratio = row.ratio === undefined ? '' : `${row.ratio}x${row.cpuRatio === undefined ? '' : ` (cpu ${row.cpuRatio}x)`}`;
  console.log(
    [row.what.padEnd(34), shortName(row.file).padEnd(19), String(row.lines).padStart(7), cell(row.ours).padStart(17), cpu(row.ours).padStart(7), cell(row.theirs).padStart(15), cpu(row.theirs).padStart(7), ratio.padEnd(18), row.note ?? '']
      .join('  ')
      .trimEnd(),
  );
};

/** `haproxy-10000/lb/haproxy.cfg` -> `haproxy-10000.cfg`; cluster files keep their own name. */
function shortName(file: string): string {
  const folder = path.basename(path.dirname(path.dirname(file)));
  return /^(haproxy|keepalived)-\d+$/.test(folder) ? folder + path.extname(file) : path.basename(file);
}

const TIME = '/usr/bin/time';
const cpuFile = path.join(OUT, 'cpu-time.txt');

/** A process run (its exit status must be 0), with its CPU time when /usr/bin/time can tell it (10 ms steps). */
function runProcess(command: string, args: string[], cwd?: string): ProcessRun {
  const timed = existsSync(TIME);
  const [program, argv] = timed ? [TIME, ['-f', '%U %S', '-o', cpuFile, command, ...args]] : [command, args];
  const result = spawnSync(program, argv, { cwd, encoding: 'utf8', timeout: 120_000 });
  if (result.status !== 0) throw new Error(`${command} ${args.join(' ')} exited ${result.status}: ${result.stdout}${result.stderr}`);
  if (!timed) return {};
  const [user, system] = readFileSync(cpuFile, 'utf8').trim().split(/\s+/).slice(-2).map(Number);
  return { cpuMs: ((user ?? NaN) + (system ?? NaN)) * 1000 };
}

/** A network namespace of our own holding the interfaces the keepalived files name (keepalived -t checks they exist). */
function createNamespace(): string | undefined {
  const name = `hkbench${process.pid}`;
  const ip = (...args: string[]): boolean => spawnSync('ip', args, { stdio: 'ignore' }).status === 0;
  if (!ip('netns', 'add', name)) return undefined;
  for (let i = 0; i < BENCH_INTERFACES.length; i += 2) {
    if (!ip('-n', name, 'link', 'add', BENCH_INTERFACES[i]!, 'type', 'veth', 'peer', 'name', BENCH_INTERFACES[i + 1]!)) {
      ip('netns', 'del', name);
      return undefined;
    }
  }
  return name;
}

function binary(name: string): string | undefined {
  return ['/usr/sbin', '/usr/local/sbin', '/usr/bin'].map((dir) => path.join(dir, name)).find((p) => existsSync(p));
}

async function main(): Promise<void> {
  console.log(`machine: ${os.cpus().length} cores (${os.cpus()[0]?.model ?? 'unknown'}), ${Math.round(os.totalmem() / 2 ** 30)} GB, node ${process.version}`);
  const files = writeBenchFiles(path.join(OUT, 'files'));
  const haproxyFiles = HAPROXY_SIZES.map((n) => files.haproxy[n]!);
  const keepalivedFiles = KEEPALIVED_SIZES.map((n) => files.keepalived[n]!);
  const haproxyBin = binary('haproxy');
  const keepalivedBin = binary('keepalived');
  const namespace = keepalivedBin ? createNamespace() : undefined;
  const removeNamespace = (): void => {
    if (namespace) spawnSync('ip', ['netns', 'del', namespace], { stdio: 'ignore' });
  };
  for (const signal of ['SIGINT', 'SIGTERM'] as const) {
    process.once(signal, () => {
      removeNamespace();
      process.exit(130);
    });
  }
  const theirTimes = new Map<string, Stats>();
  const problems: string[] = [];
  const isolated = spawnSync('unshare', ['-n', 'true'], { stdio: 'ignore' }).status === 0;
  if (haproxyBin && !isolated) problems.push('unshare -n is not available (not root?): haproxy -c runs in the host network namespace');

  try {
    console.log(
      `\n${'measure (ms)'.padEnd(34)}  ${'file'.padEnd(19)}  ${'lines'.padStart(7)}  ${'ours med / p95'.padStart(17)}  ${'cpu'.padStart(7)}  ${'checker med/p95'.padStart(15)}  ${'cpu'.padStart(7)}  ratio (ours/theirs)`,
    );

    // The real checkers first: they also prove every generated file is valid.
    for (const file of haproxyFiles) {
      if (!haproxyBin) break;
      // -c never binds; unshare -n also keeps any name resolution off the network (where we may use it).
      const [command, args] = isolated ? ['unshare', ['-n', haproxyBin]] : [haproxyBin, []];
      const theirs = await measure(1, Math.min(runsFor(lineCount(file)), 11), () =>
        runProcess(command, [...args, '-c', '-q', '-f', path.basename(file)], path.dirname(file)),
      );
      theirTimes.set(file, theirs);
    }
    for (const file of keepalivedFiles) {
      if (!keepalivedBin || !namespace) break;
      const theirs = await measure(1, 11, () => runProcess('ip', ['netns', 'exec', namespace, keepalivedBin, '-t', '-f', path.basename(file)], path.dirname(file)));
      theirTimes.set(file, theirs);
    }
    if (!haproxyBin) problems.push('haproxy is not installed: no comparison with haproxy -c');
    if (!keepalivedBin || !namespace) problems.push('keepalived (or a network namespace for its interfaces) is missing: no comparison with keepalived -t');

    // In process: the service's own functions, parse + validate, as the server runs them on each change.
    for (const [language, list] of [['haproxy', haproxyFiles], ['keepalived', keepalivedFiles]] as const) {
      for (const file of list) {
        const text = readFileSync(file, 'utf8');
        const lines = lineCount(file);
        const document = TextDocument.create(pathToFileURL(file).toString(), language, 1, text);
        const errors = doValidation(document, analyze(language, text), OPTIONS).length;
        if (errors > 0) problems.push(`our checker reports ${errors} problems on ${file}`);
        if (language === 'haproxy') {
          // Cold: no line checked before (the per-line cache emptied); what the CLI does on a new file.
          const cold = await measure(
            warmupFor(lines),
            runsFor(lines),
            () => {
              clearLineCache();
              return doValidation(document, analyze(language, text), OPTIONS);
            },
            true,
          );
          record({ what: 'in process: parse+validate, cold', file, lines, ours: cold, theirs: theirTimes.get(file) });
        }
        // Again after a first analysis: what the server does on each change.
        const ours = await measure(warmupFor(lines), runsFor(lines), () => doValidation(document, analyze(language, text), OPTIONS), true);
        record({ what: 'in process: parse+validate', file, lines, ours, theirs: theirTimes.get(file) });
      }
    }
    await benchGrowth(haproxyFiles);
    const clusterStats = await measure(3, 11, () => validateCluster(nodeFileSystem(), files.cluster.folder), true);
    record({ what: 'in process: cluster checks', file: 'cluster/', lines: CLUSTER_HAPROXY_LINES, ours: clusterStats, note: `${CLUSTER_HAPROXY_LINES}-line haproxy.cfg, 2 x ${CLUSTER_INSTANCES} instances` });

    // The CLI as a whole process (node start-up included).
    const cli = path.resolve('dist/cli.cjs');
    for (const file of [...haproxyFiles, ...keepalivedFiles]) {
      const lines = lineCount(file);
      const ours = await measure(1, lines >= 50_000 ? 5 : 9, () =>
        runProcess(process.execPath, [cli, 'check', '--haproxy-version', '2.6', '--keepalived-version', '2.2.7', file]),
      );
      record({ what: 'CLI process: check', file, lines, ours, theirs: theirTimes.get(file) });
    }

    await benchServerMemory(haproxyFiles.at(-1)!);
    await benchServer(haproxyFiles, keepalivedFiles);
    await benchClusterServer(files.cluster);

    const vsix = path.resolve('dist/haproxy-keepalived.vsix');
    const vsixBytes = existsSync(vsix) ? statSync(vsix).size : undefined;
    console.log(vsixBytes === undefined ? '\n.vsix: not built (npm run package)' : `\n.vsix: ${(vsixBytes / 2 ** 20).toFixed(2)} MB (${vsixBytes} bytes)`);
    console.log(`growth from 10k to 100k lines: ${growth.firstAnalysis}x for a first analysis, ${growth.reanalysis}x for a re-analysis`);
    console.log(`server RSS with the ${HAPROXY_SIZES.at(-1)}-line file open: ${serverMemory.rssMb} MB right after its diagnostics, ${serverMemory.settledRssMb} MB settled`);
    for (const problem of problems) console.log(`NOTE: ${problem}`);

    mkdirSync(OUT, { recursive: true });
    const result = {
      date: new Date().toISOString(),
      machine: { cores: os.cpus().length, cpu: os.cpus()[0]?.model, memoryGb: Math.round(os.totalmem() / 2 ** 30), node: process.version },
      rows,
      serverMemory,
      growth,
      vsixBytes,
      problems,
    };
    writeFileSync(path.join(OUT, 'results.json'), JSON.stringify(result, null, 2) + '\n');
    console.log(`\nwritten: ${path.join(OUT, 'results.json')}`);
    if (problems.some((p) => p.startsWith('our checker'))) process.exitCode = 1;
  } finally {
    removeNamespace();
  }
}

const serverMemory = { rssMb: 0, idleRssMb: 0, settledRssMb: 0 };

/** The 100k/10k time ratios, from alternated measurements (see benchGrowth). */
const growth = { firstAnalysis: 0, reanalysis: 0 };
const GROWTH_ROUNDS = 7;
const GROWTH_SMALL_RUNS = 5;

/**
 * Linear growth, measured in alternation: each round times the 10k-line file a few times (median) and
 * the 100k-line file once, back to back, so that both see the same moment of a shared machine; the
 * medians of the separate measurements above are taken a minute apart and their ratio moves by a
 * third between runs. Quoted: the median of the rounds' ratios.
 */
async function benchGrowth(haproxyFiles: string[]): Promise<void> {
  const bySize = (lines: number): string => haproxyFiles.find((f) => Math.abs(lineCount(f) - lines) < lines / 10)!;
  const small = bySize(10_000);
  const big = bySize(100_000);
  if (!small || !big) return;
  const inputs = [small, big].map((file) => {
    const text = readFileSync(file, 'utf8');
    return { text, document: TextDocument.create(pathToFileURL(file).toString(), 'haproxy', 1, text) };
  });
  for (const first of [true, false]) {
    const once = (input: { text: string; document: TextDocument }): number => {
      if (first) clearLineCache();
      const started = performance.now();
      doValidation(input.document, analyze('haproxy', input.text), OPTIONS);
      return performance.now() - started;
    };
    once(inputs[0]!);
    once(inputs[1]!);
    const ratios: number[] = [];
    for (let round = 0; round < GROWTH_ROUNDS; round++) {
      const smallTimes = Array.from({ length: GROWTH_SMALL_RUNS }, () => once(inputs[0]!));
      const bigTime = once(inputs[1]!);
      ratios.push(bigTime / medianOf(smallTimes));
    }
    const ratio = Math.round(medianOf(ratios) * 10) / 10;
    growth[first ? 'firstAnalysis' : 'reanalysis'] = ratio;
    record({
      what: `in process: growth 100k/10k${first ? ', cold' : ''}`,
      file: big,
      lines: lineCount(big),
      note: `${ratio}x, median of ${GROWTH_ROUNDS} alternated rounds (${ratios.map((r) => r.toFixed(1)).join(', ')})`,
    });
  }
}

/** How long after the server's quiet-time collection the memory is read again (the system takes back freed pages in the background). */
const SETTLE_MS = 1500;

const languageOfFile = (file: string): LanguageId => (file.endsWith('.cfg') ? 'haproxy' : 'keepalived');

/** The offset of the first line that starts with `prefix`, at or after `from`. */
function lineStarting(text: string, prefix: string, from: number): number {
  const at = text.indexOf('\n' + prefix, from);
  if (at < 0) throw new Error(`no line starting with ${JSON.stringify(prefix)}`);
  return at + 1;
}

/** How many fresh servers open the largest file: its memory varies by 10-20% with the moment V8 collects. */
const MEMORY_RUNS = 3;

/**
 * Fresh servers that open only the largest file: their resident memory before, once the diagnostics
 * are out, and once the server has been quiet a moment with the file still open (medians).
 */
async function benchServerMemory(file: string): Promise<void> {
  const idle: number[] = [];
  const opened: number[] = [];
  const settled: number[] = [];
  const text = readFileSync(file, 'utf8');
  for (let run = 0; run < MEMORY_RUNS; run++) {
    const client = new LspTestClient();
    try {
      await client.initialize({ settings: { haproxy: { version: '2.6' } } });
      idle.push(Math.round(client.residentMb()));
      const uri = pathToFileURL(file).toString();
      await client.open(uri, 'haproxy', text);
      await client.diagnosticsFor(uri, () => true, 120_000);
      opened.push(Math.round(client.residentMb()));
      // The file stays open and nothing happens: the server gives back what the analysis left (service/heapTrim.ts).
      await new Promise((resolve) => setTimeout(resolve, TRIM_QUIET_MS + SETTLE_MS));
      settled.push(Math.round(client.residentMb()));
    } finally {
      await client.close();
    }
  }
  serverMemory.idleRssMb = medianOf(idle);
  serverMemory.rssMb = medianOf(opened);
  serverMemory.settledRssMb = medianOf(settled);
  const lines = lineCount(file);
  record({ what: 'server: RSS after opening (MB)', file, lines, note: `median ${serverMemory.rssMb} MB of ${opened.join(', ')} (${serverMemory.idleRssMb} MB before)` });
  record({
    what: 'server: RSS with it open, settled (MB)',
    file,
    lines,
    note: `median ${serverMemory.settledRssMb} MB of ${settled.join(', ')}, ${(TRIM_QUIET_MS + SETTLE_MS) / 1000} s later`,
  });
}

async function benchServer(haproxyFiles: string[], keepalivedFiles: string[]): Promise<void> {
  const client = new LspTestClient();
  try {
    await client.initialize({ settings: { haproxy: { version: '2.6' }, keepalived: { version: '2.2.7' } } });
    let opened = 0;
    for (const file of [...haproxyFiles, ...keepalivedFiles]) {
      const language = languageOfFile(file);
      const text = readFileSync(file, 'utf8');
      const lines = lineCount(file);
      const big = lines >= 50_000;
      const timeout = 120_000;

      // didOpen -> diagnostics, each time a new document (a new uri), closed afterwards.
      const openStats = await measure(big ? 1 : 3, big ? 5 : 15, async () => {
        const uri = pathToFileURL(`${file}.open${opened++}`).toString();
        await client.open(uri, language, text);
        await client.diagnosticsFor(uri, () => true, timeout);
        await client.notify('textDocument/didClose', { textDocument: { uri } });
      });
      record({ what: 'server: didOpen -> diagnostics', file, lines, ours: openStats });

      const uri = pathToFileURL(file).toString();
      await client.open(uri, language, text);
      await client.diagnosticsFor(uri, (p) => p.version === 1, timeout);
      const document = TextDocument.create(uri, language, 1, text);

      // Typing in one line in the middle: a digit goes in, then out again (`10s` -> `100s` -> `10s`;
      // `advert_int 1` -> `10` -> `1`); didChange -> diagnostics of that version. Every edit changes the
      // length of the text, as typing does, so the lines after it move.
      const middle = language === 'haproxy' ? lineStarting(text, '    timeout server 10s', text.length >> 1) : lineStarting(text, '    advert_int 1', text.length >> 1);
      const valueAt = document.positionAt(text.indexOf(language === 'haproxy' ? '10s' : '1', middle + 4));
      const typeAt = { line: valueAt.line, character: valueAt.character + (language === 'haproxy' ? 2 : 1) };
      let version = 1;
      const changeStats = await measure(3, runsFor(lines), async (i) => {
        version++;
        const insert = i % 2 === 0;
        await client.notify('textDocument/didChange', {
          textDocument: { uri, version },
          contentChanges: [{ range: { start: typeAt, end: insert ? typeAt : { line: typeAt.line, character: typeAt.character + 1 } }, text: insert ? '0' : '' }],
        });
        await client.diagnosticsFor(uri, (p) => p.version === version, timeout);
      });
      record({ what: 'server: didChange 1 line -> diags', file, lines, ours: changeStats });

      const textDocument = { uri };
      // The keyword of a line in the middle (hover), and the start of a new line in that section (completion).
      const hoverAt = document.positionAt(middle + 6);
      const hoverStats = await measure(5, runsFor(lines) * 2, () => client.request('textDocument/hover', { textDocument, position: hoverAt }, timeout));
      record({ what: 'server: hover', file, lines, ours: hoverStats });
      const completeAt = { line: hoverAt.line, character: 4 };
      const completionStats = await measure(5, runsFor(lines) * 2, () => client.request('textDocument/completion', { textDocument, position: completeAt }, timeout));
      record({ what: 'server: completion', file, lines, ours: completionStats });
      const symbolStats = await measure(2, runsFor(lines), () => client.request('textDocument/documentSymbol', { textDocument }, timeout));
      record({ what: 'server: documentSymbol', file, lines, ours: symbolStats });
      const tokenStats = await measure(2, runsFor(lines), () => client.request('textDocument/semanticTokens/full', { textDocument }, timeout));
      record({ what: 'server: semanticTokens', file, lines, ours: tokenStats });
      const formatStats = await measure(2, runsFor(lines), () =>
        client.request('textDocument/formatting', { textDocument, options: { tabSize: 4, insertSpaces: true } }, timeout),
      );
      record({ what: 'server: formatting', file, lines, ours: formatStats });
      await client.notify('textDocument/didClose', { textDocument });
    }
  } finally {
    await client.close();
  }
}

/** The cluster: its three files open; an edit of one revalidates all and runs the cluster checks. */
async function benchClusterServer(cluster: { folder: string; haproxy: string; keepalived: [string, string] }): Promise<void> {
  const client = new LspTestClient();
  try {
    await client.initialize({ settings: { haproxy: { version: '2.6' }, keepalived: { version: '2.2.7' } } }, pathToFileURL(cluster.folder).toString());
    const members = [cluster.haproxy, ...cluster.keepalived];
    for (const file of members) {
      const uri = pathToFileURL(file).toString();
      await client.open(uri, languageOfFile(file), readFileSync(file, 'utf8'));
      await client.diagnosticsFor(uri, () => true, 60_000);
    }
    for (const file of [cluster.keepalived[0], cluster.haproxy]) {
      const uri = pathToFileURL(file).toString();
      const text = readFileSync(file, 'utf8');
      const document = TextDocument.create(uri, languageOfFile(file), 1, text);
      const haproxy = file === cluster.haproxy;
      // Typing, as above: a digit goes in and out of the value (`10s`, `advert_int 1`).
      const at = document.positionAt(text.indexOf(haproxy ? 'timeout server 10s' : 'advert_int 1', text.length >> 1) + (haproxy ? 17 : 12));
      let version = 1;
      const others = members.filter((m) => m !== file).map((m) => pathToFileURL(m).toString());
      const seen = new Map<string, number>();
      const changeStats = await measure(2, 11, async (i) => {
        version++;
        const insert = i % 2 === 0;
        // Every member gets new diagnostics: wait for all of them (the server publishes the edited one first).
        const before = new Map(others.map((o) => [o, seen.get(o) ?? 0]));
        await client.notify('textDocument/didChange', {
          textDocument: { uri, version },
          contentChanges: [{ range: { start: at, end: insert ? at : { line: at.line, character: at.character + 1 } }, text: insert ? '0' : '' }],
        });
        await client.diagnosticsFor(uri, (p) => p.version === version, 60_000);
        for (const other of others) {
          await client.diagnosticsFor(other, () => client.publications(other) > before.get(other)!, 60_000);
          seen.set(other, client.publications(other));
        }
      });
      record({ what: 'server: cluster edit -> all members', file, lines: lineCount(file), ours: changeStats, note: 'cluster checks + 3 files republished' });
    }
  } finally {
    await client.close();
  }
}

await main();
