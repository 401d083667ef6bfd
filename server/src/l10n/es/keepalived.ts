import { part, type Translation } from '../translate.js';
import { valueReasons } from './values.js';

/** Reasons for a bad keepalived value: the shared ones and those of keepalived's own readers. */
const keepalivedReasons: readonly Translation[] = [
  { pattern: /'(.*)' is negative/, es: "'$1' es negativo" },
  { pattern: /'(.*)' has more than (\d+) decimal places/, es: "'$1' tiene más de $2 decimales" },
  { pattern: /'(.*)' is not a valid IPv4 address \(each part 0-255, no leading zeros\)/, es: "'$1' no es una dirección IPv4 válida (cada parte de 0 a 255, sin ceros a la izquierda)" },
  { pattern: /'\/(.*)' is not a prefix length from 0 to (\d+) \(keepalived takes no dotted netmask here\)/, es: "'/$1' no es una longitud de prefijo de 0 a $2 (aquí keepalived no admite una máscara con puntos)" },
  { pattern: /'\/(.*)' is not a prefix length from 0 to (\d+)/, es: "'/$1' no es una longitud de prefijo de 0 a $2" },
  { pattern: /'(.*)' is neither an IP address nor a host name/, es: "'$1' no es ni una dirección IP ni un nombre de máquina" },
  { pattern: /'(.*)' is not a valid IPv4 address/, es: "'$1' no es una dirección IPv4 válida" },
  { pattern: /'(.*)' is not an IPv4 multicast address \(224\.0\.0\.0\/4\)/, es: "'$1' no es una dirección multicast IPv4 (224.0.0.0/4)" },
  { pattern: /'(.*)' is not an IPv6 multicast address \(ff00::\/8\)/, es: "'$1' no es una dirección multicast IPv6 (ff00::/8)" },
  { pattern: /'(.*)' is not a multicast address(.*)/, es: "'$1' no es una dirección multicast$2" },
  { pattern: /'(.*)' is not an MD5 digest \(32 hexadecimal digits\)/, es: "'$1' no es un resumen MD5 (32 dígitos hexadecimales)" },
  { pattern: /'(.*)' is not a umask bit \((.*)\) or a number/, es: "'$1' no es un bit de umask ($2) ni un número" },
  { pattern: /'(.*)' must be greater than 0/, es: "'$1' debe ser mayor que 0" },
  { pattern: /takes one value \(a number, or bits joined by \|\)/, es: 'admite un solo valor (un número, o bits unidos con |)' },
  { pattern: /'(.*)' is not an include check \((.*)\)/, es: "'$1' no es una comprobación de include ($2)" },
  { pattern: /'(.*)' is not 'overwrite'/, es: "'$1' no es 'overwrite'" },
  { pattern: /'(.*)' is not tcp, tcpfin or udp/, es: "'$1' no es tcp, tcpfin ni udp" },
  { pattern: /'(.*)' needs a number of seconds/, es: "'$1' necesita un número de segundos" },
  { pattern: /'all' needs a delay in seconds after it/, es: "'all' necesita detrás un retardo en segundos" },
  { pattern: /port (.*)/, es: (why) => `puerto ${part(valueReasons, why)}` },
  { pattern: /'(.*)' is not a tunnel option \((.*)\)/, es: "'$1' no es una opción de túnel ($2)" },
  { pattern: /'(.*)' is not an HTTP status code \(100-599\) or range/, es: "'$1' no es un código de estado HTTP (100-599) ni un rango" },
  { pattern: /keepalived takes no scope for an IPv6 address/, es: 'keepalived no admite scope en una dirección IPv6' },
  { pattern: /an IPv6 address has no broadcast address; keepalived skips the address/, es: 'una dirección IPv6 no tiene dirección de broadcast; keepalived se salta la dirección' },
  { pattern: /keepalived takes no label for an IPv6 address/, es: 'keepalived no admite label en una dirección IPv6' },
  ...valueReasons,
];

const reason = (text: string): string => part(keepalivedReasons, text);

