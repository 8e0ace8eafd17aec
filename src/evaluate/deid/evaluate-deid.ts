import type { PhiSpan } from '../../deid/phi-span.js';
import type { GoldPhi } from './gold-phrase.js';

/**
 * Gold categories grouped for scoring. `DateYear` keeps its own group so bare-year recall stays
 * visible, and counts in "overall" like every other group.
 */
export const GOLD_GROUP: Record<string, string> = {
  HCPName: 'NAME',
  PTName: 'NAME',
  PTNameInitial: 'NAME',
  RelativeProxyName: 'NAME',
  Date: 'DATE',
  DateYear: 'DATE_YEAR',
  Location: 'LOCATION',
  Phone: 'PHONE',
  Age: 'AGE',
  Other: 'OTHER',
};

export interface Prf {
  tp: number;
  fn: number;
  fp?: number;
  recall: number;
  precision?: number;
  f1?: number;
}

/** A scored span the detector got wrong: a gold span no prediction overlaps, or a prediction no gold span overlaps. */
export interface DeidSpanError {
  /** Note id (`patient-note`). */
  id: string;
  kind: 'missed' | 'false-positive';
  start: number;
  end: number;
  /** Gold category as written (missed) or detector category (false positive). */
  category: string;
  /** Scoring group of a missed gold span (see {@link GOLD_GROUP}). */
  group?: string;
  /** Detector layer of a false positive. */
  source?: string;
}

/** Precision of one detector category: its predicted spans and how many overlap no gold span. */
export interface PredictedCategoryPrecision {
  predicted: number;
  fp: number;
  precision: number;
}

export interface DeidEvaluation {
  documents: number;
  /**
   * Span level: a gold span counts as found when any predicted span overlaps it by ≥ 1 character.
   * `byPredictedCategory` breaks precision down by the detector's category (matching stays category-blind).
   */
  span: { overall: Prf; byCategory: Record<string, Prf>; byPredictedCategory: Record<string, PredictedCategoryPrecision> };
  /** Token level: alphanumeric tokens; a token is PHI when a gold span covers part of it. */
  token: { overall: Prf; byCategory: Record<string, Prf> };
  /** Non-PHI tokens altered by the scrubber / all non-PHI tokens. */
  nonPhiAlteredRate: number;
  /** Predicted spans of categories the gold does not treat as PHI and that surrogate mode keeps (TIME). */
  keptTimeSpans: number;
  /** Every missed gold span (DateYear included) and every false-positive prediction, in note order. */
  spanErrors: DeidSpanError[];
  /**
   * What each detector rule contributes (issue 11), by the rule id a span records (`source`):
   * spans predicted, false positives among them, and gold spans it found (a gold span overlapped by
   * spans of two rules counts for both) and found alone (no other rule overlapped it).
   */
  byRule: Record<string, { predicted: number; fp: number; goldFound: number; goldFoundAlone: number }>;
  notes: string[];
}

export interface DeidDocument {
  id: string;
  text: string;
  predicted: PhiSpan[];
}

const ratio = (a: number, b: number) => (b === 0 ? 1 : a / b);
function prf(tp: number, fn: number, fp?: number): Prf {
  const recall = ratio(tp, tp + fn);
  if (fp === undefined) return { tp, fn, recall };
  const precision = ratio(tp, tp + fp);
  return { tp, fn, fp, recall, precision, f1: precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall) };
}

const overlaps = (a: { start: number; end: number }, b: { start: number; end: number }) => a.start < b.end && b.start < a.end;
const TOKEN_RE = /[A-Za-z0-9]+/g;

/**
 * Scores predicted PHI spans against gold spans (issue 4 acceptance). Category-blind matching, as
 * in the PhysioNet deid evaluation; recall is also broken down by gold category group. Predicted
 * TIME spans are left out of precision: the gold does not mark times and surrogate mode keeps them.
 * Every gold category, DateYear included, counts in overall recall at span and token level.
 */
