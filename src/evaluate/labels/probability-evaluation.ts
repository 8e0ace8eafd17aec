import type { LabelTable } from './label-table.js';
import { probabilityScores, type ProbabilityScores } from './probability-metrics.js';
import type { ScoreGrid } from './score-grid.js';

export interface LabelProbabilityScores extends ProbabilityScores {
  label: string;
}

/** Probability metrics of a prediction that carries P(positive) per label (e.g. `radlabel combine`'s output). */
export interface ProbabilityEvaluation {
  labels: LabelProbabilityScores[];
  /** Pooled over the averaged labels (those with gold positives, no-finding label aside). */
  pooled: ProbabilityScores;
  /** Scored (report, label) pairs without a probability, scored as 0. */
  missing: number;
}

/**
 * AUROC, average precision, Brier, ECE and reliability bins per label and pooled, on the reports
 * the grid scores (the policy's exclusions apply; gold positive = the policy's positive class). A
 * report without a probability counts as P = 0, as a missing prediction counts as blank. Undefined
 * when the prediction has no probabilities at all.
 */
export function evaluateProbabilities(grid: ScoreGrid, pred: LabelTable, averaged: Set<string>): ProbabilityEvaluation | undefined {
  let any = false;
  for (const r of pred.records.values())
    if (r.probabilities && Object.keys(r.probabilities).length) {
      any = true;
      break;
    }
  if (!any) return undefined;
  let missing = 0;
  const pooledP: number[] = [];
  const pooledY: number[] = [];
  const labels: LabelProbabilityScores[] = [];
  for (const g of grid.labels) {
    const p: number[] = [];
    const y: number[] = [];
    const add = (idx: number[], positive: 0 | 1): void => {
      for (const i of idx) {
        const v = pred.records.get(grid.ids[i]!)?.probabilities?.[g.pair.pred];
        if (v === undefined) missing++;
        p.push(v ?? 0);
        y.push(positive);
      }
    };
    add(g.tp, 1);
    add(g.fn, 1);
    add(g.fp, 0);
    add(g.tn, 0);
    labels.push({ label: g.pair.gold, ...probabilityScores(p, y) });
    if (averaged.has(g.pair.gold)) {
      pooledP.push(...p);
      pooledY.push(...y);
    }
  }
  return { labels, pooled: probabilityScores(pooledP, pooledY), missing };
}
