import type { DeidentifiedReport, Source } from '../domain/report.js';
import type { StudyLabels } from '../domain/labels.js';
import type { StoredLabels } from './label-store.js';
import { compareVersions, type VersionRank } from './supersession.js';
import { jsonColumn, type JsonText } from './json-text.js';

/**
 * A `reports` row as both dialects write it. JSON columns are serialised by the adapter (SQLite
 * stores text, PostgreSQL jsonb). Only de-identified fields exist here: the text is the scrubbed
 * text, ids are pseudonyms.
 */
export interface ReportRow {
  report_id: string;
  version_key: string;
  source_format: string;
  source_system: string;
  source_file: string | null;
  source_message_id: string | null;
  source_row: number | null;
  source: Source;
  accession: string | null;
  study_uid: string | null;
  patient_id: string | null;
  modality: string | null;
  body_part: string | null;
  procedure_json: DeidentifiedReport['procedure'] | JsonText | null;
  status: string;
  exam_date_time: string | null;
  report_date_time: string | null;
  text: string;
  sections: DeidentifiedReport['sections'] | JsonText;
  deid: DeidentifiedReport['deid'] | JsonText;
  guard: string[] | JsonText;
  received_at: string;
}

/** A `labels` row: one ontology's labels for one report version. */
export interface LabelRow {
  report_id: string;
  version_key: string;
  ontology_id: string;
  ontology_version: string;
  extractor: string;
  extractor_version: string;
  labels: StudyLabels['labels'] | JsonText;
  provenance: StudyLabels['provenance'];
  created_at: string;
  is_current: boolean;
  superseded_by: string | null;
}

/**
 * The `reports` row of a de-identified report version, received at `receivedAt` (ISO 8601). JSON
 * columns a labelling thread serialised ahead stay text ({@link jsonColumn}).
 */
export function toReportRow(r: DeidentifiedReport, receivedAt: string): ReportRow {
  return {
    report_id: r.reportId,
    version_key: r.versionKey,
    source_format: r.source.format,
    source_system: r.source.system,
    source_file: r.source.file ?? null,
    source_message_id: r.source.messageId ?? null,
    source_row: r.source.row ?? null,
    source: r.source,
    accession: r.accession ?? null,
    study_uid: r.studyInstanceUid ?? null,
    patient_id: r.patientId ?? null,
    modality: r.modality ?? null,
    body_part: r.bodyPart ?? null,
    procedure_json: jsonColumn(r, 'procedure') ?? null,
    status: r.status,
    exam_date_time: r.examDateTime ?? null,
    report_date_time: r.reportDateTime ?? null,
    text: r.text,
    sections: jsonColumn(r, 'sections'),
    deid: jsonColumn(r, 'deid'),
    guard: jsonColumn(r, 'guard'),
    received_at: receivedAt,
  };
}

/** The `labels` row of one ontology's labels for a report version; current until the planner says otherwise. */
export function toLabelRow(r: DeidentifiedReport, l: StudyLabels, createdAt: string): LabelRow {
  return {
    report_id: r.reportId,
    version_key: r.versionKey,
    ontology_id: l.provenance.ontology.id,
    ontology_version: l.provenance.ontology.version,
    extractor: l.provenance.extractor.name,
    extractor_version: l.provenance.extractor.version,
    labels: jsonColumn(l, 'labels'),
    provenance: l.provenance,
    created_at: createdAt,
    is_current: true,
    superseded_by: null,
  };
}

/**
 * The columns a read of stored labels selects (labels joined with reports). JSON columns arrive as
 * text from SQLite and parsed from PostgreSQL; booleans as 0/1 or true/false.
 */
export interface StoredLabelsRow {
  report_id: string;
  version_key: string;
  ontology_id: string;
  labels: unknown;
  provenance: unknown;
  is_current: unknown;
  source: unknown;
  accession: string | null;
  modality: string | null;
  body_part: string | null;
  status: string;
  text: string;
  study_uid: string | null;
  guard: unknown;
  exam_date_time?: string | null;
  received_at?: unknown;
}

/** Column list for {@link StoredLabelsRow}, aliases `l` = labels and `r` = reports. */
export const STORED_LABELS_COLUMNS =
  'l.report_id, l.version_key, l.ontology_id, l.labels, l.provenance, l.is_current, ' +
  'r.source, r.accession, r.modality, r.body_part, r.status, r.text, r.guard, r.study_uid, r.exam_date_time, r.received_at';

/** A JSON column: PostgreSQL's JSONB comes back parsed, SQLite's TEXT as a string. */
export function json<T>(v: unknown): T {
  return (typeof v === 'string' ? JSON.parse(v) : v) as T;
}

/** Rebuilds {@link StoredLabels} from a joined labels / reports row of either dialect. */
export function fromStoredLabelsRow(row: StoredLabelsRow): StoredLabels {
  const report: StoredLabels['report'] = {
    reportId: row.report_id,
    source: json<Source>(row.source),
    status: row.status as StoredLabels['report']['status'],
    text: row.text,
    guard: json<string[]>(row.guard),
  };
  if (row.accession !== null) report.accession = row.accession;
  if (row.modality !== null) report.modality = row.modality;
  if (row.body_part !== null) report.bodyPart = row.body_part;
  if (row.study_uid !== null && row.study_uid !== undefined) report.studyInstanceUid = row.study_uid;
  if (row.exam_date_time !== null && row.exam_date_time !== undefined) report.examDateTime = row.exam_date_time;
  return {
    reportId: row.report_id,
    versionKey: row.version_key,
    ontologyId: row.ontology_id,
    isCurrent: row.is_current === true || row.is_current === 1,
    ...(row.received_at !== null && row.received_at !== undefined ? { receivedAt: isoTime(row.received_at) } : {}),
    labels: {
      reportId: row.report_id,
      labels: json<StudyLabels['labels']>(row.labels),
      provenance: json<StudyLabels['provenance']>(row.provenance),
    },
    report,
  };
}

/** ISO 8601 from a driver value (PostgreSQL returns `Date` for timestamptz, SQLite the stored text). */
export function isoTime(v: unknown): string {
  return v instanceof Date ? v.toISOString() : String(v);
}

/** Extra columns a history read selects so versions can be ordered by the supersession rule. */
export const HISTORY_RANK_COLUMNS = 'r.seq, r.report_date_time';

/**
 * Orders a document's versions oldest first by the supersession rule (`compareVersions`: status,
 * then report time, then arrival), so the current version comes last even when an older version
 * arrived after it.
 */
export function historyOrder<T extends StoredLabelsRow & { seq: unknown; report_date_time: string | null }>(rows: T[]): T[] {
  const rank = (r: T): VersionRank => ({
    status: r.status as VersionRank['status'],
    reportDateTime: r.report_date_time ?? undefined,
    arrival: Number(r.seq),
  });
  return [...rows].sort((a, b) => compareVersions(rank(a), rank(b)));
}