export function evaluateDeid(docs: DeidDocument[], gold: Map<string, GoldPhi[]>): DeidEvaluation {
  const span: Record<string, { tp: number; fn: number }> = {};
  const tok: Record<string, { tp: number; fn: number }> = {};
  let spanFp = 0;
  let spanTpPred = 0;
  let tokTp = 0;
  let tokFp = 0;
  let tokFn = 0;
  let nonPhi = 0;
  let keptTime = 0;
  const byPred: Record<string, { predicted: number; fp: number }> = {};
  const spanErrors: DeidSpanError[] = [];
  const byRule: DeidEvaluation['byRule'] = {};
  const rule = (id: string) => (byRule[id] ??= { predicted: 0, fp: 0, goldFound: 0, goldFoundAlone: 0 });
  for (const doc of docs) {
    const g = (gold.get(doc.id) ?? []).map((x) => ({ ...x, group: GOLD_GROUP[x.category] ?? 'OTHER' }));
    const errors: DeidSpanError[] = [];
    const pred = doc.predicted.filter((p) => {
      if (p.category === 'TIME') keptTime++;
      return p.category !== 'TIME';
    });
    for (const s of g) {
      const by = new Set(pred.filter((p) => overlaps(p, s)).map((p) => p.source));
      for (const id of by) {
        rule(id).goldFound++;
        if (by.size === 1) rule(id).goldFoundAlone++;
      }
      const hit = by.size > 0;
      const c = (span[s.group] ??= { tp: 0, fn: 0 });
      if (hit) c.tp++;
      else {
        c.fn++;
        errors.push({ id: doc.id, kind: 'missed', start: s.start, end: s.end, category: s.category, group: s.group });
      }
    }
    for (const p of pred) {
      const c = (byPred[p.category] ??= { predicted: 0, fp: 0 });
      c.predicted++;
      rule(p.source).predicted++;
      if (g.some((s) => overlaps(p, s))) spanTpPred++;
      else {
        spanFp++;
        c.fp++;
        rule(p.source).fp++;
        errors.push({ id: doc.id, kind: 'false-positive', start: p.start, end: p.end, category: p.category, source: p.source });
      }
    }
    spanErrors.push(...errors.sort((a, b) => a.start - b.start));
    for (const m of doc.text.matchAll(TOKEN_RE)) {
      const t = { start: m.index, end: m.index + m[0].length };
      const gs = g.find((s) => overlaps(s, t));
      const isPred = pred.some((p) => overlaps(p, t));
      if (gs) {
        const c = (tok[gs.group] ??= { tp: 0, fn: 0 });
        if (isPred) {
          c.tp++;
          tokTp++;
        } else {
          c.fn++;
          tokFn++;
        }
      } else {
        nonPhi++;
        if (isPred) tokFp++;
      }
    }
  }
  const byCat = (src: Record<string, { tp: number; fn: number }>) =>
    Object.fromEntries(Object.entries(src).sort().map(([k, v]) => [k, prf(v.tp, v.fn)]));
  const sum = (src: Record<string, { tp: number; fn: number }>) =>
    Object.values(src).reduce((a, v) => ({ tp: a.tp + v.tp, fn: a.fn + v.fn }), { tp: 0, fn: 0 });
  const s = sum(span);
  const spanOverall = prf(s.tp, s.fn, spanFp);
  // Span precision counts predicted spans, not gold spans: a prediction overlapping any gold span is
  // correct, so the gold-side tp of recall does not serve here.
  spanOverall.precision = ratio(spanTpPred, spanTpPred + spanFp);
  spanOverall.f1 = (2 * spanOverall.precision * spanOverall.recall) / (spanOverall.precision + spanOverall.recall || 1);
  const tokOverall = prf(tokTp, tokFn, tokFp);
  return {
    documents: docs.length,
    span: {
      overall: spanOverall,
      byCategory: byCat(span),
      byPredictedCategory: Object.fromEntries(Object.entries(byPred).sort().map(([k, v]) => [k, { ...v, precision: ratio(v.predicted - v.fp, v.predicted) }])),
    },
    token: { overall: tokOverall, byCategory: byCat(tok) },
    nonPhiAlteredRate: ratio(tokFp, nonPhi),
    keptTimeSpans: keptTime,
    spanErrors,
    byRule: Object.fromEntries(Object.entries(byRule).sort(([a], [b]) => a.localeCompare(b))),
    notes: [
      'span level: a gold span is found when any predicted span overlaps it by at least one character (partial-overlap credit); category-blind',
      'overall includes every gold category, DateYear (bare years) too, which also has its own row: bare years are allowed by HIPAA Safe Harbor, but radlabel shifts the years it finds in dated contexts (history lists, "s/p X 1977", "it is 2019") and keeps other bare numbers',
      'predicted TIME spans are excluded from precision (the gold does not mark times; surrogate mode keeps them)',
    ],
  };
}
