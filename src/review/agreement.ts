import { bootstrapIntervals } from '../evaluate/labels/bootstrap-replicates.js';
import { cohenKappa } from '../evaluate/labels/metrics.js';
import { LabelValueSchema, type LabelValue } from './review-schemas.js';

const VALUES: readonly LabelValue[] = LabelValueSchema.options;
const IDX = new Map(VALUES.map((v, i) => [v, i]));

/** Two reviewers' answers on the items both accepted: `a[i]` and `b[i]` are the same item. */
export interface PairedAnswers {
  a: Array<Record<string, LabelValue>>;
  b: Array<Record<string, LabelValue>>;
}

export interface LabelAgreement {
  labelId: string;
  n: number;
  percentAgreement: number;
  kappa: number;
  kappaCi: [number, number];
}

export interface PairAgreement {
  n: number;
  perLabel: LabelAgreement[];
  /** Pooled over every (item, label) pair; the bootstrap resamples items, keeping an item's labels together. */
  overall: { percentAgreement: number; kappa: number; kappaCi: [number, number] };
}

/** 4×4 confusion matrix of the two raters on the listed labels, items weighted by `w` (a bootstrap resample). */
function matrix(p: PairedAnswers, labels: readonly string[], w?: Int32Array): number[][] {
  const m = VALUES.map(() => VALUES.map(() => 0));
  p.a.forEach((ra, i) => {
    const weight = w ? w[i]! : 1;
    if (!weight) return;
    const rb = p.b[i]!;
    for (const l of labels) m[IDX.get(ra[l] ?? 'not_mentioned')!]![IDX.get(rb[l] ?? 'not_mentioned')!]! += weight;
  });
  return m;
}

const observed = (m: number[][]): number => {
  const n = m.flat().reduce((x, y) => x + y, 0);
  return n ? m.reduce((s, r, i) => s + r[i]!, 0) / n : NaN;
};

/**
 * Percent agreement and Cohen's kappa (four values: positive / negative / uncertain / not mentioned)
 * per label and pooled, with seeded bootstrap 95 % intervals over items. Kappa is 1 when both
 * reviewers used one single value throughout and agreed, NaN (shown as null) when undefined.
 */
export function pairAgreement(p: PairedAnswers, labels: readonly string[], iterations = 1000, seed = 42): PairAgreement {
  const n = p.a.length;
  const per = labels.map((l) => matrix(p, [l]));
  const pooled = matrix(p, labels);
  const cis = n
    ? bootstrapIntervals(n, iterations, seed, (w) => [...labels.map((l) => cohenKappa(matrix(p, [l], w))), cohenKappa(matrix(p, labels, w))])
    : [...labels.map((): [number, number] => [NaN, NaN]), [NaN, NaN] as [number, number]];
  return {
    n,
    perLabel: labels.map((labelId, i) => ({ labelId, n, percentAgreement: observed(per[i]!), kappa: cohenKappa(per[i]!), kappaCi: cis[i]! })),
    overall: { percentAgreement: observed(pooled), kappa: cohenKappa(pooled), kappaCi: cis[labels.length]! },
  };
}
