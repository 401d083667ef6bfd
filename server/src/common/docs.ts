/**
 * The hand-written part of a keyword's entry, shared by both catalogues. Written by us, in our own
 * words; names, syntax and versions come from the generated facts, not from here.
 */
export interface KeywordDoc {
  /** One to three sentences: what the keyword does and when to use it. Plain text, no markdown links. */
  summary: string;
  /** One realistic configuration line (or a few lines) using the keyword. */
  example: string;
  /** The argument shapes, when they are certain enough to validate values against. */
  args?: readonly ArgSpec[];
  /** The default value or behaviour, when the keyword is absent, in a few words. */
  default?: string;
}

/** The shape of one argument. Kept small: each kind has exactly one validator. */
export type ArgShape =
  /** A duration; a bare number means `unit` (milliseconds unless said otherwise). */
  | { kind: 'time'; unit?: 'ms' | 's' }
  /** A size in bytes with an optional k/m/g suffix. */
  | { kind: 'size' }
  | { kind: 'int'; min?: number; max?: number }
  /** A decimal number (keepalived's advert_int 0.5, for example). */
  | { kind: 'number'; min?: number; max?: number }
  /** One of a fixed set of words (case-sensitive unless `ignoreCase`). */
  | { kind: 'enum'; values: readonly string[]; ignoreCase?: boolean }
  /** An address: `host:port`, `*:80`, `:80`, `ipv4@`, `unix@/path` and the like (haproxy), or an IP (keepalived). */
  | { kind: 'address' }
  /** An IPv4 or IPv6 address with an optional `/prefix`. */
  | { kind: 'cidr' }
  | { kind: 'port' }
  /** A name this line defines (a server name, a user name...). */
  | { kind: 'name'; defines?: ReferenceKind }
  /** A name that must be defined elsewhere (`default_backend app` refers to `backend app`). */
  | { kind: 'ref'; target: ReferenceKind }
  | { kind: 'file' }
  | { kind: 'boolean' }
  /** Any single word. */
  | { kind: 'word' }
  /** Everything up to the end of the line (formats, free text); nothing after it is checked. */
  | { kind: 'rest' };

export interface ArgSpec {
  /** How the argument is named in the syntax line, without brackets: `algorithm`, `timeout`. */
  name: string;
  shape: ArgShape;
  optional?: boolean;
  /** The argument may repeat (it must then be the last one). */
  repeat?: boolean;
}

/** What references can point to, across both languages. */
export type ReferenceKind =
  | 'backend'
  | 'frontend'
  | 'proxy'
  | 'server'
  | 'acl'
  | 'userlist'
  | 'peers'
  | 'resolvers'
  | 'mailers'
  | 'table'
  | 'cache'
  | 'ring'
  | 'http-errors'
  | 'log-forward'
  | 'fcgi-app'
  | 'program'
  | 'crt-store'
  | 'vrrp_script'
  | 'vrrp_instance'
  | 'vrrp_sync_group'
  | 'track_file'
  | 'track_process'
  | 'bfd_instance'
  | 'virtual_server_group';
