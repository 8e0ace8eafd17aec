import type { LabelledReport } from '../../src/store/label-store.js';
import { makeLabels, makeReport } from './fixtures.js';

/** Synthetic report text of realistic length (~1.5 kB). */
const LONG_TEXT = ('FINDINGS: Patchy opacity in the right lower lobe. No pleural effusion. No pneumothorax. Heart size normal. ' +
  'Mediastinal contours unremarkable. ').repeat(7) + 'IMPRESSION: Right lower lobe pneumonia.';

/**
 * `n` distinct labelled reports shaped like pipeline output: ~1.5 kB text and 14 labels with
 * evidence, so serialisation cost is realistic.
 */
export function benchItems(n: number, prefix = 'B'): LabelledReport[] {
  const base = makeLabels('x');
  const entries = Object.entries(base.labels);
  const labels = Object.fromEntries(Array.from({ length: 14 }, (_, i) => {
    const [name, value] = entries[i % entries.length]!;
    return [`${name}_${i}`, value];
  }));
  return Array.from({ length: n }, (_, i) => {
    const reportId = `${prefix}${String(i).padStart(7, '0')}`;
    return { report: makeReport(reportId, { text: LONG_TEXT }), labels: { ...base, reportId, labels } };
  });
}
