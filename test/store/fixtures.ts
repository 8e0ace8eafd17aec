import { DeidentifiedReportSchema, type DeidentifiedReport, type ReportStatus } from '../../src/domain/report.js';
import { StudyLabelsSchema, type StudyLabels } from '../../src/domain/labels.js';
import type { LabelledReport } from '../../src/store/label-store.js';

/** Synthetic, already de-identified report text (written for the tests, no real data). */
const TEXT =
  'INDICATION: Cough and fever.\nFINDINGS: Patchy opacity in the right lower lobe. No pleural effusion. No pneumothorax.\n' +
  'IMPRESSION: Right lower lobe pneumonia.';

export interface ReportOpts {
  versionKey?: string;
  status?: ReportStatus;
  reportDateTime?: string;
  text?: string;
}

/** A zod-valid de-identified report (parsed through the schema so defaults apply). */
export function makeReport(reportId: string, o: ReportOpts = {}): DeidentifiedReport {
  const text = o.text ?? TEXT;
  return DeidentifiedReportSchema.parse({
    reportId,
    versionKey: o.versionKey ?? 'v1',
    source: { format: 'hl7v2', system: 'RIS^HOSP', file: 'feed.hl7', messageId: `MSG-${reportId}-${o.versionKey ?? 'v1'}`, row: 1 },
    accession: `ACC-${reportId}`,
    studyInstanceUid: `1.2.826.0.1.3680043.2.${reportId.length}`,
    patientId: `PSEUDO-${reportId}`,
    modality: 'CR',
    bodyPart: 'CHEST',
    procedure: { code: '36643-5', system: 'http://loinc.org', text: 'XR Chest 2 Views' },
    status: o.status ?? 'final',
    examDateTime: '2024-03-01T10:00:00Z',
    ...(o.reportDateTime === undefined ? {} : { reportDateTime: o.reportDateTime }),
    sections: [
      { name: 'indication', heading: 'INDICATION:', start: 12, end: 29 },
      { name: 'findings', heading: 'FINDINGS:', start: 40, end: 120 },
      { name: 'impression', heading: 'IMPRESSION:', start: 132, end: text.length },
    ],
    text,
    deid: { mode: 'surrogate', detectorVersion: 'test-1', counts: { NAME: 1, DATE: 2 } },
    guard: ['a1b2c3', 'd4e5f6'],
  });
}

export interface LabelOpts {
  ontologyId?: string;
  value?: 'positive' | 'negative' | 'uncertain' | 'not_mentioned';
}

/** Zod-valid study labels for a report, with one evidence mention, provenance naming the ontology. */
export function makeLabels(reportId: string, o: LabelOpts = {}): StudyLabels {
  const value = o.value ?? 'positive';
  return StudyLabelsSchema.parse({
    reportId,
    labels: {
      pneumonia: {
        value,
        evidence: [
          {
            label: 'pneumonia',
            assertion: value === 'negative' ? 'absent' : 'present',
            temporality: 'current',
            experiencer: 'patient',
            section: 'impression',
            sentence: { text: 'Right lower lobe pneumonia.', start: 144, end: 171 },
            span: { start: 161, end: 170 },
            phrase: 'pneumonia',
            trigger: null,
          },
        ],
      },
      pleural_effusion: {
        value: 'negative',
        evidence: [
          {
            label: 'pleural_effusion',
            assertion: 'absent',
            temporality: 'current',
            experiencer: 'patient',
            section: 'findings',
            sentence: { text: 'No pleural effusion.', start: 90, end: 110 },
            span: { start: 93, end: 109 },
            phrase: 'pleural effusion',
            trigger: { text: 'No', category: 'negated-existence', rule: 'neg-no', span: { start: 90, end: 92 } },
          },
        ],
      },
      pneumothorax: { value: 'not_mentioned', evidence: [] },
    },
    provenance: {
      extractor: { name: 'rules', version: '1.0.0' },
      ontology: { id: o.ontologyId ?? 'chest-xr', version: '1' },
      textHash: 'f'.repeat(64),
      at: '2024-03-01T10:05:00.000Z',
      rules: { id: 'triggers-en', hash: 'abc123' },
    },
  });
}

export function labelled(reportId: string, r: ReportOpts = {}, l: LabelOpts = {}): LabelledReport {
  return { report: makeReport(reportId, r), labels: makeLabels(reportId, l) };
}
