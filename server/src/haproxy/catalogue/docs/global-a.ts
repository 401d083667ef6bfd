import type { ArgSpec, KeywordDoc } from '../../../common/docs.js';

/** `{ on | off }` as a single required argument. */
const onOff: readonly ArgSpec[] = [{ name: 'state', shape: { kind: 'enum', values: ['on', 'off'] } }];

/** One non-negative integer (the many `max*` limits). */
const count: readonly ArgSpec[] = [{ name: 'number', shape: { kind: 'int', min: 0 } }];

/** One string without spaces (cipher lists, names, directories). */
const oneWord = (name: string): readonly ArgSpec[] => [{ name, shape: { kind: 'word' } }];

/** One file path. */
const oneFile = (name: string): readonly ArgSpec[] => [{ name, shape: { kind: 'file' } }];

/** A duration, milliseconds when no unit is given. */
const oneTime = (name: string): readonly ArgSpec[] => [{ name, shape: { kind: 'time' } }];

/**
 * Hand-written docs for `global` section keywords, from the first one up to
 * `ssl-skip-self-issued-ca`; names and versions come from generated/facts.json.
 */
export const globalDocsA = {
  '51degrees-allow-unmatched': {
    summary: 'Lets the 51Degrees (v4 hash) detection fall back on partially matched nodes instead of returning no result. Only exists in builds made with `USE_51DEGREES` and `51DEGREES_VER=4`; the library decides the default.',
    example: '51degrees-allow-unmatched on',
    args: onOff,
  },
  '51degrees-cache-size': {
    summary: 'Number of entries of the LRU cache that remembers recent 51Degrees device detections, so that repeated User-Agents are not looked up again. Needs a build with `USE_51DEGREES`.',
    example: '51degrees-cache-size 10000',
    args: count,
    default: '0 (no cache)',
  },
  '51degrees-data-file': {
    summary: 'Path of the 51Degrees device database (unzipped) that the device-detection fetches and converters query. HAProxy must be able to read it at startup; needs a build with `USE_51DEGREES`.',
    example: '51degrees-data-file /etc/haproxy/51Degrees-LiteV4.1.hash',
    args: oneFile('file path'),
  },
  '51degrees-difference': {
    summary: 'Tolerance on the hash difference that the 51Degrees v4 matcher still accepts as a detection. Only for builds with `USE_51DEGREES` and `51DEGREES_VER=4`.',
    example: '51degrees-difference 0',
    args: count,
  },
  '51degrees-drift': {
    summary: 'Tolerance on the drift (character position offset) that the 51Degrees v4 matcher still accepts as a detection. Only for builds with `USE_51DEGREES` and `51DEGREES_VER=4`.',
    example: '51degrees-drift 0',
    args: count,
  },
  '51degrees-property-name-list': {
    summary: 'Names of the 51Degrees properties to load from the data file; only these can then be returned by the `51d.all` fetch and `51d.single` converter. Needs a build with `USE_51DEGREES`.',
    example: '51degrees-property-name-list IsMobile DeviceType PlatformName BrowserName',
    args: [{ name: 'string', shape: { kind: 'word' }, repeat: true }],
  },
  '51degrees-property-separator': {
    summary: 'Single character placed between the values when several 51Degrees properties are returned in one string (for example into a request header). Needs a build with `USE_51DEGREES`.',
    example: '51degrees-property-separator |',
    args: oneWord('char'),
    default: ',',
  },
  '51degrees-use-performance-graph': {
    summary: 'Turns the performance graph of the 51Degrees v4 detection on or off. Only for builds with `USE_51DEGREES` and `51DEGREES_VER=4`; the library decides the default.',
    example: '51degrees-use-performance-graph on',
    args: onOff,
  },
  '51degrees-use-predictive-graph': {
    summary: 'Turns the predictive graph of the 51Degrees v4 detection on or off. Only for builds with `USE_51DEGREES` and `51DEGREES_VER=4`; the library decides the default.',
    example: '51degrees-use-predictive-graph off',
    args: onOff,
  },
  'acme.scheduler': {
    summary: 'Controls the background task that renews ACME certificates on its own when they approach expiry. With `off`, renewals only happen when triggered from the CLI.',
    example: 'acme.scheduler off',
    args: [{ name: 'mode', shape: { kind: 'enum', values: ['auto', 'off'] } }],
    default: 'auto',
  },
  'anonkey': {
    summary: 'Sets the process-wide key (an integer from 0 to 4294967295) used by CLI commands that anonymize their output, so that dumps shared with support hide addresses and names consistently. It can also be changed at run time with `set anon global-key`.',
    example: 'anonkey 2357111317',
    args: [{ name: 'key', shape: { kind: 'int', min: 0, max: 4294967295 } }],
  },
  'busy-polling': {
    summary: 'Keeps the polling loop spinning instead of sleeping, trading a fully busy CPU for lower latency (useful on VMs and CPUs with aggressive frequency scaling). Bind the threads carefully and keep them away from the NIC interrupts; `no busy-polling` turns it back off.',
    example: 'busy-polling',
    args: [],
    default: 'disabled',
  },
  'ca-base': {
    summary: 'Directory prepended to relative paths given to `ca-file`, `ca-verify-file` and `crl-file`, so bind and server lines can name CA files briefly. Absolute paths ignore it.',
    example: 'ca-base /etc/ssl/certs',
    args: oneWord('dir'),
  },
  'chroot': {
    summary: 'Makes HAProxy chroot into this directory before dropping privileges, which limits what an attacker could reach after a compromise. Requires starting as root; the directory should be empty and not writable by anyone.',
    example: 'chroot /var/lib/haproxy',
    args: oneWord('jail dir'),
  },
  'close-spread-time': {
    summary: 'Spreads the closing of idle and active client connections over this window during a soft stop or reload, instead of closing them all at once and causing a reconnection storm. `infinite` never actively closes them; keep it below `hard-stop-after`.',
    example: 'close-spread-time 5s',
    args: oneWord('time'),
  },
  'cluster-secret': {
    summary: 'Secret string shared by all nodes of a cluster, used for example to derive QUIC stateless reset and Retry tokens so that any node can validate them. Without it a random value is picked at startup, which breaks these features across nodes and reloads.',
    example: 'cluster-secret "aVeryLongRandomString-ChangeMe"',
    args: oneWord('secret'),
  },
  'cpu-map': {
    summary: 'Pins a thread group or a set of threads to given CPUs, for example to keep HAProxy off the cores that handle network interrupts. The `auto:` prefix assigns one CPU per thread in order; without thread groups, thread ranges are written after `1/`.',
    example: 'cpu-map auto:1/1-4 0-3',
    args: [{ name: 'thread set', shape: { kind: 'word' } }, { name: 'cpu set', shape: { kind: 'rest' } }],
  },
  'cpu-policy': {
    summary: 'Chooses how HAProxy itself spreads threads and thread groups over the available CPUs when no `cpu-map` is given (`none`, `performance`, `efficiency`, `group-by-ccx`, ...). The default policy changed across versions (`first-usable-node` in 3.2, `performance` later).',
    example: 'cpu-policy group-by-cluster',
    args: [
      {
        name: 'policy',
        shape: {
          kind: 'enum',
          values: [
            'none',
            'first-usable-node',
            'performance',
            'efficiency',
            'resource',
            'group-by-ccx',
            'group-by-2-ccx',
            'group-by-3-ccx',
            'group-by-4-ccx',
            'group-by-cluster',
            'group-by-2-clusters',
            'group-by-3-clusters',
            'group-by-4-clusters',
          ],
        },
      },
      { name: 'options', shape: { kind: 'rest' }, optional: true },
    ],
  },
  'cpu-set': {
    summary: 'Restricts the CPUs HAProxy may use by naming sets to keep or drop (`only-node 0`, `drop-cpu 0-1`, `only-core ...`) or `reset` to undo a restriction inherited from taskset or the service manager. `cpu-policy` then works within what remains.',
    example: 'cpu-set only-node 0 drop-cpu 0',
    args: [{ name: 'directive', shape: { kind: 'rest' } }],
  },
  'crt-base': {
    summary: 'Directory prepended to relative certificate paths given to `crt` (and crt-list entries), keeping bind lines short. Absolute paths ignore it.',
    example: 'crt-base /etc/haproxy/certs',
    args: oneWord('dir'),
  },
  'daemon': {
    summary: 'Detaches HAProxy into the background at startup, like `-D` on the command line. Leave it out under systemd (which expects the process in the foreground, or uses `-Ws`).',
    example: 'daemon',
    args: [],
  },
  'debug': {
    summary: 'Legacy: ran in the foreground and dumped all traffic to stdout. Deprecated in 2.2 and removed in 2.3; use the `-d` command-line flag instead, and never in production.',
    example: 'debug',
    args: [],
  },
  'debug.counters': {
    summary: 'Turns on or off the updating of the internal event counters shown by the CLI `debug counters` command. Only meaningful in builds with `DEBUG_COUNTERS`; leave it alone unless a developer asks for it.',
    example: 'debug.counters on',
    args: onOff,
  },
  'default-path': {
    summary: 'Sets where relative file paths in the configuration are resolved from: the startup directory (`current`), the directory of the configuration file (`config`), its parent (`parent`), or a given directory (`origin <path>`). Handy for relocatable bundles; watch for name clashes of maps and certificates.',
    example: 'default-path config',
    args: [
      { name: 'mode', shape: { kind: 'enum', values: ['current', 'config', 'parent', 'origin'] } },
      { name: 'path', shape: { kind: 'word' }, optional: true },
    ],
    default: 'current',
  },
  'description': {
    summary: 'Free text describing this HAProxy instance, shown on the statistics page. Avoid `<` and `>` (the text lands in HTML) and escape `#`.',
    example: 'description Edge load balancer, site A',
    args: [{ name: 'text', shape: { kind: 'rest' } }],
  },
  'deviceatlas-json-file': {
    summary: 'Path of the DeviceAtlas JSON data file loaded at startup for device detection. Needs a build with DeviceAtlas support.',
    example: 'deviceatlas-json-file /etc/haproxy/deviceatlas.json',
    args: oneFile('path'),
  },
  'deviceatlas-log-level': {
    summary: 'How much the DeviceAtlas API reports in the HAProxy logs, from 0 (nothing) to 3. Needs a build with DeviceAtlas support.',
    example: 'deviceatlas-log-level 1',
    args: [{ name: 'value', shape: { kind: 'int', min: 0, max: 3 } }],
    default: '0',
  },
  'deviceatlas-properties-cookie': {
    summary: 'Name of the cookie set by the DeviceAtlas client-side component, read to refine the detection. Needs a build with DeviceAtlas support.',
    example: 'deviceatlas-properties-cookie DAPROPS',
    args: oneWord('name'),
    default: 'DAPROPS',
  },
  'deviceatlas-separator': {
    summary: 'Character placed between the property values returned by the DeviceAtlas fetch and converter. The manual heading says `deviceatlas-separator`, but the parser only knows `deviceatlas-property-separator`: write that name.',
    example: 'deviceatlas-property-separator ,',
    args: oneWord('char'),
    default: '|',
  },
  'dns-accept-family': {
    summary: 'Comma-separated address families (`ipv4`, `ipv6`, `auto`) that DNS resolution may query and accept, as a hard limit rather than a preference. Use `ipv4` where IPv6 records exist but are unreachable.',
    example: 'dns-accept-family ipv4',
    args: oneWord('family'),
    default: 'ipv4,ipv6',
  },
  'expose-deprecated-directives': {
    summary: 'Allows deprecated directives that have no replacement to be used without a warning or rejection. Put it before those directives.',
    example: 'expose-deprecated-directives',
    args: [],
  },
  'expose-experimental-directives': {
    summary: 'Allows directives marked experimental; without it, HAProxy refuses a configuration that uses them. Put it before those directives.',
    example: 'expose-experimental-directives',
    args: [],
  },
  'external-check': {
    summary: 'Permits backends to run external programs as health checks (`option external-check`). Usually also needs `insecure-fork-wanted`; `preserve-env` keeps the environment of HAProxy for the check program, which is riskier.',
    example: 'external-check',
    args: [{ name: 'option', shape: { kind: 'enum', values: ['preserve-env'] }, optional: true }],
    default: 'disabled',
  },
  'fd-hard-limit': {
    summary: 'Upper bound on the number of file descriptors HAProxy will use when `ulimit-n` and `maxconn` are not set, protecting against systems whose hard limit is huge (and would waste memory). From 3.1 on it defaults to 1048576.',
    example: 'fd-hard-limit 50000',
    args: count,
  },
  'force-cfg-parser-pause': {
    summary: 'Makes the configuration parser sleep for the given time (at most 65535 ms), to test how init scripts cope with slow reloads. Testing only; needs `expose-experimental-directives` first.',
    example: 'force-cfg-parser-pause 10s',
    args: oneTime('timeout'),
  },
  'gid': {
    summary: 'Numeric group ID HAProxy switches to after startup. Prefer a group dedicated to HAProxy; supplementary groups are only dropped when started as root.',
    example: 'gid 99',
    args: [{ name: 'number', shape: { kind: 'int', min: 0 } }],
  },
  'grace': {
    summary: 'Delay between receiving SIGUSR1 and actually starting the soft stop, during which listeners keep accepting while the `stopping` fetch is already true (for external health checks). Do not use it with reloads: the old process keeps its ports and blocks the new one.',
    example: 'grace 10s',
    args: oneTime('time'),
  },
  'group': {
    summary: 'Group name (looked up in /etc/group) HAProxy switches to after startup; the named counterpart of `gid`.',
    example: 'group haproxy',
    args: oneWord('group name'),
  },
  'h1-accept-payload-with-any-method': {
    summary: 'Stops rejecting HTTP/1.0 GET, HEAD and DELETE requests that carry a body. Only for old clients that need it: such requests can be used for request smuggling.',
    example: 'h1-accept-payload-with-any-method',
    args: [],
  },
  'h1-case-adjust': {
    summary: 'Rewrites the case of one header name (given in lower case, then the wanted spelling) when sent over HTTP/1, for broken peers that expect specific capitalization. Only applied where `option h1-case-adjust-bogus-client` or `-server` is set.',
    example: 'h1-case-adjust content-length Content-Length',
    args: [{ name: 'from', shape: { kind: 'word' } }, { name: 'to', shape: { kind: 'word' } }],
  },
  'h1-case-adjust-file': {
    summary: 'Loads the header case rewrites of `h1-case-adjust` from a file, two names per line. Only the last such directive counts, and it only applies with `option h1-case-adjust-bogus-client` or `-server`.',
    example: 'h1-case-adjust-file /etc/haproxy/h1-case.txt',
    args: oneFile('hdrs-file'),
  },
  'h1-do-not-close-on-insecure-transfer-encoding': {
    summary: 'Keeps HTTP/1 connections open after a message carrying both Transfer-Encoding and Content-Length (HAProxy still drops the Content-Length). Only when no HTTP/1.0 agent sits anywhere in the chain, or smuggling becomes possible.',
    example: 'h1-do-not-close-on-insecure-transfer-encoding',
    args: [],
  },
  'h2-workaround-bogus-websocket-clients': {
    summary: 'Stops advertising WebSocket over HTTP/2 (RFC 8441) to clients, for clients whose implementation is broken; they then fall back to HTTP/1.1 if ALPN allows it. `no` before it cancels it.',
    example: 'h2-workaround-bogus-websocket-clients',
    args: [],
  },
  'hard-stop-after': {
    summary: 'Maximum time an old process may live after a soft stop or reload before it is killed along with any remaining connections. Essential with long-lived TCP or WebSocket sessions, which would otherwise keep old processes forever.',
    example: 'hard-stop-after 30m',
    args: oneTime('time'),
  },
  'harden.reject-privileged-ports.quic': {
    summary: 'Whether QUIC datagrams coming from a source port below 1024 are dropped, as such traffic is typical of spoofing and reflection attacks. On by default.',
    example: 'harden.reject-privileged-ports.quic on',
    args: onOff,
    default: 'on',
  },
  'harden.reject-privileged-ports.tcp': {
    summary: 'Whether TCP connections coming from a source port below 1024 are refused. Off by default; turn it on when no legitimate client uses privileged source ports.',
    example: 'harden.reject-privileged-ports.tcp on',
    args: onOff,
    default: 'off',
  },
  'http-err-codes': {
    summary: 'Changes which HTTP status codes count as errors for termination states and the `http_err_cnt` stick-table counter (400-499 by default). A bare range replaces the list, `+range` adds to it and `-range` removes from it.',
    example: 'http-err-codes 400-499 -404',
    args: [{ name: 'range', shape: { kind: 'rest' } }],
  },
  'http-fail-codes': {
    summary: 'Changes which HTTP status codes count as server failures for the `http_fail_cnt` stick-table counter (500-599 except 501 and 505 by default). Same `+`/`-` range syntax as `http-err-codes`.',
    example: 'http-fail-codes +501',
    args: [{ name: 'range', shape: { kind: 'rest' } }],
  },
  'httpclient.resolvers.disabled': {
    summary: 'Turns off DNS resolution in the internal HTTP client (used by Lua, ACME, OCSP updates) and keeps HAProxy from creating the implicit `default` resolvers section.',
    example: 'httpclient.resolvers.disabled on',
    args: onOff,
    default: 'off',
  },
  'httpclient.resolvers.id': {
    summary: 'Name of the resolvers section the internal HTTP client uses for DNS. Once set explicitly, a missing section becomes a configuration error instead of silently disabling resolution.',
    example: 'httpclient.resolvers.id dns',
    args: oneWord('resolvers id'),
    default: 'default',
  },
  'httpclient.resolvers.prefer': {
    summary: 'Address family the internal HTTP client prefers when a name resolves to both. Set `ipv4` on networks without IPv6.',
    example: 'httpclient.resolvers.prefer ipv4',
    args: [{ name: 'family', shape: { kind: 'enum', values: ['ipv4', 'ipv6'] } }],
    default: 'ipv6',
  },
  'httpclient.retries': {
    summary: 'How many times the internal HTTP client retries a failed request, like `retries` in a backend.',
    example: 'httpclient.retries 2',
    args: count,
    default: '3',
  },
  'httpclient.ssl.ca-file': {
    summary: 'CA bundle the internal HTTP client uses to verify HTTPS servers. If this file cannot be loaded after being set explicitly, startup fails.',
    example: 'httpclient.ssl.ca-file /etc/ssl/certs/ca-certificates.crt',
    args: oneWord('cafile'),
    default: '@system-ca',
  },
  'httpclient.ssl.verify': {
    summary: 'Whether the internal HTTP client checks the certificates of HTTPS servers. `none` skips the check and should stay limited to tests.',
    example: 'httpclient.ssl.verify required',
    args: [{ name: 'mode', shape: { kind: 'enum', values: ['none', 'required'] } }],
    default: 'required',
  },
  'httpclient.timeout.connect': {
    summary: 'How long the internal HTTP client waits for a connection to be established.',
    example: 'httpclient.timeout.connect 2s',
    args: oneTime('timeout'),
    default: '5s',
  },
  'insecure-fork-wanted': {
    summary: 'Lifts the protection that forbids HAProxy from creating processes after startup, which external health checks and some Lua code need. Weakens security; `no insecure-fork-wanted` restores the protection.',
    example: 'insecure-fork-wanted',
    args: [],
  },
  'insecure-setuid-wanted': {
    summary: 'Lifts the Linux protection that ignores setuid bits on programs HAProxy might start, for external checks that need a setuid tool such as `ping`. Raises the impact of any exploit; avoid it.',
    example: 'insecure-setuid-wanted',
    args: [],
  },
  'issuers-chain-path': {
    summary: 'Directory of PEM intermediate chains used to complete certificates loaded without their chain: a matching chain is appended and shared in memory. Lets certificate files hold only the key and the leaf.',
    example: 'issuers-chain-path /etc/haproxy/issuers',
    args: oneWord('dir'),
  },
  'key-base': {
    summary: 'Directory prepended to relative private-key paths given to `key` on crt-store `load` lines. Absolute paths ignore it.',
    example: 'key-base /etc/haproxy/keys',
    args: oneWord('dir'),
  },
  'limited-quic': {
    summary: 'Enables QUIC listeners on builds linked against a TLS library without a native QUIC API (plain OpenSSL), using a compatibility layer. 0-RTT is then unavailable.',
    example: 'limited-quic',
    args: [],
  },
  'localpeer': {
    summary: 'Name this instance uses to find itself in `peers` sections (the local peer), instead of the host name. Overridden by `-L` on the command line; must come before any peers section.',
    example: 'localpeer lb1',
    args: oneWord('name'),
  },
  'log': {
    summary: 'Adds a syslog target for process-wide messages and for proxies using `log global`. Give the target (`127.0.0.1:514`, `/dev/log`, `stdout`, `ring@name`...), optional `len`, `format` or `sample`, then the facility and optional level limits.',
    example: 'log 127.0.0.1:514 local0 notice',
    args: [{ name: 'target', shape: { kind: 'word' } }, { name: 'options', shape: { kind: 'rest' } }],
  },
  'log-send-hostname': {
    summary: 'Puts a host name in the syslog header: the given string, or the system host name when none is given. Useful when logs go directly to a central server.',
    example: 'log-send-hostname lb1.example.com',
    args: [{ name: 'string', shape: { kind: 'word' }, optional: true }],
  },
  'log-tag': {
    summary: 'Tag written in the syslog header of every log line, to tell several HAProxy instances on one host apart.',
    example: 'log-tag haproxy-edge',
    args: oneWord('string'),
    default: 'the program name',
  },
  'lua-load': {
    summary: 'Loads a Lua script into the one shared Lua state used by all threads; optional arguments are passed to the script. Simplest way to load Lua, but all calls are serialized on that state.',
    example: 'lua-load /etc/haproxy/lua/auth.lua',
    args: [{ name: 'file', shape: { kind: 'file' } }, { name: 'args', shape: { kind: 'rest' }, optional: true }],
  },
  'lua-load-per-thread': {
    summary: 'Loads a separate copy of a Lua script into every thread, which scales much better than `lua-load` but gives each thread its own globals. Suited to scripts that only register fetches, converters, actions or services.',
    example: 'lua-load-per-thread /etc/haproxy/lua/headers.lua',
    args: [{ name: 'file', shape: { kind: 'file' } }, { name: 'args', shape: { kind: 'rest' }, optional: true }],
  },
  'lua-prepend-path': {
    summary: 'Adds a search pattern in front of Lua `package.path` (or `package.cpath` for C modules) so `require` finds your modules. Later lines are searched first.',
    example: 'lua-prepend-path /usr/share/haproxy-lua/?.lua',
    args: [
      { name: 'string', shape: { kind: 'word' } },
      { name: 'type', shape: { kind: 'enum', values: ['path', 'cpath'] }, optional: true },
    ],
  },
  'master-worker': {
    summary: 'Runs a master process that starts workers and reloads them on SIGUSR2, like `-W`; `no-exit-on-failure` keeps the other workers alive when one crashes. Prefer `-W`/`-Ws` in the service unit: the bare keyword is rejected from 3.5 on.',
    example: 'master-worker no-exit-on-failure',
    args: [{ name: 'option', shape: { kind: 'enum', values: ['no-exit-on-failure'] }, optional: true }],
  },
  'max-spread-checks': {
    summary: 'Caps the delay over which the first health checks of a farm are spread at startup, so the last servers are not tested too late when check intervals are long.',
    example: 'max-spread-checks 2s',
    args: oneTime('delay'),
  },
  'maxcompcpuusage': {
    summary: 'CPU usage (in percent) above which HAProxy stops compressing new responses and lowers the level of ongoing ones, keeping latency under control. 100 means no limit.',
    example: 'maxcompcpuusage 80',
    args: [{ name: 'number', shape: { kind: 'int', min: 0, max: 100 } }],
    default: '100',
  },
  'maxcomprate': {
    summary: 'Maximum input rate, in kB/s, that HAProxy compresses; above it the compression level drops, and new streams are not compressed at all. 0 means no limit.',
    example: 'maxcomprate 10000',
    args: count,
    default: '0 (no limit)',
  },
  'maxconn': {
    summary: 'Maximum number of concurrent connections for the whole process; listeners stop accepting when it is reached. When unset it is computed from the file-descriptor limits, so set it explicitly and keep it above the sum of the frontend limits you expect.',
    example: 'maxconn 100000',
    args: count,
  },
  'maxconnrate': {
    summary: 'Maximum number of new connections per second accepted by the whole process, as a protection against floods. Not fair between frontends, so also limit each frontend.',
    example: 'maxconnrate 5000',
    args: count,
  },
  'maxpipes': {
    summary: 'Maximum number of kernel pipes used for TCP splicing; each pipe costs two file descriptors. Too low only costs performance, as HAProxy falls back to copying.',
    example: 'maxpipes 1024',
    args: count,
    default: 'maxconn/4',
  },
  'maxsessrate': {
    summary: 'Maximum number of new sessions per second created by the whole process, as a protection against floods. Not fair between frontends, so also limit each frontend.',
    example: 'maxsessrate 5000',
    args: count,
  },
  'maxsslconn': {
    summary: 'Maximum number of concurrent TLS connections, incoming and outgoing counted together (a connection deciphered then re-ciphered counts twice). Prevents the TLS library from exhausting memory.',
    example: 'maxsslconn 20000',
    args: count,
  },
  'maxsslrate': {
    summary: 'Maximum number of new TLS sessions per second, counted before the handshake, to cap the CPU spent on handshakes. Not fair between frontends, so also limit each frontend.',
    example: 'maxsslrate 1000',
    args: count,
  },
  'maxzlibmem': {
    summary: 'Memory, in megabytes, the zlib compression may use; once reached, new responses are sent uncompressed. 0 means no limit.',
    example: 'maxzlibmem 256',
    args: count,
    default: '0 (no limit)',
  },
  'mworker-max-reloads': {
    summary: 'In master-worker mode, how many reloads an old worker may survive before the master kills it with SIGTERM, to stop old workers from piling up.',
    example: 'mworker-max-reloads 3',
    args: count,
  },
  'nbproc': {
    summary: 'Legacy: started several processes. Deprecated in 2.3 and rejected from 2.5 on; use `nbthread` (threads are used automatically on multi-CPU machines).',
    example: 'nbproc 4',
    args: [{ name: 'number', shape: { kind: 'int', min: 1 } }],
  },
  'nbthread': {
    summary: 'Number of worker threads. By default HAProxy starts one per CPU it is allowed to run on, so set it only to use fewer CPUs or with a matching `cpu-map`. Must be in the first global section.',
    example: 'nbthread 8',
    args: [{ name: 'number', shape: { kind: 'int', min: 1 } }],
  },
  'no-memory-trimming': {
    summary: 'Stops HAProxy from asking the allocator to return freed memory to the system on reload or memory shortage. Use it when that trimming freezes a process with very fragmented memory.',
    example: 'no-memory-trimming',
    args: [],
  },
  'no-quic': {
    summary: 'Keeps all QUIC listeners from receiving traffic while leaving them configured, to switch QUIC off quickly. Replaced in 3.3 by `tune.quic.listen off`.',
    example: 'no-quic',
    args: [],
  },
  'node': {
    summary: 'Name of this node, shown on the statistics page so you can see which member of an HA pair answered. Letters, digits, `-`, `_` and `.` only.',
    example: 'node lb1',
    args: oneWord('name'),
  },
  'noepoll': {
    summary: 'Disables the epoll poller on Linux (like `-de`), falling back to poll. For troubleshooting only.',
    example: 'noepoll',
    args: [],
  },
  'noevports': {
    summary: 'Disables the event ports poller on Solaris (like `-dv`), falling back to poll. For troubleshooting only.',
    example: 'noevports',
    args: [],
  },
  'nogetaddrinfo': {
    summary: 'Resolves names with the older gethostbyname() instead of getaddrinfo() (like `-dG`), to work around a broken resolver library.',
    example: 'nogetaddrinfo',
    args: [],
  },
  'nokqueue': {
    summary: 'Disables the kqueue poller on BSD systems (like `-dk`), falling back to poll. For troubleshooting only.',
    example: 'nokqueue',
    args: [],
  },
  'nopoll': {
    summary: 'Disables the poll poller (like `-dp`), leaving select. There is normally no reason to use it.',
    example: 'nopoll',
    args: [],
  },
  'noreuseport': {
    summary: 'Stops HAProxy from using SO_REUSEPORT on its listening sockets (like `-dR`).',
    example: 'noreuseport',
    args: [],
  },
  'nosepoll': {
    summary: 'Legacy (1.4 only): disabled the speculative epoll poller. Removed in 1.5, where it was merged into epoll; `noepoll` is the nearest remaining switch.',
    example: 'nosepoll',
    args: [],
  },
  'nosplice': {
    summary: 'Disables kernel TCP splicing everywhere (like `-dS`), so data is copied in user space. Use it when a kernel splice bug is suspected.',
    example: 'nosplice',
    args: [],
  },
  'numa-cpu-mapping': {
    summary: 'On multi-socket machines, lets HAProxy restrict itself to the CPUs of a single NUMA node at startup to avoid slow cross-socket traffic. Enabled when possible; `no numa-cpu-mapping` turns it off. It does not apply when `nbthread`, `cpu-map` or another `cpu-policy` is set.',
    example: 'no numa-cpu-mapping',
    args: [],
  },
  'ocsp-update.disable': {
    summary: 'Switches off automatic OCSP response updates entirely, whatever the per-certificate `ocsp-update` settings say.',
    example: 'ocsp-update.disable on',
    args: onOff,
    default: 'off',
  },
  'ocsp-update.httpproxy': {
    summary: 'HTTP proxy through which the OCSP updater sends its requests, for hosts without direct Internet access. The proxy is reached over plain HTTP.',
    example: 'ocsp-update.httpproxy 192.0.2.10:3128',
    args: [{ name: 'address', shape: { kind: 'address' } }],
  },
  'ocsp-update.maxdelay': {
    summary: 'Longest time, in seconds, between two automatic updates of the same OCSP response. Must be greater than `ocsp-update.mindelay`.',
    example: 'ocsp-update.maxdelay 7200',
    args: count,
    default: '3600',
  },
  'ocsp-update.mindelay': {
    summary: 'Shortest time, in seconds, between two automatic updates of the same OCSP response, notably for responses without an expiry date. Must be less than `ocsp-update.maxdelay`.',
    example: 'ocsp-update.mindelay 600',
    args: count,
    default: '300',
  },
  'ocsp-update.mode': {
    summary: 'Default `ocsp-update` setting for all certificates, which crt-list or crt-store entries can still override.',
    example: 'ocsp-update.mode on',
    args: onOff,
    default: 'off',
  },
  'pidfile': {
    summary: 'File where HAProxy writes its PID (the master PID in master-worker mode), like `-p`. The user starting HAProxy must be able to write it.',
    example: 'pidfile /run/haproxy.pid',
    args: oneFile('pidfile'),
  },
  'pp2-never-send-local': {
    summary: 'Restores the pre-2.2 behaviour of sending a PROXY v2 PROXY command instead of LOCAL on health checks, for servers that mishandle LOCAL and stay down. A temporary workaround until the server is fixed.',
    example: 'pp2-never-send-local',
    args: [],
  },
  'prealloc-fd': {
    summary: 'Opens the highest file descriptor once at startup so the kernel sizes its tables up front, avoiding short pauses later when many threads open sockets.',
    example: 'prealloc-fd',
    args: [],
  },
  'presetenv': {
    summary: 'Sets an environment variable only if it is not already defined, providing a default that the environment can override. Takes effect for the following lines.',
    example: 'presetenv BACKEND_PORT 8080',
    args: [{ name: 'name', shape: { kind: 'word' } }, { name: 'value', shape: { kind: 'word' } }],
  },
  'profiling.memory': {
    summary: 'Collects per-call-site statistics on memory allocations, shown by `show profiling` on the CLI; meant for chasing unexplained memory usage. Costs about 1% of performance and needs a build with memory profiling.',
    example: 'profiling.memory on',
    args: onOff,
  },
  'profiling.tasks': {
    summary: 'Per-task CPU profiling, shown by `show profiling`: `auto` switches it on only while the process is lagging, which is the recommended setting. Newer versions add `lock`/`no-lock` and `memory`/`no-memory` for extra measurements.',
    example: 'profiling.tasks auto',
    args: [
      {
        name: 'mode',
        shape: { kind: 'enum', values: ['auto', 'on', 'off', 'lock', 'no-lock', 'memory', 'no-memory'] },
        repeat: true,
      },
    ],
    default: 'auto',
  },
  'quick-exit': {
    summary: 'Lets an old process exit on reload without freeing its memory and objects one by one, as the system reclaims them anyway. The gain is small; use it only when developers suggest it.',
    example: 'quick-exit',
    args: [],
  },
  'quiet': {
    summary: 'Suppresses messages at startup, like `-q`.',
    example: 'quiet',
    args: [],
  },
  'resetenv': {
    summary: 'Clears the environment except the variables named, so later `setenv` lines start from a known state. Careful: libraries and external checks may need variables such as TZ.',
    example: 'resetenv PATH TZ',
    args: [{ name: 'name', shape: { kind: 'word' }, optional: true, repeat: true }],
  },
  'server-state-base': {
    summary: 'Directory prepended to relative server-state file names (`server-state-file` and `server-state-file-name`).',
    example: 'server-state-base /var/lib/haproxy',
    args: oneWord('directory'),
  },
  'server-state-file': {
    summary: 'File from which server states (weights, maintenance, addresses) are restored at startup, so a reload does not lose runtime changes. Dump it with `show servers state` just before reloading, and enable `load-server-state-from-file` in the backends.',
    example: 'server-state-file /var/lib/haproxy/server-state',
    args: oneFile('file'),
  },
  'set-dumpable': {
    summary: 'Tries hard to let the process produce a core dump on crash, even after changing user or with restrictive limits. Enable only when debugging a crash; newer versions also accept `on`, `off` or `libs`.',
    example: 'set-dumpable',
    args: [{ name: 'mode', shape: { kind: 'enum', values: ['on', 'off', 'libs'] }, optional: true }],
    default: 'disabled',
  },
  'set-var': {
    summary: 'Sets a process-wide variable (`proc.` scope) at startup from a sample expression that only uses constants or other variables. The rules can read and change it later.',
    example: 'set-var proc.prio int(100)',
    args: [{ name: 'var-name', shape: { kind: 'word' } }, { name: 'expr', shape: { kind: 'rest' } }],
  },
  'set-var-fmt': {
    summary: 'Sets a process-wide variable (`proc.` scope) at startup from a log-format string, for example to record the PID or start time.',
    example: 'set-var-fmt proc.bootid "%pid|%t"',
    args: [{ name: 'var-name', shape: { kind: 'word' } }, { name: 'fmt', shape: { kind: 'rest' } }],
  },
  'setcap': {
    summary: 'Comma-separated Linux capabilities kept after switching to a non-root user, such as `cap_net_bind_service` or `cap_net_raw` for transparent proxying. Safer than running as root; needs a build with `USE_LINUX_CAP`.',
    example: 'setcap cap_net_bind_service,cap_net_raw',
    args: oneWord('name'),
  },
  'setenv': {
    summary: 'Sets an environment variable, overwriting any existing value; it can be used with `${NAME}` on the following lines.',
    example: 'setenv LOG_SERVER 10.0.0.5:514',
    args: [{ name: 'name', shape: { kind: 'word' } }, { name: 'value', shape: { kind: 'word' } }],
  },
  'spread-checks': {
    summary: 'Adds a random variation of up to this percentage (0 to 50) to health check intervals so checks from many servers do not fire in lockstep. Values of 2 to 5 work well.',
    example: 'spread-checks 5',
    args: [{ name: 'percent', shape: { kind: 'int', min: 0, max: 50 } }],
    default: '0',
  },
  'ssl-default-bind-ciphers': {
    summary: 'Default OpenSSL cipher list for TLS 1.2 and older on bind lines that do not set `ciphers`. TLS 1.3 suites are set with `ssl-default-bind-ciphersuites`.',
    example: 'ssl-default-bind-ciphers ECDHE-ECDSA-AES128-GCM-SHA256:ECDHE-RSA-AES128-GCM-SHA256:ECDHE-ECDSA-CHACHA20-POLY1305',
    args: oneWord('ciphers'),
  },
  'ssl-default-bind-ciphersuites': {
    summary: 'Default TLS 1.3 cipher suites on bind lines that do not set `ciphersuites`. Needs OpenSSL 1.1.1 or later.',
    example: 'ssl-default-bind-ciphersuites TLS_AES_128_GCM_SHA256:TLS_AES_256_GCM_SHA384:TLS_CHACHA20_POLY1305_SHA256',
    args: oneWord('ciphersuites'),
  },
  'ssl-default-bind-client-sigalgs': {
    summary: 'Default colon-separated signature algorithms accepted for client certificates on bind lines (TLS 1.2 and later). Change it only for a middlebox that requires it.',
    example: 'ssl-default-bind-client-sigalgs ECDSA+SHA256:RSA-PSS+SHA256',
    args: oneWord('sigalgs'),
  },
  'ssl-default-bind-curves': {
    summary: 'Default colon-separated elliptic curves (groups) offered for ECDHE key exchange on bind lines that do not set `curves`.',
    example: 'ssl-default-bind-curves X25519:P-256:P-384',
    args: oneWord('curves'),
  },
  'ssl-default-bind-options': {
    summary: 'Default TLS options applied to every bind line, such as `ssl-min-ver TLSv1.2`, `no-tls-tickets` or `prefer-client-ciphers`.',
    example: 'ssl-default-bind-options ssl-min-ver TLSv1.2 no-tls-tickets',
    args: [{ name: 'option', shape: { kind: 'rest' } }],
  },
  'ssl-default-bind-sigalgs': {
    summary: 'Default colon-separated signature algorithms negotiated in TLS 1.2 and 1.3 handshakes on bind lines. Change it only for a middlebox that requires it.',
    example: 'ssl-default-bind-sigalgs ECDSA+SHA256:RSA-PSS+SHA256:RSA+SHA256',
    args: oneWord('sigalgs'),
  },
  'ssl-default-server-ciphers': {
    summary: 'Default OpenSSL cipher list for TLS 1.2 and older on server lines that do not set `ciphers`. TLS 1.3 suites are set with `ssl-default-server-ciphersuites`.',
    example: 'ssl-default-server-ciphers ECDHE-RSA-AES128-GCM-SHA256:ECDHE-RSA-AES256-GCM-SHA384',
    args: oneWord('ciphers'),
  },
  'ssl-default-server-ciphersuites': {
    summary: 'Default TLS 1.3 cipher suites on server lines that do not set `ciphersuites`. Needs OpenSSL 1.1.1 or later.',
    example: 'ssl-default-server-ciphersuites TLS_AES_128_GCM_SHA256:TLS_AES_256_GCM_SHA384',
    args: oneWord('ciphersuites'),
  },
  'ssl-default-server-client-sigalgs': {
    summary: 'Default colon-separated signature algorithms for the client certificate HAProxy presents to servers. Change it only for a middlebox that requires it.',
    example: 'ssl-default-server-client-sigalgs ECDSA+SHA256:RSA-PSS+SHA256',
    args: oneWord('sigalgs'),
  },
  'ssl-default-server-curves': {
    summary: 'Default colon-separated elliptic curves (groups) offered for ECDHE when HAProxy connects to TLS servers.',
    example: 'ssl-default-server-curves X25519:P-256',
    args: oneWord('curves'),
  },
  'ssl-default-server-options': {
    summary: 'Default TLS options applied to every server line, such as `ssl-min-ver TLSv1.2` or `no-tls-tickets`.',
    example: 'ssl-default-server-options ssl-min-ver TLSv1.2',
    args: [{ name: 'option', shape: { kind: 'rest' } }],
  },
  'ssl-default-server-sigalgs': {
    summary: 'Default colon-separated signature algorithms negotiated in TLS 1.2 and 1.3 handshakes with servers. Change it only for a middlebox that requires it.',
    example: 'ssl-default-server-sigalgs ECDSA+SHA256:RSA-PSS+SHA256:RSA+SHA256',
    args: oneWord('sigalgs'),
  },
  'ssl-dh-param-file': {
    summary: 'File with Diffie-Hellman parameters used for DHE key exchange on bind lines whose certificate does not carry its own. Generate at least 2048-bit parameters (`openssl dhparam 2048`).',
    example: 'ssl-dh-param-file /etc/haproxy/dhparam.pem',
    args: oneFile('file'),
  },
  'ssl-engine': {
    summary: 'Loads an OpenSSL engine (hardware accelerator), optionally limited to some algorithms with `algo`. Engine support is left out of default builds since 2.6 (`USE_ENGINE=1`), and engines are often slower than modern CPUs.',
    example: 'ssl-engine rdrand algo RAND',
    args: [{ name: 'name', shape: { kind: 'word' } }, { name: 'algo', shape: { kind: 'rest' }, optional: true }],
  },
  'ssl-load-extra-del-ext': {
    summary: 'When looking for extra files next to a certificate, replace its `.crt` extension instead of appending to it (`site.key` rather than `site.crt.key`). Not for multi-cert bundles.',
    example: 'ssl-load-extra-del-ext',
    args: [],
  },
  'ssl-load-extra-files': {
    summary: 'Which companion files HAProxy looks for next to each certificate (`key`, `ocsp`, `issuer`, `sctl`, `bundle`), or `all`/`none`. `none` speeds up startup with many certificates.',
    example: 'ssl-load-extra-files key ocsp',
    args: [
      {
        name: 'type',
        shape: { kind: 'enum', values: ['none', 'all', 'bundle', 'sctl', 'ocsp', 'issuer', 'key'] },
        repeat: true,
      },
    ],
    default: 'all',
  },
  'ssl-mode-async': {
    summary: 'Lets handshakes run asynchronously when an async-capable OpenSSL engine (for example a crypto card) is loaded with `ssl-engine`.',
    example: 'ssl-mode-async',
    args: [],
  },
  'ssl-propquery': {
    summary: 'Default OpenSSL 3 property query used to pick algorithm implementations among the loaded providers, for example to prefer one provider with fallback to the default.',
    example: 'ssl-propquery ?provider=fips',
    args: oneWord('query'),
  },
  'ssl-provider': {
    summary: 'Loads an OpenSSL 3 provider at startup (one line per provider, in order). Loading any provider this way stops OpenSSL from loading `default` on its own, so list it too if needed.',
    example: 'ssl-provider default',
    args: oneWord('name'),
  },
  'ssl-provider-path': {
    summary: 'Directory where OpenSSL 3 looks for the providers loaded by the following `ssl-provider` lines, like the OPENSSL_MODULES variable.',
    example: 'ssl-provider-path /usr/lib/x86_64-linux-gnu/ossl-modules',
    args: oneWord('path'),
  },
  'ssl-security-level': {
    summary: 'OpenSSL security level (0 to 5) applied to every TLS context; higher levels reject weaker keys, ciphers and protocols. Default follows the OpenSSL build; needs OpenSSL 1.1.1 or later.',
    example: 'ssl-security-level 2',
    args: [{ name: 'number', shape: { kind: 'int', min: 0, max: 5 } }],
  },
  'ssl-server-verify': {
    summary: 'Whether server certificates are verified by default on TLS server lines. `none` disables verification everywhere and is only for tests.',
    example: 'ssl-server-verify required',
    args: [{ name: 'mode', shape: { kind: 'enum', values: ['none', 'required'] } }],
    default: 'required',
  },
  'ssl-skip-self-issued-ca': {
    summary: 'Lets a PEM file keep its root CA (for example as the OCSP issuer) without sending that root to clients, who must already trust it anyway. Needs OpenSSL 1.0.2 or later.',
    example: 'ssl-skip-self-issued-ca',
    args: [],
  },
} satisfies Record<string, KeywordDoc>;
