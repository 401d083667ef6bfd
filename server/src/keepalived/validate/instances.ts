import type { Problem, Span } from '../../common/span.js';
import { atLeast, type KeepalivedVersion } from '../catalogue/index.js';
import type { KWord } from '../model.js';
import { childrenNamed, lastChild, type CheckedNode } from './tree.js';
import { isIpv4, isIpv6, parseIpWithPrefix } from './values.js';

/** What global_defs says that changes how instances are read. */
export interface GlobalSettings {
  vrrpVersion: 2 | 3;
  strict: boolean;
  /** The keepalived release the file is checked for. */
  release: KeepalivedVersion;
}

export function globalSettings(roots: readonly CheckedNode[], release: KeepalivedVersion): GlobalSettings {
  const settings: GlobalSettings = { vrrpVersion: 2, strict: false, release };
  for (const defs of roots.filter((n) => n.kind === 'keyword' && n.name === 'global_defs')) {
    const version = lastChild(defs, 'vrrp_version');
    if (version?.args[0]?.text === '3') settings.vrrpVersion = 3;
    if (version?.args[0]?.text === '2') settings.vrrpVersion = 2;
    if (childrenNamed(defs, 'vrrp_strict').length > 0) settings.strict = true;
  }
  return settings;
}

function span(word: KWord | Span): Span {
  return { start: word.start, end: word.end };
}

/** Where to report something about a whole block: its keyword and name. */
function headerSpan(node: CheckedNode): Span {
  const statement = node.statement;
  return { start: statement.keyword.start, end: (statement.args.at(-1) ?? statement.keyword).end };
}

function related(node: CheckedNode, message: string): Span & { message: string } {
  return { start: node.statement.keyword.start, end: (node.statement.args.at(-1) ?? node.statement.keyword).end, message };
}

/** The addresses of a value block, with their families (entries that do not parse are left out). */
function addressesOf(instance: CheckedNode, block: string): Array<{ entry: CheckedNode; family: 'inet' | 'inet6' }> {
  const out: Array<{ entry: CheckedNode; family: 'inet' | 'inet6' }> = [];
  for (const list of childrenNamed(instance, block)) {
    for (const entry of list.children) {
      const parsed = entry.name.includes('$') ? undefined : parseIpWithPrefix(entry.name);
      if (parsed && !('error' in parsed)) out.push({ entry, family: parsed.family });
    }
  }
  return out;
}

/** Facts about one instance that several checks share. */
export interface InstanceFacts {
  node: CheckedNode;
  name?: string;
  vrid?: string;
  interface?: string;
  family: 'inet' | 'inet6';
  unicast: boolean;
  multicastGroup?: string;
}

/**
 * The settings of a `vrrp_instance` that only make sense together (vrrp.c `vrrp_complete_instance`):
 * what keepalived needs, what it resets, and what it silently changes.
 */
