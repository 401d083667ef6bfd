import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { drain, type Steps } from '../../server/src/common/steps.js';
import { runInSlices, SLICE_MS, type SliceClock } from '../../server/src/service/slices.js';

/** Counts to `n`, one step per number, advancing the fake clock by `msPerStep` each time. */
function* counting(n: number, clock: { t: number }, msPerStep: number, log: number[]): Steps<number> {
  for (let i = 1; i <= n; i++) {
    clock.t += msPerStep;
    log.push(i);
    yield;
  }
  return n;
}

function fakeClock(): SliceClock & { t: number; turns: number } {
  const clock = {
    t: 0,
    turns: 0,
    now: () => clock.t,
    turn: async () => {
      clock.turns++;
    },
  };
  return clock;
}

describe('requests computed in slices', () => {
  it('runs the steps to their result, letting the event loop in about every SLICE_MS', async () => {
    const clock = fakeClock();
    const log: number[] = [];
    const outcome = await runInSlices(counting(100, clock, 1, log), () => undefined, clock);
    assert.deepEqual(outcome, { done: true, value: 100 });
    assert.equal(log.length, 100);
    assert.equal(clock.turns, Math.floor(100 / SLICE_MS));
  });

  it('stops between slices with the reason given, and runs no step after it', async () => {
    const clock = fakeClock();
    const log: number[] = [];
    let cancelled = false;
    const steps = counting(1_000, clock, 1, log);
    const outcome = runInSlices(steps, () => (cancelled ? 'cancelled' : undefined), clock);
    cancelled = true; // arrives while the first slice runs
    assert.deepEqual(await outcome, { done: false, stopped: 'cancelled' });
    assert.equal(log.length, SLICE_MS, 'one slice ran, then the run stopped');
    assert.equal(steps.next().done, true, 'the generator was closed');
  });

  it('drain runs the same steps to the same result at once', () => {
    const log: number[] = [];
    assert.equal(drain(counting(50, { t: 0 }, 1, log)), 50);
    assert.equal(log.length, 50);
  });

  it('lets a step’s exception through', async () => {
    function* failing(): Steps<number> {
      yield;
      throw new Error('broken step');
    }
    await assert.rejects(runInSlices(failing(), () => undefined, fakeClock()), /broken step/);
  });
});
