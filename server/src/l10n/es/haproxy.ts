import { part, type Translation } from '../translate.js';
import { valueReasons } from './values.js';

const reason = (text: string): string => part(valueReasons, text);

/** `; use 'x' instead` at the end of a removed or deprecated keyword's message. */
const instead = (replacement: string): string => (replacement ? `; use '${replacement}' en su lugar` : '');

/** `(allowed in: frontend, listen)`: the list of sections stays as it is, with `y` for the last comma-less `or`. */
const sections = (list: string): string => list.replace(/ or /g, ' o ');

/** The messages of the haproxy.cfg parser and checks, by code. */
export const haproxyEs: Record<string, readonly Translation[]> = {
  'haproxy/file-too-large': [
    {
      pattern: /This file has (\S+) M characters, more than the (\S+) M the editor checks: it is not checked here\. Run `haproxy-keepalived check` on it\./,
      es: 'Este archivo tiene $1 M de caracteres, más que los $2 M que comprueba el editor: aquí no se comprueba. Ejecute `haproxy-keepalived check` sobre él.',
    },
  ],
  'haproxy/syntax': [
    { pattern: /This text cannot be read as part of a HAProxy configuration line\./, es: 'Este texto no se puede leer como parte de una línea de configuración de HAProxy.' },
    { pattern: /Unexpected text here: (.*)/, es: 'Texto inesperado aquí: $1' },
    { pattern: /Internal parser failure: (.*)/, es: 'Fallo interno del analizador: $1' },
  ],
  'haproxy/unterminated-quote': [
    { pattern: /This single-quoted text is not closed before the end of the line\./, es: 'Este texto entre comillas simples no se cierra antes del final de la línea.' },
    { pattern: /This double-quoted text is not closed before the end of the line\./, es: 'Este texto entre comillas dobles no se cierra antes del final de la línea.' },
  ],
  'haproxy/bad-escape': [
    {
      pattern: /`\\x` must be followed by exactly two hexadecimal digits \(for example `\\x20`\)\./,
      es: '`\\x` debe ir seguido exactamente de dos dígitos hexadecimales (por ejemplo `\\x20`).',
    },
  ],
  'haproxy/bad-variable': [
    { pattern: /The only suffix allowed after a variable name is `\[\*\]` \(split the value into several words\)\./, es: 'El único sufijo admitido tras el nombre de una variable es `[*]` (divide el valor en varias palabras).' },
    { pattern: /This `\$\{` has no closing `\}`\./, es: 'Este `${` no tiene su `}` de cierre.' },
    { pattern: /A variable name in `\$\{\.\.\.\}` must be followed by `\}`, `-default\}` or `\[\*\]\}`\./, es: 'El nombre de una variable en `${...}` debe ir seguido de `}`, `-default}` o `[*]}`.' },
    {
      pattern: /Inside double quotes `\$` starts an environment variable, whose name must begin with a letter or `_`\. Write `\\\$` \(or use single quotes\) for a literal dollar sign\./,
      es: 'Entre comillas dobles `$` inicia una variable de entorno, cuyo nombre debe empezar por una letra o `_`. Escriba `\\$` (o use comillas simples) para un signo de dólar literal.',
    },
    { pattern: /`(.*)` is not a variable HAProxy knows: the only names starting with a dot are \.LINE, \.FILE and \.SECTION\./, es: '`$1` no es una variable que HAProxy conozca: los únicos nombres que empiezan por punto son .LINE, .FILE y .SECTION.' },
  ],
  'haproxy/empty-argument': [
    {
      pattern: /An empty argument marks the end of the argument list: HAProxy 2\.6 ignores the words after it, newer versions reject the line\./,
      es: 'Un argumento vacío marca el final de la lista de argumentos: HAProxy 2.6 ignora las palabras que lo siguen y las versiones más nuevas rechazan la línea.',
    },
  ],
  'haproxy/too-many-words': [
    { pattern: /HAProxy reads at most (\d+) words on a line; this line has (\d+)\./, es: 'HAProxy lee como máximo $1 palabras por línea; esta línea tiene $2.' },
    {
      pattern: /This line has (\d+) words, the most HAProxy reads, and HAProxy before 3\.2 counts the blank after the last one as one more: remove it\./,
      es: 'Esta línea tiene $1 palabras, el máximo que lee HAProxy, y HAProxy antes de la 3.2 cuenta el espacio tras la última como una más: quítelo.',
    },
  ],
  'haproxy/nul-character': [
    { pattern: /HAProxy cannot read a NUL character: it stops reading the line here and rejects the file\./, es: 'HAProxy no puede leer un carácter NUL: deja de leer la línea aquí y rechaza el fichero.' },
  ],
  'haproxy/missing-final-newline': [
    {
      pattern: /The file must end with a line break: HAProxy rejects a last line without one, as if the file were truncated\./,
      es: 'El fichero debe terminar con un salto de línea: HAProxy rechaza una última línea sin él, como si el fichero estuviera truncado.',
    },
  ],
  'haproxy/ignored-text': [
    { pattern: /This line starts with an empty word, so HAProxy ignores the whole line\./, es: 'Esta línea empieza con una palabra vacía, así que HAProxy ignora la línea entera.' },
    {
      pattern: /A carriage return that is not followed by a line feed ends the line for HAProxy: the text after it is ignored\./,
      es: 'Un retorno de carro que no va seguido de un salto de línea termina la línea para HAProxy: el texto que viene detrás se ignora.',
    },
  ],
  'haproxy/outside-section': [
    {
      pattern: /`(.*)` appears before any section header \(such as global, defaults, frontend or backend\); HAProxy rejects it\./,
      es: '`$1` aparece antes de cualquier cabecera de sección (como global, defaults, frontend o backend); HAProxy lo rechaza.',
    },
  ],
  'haproxy/unknown-directive': [
    {
      pattern: /`(.*)` is not a directive: those starting with a dot are \.if, \.elif, \.else, \.endif, \.diag, \.notice, \.warning and \.alert\./,
      es: '`$1` no es una directiva: las que empiezan por punto son .if, .elif, .else, .endif, .diag, .notice, .warning y .alert.',
    },
  ],
  'haproxy/unbalanced-conditional': [
    { pattern: /`\.elif` without a `\.if` before it\./, es: '`.elif` sin un `.if` delante.' },
    { pattern: /`\.elif` cannot follow the `\.else` of the same block\./, es: '`.elif` no puede ir detrás del `.else` del mismo bloque.' },
    { pattern: /`\.else` without a `\.if` before it\./, es: '`.else` sin un `.if` delante.' },
    { pattern: /This block already has an `\.else`\./, es: 'Este bloque ya tiene un `.else`.' },
    { pattern: /`\.endif` without a `\.if` before it\./, es: '`.endif` sin un `.if` delante.' },
    { pattern: /This `\.if` block is never closed: add `\.endif`\./, es: 'Este bloque `.if` no se cierra nunca: añada `.endif`.' },
  ],
  'haproxy/unexpected-argument': [
    { pattern: /`(.*)` takes no argument\./, es: '`$1` no admite argumentos.' },
    { pattern: /`(.*)` takes a single message: put it in quotes if it contains spaces\./, es: '`$1` admite un único mensaje: póngalo entre comillas si lleva espacios.' },
  ],
  'haproxy/condition-syntax': [
    { pattern: /`\}` without a matching `\{`\./, es: '`}` sin su `{` correspondiente.' },
    {
      pattern: /The braces of an anonymous ACL must be separate words: write `\{ criterion \.\.\. \}` with spaces\./,
      es: 'Las llaves de una ACL anónima deben ser palabras aparte: escriba `{ criterion ... }` con espacios.',
    },
    {
      pattern: /This `\{` is not closed: an anonymous ACL ends with a separate `\}` word on the same line\./,
      es: 'Esta `{` no se cierra: una ACL anónima termina con una `}` aparte en la misma línea.',
    },
    { pattern: /An anonymous ACL needs a criterion between `\{` and `\}`\./, es: 'Una ACL anónima necesita un criterio entre `{` y `}`.' },
  ],
  'haproxy/condition-incomplete': [
    { pattern: /`!` must be followed by an ACL name or `\{`, not by an operator\./, es: '`!` debe ir seguido del nombre de una ACL o de `{`, no de un operador.' },
    { pattern: /The condition cannot start with `(.*)`: it needs an ACL on each side\./, es: 'La condición no puede empezar por `$1`: necesita una ACL a cada lado.' },
    { pattern: /`(.*)` follows another operator: an ACL is missing between them\./, es: '`$1` va detrás de otro operador: falta una ACL entre ambos.' },
    { pattern: /`!` at the end of the condition: it must be followed by an ACL name or `\{`\./, es: '`!` al final de la condición: debe ir seguido del nombre de una ACL o de `{`.' },
    { pattern: /The condition cannot end with `(.*)`: an ACL must follow it\./, es: 'La condición no puede terminar con `$1`: debe seguirle una ACL.' },
    { pattern: /`(.*)` must be followed by a condition \(ACL names, `\|\|`, `!` or `\{ \.\.\. \}`\)\./, es: '`$1` debe ir seguido de una condición (nombres de ACL, `||`, `!` o `{ ... }`).' },
  ],

  'haproxy/unknown-keyword': [{ pattern: /unknown keyword '(.*)' in '(.*)' section/, es: "palabra clave desconocida '$1' en la sección '$2'" }],
  'haproxy/wrong-section': [
    { pattern: /'(.*)' belongs in a (.*) section, not in '(.*)'/, es: (name, where, kind) => `'${name}' va en una sección ${sections(where)}, no en '${kind}'` },
    { pattern: /'(.*)' is not allowed in a frontend, which has no servers \(allowed in: (.*)\)/, es: "'$1' no se admite en un frontend, que no tiene servidores (se admite en: $2)" },
    { pattern: /'(.*)' is not allowed in a defaults section \(allowed in: (.*)\)/, es: "'$1' no se admite en una sección defaults (se admite en: $2)" },
  ],
  'haproxy/ignored-keyword': [
    {
      pattern: /'(.*)' has no effect in a (.*) section and is ignored \(it applies in: (.*)\)/,
      es: "'$1' no tiene efecto en una sección $2 y se ignora (se aplica en: $3)",
    },
  ],
  'haproxy/unknown-option': [{ pattern: /unknown (bind|server|default-server) option '(.*)'/, es: "opción de $1 desconocida '$2'" }],
  'haproxy/unknown-action': [{ pattern: /unknown (.*) action '(.*)'/, es: "acción de $1 desconocida '$2'" }],
  'haproxy/keyword-too-new': [
    { pattern: /'(.*)' needs HAProxy (\S+) or newer; the target version is (\S+)/, es: "'$1' necesita HAProxy $2 o posterior; la versión de destino es la $3" },
    { pattern: /(bind|server|default-server) option '(.*)' needs HAProxy (\S+) or newer; the target version is (\S+)/, es: "la opción de $1 '$2' necesita HAProxy $3 o posterior; la versión de destino es la $4" },
  ],
  'haproxy/removed-keyword': [
    { pattern: /'(.*?)' was removed in HAProxy (\S+?)(?:; use '(.*)' instead)?/, es: (name, version, replacement) => `'${name}' se eliminó en HAProxy ${version}${instead(replacement)}` },
    {
      pattern: /(bind|server|default-server) option '(.*?)' was removed in HAProxy (\S+?)(?:; use '(.*)' instead)?/,
      es: (line, name, version, replacement) => `la opción de ${line} '${name}' se eliminó en HAProxy ${version}${instead(replacement)}`,
    },
  ],
  'haproxy/deprecated-keyword': [
    {
      pattern: /'(.*?)' is deprecated since HAProxy (\S+?)(?:; use '(.*)' instead)?/,
      es: (name, version, replacement) => `'${name}' está obsoleto desde HAProxy ${version}${instead(replacement)}`,
    },
  ],
  'haproxy/missing-argument': [
    { pattern: /'(.*)' needs <(.*)>/, es: "'$1' necesita <$2>" },
    { pattern: /(bind|server|default-server) option '(.*)' needs <(.*)>/, es: "la opción de $1 '$2' necesita <$3>" },
    { pattern: /'filter spoe' needs 'config <file>'/, es: "'filter spoe' necesita 'config <file>'" },
    { pattern: /stick-table: '(.*)' needs a value/, es: "stick-table: '$1' necesita un valor" },
    { pattern: /'compression (.*)' needs at least one algorithm/, es: "'compression $1' necesita al menos un algoritmo" },
    { pattern: /'-m' needs a match method/, es: "'-m' necesita un método de comparación" },
    { pattern: /'log' needs a syslog facility \(local0 to local7, daemon, \.\.\.\)/, es: "'log' necesita una facility de syslog (de local0 a local7, daemon, ...)" },
  ],
  'haproxy/too-many-arguments': [
    { pattern: /'(.*)' takes no argument/, es: "'$1' no admite argumentos" },
    { pattern: /'(.*)' takes at most 1 argument/, es: "'$1' admite como máximo 1 argumento" },
    { pattern: /'(.*)' takes at most (\d+) arguments/, es: "'$1' admite como máximo $2 argumentos" },
    { pattern: /'(.*)' takes only a name/, es: "'$1' solo admite un nombre" },
    { pattern: /'option httpchk' takes at most (\d+) arguments in HAProxy (\S+) \(the <host> argument needs 3\.1\)/, es: "'option httpchk' admite como máximo $1 argumentos en HAProxy $2 (el argumento <host> necesita la 3.1)" },
    { pattern: /'option httpchk' takes at most (\d+) arguments in HAProxy (\S+)/, es: "'option httpchk' admite como máximo $1 argumentos en HAProxy $2" },
    { pattern: /'log global' takes nothing after 'global'/, es: "'log global' no admite nada después de 'global'" },
    { pattern: /'log' takes at most a level and a minimum level after the facility/, es: "'log' admite como máximo un nivel y un nivel mínimo después de la facility" },
  ],
  'haproxy/invalid-value': [
    { pattern: /(server|bind|stick-table size|stick-table expire): (.*)/, es: (where, why) => `${where}: ${reason(why)}` },
    { pattern: /acl (\S+): (.*)/, es: (criterion, why) => `acl ${criterion}: ${reason(why)}` },
    { pattern: /(.*) \(([^()<]+) <([^<>]+)>\)/, es: (why, name, arg) => `${reason(why)} (${name} <${arg}>)` },
    { pattern: /'(.*)' needs HAProxy (\S+) or newer; the target version is (\S+)/, es: "'$1' necesita HAProxy $2 o posterior; la versión de destino es la $3" },
    { pattern: /balance algorithm '(.*)' needs HAProxy (\S+) or newer; the target version is (\S+)/, es: "el algoritmo de balance '$1' necesita HAProxy $2 o posterior; la versión de destino es la $3" },
    { pattern: /unknown balance algorithm '(.*)'/, es: "algoritmo de balance desconocido '$1'" },
    { pattern: /'compression (.*)' needs HAProxy (\S+) or newer; the target version is (\S+)/, es: "'compression $1' necesita HAProxy $2 o posterior; la versión de destino es la $3" },
    { pattern: /'compression' expects one of (.*)/, es: "'compression' espera uno de estos: $1" },
    { pattern: /'(.*)' is not a cookie option/, es: "'$1' no es una opción de cookie" },
    { pattern: /'(.*)' is not a compression algorithm HAProxy supports \((.*)\)/, es: "'$1' no es un algoritmo de compresión que HAProxy admita ($2)" },
    { pattern: /stick-table type '(.*)' is not one of: (.*)/, es: "el tipo de stick-table '$1' no es ninguno de estos: $2" },
    { pattern: /'log global' only makes sense in a proxy: the global section has nothing to inherit from/, es: "'log global' solo tiene sentido en un proxy: la sección global no tiene de quién heredar" },
    { pattern: /log targets '(.*)' need HAProxy (\S+) or newer; the target version is (\S+)/, es: "los destinos de log '$1' necesitan HAProxy $2 o posterior; la versión de destino es la $3" },
    { pattern: /unknown log facility '(.*)'/, es: "facility de log desconocida '$1'" },
    { pattern: /unknown log level '(.*)'/, es: "nivel de log desconocido '$1'" },
    { pattern: /unknown match method '(.*)'/, es: "método de comparación desconocido '$1'" },
    {
      pattern: /in a defaults section '(.*)' needs 'backend\/server', not just '(.*)': there is no current backend to look in/,
      es: "en una sección defaults, '$1' necesita 'backend/server', no solo '$2': no hay un backend actual donde buscar",
    },
    { pattern: /(.*)/, es: (why) => reason(why) },
  ],
  'haproxy/missing-section-name': [{ pattern: /a '(.*)' section needs a name/, es: "una sección '$1' necesita un nombre" }],
  'haproxy/address-on-proxy-line': [
    {
      pattern: /put the listening address on a 'bind' line: HAProxy 1\.5 and later reject '(.*)' here/,
      es: "ponga la dirección de escucha en una línea 'bind': HAProxy 1.5 y posteriores rechazan '$1' aquí",
    },
  ],
  'haproxy/undefined-backend': [{ pattern: /no backend named '(.*)'/, es: "no hay ningún backend con el nombre '$1'" }],
  'haproxy/undefined-server': [
    { pattern: /no server named '(.*)' in backend '(.*)'/, es: "no hay ningún server con el nombre '$1' en el backend '$2'" },
    { pattern: /no server named '(.*)'/, es: "no hay ningún server con el nombre '$1'" },
  ],
  'haproxy/undefined-acl': [{ pattern: /no acl named '(.*)' in (\S+) '(.*)'/, es: "no hay ninguna acl con el nombre '$1' en $2 '$3'" }],
  'haproxy/undefined-reference': [{ pattern: /no (\S+) named '(.*)'/, es: "no hay ningún $1 con el nombre '$2'" }],
  'haproxy/duplicate-proxy': [
    { pattern: /there is already a (\S+) named '(.*)'; a (\S+) cannot reuse the name/, es: "ya hay un $1 con el nombre '$2'; un $3 no puede repetir ese nombre" },
  ],
  'haproxy/duplicate-section': [{ pattern: /(\S+) '(.*)' is defined twice/, es: "$1 '$2' está definido dos veces" }],
  'haproxy/duplicate-userlist': [{ pattern: /userlist '(.*)' is defined twice; HAProxy ignores the second one/, es: "userlist '$1' está definida dos veces; HAProxy ignora la segunda" }],
  'haproxy/duplicate-server': [{ pattern: /another server named '(.*)' is already defined in this backend/, es: "ya hay otro server con el nombre '$1' en este backend" }],
  'haproxy/duplicate-cookie': [
    {
      pattern: /cookie value '(.*)' is already used by another server of this backend; persistence cannot tell them apart/,
      es: "otro server de este backend ya usa el valor de cookie '$1'; la persistencia no puede distinguirlos",
    },
  ],
  'haproxy/defaults-with-rules': [
    { pattern: /a (\S+) section cannot inherit from a defaults section that defines TCP\/HTTP rules/, es: 'una sección $1 no puede heredar de una sección defaults que define reglas TCP/HTTP' },
    { pattern: /a backend cannot inherit 'tcp-request connection' or 'tcp-request session' rules from its defaults section/, es: "un backend no puede heredar reglas 'tcp-request connection' ni 'tcp-request session' de su sección defaults" },
    { pattern: /a frontend cannot inherit 'tcp-response content' rules from its defaults section/, es: "un frontend no puede heredar reglas 'tcp-response content' de su sección defaults" },
    {
      pattern: /frontends and backends cannot both use a defaults section that defines TCP\/HTTP rules; give each its own defaults section/,
      es: 'frontends y backends no pueden usar a la vez una sección defaults que define reglas TCP/HTTP; dé a cada uno su propia sección defaults',
    },
  ],
  'haproxy/named-defaults-only': [
    { pattern: /'(.*)' is only allowed in a defaults section with a name \(defaults <name>\)/, es: "'$1' solo se admite en una sección defaults con nombre (defaults <nombre>)" },
  ],
  'haproxy/unreachable-rule': [
    { pattern: /this (.*) rule never runs: the earlier unconditional '(.*)' ends the rule set/, es: "esta regla $1 nunca se ejecuta: el '$2' incondicional anterior termina el conjunto de reglas" },
  ],
  'haproxy/frontend-without-bind': [
    { pattern: /frontend '(.*)' has no 'bind' line, so it never receives a connection/, es: "el frontend '$1' no tiene línea 'bind', así que nunca recibe conexiones" },
  ],
  'haproxy/unknown-fetch': [
    { pattern: /unknown ACL criterion or sample fetch '(.*)' in HAProxy (\S+)/, es: "criterio de ACL o sample fetch desconocido '$1' en HAProxy $2" },
    { pattern: /unknown ACL criterion or sample fetch '(.*)'/, es: "criterio de ACL o sample fetch desconocido '$1'" },
    { pattern: /unknown sample fetch '(.*)' in HAProxy (\S+)/, es: "sample fetch desconocido '$1' en HAProxy $2" },
    { pattern: /unknown sample fetch '(.*)'/, es: "sample fetch desconocido '$1'" },
  ],
  'haproxy/unknown-converter': [
    { pattern: /unknown converter '(.*)' in HAProxy (\S+)/, es: "conversor desconocido '$1' en HAProxy $2" },
    { pattern: /unknown converter '(.*)'/, es: "conversor desconocido '$1'" },
  ],
  'haproxy/real-checker': [{ pattern: /([^]*)/, es: 'haproxy -c: $1' }],
  'haproxy/real-checker-warning': [{ pattern: /([^]*)/, es: 'haproxy -c (aviso): $1' }],
};
