/**
 * Coalesces validations: a burst of changes to a document (fast typing, a paste in many pieces, the
 * changes that queued up while a big file was being checked) produces one validation of its latest
 * text. The JSON-RPC layer hands the server one message per turn of the event loop, so the run waits
 * a few milliseconds (`VALIDATION_DELAY_MS`) for the messages already received. A validation reads
 * the document's current version, so diagnostics are published in version order and never for a
 * version that has been replaced.
 */
export const VALIDATION_DELAY_MS = 5;

export class ValidationQueue {
  private readonly pending = new Set<string>();
  private scheduled = false;

  /**
   * @param run validates one document by uri (its current version); errors are the caller's to catch.
   * @param defer runs a callback after the pending input has been read.
   */
  constructor(
    private readonly run: (uri: string) => void,
    private readonly defer: (callback: () => void) => void = (callback) => void setTimeout(callback, VALIDATION_DELAY_MS),
  ) {}

  /** Asks for a validation of `uri`; several requests before the next run make one. */
  schedule(uri: string): void {
    this.pending.add(uri);
    if (this.scheduled) return;
    this.scheduled = true;
    this.defer(() => this.flush());
  }

  /** Forgets a document (closed): a pending validation of it is dropped. */
  cancel(uri: string): void {
    this.pending.delete(uri);
  }

  private flush(): void {
    this.scheduled = false;
    const uris = [...this.pending];
    this.pending.clear();
    for (const uri of uris) this.run(uri);
  }
}