export function checkInstance(instance: CheckedNode, globals: GlobalSettings, problems: Problem[]): InstanceFacts {
  const value = (name: string): string | undefined => lastChild(instance, name)?.args[0]?.text;
  const has = (name: string): boolean => childrenNamed(instance, name).length > 0;
  const vips = addressesOf(instance, 'virtual_ipaddress');
  const family = vips[0]?.family ?? 'inet';
  const peers = childrenNamed(instance, 'unicast_peer').flatMap((b) => b.children);
  const facts: InstanceFacts = {
    node: instance,
    name: instance.args[0]?.text,
    vrid: value('virtual_router_id'),
    interface: value('interface'),
    family,
    unicast: peers.length > 0,
    multicastGroup: value('mcast_dst_ip'),
  };
  if (instance.external) return facts;
  const report = (code: string, message: string, at: Span, extra: Partial<Problem> = {}): void => {
    problems.push({ code, message, start: at.start, end: at.end, ...extra });
  };
  const header = headerSpan(instance);
  const name = facts.name ?? 'this instance';
  const opaque = instance.children.some((c) => c.kind === 'opaque');
  if (!opaque) {
    if (!has('virtual_router_id')) report('keepalived/missing-required', `${name} has no virtual_router_id: keepalived refuses the instance`, header);
    // Before 2.2.8 keepalived asks for the interface before it knows the instance is unicast.
    const unicastWithoutInterface = facts.unicast && atLeast(globals.release, '2.2.8');
    if (!has('interface') && !unicastWithoutInterface) {
      report('keepalived/missing-required', `${name} has no interface${atLeast(globals.release, '2.2.8') ? ' (and no unicast_peer)' : ''}: keepalived refuses the instance`, header);
    }
    if (vips.length === 0 && !has('no_virtual_ipaddress') && childrenNamed(instance, 'virtual_ipaddress').every((b) => b.children.length === 0)) {
      report('keepalived/missing-required', `${name} has no virtual_ipaddress: keepalived reports it (and refuses it with VRRPv3 or strict mode)`, header);
    }
  }
  checkFamilies(instance, problems);

  const stateNode = lastChild(instance, 'state');
  const priorityNode = lastChild(instance, 'priority');
  const state = stateNode?.args[0]?.text;
  const priorityText = priorityNode?.args[0]?.text;
  const priority = priorityText !== undefined && /^\+?\d+$/.test(priorityText.trim()) ? Number(priorityText) : undefined;
  const master = state === 'MASTER' || (state === undefined && priority === 255 && priorityNode !== undefined);
  const owner = priority === 255 || (priorityNode === undefined && state === 'MASTER');
  if (priority === 255 && priorityNode && !priorityNode.conditional) {
    report('keepalived/priority-owner', 'priority 255 is for the address owner (the host whose own address is the VIP): it always wins and preempts; use at most 254 on other nodes', span(priorityNode.args[0]!.word), {
      fixes: [{ title: 'Change to 254', edits: [{ ...span(priorityNode.args[0]!.word), newText: '254' }] }],
    });
  }
  const nopreempt = lastChild(instance, 'nopreempt');
  const preemptDelay = lastChild(instance, 'preempt_delay');
  const settled = !stateNode?.conditional && !priorityNode?.conditional;
  if (nopreempt && !nopreempt.conditional && settled) {
    if (owner && priorityNode) {
      report('keepalived/conflicting-setting', 'nopreempt does not work with priority 255: keepalived resets it', span(nopreempt.statement.keyword), {
        related: [related(priorityNode, 'priority 255 (the address owner always preempts)')],
      });
    } else if (master) {
      report('keepalived/conflicting-setting', "nopreempt needs 'state BACKUP': with state MASTER keepalived clears it", span(nopreempt.statement.keyword), {
        related: stateNode ? [related(stateNode, 'the initial state')] : undefined,
        fixes: stateNode?.args[0] ? [{ title: "Change the state to 'BACKUP'", edits: [{ ...span(stateNode.args[0].word), newText: 'BACKUP' }], preferred: true }] : undefined,
      });
    }
  }
  if (preemptDelay && !preemptDelay.conditional && settled && master) {
    report('keepalived/conflicting-setting', "preempt_delay needs 'state BACKUP': with state MASTER keepalived clears it", span(preemptDelay.statement.keyword), {
      related: stateNode ? [related(stateNode, 'the initial state')] : undefined,
    });
  } else if (preemptDelay && nopreempt && !preemptDelay.conditional && !nopreempt.conditional && Number(preemptDelay.args[0]?.text ?? '0') > 0) {
    report('keepalived/conflicting-setting', 'preempt_delay does nothing with nopreempt: keepalived resets it', span(preemptDelay.statement.keyword), {
      related: [related(nopreempt, 'nopreempt')],
    });
  }

  const versionNode = lastChild(instance, 'version');
  const version = family === 'inet6' ? 3 : versionNode?.args[0]?.text === '3' ? 3 : versionNode?.args[0]?.text === '2' ? 2 : globals.vrrpVersion;
  const versionKnown = !versionNode?.conditional;
  const strict = globals.strict || (has('strict_mode') && !['false', 'off', 'no'].includes(value('strict_mode') ?? ''));
  if (strict && preemptDelay && !preemptDelay.conditional && Number(preemptDelay.args[0]?.text ?? '0') > 0 && !master) {
    report('keepalived/conflicting-setting', 'strict mode (vrrp_strict / strict_mode) allows no preempt_delay: keepalived resets it', span(preemptDelay.statement.keyword));
  }
  const advert = lastChild(instance, 'advert_int');
  const advertText = advert?.args[0]?.text;
  if (advert && advertText !== undefined && versionKnown && version === 2 && /^\+?(\d*\.\d+|\d+\.\d*)$/.test(advertText) && !Number.isInteger(Number(advertText)) && Number(advertText) > 0) {
    report('keepalived/conflicting-setting', `VRRPv2 adverts are sent in whole seconds: keepalived rounds ${advertText}; add 'version 3' for sub-second adverts`, span(advert.args[0]!.word), {
      related: versionNode ? [related(versionNode, 'the VRRP version')] : undefined,
    });
  }

  const authentication = lastChild(instance, 'authentication');
  if (authentication && !authentication.conditional) {
    const type = lastChild(authentication, 'auth_type')?.args[0]?.text;
    const pass = lastChild(authentication, 'auth_pass');
    const where = span(authentication.statement.keyword);
    if (type !== undefined) {
      if (strict) report('keepalived/conflicting-setting', 'strict mode (vrrp_strict) allows no authentication: keepalived ignores this block', where);
      else if (version === 3 && versionKnown) {
        report('keepalived/conflicting-setting', 'VRRPv3 has no authentication: keepalived ignores this block', where, {
          related: versionNode ? [related(versionNode, 'the VRRP version')] : undefined,
        });
      } else if (!pass || pass.args.length === 0) report('keepalived/missing-required', 'authentication without auth_pass: keepalived ignores it', where);
      else if (family === 'inet6' && type === 'AH') report('keepalived/conflicting-setting', 'AH authentication does not work with IPv6: keepalived ignores it', where);
      else if (type === 'AH' && master && !owner && settled) {
        report('keepalived/conflicting-setting', "with AH authentication an instance cannot start as MASTER (it must first learn the sequence number): keepalived starts it as BACKUP; use 'state BACKUP'", span(stateNode?.statement.keyword ?? authentication.statement.keyword), {
          related: [related(authentication, 'AH authentication')],
        });
      }
    }
  }

  const unicastKeywords = ['unicast_src_ip', 'check_unicast_src', 'unicast_ttl'].map((k) => lastChild(instance, k)).filter((n): n is CheckedNode => n !== undefined && !n.conditional);
  if (!facts.unicast && childrenNamed(instance, 'unicast_peer').length === 0) {
    for (const keyword of unicastKeywords) {
      report('keepalived/conflicting-setting', `'${keyword.name}' without unicast_peer: keepalived falls back to multicast (and reports this deprecated usage)`, span(keyword.statement.keyword));
    }
  }
  const ownInterface = facts.interface;
  for (const tracked of childrenNamed(instance, 'track_interface').flatMap((b) => b.children)) {
    if (ownInterface !== undefined && tracked.name === ownInterface && !tracked.conditional) {
      report('keepalived/conflicting-setting', `the instance already follows its own interface '${ownInterface}': keepalived ignores this entry`, span(tracked.statement.keyword));
    }
  }
  if (owner && settled) {
    for (const entry of childrenNamed(instance, 'track_script').flatMap((b) => b.children)) {
      const weight = entry.args[0]?.text === 'weight' ? entry.args[1]?.text : undefined;
      if (weight !== undefined ? Number(weight) !== 0 : true) {
        report('keepalived/conflicting-setting', `the address owner (priority 255) cannot change priority: keepalived ignores the weight of '${entry.name}' (give it 'weight 0' to fail over on error)`, span(entry.statement.keyword), {
          related: priorityNode ? [related(priorityNode, 'priority 255')] : stateNode ? [related(stateNode, 'state MASTER without priority means 255')] : undefined,
        });
      }
    }
  }
  const useVmac = lastChild(instance, 'use_vmac') ?? lastChild(instance, 'use_ipvlan');
  if (useVmac && facts.unicast && !has('vmac_xmit_base') && !useVmac.conditional) {
    report('keepalived/conflicting-setting', `${useVmac.name} with unicast peers needs vmac_xmit_base: keepalived sets it`, span(useVmac.statement.keyword));
  }
  const ipvlan = lastChild(instance, 'use_ipvlan');
  const ipvlanAddress = ipvlan?.args.some((a) => a.text !== undefined && sockFamily(a.text) !== undefined);
  if (ipvlan && family === 'inet' && !ipvlanAddress && !has('unicast_src_ip') && !has('mcast_src_ip') && !ipvlan.conditional) {
    report('keepalived/conflicting-setting', 'an IPv4 ipvlan needs a source address (mcast_src_ip or unicast_src_ip): keepalived puts the instance in FAULT', span(ipvlan.statement.keyword));
  }
  const vmacBase = lastChild(instance, 'vmac_xmit_base');
  if (vmacBase && !has('use_vmac') && !vmacBase.conditional) {
    report('keepalived/conflicting-setting', 'vmac_xmit_base only applies with use_vmac: keepalived ignores it', span(vmacBase.statement.keyword));
  }
  return facts;
}

