import type { ArgSpec, KeywordDoc } from '../../../common/docs.js';

/**
 * Hand-written docs for rule actions (`http-request set-header`, `tcp-request content accept`,
 * `tcp-check send`...); names, rule sets and versions come from generated/facts.json.
 *
 * Args are the words after the action word. Actions written with parentheses
 * (`set-var(txn.x)`, `sc-inc-gpc0(0)`, `add-acl(/path)`) carry their parameters inside the action
 * word itself, so only what follows it is described. Many actions are shared by several rule sets:
 * the builders below keep one wording per action and let the rule set adjust it where the meaning
 * changes (request or response, connection or content).
 */

type RuleSet =
  | 'quic-initial'
  | 'tcp-request connection'
  | 'tcp-request session'
  | 'tcp-request content'
  | 'tcp-response content'
  | 'http-request'
  | 'http-response'
  | 'http-after-response'
  | 'http-check'
  | 'tcp-check';

/** The three HTTP rule sets, for header and map actions whose wording depends on the message. */
type HttpRuleSet = 'http-request' | 'http-response' | 'http-after-response';

const NO_ARGS: readonly ArgSpec[] = [];

/** A single free-form argument running to the end of the line (expressions, log-format strings, option lists). */
function rest(name: string): readonly ArgSpec[] {
  return [{ name, shape: { kind: 'rest' } }];
}

/** Only optional keyword options, e.g. `deny [status <code>] ...`. */
function optionalRest(name: string): readonly ArgSpec[] {
  return [{ name, shape: { kind: 'rest' }, optional: true }];
}

/** `<name> <fmt>`: a header name, then a log-format value. */
// The format is one word (spaces inside it must be quoted or escaped): HAProxy refuses anything
// after it but a condition ("expects either 'if' or 'unless'").
const HEADER_AND_FORMAT: readonly ArgSpec[] = [
  { name: 'name', shape: { kind: 'word' } },
  { name: 'fmt', shape: { kind: 'word' } },
];

const LOG_LEVELS = ['emerg', 'alert', 'crit', 'err', 'warning', 'notice', 'info', 'debug', 'silent'] as const;

/** The message the HTTP rule set works on, for summaries. */
const MESSAGE: Record<HttpRuleSet, string> = {
  'http-request': 'the request before it is passed to the server',
  'http-response': "the server's response before it is passed to the client",
  'http-after-response':
    'every response sent to the client, including those HAProxy builds itself (errors, redirects, `return`)',
};

/** The event that triggers a map or ACL update, for summaries. */
const TRIGGER: Record<HttpRuleSet, string> = {
  'http-request': 'a request',
  'http-response': 'a server response',
  'http-after-response': 'any response sent to the client',
};

/** The step name that `log-profile ... on <step>` uses for `do-log` in each rule set. */
const LOG_STEP: Record<Exclude<RuleSet, 'http-check' | 'tcp-check'>, string> = {
  'quic-initial': 'quic-init',
  'tcp-request connection': 'tcp-req-conn',
  'tcp-request session': 'tcp-req-sess',
  'tcp-request content': 'tcp-req-cont',
  'tcp-response content': 'tcp-res-cont',
  'http-request': 'http-req',
  'http-response': 'http-res',
  'http-after-response': 'http-after-res',
};

/** What tracking a sticky counter at a given step is good for. */
const TRACK_HINT: Record<'tcp-request connection' | 'tcp-request session' | 'tcp-request content' | 'http-request' | 'http-response', string> = {
  'tcp-request connection': 'Tracking at this step counts every accepted connection and is the cheapest place to rate-limit sources.',
  'tcp-request session':
    'At this step the PROXY header and TLS handshake are done, so `src` is already the real client and certificate fetches work.',
  'tcp-request content': 'At this step the key can come from the inspected payload, e.g. `req.ssl_sni`.',
  'http-request': 'At this step the table can count HTTP requests and errors (`http_req_rate`, `http_err_rate`) per key.',
  'http-response': 'At this step the key can come from the response, e.g. a user id header set by the application.',
};

function doLog(ruleSet: Exclude<RuleSet, 'http-check' | 'tcp-check'>, example: string): KeywordDoc {
  return {
    summary: `Emits an extra log line at this point, with the proxy's log settings, on top of the normal log of the connection or transaction. A \`log-profile\` can give this step its own format with \`on ${LOG_STEP[ruleSet]}\`.`,
    example,
    args: NO_ARGS,
  };
}

function addHeader(ruleSet: HttpRuleSet, example: string): KeywordDoc {
  return {
    summary: `Appends a header to ${MESSAGE[ruleSet]}, its value built from a log-format string (\`%[src]\`, \`%[ssl_fc_protocol]\`...). Headers of the same name already present are kept; use \`set-header\` to replace them.`,
    example,
    args: HEADER_AND_FORMAT,
  };
}

function setHeader(ruleSet: HttpRuleSet, example: string): KeywordDoc {
  return {
    summary: `Sets a header in ${MESSAGE[ruleSet]}: every existing occurrence is removed and one header with the log-format value is added. Use it to overwrite values you do not want to pass through as they came.`,
    example,
    args: HEADER_AND_FORMAT,
  };
}

function delHeader(ruleSet: HttpRuleSet, example: string): KeywordDoc {
  return {
    summary: `Removes every occurrence of a header from ${MESSAGE[ruleSet]}. With \`-m beg|end|sub|reg\` the name is matched by prefix, suffix, substring or regex instead of exactly (\`-m str\`).`,
    example,
    args: [
      { name: 'name', shape: { kind: 'word' } },
      { name: 'options', shape: { kind: 'rest' }, optional: true },
    ],
  };
}

function replaceHeader(ruleSet: HttpRuleSet, example: string): KeywordDoc {
  return {
    summary: `Matches each whole occurrence of a header of ${MESSAGE[ruleSet]} against a regex and replaces matching values with a log-format string that may use \`\\1\`-style back-references. It works on the full value, which suits headers whose values contain commas (Set-Cookie, dates); use \`replace-value\` for comma-separated lists.`,
    example,
    args: [
      { name: 'name', shape: { kind: 'word' } },
      { name: 'match-regex', shape: { kind: 'word' } },
      { name: 'replace-fmt', shape: { kind: 'rest' } },
    ],
  };
}

function replaceValue(ruleSet: HttpRuleSet, example: string): KeywordDoc {
  return {
    summary: `Like \`replace-header\`, but the regex is applied to each comma-separated value of the header of ${MESSAGE[ruleSet]} on its own. Suited to list headers such as Cache-Control, Accept or X-Forwarded-For.`,
    example,
    args: [
      { name: 'name', shape: { kind: 'word' } },
      { name: 'match-regex', shape: { kind: 'word' } },
      { name: 'replace-fmt', shape: { kind: 'rest' } },
    ],
  };
}

function addAcl(ruleSet: HttpRuleSet, example: string): KeywordDoc {
  return {
    summary: `Adds an entry, built from a log-format string, to the in-memory copy of the ACL file named in parentheses, like the \`add acl\` CLI command but triggered by ${TRIGGER[ruleSet]}. The file must be loaded by some \`acl ... -f\` line (an empty file will do), and the file on disk is never written.`,
    example,
    args: rest('key fmt'),
  };
}

function delAcl(ruleSet: HttpRuleSet, example: string): KeywordDoc {
  return {
    summary: `Removes an entry, built from a log-format string, from the in-memory copy of the ACL file named in parentheses, like the \`del acl\` CLI command but triggered by ${TRIGGER[ruleSet]}. The file on disk is not changed.`,
    example,
    args: rest('key fmt'),
  };
}

function delMap(ruleSet: HttpRuleSet, example: string): KeywordDoc {
  return {
    summary: `Removes the key built from a log-format string from the in-memory copy of the map file named in parentheses, like the \`del map\` CLI command but triggered by ${TRIGGER[ruleSet]}. The file on disk is not changed.`,
    example,
    args: rest('key fmt'),
  };
}

function setMap(ruleSet: HttpRuleSet, example: string): KeywordDoc {
  return {
    summary: `Adds or updates an entry of the in-memory copy of the map file named in parentheses, key and value both built from log-format strings, like the \`set map\` CLI command but triggered by ${TRIGGER[ruleSet]}. Changes are lost on reload: the file on disk is not written.`,
    example,
    args: [
      { name: 'key fmt', shape: { kind: 'word' } },
      { name: 'value fmt', shape: { kind: 'rest' } },
    ],
  };
}

function scAddGpc(example: string): KeywordDoc {
  return {
    summary:
      'Adds an integer, or the result of an expression, to element `<idx>` of the `gpc` counter array of the entry tracked by sticky counter `<sc-id>`. Use it to weigh events (bytes, risk scores) rather than just count them; if the table stores no `gpc` array the rule silently does nothing.',
    example,
    args: rest('value'),
  };
}

function scIncGpc(example: string): KeywordDoc {
  return {
    summary:
      'Increments element `<idx>` of the `gpc` counter array of the entry tracked by sticky counter `<sc-id>` (set earlier by a `track-sc` rule). The table must store `gpc(<n>)` or `gpc_rate(<n>,<period>)`, otherwise the rule silently does nothing.',
    example,
    args: NO_ARGS,
  };
}

