import { part, type Translation } from '../translate.js';

/** ` from 1 to 255`, ` of at least 1`... (signatureHelp.ts `range`). */
const range: readonly Translation[] = [
  { pattern: / from (\S+) to (\S+)/, es: ' de $1 a $2' },
  { pattern: / of at least (\S+)/, es: ' de al menos $1' },
  { pattern: / of at most (\S+)/, es: ' de como mucho $1' },
  { pattern: /(?:)/, es: '' },
];

const shapeEndings = (text: string): string => text.replace(/ Optional\./g, ' Opcional.').replace(/ May repeat\./g, ' Puede repetirse.');

/**
 * The fixed text the server writes around the catalogue's documentation: hover headings and
 * availability lines, and signature-help descriptions of argument shapes. The documentation
 * itself (the catalogue's summaries and examples) stays English.
 */
export const chromeEs: readonly Translation[] = [
  // haproxy hover (features/hover.ts)
  { pattern: /\*\*(.*)\*\* section/, es: 'sección **$1**' },
  { pattern: /\[HAProxy (\S+) reference\]\((.*)\)/, es: '[Referencia de HAProxy $1]($2)' },
  { pattern: /\[keepalived\.conf reference\]\((.*)\)/, es: '[Referencia de keepalived.conf]($1)' },
  { pattern: /\*\*(.*)\*\*: no (\S+) of that name is defined/, es: '**$1**: no hay ningún $2 definido con ese nombre' },
  { pattern: /\*\*(.*)\*\* \((bind|server) option\)/, es: '**$1** (opción de $2)' },
  { pattern: /\*\*(.*)\*\* \(in no section\)/, es: '**$1** (en ninguna sección)' },
  { pattern: /\*\*(.*)\*\* \(in (.*), opens a block\)/, es: (name, where) => `**${name}** (en ${where === 'the top level' ? 'el nivel superior' : where}, abre un bloque)` },
  { pattern: /\*\*(.*)\*\* \(in (.*)\)/, es: (name, where) => `**${name}** (en ${where === 'the top level' ? 'el nivel superior' : where})` },
  { pattern: /Not in (HAProxy|keepalived) (\S+) \(your target\): added in (\S+)\./, es: 'No está en $1 $2 (su versión de destino): se añadió en la $3.' },
  { pattern: /Removed in HAProxy (\S+): use `(.*)`\. Your target is (\S+)\./, es: 'Se eliminó en HAProxy $1: use `$2`. Su versión de destino es la $3.' },
  { pattern: /Removed in HAProxy (\S+)\. Your target is (\S+)\./, es: 'Se eliminó en HAProxy $1. Su versión de destino es la $2.' },
  { pattern: /Removed in keepalived (\S+)\./, es: 'Se eliminó en keepalived $1.' },
  { pattern: /Deprecated since (HAProxy|keepalived) (\S+): use (.*)\./, es: (tool, since, list) => `Obsoleto desde ${tool} ${since}: use ${list.replace(/` or `/g, '` o `')}.` },
  { pattern: /Deprecated since (HAProxy|keepalived) (\S+)\./, es: 'Obsoleto desde $1 $2.' },
  { pattern: /Available since HAProxy 1\.4 or earlier\./, es: 'Disponible desde HAProxy 1.4 o antes.' },
  { pattern: /Available since (HAProxy|keepalived) (\S+)\./, es: 'Disponible desde $1 $2.' },
  { pattern: /Only in builds with (.*)\./, es: 'Solo en compilaciones con $1.' },
  { pattern: /Default: ([^]*)/, es: 'Por defecto: $1' },
  { pattern: /Example:\n([^]*)/, es: 'Ejemplo:\n$1' },
  { pattern: /Values: (.*)/, es: 'Valores: $1' },
  {
    pattern: /Range: (\S+) to (\S+?)( seconds)?( \(decimals allowed\))?/,
    es: (min, max, seconds, decimals) => `Rango: de ${min} a ${max}${seconds ? ' segundos' : ''}${decimals ? ' (admite decimales)' : ''}`,
  },
  // cluster hover (cluster/hover.ts)
  { pattern: /\*\*(.*)\*\*: no vrrp_instance of the cluster carries this address\./, es: '**$1**: ninguna vrrp_instance del clúster lleva esta dirección.' },
  { pattern: /\*\*(.*)\*\*: virtual IP of the cluster, carried by (\d+) nodes?:/, es: (vip, n) => `**${vip}**: IP virtual del clúster, la llevan ${n} nodo${n === '1' ? '' : 's'}:` },
  { pattern: /While everything is healthy it lives on \*\*(.*)\*\* \(highest priority\)\./, es: 'Mientras todo está sano está en **$1** (la prioridad más alta).' },
  { pattern: /- \*\*(.*)\*\*: (\S+), (MASTER|BACKUP|\S+), priority (\d+)(.*)/, es: '- **$1**: $2, $3, prioridad $4$5' },
  // completion details (features/completion.ts, keepalivedHelp.ts)
  { pattern: /section/, es: 'sección' },
  { pattern: /balance algorithm/, es: 'algoritmo de balance' },
  { pattern: /syslog facility/, es: 'facility de syslog' },
  { pattern: /the top level/, es: 'el nivel superior' },
  // signature help (features/signatureHelp.ts, keepalivedHelp.ts)
  { pattern: /The algorithm, one of: (.*)\./, es: 'El algoritmo, uno de: $1.' },
  { pattern: /A duration: a number in seconds or with a unit \(us, ms, s, m, h, d\)\.(.*)/, es: (rest) => `Una duración: un número en segundos o con unidad (us, ms, s, m, h, d).${shapeEndings(rest)}` },
  { pattern: /A duration: a number in milliseconds or with a unit \(us, ms, s, m, h, d\)\.(.*)/, es: (rest) => `Una duración: un número en milisegundos o con unidad (us, ms, s, m, h, d).${shapeEndings(rest)}` },
  { pattern: /A size in bytes, with an optional k, m or g suffix\.(.*)/, es: (rest) => `Un tamaño en bytes, con sufijo k, m o g opcional.${shapeEndings(rest)}` },
  { pattern: /A whole number(.*?)( \(seconds\))?\.(.*)/, es: (r, seconds, rest) => `Un número entero${part(range, r)}${seconds ? ' (segundos)' : ''}.${shapeEndings(rest)}` },
  { pattern: /A number, decimals allowed(.*?)( \(seconds\))?\.(.*)/, es: (r, seconds, rest) => `Un número, admite decimales${part(range, r)}${seconds ? ' (segundos)' : ''}.${shapeEndings(rest)}` },
  { pattern: /One of: (.*?)\.((?: Optional\.| May repeat\.)*)/, es: (list, rest) => `Uno de: ${list}.${shapeEndings(rest)}` },
  { pattern: /An address, such as 10\.0\.0\.10:80, \*:80, :443 or unix@\/run\/socket\.(.*)/, es: (rest) => `Una dirección, como 10.0.0.10:80, *:80, :443 o unix@/run/socket.${shapeEndings(rest)}` },
  { pattern: /An IP address, optionally with a \/prefix\.(.*)/, es: (rest) => `Una dirección IP, con /prefijo opcional.${shapeEndings(rest)}` },
  { pattern: /A port number \(1 to 65535\)\.(.*)/, es: (rest) => `Un número de puerto (de 1 a 65535).${shapeEndings(rest)}` },
  { pattern: /The name of the (.*) this line defines\.(.*)/, es: (what, rest) => `El nombre del ${what} que define esta línea.${shapeEndings(rest)}` },
  { pattern: /A name\.(.*)/, es: (rest) => `Un nombre.${shapeEndings(rest)}` },
  { pattern: /The name of a (.*) defined elsewhere in the configuration\.(.*)/, es: (what, rest) => `El nombre de un ${what} definido en otro lugar de la configuración.${shapeEndings(rest)}` },
  { pattern: /A file path\.(.*)/, es: (rest) => `Una ruta de fichero.${shapeEndings(rest)}` },
  { pattern: /On or off \(on, off, true, false, yes, no\)\.(.*)/, es: (rest) => `Activado o desactivado (on, off, true, false, yes, no).${shapeEndings(rest)}` },
  { pattern: /A single word\.(.*)/, es: (rest) => `Una sola palabra.${shapeEndings(rest)}` },
  { pattern: /The rest of the line\.(.*)/, es: (rest) => `El resto de la línea.${shapeEndings(rest)}` },
];