/** The family of an address as `inet_stosockaddr` reads it (a `-range` or `/mask` suffix is dropped). */
function sockFamily(value: string): 'inet' | 'inet6' | undefined {
  const address = value.replace(/[-/].*$/, '');
  if (value.includes(':')) return isIpv6(address) ? 'inet6' : undefined;
  return isIpv4(address) ? 'inet' : undefined;
}

/**
 * The address family of an instance is set by the first of native_ipv6, a source or multicast
 * address, or a virtual address, in file order; keepalived refuses what disagrees with it later.
 */
function checkFamilies(instance: CheckedNode, problems: Problem[]): void {
  let family: 'inet' | 'inet6' | undefined;
  let setBy: CheckedNode | undefined;
  const conflict = (at: Span, what: string): void => {
    problems.push({
      code: 'keepalived/conflicting-setting',
      message: `${what} is not of the instance's address family (${family === 'inet' ? 'IPv4' : 'IPv6'}): keepalived ignores it`,
      ...at,
      related: setBy ? [related(setBy, 'this sets the address family')] : undefined,
    });
  };
  const meet = (node: CheckedNode, seen: 'inet' | 'inet6', at: Span, what: string): void => {
    if (family === undefined) {
      family = seen;
      setBy = node;
    } else if (seen !== family && !node.external) conflict(at, what);
  };
  for (const child of instance.children) {
    if (child.conditional) return; // the family then depends on the host
    if (child.kind !== 'keyword') continue;
    if (child.name === 'native_ipv6') {
      if (family === 'inet') conflict(span(child.statement.keyword), 'native_ipv6');
      else meet(child, 'inet6', span(child.statement.keyword), 'native_ipv6');
    } else if (child.name === 'mcast_src_ip' || child.name === 'unicast_src_ip' || child.name === 'mcast_dst_ip') {
      const value = child.args[0];
      const seen = value?.text === undefined ? undefined : sockFamily(value.text);
      if (seen) meet(child, seen, span(value!.word), `${child.name} ${value!.text}`);
    } else if (child.name === 'virtual_ipaddress') {
      for (const entry of child.children) {
        if (entry.conditional) return;
        const parsed = entry.name.includes('$') ? undefined : parseIpWithPrefix(entry.name);
        if (parsed && !('error' in parsed)) meet(entry, parsed.family, span(entry.statement.keyword), `'${entry.name}'`);
      }
    } else if (child.name === 'version' && child.args[0]?.text === '2' && family === 'inet6' && !child.external) {
      problems.push({ code: 'keepalived/conflicting-setting', message: 'IPv6 instances use VRRP version 3: keepalived ignores version 2', ...span(child.args[0].word), related: setBy ? [related(setBy, 'this makes the instance IPv6')] : undefined });
    }
  }
}

