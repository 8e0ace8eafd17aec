import { OntologySchema, type Ontology } from '../../../src/domain/ontology.js';
import type { DeidentifiedReport } from '../../../src/domain/report.js';

/** A three-label ontology written for these tests. */
export const ontology: Ontology = OntologySchema.parse({
  id: 'mini',
  version: '1.0.0',
  name: 'Mini',
  noFindingSemantics: 'chexpert',
  labels: [
    { id: 'No Finding', name: 'No finding', noFinding: true },
    { id: 'Pneumothorax', name: 'Pneumothorax', description: 'Air in the pleural space.' },
    { id: 'Pleural Effusion', name: 'Pleural effusion' },
    { id: 'Cardiomegaly', name: 'Cardiomegaly' },
  ],
});

/** Builds a de-identified report with FINDINGS / IMPRESSION sections (synthetic text). */
export function makeReport(id: string, findings: string, impression: string, guard: string[] = []): DeidentifiedReport {
  const head = 'FINDINGS: ';
  const mid = '\nIMPRESSION: ';
  const text = `${head}${findings}${mid}${impression}`;
  const fStart = head.length;
  const iStart = fStart + findings.length + mid.length;
  return {
    source: { format: 'text', system: 'test' },
    status: 'final',
    sections: [
      { name: 'findings', heading: 'FINDINGS:', start: fStart, end: fStart + findings.length },
      { name: 'impression', heading: 'IMPRESSION:', start: iStart, end: text.length },
    ],
    text,
    reportId: id,
    versionKey: 'v1',
    deid: { mode: 'surrogate', detectorVersion: 'test', counts: {} },
    guard,
  };
}

export const report = makeReport(
  'r1',
  'Small right pleural effusion.  No pneumothorax. Heart size is normal.',
  'Right pleural effusion.',
);

/** A correct answer for {@link report}. */
export const goodAnswer = {
  mentions: [
    { label: 'Pleural Effusion', assertion: 'present', temporality: 'current', evidence: 'small right   PLEURAL effusion', section: 'findings' },
    { label: 'Pneumothorax', assertion: 'absent', temporality: 'current', evidence: 'No pneumothorax.', section: 'findings' },
    { label: 'Pleural Effusion', assertion: 'present', temporality: 'current', evidence: 'Right pleural effusion', section: 'impression' },
  ],
};

export const fastRetry = { retryBaseMs: 1, retryMaxMs: 2000, maxRetries: 2, timeoutMs: 5000 } as const;
