import type { AssertionMetrics, DimensionMetrics } from './assertion-metrics.js';
import type { PredictedRow } from './run-assertion-benchmark.js';

/** The input rows, unchanged, with `pred_negation`, `pred_temporality`, `pred_experiencer` appended. */
export function writePredictionsTsv(header: string[], rows: PredictedRow[]): string {
  const clean = (s: string): string => s.replace(/[\t\r\n]/g, ' ');
  const out = [[...header, 'pred_negation', 'pred_temporality', 'pred_experiencer'].map(clean).join('\t')];
  for (const r of rows) out.push([...r.cells.slice(0, header.length), r.pred.negation, r.pred.temporality, r.pred.experiencer].map(clean).join('\t'));
  return out.join('\n') + '\n';
}

function dimension(name: string, d: DimensionMetrics): string[] {
  const f = (x: number): string => x.toFixed(3);
  const lines = [`${name}: accuracy ${f(d.accuracy)} (n=${d.n})`, `  class          P      R      F1     support  predicted`];
  for (const c of d.classes) lines.push(`  ${c.label.padEnd(13)}  ${f(c.precision)}  ${f(c.recall)}  ${f(c.f1)}  ${String(c.support).padStart(7)}  ${String(c.predicted).padStart(9)}`);
  return lines;
}

/** A readable metrics table for the terminal. */
export function formatAssertionMetrics(m: AssertionMetrics): string {
  return [
    `rows ${m.rows}; condition partly found ${m.partialMatches}; not found ${m.unmatched}${m.possibleScoredAsAffirmed ? '; gold has no Possible class: predicted Possible scored as Affirmed' : ''}`,
    ...dimension('negation', m.negation),
    ...dimension('temporality', m.temporality),
    ...dimension('experiencer', m.experiencer),
  ].join('\n') + '\n';
}
