import type { LabelValue } from '../../domain/labels.js';
import type { LabelPair } from './align-labels.js';
import type { LabelTable } from './label-table.js';
import { isExcluded, scoredClass, type EvalPolicy } from './policy.js';

/** One label's values over the evaluated reports (index = position in {@link ScoreGrid.ids}). */
export interface LabelGrid {
  pair: LabelPair;
  gold: LabelValue[];
  pred: LabelValue[];
  /** Report indices by outcome, among the scored (not excluded) reports. */
  tp: number[];
  fp: number[];
  fn: number[];
  tn: number[];
  excluded: number;
}

/** Gold vs one prediction file, aligned on the gold's report ids. */
export interface ScoreGrid {
  ids: string[];
  labels: LabelGrid[];
  /** Gold reports the prediction lacks: scored as all-blank predictions (a failed report counts as missed). */
  missingInPred: string[];
  /** Prediction reports the gold lacks: ignored. */
  extraInPred: number;
}

/** Builds the grid; the outcome lists follow the policy (positive class = scored class `pos`). */
export function buildScoreGrid(gold: LabelTable, pred: LabelTable, pairs: LabelPair[], policy: EvalPolicy): ScoreGrid {
  const ids = [...gold.records.keys()];
  const missingInPred = ids.filter((id) => !pred.records.has(id));
  let extraInPred = 0;
  for (const id of pred.records.keys()) if (!gold.records.has(id)) extraInPred++;
  const labels = pairs.map((pair): LabelGrid => {
    const g: LabelGrid = { pair, gold: [], pred: [], tp: [], fp: [], fn: [], tn: [], excluded: 0 };
    ids.forEach((id, i) => {
      const gv = gold.records.get(id)?.values[pair.gold] ?? 'not_mentioned';
      const pv = pred.records.get(id)?.values[pair.pred] ?? 'not_mentioned';
      g.gold.push(gv);
      g.pred.push(pv);
      if (isExcluded(gv, policy)) {
        g.excluded++;
        return;
      }
      const gp = scoredClass(gv, policy) === 'pos';
      const pp = scoredClass(pv, policy) === 'pos';
      (gp ? (pp ? g.tp : g.fn) : pp ? g.fp : g.tn).push(i);
    });
    return g;
  });
  return { ids, labels, missingInPred, extraInPred };
}
