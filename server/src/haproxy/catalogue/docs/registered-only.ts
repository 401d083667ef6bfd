import type { KeywordDoc } from '../../../common/docs.js';

/**
 * Docs for keywords that Debian's HAProxy 2.6 binary registers but that no configuration manual
 * documents (see generated/registered-2.6.json), by family.
 */
const otGroup: KeywordDoc = {
  summary:
    'Runs a group of OpenTracing scopes declared in the `opentracing` filter configuration. It only exists in builds with the OpenTracing add-on (Debian builds it in); the add-on has its own README rather than a chapter of the manual.',
  example: 'http-request ot-group ot-test ot-group-req if { path_beg /api }',
  args: [{ name: 'filter-id', shape: { kind: 'word' } }, { name: 'group', shape: { kind: 'word' } }],
};

export const registeredOnlyDocs = {
  global: {
    'tune.vars.check-max-size': {
      summary:
        'Caps the memory used by variables of the `check` scope (those health checks set with `set-var`), in bytes. Registered by HAProxy 2.6 but missing from its manual; the other `tune.vars.*` limits work the same way.',
      example: 'tune.vars.check-max-size 1024',
      args: [{ name: 'size', shape: { kind: 'int', min: 0 } }],
    },
  },
  server: {
    'no-check-send-proxy': {
      summary:
        'Cancels a `check-send-proxy` inherited from `default-server`, so health checks of this server do not start with a PROXY protocol header. Accepted by the binary though the manual never lists it.',
      example: 'server web1 10.0.0.100:80 check no-check-send-proxy',
      args: [],
    },
  },
  actions: {
    'http-request ot-group': otGroup,
    'http-response ot-group': otGroup,
    'http-after-response ot-group': otGroup,
    'tcp-request content ot-group': otGroup,
    'tcp-response content ot-group': otGroup,
  },
} satisfies Record<string, Record<string, KeywordDoc>>;
