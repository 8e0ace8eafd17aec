import { describe, expect, it } from 'vitest';
import { bootstrapIntervals, weightOf } from '../../../src/evaluate/labels/bootstrap-replicates.js';
import { mulberry32, percentile } from '../../../src/evaluate/labels/bootstrap.js';
import { prf, wilsonInterval } from '../../../src/evaluate/labels/metrics.js';

describe('seeded bootstrap', () => {
  it('is reproducible for a seed and differs across seeds', () => {
    const a = mulberry32(7);
    const b = mulberry32(7);
    const c = mulberry32(8);
    const xs = [a(), a(), a()];
    expect([b(), b(), b()]).toEqual(xs);
    expect(c()).not.toBe(xs[0]);
  });

  it('percentile interpolates between order statistics and ignores NaN', () => {
    expect(percentile([1, 2, 3, 4, NaN], 0.5)).toBe(2.5);
    expect(percentile([0, 10], 0.25)).toBe(2.5);
  });

  it('recall CI by bootstrap over reports agrees with the closed-form Wilson interval', () => {
    // 500 gold-positive reports, 400 found: recall = 0.8 is a binomial proportion.
    const n = 500;
    const tp = Array.from({ length: 400 }, (_, i) => i);
    const fn = Array.from({ length: 100 }, (_, i) => 400 + i);
    const [ci] = bootstrapIntervals(n, 2000, 42, (w) => [prf(weightOf(tp, w), 0, weightOf(fn, w)).recall]);
    const [wlo, whi] = wilsonInterval(400, 500);
    expect(ci).toBeDefined();
    const [lo, hi] = ci as [number, number];
    // Wilson: [0.7627, 0.8327]; percentile bootstrap should be within 0.01 at each end.
    expect(Math.abs(lo - wlo)).toBeLessThan(0.01);
    expect(Math.abs(hi - whi)).toBeLessThan(0.01);
    expect(lo).toBeLessThan(0.8);
    expect(hi).toBeGreaterThan(0.8);
  });

  it('gives the same interval for the same seed', () => {
    const idx = [0, 1, 2, 3, 4];
    const stat = (w: Int32Array) => [weightOf(idx, w) / 20];
    expect(bootstrapIntervals(20, 300, 5, stat)).toEqual(bootstrapIntervals(20, 300, 5, stat));
  });
});
