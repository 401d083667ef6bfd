import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { getHeapStatistics } from 'node:v8';
import { HeapTrimmer, TRIM_MIN_CHARS, TRIM_MIN_GROWTH_BYTES, TRIM_QUIET_MS, v8Heap, type Heap, type Timers } from '../../server/src/service/heapTrim.js';

const MB = 1024 * 1024;

/** Timers run by hand: `elapse(ms)` fires what falls due. */
class ManualTimers implements Timers {
  now = 0;
  private next = 0;
  private readonly due = new Map<number, { at: number; callback: () => void }>();
  set(callback: () => void, ms: number): unknown {
    const id = this.next++;
    this.due.set(id, { at: this.now + ms, callback });
    return id;
  }
  clear(handle: unknown): void {
    this.due.delete(handle as number);
  }
  elapse(ms: number): void {
    this.now += ms;
    for (const [id, timer] of [...this.due]) {
      if (timer.at <= this.now) {
        this.due.delete(id);
        timer.callback();
      }
    }
  }
}

/** A heap whose size the test sets; a collection brings it back to `afterCollection`. */
class FakeHeap implements Heap {
  collections = 0;
  constructor(
    public size: number,
    public afterCollection: number,
  ) {}
  committedBytes(): number {
    return this.size;
  }
  collect(done: () => void): void {
    this.collections++;
    this.size = this.afterCollection;
    done();
  }
}

describe('heap trimming after big analyses', () => {
  it('asks for one collection once the server is quiet after a burst of big analyses', () => {
    const heap = new FakeHeap(30 * MB, 60 * MB);
    const timers = new ManualTimers();
    const trimmer = new HeapTrimmer(heap, timers);
    heap.size = 160 * MB;
    for (let i = 0; i < 5; i++) {
      trimmer.noteDocument(TRIM_MIN_CHARS * 4);
      timers.elapse(TRIM_QUIET_MS / 2); // typing: each analysis pushes the collection back
    }
    assert.equal(heap.collections, 0);
    timers.elapse(TRIM_QUIET_MS);
    assert.equal(heap.collections, 1);
    assert.equal(trimmer.runs, 1);
    timers.elapse(10 * TRIM_QUIET_MS);
    assert.equal(heap.collections, 1, 'nothing more while nothing is analysed');
  });

  it('does nothing for ordinary documents', () => {
    const heap = new FakeHeap(30 * MB, 30 * MB);
    const timers = new ManualTimers();
    const trimmer = new HeapTrimmer(heap, timers);
    heap.size = 200 * MB;
    trimmer.noteDocument(TRIM_MIN_CHARS - 1);
    timers.elapse(10 * TRIM_QUIET_MS);
    assert.equal(heap.collections, 0);
  });

  it('skips the collection when the heap has not grown since the last one', () => {
    const heap = new FakeHeap(30 * MB, 60 * MB);
    const timers = new ManualTimers();
    const trimmer = new HeapTrimmer(heap, timers);
    heap.size = 160 * MB;
    trimmer.noteDocument(TRIM_MIN_CHARS);
    timers.elapse(TRIM_QUIET_MS);
    assert.equal(heap.collections, 1);
    // Re-validating the same big document (a setting changed) grew the heap a little: no pause for that.
    heap.size = 60 * MB + TRIM_MIN_GROWTH_BYTES - 1;
    trimmer.noteDocument(TRIM_MIN_CHARS);
    timers.elapse(TRIM_QUIET_MS);
    assert.equal(heap.collections, 1);
    // An edit grew it again: collected again.
    heap.size = 100 * MB;
    trimmer.noteDocument(TRIM_MIN_CHARS);
    timers.elapse(TRIM_QUIET_MS);
    assert.equal(heap.collections, 2);
  });

  it('survives a heap that refuses to collect, and tries again after the next growth', () => {
    const timers = new ManualTimers();
    let attempts = 0;
    let size = 30 * MB;
    const heap: Heap = {
      committedBytes: () => size,
      collect: () => {
        attempts++;
        throw new Error('inspector gone');
      },
    };
    const trimmer = new HeapTrimmer(heap, timers);
    size = 200 * MB;
    trimmer.noteDocument(TRIM_MIN_CHARS);
    assert.doesNotThrow(() => timers.elapse(TRIM_QUIET_MS));
    assert.equal(attempts, 1);
    trimmer.noteDocument(TRIM_MIN_CHARS);
    timers.elapse(TRIM_QUIET_MS);
    assert.equal(attempts, 1, 'not again while the heap has not grown');
    size = 240 * MB;
    trimmer.noteDocument(TRIM_MIN_CHARS);
    timers.elapse(TRIM_QUIET_MS);
    assert.equal(attempts, 2);
  });

  it("V8's low-memory collection gives back the young generation's space and the garbage", async () => {
    const heap = v8Heap();
    assert.ok(heap, 'this Node has an inspector');
    // Grow the heap as an analysis does: many small objects, some kept for a while, then dropped.
    let kept: Array<{ n: number; s: string }> | undefined = [];
    for (let i = 0; i < 600_000; i++) kept.push({ n: i, s: `w${i % 5000}` });
    const grown = heap.committedBytes();
    kept = undefined;
    await new Promise<void>((resolve) => heap.collect(resolve));
    const after = heap.committedBytes();
    assert.ok(after < grown - 16 * MB, `committed heap ${Math.round(grown / MB)} MB before, ${Math.round(after / MB)} MB after`);
    assert.ok(getHeapStatistics().used_heap_size <= after);
  });
});