/** auth_pass: keepalived keeps 8 characters. */
export function checkAuthPass(pass: CheckedNode, problems: Problem[]): void {
  const word = pass.args[0]?.word;
  const text = pass.args[0]?.text;
  if (!word || text === undefined || pass.external) return;
  if (text.length <= 8) return;
  const kept = text.slice(0, 8);
  const replacement = word.quoted ? `"${kept}"` : kept;
  problems.push({
    code: 'keepalived/auth-pass-truncated',
    message: `keepalived uses only the first 8 characters of auth_pass: '${kept}' (every node must agree on those)`,
    ...span(word),
    data: { truncated: kept, keepalivedTestFails: true },
    fixes: [{ title: `Shorten to '${kept}'`, edits: [{ ...span(word), newText: replacement }] }],
  });
}

/** Two multicast instances with the same VRID, interface, family and group collide (vrrp.c `check_vrid_conflicts`). */
export function checkVridConflicts(instances: readonly InstanceFacts[], problems: Problem[]): void {
  const seen = new Map<string, InstanceFacts>();
  const unicast: InstanceFacts[] = [];
  for (const facts of instances) {
    if (facts.vrid === undefined || facts.node.conditional) continue;
    if (facts.unicast) {
      checkUnicastVrid(facts, unicast, problems);
      continue;
    }
    if (facts.interface === undefined) continue;
    const vridNode = lastChild(facts.node, 'virtual_router_id');
    const ifaceNode = lastChild(facts.node, 'interface');
    if (!vridNode || vridNode.conditional || ifaceNode?.conditional) continue;
    const vrid = Number(facts.vrid);
    if (!Number.isInteger(vrid)) continue;
    const key = `${facts.interface} ${vrid} ${facts.family} ${facts.multicastGroup ?? ''}`;
    const first = seen.get(key);
    if (!first) {
      seen.set(key, facts);
      continue;
    }
    if (facts.node.external) continue;
    problems.push({
      code: 'keepalived/duplicate-vrid',
      message: `${facts.name ?? 'this instance'} and ${first.name ?? 'another instance'} both use virtual_router_id ${vrid} with IPv${facts.family === 'inet' ? 4 : 6} on ${facts.interface}: their adverts collide`,
      ...span(vridNode.args[0]!.word),
      related: first.node.external ? undefined : [related(lastChild(first.node, 'virtual_router_id')!, 'the other instance with this virtual_router_id')],
    });
  }
}

