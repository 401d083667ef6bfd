import type { KeywordDoc } from '../../../common/docs.js';

/** TLS protocol versions accepted by `ssl-min-ver` and `ssl-max-ver`. */
const TLS_VERSIONS = ['SSLv3', 'TLSv1.0', 'TLSv1.1', 'TLSv1.2', 'TLSv1.3'] as const;

/**
 * Hand-written docs for the options of a `bind` line (what follows the address); names and versions
 * come from generated/facts.json. `args` are the words an option consumes after its own name, as
 * the parser of HAProxy counts them (checked against `haproxy -dKall` of 2.6 and the 3.2 sources).
 */
export const bindDocs = {
  'accept-netscaler-cip': {
    summary: 'Reads the NetScaler Client IP insertion header (identified by the given magic number) at the start of each connection and uses the client address it carries everywhere except in `tcp-request connection` rules. Use it only behind a NetScaler configured to insert that header.',
    example: 'bind 10.0.0.10:80 accept-netscaler-cip 1234',
    args: [{ name: 'magic number', shape: { kind: 'int', min: 0 } }],
  },
  'accept-proxy': {
    summary: 'Expects a PROXY protocol header (v1 or v2, detected automatically) at the start of every connection and uses the client address it announces for logs, ACLs and headers. Connections without a valid header fail, so enable it only when every sender (load balancer, another HAProxy with `send-proxy`) emits one.',
    example: 'bind :443 accept-proxy ssl crt /etc/haproxy/certs/site.pem',
    args: [],
  },
  'allow-0rtt': {
    summary: 'Accepts TLS 1.3 early data (0-RTT) from resuming clients, saving one round trip. Early data can be replayed by an attacker, so keep it for idempotent requests and use `http-request wait-for-handshake` where replay would hurt.',
    example: 'bind :443 ssl crt /etc/haproxy/certs/site.pem allow-0rtt',
    args: [],
  },
  'alpn': {
    summary: 'Comma-separated list of application protocols offered through TLS ALPN, most preferred first (`h2,http/1.1` for HTTPS, `h3` for QUIC). HTTP/2 over TLS needs it; from 2.8 on an HTTPS listener offers `h2,http/1.1` by default when no ALPN option is given.',
    example: 'bind :443 ssl crt /etc/haproxy/certs/site.pem alpn h2,http/1.1',
    args: [{ name: 'protocols', shape: { kind: 'word' } }],
  },
  'backlog': {
    summary: 'Size of the kernel queue of connections waiting to be accepted on this socket. Left unset or at 0, the frontend backlog is used, which itself follows `maxconn`.',
    example: 'bind :80 backlog 4096',
    args: [{ name: 'backlog', shape: { kind: 'int', min: 0 } }],
  },
  'ca-file': {
    summary: 'PEM file (or directory) of CA certificates used to check client certificates, and whose names are sent to clients in the certificate request. Needed with `verify optional` or `verify required`.',
    example: 'bind :443 ssl crt /etc/haproxy/certs/site.pem ca-file /etc/haproxy/ca/clients.pem verify required',
    args: [{ name: 'cafile', shape: { kind: 'file' } }],
  },
  'ca-ignore-err': {
    summary: 'Client certificate verification errors to tolerate on the CA chain (depth above 0): `all` or a comma-separated list of OpenSSL error names or numbers. Prefer the names, as the numbers can change between OpenSSL releases.',
    example: 'bind :443 ssl crt /etc/haproxy/certs/site.pem ca-file /etc/haproxy/ca/clients.pem verify required ca-ignore-err X509_V_ERR_CERT_HAS_EXPIRED',
    args: [{ name: 'errors', shape: { kind: 'word' } }],
  },
  'ca-sign-file': {
    summary: 'PEM file holding the CA certificate and its private key that sign the certificates forged by `generate-certificates`. Required when certificate generation is enabled.',
    example: 'bind :443 ssl crt /etc/haproxy/certs/default.pem generate-certificates ca-sign-file /etc/haproxy/ca/signing.pem',
    args: [{ name: 'cafile', shape: { kind: 'file' } }],
  },
  'ca-sign-pass': {
    summary: 'Passphrase of the private key in `ca-sign-file`, when that key is encrypted. Only used with `generate-certificates`.',
    example: 'bind :443 ssl crt /etc/haproxy/certs/default.pem generate-certificates ca-sign-file /etc/haproxy/ca/signing.pem ca-sign-pass s3cret',
    args: [{ name: 'passphrase', shape: { kind: 'word' } }],
  },
  'ca-sign-passphrase': {
    summary: 'HAProxy 1.6 name of the passphrase for the `ca-sign-file` key; it was renamed `ca-sign-pass` in 1.7.',
    example: 'bind :443 ssl crt /etc/haproxy/certs/default.pem generate-certificates ca-sign-file /etc/haproxy/ca/signing.pem ca-sign-passphrase s3cret',
    args: [{ name: 'passphrase', shape: { kind: 'word' } }],
  },
  'ca-verify-file': {
    summary: 'PEM file of CA certificates used only to verify client certificates, without advertising their names to clients. Typically holds the root CAs while `ca-file` holds the intermediates.',
    example: 'bind :443 ssl crt /etc/haproxy/certs/site.pem ca-file /etc/haproxy/ca/intermediate.pem ca-verify-file /etc/haproxy/ca/root.pem verify required',
    args: [{ name: 'cafile', shape: { kind: 'file' } }],
  },
  'ciphers': {
    summary: 'OpenSSL cipher list (colon-separated, `man 1 ciphers` syntax) offered to clients for TLS 1.2 and below. TLS 1.3 suites are set with `ciphersuites`.',
    example: 'bind :443 ssl crt /etc/haproxy/certs/site.pem ciphers ECDHE-ECDSA-AES128-GCM-SHA256:ECDHE-RSA-AES128-GCM-SHA256',
    args: [{ name: 'ciphers', shape: { kind: 'word' } }],
  },
  'ciphersuites': {
    summary: 'Colon-separated list of TLS 1.3 cipher suites offered to clients (needs OpenSSL 1.1.1 or later). Use `ciphers` for older protocol versions.',
    example: 'bind :443 ssl crt /etc/haproxy/certs/site.pem ciphersuites TLS_AES_128_GCM_SHA256:TLS_CHACHA20_POLY1305_SHA256',
    args: [{ name: 'ciphersuites', shape: { kind: 'word' } }],
  },
  'client-sigalgs': {
    summary: 'Signature algorithms accepted for client certificates, in OpenSSL `SSL_CTX_set1_client_sigalgs` syntax. Leave it unset unless a specific client requires it.',
    example: 'bind :443 ssl crt /etc/haproxy/certs/site.pem verify required ca-file /etc/haproxy/ca/clients.pem client-sigalgs ECDSA+SHA256:RSA+SHA256',
    args: [{ name: 'sigalgs', shape: { kind: 'word' } }],
  },
  'crl-file': {
    summary: 'PEM file of certificate revocation lists checked when verifying client certificates. Every CA of the chain needs its CRL in the file, or verification fails.',
    example: 'bind :443 ssl crt /etc/haproxy/certs/site.pem ca-file /etc/haproxy/ca/clients.pem crl-file /etc/haproxy/ca/clients.crl verify required',
    args: [{ name: 'crlfile', shape: { kind: 'file' } }],
  },
  'crt': {
    summary: 'PEM certificate with its key (and usually its chain) presented to clients, or a directory whose files are all loaded. Repeat it for several certificates: the one matching the client SNI is chosen, and the first loaded serves clients without a match.',
    example: 'bind :443 ssl crt /etc/haproxy/certs/site.pem crt /etc/haproxy/certs/other.pem',
    args: [{ name: 'cert', shape: { kind: 'file' } }],
  },
  'crt-ignore-err': {
    summary: 'Client certificate verification errors to tolerate on the client certificate itself (depth 0): `all` or a comma-separated list of OpenSSL error names or numbers.',
    example: 'bind :443 ssl crt /etc/haproxy/certs/site.pem ca-file /etc/haproxy/ca/clients.pem verify required crt-ignore-err X509_V_ERR_CERT_HAS_EXPIRED',
    args: [{ name: 'errors', shape: { kind: 'word' } }],
  },
  'crt-list': {
    summary: 'Text file listing certificates one per line, each with optional per-certificate SSL settings in brackets and SNI filters. Use it when many certificates need different options or explicit host name mapping.',
    example: 'bind :443 ssl crt-list /etc/haproxy/crt-list.txt',
    args: [{ name: 'file', shape: { kind: 'file' } }],
  },
  'curves': {
    summary: 'Colon-separated list of elliptic curves offered for ECDHE key exchange, such as `X25519:P-256`. Takes precedence over `ecdhe`.',
    example: 'bind :443 ssl crt /etc/haproxy/certs/site.pem curves X25519:P-256',
    args: [{ name: 'curves', shape: { kind: 'word' } }],
  },
  'default-crt': {
    summary: 'Loads a certificate like `crt` and marks it as a fallback for clients that send no SNI or an unknown name. Give one RSA and one ECDSA certificate to serve both kinds of clients.',
    example: 'bind :443 ssl default-crt /etc/haproxy/certs/default.rsa.pem default-crt /etc/haproxy/certs/default.ecdsa.pem crt /etc/haproxy/certs/',
    args: [{ name: 'cert', shape: { kind: 'file' } }],
  },
  'defer-accept': {
    summary: 'Asks the Linux kernel to hand over a connection only once the client has sent data, saving a wake-up per connection. Only for protocols where the client speaks first, such as HTTP.',
    example: 'bind :80 defer-accept',
    args: [],
  },
  'ecdhe': {
    summary: 'Single named curve used for ECDHE key exchange (prime256v1 unless set). Superseded by `curves`, which accepts a list.',
    example: 'bind :443 ssl crt /etc/haproxy/certs/site.pem ecdhe secp384r1',
    args: [{ name: 'named curve', shape: { kind: 'word' } }],
  },
  'expose-fd': {
    summary: 'On a stats socket, lets another HAProxy process fetch the listening sockets through it (`-x` on the command line) for reloads without lost connections. Not needed in master-worker mode, which passes them internally.',
    example: 'stats socket /run/haproxy/admin.sock mode 660 level admin expose-fd listeners',
    args: [{ name: 'what', shape: { kind: 'enum', values: ['listeners'] } }],
  },
  'force-sslv3': {
    summary: 'Restricts this listener to SSLv3 only. Obsolete and insecure; use `ssl-min-ver` and `ssl-max-ver` to pick protocol versions.',
    example: 'bind :443 ssl crt /etc/haproxy/certs/site.pem force-sslv3',
    args: [],
  },
  'force-tlsv10': {
    summary: 'Restricts this listener to TLS 1.0 only. Prefer `ssl-min-ver` and `ssl-max-ver`.',
    example: 'bind :443 ssl crt /etc/haproxy/certs/site.pem force-tlsv10',
    args: [],
  },
  'force-tlsv11': {
    summary: 'Restricts this listener to TLS 1.1 only. Prefer `ssl-min-ver` and `ssl-max-ver`.',
    example: 'bind :443 ssl crt /etc/haproxy/certs/site.pem force-tlsv11',
    args: [],
  },
  'force-tlsv12': {
    summary: 'Restricts this listener to TLS 1.2 only. Prefer `ssl-min-ver TLSv1.2 ssl-max-ver TLSv1.2`.',
    example: 'bind :443 ssl crt /etc/haproxy/certs/site.pem force-tlsv12',
    args: [],
  },
  'force-tlsv13': {
    summary: 'Restricts this listener to TLS 1.3 only. Prefer `ssl-min-ver TLSv1.3`.',
    example: 'bind :443 ssl crt /etc/haproxy/certs/site.pem force-tlsv13',
    args: [],
  },
  'generate-certificates': {
    summary: 'Forges on the fly a certificate for the SNI name a client asks for when no loaded certificate matches, signed by the CA in `ca-sign-file`. Meant for TLS-intercepting forward proxies; forged certificates are cached (`tune.ssl.ssl-ctx-cache-size`).',
    example: 'bind :443 ssl crt /etc/haproxy/certs/default.pem generate-certificates ca-sign-file /etc/haproxy/ca/signing.pem',
    args: [],
  },
  'gid': {
    summary: 'Numeric group that owns the UNIX socket created by this line; ignored for other socket types. Same as `group` but with a gid.',
    example: 'bind /run/haproxy/app.sock gid 33 mode 660',
    args: [{ name: 'gid', shape: { kind: 'int', min: 0 } }],
  },
  'group': {
    summary: 'Group name that owns the UNIX socket created by this line; ignored for other socket types. Defaults can be set globally with `unix-bind`.',
    example: 'bind /run/haproxy/app.sock group www-data mode 660',
    args: [{ name: 'group', shape: { kind: 'word' } }],
  },
  'guid-prefix': {
    summary: 'Gives each socket of this line a global unique ID made of this prefix, a dash and the socket position on the line, for reference from the CLI or stats.',
    example: 'bind :80,:8080 guid-prefix fe-web',
    args: [{ name: 'prefix', shape: { kind: 'word' } }],
  },
  'id': {
    summary: 'Fixes the numeric ID of the socket, as shown in stats, instead of an automatic one. Must be positive, unique in the frontend, and the line must declare a single socket.',
    example: 'bind :443 id 10 ssl crt /etc/haproxy/certs/site.pem',
    args: [{ name: 'id', shape: { kind: 'int', min: 1 } }],
  },
  'idle-ping': {
    summary: 'Probes idle client connections at this interval and closes those whose peer does not answer before the next probe. Only the HTTP/2 multiplexer implements it; mostly useful with reverse HTTP.',
    example: 'bind :443 ssl crt /etc/haproxy/certs/site.pem alpn h2 idle-ping 30s',
    args: [{ name: 'delay', shape: { kind: 'time' } }],
  },
  'interface': {
    summary: 'Binds the socket to one network interface (Linux, root needed), so only traffic arriving on it is accepted and replies leave through it. Handy with several uplinks or asymmetric routing; TCP sockets only.',
    example: 'bind 0.0.0.0:80 interface eth1',
    args: [{ name: 'interface', shape: { kind: 'word' } }],
  },
  'label': {
    summary: 'Free label attached to the sockets of this line, used to group sockets from different bind lines.',
    example: 'bind :443 ssl crt /etc/haproxy/certs/site.pem label public',
    args: [{ name: 'label', shape: { kind: 'word' } }],
  },
  'level': {
    summary: 'Privilege of a stats socket: `user` may only read non-sensitive data, `operator` may also make harmless changes, `admin` may do everything (disable servers, change maps, ...). Ignored on other sockets.',
    example: 'stats socket /run/haproxy/admin.sock mode 660 level admin',
    args: [{ name: 'level', shape: { kind: 'enum', values: ['user', 'operator', 'admin'] } }],
    default: 'operator',
  },
  'maxconn': {
    summary: 'Caps the concurrent connections accepted on these sockets; extra clients wait in the kernel backlog. Useful to keep expensive listeners (TLS) from eating all resources; applies to each socket of the line separately.',
    example: 'bind :443 ssl crt /etc/haproxy/certs/site.pem maxconn 20000',
    args: [{ name: 'maxconn', shape: { kind: 'int', min: 0 } }],
  },
  'mode': {
    summary: 'Octal permissions of the UNIX socket created by this line, such as 660; ignored for other sockets. A global default can be set with `unix-bind`.',
    example: 'bind /run/haproxy/app.sock mode 660 user haproxy group www-data',
    args: [{ name: 'mode', shape: { kind: 'word' } }],
  },
  'mss': {
    summary: 'TCP maximum segment size advertised to clients on this socket; a negative value instead lowers the MSS the client announced by that amount. Useful for traffic coming through tunnels or VPNs.',
    example: 'bind :443 mss 1400',
    args: [{ name: 'maxseg', shape: { kind: 'int' } }],
  },
  'name': {
    summary: 'Name of the sockets of this line as shown on the stats page (with `option socket-stats`).',
    example: 'bind :443 name https ssl crt /etc/haproxy/certs/site.pem',
    args: [{ name: 'name', shape: { kind: 'word' } }],
  },
  'namespace': {
    summary: 'Creates the listening socket inside the given Linux network namespace instead of the one HAProxy runs in.',
    example: 'bind 192.168.10.1:80 namespace tenant1',
    args: [{ name: 'name', shape: { kind: 'word' } }],
  },
  'nbconn': {
    summary: 'Number of connections a reverse HTTP listener keeps open in parallel towards its peer. Experimental: needs `expose-experimental-directives` in the global section.',
    example: 'bind rhttp@be_edge/srv1 nbconn 4',
    args: [{ name: 'nbconn', shape: { kind: 'int', min: 1 } }],
    default: '1',
  },
  'nice': {
    summary: 'Scheduling priority of connections from this socket under load, from -1024 (served first) to 1024 (yield to others). Negative values suit admin or latency-sensitive sockets, positive ones bulk or TLS-heavy traffic.',
    example: 'stats socket /run/haproxy/admin.sock level admin nice -512',
    args: [{ name: 'nice', shape: { kind: 'int', min: -1024, max: 1024 } }],
    default: '0',
  },
  'no-alpn': {
    summary: 'Turns ALPN off on this listener, cancelling an earlier `alpn` and the default `h2,http/1.1` (or `h3` for QUIC). A crt-list entry can still set its own ALPN.',
    example: 'bind :443 ssl crt /etc/haproxy/certs/site.pem no-alpn',
    args: [],
  },
  'no-ca-names': {
    summary: 'Stops sending the list of accepted CA names in the client certificate request. Use `ca-verify-file` for the CAs that should stay hidden.',
    example: 'bind :443 ssl crt /etc/haproxy/certs/site.pem ca-file /etc/haproxy/ca/clients.pem verify optional no-ca-names',
    args: [],
  },
  'no-sslv3': {
    summary: 'Disables SSLv3 on this listener. Superseded by `ssl-min-ver`.',
    example: 'bind :443 ssl crt /etc/haproxy/certs/site.pem no-sslv3',
    args: [],
  },
  'no-strict-sni': {
    summary: 'Cancels `strict-sni` for this line, for example when it was enabled for all listeners through `ssl-default-bind-options`.',
    example: 'bind :8443 ssl crt /etc/haproxy/certs/site.pem no-strict-sni',
    args: [],
  },
  'no-tls-tickets': {
    summary: 'Disables stateless TLS session resumption with tickets (TLS 1.2 and below), leaving session-cache resumption. Tickets weaken forward secrecy unless their keys are rotated.',
    example: 'bind :443 ssl crt /etc/haproxy/certs/site.pem no-tls-tickets',
    args: [],
  },
  'no-tlsv10': {
    summary: 'Disables TLS 1.0 on this listener. Superseded by `ssl-min-ver`.',
    example: 'bind :443 ssl crt /etc/haproxy/certs/site.pem no-tlsv10',
    args: [],
  },
  'no-tlsv11': {
    summary: 'Disables TLS 1.1 on this listener. Superseded by `ssl-min-ver`.',
    example: 'bind :443 ssl crt /etc/haproxy/certs/site.pem no-tlsv10 no-tlsv11',
    args: [],
  },
  'no-tlsv12': {
    summary: 'Disables TLS 1.2 on this listener. Superseded by `ssl-min-ver` and `ssl-max-ver`.',
    example: 'bind :443 ssl crt /etc/haproxy/certs/site.pem no-tlsv12',
    args: [],
  },
  'no-tlsv13': {
    summary: 'Disables TLS 1.3 on this listener. Superseded by `ssl-max-ver`.',
    example: 'bind :443 ssl crt /etc/haproxy/certs/site.pem no-tlsv13',
    args: [],
  },
  'npn': {
    summary: 'Comma-separated protocols offered through the old NPN TLS extension. Replaced by `alpn`; only useful for very old clients.',
    example: 'bind :443 ssl crt /etc/haproxy/certs/site.pem npn http/1.1',
    args: [{ name: 'protocols', shape: { kind: 'word' } }],
  },
  'ocsp-update': {
    summary: 'In a crt-list entry, turns automatic fetching and refreshing of the certificate OCSP response on or off. From 3.0 it belongs to crt-store `load` lines (or `tune.ocsp-update.mode` globally).',
    example: '/etc/haproxy/certs/site.pem [ocsp-update on] www.example.com',
    args: [{ name: 'state', shape: { kind: 'enum', values: ['off', 'on'] } }],
    default: 'off',
  },
  'prefer-client-ciphers': {
    summary: 'Chooses the cipher in the order preferred by the client rather than by HAProxy. Can also be set for all listeners with `ssl-default-bind-options`.',
    example: 'bind :443 ssl crt /etc/haproxy/certs/site.pem prefer-client-ciphers',
    args: [],
  },
  'process': {
    summary: 'Legacy multi-process setting: restricted the socket to some processes (and threads) of `nbproc`. Deprecated in 2.5 and gone in 2.7 with multi-process mode; use `thread`.',
    example: 'bind :80 process 1',
    args: [{ name: 'process-set', shape: { kind: 'word' } }],
  },
  'proto': {
    summary: 'Forces the protocol multiplexer of incoming connections instead of detecting it, for example `h2` for HTTP/2 in clear text. It must match the frontend mode; `haproxy -vv` lists the choices.',
    example: 'bind :8080 proto h2',
    args: [{ name: 'name', shape: { kind: 'word' } }],
  },
  'quic-cc-algo': {
    summary: 'Congestion control algorithm for QUIC connections of this listener: `cubic` (default), `newreno`, `bbr`, or `nocc` for debugging only; a maximum window can follow in parentheses, as in `cubic(1m)`.',
    example: 'bind quic4@:443 ssl crt /etc/haproxy/certs/site.pem alpn h3 quic-cc-algo bbr',
    args: [{ name: 'algorithm', shape: { kind: 'word' } }],
    default: 'cubic',
  },
  'quic-force-retry': {
    summary: 'Sends a QUIC Retry to every new client so that its address is validated before any work is done, which blunts spoofed floods at the cost of a round trip. Requires `cluster-secret` in the global section.',
    example: 'bind quic4@:443 ssl crt /etc/haproxy/certs/site.pem alpn h3 quic-force-retry',
    args: [],
  },
  'quic-socket': {
    summary: 'QUIC socket mode of this listener: `connection` gives each connection its own socket, `listener` shares the listening one. Overrides the global `tune.quic.socket-owner`.',
    example: 'bind quic4@:443 ssl crt /etc/haproxy/certs/site.pem alpn h3 quic-socket listener',
    args: [{ name: 'mode', shape: { kind: 'enum', values: ['connection', 'listener'] } }],
  },
  'severity-output': {
    summary: 'On a stats socket, prefixes feedback messages with their syslog severity, as a number or as a name. Ignored on other sockets.',
    example: 'stats socket /run/haproxy/admin.sock level admin severity-output number',
    args: [{ name: 'format', shape: { kind: 'enum', values: ['none', 'number', 'string'] } }],
    default: 'none',
  },
  'shards': {
    summary: 'Splits the line into several identical sockets that share its threads (a number, `by-thread`, or `by-group`), so the kernel spreads incoming connections and lock contention drops on large thread counts.',
    example: 'bind :443 ssl crt /etc/haproxy/certs/site.pem shards by-thread',
    args: [{ name: 'shards', shape: { kind: 'word' } }],
  },
  'sigalgs': {
    summary: 'Signature algorithms accepted during the TLS 1.2/1.3 handshake, in OpenSSL `SSL_CTX_set1_sigalgs` syntax. Only touch it for a middlebox or client that needs it.',
    example: 'bind :443 ssl crt /etc/haproxy/certs/site.pem sigalgs ECDSA+SHA256:RSA-PSS+SHA256',
    args: [{ name: 'sigalgs', shape: { kind: 'word' } }],
  },
  'ssl': {
    summary: 'Terminates TLS on this listener, so rules and logs see the decrypted traffic. Needs at least one certificate through `crt`, `crt-list` or `default-crt` (unless `strict-sni` is set).',
    example: 'bind :443 ssl crt /etc/haproxy/certs/site.pem',
    args: [],
  },
  'ssl-max-ver': {
    summary: 'Highest TLS version this listener negotiates. Set `ssl-min-ver` alongside it, since the default minimum may change between releases.',
    example: 'bind :443 ssl crt /etc/haproxy/certs/site.pem ssl-min-ver TLSv1.2 ssl-max-ver TLSv1.3',
    args: [{ name: 'version', shape: { kind: 'enum', values: TLS_VERSIONS } }],
  },
  'ssl-min-ver': {
    summary: 'Lowest TLS version this listener accepts; older clients fail the handshake. Can be set for all listeners through `ssl-default-bind-options`.',
    example: 'bind :443 ssl crt /etc/haproxy/certs/site.pem ssl-min-ver TLSv1.2',
    args: [{ name: 'version', shape: { kind: 'enum', values: TLS_VERSIONS } }],
    default: 'TLSv1.2',
  },
  'strict-sni': {
    summary: 'Refuses the handshake when the client SNI matches no loaded certificate, instead of presenting the default one. Also allows starting with no certificate at all, to add them later through the CLI.',
    example: 'bind :443 ssl crt /etc/haproxy/certs/ strict-sni',
    args: [],
  },
  'tcp-ut': {
    summary: 'TCP user timeout on accepted connections (Linux): a connection whose sent data stays unacknowledged this long is dropped. Detects vanished clients on long idle sessions without lowering `timeout client`.',
    example: 'bind :5432 tcp-ut 30s',
    args: [{ name: 'delay', shape: { kind: 'time' } }],
  },
  'tfo': {
    summary: 'Enables TCP Fast Open on the listening socket (Linux 3.7+), letting returning clients send data in the SYN. Test it first: some firewalls drop SYN packets carrying data.',
    example: 'bind :443 tfo ssl crt /etc/haproxy/certs/site.pem',
    args: [],
  },
  'thread': {
    summary: 'Limits the threads that may accept connections on this line: numbers, ranges, `all`, `odd` or `even`, optionally prefixed by a thread group and a slash. Several lines with the same address and different threads let the kernel spread the load.',
    example: 'bind :80 thread 1-4',
    args: [{ name: 'thread-set', shape: { kind: 'word' } }],
  },
  'tls-ticket-keys': {
    summary: 'File of base64 keys (one per line) used to encrypt TLS session tickets, so several HAProxy nodes can resume each other\'s sessions. Rotate the keys often and keep the file off permanent storage.',
    example: 'bind :443 ssl crt /etc/haproxy/certs/site.pem tls-ticket-keys /run/haproxy/tls-ticket-keys',
    args: [{ name: 'keyfile', shape: { kind: 'file' } }],
  },
  'tls-tickets': {
    summary: 'Re-enables TLS session tickets on this line when `no-tls-tickets` was set for all listeners in `ssl-default-bind-options`.',
    example: 'bind :443 ssl crt /etc/haproxy/certs/site.pem tls-tickets',
    args: [],
  },
  'transparent': {
    summary: 'Lets HAProxy bind an address that is not configured on the host and intercept traffic sent to it (Linux TPROXY, needs kernel and routing setup). Never combine it with the `*` address.',
    example: 'bind 203.0.113.10:80 transparent',
    args: [],
  },
  'uid': {
    summary: 'Numeric user that owns the UNIX socket created by this line; ignored for other socket types. Same as `user` but with a uid.',
    example: 'bind /run/haproxy/app.sock uid 110 mode 600',
    args: [{ name: 'uid', shape: { kind: 'int', min: 0 } }],
  },
  'user': {
    summary: 'User name that owns the UNIX socket created by this line; ignored for other socket types. Defaults can be set globally with `unix-bind`.',
    example: 'bind /run/haproxy/app.sock user haproxy mode 600',
    args: [{ name: 'user', shape: { kind: 'word' } }],
  },
  'v4v6': {
    summary: 'Makes an IPv6 wildcard socket also accept IPv4 connections, whatever the system default. `v6only` wins if both are given.',
    example: 'bind :::80 v4v6',
    args: [],
  },
  'v6only': {
    summary: 'Makes an IPv6 wildcard socket accept IPv6 only, so a separate IPv4 line can bind the same port.',
    example: 'bind :::80 v6only',
    args: [],
  },
  'verify': {
    summary: 'Client certificate policy: `none` (default) does not ask for one, `optional` asks and checks it if sent, `required` rejects clients without a valid one. Certificates are checked against `ca-file` and `crl-file`.',
    example: 'bind :443 ssl crt /etc/haproxy/certs/site.pem ca-file /etc/haproxy/ca/clients.pem verify required',
    args: [{ name: 'mode', shape: { kind: 'enum', values: ['none', 'optional', 'required'] } }],
    default: 'none',
  },
} satisfies Record<string, KeywordDoc>;
