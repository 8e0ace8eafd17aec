import type { RawReport, ReportStatus } from '../../domain/report.js';
import { RadlabelError, type Locator } from '../../errors/index.js';
import type { IngestItem } from '../ingest-item.js';
import { splitSections } from '../sections/split-sections.js';
import {
  DiagnosticReportSchema,
  ImagingStudySchema,
  type AnyResource,
  type DiagnosticReport,
  type Identifier,
} from './fhir-schemas.js';
import { isRadiologyReport } from './is-radiology.js';
import { inferBodyPart, inferModality } from './modality.js';
import { addParticipant, addPatient, emptyIdentifiers, pushUnique } from './known-identifiers.js';
import { composeReportText } from './report-text.js';
import { referenceId, resolveReference, type ResourceIndex } from './resolve-reference.js';

const STATUS: Readonly<Record<string, ReportStatus>> = {
  registered: 'preliminary',
  partial: 'preliminary',
  preliminary: 'preliminary',
  final: 'final',
  amended: 'corrected',
  corrected: 'corrected',
  appended: 'corrected',
  cancelled: 'cancelled',
  'entered-in-error': 'cancelled',
};

const isAccession = (i: Identifier): boolean =>
  !!i.type?.coding?.some((c) => c.code === 'ACSN' && (!c.system || c.system.endsWith('v2-0203')));

/** Where the resource sits in the input, for locators and `source`. */
export interface ResourcePlace {
  file?: string;
  /** 1-based NDJSON line. */
  row?: number;
  /** JSON pointer inside a Bundle, e.g. `/entry/2/resource`. */
  path?: string;
}

/**
 * Maps one DiagnosticReport (https://hl7.org/fhir/R4/diagnosticreport.html) to an IngestItem:
 * a RawReport with its known identifiers, a `not-radiology` / `no-text` skip, or an
 * FHIR_INVALID_RESOURCE error when an element radlabel reads has the wrong type.
 */
export function mapDiagnosticReport(resource: AnyResource, index: ResourceIndex, place: ResourcePlace): IngestItem {
  const locator: Locator = { file: place.file, row: place.row, path: place.path, messageId: resource.id };
  const parsed = DiagnosticReportSchema.safeParse(resource);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const where = issue?.path.length ? `/${issue.path.join('/')}` : '(root)';
    return {
      kind: 'error',
      error: new RadlabelError('FHIR_INVALID_RESOURCE', `DiagnosticReport element ${where} does not match FHIR R4 (${issue?.code ?? 'invalid'})`, { locator }),
      raw: JSON.stringify(resource),
    };
  }
  const dr = parsed.data;
  if (!isRadiologyReport(dr)) {
    const cat = (dr.category ?? []).flatMap((c) => (c.coding ?? []).map((x) => x.code ?? '')).filter(Boolean);
    return { kind: 'skipped', locator, reason: 'not-radiology', detail: cat.length ? `category ${cat.join(', ')}` : 'no imaging category or code' };
  }
  const text = composeReportText(dr, (ref) => resolveReference(ref, dr.contained ?? [], index));
  if (!text.ok) return { kind: 'skipped', locator, reason: text.reason, detail: text.detail };
  return { kind: 'report', report: buildReport(dr, text.text, index, place) };
}

