import type { CodeTable } from '../../common/codes.js';

/**
 * Diagnostic codes of the keepalived.conf checks that run on the parsed model and the catalogue.
 *
 * Severities follow one rule: `error` when `keepalived -t` (2.2.7, checked by the corpus and mutation
 * tests) exits non-zero because of it, or keepalived would run without the setting; `warning` when
 * keepalived accepts the file but the line very likely does not do what was meant; `info` for advice.
 * One exception, asked for by the project: a truncated `auth_pass` is a warning (keepalived -t
 * reports it, but the cluster works as long as every node has the same first 8 characters).
 */
export const keepalivedCheckCodes = {
  'keepalived/unknown-keyword': { severity: 'error', summary: 'keepalived knows no keyword of this name (in any block).' },
  'keepalived/wrong-block': { severity: 'error', summary: 'The keyword exists, but in another block; keepalived reports it as unknown here.' },
  'keepalived/keyword-too-new': { severity: 'error', summary: 'The keyword appeared in a later keepalived release than the target version.' },
  'keepalived/removed-keyword': { severity: 'error', summary: 'The keyword was removed before the target version.' },
  'keepalived/deprecated-keyword': { severity: 'warning', summary: 'The keyword is deprecated in the target version; a replacement exists.' },
  'keepalived/missing-value': {
    severity: 'error',
    summary: 'The keyword needs a value; keepalived stops reading the configuration (or drops the setting) without one.',
  },
  'keepalived/extra-value': { severity: 'warning', summary: 'Words after the values the keyword reads; keepalived silently ignores them.' },
  'keepalived/invalid-value': { severity: 'error', summary: 'A value keepalived refuses: not a number, out of range, or not one of the allowed words.' },
  'keepalived/invalid-address': { severity: 'error', summary: 'Not an IP address (or a prefix length out of range); keepalived skips the entry.' },
  'keepalived/unknown-option': { severity: 'error', summary: 'A word in a list entry (an address, a tracked script...) that keepalived does not know.' },
  'keepalived/missing-name': { severity: 'error', summary: 'The block needs a name (or an address) after its keyword.' },
  'keepalived/missing-block': { severity: 'error', summary: 'The keyword opens a `{ }` block, but none follows.' },
  'keepalived/unexpected-block': { severity: 'error', summary: 'A `{ }` block after a keyword that takes none; keepalived ignores the `{` and its `}` closes the enclosing block.' },
  'keepalived/empty-block': { severity: 'error', summary: 'A block keepalived refuses to be empty.' },
  'keepalived/missing-required': {
    severity: 'error',
    summary: 'A block lacks a setting keepalived needs (an instance without virtual_router_id, a vrrp_script without script...).',
  },
  'keepalived/undefined-reference': { severity: 'error', summary: 'A tracked script, file, process, BFD instance or sync-group member that is not defined.' },
  'keepalived/undefined-group': {
    severity: 'warning',
    summary: '`virtual_server group` names a virtual_server_group that is not defined: keepalived accepts it, but the virtual server has no address.',
  },
  'keepalived/duplicate-name': { severity: 'error', summary: 'Two instances, sync groups or BFD instances with the same name; keepalived refuses the second.' },
  'keepalived/shadowed-definition': {
    severity: 'warning',
    summary: 'Two scripts, track files, track processes or server groups with the same name: keepalived keeps both, but references find only the first.',
  },
  'keepalived/duplicate-setting': {
    severity: 'error',
    summary: 'A setting keepalived takes only once (a notify script, a tracked name, a track file\'s file...) is given again; it ignores the repeat.',
  },
  'keepalived/duplicate-vrid': { severity: 'error', summary: 'Two VRRP instances use the same virtual_router_id on the same interface and address family.' },
  'keepalived/sync-group': {
    severity: 'error',
    summary: 'A sync group with a single instance, or an instance in two sync groups; keepalived reports it.',
  },
  'keepalived/sync-group-weight': {
    severity: 'error',
    summary: 'A sync-group member tracks a script with a weight; keepalived ignores such weights (unless the group has sync_group_tracking_weight) and keepalived -t fails.',
  },
  'keepalived/conflicting-setting': {
    severity: 'error',
    summary: 'Two settings keepalived cannot combine; it resets one of them (nopreempt with state MASTER, AH with MASTER, fractional advert_int with VRRPv2...).',
  },
  'keepalived/priority-owner': {
    severity: 'warning',
    summary: 'Priority 255 is reserved for the address owner (the host whose real address is the VIP); a backup with 255 never gives way.',
  },
  'keepalived/auth-pass-truncated': {
    severity: 'warning',
    summary: 'keepalived uses only the first 8 characters of auth_pass (and keepalived -t reports the truncation).',
  },
  'keepalived/vip-without-prefix': {
    severity: 'info',
    summary: 'A virtual address without /prefix is added as /32 (/128): fine when the interface already has an address in that subnet.',
  },
  'keepalived/script-security': {
    severity: 'error',
    summary: 'Scripts are configured but global_defs lacks enable_script_security: keepalived -t exits with status 6 (security violation).',
  },
  'keepalived/script-user': {
    severity: 'warning',
    summary: 'With enable_script_security and no script_user, scripts run as the user keepalived_script, which must exist; otherwise keepalived drops them.',
  },
  'keepalived/script-path': {
    severity: 'warning',
    summary: 'A script given by a relative name: keepalived searches PATH, which differs between a shell and the service.',
  },
  'keepalived/script-shell': {
    severity: 'warning',
    summary: 'keepalived runs scripts without a shell: pipes, redirections, `;`, `&&` and `$( )` are passed as plain arguments.',
  },
  'keepalived/include-not-found': { severity: 'warning', summary: 'An include pattern that matches no file.' },
} as const satisfies CodeTable;

export type KeepalivedCheckCode = keyof typeof keepalivedCheckCodes;
