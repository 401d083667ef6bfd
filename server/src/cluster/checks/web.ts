import { sameIp } from '../address.js';
import { joinPath, relativePath } from '../fs.js';
import type { HaproxyAddress, HaproxyFacts, ServerFacts } from '../facts/haproxy.js';
import { contentFilesFor, type ClusterFacts, type FileFacts } from '../facts/index.js';
import type { WebServerLayout } from '../load.js';
import type { ClusterProblem, ClusterRelated } from '../problem.js';

/** Each haproxy file of the cluster once, however many nodes share it. */
function haproxyFiles(facts: ClusterFacts): Array<FileFacts<HaproxyFacts>> {
  const files = new Map<string, FileFacts<HaproxyFacts>>();
  for (const node of facts.nodes) if (node.haproxy) files.set(node.haproxy.path, node.haproxy);
  return [...files.values()];
}

function webServerAt(webServers: readonly WebServerLayout[], address: HaproxyAddress): WebServerLayout | undefined {
  return webServers.find((web) =>
    address.ip ? web.address !== undefined && sameIp(web.address.value, address.host) : web.hostName === address.host || web.name === address.host,
  );
}

function declared(web: WebServerLayout): ClusterRelated[] {
  return web.declaredAt ? [{ ...web.declaredAt, message: `${web.name} in the manifest` }] : [];
}

/** Backend servers must be web servers of the manifest (when it lists any). */
export function checkServersInCluster(facts: ClusterFacts): ClusterProblem[] {
  const webServers = facts.webServers;
  if (!webServers) return [];
  const problems: ClusterProblem[] = [];
  const known = webServers.map((w) => `${w.name}${w.address ? ` (${w.address.value})` : w.hostName ? ` (${w.hostName})` : ''}`).join(', ');
  for (const file of haproxyFiles(facts)) {
    for (const backend of file.facts.backends) {
      for (const server of backend.servers) {
        if (server.address.wildcard || server.address.host === '' || webServerAt(webServers, server.address)) continue;
        problems.push({
          path: file.path,
          code: 'ha-cluster/server-not-in-cluster',
          message: `Server ${server.name.value} (${server.address.host}) of ${backend.section.name ?? 'this backend'} is not a web server of the manifest${known ? ` (${known})` : ''}: its content and health-check files cannot be checked.`,
          start: server.address.hostSpan.start,
          end: server.address.hostSpan.end,
        });
      }
    }
  }
  return problems;
}

/**
 * The file an HTTP health check asks for must be in the content folder of every web server the
 * backend's checked servers point to; otherwise haproxy marks those servers down.
 */
export function checkHealthCheckFiles(facts: ClusterFacts): ClusterProblem[] {
  const webServers = facts.webServers;
  if (!webServers) return [];
  const problems: ClusterProblem[] = [];
  const seen = new Set<string>();
  for (const file of haproxyFiles(facts)) {
    for (const backend of file.facts.backends) {
      const checked = backend.servers.filter((s) => s.check);
      for (const check of backend.healthChecks) {
        const wanted = contentFilesFor(check.method, check.uri.value);
        if (wanted.length === 0) continue;
        const missingOn: Array<{ web: WebServerLayout; servers: ServerFacts[] }> = [];
        for (const server of checked) {
          const web = webServerAt(webServers, server.checkAddress ?? server.address);
          if (!web?.content) continue;
          const present = wanted.some((relative) => facts.contentProbes.get(joinPath(web.content!, relative)) === true);
          if (present) continue;
          const entry = missingOn.find((m) => m.web === web);
          if (entry) entry.servers.push(server);
          else missingOn.push({ web, servers: [server] });
        }
        for (const { web, servers } of missingOn) {
          const key = `${file.path}\n${check.uri.span.start}\n${web.name}`;
          if (seen.has(key)) continue;
          seen.add(key);
          const folder = relativePath(facts.layout.root, web.content!);
          const files = wanted.length === 1 ? wanted[0]! : wanted.join(' or ');
          const inherited = check.writtenIn.kind === 'defaults' ? ` (inherited by ${backend.section.name ?? 'the backend'})` : '';
          problems.push({
            path: file.path,
            code: 'ha-cluster/health-check-file-missing',
            message: `The health check ${check.method} ${check.uri.value}${inherited} asks ${web.name} for ${files}, which its content folder ${folder} does not have: haproxy marks server${servers.length > 1 ? 's' : ''} ${servers.map((s) => s.name.value).join(', ')} down.`,
            start: check.uri.span.start,
            end: check.uri.span.end,
            related: [
              ...(web.contentAt ? [{ ...web.contentAt, message: `The content folder of ${web.name}` }] : declared(web)),
              ...servers.map((s) => ({ path: file.path, start: s.address.hostSpan.start, end: s.address.hostSpan.end, message: `${s.name.value} is ${web.name}` })),
            ],
            data: { webServer: web.name, files: wanted.map((relative) => joinPath(web.content!, relative)) },
            fixes: [
              {
                title: `Create ${joinPath(folder, wanted[0]!)} for ${web.name}`,
                edits: [],
                preferred: true,
                createFiles: [{ path: joinPath(web.content!, wanted[0]!), text: HEALTH_CHECK_TEXT }],
              },
            ],
          });
        }
      }
    }
  }
  return problems;
}

/** What a created health-check file says: any 200 answer will do; the text tells a reader why it exists. */
const HEALTH_CHECK_TEXT = 'OK: haproxy health check\n';

/** Passwords found in default configurations, tutorials and the seed write-up. */
const DEFAULT_PASSWORDS = new Set([
  'pass', 'password', 'passwd', 'admin', 'root', 'haproxy', 'stats', 'secret', 'changeme', 'change-me', 'default', 'test', 'guest',
  'user', 'letmein', 'qwerty', '123456', '12345678', '1234', '0000', 'abc123', 'welcome', 'keepalived',
]);
const MIN_PASSWORD_LENGTH = 8;

/** Why a credential is weak, or undefined when it is not. */
export function weakness(user: string, password: string): string | undefined {
  if (password.includes('$')) return undefined; // from the environment: not known here
  const lower = password.toLowerCase();
  if (DEFAULT_PASSWORDS.has(lower)) return `'${password}' is a default password`;
  if (lower === user.toLowerCase()) return 'the password is the user name';
  if (password.length < MIN_PASSWORD_LENGTH) return `the password has only ${password.length} characters (use at least ${MIN_PASSWORD_LENGTH})`;
  if (/^(.)\1+$/.test(password) || /^\d+$/.test(password)) return 'the password is a trivial sequence';
  return undefined;
}

/** `stats auth user:pass` and userlist `insecure-password`s that anyone could guess. */
export function checkStatsCredentials(facts: ClusterFacts): ClusterProblem[] {
  const problems: ClusterProblem[] = [];
  for (const file of haproxyFiles(facts)) {
    for (const credential of file.facts.credentials) {
      const why = weakness(credential.user, credential.password);
      if (!why) continue;
      problems.push({
        path: file.path,
        code: 'ha-cluster/weak-stats-auth',
        message: `Weak ${credential.kind === 'stats auth' ? 'statistics page' : 'userlist'} credential for '${credential.user}': ${why}. The load balancers are reachable at the VIP; choose a long, unique password.`,
        start: credential.passwordSpan.start,
        end: credential.passwordSpan.end,
      });
    }
  }
  return problems;
}
