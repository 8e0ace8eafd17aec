import type { LabelValue } from '../../domain/labels.js';
import { normalizeLabelName } from './align-labels.js';
import { bootstrapIntervals, weightOf } from './bootstrap-replicates.js';
import type { LabelTable } from './label-table.js';
import { cohenKappa, macroPrf, mean, microPrf, prf, type Prf } from './metrics.js';
import { isExcluded, scoredClass, type EvalPolicy } from './policy.js';
import type { LabelGrid, ScoreGrid } from './score-grid.js';

export type Interval = [number, number];
export interface PrfWithCi extends Prf {
  ci: { precision: Interval; recall: Interval; f1: Interval };
}

export interface ConfusionCounts {
  rowClasses: string[];
  colClasses: string[];
  counts: number[][];
}

export interface ChexpertF1 {
  mention: number;
  negation: number;
  uncertainty: number;
}

export interface LabelResult extends PrfWithCi {
  label: string;
  predLabel: string;
  /** Gold positives among the scored reports. */
  support: number;
  scored: number;
  excluded: number;
  tp: number;
  fp: number;
  fn: number;
  tn: number;
  kappa: number;
  confusion: ConfusionCounts;
  chexpert?: ChexpertF1;
  /** `averaged` counts in micro / macro; the others are reported but left out (with the reason). */
  role: 'averaged' | 'no-finding' | 'no-gold-positives';
}

export interface LabelEvaluation {
  labels: LabelResult[];
  micro: PrfWithCi;
  macro: PrfWithCi;
  /** Mean per-label kappa over the averaged labels. */
  meanKappa: number;
  averaged: string[];
  excluded: Array<{ label: string; reason: string }>;
  chexpertMicro?: ChexpertF1;
  reports: number;
  bootstrap: { iterations: number; seed: number };
}

export interface EvaluateOptions {
  policy: EvalPolicy;
  /** Name of the no-finding label; default: the label named "No Finding" (any case / separator). */
  noFindingLabel?: string;
  iterations: number;
  seed: number;
}

const VALUES: LabelValue[] = ['positive', 'negative', 'uncertain', 'not_mentioned'];
const VALUE_TITLES = ['positive', 'negative', 'uncertain', 'not mentioned'];

/** Whether the gold carries all three CheXpert value kinds besides positive (negated, uncertain, blank). */
export function goldHasAllThree(gold: LabelTable): boolean {
  if (gold.kind === 'binary') return false;
  const seen = new Set<LabelValue>();
  for (const r of gold.records.values()) for (const l of gold.labels) seen.add(r.values[l] ?? 'not_mentioned');
  return seen.has('negative') && seen.has('uncertain') && seen.has('not_mentioned');
}

function confusion(g: LabelGrid, binaryGold: boolean): ConfusionCounts {
  const rowClasses = binaryGold ? ['positive', 'not positive'] : VALUE_TITLES;
  const counts = rowClasses.map(() => VALUES.map(() => 0));
  g.gold.forEach((gv, i) => {
    const r = binaryGold ? (gv === 'positive' ? 0 : 1) : VALUES.indexOf(gv);
    const row = counts[r];
    const c = VALUES.indexOf(g.pred[i] ?? 'not_mentioned');
    if (row) row[c] = (row[c] ?? 0) + 1;
  });
  return { rowClasses, colClasses: VALUE_TITLES, counts };
}

function kappaOf(g: LabelGrid, policy: EvalPolicy): number {
  const classes = policy.uncertain === 'class' ? ['pos', 'unc', 'neg'] : ['pos', 'neg'];
  const m = classes.map(() => classes.map(() => 0));
  g.gold.forEach((gv, i) => {
    if (isExcluded(gv, policy)) return;
    const r = classes.indexOf(scoredClass(gv, policy));
    const c = classes.indexOf(scoredClass(g.pred[i] ?? 'not_mentioned', policy));
    const row = m[r];
    if (row) row[c] = (row[c] ?? 0) + 1;
  });
  return cohenKappa(m);
}

function classCounts(g: LabelGrid, is: (v: LabelValue) => boolean): { tp: number; fp: number; fn: number } {
  let tp = 0;
  let fp = 0;
  let fn = 0;
  g.gold.forEach((gv, i) => {
    const a = is(gv);
    const b = is(g.pred[i] ?? 'not_mentioned');
    if (a && b) tp++;
    else if (b) fp++;
    else if (a) fn++;
  });
  return { tp, fp, fn };
}

