import { describe, expect, it } from 'vitest';
import { fitDawidSkene, fitLabel } from '../../src/combine/dawid-skene.js';
import { estimatedAccuracies } from '../../src/combine/source-accuracy.js';
import { estimateDependence, fitLabelModel } from '../../src/combine/unit-dependence.js';
import { f1At, simulate, symmetric, trueAccuracy, type SimSource } from './synthetic-labelers.js';

describe('dependence between sources, estimated from their answers', () => {
  it('finds no dependence among conditionally independent sources, whatever their quality and balance', () => {
    for (const [seed, balance] of [[3, 0.05], [4, 0.3], [5, 0.5]] as const) {
      const sources = [symmetric('a', 0.95), symmetric('b', 0.8, 0.1), symmetric('c', 0.7), symmetric('d', 0.62)];
      const { matrix } = simulate({ reports: 20_000, labels: 2, balance, sources, seed });
      const dep = estimateDependence(fitDawidSkene(matrix));
      for (let u = 0; u < 4; u++) for (let v = 0; v < 4; v++) if (u !== v) expect(dep.matrix[u]![v], `balance ${balance}: ${u}–${v}`).toBeLessThan(0.05);
      for (const w of dep.weights) expect(w).toBeGreaterThan(0.85);
    }
  });

  it('finds each copied pair, whichever sources copy whom, and weights k copies to about one source', () => {
    const cases: Array<{ sources: SimSource[]; pairs: Array<[number, number]> }> = [
      // a weak source and its near-copy
      { sources: [symmetric('strong', 0.9), symmetric('fair', 0.75), symmetric('weak', 0.65), { ...symmetric('twin', 0.65), copies: { source: 2, rate: 0.9 } }], pairs: [[2, 3]] },
      // the best source copied twice (a family of three; the estimate assumes most sources are independent)
      { sources: [symmetric('best', 0.92), { ...symmetric('copy1', 0.7), copies: { source: 0, rate: 0.95 } }, { ...symmetric('copy2', 0.7), copies: { source: 0, rate: 0.95 } }, symmetric('x', 0.8), symmetric('y', 0.75), symmetric('z', 0.7), symmetric('w', 0.66)], pairs: [[0, 1], [0, 2], [1, 2]] },
      // two separate copied pairs
      { sources: [symmetric('p', 0.85), { ...symmetric('p2', 0.6), copies: { source: 0, rate: 0.85 } }, symmetric('q', 0.78), { ...symmetric('q2', 0.6), copies: { source: 2, rate: 0.85 } }, symmetric('r', 0.8), symmetric('s', 0.75)], pairs: [[0, 1], [2, 3]] },
    ];
    for (const [ci, c] of cases.entries()) {
      const { matrix } = simulate({ reports: 20_000, labels: 1, balance: 0.25, sources: c.sources, seed: 30 + ci });
      const { dependence } = fitLabelModel(matrix, { dependence: 'auto' });
      const d = dependence!.matrix;
      const dependent = new Set(c.pairs.map(([a, b]) => `${a},${b}`));
      for (let u = 0; u < c.sources.length; u++)
        for (let v = u + 1; v < c.sources.length; v++) {
          if (dependent.has(`${u},${v}`)) expect(d[u]![v], `case ${ci}: ${u}–${v} copied`).toBeGreaterThan(0.5);
          else expect(d[u]![v], `case ${ci}: ${u}–${v} independent`).toBeLessThan(0.15);
        }
      if (ci === 1) {
        // Three near-copies of one source count together as about one.
        const total = dependence!.weights[0]! + dependence!.weights[1]! + dependence!.weights[2]!;
        expect(total).toBeGreaterThan(0.8);
        expect(total).toBeLessThan(1.4);
      }
    }
  });

  it('with copies outvoting the better sources, auto dependence beats independent modelling in F1 and accuracy estimates', () => {
    // A mediocre source and two near-copies of it against three better independent sources.
    const sources: SimSource[] = [
      symmetric('loud', 0.68),
      { ...symmetric('echo1', 0.68), copies: { source: 0, rate: 0.92 } },
      { ...symmetric('echo2', 0.68), copies: { source: 0, rate: 0.92 } },
      symmetric('good', 0.85),
      symmetric('fair', 0.8),
      symmetric('ok', 0.76),
    ];
    const { matrix, truth } = simulate({ reports: 30_000, labels: 1, balance: 0.3, sources, seed: 17 });
    const naive = fitLabel(matrix, 0);
    const auto = fitLabelModel(matrix, { dependence: 'auto' }).fits[0]!;
    expect(f1At(auto.posterior, truth[0]!)).toBeGreaterThan(f1At(naive.posterior, truth[0]!) + 0.01);
    const err = (fit: typeof naive, s: number): number => Math.abs(estimatedAccuracies(matrix, 0, fit)[s]!.accuracy - trueAccuracy(matrix, truth[0]!, s, 0));
    for (let s = 0; s < sources.length; s++) expect(err(auto, s), sources[s]!.name).toBeLessThan(0.03);
    expect(err(auto, 0)).toBeLessThan(err(naive, 0));
  });

  it('is deterministic and leaves independent-mode fits untouched', () => {
    const { matrix } = simulate({ reports: 5_000, labels: 2, balance: 0.2, sources: [symmetric('a', 0.9), symmetric('b', 0.8), symmetric('c', 0.7)], seed: 2 });
    const a = fitLabelModel(matrix, { dependence: 'auto', seed: 3 });
    const b = fitLabelModel(matrix, { dependence: 'auto', seed: 3 });
    expect(Array.from(a.fits[1]!.posterior)).toEqual(Array.from(b.fits[1]!.posterior));
    const none = fitLabelModel(matrix, { seed: 3 });
    expect(none.dependence).toBeUndefined();
    expect(Array.from(none.fits[0]!.posterior)).toEqual(Array.from(fitLabel(matrix, 0, { seed: 3 }).posterior));
  });

  it('estimates nothing from three units (the class component fits any three covariances) and treats a declared group as one unit', () => {
    const three = simulate({ reports: 10_000, labels: 1, balance: 0.3, sources: [symmetric('a', 0.9), { ...symmetric('b', 0.7), copies: { source: 0, rate: 0.9 } }, symmetric('c', 0.8)], seed: 8 });
    expect(fitLabelModel(three.matrix, { dependence: 'auto' }).dependence!.weights).toEqual([1, 1, 1]);
    // a + its copy declared as a group, and four more sources one of which copies c
    const sources: SimSource[] = [symmetric('a', 0.85), { ...symmetric('a2', 0.7), copies: { source: 0, rate: 0.9 } }, symmetric('c', 0.8), { ...symmetric('c2', 0.6), copies: { source: 2, rate: 0.9 } }, symmetric('e', 0.75), symmetric('f', 0.72)];
    const { matrix } = simulate({ reports: 20_000, labels: 1, balance: 0.3, sources, seed: 9 });
    const { fits, dependence } = fitLabelModel(matrix, { dependence: 'auto', groups: [[0, 1]] });
    expect(dependence!.units).toEqual([[0, 1], [2], [3], [4], [5]]);
    expect(fits[0]!.unitWeights).toEqual(dependence!.perLabel[0]!.weights);
    expect(dependence!.matrix[1]![2]).toBeGreaterThan(0.5);
    expect(dependence!.weights[0]).toBeGreaterThan(0.9);
  });
});

describe('per-source abstain policy', () => {
  it('reads one source\'s silence as no answer while the others\' counts as negative', () => {
    // "partial" answers only where it fires: it abstains on 60% of negatives and positives alike.
    const partial: SimSource = { name: 'partial', onPositive: [0.36, 0.04, 0, 0.6], onNegative: [0.04, 0.36, 0, 0.6] };
    const { matrix, truth } = simulate({ reports: 20_000, labels: 1, balance: 0.3, sources: [partial, symmetric('a', 0.85), symmetric('b', 0.8), symmetric('c', 0.75)], seed: 12 });
    const asNegative = fitLabel(matrix, 0);
    const ignored = fitLabel(matrix, 0, { abstainBySource: ['ignore'] });
    const sens = (f: typeof ignored): number => estimatedAccuracies(matrix, 0, f)[0]!.confusion.positive.positive;
    // Silence ignored: of the answers it gives, 90% of positives are positive; as negative, 36%.
    expect(sens(ignored)).toBeCloseTo(0.9, 1);
    expect(sens(asNegative)).toBeCloseTo(0.36, 1);
    expect(f1At(ignored.posterior, truth[0]!)).toBeGreaterThanOrEqual(f1At(asNegative.posterior, truth[0]!) - 0.005);
  });
});
