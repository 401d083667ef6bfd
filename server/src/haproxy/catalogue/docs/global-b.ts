import type { ArgShape, ArgSpec, KeywordDoc } from '../../../common/docs.js';

/** A keyword taking exactly one argument. */
function one(name: string, shape: ArgShape): readonly ArgSpec[] {
  return [{ name, shape }];
}

/** The `{ on | off }` argument shared by many `tune.*` switches. */
const onOff = one('state', { kind: 'enum', values: ['on', 'off'] });

/**
 * Hand-written docs for the `global` section keywords from `stats bind-process` to the end of the
 * alphabet; names and versions come from generated/facts.json. Argument shapes follow what the
 * HAProxy parsers accept (checked against the HAProxy sources), not only the manual's headings:
 * `<number>` values read with atoi/strtol are `int`, values read with parse_size are `size`.
 */
export const globalDocsB = {
  'stats bind-process': {
    summary:
      'Pinned the stats socket to chosen processes in the old multi-process model. Since 2.5 there is only one process, and from 2.7 the keyword is rejected: simply delete the line.',
    example: 'stats bind-process 1',
  },
  'stats maxconn': {
    summary:
      'Caps how many clients may be connected to the stats/CLI sockets at the same time. Raise it when several monitoring or automation tools talk to the runtime API concurrently.',
    example: 'stats maxconn 20',
    args: one('connections', { kind: 'int', min: 1 }),
    default: '10',
  },
  'stats socket': {
    summary:
      'Opens the runtime API (CLI) on a UNIX socket path or a TCP address, used by socat, reload tooling and stats scrapers. Any `bind` option may follow, typically `mode`, `user`/`group` and `level`; guard TCP sockets well, since `level admin` can change servers, maps and ACLs.',
    example: 'stats socket /run/haproxy/admin.sock mode 660 level admin expose-fd listeners',
    args: [
      { name: 'address', shape: { kind: 'address' } },
      { name: 'options', shape: { kind: 'rest' }, optional: true },
    ],
  },
  'stats timeout': {
    summary:
      'Idle timeout of connections to the stats/CLI sockets. Raise it for interactive sessions (the CLI prompt mode) that stay quiet between commands; a bare number is in milliseconds.',
    example: 'stats timeout 2m',
    args: one('timeout', { kind: 'time' }),
    default: '10s',
  },
  'stats-file': {
    summary:
      'Path of a counters file written earlier with the CLI command `dump stats-file`. HAProxy preloads it at startup so that proxy and server counters survive a restart.',
    example: 'stats-file /var/lib/haproxy/stats.dat',
    args: one('path', { kind: 'file' }),
  },
  'stress-level': {
    summary:
      'Developer aid that makes HAProxy take deliberately harsher alternative code paths: 0 is off, 1 to 9 increase the pressure. Any positive level costs performance, so only set it when a developer asks for it.',
    example: 'stress-level 1',
    args: one('level', { kind: 'int', min: 0, max: 9 }),
    default: '0',
  },
  'strict-limits': {
    summary:
      'Makes startup fail when HAProxy cannot raise a resource limit (file descriptors, memory) to the value it computed, instead of only warning. Enabled by default since 2.3; `no strict-limits` turns the failures back into warnings.',
    example: 'strict-limits',
    args: [],
    default: 'enabled (disabled in 2.1 and 2.2)',
  },
  'thread-group': {
    summary:
      'Puts an explicit list or range of threads into thread group <group> (both numbered from 1); threads left out are spread over the other groups automatically. Only needed for hand-tuned CPU or NUMA layouts, and it must come before any non-global section.',
    example: 'nbthread 32\nthread-groups 2\nthread-group 1 1-16\nthread-group 2 17-32',
    args: [
      { name: 'group', shape: { kind: 'int', min: 1 } },
      { name: 'thread-range', shape: { kind: 'word' }, optional: true, repeat: true },
    ],
  },
  'thread-groups': {
    summary:
      'Splits the threads into this many independent groups to reduce sharing between them; it is also the only way to run more than 64 threads, a group holding at most 64. Must be set before any non-global section.',
    example: 'thread-groups 2',
    args: one('number', { kind: 'int', min: 1 }),
    default: '1',
  },
  'thread-hard-limit': {
    summary:
      'Upper bound on the number of threads, whether detected from the available CPUs or forced with `nbthread`; lower counts are left unchanged. Handy in one configuration shared by machines of different sizes.',
    example: 'thread-hard-limit 16',
    args: one('number', { kind: 'int', min: 1 }),
    default: 'no limit',
  },
  'trace': {
    summary:
      'Applied one trace statement (the syntax of the CLI `trace` command, one statement per line) while parsing, for debugging sessions with developers; experimental, so `expose-experimental-directives` had to come first. From 3.1 traces are configured in a `traces` section instead.',
    example: 'expose-experimental-directives\ntrace h2 sink stderr\ntrace h2 level developer\ntrace h2 start now',
    args: one('statement', { kind: 'rest' }),
  },
  'tune.applet.zero-copy-forwarding': {
    summary:
      'Turns zero-copy data forwarding on or off for applets (stats page, cache, Lua services and the like). Leave it on unless troubleshooting.',
    example: 'tune.applet.zero-copy-forwarding off',
    args: onOff,
    default: 'on',
  },
  'tune.buffers.limit': {
    summary:
      'Hard cap on the number of buffers the process may allocate, to bound its memory; 0 means unlimited and the value is raised automatically to cover the reserve. Under a lasting shortage some streams may stall until they time out, so only use it when memory must be strictly bounded.',
    example: 'tune.buffers.limit 100000',
    args: one('number', { kind: 'int', min: 0 }),
    default: '0 (unlimited)',
  },
  'tune.buffers.reserve': {
    summary:
      'Number of buffers set aside for emergencies, used only when regular allocations fail. There is no reason to change it unless a developer suggests a value.',
    example: 'tune.buffers.reserve 4',
    args: one('number', { kind: 'int', min: 0 }),
  },
  'tune.bufsize': {
    summary:
      'Size in bytes of every I/O buffer. A request whose headers exceed bufsize minus `tune.maxrewrite` is answered with a 400 and an oversized response becomes a 502; raising it costs memory on every connection (lower `maxconn` accordingly), and HTTP/2 needs at least 16384.',
    example: 'tune.bufsize 32768',
    args: one('size', { kind: 'size' }),
    default: '16384',
  },
  'tune.bufsize.small': {
    summary:
      'Size of the small buffers used where a full buffer would waste memory (currently HTTP/3 response headers); HAProxy switches to a regular buffer when the data does not fit.',
    example: 'tune.bufsize.small 2048',
    args: one('size', { kind: 'size' }),
    default: '1024',
  },
  'tune.chksize': {
    summary:
      'Set the size of the buffer in which health checks inspected server responses. Deprecated in 2.4 and rejected from 2.5, where checks use `tune.bufsize`: delete the line.',
    example: 'tune.chksize 32768',
  },
  'tune.comp.maxlevel': {
    summary:
      'Highest compression level (1 to 9) HTTP compression may use for a stream. Higher levels buy slightly smaller responses with noticeably more CPU.',
    example: 'tune.comp.maxlevel 5',
    args: one('level', { kind: 'int', min: 1, max: 9 }),
    default: '1',
  },
  'tune.disable-fast-forward': {
    summary:
      'Debug switch that stops data from being fast-forwarded between the two sides, which also disables kernel splicing and zero-copy forwarding. Experimental: `expose-experimental-directives` must appear on an earlier line, and it is meant only for debugging with developers.',
    example: 'expose-experimental-directives\ntune.disable-fast-forward',
    args: [],
  },
  'tune.disable-zero-copy-forwarding': {
    summary:
      'Globally turns off zero-copy forwarding, and with it kernel TCP splicing, so data always goes through the stream buffers. The per-multiplexer `zero-copy` switches allow narrower troubleshooting.',
    example: 'tune.disable-zero-copy-forwarding',
    args: [],
  },
  'tune.epoll.mask-events': {
    summary:
      'Work-around for rare Linux epoll bugs: the listed events (comma-separated among `err`, `hup` and `rdhup`) are ignored and reported as a plain input event instead. Only use it when an expert has diagnosed such a kernel problem.',
    example: 'tune.epoll.mask-events err,hup,rdhup',
    args: one('events', { kind: 'word' }),
  },
  'tune.events.max-events-at-once': {
    summary:
      'How many events an asynchronous event-handler task (the event_hdl API, e.g. Lua server event subscriptions) may process per run, from 1 to 10000. Too high a value can hog a thread, too low lets the task fall behind.',
    example: 'tune.events.max-events-at-once 200',
    args: one('number', { kind: 'int', min: 1, max: 10000 }),
    default: '100',
  },
  'tune.fail-alloc': {
    summary:
      'Testing aid for builds with DEBUG_FAIL_ALLOC (or started with `-dMfail`): the percentage (0 to 100) of memory allocations made to fail on purpose, to check that failures are handled gracefully. Never use it in production.',
    example: 'tune.fail-alloc 1',
    args: [{ name: 'percent', shape: { kind: 'int', min: 0, max: 100 }, optional: true }],
    default: '0',
  },
  'tune.fd.edge-triggered': {
    summary:
      'Switches epoll to edge-triggered mode for the file descriptors that support it, saving some epoll_ctl() calls. Experimental (`expose-experimental-directives` must come first) and may freeze connections if bugs remain.',
    example: 'expose-experimental-directives\ntune.fd.edge-triggered on',
    args: onOff,
    default: 'off',
  },
  'tune.glitches.kill.cpu-usage': {
    summary:
      'Connections over their glitches threshold (`tune.h2.fe.glitches-threshold`, `tune.quic.frontend.glitches-threshold`) are only killed while the thread CPU usage is at or above this percentage (0 to 100). 0 kills them as soon as the threshold is reached; about twice the usual CPU usage is a reasonable start.',
    example: 'tune.glitches.kill.cpu-usage 80',
    args: one('percent', { kind: 'int', min: 0, max: 100 }),
    default: '0',
  },
  'tune.h1.zero-copy-fwd-recv': {
    summary: 'Turns zero-copy receiving on or off in the HTTP/1 multiplexer. Leave it on unless troubleshooting.',
    example: 'tune.h1.zero-copy-fwd-recv off',
    args: onOff,
    default: 'on',
  },
  'tune.h1.zero-copy-fwd-send': {
    summary: 'Turns zero-copy sending on or off in the HTTP/1 multiplexer. Leave it on unless troubleshooting.',
    example: 'tune.h1.zero-copy-fwd-send off',
    args: onOff,
    default: 'on',
  },
  'tune.h2.be.glitches-threshold': {
    summary:
      'Number of protocol glitches after which an HTTP/2 connection to a server is closed automatically; 0 disables the check. Some servers produce a few glitches on long connections, so useful values are in the hundreds or more.',
    example: 'tune.h2.be.glitches-threshold 1000',
    args: one('number', { kind: 'int', min: 0 }),
    default: '0',
  },
  'tune.h2.be.initial-window-size': {
    summary:
      'HTTP/2 per-stream window advertised to servers, i.e. how many payload bytes a server may send before waiting for an acknowledgement; when unset `tune.h2.initial-window-size` applies. Raising it speeds up downloads but adds unfairness between clients; `tune.h2.be.rxbuf` (3.1+) is the better tool.',
    example: 'tune.h2.be.initial-window-size 65536',
    args: one('bytes', { kind: 'int', min: 0 }),
  },
  'tune.h2.be.max-concurrent-streams': {
    summary:
      'Maximum number of concurrent streams (outstanding requests) HAProxy opens on one HTTP/2 connection to a server; when unset `tune.h2.max-concurrent-streams` applies. Low values (1 to 5) limit head-of-line blocking between clients sharing connections with `http-reuse always`.',
    example: 'tune.h2.be.max-concurrent-streams 5',
    args: one('number', { kind: 'int', min: 0 }),
  },
  'tune.h2.be.rxbuf': {
    summary:
      'Receive buffer space shared by the streams of one HTTP/2 connection to a server, rounded up to a multiple of `tune.bufsize`; the per-stream window follows the free space automatically. Raise it to speed up large transfers from servers over shared connections.',
    example: 'tune.h2.be.rxbuf 4m',
    args: one('size', { kind: 'size' }),
    default: 'about 1600k',
  },
  'tune.h2.fe.glitches-threshold': {
    summary:
      'Number of protocol glitches after which a client HTTP/2 connection is closed automatically, a cheap defense against abusive clients; 0 disables the check. Some clients glitch occasionally on long connections, so useful values are in the hundreds or more.',
    example: 'tune.h2.fe.glitches-threshold 1000',
    args: one('number', { kind: 'int', min: 0 }),
    default: '0',
  },
  'tune.h2.fe.initial-window-size': {
    summary:
      'HTTP/2 per-stream window advertised to clients, i.e. how much request body a client may upload before waiting for an acknowledgement; when unset `tune.h2.initial-window-size` applies. Larger values speed up uploads but can slow pages loaded in parallel; `tune.h2.fe.rxbuf` (3.1+) is the better tool.',
    example: 'tune.h2.fe.initial-window-size 65536',
    args: one('bytes', { kind: 'int', min: 0 }),
  },
  'tune.h2.fe.max-concurrent-streams': {
    summary:
      'Maximum number of concurrent streams a client may open on one HTTP/2 connection; when unset `tune.h2.max-concurrent-streams` applies. Higher values let a single client tie up more memory; 100 suits nearly everyone.',
    example: 'tune.h2.fe.max-concurrent-streams 100',
    args: one('number', { kind: 'int', min: 0 }),
  },
  'tune.h2.fe.max-total-streams': {
    summary:
      'Number of streams served on one client HTTP/2 connection before HAProxy sends a graceful GOAWAY, so long-lived clients reconnect now and then (useful to rebalance them across load balancers); 0 means no limit. Very low values add TLS handshakes and may confuse load-testing tools.',
    example: 'tune.h2.fe.max-total-streams 2000',
    args: one('number', { kind: 'int', min: 0 }),
    default: '0 (no limit)',
  },
  'tune.h2.fe.rxbuf': {
    summary:
      'Receive buffer space shared by the uploading streams of one client HTTP/2 connection, rounded up to a multiple of `tune.bufsize`; the advertised window adapts to the free space. Increase it for faster uploads from distant clients.',
    example: 'tune.h2.fe.rxbuf 4m',
    args: one('size', { kind: 'size' }),
    default: 'about 1600k',
  },
  'tune.h2.header-table-size': {
    summary:
      'Size in bytes (4096 to 65536) of the HPACK dynamic header table of each HTTP/2 connection. A bigger table lets some clients compress headers better but costs memory on every connection; the default is usually best.',
    example: 'tune.h2.header-table-size 8192',
    args: one('bytes', { kind: 'int', min: 4096, max: 65536 }),
    default: '4096',
  },
  'tune.h2.initial-window-size': {
    summary:
      'Default HTTP/2 per-stream window for both sides, used where the `tune.h2.fe.`/`tune.h2.be.` variants are unset. Changing it alters uploads and downloads at once, so the side-specific settings are preferred.',
    example: 'tune.h2.initial-window-size 65536',
    args: one('bytes', { kind: 'int', min: 0 }),
  },
  'tune.h2.max-concurrent-streams': {
    summary:
      'Default limit of concurrent streams per HTTP/2 connection, used for whichever side has no `tune.h2.fe.`/`tune.h2.be.` setting; 0 removes the limit. The side-specific settings are preferred.',
    example: 'tune.h2.max-concurrent-streams 100',
    args: one('number', { kind: 'int', min: 0 }),
    default: '100',
  },
  'tune.h2.max-frame-size': {
    summary:
      'Largest HTTP/2 frame HAProxy announces it will accept (16384 to 16777215), never more than a buffer. Mainly useful to keep frames small when `tune.bufsize` is large.',
    example: 'tune.h2.max-frame-size 16384',
    args: one('bytes', { kind: 'int', min: 16384, max: 16777215 }),
  },
  'tune.h2.zero-copy-fwd-send': {
    summary: 'Turns zero-copy sending on or off in the HTTP/2 multiplexer. Leave it on unless troubleshooting.',
    example: 'tune.h2.zero-copy-fwd-send off',
    args: onOff,
    default: 'on',
  },
  'tune.http.cookielen': {
    summary:
      'Maximum length of cookies captured with `capture cookie`; longer `len` values are cut down to it. Every capture reserves this much for both request and response, whatever its own `len`, so keep it small.',
    example: 'tune.http.cookielen 128',
    args: one('length', { kind: 'int', min: 0 }),
    default: '63',
  },
  'tune.http.logurilen': {
    summary:
      'Maximum length of the request URI kept for logs, so long query strings are not truncated. When raising it, also raise `len` on the `log` line and check the syslog server accepts such lines.',
    example: 'tune.http.logurilen 4096',
    args: one('length', { kind: 'int', min: 0 }),
    default: '1024',
  },
  'tune.http.maxhdr': {
    summary:
      'Maximum number of header lines (request or status line included) in an HTTP message, 1 to 32767; over it a request gets a 400 and a response becomes a 502. Raise it temporarily for a misbehaving application; every slot costs memory in each stream.',
    example: 'tune.http.maxhdr 128',
    args: one('number', { kind: 'int', min: 1, max: 32767 }),
    default: '101',
  },
  'tune.idle-pool.shared': {
    summary:
      'Whether threads share their idle server connections for reuse. Turning it off can help isolate connection-reuse bugs but multiplies connections to servers; if you do, set a conservative `pool-low-conn` on the servers.',
    example: 'tune.idle-pool.shared off',
    args: onOff,
    default: 'on',
  },
  'tune.idletimer': {
    summary:
      'Time after which an empty buffer is taken as a sign of an idle stream, used to switch splicing and TLS record sizes between bulk and interactive traffic; 0 to 65535 ms, 0 disables the detection. Rarely worth changing.',
    example: 'tune.idletimer 1000',
    args: one('timeout', { kind: 'time' }),
    default: '1000 ms',
  },
  'tune.listener.default-shards': {
    summary:
      'How many listening sockets a `bind` line without `shards` creates: one for the process (`by-process`), one per thread group (`by-group`) or one per thread (`by-thread`). More shards let the kernel spread new connections but cost file descriptors, and some systems cap sockets per address.',
    example: 'tune.listener.default-shards by-thread',
    args: one('mode', { kind: 'enum', values: ['by-process', 'by-thread', 'by-group'] }),
    default: 'by-group',
  },
  'tune.listener.multi-queue': {
    summary:
      'How a listener hands accepted connections to its threads: `on` picks a lightly loaded thread, `fair` (2.8+) rotates through them, which suits short connections or very many threads, and `off` disables the redistribution. Leave it `on` unless troubleshooting.',
    example: 'tune.listener.multi-queue fair',
    args: one('mode', { kind: 'enum', values: ['on', 'fair', 'off'] }),
    default: 'on',
  },
  'tune.lua.bool-sample-conversion': {
    summary:
      'How boolean samples are handed to Lua: `normal` gives real booleans, `pre-3.1-bug` keeps the historical 0/1 integers. It must come before any `lua-load`; when unset HAProxy warns and keeps the old behavior, so set `normal` once your scripts handle booleans.',
    example: 'tune.lua.bool-sample-conversion normal',
    args: one('mode', { kind: 'enum', values: ['normal', 'pre-3.1-bug'] }),
  },
  'tune.lua.burst-timeout': {
    summary:
      'Longest uninterrupted run allowed to any Lua handler before it is aborted, protecting traffic and the process from the watchdog; 0 disables it. If it fires, make the script yield more often or lower `tune.lua.forced-yield`.',
    example: 'tune.lua.burst-timeout 500ms',
    args: one('timeout', { kind: 'time' }),
    default: '1000ms',
  },
  'tune.lua.forced-yield': {
    summary:
      'Number of Lua instructions after which a script is forced to yield so HAProxy can do other work. Lower it when long scripts hurt responsiveness; raising it may increase lock contention between threads.',
    example: 'tune.lua.forced-yield 5000',
    args: one('instructions', { kind: 'int', min: 0 }),
  },
  'tune.lua.log.loggers': {
    summary: 'Whether messages logged by Lua scripts are sent to the loggers of the current proxy (or the global ones).',
    example: 'tune.lua.log.loggers off',
    args: onOff,
    default: 'on',
  },
  'tune.lua.log.stderr': {
    summary:
      'Whether messages logged by Lua scripts are also written to stderr: always (`on`), never (`off`), or `auto`, only when no logger would receive them.',
    example: 'tune.lua.log.stderr off',
    args: one('mode', { kind: 'enum', values: ['on', 'auto', 'off'] }),
    default: 'auto',
  },
  'tune.lua.maxmem': {
    summary:
      'Memory limit for Lua in megabytes for the whole process; 0 means unlimited. Setting one keeps a buggy script from exhausting the machine.',
    example: 'tune.lua.maxmem 256',
    args: one('megabytes', { kind: 'int', min: 0 }),
    default: '0 (unlimited)',
  },
  'tune.lua.service-timeout': {
    summary:
      'Maximum Lua execution time of a Lua service (`use-service lua.<name>`), counting only time spent running Lua, not sleeping. Stops endless loops.',
    example: 'tune.lua.service-timeout 10s',
    args: one('timeout', { kind: 'time' }),
    default: '4s',
  },
  'tune.lua.session-timeout': {
    summary:
      'Maximum Lua execution time for Lua code run on behalf of a stream (actions, sample fetches, converters), counting only time spent running Lua. Stops endless loops.',
    example: 'tune.lua.session-timeout 2s',
    args: one('timeout', { kind: 'time' }),
    default: '4s',
  },
  'tune.lua.task-timeout': {
    summary:
      'Maximum Lua execution time for background tasks started with `core.register_task()`. Unset by default because such tasks may legitimately run for the life of the process.',
    example: 'tune.lua.task-timeout 30s',
    args: one('timeout', { kind: 'time' }),
    default: 'none',
  },
  'tune.max-checks-per-thread': {
    summary:
      'Number of running health checks on a thread above which new checks look for a less busy thread or wait. Helps when many expensive checks (TLS with OpenSSL 3, for instance) time out at startup; 0 means no limit.',
    example: 'tune.max-checks-per-thread 50',
    args: one('number', { kind: 'int', min: 0 }),
    default: '0',
  },
  'tune.max-rules-at-once': {
    summary:
      'Maximum number of rules of a content rule set (`tcp-request content`, `tcp-response content`, `http-request`, `http-response`) evaluated in one go before HAProxy yields to other work. Limits latency spikes with very long rule lists.',
    example: 'tune.max-rules-at-once 100',
    args: one('number', { kind: 'int', min: 0 }),
    default: '50',
  },
  'tune.maxaccept': {
    summary:
      'How many connections a listener accepts in a row before turning to other work; -1 removes the limit. The default (4 since 2.4, 64 before) suits nearly everyone, and large values inherited from old configs are best removed.',
    example: 'tune.maxaccept 4',
    args: one('number', { kind: 'int', min: -1 }),
    default: '4',
  },
  'tune.maxpollevents': {
    summary:
      'Maximum number of events fetched from the poller in one call. Values below about 200 favor latency, above favor throughput; the default depends on the OS.',
    example: 'tune.maxpollevents 200',
    args: one('number', { kind: 'int', min: 0 }),
  },
  'tune.maxrewrite': {
    summary:
      'Bytes kept free in each buffer for adding or rewriting headers; reads never fill more than `tune.bufsize` minus this. About 1024 works well: too high rejects large requests, too low breaks header additions; it is capped at half the buffer size.',
    example: 'tune.maxrewrite 1024',
    args: one('bytes', { kind: 'int', min: 0 }),
  },
  'tune.memory.hot-size': {
    summary:
      'Bytes each thread keeps in its private, lock-free object cache. A larger cache may help allocation-heavy workloads; one to two times the per-core L2 cache size is a good range, and more wastes memory and L3 cache.',
    example: 'tune.memory.hot-size 1048576',
    args: one('bytes', { kind: 'int', min: 1 }),
    default: '524288 (build-time setting)',
  },
  'tune.notsent-lowat.client': {
    summary:
      'Sets TCP_NOTSENT_LOWAT on client connections: the kernel reports the socket full once this many unsent bytes are queued beyond the window. A value around `tune.bufsize` reduces kernel memory and latency better than `tune.sndbuf.client`; Linux only.',
    example: 'tune.notsent-lowat.client 16384',
    args: one('size', { kind: 'size' }),
    default: '0 (unlimited)',
  },
  'tune.notsent-lowat.server': {
    summary:
      'Sets TCP_NOTSENT_LOWAT on server connections: the kernel reports the socket full once this many unsent bytes are queued beyond the window. A value around `tune.bufsize` reduces kernel memory and latency better than `tune.sndbuf.server`; Linux only.',
    example: 'tune.notsent-lowat.server 16384',
    args: one('size', { kind: 'size' }),
    default: '0 (unlimited)',
  },
  'tune.pattern.cache-size': {
    summary:
      'Entries in the per-thread LRU cache that remembers the results of slow ACL and map lookups (regex, substring, case-insensitive matches...). 0 disables it; the collision risk is negligible.',
    example: 'tune.pattern.cache-size 20000',
    args: one('entries', { kind: 'int', min: 0 }),
    default: '10000',
  },
  'tune.peers.max-updates-at-once': {
    summary:
      'Maximum number of stick-table updates processed in one pass when sending to peers. Best left at the default.',
    example: 'tune.peers.max-updates-at-once 200',
    args: one('number', { kind: 'int', min: 1 }),
    default: '200',
  },
  'tune.pipesize': {
    summary:
      'Size of the kernel pipes used for TCP splicing, the system default when unset. Larger pipes may cut the number of splice() calls at the cost of kernel memory.',
    example: 'tune.pipesize 262144',
    args: one('size', { kind: 'size' }),
  },
  'tune.pool-high-fd-ratio': {
    summary:
      'Percentage of the usable file descriptors above which HAProxy closes idle server connections when it needs a new connection it cannot get by reuse.',
    example: 'tune.pool-high-fd-ratio 30',
    args: one('percent', { kind: 'int', min: 0, max: 100 }),
    default: '25',
  },
  'tune.pool-low-fd-ratio': {
    summary:
      'Percentage of the usable file descriptors above which HAProxy stops keeping released server connections in the idle pool for reuse.',
    example: 'tune.pool-low-fd-ratio 20',
    args: one('percent', { kind: 'int', min: 0, max: 100 }),
    default: '20',
  },
  'tune.pt.zero-copy-forwarding': {
    summary:
      'Turns zero-copy forwarding on or off in the pass-through (raw TCP) multiplexer; it only matters when kernel splicing is configured.',
    example: 'tune.pt.zero-copy-forwarding off',
    args: onOff,
    default: 'on',
  },
  'tune.quic.cc-hystart': {
    summary:
      'Uses HyStart++ (RFC 9406) instead of the classic slow start in QUIC congestion control, which can avoid heavy losses while the window ramps up.',
    example: 'tune.quic.cc-hystart on',
    args: onOff,
    default: 'off',
  },
  'tune.quic.cc.cubic.min-losses': {
    summary:
      'Number of packets lost between two ACKs before Cubic treats it as congestion. 2 may be tried briefly on lossy radio links; anything more wastes bandwidth on retransmits and should follow an expert analysis.',
    example: 'tune.quic.cc.cubic.min-losses 2',
    args: one('number', { kind: 'int', min: 1 }),
    default: '1',
  },
  'tune.quic.disable-tx-pacing': {
    summary:
      'Turns off pacing of QUIC emission, which normally smooths sending to avoid losses. Only worth it on very high-bandwidth, low-latency networks to save CPU.',
    example: 'tune.quic.disable-tx-pacing',
    args: [],
  },
  'tune.quic.disable-udp-gso': {
    summary:
      'Stops using UDP GSO (several datagrams per system call) for QUIC emission. A troubleshooting switch for suspected emission problems.',
    example: 'tune.quic.disable-udp-gso',
    args: [],
  },
  'tune.quic.frontend.conn-tx-buffers.limit': {
    summary:
      'Capped the number of send buffers allocated per QUIC connection. Obsolete from 3.1, where it only triggers a warning: use `tune.quic.frontend.default-max-window-size` instead.',
    example: 'tune.quic.frontend.conn-tx-buffers.limit 30',
  },
  'tune.quic.frontend.default-max-window-size': {
    summary:
      'Largest congestion window of one QUIC connection (10k to 4g), which also bounds the stream buffers the QUIC multiplexer may allocate when sending.',
    example: 'tune.quic.frontend.default-max-window-size 1m',
    args: one('size', { kind: 'size' }),
    default: '480k',
  },
  'tune.quic.frontend.glitches-threshold': {
    summary:
      'Number of protocol glitches after which a client QUIC connection is closed automatically. Some clients glitch occasionally on long connections, so useful values are in the hundreds or more.',
    example: 'tune.quic.frontend.glitches-threshold 1000',
    args: one('number', { kind: 'int', min: 0 }),
    default: '0 (no threshold)',
  },
  'tune.quic.frontend.max-data-size': {
    summary:
      'Connection-wide limit (the initial_max_data transport parameter) on data a client may have in flight over one QUIC connection, bounding upload speed and per-connection memory. By default it is derived from `max-streams-bidi` and `tune.bufsize`; raise it for big uploads over high latency.',
    example: 'tune.quic.frontend.max-data-size 4m',
    args: one('size', { kind: 'size' }),
  },
  'tune.quic.frontend.max-idle-timeout': {
    summary:
      'QUIC max_idle_timeout announced to clients: a connection silently closes after this much inactivity, the shorter of the two announced values winning when both are set.',
    example: 'tune.quic.frontend.max-idle-timeout 60s',
    args: one('timeout', { kind: 'time' }),
    default: '30s',
  },
  'tune.quic.frontend.max-streams-bidi': {
    summary:
      'Number of bidirectional streams, i.e. concurrent requests, a client may initially open on a QUIC connection. Lowering it also shrinks upload buffering unless `tune.quic.frontend.max-data-size` is raised.',
    example: 'tune.quic.frontend.max-streams-bidi 100',
    args: one('number', { kind: 'int', min: 1 }),
    default: '100',
  },
  'tune.quic.frontend.max-tx-mem': {
    summary:
      'Total memory the QUIC stack may use for sending (in-flight data and multiplexer buffers). It is not enforced strictly and each connection always gets room for two datagrams, so keep `maxconn` sensible too.',
    example: 'tune.quic.frontend.max-tx-mem 256m',
    args: one('size', { kind: 'size' }),
  },
  'tune.quic.frontend.stream-data-ratio': {
    summary:
      'Share (1 to 100 percent) of `tune.quic.frontend.max-data-size` that a single stream may have in flight. Lower it when many parallel uploads compete unfairly.',
    example: 'tune.quic.frontend.stream-data-ratio 50',
    args: one('percent', { kind: 'int', min: 1, max: 100 }),
    default: '90',
  },
  'tune.quic.max-frame-loss': {
    summary:
      'How many times a single QUIC frame may be declared lost before the connection is considered broken and closed.',
    example: 'tune.quic.max-frame-loss 10',
    args: one('number', { kind: 'int', min: 1 }),
    default: '10',
  },
  'tune.quic.reorder-ratio': {
    summary:
      'Percentage applied to the packet reordering threshold of QUIC loss detection; too small a value makes reordered packets look lost.',
    example: 'tune.quic.reorder-ratio 50',
    args: one('percent', { kind: 'int', min: 0, max: 100 }),
    default: '50',
  },
  'tune.quic.retry-threshold': {
    summary:
      'Number of half-open QUIC connections above which every QUIC listener starts demanding a Retry (address validation), a defense against floods. Needs `cluster-secret`, and is ignored where `quic-force-retry` is set.',
    example: 'tune.quic.retry-threshold 200',
    args: one('number', { kind: 'int', min: 1 }),
    default: '100',
  },
  'tune.quic.socket-owner': {
    summary:
      'Whether each QUIC connection gets its own UDP socket (`connection`: best performance and clean soft-stops) or all share the listener socket (`listener`: fewer file descriptors). HAProxy falls back to `listener` when the system lacks support; privileged ports may need root or `setcap`.',
    example: 'tune.quic.socket-owner listener',
    args: one('owner', { kind: 'enum', values: ['connection', 'listener'] }),
    default: 'connection',
  },
  'tune.quic.zero-copy-fwd-send': {
    summary: 'Turns zero-copy sending on or off in the QUIC multiplexer. Leave it on unless troubleshooting.',
    example: 'tune.quic.zero-copy-fwd-send off',
    args: onOff,
    default: 'on',
  },
  'tune.rcvbuf.backend': {
    summary:
      'Kernel receive buffer size of unconnected (datagram) sockets on the backend side. The kernel may trim large values.',
    example: 'tune.rcvbuf.backend 1m',
    args: one('size', { kind: 'size' }),
  },
  'tune.rcvbuf.client': {
    summary:
      'Forces the kernel receive buffer size of client-side TCP sockets. Normally left unset so the kernel auto-tunes it; small values such as 4096 save kernel memory at the cost of CPU.',
    example: 'tune.rcvbuf.client 32768',
    args: one('size', { kind: 'size' }),
  },
  'tune.rcvbuf.frontend': {
    summary:
      'Kernel receive buffer size of unconnected sockets on the frontend side, such as QUIC listeners in `listener` socket mode or UDP `log-forward` listeners. Raise it when bursts of datagrams get dropped.',
    example: 'tune.rcvbuf.frontend 4m',
    args: one('size', { kind: 'size' }),
  },
  'tune.rcvbuf.server': {
    summary:
      'Forces the kernel receive buffer size of server-side TCP sockets. Normally left unset so the kernel auto-tunes it; small values such as 4096 save kernel memory at the cost of CPU.',
    example: 'tune.rcvbuf.server 32768',
    args: one('size', { kind: 'size' }),
  },
  'tune.recv_enough': {
    summary:
      'Read size above which HAProxy assumes a socket was drained after a short read. Lowering it can help workloads made of many small messages, such as SSH or telnet.',
    example: 'tune.recv_enough 4096',
    args: one('size', { kind: 'size' }),
    default: '10136',
  },
  'tune.renice.runtime': {
    summary:
      'Nice value (-20 to 19) applied once the configuration is parsed, i.e. to the worker or standalone process while it serves traffic.',
    example: 'tune.renice.runtime -5',
    args: one('priority', { kind: 'int', min: -20, max: 19 }),
  },
  'tune.renice.startup': {
    summary:
      'Nice value (-20 to 19) used while the configuration is being parsed, for instance so a heavy reload does not compete with the running process; the previous priority comes back afterwards unless `tune.renice.runtime` is set.',
    example: 'tune.renice.startup 10',
    args: one('priority', { kind: 'int', min: -20, max: 19 }),
  },
  'tune.ring.queues': {
    summary:
      'Number of write queues in front of ring buffers, which influences the CPU cost of traces. Change it only when a developer asks for it and do not keep it across upgrades.',
    example: 'tune.ring.queues 4',
    args: one('number', { kind: 'int', min: 0 }),
  },
  'tune.runqueue-depth': {
    summary:
      'Maximum number of tasks the scheduler runs in one batch; the default depends on the thread count. Larger values can add I/O latency (consider `tune.sched.low-latency`), smaller ones add overhead.',
    example: 'tune.runqueue-depth 100',
    args: one('number', { kind: 'int', min: 0 }),
  },
  'tune.sched.low-latency': {
    summary:
      'Makes the scheduler always run higher-priority task classes first instead of handling classes in turn, cutting the latency of new work under heavy load at some cost in throughput. Mostly useful with a large `tune.runqueue-depth`.',
    example: 'tune.sched.low-latency on',
    args: onOff,
    default: 'off',
  },
  'tune.sndbuf.backend': {
    summary:
      'Kernel send buffer size of unconnected sockets on the backend side, such as UDP or UNIX datagram sockets used to send logs. The kernel may trim large values.',
    example: 'tune.sndbuf.backend 1m',
    args: one('size', { kind: 'size' }),
  },
  'tune.sndbuf.client': {
    summary:
      'Forces the kernel send buffer size of client-side TCP sockets; normally left to kernel auto-tuning. Small values save kernel memory and avoid write timeouts with very slow clients, but on Linux `tune.notsent-lowat.client` is usually better.',
    example: 'tune.sndbuf.client 65536',
    args: one('size', { kind: 'size' }),
  },
  'tune.sndbuf.frontend': {
    summary:
      'Kernel send buffer size of unconnected sockets on the frontend side, such as QUIC listeners in `listener` socket mode. The kernel may trim large values.',
    example: 'tune.sndbuf.frontend 4m',
    args: one('size', { kind: 'size' }),
  },
  'tune.sndbuf.server': {
    summary:
      'Forces the kernel send buffer size of server-side TCP sockets; normally left to kernel auto-tuning. Small values save kernel memory, but on Linux `tune.notsent-lowat.server` is usually better.',
    example: 'tune.sndbuf.server 65536',
    args: one('size', { kind: 'size' }),
  },
  'tune.ssl.cachesize': {
    summary:
      'Number of blocks (about 200 bytes each) of the shared TLS session cache, allocated at startup; 0 disables it. A bigger cache lets more clients resume sessions instead of doing full handshakes.',
    example: 'tune.ssl.cachesize 100000',
    args: one('blocks', { kind: 'int', min: 0 }),
    default: '20000',
  },
  'tune.ssl.capture-buffer-size': {
    summary:
      'Size of the per-connection buffer that captures ClientHello details (ciphers, extensions, curves) for fetches such as `ssl_fc_cipherlist_bin`; 0 disables capturing.',
    example: 'tune.ssl.capture-buffer-size 96',
    args: one('bytes', { kind: 'int', min: 0 }),
    default: '0',
  },
  'tune.ssl.capture-cipherlist-size': {
    summary:
      'Old name of `tune.ssl.capture-buffer-size`, deprecated since 2.5: it still sets the same buffer but warns, so rename it.',
    example: 'tune.ssl.capture-cipherlist-size 96',
    args: one('bytes', { kind: 'int', min: 0 }),
    default: '0',
  },
  'tune.ssl.default-dh-param': {
    summary:
      'Maximum size in bits (at least 1024) of the Diffie-Hellman parameters used for DHE key exchange when neither the certificate file nor `ssl-dh-param-file` provides any. Use 2048 or more unless Java 7 era clients must be served.',
    example: 'tune.ssl.default-dh-param 2048',
    args: one('bits', { kind: 'int', min: 1024 }),
  },
  'tune.ssl.force-private-cache': {
    summary:
      'Gives each process its own TLS session cache instead of a shared one. Only for the old multi-process model on systems without a usable synchronization method; it causes many full handshakes.',
    example: 'tune.ssl.force-private-cache',
    args: [],
  },
  'tune.ssl.hard-maxrecord': {
    summary:
      'Fixed upper limit on the bytes passed to each SSL_write(), for constrained clients that need small records; 0 means no limit. Unlike `tune.ssl.maxrecord` it is never adjusted dynamically.',
    example: 'tune.ssl.hard-maxrecord 4096',
    args: one('bytes', { kind: 'int', min: 0 }),
    default: '0',
  },
  'tune.ssl.keylog': {
    summary:
      'Keeps the TLS secrets needed by the key-log sample fetches (such as `ssl_fc_client_traffic_secret_0`), so an SSLKEYLOGFILE can be built to decrypt captures in Wireshark. Costs memory per session and exposes secrets: enable it only while debugging.',
    example: 'tune.ssl.keylog on',
    args: onOff,
    default: 'off',
  },
  'tune.ssl.lifetime': {
    summary:
      'How long a cached TLS session may be resumed; a bare number is in seconds. Sessions can still be evicted earlier when the cache is full.',
    example: 'tune.ssl.lifetime 10m',
    args: one('lifetime', { kind: 'time', unit: 's' }),
    default: '300 (5 minutes)',
  },
  'tune.ssl.maxrecord': {
    summary:
      'Size limit of the TLS records sent at the start of a transfer (and after an idle period), so browsers on slow links can start decoding sooner; 0 means no limit. Values fitting one or two TCP segments, such as 1419 or 2859, work well.',
    example: 'tune.ssl.maxrecord 1419',
    args: one('bytes', { kind: 'int', min: 0 }),
    default: '0',
  },
  'tune.ssl.ocsp-update.maxdelay': {
    summary:
      'Longest interval, in seconds, between two automatic refreshes of an OCSP response (`ocsp-update on`). Deprecated since 3.0: use `ocsp-update.maxdelay`.',
    example: 'tune.ssl.ocsp-update.maxdelay 3600',
    args: one('seconds', { kind: 'int', min: 0 }),
    default: '3600',
  },
  'tune.ssl.ocsp-update.mindelay': {
    summary:
      'Shortest interval, in seconds, between two automatic refreshes of an OCSP response; it must not exceed the maximum delay. Deprecated since 3.0: use `ocsp-update.mindelay`.',
    example: 'tune.ssl.ocsp-update.mindelay 300',
    args: one('seconds', { kind: 'int', min: 0 }),
    default: '300',
  },
  'tune.ssl.ssl-ctx-cache-size': {
    summary:
      'Entries in the LRU cache of certificates generated on the fly (`generate-certificates` on `bind` lines), which spares regenerating them for each connection.',
    example: 'tune.ssl.ssl-ctx-cache-size 5000',
    args: one('entries', { kind: 'int', min: 0 }),
    default: '1000',
  },
  'tune.stick-counters': {
    summary:
      'Number of stick counters (`track-sc0`, `track-sc1`...) a connection or request can track at once. Each one costs memory and CPU on every request even when unused, so raise it only as needed; 0 disables them.',
    example: 'tune.stick-counters 5',
    args: one('number', { kind: 'int', min: 0 }),
    default: '3 (build-time setting)',
  },
  'tune.takeover-other-tg-connections': {
    summary:
      'Whether a thread may take idle server connections from another thread group: `none`, `restricted` (only where new connections cannot be opened, e.g. reverse HTTP or strict-maxconn) or `full`. Cross-group takeovers cost performance.',
    example: 'tune.takeover-other-tg-connections restricted',
    args: one('mode', { kind: 'enum', values: ['none', 'restricted', 'full'] }),
    default: 'none',
  },
  'tune.vars.global-max-size': {
    summary:
      'Memory limit in bytes for all variables of all scopes together. When a limit is hit, values are silently cut or lost, so size the `tune.vars.*` limits generously.',
    example: 'tune.vars.global-max-size 1048576',
    args: one('bytes', { kind: 'int', min: 0 }),
  },
  'tune.vars.proc-max-size': {
    summary:
      'Memory limit in bytes for process-wide variables (`proc.` scope), which also bounds the session, transaction and request/response scopes. Exceeding it silently cuts or drops values.',
    example: 'tune.vars.proc-max-size 65536',
    args: one('bytes', { kind: 'int', min: 0 }),
  },
  'tune.vars.reqres-max-size': {
    summary:
      'Memory limit in bytes for variables of one request or response (`req.` and `res.` scopes). Exceeding it silently cuts or drops values.',
    example: 'tune.vars.reqres-max-size 1024',
    args: one('bytes', { kind: 'int', min: 0 }),
  },
  'tune.vars.sess-max-size': {
    summary:
      'Memory limit in bytes for the variables of one session (`sess.` scope), which also bounds the transaction and request/response scopes. Exceeding it silently cuts or drops values.',
    example: 'tune.vars.sess-max-size 4096',
    args: one('bytes', { kind: 'int', min: 0 }),
  },
  'tune.vars.txn-max-size': {
    summary:
      'Memory limit in bytes for the variables of one transaction (`txn.` scope), which also bounds the request/response scope. Exceeding it silently cuts or drops values.',
    example: 'tune.vars.txn-max-size 2048',
    args: one('bytes', { kind: 'int', min: 0 }),
  },
  'tune.zlib.memlevel': {
    summary:
      'zlib memLevel (1 to 9) of each compressed stream: more memory means faster compression and a slightly better ratio. Only in builds using zlib rather than the built-in libslz.',
    example: 'tune.zlib.memlevel 9',
    args: one('level', { kind: 'int', min: 1, max: 9 }),
    default: '8',
  },
  'tune.zlib.windowsize': {
    summary:
      'zlib window size as a power of two (8 to 15) for each compressed stream: larger compresses better but uses more memory. Only in builds using zlib rather than the built-in libslz.',
    example: 'tune.zlib.windowsize 12',
    args: one('bits', { kind: 'int', min: 8, max: 15 }),
    default: '15',
  },
  'uid': {
    summary:
      'Numeric user ID the process switches to after startup, dropping root; prefer an account dedicated to HAProxy. HAProxy must be started as root for the switch, and `user` does the same by name.',
    example: 'uid 1001',
    args: one('uid', { kind: 'int', min: 0 }),
  },
  'ulimit-n': {
    summary:
      'Per-process limit of open file descriptors. HAProxy computes it from `maxconn` by default, so set it only when required (e.g. many dynamic servers); to merely cap it, prefer `fd-hard-limit`.',
    example: 'ulimit-n 200000',
    args: one('number', { kind: 'int', min: 0 }),
    default: 'computed automatically',
  },
  'unix-bind': {
    summary:
      'Defaults for UNIX listening sockets: a path `prefix` (resolved before chroot), permission `mode`, owner (`user`/`uid`) and group (`group`/`gid`). Options on a `bind` line take precedence.',
    example: 'unix-bind prefix /var/lib/haproxy mode 770 user haproxy group haproxy',
    args: [{ name: 'options', shape: { kind: 'rest' }, optional: true }],
  },
  'unsetenv': {
    summary:
      'Removes the named environment variables at this point of the parsing, e.g. secrets inherited from the starting shell; names that do not exist are ignored.',
    example: 'unsetenv HTTP_PROXY HTTPS_PROXY',
    args: [{ name: 'name', shape: { kind: 'word' }, repeat: true }],
  },
  'user': {
    summary:
      'System user (looked up in /etc/passwd) the process switches to after startup, dropping root; HAProxy must be started as root. Usually paired with `group`.',
    example: 'user haproxy',
    args: one('name', { kind: 'word' }),
  },
  'warn-blocked-traffic-after': {
    summary:
      'Delay (1 to 1000 ms) after which a task blocking its thread makes HAProxy print a warning with a thread dump on stderr, to spot costly Lua code, huge regex maps and the like. 10 to 100 ms is a sensible range.',
    example: 'warn-blocked-traffic-after 50ms',
    args: one('time', { kind: 'time' }),
    default: '100ms',
  },
  'wurfl-cache-size': {
    summary:
      'Size in entries of the cache of WURFL user-agent lookups; 0 disables it. Only in builds with USE_WURFL=1.',
    example: 'wurfl-cache-size 100000',
    args: one('size', { kind: 'word' }),
  },
  'wurfl-data-file': {
    summary: 'Path of the WURFL device database used for device detection. Only in builds with USE_WURFL=1.',
    example: 'wurfl-data-file /usr/share/wurfl/wurfl.zip',
    args: one('path', { kind: 'file' }),
  },
  'wurfl-engine-mode': {
    summary:
      'Chose between `accuracy` and `performance` detection in older WURFL engines. Undocumented since 2.0; it is still accepted but ignored, so the line can be removed.',
    example: 'wurfl-engine-mode performance',
  },
  'wurfl-information-list': {
    summary:
      'Space-separated WURFL capabilities and properties (such as `wurfl_id` or `model_name`) that the `wurfl-get` and `wurfl-get-all` fetches can return. Only in builds with USE_WURFL=1.',
    example: 'wurfl-information-list wurfl_id model_name is_mobile',
    args: [{ name: 'capability', shape: { kind: 'word' }, repeat: true }],
  },
  'wurfl-information-list-separator': {
    summary:
      'Single character placed between values when several WURFL properties are returned in one header. Only in builds with USE_WURFL=1.',
    example: 'wurfl-information-list-separator |',
    args: one('char', { kind: 'word' }),
    default: ',',
  },
  'wurfl-patch-file': {
    summary:
      'One or more WURFL patch files applied on top of the data file; they are read at startup, before chroot. Only in builds with USE_WURFL=1.',
    example: 'wurfl-patch-file /etc/haproxy/wurfl-patch.xml',
    args: [{ name: 'path', shape: { kind: 'file' }, repeat: true }],
  },
  'wurfl-useragent-priority': {
    summary:
      'Told WURFL whether to prefer the plain User-Agent or the sideloaded browser one. Undocumented since 2.0; it is still accepted but ignored, so the line can be removed.',
    example: 'wurfl-useragent-priority plain',
  },
  'zero-warning': {
    summary:
      'Refuses to start, and makes `haproxy -c` fail, when loading the configuration emits any warning (like the `-dW` option). Recommended for stable configurations to keep them clean and upgrade-safe; runtime warnings are not affected.',
    example: 'zero-warning',
    args: [],
  },
} satisfies Record<string, KeywordDoc>;
