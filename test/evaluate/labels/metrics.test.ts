import { describe, expect, it } from 'vitest';
import { cohenKappa, erfc, macroPrf, mcnemar, microPrf, prf, wilsonInterval } from '../../../src/evaluate/labels/metrics.js';

describe('prf', () => {
  it('computes precision, recall and F1 from counts (hand-computed)', () => {
    // tp 6, fp 2, fn 4: P = 6/8, R = 6/10, F1 = 12 / (12 + 6) = 2/3
    const r = prf(6, 2, 4);
    expect(r.precision).toBeCloseTo(0.75, 12);
    expect(r.recall).toBeCloseTo(0.6, 12);
    expect(r.f1).toBeCloseTo(2 / 3, 12);
  });

  it('leaves undefined ratios as NaN and scores errors without a hit as F1 = 0', () => {
    expect(prf(0, 0, 3)).toEqual({ precision: NaN, recall: 0, f1: 0 });
    expect(prf(0, 2, 0).recall).toBeNaN();
    expect(prf(0, 0, 0).f1).toBeNaN();
  });
});

describe('micro and macro averages', () => {
  const a = { tp: 1, fp: 1, fn: 1 }; // P .5 R .5 F1 .5
  const b = { tp: 1, fp: 0, fn: 1 }; // P 1 R .5 F1 2/3
  const c = { tp: 2, fp: 1, fn: 1 }; // P 2/3 R 2/3 F1 2/3

  it('micro pools the counts', () => {
    const m = microPrf([a, b, c]); // tp 4 fp 2 fn 3
    expect(m.precision).toBeCloseTo(4 / 6, 12);
    expect(m.recall).toBeCloseTo(4 / 7, 12);
    expect(m.f1).toBeCloseTo(8 / 13, 12);
  });

  it('macro is the unweighted mean of per-label values', () => {
    const m = macroPrf([a, b, c].map((x) => prf(x.tp, x.fp, x.fn)));
    expect(m.precision).toBeCloseTo((0.5 + 1 + 2 / 3) / 3, 12);
    expect(m.recall).toBeCloseTo((0.5 + 0.5 + 2 / 3) / 3, 12);
    expect(m.f1).toBeCloseTo((0.5 + 2 / 3 + 2 / 3) / 3, 12);
  });

  it('macro precision counts a label with positives but no predictions as 0', () => {
    expect(macroPrf([prf(1, 0, 0), prf(0, 0, 2)]).precision).toBeCloseTo(0.5, 12);
  });
});

describe('cohenKappa', () => {
  it('matches the hand computation on a 2x2 table', () => {
    // n 50: po = (20 + 15) / 50 = .7; pe = (25*20 + 25*30) / 2500 = .5; kappa = .2 / .5 = .4
    expect(cohenKappa([[20, 5], [10, 15]])).toBeCloseTo(0.4, 12);
  });

  it('matches the hand computation on a 3x3 table', () => {
    // po = 6/8; marginals 2/1/5 both sides: pe = (4 + 1 + 25) / 64; kappa = 9/17
    expect(cohenKappa([[1, 1, 0], [1, 0, 0], [0, 0, 5]])).toBeCloseTo(9 / 17, 12);
  });

  it('is 1 for perfect agreement on one class and NaN on an empty table', () => {
    expect(cohenKappa([[0, 0], [0, 7]])).toBe(1);
    expect(cohenKappa([[0, 0], [0, 0]])).toBeNaN();
  });
});

describe('mcnemar', () => {
  it('uses the exact binomial test for few discordant pairs', () => {
    // b 1, c 7: two-sided p = 2 * (C(8,0) + C(8,1)) / 2^8 = 18/256
    const r = mcnemar(1, 7);
    expect(r.method).toBe('exact');
    expect(r.p).toBeCloseTo(18 / 256, 12);
    expect(mcnemar(0, 2).p).toBeCloseTo(0.5, 12);
    expect(mcnemar(3, 3).p).toBe(1);
    expect(mcnemar(0, 0).p).toBe(1);
  });

  it('uses the continuity-corrected chi-square beyond 25 discordant pairs', () => {
    // b 10, c 30: (|10-30| - 1)^2 / 40 = 9.025; p = erfc(sqrt(9.025/2)) = 0.002663
    const r = mcnemar(10, 30);
    expect(r.method).toBe('chi2-cc');
    expect(r.statistic).toBeCloseTo(9.025, 12);
    expect(r.p).toBeCloseTo(0.002663, 5);
  });

  it('erfc matches known values', () => {
    expect(erfc(0)).toBeCloseTo(1, 6);
    expect(erfc(1)).toBeCloseTo(0.157299207, 6);
    expect(erfc(-1)).toBeCloseTo(1.842700793, 6);
  });
});

describe('wilsonInterval', () => {
  it('matches the textbook value for 8 of 10', () => {
    const [lo, hi] = wilsonInterval(8, 10);
    expect(lo).toBeCloseTo(0.4902, 3);
    expect(hi).toBeCloseTo(0.9433, 3);
  });
});
