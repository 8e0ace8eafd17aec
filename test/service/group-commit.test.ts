import { describe, expect, it } from 'vitest';
import { groupCommit } from '../../src/service/group-commit.js';

describe('groupCommit', () => {
  it('flushes at once when idle and gathers calls made during a flush into one batch, each caller getting its slice', async () => {
    const batches: number[][] = [];
    const put = groupCommit(async (xs: number[]) => {
      batches.push(xs);
      await new Promise((r) => setTimeout(r, 20));
      return xs.map((x) => x * 10);
    });
    const results = await Promise.all([put([1]), put([2, 3]), put([4]), put([5, 6])]);
    expect(results).toEqual([[10], [20, 30], [40], [50, 60]]);
    expect(batches).toEqual([[1], [2, 3, 4, 5, 6]]);
  });

  it('fails every caller of a failed batch and goes on with the next', async () => {
    let calls = 0;
    const put = groupCommit(async (xs: string[]) => {
      calls++;
      await new Promise((r) => setTimeout(r, 5));
      if (xs.includes('bad')) throw new Error('batch failed');
      return xs;
    });
    const a = put(['ok1']);
    const b = put(['bad']);
    const c = put(['ok2']);
    await expect(a).resolves.toEqual(['ok1']);
    await expect(b).rejects.toThrow('batch failed');
    await expect(c).rejects.toThrow('batch failed');
    await expect(put(['ok3'])).resolves.toEqual(['ok3']);
    expect(calls).toBe(3);
  });

  it('caps a batch at maxItems', async () => {
    const sizes: number[] = [];
    const put = groupCommit(async (xs: number[]) => {
      sizes.push(xs.length);
      await new Promise((r) => setTimeout(r, 5));
      return xs;
    }, 3);
    await Promise.all([put([0]), put([1, 2]), put([3, 4]), put([5]), put([6, 7, 8])]);
    // Calls are never split: [0] alone (idle), [1,2] (adding [3,4] would exceed 3), [3,4]+[5], [6,7,8].
    expect(sizes).toEqual([1, 2, 3, 3]);
    expect(sizes.reduce((a, b) => a + b, 0)).toBe(9);
  });
});
