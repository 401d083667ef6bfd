import { part, type Translation } from '../translate.js';

/** `server1 and server2` -> `server1 y server2`. */
const and = (list: string): string => list.replace(/ and /g, ' y ');

/** `the VIP 10.0.0.10`, `the VIPs a, b`, `a VIP`. */
const vipsText = (text: string): string =>
  text === 'a VIP' ? 'una IP virtual' : text.replace(/^the VIPs /, 'las IP virtuales ').replace(/^the VIP /, 'la IP virtual ');

const failoverOutcomes: readonly Translation[] = [
  { pattern: /the same as any other node: a tie is decided by the higher IP address, not by haproxy's health/, es: 'igual que cualquier otro nodo: un empate lo decide la IP más alta, no la salud de haproxy' },
  { pattern: /the same as (\S+)'s (\S+): a tie is decided by the higher IP address, not by haproxy's health/, es: 'igual que los $2 de $1: un empate lo decide la IP más alta, no la salud de haproxy' },
  { pattern: /which still beats any other node: the VIP stays on the node without a proxy/, es: 'que aún gana a cualquier otro nodo: la IP virtual se queda en el nodo sin proxy' },
  { pattern: /which still beats (\S+)'s (\S+): the VIP stays on the node without a proxy/, es: 'que aún gana a los $2 de $1: la IP virtual se queda en el nodo sin proxy' },
];

const failoverAdvice: readonly Translation[] = [
  { pattern: /The weight (\S+) must take away more than the gap to the other node\./, es: 'El weight $1 debe restar más que la diferencia con el otro nodo.' },
  {
    pattern: /The weight \((\S+)\) must be larger than the priority gap \((\S+)\): raise it on every node, or bring the priorities closer\./,
    es: 'El weight ($1) debe ser mayor que la diferencia de prioridad ($2): súbalo en todos los nodos, o acerque las prioridades.',
  },
  {
    pattern: /Give the haproxy check a weight that moves the priority past the other node, or weight 0 for FAULT\./,
    es: 'Dé al chequeo de haproxy un weight que lleve la prioridad más allá del otro nodo, o weight 0 para FAULT.',
  },
];

const weaknesses: readonly Translation[] = [
  { pattern: /'(.*)' is a default password/, es: "'$1' es una contraseña por defecto" },
  { pattern: /the password is the user name/, es: 'la contraseña es el nombre de usuario' },
  { pattern: /the password has only (\d+) characters \(use at least (\d+)\)/, es: 'la contraseña solo tiene $1 caracteres (use al menos $2)' },
  { pattern: /the password is a trivial sequence/, es: 'la contraseña es una secuencia trivial' },
];

/** "the keepalived configuration of server1" and the other things load.ts looks for. */
const manifestThings: readonly Translation[] = [
  { pattern: /sysctl settings of the load balancers/, es: 'los ajustes sysctl de los balanceadores de carga' },
  { pattern: /sysctl settings of (\S+)/, es: 'los ajustes sysctl de $1' },
  { pattern: /keepalived configuration of (\S+)/, es: 'la configuración de keepalived de $1' },
  { pattern: /haproxy configuration of (\S+)/, es: 'la configuración de haproxy de $1' },
  { pattern: /script deployed to (\S+) as (.*)/, es: 'el script que se despliega en $1 como $2' },
  { pattern: /content of (\S+)/, es: 'el contenido de $1' },
];

/** The messages of the cluster cross-checks and the manifest, by code. */
export const clusterEs: Record<string, readonly Translation[]> = {
  'ha-cluster/manifest-syntax': [
    { pattern: /Unexpected end of the file: a value is missing\./, es: 'Final inesperado del fichero: falta un valor.' },
    { pattern: /Unexpected (".*"): expected a value\./, es: '$1 inesperado: se esperaba un valor.' },
    { pattern: /Unterminated string\./, es: 'Cadena sin cerrar.' },
    { pattern: /Invalid escape in a string\./, es: 'Secuencia de escape no válida en una cadena.' },
    { pattern: /Expected a property name in double quotes\./, es: 'Se esperaba un nombre de propiedad entre comillas dobles.' },
    { pattern: /Expected `:` after the property name\./, es: 'Se esperaba `:` después del nombre de la propiedad.' },
    { pattern: /Expected `,` or `(\}|\])`\./, es: 'Se esperaba `,` o `$1`.' },
    { pattern: /Unexpected text after the end of the JSON value\./, es: 'Texto inesperado después del final del valor JSON.' },
  ],
  'ha-cluster/manifest-invalid': [
    { pattern: /The manifest must be a JSON object with `loadBalancers` \(and usually `webServers`\)\./, es: 'El manifiesto debe ser un objeto JSON con `loadBalancers` (y normalmente `webServers`).' },
    { pattern: /Missing `(.*)` \(a string\)\./, es: 'Falta `$1` (una cadena).' },
    { pattern: /`(.*)` must be a string\./, es: '`$1` debe ser una cadena.' },
    { pattern: /`(.*)` must not be empty\./, es: '`$1` no puede estar vacío.' },
    { pattern: /`ssh` must be an object such as \{ "user": "root", "port": 22 \}\./, es: '`ssh` debe ser un objeto como { "user": "root", "port": 22 }.' },
    { pattern: /`ssh\.port` must be a port number \(1-65535\)\./, es: '`ssh.port` debe ser un número de puerto (1-65535).' },
    { pattern: /Missing `(.*)` \(an array of objects\)\./, es: 'Falta `$1` (una lista de objetos).' },
    { pattern: /`(.*)` must be an array of objects\./, es: '`$1` debe ser una lista de objetos.' },
    { pattern: /Each entry of `(.*)` must be an object\./, es: 'Cada entrada de `$1` debe ser un objeto.' },
    { pattern: /`(.*)` must be a version such as "2\.6"\./, es: '`$1` debe ser una versión como "2.6".' },
    { pattern: /Two machines are named '(.*)': names must be unique\./, es: "Hay dos máquinas con el nombre '$1': los nombres deben ser únicos." },
    { pattern: /`scripts` must be an array of \{ "source": \.\.\., "target": \.\.\. \}\./, es: '`scripts` debe ser una lista de { "source": ..., "target": ... }.' },
    {
      pattern: /Each script must be an object \{ "source": "scripts\/check\.sh", "target": "\/etc\/keepalived\/check\.sh" \}\./,
      es: 'Cada script debe ser un objeto { "source": "scripts/check.sh", "target": "/etc/keepalived/check.sh" }.',
    },
  ],
  'ha-cluster/missing-file': [
    {
      pattern: /'(.*)' is a (file|folder), not the (file|folder) (.*)\./,
      es: (path, found, kind, what) => `'${path}' es ${found === 'file' ? 'un fichero' : 'una carpeta'}, no ${kind === 'file' ? 'el fichero con' : 'la carpeta con'} ${part(manifestThings, what)}.`,
    },
    {
      pattern: /There is no (file|folder) '(.*)' \(the (.*)\), relative to (.*)\./,
      es: (kind, path, what, manifest) => `No existe ${kind === 'file' ? 'el fichero' : 'la carpeta'} '${path}' (${part(manifestThings, what)}), relativo a ${manifest}.`,
    },
  ],
  'ha-cluster/script-not-in-cluster': [
    {
      pattern: /(.*) is not a file of the cluster: add \{ "source": "<file in this folder>", "target": "(.*)" \} to the `scripts` of (\S+) in the manifest, so that it can be checked and deployed\./,
      es: '$1 no es un fichero del clúster: añada { "source": "<fichero de esta carpeta>", "target": "$2" } a los `scripts` de $3 en el manifiesto, para poder comprobarlo y desplegarlo.',
    },
  ],
  'ha-cluster/instance-without-peer': [
    {
      pattern: /VRRP instance (\S+) of (\S+) \((.*), virtual_router_id (\S+)\) has no counterpart on (.*): no other load balancer serves these VIPs, so they cannot fail over\./,
      es: 'La instancia VRRP $1 de $2 ($3, virtual_router_id $4) no tiene pareja en $5: ningún otro balanceador de carga sirve estas IP virtuales, así que no pueden conmutar.',
    },
  ],
  'ha-cluster/vrid-mismatch': [
    {
      pattern: /virtual_router_id (\S+) on (\S+), but (\S+) serves the same VIPs with (\S+): the nodes never see each other's adverts and both hold the VIP\./,
      es: 'virtual_router_id $1 en $2, pero $3 sirve las mismas IP virtuales con $4: los nodos nunca ven los anuncios del otro y los dos se quedan la IP virtual.',
    },
  ],
  'ha-cluster/vip-mismatch': [
    { pattern: /(\S+) has the VIP (\S+), but (\S+) has (\S+) in the same virtual router\./, es: '$1 tiene la IP virtual $2, pero $3 tiene $4 en el mismo router virtual.' },
    {
      pattern: /(\S+) has the VIP (\S+), which (\S+) does not have in the same virtual router: after a failover it is gone\./,
      es: '$1 tiene la IP virtual $2, que $3 no tiene en el mismo router virtual: tras una conmutación desaparece.',
    },
    {
      pattern: /(\S+) lacks the VIP (\S+) that (\S+) has in the same virtual router: it is not served after a failover\./,
      es: 'A $1 le falta la IP virtual $2 que $3 tiene en el mismo router virtual: no se sirve tras una conmutación.',
    },
  ],
  'ha-cluster/advert-int-mismatch': [
    {
      pattern: /advert_int (\S+)( \(the default\))? on (\S+), but (\S+) on (\S+): with VRRPv2 the adverts are dropped and both nodes become MASTER\./,
      es: (own, byDefault, node, agreed, holder) =>
        `advert_int ${own}${byDefault ? ' (el valor por defecto)' : ''} en ${node}, pero ${agreed} en ${holder}: con VRRPv2 los anuncios se descartan y los dos nodos pasan a MASTER.`,
    },
  ],
  'ha-cluster/auth-mismatch': [
    { pattern: /(\S+) authenticates VRRP, but (\S+) does not: each drops the other's adverts\./, es: '$1 autentica VRRP, pero $2 no: cada uno descarta los anuncios del otro.' },
    { pattern: /(\S+) has no VRRP authentication, but (\S+) has: each drops the other's adverts\./, es: '$1 no tiene autenticación VRRP, pero $2 sí: cada uno descarta los anuncios del otro.' },
    { pattern: /auth_type (\S+) on (\S+), but (\S+) on (\S+): each drops the other's adverts\./, es: 'auth_type $1 en $2, pero $3 en $4: cada uno descarta los anuncios del otro.' },
    {
      pattern: /The auth_pass of (\S+) differs from (\S+)'s \(keepalived compares the first 8 characters\): each drops the other's adverts and both become MASTER\./,
      es: 'El auth_pass de $1 no es el de $2 (keepalived compara los 8 primeros caracteres): cada uno descarta los anuncios del otro y los dos pasan a MASTER.',
    },
  ],
  'ha-cluster/unicast-mismatch': [
    {
      pattern: /unicast_src_ip (\S+) is not the address of (\S+) \((\S+)\): keepalived cannot send from it, and the peers expect (\S+)\./,
      es: 'unicast_src_ip $1 no es la dirección de $2 ($3): keepalived no puede enviar desde ella, y los peers esperan $4.',
    },
    {
      pattern: /(\S+) sends VRRP by multicast, but (.*) uses? unicast_peer: they never hear each other\./,
      es: '$1 envía VRRP por multicast, pero $2 usa unicast_peer: nunca se oyen.',
    },
    {
      pattern: /unicast_peer (\S+) is not (\S+), which sends from (\S+): (\S+)'s adverts do not reach it\./,
      es: 'unicast_peer $1 no es $2, que envía desde $3: los anuncios de $4 no le llegan.',
    },
    {
      pattern: /unicast_peer of (\S+) does not list (\S+) \((\S+)\): its adverts do not reach it, and both become MASTER\./,
      es: 'El unicast_peer de $1 no incluye a $2 ($3): sus anuncios no le llegan, y los dos pasan a MASTER.',
    },
  ],
  'ha-cluster/same-priority': [
    {
      pattern: /(\S+) has the same priority \((\S+?)(, the default)?\) as (\S+): the election is decided by the higher IP address\. Give each node its own priority\./,
      es: (node, priority, byDefault, other) =>
        `${node} tiene la misma prioridad (${priority}${byDefault ? ', la de por defecto' : ''}) que ${other}: la elección la decide la IP más alta. Dé a cada nodo su propia prioridad.`,
    },
  ],
  'ha-cluster/master-count': [
    { pattern: /(\S+) and (\S+) both start as MASTER: start one as MASTER and the others as BACKUP\./, es: '$1 y $2 arrancan los dos como MASTER: arranque uno como MASTER y los demás como BACKUP.' },
    {
      pattern: /Every node starts as BACKUP, and (\S+) has nopreempt, but (\S+) does not: it takes the VIP back whenever it has the higher priority\./,
      es: 'Todos los nodos arrancan como BACKUP, y $1 tiene nopreempt, pero $2 no: recupera la IP virtual siempre que tiene la prioridad más alta.',
    },
    {
      pattern: /No node starts as MASTER: start (\S+) \(the highest priority, (\S+)\) as MASTER, or give every node nopreempt\./,
      es: 'Ningún nodo arranca como MASTER: arranque $1 (la prioridad más alta, $2) como MASTER, o ponga nopreempt en todos los nodos.',
    },
  ],
  'ha-cluster/master-not-highest': [
    {
      pattern: /(\S+) starts as MASTER with (effective )?priority (\S+), but (\S+) has (\S+?)( \(a tie, decided by IP address\))?: (\S+) takes the VIP at once\. Give the MASTER the highest priority\./,
      es: (master, effective, priority, other, otherPriority, tie, taker) =>
        `${master} arranca como MASTER con prioridad${effective ? ' efectiva' : ''} ${priority}, pero ${other} tiene ${otherPriority}${tie ? ' (un empate, que decide la dirección IP)' : ''}: ${taker} se queda la IP virtual enseguida. Dé al MASTER la prioridad más alta.`,
    },
  ],
  'ha-cluster/no-haproxy-check': [
    {
      pattern:
        /VRRP instance (\S+) of (\S+) (tracks no script or process|tracks (.*), none of which is known to check haproxy): if haproxy stops there, the node keeps the VIP and clients get no answer\. Track a script such as "\/usr\/bin\/killall -0 haproxy", or a vrrp_track_process for haproxy\./,
      es: (instance, node, how, names) =>
        `La instancia VRRP ${instance} de ${node} ${how === 'tracks no script or process' ? 'no sigue ningún script ni proceso' : `sigue ${names}, y de ninguno se sabe que compruebe haproxy`}: si haproxy se para allí, el nodo se queda la IP virtual y los clientes no reciben respuesta. Siga un script como "/usr/bin/killall -0 haproxy", o un vrrp_track_process de haproxy.`,
    },
  ],
  'ha-cluster/no-failover': [
    {
      pattern:
        /If haproxy stops on (\S+), (\S+)'s priority (\S+) becomes (\S+), but (.*) (?:has|have) nopreempt and never takes? over from a running MASTER: the VIP stays on the node without a proxy\. With nopreempt, give the haproxy check weight 0, so that a failure puts the instance into FAULT\./,
      es: '$1: si haproxy se para allí, su prioridad $3 pasa a $4, pero $5 tiene nopreempt y nunca toma el relevo de un MASTER en marcha: la IP virtual se queda en el nodo sin proxy. Con nopreempt, dé al chequeo de haproxy weight 0, para que un fallo ponga la instancia en FAULT.',
    },
    {
      pattern: /If haproxy stops on (\S+), (\S+)'s priority (\S+) becomes (\S+), (.*?)\. (The weight .*|Give the haproxy check .*)/,
      es: (node, _same, priority, dead, outcome, advice) =>
        `Si haproxy se para en ${node}, su prioridad ${priority} pasa a ${dead}, ${part(failoverOutcomes, outcome)}. ${part(failoverAdvice, advice)}`,
    },
  ],
  'ha-cluster/nonlocal-bind-missing': [
    {
      pattern:
        /(This file does not set (\S+) = 1|(\S+) is (\S+)), but haproxy binds the VIP (\S+), which the BACKUP does not hold when haproxy starts: without (\S+) = 1 haproxy fails to start on (.*) while (?:they do|it does) not hold the VIP, and a failover finds no proxy\./,
      es: (_head, unsetKey, key, value, vip, wanted, nodes) =>
        `${unsetKey ? `Este fichero no pone ${unsetKey} = 1` : `${key} vale ${value}`}, pero haproxy escucha en la IP virtual ${vip}, que el BACKUP no tiene cuando haproxy arranca: sin ${wanted} = 1 haproxy no arranca en ${and(nodes)} mientras no tengan la IP virtual, y una conmutación no encuentra proxy.`,
    },
  ],
  'ha-cluster/bind-foreign-address': [
    {
      pattern:
        /haproxy on (.*) binds (\S+), which is neither (.*) nor the node's own address nor a wildcard: haproxy fails to start there \(or, with ip_nonlocal_bind, never receives a connection\)\./,
      es: (nodes, address, vips) =>
        `haproxy en ${and(nodes)} escucha en ${address}, que no es ${vipsText(vips)} ni la dirección propia del nodo ni un comodín: haproxy no arranca allí (o, con ip_nonlocal_bind, nunca recibe conexiones).`,
    },
  ],
  'ha-cluster/vip-subnet': [
    {
      pattern:
        /The VIP (\S+) is not in the \/(\d+) subnet of (\S+)'s address (\S+?)( \(no prefix is written; a \/\d+ is assumed\))?: clients on that network cannot reach it through this node\./,
      es: (vip, prefix, node, address, assumed) =>
        `La IP virtual ${vip} no está en la subred /${prefix} de la dirección ${address} de ${node}${assumed ? ` (no se indica prefijo; se supone /${prefix})` : ''}: los clientes de esa red no pueden llegar a ella a través de este nodo.`,
    },
  ],
  'ha-cluster/haproxy-divergence': [
    {
      pattern: /The haproxy configuration of (.*) has no `(.*)` section, which (\S+)'s has: it is missing after a failover\./,
      es: (users, key, reference) => `La configuración de haproxy de ${and(users)} no tiene la sección \`${key}\`, que la de ${reference} sí tiene: falta tras una conmutación.`,
    },
    {
      pattern: /In (.*), (.*) has `(.*)` but (\S+) has `(.*)`: behaviour changes after a failover\./,
      es: (key, users, own, reference, ref) => `En ${key}, ${and(users)} tiene \`${own}\` pero ${reference} tiene \`${ref}\`: el comportamiento cambia tras una conmutación.`,
    },
    {
      pattern: /(.*) of (.*) lacks `(.*)`, which (\S+) has: behaviour changes after a failover\./,
      es: (key, users, ref, reference) => `A ${key} de ${and(users)} le falta \`${ref}\`, que ${reference} sí tiene: el comportamiento cambia tras una conmutación.`,
    },
    {
      pattern: /`(.*)` in (.*) is only on (.*), not on (\S+): behaviour changes after a failover\./,
      es: (own, key, users, reference) => `\`${own}\` en ${key} solo está en ${and(users)}, no en ${reference}: el comportamiento cambia tras una conmutación.`,
    },
    {
      pattern: /`(.*)` exists only in the haproxy configuration of (.*), not on (\S+): behaviour changes after a failover\./,
      es: (key, users, reference) => `\`${key}\` solo existe en la configuración de haproxy de ${and(users)}, no en ${reference}: el comportamiento cambia tras una conmutación.`,
    },
  ],
  'ha-cluster/health-check-file-missing': [
    {
      pattern: /The health check (\S+) (\S+)( \(inherited by .*\))? asks (\S+) for (.*), which its content folder (.*) does not have: haproxy marks servers? (.*) down\./,
      es: (method, uri, inherited, web, files, folder, servers) =>
        `El chequeo de salud ${method} ${uri}${inherited ? ` (heredado por ${inherited.slice(' (inherited by '.length, -1)})` : ''} pide a ${web} ${files.replace(/ or /g, ' o ')}, que su carpeta de contenido ${folder} no tiene: haproxy marca caído ${servers.includes(', ') ? 'a los servidores' : 'al servidor'} ${servers}.`,
    },
  ],
  'ha-cluster/server-not-in-cluster': [
    {
      pattern: /Server (\S+) \((\S+)\) of (.*) is not a web server of the manifest( \(.*\))?: its content and health-check files cannot be checked\./,
      es: (name, address, backend, known) =>
        `El servidor ${name} (${address}) de ${backend === 'this backend' ? 'este backend' : backend} no es un servidor web del manifiesto${known ?? ''}: sus ficheros de contenido y de chequeo de salud no se pueden comprobar.`,
    },
  ],
  'ha-cluster/weak-stats-auth': [
    {
      pattern: /Weak (statistics page|userlist) credential for '(.*)': (.*)\. The load balancers are reachable at the VIP; choose a long, unique password\./,
      es: (kind, user, why) =>
        `Credencial débil ${kind === 'userlist' ? 'de userlist' : 'de la página de estadísticas'} para '${user}': ${part(weaknesses, why)}. Los balanceadores de carga son accesibles en la IP virtual; elija una contraseña larga y única.`,
    },
  ],
};
