import { Session } from 'node:inspector';
import { getHeapStatistics } from 'node:v8';

/**
 * Analysing a big document leaves the server's process much larger than what it keeps. Measured on
 * the benchmark's 100,000-line file: 60 MB of live heap in a process of 160 to 200 MB, because the
 * analysis's short-lived data grew the young generation to its 32 MB maximum and some of it outlived
 * a few collections and went to the old generation. V8 gives that memory back only after a
 * collection made to reduce memory, which an idle editor never triggers (the process stayed at
 * 160 MB for minutes). So, once the server has been quiet for a moment after analysing a big
 * document, it asks V8 for that collection: the same process then holds 115 to 125 MB.
 */

/** Documents below this many characters (~30,000 lines) leave too little behind to be worth a pause. */
export const TRIM_MIN_CHARS = 1_000_000;
/** How long the server must have been quiet after the last big analysis. */
export const TRIM_QUIET_MS = 1_500;
/** A collection is asked for only if the heap grew by this much since the last one (nothing to give back otherwise). */
export const TRIM_MIN_GROWTH_BYTES = 16 * 1024 * 1024;

export interface Timers {
  set(callback: () => void, ms: number): unknown;
  clear(handle: unknown): void;
}

const nodeTimers: Timers = {
  set: (callback, ms) => {
    const handle = setTimeout(callback, ms);
    handle.unref(); // never keeps a stopping server alive
    return handle;
  },
  clear: (handle) => clearTimeout(handle as ReturnType<typeof setTimeout>),
};

/** What the trimmer needs from V8: the heap's committed size, and the collection itself. */
export interface Heap {
  committedBytes(): number;
  /** Runs the collection; `done` is called once it is over. */
  collect(done: () => void): void;
}

/**
 * V8's most thorough collection, the one it runs when told memory is low: it collects until nothing
 * more is freed, compacts, and returns the young generation's unused space to the system (an ordinary
 * full collection keeps it). Node reaches it through its own inspector protocol
 * (`HeapProfiler.collectGarbage`), in process and without flags: the server is also started by other
 * editors, with no say over Node's options. It takes about 120 ms with the 100,000-line file open.
 * Undefined where Node was built without the inspector.
 */
export function v8Heap(): Heap | undefined {
  try {
    const session = new Session();
    session.connect();
    return {
      committedBytes: () => getHeapStatistics().total_heap_size,
      collect: (done) => session.post('HeapProfiler.collectGarbage', () => done()),
    };
  } catch {
    return undefined;
  }
}

/** Asks for one collection after each burst of big analyses that grew the heap; small documents change nothing. */
export class HeapTrimmer {
  private pending: unknown;
  private collecting = false;
  /** The heap's committed size after the last collection (or when the trimmer was made). */
  private baseline: number;
  /** How many collections ran. */
  runs = 0;

  constructor(
    private readonly heap: Heap | undefined = v8Heap(),
    private readonly timers: Timers = nodeTimers,
  ) {
    this.baseline = heap?.committedBytes() ?? 0;
  }

  /** The server analysed, or let go of, a document of `chars` characters. */
  noteDocument(chars: number): void {
    if (!this.heap || chars < TRIM_MIN_CHARS) return;
    // A later big analysis pushes the collection back: one per burst of edits.
    if (this.pending !== undefined) this.timers.clear(this.pending);
    this.pending = this.timers.set(() => this.trim(), TRIM_QUIET_MS);
  }

  private trim(): void {
    this.pending = undefined;
    const heap = this.heap;
    if (!heap || this.collecting) return;
    if (heap.committedBytes() < this.baseline + TRIM_MIN_GROWTH_BYTES) return;
    this.collecting = true;
    this.runs++;
    const done = (): void => {
      this.collecting = false;
      this.baseline = heap.committedBytes();
    };
    try {
      heap.collect(done);
    } catch {
      done(); // memory is an optimisation: a refusal must never reach the server's event loop
    }
  }
}
