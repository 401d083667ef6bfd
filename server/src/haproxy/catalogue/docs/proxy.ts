import type { ArgSpec, KeywordDoc } from '../../../common/docs.js';

/** A time whose bare number means milliseconds: every `timeout *` and the legacy `*timeout` keywords. */
const TIMEOUT_MS: readonly ArgSpec[] = [{ name: 'timeout', shape: { kind: 'time', unit: 'ms' } }];

/** A time whose bare number means seconds (`clitcpka-idle`, `srvtcpka-intvl`...). */
const DELAY_S: readonly ArgSpec[] = [{ name: 'timeout', shape: { kind: 'time', unit: 's' } }];

/** The eight syslog levels, as HAProxy's get_log_level() accepts them. */
const SYSLOG_LEVELS = ['emerg', 'alert', 'crit', 'err', 'warning', 'notice', 'info', 'debug'] as const;

/** `<name> len <length>` of the `capture` keywords. */
const CAPTURE_ARGS: readonly ArgSpec[] = [
  { name: 'name', shape: { kind: 'word' } },
  { name: 'len', shape: { kind: 'enum', values: ['len'] } },
  { name: 'length', shape: { kind: 'int', min: 0 } },
];

/** `<code> <url>` of the `errorloc*` keywords. */
const ERRORLOC_ARGS: readonly ArgSpec[] = [
  { name: 'code', shape: { kind: 'int', min: 200, max: 599 } },
  { name: 'url', shape: { kind: 'word' } },
];

/** One word then optional `comment <msg>`: `tcp-check send*`. */
const SEND_ARGS = (name: string): readonly ArgSpec[] => [
  { name, shape: { kind: 'word' } },
  { name: 'options', shape: { kind: 'rest' }, optional: true },
];

/**
 * Hand-written docs for the proxy keywords (defaults, frontend, backend, listen); names, sections and
 * versions come from generated/facts.json. `args` follow HAProxy's own parsers (cfgparse-listen.c,
 * proxy.c, tcpcheck.c of 3.2, compared with 2.6). Keywords that take only an ACL condition
 * (`force-persist`, `monitor fail`...) and the rule sets whose next word is an action
 * (`http-request`, `tcp-request content`...) have no `args`: the condition is removed by the parser
 * and actions are documented in the `actions` family. Removed keywords have no `args` either: the
 * removal is what matters there.
 */
