/**
 * A computation cut into steps: a generator that yields between pieces of work and returns its
 * result. The language features that can take long on a big file (semantic tokens, the outline) are
 * written this way, so that the server can run them a slice at a time and stop when the request is
 * cancelled (service/slices.ts); everywhere else they are run to the end at once with `drain`.
 */
export type Steps<T> = Generator<void, T, void>;

/** Runs steps to the end, without pause. */
export function drain<T>(steps: Steps<T>): T {
  for (;;) {
    const next = steps.next();
    if (next.done) return next.value;
  }
}