/** Unicast instances collide when they share VRID, family, source address and a peer. */
function checkUnicastVrid(facts: InstanceFacts, earlier: InstanceFacts[], problems: Problem[]): void {
  const peersOf = (f: InstanceFacts): Set<string> => new Set(childrenNamed(f.node, 'unicast_peer').flatMap((b) => b.children.map((e) => e.name)));
  const source = (f: InstanceFacts): string | undefined => lastChild(f.node, 'unicast_src_ip')?.args[0]?.text;
  const peers = peersOf(facts);
  const other = earlier.find(
    (e) => e.vrid !== undefined && Number(e.vrid) === Number(facts.vrid) && e.family === facts.family && source(e) === source(facts) && [...peersOf(e)].some((p) => peers.has(p)),
  );
  earlier.push(facts);
  const vridNode = lastChild(facts.node, 'virtual_router_id');
  if (!other || !vridNode || facts.node.external || vridNode.conditional) return;
  problems.push({
    code: 'keepalived/duplicate-vrid',
    message: `${facts.name ?? 'this instance'} and ${other.name ?? 'another instance'} both use virtual_router_id ${facts.vrid} with the same unicast source and peers: their adverts collide`,
    ...span(vridNode.args[0]!.word),
    related: other.node.external ? undefined : [related(lastChild(other.node, 'virtual_router_id')!, 'the other instance with this virtual_router_id')],
  });
}

