import { describe, expect, it } from 'vitest';
import { LEASE_SHARE, LeasedBudget, MAX_LEASE, type LeaseFn } from '../../src/service/http/leased-budget.js';
import { mulberry32 } from '../../src/util/prng.js';

/** An in-memory stand-in for the Redis script: one fixed window per key, never more than `max` granted. */
function sharedCounter(clock: () => number) {
  const windows = new Map<string, { used: number; end: number }>();
  let calls = 0;
  const lease: LeaseFn = async (key, want, max, windowMs) => {
    calls++;
    await Promise.resolve();
    const t = clock();
    let w = windows.get(key);
    if (!w || t >= w.end) {
      w = { used: 0, end: t + windowMs };
      windows.set(key, w);
    }
    const granted = Math.max(0, Math.min(want, max - w.used));
    w.used += granted;
    return { granted, used: w.used, ttlMs: w.end - t };
  };
  return { lease, calls: () => calls };
}

describe('LeasedBudget: a budget shared by processes, leased in blocks', () => {
  it('never allows more than the budget in a window, over several budgets, process counts and interleavings', async () => {
    for (const [max, processes, requests, seed] of [
      [4, 2, 40, 1],
      [37, 3, 200, 2],
      [1200, 2, 3000, 3],
      [1200, 5, 3000, 4],
      [100_000, 4, 20_000, 5],
    ] as const) {
      const t = 0;
      const counter = sharedCounter(() => t);
      const budgets = Array.from({ length: processes }, () => new LeasedBudget(counter.lease, () => t));
      const r = mulberry32(seed);
      // Requests arrive at random processes, some concurrently (a burst awaited together).
      let allowed = 0;
      for (let sent = 0; sent < requests; ) {
        const burst = Math.min(requests - sent, 1 + Math.floor(r() * 20));
        const answers = await Promise.all(Array.from({ length: burst }, () => budgets[Math.floor(r() * processes)]!.take('key_a', max, 60_000)));
        allowed += answers.filter((a) => a.current <= max).length;
        sent += burst;
      }
      const cap = Math.max(1, Math.min(MAX_LEASE, Math.floor(max / LEASE_SHARE)));
      expect(allowed, `max ${max}, ${processes} processes`).toBeLessThanOrEqual(max);
      // Refused early only by what other processes hold unspent: at most one lease each.
      if (requests > max) expect(allowed, `max ${max}, ${processes} processes`).toBeGreaterThanOrEqual(max - (processes - 1) * cap);
    }
  });

  it('budgets up to LEASE_SHARE requests are counted request by request (one lease each, exact across processes)', async () => {
    for (const max of [1, 2, 5, 19]) {
      const counter = sharedCounter(() => 0);
      const a = new LeasedBudget(counter.lease, () => 0);
      const b = new LeasedBudget(counter.lease, () => 0);
      const codes: boolean[] = [];
      for (let i = 0; i < max + 3; i++) codes.push((await (i % 2 ? b : a).take('k', max, 60_000)).current <= max);
      expect(codes).toEqual([...Array<boolean>(max).fill(true), false, false, false]);
      // Refused requests do not go back to the counter: the window is known to be spent.
      expect(counter.calls()).toBe(max + 2);
    }
  });

  it('a busy key costs far fewer round trips than requests, and concurrent requests share one lease in flight', async () => {
    for (const [max, requests] of [
      [1200, 1000],
      [100_000_000, 20_000],
    ] as const) {
      const counter = sharedCounter(() => 0);
      const b = new LeasedBudget(counter.lease, () => 0);
      for (let i = 0; i < requests; i += 16) await Promise.all(Array.from({ length: 16 }, () => b.take('k', max, 60_000)));
      const cap = Math.max(1, Math.min(MAX_LEASE, Math.floor(max / LEASE_SHARE)));
      // Doubling from 1 to the cap, then one lease per cap-sized block.
      expect(counter.calls()).toBeLessThanOrEqual(Math.ceil(Math.log2(cap)) + 1 + Math.ceil(requests / cap));
      expect(counter.calls()).toBeLessThan(requests / 10);
    }
    const counter = sharedCounter(() => 0);
    const b = new LeasedBudget(counter.lease, () => 0);
    await Promise.all(Array.from({ length: 50 }, () => b.take('k', 1_000_000, 60_000)));
    // 1 + 2 + 4 + 8 + 16 + 32 ≥ 50: six leases, not fifty.
    expect(counter.calls()).toBe(6);
  });

  it('starts a new window when the old one ends: unspent tokens are dropped, a spent window is open again', async () => {
    let t = 1_000;
    const counter = sharedCounter(() => t);
    const b = new LeasedBudget(counter.lease, () => t);
    const allowedIn = async (n: number) => (await Promise.all(Array.from({ length: n }, () => b.take('k', 100, 60_000)))).filter((a) => a.current <= 100).length;
    expect(await allowedIn(150)).toBe(100);
    const refused = await b.take('k', 100, 60_000);
    expect(refused.current).toBeGreaterThan(100);
    expect(refused.ttl).toBeGreaterThan(0);
    expect(refused.ttl).toBeLessThanOrEqual(60_000);
    t += 60_000;
    expect(await allowedIn(150)).toBe(100);
    // Keys count apart.
    expect((await b.take('other', 100, 60_000)).current).toBe(1);
  });

  it('a failing counter rejects the requests waiting on it, and the next request asks again', async () => {
    let fail = true;
    const b = new LeasedBudget(async () => {
      await Promise.resolve();
      if (fail) throw new Error('redis down');
      return { granted: 1, used: 1, ttlMs: 60_000 };
    });
    const answers = await Promise.allSettled([b.take('k', 10, 60_000), b.take('k', 10, 60_000)]);
    expect(answers.map((a) => a.status)).toEqual(['rejected', 'rejected']);
    fail = false;
    expect(await b.take('k', 10, 60_000)).toMatchObject({ current: 1 });
  });
});
