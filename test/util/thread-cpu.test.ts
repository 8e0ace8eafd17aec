import { describe, expect, it } from 'vitest';
import { existsSync } from 'node:fs';
import { openThreadClock } from '../../src/util/thread-cpu.js';

const spin = (ms: number) => {
  const end = performance.now() + ms;
  let x = 0;
  while (performance.now() < end) x += Math.sqrt(x + 1);
  return x;
};

describe('thread CPU clock', () => {
  it('is the per-thread CPU clock on Linux, and a wall clock elsewhere', () => {
    const c = openThreadClock();
    expect(c.kind).toBe(existsSync('/proc/thread-self/schedstat') ? 'thread-cpu' : 'wall');
    c.close();
  });

  it('never goes back, and advances while the thread computes', () => {
    const c = openThreadClock();
    let last = c.now();
    for (let i = 0; i < 5; i++) {
      spin(20);
      const t = c.now();
      expect(t).toBeGreaterThanOrEqual(last);
      last = t;
    }
    const before = c.now();
    spin(60);
    // A loaded machine gives the thread less than the wall time, never none of it.
    expect(c.now() - before).toBeGreaterThan(0);
    c.close();
  });

  it('does not count time the thread spends waiting (thread-cpu clock)', async () => {
    const c = openThreadClock();
    if (c.kind !== 'thread-cpu') return c.close();
    const before = c.now();
    await new Promise((r) => setTimeout(r, 300));
    expect(c.now() - before).toBeLessThan(150);
    c.close();
  });
});