const CHECKERS_NEEDING: Record<string, { child: string; what: string }> = {
  HTTP_GET: { child: 'url', what: 'a url block' },
  SSL_GET: { child: 'url', what: 'a url block' },
  MISC_CHECK: { child: 'misc_path', what: 'misc_path' },
  FILE_CHECK: { child: 'track_file', what: 'track_file' },
  BFD_CHECK: { child: 'name', what: 'name' },
};

/** What a block cannot do without (lvs, checkers, trackers): keepalived reports each. */
export function checkRequiredSettings(nodes: readonly CheckedNode[], problems: Problem[]): void {
  for (const node of nodes) {
    if (node.external || node.kind !== 'keyword' || !node.statement.block || node.children.some((c) => c.kind === 'opaque')) continue;
    const has = (name: string): boolean => childrenNamed(node, name).length > 0;
    const missing = (message: string): void => {
      problems.push({ code: 'keepalived/missing-required', message, ...headerSpan(node) });
    };
    switch (node.keyword!.path.join('>')) {
      case 'vrrp_script':
        if (!has('script')) missing(`vrrp_script ${node.args[0]?.word.raw ?? ''} has no script: keepalived removes it`);
        break;
      case 'vrrp_track_process':
        if (!has('process')) missing('vrrp_track_process has no process: keepalived ignores it');
        break;
      case 'track_file':
      case 'vrrp_track_file':
        if (!has('file')) missing(`${node.name} has no file: keepalived ignores it`);
        break;
      case 'bfd_instance':
        if (!has('neighbor_ip') && !has('neighbour_ip')) missing('bfd_instance has no neighbor_ip: keepalived disables it');
        break;
      case 'virtual_server':
        checkVirtualServer(node, missing, problems);
        break;
      case 'virtual_server>real_server>HTTP_GET>url':
      case 'virtual_server>real_server>SSL_GET>url':
        if (!has('path')) missing('url has no path: keepalived ignores it');
        break;
      default: {
        const need = node.parent?.name === 'real_server' ? CHECKERS_NEEDING[node.name] : undefined;
        if (need && !has(need.child)) missing(`${node.name} has no ${need.what}: keepalived ignores the checker`);
      }
    }
  }
}

