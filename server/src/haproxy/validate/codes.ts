import type { CodeTable } from '../../common/codes.js';

/** Diagnostic codes of the haproxy.cfg checks that run on the parsed model and the catalogue. */
export const haproxyCheckCodes = {
  'haproxy/unknown-keyword': { severity: 'error', summary: 'HAProxy does not know this keyword (in any section).' },
  'haproxy/wrong-section': { severity: 'error', summary: 'The keyword exists, but not in this kind of section; HAProxy rejects it here.' },
  'haproxy/ignored-keyword': {
    severity: 'warning',
    summary: 'The keyword is accepted in this section but has no effect (a backend keyword in a frontend, or the reverse).',
  },
  'haproxy/unknown-option': { severity: 'error', summary: 'A `bind` or `server` line has an option HAProxy does not know.' },
  'haproxy/unknown-action': { severity: 'error', summary: 'The rule set has no such action.' },
  'haproxy/keyword-too-new': { severity: 'error', summary: 'The keyword appeared in a later HAProxy version than the target version.' },
  'haproxy/removed-keyword': { severity: 'error', summary: 'The keyword was removed before the target version; a replacement exists.' },
  'haproxy/deprecated-keyword': { severity: 'warning', summary: 'The keyword is deprecated in the target version and will go away.' },
  'haproxy/missing-argument': { severity: 'error', summary: 'The keyword needs more arguments.' },
  'haproxy/too-many-arguments': { severity: 'error', summary: 'The keyword takes fewer arguments.' },
  'haproxy/invalid-value': { severity: 'error', summary: 'An argument has the wrong form: a bad time, size, number, port, address or choice.' },
  'haproxy/missing-section-name': { severity: 'error', summary: 'This kind of section needs a name.' },
  'haproxy/address-on-proxy-line': {
    severity: 'error',
    summary: 'Since HAProxy 1.5 a listening address goes on a `bind` line, not on the `listen`/`frontend` line.',
  },
  'haproxy/undefined-backend': { severity: 'error', summary: 'No backend (or listen section) has this name.' },
  'haproxy/undefined-server': { severity: 'error', summary: 'No server of that name exists where the reference points.' },
  'haproxy/undefined-acl': { severity: 'error', summary: 'The condition uses an ACL name that this section never defines.' },
  'haproxy/undefined-reference': {
    severity: 'error',
    summary: 'A named object (userlist, peers, resolvers, cache, ring, http-errors, mailers, table...) is not defined.',
  },
  'haproxy/duplicate-proxy': { severity: 'error', summary: 'Two proxies that would clash have the same name.' },
  'haproxy/duplicate-section': { severity: 'error', summary: 'Two sections of the same kind have the same name.' },
  'haproxy/duplicate-userlist': { severity: 'warning', summary: 'A second userlist of the same name, which HAProxy ignores.' },
  'haproxy/duplicate-server': { severity: 'error', summary: 'Two servers of one backend have the same name.' },
  'haproxy/duplicate-cookie': { severity: 'warning', summary: 'Two servers of one backend use the same cookie value, so persistence cannot tell them apart.' },
  'haproxy/defaults-with-rules': {
    severity: 'error',
    summary: 'A proxy inherits TCP/HTTP rules from a defaults section in a way HAProxy refuses at startup.',
  },
  'haproxy/named-defaults-only': { severity: 'error', summary: 'This keyword is only allowed in a defaults section that has a name.' },
  'haproxy/unreachable-rule': { severity: 'warning', summary: 'An earlier rule always stops processing, so this rule never runs.' },
  'haproxy/frontend-without-bind': { severity: 'warning', summary: 'A frontend or listen section has no `bind` line, so it receives no traffic.' },
  'haproxy/unknown-fetch': { severity: 'error', summary: 'A sample fetch or ACL criterion is not known to the target version.' },
  'haproxy/unknown-converter': { severity: 'error', summary: 'A converter is not known to the target version.' },
} as const satisfies CodeTable;
