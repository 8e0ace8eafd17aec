import { z } from 'zod';

/** Where a report came from. `locator` fields name the exact input so errors and quarantine can point at it. */
export const SourceSchema = z.object({
  /** Input format that produced the report. */
  format: z.enum(['hl7v2', 'fhir', 'csv', 'jsonl', 'physionet', 'text']),
  /** Sending system: MSH-3/MSH-4 for HL7, `meta.source` or the server base for FHIR, the archive name for CSV. */
  system: z.string().default('unknown'),
  /** Input file path, when read from a file. */
  file: z.string().optional(),
  /** Message or resource id: MSH-10 for HL7, `DiagnosticReport.id` for FHIR, the id column for CSV/JSONL. */
  messageId: z.string().optional(),
  /** HL7 message control id (MSH-10). */
  messageControlId: z.string().optional(),
  /** Resource version (`meta.versionId`) when known. */
  version: z.string().optional(),
  /** 1-based row number (CSV / JSONL / NDJSON line) or message index in a batch file. */
  row: z.number().int().optional(),
});
export type Source = z.infer<typeof SourceSchema>;

export const ReportStatusSchema = z.enum(['preliminary', 'final', 'corrected', 'cancelled', 'unknown']);
export type ReportStatus = z.infer<typeof ReportStatusSchema>;

export const SectionNameSchema = z.enum([
  'indication', // indication, history, clinical question, reason for exam
  'technique',
  'comparison',
  'findings',
  'impression', // impression, conclusion, summary, opinion
  'addendum',
  'other',
]);
export type SectionName = z.infer<typeof SectionNameSchema>;

/** A section of the report text, by character offsets into `text` (heading excluded from `start`..`end`). */
export const SectionSchema = z.object({
  name: SectionNameSchema,
  /** The heading as written ("IMPRESSION:"), or null for text with no heading. */
  heading: z.string().nullable(),
  start: z.number().int().nonnegative(),
  end: z.number().int().nonnegative(),
});
export type Section = z.infer<typeof SectionSchema>;

export const PersonNameSchema = z.object({
  family: z.string().optional(),
  given: z.array(z.string()).default([]),
  prefix: z.string().optional(),
  suffix: z.string().optional(),
  /** Full name as written, when the source has no structure. */
  text: z.string().optional(),
});
export type PersonName = z.infer<typeof PersonNameSchema>;

/**
 * Identifiers known from the structured context of a report (HL7 PID/PV1/ORC/OBR/PRT, FHIR Patient /
 * Practitioner). They are PHI: they exist only on a {@link RawReport}, drive de-identification and
 * the leak guard, and never reach a store row, an export, a log or an LLM.
 */
export const KnownIdentifiersSchema = z.object({
  patientNames: z.array(PersonNameSchema).default([]),
  providerNames: z.array(PersonNameSchema).default([]),
  /** MRNs and other patient ids (PID-2/3/4, Patient.identifier). */
  patientIds: z.array(z.string()).default([]),
  /** Accession, placer / filler order numbers, visit numbers. */
  otherIds: z.array(z.string()).default([]),
  /** ISO date (YYYY-MM-DD) when known. */
  birthDate: z.string().optional(),
  addresses: z.array(z.string()).default([]),
  phones: z.array(z.string()).default([]),
  emails: z.array(z.string()).default([]),
  /** Facilities / institutions named in the structured context. */
  organizations: z.array(z.string()).default([]),
});
export type KnownIdentifiers = z.infer<typeof KnownIdentifiersSchema>;

export const ProcedureSchema = z.object({
  code: z.string().optional(),
  system: z.string().optional(),
  text: z.string().optional(),
});

/** Fields shared by raw and de-identified reports. */
const ReportCore = {
  source: SourceSchema,
  modality: z.string().optional(),
  bodyPart: z.string().optional(),
  procedure: ProcedureSchema.optional(),
  status: ReportStatusSchema.default('unknown'),
  sections: z.array(SectionSchema),
  text: z.string(),
};

/**
 * A report as parsed from its source, before de-identification. Carries PHI; the pipeline passes it
 * only to the de-identification stage.
 */
export const RawReportSchema = z.object({
  ...ReportCore,
  accession: z.string().optional(),
  studyInstanceUid: z.string().optional(),
  patientId: z.string().optional(),
  /** ISO 8601 date-time of the exam (OBR-7, DiagnosticReport.effective[x]). */
  examDateTime: z.string().optional(),
  /** ISO 8601 date-time the report was issued (OBR-22, DiagnosticReport.issued). */
  reportDateTime: z.string().optional(),
  /** The report's own id in a CSV / JSONL archive; kept as is (it is the user's key into the archive). */
  archiveId: z.string().optional(),
  identifiers: KnownIdentifiersSchema,
});
export type RawReport = z.infer<typeof RawReportSchema>;

/**
 * Summary of what de-identification removed: categories and counts, never the values. It carries no
 * date shift: that would let anyone holding the output undo the shift. (Records stored before may
 * still hold a `dateShiftDays`; parsing with this schema drops it.)
 */
export const DeidRecordSchema = z.object({
  mode: z.enum(['surrogate', 'tag']),
  detectorVersion: z.string(),
  /** Detection profile the report was read with (issue 11); absent in records written before it existed. */
  profile: z.enum(['strict', 'balanced']).optional(),
  counts: z.record(z.string(), z.number().int().nonnegative()),
  /** The run's patient context the report was read with: its id and the patient's state digest (issue 11). */
  context: z.object({ id: z.string(), state: z.string() }).optional(),
});
export type DeidRecord = z.infer<typeof DeidRecordSchema>;

/**
 * A de-identified report: the only shape that extraction, storage, export and logs accept.
 * Ids are keyed-HMAC pseudonyms, dates are shifted, the text is scrubbed.
 */
export const DeidentifiedReportSchema = z.object({
  ...ReportCore,
  /** Stable id of the document across versions (pseudonymised accession, FHIR id, or archive id). */
  reportId: z.string(),
  /** Distinguishes versions of the same document (message control id, versionId, or content hash). */
  versionKey: z.string(),
  accession: z.string().optional(),
  studyInstanceUid: z.string().optional(),
  patientId: z.string().optional(),
  examDateTime: z.string().optional(),
  reportDateTime: z.string().optional(),
  deid: DeidRecordSchema,
  /**
   * Keyed-HMAC fingerprints of the identifiers known from the structured context (normalised
   * tokens), so the leak guard can re-scan text at export / API time without storing identifiers.
   */
  guard: z.array(z.string()).default([]),
});
export type DeidentifiedReport = z.infer<typeof DeidentifiedReportSchema>;
