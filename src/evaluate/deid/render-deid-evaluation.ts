import type { DeidEvaluation, Prf } from './evaluate-deid.js';
import type { DeidFold, DeidTransformResult } from './run-deid-eval.js';

const f = (x: number | undefined) => (x === undefined ? '    -' : x.toFixed(3));

function rows(title: string, overall: Prf, byCategory: Record<string, Prf>): string[] {
  const out = [title, '  category      gold  found  missed  recall'];
  for (const [c, p] of Object.entries(byCategory)) out.push(`  ${c.padEnd(12)} ${String(p.tp + p.fn).padStart(5)} ${String(p.tp).padStart(6)} ${String(p.fn).padStart(7)}  ${f(p.recall)}`);
  out.push(`  overall: recall ${f(overall.recall)}  precision ${f(overall.precision)}  F1 ${f(overall.f1)}  (false positives ${overall.fp ?? 0})`);
  return out;
}

function ruleRows(e: DeidEvaluation): string[] {
  const out = ['by rule (span level)', '  rule                              spans     fp  gold found  found alone'];
  const entries = Object.entries(e.byRule).sort((a, b) => b[1].predicted - a[1].predicted);
  for (const [id, r] of entries) out.push(`  ${id.padEnd(32)} ${String(r.predicted).padStart(6)} ${String(r.fp).padStart(6)} ${String(r.goldFound).padStart(11)} ${String(r.goldFoundAlone).padStart(12)}`);
  return out;
}

function foldRows(folds: DeidFold[]): string[] {
  return [
    `patient-grouped ${folds.length}-fold cross-validation (the notes vocabulary and the learned layer are built from the training folds; figures above pool the test folds)`,
    ...folds.map((f) => `  fold ${f.fold}: ${f.patients} patients, ${f.notes} notes, vocabulary ${f.vocabularyWords} words${f.learnedExamples === undefined ? '' : `, learned layer trained on ${f.learnedExamples} tokens`} — span recall ${f.spanRecall.toFixed(3)}, token precision ${f.tokenPrecision.toFixed(3)}`),
  ];
}

function transformRows(ts: DeidTransformResult[]): string[] {
  return [
    'held-out folds rewritten in other styles (surrogates from a half of the inventories training never draws from)',
    '  transform   gold spans  span recall  names  dates  places  token recall  token precision',
    ...ts.map((t) => `  ${t.transform.padEnd(10)} ${String(t.goldSpans).padStart(11)} ${f(t.spanRecall).padStart(12)} ${f(t.nameRecall).padStart(6)} ${f(t.dateRecall).padStart(6)} ${f(t.locationRecall).padStart(7)} ${f(t.tokenRecall).padStart(13)} ${f(t.tokenPrecision).padStart(16)}`),
  ];
}

/** The evaluation as a plain-text table for the terminal. */
export function renderDeidEvaluation(e: DeidEvaluation, run: { profile?: string; folds?: DeidFold[]; transformed?: DeidTransformResult[] } = {}): string {
  return [
    `de-identification evaluation — ${e.documents} documents${run.profile ? `, profile ${run.profile}` : ''}`,
    ...(run.folds ? foldRows(run.folds) : []),
    ...(run.transformed ? transformRows(run.transformed) : []),
    '',
    ...rows('span level', e.span.overall, e.span.byCategory),
    '',
    ...rows('token level', e.token.overall, e.token.byCategory),
    '',
    `non-PHI tokens altered: ${(e.nonPhiAlteredRate * 100).toFixed(2)}%   time-of-day spans kept (not scored): ${e.keptTimeSpans}`,
    '',
    ...ruleRows(e),
    '',
    ...e.notes.map((n) => `note: ${n}`),
    '',
  ].join('\n');
}
