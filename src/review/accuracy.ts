import { evaluateLabels } from '../evaluate/labels/evaluate-labels.js';
import { inferKind, type EvalRecord, type LabelTable } from '../evaluate/labels/label-table.js';
import { wilsonInterval } from '../evaluate/labels/metrics.js';
import { DEFAULT_POLICY } from '../evaluate/labels/policy.js';
import { buildScoreGrid } from '../evaluate/labels/score-grid.js';
import type { LabelValue } from './review-schemas.js';

/** One reviewed item: the extractor's machine values and the final (reviewed) values. */
export interface ReviewedPair {
  id: string;
  extractor: string;
  machine: Record<string, LabelValue>;
  final: Record<string, LabelValue>;
}

export interface ExtractorAccuracy {
  extractor: string;
  labelId: string;
  n: number;
  /** Share of items whose machine value equals the final value (all four values distinct). */
  accuracy: number;
  /** Wilson 95 % interval of the accuracy. */
  ci: [number, number];
  /** Positive class, from the evaluation harness (`radlabel eval`'s policy and bootstrap), null without positives. */
  precision: number | null;
  recall: number | null;
  f1: number | null;
  f1Ci: [number, number] | null;
}

const table = (file: string, recs: Array<{ id: string; values: Record<string, LabelValue> }>, labels: string[]): LabelTable => {
  const records = new Map<string, EvalRecord>(recs.map((r, i) => [r.id, { id: r.id, row: i + 1, values: r.values }]));
  return { file, format: 'jsonl', kind: inferKind(records.values(), labels), labels, records };
};

const finite = (x: number): number | null => (Number.isFinite(x) ? x : null);

/**
 * Accuracy of each extractor on the reviewed sample, per label: exact agreement with a Wilson
 * interval, and precision / recall / F1 with bootstrap intervals from the same scoring code
 * `radlabel eval` runs (gold = final reviewed values, prediction = machine values).
 */
export function extractorAccuracy(pairs: ReviewedPair[], labels: string[], iterations = 1000, seed = 42): ExtractorAccuracy[] {
  const out: ExtractorAccuracy[] = [];
  const byExtractor = new Map<string, ReviewedPair[]>();
  for (const p of pairs) byExtractor.set(p.extractor, [...(byExtractor.get(p.extractor) ?? []), p]);
  for (const [extractor, ps] of [...byExtractor].sort((a, b) => (a[0] < b[0] ? -1 : 1))) {
    const used = labels.filter((l) => ps.some((p) => p.final[l] !== undefined));
    // Only items with a final value for a label are scored on it: the others await adjudication.
    for (const l of used) {
      const scored = ps.filter((p) => p.final[l] !== undefined);
      const gold = table('reviewed', scored.map((p) => ({ id: p.id, values: { [l]: p.final[l]! } })), [l]);
      const pred = table(extractor, scored.map((p) => ({ id: p.id, values: { [l]: p.machine[l] ?? 'not_mentioned' } })), [l]);
      const grid = buildScoreGrid(gold, pred, [{ gold: l, pred: l }], DEFAULT_POLICY);
      const ev = evaluateLabels(grid, gold, { policy: DEFAULT_POLICY, iterations, seed, noFindingLabel: '\u0000none' }).labels[0]!;
      const k = scored.filter((p) => (p.machine[l] ?? 'not_mentioned') === p.final[l]).length;
      const hasPos = ev.tp + ev.fp + ev.fn > 0;
      out.push({
        extractor,
        labelId: l,
        n: scored.length,
        accuracy: k / scored.length,
        ci: wilsonInterval(k, scored.length),
        precision: hasPos ? finite(ev.precision) : null,
        recall: hasPos ? finite(ev.recall) : null,
        f1: hasPos ? finite(ev.f1) : null,
        f1Ci: hasPos && Number.isFinite(ev.ci.f1[0]) ? ev.ci.f1 : null,
      });
    }
  }
  return out;
}