function buildReport(dr: DiagnosticReport, text: string, index: ResourceIndex, place: ResourcePlace): RawReport {
  const contained = dr.contained ?? [];
  const ids = emptyIdentifiers();
  const drIds = dr.identifier ?? [];
  const accession = (drIds.find(isAccession) ?? drIds.find((i) => i.value))?.value?.trim() || undefined;
  for (const i of drIds) pushUnique(ids.otherIds, i.value);
  for (const b of dr.basedOn ?? []) {
    pushUnique(ids.otherIds, b.identifier?.value);
    // The order (ServiceRequest) carries the placer / filler numbers.
    const order = resolveReference(b, contained, index) as { identifier?: unknown } | undefined;
    const orderIds: unknown[] = Array.isArray(order?.identifier) ? order.identifier : [];
    for (const i of orderIds) pushUnique(ids.otherIds, (i as Identifier | null)?.value);
  }

  let patientId: string | undefined;
  const subject = dr.subject;
  if (subject) {
    const patient = resolveReference(subject, contained, index);
    if (patient) patientId = addPatient(ids, patient);
    if (subject.display?.trim()) ids.patientNames.push({ given: [], text: subject.display.trim() });
    if (subject.identifier?.value) pushUnique(ids.patientIds, subject.identifier.value);
    patientId ??= subject.identifier?.value?.trim() || referenceId(subject);
  }
  for (const p of [...(dr.performer ?? []), ...(dr.resultsInterpreter ?? [])]) addParticipant(ids, p, contained, index);

  const study = readImagingStudies(dr, contained, index);
  for (const i of study.otherIds) pushUnique(ids.otherIds, i);
  const coding = dr.code?.coding?.find((c) => c.code);
  const procedureText = dr.code?.text ?? coding?.display;

  const report: RawReport = {
    source: {
      format: 'fhir',
      system: dr.meta?.source ?? 'fhir',
      ...(place.file !== undefined && { file: place.file }),
      ...(dr.id !== undefined && { messageId: dr.id }),
      ...(dr.meta?.versionId !== undefined && { version: dr.meta.versionId }),
      ...(place.row !== undefined && { row: place.row }),
    },
    status: STATUS[dr.status ?? ''] ?? 'unknown',
    text,
    sections: splitSections(text),
    identifiers: ids,
  };
  if (coding || procedureText) {
    report.procedure = {
      ...(coding?.code !== undefined && { code: coding.code }),
      ...(coding?.system !== undefined && { system: coding.system }),
      ...(procedureText !== undefined && { text: procedureText }),
    };
  }
  const acc = accession ?? study.accession;
  if (acc) report.accession = acc;
  if (study.uid) report.studyInstanceUid = study.uid;
  const texts = [procedureText, ...(dr.code?.coding ?? []).map((c) => c.display)];
  const sections = (dr.category ?? []).flatMap((c) => (c.coding ?? []).filter((x) => x.system?.endsWith('v2-0074')).map((x) => x.code ?? ''));
  const modality = inferModality(study.modality, texts, sections);
  if (modality) report.modality = modality;
  const bodyPart = inferBodyPart(study.bodyPart, texts);
  if (bodyPart) report.bodyPart = bodyPart;
  if (patientId) report.patientId = patientId;
  const exam = dr.effectiveDateTime ?? dr.effectivePeriod?.start;
  if (exam) report.examDateTime = exam;
  if (dr.issued) report.reportDateTime = dr.issued;
  return report;
}

interface StudyInfo {
  uid?: string;
  accession?: string;
  modality?: string;
  bodyPart?: string;
  otherIds: string[];
}

/** Study UID (`urn:dicom:uid` identifier), accession, modality and body site of the referenced ImagingStudy. */
function readImagingStudies(dr: DiagnosticReport, contained: readonly AnyResource[], index: ResourceIndex): StudyInfo {
  const info: StudyInfo = { otherIds: [] };
  for (const ref of dr.imagingStudy ?? []) {
    const resolved = resolveReference(ref, contained, index);
    const parsed = resolved ? ImagingStudySchema.safeParse(resolved) : undefined;
    if (!parsed?.success) continue;
    const s = parsed.data;
    for (const i of s.identifier ?? []) {
      const v = i.value?.trim();
      if (!v) continue;
      if (i.system === 'urn:dicom:uid') info.uid ??= v.replace(/^urn:oid:/, '');
      else if (isAccession(i)) info.accession ??= v;
      else info.otherIds.push(v);
    }
    info.modality ??= s.modality?.find((m) => m.code)?.code ?? s.series?.find((x) => x.modality?.code)?.modality?.code;
    const site = s.series?.find((x) => x.bodySite?.display || x.bodySite?.code)?.bodySite;
    info.bodyPart ??= site?.display ?? site?.code;
  }
  if (info.accession) info.otherIds.push(info.accession);
  return info;
}
