import type { DeidEvaluation, Prf } from './evaluate-deid.js';

const f = (x: number | undefined) => (x === undefined ? '    -' : x.toFixed(3));

function rows(title: string, overall: Prf, byCategory: Record<string, Prf>): string[] {
  const out = [title, '  category      gold  found  missed  recall'];
  for (const [c, p] of Object.entries(byCategory)) out.push(`  ${c.padEnd(12)} ${String(p.tp + p.fn).padStart(5)} ${String(p.tp).padStart(6)} ${String(p.fn).padStart(7)}  ${f(p.recall)}`);
  out.push(`  overall: recall ${f(overall.recall)}  precision ${f(overall.precision)}  F1 ${f(overall.f1)}  (false positives ${overall.fp ?? 0})`);
  return out;
}

/** The evaluation as a plain-text table for the terminal. */
export function renderDeidEvaluation(e: DeidEvaluation): string {
  return [
    `de-identification evaluation — ${e.documents} documents`,
    '',
    ...rows('span level', e.span.overall, e.span.byCategory),
    '',
    ...rows('token level', e.token.overall, e.token.byCategory),
    '',
    `non-PHI tokens altered: ${(e.nonPhiAlteredRate * 100).toFixed(2)}%   time-of-day spans kept (not scored): ${e.keptTimeSpans}`,
    ...e.notes.map((n) => `note: ${n}`),
    '',
  ].join('\n');
}