function scIncGpcN(n: 0 | 1, example: string): KeywordDoc {
  return {
    summary: `Increments general purpose counter \`gpc${n}\` of the entry tracked by sticky counter \`<sc-id>\` (set earlier by a \`track-sc\` rule), for example to flag a client that later rules or other proxies check with \`sc_get_gpc${n}\`. The table must store \`gpc${n}\` or \`gpc${n}_rate\`, otherwise the rule silently does nothing.`,
    example,
    args: NO_ARGS,
  };
}

function scSetGpt(example: string): KeywordDoc {
  return {
    summary:
      'Sets element `<idx>` of the `gpt` tag array of the entry tracked by sticky counter `<sc-id>` to an integer or the result of an expression. Tags are handy to mark a client, e.g. as blocked, for later requests; the table must store `gpt(<n>)`, otherwise the rule silently does nothing.',
    example,
    args: rest('value'),
  };
}

function scSetGpt0(example: string): KeywordDoc {
  return {
    summary:
      'Sets general purpose tag `gpt0` of the entry tracked by sticky counter `<sc-id>` to an integer or the result of an expression, to mark a client for later rules. The table must store `gpt0` (recent versions also accept a `gpt` array, using its first element).',
    example,
    args: rest('value'),
  };
}

function setVar(ruleSet: RuleSet, example: string): KeywordDoc {
  const scopes =
    ruleSet === 'http-check' || ruleSet === 'tcp-check'
      ? ' In health checks only the `proc.`, `sess.` and `check.` scopes exist; `check.` variables are local to one check run.'
      : ' The scope prefix of the name (`proc.`, `sess.`, `txn.`, `req.`, `res.`) sets how long it lives.';
  return {
    summary: `Stores the result of a sample expression in the variable named in parentheses, for later rules, ACLs and log formats.${scopes} Conditions after the name (\`ifnotexists\`, \`ifnotempty\`, \`ifgt\`...) limit when it is written.`,
    example,
    args: rest('expr'),
  };
}

function setVarFmt(ruleSet: RuleSet, example: string): KeywordDoc {
  const scopes =
    ruleSet === 'http-check' || ruleSet === 'tcp-check'
      ? ' In health checks only the `proc.`, `sess.` and `check.` scopes exist.'
      : '';
  return {
    summary: `Like \`set-var\`, but the value is a log-format string, which makes it easy to glue several fetches together (\`%[src]:%[src_port]\`).${scopes}`,
    example,
    args: rest('fmt'),
  };
}

function unsetVar(ruleSet: RuleSet, example: string): KeywordDoc {
  const summary = 'Deletes the variable named in parentheses, so that later `var()` fetches find nothing and `-m found` tests fail.';
  // Health-check rule sets ignore words after the variable instead of rejecting them: no args to check.
  return ruleSet === 'http-check' || ruleSet === 'tcp-check' ? { summary, example } : { summary, example, args: NO_ARGS };
}

function trackSc(n: 0 | 1 | 2, ruleSet: keyof typeof TRACK_HINT, example: string): KeywordDoc {
  return {
    summary: `Starts tracking, as sticky counter ${n}, the stick-table entry of a key (a sample such as \`src\`) in the current proxy's table or in \`table <name>\`; its counters are then kept up to date and readable with \`sc${n}_*\` fetches. Only the first \`track-sc${n}\` executed for a stream counts. ${TRACK_HINT[ruleSet]}`,
    example,
    args: rest('key'),
  };
}

function setFcMark(example: string): KeywordDoc {
  return {
    summary:
      'Sets the firewall mark (Linux SO_MARK, or the BSD equivalents) of the client-side connection, so the packets HAProxy sends back to the client can be handled by policy routing or traffic shaping. Takes a number or an expression.',
    example,
    args: rest('mark'),
  };
}

function setFcTos(example: string): KeywordDoc {
  return {
    summary:
      'Sets the TOS/DSCP field of the IP packets HAProxy sends back to the client, so that network equipment can prioritise or shape them. Takes a number or an expression.',
    example,
    args: rest('tos'),
  };
}

function setMark(replacement: string, example: string): KeywordDoc {
  return {
    summary: `Older name of \`${replacement}\`, deprecated since 3.0: sets the firewall mark of the client-side connection. Write \`${replacement}\` in new configurations.`,
    example,
    args: [{ name: 'mark', shape: { kind: 'word' } }],
  };
}

function setTos(replacement: string, example: string): KeywordDoc {
  return {
    summary: `Older name of \`${replacement}\`, deprecated since 3.0: sets the TOS/DSCP field of the packets sent to the client. Write \`${replacement}\` in new configurations.`,
    example,
    args: [{ name: 'tos', shape: { kind: 'word' } }],
  };
}

function setBcMark(example: string): KeywordDoc {
  return {
    summary:
      'Sets the firewall mark (Linux SO_MARK, or the BSD equivalents) of the connection to the server, so its packets can be routed or shaped by policy. It must run before the server connection is opened; takes a number or an expression.',
    example,
    args: rest('mark'),
  };
}

function setBcTos(example: string): KeywordDoc {
  return {
    summary:
      'Sets the TOS/DSCP field of the packets sent to the server on the backend connection. It must run before the server connection is opened; takes a number or an expression.',
    example,
    args: rest('tos'),
  };
}

function setSrc(example: string): KeywordDoc {
  return {
    summary:
      "Replaces the client's source address as HAProxy sees it (the `src` fetch, ACLs, stick-tables, logs, `X-Forwarded-For`) with the result of an expression. Only feed it values from a trusted source, otherwise clients can pick their own address.",
    example,
    args: rest('expr'),
  };
}

function setSrcPort(example: string): KeywordDoc {
  return {
    summary: "Replaces the client's source port as HAProxy sees it (the `src_port` fetch, logs) with the result of an expression.",
    example,
    args: rest('expr'),
  };
}

function setDst(example: string): KeywordDoc {
  return {
    summary:
      'Replaces the destination address of the connection with the result of an expression. A server declared with address `0.0.0.0` connects to this address, which allows routing to a destination decided at run time (for example after `do-resolve`).',
    example,
    args: rest('expr'),
  };
}

function setDstPort(example: string): KeywordDoc {
  return {
    summary:
      'Replaces the destination port of the connection with the result of an expression; a server declared without a port connects to it.',
    example,
    args: rest('expr'),
  };
}

function silentDrop(example: string): KeywordDoc {
  return {
    summary:
      'Makes the client connection disappear without the client being told (no FIN or RST reaches it): the client keeps waiting while HAProxy has already freed the connection, which is costly for attackers. Pitfall: stateful firewalls and load balancers in between keep the dead connection in their tables; `rst-ttl <hops>` sends an RST that expires before reaching the client to clean them.',
    example,
    args: optionalRest('options'),
  };
}

function setLogLevel(example: string): KeywordDoc {
  return {
    summary:
      'Changes the syslog level of the log line of this connection or transaction; `silent` suppresses it, which is handy for monitoring probes. The last matching rule wins.',
    example,
    args: [{ name: 'level', shape: { kind: 'enum', values: LOG_LEVELS } }],
  };
}

function setNice(example: string): KeywordDoc {
  return {
    summary:
      "Changes how much CPU time HAProxy's scheduler gives this stream, from -1024 (served first) to 1024 (served last); values beyond are clamped. It only matters when HAProxy is short of CPU, e.g. to favour interactive traffic over bulk transfers.",
    example,
    args: [{ name: 'nice', shape: { kind: 'int' } }],
    default: '0',
  };
}

function setPriorityClass(example: string): KeywordDoc {
  return {
    summary:
      'Sets the queue priority class of the request (-2047 to 2047, from an expression): when servers are at their `maxconn` and requests wait in the queue, lower classes are served first. Useful to let checkouts or logged-in users overtake bots.',
    example,
    args: rest('expr'),
    default: '0',
  };
}

function setPriorityOffset(example: string): KeywordDoc {
  return {
    summary:
      'Adds an offset in milliseconds (-524287 to 524287, from an expression) to the position of the request in the queue within its priority class: a positive offset makes it wait longer, a negative one moves it ahead.',
    example,
    args: rest('expr'),
    default: '0',
  };
}

function setRetries(example: string): KeywordDoc {
  return {
    summary:
      "Overrides the backend's `retries` count for this stream only, with an integer or an expression giving 0 to 100. Only allowed in proxies with backend capability (not in `defaults`).",
    example,
    args: rest('value'),
  };
}

function sendSpoeGroup(example: string): KeywordDoc {
  return {
    summary:
      'Sends the named group of SPOE messages to the agent of an SPOE filter at this point of processing, for example to ask an external WAF or reputation service for a verdict. The engine is the one named on the `filter spoe` line and the group must exist in its SPOE configuration.',
    example,
    args: [
      { name: 'engine-name', shape: { kind: 'word' } },
      { name: 'group-name', shape: { kind: 'word' } },
    ],
  };
}

