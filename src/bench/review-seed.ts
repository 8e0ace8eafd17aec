/**
 * Synthetic, already de-identified reports for the review workbench's tests and benchmark (written
 * for the project, no real data): short reports labelled by the rules engine, long ones, and cheap bulk labels.
 */
import { DeidentifiedReportSchema, type DeidentifiedReport } from '../domain/report.js';
import type { Ontology } from '../domain/ontology.js';
import type { StudyLabels } from '../domain/labels.js';
import { createRulesExtractor } from '../extract/rules/rules-extractor.js';
import type { LabelStore, LabelledReport } from '../store/label-store.js';

/** Findings sentences written for the tests (no real report text). */
const FINDINGS = [
  'The heart is enlarged. There is a small right pleural effusion.',
  'No pneumothorax. No pleural effusion. Lungs are clear.',
  'Patchy opacity in the right lower lobe, possibly pneumonia.',
  'Mild pulmonary edema. Cardiomegaly is stable.',
  'Left lower lobe atelectasis. No focal consolidation.',
  'Endotracheal tube in good position. No pneumothorax.',
  'Lungs are clear. No acute cardiopulmonary abnormality.',
  'Small left apical pneumothorax. Healing rib fracture.',
];

/** A de-identified report with sections, its findings chosen by `i`. */
export function synthReport(i: number, opts: { words?: number } = {}): DeidentifiedReport {
  const indication = 'INDICATION: Cough.\n';
  let findings = FINDINGS[i % FINDINGS.length]!;
  if (opts.words) {
    // A long report: the sentences repeated with filler until about `words` words.
    const parts: string[] = [];
    let n = 0;
    for (let k = 0; n < opts.words; k++) {
      const s = `${FINDINGS[(i + k) % FINDINGS.length]} Segment ${k} otherwise unremarkable without interval change from the prior examination.`;
      parts.push(s);
      n += s.split(/\s+/).length;
    }
    findings = parts.join(' ');
  }
  const f = `FINDINGS: ${findings}\n`;
  const imp = `IMPRESSION: ${findings.split('.')[0]}.`;
  const text = indication + f + imp;
  const fs = indication.length + 'FINDINGS: '.length;
  const is = indication.length + f.length + 'IMPRESSION: '.length;
  return DeidentifiedReportSchema.parse({
    reportId: `rep-${String(i).padStart(6, '0')}`,
    versionKey: 'v1',
    source: { format: i % 3 === 0 ? 'csv' : 'hl7v2', system: 'TEST', row: i + 1 },
    modality: 'CR',
    status: 'final',
    examDateTime: `2024-0${1 + (i % 9)}-1${i % 10}T10:00:00Z`,
    sections: [
      { name: 'indication', heading: 'INDICATION:', start: 'INDICATION: '.length, end: indication.length - 1 },
      { name: 'findings', heading: 'FINDINGS:', start: fs, end: fs + findings.length },
      { name: 'impression', heading: 'IMPRESSION:', start: is, end: text.length },
    ],
    text,
    deid: { mode: 'surrogate', detectorVersion: 'test-1', counts: {} },
    guard: [],
  });
}

/** Labels `n` synthetic reports with the rules engine and stores them (realistic mentions and triggers). */
export async function seedWithRules(store: LabelStore, ontology: Ontology, n: number, opts: { words?: number; from?: number } = {}): Promise<DeidentifiedReport[]> {
  const rules = createRulesExtractor({});
  const items: LabelledReport[] = [];
  for (let i = opts.from ?? 0; i < (opts.from ?? 0) + n; i++) {
    const report = synthReport(i, opts);
    items.push({ report, labels: (await rules.extract(report, ontology)).labels });
  }
  await store.saveLabelled(items);
  return items.map((x) => x.report);
}

/** Stores `n` reports with cheap synthetic labels (no extraction): for the large-worklist tests. */
export async function seedBulk(store: LabelStore, ontology: Ontology, n: number): Promise<void> {
  const batch: LabelledReport[] = [];
  for (let i = 0; i < n; i++) {
    const report = synthReport(i);
    const labels: StudyLabels = {
      reportId: report.reportId,
      labels: Object.fromEntries(ontology.labels.map((l, k) => [l.id, { value: (i + k) % 7 === 0 ? 'positive' : (i + k) % 11 === 0 ? 'uncertain' : 'not_mentioned', evidence: [] }])),
      provenance: { extractor: { name: 'rules', version: 't' }, ontology: { id: ontology.id, version: ontology.version }, textHash: 'x', at: '2024-01-01T00:00:00Z' },
    };
    batch.push({ report, labels });
    if (batch.length === 1000) await store.saveLabelled(batch.splice(0));
  }
  if (batch.length) await store.saveLabelled(batch);
}