function checkVirtualServer(server: CheckedNode, missing: (message: string) => void, problems: Problem[]): void {
  const has = (name: string): boolean => childrenNamed(server, name).length > 0;
  const first = server.args[0]?.text;
  const fwmark = first === 'fwmark';
  const group = first === 'group';
  if (server.args.length === 0) {
    problems.push({ code: 'keepalived/missing-name', message: "virtual_server needs an address and port, 'fwmark <n>' or 'group <name>'", ...headerSpan(server) });
    return;
  }
  if (!fwmark && !group && first !== undefined) {
    if (!(isIpv4(first) || isIpv6(first))) {
      problems.push({ code: 'keepalived/invalid-address', message: `'${first}' is not an IP address; keepalived skips this virtual server`, ...span(server.args[0]!.word) });
      return;
    }
    const port = server.args[1];
    if (!port && !has('persistence_timeout')) {
      problems.push({ code: 'keepalived/missing-value', message: 'virtual_server needs a port (port 0 is only for persistent services)', start: server.args[0]!.word.end, end: server.args[0]!.word.end });
    } else if (port?.text !== undefined && !(/^\d+$/.test(port.text) && Number(port.text) >= 1 && Number(port.text) <= 65535)) {
      problems.push({ code: 'keepalived/invalid-value', message: `'${port.text}' is not a port (1-65535); keepalived skips this virtual server`, ...span(port.word) });
      return;
    }
  }
  if (!has('lb_algo') && !has('lvs_sched')) missing("virtual_server has no lb_algo: keepalived reports it and uses 'wlc'");
  if (!has('lb_kind') && !has('lvs_method')) missing("virtual_server has no lb_kind: keepalived reports it and uses 'NAT'");
  const protocol = lastChild(server, 'protocol');
  if (!fwmark && !protocol) missing("virtual_server has no protocol: keepalived reports it and uses UDP");
  if (fwmark && protocol && !protocol.conditional) {
    problems.push({ code: 'keepalived/conflicting-setting', message: 'a fwmark virtual server takes no protocol: keepalived ignores it', ...span(protocol.statement.keyword) });
  }
  const servers = childrenNamed(server, 'real_server');
  if (servers.length === 0) missing('virtual_server has no real_server: keepalived ignores it');
  const seen = new Map<string, CheckedNode>();
  for (const real of servers) {
    const address = real.args[0]?.text;
    if (real.args.length === 0 || address === undefined) {
      if (real.args.length === 0) problems.push({ code: 'keepalived/missing-name', message: 'real_server needs an address (and a port)', ...headerSpan(real) });
      continue;
    }
    if (!(isIpv4(address) || isIpv6(address))) {
      problems.push({ code: 'keepalived/invalid-address', message: `'${address}' is not an IP address; keepalived skips this real server`, ...span(real.args[0]!.word) });
      continue;
    }
    const port = real.args[1]?.text;
    if (port !== undefined && !(/^\d+$/.test(port) && Number(port) <= 65535)) {
      problems.push({ code: 'keepalived/invalid-value', message: `'${port}' is not a port (0-65535); keepalived skips this real server`, ...span(real.args[1]!.word) });
      continue;
    }
    const key = `${address} ${port ?? ''}`;
    const earlier = seen.get(key);
    if (earlier && !real.conditional && !earlier.conditional && !real.external) {
      problems.push({
        code: 'keepalived/duplicate-name',
        message: `real_server ${address}${port ? ` ${port}` : ''} is already in this virtual server: keepalived removes the second one`,
        ...headerSpan(real),
        related: [related(earlier, 'the first real_server with this address')],
      });
    } else seen.set(key, real);
  }
  const algo = lastChild(server, 'lb_algo') ?? lastChild(server, 'lvs_sched');
  const scheduler = algo?.args[0]?.text;
  for (const flag of ['sh-port', 'sh-fallback', 'hashed']) {
    const node = lastChild(server, flag);
    if (node && !node.conditional && algo && scheduler !== undefined && scheduler !== 'sh') {
      problems.push({ code: 'keepalived/conflicting-setting', message: `'${flag}' only applies to the sh scheduler: keepalived ignores it`, ...span(node.statement.keyword), related: [related(algo, 'the scheduler')] });
    }
  }
  for (const flag of ['mh-port', 'mh-fallback']) {
    const node = lastChild(server, flag);
    if (node && !node.conditional && algo && scheduler !== undefined && scheduler !== 'mh') {
      problems.push({ code: 'keepalived/conflicting-setting', message: `'${flag}' only applies to the mh scheduler: keepalived ignores it`, ...span(node.statement.keyword), related: [related(algo, 'the scheduler')] });
    }
  }
  for (const name of ['sorry_server_inhibit', 'sorry_server_lvs_method']) {
    const node = lastChild(server, name);
    const before = server.children.slice(0, node ? server.children.indexOf(node) : 0).some((c) => c.kind === 'keyword' && c.name === 'sorry_server');
    if (node && !before && !node.conditional) {
      problems.push({ code: 'keepalived/conflicting-setting', message: `${name} must come after a sorry_server line: keepalived ignores it`, ...span(node.statement.keyword) });
    }
  }
  checkGranularity(server, servers, problems);
  const quorumNode = lastChild(server, 'quorum');
  const weights = servers.map((r) => lastChild(r, 'weight')?.args[0]?.text ?? '1');
  if (quorumNode?.args[0]?.text !== undefined && !quorumNode.conditional && servers.length > 0 && weights.every((w) => /^\d+$/.test(w))) {
    const total = weights.reduce((sum, w) => sum + Number(w), 0);
    const wanted = Number(quorumNode.args[0].text);
    if (Number.isInteger(wanted) && wanted > total) {
      problems.push({ code: 'keepalived/conflicting-setting', message: `quorum ${wanted} exceeds the total weight of the real servers (${total}): keepalived lowers it to ${total}`, ...span(quorumNode.args[0].word) });
    }
  }
  const hysteresis = lastChild(server, 'hysteresis');
  const quorum = Number(lastChild(server, 'quorum')?.args[0]?.text ?? '1');
  const hysteresisValue = Number(hysteresis?.args[0]?.text);
  if (hysteresis && !hysteresis.conditional && Number.isInteger(hysteresisValue) && Number.isInteger(quorum) && hysteresisValue >= quorum) {
    problems.push({ code: 'keepalived/conflicting-setting', message: `hysteresis ${hysteresisValue} is not below the quorum (${quorum}): keepalived resets it`, ...span(hysteresis.args[0]!.word) });
  }
  const ops = lastChild(server, 'ops');
  if (ops && !ops.conditional && protocol && protocol.args[0]?.text !== 'UDP') {
    problems.push({ code: 'keepalived/conflicting-setting', message: 'one-packet scheduling (ops) needs protocol UDP: keepalived resets it', ...span(ops.statement.keyword), related: [related(protocol, 'the protocol')] });
  }
  const sorry = lastChild(server, 'sorry_server');
  if (sorry?.args[0]?.text !== undefined && !(isIpv4(sorry.args[0].text) || isIpv6(sorry.args[0].text))) {
    problems.push({ code: 'keepalived/invalid-address', message: `'${sorry.args[0].text}' is not an IP address; keepalived skips the sorry server`, ...span(sorry.args[0].word) });
  }
}

