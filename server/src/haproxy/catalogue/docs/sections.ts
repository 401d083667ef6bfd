import type { KeywordDoc } from '../../../common/docs.js';

/**
 * Hand-written docs for the keywords of the small HAProxy sections (userlist, peers, resolvers,
 * ring, cache, crt-store...), keyed by family then keyword as in generated/facts.json. Each family
 * includes the keyword opening its section (`peers`, `resolvers`, ...), whose argument is the name
 * the section defines. `crt-store-load` holds the options of a crt-store `load` line.
 */
export const sectionDocs = {
  'acme': {
    'account-key': {
      summary: 'Private key file of the ACME account at the CA. When omitted, HAProxy uses `<section name>.account.key` and generates that file if it does not exist.',
      example: 'acme letsencrypt\n    account-key /etc/haproxy/acme/letsencrypt.account.key',
      args: [{ name: 'filename', shape: { kind: 'file' } }],
    },
    'acme': {
      summary: 'Opens a section that makes HAProxy an ACME client (Let\'s Encrypt and similar), renewing the certificates that name it with `acme <name>` on their crt-store `load` or `ssl-f-use` line. Experimental in 3.2: requires `expose-experimental-directives` in the global section.',
      example: 'acme letsencrypt\n    directory https://acme-v02.api.letsencrypt.org/directory\n    contact ops@example.com\n    map virt@acme',
      args: [{ name: 'name', shape: { kind: 'name' } }],
    },
    'bits': {
      summary: 'Size in bits of the RSA keys generated for certificates when `keytype RSA` is used. Very large keys can stall traffic while they are generated.',
      example: 'acme letsencrypt\n    keytype RSA\n    bits 3072',
      args: [{ name: 'number', shape: { kind: 'int', min: 1 } }],
      default: '2048',
    },
    'challenge': {
      summary: 'Kind of challenge used to prove control of the domains: `HTTP-01` (HAProxy answers `/.well-known/acme-challenge/` requests from the `map`) or `DNS-01`. HAProxy 3.2 only completes HTTP-01.',
      example: 'acme letsencrypt\n    challenge HTTP-01',
      args: [{ name: 'type', shape: { kind: 'enum', values: ['HTTP-01', 'DNS-01'] } }],
      default: 'HTTP-01',
    },
    'contact': {
      summary: 'E-mail address attached to the ACME account, used by the CA for expiry and policy notices.',
      example: 'acme letsencrypt\n    contact ops@example.com',
      args: [{ name: 'email', shape: { kind: 'word' } }],
    },
    'curves': {
      summary: 'Curve of the ECDSA keys generated for certificates when `keytype ECDSA` is used.',
      example: 'acme letsencrypt\n    keytype ECDSA\n    curves P-256',
      args: [{ name: 'curve', shape: { kind: 'word' } }],
      default: 'P-384',
    },
    'directory': {
      summary: 'Directory URL of the CA ACME service; mandatory, as there is no default. Point it at the staging URL while testing to avoid rate limits.',
      example: 'acme letsencrypt\n    directory https://acme-staging-v02.api.letsencrypt.org/directory',
      args: [{ name: 'url', shape: { kind: 'word' } }],
    },
    'keytype': {
      summary: 'Type of the private keys generated for certificates: `RSA` (size set by `bits`) or `ECDSA` (curve set by `curves`).',
      example: 'acme letsencrypt\n    keytype ECDSA',
      args: [{ name: 'type', shape: { kind: 'enum', values: ['RSA', 'ECDSA'] } }],
      default: 'ECDSA',
    },
    'map': {
      summary: 'Map in which HAProxy stores challenge tokens and their key thumbprints while a validation is running; an `http-request return` rule reads it to answer the CA.',
      example: 'acme letsencrypt\n    map virt@acme',
      args: [{ name: 'map', shape: { kind: 'word' } }],
    },
  },
  'cache': {
    'cache': {
      summary: 'Opens a section defining a small in-memory HTTP cache, used from proxies with `http-request cache-use <name>` and `http-response cache-store <name>`. Only cacheable 200 responses to GET requests are stored.',
      example: 'cache static\n    total-max-size 64\n    max-age 300',
      args: [{ name: 'name', shape: { kind: 'name', defines: 'cache' } }],
    },
    'max-age': {
      summary: 'Longest time in seconds an object is served from the cache, even if the response allows longer through `s-maxage`, `max-age` or `Expires`. A plain number of seconds, not a time with unit.',
      example: 'cache static\n    max-age 300',
      args: [{ name: 'seconds', shape: { kind: 'int', min: 0 } }],
      default: '60',
    },
    'max-object-size': {
      summary: 'Largest response in bytes the cache stores (a plain number); bigger ones pass through uncached. At most half of `total-max-size`; by default 1/256 of it.',
      example: 'cache static\n    total-max-size 64\n    max-object-size 1048576',
      args: [{ name: 'bytes', shape: { kind: 'int', min: 0 } }],
    },
    'max-secondary-entries': {
      summary: 'How many variants of the same URL (differing by `Vary` headers) may be stored at once when `process-vary` is on.',
      example: 'cache static\n    process-vary on\n    max-secondary-entries 20',
      args: [{ name: 'number', shape: { kind: 'int', min: 1 } }],
      default: '10',
    },
    'process-vary': {
      summary: 'Lets the cache store responses carrying a `Vary` header (on accept-encoding, referer and origin), keeping one variant per request header values. When off, such responses are never cached.',
      example: 'cache static\n    process-vary on',
      args: [{ name: 'state', shape: { kind: 'enum', values: ['on', 'off'] } }],
      default: 'off',
    },
    'total-max-size': {
      summary: 'Memory reserved for the cache, in megabytes (plain number, at most 4095). Required.',
      example: 'cache static\n    total-max-size 256',
      args: [{ name: 'megabytes', shape: { kind: 'int', min: 0, max: 4095 } }],
    },
  },
  'crt-store': {
    'crt-base': {
      summary: 'Directory prepended to relative `crt` paths of the `load` lines of this store; the global `crt-base` does not apply inside a crt-store.',
      example: 'crt-store web\n    crt-base /etc/haproxy/certs\n    load crt site1.pem',
      args: [{ name: 'dir', shape: { kind: 'word' } }],
    },
    'crt-store': {
      summary: 'Opens a section that loads certificates (with their keys, OCSP responses...) once, to be used by `crt` on bind lines or in crt-lists. Certificates of a named store are referenced as `@<name>/<file or alias>`, those of an unnamed one as `@/<alias>`.',
      example: 'crt-store web\n    load crt /etc/haproxy/certs/site1.pem key /etc/haproxy/keys/site1.key alias site1',
      args: [{ name: 'name', shape: { kind: 'name', defines: 'crt-store' }, optional: true }],
    },
    'key-base': {
      summary: 'Directory prepended to relative `key` paths of the `load` lines of this store; the global `key-base` does not apply inside a crt-store.',
      example: 'crt-store web\n    key-base /etc/haproxy/keys\n    load crt /etc/haproxy/certs/site1.pem key site1.key',
      args: [{ name: 'dir', shape: { kind: 'word' } }],
    },
    'load': {
      summary: 'Loads one certificate into the store: `crt` is required, followed by optional `key`, `ocsp`, `issuer`, `sctl`, `alias`, `ocsp-update`, and in 3.2 `acme` with `domains`.',
      example: 'crt-store web\n    load crt site1.pem key site1.key ocsp site1.ocsp alias site1',
      args: [{ name: 'options', shape: { kind: 'rest' } }],
    },
  },
  'crt-store-load': {
    'acme': {
      summary: 'Name of the `acme` section in charge of obtaining and renewing this certificate; list the names to request with `domains`. Experimental in 3.2.',
      example: 'crt-store\n    load crt example.com.pem acme letsencrypt domains "example.com,www.example.com"',
      args: [{ name: 'name', shape: { kind: 'word' } }],
    },
    'alias': {
      summary: 'Second name for the certificate, used to reference it from bind lines as `@/<alias>` (or `@<store>/<alias>` in a named store) instead of its file name.',
      example: 'crt-store\n    load crt /etc/haproxy/certs/site1.pem alias site1',
      args: [{ name: 'alias', shape: { kind: 'word' } }],
    },
    'crt': {
      summary: 'PEM file with the certificate, possibly with its chain and private key; the only mandatory option of `load`.',
      example: 'crt-store\n    load crt /etc/haproxy/certs/site1.pem',
      args: [{ name: 'filename', shape: { kind: 'file' } }],
    },
    'domains': {
      summary: 'Comma-separated domain names requested for an ACME certificate; the first one becomes the subject common name.',
      example: 'crt-store\n    load crt example.com.pem acme letsencrypt domains "example.com,www.example.com"',
      args: [{ name: 'domains', shape: { kind: 'word' } }],
    },
    'issuer': {
      summary: 'PEM file of the certificate issuer, needed for OCSP when the chain is not in the `crt` file.',
      example: 'crt-store\n    load crt site1.pem ocsp site1.ocsp issuer /etc/haproxy/ca/issuer.pem',
      args: [{ name: 'filename', shape: { kind: 'file' } }],
    },
    'key': {
      summary: 'PEM file of the private key, when it is not inside the `crt` file (it overrides one found there).',
      example: 'crt-store\n    load crt /etc/haproxy/certs/site1.pem key /etc/haproxy/keys/site1.key',
      args: [{ name: 'filename', shape: { kind: 'file' } }],
    },
    'ocsp': {
      summary: 'DER file with an OCSP response stapled to handshakes with this certificate; it can be refreshed through the CLI or `ocsp-update`.',
      example: 'crt-store\n    load crt site1.pem ocsp /etc/haproxy/ocsp/site1.ocsp',
      args: [{ name: 'filename', shape: { kind: 'file' } }],
    },
    'ocsp-update': {
      summary: 'When `on`, HAProxy fetches the OCSP response of the certificate itself and refreshes it periodically (between 5 minutes and 1 hour by default). The issuer must be known, in the chain or through `issuer`.',
      example: 'crt-store\n    load crt site1.pem ocsp-update on',
      args: [{ name: 'state', shape: { kind: 'enum', values: ['off', 'on'] } }],
      default: 'off',
    },
    'sctl': {
      summary: 'File with a Signed Certificate Timestamp list sent to clients for Certificate Transparency.',
      example: 'crt-store\n    load crt site1.pem sctl /etc/haproxy/certs/site1.sctl',
      args: [{ name: 'filename', shape: { kind: 'file' } }],
    },
  },
  'fcgi-app': {
    'acl': {
      summary: 'Declares an ACL private to this FastCGI application, for use in its `set-param` and `pass-header` conditions. ACLs of proxies are not visible here and the other way round.',
      example: 'fcgi-app php\n    acl is_admin path_beg /admin',
      args: [{ name: 'aclname', shape: { kind: 'name', defines: 'acl' } }, { name: 'criterion', shape: { kind: 'rest' } }],
    },
    'docroot': {
      summary: 'Document root on the FastCGI server, used to build `SCRIPT_FILENAME` and `PATH_TRANSLATED`. Mandatory.',
      example: 'fcgi-app php\n    docroot /var/www/app',
      args: [{ name: 'path', shape: { kind: 'word' } }],
    },
    'fcgi-app': {
      summary: 'Opens a section describing a FastCGI application (PHP-FPM and the like); a backend uses it with `use-fcgi-app <name>` and servers marked `proto fcgi`.',
      example: 'fcgi-app php\n    docroot /var/www/app\n    index index.php\n    path-info ^(/.+\\.php)(/.*)?$',
      args: [{ name: 'name', shape: { kind: 'name', defines: 'fcgi-app' } }],
    },
    'index': {
      summary: 'Script name appended to request paths ending in `/` to build `SCRIPT_NAME`, such as `index.php`.',
      example: 'fcgi-app php\n    index index.php',
      args: [{ name: 'script-name', shape: { kind: 'word' } }],
    },
    'log-stderr': {
      summary: 'Logs what the application writes to STDERR, to a target given like a proxy `log` line, or to the global log servers with `global`. Ignored by default.',
      example: 'fcgi-app php\n    log-stderr global',
      args: [{ name: 'target', shape: { kind: 'rest' } }],
    },
    'option get-values': {
      summary: 'Asks the application on connection (FCGI_GET_VALUES) how many concurrent requests it accepts and whether it multiplexes. Some applications do not support it, hence off by default.',
      example: 'fcgi-app php\n    option get-values',
      args: [],
      default: 'disabled',
    },
    'option keep-conn': {
      summary: 'Asks the application to keep the connection open after each response so HAProxy can reuse it. Use `no option keep-conn` to have it close after every request.',
      example: 'fcgi-app php\n    option keep-conn',
      args: [],
      default: 'enabled',
    },
    'option max-reqs': {
      summary: 'Maximum concurrent requests sent over one connection to the application; only matters with multiplexing and is overridden by what `get-values` learns.',
      example: 'fcgi-app php\n    option mpxs-conns\n    option max-reqs 10',
      args: [{ name: 'reqs', shape: { kind: 'int', min: 1 } }],
      default: '1',
    },
    'option mpxs-conns': {
      summary: 'Declares that the application can multiplex several requests over one connection, enabling `option max-reqs`.',
      example: 'fcgi-app php\n    option mpxs-conns',
      args: [],
      default: 'disabled',
    },
    'pass-header': {
      summary: 'Passes a request header the FastCGI layer normally withholds (such as `Authorization`) to the application, optionally under a condition. Most headers already reach it as `HTTP_*` parameters.',
      example: 'fcgi-app php\n    pass-header Authorization if { path_beg /api }',
      args: [{ name: 'name', shape: { kind: 'word' } }],
    },
    'path-info': {
      summary: 'Regular expression on the decoded path whose first capture becomes the script name and the optional second one `PATH_INFO`. Without it, no `PATH_INFO` is sent.',
      example: 'fcgi-app php\n    path-info ^(/.+\\.php)(/.*)?$',
      args: [{ name: 'regex', shape: { kind: 'word' } }],
    },
    'set-param': {
      summary: 'Sets (or overrides) a FastCGI parameter from a log-format expression, optionally under a condition; rules run in order and an empty result skips the rule.',
      example: 'fcgi-app php\n    set-param REDIRECT_STATUS 200',
      args: [{ name: 'name', shape: { kind: 'word' } }, { name: 'fmt', shape: { kind: 'word' } }],
    },
  },
  'http-errors': {
    'errorfile': {
      summary: 'File holding the complete raw HTTP response (status line, headers, body) HAProxy sends for this status code. Use absolute paths: files are read before any chroot.',
      example: 'http-errors site-errors\n    errorfile 503 /etc/haproxy/errors/503.http',
      args: [{ name: 'code', shape: { kind: 'int', min: 200, max: 599 } }, { name: 'file', shape: { kind: 'file' } }],
    },
    'http-errors': {
      summary: 'Opens a named group of `errorfile` lines that proxies import with `errorfiles <name>`, so custom error pages are declared once and shared.',
      example: 'http-errors site-errors\n    errorfile 503 /etc/haproxy/errors/503.http',
      args: [{ name: 'name', shape: { kind: 'name', defines: 'http-errors' } }],
    },
  },
  'log-forward': {
    'backlog': {
      summary: 'Kernel backlog hint for the TCP listeners of this log forwarder.',
      example: 'log-forward syslog\n    backlog 128',
      args: [{ name: 'conns', shape: { kind: 'int', min: 0 } }],
    },
    'bind': {
      summary: 'TCP listener receiving syslog messages to forward, with both RFC 6587 framings accepted; takes the usual bind options, including TLS.',
      example: 'log-forward syslog\n    bind 10.0.0.5:6514 ssl crt /etc/haproxy/certs/syslog.pem',
      args: [{ name: 'addr', shape: { kind: 'address' } }, { name: 'param', shape: { kind: 'rest' }, optional: true }],
    },
    'dgram-bind': {
      summary: 'UDP listener receiving syslog messages to forward; only a few bind options (`interface`, `namespace`, `transparent`) make sense here.',
      example: 'log-forward syslog\n    dgram-bind 10.0.0.5:514',
      args: [{ name: 'addr', shape: { kind: 'address' } }, { name: 'param', shape: { kind: 'rest' }, optional: true }],
    },
    'log': {
      summary: 'Destination of forwarded messages, with the same syntax as a proxy `log` line (`global`, an address, `ring@<name>`, optional `sample` for spreading). Several lines send copies to several targets.',
      example: 'log-forward syslog\n    dgram-bind 10.0.0.5:514\n    log ring@central local0',
      args: [{ name: 'target', shape: { kind: 'rest' } }],
    },
    'log-forward': {
      summary: 'Opens a section where HAProxy acts as a syslog relay: it receives messages on `bind`/`dgram-bind` listeners and sends them to its `log` targets, possibly converting formats.',
      example: 'log-forward syslog\n    dgram-bind 10.0.0.5:514\n    log 10.0.0.50:514 local0',
      args: [{ name: 'name', shape: { kind: 'name', defines: 'log-forward' } }],
    },
    'maxconn': {
      summary: 'Maximum concurrent TCP connections accepted by this log forwarder; raise it when many senders keep connections open.',
      example: 'log-forward syslog\n    maxconn 200',
      args: [{ name: 'conns', shape: { kind: 'int', min: 0 } }],
      default: '10',
    },
    'option assume-rfc6587-ntf': {
      summary: 'Treats every incoming TCP stream as newline-delimited (non-transparent framing) instead of detecting octet counting, which helps with senders whose messages start oddly.',
      example: 'log-forward syslog\n    option assume-rfc6587-ntf',
      args: [],
    },
    'option dont-parse-log': {
      summary: 'Relays messages as received without parsing them into syslog fields; pair it with `format raw` on the `log` targets to keep them intact.',
      example: 'log-forward syslog\n    option dont-parse-log\n    log 10.0.0.50:514 format raw local0',
      args: [],
    },
    'option host': {
      summary: 'What to do with the hostname field of forwarded RFC 3164/5424 messages: `replace` it with the sender IP, `fill` it only when missing (default), `keep` it, or `append` the sender IP.',
      example: 'log-forward syslog\n    option host append',
      args: [{ name: 'strategy', shape: { kind: 'enum', values: ['replace', 'fill', 'keep', 'append'] } }],
      default: 'fill',
    },
    'timeout client': {
      summary: 'Inactivity timeout of TCP connections from log senders.',
      example: 'log-forward syslog\n    timeout client 1m',
      args: [{ name: 'timeout', shape: { kind: 'time' } }],
    },
  },
  'mailers': {
    'mailer': {
      summary: 'SMTP server, as `address:port`, to which e-mail alerts about server state changes are sent. From 3.1 the alerts are sent by a Lua script (mailers.lua) that must be loaded.',
      example: 'mailers alerting\n    mailer smtp1 10.0.0.25:25',
      args: [{ name: 'mailername', shape: { kind: 'name' } }, { name: 'address', shape: { kind: 'address' } }],
    },
    'mailers': {
      summary: 'Opens a list of SMTP servers that proxies use with `email-alert mailers <name>` to mail alerts when servers change state.',
      example: 'mailers alerting\n    mailer smtp1 10.0.0.25:25\n    timeout mail 20s',
      args: [{ name: 'name', shape: { kind: 'name', defines: 'mailers' } }],
    },
    'timeout mail': {
      summary: 'Time allowed to connect to a mailer and deliver one alert. Keep it above 4 seconds so a lost SYN can be retransmitted.',
      example: 'mailers alerting\n    timeout mail 20s',
      args: [{ name: 'time', shape: { kind: 'time' } }],
      default: '10s',
    },
  },
  'peers': {
    'bind': {
      summary: 'Address on which the local peer listens, with bind options such as `ssl crt`; used with `server` lines instead of `peer` lines.',
      example: 'peers cluster\n    bind 10.0.0.1:10000 ssl crt /etc/haproxy/certs/peer.pem\n    server lb1\n    server lb2 10.0.0.2:10000',
      args: [{ name: 'address', shape: { kind: 'address' } }, { name: 'param', shape: { kind: 'rest' }, optional: true }],
    },
    'default-bind': {
      summary: 'Bind options (not the address) applied to the local peer listener of this section.',
      example: 'peers cluster\n    default-bind ssl crt /etc/haproxy/certs/peer.pem',
      args: [{ name: 'param', shape: { kind: 'rest' }, optional: true }],
    },
    'default-server': {
      summary: 'Default transport options (such as `ssl verify`) for the `server`/`peer` lines of this section.',
      example: 'peers cluster\n    default-server ssl verify required ca-file /etc/haproxy/ca/peers.pem',
      args: [{ name: 'param', shape: { kind: 'rest' }, optional: true }],
    },
    'disabled': {
      summary: 'Turns the whole peers section off (no listening, no synchronization) without removing references to it from stick tables.',
      example: 'peers cluster\n    disabled',
      args: [],
    },
    'enable': {
      summary: 'Old spelling (1.6 to 2.4) of `enabled`, which re-enables a peers section.',
      example: 'peers cluster\n    enable',
      args: [],
    },
    'enabled': {
      summary: 'Re-enables a peers section that an earlier `disabled` turned off.',
      example: 'peers cluster\n    enabled',
      args: [],
    },
    'log': {
      summary: 'Log target for events of the peers listener, with the same syntax as a proxy `log` line.',
      example: 'peers cluster\n    log 127.0.0.1:514 local0',
      args: [{ name: 'target', shape: { kind: 'rest' } }],
    },
    'peer': {
      summary: 'Declares a member of the cluster that stick-table updates are exchanged with. The entry whose name matches the local peer name (host name, `-L` or `localpeer`) is where this node listens; keep the same list on every node.',
      example: 'peers cluster\n    peer lb1 10.0.0.1:10000\n    peer lb2 10.0.0.2:10000',
      args: [{ name: 'peername', shape: { kind: 'name' } }, { name: 'address', shape: { kind: 'address' } }, { name: 'param', shape: { kind: 'rest' }, optional: true }],
    },
    'peers': {
      summary: 'Opens a list of HAProxy nodes that replicate stick-table contents to each other, and keep them across reloads; tables join it with `peers <name>` or are declared inside with `table`.',
      example: 'peers cluster\n    peer lb1 10.0.0.1:10000\n    peer lb2 10.0.0.2:10000',
      args: [{ name: 'name', shape: { kind: 'name', defines: 'peers' } }],
    },
    'server': {
      summary: 'Alternative to `peer` that accepts server transport options (TLS and so on). The local peer is written without an address, its listener being given by `bind`.',
      example: 'peers cluster\n    bind 10.0.0.1:10000\n    server lb1\n    server lb2 10.0.0.2:10000',
      args: [{ name: 'peername', shape: { kind: 'name' } }, { name: 'address and params', shape: { kind: 'rest' }, optional: true }],
    },
    'shards': {
      summary: 'Number of shards stick-table entries are split into, each peer with a `shard` value receiving only its part instead of every update.',
      example: 'peers cluster\n    shards 2\n    peer lb1 10.0.0.1:10000\n    peer lb2 10.0.0.2:10000 shard 1\n    peer lb3 10.0.0.3:10000 shard 2',
      args: [{ name: 'shards', shape: { kind: 'int', min: 0 } }],
    },
    'table': {
      summary: 'Declares a stick table inside the peers section, with the same options as `stick-table`. Elsewhere it is referenced as `<peers>/<table>`.',
      example: 'peers cluster\n    peer lb1 10.0.0.1:10000\n    table sessions type ip size 100k expire 30m store conn_rate(10s)',
      args: [{ name: 'tablename', shape: { kind: 'name', defines: 'table' } }, { name: 'definition', shape: { kind: 'rest' } }],
    },
  },
  'program': {
    'command': {
      summary: 'Command line of the program started by the master process; looked up in PATH unless absolute. Mandatory.',
      example: 'program exporter\n    command /usr/local/bin/haproxy-exporter --port 9101',
      args: [{ name: 'command', shape: { kind: 'word' } }, { name: 'arguments', shape: { kind: 'rest' }, optional: true }],
    },
    'group': {
      summary: 'System group the program runs as.',
      example: 'program exporter\n    group nogroup',
      args: [{ name: 'group name', shape: { kind: 'word' } }],
    },
    'option start-on-reload': {
      summary: 'Starts a new instance of the program on each master reload; `no option start-on-reload` keeps the running one.',
      example: 'program exporter\n    no option start-on-reload',
      args: [],
      default: 'enabled',
    },
    'program': {
      summary: 'Opens a section describing an external program that the master process (master-worker mode) starts and restarts with the workers. Deprecated since 3.1: prefer systemd units or another process manager.',
      example: 'program exporter\n    command /usr/local/bin/haproxy-exporter --port 9101\n    user haproxy',
      args: [{ name: 'name', shape: { kind: 'name', defines: 'program' } }],
    },
    'user': {
      summary: 'System user the program runs as.',
      example: 'program exporter\n    user haproxy',
      args: [{ name: 'user name', shape: { kind: 'word' } }],
    },
  },
  'resolvers': {
    'accepted_payload_size': {
      summary: 'Largest DNS response over UDP, in bytes, announced to the name servers (EDNS0). 4096 is a common choice when records do not fit in 512 bytes; 65535 at most.',
      example: 'resolvers dns\n    accepted_payload_size 4096',
      args: [{ name: 'nb', shape: { kind: 'int', max: 65535 } }],
      default: '512',
    },
    'hold': {
      summary: 'For a given response status, how far back a valid answer still counts before the server is marked down (`nx`, `refused`, `timeout`, `other`), how long a valid answer lasts for do-resolve actions (`valid`), or when stale SRV records are dropped (`obsolete`).',
      example: 'resolvers dns\n    hold valid 10s\n    hold nx 30s',
      args: [{ name: 'status', shape: { kind: 'enum', values: ['nx', 'other', 'refused', 'timeout', 'valid', 'obsolete'] } }, { name: 'period', shape: { kind: 'time' } }],
    },
    'nameserver': {
      summary: 'DNS server queried by this section, over UDP by default or TCP with a `tcp@` prefix (then server options such as `ssl` apply). With several, the first valid answer wins.',
      example: 'resolvers dns\n    nameserver ns1 10.0.0.53:53\n    nameserver ns2 tcp@10.0.0.54:53',
      args: [{ name: 'name', shape: { kind: 'name' } }, { name: 'address', shape: { kind: 'address' } }, { name: 'param', shape: { kind: 'rest' }, optional: true }],
    },
    'parse-resolv-conf': {
      summary: 'Adds the name servers listed in /etc/resolv.conf at this position.',
      example: 'resolvers dns\n    parse-resolv-conf',
      args: [],
    },
    'resolution_pool_size': {
      summary: 'Development-era setting of 1.8 sizing the pool of DNS resolutions. It is useless and rejected from 2.0 on; remove it.',
      example: 'resolvers dns\n    resolution_pool_size 64',
      args: [{ name: 'nb', shape: { kind: 'int', min: 0 } }],
    },
    'resolve_retries': {
      summary: 'Number of queries sent for a name (across retries and query type fallbacks) before resolution is reported as failed.',
      example: 'resolvers dns\n    resolve_retries 3',
      args: [{ name: 'nb', shape: { kind: 'int', min: 0 } }],
      default: '3',
    },
    'resolvers': {
      summary: 'Opens a section of DNS servers that keep server host names resolved at runtime; servers use it with `resolvers <name>`. Recent versions create one named `default` from /etc/resolv.conf when none is declared.',
      example: 'resolvers dns\n    nameserver ns1 10.0.0.53:53\n    hold valid 10s',
      args: [{ name: 'resolvers id', shape: { kind: 'name', defines: 'resolvers' } }],
    },
    'timeout': {
      summary: '`timeout resolve` sets how often names are re-resolved, `timeout retry` the wait before re-sending a query left unanswered.',
      example: 'resolvers dns\n    timeout resolve 1s\n    timeout retry 1s',
      args: [{ name: 'event', shape: { kind: 'enum', values: ['resolve', 'retry'] } }, { name: 'time', shape: { kind: 'time' } }],
      default: '1s',
    },
  },
  'ring': {
    'backing-file': {
      summary: 'Keeps the ring in a memory-mapped file so its contents survive a crash for post-mortem analysis; the previous file is renamed `.bak` at startup. Keep it on fast storage (tmpfs), as slow disks stall the process.',
      example: 'ring traces\n    size 10485760\n    backing-file /var/tmp/haproxy-traces.ring',
      args: [{ name: 'path', shape: { kind: 'file' } }],
    },
    'description': {
      summary: 'Text shown for the ring on the CLI; defaults to its name.',
      example: 'ring central\n    description "logs forwarded to the central syslog"',
      args: [{ name: 'text', shape: { kind: 'rest' } }],
    },
    'format': {
      summary: 'Syslog format in which events are stored in the ring and sent to its servers, such as `rfc5424`, `rfc3164` or `raw`.',
      example: 'ring central\n    format rfc5424',
      args: [{ name: 'format', shape: { kind: 'enum', values: ['iso', 'local', 'priority', 'raw', 'rfc3164', 'rfc5424', 'short', 'timed'] } }],
    },
    'maxlen': {
      summary: 'Maximum length of one stored event, header included; longer events are truncated.',
      example: 'ring central\n    maxlen 1200',
      args: [{ name: 'length', shape: { kind: 'int', min: 1 } }],
    },
    'ring': {
      summary: 'Opens a named in-memory ring buffer that logs (`log ring@<name>`) and traces can write to, optionally forwarded to TCP syslog `server`s so slow log servers never block traffic.',
      example: 'ring central\n    format rfc5424\n    size 1048576\n    server syslog1 10.0.0.50:6514 log-proto octet-count',
      args: [{ name: 'ringname', shape: { kind: 'name', defines: 'ring' } }],
    },
    'server': {
      summary: 'TCP syslog server that receives a copy of everything in the ring, with server options such as `log-proto octet-count` or `ssl`. The ring advances at the pace of its slowest server: use one ring per destination.',
      example: 'ring central\n    server syslog1 10.0.0.50:6514 log-proto octet-count',
      args: [{ name: 'name', shape: { kind: 'name' } }, { name: 'address', shape: { kind: 'address' } }, { name: 'param', shape: { kind: 'rest' }, optional: true }],
    },
    'size': {
      summary: 'Size of the ring buffer in bytes (the build-time buffer size by default). Before 3.1 only a plain number is understood: a suffix like `1m` is silently read as 1.',
      example: 'ring central\n    size 1048576',
      args: [{ name: 'size', shape: { kind: 'size' } }],
    },
    'timeout connect': {
      summary: 'Time allowed to establish the TCP connection to a ring server.',
      example: 'ring central\n    timeout connect 5s',
      args: [{ name: 'timeout', shape: { kind: 'time' } }],
    },
    'timeout server': {
      summary: 'How long data may wait unsent towards a ring server before the connection is dropped.',
      example: 'ring central\n    timeout server 10s',
      args: [{ name: 'timeout', shape: { kind: 'time' } }],
    },
  },
  'traces': {
    'trace': {
      summary: 'Configures the trace source given first with the same words as the `trace` CLI command (sink, level, verbosity, start...). A debugging aid that costs performance; mostly used when developers ask for it.',
      example: 'traces\n    trace h2 sink buf1 level developer verbosity complete start now',
      args: [{ name: 'source', shape: { kind: 'word' } }, { name: 'args', shape: { kind: 'rest' }, optional: true }],
    },
    'traces': {
      summary: 'Opens a section of `trace` lines applied at startup, to record internal traces from the first connection on, usually into a `ring`.',
      example: 'traces\n    trace h1 sink buf1 level developer start now',
      args: [],
    },
  },
  'userlist': {
    'group': {
      summary: 'Declares a group in the userlist, optionally followed by `users` and a comma-separated member list; `http_auth_group()` ACLs test membership.',
      example: 'userlist admins\n    group ops users alice,bob',
      args: [{ name: 'groupname', shape: { kind: 'name' } }, { name: 'users', shape: { kind: 'rest' }, optional: true }],
    },
    'user': {
      summary: 'Declares a user with a crypt(3) hash (`password`) or a clear-text one (`insecure-password`), and optionally `groups`. Strong hashes such as SHA-512 are checked on every request and can burn a lot of CPU.',
      example: 'userlist admins\n    user alice password $6$rounds=5000$salt$hash groups ops',
      args: [{ name: 'username', shape: { kind: 'name' } }, { name: 'password and groups', shape: { kind: 'rest' }, optional: true }],
    },
    'userlist': {
      summary: 'Opens a list of users and groups for HTTP basic authentication, checked in proxies with `http_auth(<name>)` ACLs, typically together with `http-request auth`.',
      example: 'userlist admins\n    user alice insecure-password changeme',
      args: [{ name: 'listname', shape: { kind: 'name', defines: 'userlist' } }],
    },
  },
} satisfies Record<string, Record<string, KeywordDoc>>;
