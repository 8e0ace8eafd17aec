import type { LabelFit } from './dawid-skene.js';
import { columnOffset, MISSING, VOTE, VOTE_KINDS, VOTE_NAMES, type LabelMatrix, type VoteName } from './label-matrix.js';

/** P(answer | class) of one source for one label, over the reports it has a record of. */
export type SourceConfusion = Record<'positive' | 'negative', Record<VoteName, number>>;

export interface SourceLabelAccuracy {
  source: string;
  label: string;
  /** P(the source's positive-vs-not reading equals the class): positive = positive, anything else = not. */
  accuracy: number;
  /** P(positive answer | positive class). */
  sensitivity: number;
  /** P(not a positive answer | negative class). */
  specificity: number;
  confusion: SourceConfusion;
  /** Reports the source has a record of (its answers for this label). */
  coverage: number;
}

/**
 * A source's own answer distribution under each class. For a source modelled alone this is its
 * unit's confusion; for a member of a dependent group it is the marginal of the group's joint
 * distribution over the tuples where the member answered, renormalised.
 */
export function sourceConfusion(fit: LabelFit, source: number): SourceConfusion {
  const unit = fit.units.find((u) => u.sources.includes(source));
  if (!unit) throw new Error(`source ${source} is in no unit of the fit`);
  const out = new Float64Array(2 * VOTE_KINDS);
  if (unit.sources.length === 1) out.set(unit.theta);
  else {
    const pos = unit.sources.indexOf(source);
    const div = 5 ** pos;
    for (let k = 0; k < unit.categories; k++) {
      // Member vote of tuple code k (see unitAnswer): digit `pos` of k + 1 in base 5, minus one.
      const v = (Math.floor((k + 1) / div) % 5) - 1;
      if (v === MISSING) continue;
      for (let c = 0; c < 2; c++) out[c * VOTE_KINDS + v] = out[c * VOTE_KINDS + v]! + unit.theta[c * unit.categories + k]!;
    }
  }
  const row = (c: number): Record<VoteName, number> => {
    let sum = 0;
    for (let v = 0; v < VOTE_KINDS; v++) sum += out[c * VOTE_KINDS + v]!;
    return Object.fromEntries(VOTE_NAMES.map((n, v) => [n, sum ? out[c * VOTE_KINDS + v]! / sum : 0])) as Record<VoteName, number>;
  };
  return { positive: row(0), negative: row(1) };
}

/** Estimated accuracy, sensitivity, specificity and confusion of every source for one fitted label. */
export function estimatedAccuracies(m: LabelMatrix, label: number, fit: LabelFit): SourceLabelAccuracy[] {
  return m.sources.map((name, s) => {
    const confusion = sourceConfusion(fit, s);
    const sensitivity = confusion.positive.positive;
    const specificity = 1 - confusion.negative.positive;
    let coverage = 0;
    const o = columnOffset(m, s, label);
    for (let i = 0; i < m.ids.length; i++) if (m.votes[o + i] !== MISSING) coverage++;
    return { source: name, label: m.labels[label]!, accuracy: fit.prior * sensitivity + (1 - fit.prior) * specificity, sensitivity, specificity, confusion, coverage };
  });
}

/** Measured counts of one source against gold (positive vs not) on the reports both cover. */
export interface MeasuredAccuracy {
  source: string;
  label: string;
  accuracy: number;
  sensitivity: number;
  specificity: number;
  tp: number;
  fp: number;
  fn: number;
  tn: number;
}

/**
 * Accuracy of each source's positive-vs-not reading against gold. `gold[i]` is 1 / 0, or -1 where
 * the report has no gold; reports the source has no record of are left out, as in the estimate.
 */
export function measuredAccuracies(m: LabelMatrix, label: number, gold: Int8Array): MeasuredAccuracy[] {
  return m.sources.map((name, s) => {
    const o = columnOffset(m, s, label);
    let tp = 0;
    let fp = 0;
    let fn = 0;
    let tn = 0;
    for (let i = 0; i < m.ids.length; i++) {
      const v = m.votes[o + i]!;
      const g = gold[i]!;
      if (v === MISSING || g < 0) continue;
      const p = v === VOTE.positive;
      if (g === 1) {
        if (p) tp++;
        else fn++;
      } else if (p) fp++;
      else tn++;
    }
    const n = tp + fp + fn + tn;
    return { source: name, label: m.labels[label]!, accuracy: n ? (tp + tn) / n : NaN, sensitivity: tp + fn ? tp / (tp + fn) : NaN, specificity: tn + fp ? tn / (tn + fp) : NaN, tp, fp, fn, tn };
  });
}

/** Majority vote of the positive-vs-not readings: P = share of present sources voting positive (0.5 ties stay 0.5). */
export function majorityVote(m: LabelMatrix, label: number): Float64Array {
  const n = m.ids.length;
  const pos = new Float64Array(n);
  const votes = new Float64Array(n);
  m.sources.forEach((_, s) => {
    const o = columnOffset(m, s, label);
    for (let i = 0; i < n; i++) {
      const v = m.votes[o + i]!;
      if (v === MISSING) continue;
      votes[i] = votes[i]! + 1;
      if (v === VOTE.positive) pos[i] = pos[i]! + 1;
    }
  });
  for (let i = 0; i < n; i++) pos[i] = votes[i] ? pos[i]! / votes[i]! : 0.5;
  return pos;
}
