import type { RawReport, ReportStatus } from '../../domain/report.js';
import { readCoded, readId, toIsoDateTime } from './datatypes.js';
import type { Hl7Message, Segment } from './hl7-message.js';
import { allSegments, field, firstSegment } from './hl7-message.js';
import { isStudyUidObservation, uidIn } from './observation.js';
import { PROCEDURE_BODY_PART, PROCEDURE_MODALITY, SERVICE_SECTION_MODALITY, STATUS_CODES, lookup } from './vocab.js';

type ReportFields = Pick<
  RawReport,
  'accession' | 'procedure' | 'examDateTime' | 'reportDateTime' | 'status' | 'modality' | 'bodyPart' | 'studyInstanceUid'
>;

/**
 * The order / study fields of a report message (HL7 v2.5 chapter 4 ORC / OBR, chapter 9 TXA):
 * accession = OBR-3 filler order number, else OBR-2 placer, ORC-3, ORC-2, TXA-15, TXA-14;
 * procedure = OBR-4; exam time = OBR-7 (else TXA-4); report time = OBR-22 (else TXA-6, TXA-4);
 * status = OBR-25 / TXA-17 (MDM prefers TXA-17), else OBX-11; modality = OBR-24 service section,
 * else procedure-text patterns; body part from the procedure text; study UID from a
 * DICOM Study Instance UID observation (DCM 113014) or ZDS-1.
 */
export function readReportFields(msg: Hl7Message, isMdm: boolean): ReportFields {
  const d = msg.delimiters;
  const obr = firstSegment(msg, 'OBR');
  const orc = firstSegment(msg, 'ORC');
  const txa = firstSegment(msg, 'TXA');
  const out: ReportFields = { status: 'unknown' };

  // Read in order up to the first non-empty one: most messages have OBR-3, and the rest go unread.
  const accession = firstNonEmptyId([field(obr, 3), field(obr, 2), field(orc, 3), field(orc, 2), field(txa, 15), field(txa, 14)], d);
  if (accession) out.accession = accession;

  const procedure = readCoded(field(obr, 4).split(d.repetition, 1)[0]!, d);
  if (procedure.code || procedure.text) out.procedure = procedure;

  const exam = toIsoDateTime(field(obr, 7), d) ?? toIsoDateTime(field(txa, 4), d);
  if (exam) out.examDateTime = exam;
  const reported = toIsoDateTime(field(obr, 22), d) ?? toIsoDateTime(field(txa, 6), d) ?? toIsoDateTime(field(txa, 4), d);
  if (reported) out.reportDateTime = reported;

  out.status = readStatus(msg, obr, txa, isMdm);

  const section = readId(field(obr, 24), d).toUpperCase();
  const procText = [procedure.text, procedure.code].filter(Boolean).join(' ');
  const modality = lookup(SERVICE_SECTION_MODALITY, section) ?? match(PROCEDURE_MODALITY, procText);
  if (modality) out.modality = modality;
  const bodyPart = match(PROCEDURE_BODY_PART, procText);
  if (bodyPart) out.bodyPart = bodyPart;

  const uid = readStudyUid(msg);
  if (uid) out.studyInstanceUid = uid;
  return out;
}

function readStatus(msg: Hl7Message, obr: Segment | undefined, txa: Segment | undefined, isMdm: boolean): ReportStatus {
  const d = msg.delimiters;
  // Candidates in order, each read only when those before it name no status: the OBX-11 of every
  // observation is read only when OBR-25 / TXA-17 do not give one.
  const statusAt = (s: Segment | undefined, n: number) => lookup(STATUS_CODES, readId(field(s, n), d).toUpperCase());
  const head = isMdm ? statusAt(txa, 17) || statusAt(obr, 25) : statusAt(obr, 25) || statusAt(txa, 17);
  if (head) return head;
  for (const obx of allSegments(msg, 'OBX')) {
    const status = statusAt(obx, 11);
    if (status) return status;
  }
  return 'unknown';
}

function readStudyUid(msg: Hl7Message): string | undefined {
  const d = msg.delimiters;
  for (const obx of allSegments(msg, 'OBX')) {
    if (!isStudyUidObservation(obx, d)) continue;
    const uid = uidIn(field(obx, 5), d);
    if (uid) return uid;
  }
  const zds = firstSegment(msg, 'ZDS');
  return zds ? uidIn(field(zds, 1).split(d.component, 1)[0]!, d) : undefined;
}

function match(table: ReadonlyArray<readonly [RegExp, string]>, text: string): string | undefined {
  if (!text) return undefined;
  for (const [re, value] of table) if (re.test(text)) return value;
  return undefined;
}

/** The first of the raw fields whose {@link readId} is not empty, read in order. */
function firstNonEmptyId(raws: string[], d: Hl7Message['delimiters']): string | undefined {
  for (const raw of raws) {
    const id = readId(raw, d);
    if (id !== '') return id;
  }
  return undefined;
}
