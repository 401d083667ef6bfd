import { parseHaproxyVersion, type HaproxyVersion } from './haproxy/catalogue/index.js';
import { parseKeepalivedVersion } from './keepalived/catalogue/versions.js';
import type { DiagnosticOptions, SeverityOverride } from './features/diagnostics.js';

/** The `haproxyKeepalived.*` settings, as VS Code (or `initializationOptions.settings`) sends them. */
export interface RawSettings {
  haproxy?: { version?: string; executable?: string };
  keepalived?: { version?: string; executable?: string };
  diagnostics?: { severity?: Record<string, string> };
  realChecker?: { enable?: boolean };
  cluster?: { enable?: boolean };
}

export interface Settings {
  diagnostics: DiagnosticOptions;
  haproxyExecutable?: string;
  keepalivedExecutable?: string;
  realCheckerEnabled: boolean;
  /** Whether the cross-file checks of a cluster run at all (`haproxyKeepalived.cluster.enable`). */
  clusterEnabled: boolean;
}

const SEVERITIES = new Set<SeverityOverride>(['error', 'warning', 'info', 'hint', 'off']);

/** Reads whatever the client sent, ignoring what does not fit (a bad value never breaks the server). */
export function readSettings(raw: unknown): Settings {
  const settings = (raw && typeof raw === 'object' ? raw : {}) as RawSettings;
  const severity: Record<string, SeverityOverride> = {};
  for (const [code, value] of Object.entries(settings.diagnostics?.severity ?? {})) {
    if (SEVERITIES.has(value as SeverityOverride)) severity[code] = value as SeverityOverride;
  }
  const haproxyVersion: HaproxyVersion | undefined = parseHaproxyVersion(settings.haproxy?.version);
  return {
    diagnostics: { severity, haproxyVersion, keepalivedVersion: parseKeepalivedVersion(settings.keepalived?.version) },
    haproxyExecutable: stringOrUndefined(settings.haproxy?.executable),
    keepalivedExecutable: stringOrUndefined(settings.keepalived?.executable),
    realCheckerEnabled: settings.realChecker?.enable !== false,
    clusterEnabled: settings.cluster?.enable !== false,
  };
}

function stringOrUndefined(value: unknown): string | undefined {
  return typeof value === 'string' && value.trim() !== '' ? value : undefined;
}