/** The `~SEQ`/`~LST` reasons (reader.ts), each followed by "keepalived ignores this line." */
const sequenceReasons: readonly Translation[] = [
  { pattern: /The numbers of `~SEQ\(\.\.\.\)` are too long for keepalived \(at most 63 characters\)\./, es: 'Los números de `~SEQ(...)` son demasiado largos para keepalived (63 caracteres como máximo).' },
  { pattern: /`~SEQ` must be followed by `\(variable, \[start,\] \[step,\] end\)`\./, es: '`~SEQ` debe ir seguido de `(variable, [start,] [step,] end)`.' },
  { pattern: /`~SEQ\(\.\.\.\)` needs a variable name and at least one number, as in `~SEQ\(i, 1, 10\)`\./, es: '`~SEQ(...)` necesita un nombre de variable y al menos un número, como en `~SEQ(i, 1, 10)`.' },
  { pattern: /`~SEQ\(` is never closed by `\)` on this line\./, es: '`~SEQ(` no se cierra con `)` en esta línea.' },
  { pattern: /`~LST` must be followed by (.*)\./, es: (syntax) => `\`~LST\` debe ir seguido de ${syntax.replace('` or `', '` o `')}.` },
  { pattern: /Malformed `~LST`: expected (.*)\./, es: (syntax) => `\`~LST\` mal formado: se esperaba ${syntax.replace('` or `', '` o `')}.` },
  { pattern: /This `~LST` value set has more values than there are variables \((\d+)\)\./, es: 'Este conjunto de valores de `~LST` tiene más valores que variables ($1).' },
  {
    pattern: /`~SEQ` expects one to three numbers: `\(var, end\)`, `\(var, start, end\)` or `\(var, start, step, end\)`\./,
    es: '`~SEQ` espera de uno a tres números: `(var, end)`, `(var, start, end)` o `(var, start, step, end)`.',
  },
  { pattern: /`~SEQ` step (\S+) never gets from (\S+) to (\S+)\./, es: 'Con el paso $1, `~SEQ` nunca llega de $2 a $3.' },
  { pattern: /`~SEQx` only counts through positive numbers\./, es: '`~SEQx` solo cuenta con números positivos.' },
];

/** An instance's name, or `this instance` for one without a name. */
const instance = (name: string): string => (name === 'this instance' ? 'esta instancia' : name);

/** `virtual_server > real_server`, `the top level`: block paths stay as they are. */
const block = (label: string): string => (label === 'the top level' ? 'el nivel superior' : label);
const blocks = (list: string): string => {
  const more = / and (\d+) more$/.exec(list);
  const places = (more ? list.slice(0, more.index) : list).split(', ').map(block);
  if (more) return `${places.join(', ')} y ${more[1]} más`;
  return places.length > 1 ? `${places.slice(0, -1).join(', ')} o ${places.at(-1)}` : places.join('');
};

/** `; use 'a' or 'b' instead` at the end of a removed or deprecated keyword. */
const instead = (list: string): string => (list ? `; use ${list.replace(/' or '/g, "' o '")} en su lugar` : '');

