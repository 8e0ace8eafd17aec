import type { LabelValue, Mention } from '../../domain/labels.js';
import { mulberry32 } from './bootstrap.js';
import type { LabelTable } from './label-table.js';
import { scoredClass, type EvalPolicy } from './policy.js';
import type { ScoreGrid } from './score-grid.js';

export type ErrorType = 'missed' | 'spurious' | 'wrong assertion';

/** One disagreement between gold and prediction for one report and label. */
export interface Disagreement {
  id: string;
  label: string;
  type: ErrorType;
  gold: LabelValue;
  pred: LabelValue;
  /** The prediction's deciding mention (run JSONL), with the trigger or model answer that decided it. */
  evidence?: Mention;
}

/**
 * Types a disagreement: the prediction said nothing where the gold is positive → missed; the
 * prediction is positive where the gold says nothing (or a 0/1 gold says 0) → spurious; both speak of
 * the finding with a different assertion → wrong assertion.
 */
export function errorType(gold: LabelValue, pred: LabelValue, binaryGold: boolean): ErrorType {
  if (pred === 'not_mentioned') return 'missed';
  const goldSilent = gold === 'not_mentioned' || (binaryGold && gold !== 'positive');
  if (goldSilent) return 'spurious';
  return 'wrong assertion';
}

/**
 * Every scored (report, label) pair where gold and prediction disagree under the policy: different
 * positive / not outcome, or — with uncertain as its own class — a different scored class.
 */
export function listDisagreements(grid: ScoreGrid, gold: LabelTable, pred: LabelTable, policy: EvalPolicy): Disagreement[] {
  const out: Disagreement[] = [];
  for (const lg of grid.labels) {
    const candidates = [...lg.fp, ...lg.fn];
    if (policy.uncertain === 'class')
      for (const i of lg.tn) if (scoredClass(lg.gold[i] ?? 'not_mentioned', policy) !== scoredClass(lg.pred[i] ?? 'not_mentioned', policy)) candidates.push(i);
    for (const i of candidates.sort((a, b) => a - b)) {
      const id = grid.ids[i] as string;
      const g = lg.gold[i] ?? 'not_mentioned';
      const p = lg.pred[i] ?? 'not_mentioned';
      const d: Disagreement = { id, label: lg.pair.gold, type: errorType(g, p, gold.kind === 'binary'), gold: g, pred: p };
      const ev = pred.records.get(id)?.evidence?.[lg.pair.pred]?.[0];
      if (ev) d.evidence = ev;
      out.push(d);
    }
  }
  return out;
}

export interface ErrorFilter {
  labels?: string[];
  types?: ErrorType[];
  /** Seeded sample size, stratified by label (round-robin over labels). */
  sample?: number;
  seed?: number;
}

/** Filters by label / type, then draws a seeded sample stratified by label: labels take turns, each giving a random error. */
export function filterDisagreements(all: Disagreement[], f: ErrorFilter): Disagreement[] {
  const labels = f.labels?.map((l) => l.toLowerCase());
  let out = all.filter((d) => (!labels || labels.includes(d.label.toLowerCase())) && (!f.types || f.types.includes(d.type)));
  if (f.sample === undefined || f.sample >= out.length) return out;
  const rand = mulberry32(f.seed ?? 1);
  const byLabel = new Map<string, Disagreement[]>();
  for (const d of out) byLabel.set(d.label, [...(byLabel.get(d.label) ?? []), d]);
  for (const list of byLabel.values())
    for (let i = list.length - 1; i > 0; i--) {
      const j = Math.floor(rand() * (i + 1));
      [list[i], list[j]] = [list[j] as Disagreement, list[i] as Disagreement];
    }
  const picked: Disagreement[] = [];
  const queues = [...byLabel.values()];
  while (picked.length < f.sample) for (const q of queues) if (q.length && picked.length < f.sample) picked.push(q.shift() as Disagreement);
  out = picked;
  return out;
}
