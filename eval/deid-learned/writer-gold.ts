// Scoring the independent writers' notes (src/deid/learned/generators): their gold categories as the
// scorer groups them, one scoring function and one summary line for writer-cv.ts and writer-score.ts.
import { evaluateDeid, type DeidEvaluation } from '../../src/evaluate/deid/evaluate-deid.js';
import type { GoldPhi } from '../../src/evaluate/deid/gold-phrase.js';
import type { PhiSpan } from '../../src/deid/phi-span.js';
import type { TrainingNote } from '../../src/deid/learned/train-model.js';

// Generator categories as the scorer groups them (see GOLD_GROUP in src/evaluate/deid/evaluate-deid.ts).
// States and countries on their own are not scored: not Safe Harbor identifiers.
export const GOLD_CATEGORY: Record<string, string> = { NAME: 'HCPName', LOCATION: 'Location', DATE: 'Date', DATE_YEAR: 'DateYear', AGE: 'Age', PHONE: 'Phone', ID: 'Other', EMAIL: 'Other', URL: 'Other', OTHER: 'Other' };

/** Scores `detect` on a writer's notes against their gold spans. */
export function scoreWriterNotes(notes: readonly TrainingNote[], detect: (text: string) => PhiSpan[]): DeidEvaluation {
  const gold = new Map<string, GoldPhi[]>();
  const docs = notes.map((n, k) => {
    const id = `${k}`;
    gold.set(id, n.phi.filter((p) => GOLD_CATEGORY[p.category]).map((p) => ({ id, start: p.start, end: p.end, category: GOLD_CATEGORY[p.category]! })));
    return { id, text: n.text, predicted: detect(n.text) };
  });
  return evaluateDeid(docs, gold);
}

/** One summary line: span recall overall and by group, token precision, non-PHI tokens altered. */
export function writerRow(e: DeidEvaluation): string {
  const r = (g: string) => (e.span.byCategory[g]?.recall ?? NaN).toFixed(3);
  return `span ${e.span.overall.recall.toFixed(3)}  name ${r('NAME')}  loc ${r('LOCATION')}  date ${r('DATE')}  year ${r('DATE_YEAR')}  phone ${r('PHONE')}  other ${r('OTHER')}  tokP ${(e.token.overall.precision ?? 1).toFixed(3)}  altered ${(100 * e.nonPhiAlteredRate).toFixed(2)}%`;
}