/** The messages of the keepalived.conf parser and checks, by code. */
export const keepalivedEs: Record<string, readonly Translation[]> = {
  'keepalived/file-too-large': [
    {
      pattern: /This file has (\S+) M characters, more than the (\S+) M the editor checks: it is not checked here\. Run `haproxy-keepalived check` on it\./,
      es: 'Este archivo tiene $1 M de caracteres, más que los $2 M que comprueba el editor: aquí no se comprueba. Ejecute `haproxy-keepalived check` sobre él.',
    },
  ],
  'keepalived/syntax': [
    { pattern: /Unexpected characters?: (.*)\./, es: 'Carácter inesperado: $1.' },
    { pattern: /Blocks are nested more than (\d+) levels deep here; the deeper levels are not analysed\./, es: 'Aquí los bloques se anidan a más de $1 niveles; los niveles más profundos no se analizan.' },
    { pattern: /Internal error while reading this file: (.*)/, es: 'Error interno al leer este fichero: $1' },
    { pattern: /([^]*)/, es: 'Esta parte no se puede leer como configuración de keepalived ($1)' },
  ],
  'keepalived/unbalanced-brace': [
    { pattern: /This `\}` has no block to close \(keepalived reports an extra `\}`\)\./, es: 'Esta `}` no tiene ningún bloque que cerrar (keepalived informa de una `}` de más).' },
    { pattern: /This `\{` is never closed: the file ends before its `\}`\./, es: 'Esta `{` no se cierra nunca: el fichero termina antes de su `}`.' },
  ],
  'keepalived/unexpected-brace': [
    {
      pattern: /This `\{` does not follow a keyword: keepalived ignores it, and its matching `\}` then closes the enclosing block\./,
      es: 'Esta `{` no va detrás de una palabra clave: keepalived la ignora, y su `}` cierra entonces el bloque que la contiene.',
    },
  ],
  'keepalived/unterminated-quote': [
    {
      pattern: /This `"` is never closed on its line: keepalived reports an unterminated quote \(and, outside a definition, drops the rest of the line\)\./,
      es: 'Estas `"` no se cierran en su línea: keepalived informa de unas comillas sin cerrar (y, fuera de una definición, descarta el resto de la línea).',
    },
    {
      pattern: /keepalived pairs quotes without looking at backslashes, so this `"` is left open; it reports an unmatched quote and drops the rest of the line\./,
      es: 'keepalived empareja las comillas sin mirar las barras invertidas, así que estas `"` quedan abiertas; informa de unas comillas sin pareja y descarta el resto de la línea.',
    },
  ],
  'keepalived/bad-seq': [
    { pattern: /([^]*) keepalived ignores this line\./, es: (why) => `${part(sequenceReasons, why)} keepalived ignora esta línea.` },
    {
      pattern: /`~SEQ`\/`~LST` repeat only the rest of their line, and the braces on it do not balance: the block would be opened \(or closed\) once per value\./,
      es: '`~SEQ`/`~LST` solo repiten el resto de su línea, y las llaves de esta no cuadran: el bloque se abriría (o cerraría) una vez por valor.',
    },
  ],
  'keepalived/bad-definition': [
    {
      pattern: /keepalived allows no blank before `=` in a parameter definition: write `\$(.*)=\.\.\.`\. As written, the line is read as an unknown keyword\./,
      es: 'keepalived no admite espacios antes de `=` en la definición de un parámetro: escriba `$$1=...`. Tal como está, la línea se lee como una palabra clave desconocida.',
    },
    {
      pattern: /`(.*)` is not a valid parameter name \(letters, digits and `_`, not starting with a digit\), so keepalived reads this line as an unknown keyword\./,
      es: '`$1` no es un nombre de parámetro válido (letras, dígitos y `_`, sin empezar por dígito), así que keepalived lee esta línea como una palabra clave desconocida.',
    },
  ],
  'keepalived/bad-include': [
    { pattern: /`(.*)` needs a file pattern; without one keepalived reads it as an unknown keyword\./, es: '`$1` necesita un patrón de ficheros; sin él keepalived lo lee como una palabra clave desconocida.' },
  ],
  'keepalived/nul-byte': [
    { pattern: /NUL byte: keepalived stops reading this line here \(2\.3 and later ignore the whole line\)\./, es: 'Byte NUL: keepalived deja de leer esta línea aquí (la 2.3 y posteriores ignoran la línea entera).' },
  ],
  'keepalived/line-too-long': [
    {
      pattern: /This line is longer than the (\d+) bytes keepalived reads at once: 2\.2 reads the rest as a separate line, 2\.3 and later ignore the line\./,
      es: 'Esta línea pasa de los $1 bytes que keepalived lee de una vez: la 2.2 lee el resto como otra línea, la 2.3 y posteriores ignoran la línea.',
    },
    { pattern: /This line fills the (\d+) bytes keepalived reads at once, leaving no room for its line end\./, es: 'Esta línea ocupa los $1 bytes que keepalived lee de una vez y no deja sitio para su fin de línea.' },
  ],
  'keepalived/stray-backslash': [
    {
      pattern: /keepalived continues lines only inside a `\$NAME=` definition: here the backslash stays part of the line and the next line is read on its own\./,
      es: 'keepalived solo continúa líneas dentro de una definición `$NAME=`: aquí la barra invertida sigue siendo parte de la línea y la siguiente se lee por separado.',
    },
  ],
  'keepalived/empty-conditional': [
    { pattern: /Nothing follows `(.*)` on this line, so keepalived ignores the line\./, es: 'No hay nada detrás de `$1` en esta línea, así que keepalived ignora la línea.' },
    { pattern: /keepalived needs a space or tab after `(.*)`; without one it ignores the line\./, es: 'keepalived necesita un espacio o tabulador después de `$1`; sin él ignora la línea.' },
  ],
  'keepalived/conditional-brace': [
    {
      pattern: /On hosts whose config id is( not)? `(.*)`, keepalived drops this whole line with its unbalanced brace, and the blocks around it pair up differently\./,
      es: (not, id) =>
        `En las máquinas cuyo config id ${not ? 'no ' : ''}es \`${id}\`, keepalived descarta esta línea entera con su llave desparejada, y los bloques de alrededor se emparejan de otra forma.`,
    },
  ],
  'keepalived/definition-break': [
    {
      pattern:
        /This blank or comment line ends the multi-line definition of `\$(.*)` in keepalived's VRRP and checker processes, but not in its main process, which keeps reading the definition on the next line\. Remove this line or end the definition before it\./,
      es: 'Esta línea en blanco o de comentario termina la definición multilínea de `$$1` en los procesos VRRP y checker de keepalived, pero no en su proceso principal, que sigue leyendo la definición en la línea siguiente. Quite esta línea o termine la definición antes.',
    },
  ],
  'keepalived/include-brace': [
    {
      pattern: /keepalived takes the whole rest of an `include` line as the file pattern, this brace included; put the brace on its own line\./,
      es: 'keepalived toma todo el resto de una línea `include` como patrón de ficheros, incluida esta llave; ponga la llave en su propia línea.',
    },
  ],
  'keepalived/comment-in-word': [
    { pattern: /keepalived starts a comment at this `(.)`, cutting the word short; write `\\(.)` to keep it\./, es: 'keepalived empieza un comentario en este `$1` y corta la palabra; escriba `\\$2` para conservarlo.' },
  ],

  'keepalived/unknown-keyword': [{ pattern: /unknown keyword '(.*)' in (.*)/, es: (name, where) => `palabra clave desconocida '${name}' en ${block(where)}` }],
  'keepalived/wrong-block': [{ pattern: /'(.*)' belongs in (.*), not in (.*)/, es: (name, places, where) => `'${name}' va en ${blocks(places)}, no en ${block(where)}` }],
  'keepalived/keyword-too-new': [
    {
      pattern: /'(.*)' needs keepalived (\S+) or newer(?: in (.*))?; the target version is (\S+)/,
      es: (name, since, where, target) => `'${name}' necesita keepalived ${since} o posterior${where ? ` en ${block(where)}` : ''}; la versión de destino es la ${target}`,
    },
  ],
  'keepalived/removed-keyword': [
    { pattern: /'(.*?)' was removed in keepalived (\S+?)(?:; use (.*) instead)?/, es: (name, version, list) => `'${name}' se eliminó en keepalived ${version}${instead(list)}` },
  ],
  'keepalived/deprecated-keyword': [
    { pattern: /'(.*?)' is deprecated since keepalived (\S+?)(?:; use (.*) instead)?/, es: (name, version, list) => `'${name}' está obsoleto desde keepalived ${version}${instead(list)}` },
    { pattern: /'(.*)' in a route is deprecated; use '(.*)'/, es: "'$1' está obsoleto en una ruta; use '$2'" },
  ],
  'keepalived/missing-value': [
    { pattern: /'(.*)' needs a value; keepalived stops reading the configuration here/, es: "'$1' necesita un valor; keepalived deja de leer la configuración aquí" },
    { pattern: /'(.*)' needs a value; keepalived skips this address/, es: "'$1' necesita un valor; keepalived se salta esta dirección" },
    { pattern: /'(.*)' needs a value; keepalived skips this route/, es: "'$1' necesita un valor; keepalived se salta esta ruta" },
    { pattern: /'(.*)' needs a value; keepalived skips this rule/, es: "'$1' necesita un valor; keepalived se salta esta regla" },
    { pattern: /'(.*)' needs a value/, es: "'$1' necesita un valor" },
    { pattern: /'weight' needs a number; keepalived ignores this (.*) entry/, es: "'weight' necesita un número; keepalived ignora esta entrada de $1" },
    { pattern: /'(.*)' needs a number/, es: "'$1' necesita un número" },
    { pattern: /virtual_server needs a port \(port 0 is only for persistent services\)/, es: 'virtual_server necesita un puerto (el puerto 0 es solo para servicios persistentes)' },
  ],
  'keepalived/extra-value': [
    { pattern: /'(.*)' takes no value; keepalived ignores '(.*)'/, es: "'$1' no admite valores; keepalived ignora '$2'" },
    { pattern: /'(.*)' takes 1 value; keepalived ignores the rest of the line/, es: "'$1' admite 1 valor; keepalived ignora el resto de la línea" },
    { pattern: /'(.*)' takes (\d+) values; keepalived ignores the rest of the line/, es: "'$1' admite $2 valores; keepalived ignora el resto de la línea" },
    { pattern: /'(.*)' takes one name; keepalived ignores the rest of the line/, es: "'$1' admite un solo nombre; keepalived ignora el resto de la línea" },
    { pattern: /'(.*)' takes no value on its line: put the entries inside the block/, es: "'$1' no admite valores en su línea: ponga las entradas dentro del bloque" },
  ],
  'keepalived/invalid-value': [
    { pattern: /([\w.>-]+): (.*)/, es: (name, why) => `${name}: ${reason(why)}` },
  ],
  'keepalived/invalid-address': [
    { pattern: /(.*); keepalived skips this address/, es: (why) => `${reason(why)}; keepalived se salta esta dirección` },
    { pattern: /(\w+): (.*); keepalived skips this route/, es: (name, why) => `${name}: ${reason(why)}; keepalived se salta esta ruta` },
    { pattern: /(\w+): (.*); keepalived skips this rule/, es: (name, why) => `${name}: ${reason(why)}; keepalived se salta esta regla` },
    {
      pattern: /(.*): not a route destination \(or an unknown route option\); keepalived skips this route/,
      es: (why) => `${reason(why)}: no es un destino de ruta (o es una opción de ruta desconocida); keepalived se salta esta ruta`,
    },
    { pattern: /'(.*)' is not an IP address; keepalived skips this peer/, es: "'$1' no es una dirección IP; keepalived se salta este peer" },
    { pattern: /'(.*)' is not an IP address; keepalived skips the sorry server/, es: "'$1' no es una dirección IP; keepalived se salta el sorry server" },
    { pattern: /'(.*)' is not an address \(or address range\) of a virtual server; keepalived skips it/, es: "'$1' no es una dirección (ni un rango de direcciones) de un virtual server; keepalived se lo salta" },
  ],
  'keepalived/unknown-option': [
    { pattern: /unknown option '(.*)' for an address; keepalived ignores it/, es: "opción desconocida '$1' en una dirección; keepalived la ignora" },
    { pattern: /unknown option '(.*)' in (\S+): write '(.*)'/, es: "opción desconocida '$1' en $2: escriba '$3'" },
    { pattern: /unknown option '(.*)' for a unicast peer/, es: "opción desconocida '$1' en un peer unicast" },
    { pattern: /unknown rule option '(.*)'/, es: "opción de regla desconocida '$1'" },
    { pattern: /'(.*)' is not ('.*')/, es: (value, list) => `'${value}' no es ${list.replace(/' or '/g, "' ni '")}` },
  ],
  'keepalived/missing-name': [
    { pattern: /'(.*)' needs a name: '(.*)'/, es: "'$1' necesita un nombre: '$2'" },
    { pattern: /virtual_server needs an address and port, 'fwmark <n>' or 'group <name>'/, es: "virtual_server necesita una dirección y un puerto, 'fwmark <n>' o 'group <nombre>'" },
    { pattern: /real_server needs an address \(and a port\)/, es: 'real_server necesita una dirección (y un puerto)' },
  ],
  'keepalived/missing-block': [{ pattern: /'(.*)' opens a block: write '(.*)'/, es: "'$1' abre un bloque: escriba '$2'" }],
  'keepalived/unexpected-block': [
    {
      pattern: /'(.*)' takes no block: keepalived ignores this '\{', and its '\}' then closes (.*)/,
      es: (name, where) => `'${name}' no admite bloque: keepalived ignora esta '{', y su '}' cierra entonces ${block(where)}`,
    },
  ],
  'keepalived/empty-block': [
    {
      pattern: /notification_email has no address: keepalived reports the empty block \(leave the block out to send no mail\)/,
      es: 'notification_email no tiene ninguna dirección: keepalived avisa del bloque vacío (quite el bloque para no enviar correo)',
    },
  ],
  'keepalived/missing-required': [
    { pattern: /(this instance|\S+) has no virtual_router_id: keepalived refuses the instance/, es: (name) => `${instance(name)} no tiene virtual_router_id: keepalived rechaza la instancia` },
    { pattern: /(this instance|\S+) has no interface \(and no unicast_peer\): keepalived refuses the instance/, es: (name) => `${instance(name)} no tiene interface (ni unicast_peer): keepalived rechaza la instancia` },
    { pattern: /(this instance|\S+) has no interface: keepalived refuses the instance/, es: (name) => `${instance(name)} no tiene interface: keepalived rechaza la instancia` },
    {
      pattern: /(this instance|\S+) has no virtual_ipaddress: keepalived reports it \(and refuses it with VRRPv3 or strict mode\)/,
      es: (name) => `${instance(name)} no tiene virtual_ipaddress: keepalived avisa (y la rechaza con VRRPv3 o en modo estricto)`,
    },
    { pattern: /vrrp_script (.*) has no script: keepalived removes it/, es: 'vrrp_script $1 no tiene script: keepalived lo elimina' },
    { pattern: /vrrp_track_process has no process: keepalived ignores it/, es: 'vrrp_track_process no tiene process: keepalived lo ignora' },
    { pattern: /(\S+) has no file: keepalived ignores it/, es: '$1 no tiene file: keepalived lo ignora' },
    { pattern: /bfd_instance has no neighbor_ip: keepalived disables it/, es: 'bfd_instance no tiene neighbor_ip: keepalived lo desactiva' },
    { pattern: /url has no path: keepalived ignores it/, es: 'url no tiene path: keepalived la ignora' },
    { pattern: /(\S+) has no a url block: keepalived ignores the checker/, es: '$1 no tiene ningún bloque url: keepalived ignora el checker' },
    { pattern: /(\S+) has no (\S+): keepalived ignores the checker/, es: '$1 no tiene $2: keepalived ignora el checker' },
    { pattern: /virtual_server has no (lb_algo|lb_kind): keepalived reports it and uses '(.*)'/, es: "virtual_server no tiene $1: keepalived avisa y usa '$2'" },
    { pattern: /virtual_server has no protocol: keepalived reports it and uses UDP/, es: 'virtual_server no tiene protocol: keepalived avisa y usa UDP' },
    { pattern: /virtual_server has no real_server: keepalived ignores it/, es: 'virtual_server no tiene ningún real_server: keepalived lo ignora' },
    { pattern: /authentication without auth_pass: keepalived ignores it/, es: 'authentication sin auth_pass: keepalived la ignora' },
    { pattern: /keepalived cannot track a route without an interface: add 'dev <interface>' \(or 'no_track'\)/, es: "keepalived no puede seguir una ruta sin interfaz: añada 'dev <interface>' (o 'no_track')" },
    {
      pattern: /the rule has no action \(table, goto, nop, blackhole, prohibit or unreachable\); keepalived ignores it/,
      es: 'la regla no tiene acción (table, goto, nop, blackhole, prohibit o unreachable); keepalived la ignora',
    },
    {
      pattern: /the rule has no 'preference': keepalived picks one itself and reports it; give each rule its own/,
      es: "la regla no tiene 'preference': keepalived elige una por su cuenta y avisa; dé a cada regla la suya",
    },
  ],
  'keepalived/undefined-reference': [
    { pattern: /no (\S+) named '(.*)': keepalived ignores this entry/, es: "no hay ningún $1 con el nombre '$2': keepalived ignora esta entrada" },
    { pattern: /no (\S+) named '(.*)': this virtual server gets no address/, es: "no hay ningún $1 con el nombre '$2': este virtual server se queda sin dirección" },
    {
      pattern: /bfd_instance '(.*)' is only for the (checker|VRRP) process \(it says '(\w+)' and not '(\w+)'\): keepalived does not find it here/,
      es: (name, process, says, not) => `bfd_instance '${name}' es solo para el proceso ${process} (dice '${says}' y no '${not}'): keepalived no lo encuentra aquí`,
    },
  ],
  'keepalived/undefined-group': [
    { pattern: /no (\S+) named '(.*)': this virtual server gets no address/, es: "no hay ningún $1 con el nombre '$2': este virtual server se queda sin dirección" },
  ],
  'keepalived/duplicate-name': [
    { pattern: /(\S+) '(.*)' is already defined: keepalived refuses this one/, es: "$1 '$2' ya está definido: keepalived rechaza este" },
  ],
  'keepalived/shadowed-definition': [
    { pattern: /(\S+) '(.*)' is already defined: references use only one of the two/, es: "$1 '$2' ya está definido: las referencias solo usan uno de los dos" },
  ],
  'keepalived/duplicate-setting': [
    { pattern: /'(.*)' is already set in this block: keepalived keeps the first and ignores this one/, es: "'$1' ya está puesto en este bloque: keepalived se queda con el primero e ignora este" },
    { pattern: /the state is already set to MASTER: keepalived ignores this one/, es: 'el estado ya es MASTER: keepalived ignora este' },
    { pattern: /'(.*)' is already in (\S+): keepalived ignores the repeat/, es: "'$1' ya está en $2: keepalived ignora la repetición" },
    {
      pattern: /real_server (.*) is already in this virtual server: keepalived removes the second one/,
      es: 'real_server $1 ya está en este virtual server: keepalived quita el segundo',
    },
  ],
  'keepalived/duplicate-vrid': [
    {
      pattern: /(.*) and (.*) both use virtual_router_id (\d+) with IPv(4|6) on (.*): their adverts collide/,
      es: (a, b, vrid, v, iface) => `${instance(a)} y ${b === 'another instance' ? 'otra instancia' : b} usan ambas virtual_router_id ${vrid} con IPv${v} en ${iface}: sus anuncios chocan`,
    },
    {
      pattern: /(.*) and (.*) both use virtual_router_id (\d+) with the same unicast source and peers: their adverts collide/,
      es: (a, b, vrid) => `${instance(a)} y ${b === 'another instance' ? 'otra instancia' : b} usan ambas virtual_router_id ${vrid} con el mismo origen y peers unicast: sus anuncios chocan`,
    },
  ],
  'keepalived/sync-group': [
    {
      pattern: /(\S+) is listed twice: keepalived takes it for a member of two sync groups and drops the group/,
      es: '$1 aparece dos veces: keepalived lo toma por miembro de dos sync groups y descarta el grupo',
    },
    {
      pattern: /(\S+) is already in sync group '(.*)': an instance can be in one sync group only, keepalived ignores it here/,
      es: "$1 ya está en el sync group '$2': una instancia solo puede estar en un sync group, keepalived la ignora aquí",
    },
    {
      pattern: /sync group '(.*)' has (no instance|only one instance): keepalived reports it \(a sync group keeps two or more instances in the same state\)/,
      es: (name, how) => `el sync group '${name}' ${how === 'no instance' ? 'no tiene ninguna instancia' : 'solo tiene una instancia'}: keepalived avisa (un sync group mantiene dos o más instancias en el mismo estado)`,
    },
  ],
  'keepalived/sync-group-weight': [
    {
      pattern:
        /(\S+): (this entry gives it|its vrrp_script has) weight (\S+), but (\S+) is in sync group '(.*)', where keepalived ignores tracker weights: the priority never changes, so a failing check moves nothing\. Add sync_group_tracking_weight to the group, or write '(.*) weight 0' to make the check put the group in FAULT/,
      es: (name, where, weight, member, group, fix) =>
        `${name}: ${where === 'this entry gives it' ? 'esta entrada le da' : 'su vrrp_script tiene'} weight ${weight}, pero ${member} está en el sync group '${group}', donde keepalived ignora los pesos de los trackers: la prioridad nunca cambia, así que un chequeo que falla no mueve nada. Añada sync_group_tracking_weight al grupo, o escriba '${fix} weight 0' para que el chequeo ponga el grupo en FAULT`,
    },
  ],
  'keepalived/conflicting-setting': [
    { pattern: /nopreempt does not work with priority 255: keepalived resets it/, es: 'nopreempt no funciona con priority 255: keepalived lo anula' },
    { pattern: /(nopreempt|preempt_delay) needs 'state BACKUP': with state MASTER keepalived clears it/, es: "$1 necesita 'state BACKUP': con state MASTER keepalived lo desactiva" },
    { pattern: /preempt_delay does nothing with nopreempt: keepalived resets it/, es: 'preempt_delay no hace nada con nopreempt: keepalived lo anula' },
    { pattern: /strict mode \(vrrp_strict \/ strict_mode\) allows no preempt_delay: keepalived resets it/, es: 'el modo estricto (vrrp_strict / strict_mode) no admite preempt_delay: keepalived lo anula' },
    {
      pattern: /VRRPv2 adverts are sent in whole seconds: keepalived rounds (.*); add 'version 3' for sub-second adverts/,
      es: "VRRPv2 envía los anuncios en segundos enteros: keepalived redondea $1; añada 'version 3' para anuncios de menos de un segundo",
    },
    { pattern: /strict mode \(vrrp_strict\) allows no authentication: keepalived ignores this block/, es: 'el modo estricto (vrrp_strict) no admite authentication: keepalived ignora este bloque' },
    { pattern: /VRRPv3 has no authentication: keepalived ignores this block/, es: 'VRRPv3 no tiene authentication: keepalived ignora este bloque' },
    { pattern: /AH authentication does not work with IPv6: keepalived ignores it/, es: 'la autenticación AH no funciona con IPv6: keepalived la ignora' },
    {
      pattern: /with AH authentication an instance cannot start as MASTER \(it must first learn the sequence number\): keepalived starts it as BACKUP; use 'state BACKUP'/,
      es: "con autenticación AH una instancia no puede arrancar como MASTER (antes tiene que aprender el número de secuencia): keepalived la arranca como BACKUP; use 'state BACKUP'",
    },
    { pattern: /the instance already follows its own interface '(.*)': keepalived ignores this entry/, es: "la instancia ya sigue su propia interfaz '$1': keepalived ignora esta entrada" },
    {
      pattern: /the address owner \(priority 255\) cannot change priority: keepalived ignores the weight of '(.*)' \(give it 'weight 0' to fail over on error\)/,
      es: "el dueño de la dirección (priority 255) no puede cambiar de prioridad: keepalived ignora el weight de '$1' (póngale 'weight 0' para conmutar si falla)",
    },
    { pattern: /(\S+) with unicast peers needs vmac_xmit_base: keepalived sets it/, es: '$1 con peers unicast necesita vmac_xmit_base: keepalived lo activa' },
    {
      pattern: /an IPv4 ipvlan needs a source address \(mcast_src_ip or unicast_src_ip\): keepalived puts the instance in FAULT/,
      es: 'un ipvlan IPv4 necesita una dirección de origen (mcast_src_ip o unicast_src_ip): keepalived pone la instancia en FAULT',
    },
    {
      pattern: /'(.*)' without unicast_peer: keepalived falls back to multicast \(and reports this deprecated usage\)/,
      es: "'$1' sin unicast_peer: keepalived vuelve a multicast (y avisa de este uso obsoleto)",
    },
    { pattern: /vmac_xmit_base only applies with use_vmac: keepalived ignores it/, es: 'vmac_xmit_base solo se aplica con use_vmac: keepalived lo ignora' },
    { pattern: /(.*) is not of the instance's address family \((IPv4|IPv6)\): keepalived ignores it/, es: '$1 no es de la familia de direcciones de la instancia ($2): keepalived lo ignora' },
    { pattern: /IPv6 instances use VRRP version 3: keepalived ignores version 2/, es: 'las instancias IPv6 usan VRRP versión 3: keepalived ignora version 2' },
    { pattern: /a fwmark virtual server takes no protocol: keepalived ignores it/, es: 'un virtual server por fwmark no admite protocol: keepalived lo ignora' },
    { pattern: /(\S+) must come after a sorry_server line: keepalived ignores it/, es: '$1 debe ir después de una línea sorry_server: keepalived lo ignora' },
    {
      pattern: /quorum (\S+) exceeds the total weight of the real servers \((\S+)\): keepalived lowers it to (\S+)/,
      es: 'quorum $1 supera el peso total de los real servers ($2): keepalived lo baja a $3',
    },
    { pattern: /hysteresis (\S+) is not below the quorum \((\S+)\): keepalived resets it/, es: 'hysteresis $1 no es menor que el quorum ($2): keepalived lo anula' },
    { pattern: /one-packet scheduling \(ops\) needs protocol UDP: keepalived resets it/, es: 'el reparto por paquete (ops) necesita protocol UDP: keepalived lo anula' },
    {
      pattern:
        /keepalived skips this IPv4 real server: it read 'persistence_granularity (.*)' \(no dot\) as an IPv6 prefix length and made the virtual server IPv6; write an IPv4 netmask such as 255\.255\.255\.0/,
      es: "keepalived se salta este real server IPv4: leyó 'persistence_granularity $1' (sin punto) como una longitud de prefijo IPv6 e hizo IPv6 el virtual server; escriba una máscara IPv4 como 255.255.255.0",
    },
  ],
  'keepalived/priority-owner': [
    {
      pattern: /priority 255 is for the address owner \(the host whose own address is the VIP\): it always wins and preempts; use at most 254 on other nodes/,
      es: 'priority 255 es para el dueño de la dirección (la máquina cuya propia dirección es la IP virtual): siempre gana y se adelanta; use como mucho 254 en los demás nodos',
    },
  ],
  'keepalived/auth-pass-truncated': [
    {
      pattern: /keepalived uses only the first 8 characters of auth_pass: '(.*)' \(every node must agree on those\)/,
      es: "keepalived solo usa los 8 primeros caracteres de auth_pass: '$1' (todos los nodos deben coincidir en ellos)",
    },
  ],
  'keepalived/vip-without-prefix': [
    {
      pattern: /'(.*)' has no prefix length, so keepalived adds it as \/(\d+): fine when the interface already has an address in this subnet; otherwise write the subnet's prefix \(e\.g\. \/24\)/,
      es: "'$1' no tiene longitud de prefijo, así que keepalived la añade como /$2: vale si la interfaz ya tiene una dirección en esa subred; si no, escriba el prefijo de la subred (p. ej. /24)",
    },
  ],
  'keepalived/script-security': [
    {
      pattern: /(a script is|\d+ scripts are) configured but global_defs has no enable_script_security: keepalived -t fails with a security violation \(exit status 6\)/,
      es: (how) =>
        `${how === 'a script is' ? 'hay un script configurado' : `hay ${how.split(' ')[0]} scripts configurados`} pero global_defs no tiene enable_script_security: keepalived -t falla por violación de seguridad (código de salida 6)`,
    },
  ],
  'keepalived/script-user': [
    {
      pattern:
        /enable_script_security without script_user: scripts run as the user 'keepalived_script', which must exist on every node \(keepalived drops the scripts otherwise\); set script_user/,
      es: "enable_script_security sin script_user: los scripts se ejecutan como el usuario 'keepalived_script', que debe existir en todos los nodos (si no, keepalived descarta los scripts); ponga script_user",
    },
  ],
  'keepalived/script-path': [
    {
      pattern: /'(.*)' is not an absolute path: keepalived looks it up in its own PATH, which may differ from your shell's; write the full path/,
      es: "'$1' no es una ruta absoluta: keepalived lo busca en su propio PATH, que puede no ser el de su shell; escriba la ruta completa",
    },
  ],
  'keepalived/script-shell': [
    {
      pattern: /keepalived runs scripts without a shell, so (.*) (is|are) passed to (.*) as plain arguments; put the command in a script file, or use \/bin\/sh -c '\.\.\.'/,
      es: (constructs, verb, program) =>
        `keepalived ejecuta los scripts sin shell, así que ${constructs.replace(/, (?=[^,]*$)/, ' y ')} se ${verb === 'is' ? 'pasa' : 'pasan'} a ${program} como argumentos sin más; ponga la orden en un fichero de script, o use /bin/sh -c '...'`,
    },
  ],
  'keepalived/include-not-found': [
    { pattern: /no file matches '(.*)' \(relative patterns start from this file's folder\)/, es: "ningún fichero coincide con '$1' (los patrones relativos parten de la carpeta de este fichero)" },
  ],
  'keepalived/real-checker': [{ pattern: /([^]*)/, es: 'keepalived -t: $1' }],
  'keepalived/real-checker-warning': [{ pattern: /([^]*)/, es: 'keepalived -t (aviso): $1' }],
};