const CHEXPERT_CLASSES: Record<keyof ChexpertF1, (v: LabelValue) => boolean> = {
  mention: (v) => v !== 'not_mentioned',
  negation: (v) => v === 'negative',
  uncertainty: (v) => v === 'uncertain',
};

/**
 * Per-label and averaged P/R/F1 with seeded bootstrap 95% CIs (resampling reports), kappa, confusion
 * matrices and — when the gold has negated, uncertain and blank values — the CheXpert paper's
 * mention / negation / uncertainty F1. Micro / macro average the labels that have gold positives,
 * except the ontology's no-finding label, which is reported on its own row.
 */
export function evaluateLabels(grid: ScoreGrid, gold: LabelTable, opts: EvaluateOptions): LabelEvaluation {
  const nf = normalizeLabelName(opts.noFindingLabel ?? 'No Finding');
  const withChexpert = goldHasAllThree(gold);
  const labels: LabelResult[] = grid.labels.map((g) => {
    const [tp, fp, fn, tn] = [g.tp.length, g.fp.length, g.fn.length, g.tn.length];
    const role: LabelResult['role'] = normalizeLabelName(g.pair.gold) === nf ? 'no-finding' : tp + fn === 0 ? 'no-gold-positives' : 'averaged';
    const r: LabelResult = {
      label: g.pair.gold,
      predLabel: g.pair.pred,
      support: tp + fn,
      scored: tp + fp + fn + tn,
      excluded: g.excluded,
      tp,
      fp,
      fn,
      tn,
      ...prf(tp, fp, fn),
      ci: { precision: [NaN, NaN], recall: [NaN, NaN], f1: [NaN, NaN] },
      kappa: kappaOf(g, opts.policy),
      confusion: confusion(g, gold.kind === 'binary'),
      role,
    };
    if (withChexpert) {
      const c = (k: keyof ChexpertF1): number => {
        const x = classCounts(g, CHEXPERT_CLASSES[k]);
        return prf(x.tp, x.fp, x.fn).f1;
      };
      r.chexpert = { mention: c('mention'), negation: c('negation'), uncertainty: c('uncertainty') };
    }
    return r;
  });
  const avgIdx = labels.flatMap((l, i) => (l.role === 'averaged' ? [i] : []));
  const avgGrids = avgIdx.map((i) => grid.labels[i] as LabelGrid);
  const avgResults = avgIdx.map((i) => labels[i] as LabelResult);
  const micro = microPrf(avgResults);
  const macro = macroPrf(avgResults);

  const cis = bootstrapIntervals(grid.ids.length, opts.iterations, opts.seed, (w) => {
    const per = grid.labels.map((g) => prf(weightOf(g.tp, w), weightOf(g.fp, w), weightOf(g.fn, w)));
    const avg = avgIdx.map((i) => per[i] as Prf);
    const counts = avgGrids.map((g) => ({ tp: weightOf(g.tp, w), fp: weightOf(g.fp, w), fn: weightOf(g.fn, w) }));
    const mi = microPrf(counts);
    const ma = macroPrf(avg);
    return [...per.flatMap((p) => [p.precision, p.recall, p.f1]), mi.precision, mi.recall, mi.f1, ma.precision, ma.recall, ma.f1];
  });
  const ci = (k: number): Interval => cis[k] ?? [NaN, NaN];
  labels.forEach((l, i) => (l.ci = { precision: ci(3 * i), recall: ci(3 * i + 1), f1: ci(3 * i + 2) }));
  const base = 3 * labels.length;

  const out: LabelEvaluation = {
    labels,
    micro: { ...micro, ci: { precision: ci(base), recall: ci(base + 1), f1: ci(base + 2) } },
    macro: { ...macro, ci: { precision: ci(base + 3), recall: ci(base + 4), f1: ci(base + 5) } },
    meanKappa: mean(avgResults.map((l) => l.kappa)),
    averaged: avgResults.map((l) => l.label),
    excluded: labels
      .filter((l) => l.role !== 'averaged')
      .map((l) => ({ label: l.label, reason: l.role === 'no-finding' ? "the ontology's no-finding label, reported separately" : 'no gold positives' })),
    reports: grid.ids.length,
    bootstrap: { iterations: opts.iterations, seed: opts.seed },
  };
  if (withChexpert) {
    const pooled = (k: keyof ChexpertF1): number => microPrf(avgGrids.map((g) => classCounts(g, CHEXPERT_CLASSES[k]))).f1;
    out.chexpertMicro = { mention: pooled('mention'), negation: pooled('negation'), uncertainty: pooled('uncertainty') };
  }
  return out;
}
