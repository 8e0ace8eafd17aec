import { describe, expect, it } from 'vitest';
import { batchedPhaseMeter, exactPhaseMeter } from '../../src/pipeline/parallel/phase-meter.js';
import type { ThreadClock } from '../../src/util/thread-cpu.js';
import type { ThreadTimes } from '../../src/pipeline/parallel/thread-profile.js';

/** A thread clock and a wall clock the test moves by hand; `reads` counts thread-clock reads. */
function clocks() {
  const c = { cpu: 0, wall: 0, reads: 0 };
  const clock: ThreadClock = { kind: 'thread-cpu', now: () => (c.reads++, c.cpu), close: () => undefined };
  return { c, clock, wall: () => c.wall };
}
const times = (): ThreadTimes => ({ phases: {}, totalMs: 0, units: 0 });

describe('batched phase meter (one-thread pipeline)', () => {
  it('shares each batch\'s CPU time among its stages by their wall time, reading the thread clock once per batch', () => {
    const { c, clock, wall } = clocks();
    const t = times();
    const m = batchedPhaseMeter(clock, t, clock.now(), wall);
    c.reads = 0;
    // Batch 1: 10 ms wall read, 30 deidentify, 10 extract, 0 store; the thread got 40 ms of CPU.
    for (let i = 0; i < 2; i++) {
      c.wall += 5; m.lap('read');
      c.wall += 15; m.lap('deidentify');
      c.wall += 5; m.lap('extract');
    }
    c.cpu += 40;
    m.settle('store');
    expect(c.reads).toBe(1);
    expect(t.phases).toEqual({ read: 8, deidentify: 24, extract: 8, store: 0 });
    // Batch 2: the store alone, 10 ms wall, 6 ms CPU.
    c.wall += 10; c.cpu += 6;
    m.settle('store');
    expect(c.reads).toBe(2);
    expect(t.phases).toEqual({ read: 8, deidentify: 24, extract: 8, store: 6 });
  });

  it('keeps the totals of the thread clock, whatever the wall clock did', () => {
    const { c, clock, wall } = clocks();
    const t = times();
    c.cpu = 100;
    const m = batchedPhaseMeter(clock, t, clock.now(), wall);
    for (let b = 0; b < 7; b++) {
      for (let i = 0; i < 13; i++) {
        c.wall += (i * 7) % 5; c.cpu += (i * 3) % 4; m.lap(i % 2 ? 'read' : 'extract');
      }
      c.wall += b % 3; c.cpu += b;
      m.settle('store');
    }
    const booked = Object.values(t.phases).reduce((a, x) => a + x, 0);
    expect(booked).toBeCloseTo(c.cpu - 100, 9);
  });

  it('books CPU time to the settling stage when no wall time passed', () => {
    const { c, clock, wall } = clocks();
    const t = times();
    const m = batchedPhaseMeter(clock, t, clock.now(), wall);
    c.cpu += 2;
    m.settle('store');
    expect(t.phases).toEqual({ store: 2 });
  });
});

describe('exact phase meter (a thread that waits between stages)', () => {
  it('reads the thread clock at every lap and books its advance to the stage just closed', () => {
    const { c, clock } = clocks();
    const t = times();
    const m = exactPhaseMeter(clock, t, clock.now());
    c.reads = 0;
    c.cpu += 3; m.lap('receive');
    c.cpu += 4; m.lap('store');
    c.cpu += 1; m.settle('store');
    expect(c.reads).toBe(3);
    expect(t.phases).toEqual({ receive: 3, store: 5 });
  });
});
