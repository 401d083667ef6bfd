/** What a remote command gave back. `code` is null when it did not finish (killed, timed out, no connection). */
export interface CommandResult {
  code: number | null;
  stdout: string;
  stderr: string;
}

export interface RunOptions {
  timeoutMs?: number;
}

/** Bytes to upload: all at once, or as a stream (a failing stream aborts the upload). */
export type UploadData = Uint8Array | AsyncIterable<Uint8Array>;

/**
 * The deploy's only door to a machine. Commands are argument arrays (the transport quotes them);
 * an upload writes the bytes to exactly `remotePath` (the caller chooses a temporary name).
 */
export interface Transport {
  /** How the machine is reached, for messages (user@host:port). */
  readonly description: string;
  run(argv: readonly string[], options?: RunOptions): Promise<CommandResult>;
  /** Resolves when every byte is on the machine; rejects (with the reason) otherwise. */
  upload(remotePath: string, data: UploadData, options?: RunOptions): Promise<void>;
}

/** A machine of the cluster as the transport factory sees it. */
export interface MachineRef {
  name: string;
  host: string;
  ssh: import('./settings.js').SshSettings;
}

export type TransportFactory = (machine: MachineRef) => Transport;
