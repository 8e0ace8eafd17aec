import { stringify } from 'csv-stringify/sync';
import type { CombineResult } from './run-combine.js';
import type { ReviewItem } from './review-ranking.js';

const fmt = (p: number): string => p.toFixed(4);

/** Column name of a label's probability in the CSV output: `P(Effusion)`. */
export function probabilityColumn(label: string): string {
  return `P(${label})`;
}

/**
 * Probabilistic labels as CSV: `id`, one hard-label column per label (1 at P ≥ threshold, else 0),
 * then one `P(label)` column per label. `radlabel eval` reads both: the hard columns as predictions,
 * the probabilities for AUROC, average precision and calibration.
 */
export function probabilitiesCsv(r: CombineResult): string {
  const m = r.matrix;
  // Hand-built rows: csv-stringify's per-cell work dominated the run time at 200,000 reports.
  const parts: string[] = [[ 'id', ...m.labels, ...m.labels.map(probabilityColumn)].map(csvCell).join(',')];
  const L = m.labels.length;
  m.ids.forEach((id, i) => {
    let hard = '';
    let soft = '';
    for (let l = 0; l < L; l++) {
      const p = r.probabilities[l]![i]!;
      hard += p >= r.threshold ? ',1' : ',0';
      soft += ',' + fmt(p);
    }
    parts.push(csvCell(id) + hard + soft);
  });
  return parts.join('\n') + '\n';
}

/** RFC 4180 quoting when a cell needs it. */
function csvCell(s: string): string {
  return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

/** The same as JSONL: `{ id, labels: { L: 'positive' | 'negative' }, probabilities: { L: p } }` per report. */
export function probabilitiesJsonl(r: CombineResult): string {
  const m = r.matrix;
  const out: string[] = [];
  m.ids.forEach((id, i) => {
    const labels: Record<string, string> = {};
    const probabilities: Record<string, number> = {};
    m.labels.forEach((l, li) => {
      const p = r.probabilities[li]![i]!;
      labels[l] = p >= r.threshold ? 'positive' : 'negative';
      probabilities[l] = Number(fmt(p));
    });
    out.push(JSON.stringify({ id, labels, probabilities }));
  });
  return out.join('\n') + '\n';
}

/** The review worklist: rank, report id, entropy (bits), disagreement and the most uncertain labels. Ids only, never text. */
export function worklistCsv(items: ReviewItem[]): string {
  return stringify([
    ['rank', 'id', 'entropy', 'disagreement', 'labels'],
    ...items.map((it) => [String(it.rank), it.id, it.entropy.toFixed(4), it.disagreement.toFixed(4), it.labels.map((l) => `${l.label}=${l.p.toFixed(2)}`).join('; ')]),
  ]);
}

export function worklistJsonl(items: ReviewItem[]): string {
  return items.map((it) => JSON.stringify({ ...it, labels: it.labels.map((l) => ({ label: l.label, p: Number(l.p.toFixed(4)) })) })).join('\n') + '\n';
}
