import type { Steps } from '../common/steps.js';

/**
 * How long a request computes before it lets the event loop in. Node reads incoming messages only
 * between turns of the loop: a request that computed for half a second in one go (semantic tokens of
 * a 100,000-line file) could not see its own cancellation, nor the edits typed meanwhile.
 */
export const SLICE_MS = 10;

export type SliceOutcome<T, S> = { done: true; value: T } | { done: false; stopped: S };

export interface SliceClock {
  now(): number;
  /** Resolves after the messages already received have been handled. */
  turn(): Promise<void>;
}

const nodeClock: SliceClock = {
  now: () => performance.now(),
  turn: () => new Promise((resolve) => setImmediate(resolve)),
};

/**
 * Runs `steps` a slice of about `SLICE_MS` at a time; between slices, once the loop has had its turn,
 * `stop()` is asked whether to go on: a reason (a cancellation, a newer version of the document)
 * ends the run with it. Exceptions of the steps propagate.
 */
export async function runInSlices<T, S>(steps: Steps<T>, stop: () => S | undefined, clock: SliceClock = nodeClock): Promise<SliceOutcome<T, S>> {
  for (;;) {
    const sliceEnd = clock.now() + SLICE_MS;
    do {
      const next = steps.next();
      if (next.done) return { done: true, value: next.value };
    } while (clock.now() < sliceEnd);
    await clock.turn();
    const reason = stop();
    if (reason !== undefined) {
      steps.return(undefined as never);
      return { done: false, stopped: reason };
    }
  }
}
