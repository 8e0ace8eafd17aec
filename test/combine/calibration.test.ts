import { describe, expect, it } from 'vitest';
import { crossValidatedCalibration, fitIsotonic, fitTemperature } from '../../src/combine/calibration.js';
import { auroc, averagePrecision, brierScore, expectedCalibrationError, reliabilityBins } from '../../src/evaluate/labels/probability-metrics.js';
import { mulberry32 } from '../../src/util/prng.js';

describe('probability metrics', () => {
  it('AUROC counts ties half and is 1 / 0.5 / 0 at the extremes', () => {
    expect(auroc([0.1, 0.2, 0.8, 0.9], [0, 0, 1, 1])).toBe(1);
    expect(auroc([0.9, 0.8, 0.2, 0.1], [0, 0, 1, 1])).toBe(0);
    expect(auroc([0.5, 0.5, 0.5, 0.5], [0, 1, 0, 1])).toBe(0.5);
    // one positive above both negatives, one tied with one negative: (2 + 1.5) / 4
    expect(auroc([0.9, 0.4, 0.4, 0.1], [1, 1, 0, 0])).toBeCloseTo(0.875, 10);
    expect(auroc([0.1, 0.2], [0, 0])).toBeNaN();
  });

  it('average precision matches the step-wise definition (hand-computed)', () => {
    // ranking: 1 (pos), 0.8 (neg), 0.6 (pos), 0.2 (neg): AP = 0.5·1 + 0.5·(2/3)
    expect(averagePrecision([1, 0.8, 0.6, 0.2], [1, 0, 1, 0])).toBeCloseTo(0.5 + 1 / 3, 10);
    // a tie of one positive and one negative at the top enters together: precision 1/2 at recall 1
    expect(averagePrecision([0.7, 0.7], [1, 0])).toBeCloseTo(0.5, 10);
  });

  it('Brier, reliability bins and ECE', () => {
    expect(brierScore([1, 0, 0.5], [1, 0, 1])).toBeCloseTo(0.25 / 3, 10);
    const bins = reliabilityBins([0.05, 0.05, 0.95, 0.95], [0, 1, 1, 1], 10);
    expect(bins[0]).toMatchObject({ count: 2, observed: 0.5 });
    expect(bins[9]).toMatchObject({ count: 2, observed: 1 });
    expect(expectedCalibrationError(bins)).toBeCloseTo(0.5 * 0.45 + 0.5 * 0.05, 10);
  });
});

/** Outcomes drawn from a true probability, and an over-confident forecast of it. */
function overconfident(n: number, seed: number): { p: number[]; y: number[]; truth: number[] } {
  const rand = mulberry32(seed);
  const p: number[] = [];
  const y: number[] = [];
  const truth: number[] = [];
  for (let i = 0; i < n; i++) {
    const z = (rand() - 0.5) * 6;
    const t = 1 / (1 + Math.exp(-z));
    truth.push(t);
    y.push(rand() < t ? 1 : 0);
    p.push(1 / (1 + Math.exp(-3 * z)));
  }
  return { p, y, truth };
}

describe('calibration fitted on gold', () => {
  const { p, y } = overconfident(20_000, 9);
  const ece = (q: ArrayLike<number>): number => expectedCalibrationError(reliabilityBins(q, y));

  it('temperature scaling recovers the over-confidence factor and lowers ECE', () => {
    const cal = fitTemperature(p, y);
    expect(cal.temperature!).toBeGreaterThan(2.7);
    expect(cal.temperature!).toBeLessThan(3.3);
    expect(ece(p.map(cal.apply))).toBeLessThan(ece(p) / 3);
  });

  it('isotonic regression is monotone and lowers ECE', () => {
    const cal = fitIsotonic(p, y);
    const ys = cal.steps!.y;
    for (let i = 1; i < ys.length; i++) expect(ys[i]!).toBeGreaterThanOrEqual(ys[i - 1]!);
    expect(ece(p.map(cal.apply))).toBeLessThan(ece(p) / 3);
  });

  it('cross-validated calibration scores out of fold and still helps', () => {
    const groups = p.map((_, i) => i);
    for (const method of ['temperature', 'isotonic'] as const) {
      const out = crossValidatedCalibration(method, p, y, groups, 5, 1);
      expect(ece(out)).toBeLessThan(ece(p) / 2);
      expect(brierScore(out, y)).toBeLessThan(brierScore(p, y));
    }
  });
});