function setBandwidthLimit(example: string): KeywordDoc {
  return {
    summary:
      'Enables the bandwidth limitation filter `<name>` (declared with `filter bwlim-in` or `filter bwlim-out`) for this stream; per-stream filters also accept a custom `limit` and `period`. Only the payload is limited, not HTTP headers, and when several rules enable the same filter the last one wins.',
    example,
    args: [
      { name: 'name', shape: { kind: 'word' } },
      { name: 'options', shape: { kind: 'rest' }, optional: true },
    ],
  };
}

function doResolve(example: string): KeywordDoc {
  return {
    summary:
      'Resolves the host name given by the expression with the DNS servers of a `resolvers` section and stores the address in the variable named first in parentheses; processing waits for the answer and the variable stays unset on failure. Combined with `set-dst` and a `0.0.0.0` server it forwards to hosts chosen by the client, so deny private ranges to avoid being used as an open proxy.',
    example,
    args: rest('expr'),
  };
}

function strictMode(example: string): KeywordDoc {
  return {
    summary:
      'Decides what happens when a later rewrite rule of the same rule set fails (for instance a header that no longer fits in the buffer): `on` aborts with an internal error, `off` skips the failed rewrite. The mode returns to `on` at the start of each rule set.',
    example,
    args: [{ name: 'mode', shape: { kind: 'enum', values: ['on', 'off'] } }],
    default: 'on',
  };
}

function setStatus(ruleSet: 'http-response' | 'http-after-response', example: string): KeywordDoc {
  const which =
    ruleSet === 'http-response'
      ? "the server's response"
      : 'any response sent to the client, including those HAProxy generates';
  return {
    summary: `Changes the status code of ${which} (100 to 999), optionally with \`reason <text>\` as reason phrase, which only HTTP/1 shows. Without a reason the standard phrase of the new code is used.`,
    example,
    args: [
      { name: 'status', shape: { kind: 'int', min: 100, max: 999 } },
      { name: 'reason', shape: { kind: 'rest' }, optional: true },
    ],
  };
}

function setTimeoutAction(ruleSet: 'http-request' | 'http-response', example: string): KeywordDoc {
  const when =
    ruleSet === 'http-request'
      ? 'for example a longer server timeout for a slow report URL'
      : 'for example a long tunnel timeout once the server accepted a WebSocket upgrade';
  return {
    summary: `Overrides \`timeout server\`, \`timeout tunnel\` or \`timeout client\` for this stream only, with a duration or an expression giving milliseconds; ${when}. Server and tunnel need a proxy with backend capability, client one with frontend capability.`,
    example,
    args: [
      { name: 'timeout', shape: { kind: 'enum', values: ['client', 'server', 'tunnel'] } },
      { name: 'value', shape: { kind: 'rest' } },
    ],
  };
}

function pauseAction(ruleSet: 'http-request' | 'http-response', example: string): KeywordDoc {
  const what = ruleSet === 'http-request' ? 'the request' : 'the response';
  return {
    summary: `Holds ${what} for a duration (or an expression giving milliseconds) before processing goes on. Useful to slow down clients that exceed a rate, or to reproduce slow servers while testing.`,
    example,
    args: rest('timeout'),
  };
}

function waitForBody(ruleSet: 'http-request' | 'http-response', example: string): KeywordDoc {
  const what = ruleSet === 'http-request' ? 'request' : 'response';
  const onTimeout =
    ruleSet === 'http-request' ? ' Pitfall: if `time` expires first, the client gets a 408 error.' : '';
  return {
    summary: `Waits until the ${what} body is complete, \`at-least\` bytes arrived or the buffer is full, so that the following rules can inspect the body with \`${ruleSet === 'http-request' ? 'req' : 'res'}.body\` fetches. \`time\` bounds the wait.${onTimeout}`,
    example,
    args: rest('options'),
  };
}

