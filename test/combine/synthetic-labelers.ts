import { createLabelMatrix, columnOffset, MISSING, VOTE, type LabelMatrix } from '../../src/combine/label-matrix.js';
import { mulberry32 } from '../../src/util/prng.js';

/** A simulated labeler: class-conditional answer probabilities, optional copy of another source. */
export interface SimSource {
  name: string;
  /** P(answer | positive class) over positive / negative / uncertain / abstain (sums to 1). */
  onPositive: [number, number, number, number];
  onNegative: [number, number, number, number];
  /** Share of reports the source has no record of. */
  missing?: number;
  /** With this probability the source copies the answer of source `copies` instead of its own. */
  copies?: { source: number; rate: number };
}

/** A symmetric positive/negative labeler of the given accuracy. */
export function symmetric(name: string, accuracy: number, missing = 0): SimSource {
  return { name, onPositive: [accuracy, 1 - accuracy, 0, 0], onNegative: [1 - accuracy, accuracy, 0, 0], missing };
}

function draw(r: number, dist: readonly number[]): number {
  let acc = 0;
  for (let k = 0; k < dist.length; k++) {
    acc += dist[k]!;
    if (r < acc) return k;
  }
  return dist.length - 1;
}

/** Generates truth (per label, 1/0) and the sources' votes, seeded. */
export function simulate(opts: { reports: number; labels: number; balance: number[] | number; sources: SimSource[]; seed: number }): { matrix: LabelMatrix; truth: Int8Array[] } {
  const rand = mulberry32(opts.seed);
  const ids = Array.from({ length: opts.reports }, (_, i) => `r${i}`);
  const labels = Array.from({ length: opts.labels }, (_, l) => `L${l}`);
  const m = createLabelMatrix(ids, labels, opts.sources.map((s) => s.name));
  const truth: Int8Array[] = [];
  for (let l = 0; l < opts.labels; l++) {
    const pi = typeof opts.balance === 'number' ? opts.balance : opts.balance[l]!;
    const y = new Int8Array(opts.reports);
    for (let i = 0; i < opts.reports; i++) y[i] = rand() < pi ? 1 : 0;
    truth.push(y);
    opts.sources.forEach((s, si) => {
      const o = columnOffset(m, si, l);
      for (let i = 0; i < opts.reports; i++) {
        if (s.copies && rand() < s.copies.rate) {
          m.votes[o + i] = m.votes[columnOffset(m, s.copies.source, l) + i]!;
          continue;
        }
        if (s.missing && rand() < s.missing) {
          m.votes[o + i] = MISSING;
          continue;
        }
        m.votes[o + i] = draw(rand(), y[i] ? s.onPositive : s.onNegative);
      }
    });
  }
  return { matrix: m, truth };
}

/** Empirical accuracy of a source's positive-vs-not reading against the simulated truth. */
export function trueAccuracy(m: LabelMatrix, truth: Int8Array, source: number, label: number): number {
  const o = columnOffset(m, source, label);
  let ok = 0;
  let n = 0;
  for (let i = 0; i < m.ids.length; i++) {
    const v = m.votes[o + i]!;
    if (v === MISSING) continue;
    n++;
    if ((v === VOTE.positive) === (truth[i] === 1)) ok++;
  }
  return ok / n;
}

/** F1 of hard labels (p ≥ 0.5) against truth. */
export function f1At(p: Float64Array, truth: Int8Array, threshold = 0.5): number {
  let tp = 0;
  let fp = 0;
  let fn = 0;
  for (let i = 0; i < p.length; i++) {
    const pred = p[i]! >= threshold;
    if (pred && truth[i]) tp++;
    else if (pred) fp++;
    else if (truth[i]) fn++;
  }
  return (2 * tp) / (2 * tp + fp + fn);
}
