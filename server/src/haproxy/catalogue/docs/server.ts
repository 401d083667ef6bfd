import type { KeywordDoc } from '../../../common/docs.js';

/** TLS protocol versions accepted by `ssl-min-ver` and `ssl-max-ver`. */
const TLS_VERSIONS = ['SSLv3', 'TLSv1.0', 'TLSv1.1', 'TLSv1.2', 'TLSv1.3'] as const;

/**
 * Hand-written docs for the options of `server` and `default-server` lines (what follows the
 * address); names and versions come from generated/facts.json. `args` are the words an option
 * consumes after its own name, as the parser of HAProxy counts them (checked against
 * `haproxy -dKall` of 2.6 and the keyword tables of the 3.2 sources).
 */
export const serverDocs = {
  'addr': {
    summary: 'Sends health checks (and agent checks) to this IP address instead of the server address, for example a dedicated monitoring interface. Once set, checks no longer inherit `ssl` or `send-proxy`; add `check-ssl` or `check-send-proxy` if needed.',
    example: 'server web1 10.0.0.11:80 check addr 10.0.1.11 port 8080',
    args: [{ name: 'address', shape: { kind: 'address' } }],
  },
  'agent-addr': {
    summary: 'Address (IP or host name) of the agent queried by `agent-check`, when the agent does not run on the server itself.',
    example: 'server web1 10.0.0.11:80 check agent-check agent-addr 10.0.9.5 agent-port 9999',
    args: [{ name: 'address', shape: { kind: 'address' } }],
  },
  'agent-check': {
    summary: 'Polls a small TCP agent (on `agent-port`) whose one-line reply can change the server weight (`75%`, `weight:10`), maxconn, or state (`up`, `down`, `drain`, `maint`, `ready`). Runs alongside `check`; only the agent can undo what it set.',
    example: 'server web1 10.0.0.11:80 check agent-check agent-port 9999 agent-inter 5s',
    args: [],
  },
  'agent-inter': {
    summary: 'Interval between two agent checks; also their timeout when `timeout check` is not set.',
    example: 'server web1 10.0.0.11:80 check agent-check agent-port 9999 agent-inter 5s',
    args: [{ name: 'delay', shape: { kind: 'time' } }],
    default: '2s',
  },
  'agent-port': {
    summary: 'TCP port of the agent polled by `agent-check`; required for agent checks.',
    example: 'server web1 10.0.0.11:80 check agent-check agent-port 9999',
    args: [{ name: 'port', shape: { kind: 'port' } }],
  },
  'agent-send': {
    summary: 'String sent verbatim to the agent once connected, for instance to tell it which service is asked about. Include `\\n` if the agent expects a full line.',
    example: 'server web1 10.0.0.11:80 check agent-check agent-port 9999 agent-send "app1\\n"',
    args: [{ name: 'string', shape: { kind: 'word' } }],
  },
  'allow-0rtt': {
    summary: 'Lets HAProxy send TLS 1.3 early data to the server, which happens only when the client used early data or `retry-on 0rtt-rejected` is set. Only safe for idempotent requests.',
    example: 'server api1 10.0.0.21:443 ssl verify required ca-file /etc/ssl/certs/ca-certificates.crt allow-0rtt',
    args: [],
  },
  'alpn': {
    summary: 'Comma-separated protocols offered to the server through TLS ALPN, most preferred first; `h2` here is how HAProxy talks HTTP/2 to a TLS backend. Not used by health checks (see `check-alpn`).',
    example: 'server api1 10.0.0.21:443 ssl verify none alpn h2,http/1.1',
    args: [{ name: 'protocols', shape: { kind: 'word' } }],
  },
  'backup': {
    summary: 'Keeps the server out of load balancing while at least one non-backup server is up; it then takes traffic (only the first backup unless `option allbackups`). Requests carrying its persistence cookie still reach it.',
    example: 'server sorry1 10.0.0.99:80 check backup',
    args: [],
  },
  'ca-file': {
    summary: 'PEM file (or directory) of CA certificates used to verify the server certificate with `verify required`; `@system-ca` uses the system trust store.',
    example: 'server api1 10.0.0.21:443 ssl verify required ca-file /etc/haproxy/ca/internal.pem',
    args: [{ name: 'cafile', shape: { kind: 'file' } }],
  },
  'check': {
    summary: 'Turns on health checks; without it the server is always considered up. By default a check is a TCP (or TLS) connect to the server address; `option httpchk` and similar make it application-level, and `inter`, `rise`, `fall` tune its pace.',
    example: 'server web1 10.0.0.11:80 check inter 2s rise 2 fall 3',
    args: [],
  },
  'check-alpn': {
    summary: 'ALPN protocol list offered by health checks over TLS, when it must differ from the server `alpn`.',
    example: 'server api1 10.0.0.21:443 ssl verify none alpn h2 check check-alpn http/1.1',
    args: [{ name: 'protocols', shape: { kind: 'word' } }],
  },
  'check-pool-conn-name': {
    summary: 'Connection name looked up in the idle pool when `check-reuse-pool` lets checks reuse connections; the counterpart of `pool-conn-name` for checks (`check-sni` is the fallback).',
    example: 'server api1 10.0.0.21:443 ssl verify none check check-reuse-pool check-pool-conn-name api.example.com',
    args: [{ name: 'name', shape: { kind: 'word' } }],
  },
  'check-proto': {
    summary: 'Forces the multiplexer used by health-check connections (`h1`, `h2`, `fcgi`, `none`), independently of `proto`.',
    example: 'server grpc1 10.0.0.31:50051 proto h2 check check-proto h2',
    args: [{ name: 'name', shape: { kind: 'word' } }],
  },
  'check-reuse-pool': {
    summary: 'Lets health checks borrow an idle connection from the server pool instead of opening a new one, reducing connection churn. Ignored when checks have their own connect settings.',
    example: 'server api1 10.0.0.21:80 check check-reuse-pool',
    args: [],
  },
  'check-send-proxy': {
    summary: 'Sends a PROXY protocol header on health-check connections. Needed when `addr` or `port` redirects checks, since checks then stop inheriting `send-proxy`.',
    example: 'server web1 10.0.0.11:80 send-proxy check port 8080 check-send-proxy',
    args: [],
  },
  'check-sni': {
    summary: 'Fixed SNI host name sent by health checks over TLS; the server `sni` expression is not used for checks.',
    example: 'server api1 10.0.0.21:443 ssl verify required ca-file /etc/ssl/certs/ca-certificates.crt check check-sni api.example.com',
    args: [{ name: 'sni', shape: { kind: 'word' } }],
  },
  'check-ssl': {
    summary: 'Runs health checks over TLS even if traffic does not use `ssl`, or when `addr`/`port` stop checks from inheriting it. TLS settings (ciphers, verify...) are shared with the traffic.',
    example: 'server web1 10.0.0.11:80 check port 8443 check-ssl verify none',
    args: [],
  },
  'check-via-socks4': {
    summary: 'Sends health checks through the `socks4` proxy too; by default they go straight to the server.',
    example: 'server remote1 198.51.100.20:80 socks4 10.0.0.5:1080 check check-via-socks4',
    args: [],
  },
  'ciphers': {
    summary: 'OpenSSL cipher list offered to the server for TLS 1.2 and below. TLS 1.3 suites are set with `ciphersuites`.',
    example: 'server api1 10.0.0.21:443 ssl verify none ciphers ECDHE-RSA-AES128-GCM-SHA256:ECDHE-RSA-AES256-GCM-SHA384',
    args: [{ name: 'ciphers', shape: { kind: 'word' } }],
  },
  'ciphersuites': {
    summary: 'Colon-separated TLS 1.3 cipher suites offered to the server (OpenSSL 1.1.1 or later).',
    example: 'server api1 10.0.0.21:443 ssl verify none ciphersuites TLS_AES_256_GCM_SHA384:TLS_CHACHA20_POLY1305_SHA256',
    args: [{ name: 'ciphersuites', shape: { kind: 'word' } }],
  },
  'client-sigalgs': {
    summary: 'Signature algorithms allowed for the client certificate HAProxy presents to the server, in OpenSSL syntax. Rarely needed.',
    example: 'server api1 10.0.0.21:443 ssl verify none crt /etc/haproxy/client.pem client-sigalgs ECDSA+SHA256',
    args: [{ name: 'sigalgs', shape: { kind: 'word' } }],
  },
  'cookie': {
    summary: 'Value identifying this server in the persistence cookie set up by the backend `cookie` keyword; requests carrying it go back to this server while it is usable. Several servers may share a value.',
    example: 'server web1 10.0.0.11:80 check cookie w1',
    args: [{ name: 'value', shape: { kind: 'word' } }],
  },
  'crl-file': {
    summary: 'PEM file of revocation lists checked when verifying the server certificate.',
    example: 'server api1 10.0.0.21:443 ssl verify required ca-file /etc/haproxy/ca/internal.pem crl-file /etc/haproxy/ca/internal.crl',
    args: [{ name: 'crlfile', shape: { kind: 'file' } }],
  },
  'crt': {
    summary: 'PEM file with the client certificate and key HAProxy presents when the server asks for one (mutual TLS).',
    example: 'server api1 10.0.0.21:443 ssl verify required ca-file /etc/haproxy/ca/internal.pem crt /etc/haproxy/certs/client.pem',
    args: [{ name: 'cert', shape: { kind: 'file' } }],
  },
  'curves': {
    summary: 'Colon-separated elliptic curves offered to the server for ECDHE, such as `X25519:P-256`.',
    example: 'server api1 10.0.0.21:443 ssl verify none curves X25519:P-256',
    args: [{ name: 'curves', shape: { kind: 'word' } }],
  },
  'disabled': {
    summary: 'Starts the server in maintenance: it gets no traffic (except forced persistence) until enabled from the CLI. Handy to stage a new server.',
    example: 'server web9 10.0.0.19:80 check disabled',
    args: [],
  },
  'downinter': {
    summary: 'Check interval used while the server is fully down, usually longer than `inter` to spare dead hosts; falls back to `inter`.',
    example: 'server web1 10.0.0.11:80 check inter 2s downinter 10s',
    args: [{ name: 'delay', shape: { kind: 'time' } }],
  },
  'enabled': {
    summary: 'Cancels a `disabled` inherited from `default-server`, so this server starts in service.',
    example: 'server web1 10.0.0.11:80 check enabled',
    args: [],
  },
  'error-limit': {
    summary: 'Number of consecutive errors seen by `observe` that triggers the `on-error` action.',
    example: 'server web1 10.0.0.11:80 check observe layer7 error-limit 5 on-error mark-down',
    args: [{ name: 'count', shape: { kind: 'int', min: 1 } }],
    default: '10',
  },
  'fall': {
    summary: 'Consecutive failed health checks before a server is marked down.',
    example: 'server web1 10.0.0.11:80 check inter 2s fall 3',
    args: [{ name: 'count', shape: { kind: 'int', min: 1 } }],
    default: '3',
  },
  'fastinter': {
    summary: 'Check interval while the server is changing state (going up or down) or not yet checked, to confirm the change quickly; falls back to `inter`.',
    example: 'server web1 10.0.0.11:80 check inter 5s fastinter 1s',
    args: [{ name: 'delay', shape: { kind: 'time' } }],
  },
  'force-sslv3': {
    summary: 'Restricts connections to the server to SSLv3. Obsolete; use `ssl-min-ver` and `ssl-max-ver`.',
    example: 'server legacy1 10.0.0.41:443 ssl verify none force-sslv3',
    args: [],
  },
  'force-tlsv10': {
    summary: 'Restricts connections to the server to TLS 1.0. Prefer `ssl-min-ver` and `ssl-max-ver`.',
    example: 'server legacy1 10.0.0.41:443 ssl verify none force-tlsv10',
    args: [],
  },
  'force-tlsv11': {
    summary: 'Restricts connections to the server to TLS 1.1. Prefer `ssl-min-ver` and `ssl-max-ver`.',
    example: 'server legacy1 10.0.0.41:443 ssl verify none force-tlsv11',
    args: [],
  },
  'force-tlsv12': {
    summary: 'Restricts connections to the server to TLS 1.2. Prefer `ssl-min-ver` and `ssl-max-ver`.',
    example: 'server api1 10.0.0.21:443 ssl verify none force-tlsv12',
    args: [],
  },
  'force-tlsv13': {
    summary: 'Restricts connections to the server to TLS 1.3. Prefer `ssl-min-ver TLSv1.3`.',
    example: 'server api1 10.0.0.21:443 ssl verify none force-tlsv13',
    args: [],
  },
  'guid': {
    summary: 'Global unique ID of the server, which must not be used by any other object of the configuration.',
    example: 'server web1 10.0.0.11:80 check guid be_app-web1',
    args: [{ name: 'guid', shape: { kind: 'word' } }],
  },
  'hash-key': {
    summary: 'What the consistent-hashing node keys of this server derive from: its `id` (default), its `addr`, or `addr-port`. Address-based keys let several HAProxy nodes with differently ordered server lists route alike.',
    example: 'server web1 10.0.0.11:80 check hash-key addr-port',
    args: [{ name: 'key', shape: { kind: 'enum', values: ['id', 'addr', 'addr-port'] } }],
    default: 'id',
  },
  'id': {
    summary: 'Fixes the numeric server ID shown in stats and used by hashing, instead of an automatic one; must be positive and unique in the backend. Not accepted on `default-server`.',
    example: 'server web1 10.0.0.11:80 id 101 check',
    args: [{ name: 'id', shape: { kind: 'int', min: 1 } }],
  },
  'idle-ping': {
    summary: 'Probes idle server connections at this interval and closes those that do not answer, so pooled connections stay usable. Only HTTP/2 implements it; mainly for reverse HTTP.',
    example: 'server api1 10.0.0.21:443 ssl verify none alpn h2 idle-ping 30s',
    args: [{ name: 'delay', shape: { kind: 'time' } }],
  },
  'init-addr': {
    summary: 'Comma-separated methods tried in turn to get the address of a server named by host name at startup: `last` (state file), `libc`, `none` (start down without address), or a fixed IP. Add `none` to start even when DNS fails.',
    example: 'server web1 app.example.com:80 check resolvers dns init-addr last,libc,none',
    args: [{ name: 'methods', shape: { kind: 'word' } }],
    default: 'last,libc',
  },
  'init-state': {
    summary: 'State of the server when it appears (start, reload, DNS discovery, end of maintenance): `up` (default) or `fully-up` take traffic at once, `down` or `fully-down` wait for checks; the `fully-` forms need all `rise`/`fall` checks.',
    example: 'server web1 10.0.0.11:80 check rise 3 init-state fully-down',
    args: [{ name: 'state', shape: { kind: 'enum', values: ['fully-up', 'up', 'down', 'fully-down'] } }],
    default: 'up',
  },
  'inter': {
    summary: 'Interval between two health checks of an up server; also the check timeout when `timeout check` is unset. `fastinter` and `downinter` can override it in transitional or down states.',
    example: 'server web1 10.0.0.11:80 check inter 3s',
    args: [{ name: 'delay', shape: { kind: 'time' } }],
    default: '2s',
  },
  'log-bufsize': {
    summary: 'Size in bytes of the buffer queuing messages for this server in a `mode log` backend. Larger values absorb slow log servers at the cost of memory; plain integer only.',
    example: 'server syslog1 udp@10.0.0.50:514 log-bufsize 65536',
    args: [{ name: 'bufsize', shape: { kind: 'int', min: 1 } }],
  },
  'log-proto': {
    summary: 'Framing used for syslog over TCP to this server in a ring or log backend: `legacy` (newline separated) or `octet-count` (RFC 6587 length prefix).',
    example: 'server syslog1 10.0.0.50:6514 log-proto octet-count',
    args: [{ name: 'logproto', shape: { kind: 'enum', values: ['legacy', 'octet-count'] } }],
    default: 'legacy',
  },
  'max-reuse': {
    summary: 'Maximum number of times an idle server connection is reused for new requests before being closed; -1 means no limit and 0 disables keep-alive. A workaround for servers that leak resources on long connections.',
    example: 'server web1 10.0.0.11:80 check max-reuse 1000',
    args: [{ name: 'count', shape: { kind: 'int', min: -1 } }],
    default: '-1',
  },
  'maxconn': {
    summary: 'Maximum concurrent connections (requests in HTTP mode) sent to this server; extra ones wait in the backend queue. The main protection for fragile servers; 0 means unlimited.',
    example: 'server web1 10.0.0.11:80 check maxconn 200',
    args: [{ name: 'maxconn', shape: { kind: 'int', min: 0 } }],
    default: '0',
  },
  'maxqueue': {
    summary: 'Maximum requests waiting in this server queue; beyond it they are redispatched to other servers (breaking persistence). 0 means unlimited.',
    example: 'server web1 10.0.0.11:80 check maxconn 100 maxqueue 50',
    args: [{ name: 'maxqueue', shape: { kind: 'int', min: 0 } }],
    default: '0',
  },
  'minconn': {
    summary: 'Makes `maxconn` dynamic: the server accepts at least this many connections, rising towards `maxconn` as the backend load approaches `fullconn`.',
    example: 'server web1 10.0.0.11:80 check minconn 50 maxconn 300',
    args: [{ name: 'minconn', shape: { kind: 'int', min: 0 } }],
  },
  'namespace': {
    summary: 'Opens connections to this server from the given Linux network namespace.',
    example: 'server tenant1 192.168.10.20:80 namespace tenant1 check',
    args: [{ name: 'name', shape: { kind: 'word' } }],
  },
  'no-agent-check': {
    summary: 'Cancels an `agent-check` inherited from `default-server`.',
    example: 'server web1 10.0.0.11:80 check no-agent-check',
    args: [],
  },
  'no-backup': {
    summary: 'Cancels a `backup` inherited from `default-server`.',
    example: 'server web1 10.0.0.11:80 check no-backup',
    args: [],
  },
  'no-check': {
    summary: 'Cancels a `check` inherited from `default-server`, leaving this server unchecked.',
    example: 'server web1 10.0.0.11:80 no-check',
    args: [],
  },
  'no-check-reuse-pool': {
    summary: 'Cancels an inherited `check-reuse-pool`: checks open their own connection.',
    example: 'server web1 10.0.0.11:80 check no-check-reuse-pool',
    args: [],
  },
  'no-check-ssl': {
    summary: 'Cancels a `check-ssl` inherited from `default-server`.',
    example: 'server web1 10.0.0.11:80 check no-check-ssl',
    args: [],
  },
  'no-send-proxy': {
    summary: 'Cancels a `send-proxy` inherited from `default-server`.',
    example: 'server web1 10.0.0.11:80 check no-send-proxy',
    args: [],
  },
  'no-send-proxy-v2': {
    summary: 'Cancels a `send-proxy-v2` inherited from `default-server`.',
    example: 'server web1 10.0.0.11:80 check no-send-proxy-v2',
    args: [],
  },
  'no-send-proxy-v2-ssl': {
    summary: 'Cancels a `send-proxy-v2-ssl` inherited from `default-server`.',
    example: 'server web1 10.0.0.11:80 check no-send-proxy-v2-ssl',
    args: [],
  },
  'no-send-proxy-v2-ssl-cn': {
    summary: 'Cancels a `send-proxy-v2-ssl-cn` inherited from `default-server`.',
    example: 'server web1 10.0.0.11:80 check no-send-proxy-v2-ssl-cn',
    args: [],
  },
  'no-ssl': {
    summary: 'Cancels an `ssl` inherited from `default-server`, so this server is reached in clear text (TLS can still be switched on later from the CLI).',
    example: 'server web1 10.0.0.11:80 check no-ssl',
    args: [],
  },
  'no-ssl-reuse': {
    summary: 'Disables TLS session resumption towards the server, forcing a full handshake on each connection. Mostly for troubleshooting or benchmarks.',
    example: 'server api1 10.0.0.21:443 ssl verify none no-ssl-reuse',
    args: [],
  },
  'no-sslv3': {
    summary: 'Disables SSLv3 towards the server. Superseded by `ssl-min-ver`; not accepted on `default-server`.',
    example: 'server api1 10.0.0.21:443 ssl verify none no-sslv3',
    args: [],
  },
  'no-tfo': {
    summary: 'Cancels a `tfo` inherited from `default-server`.',
    example: 'server web1 10.0.0.11:80 check no-tfo',
    args: [],
  },
  'no-tls-tickets': {
    summary: 'Disables TLS session tickets towards the server (TLS 1.2 and below), using stateful resumption instead.',
    example: 'server api1 10.0.0.21:443 ssl verify none no-tls-tickets',
    args: [],
  },
  'no-tlsv10': {
    summary: 'Disables TLS 1.0 towards the server. Superseded by `ssl-min-ver`; not accepted on `default-server`.',
    example: 'server api1 10.0.0.21:443 ssl verify none no-tlsv10',
    args: [],
  },
  'no-tlsv11': {
    summary: 'Disables TLS 1.1 towards the server. Superseded by `ssl-min-ver`; not accepted on `default-server`.',
    example: 'server api1 10.0.0.21:443 ssl verify none no-tlsv10 no-tlsv11',
    args: [],
  },
  'no-tlsv12': {
    summary: 'Disables TLS 1.2 towards the server. Superseded by `ssl-min-ver`; not accepted on `default-server`.',
    example: 'server api1 10.0.0.21:443 ssl verify none no-tlsv12',
    args: [],
  },
  'no-tlsv13': {
    summary: 'Disables TLS 1.3 towards the server. Superseded by `ssl-max-ver`; not accepted on `default-server`.',
    example: 'server api1 10.0.0.21:443 ssl verify none no-tlsv13',
    args: [],
  },
  'no-verifyhost': {
    summary: 'Documented as cancelling an inherited `verifyhost`, but no release up to 3.2 implements it: HAProxy rejects it as an unknown keyword. Omit `verifyhost` from `default-server` instead.',
    example: 'server api1 10.0.0.21:443 ssl verify required ca-file /etc/haproxy/ca/internal.pem no-verifyhost',
    args: [],
  },
  'non-stick': {
    summary: 'Never records connections to this server in stick tables, for instance so that a backup server does not capture persistent clients.',
    example: 'server sorry1 10.0.0.99:80 check backup non-stick',
    args: [],
  },
  'npn': {
    summary: 'Protocols offered to the server through the old NPN TLS extension; replaced by `alpn`.',
    example: 'server api1 10.0.0.21:443 ssl verify none npn http/1.1',
    args: [{ name: 'protocols', shape: { kind: 'word' } }],
  },
  'observe': {
    summary: 'Watches live traffic to detect server errors between checks: `layer4` counts failed connections, `layer7` (HTTP only) also bad responses. Errors feed `error-limit` and `on-error`; health checks must be enabled.',
    example: 'server web1 10.0.0.11:80 check observe layer7 error-limit 5 on-error mark-down',
    args: [{ name: 'mode', shape: { kind: 'enum', values: ['layer4', 'layer7'] } }],
  },
  'on-error': {
    summary: 'Reaction when `observe` counts `error-limit` consecutive errors: `fastinter` checks faster, `fail-check` (default) counts one failed check, `sudden-death` leaves one check before down, `mark-down` marks the server down at once.',
    example: 'server web1 10.0.0.11:80 check observe layer4 error-limit 3 on-error sudden-death',
    args: [{ name: 'mode', shape: { kind: 'enum', values: ['fastinter', 'fail-check', 'sudden-death', 'mark-down'] } }],
    default: 'fail-check',
  },
  'on-marked-down': {
    summary: 'With `shutdown-sessions`, kills every open connection to the server as soon as it is marked down, instead of letting them run into timeouts. Useful for long-lived sessions such as databases.',
    example: 'server db1 10.0.0.61:5432 check on-marked-down shutdown-sessions',
    args: [{ name: 'action', shape: { kind: 'enum', values: ['shutdown-sessions'] } }],
  },
  'on-marked-up': {
    summary: 'With `shutdown-backup-sessions`, kills connections on backup servers when this active server comes back, pulling traffic home. It can break transactions in progress.',
    example: 'server db1 10.0.0.61:5432 check on-marked-up shutdown-backup-sessions',
    args: [{ name: 'action', shape: { kind: 'enum', values: ['shutdown-backup-sessions'] } }],
  },
  'pool-conn-name': {
    summary: 'Sample expression whose value names a server connection in the idle pool, so a request only reuses a connection with the same name. Defaults to the `sni` value when SNI is used.',
    example: 'server api1 10.0.0.21:443 ssl verify none sni req.hdr(host) pool-conn-name req.hdr(host)',
    args: [{ name: 'expr', shape: { kind: 'word' } }],
  },
  'pool-low-conn': {
    summary: 'Number of idle connections below which a thread stops taking idle connections from other threads, so every thread keeps a few of its own. Around twice the thread count works well with many fast servers.',
    example: 'server web1 10.0.0.11:80 check pool-low-conn 16',
    args: [{ name: 'max', shape: { kind: 'int', min: 0 } }],
    default: '0',
  },
  'pool-max-conn': {
    summary: 'Maximum idle connections kept open to this server for reuse; -1 means unlimited, 0 keeps none.',
    example: 'server web1 10.0.0.11:80 check pool-max-conn 100',
    args: [{ name: 'max', shape: { kind: 'int', min: -1 } }],
    default: '-1',
  },
  'pool-purge-delay': {
    summary: 'Every such delay, half of the idle connections to the server are closed; 0 keeps none.',
    example: 'server web1 10.0.0.11:80 check pool-purge-delay 30s',
    args: [{ name: 'delay', shape: { kind: 'time' } }],
    default: '5s',
  },
  'port': {
    summary: 'Sends health checks (and agent checks if `agent-port` is unset) to this port instead of the service port. As with `addr`, checks then stop inheriting `ssl` and `send-proxy`.',
    example: 'server web1 10.0.0.11:80 check port 8080',
    args: [{ name: 'port', shape: { kind: 'port' } }],
  },
  'proto': {
    summary: 'Forces the multiplexer used towards the server instead of negotiating it, such as `h2` for clear-text HTTP/2 (gRPC) or `fcgi` for FastCGI applications. Must fit the backend mode.',
    example: 'server php1 10.0.0.71:9000 proto fcgi check',
    args: [{ name: 'name', shape: { kind: 'word' } }],
  },
  'proxy-v2-options': {
    summary: 'Comma-separated extra fields sent in PROXY protocol v2 headers with `send-proxy-v2`: `ssl`, `cert-cn`, `ssl-cipher`, `cert-sig`, `cert-key`, `authority`, `crc32c`, `unique-id`.',
    example: 'server web1 10.0.0.11:80 send-proxy-v2 proxy-v2-options ssl,authority,crc32c',
    args: [{ name: 'options', shape: { kind: 'word' } }],
  },
  'redir': {
    summary: 'Answers GET and HEAD requests for this server with a 302 redirect to this prefix followed by the original URI, instead of forwarding them. Use an absolute URL without trailing slash, or clients loop back to HAProxy.',
    example: 'server static1 10.0.0.81:80 redir http://static.example.com check',
    args: [{ name: 'prefix', shape: { kind: 'word' } }],
  },
  'resolve-net': {
    summary: 'Comma-separated networks preferred when DNS returns several addresses, for example the local datacenter range.',
    example: 'server web1 app.example.com:80 check resolvers dns resolve-net 10.0.0.0/8',
    args: [{ name: 'networks', shape: { kind: 'word' } }],
  },
  'resolve-opts': {
    summary: 'Comma-separated DNS options: `allow-dup-ip` lets servers of a backend share an address, `prevent-dup-ip` forbids it (default), `ignore-weight` ignores SRV record weights.',
    example: 'server web1 app.example.com:80 check resolvers dns resolve-opts allow-dup-ip',
    args: [{ name: 'options', shape: { kind: 'word' } }],
  },
  'resolve-prefer': {
    summary: 'Address family picked first when DNS returns both IPv4 and IPv6 records.',
    example: 'server web1 app.example.com:80 check resolvers dns resolve-prefer ipv4',
    args: [{ name: 'family', shape: { kind: 'enum', values: ['ipv4', 'ipv6'] } }],
    default: 'ipv6',
  },
  'resolvers': {
    summary: 'Name of the `resolvers` section used to keep resolving this server host name at runtime. Set `init-addr` explicitly alongside it, often to `last,none` to avoid libc lookups at startup.',
    example: 'server web1 app.example.com:80 check resolvers dns init-addr last,none',
    args: [{ name: 'id', shape: { kind: 'ref', target: 'resolvers' } }],
  },
  'rise': {
    summary: 'Consecutive successful health checks before a down server is marked up again.',
    example: 'server web1 10.0.0.11:80 check inter 2s rise 2 fall 3',
    args: [{ name: 'count', shape: { kind: 'int', min: 1 } }],
    default: '2',
  },
  'send-proxy': {
    summary: 'Prefixes every connection to the server with a PROXY protocol v1 header carrying the client addresses. The server must expect it (e.g. `accept-proxy` on another HAProxy), or it will see garbage.',
    example: 'server web1 10.0.0.11:80 check send-proxy',
    args: [],
  },
  'send-proxy-v2': {
    summary: 'Prefixes every connection to the server with a binary PROXY protocol v2 header (client addresses, negotiated ALPN, extra fields from `proxy-v2-options`). The server must support v2.',
    example: 'server web1 10.0.0.11:80 check send-proxy-v2',
    args: [],
  },
  'send-proxy-v2-ssl': {
    summary: 'Like `send-proxy-v2`, adding the TLS information of the client connection to the header.',
    example: 'server web1 10.0.0.11:80 check send-proxy-v2-ssl',
    args: [],
  },
  'send-proxy-v2-ssl-cn': {
    summary: 'Like `send-proxy-v2-ssl`, also adding the common name of the client certificate, if any.',
    example: 'server web1 10.0.0.11:80 check send-proxy-v2-ssl-cn',
    args: [],
  },
  'set-proxy-v2-tlv-fmt': {
    summary: 'Adds a custom TLV of the given type to PROXY protocol v2 headers, its value built from a log-format string; written `set-proxy-v2-tlv-fmt(<id>) <fmt>`. Requires `send-proxy-v2`.',
    example: 'server web1 10.0.0.11:80 send-proxy-v2 set-proxy-v2-tlv-fmt(0xE1) %[req.hdr(x-tenant)]',
    args: [{ name: 'fmt', shape: { kind: 'word' } }],
  },
  'shard': {
    summary: 'In a `peers` section, the stick-table shard this peer receives updates for, from 1 to the section `shards` value; 0 (default) means all updates.',
    example: 'peer lb2 10.0.0.2:10000 shard 1',
    args: [{ name: 'shard', shape: { kind: 'int', min: 0 } }],
    default: '0',
  },
  'sigalgs': {
    summary: 'Signature algorithms offered to the server during TLS 1.2/1.3 handshakes, in OpenSSL syntax. Rarely needed.',
    example: 'server api1 10.0.0.21:443 ssl verify none sigalgs ECDSA+SHA256:RSA-PSS+SHA256',
    args: [{ name: 'sigalgs', shape: { kind: 'word' } }],
  },
  'slowstart': {
    summary: 'Ramp-up time after a server comes back from a failure: its connection limit and (with dynamic algorithms) its weight grow linearly to full over this period. Not applied at HAProxy startup; keep `inter` well below it.',
    example: 'server web1 10.0.0.11:80 check inter 2s slowstart 60s',
    args: [{ name: 'start_time', shape: { kind: 'time' } }],
  },
  'sni': {
    summary: 'Sample expression whose string value is sent as SNI to the server, such as `ssl_fc_sni` to pass on the client one or `req.hdr(host)` for HTTPS. Checked against the certificate with `verify required`.',
    example: 'server api1 10.0.0.21:443 ssl verify required ca-file /etc/ssl/certs/ca-certificates.crt sni req.hdr(host)',
    args: [{ name: 'expression', shape: { kind: 'word' } }],
  },
  'socks4': {
    summary: 'Reaches the server through this SOCKS4 proxy (`address:port`). Health checks bypass it unless `check-via-socks4` is set.',
    example: 'server remote1 198.51.100.20:80 socks4 10.0.0.5:1080 check',
    args: [{ name: 'addr:port', shape: { kind: 'address' } }],
  },
  'source': {
    summary: 'Source address (and optional port or port range) of connections to this server, overriding the backend `source`; may be followed by `usesrc` for transparent proxying and `interface`. A port range per server lifts the 64k outgoing connection limit.',
    example: 'server web1 10.0.0.11:80 check source 10.0.0.2:1025-65000',
    args: [{ name: 'addr', shape: { kind: 'address' } }, { name: 'usesrc/interface', shape: { kind: 'rest' }, optional: true }],
  },
  'ssl': {
    summary: 'Encrypts connections to the server with TLS; health checks follow unless `addr` or `port` is set. Always pair it with `verify required` and a `ca-file`, or the link is open to interception.',
    example: 'server api1 10.0.0.21:443 ssl verify required ca-file /etc/ssl/certs/ca-certificates.crt check',
    args: [],
  },
  'ssl-max-ver': {
    summary: 'Highest TLS version used towards the server.',
    example: 'server api1 10.0.0.21:443 ssl verify none ssl-max-ver TLSv1.2',
    args: [{ name: 'version', shape: { kind: 'enum', values: TLS_VERSIONS } }],
  },
  'ssl-min-ver': {
    summary: 'Lowest TLS version accepted from the server.',
    example: 'server api1 10.0.0.21:443 ssl verify none ssl-min-ver TLSv1.2',
    args: [{ name: 'version', shape: { kind: 'enum', values: TLS_VERSIONS } }],
  },
  'ssl-reuse': {
    summary: 'Cancels a `no-ssl-reuse` inherited from `default-server`.',
    example: 'server api1 10.0.0.21:443 ssl verify none ssl-reuse',
    args: [],
  },
  'stick': {
    summary: 'Cancels a `non-stick` inherited from `default-server`.',
    example: 'server web1 10.0.0.11:80 check stick',
    args: [],
  },
  'strict-maxconn': {
    summary: 'Makes `maxconn` a hard limit on open connections to the server, not just on concurrent requests, reusing or closing idle ones to stay under it. Requests may fail when no connection can be freed (for instance private, authenticated ones).',
    example: 'server web1 10.0.0.11:80 check maxconn 50 strict-maxconn',
    args: [],
  },
  'tcp-ut': {
    summary: 'TCP user timeout on server connections (Linux): unacknowledged data older than this kills the connection, which detects dead servers on long idle sessions.',
    example: 'server db1 10.0.0.61:5432 check tcp-ut 20s',
    args: [{ name: 'delay', shape: { kind: 'time' } }],
  },
  'tfo': {
    summary: 'Uses TCP Fast Open towards the server (Linux 4.11+). Add `conn-failure`, `empty-response` and `response-timeout` to `retry-on`, or failed attempts cannot be retried.',
    example: 'server web1 10.0.0.11:80 check tfo',
    args: [],
  },
  'tls-tickets': {
    summary: 'Cancels a `no-tls-tickets` inherited from `default-server` or the global defaults.',
    example: 'server api1 10.0.0.21:443 ssl verify none tls-tickets',
    args: [],
  },
  'track': {
    summary: 'Takes the health state of another server, written `[backend/]server`, instead of checking this one; the end of the chain must have `check`. Saves duplicate checks when the same host serves several backends.',
    example: 'server web1 10.0.0.11:80 track be_main/web1',
    args: [{ name: '[backend/]server', shape: { kind: 'word' } }],
  },
  'verify': {
    summary: 'Whether the server certificate is verified: `required` (default unless `ssl-server-verify none` is set globally) checks it against `ca-file` and the expected name, `none` accepts anything and allows interception.',
    example: 'server api1 10.0.0.21:443 ssl verify required ca-file /etc/ssl/certs/ca-certificates.crt verifyhost api.internal',
    args: [{ name: 'mode', shape: { kind: 'enum', values: ['none', 'required'] } }],
    default: 'required',
  },
  'verifyhost': {
    summary: 'Host name the server certificate must match when no SNI is sent (also used by health checks). Only effective with `verify required`.',
    example: 'server api1 10.0.0.21:443 ssl verify required ca-file /etc/haproxy/ca/internal.pem verifyhost api.internal',
    args: [{ name: 'hostname', shape: { kind: 'word' } }],
  },
  'weight': {
    summary: 'Share of the load relative to the other servers, from 0 to 256; 0 takes no new traffic but keeps persistent clients. Values like 10 to 100 leave room to tune up and down.',
    example: 'server web1 10.0.0.11:80 check weight 50',
    args: [{ name: 'weight', shape: { kind: 'int', min: 0, max: 256 } }],
    default: '1',
  },
  'ws': {
    summary: 'Protocol used to relay WebSocket streams: `auto` follows the server protocol (downgrading ALPN to http/1.1 if possible), `h1` forces HTTP/1.1, `h2` forces RFC 8441 WebSockets over HTTP/2.',
    example: 'server ws1 10.0.0.91:443 ssl verify none alpn h2,http/1.1 ws h1',
    args: [{ name: 'mode', shape: { kind: 'enum', values: ['auto', 'h1', 'h2'] } }],
    default: 'auto',
  },
} satisfies Record<string, KeywordDoc>;
