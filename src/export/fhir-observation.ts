/**
 * Labels → FHIR R4 Observation resources (https://hl7.org/fhir/R4/observation.html): one per
 * positive or uncertain label of a report. Pure. Everything in them comes from the de-identified
 * store row: pseudonymised report id and study UID, de-identified evidence text.
 */
import type { Label, Ontology } from '../domain/ontology.js';
import type { Mention, StudyLabel } from '../domain/labels.js';
import type { StoredLabels } from '../store/label-store.js';
import { sha256 } from '../util/hash.js';

export const RADLABEL_SYSTEM = 'https://radlabel.dev/fhir';
const CODE_SYSTEMS: Record<keyof Label['codes'], string> = {
  snomed: 'http://snomed.info/sct',
  umls: 'http://www.nlm.nih.gov/research/umls',
  radlex: 'http://www.radlex.org',
  icd10: 'http://hl7.org/fhir/sid/icd-10',
};

/** SNOMED CT qualifier values for the finding's presence. */
const VALUE = {
  positive: { system: 'http://snomed.info/sct', code: '52101004', display: 'Present' },
  uncertain: { system: 'http://snomed.info/sct', code: '60022001', display: 'Possible diagnosis' },
} as const;

export interface Observation {
  resourceType: 'Observation';
  id: string;
  identifier: Array<{ system: string; value: string }>;
  status: 'preliminary';
  category: Array<{ coding: Array<{ system: string; code: string; display?: string }> }>;
  code: { coding: Array<{ system: string; code: string; display?: string }>; text: string };
  focus?: Array<{ type: 'ImagingStudy'; identifier: { system: string; value: string } }>;
  derivedFrom: Array<{ reference?: string; type: 'DiagnosticReport'; identifier: { system: string; value: string } }>;
  issued: string;
  valueCodeableConcept: { coding: Array<{ system: string; code: string; display?: string }>; text: string };
  method: { coding: Array<{ system: string; code: string; display: string }>; text: string };
  note?: Array<{ text: string }>;
}

export interface ObservationOptions {
  /**
   * The DiagnosticReport's id on the FHIR server it came from, for a literal `derivedFrom.reference`
   * in write-back to that server. File exports leave it out: they carry the pseudonymised report id only.
   */
  sourceReportId?: string;
}

/** The Observations for one report's current labels (positive and uncertain labels only). */
export function labelsToObservations(s: StoredLabels, ontology: Ontology, opts: ObservationOptions = {}): Observation[] {
  const prov = s.labels.provenance;
  const method = `${prov.extractor.name} ${prov.extractor.version}${prov.model ? ` (${prov.model.provider} ${prov.model.id})` : ''}`;
  const out: Observation[] = [];
  for (const label of ontology.labels) {
    const l: StudyLabel | undefined = s.labels.labels[label.id];
    if (!l || (l.value !== 'positive' && l.value !== 'uncertain')) continue;
    const key = `${s.reportId}|${s.versionKey}|${ontology.id}|${label.id}`;
    const value = VALUE[l.value];
    const evidence = l.evidence[0];
    out.push({
      resourceType: 'Observation',
      // Deterministic: the same label of the same report version is the same resource (idempotent re-export / write-back).
      id: `rl-${sha256(key).slice(0, 32)}`,
      identifier: [{ system: `${RADLABEL_SYSTEM}/observation`, value: key }],
      status: 'preliminary',
      category: [{ coding: [{ system: 'http://terminology.hl7.org/CodeSystem/observation-category', code: 'imaging', display: 'Imaging' }] }],
      code: {
        coding: [
          ...(Object.entries(label.codes) as Array<[keyof Label['codes'], string | undefined]>).flatMap(([sys, code]) => (code ? [{ system: CODE_SYSTEMS[sys], code, display: label.name }] : [])),
          { system: `${RADLABEL_SYSTEM}/CodeSystem/${ontology.id}`, code: label.id, display: label.name },
        ],
        text: label.name,
      },
      ...(s.report.studyInstanceUid ? { focus: [{ type: 'ImagingStudy' as const, identifier: { system: 'urn:dicom:uid', value: `urn:oid:${s.report.studyInstanceUid}` } }] } : {}),
      derivedFrom: [
        {
          ...(opts.sourceReportId ? { reference: `DiagnosticReport/${opts.sourceReportId}` } : {}),
          type: 'DiagnosticReport',
          identifier: { system: `${RADLABEL_SYSTEM}/report-id`, value: s.reportId },
        },
      ],
      issued: prov.at,
      valueCodeableConcept: { coding: [value, { system: `${RADLABEL_SYSTEM}/CodeSystem/label-value`, code: l.value === 'positive' ? 'present' : 'uncertain' }], text: l.value === 'positive' ? 'present' : 'uncertain' },
      method: { coding: [{ system: `${RADLABEL_SYSTEM}/CodeSystem/extractor`, code: prov.extractor.name, display: method }], text: method },
      ...(evidence ? { note: [{ text: evidenceNote(evidence) }] } : {}),
    });
  }
  return out;
}

/** `"<sentence>" — matched "<phrase>"[, <category> trigger "<text>"] (<section>)`: the de-identified evidence. */
export function evidenceNote(m: Mention): string {
  const trigger = m.trigger ? `, ${m.trigger.category} trigger "${m.trigger.text}"` : '';
  return `"${m.sentence.text.trim()}" — matched "${m.phrase}"${trigger} (${m.section})${m.verified ? '' : ' [quote not verified]'}`;
}
