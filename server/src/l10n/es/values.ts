import type { Translation } from '../translate.js';

/**
 * The reasons common/values.ts gives for a bad value ("'5x' is not a time..."), which the checks of
 * both languages put inside their messages (`server: <reason>`, `<reason> (maxconn <number>)`).
 */
export const valueReasons: readonly Translation[] = [
  { pattern: /'(.*)' is not a time: use a whole number with an optional unit \(us, ms, s, m, h, d\)/, es: "'$1' no es un tiempo: escriba un número entero con una unidad opcional (us, ms, s, m, h, d)" },
  { pattern: /'(.*)' is too long: times may not exceed (\d+) ms \(about ([\d.]+) days\)/, es: "'$1' es demasiado largo: un tiempo no puede pasar de $2 ms (unos $3 días)" },
  { pattern: /'(.*)' is not a whole number/, es: "'$1' no es un número entero" },
  { pattern: /'(.*)' is not a number/, es: "'$1' no es un número" },
  { pattern: /'(.*)' is out of range: it must be from (\S+) to (\S+)/, es: "'$1' está fuera de rango: debe estar entre $2 y $3" },
  { pattern: /'(.*)' is out of range: it must be at least (\S+)/, es: "'$1' está fuera de rango: debe ser como mínimo $2" },
  { pattern: /'(.*)' is out of range: it must be at most (\S+)/, es: "'$1' está fuera de rango: debe ser como máximo $2" },
  { pattern: /'(.*)' is not a port number/, es: "'$1' no es un número de puerto" },
  { pattern: /'(.*)' is not an IP address/, es: "'$1' no es una dirección IP" },
  { pattern: /'\/(.*)' is not a valid prefix length \((.*)\)/, es: "'/$1' no es una longitud de prefijo válida ($2)" },
  { pattern: /address family '(.*)' is not known to this version in '(.*)'/, es: "esta versión no conoce la familia de direcciones '$1' en '$2'" },
  { pattern: /unclosed '\[' in address '(.*)'/, es: "falta cerrar el '[' en la dirección '$1'" },
  { pattern: /unexpected text after '\]' in address '(.*)'/, es: "texto inesperado tras ']' en la dirección '$1'" },
  { pattern: /'(.*)' is not a valid IPv4 address \(each part must be 0-255\)/, es: "'$1' no es una dirección IPv4 válida (cada parte debe estar entre 0 y 255)" },
  { pattern: /'(.*)' is not a valid port in '(.*)'/, es: "'$1' no es un puerto válido en '$2'" },
  { pattern: /a port offset \('(.*)'\) is only allowed on server lines, not in '(.*)'/, es: "un desplazamiento de puerto ('$1') solo se admite en líneas server, no en '$2'" },
  { pattern: /port '(.*)' is out of range in '(.*)' \(at most (\d+)\)/, es: "el puerto '$1' está fuera de rango en '$2' (como máximo $3)" },
  { pattern: /missing port in '(.*)' \(write it as address:port, or \*:port for every address\)/, es: "falta el puerto en '$1' (escríbalo como dirección:puerto, o *:puerto para todas las direcciones)" },
  { pattern: /'(.*)' is not one of: (.*)/, es: "'$1' no es ninguno de estos: $2" },
  { pattern: /'(.*)' is not a size: use a whole number of bytes, optionally with k, m or g/, es: "'$1' no es un tamaño: escriba un número entero de bytes, con k, m o g opcionales" },
  { pattern: /unknown multiplexer protocol '(.*)' \(known: (.*)\)/, es: "protocolo multiplexor desconocido '$1' (conocidos: $2)" },
];
