import { describe, expect, it } from 'vitest';
import { ci, num2, pct, progressText, sampleSize } from '../../web/review/format.js';

describe('workbench figures', () => {
  it('formats proportions, statistics and intervals, and says n/a for missing ones', () => {
    expect(pct(0.8125)).toBe('81.3%');
    expect(pct(null)).toBe('n/a');
    expect(pct(Number.NaN)).toBe('n/a');
    expect(num2(-0.123)).toBe('-0.12');
    expect(ci([0.51, 0.88])).toBe('0.51–0.88');
    expect(ci([0.5, 0.75], 'pct')).toBe('50.0%–75.0%');
    expect(ci(null)).toBe('n/a');
    expect(progressText(3, 4)).toBe('3 / 4 (75%)');
    expect(progressText(0, 0)).toBe('0 / 0 (0%)');
  });

  it("gives Cochran's sample sizes: 385 for ±5% at 95%, fewer with a finite population, never more than the population", () => {
    expect(sampleSize(0, 0.05, 0.95)).toBe(385);
    expect(sampleSize(0, 0.1, 0.95)).toBe(97);
    expect(sampleSize(0, 0.05, 0.99)).toBe(664);
    expect(sampleSize(1000, 0.05, 0.95)).toBe(278);
    expect(sampleSize(50, 0.05, 0.95)).toBeLessThanOrEqual(50);
    for (const n of [10, 100, 1000, 10_000]) expect(sampleSize(n, 0.05)).toBeLessThan(sampleSize(n * 10, 0.05) + 1);
  });
});
