import { parseHaproxyVersion, type HaproxyVersion } from '../haproxy/catalogue/index.js';
import { parseKeepalivedVersion } from '../keepalived/catalogue/versions.js';
import type { ClusterLayout } from './load.js';

/** The versions a cluster's manifest says its machines run, as the checks read them. */
export interface DeclaredVersions {
  haproxyVersion?: HaproxyVersion;
  keepalivedVersion?: string;
}

/**
 * The manifest describes the machines, so its `haproxyVersion` / `keepalivedVersion` are the targets
 * for the cluster's own files (in the editor, the CLI and the deploy's local check); a version the
 * user names explicitly for one run (`--haproxy-version`) still wins in the CLI.
 */
export function declaredVersions(layout: Pick<ClusterLayout, 'haproxyVersion' | 'keepalivedVersion'>): DeclaredVersions {
  return {
    haproxyVersion: layout.haproxyVersion ? parseHaproxyVersion(layout.haproxyVersion) : undefined,
    keepalivedVersion: layout.keepalivedVersion ? parseKeepalivedVersion(layout.keepalivedVersion) : undefined,
  };
}
