import type { EvalRecord, LabelTable } from './label-table.js';
import { prf, type Prf } from './metrics.js';
import type { LabelGrid, ScoreGrid } from './score-grid.js';

export interface StratumResult extends Prf {
  dimension: string;
  value: string;
  /** Scored (report, label) pairs in the stratum. */
  pairs: number;
  support: number;
  tp: number;
  fp: number;
  fn: number;
}

/** Report length band by word count; bands are coarse so each holds enough reports to compare. */
export function lengthBand(text: string): string {
  const words = text.split(/\s+/).filter(Boolean).length;
  return words < 50 ? '<50 words' : words < 100 ? '50-99 words' : words < 200 ? '100-199 words' : '200+ words';
}

type KeyFn = (rec: EvalRecord | undefined, gold: EvalRecord | undefined, g: LabelGrid) => string | undefined;

const DIMENSIONS: Record<string, KeyFn> = {
  modality: (p, g) => p?.modality ?? g?.modality,
  'body part': (p, g) => p?.bodyPart ?? g?.bodyPart,
  source: (p, g) => p?.source ?? g?.source,
  'evidence section': (p, g, lg) => {
    if (!p?.evidence && !g?.evidence) return undefined;
    return p?.evidence?.[lg.pair.pred]?.[0]?.section ?? g?.evidence?.[lg.pair.gold]?.[0]?.section ?? 'no evidence';
  },
  'report length': (p, g) => {
    const t = p?.text ?? g?.text;
    return t === undefined ? undefined : lengthBand(t);
  },
};

/**
 * Micro P/R/F1 over the averaged labels within strata: modality, body part, source, the section
 * where the prediction's deciding evidence was found, and report length band. A dimension appears
 * only when the inputs carry it (run JSONL), with an `unknown` row for the pairs they do not
 * describe, so its rows add up to all pairs. Pairs are (report, label); support = gold positives.
 */
export function stratify(grid: ScoreGrid, gold: LabelTable, pred: LabelTable, averaged: Set<string>): StratumResult[] {
  const out: StratumResult[] = [];
  for (const [dimension, key] of Object.entries(DIMENSIONS)) {
    const acc = new Map<string, { tp: number; fp: number; fn: number; tn: number }>();
    let known = 0;
    for (const lg of grid.labels) {
      if (!averaged.has(lg.pair.gold)) continue;
      for (const kind of ['tp', 'fp', 'fn', 'tn'] as const)
        for (const i of lg[kind]) {
          const id = grid.ids[i] as string;
          // Pairs the inputs say nothing about go to an "unknown" row, so each dimension adds up.
          const found = key(pred.records.get(id), gold.records.get(id), lg);
          if (found !== undefined) known++;
          const k = found ?? 'unknown';
          const a = acc.get(k) ?? { tp: 0, fp: 0, fn: 0, tn: 0 };
          a[kind]++;
          acc.set(k, a);
        }
    }
    if (known === 0) continue;
    for (const [value, a] of [...acc].sort((x, y) => x[0].localeCompare(y[0], 'en', { numeric: true })))
      out.push({ dimension, value, pairs: a.tp + a.fp + a.fn + a.tn, support: a.tp + a.fn, tp: a.tp, fp: a.fp, fn: a.fn, ...prf(a.tp, a.fp, a.fn) });
  }
  return out;
}
