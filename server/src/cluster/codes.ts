import type { CodeTable } from '../common/codes.js';

/**
 * Diagnostic codes of the cluster cross-checks: problems that only show when the files of the
 * load-balancer pair (keepalived, haproxy, sysctl, the manifest, the web content) are read together.
 */
export const haClusterCodes = {
  // The manifest and the files it names.
  'ha-cluster/manifest-syntax': { severity: 'error', summary: 'ha-cluster.json is not valid JSON.' },
  'ha-cluster/manifest-invalid': {
    severity: 'error',
    summary: 'ha-cluster.json lacks a field the checks need, or a field has the wrong type.',
  },
  'ha-cluster/missing-file': { severity: 'error', summary: 'A file or folder the manifest names does not exist.' },
  'ha-cluster/script-not-in-cluster': {
    severity: 'info',
    summary: 'A tracked script runs a file that is not part of the cluster (no `scripts` entry of the manifest maps it), so it can be neither checked nor deployed.',
  },

  // VRRP instances that serve the same VIPs on different nodes.
  'ha-cluster/instance-without-peer': {
    severity: 'warning',
    summary: 'A VRRP instance has no counterpart on any other load balancer: its VIPs cannot fail over.',
  },
  'ha-cluster/vrid-mismatch': {
    severity: 'error',
    summary: 'Instances serving the same VIPs use different `virtual_router_id`s: they never see each other and both become MASTER.',
  },
  'ha-cluster/vip-mismatch': {
    severity: 'error',
    summary: 'Instances of the same virtual router list different virtual IP addresses (or prefixes).',
  },
  'ha-cluster/advert-int-mismatch': {
    severity: 'error',
    summary: 'Instances of the same virtual router use different `advert_int`: VRRPv2 drops the adverts, and both nodes become MASTER.',
  },
  'ha-cluster/auth-mismatch': {
    severity: 'error',
    summary: 'Instances of the same virtual router use different authentication (type, or the first 8 characters of `auth_pass`).',
  },
  'ha-cluster/unicast-mismatch': {
    severity: 'error',
    summary: 'Unicast VRRP is not symmetric: a node does not list another as `unicast_peer`, or its `unicast_src_ip` is not its own address.',
  },
  'ha-cluster/same-priority': {
    severity: 'warning',
    summary: 'Two nodes of a virtual router have the same priority: the election is then decided by IP address, not by intent.',
  },
  'ha-cluster/master-count': {
    severity: 'warning',
    summary: 'Not exactly one node starts as MASTER (and the nodes are not all BACKUP with `nopreempt`).',
  },
  'ha-cluster/master-not-highest': {
    severity: 'warning',
    summary: 'The node that starts as MASTER does not have the highest (effective) priority, so it loses the election at once.',
  },

  // Failover really happens when haproxy dies.
  'ha-cluster/no-haproxy-check': {
    severity: 'warning',
    summary: 'No tracked script or process checks haproxy: the VIP stays on a node whose haproxy is down.',
  },
  'ha-cluster/no-failover': {
    severity: 'error',
    summary: 'With haproxy down on the MASTER, its effective priority still wins (or ties): the VIP does not move.',
  },

  // haproxy listens where the clients come.
  'ha-cluster/nonlocal-bind-missing': {
    severity: 'error',
    summary: 'haproxy binds a VIP, but the sysctl file does not set `net.ipv4.ip_nonlocal_bind = 1`: haproxy fails to start on the node without the VIP.',
  },
  'ha-cluster/bind-foreign-address': {
    severity: 'error',
    summary: 'haproxy binds an address that is neither a VIP nor the node\'s own address nor a wildcard: it fails to start there, or never receives traffic.',
  },
  'ha-cluster/vip-subnet': {
    severity: 'warning',
    summary: 'The VIP is not in the subnet of the load balancer\'s own address (the VIP\'s prefix, or /24 when it has none).',
  },

  // The load balancers agree.
  'ha-cluster/haproxy-divergence': {
    severity: 'warning',
    summary: 'The load balancers run different haproxy configurations: behaviour changes after a failover.',
  },

  // The web servers behind.
  'ha-cluster/health-check-file-missing': {
    severity: 'error',
    summary: 'The file the HTTP health check asks for is missing from a web server\'s content folder: haproxy marks that server down.',
  },
  'ha-cluster/server-not-in-cluster': {
    severity: 'warning',
    summary: 'A backend server\'s address is not one of the manifest\'s web servers.',
  },
  'ha-cluster/weak-stats-auth': {
    severity: 'warning',
    summary: 'A `stats auth` (or userlist) credential is a default-looking or weak password.',
  },
} as const satisfies CodeTable;

export type HaClusterCode = keyof typeof haClusterCodes;
