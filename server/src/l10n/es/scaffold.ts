import type { Translation } from '../translate.js';

/** The answers "New HA cluster" refuses (cluster/scaffold.ts), shown under their questions. */
export const scaffoldEs: readonly Translation[] = [
  { pattern: /'(.*)' is not name=address \(e\.g\. (.*)\)/, es: "'$1' no tiene la forma nombre=dirección (p. ej. $2)" },
  { pattern: /(.*): give the load balancer's address without a port/, es: '$1: indique la dirección del balanceador de carga sin puerto' },
  { pattern: /(.*): port (.*) is not between 1 and 65535/, es: '$1: el puerto $2 no está entre 1 y 65535' },
  {
    pattern: /'(.*)' is not a usable machine name \(letters, digits, '\.', '_', '-'; it names files\)/,
    es: "'$1' no sirve como nombre de máquina (letras, dígitos, '.', '_', '-'; da nombre a ficheros)",
  },
  { pattern: /(.*): '(.*)' is not an IPv4 address/, es: "$1: '$2' no es una dirección IPv4" },
  {
    pattern: /'(.*)' is not a usable name \(letters, digits, '\.', '_', '-'; it names the folder\)/,
    es: "'$1' no sirve como nombre (letras, dígitos, '.', '_', '-'; da nombre a la carpeta)",
  },
  { pattern: /'(.*)' is not an IPv4 address with an optional prefix \(e\.g\. 10\.0\.0\.10\/24\)/, es: "'$1' no es una dirección IPv4 con prefijo opcional (p. ej. 10.0.0.10/24)" },
  { pattern: /a \/(\d+) network leaves no room for the nodes and the VIP \(use \/8 to \/30\)/, es: 'una red /$1 no deja sitio para los nodos y la IP virtual (use de /8 a /30)' },
  { pattern: /a high-availability pair needs at least two load balancers/, es: 'una pareja de alta disponibilidad necesita al menos dos balanceadores de carga' },
  { pattern: /at most 8 load balancers \(their priorities are 100 and up\)/, es: 'como máximo 8 balanceadores de carga (sus prioridades van de 100 hacia arriba)' },
  { pattern: /name at least one web server/, es: 'indique al menos un servidor web' },
  { pattern: /the name (.*) is used twice/, es: 'el nombre $1 se usa dos veces' },
  { pattern: /(.*)'s address (.*) is already the VIP's/, es: 'la dirección $2 de $1 ya es la de la IP virtual' },
  { pattern: /(.*)'s address (.*) is already (.*)'s/, es: 'la dirección $2 de $1 ya es la de $3' },
  {
    pattern: /(.*)'s address (.*) is not in the VIP's \/(\d+) network: it could not carry the VIP/,
    es: 'la dirección $2 de $1 no está en la red /$3 de la IP virtual: no podría llevar la IP virtual',
  },
  { pattern: /'(.*)' is not a network interface name \(e\.g\. eth0, ens3\)/, es: "'$1' no es un nombre de interfaz de red (p. ej. eth0, ens3)" },
  { pattern: /virtual_router_id must be 1 to 255, not '(.*)'/, es: "virtual_router_id debe estar entre 1 y 255, no '$1'" },
  { pattern: /'(.*)' is not a plain path such as \/check\.txt/, es: "'$1' no es una ruta simple como /check.txt" },
  { pattern: /HAProxy '(.*)': a new cluster is written for HAProxy 2\.0 or newer/, es: "HAProxy '$1': un clúster nuevo se escribe para HAProxy 2.0 o posterior" },
  { pattern: /keepalived '(.*)' is not a release covered \(2\.0 to 2\.3\)/, es: "keepalived '$1' no es una versión cubierta (de la 2.0 a la 2.3)" },
  {
    pattern: /the VRRP password must be 1 to 8 characters, without blanks, quotes, #, ! or braces/,
    es: 'la contraseña VRRP debe tener de 1 a 8 caracteres, sin espacios, comillas, #, ! ni llaves',
  },
  {
    pattern: /the statistics password must be at least 8 characters, without blanks, quotes, #, : or \\/,
    es: 'la contraseña de estadísticas debe tener al menos 8 caracteres, sin espacios, comillas, #, : ni \\',
  },
];
