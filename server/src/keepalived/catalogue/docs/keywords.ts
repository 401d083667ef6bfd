import type { KeywordDoc } from '../../../common/docs.js';

/**
 * Hand-written docs for keepalived.conf keywords; names, positions, bounds and versions come from
 * generated/facts.json. A key `parent>name` specializes the plain `name` entry for that parent block.
 */
export const keepalivedDocs = {
  'BFD_CHECK': {
    summary: 'Health checker that follows a `bfd_instance`: the real server is down while the BFD session is down.',
    example: 'BFD_CHECK {\n    name rs1_bfd\n}',
  },
  'BFD_CHECK>name': {
    summary: 'The `bfd_instance` whose session state this checker follows.',
    example: 'name rs1_bfd',
    args: [{ name: 'bfd_instance', shape: { kind: 'ref', target: 'bfd_instance' } }],
  },
  'DNS_CHECK': {
    summary: 'Health checker that sends a DNS query over UDP and expects an answer.',
    example: 'DNS_CHECK {\n    type A\n    name www.example.com\n    connect_timeout 3\n}',
  },
  'DNS_CHECK>name': {
    summary: 'Domain name the DNS query asks for.',
    example: 'name www.example.com',
    default: '.',
  },
  'FILE_CHECK': {
    summary: 'Health checker that reads a `track_file`: its value times the weight adjusts the weight of the real server.',
    example: 'FILE_CHECK {\n    track_file rs1_weight\n    weight 1\n}',
  },
  'FILE_CHECK>track_file': {
    summary: 'Name of the `track_file` block this checker reads; its value times the weight is added to the real server\'s weight.',
    example: 'track_file rs1_weight',
    args: [{ name: 'track_file', shape: { kind: 'ref', target: 'track_file' } }],
  },
  'FILE_CHECK>weight': {
    summary: 'Multiplier for the value read from the track file; the product is added to the real server\'s weight. Defaults to the weight of the `track_file`; `reverse` flips the sign.',
    example: 'weight 10',
  },
  'HTTP_GET': {
    summary: 'Health checker that fetches one or more URLs over plain HTTP and checks status code, digest or regex.',
    example: 'HTTP_GET {\n    url {\n        path /health\n        status_code 200\n    }\n    connect_timeout 3\n    retry 3\n    delay_before_retry 2\n}',
  },
  'MISC_CHECK': {
    summary: 'Health checker that runs an external program; exit status 0 means up.',
    example: 'MISC_CHECK {\n    misc_path "/usr/local/bin/check_app.sh 10.0.0.11"\n    misc_timeout 5\n}',
  },
  'MISC_CHECK>user': {
    summary: 'User, and optionally group, the `misc_path` program runs as; defaults to `script_user` from global_defs.',
    example: 'user nobody nogroup',
  },
  'PING_CHECK': {
    summary: 'Health checker that sends ICMP echo requests to the real server.',
    example: 'PING_CHECK {\n    retry 2\n}',
  },
  'SMTP_CHECK': {
    summary: 'Health checker that opens an SMTP session and checks the greeting and the HELO reply.',
    example: 'SMTP_CHECK {\n    helo_name lb1.example.com\n    connect_timeout 5\n}',
  },
  'SSL': {
    summary: 'Sets up the TLS client context used by every `SSL_GET` check: CA bundle, client certificate, key and the key\'s passphrase. Without this block keepalived creates a default context that presents no client certificate.',
    example: 'SSL {\n    ca /etc/keepalived/ssl/ca.pem\n    certificate /etc/keepalived/ssl/checker.pem\n    key /etc/keepalived/ssl/checker.key\n}',
  },
  'SSL_GET': {
    summary: 'Like HTTP_GET but over TLS; the client context comes from the top-level `SSL` block.',
    example: 'SSL_GET {\n    url {\n        path /health\n        status_code 200\n    }\n    enable_sni\n}',
  },
  'TCP_CHECK': {
    summary: 'Health checker that only opens a TCP connection to the real server.',
    example: 'TCP_CHECK {\n    connect_timeout 3\n}',
  },
  'UDP_CHECK': {
    summary: 'Health checker that sends a UDP datagram; it relies on ICMP errors to see a dead port unless a reply is required.',
    example: 'UDP_CHECK {\n    connect_port 53\n    require_reply\n}',
  },
  'accept': {
    summary: 'Lets a MASTER that is not the address owner accept packets sent to the VIPs (VRRPv3 Accept Mode). This is the default unless strict mode is on.',
    example: 'accept',
  },
  'advert_int': {
    summary: 'Seconds between adverts sent by the MASTER; fractions such as 0.5 require VRRPv3. Must be the same on every node of the instance.',
    example: 'advert_int 1',
    default: '1',
  },
  'alpha': {
    summary: 'Starts the real server (or checker) as failed until its first check succeeds, so no traffic goes to it before it is known to work. Without a value it means on.',
    example: 'alpha',
  },
  'auth_pass': {
    summary: 'Shared password for `authentication`; only the first 8 characters are used, and every node must have the same one.',
    example: 'auth_pass k33pal1v',
  },
  'auth_type': {
    summary: 'Authentication method: PASS sends a clear-text password, AH uses an IPsec authentication header.',
    example: 'auth_type PASS',
  },
  'authentication': {
    summary: 'VRRPv2 authentication block (PASS or AH). It was dropped from the standard, breaks VRRPv3 and strict mode, and mainly helps to keep separate clusters apart on a shared segment.',
    example: 'authentication {\n    auth_type PASS\n    auth_pass k33pal1v\n}',
  },
  'bfd_cpu_affinity': {
    summary: 'Pins the BFD child process to the listed CPU numbers, e.g. to keep it off CPUs busy with packet processing.',
    example: 'bfd_cpu_affinity 2 3',
  },
  'bfd_instance': {
    summary: 'Defines a named BFD session (RFC 5880) with one neighbour. VRRP instances follow it with `track_bfd`, real servers with `BFD_CHECK`, so a dead link is noticed in milliseconds instead of after several missed adverts.',
    example: 'bfd_instance gw_link {\n    neighbor_ip 192.168.10.1\n    source_ip 192.168.10.2\n    min_rx 50\n    min_tx 50\n    multiplier 3\n}',
    args: [{ name: 'name', shape: { kind: 'name', defines: 'bfd_instance' } }],
  },
  'bfd_instance>weight': {
    summary: 'Default weight for VRRP instances tracking this session: a positive value is added to their priority while the session is up, a negative one subtracted while it is down, and `reverse` swaps the two. With weight 0 a down session puts them into FAULT.',
    example: 'weight -50',
  },
  'bfd_no_swap': {
    summary: 'Locks the memory of the BFD process so it is never swapped out and its timers are not delayed by paging.',
    example: 'bfd_no_swap',
  },
  'bfd_priority': {
    summary: 'Nice value (-20..19) of the BFD process; negative values give it more CPU under load.',
    example: 'bfd_priority -10',
  },
  'bfd_process_name': {
    summary: 'Process name shown by ps and in logs for the BFD child.',
    example: 'bfd_process_name keepalived_bfd',
  },
  'bfd_rlimit_rtime': {
    summary: 'Misspelt old name of `bfd_rlimit_rttime`, deprecated since 2.1; use `bfd_rlimit_rttime` instead.',
    example: 'bfd_rlimit_rtime 10000',
  },
  'bfd_rlimit_rttime': {
    summary: 'Limit in microseconds of CPU time the BFD process may use between blocking calls while it runs with real-time scheduling; the kernel kills it beyond that. Raise it on slow machines.',
    example: 'bfd_rlimit_rttime 20000',
    default: '10000',
  },
  'bfd_rt_priority': {
    summary: 'Runs the BFD process with real-time (SCHED_RR) scheduling at this priority (1..99), so busy hosts do not delay its timers.',
    example: 'bfd_rt_priority 50',
  },
  'bind_if': {
    summary: 'Interface the check is sent from; needed when `bindto` is an IPv6 link-local address.',
    example: 'bind_if eth1',
  },
  'bind_port': {
    summary: 'Source port the check connection uses.',
    example: 'bind_port 40000',
  },
  'bindto': {
    summary: 'Source address the check connection uses.',
    example: 'bindto 10.0.0.2',
    args: [{ name: 'address', shape: { kind: 'address' } }],
  },
  'ca': {
    summary: 'CA certificate file that `SSL_GET` checks use to verify the certificates of the real servers.',
    example: 'ca /etc/keepalived/ssl/ca.pem',
    args: [{ name: 'path', shape: { kind: 'file' } }],
  },
  'certificate': {
    summary: 'Client certificate (PEM) that `SSL_GET` checks present to real servers requiring mutual TLS.',
    example: 'certificate /etc/keepalived/ssl/checker.pem',
    args: [{ name: 'path', shape: { kind: 'file' } }],
  },
  'check_unicast_src': {
    summary: 'In unicast mode, drops adverts whose source address is not one of the `unicast_peer` entries.',
    example: 'check_unicast_src',
  },
  'checker': {
    summary: 'Sends the state changes of this BFD session only to the health-checker process (for `BFD_CHECK`), not to the VRRP process.',
    example: 'checker',
  },
  'checker_cpu_affinity': {
    summary: 'Pins the health-checker child process to the listed CPU numbers, e.g. to keep it off CPUs busy with packet processing.',
    example: 'checker_cpu_affinity 2 3',
  },
  'checker_log_all_failures': {
    summary: 'Logs every failed health check, not only the ones that change the state of a real server. Alerts are still sent only on state changes.',
    example: 'checker_log_all_failures true',
  },
  'checker_no_swap': {
    summary: 'Locks the memory of the health-checker process so it is never swapped out and its timers are not delayed by paging.',
    example: 'checker_no_swap',
  },
  'checker_priority': {
    summary: 'Nice value (-20..19) of the health-checker process; negative values give it more CPU under load.',
    example: 'checker_priority -10',
  },
  'checker_process_name': {
    summary: 'Process name shown by ps and in logs for the health-checker child.',
    example: 'checker_process_name keepalived_checker',
  },
  'checker_rlimit_rtime': {
    summary: 'Misspelt old name of `checker_rlimit_rttime`, deprecated since 2.1; use `checker_rlimit_rttime` instead.',
    example: 'checker_rlimit_rtime 10000',
  },
  'checker_rlimit_rttime': {
    summary: 'Limit in microseconds of CPU time the health-checker process may use between blocking calls while it runs with real-time scheduling; the kernel kills it beyond that. Raise it on slow machines.',
    example: 'checker_rlimit_rttime 20000',
    default: '10000',
  },
  'checker_rt_priority': {
    summary: 'Runs the health-checker process with real-time (SCHED_RR) scheduling at this priority (1..99), so busy hosts do not delay its timers.',
    example: 'checker_rt_priority 50',
  },
  'child_wait_time': {
    summary: 'Seconds the parent process waits for its VRRP, checker and BFD children to exit at shutdown. Large configurations may need longer.',
    example: 'child_wait_time 10',
    default: '5',
  },
  'config_save_dir': {
    summary: 'Directory where keepalived saves the configuration and its state before and after every reload, to debug reload problems. Parent directories must already exist.',
    example: 'config_save_dir /var/lib/keepalived/reloads',
    args: [{ name: 'directory', shape: { kind: 'file' } }],
  },
  'connect_ip': {
    summary: 'Address the check connects to instead of the real server\'s own.',
    example: 'connect_ip 10.0.0.21',
    args: [{ name: 'address', shape: { kind: 'address' } }],
  },
  'connect_port': {
    summary: 'Port the check connects to instead of the real server\'s own, e.g. a separate health port.',
    example: 'connect_port 8081',
  },
  'connect_timeout': {
    summary: 'Seconds a health check waits for the connection and reply before the attempt fails. On a virtual or real server it is the default for the checkers below.',
    example: 'connect_timeout 3',
    default: '5',
  },
  'data_use_instance': {
    summary: 'Adds the instance name and network namespace to the names of the dump files written on SIGUSR1/SIGUSR2, so several keepalived daemons on one host do not overwrite each other.',
    example: 'data_use_instance',
  },
  'dbus_no_interface_name': {
    summary: 'Word used in the D-Bus object path of VRRP instances that have no interface; change it only if you have an interface literally called `none`.',
    example: 'dbus_no_interface_name no_if',
    default: 'none',
  },
  'dbus_service_name': {
    summary: 'D-Bus service name keepalived registers, so that several keepalived daemons with D-Bus enabled can run side by side.',
    example: 'dbus_service_name org.keepalived.Vrrp1.public',
    default: 'org.keepalived.Vrrp1',
  },
  'debug': {
    summary: 'Debug level 0-4 for the instance; accepted but currently without effect.',
    example: 'debug 1',
  },
  'default_interface': {
    summary: 'Interface used for static and virtual addresses and routes that do not name a `dev`.',
    example: 'default_interface ens192',
    default: 'eth0',
  },
  'delay': {
    summary: 'Sets `fork_delay` and `terminate_delay` together, in seconds, so a restarting process does not flap the instance.',
    example: 'delay 2',
  },
  'delay_before_retry': {
    summary: 'Seconds to wait before retrying a failed check. On a virtual or real server it is the default for the checkers below.',
    example: 'delay_before_retry 2',
    default: '1 (3 for HTTP_GET/SSL_GET)',
  },
  'delay_loop': {
    summary: 'Seconds between two runs of a health check. On a virtual or real server it is the default for the checkers below.',
    example: 'delay_loop 6',
    default: '60',
  },
  'digest': {
    summary: 'Expected MD5 digest of the response body, as computed by `genhash`.',
    example: 'digest 9b3a0c85a887a256d6939da88aabd8cd',
  },
  'disable_local_igmp': {
    summary: 'Turns off the kernel\'s IGMP reports for link-local multicast groups (Linux 4.3+), an alternative to keepalived moving IGMP traffic off VMAC interfaces.',
    example: 'disable_local_igmp',
  },
  'dont_track_primary': {
    summary: 'Ignores faults of the instance\'s own interface, so it does not go to FAULT when that link drops. Note that downing an interface removes its IPv6 addresses unless keep_addr_on_down is set.',
    example: 'dont_track_primary',
  },
  'down_timer_adverts': {
    summary: 'Number of missed advert intervals after which a BACKUP takes over; the RFCs use 3. Every node of the instance must use the same value.',
    example: 'down_timer_adverts 3',
    default: '3',
  },
  'dynamic_interfaces': {
    summary: 'Allows the configuration to use interfaces that do not exist yet or may be deleted and re-created (VLANs, VMACs, tunnels). `allow_if_changes` also tolerates an interface coming back with another type or parent.',
    example: 'dynamic_interfaces allow_if_changes',
  },
  'enable_dbus': {
    summary: 'Exposes the state of VRRP instances, and some control over them, on the system D-Bus.',
    example: 'enable_dbus',
  },
  'enable_script_security': {
    summary: 'Refuses to run a script as root when any directory or file on its path is writable by a non-root user. Recommended on every installation; keepalived warns while it is missing.',
    example: 'enable_script_security',
  },
  'enable_sni': {
    summary: 'Sends the server name (SNI) in the TLS handshake of SSL_GET checks, needed by servers hosting several certificates.',
    example: 'enable_sni',
  },
  'enable_snmp_checker': {
    summary: 'Serves the health-checker (LVS) part of the KEEPALIVED-MIB through the SNMP agent.',
    example: 'enable_snmp_checker',
  },
  'enable_snmp_keepalived': {
    summary: 'Old name of `enable_snmp_vrrp`, deprecated; write `enable_snmp_vrrp` instead.',
    example: 'enable_snmp_keepalived',
  },
  'enable_snmp_rfc': {
    summary: 'Serves both standard VRRP MIBs, RFC 2787 (VRRPv2) and RFC 6527 (VRRPv3), through the SNMP agent.',
    example: 'enable_snmp_rfc',
  },
  'enable_snmp_rfcv2': {
    summary: 'Serves the standard VRRPv2 MIB (RFC 2787) through the SNMP agent.',
    example: 'enable_snmp_rfcv2',
  },
  'enable_snmp_rfcv3': {
    summary: 'Serves the standard VRRPv3 MIB (RFC 6527) through the SNMP agent.',
    example: 'enable_snmp_rfcv3',
  },
  'enable_snmp_vrrp': {
    summary: 'Serves the VRRP part of the KEEPALIVED-MIB through the SNMP agent (AgentX, see `snmp_socket`).',
    example: 'enable_snmp_vrrp',
  },
  'enable_traps': {
    summary: 'Sends SNMP traps on state changes; needs one of the `enable_snmp_*` options and a reachable `snmp_socket`.',
    example: 'enable_traps',
  },
  'fall': {
    summary: 'Consecutive failures before the script counts as failed.',
    example: 'fall 2',
    default: '1',
  },
  'fast_recovery': {
    summary: 'Checks all URLs back to back when the server starts or recovers, instead of one per `delay_loop`, so it comes up sooner.',
    example: 'fast_recovery',
  },
  'fifo_write_vrrp_states_on_reload': {
    summary: 'After a reload, writes the current state of every VRRP instance and sync group to the notify FIFOs even if nothing changed, so FIFO readers resynchronise.',
    example: 'fifo_write_vrrp_states_on_reload',
  },
  'file': {
    summary: 'Path of the watched file; it should contain a single integer. It is reread whenever it changes.',
    example: 'file /run/keepalived/maintenance',
    args: [{ name: 'path', shape: { kind: 'file' } }],
  },
  'flag-1': {
    summary: 'Sets IPVS scheduler flag 1 (`ipvsadm -b flag-1`); what it does depends on the scheduler.',
    example: 'flag-1',
  },
  'flag-2': {
    summary: 'Sets IPVS scheduler flag 2 (`ipvsadm -b flag-2`); what it does depends on the scheduler.',
    example: 'flag-2',
  },
  'flag-3': {
    summary: 'Sets IPVS scheduler flag 3 (`ipvsadm -b flag-3`); what it does depends on the scheduler.',
    example: 'flag-3',
  },
  'fork_delay': {
    summary: 'Seconds to wait after the quorum is reached because of a new process before counting it up, to ride over fork/exec.',
    example: 'fork_delay 1',
  },
  'full_command': {
    summary: 'Matches against the full command line (/proc/PID/cmdline) instead of the process name, like `pgrep -f`.',
    example: 'full_command',
  },
  'fwmark': {
    summary: 'Firewall mark (SO_MARK) put on the check packets, e.g. to route them with policy routing.',
    example: 'fwmark 7',
  },
  'garp_extra_if': {
    summary: 'Every N seconds, repeats gratuitous ARP/NA on VIP interfaces other than the instance\'s own (VMACs only, or all with `all`), so switch MAC tables stay fresh; 0 disables.',
    example: 'garp_extra_if all 120',
  },
  'garp_group': {
    summary: 'Throttles gratuitous ARPs and unsolicited neighbour advertisements on one interface (`interface`) or on a set of interfaces sharing a switch (`interfaces`), for switches that drop bursts.',
    example: 'garp_group {\n    garp_interval 0.01\n    gna_interval 0.01\n    interface eth0\n}',
  },
  'garp_group>interface': {
    summary: 'The single interface the pacing of this `garp_group` applies to. Use `interfaces` instead when several ports share one switch.',
    example: 'interface eth0',
  },
  'garp_interval': {
    summary: 'Pause in seconds (microsecond resolution) between two gratuitous ARP packets on the interfaces of this group.',
    example: 'garp_interval 0.005',
  },
  'garp_lower_prio_delay': {
    summary: 'Per-instance `vrrp_garp_lower_prio_delay`: seconds before the second GARP batch after a lower-priority advert is seen.',
    example: 'garp_lower_prio_delay 10',
  },
  'garp_lower_prio_repeat': {
    summary: 'Per-instance `vrrp_garp_lower_prio_repeat`: GARPs sent at a time after a lower-priority advert is seen.',
    example: 'garp_lower_prio_repeat 1',
  },
  'garp_master_delay': {
    summary: 'Per-instance `vrrp_garp_master_delay`: seconds after becoming MASTER before the second GARP batch; 0 for none.',
    example: 'garp_master_delay 10',
  },
  'garp_master_refresh': {
    summary: 'Per-instance `vrrp_garp_master_refresh`: seconds between GARP refreshes while MASTER; 0 disables.',
    example: 'garp_master_refresh 60',
  },
  'garp_master_refresh_repeat': {
    summary: 'Per-instance `vrrp_garp_master_refresh_repeat`: GARPs sent at each refresh.',
    example: 'garp_master_refresh_repeat 2',
  },
  'garp_master_repeat': {
    summary: 'Per-instance `vrrp_garp_master_repeat`: GARPs sent at a time on becoming MASTER.',
    example: 'garp_master_repeat 3',
  },
  'global_defs': {
    summary: 'Process-wide settings: node identity (`router_id`), e-mail alerts, script security, default VRRP timings and multicast groups, firewall integration, scheduling priorities and notification FIFOs.',
    example: 'global_defs {\n    router_id lb1\n    enable_script_security\n    script_user keepalived_script\n    vrrp_garp_master_refresh 60\n}',
  },
  'global_defs>smtp_alert': {
    summary: 'Default for every `smtp_alert`: whether VRRP and checker state changes send e-mail.',
    example: 'smtp_alert true',
  },
  'global_defs>v3_checksum_as_v2': {
    summary: 'Default for the per-instance `v3_checksum_as_v2`: compute VRRPv3 IPv4 checksums without the pseudo-header.',
    example: 'v3_checksum_as_v2',
  },
  'global_tracking': {
    summary: 'Deprecated: used to let members of a sync group share tracking. Put `track_interface`, `track_script` and `track_file` directly in the sync group instead.',
    example: 'global_tracking',
  },
  'gna_interval': {
    summary: 'Pause in seconds (microsecond resolution) between two IPv6 unsolicited neighbour advertisements on the interfaces of this group.',
    example: 'gna_interval 0.005',
  },
  'group': {
    summary: 'Value block listing VRRP instance names, one per line: in a `vrrp_sync_group` the members that change state together, in a `track_group` the instances affected by tracked static items.',
    example: 'group {\n    VI_1\n    VI_2\n}',
  },
  'ha_suspend': {
    summary: 'Pauses the health checks of this virtual server while its address is not configured on this node, e.g. on the BACKUP director. Not usable with fwmark services.',
    example: 'ha_suspend',
  },
  'hashed': {
    summary: 'Legacy IPVS service flag that keepalived ignores since 2.1 (it may even log a warning); it can be removed.',
    example: 'hashed',
  },
  'helo_name': {
    summary: 'Name sent in the HELO of SMTP checks.',
    example: 'helo_name lb1.example.com',
  },
  'higher_prio_send_advert': {
    summary: 'When a MASTER sees a higher-priority advert, it sends one more advert before stepping down, so the other master repeats its gratuitous ARPs; helps after a split brain.',
    example: 'higher_prio_send_advert true',
  },
  'hoplimit': {
    summary: 'IPv6 hop limit written into outgoing BFD packets.',
    example: 'hoplimit 64',
    default: '64',
  },
  'host': {
    summary: 'Legacy sub-block for testing another host from the same SMTP_CHECK, deprecated: write one SMTP_CHECK block per host instead.',
    example: 'host {\n    connect_ip 10.0.0.12\n    connect_port 25\n}',
  },
  'http_protocol': {
    summary: 'HTTP version of the check request: 1.0, 1.1, or 1.0C (1.0 plus `Connection: close`).',
    example: 'http_protocol 1.1',
  },
  'hysteresis': {
    summary: 'Weight margin around `quorum` before quorum counts as gained or lost, to damp flapping.',
    example: 'hysteresis 1',
    default: '0',
  },
  'idle_tx': {
    summary: 'Transmit interval in milliseconds used while the session is not up, so an absent neighbour is probed gently. Decimals give microsecond resolution.',
    example: 'idle_tx 2000',
    default: '1000 ms',
  },
  'include_check': {
    summary: 'Makes problems with `include` lines configuration errors: `readable`, `match`, `wildcard_match`, `brace_match`, or `+`/`-` to add or drop checks; no option enables them all. Set it at the top of the main file.',
    example: 'include_check readable match',
  },
  'inhibit_on_failure': {
    summary: 'Sets a failed real server\'s weight to 0 instead of removing it, so existing connections can finish while new ones go elsewhere.',
    example: 'inhibit_on_failure',
  },
  'init_fail': {
    summary: 'Treats the script as failed at startup until it first succeeds, instead of as successful.',
    example: 'init_fail',
  },
  'init_file': {
    summary: 'Creates the watched file at startup with the given value (0 if omitted) when it is missing; with `overwrite` an existing file is reset to that value as well.',
    example: 'init_file 0 overwrite',
  },
  'instance': {
    summary: 'Names this keepalived instance so several keepalived daemons can share one network namespace with separate pid files. It cannot be changed by a reload.',
    example: 'instance lb_public',
  },
  'interface': {
    summary: 'Network interface the VRRP instance sends and receives adverts on; VIPs without their own `dev` are added to it. With unicast peers that are not link-local it may be omitted.',
    example: 'interface eth0',
  },
  'interface_up_down_delays': {
    summary: 'Debounces link flaps: each line gives an interface, a down delay and an optional up delay in seconds before VRRP instances using it react. Keep the delays shorter than about two advert intervals, or a backup may take over first.',
    example: 'interface_up_down_delays {\n    eth0 0.5 2\n    eth1 1\n}',
  },
  'interfaces': {
    summary: 'Interfaces, one per line, whose GARP/NA pacing is counted together, e.g. all ports on the same switch. Use either this or `interface` in a group.',
    example: 'interfaces {\n    eth0\n    eth1\n}',
  },
  'interval': {
    summary: 'Seconds between two runs of the script.',
    example: 'interval 2',
    default: '1',
  },
  'ip_family': {
    summary: 'Address family of a fwmark virtual server whose real servers are all tunnelled, when it cannot be derived otherwise.',
    example: 'ip_family inet6',
    default: 'inet',
  },
  'iproute_etc_dir': {
    summary: 'Directory of the local iproute2 name tables (rt_tables, rt_protos, ...) that override the packaged ones; only needed when keepalived cannot find it by itself.',
    example: 'iproute_etc_dir /etc/iproute2',
    args: [{ name: 'directory', shape: { kind: 'file' } }],
  },
  'iproute_usr_dir': {
    summary: 'Directory of the packaged iproute2 name tables used to resolve names such as routing tables and protocols; only needed when keepalived cannot find it by itself.',
    example: 'iproute_usr_dir /usr/share/iproute2',
    args: [{ name: 'directory', shape: { kind: 'file' } }],
  },
  'json_dump_file': {
    summary: 'File, or directory when it ends in `/`, for the JSON dump of the VRRP state. Put it on tmpfs: keepalived blocks while writing it.',
    example: 'json_dump_file /run/keepalived/',
    args: [{ name: 'path', shape: { kind: 'file' } }],
  },
  'json_version': {
    summary: 'Layout of the JSON state dump: version 2 puts the VRRP data in a named array and adds tracked processes.',
    example: 'json_version 2',
    default: '1',
  },
  'kernel_rx_buf_size': {
    summary: 'Receive buffer size in bytes of this instance\'s VRRP socket, overriding `vrrp_rx_bufs_policy`.',
    example: 'kernel_rx_buf_size 262144',
  },
  'key': {
    summary: 'Private key belonging to `certificate` in the `SSL` block.',
    example: 'key /etc/keepalived/ssl/checker.key',
    args: [{ name: 'path', shape: { kind: 'file' } }],
  },
  'lb_algo': {
    summary: 'Older name of `lvs_sched`, still accepted; chooses the IPVS scheduler.',
    example: 'lb_algo wlc',
  },
  'lb_kind': {
    summary: 'Older name of `lvs_method`, still accepted; chooses the IPVS forwarding method.',
    example: 'lb_kind DR',
  },
  'linkbeat_interfaces': {
    summary: 'Interfaces whose link state is polled rather than taken from netlink, one per line, optionally followed by the method to prefer (MII, ETHTOOL or IOCTL).',
    example: 'linkbeat_interfaces {\n    eth0\n    eth1 ETHTOOL\n}',
  },
  'linkbeat_use_polling': {
    summary: 'Detects link loss on all interfaces by polling (MII, ethtool or ioctl) instead of waiting for netlink events, for drivers that report carrier changes badly. `linkbeat_interfaces` does the same per interface.',
    example: 'linkbeat_use_polling',
  },
  'log_all_failures': {
    summary: 'Logs every failed attempt of this checker, not only the change of state.',
    example: 'log_all_failures true',
  },
  'log_unknown_vrids': {
    summary: 'Logs received adverts whose VRID is not configured on that interface, which helps to find VRID clashes with other routers on the segment.',
    example: 'log_unknown_vrids',
  },
  'lower_prio_no_advert': {
    summary: 'Does not answer a lower-priority advert with an advert of its own, as the RFCs require. Without a value it means on.',
    example: 'lower_prio_no_advert true',
  },
  'lthreshold': {
    summary: 'Lower connection threshold: after hitting `uthreshold`, the server gets new connections again once it is below this number.',
    example: 'lthreshold 800',
  },
  'lvs_flush': {
    summary: 'Deletes every IPVS virtual server at startup, including ones keepalived did not create.',
    example: 'lvs_flush',
  },
  'lvs_flush_on_stop': {
    summary: 'Clears the IPVS table in one go at shutdown, much faster than removing servers one by one in large setups; with `VS` only the virtual servers keepalived manages are removed.',
    example: 'lvs_flush_on_stop VS',
  },
  'lvs_flush_onstop': {
    summary: 'Old spelling of `lvs_flush_on_stop`, deprecated since 2.2; use `lvs_flush_on_stop`.',
    example: 'lvs_flush_onstop',
  },
  'lvs_method': {
    summary: 'IPVS forwarding method: NAT, DR (direct routing, real servers need the VIP on a non-ARPing interface) or TUN, optionally with `type ipip|gue port N|gre` and checksum options. On a real server it overrides the virtual server.',
    example: 'lvs_method DR',
    default: 'NAT',
  },
  'lvs_netlink_cmd_rcv_bufs': {
    summary: 'Receive buffer size in bytes of the health checker\'s netlink command socket; raise it when the log shows netlink receive buffer overruns on hosts with many interfaces.',
    example: 'lvs_netlink_cmd_rcv_bufs 1048576',
  },
  'lvs_netlink_cmd_rcv_bufs_force': {
    summary: 'Sets `lvs_netlink_cmd_rcv_bufs` with SO_RCVBUFFORCE so it may exceed net.core.rmem_max.',
    example: 'lvs_netlink_cmd_rcv_bufs_force true',
  },
  'lvs_netlink_monitor_rcv_bufs': {
    summary: 'Receive buffer size in bytes of the health checker\'s netlink monitoring socket; raise it when the log shows netlink receive buffer overruns.',
    example: 'lvs_netlink_monitor_rcv_bufs 1048576',
  },
  'lvs_netlink_monitor_rcv_bufs_force': {
    summary: 'Sets `lvs_netlink_monitor_rcv_bufs` with SO_RCVBUFFORCE so it may exceed net.core.rmem_max.',
    example: 'lvs_netlink_monitor_rcv_bufs_force true',
  },
  'lvs_notify_fifo': {
    summary: 'Named pipe that receives only health-checker events: virtual and real servers going UP or DOWN, one line each. Optional user and group own the FIFO.',
    example: 'lvs_notify_fifo /run/keepalived/lvs.fifo',
    args: [
      { name: 'fifo', shape: { kind: 'file' } },
      { name: 'username', shape: { kind: 'word' }, optional: true },
      { name: 'groupname', shape: { kind: 'word' }, optional: true },
    ],
  },
  'lvs_notify_fifo_script': {
    summary: 'Program keepalived starts to read `lvs_notify_fifo`; it receives the FIFO path as its last argument.',
    example: 'lvs_notify_fifo_script /usr/local/sbin/lvs-events.sh',
  },
  'lvs_process_name': {
    summary: 'Old name of `checker_process_name`, deprecated since 2.2; use `checker_process_name`.',
    example: 'lvs_process_name keepalived_ipvs',
  },
  'lvs_sched': {
    summary: 'IPVS scheduler: rr, wrr, lc, wlc, lblc, lblcr, sh, mh, dh, fo, ovf, sed, nq or twos.',
    example: 'lvs_sched wlc',
    default: 'wlc',
  },
  'lvs_sync_daemon': {
    summary: 'Runs the kernel IPVS connection-sync daemon on an interface so a standby director knows existing connections. Tied to a VRRP instance, the node runs the master daemon while MASTER and the backup daemon otherwise; `id`, `maxlen`, `port`, `ttl` and `group` tune it.',
    example: 'lvs_sync_daemon eth1 inst VI_1 id 51',
  },
  'lvs_sync_daemon_interface': {
    summary: 'Legacy per-instance setting of the IPVS sync daemon interface, deprecated: use `lvs_sync_daemon IFACE inst INSTANCE` in global_defs instead.',
    example: 'lvs_sync_daemon_interface eth1',
  },
  'lvs_timeouts': {
    summary: 'Sets the IPVS connection timeouts in seconds for TCP, TCP after FIN, and UDP (like `ipvsadm --set`); values not given are left unchanged.',
    example: 'lvs_timeouts tcp 900 tcpfin 120 udp 300',
  },
  'max_auto_priority': {
    summary: 'Highest real-time priority keepalived may give itself when it notices it runs late; 0 disables the automatic raise, -1 also silences the startup warning, and no value allows the system maximum.',
    example: 'max_auto_priority 50',
    default: '0 (disabled)',
  },
  'max_hops': {
    summary: 'How much the TTL or hop limit of received BFD packets may have been decreased before they are dropped; 255 disables the check. Raise it together with `multihop` when routers sit between the peers.',
    example: 'max_hops 2',
    default: '0',
  },
  'max_reply_length': {
    summary: 'Largest accepted UDP reply, in bytes, when a reply is required.',
    example: 'max_reply_length 512',
    default: '255',
  },
  'mcast_dst_ip': {
    summary: 'Multicast group adverts are sent to instead of the global one (IPv6 groups must be link-local); lets several instances share a VRID on one interface.',
    example: 'mcast_dst_ip 224.0.0.19',
    args: [{ name: 'address', shape: { kind: 'address' } }],
  },
  'mcast_src_ip': {
    summary: 'Source address of multicast adverts instead of the interface\'s primary address.',
    example: 'mcast_src_ip 192.168.1.11',
    args: [{ name: 'address', shape: { kind: 'address' } }],
  },
  'mh-fallback': {
    summary: 'With `lvs_sched mh`, sends a client to another server when its hashed server is unavailable. Write it after `lvs_sched`.',
    example: 'mh-fallback',
  },
  'mh-port': {
    summary: 'With `lvs_sched mh`, hashes the source port as well as the address. Write it after `lvs_sched`.',
    example: 'mh-port',
  },
  'min_auto_priority_delay': {
    summary: 'How late, in microseconds, a timer must fire before keepalived raises its own scheduling priority.',
    example: 'min_auto_priority_delay 500000',
    default: '1000000',
  },
  'min_reply_length': {
    summary: 'Smallest accepted UDP reply, in bytes, when a reply is required.',
    example: 'min_reply_length 4',
    default: '0',
  },
  'min_rx': {
    summary: 'Shortest interval, in milliseconds, at which this side agrees to receive BFD control packets. Decimals give microsecond resolution.',
    example: 'min_rx 50',
    default: '10 ms',
  },
  'min_tx': {
    summary: 'Interval, in milliseconds, at which this side wants to send BFD control packets; the session runs at the slower of this and the peer\'s receive interval.',
    example: 'min_tx 50',
    default: '10 ms',
  },
  'misc_dynamic': {
    summary: 'Lets the exit status set the weight: 0 up with unchanged weight, 1 down, 2-255 up with weight set to status minus 2.',
    example: 'misc_dynamic',
  },
  'misc_path': {
    summary: 'Program the checker runs, with its parameters quoted as one string; exit status 0 means up.',
    example: 'misc_path "/usr/local/bin/check_app.sh 10.0.0.11"',
  },
  'misc_timeout': {
    summary: 'Seconds the program may run before it is killed and the check fails.',
    example: 'misc_timeout 5',
    default: 'delay_loop',
  },
  'multihop': {
    summary: 'Runs the session as multi-hop BFD (RFC 5883) on UDP port 4784 instead of 3784. Also set `max_hops` when the peers are not directly connected.',
    example: 'multihop',
  },
  'multiplier': {
    summary: 'Number of missed control packets after which the session is declared down; detection time is about this times the negotiated interval.',
    example: 'multiplier 3',
    default: '5',
  },
  'name': {
    summary: 'Name whose meaning depends on the checker: the `bfd_instance` a BFD_CHECK follows, or the domain a DNS_CHECK queries.',
    example: 'name www.example.com',
  },
  'namespace_with_ipsets': {
    summary: 'Allows ipsets inside a network namespace on kernels before 3.13, where ipsets are not namespace aware and keepalived therefore avoids them by default.',
    example: 'namespace_with_ipsets',
  },
  'native_ipv6': {
    summary: 'Forces the instance to IPv6 and VRRPv3; rarely needed, since the family of the VIPs decides.',
    example: 'native_ipv6',
  },
  'nb_get_retry': {
    summary: 'Old name of `retry` in HTTP_GET/SSL_GET, deprecated; use `retry`.',
    example: 'nb_get_retry 3',
  },
  'neighbor_ip': {
    summary: 'Address of the BFD peer. Required in every `bfd_instance`.',
    example: 'neighbor_ip 192.168.10.1',
    args: [{ name: 'address', shape: { kind: 'address' } }],
  },
  'neighbour_ip': {
    summary: 'Alternative spelling of `neighbor_ip`; both set the address of the BFD peer.',
    example: 'neighbour_ip 192.168.10.1',
    args: [{ name: 'address', shape: { kind: 'address' } }],
  },
  'net_namespace': {
    summary: 'Runs keepalived inside the named network namespace; pid files move under /run/keepalived and log lines carry the name. It cannot be changed by a reload.',
    example: 'net_namespace lb',
  },
  'net_namespace_ipvs': {
    summary: 'Programs IPVS in another network namespace than the one keepalived runs in, e.g. to keep health-check traffic apart from VIP traffic. Without a name the default namespace is used.',
    example: 'net_namespace_ipvs ipvs',
  },
  'nftables': {
    summary: 'Uses nftables for the `no_accept` filtering and for the VMAC IGMP/MLD rules, in a table keepalived creates itself; the table must not exist yet and must differ between keepalived daemons in the same namespace.',
    example: 'nftables keepalived',
  },
  'nftables_counters': {
    summary: 'Adds counters to the nftables rules keepalived creates, to see which of them match while debugging.',
    example: 'nftables_counters',
  },
  'nftables_ifindex': {
    summary: 'Builds the IPv6 link-local nftables sets with interface indexes instead of names (already the default unless an instance uses `dont_track_primary`).',
    example: 'nftables_ifindex',
  },
  'nftables_ipvs': {
    summary: 'Lets keepalived set firewall marks with nftables for virtual_server_groups, so each group becomes one fwmark service in IPVS instead of one service per address and port.',
    example: 'nftables_ipvs keepalived_ipvs',
  },
  'nftables_ipvs_priority': {
    summary: 'Hook priority of the nftables chains created for `nftables_ipvs`.',
    example: 'nftables_ipvs_priority -1',
  },
  'nftables_ipvs_start_fwmark': {
    summary: 'First firewall mark handed out to virtual_server_groups under `nftables_ipvs`; later groups take the next numbers, so keep the range free of your own marks.',
    example: 'nftables_ipvs_start_fwmark 5000',
    default: '1000',
  },
  'nftables_priority': {
    summary: 'Hook priority of the nftables chains keepalived creates for VRRP filtering.',
    example: 'nftables_priority -1',
    default: '-1',
  },
  'no_accept': {
    summary: 'A MASTER that is not the address owner drops packets sent to the VIPs (via firewall rules), so the VIPs only serve as gateway addresses.',
    example: 'no_accept',
  },
  'no_checker_emails': {
    summary: 'Stops an e-mail for every real-server state change; mail is then only sent when a real server is added to or removed from the pool.',
    example: 'no_checker_emails',
  },
  'no_email_faults': {
    summary: 'Sends no alert e-mail when a VRRP instance or group enters FAULT.',
    example: 'no_email_faults',
  },
  'no_virtual_ipaddress': {
    summary: 'Declares that the instance has no VIPs on purpose (e.g. in clouds where notify scripts move a floating IP) and silences the warning. With VRRPv3 this breaks the protocol for other implementations.',
    example: 'no_virtual_ipaddress',
  },
  'nopreempt': {
    summary: 'Keeps the current MASTER when a higher-priority node comes back, avoiding a second failover. It only works if the node starts as `state BACKUP`.',
    example: 'nopreempt',
  },
  'notification_email': {
    summary: 'Recipients of the alert e-mails, one address per line. Alerts also need `smtp_server` and `smtp_alert`.',
    example: 'notification_email {\n    ops@example.com\n    oncall@example.com\n}',
  },
  'notification_email_from': {
    summary: 'Sender address of the alert e-mails.',
    example: 'notification_email_from keepalived@lb1.example.com',
    default: 'keepalived@<host name>',
  },
  'notify': {
    summary: 'Script run on every state change, after the specific notify_* script, with four extra arguments: GROUP or INSTANCE, the name, the new state and the priority. Quote the command if it has parameters; user and group may follow.',
    example: 'notify /etc/keepalived/notify.sh',
  },
  'notify_backup': {
    summary: 'Script run when the instance or group becomes BACKUP. Quote the command if it has parameters; user and group may follow.',
    example: 'notify_backup "/etc/keepalived/state.sh backup"',
  },
  'notify_deleted': {
    summary: 'Reports DELETED instead of FAULT to notify scripts and FIFOs when a reload removes the instance, optionally running the given script.',
    example: 'notify_deleted /etc/keepalived/deleted.sh',
  },
  'notify_down': {
    summary: 'Script run when the health checks declare this real server down; user and group may follow.',
    example: 'notify_down "/etc/keepalived/rs.sh 10.0.0.11 down"',
  },
  'notify_fault': {
    summary: 'Script run when the instance or group enters FAULT. Quote the command if it has parameters; user and group may follow.',
    example: 'notify_fault "/etc/keepalived/state.sh fault"',
  },
  'notify_fifo': {
    summary: 'Named pipe that receives one line per VRRP and checker event, in order; cheaper and more reliable than notify scripts. Optional user and group own the FIFO.',
    example: 'notify_fifo /run/keepalived/notify.fifo',
    args: [
      { name: 'fifo', shape: { kind: 'file' } },
      { name: 'username', shape: { kind: 'word' }, optional: true },
      { name: 'groupname', shape: { kind: 'word' }, optional: true },
    ],
  },
  'notify_fifo_script': {
    summary: 'Program keepalived starts to read `notify_fifo`; it receives the FIFO path as its last argument.',
    example: 'notify_fifo_script /usr/local/sbin/keepalived-events.sh',
  },
  'notify_master': {
    summary: 'Script run when the instance or group becomes MASTER. Quote the command if it has parameters; user and group may follow.',
    example: 'notify_master "/etc/keepalived/state.sh master"',
  },
  'notify_master_rx_lower_pri': {
    summary: 'Script run when a MASTER receives an advert with lower priority, i.e. another node took over during a split; used to reclaim external resources such as a cloud secondary IP.',
    example: 'notify_master_rx_lower_pri /etc/keepalived/reclaim-ip.sh',
  },
  'notify_priority_changes': {
    summary: 'Also reports changes of the effective priority on the notify FIFOs for this instance or group.',
    example: 'notify_priority_changes true',
  },
  'notify_stop': {
    summary: 'Script run when keepalived stops the instance or group. Quote the command if it has parameters; user and group may follow.',
    example: 'notify_stop /etc/keepalived/stop.sh',
  },
  'notify_up': {
    summary: 'Script run when the health checks declare this real server up; user and group may follow.',
    example: 'notify_up "/etc/keepalived/rs.sh 10.0.0.11 up"',
  },
  'old_unicast_checksum': {
    summary: 'Computes the VRRPv3 unicast checksum the way keepalived did before 1.3.6, for mixed clusters with old nodes; `never` turns off detecting the old form.',
    example: 'old_unicast_checksum',
  },
  'omega': {
    summary: 'At shutdown, also runs `quorum_down` and the real servers\' `notify_down` actions where they apply.',
    example: 'omega',
  },
  'ops': {
    summary: 'One-packet scheduling: each UDP datagram is scheduled on its own instead of per connection. UDP only.',
    example: 'ops',
  },
  'owner_ignore_adverts': {
    summary: 'When the instance has priority 255 (address owner), drops received adverts as the RFCs say, instead of processing them. With several owners on a link they then all stay MASTER.',
    example: 'owner_ignore_adverts true',
  },
  'param_match': {
    summary: 'With parameters in `process`: `partial` accepts processes whose first parameters match exactly, `initial` also lets the last one be longer. Without parameters it requires the process to have none.',
    example: 'param_match partial',
  },
  'passive': {
    summary: 'Waits for the peer to open the session instead of sending control packets first.',
    example: 'passive',
    default: 'active',
  },
  'password': {
    summary: 'Passphrase that unlocks the private key named by `key` in the `SSL` block. Keep the configuration file readable by root only when you use it.',
    example: 'password s3cr3t',
  },
  'path': {
    summary: 'Path, with optional query string, requested by the check.',
    example: 'path /health?full=1',
  },
  'payload': {
    summary: 'Data of the UDP probe as hex digits (spaces allowed); random data is sent without it.',
    example: 'payload 0102 0304',
  },
  'persistence_engine': {
    summary: 'IPVS persistence engine module; currently only `sip`, which keys persistence on the SIP Call-ID.',
    example: 'persistence_engine sip',
  },
  'persistence_granularity': {
    summary: 'Netmask (IPv4) or prefix length (IPv6) that groups clients for persistence, e.g. a /24 stays on one server.',
    example: 'persistence_granularity 255.255.255.0',
  },
  'persistence_timeout': {
    summary: 'Seconds a client keeps going to the same real server after its last connection; enables persistence.',
    example: 'persistence_timeout 300',
    default: 'none (360 if given without a value)',
  },
  'preempt': {
    summary: 'Turns preemption back on (it is already the default); kept so older configurations still load.',
    example: 'preempt',
  },
  'preempt_delay': {
    summary: 'Seconds a node waits, at startup or after seeing a lower-priority MASTER, before taking over; lets a recovering node settle first. Needs `state BACKUP`.',
    example: 'preempt_delay 60',
    default: '0',
  },
  'priority': {
    summary: 'Election priority 1-255: the highest becomes MASTER, 255 marks the address owner. Give each node its own value; tracked scripts, files and interfaces add or subtract weights from it.',
    example: 'priority 150',
    default: '100',
  },
  'process': {
    summary: 'Process name to look for, matched exactly (not a pattern), optionally followed by the parameters it must have; quote names containing spaces.',
    example: 'process haproxy',
  },
  'process_monitor_rcv_bufs': {
    summary: 'Receive buffer size in bytes for the kernel process-event socket used by `vrrp_track_process`; raise it when many processes start or stop at once.',
    example: 'process_monitor_rcv_bufs 500000',
  },
  'process_monitor_rcv_bufs_force': {
    summary: 'Sets `process_monitor_rcv_bufs` with SO_RCVBUFFORCE so it may exceed net.core.rmem_max.',
    example: 'process_monitor_rcv_bufs_force true',
  },
  'process_name': {
    summary: 'Process name of the parent keepalived process, as shown by ps and in logs.',
    example: 'process_name keepalived_lb',
  },
  'process_names': {
    summary: 'Gives the processes their distinct standard names (keepalived, keepalived_vrrp, keepalived_ipvs, keepalived_bfd), so they can be told apart in ps, top and logs.',
    example: 'process_names',
  },
  'promote_secondaries': {
    summary: 'Sets promote_secondaries on the interface, so removing one address of a subnet does not also delete the other addresses of that subnet.',
    example: 'promote_secondaries',
  },
  'protocol': {
    summary: 'Layer-4 protocol of the service: TCP, UDP or SCTP. Always set it: an address-based service without it falls back to UDP.',
    example: 'protocol TCP',
  },
  'quorum': {
    summary: 'Minimum needed for success: for a virtual server the total weight of healthy real servers, for `vrrp_track_process` the number of matching processes.',
    example: 'quorum 2',
  },
  'quorum_down': {
    summary: 'Script run when the healthy weight falls below `quorum`; user and group may follow.',
    example: 'quorum_down "/etc/keepalived/vs.sh web down"',
  },
  'quorum_max': {
    summary: 'Maximum number of matching processes; more counts as failure, and 0 means the process must not run at all.',
    example: 'quorum_max 1',
  },
  'quorum_up': {
    summary: 'Script run when the healthy weight reaches `quorum` again; user and group may follow.',
    example: 'quorum_up "/etc/keepalived/vs.sh web up"',
  },
  'random_seed': {
    summary: 'Fixed seed for `${_RANDOM}`, so that a configuration using it expands the same way every time.',
    example: 'random_seed 12345',
    default: 'time based',
  },
  'real_server': {
    summary: 'A backend of the virtual server, given as IP and optional port, with its weight, forwarding method, notify scripts and health checkers.',
    example: 'real_server 10.0.0.11 80 {\n    weight 1\n    HTTP_GET {\n        url {\n            path /health\n            status_code 200\n        }\n        connect_timeout 3\n    }\n}',
    args: [
      { name: 'address', shape: { kind: 'address' } },
      { name: 'port', shape: { kind: 'int', min: 0, max: 65535 }, optional: true },
    ],
  },
  'real_server>weight': {
    summary: 'IPVS weight of the real server relative to the others; 0 sends it no new connections.',
    example: 'weight 3',
    default: 'weight of the virtual server (1)',
  },
  'regex': {
    summary: 'PCRE2 pattern searched for in the response body; no match fails the check.',
    example: 'regex "status: (ok|degraded)"',
  },
  'regex_max_offset': {
    summary: 'Highest offset in the response body at which a match may start.',
    example: 'regex_max_offset 4096',
  },
  'regex_min_offset': {
    summary: 'Offset in the response body from which the pattern is searched, to skip a large header part.',
    example: 'regex_min_offset 100',
  },
  'regex_no_match': {
    summary: 'Inverts `regex`: the check fails when the pattern is found.',
    example: 'regex_no_match',
  },
  'regex_options': {
    summary: 'PCRE2 options for `regex`, space separated, e.g. caseless or multiline.',
    example: 'regex_options caseless multiline',
  },
  'regex_stack': {
    summary: 'Start and maximum size in bytes of the PCRE2 JIT stack, for complex patterns.',
    example: 'regex_stack 32768 1048576',
  },
  'reload_check_config': {
    summary: 'Validates a changed configuration before reloading and reloads only if it is valid, optionally writing the check output to a log file; a bad edit then cannot bring keepalived down.',
    example: 'reload_check_config /var/log/keepalived-check.log',
    args: [{ name: 'log_file', shape: { kind: 'file' }, optional: true }],
  },
  'reload_file': {
    summary: 'File keepalived creates (or empties) while it reads its configuration and deletes once done, so deployment tools can wait before editing files again. Without a path, keepalived.reload in the pid directory is used.',
    example: 'reload_file /run/keepalived/reloading',
    args: [{ name: 'path', shape: { kind: 'file' }, optional: true }],
  },
  'reload_repeat': {
    summary: 'Keeps the `reload_time_file` after the reload it triggered, so a time without date reloads keepalived every day at that time.',
    example: 'reload_repeat',
  },
  'reload_time_file': {
    summary: 'Absolute path of a file containing a time (HH:MM:SS, optionally with a date and a trailing Z for UTC) at which keepalived reloads; lets all nodes switch to an incompatible new configuration at the same moment.',
    example: 'reload_time_file /run/keepalived/reload_at',
    args: [{ name: 'path', shape: { kind: 'file' } }],
  },
  'require_reply': {
    summary: 'Requires a UDP reply; an optional hex pattern (x as wildcard nibble) must match its start.',
    example: 'require_reply',
  },
  'retry': {
    summary: 'How many more times a failed check is repeated before the real server is declared down. On a virtual or real server it is the default for the checkers below.',
    example: 'retry 3',
    default: '1 (DNS_CHECK 3, MISC_CHECK 0)',
  },
  'rise': {
    summary: 'Consecutive successes before a failed script counts as OK again.',
    example: 'rise 2',
    default: '1',
  },
  'router_id': {
    summary: 'Free-text name of this node, used in alert e-mails and logs.',
    example: 'router_id lb1',
    default: 'host name',
  },
  'rs_init_notifies': {
    summary: 'Also runs the notify actions for real servers at startup, when they come up for the first time.',
    example: 'rs_init_notifies',
  },
  'script': {
    summary: 'Command to run: an absolute path, with parameters in one quoted string. Exit status 0 means success.',
    example: 'script "/usr/local/bin/check_web.sh 8080"',
  },
  'script_user': {
    summary: 'Default user, and optionally group, for notify and check scripts that do not name their own.',
    example: 'script_user keepalived_script',
    default: 'keepalived_script if it exists, else root',
  },
  'sh-fallback': {
    summary: 'With `lvs_sched sh`, sends a client to another server when its hashed server is unavailable. Write it after `lvs_sched`.',
    example: 'sh-fallback',
  },
  'sh-port': {
    summary: 'With `lvs_sched sh`, hashes the source port as well as the address. Write it after `lvs_sched`.',
    example: 'sh-port',
  },
  'shutdown_script': {
    summary: 'Command run once after all child processes have stopped, e.g. to remove firewall rules created by `startup_script`; optional user and group follow.',
    example: 'shutdown_script /usr/local/sbin/lb-teardown.sh',
  },
  'shutdown_script_timeout': {
    summary: 'Seconds `shutdown_script` may run before it is killed.',
    example: 'shutdown_script_timeout 20',
    default: '10',
  },
  'skip_check_adv_addr': {
    summary: 'Per-instance `vrrp_skip_check_adv_addr`: skip checking the address list of adverts from the same master as last time.',
    example: 'skip_check_adv_addr true',
  },
  'smtp_alert': {
    summary: 'Turns alert e-mails on or off for state changes of this VRRP instance, sync group, virtual server or real server, using the SMTP settings of global_defs. Without a value it means on.',
    example: 'smtp_alert true',
  },
  'smtp_alert_checker': {
    summary: 'Default for `smtp_alert` of virtual and real servers.',
    example: 'smtp_alert_checker false',
  },
  'smtp_alert_vrrp': {
    summary: 'Default for `smtp_alert` of VRRP instances and sync groups.',
    example: 'smtp_alert_vrrp true',
  },
  'smtp_connect_timeout': {
    summary: 'Seconds to wait for the connection to the SMTP server.',
    example: 'smtp_connect_timeout 30',
    default: '30',
  },
  'smtp_helo_name': {
    summary: 'Name announced in the SMTP HELO greeting.',
    example: 'smtp_helo_name lb1.example.com',
    default: 'host name',
  },
  'smtp_server': {
    summary: 'Mail relay for alert e-mails: an IP address or host name, optionally followed by a port.',
    example: 'smtp_server 192.168.1.25 25',
  },
  'snmp_name': {
    summary: 'Label returned in the SNMP data of this virtual or real server, to recognise it in monitoring.',
    example: 'snmp_name web_frontend',
  },
  'snmp_rs_stats_update_interval': {
    summary: 'Minimum age, in seconds, of real-server statistics before an SNMP request makes the checker reread them from the kernel.',
    example: 'snmp_rs_stats_update_interval 10',
    default: 'snmp_vs_stats_update_interval',
  },
  'snmp_socket': {
    summary: 'Address of the SNMP master agent\'s AgentX socket keepalived connects to.',
    example: 'snmp_socket tcp:localhost:705',
    default: 'unix:/var/agentx/master',
  },
  'snmp_vs_stats_update_interval': {
    summary: 'Minimum age, in seconds, of virtual-server statistics before an SNMP request makes the checker reread them from the kernel.',
    example: 'snmp_vs_stats_update_interval 10',
    default: '5',
  },
  'sorry_server': {
    summary: 'Fallback server that replaces all real servers while `quorum` is not met, e.g. a maintenance page.',
    example: 'sorry_server 10.0.0.99 80',
    args: [
      { name: 'address', shape: { kind: 'address' } },
      { name: 'port', shape: { kind: 'int', min: 0, max: 65535 }, optional: true },
    ],
  },
  'sorry_server_inhibit': {
    summary: 'Applies `inhibit_on_failure` behaviour to the sorry server.',
    example: 'sorry_server_inhibit',
  },
  'sorry_server_lvs_method': {
    summary: 'Forwarding method of the sorry server; defaults to that of the virtual server.',
    example: 'sorry_server_lvs_method NAT',
  },
  'source_ip': {
    summary: 'Local address the BFD packets are sent from. Setting it keeps the source address and port stable, which the peer may require.',
    example: 'source_ip 192.168.10.2',
    args: [{ name: 'address', shape: { kind: 'address' } }],
  },
  'startup_script': {
    summary: 'Command run once before the child processes start, e.g. to create iptables chains or fwmark rules the configuration relies on; optional user and group follow.',
    example: 'startup_script /usr/local/sbin/lb-setup.sh',
  },
  'startup_script_timeout': {
    summary: 'Seconds `startup_script` may run before it is killed.',
    example: 'startup_script_timeout 20',
    default: '10',
  },
  'state': {
    summary: 'Initial state. The election decides anyway: MASTER only shortens startup. Use BACKUP on all nodes together with `nopreempt` or `preempt_delay`.',
    example: 'state BACKUP',
    default: 'BACKUP',
  },
  'state_dump_file': {
    summary: 'File, or directory when it ends in `/`, for the state dump written on SIGUSR1; suffixes are added for the checker, BFD and parent processes. Prefer tmpfs, since keepalived blocks while writing.',
    example: 'state_dump_file /run/keepalived/',
    args: [{ name: 'path', shape: { kind: 'file' } }],
  },
  'static_ipaddress': {
    summary: 'Addresses keepalived adds at startup and keeps whatever the VRRP state, in `ip address add` syntax. An entry with `track_group` sends the instances of that group to FAULT if the address vanishes and cannot be restored.',
    example: 'static_ipaddress {\n    192.168.1.10/24 dev eth0 scope global\n}',
  },
  'static_routes': {
    summary: 'Routes keepalived installs at startup and keeps whatever the VRRP state, written like `ip route add` arguments (abbreviated option names are not accepted).',
    example: 'static_routes {\n    10.20.0.0/16 via 192.168.1.1 dev eth0\n}',
  },
  'static_rules': {
    summary: 'Policy-routing rules keepalived installs at startup, written like `ip rule add` arguments. Give every rule a `preference`; otherwise keepalived picks one that may not suit you.',
    example: 'static_rules {\n    from 192.168.1.0/24 table 100 preference 100\n}',
  },
  'stats_dump_file': {
    summary: 'File, or directory when it ends in `/`, for the statistics dump written on SIGUSR2. Prefer tmpfs, since keepalived blocks while writing.',
    example: 'stats_dump_file /run/keepalived/',
    args: [{ name: 'path', shape: { kind: 'file' } }],
  },
  'status_code': {
    summary: 'HTTP status codes or ranges that count as success.',
    example: 'status_code 200-299 301',
    default: '200-299',
  },
  'strict_mode': {
    summary: 'Per-instance `vrrp_strict`: enforce strict RFC behaviour for this instance. Without a value it means on.',
    example: 'strict_mode true',
  },
  'sync_group_tracking_weight': {
    summary: 'Allows weighted tracking on members of a sync group, whose weights are otherwise forced to 0; only safe when all members end up with the same priority changes.',
    example: 'sync_group_tracking_weight',
  },
  'terminate_delay': {
    summary: 'Seconds to wait after the quorum is lost before counting the process down, to ride over a restart.',
    example: 'terminate_delay 3',
  },
  'thread_timer_expired': {
    summary: 'Synonym of `timer_expired_backup` added in 2.3.2; keepalived asks you to write `timer_expired_backup` instead.',
    example: 'thread_timer_expired 200',
  },
  'timeout': {
    summary: 'Seconds after which a still-running script is killed and the run counts as failed.',
    example: 'timeout 3',
    default: 'interval',
  },
  'timer_expired_backup': {
    summary: 'With `nopreempt`: if keepalived was scheduled so late that another node may have taken over, go back to BACKUP instead of staying MASTER. The optional value is the highest priority of the other nodes.',
    example: 'timer_expired_backup 200',
    default: '254',
  },
  'tls_compliant': {
    summary: 'Sends a TLS close_notify before closing SSL_GET connections, for servers that log or count abrupt TLS shutdowns.',
    example: 'tls_compliant',
  },
  'tmp_config_directory': {
    summary: 'Directory on whose filesystem keepalived keeps its private copy of the configuration while reading it, instead of memory; for very large configurations. Set it early, it cannot change on reload.',
    example: 'tmp_config_directory /var/tmp',
    args: [{ name: 'directory', shape: { kind: 'file' } }],
  },
  'track_bfd': {
    summary: 'Names of `bfd_instance` sessions to follow, one per line, optionally with `weight N [reverse|noreverse]`; without a weight a down session means FAULT.',
    example: 'track_bfd {\n    gw_link\n    peer_link weight -20\n}',
  },
  'track_file': {
    summary: 'Declares a named file holding a number; VRRP instances and sync groups follow it with `track_file { }`, real servers with `FILE_CHECK`. With weight 0 any non-zero value means failure, otherwise value times weight shifts the priority, which makes it a handy manual drain switch.',
    example: 'track_file maintenance {\n    file /run/keepalived/maintenance\n    weight -100\n    init_file 0\n}',
    args: [{ name: 'name', shape: { kind: 'name', defines: 'track_file' } }],
  },
  'track_file>weight': {
    summary: 'Multiplier for the number read from the file (-254..254); the product is added to the priority of tracking instances. With 0, any non-zero value means failure; `reverse` flips the sign.',
    example: 'weight -10',
    default: '1',
  },
  'track_group': {
    summary: 'Names a set of VRRP instances that static addresses, routes and rules can reference with `track_group NAME`: if such an item disappears and cannot be put back, those instances go to FAULT.',
    example: 'track_group gw_group {\n    group {\n        VI_1\n        VI_2\n    }\n}',
    args: [{ name: 'name', shape: { kind: 'name' } }],
  },
  'track_group>group': {
    summary: 'The VRRP instances, one per line, that go to FAULT when an address, route or rule tagged with this track group is lost.',
    example: 'group {\n    VI_1\n}',
  },
  'track_interface': {
    summary: 'Extra interfaces whose link is watched, one per line; without a weight a down link means FAULT, with `weight N [reverse]` (-253..253) the priority moves instead.',
    example: 'track_interface {\n    eth1\n    eth2 weight -30\n}',
  },
  'track_process': {
    summary: 'Names of `vrrp_track_process` blocks to follow, one per line, optionally with `weight N [reverse|noreverse]` overriding their weight.',
    example: 'track_process {\n    haproxy\n}',
  },
  'track_script': {
    summary: 'Names of `vrrp_script` blocks to follow, one per line, optionally with `weight N [reverse|noreverse]` overriding the script\'s weight; with weight 0 a failing script means FAULT.',
    example: 'track_script {\n    chk_haproxy\n    chk_backend weight -10\n}',
  },
  'track_src_ip': {
    summary: 'Puts the instance into FAULT when its configured source address (`mcast_src_ip` or `unicast_src_ip`) is missing or gets removed.',
    example: 'track_src_ip',
  },
  'ttl': {
    summary: 'IPv4 TTL written into outgoing BFD packets.',
    example: 'ttl 255',
    default: '255',
  },
  'type': {
    summary: 'DNS record type queried: A, NS, CNAME, SOA, MX, TXT, AAAA, RRSIG or DNSKEY.',
    example: 'type A',
    args: [{ name: 'type', shape: { kind: 'enum', values: ['A', 'NS', 'CNAME', 'SOA', 'MX', 'TXT', 'AAAA', 'RRSIG', 'DNSKEY'], ignoreCase: true } }],
    default: 'SOA',
  },
  'umask': {
    summary: 'umask for the files keepalived creates, as a number (decimal, 0-prefixed octal or hex) or as flags joined with `|`. The command-line option takes precedence.',
    example: 'umask IWGRP|IRWXO',
    default: 'IWGRP|IWOTH',
  },
  'unicast_fault_no_peer': {
    summary: 'With unicast settings but no peers, goes to FAULT instead of silently falling back to multicast.',
    example: 'unicast_fault_no_peer',
  },
  'unicast_peer': {
    summary: 'Addresses of the other nodes, one per line, to send adverts to by unicast instead of multicast (clouds, networks without multicast); `min_ttl`/`max_ttl` filter received adverts by TTL.',
    example: 'unicast_peer {\n    192.168.1.12\n    192.168.1.13\n}',
  },
  'unicast_src_ip': {
    summary: 'Source address of unicast adverts; the other nodes list this address in their `unicast_peer` block.',
    example: 'unicast_src_ip 192.168.1.11',
    args: [{ name: 'address', shape: { kind: 'address' } }],
  },
  'unicast_ttl': {
    summary: 'TTL or hop limit of the unicast adverts this node sends.',
    example: 'unicast_ttl 10',
  },
  'url': {
    summary: 'One URL to test; a checker may contain several, and all must pass.',
    example: 'url {\n    path /health\n    status_code 200\n}',
  },
  'use_ipvlan': {
    summary: 'Creates an ipvlan interface (mode L2) on top of the instance interface for the VIPs, optionally with name, address and mode (bridge, private, vepa); IPv4 needs an address.',
    example: 'use_ipvlan ipvl51 192.168.1.200/24',
  },
  'use_pid_dir': {
    summary: 'Writes the pid files into /run/keepalived/ instead of directly into /run.',
    example: 'use_pid_dir',
  },
  'use_symlink_paths': {
    summary: 'Keeps symbolic links in script paths instead of resolving them to the real file, e.g. when a link is switched between versions.',
    example: 'use_symlink_paths true',
  },
  'use_vmac': {
    summary: 'Uses a macvlan interface with the RFC virtual MAC (00:00:5e:00:01:VRID), so the VIPs move together with their MAC and switches need no ARP update. Optional interface name and MAC follow.',
    example: 'use_vmac vrrp.51',
  },
  'use_vmac_addr': {
    summary: 'Also creates VMAC interfaces for VIPs that sit on other interfaces than the instance interface, or are of the other address family.',
    example: 'use_vmac_addr',
  },
  'user': {
    summary: 'User, and optionally group, the script runs as; defaults to `script_user` from global_defs.',
    example: 'user keepalived_script',
  },
  'uthreshold': {
    summary: 'Upper connection threshold: the server gets no new connections while it has this many.',
    example: 'uthreshold 1000',
  },
  'v3_checksum_as_v2': {
    summary: 'For VRRPv3 over IPv4, leaves the IP pseudo-header out of the advert checksum, as some router vendors do and RFC 9568 now asks. Needed to interoperate with such routers; all nodes must agree.',
    example: 'v3_checksum_as_v2',
  },
  'version': {
    summary: 'VRRP protocol version of this instance; all nodes of the instance must use the same.',
    example: 'version 3',
    default: 'vrrp_version',
  },
  'virtual_ipaddress': {
    summary: 'VIPs added on MASTER and removed otherwise, one per line in `ip address add` style (dev, label, scope, no_track ...). All of them must be of one address family; put others in `virtual_ipaddress_excluded`.',
    example: 'virtual_ipaddress {\n    192.168.1.100/24 dev eth0\n    192.168.1.101/24 dev eth0 label eth0:1\n}',
  },
  'virtual_ipaddress_excluded': {
    summary: 'VIPs moved like `virtual_ipaddress` but left out of the adverts; for large numbers of addresses or the other address family.',
    example: 'virtual_ipaddress_excluded {\n    2001:db8::100/64 dev eth0\n}',
  },
  'virtual_router_id': {
    summary: 'VRID 1-255 identifying the virtual router; identical on all nodes of the instance and unique per interface and LAN. It also forms the VMAC.',
    example: 'virtual_router_id 51',
  },
  'virtual_routes': {
    summary: 'Routes added on MASTER and removed otherwise, in `ip route add` style; `no_track` keeps the instance MASTER if a route is deleted by hand.',
    example: 'virtual_routes {\n    10.20.0.0/16 via 192.168.1.1 dev eth0\n}',
  },
  'virtual_rules': {
    summary: 'Policy-routing rules added on MASTER and removed otherwise, in `ip rule add` style; give each a `preference`.',
    example: 'virtual_rules {\n    from 192.168.1.100/32 table 100 preference 100\n}',
  },
  'virtual_server': {
    summary: 'Defines an IPVS virtual service, identified by `IP [PORT]`, `fwmark N` or `group NAME` (a virtual_server_group), with its scheduler, forwarding method, real servers and their health checks.',
    example: 'virtual_server 192.168.1.100 80 {\n    delay_loop 6\n    lvs_sched wrr\n    lvs_method NAT\n    protocol TCP\n    real_server 10.0.0.11 80 {\n        weight 1\n        TCP_CHECK {\n            connect_timeout 3\n        }\n    }\n}',
  },
  'virtual_server>alpha': {
    summary: 'Starts every real server of this virtual server as failed until its first successful check, so a restart does not send traffic to dead servers.',
    example: 'alpha',
  },
  'virtual_server>delay_loop': {
    summary: 'Seconds between health checks of each real server; the default for every checker of this virtual server that does not set its own.',
    example: 'delay_loop 6',
    default: '60',
  },
  'virtual_server>quorum': {
    summary: 'Minimum total weight of healthy real servers; below it `quorum_down` runs and a `sorry_server` takes over.',
    example: 'quorum 2',
    default: '1',
  },
  'virtual_server>retry': {
    summary: 'Default number of retries for every checker of this virtual server that does not set its own.',
    example: 'retry 3',
  },
  'virtual_server>weight': {
    summary: 'Weight given to real servers of this virtual server that do not set `weight` themselves.',
    example: 'weight 10',
    default: '1',
  },
  'virtual_server_group': {
    summary: 'Names a set of VIP/port pairs, address ranges and fwmarks that `virtual_server group NAME` serves with one pool of real servers, so each real server is checked once instead of once per VIP. Large groups work best with `nftables_ipvs`.',
    example: 'virtual_server_group web {\n    192.168.1.100 80\n    192.168.1.101-110 80\n    fwmark 10\n}',
    args: [{ name: 'name', shape: { kind: 'name', defines: 'virtual_server_group' } }],
  },
  'virtualhost': {
    summary: 'Host header sent by HTTP_GET and SSL_GET checks; settable on virtual server, real server, checker and url, the most specific winning.',
    example: 'virtualhost www.example.com',
  },
  'vmac_addr_prefix': {
    summary: 'Name prefix of VMAC interfaces created for VIPs that live on another interface than the instance\'s own.',
    example: 'vmac_addr_prefix vmac',
    default: 'vmac_prefix',
  },
  'vmac_garp_intvl': {
    summary: 'Old name of `garp_extra_if`, deprecated since 2.2.3; use `garp_extra_if`.',
    example: 'vmac_garp_intvl all 120',
  },
  'vmac_prefix': {
    summary: 'Prefix of automatically named VMAC interfaces.',
    example: 'vmac_prefix vrrp',
    default: 'vrrp',
  },
  'vmac_xmit_base': {
    summary: 'Sends and receives adverts on the parent interface instead of the VMAC; required when `use_vmac` is combined with unicast peers.',
    example: 'vmac_xmit_base',
  },
  'vrf': {
    summary: 'VRF the instance works in when it uses unicast without an `interface`.',
    example: 'vrf blue',
  },
  'vrrp': {
    summary: 'Sends the state changes of this BFD session only to the VRRP process (for `track_bfd`), not to the health checker.',
    example: 'vrrp',
  },
  'vrrp_check_unicast_src': {
    summary: 'Default for `check_unicast_src`: drop unicast adverts whose source is not a configured peer.',
    example: 'vrrp_check_unicast_src',
  },
  'vrrp_cpu_affinity': {
    summary: 'Pins the VRRP child process to the listed CPU numbers, e.g. to keep it off CPUs busy with packet processing.',
    example: 'vrrp_cpu_affinity 2 3',
  },
  'vrrp_down_timer_adverts': {
    summary: 'Default for `down_timer_adverts`.',
    example: 'vrrp_down_timer_adverts 3',
    default: '3',
  },
  'vrrp_garp_extra_if': {
    summary: 'Default for `garp_extra_if`: every N seconds, repeat gratuitous ARP/NA on VIP interfaces other than the instance\'s own (VMACs only, or all with `all`) so switch MAC tables stay fresh.',
    example: 'vrrp_garp_extra_if all 120',
  },
  'vrrp_garp_interval': {
    summary: 'Pause in seconds (microsecond resolution) between individual gratuitous ARPs on an interface, for switches that cannot take bursts.',
    example: 'vrrp_garp_interval 0.001',
    default: '0',
  },
  'vrrp_garp_lower_prio_delay': {
    summary: 'Seconds before a MASTER that has seen a lower-priority advert sends its second batch of gratuitous ARPs.',
    example: 'vrrp_garp_lower_prio_delay 10',
    default: 'vrrp_garp_master_delay',
  },
  'vrrp_garp_lower_prio_repeat': {
    summary: 'Gratuitous ARPs sent at a time by a MASTER that has seen a lower-priority advert.',
    example: 'vrrp_garp_lower_prio_repeat 1',
    default: 'vrrp_garp_master_repeat',
  },
  'vrrp_garp_master_delay': {
    summary: 'Seconds after becoming MASTER before a second batch of gratuitous ARPs is sent; 0 sends no second batch.',
    example: 'vrrp_garp_master_delay 10',
    default: '5',
  },
  'vrrp_garp_master_refresh': {
    summary: 'Interval in seconds for re-sending gratuitous ARPs while MASTER, so switches and neighbours keep the VIP mapping; 0 disables.',
    example: 'vrrp_garp_master_refresh 60',
    default: '0',
  },
  'vrrp_garp_master_refresh_repeat': {
    summary: 'Gratuitous ARPs sent at each `vrrp_garp_master_refresh`.',
    example: 'vrrp_garp_master_refresh_repeat 2',
    default: '1',
  },
  'vrrp_garp_master_repeat': {
    summary: 'Gratuitous ARPs sent at a time on becoming MASTER.',
    example: 'vrrp_garp_master_repeat 3',
    default: '5',
  },
  'vrrp_gna_interval': {
    summary: 'Pause in seconds (microsecond resolution) between individual IPv6 unsolicited neighbour advertisements on an interface.',
    example: 'vrrp_gna_interval 0.001',
    default: '0',
  },
  'vrrp_higher_prio_send_advert': {
    summary: 'Default for `higher_prio_send_advert`.',
    example: 'vrrp_higher_prio_send_advert true',
  },
  'vrrp_instance': {
    summary: 'Defines one VRRP virtual router on an interface: VRID, priority, advert interval, the VIPs it carries and what it tracks. All nodes of the instance must agree on `virtual_router_id`, `advert_int`, authentication and the VIP list.',
    example: 'vrrp_instance VI_1 {\n    state BACKUP\n    interface eth0\n    virtual_router_id 51\n    priority 100\n    advert_int 1\n    virtual_ipaddress {\n        192.168.1.100/24\n    }\n}',
    args: [{ name: 'name', shape: { kind: 'name', defines: 'vrrp_instance' } }],
  },
  'vrrp_instance>linkbeat_use_polling': {
    summary: 'Legacy switch that polls the link state of this instance\'s own interface only. Deprecated: list the interfaces in a top-level `linkbeat_interfaces` block, which also covers tracked and VIP interfaces.',
    example: 'linkbeat_use_polling',
  },
  'vrrp_instance>track_file': {
    summary: 'Names of `track_file` blocks this instance follows, one per line, optionally with `weight N [reverse|noreverse]` to override the file\'s own weight. Members of a sync group need weight 0 unless the group sets `sync_group_tracking_weight`.',
    example: 'track_file {\n    maintenance\n    drain weight -50\n}',
  },
  'vrrp_ipsets': {
    summary: 'ipset names keepalived uses with iptables to match the VIPs (IPv4, IPv6, IPv6 link-local, IGMP, MLD); missing names are derived from the previous ones. Without any name no ipsets are used.',
    example: 'vrrp_ipsets keepalived',
  },
  'vrrp_iptables': {
    summary: 'Uses iptables for `no_accept` filtering, with the input chain and optionally an output chain for the VIP rules. Create dedicated chains jumped to from INPUT/OUTPUT; the INPUT/OUTPUT default is not recommended.',
    example: 'vrrp_iptables keepalived_in',
  },
  'vrrp_lower_prio_no_advert': {
    summary: 'Default for `lower_prio_no_advert`.',
    example: 'vrrp_lower_prio_no_advert true',
  },
  'vrrp_mcast_group4': {
    summary: 'IPv4 multicast group VRRP adverts are sent to; rarely changed.',
    example: 'vrrp_mcast_group4 224.0.0.18',
    args: [{ name: 'address', shape: { kind: 'address' } }],
    default: '224.0.0.18',
  },
  'vrrp_mcast_group6': {
    summary: 'IPv6 multicast group VRRP adverts are sent to; rarely changed.',
    example: 'vrrp_mcast_group6 ff02::12',
    args: [{ name: 'address', shape: { kind: 'address' } }],
    default: 'ff02::12',
  },
  'vrrp_min_garp': {
    summary: 'Sends a single gratuitous ARP/NA on becoming MASTER and no second batch, which is enough for modern switches.',
    example: 'vrrp_min_garp true',
  },
  'vrrp_netlink_cmd_rcv_bufs': {
    summary: 'Receive buffer size in bytes of the VRRP process\'s netlink command socket; raise it when the log shows netlink receive buffer overruns on hosts with many interfaces.',
    example: 'vrrp_netlink_cmd_rcv_bufs 1048576',
  },
  'vrrp_netlink_cmd_rcv_bufs_force': {
    summary: 'Sets `vrrp_netlink_cmd_rcv_bufs` with SO_RCVBUFFORCE so it may exceed net.core.rmem_max.',
    example: 'vrrp_netlink_cmd_rcv_bufs_force true',
  },
  'vrrp_netlink_monitor_rcv_bufs': {
    summary: 'Receive buffer size in bytes of the VRRP process\'s netlink monitoring socket; raise it when the log shows netlink receive buffer overruns.',
    example: 'vrrp_netlink_monitor_rcv_bufs 1048576',
  },
  'vrrp_netlink_monitor_rcv_bufs_force': {
    summary: 'Sets `vrrp_netlink_monitor_rcv_bufs` with SO_RCVBUFFORCE so it may exceed net.core.rmem_max.',
    example: 'vrrp_netlink_monitor_rcv_bufs_force true',
  },
  'vrrp_no_swap': {
    summary: 'Locks the memory of the VRRP process so it is never swapped out and its timers are not delayed by paging.',
    example: 'vrrp_no_swap',
  },
  'vrrp_notify_fifo': {
    summary: 'Named pipe that receives only VRRP events, one line each (e.g. `INSTANCE "VI_1" MASTER 100`). Optional user and group own the FIFO.',
    example: 'vrrp_notify_fifo /run/keepalived/vrrp.fifo',
    args: [
      { name: 'fifo', shape: { kind: 'file' } },
      { name: 'username', shape: { kind: 'word' }, optional: true },
      { name: 'groupname', shape: { kind: 'word' }, optional: true },
    ],
  },
  'vrrp_notify_fifo_script': {
    summary: 'Program keepalived starts to read `vrrp_notify_fifo`; it receives the FIFO path as its last argument.',
    example: 'vrrp_notify_fifo_script /usr/local/sbin/vrrp-events.sh',
  },
  'vrrp_notify_priority_changes': {
    summary: 'Also reports changes of an instance\'s effective priority on the notify FIFOs (MASTER_PRIORITY / BACKUP_PRIORITY lines).',
    example: 'vrrp_notify_priority_changes true',
  },
  'vrrp_owner_ignore_adverts': {
    summary: 'Default for `owner_ignore_adverts`.',
    example: 'vrrp_owner_ignore_adverts true',
  },
  'vrrp_priority': {
    summary: 'Nice value (-20..19) of the VRRP process; negative values give it more CPU under load.',
    example: 'vrrp_priority -10',
  },
  'vrrp_process_name': {
    summary: 'Process name shown by ps and in logs for the VRRP child.',
    example: 'vrrp_process_name keepalived_vrrp',
  },
  'vrrp_rlimit_rtime': {
    summary: 'Misspelt old name of `vrrp_rlimit_rttime`, deprecated since 2.1; use `vrrp_rlimit_rttime` instead.',
    example: 'vrrp_rlimit_rtime 10000',
  },
  'vrrp_rlimit_rttime': {
    summary: 'Limit in microseconds of CPU time the VRRP process may use between blocking calls while it runs with real-time scheduling; the kernel kills it beyond that. Raise it on slow machines.',
    example: 'vrrp_rlimit_rttime 20000',
    default: '10000',
  },
  'vrrp_rt_priority': {
    summary: 'Runs the VRRP process with real-time (SCHED_RR) scheduling at this priority (1..99), so busy hosts do not delay its timers.',
    example: 'vrrp_rt_priority 50',
  },
  'vrrp_rx_bufs_multiplier': {
    summary: 'Factor applied with `vrrp_rx_bufs_policy` MTU or ADVERT to size the VRRP socket receive buffers.',
    example: 'vrrp_rx_bufs_multiplier 4',
    default: '3',
  },
  'vrrp_rx_bufs_policy': {
    summary: 'Sizes VRRP socket receive buffers from the interface MTU or the advert size (times `vrrp_rx_bufs_multiplier`), or as a byte count, instead of the possibly huge system default.',
    example: 'vrrp_rx_bufs_policy MTU',
  },
  'vrrp_script': {
    summary: 'Defines a check command run every `interval` seconds; instances and sync groups list it under `track_script`. With weight 0 a failing script sends them to FAULT after `fall` failures, otherwise the weight moves their priority.',
    example: 'vrrp_script chk_haproxy {\n    script "/usr/bin/pgrep -x haproxy"\n    interval 2\n    timeout 2\n    fall 2\n    rise 2\n    weight -20\n}',
    args: [{ name: 'name', shape: { kind: 'name', defines: 'vrrp_script' } }],
  },
  'vrrp_script>user': {
    summary: 'User, and optionally group, this check script runs as; defaults to `script_user` from global_defs.',
    example: 'user keepalived_script',
  },
  'vrrp_script>weight': {
    summary: 'Priority change -253..253: a positive weight is added while the script succeeds, a negative one subtracted while it fails; `reverse` swaps the two. 0 means a failing script puts tracking instances into FAULT.',
    example: 'weight -20',
    default: '0',
  },
  'vrrp_skip_check_adv_addr': {
    summary: 'Skips checking the address list of an advert that comes from the same master as the previous one; saves CPU with many VIPs.',
    example: 'vrrp_skip_check_adv_addr',
  },
  'vrrp_startup_delay': {
    summary: 'Seconds to wait after startup before VRRP instances run, e.g. for bonds that pass no traffic for a while after boot and would otherwise cause a false MASTER.',
    example: 'vrrp_startup_delay 5.5',
  },
  'vrrp_strict': {
    summary: 'Enforces strict RFC behaviour: no unicast peers, no authentication, no preempt_delay, and `no_accept` unless priority is 255. The implied no_accept installs firewall rules that drop traffic to the VIPs, a frequent cause of "VIP does not answer".',
    example: 'vrrp_strict',
  },
  'vrrp_sync_group': {
    summary: 'Makes several VRRP instances fail over as one, e.g. the outside and inside VIPs of a router: when one member changes state the others follow. Notify scripts and tracking can be set for the whole group.',
    example: 'vrrp_sync_group VG_1 {\n    group {\n        VI_OUTSIDE\n        VI_INSIDE\n    }\n    notify_master /etc/keepalived/master.sh\n}',
    args: [{ name: 'name', shape: { kind: 'name', defines: 'vrrp_sync_group' } }],
  },
  'vrrp_sync_group>group': {
    summary: 'The VRRP instances, one per line, that move between MASTER, BACKUP and FAULT together. An instance can belong to one sync group only.',
    example: 'group {\n    VI_OUTSIDE\n    VI_INSIDE\n}',
  },
  'vrrp_sync_group>track_file': {
    summary: 'Names of `track_file` blocks whose value applies to every instance of the sync group, optionally with `weight N [reverse|noreverse]`.',
    example: 'track_file {\n    maintenance\n}',
  },
  'vrrp_track_file': {
    summary: 'Former name of the `track_file` block, deprecated since 2.1: rename the block to `track_file`, its contents (`file`, `weight`, `init_file`) stay the same.',
    example: 'vrrp_track_file maintenance {\n    file /run/keepalived/maintenance\n    weight -100\n}',
    args: [{ name: 'name', shape: { kind: 'name', defines: 'track_file' } }],
  },
  'vrrp_track_file>weight': {
    summary: 'Multiplier for the number read from the file (-254..254); the product is added to the priority of tracking instances. With 0, any non-zero value means failure; `reverse` flips the sign.',
    example: 'weight -10',
    default: '1',
  },
  'vrrp_track_process': {
    summary: 'Watches whether a process (e.g. haproxy) is running, using kernel process events instead of polling with a script; instances list it under `track_process`. Names are matched exactly, not as patterns.',
    example: 'vrrp_track_process haproxy {\n    process haproxy\n    quorum 1\n    delay 2\n    weight -30\n}',
    args: [{ name: 'name', shape: { kind: 'name', defines: 'track_process' } }],
  },
  'vrrp_track_process>quorum': {
    summary: 'Minimum number of matching processes for the tracker to count as up.',
    example: 'quorum 2',
    default: '1',
  },
  'vrrp_track_process>weight': {
    summary: 'Priority change -254..254: a positive weight is added while enough processes run, a negative one subtracted when they do not; `reverse` swaps the two, and 0 means FAULT when down.',
    example: 'weight -30',
  },
  'vrrp_version': {
    summary: 'Default VRRP version of the instances; IPv6 instances always use version 3.',
    example: 'vrrp_version 3',
    default: '2',
  },
  'vrrp_vmac_garp_intvl': {
    summary: 'Old name of `vrrp_garp_extra_if`, deprecated since 2.2.3; use `vrrp_garp_extra_if`.',
    example: 'vrrp_vmac_garp_intvl all 120',
  },
  'warmup': {
    summary: 'Upper bound in seconds of a random delay before the first check, so many checks do not all start at once; 0 disables. Defaults to `delay_loop`.',
    example: 'warmup 5',
  },
  'weight': {
    summary: 'A weight whose meaning depends on the block: IPVS weight of a real server, default weight of the real servers of a virtual server, or how much a tracked script, file, process or BFD session changes the priority of VRRP instances.',
    example: 'weight 2',
  },
} satisfies Record<string, KeywordDoc>;