/** Header names of the examples are real ones; addresses use documentation ranges. */
export const actionDocs = {
  'http-after-response add-header': addHeader('http-after-response', 'http-after-response add-header Via "1.1 edge-lb"'),
  'http-after-response allow': {
    summary:
      'Stops evaluating the `http-after-response` rules of the current section and sends the response as it is. Put it before rules that should not apply to some responses.',
    example: 'http-after-response allow if { status lt 400 }\nhttp-after-response set-header Cache-Control no-store',
    args: NO_ARGS,
  },
  'http-after-response capture': {
    summary:
      'Captures a sample of the response into a response capture slot so that it appears in the logs next to captured response headers. The slot must exist: give its number with `id`, declared in the frontend by `declare capture response len <n>`.',
    example: 'declare capture response len 32\nhttp-after-response capture res.hdr(content-type) id 0',
    args: rest('sample and id'),
  },
  'http-after-response del-acl': delAcl(
    'http-after-response',
    'http-after-response del-acl(/etc/haproxy/blocked.acl) %[src] if { status 200 } { var(txn.login_ok) -m bool }',
  ),
  'http-after-response del-header': delHeader('http-after-response', 'http-after-response del-header Server'),
  'http-after-response del-map': delMap(
    'http-after-response',
    'http-after-response del-map(/etc/haproxy/sessions.map) %[var(txn.session)] if { status 401 }',
  ),
  'http-after-response do-log': doLog('http-after-response', 'http-after-response do-log if { status ge 500 }'),
  'http-after-response replace-header': replaceHeader(
    'http-after-response',
    "http-after-response replace-header Set-Cookie '^(.*)$' '\\1; Secure' if { ssl_fc }",
  ),
  'http-after-response replace-value': replaceValue(
    'http-after-response',
    'http-after-response replace-value Cache-Control ^public$ private',
  ),
  'http-after-response sc-add-gpc': scAddGpc('http-after-response sc-add-gpc(0,0) 1 if { status 404 }'),
  'http-after-response sc-inc-gpc': scIncGpc('http-after-response sc-inc-gpc(0,0) if { status 404 }'),
  'http-after-response sc-inc-gpc0': scIncGpcN(0, 'http-after-response sc-inc-gpc0(0) if { status 403 }'),
  'http-after-response sc-inc-gpc1': scIncGpcN(1, 'http-after-response sc-inc-gpc1(0) if { status 401 }'),
  'http-after-response sc-set-gpt': scSetGpt('http-after-response sc-set-gpt(0,0) 1 if { status 403 }'),
  'http-after-response sc-set-gpt0': scSetGpt0('http-after-response sc-set-gpt0(0) 1 if { status 403 }'),
  'http-after-response set-header': setHeader(
    'http-after-response',
    'http-after-response set-header Strict-Transport-Security "max-age=31536000; includeSubDomains"',
  ),
  'http-after-response set-log-level': setLogLevel('http-after-response set-log-level err if { status ge 500 }'),
  'http-after-response set-map': setMap(
    'http-after-response',
    'http-after-response set-map(/etc/haproxy/last-status.map) %[src] %[status]',
  ),
  'http-after-response set-status': setStatus(
    'http-after-response',
    'http-after-response set-status 503 reason "Under maintenance" if { status 502 }',
  ),
  'http-after-response set-var': setVar('http-after-response', 'http-after-response set-var(txn.status_class) status,div(100)'),
  'http-after-response set-var-fmt': setVarFmt(
    'http-after-response',
    'http-after-response set-var-fmt(txn.summary) "%[status] %[res.hdr(content-type)]"',
  ),
  'http-after-response strict-mode': strictMode('http-after-response strict-mode off'),
  'http-after-response unset-var': unsetVar('http-after-response', 'http-after-response unset-var(txn.session)'),

  'http-check comment': {
    summary:
      'Attaches a message to the next `http-check` connect, send or expect rule; it is reported in the check status and logs when that rule fails, which makes multi-step checks easier to debug.',
    example: 'http-check comment "health endpoint must answer 200"\nhttp-check expect status 200',
    args: rest('string'),
  },
  'http-check connect': {
    summary:
      'Opens the connection of an HTTP health check, optionally to another `port` or `addr`, with `ssl`, `sni`, `alpn`, `send-proxy` or `proto` of its own. Needed when a check sequence must open its own connection, e.g. to check a separate admin port.',
    example: 'http-check connect port 8443 ssl sni api.example.com',
    args: optionalRest('options'),
  },
  'http-check disable-on-404': {
    summary:
      'Treats a 404 answer to the HTTP health check as "going down gracefully": the server gets no new load-balanced traffic but keeps its persistent clients, until it answers 2xx/3xx again. Lets application teams drain a server by making the check URL return 404; requires `option httpchk`.',
    example: 'option httpchk GET /health\nhttp-check disable-on-404',
    args: NO_ARGS,
  },
  'http-check expect': {
    summary:
      'Defines what the HTTP health check response must look like: a `status` code or range, an `rstatus` regex, a `string`/`rstring` in the body or a header (`hdr`); `!` negates it. Options such as `ok-status`, `error-status` or `comment` tune the reported result.',
    example: 'http-check expect status 200-399',
    args: rest('match'),
  },
  'http-check send': {
    summary:
      'Builds the request of the HTTP health check: method (`meth`, OPTIONS when unset), `uri`, `ver` (HTTP/1.0 when unset), extra `hdr` lines and a `body`. For HTTP/1.1 add the Host header yourself, HAProxy does not.',
    example: 'http-check send meth GET uri /health ver HTTP/1.1 hdr Host api.example.com',
    args: optionalRest('options'),
  },
  'http-check send-state': {
    summary:
      'Adds an `X-Haproxy-Server-State` header to HTTP health checks telling the server how HAProxy sees it (UP/DOWN/NOLB, weight, current connections, queue). Useful when the application wants to know whether it is still in the farm.',
    example: 'http-check send-state',
    args: NO_ARGS,
  },
  'http-check set-var': setVar('http-check', 'http-check set-var(check.port) int(8081)'),
  'http-check set-var-fmt': setVarFmt('http-check', 'http-check set-var-fmt(check.host) "%[env(HOSTNAME)].internal"'),
  'http-check unset-var': unsetVar('http-check', 'http-check unset-var(check.port)'),

  'http-request add-acl': addAcl(
    'http-request',
    'http-request add-acl(/etc/haproxy/blocked.acl) %[src] if { sc0_http_req_rate gt 100 }',
  ),
  'http-request add-header': addHeader(
    'http-request',
    'http-request add-header X-Client-Cert %[ssl_c_der,base64] if { ssl_c_used }',
  ),
  'http-request allow': {
    summary:
      'Stops evaluating the `http-request` rules of the current section and lets the request continue; the rules of the next section (the backend) still run. Typical before a catch-all `deny`.',
    example: 'http-request allow if { src 10.0.0.0/8 }\nhttp-request deny',
    args: NO_ARGS,
  },
  'http-request auth': {
    summary:
      'Answers 401 (407 on a forward proxy) with a Basic authentication challenge so the browser asks for credentials; pair it with an `http_auth(<userlist>)` condition. `realm` sets the text shown in the login prompt.',
    example: 'http-request auth realm Admin unless { http_auth(admins) }',
    args: optionalRest('options'),
  },
  'http-request cache-use': {
    summary:
      'Serves the request from the named `cache` section when a valid object is stored there. It also computes the cache key, so it is needed for storing too: pair it with `http-response cache-store` of the same cache.',
    example: 'http-request cache-use static if { path_beg /assets/ }',
    args: [{ name: 'name', shape: { kind: 'ref', target: 'cache' } }],
  },
  'http-request capture': {
    summary:
      'Captures the result of a sample expression into a request capture slot so that it shows in the logs with the captured headers. `len <n>` creates a new slot of n characters (frontend only); `id <n>` fills a slot declared with `declare capture request`, which is how backends capture.',
    example: 'http-request capture req.hdr(User-Agent) len 64',
    args: rest('sample and options'),
  },
  'http-request del-acl': delAcl(
    'http-request',
    'http-request del-acl(/etc/haproxy/blocked.acl) %[req.hdr(x-unblock)] if { path /admin/unblock } { src 10.0.0.0/8 }',
  ),
  'http-request del-header': delHeader('http-request', 'http-request del-header X-Internal- -m beg'),
  'http-request del-map': delMap(
    'http-request',
    'http-request del-map(/etc/haproxy/maintenance.map) %[req.hdr(host)] if { path /admin/maintenance-off } { src 10.0.0.0/8 }',
  ),
  'http-request deny': {
    summary:
      'Stops processing and answers with an error instead of forwarding the request: 403 unless `status`/`deny_status` says otherwise. The response can be customised like with `return` (content type, file, string, headers).',
    example: 'http-request deny deny_status 429 if { sc0_http_req_rate gt 100 }',
    args: optionalRest('options'),
  },
  'http-request disable-l7-retry': {
    summary:
      'Prevents `retry-on` from resending this request to another server after a layer-7 failure (connection failures are still retried). Use it for non-idempotent requests such as POST that must not be replayed.',
    example: 'http-request disable-l7-retry if METH_POST',
    args: NO_ARGS,
  },
  'http-request do-log': doLog('http-request', 'http-request do-log if { path_beg /admin/ }'),
  'http-request do-resolve': doResolve('http-request do-resolve(txn.dstip,dns,ipv4) req.hdr(host),lower'),
  'http-request early-hint': {
    summary:
      'Sends a `103 Early Hints` interim response carrying this header (usually `Link` with `rel=preload`) before the real answer, so browsers can start fetching assets while the server works. Consecutive early-hint rules go into one 103 response.',
    example: 'http-request early-hint Link "</css/site.css>; rel=preload; as=style" if { path / }',
    args: HEADER_AND_FORMAT,
  },
  'http-request http-auth': {
    summary:
      'Spelling used by the 1.4 manual for the Basic authentication challenge, but the 1.4 parser only accepted `http-request auth`, which is the form to write in every version.',
    example: 'http-request http-auth realm Admin if !{ http_auth(admins) }',
    args: optionalRest('options'),
  },
  'http-request normalize-uri': {
    summary:
      'Rewrites the request URI into a canonical form, one normalizer per rule (merge `//`, resolve `.` and `..`, decode unreserved %-escapes, uppercase escapes, sort query parameters, handle `#` fragments), so ACLs, caches and servers all see one spelling. Experimental: `expose-experimental-directives` must be set in `global`.',
    example: 'http-request normalize-uri path-merge-slashes',
    args: [
      {
        name: 'normalizer',
        shape: {
          kind: 'enum',
          values: [
            'fragment-encode',
            'fragment-strip',
            'path-merge-slashes',
            'path-strip-dot',
            'path-strip-dotdot',
            'percent-decode-unreserved',
            'percent-to-uppercase',
            'query-sort-by-name',
          ],
        },
      },
      { name: 'option', shape: { kind: 'enum', values: ['full', 'strict'] }, optional: true },
    ],
  },
  'http-request pause': pauseAction('http-request', 'http-request pause 2s if { sc0_http_req_rate gt 50 }'),
  'http-request redirect': {
    summary:
      'Answers with an HTTP redirect, with the same options as the `redirect` keyword (`location`, `prefix`, `scheme`, `code`, `drop-query`...) but evaluated in order with the other `http-request` rules and accepting log-format strings. The usual HTTPS upgrade is `redirect scheme https unless { ssl_fc }`.',
    example: 'http-request redirect scheme https code 301 unless { ssl_fc }',
    args: rest('rule'),
  },
  'http-request reject': {
    summary:
      'Closes the client connection without sending any response; on HTTP/2 the whole connection, with its other streams, goes away. Use `deny` when the client should get an error page instead.',
    example: 'http-request reject if { req.hdr_cnt(host) gt 1 }',
    args: NO_ARGS,
  },
  'http-request replace-header': replaceHeader('http-request', 'http-request replace-header Host ^(.*):443$ \\1'),
  'http-request replace-path': {
    summary:
      'Applies a regex replacement to the path of the request (from the first `/` to before `?`); scheme, host and query string are left alone. The replacement is a log-format string that may use `\\1`-style back-references.',
    example: 'http-request replace-path ^/api/v1/(.*) /\\1 if { path_beg /api/v1/ }',
    args: [
      { name: 'match-regex', shape: { kind: 'word' } },
      { name: 'replace-fmt', shape: { kind: 'rest' } },
    ],
  },
  'http-request replace-pathq': {
    summary:
      'Like `replace-path`, but the regex sees and rewrites the path together with its query string.',
    example: 'http-request replace-pathq ^/search\\?q=(.*) /find?query=\\1',
    args: [
      { name: 'match-regex', shape: { kind: 'word' } },
      { name: 'replace-fmt', shape: { kind: 'rest' } },
    ],
  },
  'http-request replace-uri': {
    summary:
      'Applies a regex replacement to the whole request URI as received, scheme and authority included when present. Pitfall: HTTP/2 clients send absolute URIs (`https://host/path`), so a pattern anchored on `/` may stop matching; `replace-path` is usually what you want.',
    example: 'http-request replace-uri ^http://(.*) https://\\1',
    args: [
      { name: 'match-regex', shape: { kind: 'word' } },
      { name: 'replace-fmt', shape: { kind: 'rest' } },
    ],
  },
  'http-request replace-value': replaceValue('http-request', 'http-request replace-value Cache-Control ^no-cache$ max-age=0'),
  'http-request return': {
    summary:
      'Answers the request directly from HAProxy without contacting a server: status (200 unless `status` says otherwise), content type, body from a file, a string or a log-format string, and extra `hdr` lines. Handy for health endpoints, maintenance pages and small fixed replies.',
    example: 'http-request return status 200 content-type text/plain string "OK" if { path /healthz }',
    args: optionalRest('options'),
  },
  'http-request sc-add-gpc': scAddGpc('http-request sc-add-gpc(0,0) 5 if { path /login } METH_POST'),
  'http-request sc-inc-gpc': scIncGpc('http-request sc-inc-gpc(0,0) if { path /login } METH_POST'),
  'http-request sc-inc-gpc0': scIncGpcN(0, 'http-request sc-inc-gpc0(0) if { path /login } METH_POST'),
  'http-request sc-inc-gpc1': scIncGpcN(1, 'http-request sc-inc-gpc1(0) if { path_beg /api/ }'),
  'http-request sc-set-gpt': scSetGpt('http-request sc-set-gpt(0,0) 1 if { req.hdr(user-agent) -m sub sqlmap }'),
  'http-request sc-set-gpt0': scSetGpt0('http-request sc-set-gpt0(0) 1 if { req.hdr(user-agent) -m sub sqlmap }'),
  'http-request send-spoe-group': sendSpoeGroup('http-request send-spoe-group waf check-request'),
  'http-request set-bandwidth-limit': setBandwidthLimit('http-request set-bandwidth-limit upload limit 1m period 1s if METH_POST'),
  'http-request set-bc-mark': setBcMark('http-request set-bc-mark 0x10 if { path_beg /bulk/ }'),
  'http-request set-bc-tos': setBcTos('http-request set-bc-tos 0x28 if { path_beg /bulk/ }'),
  'http-request set-dst': setDst('http-request set-dst var(txn.dstip)'),
  'http-request set-dst-port': setDstPort('http-request set-dst-port int(8080) if { path_beg /admin/ }'),
  'http-request set-fc-mark': setFcMark('http-request set-fc-mark 2 if { path_beg /downloads/ }'),
  'http-request set-fc-tos': setFcTos('http-request set-fc-tos 0x28 if { path_beg /downloads/ }'),
  'http-request set-header': setHeader('http-request', 'http-request set-header X-Forwarded-Proto https if { ssl_fc }'),
  'http-request set-log-level': setLogLevel('http-request set-log-level silent if { path /healthz }'),
  'http-request set-map': setMap(
    'http-request',
    'http-request set-map(/etc/haproxy/maintenance.map) %[req.hdr(host)] on if { path /admin/maintenance-on } { src 10.0.0.0/8 }',
  ),
  'http-request set-mark': setMark('http-request set-fc-mark', 'http-request set-mark 2 if { path_beg /downloads/ }'),
  'http-request set-method': {
    summary:
      'Replaces the request method with the result of a log-format string. Rarely needed and easy to get wrong: servers may handle the request very differently.',
    example: 'http-request set-method GET if METH_HEAD',
    args: rest('fmt'),
  },
  'http-request set-nice': setNice('http-request set-nice 512 if { req.hdr(user-agent) -m sub bot }'),
  'http-request set-path': {
    summary:
      'Replaces the path of the request (what comes before `?`) with a log-format string; the query string is kept. Handy to add or strip a prefix before passing the request to a backend.',
    example: 'http-request set-path /v2%[path] if { path_beg /users }',
    args: rest('fmt'),
  },
  'http-request set-pathq': {
    summary: 'Replaces the path and the query string of the request together with a log-format string.',
    example: 'http-request set-pathq /index.php?route=%[path] if { path_beg /shop/ }',
    args: rest('fmt'),
  },
  'http-request set-priority-class': setPriorityClass('http-request set-priority-class int(-10) if { path_beg /checkout/ }'),
  'http-request set-priority-offset': setPriorityOffset(
    'http-request set-priority-offset int(5000) if { req.hdr(user-agent) -m sub bot }',
  ),
  'http-request set-query': {
    summary:
      'Replaces the query string of the request (what follows `?`, without it) with a log-format string; the path is kept.',
    example: 'http-request set-query lang=en if !{ query -m found }',
    args: rest('fmt'),
  },
  'http-request set-retries': setRetries('http-request set-retries 0 if METH_POST'),
  'http-request set-src': setSrc('http-request set-src hdr(x-forwarded-for) if { src 10.0.0.0/8 }'),
  'http-request set-src-port': setSrcPort('http-request set-src-port hdr(x-forwarded-port) if { src 10.0.0.0/8 }'),
  'http-request set-timeout': setTimeoutAction('http-request', 'http-request set-timeout server 5m if { path_beg /reports/ }'),
  'http-request set-tos': setTos('http-request set-fc-tos', 'http-request set-tos 0x28 if { path_beg /downloads/ }'),
  'http-request set-uri': {
    summary:
      'Replaces the whole request URI (scheme, authority, path and query string) with a log-format string. An absolute URI set this way is sent as is to HTTP/1.1 servers; use `set-path` or `set-query` to change only a part.',
    example: 'http-request set-uri /maintenance.html if { nbsrv(app) lt 1 }',
    args: rest('fmt'),
  },
  'http-request set-var': setVar('http-request', 'http-request set-var(txn.host) req.hdr(host),lower'),
  'http-request set-var-fmt': setVarFmt('http-request', 'http-request set-var-fmt(txn.client) "%[src]:%[src_port]"'),
  'http-request silent-drop': silentDrop('http-request silent-drop if { sc0_http_req_rate gt 500 }'),
  'http-request strict-mode': strictMode('http-request strict-mode off'),
  'http-request tarpit': {
    summary:
      'Holds the request without answering for `timeout tarpit` (or `timeout connect` when unset), then sends an error, 500 by default, so that simple bots waste their time instead of your servers. Accepts the same response options as `deny`; against bots that open many connections it can backfire by piling them up.',
    example: 'http-request tarpit deny_status 429 if { sc0_http_err_rate gt 20 }',
    args: optionalRest('options'),
  },
  'http-request track-sc0': trackSc(0, 'http-request', 'http-request track-sc0 src'),
  'http-request track-sc1': trackSc(1, 'http-request', 'http-request track-sc1 req.hdr(x-api-key) table st_api'),
  'http-request track-sc2': trackSc(2, 'http-request', 'http-request track-sc2 base32+src table st_urls'),
  'http-request unset-var': unsetVar('http-request', 'http-request unset-var(txn.host)'),
  'http-request use-service': {
    summary:
      'Hands the request to a service that builds the response itself, such as the built-in `prometheus-exporter` or a Lua service (`lua.<name>`); no server is contacted and no further rules run.',
    example: 'http-request use-service prometheus-exporter if { path /metrics }',
    args: [{ name: 'service-name', shape: { kind: 'word' } }],
  },
  'http-request wait-for-body': waitForBody('http-request', 'http-request wait-for-body time 2s at-least 16k if METH_POST'),
  'http-request wait-for-handshake': {
    summary:
      'Holds a request received as TLS 1.3 early data (0-RTT) until the handshake is complete, so that a replayed request cannot act before the client is proven. Usually limited to requests that are not safe to replay.',
    example: 'http-request wait-for-handshake if { ssl_fc_has_early } !METH_GET',
    args: NO_ARGS,
  },

  'http-response add-acl': addAcl('http-response', 'http-response add-acl(/etc/haproxy/blocked.acl) %[src] if { status 403 }'),
  'http-response add-header': addHeader('http-response', 'http-response add-header X-Served-By %s'),
  'http-response allow': {
    summary:
      'Stops evaluating the `http-response` rules of the current section and lets the response go on unchanged by the remaining ones.',
    example: 'http-response allow if { status 304 }\nhttp-response set-header Cache-Control no-store',
    args: NO_ARGS,
  },
  'http-response cache-store': {
    summary:
      'Stores the response in the named `cache` section if it is cacheable (status, cache headers, size within the cache limits). Headers are stored as they are at this point, so rules placed before it change what is cached; it needs `http-request cache-use` with the same cache.',
    example: 'http-response cache-store static',
    args: [{ name: 'name', shape: { kind: 'ref', target: 'cache' } }],
  },
  'http-response capture': {
    summary:
      'Captures a sample of the server response into a response capture slot so that it appears in the logs next to captured response headers. The slot must exist: give its number with `id`, declared in the frontend by `declare capture response len <n>`.',
    example: 'declare capture response len 32\nhttp-response capture res.hdr(x-cache-status) id 0',
    args: rest('sample and id'),
  },
  'http-response del-acl': delAcl('http-response', 'http-response del-acl(/etc/haproxy/blocked.acl) %[src] if { status 200 }'),
  'http-response del-header': delHeader('http-response', 'http-response del-header X-Powered-By'),
  'http-response del-map': delMap(
    'http-response',
    'http-response del-map(/etc/haproxy/sessions.map) %[var(txn.sid)] if { status 401 }',
  ),
  'http-response deny': {
    summary:
      "Blocks the server's response and sends an error to the client instead, 502 unless `status`/`deny_status` says otherwise; the response can be customised like with `return`. Useful to keep internal error pages or debug data from leaking.",
    example: 'http-response deny if { res.hdr(x-debug-token) -m found }',
    args: optionalRest('options'),
  },
  'http-response do-log': doLog('http-response', 'http-response do-log if { status ge 500 }'),
  'http-response pause': pauseAction('http-response', 'http-response pause 500ms if { status 429 }'),
  'http-response redirect': {
    summary:
      "Replaces the server's response with a redirect; only the `location` form is allowed here. The response body is not forwarded, which may close HTTP/1 connections.",
    example: 'http-response redirect location /login code 303 if { status 401 }',
    args: rest('rule'),
  },
  'http-response replace-header': replaceHeader(
    'http-response',
    'http-response replace-header Location ^http://(.*)$ https://\\1',
  ),
  'http-response replace-value': replaceValue('http-response', 'http-response replace-value Cache-Control ^public$ private'),
  'http-response return': {
    summary:
      "Replaces the server's response with one built by HAProxy: status (200 unless `status` says otherwise), content type, body from a file, a string or a log-format string, and extra `hdr` lines.",
    example: 'http-response return status 503 content-type text/plain string "Service under maintenance" if { status 502:504 }',
    args: optionalRest('options'),
  },
  'http-response sc-add-gpc': scAddGpc('http-response sc-add-gpc(0,0) 1 if { status 404 }'),
  'http-response sc-inc-gpc': scIncGpc('http-response sc-inc-gpc(0,0) if { status 404 }'),
  'http-response sc-inc-gpc0': scIncGpcN(0, 'http-response sc-inc-gpc0(0) if { status 401 }'),
  'http-response sc-inc-gpc1': scIncGpcN(1, 'http-response sc-inc-gpc1(0) if { status ge 500 }'),
  'http-response sc-set-gpt': scSetGpt('http-response sc-set-gpt(0,0) 1 if { status 403 }'),
  'http-response sc-set-gpt0': scSetGpt0('http-response sc-set-gpt0(0) 1 if { status 403 }'),
  'http-response send-spoe-group': sendSpoeGroup('http-response send-spoe-group waf check-response'),
  'http-response set-bandwidth-limit': setBandwidthLimit(
    'http-response set-bandwidth-limit download limit 512k period 1s if { res.hdr(content-type) -m beg video/ }',
  ),
  'http-response set-fc-mark': setFcMark('http-response set-fc-mark 2 if { res.hdr_val(content-length) gt 10000000 }'),
  'http-response set-fc-tos': setFcTos('http-response set-fc-tos 0x28 if { res.hdr(content-type) -m beg video/ }'),
  'http-response set-header': setHeader('http-response', 'http-response set-header X-Frame-Options DENY'),
  'http-response set-log-level': setLogLevel('http-response set-log-level err if { status ge 500 }'),
  'http-response set-map': setMap(
    'http-response',
    'http-response set-map(/etc/haproxy/user-server.map) %[res.hdr(x-user-id)] %s if { res.hdr(x-user-id) -m found }',
  ),
  'http-response set-mark': setMark('http-response set-fc-mark', 'http-response set-mark 2 if { res.hdr_val(content-length) gt 10000000 }'),
  'http-response set-nice': setNice('http-response set-nice 512 if { res.hdr_val(content-length) gt 10000000 }'),
  'http-response set-status': setStatus('http-response', 'http-response set-status 404 if { status 403 }'),
  'http-response set-timeout': setTimeoutAction('http-response', 'http-response set-timeout tunnel 1h if { status 101 }'),
  'http-response set-tos': setTos('http-response set-fc-tos', 'http-response set-tos 0x28 if { res.hdr(content-type) -m beg video/ }'),
  'http-response set-var': setVar('http-response', 'http-response set-var(txn.cache_status) res.hdr(x-cache-status)'),
  'http-response set-var-fmt': setVarFmt('http-response', 'http-response set-var-fmt(txn.backend_info) "%b/%s %[status]"'),
  'http-response silent-drop': silentDrop('http-response silent-drop if { status 401 } { sc0_http_err_rate gt 50 }'),
  'http-response strict-mode': strictMode('http-response strict-mode off'),
  'http-response track-sc0': trackSc(0, 'http-response', 'http-response track-sc0 res.hdr(x-user-id) table st_api'),
  'http-response track-sc1': trackSc(1, 'http-response', 'http-response track-sc1 res.hdr(x-user-id) table st_api'),
  'http-response track-sc2': trackSc(2, 'http-response', 'http-response track-sc2 res.hdr(x-tenant) table st_api'),
  'http-response unset-var': unsetVar('http-response', 'http-response unset-var(txn.cache_status)'),
  'http-response wait-for-body': waitForBody(
    'http-response',
    'http-response wait-for-body time 1s at-least 64k if { res.hdr(content-type) -m beg application/json }',
  ),

  'quic-initial accept': {
    summary:
      'Lets the QUIC Initial packet through so that the connection is set up normally, and stops evaluating `quic-initial` rules. Place it before `reject`, `dgram-drop` or `send-retry` rules to exempt trusted clients.',
    example: 'quic-initial accept if { src 10.0.0.0/8 }',
    args: NO_ARGS,
  },
  'quic-initial dgram-drop': {
    summary:
      'Silently ignores the QUIC Initial packet: no connection state and no TLS handshake are created and the client gets no answer. The cheapest way to shed unwanted QUIC clients.',
    example: 'quic-initial dgram-drop if { src -f /etc/haproxy/blocked.acl }',
    args: NO_ARGS,
  },
  'quic-initial do-log': doLog('quic-initial', 'quic-initial do-log'),
  'quic-initial reject': {
    summary:
      'Refuses the new QUIC connection right away: the client is told with a CONNECTION_REFUSED error and no TLS handshake is done.',
    example: 'quic-initial reject if { src 203.0.113.0/24 }',
    args: NO_ARGS,
  },
  'quic-initial send-retry': {
    summary:
      'Answers an Initial packet that carries no token with a Retry packet, forcing the client to prove its address before any connection state is created. A defence against spoofed-source floods, at the cost of one extra round trip.',
    example: 'quic-initial send-retry unless { src 10.0.0.0/8 }',
    args: NO_ARGS,
  },

  'tcp-check comment': {
    summary:
      'Attaches a message to the next `tcp-check` connect, send or expect rule; it is reported in the check status and logs when that rule fails, which makes multi-step checks easier to debug.',
    example: 'tcp-check comment "Redis must answer PING"\ntcp-check send PING\\r\\n',
    args: rest('string'),
  },
  'tcp-check connect': {
    summary:
      'Opens (or reopens) the connection of a TCP health check, optionally to another `port` or `addr` and with `ssl`, `sni`, `alpn`, `send-proxy` or `proto`. Several connect rules let one check probe several ports of the same server in sequence.',
    example: 'tcp-check connect port 6379',
    args: optionalRest('options'),
  },
  'tcp-check expect': {
    summary:
      'Waits for data from the server and checks it: `string` or `rstring` (regex) on text, `binary` or `rbinary` on hex data, `string-lf`/`binary-lf` for log-format patterns; `!` negates it. A failed expect marks the check as failed.',
    example: 'tcp-check expect string +PONG',
    args: rest('match'),
  },
  'tcp-check send': {
    summary:
      'Sends a text string to the server during a TCP health check; `\\r\\n` escapes are understood, so line-based protocols (Redis, SMTP, POP) can be spoken.',
    example: 'tcp-check send PING\\r\\n',
    args: [
      { name: 'data', shape: { kind: 'word' } },
      { name: 'options', shape: { kind: 'rest' }, optional: true },
    ],
  },
  'tcp-check send-binary': {
    summary:
      'Sends binary data, written as a hexadecimal string, to the server during a TCP health check, for binary protocols.',
    example: 'tcp-check send-binary 50494e470d0a',
    args: [
      { name: 'hexstring', shape: { kind: 'word' } },
      { name: 'options', shape: { kind: 'rest' }, optional: true },
    ],
  },
  'tcp-check send-binary-lf': {
    summary:
      'Like `send-binary`, but the hexadecimal string is built from a log-format string at check time, so variables and fetches can go into the binary payload.',
    example: 'tcp-check send-binary-lf %[var(check.payload),hex]',
    args: rest('hexfmt'),
  },
  'tcp-check send-lf': {
    summary:
      'Like `send`, but the text is built from a log-format string at check time, for example to insert a password from the environment or a variable.',
    example: 'tcp-check send-lf "AUTH %[env(REDIS_PASSWORD)]\\r\\n"',
    args: rest('fmt'),
  },
  'tcp-check set-var': setVar('tcp-check', 'tcp-check set-var(check.port) int(6380)'),
  'tcp-check set-var-fmt': setVarFmt('tcp-check', 'tcp-check set-var-fmt(check.greeting) "EHLO %H"'),
  'tcp-check unset-var': unsetVar('tcp-check', 'tcp-check unset-var(check.port)'),

  'tcp-request connection accept': {
    summary:
      'Accepts the connection and stops evaluating `tcp-request connection` rules; the later rule sets (session, content, HTTP) still apply. Typically placed before a `reject` rule to exempt trusted sources.',
    example: 'tcp-request connection accept if { src -f /etc/haproxy/allowlist.acl }',
    args: NO_ARGS,
  },
  'tcp-request connection do-log': doLog('tcp-request connection', 'tcp-request connection do-log'),
  'tcp-request connection expect-netscaler-cip': {
    summary:
      'Expects a Citrix NetScaler Client IP insertion (CIP) header at the start of the connection and takes the original client address from it. Like `accept-netscaler-cip` on the `bind` line, but the condition limits it to the sources that really send it.',
    example: 'tcp-request connection expect-netscaler-cip layer4 if { src 10.0.0.0/8 }',
    args: [{ name: 'layer', shape: { kind: 'enum', values: ['layer4'] } }],
  },
  'tcp-request connection expect-proxy': {
    summary:
      'Expects a PROXY protocol header at the start of the connection and takes the original client address from it. Like `accept-proxy` on the `bind` line, but the condition limits it to trusted load balancers while other clients connect directly.',
    example: 'tcp-request connection expect-proxy layer4 if { src 10.0.0.0/8 }',
    args: [{ name: 'layer', shape: { kind: 'enum', values: ['layer4'] } }],
  },
  'tcp-request connection reject': {
    summary:
      'Closes the connection immediately, before any handshake or data. Meant for filtering floods: such connections are counted as denied but never logged; use `tcp-request content reject` when you need a log line.',
    example: 'tcp-request connection reject if { sc0_conn_rate gt 100 }',
    args: NO_ARGS,
  },
  'tcp-request connection sc-add-gpc': scAddGpc('tcp-request connection sc-add-gpc(0,0) 1 if { sc0_conn_rate gt 50 }'),
  'tcp-request connection sc-inc-gpc': scIncGpc('tcp-request connection sc-inc-gpc(0,0) if { sc0_conn_rate gt 50 }'),
  'tcp-request connection sc-inc-gpc0': scIncGpcN(0, 'tcp-request connection sc-inc-gpc0(0) if { sc0_conn_rate gt 50 }'),
  'tcp-request connection sc-inc-gpc1': scIncGpcN(1, 'tcp-request connection sc-inc-gpc1(0) if { sc0_conn_cur gt 20 }'),
  'tcp-request connection sc-set-gpt': scSetGpt('tcp-request connection sc-set-gpt(0,0) 1 if { sc0_conn_rate gt 100 }'),
  'tcp-request connection sc-set-gpt0': scSetGpt0('tcp-request connection sc-set-gpt0(0) 1 if { sc0_conn_rate gt 100 }'),
  'tcp-request connection set-dst': setDst('tcp-request connection set-dst ipv4(192.0.2.20) if { dst_port 2222 }'),
  'tcp-request connection set-dst-port': setDstPort('tcp-request connection set-dst-port int(22) if { dst_port 2222 }'),
  'tcp-request connection set-fc-mark': setFcMark('tcp-request connection set-fc-mark 0x1 if { src 10.0.0.0/8 }'),
  'tcp-request connection set-fc-tos': setFcTos('tcp-request connection set-fc-tos 0x10 if { src 10.0.0.0/8 }'),
  'tcp-request connection set-mark': setMark('tcp-request connection set-fc-mark', 'tcp-request connection set-mark 0x1 if { src 10.0.0.0/8 }'),
  'tcp-request connection set-src': setSrc('tcp-request connection set-src src,ipmask(24)'),
  'tcp-request connection set-src-port': setSrcPort('tcp-request connection set-src-port int(0)'),
  'tcp-request connection set-tos': setTos('tcp-request connection set-fc-tos', 'tcp-request connection set-tos 0x10 if { src 10.0.0.0/8 }'),
  'tcp-request connection set-var': setVar('tcp-request connection', 'tcp-request connection set-var(sess.trusted) bool(1) if { src 10.0.0.0/8 }'),
  'tcp-request connection set-var-fmt': setVarFmt('tcp-request connection', 'tcp-request connection set-var-fmt(sess.peer) "%[src]:%[src_port]"'),
  'tcp-request connection silent-drop': silentDrop('tcp-request connection silent-drop if { sc0_conn_rate gt 500 }'),
  'tcp-request connection track-sc0': trackSc(0, 'tcp-request connection', 'tcp-request connection track-sc0 src'),
  'tcp-request connection track-sc1': trackSc(1, 'tcp-request connection', 'tcp-request connection track-sc1 src table st_global'),
  'tcp-request connection track-sc2': trackSc(2, 'tcp-request connection', 'tcp-request connection track-sc2 src table st_global'),
  'tcp-request connection unset-var': unsetVar('tcp-request connection', 'tcp-request connection unset-var(sess.trusted)'),

  'tcp-request content accept': {
    summary:
      'Stops evaluating `tcp-request content` rules and lets the data through, typically once enough of it has been inspected. The classic TLS passthrough pattern waits with `tcp-request inspect-delay` and accepts as soon as a ClientHello is seen.',
    example: 'tcp-request inspect-delay 5s\ntcp-request content accept if { req.ssl_hello_type 1 }',
    args: NO_ARGS,
  },
  'tcp-request content capture': {
    summary:
      'Captures the result of a sample expression, such as the TLS SNI, into a request capture slot (`len <n>` for a new one, `id <n>` for a declared one) so that it can be logged, e.g. with `%[capture.req.hdr(0)]`, even in TCP mode.',
    example: 'tcp-request inspect-delay 5s\ntcp-request content capture req.ssl_sni len 64',
    args: rest('sample and options'),
  },
  'tcp-request content do-log': doLog('tcp-request content', 'tcp-request content do-log'),
  'tcp-request content do-resolve': doResolve('tcp-request content do-resolve(sess.dstip,dns,ipv4) req.ssl_sni'),
  'tcp-request content reject': {
    summary:
      'Closes the connection without sending anything, based on what the content inspection found; unlike `tcp-request connection reject`, the event is logged.',
    example: 'tcp-request content reject unless { req.ssl_hello_type 1 }',
    args: NO_ARGS,
  },
  'tcp-request content sc-add-gpc': scAddGpc('tcp-request content sc-add-gpc(0,0) 1 unless { req.ssl_hello_type 1 }'),
  'tcp-request content sc-inc-gpc': scIncGpc('tcp-request content sc-inc-gpc(0,0) unless { req.ssl_hello_type 1 }'),
  'tcp-request content sc-inc-gpc0': scIncGpcN(0, 'tcp-request content sc-inc-gpc0(0) unless { req.ssl_hello_type 1 }'),
  'tcp-request content sc-inc-gpc1': scIncGpcN(1, 'tcp-request content sc-inc-gpc1(0) if { req.ssl_sni -m end .internal }'),
  'tcp-request content sc-set-gpt': scSetGpt('tcp-request content sc-set-gpt(0,0) 1 unless { req.ssl_hello_type 1 }'),
  'tcp-request content sc-set-gpt0': scSetGpt0('tcp-request content sc-set-gpt0(0) 1 unless { req.ssl_hello_type 1 }'),
  'tcp-request content send-spoe-group': sendSpoeGroup('tcp-request content send-spoe-group iprep check-client'),
  'tcp-request content set-bandwidth-limit': setBandwidthLimit('tcp-request content set-bandwidth-limit upload limit 1m period 1s'),
  'tcp-request content set-bc-mark': setBcMark('tcp-request content set-bc-mark 0x10 if { req.ssl_sni -i backup.example.com }'),
  'tcp-request content set-bc-tos': setBcTos('tcp-request content set-bc-tos 0x28 if { req.ssl_sni -i backup.example.com }'),
  'tcp-request content set-dst': setDst('tcp-request content set-dst var(sess.dstip)'),
  'tcp-request content set-dst-port': setDstPort('tcp-request content set-dst-port int(443)'),
  'tcp-request content set-fc-mark': setFcMark('tcp-request content set-fc-mark 0x1 if { req.ssl_sni -i video.example.com }'),
  'tcp-request content set-fc-tos': setFcTos('tcp-request content set-fc-tos 0x28 if { req.ssl_sni -i video.example.com }'),
  'tcp-request content set-log-level': setLogLevel('tcp-request content set-log-level silent if { src 192.0.2.10 }'),
  'tcp-request content set-mark': setMark(
    'tcp-request content set-fc-mark',
    'tcp-request content set-mark 0x1 if { req.ssl_sni -i video.example.com }',
  ),
  'tcp-request content set-nice': setNice('tcp-request content set-nice -100 if { req.ssl_sni -i api.example.com }'),
  'tcp-request content set-priority-class': setPriorityClass(
    'tcp-request content set-priority-class int(-10) if { req.ssl_sni -i api.example.com }',
  ),
  'tcp-request content set-priority-offset': setPriorityOffset(
    'tcp-request content set-priority-offset int(2000) if { req.ssl_sni -i batch.example.com }',
  ),
  'tcp-request content set-retries': setRetries('tcp-request content set-retries 1'),
  'tcp-request content set-src': setSrc('tcp-request content set-src var(sess.client_ip)'),
  'tcp-request content set-src-port': setSrcPort('tcp-request content set-src-port var(sess.client_port)'),
  'tcp-request content set-tos': setTos(
    'tcp-request content set-fc-tos',
    'tcp-request content set-tos 0x28 if { req.ssl_sni -i video.example.com }',
  ),
  'tcp-request content set-var': setVar('tcp-request content', 'tcp-request content set-var(sess.sni) req.ssl_sni,lower'),
  'tcp-request content set-var-fmt': setVarFmt('tcp-request content', 'tcp-request content set-var-fmt(sess.route) "%[req.ssl_sni]:%[dst_port]"'),
  'tcp-request content silent-drop': silentDrop('tcp-request content silent-drop if { sc0_conn_rate gt 500 }'),
  'tcp-request content switch-mode': {
    summary:
      'Upgrades a TCP frontend stream to HTTP, so that HTTP rules and an HTTP backend can process it; `proto h1` or `proto h2` forces the multiplexer. Following `tcp-request content` rules are skipped, and an HTTP backend must still be chosen.',
    example: 'tcp-request content switch-mode http if HTTP',
    args: [
      { name: 'mode', shape: { kind: 'enum', values: ['http'] } },
      { name: 'options', shape: { kind: 'rest' }, optional: true },
    ],
  },
  'tcp-request content track-sc0': trackSc(0, 'tcp-request content', 'tcp-request content track-sc0 src'),
  'tcp-request content track-sc1': trackSc(1, 'tcp-request content', 'tcp-request inspect-delay 5s\ntcp-request content track-sc1 req.ssl_sni table st_sni'),
  'tcp-request content track-sc2': trackSc(2, 'tcp-request content', 'tcp-request content track-sc2 src table st_global'),
  'tcp-request content unset-var': unsetVar('tcp-request content', 'tcp-request content unset-var(sess.sni)'),
  'tcp-request content use-service': {
    summary:
      'Hands the connection to a TCP service, in practice one written in Lua (`lua.<name>`), which talks to the client itself; no server is contacted and no further rules run.',
    example: 'tcp-request content use-service lua.banner',
    args: [{ name: 'service-name', shape: { kind: 'word' } }],
  },

  'tcp-request session accept': {
    summary:
      'Accepts the session and stops evaluating `tcp-request session` rules; content and HTTP rules still apply. Runs once the TLS handshake and PROXY header are processed.',
    example: 'tcp-request session accept if { src 10.0.0.0/8 }',
    args: NO_ARGS,
  },
  'tcp-request session attach-srv': {
    summary:
      'Turns an incoming HTTP/2 connection around and adds it to the idle connections of a server whose address is `rhttp@` (reverse HTTP), optionally under the name given by `name <expr>`. Only valid in HTTP-mode proxies, and experimental: `expose-experimental-directives` must be set in `global`.',
    example: 'tcp-request session attach-srv be_edge/gw1',
    args: [
      { name: 'srv', shape: { kind: 'word' } },
      { name: 'options', shape: { kind: 'rest' }, optional: true },
    ],
  },
  'tcp-request session do-log': doLog('tcp-request session', 'tcp-request session do-log'),
  'tcp-request session reject': {
    summary:
      'Closes the connection once the handshakes are done, when the decision needs TLS or PROXY information such as a client certificate. Like connection-level rejects, these are not logged.',
    example: 'tcp-request session reject unless { ssl_c_used }',
    args: NO_ARGS,
  },
  'tcp-request session sc-add-gpc': scAddGpc('tcp-request session sc-add-gpc(0,0) 1 unless { ssl_c_used }'),
  'tcp-request session sc-inc-gpc': scIncGpc('tcp-request session sc-inc-gpc(0,0) unless { ssl_c_used }'),
  'tcp-request session sc-inc-gpc0': scIncGpcN(0, 'tcp-request session sc-inc-gpc0(0) unless { ssl_c_used }'),
  'tcp-request session sc-inc-gpc1': scIncGpcN(1, 'tcp-request session sc-inc-gpc1(0) if { sc0_conn_rate gt 50 }'),
  'tcp-request session sc-set-gpt': scSetGpt('tcp-request session sc-set-gpt(0,0) 1 unless { ssl_c_used }'),
  'tcp-request session sc-set-gpt0': scSetGpt0('tcp-request session sc-set-gpt0(0) 1 unless { ssl_c_used }'),
  'tcp-request session set-dst': setDst('tcp-request session set-dst ipv4(192.0.2.20) if { ssl_fc_sni -i legacy.example.com }'),
  'tcp-request session set-dst-port': setDstPort('tcp-request session set-dst-port int(8443) if { ssl_fc_sni -i legacy.example.com }'),
  'tcp-request session set-fc-mark': setFcMark('tcp-request session set-fc-mark 0x1 if { ssl_c_used }'),
  'tcp-request session set-fc-tos': setFcTos('tcp-request session set-fc-tos 0x10 if { ssl_c_used }'),
  'tcp-request session set-mark': setMark('tcp-request session set-fc-mark', 'tcp-request session set-mark 0x1 if { ssl_c_used }'),
  'tcp-request session set-src': setSrc('tcp-request session set-src src,ipmask(24)'),
  'tcp-request session set-src-port': setSrcPort('tcp-request session set-src-port int(0)'),
  'tcp-request session set-tos': setTos('tcp-request session set-fc-tos', 'tcp-request session set-tos 0x10 if { ssl_c_used }'),
  'tcp-request session set-var': setVar('tcp-request session', 'tcp-request session set-var(sess.cn) ssl_c_s_dn(CN)'),
  'tcp-request session set-var-fmt': setVarFmt('tcp-request session', 'tcp-request session set-var-fmt(sess.tls) "%[ssl_fc_protocol] %[ssl_fc_cipher]"'),
  'tcp-request session silent-drop': silentDrop('tcp-request session silent-drop if { sc0_conn_rate gt 500 }'),
  'tcp-request session track-sc0': trackSc(0, 'tcp-request session', 'tcp-request session track-sc0 src'),
  'tcp-request session track-sc1': trackSc(1, 'tcp-request session', 'tcp-request session track-sc1 ssl_c_s_dn(CN) table st_certs'),
  'tcp-request session track-sc2': trackSc(2, 'tcp-request session', 'tcp-request session track-sc2 src table st_global'),
  'tcp-request session unset-var': unsetVar('tcp-request session', 'tcp-request session unset-var(sess.cn)'),

  'tcp-response content accept': {
    summary:
      "Stops evaluating `tcp-response content` rules and forwards the server's data; usually placed once `tcp-response inspect-delay` gave enough time to see the response.",
    example: 'tcp-response inspect-delay 2s\ntcp-response content accept if { res.len gt 0 }',
    args: NO_ARGS,
  },
  'tcp-response content close': {
    summary:
      'Closes the connection to the server right away and stops evaluating `tcp-response content` rules. Used to end exchanges whose protocol would otherwise leave idle connections open for a long time.',
    example: 'tcp-response content close if { res.payload(0,4) -m str "BYE " }',
    args: NO_ARGS,
  },
  'tcp-response content do-log': doLog('tcp-response content', 'tcp-response content do-log'),
  'tcp-response content reject': {
    summary:
      "Closes the server connection and aborts the response, for instance to stop sensitive data from leaking once the response content has been inspected.",
    example: 'tcp-response content reject if { res.payload(0,0) -m sub BEGIN\\ RSA\\ PRIVATE\\ KEY }',
    args: NO_ARGS,
  },
  'tcp-response content sc-add-gpc': scAddGpc('tcp-response content sc-add-gpc(0,0) 1 if { res.len gt 1000000 }'),
  'tcp-response content sc-inc-gpc': scIncGpc('tcp-response content sc-inc-gpc(0,0) if { res.len gt 1000000 }'),
  'tcp-response content sc-inc-gpc0': scIncGpcN(0, 'tcp-response content sc-inc-gpc0(0) if { res.len gt 1000000 }'),
  'tcp-response content sc-inc-gpc1': scIncGpcN(1, 'tcp-response content sc-inc-gpc1(0) if { res.len gt 1000000 }'),
  'tcp-response content sc-set-gpt': scSetGpt('tcp-response content sc-set-gpt(0,0) 1 if { res.len gt 1000000 }'),
  'tcp-response content sc-set-gpt0': scSetGpt0('tcp-response content sc-set-gpt0(0) 1 if { res.len gt 1000000 }'),
  'tcp-response content send-spoe-group': sendSpoeGroup('tcp-response content send-spoe-group dlp check-response'),
  'tcp-response content set-bandwidth-limit': setBandwidthLimit('tcp-response content set-bandwidth-limit download limit 2m period 1s'),
  'tcp-response content set-fc-mark': setFcMark('tcp-response content set-fc-mark 0x2 if { res.len gt 100000 }'),
  'tcp-response content set-fc-tos': setFcTos('tcp-response content set-fc-tos 0x28 if { res.len gt 100000 }'),
  'tcp-response content set-log-level': setLogLevel('tcp-response content set-log-level warning if { res.len eq 0 }'),
  'tcp-response content set-mark': setMark('tcp-response content set-fc-mark', 'tcp-response content set-mark 0x2 if { res.len gt 100000 }'),
  'tcp-response content set-nice': setNice('tcp-response content set-nice 512 if { res.len gt 100000 }'),
  'tcp-response content set-tos': setTos('tcp-response content set-fc-tos', 'tcp-response content set-tos 0x28 if { res.len gt 100000 }'),
  'tcp-response content set-var': setVar('tcp-response content', 'tcp-response content set-var(sess.banner) res.payload(0,32)'),
  'tcp-response content set-var-fmt': setVarFmt('tcp-response content', 'tcp-response content set-var-fmt(sess.reply) "%[res.len] bytes"'),
  'tcp-response content silent-drop': silentDrop('tcp-response content silent-drop if { res.payload(0,0) -m sub ERR_BANNED }'),
  'tcp-response content unset-var': unsetVar('tcp-response content', 'tcp-response content unset-var(sess.banner)'),
} satisfies Record<string, KeywordDoc>;
