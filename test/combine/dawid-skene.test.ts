import { describe, expect, it } from 'vitest';
import { fitLabel, fitDawidSkene } from '../../src/combine/dawid-skene.js';
import { estimatedAccuracies, majorityVote } from '../../src/combine/source-accuracy.js';
import { createLabelMatrix, VOTE } from '../../src/combine/label-matrix.js';
import { mulberry32 } from '../../src/util/prng.js';
import { f1At, simulate, symmetric, trueAccuracy, type SimSource } from './synthetic-labelers.js';

describe('Dawid–Skene label model on synthetic labelers', () => {
  const sources: SimSource[] = [symmetric('strong', 0.93), symmetric('good', 0.85, 0.1), symmetric('fair', 0.72), symmetric('weak', 0.64, 0.2), symmetric('poor', 0.6)];
  const balances = [0.1, 0.3, 0.5];
  const { matrix, truth } = simulate({ reports: 20_000, labels: balances.length, balance: balances, sources, seed: 7 });
  const fits = fitDawidSkene(matrix, { seed: 1 });

  it('recovers every source accuracy within ±0.03 and the class balance', () => {
    fits.forEach((fit, l) => {
      expect(fit.converged).toBe(true);
      expect(Math.abs(fit.prior - balances[l]!)).toBeLessThan(0.02);
      for (const [s, est] of estimatedAccuracies(matrix, l, fit).entries()) {
        const actual = trueAccuracy(matrix, truth[l]!, s, l);
        expect(Math.abs(est.accuracy - actual), `${est.source} on L${l}: estimated ${est.accuracy}, actual ${actual}`).toBeLessThanOrEqual(0.03);
      }
    });
  });

  it('beats majority vote in F1 when the sources differ in quality', () => {
    fits.forEach((fit, l) => {
      const ds = f1At(fit.posterior, truth[l]!);
      const mv = f1At(majorityVote(matrix, l), truth[l]!);
      expect(ds, `L${l}: DS ${ds} vs MV ${mv}`).toBeGreaterThan(mv + 0.01);
    });
  });

  it('is deterministic for a seed', () => {
    const again = fitLabel(matrix, 0, { seed: 1 });
    expect(Array.from(again.posterior)).toEqual(Array.from(fits[0]!.posterior));
  });
});

