import { describe, expect, it } from 'vitest';
import { columnOffset, VoteRows } from '../../src/combine/label-matrix.js';
import type { LoadedSource } from '../../src/combine/load-sources.js';
import { combineSources } from '../../src/combine/run-combine.js';
import type { EvalRecord, LabelTable } from '../../src/evaluate/labels/label-table.js';
import { simulate, symmetric } from './synthetic-labelers.js';

/** Simulated labellers as loaded sources, and a gold table for the first `goldReports` reports. */
function fixture(goldReports: number): { sources: LoadedSource[]; gold: LabelTable } {
  // Over-confident sources make the raw posteriors mis-calibrated, so calibration has work to do.
  const { matrix, truth } = simulate({ reports: 6000, labels: 2, balance: [0.2, 0.4], sources: [symmetric('a', 0.85), symmetric('b', 0.75), symmetric('c', 0.7)], seed: 4 });
  const sources = matrix.sources.map((name, s): LoadedSource => {
    const rows = new VoteRows(matrix.labels);
    matrix.ids.forEach((id, i) => rows.add(id, Int8Array.from(matrix.labels.map((_, l) => matrix.votes[columnOffset(matrix, s, l) + i]!))));
    return { name, kind: 'file', target: `${name}.csv`, labels: rows.labels, ids: rows.ids, votes: rows.votes(), texts: new Map(), runs: [] };
  });
  const records = new Map<string, EvalRecord>();
  matrix.ids.slice(0, goldReports).forEach((id, i) =>
    records.set(id, { id, row: i + 2, values: Object.fromEntries(matrix.labels.map((l, li) => [l, truth[li]![i] ? 'positive' : 'negative'])) }),
  );
  return { sources, gold: { file: 'gold.csv', format: 'csv', kind: 'binary', labels: matrix.labels, records } };
}

describe('combineSources', () => {
  const { sources, gold } = fixture(1500);

  it('never fits the label model on gold: probabilities are the same with and without --gold', () => {
    const without = combineSources(sources);
    const withGold = combineSources(sources, { gold });
    withGold.probabilities.forEach((p, l) => expect(Array.from(p)).toEqual(Array.from(without.probabilities[l]!)));
    expect(withGold.gold!.reports).toBe(1500);
    const combined = withGold.gold!.f1.find((x) => x.name === 'combined' && x.label === '(micro)')!;
    const mv = withGold.gold!.f1.find((x) => x.name === 'majority vote' && x.label === '(micro)')!;
    expect(combined.f1).toBeGreaterThan(mv.f1);
  });

  it('with --calibrate, applies a calibrator fitted on gold and scores it out of fold', () => {
    const r = combineSources(sources, { gold, calibrate: 'isotonic' });
    expect(r.calibrator?.method).toBe('isotonic');
    expect(r.gold!.calibrated).toBeDefined();
    expect(r.gold!.calibrated!.ece).toBeLessThanOrEqual(r.gold!.probability.ece + 0.01);
    const raw = combineSources(sources);
    expect(Array.from(r.probabilities[0]!)).not.toEqual(Array.from(raw.probabilities[0]!));
    expect(() => combineSources(sources, { calibrate: 'temperature' })).toThrow(/--calibrate needs --gold/);
  });

  it('refuses a requested label that no source has', () => {
    expect(() => combineSources(sources, { labels: ['L0', 'Edema'] })).toThrow(/no source has the label\(s\) Edema/);
  });

  it('a given class balance is applied per label name', () => {
    const r = combineSources(sources, { prior: { L1: 0.25 } });
    expect(r.fits[1]!.prior).toBe(0.25);
    expect(r.fits[0]!.priorGiven).toBe(false);
    expect(() => combineSources(sources, { prior: { Nope: 0.2 } })).toThrow(/--prior names label "Nope"/);
  });
});