export const proxyDocs = {
  'acl': {
    summary: 'Declares a named test (a sample fetch, optional flags and operator, then the values to compare) that rules use in their `if`/`unless` conditions. Several lines with the same name are ORed together. In a defaults section it is only allowed in named ones (2.5+), and is then visible only to rules of that same section.',
    example: 'acl is_api path_beg /api/',
    args: [
      { name: 'aclname', shape: { kind: 'name', defines: 'acl' } },
      { name: 'criterion', shape: { kind: 'word' } },
      { name: 'values', shape: { kind: 'rest' }, optional: true },
    ],
  },
  'appsession': {
    summary: 'Removed in 1.6: learned an application session cookie (like JSESSIONID) and kept each session on the same server through an in-memory table. Use `cookie <name> insert` or a stick table keyed on the cookie (`stick on req.cook(JSESSIONID)`) instead.',
    example: 'appsession JSESSIONID len 52 timeout 3h',
  },
  'backlog': {
    summary: 'Hint given to the kernel for the size of the queue of connections waiting to be accepted on the listeners of this frontend. Raise it to absorb connection bursts or SYN floods; the system may cap it (for example `net.core.somaxconn` on Linux).',
    example: 'backlog 10000',
    args: [{ name: 'conns', shape: { kind: 'int', min: 0 } }],
    default: 'the frontend maxconn',
  },
  'balance': {
    summary: 'Chooses how a backend spreads connections or requests over its servers when no persistence applies: `roundrobin` (weighted, dynamic), `static-rr`, `leastconn` (long sessions), `first`, `source`, `uri`, `url_param`, `hdr(<name>)`, `random`, `rdp-cookie`, `hash <expr>` (2.6+), `log-hash` and `sticky` (log backends, 2.9+). The hashing algorithms follow `hash-type`.',
    example: 'balance leastconn',
    // The algorithm is a word, not an enum: `hdr(host)`, `random(2)` and `rdp-cookie(mstshash)` carry
    // their argument in the same word (validate/proxy.ts checks the name by version). HAProxy takes a
    // bare `balance` as roundrobin, so the algorithm is optional.
    args: [
      { name: 'algorithm', shape: { kind: 'word' }, optional: true },
      { name: 'arguments', shape: { kind: 'rest' }, optional: true },
    ],
    default: 'roundrobin',
  },
  'bind': {
    summary: 'Adds a listening address to a frontend: an IP and port (or a comma-separated list, port ranges allowed), a UNIX socket path or a prefixed address (`ipv6@`, `unix@`, `quic4@`, `fd@`...), followed by bind options such as `ssl crt`, `alpn` or `accept-proxy`. A frontend may have many bind lines.',
    example: 'bind :443 ssl crt /etc/haproxy/certs/ alpn h2,http/1.1',
    args: [
      { name: 'address', shape: { kind: 'address' } },
      { name: 'options', shape: { kind: 'rest' }, optional: true },
    ],
  },
  'bind-process': {
    summary: 'Removed in 2.7 with multi-process mode: limited a proxy to some of the processes started by `nbproc`. Today HAProxy runs one process with threads; pin listeners with the `thread` bind option and size them with `nbthread` in the global section.',
    example: 'bind-process 1',
  },
  'block': {
    summary: 'Removed in 2.1 (deprecated since 1.8): rejected HTTP requests matching a condition with a 403. Write `http-request deny` with the same condition instead.',
    example: 'block if { src 192.0.2.0/24 }',
  },
  'capture cookie': {
    summary: 'Records the value of the first request or response cookie whose name starts with `<name>` (up to `<length>` characters) in the HTTP log line. Only one cookie capture is allowed per frontend.',
    example: 'capture cookie SERVERID len 32',
    args: CAPTURE_ARGS,
  },
  'capture request header': {
    summary: 'Records the value of a request header (truncated to `<length>` characters) and shows it between braces in the HTTP log. Each capture takes a slot; the captured values are also available through `capture.req.hdr(<n>)`.',
    example: 'capture request header Host len 64',
    args: CAPTURE_ARGS,
  },
  'capture response header': {
    summary: 'Records the value of a response header (truncated to `<length>` characters) and shows it between braces in the HTTP log, after the request captures.',
    example: 'capture response header Content-Type len 40',
    args: CAPTURE_ARGS,
  },
  'clitcpka-cnt': {
    summary: 'Number of unanswered TCP keepalive probes after which a client connection is considered dead (TCP_KEEPCNT). Only useful with `option clitcpka` or `option tcpka`.',
    example: 'clitcpka-cnt 3',
    args: [{ name: 'count', shape: { kind: 'int', min: 0 } }],
    default: 'the system setting',
  },
  'clitcpka-idle': {
    summary: 'Idle time after which TCP keepalive probes start on client connections (TCP_KEEPIDLE); a bare number is in seconds. Only useful with `option clitcpka` or `option tcpka`.',
    example: 'clitcpka-idle 60s',
    args: DELAY_S,
    default: 'the system setting',
  },
  'clitcpka-intvl': {
    summary: 'Interval between TCP keepalive probes on client connections (TCP_KEEPINTVL); a bare number is in seconds. Only useful with `option clitcpka` or `option tcpka`.',
    example: 'clitcpka-intvl 10s',
    args: DELAY_S,
    default: 'the system setting',
  },
  'clitimeout': {
    summary: 'Removed in 2.1 (deprecated long before): inactivity timeout on the client side. Use `timeout client`.',
    example: 'clitimeout 30000',
  },
  'compression': {
    summary: 'Compresses HTTP responses (and, from 2.8, optionally requests) on the fly: `algo` picks gzip, deflate or raw-deflate, `type` limits it to some MIME types, `offload` strips Accept-Encoding so the servers never compress, and `direction`, `algo-req`/`algo-res`, `type-req`/`type-res`, `minsize-req`/`minsize-res` tune each direction. Responses that are already compressed or too small are left alone.',
    example: 'compression algo gzip\ncompression type text/html text/plain text/css application/javascript application/json',
    args: [
      {
        name: 'setting',
        shape: {
          kind: 'enum',
          values: ['algo', 'algo-req', 'algo-res', 'type', 'type-req', 'type-res', 'offload', 'minsize-req', 'minsize-res', 'direction'],
        },
      },
      { name: 'values', shape: { kind: 'rest' }, optional: true },
    ],
  },
  'contimeout': {
    summary: 'Removed in 2.1 (deprecated long before): maximum time to wait for a connection to a server. Use `timeout connect`.',
    example: 'contimeout 5000',
  },
  'cookie': {
    summary: 'Enables cookie-based persistence: HAProxy sets or reads the named cookie to send a client back to the server it used before. The usual form is `insert indirect nocache`; each server line then needs `cookie <value>`. Other options are `rewrite`, `prefix`, `preserve`, `httponly`, `secure`, `domain`, `maxidle`, `maxlife`, `dynamic` and `attr`.',
    example: 'cookie SERVERID insert indirect nocache httponly secure',
    args: [
      { name: 'name', shape: { kind: 'word' } },
      { name: 'options', shape: { kind: 'rest' }, optional: true },
    ],
  },
  'crt': {
    summary: 'Not a working keyword: it appears only in the keyword matrix of the 3.2 manual, left over from a development name of `ssl-f-use`, and HAProxy 3.2 rejects it. Declare frontend certificates with `ssl-f-use crt <file>` or `crt` on the bind line.',
    example: 'ssl-f-use crt /etc/haproxy/certs/site.pem',
  },
  'declare capture': {
    summary: 'Reserves an extra capture slot of the given length for requests or responses, to be filled by `http-request capture ... id <n>` or `http-response capture` rules. Slots are numbered in declaration order, after those of `capture request/response header`.',
    example: 'declare capture request len 64',
    args: [
      { name: 'direction', shape: { kind: 'enum', values: ['request', 'response'] } },
      { name: 'len', shape: { kind: 'enum', values: ['len'] } },
      { name: 'length', shape: { kind: 'int', min: 1 } },
    ],
  },
  'default-server': {
    summary: 'Sets default options for the `server` and `server-template` lines that follow in the same section (or in sections using this defaults section), such as `check`, `inter`, `maxconn` or `ssl`. A server line can still override each of them.',
    example: 'default-server inter 3s fall 3 rise 2 check',
    args: [{ name: 'options', shape: { kind: 'rest' }, optional: true }],
  },
  'default_backend': {
    summary: 'Backend that receives the traffic of a frontend when no `use_backend` rule matched. Unlike `use_backend`, the name cannot be a dynamic expression; the backend must exist and use a compatible `mode`.',
    example: 'default_backend web_servers',
    args: [{ name: 'backend', shape: { kind: 'ref', target: 'backend' } }],
  },
  'description': {
    summary: 'Free text describing the proxy, shown on the statistics page (the rest of the line, spaces included).',
    example: 'description Public web front, see the runbook before changing',
    args: [{ name: 'text', shape: { kind: 'rest' } }],
  },
  'disabled': {
    summary: 'Keeps the proxy configured but stopped: a disabled frontend does not listen and a disabled backend takes no traffic. Handy to park a section without deleting it; `enabled` undoes it after a defaults section.',
    example: 'disabled',
    args: [],
  },
  'dispatch': {
    summary: 'Sends every connection of a backend without servers to one fixed address and port, with no health checks or balancing. A historical shortcut; a single `server` line is the usual way today.',
    example: 'dispatch 192.0.2.10:8080',
    args: [{ name: 'address', shape: { kind: 'address' } }],
  },
  'dynamic-cookie-key': {
    summary: 'Secret used with `cookie <name> ... dynamic`: each server cookie value is then derived from this key and the server address and port, so servers added at run time get a stable cookie without a `cookie` setting. Keep the same key on every load balancer of a cluster.',
    example: 'dynamic-cookie-key Kx7rQ2vLm9Tz',
    args: [{ name: 'key', shape: { kind: 'word' } }],
  },
  'email-alert from': {
    summary: 'Sender address of the email alerts sent on server state changes. Alerts need `email-alert from`, `email-alert to` and `email-alert mailers` all set.',
    example: 'email-alert from haproxy@example.com',
    args: [{ name: 'emailaddr', shape: { kind: 'word' } }],
  },
  'email-alert level': {
    summary: 'Most verbose syslog level that still triggers an email alert: `alert` covers servers going down, `notice` adds servers coming back up or draining, `info` adds health check changes when `option log-health-checks` is on.',
    example: 'email-alert level notice',
    args: [{ name: 'level', shape: { kind: 'enum', values: SYSLOG_LEVELS } }],
    default: 'alert',
  },
  'email-alert mailers': {
    summary: 'Name of the `mailers` section listing the SMTP servers used to send this proxy email alerts.',
    example: 'email-alert mailers ops_mailers',
    args: [{ name: 'mailersect', shape: { kind: 'ref', target: 'mailers' } }],
  },
  'email-alert myhostname': {
    summary: 'Host name announced in the SMTP HELO/EHLO greeting when sending email alerts.',
    example: 'email-alert myhostname lb1.example.com',
    args: [{ name: 'hostname', shape: { kind: 'word' } }],
    default: 'the system host name',
  },
  'email-alert to': {
    summary: 'Recipient address of the email alerts sent on server state changes.',
    example: 'email-alert to oncall@example.com',
    args: [{ name: 'emailaddr', shape: { kind: 'word' } }],
  },
  'enabled': {
    summary: 'Cancels a `disabled` inherited from a defaults section, so this proxy starts normally.',
    example: 'enabled',
    args: [],
  },
  'error-log-format': {
    summary: 'Log format used for connections that fail before a stream exists (TLS handshake errors, PROXY protocol errors, timeouts during the handshake), instead of the normal `log-format`. The whole format is one argument: quote it or escape its spaces.',
    example: 'error-log-format "%ci:%cp [%tr] %ft %ac/%fc %[fc_err_str]"',
    args: [{ name: 'format', shape: { kind: 'word' } }],
  },
  'errorfile': {
    summary: 'Replaces HAProxy built-in error page for one status code with the contents of a file. The file must be a complete raw HTTP response (status line, headers, empty line, body) and fit in a buffer; it is read once at startup.',
    example: 'errorfile 503 /etc/haproxy/errors/503.http',
    args: [
      { name: 'code', shape: { kind: 'int', min: 200, max: 599 } },
      { name: 'file', shape: { kind: 'file' } },
    ],
  },
  'errorfiles': {
    summary: 'Imports the error pages of an `http-errors` section, for all of its status codes or only for the codes listed (2.2+). Handy to share one set of pages between many proxies.',
    example: 'errorfiles site_errors 503 504',
    args: [
      { name: 'name', shape: { kind: 'ref', target: 'http-errors' } },
      { name: 'code', shape: { kind: 'int', min: 200, max: 599 }, optional: true, repeat: true },
    ],
  },
  'errorloc': {
    summary: 'Answers with a 302 redirect to the given URL instead of HAProxy error page for this status code. The browser then requests the URL itself, so it must be served by something that is up; same as `errorloc302`.',
    example: 'errorloc 503 https://status.example.com/',
    args: ERRORLOC_ARGS,
  },
  'errorloc302': {
    summary: 'Answers with a 302 redirect to the given URL instead of HAProxy error page for this status code, like `errorloc`. Some clients replay a POST to the new URL after a 302; `errorloc303` makes them switch to GET.',
    example: 'errorloc302 503 https://status.example.com/',
    args: ERRORLOC_ARGS,
  },
  'errorloc303': {
    summary: 'Answers with a 303 See Other redirect to the given URL instead of HAProxy error page for this status code, so the client always fetches it with GET, even after a POST.',
    example: 'errorloc303 503 https://status.example.com/',
    args: ERRORLOC_ARGS,
  },
  'external-check command': {
    summary: 'Program run for each health check when `option external-check` is on; it gets the proxy and server addresses as arguments and environment variables, and exit status 0 means up. Needs `external-check` and `insecure-fork-wanted` in the global section.',
    example: 'external-check command /usr/local/bin/check-app.sh',
    args: [{ name: 'command', shape: { kind: 'word' } }],
  },
  'external-check path': {
    summary: 'PATH environment variable given to the external health check program.',
    example: 'external-check path /usr/bin:/bin',
    args: [{ name: 'path', shape: { kind: 'word' } }],
  },
  'filter': {
    summary: 'Attaches a filter to the proxy: `compression`, `cache`, `spoe`, `fcgi-app`, `bwlim-in`/`bwlim-out` or `trace`, with its own parameters. Filters run in declaration order, so when several are used, declare `compression` and `cache` explicitly in the right order.',
    example: 'filter spoe engine modsecurity config /etc/haproxy/spoe-modsecurity.conf',
    args: [
      { name: 'name', shape: { kind: 'word' } },
      { name: 'parameters', shape: { kind: 'rest' }, optional: true },
    ],
  },
  'force-persist': {
    summary: 'When the condition matches, keeps a request on the server named by its persistence cookie even if that server is down or in maintenance, for example to let an administrator reach a drained server.',
    example: 'force-persist if { hdr(X-Admin-Debug) -m found } { src 10.0.0.0/8 }',
  },
  'fullconn': {
    summary: 'Backend load at which servers using `minconn` reach their `maxconn`: below it their limit scales between `minconn` and `maxconn`. Only matters for dynamic connection limits.',
    example: 'fullconn 1000',
    args: [{ name: 'conns', shape: { kind: 'int', min: 0 } }],
    default: '10% of the sum of the maxconn of the frontends using the backend',
  },
  'grace': {
    summary: 'Removed from proxies in 2.5 (deprecated in 2.3): kept a proxy accepting connections for a while after a soft stop began. Since 2.5 `grace` is a global keyword; see also `hard-stop-after`.',
    example: 'grace 10s',
  },
  'guid': {
    summary: 'Stable, case-sensitive unique identifier for this proxy (3.0+), for example to find its counters again when a `stats-file` is loaded after a reload. At most 127 characters among letters, digits, `.`, `:`, `-` and `_`, unique across all objects of the configuration.',
    example: 'guid fe-public-web',
    args: [{ name: 'guid', shape: { kind: 'word' } }],
  },
  'hash-balance-factor': {
    summary: 'Bounded load for consistent hashing: a server is skipped when its load would exceed this percentage of the average (150 means 1.5 times), trading some stickiness for balance. 0 disables it; other values must be above 100.',
    example: 'hash-balance-factor 150',
    args: [{ name: 'factor', shape: { kind: 'int', min: 0 } }],
    default: '0 (disabled)',
  },
  'hash-key': {
    summary: 'Not a proxy keyword: the 3.0 manual listed it here by mistake. It is a `server` option (`id`, `addr` or `addr-port`) choosing what the consistent hashing node keys are derived from; set it on server or default-server lines.',
    example: 'default-server hash-key addr-port',
  },
  'hash-preserve-affinity': {
    summary: 'With hash-based balancing, what to do when the hashed server is saturated (3.2+): `always` keeps the affinity, `maxconn` skips servers at their maxconn, `maxqueue` skips servers whose queue is full.',
    example: 'hash-preserve-affinity maxqueue',
    args: [{ name: 'method', shape: { kind: 'enum', values: ['always', 'maxconn', 'maxqueue'] } }],
    default: 'always',
  },
  'hash-type': {
    summary: 'How hash-based `balance` algorithms map keys to servers: `map-based` (static, best spread, reshuffles when a server changes) or `consistent` (moves few keys when servers come and go, slightly less even), then the hash function (`sdbm`, `djb2`, `wt6`, `crc32`, or `none` from 2.9) and the optional `avalanche` modifier.',
    example: 'hash-type consistent',
    args: [
      { name: 'method', shape: { kind: 'enum', values: ['map-based', 'consistent'] } },
      { name: 'function', shape: { kind: 'enum', values: ['sdbm', 'djb2', 'wt6', 'crc32', 'none'] }, optional: true },
      { name: 'modifier', shape: { kind: 'enum', values: ['avalanche'] }, optional: true },
    ],
    default: 'map-based sdbm',
  },
  'http-after-response': {
    summary: 'Rule set applied to every response leaving HAProxy, including those it generates itself (errors, redirects, `http-request return`, the stats page), which `http-response` rules never see. Typical use: add security headers everywhere. Allowed in named defaults sections only.',
    example: 'http-after-response set-header Strict-Transport-Security "max-age=31536000"',
  },
  'http-check comment': {
    summary: 'Attaches a comment to the following `http-check` rules; it is reported in logs and on the stats page when one of them fails.',
    example: 'http-check comment "login page"',
    args: [{ name: 'comment', shape: { kind: 'word' } }],
  },
  'http-check connect': {
    summary: 'Opens a new connection in an HTTP health check sequence (2.2+), optionally to another port or address, with TLS, SNI, ALPN or the PROXY protocol. Without it, the first step connects to the server as configured.',
    example: 'http-check connect port 8443 ssl sni api.example.com alpn h2',
    args: [{ name: 'options', shape: { kind: 'rest' }, optional: true }],
  },
  'http-check disable-on-404': {
    summary: 'Puts a server that answers its HTTP health check with a 404 into the drain state (no new traffic, persistent clients still served) instead of marking it down. Lets an application announce its own maintenance.',
    example: 'http-check disable-on-404',
    args: [],
  },
  'http-check expect': {
    summary: 'Condition a health check response must meet: `status <codes>`, `rstatus <regex>`, `string <text>`, `rstring <regex>`, header tests (2.2+) and more, optionally negated with `!`. Without it, any 2xx or 3xx status is a success.',
    example: 'http-check expect status 200-399',
    args: [{ name: 'rule', shape: { kind: 'rest' } }],
  },
  'http-check send': {
    summary: 'Builds the request of an HTTP health check (2.2+): `meth`, `uri` (or `uri-lf`), `ver`, `hdr <name> <value>` and `body`. This is the way to send a Host header, instead of stuffing it into `option httpchk`.',
    example: 'http-check send meth GET uri /health ver HTTP/1.1 hdr Host app.example.com',
    args: [{ name: 'options', shape: { kind: 'rest' }, optional: true }],
  },
  'http-check send-state': {
    summary: 'Adds an `X-Haproxy-Server-State` header to HTTP health check requests, telling the server its state, weight and the number of connections and queued requests as HAProxy sees them.',
    example: 'http-check send-state',
    args: [],
  },
  'http-check set-var': {
    summary: 'Sets a variable from a sample expression during an HTTP health check sequence (2.2+), for use by later check rules (`check.` scope is typical).',
    example: 'http-check set-var(check.port) int(8080)',
  },
  'http-check set-var-fmt': {
    summary: 'Sets a variable from a log-format string during an HTTP health check sequence (2.5+).',
    example: 'http-check set-var-fmt(check.path) "/health/%[env(NODE)]"',
  },
  'http-check unset-var': {
    summary: 'Removes a variable during an HTTP health check sequence (2.2+).',
    example: 'http-check unset-var(check.port)',
  },
  'http-error': {
    summary: 'Defines the response HAProxy sends for a given error status (2.2+): a file, a string or log-format text, a content type and extra headers. More flexible than `errorfile`, and also used by `http-request deny/return` rules without their own body.',
    example: 'http-error status 503 content-type text/html lf-file /etc/haproxy/errors/503.html',
    args: [{ name: 'reply', shape: { kind: 'rest' } }],
  },
  'http-request': {
    summary: 'Rule set evaluated on each HTTP request, in order, with an optional `if`/`unless` condition: access control (`deny`, `auth`, `tarpit`), header and URL rewriting, redirects, variables, stick counters and more. Allowed in named defaults sections only (2.5+).',
    example: 'http-request deny if { path_beg /admin } !{ src 10.0.0.0/8 }',
  },
  'http-response': {
    summary: 'Rule set evaluated on each HTTP response coming from a server, with an optional condition: header rewriting, deny, variables, cache storage and so on. It does not see responses generated by HAProxy; use `http-after-response` for those.',
    example: 'http-response del-header Server',
  },
  'http-reuse': {
    summary: 'How idle server-side connections are shared between client sessions: `never`, `safe` (the first request of a session gets its own connection), `aggressive` (reuses connections proven reusable), `always` (reuses any idle connection). Connections tied to one client, such as NTLM-authenticated ones, are never shared.',
    example: 'http-reuse safe',
    args: [{ name: 'mode', shape: { kind: 'enum', values: ['never', 'safe', 'aggressive', 'always'] } }],
    default: 'safe',
  },
  'http-send-name-header': {
    summary: 'Sets a header carrying the name of the chosen server in each request sent to it (any copy sent by the client is removed, and retries update it). Do not use it with transport headers such as Content-Length or Connection, nor as a way to rewrite Host.',
    example: 'http-send-name-header X-Backend-Server',
    args: [{ name: 'header', shape: { kind: 'word' }, optional: true }],
  },
  'id': {
    summary: 'Fixes the numeric identifier of the proxy (shown as `iid` in stats and used by SNMP tools), instead of the automatic one; it must be positive and unique.',
    example: 'id 10',
    args: [{ name: 'value', shape: { kind: 'int', min: 1 } }],
  },
  'ignore-persist': {
    summary: 'When the condition matches, ignores persistence (cookie or stick table) and load-balances the request normally, typically for static files that any server can serve.',
    example: 'ignore-persist if { path_end .css .js .png }',
  },
  'load-server-state-from-file': {
    summary: 'At startup or reload, restores server states (up/down, weights, addresses learned by DNS) that were dumped with the CLI `show servers state`: `global` reads the global `server-state-file`, `local` the file named by `server-state-file-name`, `none` nothing.',
    example: 'load-server-state-from-file global',
    args: [{ name: 'source', shape: { kind: 'enum', values: ['global', 'local', 'none'] } }],
    default: 'none',
  },
  'log': {
    summary: 'Sends this proxy logs to a syslog target (`ip:port`, a UNIX socket, `stdout`, `ring@<name>`...) with a facility and optional levels, or uses the global loggers with `log global`. `no log` cancels loggers inherited from a defaults section.',
    example: 'log global',
    args: [
      { name: 'target', shape: { kind: 'word' } },
      { name: 'options', shape: { kind: 'rest' }, optional: true },
    ],
  },
  'log-format': {
    summary: 'Custom format of the traffic log lines, built from `%` variables and `%[sample]` expressions. The whole format is one argument: put it in double quotes or escape every space. It replaces `option httplog`/`tcplog` and is ignored in backends.',
    example: 'log-format "%ci:%cp [%tr] %ft %b/%s %Ta %ST %B %tsc %{+Q}r"',
    args: [{ name: 'format', shape: { kind: 'word' } }],
  },
  'log-format-sd': {
    summary: 'Format of the RFC 5424 structured-data field added to log lines sent in `rfc5424` format. One argument, like `log-format`.',
    example: 'log-format-sd "[exampleSDID@1234 bytes=\\"%B\\" status=\\"%ST\\"]"',
    args: [{ name: 'format', shape: { kind: 'word' } }],
  },
  'log-steps': {
    summary: 'Steps of a transaction at which a log line is emitted (3.1+): `all`, or a comma-separated list of `accept`, `request`, `connect`, `response`, `close` (and origins defined by log profiles). Without it, one line is logged at the end.',
    example: 'log-steps accept,close',
    args: [{ name: 'steps', shape: { kind: 'word' } }],
  },
  'log-tag': {
    summary: 'Tag (program name) put in the syslog header of this proxy log lines, to tell customers or applications apart on a shared log server.',
    example: 'log-tag shop-frontend',
    args: [{ name: 'tag', shape: { kind: 'word' } }],
    default: 'the global log-tag, else the program name',
  },
  'max-keep-alive-queue': {
    summary: 'When the server of a keep-alive connection is saturated, a request waits in its queue only if fewer than this many are queued; otherwise it goes to another server through a new connection. -1 means no limit, 0 never queues.',
    example: 'max-keep-alive-queue 10',
    args: [{ name: 'value', shape: { kind: 'int', min: -1 } }],
    default: '-1 (no limit)',
  },
  'max-session-srv-conns': {
    summary: 'Maximum number of idle server connections a single client session keeps attached to itself for reuse.',
    example: 'max-session-srv-conns 10',
    args: [{ name: 'nb', shape: { kind: 'int', min: 0 } }],
    default: '5',
  },
  'maxconn': {
    summary: 'Maximum number of concurrent connections a frontend accepts; beyond it new connections wait in the kernel backlog. Keep it below the global `maxconn`. It is not a backend setting: limit servers with `maxconn` on their server lines.',
    example: 'maxconn 20000',
    args: [{ name: 'conns', shape: { kind: 'int', min: 0 } }],
    default: '0 (use the global maxconn)',
  },
  'mode': {
    summary: 'Protocol handled by the proxy: `tcp` (layer 4, the default) or `http` (full HTTP parsing, needed by all HTTP rules, cookies and HTTP logs). Backends only may also use `log` (2.9+, to load-balance syslog) and `spop` (3.1+, SPOE agents). `mode health` existed up to 2.2 and is now rejected.',
    example: 'mode http',
    args: [{ name: 'mode', shape: { kind: 'enum', values: ['tcp', 'http', 'log', 'spop'] } }],
    default: 'tcp',
  },
  'monitor fail': {
    summary: 'Makes the `monitor-uri` answer 503 instead of 200 when the condition matches, for example when the backend has no usable server, so an external load balancer stops sending traffic here.',
    example: 'monitor fail if { nbsrv(app) lt 1 }',
  },
  'monitor-net': {
    summary: 'Removed in 2.3: connections from these networks got an immediate OK (and were not logged), for external monitoring. Use `http-request return status 200 if { src <network> }` instead.',
    example: 'monitor-net 192.0.2.0/24',
  },
  'monitor-uri': {
    summary: 'Requests for exactly this path get an immediate `200 OK` from HAProxy itself, without being forwarded or logged; combine with `monitor fail` to report failure. Meant for upstream load balancers or monitoring probes.',
    example: 'monitor-uri /haproxy-health',
    args: [{ name: 'uri', shape: { kind: 'word' } }],
  },
  'option abortonclose': {
    summary: 'Drops requests still queued or connecting when the client has already closed its side, which saves saturated servers from work nobody waits for. `no option abortonclose` cancels it when inherited.',
    example: 'option abortonclose',
    args: [],
  },
  'option accept-invalid-http-request': {
    summary: 'Deprecated since 3.1 for `option accept-unsafe-violations-in-http-request`: relaxes HTTP request parsing for broken clients. `no option ...` restores strict parsing.',
    example: 'option accept-invalid-http-request',
    args: [],
  },
  'option accept-invalid-http-response': {
    summary: 'Deprecated since 3.1 for `option accept-unsafe-violations-in-http-response`: relaxes HTTP response parsing for broken servers. `no option ...` restores strict parsing.',
    example: 'option accept-invalid-http-response',
    args: [],
  },
  'option accept-unsafe-violations-in-http-request': {
    summary: 'Accepts some malformed requests that strict parsing rejects (invalid characters in header names or URIs, fragments in URLs, Host/authority mismatches) to work around a buggy client (3.1+). Weakens protection against smuggling; enable only where needed and temporarily.',
    example: 'option accept-unsafe-violations-in-http-request',
    args: [],
  },
  'option accept-unsafe-violations-in-http-response': {
    summary: 'Accepts some malformed responses from a buggy server that strict parsing rejects (3.1+). Use only for a known legacy server, in its own backend.',
    example: 'option accept-unsafe-violations-in-http-response',
    args: [],
  },
  'option allbackups': {
    summary: 'When all normal servers are down, balances over all backup servers at once instead of only the first one. `no option allbackups` restores the default.',
    example: 'option allbackups',
    args: [],
  },
  'option checkcache': {
    summary: 'Blocks cacheable responses that set a cookie (replacing them with an error), so a shared cache never hands one user session cookie to others. A safety net for applications with careless caching headers.',
    example: 'option checkcache',
    args: [],
  },
  'option clitcpka': {
    summary: 'Enables TCP keepalive probes on client connections, so the system detects dead peers and keeps idle connections alive through firewalls. It does not replace `timeout client`.',
    example: 'option clitcpka',
    args: [],
  },
  'option contstats': {
    summary: 'Updates traffic counters continuously while data flows instead of only when a transfer ends, so stats are accurate with long-lived connections (at a small CPU cost).',
    example: 'option contstats',
    args: [],
  },
  'option disable-h2-upgrade': {
    summary: 'Stops HTTP/1 client connections from being upgraded to HTTP/2 when they start with the HTTP/2 preface (2.2+); cleartext clients then stay on HTTP/1.',
    example: 'option disable-h2-upgrade',
    args: [],
  },
  'option dontlog-normal': {
    summary: 'Logs only failed or abnormal transactions (errors, timeouts, retries, redispatches), dropping successful ones. Cuts log volume on busy sites but hides normal traffic from analysis.',
    example: 'option dontlog-normal',
    args: [],
  },
  'option dontlognull': {
    summary: 'Does not log connections that sent no data at all, such as TCP probes from monitoring systems or upstream load balancers. Pitfall: port scans and some attacks become invisible too.',
    example: 'option dontlognull',
    args: [],
  },
  'option external-check': {
    summary: 'Runs health checks through an external program given by `external-check command` instead of a network check. Needs `external-check` and `insecure-fork-wanted` in the global section; forking on every check is costly with many servers.',
    example: 'option external-check',
    args: [],
  },
  'option forceclose': {
    summary: 'Removed in 2.0 (deprecated in 1.9): actively closed both connections after each response. Remove it, or use `option httpclose` if closing is really required.',
    example: 'option forceclose',
  },
  'option forwarded': {
    summary: 'Adds an RFC 7239 `Forwarded` header to requests sent to the servers (2.8+), with the parameters chosen (`proto`, `host`, `by`, `for`, their ports, or custom expressions). Without parameters it sends `proto` and `for`. `no option forwarded` cancels an inherited one.',
    example: 'option forwarded proto host for',
    args: [{ name: 'parameters', shape: { kind: 'rest' }, optional: true }],
  },
  'option forwardfor': {
    summary: 'Adds an `X-Forwarded-For` header (or the one named by `header`) carrying the client IP to requests sent to the servers. `except <network>` skips trusted sources, `if-none` keeps a header already present; remember that clients can forge an existing header.',
    example: 'option forwardfor except 127.0.0.0/8',
    args: [{ name: 'options', shape: { kind: 'rest' }, optional: true }],
  },
  'option h1-case-adjust-bogus-client': {
    summary: 'Rewrites header names in HTTP/1 responses sent to clients with the case mapping of the global `h1-case-adjust` keywords, for legacy clients that mishandle the lowercase names HAProxy produces.',
    example: 'option h1-case-adjust-bogus-client',
    args: [],
  },
  'option h1-case-adjust-bogus-server': {
    summary: 'Rewrites header names in HTTP/1 requests sent to servers with the case mapping of the global `h1-case-adjust` keywords, for legacy servers that expect a given case.',
    example: 'option h1-case-adjust-bogus-server',
    args: [],
  },
  'option http-buffer-request': {
    summary: 'Waits for the request body (as much as fits in a buffer) before running the rules and choosing a server, so that body-based fetches like `req.body` or `balance url_param ... check_post` work. Adds latency on large uploads.',
    example: 'option http-buffer-request',
    args: [],
  },
  'option http-drop-request-trailers': {
    summary: 'Removes HTTP trailers from requests before they reach the server (3.2+), protecting applications that would merge them into the headers unchecked. Backend side option.',
    example: 'option http-drop-request-trailers',
    args: [],
  },
  'option http-drop-response-trailers': {
    summary: 'Removes HTTP trailers from responses before they reach the client (3.2+). Frontend side option.',
    example: 'option http-drop-response-trailers',
    args: [],
  },
  'option http-ignore-probes': {
    summary: 'Silently ignores connections that close without sending a request (browser pre-connections), instead of logging them and answering a 408. Pitfall: it can also hide real client problems.',
    example: 'option http-ignore-probes',
    args: [],
  },
  'option http-keep-alive': {
    summary: 'Keeps both client and server connections open between requests. This is the default HTTP mode; write it to cancel `httpclose` or `http-server-close` inherited from a defaults section.',
    example: 'option http-keep-alive',
    args: [],
  },
  'option http-no-delay': {
    summary: 'Sends each piece of HTTP data as soon as it is available instead of letting TCP merge small packets, for interactive or real-time traffic. It increases packet count and network load.',
    example: 'option http-no-delay',
    args: [],
  },
  'option http-pretend-keepalive': {
    summary: 'With `http-server-close`, tells the server the connection is kept alive although HAProxy closes it, so servers that react to a close request by dropping chunked encoding or compression keep their normal behaviour.',
    example: 'option http-pretend-keepalive',
    args: [],
  },
  'option http-restrict-req-hdr-names': {
    summary: 'What to do with request headers whose names contain characters other than letters, digits and `-` (2.6+): `preserve` them, `delete` them, or `reject` the request with a 403. Important for FastCGI, where `_` and `-` collide.',
    example: 'option http-restrict-req-hdr-names reject',
    args: [{ name: 'policy', shape: { kind: 'enum', values: ['preserve', 'delete', 'reject'] } }],
    default: 'preserve (delete with a FastCGI application)',
  },
  'option http-server-close': {
    summary: 'Keeps client connections alive but closes the server connection after each response. Useful for servers that handle keep-alive badly; costs a new server connection per request.',
    example: 'option http-server-close',
    args: [],
  },
  'option http-tunnel': {
    summary: 'Removed in 2.1 (deprecated in 2.0): stopped HTTP processing after the first request of a connection. Remove it; modern HAProxy handles every request and switches to tunnel mode by itself for WebSocket or CONNECT.',
    example: 'option http-tunnel',
  },
  'option http-use-htx': {
    summary: 'Existed in 1.9 and 2.0 to switch on the HTX internal HTTP representation. HTX is the only engine since 2.1, so remove the line.',
    example: 'option http-use-htx',
  },
  'option http-use-proxy-header': {
    summary: 'Treats the non-standard `Proxy-Connection` request header like `Connection`, for clients that talk to HAProxy as an explicit proxy.',
    example: 'option http-use-proxy-header',
    args: [],
  },
  'option http_proxy': {
    summary: 'Removed in 2.5 (broken since 1.9): made HAProxy act as a basic forward proxy connecting to the host found in the request URL. Rebuild it with `http-request set-dst`, `set-uri` or `do-resolve` rules.',
    example: 'option http_proxy',
  },
  'option httpchk': {
    summary: 'Turns server health checks (`check` on server lines) into HTTP requests; a 2xx or 3xx status means up. The optional arguments set the method, URI, HTTP version and (3.1+) Host header; with one argument it is the URI. Since 2.2, prefer `http-check send` for headers: headers appended to the version string are rejected from 2.8.',
    example: 'option httpchk GET /health',
    args: [
      { name: 'method', shape: { kind: 'word' }, optional: true },
      { name: 'uri', shape: { kind: 'word' }, optional: true },
      { name: 'version', shape: { kind: 'word' }, optional: true },
      { name: 'host', shape: { kind: 'word' }, optional: true },
    ],
    default: 'OPTIONS / HTTP/1.0',
  },
  'option httpclose': {
    summary: 'Closes the connection on both sides after each response (adding `Connection: close`), as was common before keep-alive. `no option httpclose` returns to keep-alive.',
    example: 'option httpclose',
    args: [],
  },
  'option httplog': {
    summary: 'Switches to the detailed HTTP log format (timers, status, captured headers, termination state, request line); `clf` gives the Common Log Format instead. Set it on frontends; it is ignored in backends.',
    example: 'option httplog',
    args: [{ name: 'clf', shape: { kind: 'enum', values: ['clf'] }, optional: true }],
  },
  'option httpslog': {
    summary: 'HTTP log format extended with TLS details (version, cipher, SNI, handshake errors) (2.5+). Set it on frontends.',
    example: 'option httpslog',
    args: [],
  },
  'option idle-close-on-response': {
    summary: 'During a soft stop (reload), keeps idle client connections open until they send one more request, whose response then carries `Connection: close` (2.6+). Helps clients that do not retry, such as some cloud load balancers, at the cost of old processes living longer.',
    example: 'option idle-close-on-response',
    args: [],
  },
  'option independant-streams': {
    summary: 'Misspelt 1.4 name of `option independent-streams`, renamed in 1.5. Use the correct spelling.',
    example: 'option independant-streams',
  },
  'option independent-streams': {
    summary: 'Stops data sent on a socket from also refreshing its read timeout, so a peer that vanished while output piles up in socket buffers is caught by the read timeout (long, quiet sessions such as telnet). On a backend it can break large uploads from slow clients; use with care.',
    example: 'option independent-streams',
    args: [],
  },
  'option ldap-check': {
    summary: 'Health checks servers with an anonymous LDAPv3 bind request and expects a successful bind response.',
    example: 'option ldap-check',
    args: [],
  },
  'option log-health-checks': {
    summary: 'Logs every health check status change of the servers in detail (failed step, reason, response), not only the up and down transitions.',
    example: 'option log-health-checks',
    args: [],
  },
  'option log-separate-errors': {
    summary: 'Logs transactions that ended abnormally at level `err` instead of `info`, so a syslog rule can route them to a separate file.',
    example: 'option log-separate-errors',
    args: [],
  },
  'option logasap': {
    summary: 'Emits the log line as soon as the server response headers arrive, without waiting for the end of the transfer; sizes and total times are then partial (prefixed with `+`). Handy for long downloads.',
    example: 'option logasap',
    args: [],
  },
  'option mysql-check': {
    summary: 'Health checks MySQL or MariaDB servers. With `user <name>` HAProxy completes a login (the user must exist without a password and be allowed from the HAProxy host); `pre-41` is for servers older than 4.1. Without a user, only the server greeting is checked.',
    example: 'option mysql-check user haproxy_check',
    args: [
      { name: 'user', shape: { kind: 'enum', values: ['user'] }, optional: true },
      { name: 'username', shape: { kind: 'word' }, optional: true },
      { name: 'protocol', shape: { kind: 'enum', values: ['post-41', 'pre-41'] }, optional: true },
    ],
  },
  'option nolinger': {
    summary: 'Closes connections immediately with a reset instead of letting the system linger to deliver pending data. Frees resources after errors but may truncate the last data sent; avoid it unless you know why.',
    example: 'option nolinger',
    args: [],
  },
  'option originalto': {
    summary: 'Adds an `X-Original-To` header (or the one named by `header`) with the original destination address of the connection, useful behind transparent interception or NAT. `except <network>` skips some destinations.',
    example: 'option originalto except 127.0.0.1',
    args: [{ name: 'options', shape: { kind: 'rest' }, optional: true }],
  },
  'option persist': {
    summary: 'Keeps sending a client with a persistence cookie to its server even when health checks mark it down; if the connection fails and `option redispatch` is set, the request goes elsewhere.',
    example: 'option persist',
    args: [],
  },
  'option pgsql-check': {
    summary: 'Health checks PostgreSQL servers by sending a startup packet for the given user and expecting an authentication request or success in reply. The user does not need a password.',
    example: 'option pgsql-check user haproxy_check',
    args: [
      { name: 'user', shape: { kind: 'enum', values: ['user'] } },
      { name: 'username', shape: { kind: 'word' } },
    ],
  },
  'option prefer-last-server': {
    summary: 'On a keep-alive connection, sends the next request to the server used for the previous one when possible, even without persistence. Helps protocols such as NTLM that authenticate the connection.',
    example: 'option prefer-last-server',
    args: [],
  },
  'option redis-check': {
    summary: 'Health checks Redis servers with a `PING` and expects `+PONG`. It does not tell a master from a replica; use `tcp-check` rules for that.',
    example: 'option redis-check',
    args: [],
  },
  'option redispatch': {
    summary: 'Allows a retried connection to go to another server when the one chosen by persistence fails, instead of insisting on it. By default only the last retry is redispatched; a positive interval redispatches every N retries, a negative one only the last -N. `no option redispatch` disables it.',
    example: 'option redispatch',
    args: [{ name: 'interval', shape: { kind: 'int' }, optional: true }],
  },
  'option smtpchk': {
    summary: 'Health checks SMTP servers by sending `HELO` or `EHLO` with a domain and expecting a 2xx reply. Without arguments it sends `HELO localhost`.',
    example: 'option smtpchk EHLO lb.example.com',
    args: [
      { name: 'hello', shape: { kind: 'word' }, optional: true },
      { name: 'domain', shape: { kind: 'word' }, optional: true },
    ],
  },
  'option socket-stats': {
    summary: 'Collects statistics per listening socket (each `bind` line), shown as separate lines on the stats page.',
    example: 'option socket-stats',
    args: [],
  },
  'option splice-auto': {
    summary: 'Lets HAProxy use Linux kernel splicing where it judges it worthwhile, moving large transfers between sockets without copying them through user space.',
    example: 'option splice-auto',
    args: [],
  },
  'option splice-request': {
    summary: 'Always uses Linux kernel splicing for data sent from the client to the server, when possible.',
    example: 'option splice-request',
    args: [],
  },
  'option splice-response': {
    summary: 'Always uses Linux kernel splicing for data sent from the server to the client, when possible.',
    example: 'option splice-response',
    args: [],
  },
  'option spop-check': {
    summary: 'Health checks SPOE agents with a SPOP HELLO handshake. Use it in backends of SPOE agents.',
    example: 'option spop-check',
    args: [],
  },
  'option srvtcpka': {
    summary: 'Enables TCP keepalive probes on server connections, so the system detects dead peers and keeps idle connections alive through firewalls. It does not replace `timeout server`.',
    example: 'option srvtcpka',
    args: [],
  },
  'option ssl-hello-chk': {
    summary: 'Health checks servers with an SSLv3 client hello and accepts any valid TLS answer, without completing a handshake. Prefer `check-ssl` on the server lines, which performs a real TLS handshake.',
    example: 'option ssl-hello-chk',
    args: [],
  },
  'option tcp-check': {
    summary: 'Runs the health check sequence written with `tcp-check` rules (connect, send, expect...), to test any protocol. Without rules, it only checks that a connection opens.',
    example: 'option tcp-check',
    args: [],
  },
  'option tcp-smart-accept': {
    summary: 'Asks the kernel not to acknowledge the client request on its own, so the ACK leaves with the response and one packet is saved. Automatic in HTTP mode; `no option tcp-smart-accept` turns it off (handy when debugging packet captures), and the option forces it in TCP mode.',
    example: 'option tcp-smart-accept',
    args: [],
  },
  'option tcp-smart-connect': {
    summary: 'Sends the first request data together with the final ACK of the server connection handshake instead of an empty ACK, saving a packet. Only useful for protocols where the client speaks first, such as HTTP.',
    example: 'option tcp-smart-connect',
    args: [],
  },
  'option tcpka': {
    summary: 'Enables TCP keepalive probes on both client and server connections (same as `option clitcpka` plus `option srvtcpka`). Cannot be negated; cancel each side with `no option clitcpka` or `no option srvtcpka`.',
    example: 'option tcpka',
    args: [],
  },
  'option tcplog': {
    summary: 'Switches to the detailed TCP log format (addresses, timers, bytes, termination state, queues); `clf` (3.1+) gives a Common Log Format variant. Set it on frontends in TCP mode.',
    example: 'option tcplog',
    args: [{ name: 'clf', shape: { kind: 'enum', values: ['clf'] }, optional: true }],
  },
  'option transparent': {
    summary: 'Connects to the destination address the client originally targeted (intercepted traffic, for example with iptables TPROXY) rather than to a configured server; servers are then only used for persistence. Needs a transparent proxy setup in the kernel.',
    example: 'option transparent',
    args: [],
  },
  'persist rdp-cookie': {
    summary: 'Keeps RDP (Remote Desktop) sessions on the same server by reading the `msts` cookie of the RDP connection request (or the named cookie with `rdp-cookie(<name>)`). Needs `tcp-request inspect-delay` and a `tcp-request content` rule that waits for the RDP cookie.',
    example: 'persist rdp-cookie',
  },
  'quic-initial': {
    summary: 'Rule set run on each incoming QUIC Initial packet, before any connection is set up (3.1+): `accept`, `reject`, `send-retry` or `dgram-drop`, with conditions limited to addresses. The cheapest place to filter QUIC clients. Allowed in named defaults sections only.',
    example: 'quic-initial reject if { src -f /etc/haproxy/blocklist.lst }',
  },
  'rate-limit sessions': {
    summary: 'Caps the number of new sessions per second a frontend accepts; excess connections wait in the kernel backlog. Protects backends from connection storms.',
    example: 'rate-limit sessions 500',
    args: [{ name: 'rate', shape: { kind: 'int', min: 0 } }],
    default: 'no limit',
  },
  'redirect': {
    summary: 'Sends the client an HTTP redirect when the condition matches: `location` (full URL), `prefix` (URL prefix, path kept) or `scheme` (for example to HTTPS), with an optional `code` (301, 302, 303, 307, 308) and options like `drop-query` or `set-cookie`. Same as the `http-request redirect` action.',
    example: 'redirect scheme https code 301 if !{ ssl_fc }',
    args: [{ name: 'rule', shape: { kind: 'rest' } }],
  },
  'redisp': {
    summary: 'Removed in 2.1: short form of `redispatch`. Use `option redispatch`.',
    example: 'redisp',
  },
  'redispatch': {
    summary: 'Removed in 2.1: allowed retries to go to another server. Use `option redispatch`.',
    example: 'redispatch',
  },
  'reqadd': {
    summary: 'Removed in 2.1: appended a raw header line to requests. Use `http-request add-header <name> <value>`.',
    example: 'reqadd X-Forwarded-Proto:\\ https',
  },
  'reqallow': {
    summary: 'Removed in 2.1: stopped request filtering and let the request through when a header line matched a regex. Use `http-request allow` with a condition.',
    example: 'reqallow ^Host:\\ www\\.example\\.com',
  },
  'reqdel': {
    summary: 'Removed in 2.1: deleted request header lines matching a regex. Use `http-request del-header`.',
    example: 'reqdel ^X-Debug:.*',
  },
  'reqdeny': {
    summary: 'Removed in 2.1: denied requests with a header line matching a regex. Use `http-request deny` with a condition.',
    example: 'reqdeny ^User-Agent:.*BadBot',
  },
  'reqiallow': {
    summary: 'Removed in 2.1: case-insensitive `reqallow`. Use `http-request allow` with a condition (`-i` for case-insensitive matching).',
    example: 'reqiallow ^Host:\\ www\\.example\\.com',
  },
  'reqidel': {
    summary: 'Removed in 2.1: case-insensitive `reqdel`. Use `http-request del-header`.',
    example: 'reqidel ^x-debug:.*',
  },
  'reqideny': {
    summary: 'Removed in 2.1: case-insensitive `reqdeny`. Use `http-request deny` with a condition.',
    example: 'reqideny ^user-agent:.*badbot',
  },
  'reqipass': {
    summary: 'Removed in 2.1: case-insensitive `reqpass`. There is no direct replacement; express the exception in the conditions of the `http-request` rules.',
    example: 'reqipass ^x-internal:.*',
  },
  'reqirep': {
    summary: 'Removed in 2.1: case-insensitive `reqrep`. Use `http-request replace-header`, `replace-path` or `replace-uri`.',
    example: 'reqirep ^host:\\ old\\.example\\.com Host:\\ new.example.com',
  },
  'reqisetbe': {
    summary: 'Removed in 1.6: case-insensitive `reqsetbe`. Use `use_backend` with an ACL condition.',
    example: 'reqisetbe ^host:\\ api\\. api_servers',
  },
  'reqitarpit': {
    summary: 'Removed in 2.1: case-insensitive `reqtarpit`. Use `http-request tarpit` with a condition.',
    example: 'reqitarpit ^user-agent:.*badbot',
  },
  'reqpass': {
    summary: 'Removed in 2.1: excluded matching header lines from the following `req*` filters. There is no direct replacement; express the exception in the conditions of the `http-request` rules.',
    example: 'reqpass ^X-Internal:.*',
  },
  'reqrep': {
    summary: 'Removed in 2.1: rewrote request lines or header lines with a regex. Use `http-request replace-header`, `replace-path`, `replace-uri` or `set-path`.',
    example: 'reqrep ^([^\\ ]*)\\ /static/(.*) \\1\\ /\\2',
  },
  'reqsetbe': {
    summary: 'Removed in 1.6: switched to another backend when a header line matched a regex. Use `use_backend` with an ACL condition.',
    example: 'reqsetbe ^Host:\\ api\\. api_servers',
  },
  'reqtarpit': {
    summary: 'Removed in 2.1: held matching requests for `timeout tarpit` then answered with an error. Use `http-request tarpit` with a condition.',
    example: 'reqtarpit ^User-Agent:.*BadBot',
  },
  'retries': {
    summary: 'Number of times a failed connection attempt to a server is retried (and, with `retry-on`, other failures). With `option redispatch`, the last retry can go to another server.',
    example: 'retries 3',
    args: [{ name: 'value', shape: { kind: 'int', min: 0 } }],
    default: '3',
  },
  'retry-on': {
    summary: 'Failures that trigger a retry (2.0+): `conn-failure`, `empty-response`, `junk-response`, `response-timeout`, `0rtt-rejected`, some status codes (401, 403, 404, 408, 421, 425, 429, 500-504), `all-retryable-errors`, or `none` alone. Retrying after the request was sent needs the request to fit in a buffer; beware of non-idempotent requests.',
    example: 'retry-on conn-failure empty-response response-timeout 503',
    args: [
      {
        name: 'condition',
        shape: {
          kind: 'enum',
          values: [
            'none',
            'conn-failure',
            'empty-response',
            'junk-response',
            'response-timeout',
            '0rtt-rejected',
            '401',
            '403',
            '404',
            '408',
            '421',
            '425',
            '429',
            '500',
            '501',
            '502',
            '503',
            '504',
            'all-retryable-errors',
          ],
        },
        repeat: true,
      },
    ],
    default: 'conn-failure',
  },
  'rspadd': {
    summary: 'Removed in 2.1: appended a raw header line to responses. Use `http-response add-header <name> <value>`.',
    example: 'rspadd X-Frame-Options:\\ DENY',
  },
  'rspdel': {
    summary: 'Removed in 2.1: deleted response header lines matching a regex. Use `http-response del-header`.',
    example: 'rspdel ^Server:.*',
  },
  'rspdeny': {
    summary: 'Removed in 2.1: blocked responses with a header line matching a regex. Use `http-response deny` with a condition.',
    example: 'rspdeny ^X-Internal-Error:.*',
  },
  'rspidel': {
    summary: 'Removed in 2.1: case-insensitive `rspdel`. Use `http-response del-header`.',
    example: 'rspidel ^server:.*',
  },
  'rspideny': {
    summary: 'Removed in 2.1: case-insensitive `rspdeny`. Use `http-response deny` with a condition.',
    example: 'rspideny ^x-internal-error:.*',
  },
  'rspirep': {
    summary: 'Removed in 2.1: case-insensitive `rsprep`. Use `http-response replace-header` or `replace-value`.',
    example: 'rspirep ^location:\\ http://(.*) Location:\\ https://\\1',
  },
  'rsprep': {
    summary: 'Removed in 2.1: rewrote response header lines with a regex. Use `http-response replace-header` or `replace-value`.',
    example: 'rsprep ^Location:\\ http://(.*) Location:\\ https://\\1',
  },
  'server': {
    summary: 'Declares a server of the backend: a unique name, an address with optional port (a host name is resolved at startup or by `resolvers`), then server options such as `check`, `weight`, `maxconn`, `cookie`, `backup` or `ssl`. Without a port, the client destination port is used.',
    example: 'server web1 10.0.0.11:8080 check maxconn 200 cookie web1',
    args: [
      { name: 'name', shape: { kind: 'name', defines: 'server' } },
      { name: 'address', shape: { kind: 'address' } },
      { name: 'options', shape: { kind: 'rest' }, optional: true },
    ],
  },
  'server-state-file-name': {
    summary: 'File from which this backend server states are restored when `load-server-state-from-file local` is set, relative to the global `server-state-base`. `use-backend-name` (or no argument) uses the backend name.',
    example: 'server-state-file-name use-backend-name',
    args: [{ name: 'file', shape: { kind: 'word' }, optional: true }],
    default: 'the backend name',
  },
  'server-template': {
    summary: 'Creates a numbered series of servers (`<prefix>1` to `<prefix>N`, or a range) sharing one FQDN and options, to be filled from DNS records (SRV or A/AAAA) through `resolvers`. Servers without a resolved address stay in maintenance.',
    example: 'server-template app 1-10 _http._tcp.app.service.consul resolvers consul resolve-prefer ipv4 check',
    args: [
      { name: 'prefix', shape: { kind: 'word' } },
      { name: 'num', shape: { kind: 'word' } },
      // A word: often a DNS SRV name (`_http._tcp.app.example`), not a plain host:port.
      { name: 'fqdn', shape: { kind: 'word' } },
      { name: 'options', shape: { kind: 'rest' }, optional: true },
    ],
  },
  'source': {
    summary: 'Local address (and optional port) used for outgoing connections to the servers. `usesrc clientip` or `usesrc <addr>` spoofs the client address for full transparency, which needs TPROXY kernel support and routing; `interface` binds to a device.',
    example: 'source 10.0.0.5',
    args: [
      { name: 'address', shape: { kind: 'address' } },
      { name: 'options', shape: { kind: 'rest' }, optional: true },
    ],
  },
  'srvtcpka-cnt': {
    summary: 'Number of unanswered TCP keepalive probes after which a server connection is considered dead (TCP_KEEPCNT). Only useful with `option srvtcpka` or `option tcpka`.',
    example: 'srvtcpka-cnt 3',
    args: [{ name: 'count', shape: { kind: 'int', min: 0 } }],
    default: 'the system setting',
  },
  'srvtcpka-idle': {
    summary: 'Idle time after which TCP keepalive probes start on server connections (TCP_KEEPIDLE); a bare number is in seconds. Only useful with `option srvtcpka` or `option tcpka`.',
    example: 'srvtcpka-idle 60s',
    args: DELAY_S,
    default: 'the system setting',
  },
  'srvtcpka-intvl': {
    summary: 'Interval between TCP keepalive probes on server connections (TCP_KEEPINTVL); a bare number is in seconds. Only useful with `option srvtcpka` or `option tcpka`.',
    example: 'srvtcpka-intvl 10s',
    args: DELAY_S,
    default: 'the system setting',
  },
  'srvtimeout': {
    summary: 'Removed in 2.1 (deprecated long before): inactivity timeout on the server side. Use `timeout server`.',
    example: 'srvtimeout 30000',
  },
  'ssl-f-use': {
    summary: 'Adds a certificate, with optional per-certificate TLS settings, to an implicit crt-list shared by the `ssl` bind lines of the frontend that have no `crt` of their own (3.2+). Lets TCP and QUIC listeners share one certificate list, manageable from the CLI.',
    example: 'ssl-f-use crt /etc/haproxy/certs/site.pem alpn h2,http/1.1',
    args: [{ name: 'options', shape: { kind: 'rest' }, optional: true }],
  },
  'stats admin': {
    summary: 'Enables the admin controls of the stats page (drain, maintenance, weight changes) for requests matching the condition. Restrict it to authenticated users or trusted networks.',
    example: 'stats admin if { src 10.0.0.0/8 }',
  },
  'stats auth': {
    summary: 'Adds a `user:password` allowed to see the stats page; the page requires authentication as soon as one is set. Prefer a dedicated userlist with hashed passwords through `stats http-request auth` for anything exposed.',
    example: 'stats auth admin:change-me',
    args: [{ name: 'user:passwd', shape: { kind: 'word' } }],
  },
  'stats enable': {
    summary: 'Enables the statistics page on this proxy with default settings (URI `/haproxy?stats`, no authentication unless `stats auth` is set).',
    example: 'stats enable',
    args: [],
  },
  'stats hide-version': {
    summary: 'Hides the HAProxy version and release date from the stats page, so visitors cannot fingerprint it.',
    example: 'stats hide-version',
    args: [],
  },
  'stats http-request': {
    summary: 'Access rules for the stats page: `allow`, `deny` or `auth [realm <realm>]`, with optional conditions, evaluated in order. `auth` can point to a userlist for hashed passwords.',
    example: 'stats http-request auth realm Stats unless { http_auth(stats_users) }',
    args: [
      { name: 'action', shape: { kind: 'word' } },
      { name: 'options', shape: { kind: 'rest' }, optional: true },
    ],
  },
  'stats realm': {
    summary: 'Name of the authentication realm shown by browsers when prompting for the stats credentials. One word: escape spaces (`HAProxy\\ Statistics`) or quote the value, otherwise the rest is dropped.',
    example: 'stats realm HAProxy\\ Statistics',
    args: [{ name: 'realm', shape: { kind: 'word' } }],
  },
  'stats refresh': {
    summary: 'Makes the stats page reload itself at this interval; a bare number is in seconds.',
    example: 'stats refresh 10s',
    args: [{ name: 'delay', shape: { kind: 'time', unit: 's' } }],
  },
  'stats scope': {
    summary: 'Limits the stats page to the named proxy (repeat the line for several), or to the current one with `.`. By default all proxies are shown.',
    example: 'stats scope .',
    args: [{ name: 'name', shape: { kind: 'word' } }],
  },
  'stats show-desc': {
    summary: 'Shows a description on the stats page: the text given here, or else the global `description`.',
    example: 'stats show-desc Primary load balancer, Paris',
    args: [{ name: 'description', shape: { kind: 'rest' }, optional: true }],
  },
  'stats show-legends': {
    summary: 'Shows extra details on the stats page, such as server addresses and tooltips explaining the columns. Do not use it on a page visible to untrusted users.',
    example: 'stats show-legends',
    args: [],
  },
  'stats show-modules': {
    summary: 'Adds the counters of extra statistics modules (for example HTTP/2 or QUIC counters) to the stats page (2.3+).',
    example: 'stats show-modules',
    args: [],
  },
  'stats show-node': {
    summary: 'Shows the node name on the stats page: the name given here (letters, digits, `-`, `_`, `.`), or else the global `node`, or the host name. Useful when several load balancers share a dashboard.',
    example: 'stats show-node lb1',
    args: [{ name: 'name', shape: { kind: 'word' }, optional: true }],
  },
  'stats uri': {
    summary: 'Path prefix under which the statistics page is served (and enables stats on this proxy). Any request whose URI starts with it is answered by the stats page.',
    example: 'stats uri /haproxy-stats',
    args: [{ name: 'prefix', shape: { kind: 'word' } }],
    default: '/haproxy?stats',
  },
  'stick match': {
    summary: 'Looks up a key (a sample expression such as `src` or `req.cook(sessionid)`) in a stick table and, when found, sends the request to the server stored there. Does not store anything; pair it with `stick store-*`.',
    example: 'stick match src table sticky_sessions',
    args: [
      { name: 'pattern', shape: { kind: 'word' } },
      { name: 'options', shape: { kind: 'rest' }, optional: true },
    ],
  },
  'stick on': {
    summary: 'Sticks clients to servers on a key: looks the key up in the stick table to choose the server, and stores the server used when the key is new. The usual one-line form, for example on the source address.',
    example: 'stick on src',
    args: [
      { name: 'pattern', shape: { kind: 'word' } },
      { name: 'options', shape: { kind: 'rest' }, optional: true },
    ],
  },
  'stick store-request': {
    summary: 'Stores in a stick table, once a server has been chosen, which server handles the key taken from the request.',
    example: 'stick store-request src table sticky_sessions',
    args: [
      { name: 'pattern', shape: { kind: 'word' } },
      { name: 'options', shape: { kind: 'rest' }, optional: true },
    ],
  },
  'stick store-response': {
    summary: 'Stores in a stick table a key taken from the server response (for example a session cookie it sets) with the server that sent it, so later requests carrying that key come back to it.',
    example: 'stick store-response res.cook(JSESSIONID)',
    args: [
      { name: 'pattern', shape: { kind: 'word' } },
      { name: 'options', shape: { kind: 'rest' }, optional: true },
    ],
  },
  'stick-table': {
    summary: 'Declares the stick table of this proxy: the key `type` (`ip`, `ipv6`, `integer`, `string`, `binary`), its `size`, and optionally `expire`, `peers` for replication and the counters to `store` (`http_req_rate(10s)`, `conn_cur`...). Used for persistence and rate limiting.',
    example: 'stick-table type ip size 1m expire 10m store http_req_rate(10s),conn_cur',
    args: [{ name: 'options', shape: { kind: 'rest' } }],
  },
  'tcp-check comment': {
    summary: 'Attaches a comment to the following `tcp-check` rules; it is reported in logs and on the stats page when one of them fails.',
    example: 'tcp-check comment "redis role"',
    args: [{ name: 'comment', shape: { kind: 'word' } }],
  },
  'tcp-check connect': {
    summary: 'Opens a connection in a `tcp-check` sequence, optionally to another port or address, with TLS, SNI, ALPN or the PROXY protocol. Several connects let one check test several services.',
    example: 'tcp-check connect port 6379',
    args: [{ name: 'options', shape: { kind: 'rest' }, optional: true }],
  },
  'tcp-check expect': {
    summary: 'Waits for the server reply in a `tcp-check` sequence and tests it: `string`, `rstring`, `binary`, `rbinary` and their `-lf` forms, optionally negated with `!`, with per-rule status and messages.',
    example: 'tcp-check expect string +PONG',
    args: [{ name: 'rule', shape: { kind: 'rest' } }],
  },
  'tcp-check send': {
    summary: 'Sends a text string in a `tcp-check` sequence; write `\\r\\n` for line ends.',
    example: 'tcp-check send PING\\r\\n',
    args: SEND_ARGS('data'),
  },
  'tcp-check send-binary': {
    summary: 'Sends bytes given as a hexadecimal string in a `tcp-check` sequence, for binary protocols.',
    example: 'tcp-check send-binary 50494e470d0a',
    args: SEND_ARGS('hexstring'),
  },
  'tcp-check send-binary-lf': {
    summary: 'Sends bytes given as a hexadecimal log-format string in a `tcp-check` sequence, so they can include values from variables (2.2+).',
    example: 'tcp-check send-binary-lf "%[var(check.payload)]"',
    args: SEND_ARGS('hexfmt'),
  },
  'tcp-check send-lf': {
    summary: 'Sends a log-format string in a `tcp-check` sequence, so the data can include values from variables or sample fetches (2.2+).',
    example: 'tcp-check send-lf "AUTH %[env(REDIS_PASSWORD)]\\r\\n"',
    args: SEND_ARGS('fmt'),
  },
  'tcp-check set-var': {
    summary: 'Sets a variable from a sample expression in a `tcp-check` sequence (2.2+).',
    example: 'tcp-check set-var(check.port) int(6379)',
  },
  'tcp-check set-var-fmt': {
    summary: 'Sets a variable from a log-format string in a `tcp-check` sequence (2.5+).',
    example: 'tcp-check set-var-fmt(check.cmd) "PING"',
  },
  'tcp-check unset-var': {
    summary: 'Removes a variable in a `tcp-check` sequence (2.2+).',
    example: 'tcp-check unset-var(check.port)',
  },
  'tcp-request connection': {
    summary: 'Rules evaluated as soon as a connection is accepted, before any data or TLS handshake: the cheapest place to reject or track clients by address (`accept`, `reject`, `track-sc0`, `expect-proxy`...). Allowed in named defaults sections only (2.5+).',
    example: 'tcp-request connection reject if { src -f /etc/haproxy/blocklist.lst }',
  },
  'tcp-request content': {
    summary: 'Rules evaluated on the request contents, possibly waiting for data up to `tcp-request inspect-delay`: accept or reject on SNI, protocol or payload, set variables, track counters, switch to HTTP processing (`switch-mode http`, 2.4+) or hand over to a service. In HTTP mode they run for each request, before `http-request`.',
    example: 'tcp-request content accept if { req.ssl_hello_type 1 }',
  },
  'tcp-request inspect-delay': {
    summary: 'Maximum time `tcp-request content` rules wait for enough data to decide (for example the TLS client hello). Without it, rules needing data see an empty buffer; a typical value is a few seconds.',
    example: 'tcp-request inspect-delay 5s',
    args: TIMEOUT_MS,
  },
  'tcp-request session': {
    summary: 'Rules evaluated once a session is set up, after the TLS handshake and PROXY protocol header, so they can use TLS and real client information; good for tracking counters.',
    example: 'tcp-request session track-sc0 src',
  },
  'tcp-response content': {
    summary: 'Rules evaluated on response data from the server in TCP inspection, possibly waiting up to `tcp-response inspect-delay`: accept, reject or close depending on the payload.',
    example: 'tcp-response content reject if { res.payload(0,4) -m bin 15030300 }',
  },
  'tcp-response inspect-delay': {
    summary: 'Maximum time `tcp-response content` rules wait for server data before deciding.',
    example: 'tcp-response inspect-delay 2s',
    args: TIMEOUT_MS,
  },
  'timeout check': {
    summary: 'Read timeout of health checks once connected: with it set, the connection phase is bounded by `timeout connect` (or `inter` when smaller) and the reply by this value. Without it, `inter` bounds the whole check.',
    example: 'timeout check 2s',
    args: TIMEOUT_MS,
    default: 'unset (the check inter is used)',
  },
  'timeout client': {
    summary: 'Maximum inactivity time on the client side, while waiting for data from the client or for it to accept data. Always set it (HAProxy warns otherwise, and connections could stay forever); typical values are tens of seconds.',
    example: 'timeout client 30s',
    args: TIMEOUT_MS,
    default: 'none (infinite, with a warning)',
  },
  'timeout client-fin': {
    summary: 'Inactivity timeout for client connections that are half-closed (the other direction has finished), to release stuck connections sooner than `timeout client`.',
    example: 'timeout client-fin 10s',
    args: TIMEOUT_MS,
    default: 'unset (timeout client applies)',
  },
  'timeout client-hs': {
    summary: 'Maximum time allowed for a client TLS (or QUIC) handshake to complete (2.9+).',
    example: 'timeout client-hs 5s',
    args: TIMEOUT_MS,
    default: 'timeout client',
  },
  'timeout clitimeout': {
    summary: 'Removed in 2.1 (deprecated long before): old name of `timeout client`.',
    example: 'timeout clitimeout 30000',
  },
  'timeout connect': {
    summary: 'Maximum time to wait for a TCP connection to a server to be established. A few seconds is typical; each retry waits this long again. Always set it.',
    example: 'timeout connect 5s',
    args: TIMEOUT_MS,
    default: 'none (infinite, with a warning)',
  },
  'timeout contimeout': {
    summary: 'Removed in 2.1 (deprecated long before): old name of `timeout connect`.',
    example: 'timeout contimeout 5000',
  },
  'timeout http-keep-alive': {
    summary: 'How long an idle client keep-alive connection waits for the next request. Keep it short (seconds) to free connections on busy sites.',
    example: 'timeout http-keep-alive 10s',
    args: TIMEOUT_MS,
    default: 'timeout http-request',
  },
  'timeout http-request': {
    summary: 'Maximum time to receive the complete request headers (with `option http-buffer-request`, the body too). The main protection against slow-header attacks; a few seconds is typical.',
    example: 'timeout http-request 10s',
    args: TIMEOUT_MS,
    default: 'unset (timeout client applies between packets)',
  },
  'timeout queue': {
    summary: 'Maximum time a request waits in the queue for a free server slot (when servers have `maxconn`) before getting a 503.',
    example: 'timeout queue 30s',
    args: TIMEOUT_MS,
    default: 'timeout connect',
  },
  'timeout server': {
    summary: 'Maximum inactivity time on the server side, in particular while waiting for the server response. Set it longer than the slowest expected response; always set it.',
    example: 'timeout server 30s',
    args: TIMEOUT_MS,
    default: 'none (infinite, with a warning)',
  },
  'timeout server-fin': {
    summary: 'Inactivity timeout for server connections that are half-closed, to release stuck connections sooner than `timeout server`.',
    example: 'timeout server-fin 10s',
    args: TIMEOUT_MS,
    default: 'unset (timeout server applies)',
  },
  'timeout srvtimeout': {
    summary: 'Removed in 2.1 (deprecated long before): old name of `timeout server`.',
    example: 'timeout srvtimeout 30000',
  },
  'timeout tarpit': {
    summary: 'How long requests caught by `http-request tarpit` are held before HAProxy answers with an error, to slow down abusive clients.',
    example: 'timeout tarpit 15s',
    args: TIMEOUT_MS,
    default: 'timeout connect',
  },
  'timeout tunnel': {
    summary: 'Inactivity timeout once a connection has become a tunnel (WebSocket, CONNECT, or TCP after an upgrade); it replaces `timeout client` and `timeout server` there. Set it long (minutes or hours) for WebSocket.',
    example: 'timeout tunnel 1h',
    args: TIMEOUT_MS,
    default: 'unset (client and server timeouts apply)',
  },
  'transparent': {
    summary: 'Deprecated old form of `option transparent`, still accepted by builds with transparent proxy support. Write `option transparent` instead.',
    example: 'transparent',
    args: [],
  },
  'unique-id-format': {
    summary: 'Log-format expression that builds a unique ID for each request, available as `%ID` in logs and `unique-id` in rules, and sent to servers with `unique-id-header`. One argument: quote or escape spaces.',
    example: 'unique-id-format "%[uuid()]"',
    args: [{ name: 'format', shape: { kind: 'word' } }],
  },
  'unique-id-header': {
    summary: 'Name of the request header that carries the ID built by `unique-id-format` to the servers, for correlating logs across tiers.',
    example: 'unique-id-header X-Request-ID',
    args: [{ name: 'name', shape: { kind: 'word' } }],
  },
  'use-fcgi-app': {
    summary: 'Makes this backend talk FastCGI using the application defined in an `fcgi-app` section (2.1+); its servers must use `proto fcgi`. Only one per backend.',
    example: 'use-fcgi-app php_fpm',
    args: [{ name: 'name', shape: { kind: 'ref', target: 'fcgi-app' } }],
  },
  'use-server': {
    summary: 'Sends the request to a given server of this backend when the condition matches, overriding balancing and persistence (unless the server is down). The condition is mandatory.',
    example: 'use-server mail if { req.ssl_sni -i mail.example.com }',
    // A word, not a ref to a server: from 2.2 the name may be a log-format expression resolved at
    // run time (`srv_%[req.hdr(x-node)]`), which no static check can resolve.
    args: [{ name: 'server', shape: { kind: 'word' } }],
  },
  'use_backend': {
    summary: 'Switches to the named backend when the condition matches (or always, without one); rules are tried in order and `default_backend` applies when none matches. The name may be a log-format expression such as `%[req.hdr(host),lower,map(/etc/haproxy/hosts.map)]`; it must then name an existing backend at run time.',
    example: 'use_backend api_servers if { path_beg /api/ }',
    // A word, not a ref to a backend: the name may be a log-format expression (`%[req.hdr(host)]`,
    // `be_%[var(txn.site)]`) resolved per request, so an unknown literal must not be flagged.
    args: [{ name: 'backend', shape: { kind: 'word' } }],
  },
} satisfies Record<string, KeywordDoc>;