describe('uncertain and abstain answers', () => {
  it('learns class-conditional uncertain / abstain rates, and an informative silence', () => {
    // A rules-like source: uncertain mostly on positives, silent mostly on negatives.
    const rulesLike: SimSource = { name: 'rules', onPositive: [0.7, 0.05, 0.15, 0.1], onNegative: [0.03, 0.3, 0.02, 0.65] };
    const sources = [rulesLike, symmetric('a', 0.85), symmetric('b', 0.8), symmetric('c', 0.75)];
    const { matrix, truth } = simulate({ reports: 30_000, labels: 1, balance: 0.25, sources, seed: 11 });
    const fit = fitLabel(matrix, 0, { abstain: 'distinct' });
    const est = estimatedAccuracies(matrix, 0, fit)[0]!;
    const expected = { positive: rulesLike.onPositive, negative: rulesLike.onNegative };
    for (const c of ['positive', 'negative'] as const)
      (['positive', 'negative', 'uncertain', 'abstain'] as const).forEach((k, j) => expect(Math.abs(est.confusion[c][k] - expected[c][j]!), `${c}/${k}`).toBeLessThan(0.03));
    expect(Math.abs(est.accuracy - trueAccuracy(matrix, truth[0]!, 0, 0))).toBeLessThan(0.03);
  });

  it('by default is not fooled by whether a finding is mentioned, which every report labeller agrees on', () => {
    // Reports either mention the finding (then each source says positive or negative with its own
    // accuracy) or do not (every source is silent): mention is a shared latent variable besides the class.
    const rand = mulberry32(21);
    const n = 30_000;
    const accs = [0.95, 0.85, 0.7];
    const m = createLabelMatrix(Array.from({ length: n }, (_, i) => `r${i}`), ['L'], ['a', 'b', 'c']);
    const truth = new Int8Array(n);
    for (let i = 0; i < n; i++) {
      truth[i] = rand() < 0.08 ? 1 : 0;
      const mentioned = truth[i] === 1 || rand() < 0.3;
      accs.forEach((acc, s) => {
        const right = rand() < acc;
        m.votes[s * n + i] = !mentioned ? VOTE.abstain : (truth[i] === 1) === right ? VOTE.positive : VOTE.negative;
      });
    }
    const fit = fitLabel(m, 0);
    expect(Math.abs(fit.prior - 0.08)).toBeLessThan(0.03);
    estimatedAccuracies(m, 0, fit).forEach((e, s) => expect(Math.abs(e.accuracy - trueAccuracy(m, truth, s, 0)), e.source).toBeLessThan(0.03));
    expect(f1At(fit.posterior, truth)).toBeGreaterThanOrEqual(f1At(majorityVote(m, 0), truth));
    // Counting silence as an answer of its own, EM may take "mentioned" for the class instead.
    expect(fitLabel(m, 0, { abstain: 'distinct' }).prior).toBeGreaterThan(0.2);
  });

  it('a declared dependent pair does not count its agreement twice', () => {
    // "twin" copies "weak" 90% of the time: independent modelling would take them as two sources.
    const sources: SimSource[] = [symmetric('strong', 0.9), symmetric('fair', 0.75), symmetric('weak', 0.65), { ...symmetric('twin', 0.65), copies: { source: 2, rate: 0.9 } }];
    const { matrix, truth } = simulate({ reports: 20_000, labels: 1, balance: 0.3, sources, seed: 5 });
    const naive = fitLabel(matrix, 0);
    const grouped = fitLabel(matrix, 0, { groups: [[2, 3]] });
    const errNaive = Math.abs(estimatedAccuracies(matrix, 0, naive)[2]!.accuracy - trueAccuracy(matrix, truth[0]!, 2, 0));
    const errGrouped = Math.abs(estimatedAccuracies(matrix, 0, grouped)[2]!.accuracy - trueAccuracy(matrix, truth[0]!, 2, 0));
    expect(errGrouped).toBeLessThan(0.03);
    expect(errGrouped).toBeLessThan(errNaive);
    expect(f1At(grouped.posterior, truth[0]!)).toBeGreaterThanOrEqual(f1At(naive.posterior, truth[0]!));
  });

  it('reads uncertain as negative when asked: a hedging source then counts against the class', () => {
    // "hedger" says uncertain on 60% of negatives and on no positive: as an answer, EM learns that;
    // read as negative it is simply a negative vote, and accuracies stay those of positive vs not.
    const hedger: SimSource = { name: 'hedger', onPositive: [0.9, 0.1, 0, 0], onNegative: [0.05, 0.35, 0.6, 0] };
    const { matrix, truth } = simulate({ reports: 20_000, labels: 1, balance: 0.2, sources: [hedger, symmetric('a', 0.85), symmetric('b', 0.8)], seed: 13 });
    for (const uncertain of ['answer', 'negative'] as const) {
      const fit = fitLabel(matrix, 0, { uncertain });
      const est = estimatedAccuracies(matrix, 0, fit)[0]!;
      expect(Math.abs(est.accuracy - trueAccuracy(matrix, truth[0]!, 0, 0)), uncertain).toBeLessThan(0.03);
      expect(est.confusion.negative.uncertain, uncertain).toBeCloseTo(uncertain === 'answer' ? 0.6 : 0, 1);
    }
    // read as positive, a hedge is a positive vote: the hedger now looks like a poor source
    const asPositive = estimatedAccuracies(matrix, 0, fitLabel(matrix, 0, { uncertain: 'positive' }))[0]!;
    expect(asPositive.specificity).toBeLessThan(0.5);
  });

  it('keeps a given class balance fixed', () => {
    const { matrix } = simulate({ reports: 2000, labels: 1, balance: 0.2, sources: [symmetric('a', 0.8), symmetric('b', 0.8), symmetric('c', 0.8)], seed: 3 });
    expect(fitLabel(matrix, 0, { prior: 0.35 }).prior).toBe(0.35);
  });
});
