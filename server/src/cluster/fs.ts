/**
 * The only window the cluster core has on the outside world. The editor serves open documents
 * from memory and the rest from disk, the CLI reads the disk (`nodeFileSystem`), tests use
 * `memoryFileSystem`. Paths use `/` (Windows back-slashes are folded by the adapters).
 */
export interface ClusterFileSystem {
  /** The file's text, or undefined when it does not exist or cannot be read (or is a folder). */
  readFile(path: string): string | undefined;
  /** The names of a folder's entries (not full paths), or undefined when it is not a readable folder. */
  listDir(path: string): string[] | undefined;
  /** What is at a path, if anything. */
  kind(path: string): 'file' | 'folder' | undefined;
}

/** Folds `\` into `/`, removes `.` segments, resolves `..` and repeated or trailing slashes. */
export function normalizePath(path: string): string {
  const slashed = path.replace(/\\/g, '/');
  const absolute = slashed.startsWith('/');
  const parts: string[] = [];
  for (const part of slashed.split('/')) {
    if (part === '' || part === '.') continue;
    if (part === '..' && parts.length > 0 && parts.at(-1) !== '..') parts.pop();
    else if (part !== '..' || !absolute) parts.push(part);
  }
  const joined = parts.join('/');
  return absolute ? `/${joined}` : joined === '' ? '.' : joined;
}

export function isAbsolutePath(path: string): boolean {
  return path.startsWith('/') || path.startsWith('\\') || /^[A-Za-z]:[\\/]/.test(path);
}

/** `base` joined with `relative`; an absolute `relative` stands alone. */
export function joinPath(base: string, relative: string): string {
  if (isAbsolutePath(relative)) return normalizePath(relative);
  return normalizePath(`${base}/${relative}`);
}

export function dirnamePath(path: string): string {
  const normalized = normalizePath(path);
  const slash = normalized.lastIndexOf('/');
  if (slash < 0) return '.';
  return slash === 0 ? '/' : normalized.slice(0, slash);
}

export function basenamePath(path: string): string {
  const normalized = normalizePath(path);
  return normalized.slice(normalized.lastIndexOf('/') + 1);
}

/** `path` relative to `from` when it lies inside it, else `path` unchanged (for messages). */
export function relativePath(from: string, path: string): string {
  const base = normalizePath(from);
  const full = normalizePath(path);
  if (base === '.') return full;
  return full.startsWith(`${base}/`) ? full.slice(base.length + 1) : full;
}

/**
 * A file system held in memory: a map from path to text. Folders exist implicitly as the
 * ancestors of the files. For tests, and for serving unsaved editor buffers over another one.
 */
export function memoryFileSystem(files: Readonly<Record<string, string>> | ReadonlyMap<string, string>): ClusterFileSystem {
  const texts = new Map<string, string>();
  const entries = files instanceof Map ? [...files.entries()] : Object.entries(files);
  for (const [path, text] of entries) texts.set(normalizePath(path), text);
  const folders = new Map<string, Set<string>>();
  for (const path of texts.keys()) {
    let child = path;
    for (let parent = dirnamePath(child); ; parent = dirnamePath(child)) {
      let names = folders.get(parent);
      if (!names) folders.set(parent, (names = new Set()));
      names.add(basenamePath(child));
      if (parent === child || parent === '/' || parent === '.') break;
      child = parent;
    }
  }
  return {
    readFile: (path) => texts.get(normalizePath(path)),
    listDir: (path) => {
      const names = folders.get(normalizePath(path));
      return names ? [...names].sort() : undefined;
    },
    kind: (path) => {
      const normalized = normalizePath(path);
      if (texts.has(normalized)) return 'file';
      return folders.has(normalized) ? 'folder' : undefined;
    },
  };
}

/** `base` with some files replaced (or added) by in-memory texts: the editor's unsaved buffers. */
export function overlayFileSystem(base: ClusterFileSystem, overrides: ReadonlyMap<string, string>): ClusterFileSystem {
  const texts = new Map<string, string>();
  for (const [path, text] of overrides) texts.set(normalizePath(path), text);
  return {
    readFile: (path) => texts.get(normalizePath(path)) ?? base.readFile(path),
    listDir: (path) => {
      const listed = base.listDir(path);
      const folder = normalizePath(path);
      const extra = [...texts.keys()].filter((p) => dirnamePath(p) === folder).map(basenamePath);
      if (!listed && extra.length === 0) return undefined;
      return [...new Set([...(listed ?? []), ...extra])].sort();
    },
    kind: (path) => (texts.has(normalizePath(path)) ? 'file' : base.kind(path)),
  };
}
