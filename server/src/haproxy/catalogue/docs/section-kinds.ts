import type { SectionKind } from '../../model.js';

/**
 * What each kind of section is for, in our words, for hover and completion on section headers.
 * `chapter` is given only where it is the same in every version's manual (3: global, 4: proxies).
 */
export const sectionKindDocs: Record<SectionKind, { summary: string; example: string; chapter?: string }> = {
  global: {
    summary: 'Process-wide settings: who HAProxy runs as, logging, limits, TLS defaults and tuning. One per configuration, usually first.',
    example: 'global\n    daemon\n    maxconn 4096\n    log /dev/log local0',
    chapter: '3',
  },
  defaults: {
    summary:
      'Settings inherited by the frontends, backends and listen sections that follow it (or that name it with `from`). A named defaults section may also hold rules since HAProxy 2.5.',
    example: 'defaults\n    mode http\n    timeout connect 5s\n    timeout client 30s\n    timeout server 30s',
    chapter: '4',
  },
  frontend: {
    summary: 'Where clients connect: `bind` lines, request rules, and the choice of backend (`use_backend`, `default_backend`).',
    example: 'frontend www\n    bind :80\n    default_backend web_servers',
    chapter: '4',
  },
  backend: {
    summary: 'A pool of servers and how to use them: load-balancing algorithm, health checks, persistence, server lines.',
    example: 'backend web_servers\n    balance roundrobin\n    server web1 10.0.0.100:80 check',
    chapter: '4',
  },
  listen: {
    summary: 'A frontend and a backend in one section: handy for simple services and the statistics page.',
    example: 'listen stats\n    bind :8404\n    stats enable\n    stats uri /stats',
    chapter: '4',
  },
  userlist: {
    summary: 'Users and groups for HTTP basic authentication (`http-request auth`, `http_auth(<userlist>)`).',
    example: 'userlist admins\n    user alice password $6$...',
  },
  peers: {
    summary: 'The HAProxy nodes that replicate stick-table contents to each other, so persistence survives a failover.',
    example: 'peers lb_pair\n    peer server1 10.0.0.1:10000\n    peer server2 10.0.0.2:10000',
  },
  resolvers: {
    summary: 'DNS servers HAProxy queries at run time to follow servers given by name (`server ... resolvers <name>`).',
    example: 'resolvers dns\n    nameserver ns1 10.0.0.53:53\n    hold valid 10s',
  },
  mailers: {
    summary: 'SMTP servers that receive e-mail alerts when servers change state (`email-alert mailers <name>`).',
    example: 'mailers alerts\n    mailer smtp1 10.0.0.25:25',
  },
  program: {
    summary: 'An external program the master process starts and watches (master-worker mode only; deprecated since 3.1).',
    example: 'program dataplane\n    command /usr/sbin/dataplaneapi -f /etc/haproxy/dataplane.yaml',
  },
  'http-errors': {
    summary: 'A named set of custom error pages that proxies load with `errorfiles <name>`.',
    example: 'http-errors site_errors\n    errorfile 503 /etc/haproxy/errors/503.http',
  },
  ring: {
    summary: 'An in-memory ring buffer for logs or traces, optionally forwarded to log servers.',
    example: 'ring logbuffer\n    size 32764\n    format rfc5424',
  },
  cache: {
    summary: 'A small HTTP object cache in shared memory, used with `http-request cache-use` / `http-response cache-store`.',
    example: 'cache static\n    total-max-size 64\n    max-age 60',
  },
  'log-forward': {
    summary: 'Receives syslog messages and forwards them to other log servers.',
    example: 'log-forward syslog\n    dgram-bind 127.0.0.1:1514\n    log 10.0.0.5:514 local0',
  },
  'fcgi-app': {
    summary: 'Describes a FastCGI application (such as PHP-FPM) that backends reach with `use-fcgi-app`.',
    example: 'fcgi-app php\n    docroot /var/www/html\n    index index.php',
  },
  'crt-store': {
    summary: 'Loads certificates and keys once, under names that `bind`/`server` lines and crt-lists can use (HAProxy 3.0+).',
    example: 'crt-store web\n    load crt site.pem',
  },
  traces: {
    summary: 'Configures the internal traces of HAProxy\'s subsystems, for debugging (HAProxy 3.1+).',
    example: 'traces\n    trace h1 sink stderr level developer',
  },
  acme: {
    summary: 'An ACME (Let\'s Encrypt and similar) account and certificate authority used to obtain certificates automatically (HAProxy 3.2+, experimental).',
    example: 'acme letsencrypt\n    directory https://acme-v02.api.letsencrypt.org/directory\n    contact admin@example.org',
  },
  namespace_list: {
    summary: 'Network namespaces that `bind` and `server` lines can use (`namespace <name>`), in builds with namespace support.',
    example: 'namespace_list\n    namespace blue',
  },
};
