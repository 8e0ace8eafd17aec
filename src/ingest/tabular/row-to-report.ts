import type { RawReport, Section, SectionName, Source } from '../../domain/report.js';
import { RadlabelError, type ErrorCode, type Locator } from '../../errors/index.js';
import type { IngestItem } from '../ingest-item.js';
import { inferBodyPart, inferModality } from '../fhir/modality.js';
import { splitSections } from '../sections/split-sections.js';
import { SECTION_COLUMNS, type ColumnMapping, type SectionColumn } from './column-mapping.js';

const SECTION_OF: Readonly<Record<SectionColumn, { name: SectionName; heading: string }>> = {
  indication: { name: 'indication', heading: 'INDICATION:' },
  history: { name: 'indication', heading: 'HISTORY:' },
  comparison: { name: 'comparison', heading: 'COMPARISON:' },
  technique: { name: 'technique', heading: 'TECHNIQUE:' },
  findings: { name: 'findings', heading: 'FINDINGS:' },
  impression: { name: 'impression', heading: 'IMPRESSION:' },
  addendum: { name: 'addendum', heading: 'ADDENDUM:' },
};

/** Where a row came from. `row` is the 1-based data row (CSV: header not counted; JSONL: line). */
export interface RowPlace {
  format: 'csv' | 'jsonl';
  system: string;
  file?: string;
  row: number;
  raw: string;
}

/**
 * Assembles the report text: from section columns as "HEADING:\n<text>" blocks (indication,
 * history, comparison, technique, findings, impression, addendum; empty ones skipped) with the
 * section offsets computed directly, or from the text column split by {@link splitSections}.
 */
export function assembleText(get: (col: string) => string, m: ColumnMapping): { text: string; sections: Section[] } {
  if (m.text !== undefined) {
    const text = normalize(get(m.text));
    return { text, sections: splitSections(text) };
  }
  let text = '';
  const sections: Section[] = [];
  for (const c of SECTION_COLUMNS) {
    const col = m[c];
    if (col === undefined) continue;
    const value = normalize(get(col));
    if (value === '') continue;
    const { name, heading } = SECTION_OF[c];
    if (text !== '') text += '\n\n';
    text += `${heading}\n`;
    const start = text.length;
    text += value;
    sections.push({ name, heading, start, end: text.length });
  }
  return { text, sections };
}

const normalize = (s: string): string => s.replace(/\r\n?/g, '\n').trim();

/** ISO date (YYYY-MM-DD) from "YYYY-MM-DD…" or "YYYYMMDD"; undefined otherwise. */
function isoDate(s: string): string | undefined {
  const m = /^(\d{4})-?(\d{2})-?(\d{2})(?:$|[T\s])/.exec(s.trim());
  return m ? `${m[1]}-${m[2]}-${m[3]}` : undefined;
}

function fail(code: ErrorCode, message: string, locator: Locator, raw: string): IngestItem {
  return { kind: 'error', error: new RadlabelError(code, message, { locator }), raw };
}

/**
 * Maps one row (CSV record or JSONL object, read through `get`) to an IngestItem. An empty id
 * yields an error for that row, empty text a `no-text` skip; identifiers come from the mapped patient name, birth
 * date, patient id and accession columns.
 */
export function rowToItem(get: (col: string) => string, m: ColumnMapping, place: RowPlace): IngestItem {
  const locator: Locator = { file: place.file, row: place.row };
  const parseCode: ErrorCode = place.format === 'csv' ? 'CSV_PARSE' : 'JSONL_PARSE';
  const id = get(m.id).trim();
  if (id === '') return fail(parseCode, `the id column "${m.id}" is empty`, locator, place.raw);
  locator.messageId = id;
  const { text, sections } = assembleText(get, m);
  // An archive row without text (Open-i has 18) is a fact about the archive, not bad input: it is
  // counted as a skip so that a clean archive run exits 0.
  if (text === '') return { kind: 'skipped', locator, reason: 'no-text', detail: 'the row has no report text in the mapped columns' };

  const opt = (col: string | undefined): string | undefined => {
    if (col === undefined) return undefined;
    const v = get(col).trim();
    return v === '' ? undefined : v;
  };
  const source: Source = { format: place.format, system: place.system, messageId: id, row: place.row };
  if (place.file !== undefined) source.file = place.file;
  const report: RawReport = {
    source,
    // An archive row says nothing about the report's status.
    status: 'unknown',
    text,
    sections,
    archiveId: id,
    identifiers: { patientNames: [], providerNames: [], patientIds: [], otherIds: [], addresses: [], phones: [], emails: [], organizations: [] },
  };
  const patientId = opt(m.patientId);
  if (patientId) {
    report.patientId = patientId;
    report.identifiers.patientIds.push(patientId);
  }
  const accession = opt(m.accession);
  if (accession) {
    report.accession = accession;
    report.identifiers.otherIds.push(accession);
  }
  const name = opt(m.patientName);
  if (name) report.identifiers.patientNames.push({ given: [], text: name });
  const birth = opt(m.birthDate);
  const birthIso = birth ? isoDate(birth) : undefined;
  if (birthIso) report.identifiers.birthDate = birthIso;
  const procedure = opt(m.procedure);
  if (procedure) report.procedure = { text: procedure };
  // Mapped values are normalised to the vocabulary shared with HL7 / FHIR, else inferred from
  // the procedure text (Open-i: "Xray Chest PA and Lateral" → XR, chest).
  const modality = inferModality(opt(m.modality), [procedure]);
  if (modality) report.modality = modality;
  const bodyPart = inferBodyPart(opt(m.bodyPart), [procedure]);
  if (bodyPart) report.bodyPart = bodyPart;
  const exam = opt(m.examDate);
  if (exam) report.examDateTime = exam;
  const uid = opt(m.studyInstanceUid);
  if (uid) report.studyInstanceUid = uid;
  return { kind: 'report', report };
}
