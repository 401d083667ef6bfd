import { writeFileSync } from 'node:fs';
import { CliUsageError } from './usage.js';
import * as path from 'node:path';
import { validateCluster } from '../cluster/index.js';
import { nodeFileSystem } from '../cluster/nodeFs.js';
import { clusterTopology, topologySvg } from '../cluster/topology.js';
import { looksLikeCluster } from './check.js';

export const GRAPH_USAGE = `Usage: haproxy-keepalived graph <cluster folder> [--output FILE] [--format svg|json]

Draws the cluster: clients -> VIPs -> load balancers (role, priority) -> backends ->
web servers (health-check file), with the cross-file problems marked in red.
Writes SVG to standard output, or to FILE; --format json gives the same topology as data.
`;

export function runGraph(argv: readonly string[], out: (text: string) => void, err: (text: string) => void): number {
  let folder: string | undefined;
  let output: string | undefined;
  let format: 'svg' | 'json' = 'svg';
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    if (arg === '--output' || arg === '-o') {
      output = argv[++i];
      if (output === undefined) throw new CliUsageError(`${arg} needs a file`, GRAPH_USAGE);
    } else if (arg === '--format') {
      const value = argv[++i];
      if (value !== 'svg' && value !== 'json') throw new CliUsageError(`unknown format '${value ?? ''}' (use svg or json)`, GRAPH_USAGE);
      format = value;
    } else if (arg.startsWith('-')) {
      throw new CliUsageError(`unknown option '${arg}'`, GRAPH_USAGE);
    } else if (folder === undefined) {
      folder = arg;
    } else {
      throw new CliUsageError('graph takes one cluster folder', GRAPH_USAGE);
    }
  }
  if (folder === undefined) throw new CliUsageError('the cluster folder is needed', GRAPH_USAGE);
  if (!looksLikeCluster(folder)) {
    err(`haproxy-keepalived: ${folder} is not a cluster folder (no ha-cluster.json, fewer than two keepalived configs)\n`);
    return 2;
  }
  const { facts, problems } = validateCluster(nodeFileSystem(), folder);
  const topology = clusterTopology(facts, problems, path.basename(path.resolve(folder)));
  const text = format === 'json' ? `${JSON.stringify(topology, null, 2)}\n` : topologySvg(topology);
  if (output) {
    writeFileSync(output, text, 'utf8');
    err(`${output}: ${topology.nodes.length} boxes, ${problems.length} problem${problems.length === 1 ? '' : 's'} marked\n`);
  } else out(text);
  return 0;
}