/**
 * persistence_granularity is a netmask for an IPv4 service and a prefix length for IPv6; a service
 * without an address of its own (fwmark, group) takes its family from how the value is written.
 */
function checkGranularity(server: CheckedNode, servers: readonly CheckedNode[], problems: Problem[]): void {
  const node = lastChild(server, 'persistence_granularity');
  const value = node?.args[0]?.text;
  if (!node || value === undefined || node.conditional) return;
  const address = server.args[0]?.text;
  const own = address === undefined || address === 'fwmark' || address === 'group' ? undefined : address.includes(':') ? 'inet6' : 'inet';
  const family = own ?? (value.includes('.') ? 'inet' : 'inet6');
  const at = span(node.args[0]!.word);
  if (family === 'inet6') {
    const why = /^\+?\d+$/.test(value) && Number(value) >= 1 && Number(value) <= 128 ? undefined : `'${value}' is not an IPv6 prefix length (1-128)`;
    if (why) problems.push({ code: 'keepalived/invalid-value', message: `persistence_granularity: ${why}`, ...at });
    else if (!own) {
      for (const real of servers.filter((r) => r.args[0]?.text !== undefined && isIpv4(r.args[0].text) && !r.external)) {
        problems.push({
          code: 'keepalived/conflicting-setting',
          message: `keepalived skips this IPv4 real server: it read 'persistence_granularity ${value}' (no dot) as an IPv6 prefix length and made the virtual server IPv6; write an IPv4 netmask such as 255.255.255.0`,
          ...headerSpan(real),
          related: [{ ...at, message: 'the granularity that sets the family' }],
        });
      }
    }
  } else if (!/^(0x[0-9a-f]+|\d+)(\.(0x[0-9a-f]+|\d+)){0,3}$/i.test(value)) {
    problems.push({ code: 'keepalived/invalid-value', message: `persistence_granularity: '${value}' is not an IPv4 netmask (such as 255.255.255.0)`, ...at });
  }
}
