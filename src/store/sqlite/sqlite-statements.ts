import type Database from 'better-sqlite3';
import { HISTORY_RANK_COLUMNS, STORED_LABELS_COLUMNS, type LabelRow, type ReportRow } from '../rows.js';
import { jsonTextOf } from '../json-text.js';
import { UNIT_COLUMNS } from '../run-log.js';
import { sqliteQuarantineWriter } from './sqlite-quarantine-units.js';

const JOIN = 'FROM labels l JOIN reports r ON r.report_id = l.report_id AND r.version_key = l.version_key';

/** Columns of a `reports` insert, in the order of {@link reportValues}. */
export const REPORT_COLUMNS = [
  'report_id', 'version_key', 'source_format', 'source_system', 'source_file', 'source_message_id', 'source_row', 'source',
  'accession', 'study_uid', 'patient_id', 'modality', 'body_part', 'procedure_json', 'status', 'exam_date_time',
  'report_date_time', 'text', 'sections', 'deid', 'guard', 'received_at',
];
/** Columns of a `labels` insert, in the order of {@link labelValues}. */
export const LABEL_COLUMNS = [
  'report_id', 'version_key', 'ontology_id', 'ontology_version', 'extractor', 'extractor_version', 'labels', 'provenance',
  'created_at', 'is_current', 'superseded_by',
];

// Positional parameters: every report writes two rows, and binding an array costs less than the
// driver's look-up of each named parameter on an object.
const insertSql = (table: string, cols: string[]): string => `INSERT INTO ${table} (${cols.join(', ')}) VALUES (${cols.map(() => '?').join(', ')})`;

/** A `reports` row's values in {@link REPORT_COLUMNS} order; JSON columns as text. */
export function reportValues(row: ReportRow): unknown[] {
  return [
    row.report_id, row.version_key, row.source_format, row.source_system, row.source_file, row.source_message_id, row.source_row, jsonOrNull(row.source),
    row.accession, row.study_uid, row.patient_id, row.modality, row.body_part, jsonOrNull(row.procedure_json), row.status, row.exam_date_time,
    row.report_date_time, row.text, jsonOrNull(row.sections), jsonOrNull(row.deid), jsonOrNull(row.guard), row.received_at,
  ];
}

/** A `labels` row's values in {@link LABEL_COLUMNS} order; JSON columns as text, the flag as 0 / 1. */
export function labelValues(row: LabelRow): unknown[] {
  return [
    row.report_id, row.version_key, row.ontology_id, row.ontology_version, row.extractor, row.extractor_version, jsonTextOf(row.labels),
    JSON.stringify(row.provenance), row.created_at, row.is_current ? 1 : 0, row.superseded_by,
  ];
}

function jsonOrNull(v: unknown): string | null {
  return v === null ? null : jsonTextOf(v);
}

/** Every statement the SQLite store runs, prepared once per connection. @internal (no declaration: its inferred type names better-sqlite3 internals) */
export function prepareStatements(db: Database.Database) {
  return {
    labelExists: db.prepare('SELECT 1 FROM labels WHERE report_id = ? AND version_key = ? AND ontology_id = ?'),
    current: db.prepare(
      `SELECT l.version_key, r.status, r.report_date_time, r.seq ${JOIN} WHERE l.ontology_id = ? AND l.report_id = ? AND l.is_current = 1`,
    ),
    reportArrival: db.prepare('SELECT seq FROM reports WHERE report_id = ? AND version_key = ?'),
    demote: db.prepare('UPDATE labels SET is_current = 0, superseded_by = ? WHERE report_id = ? AND version_key = ? AND ontology_id = ?'),
    insertReport: db.prepare(insertSql('reports', REPORT_COLUMNS)),
    insertLabel: db.prepare(insertSql('labels', LABEL_COLUMNS)),
    anyFailure: db.prepare('SELECT 1 FROM extraction_failures LIMIT 1'),
    clearFailure: db.prepare('DELETE FROM extraction_failures WHERE report_id = ? AND version_key = ? AND ontology_id = ?'),
    writeQuarantine: sqliteQuarantineWriter(db),
    listQuarantine: db.prepare(`SELECT ${UNIT_COLUMNS} FROM quarantine_units WHERE resolved_at IS NULL ORDER BY id LIMIT ?`),
    currentPage: db.prepare(
      `SELECT ${STORED_LABELS_COLUMNS} ${JOIN} WHERE l.ontology_id = ? AND l.is_current = 1 AND l.report_id > ? ` +
        `AND (? = 0 OR r.status <> 'cancelled') ORDER BY l.report_id LIMIT ?`,
    ),
    history: db.prepare(`SELECT ${STORED_LABELS_COLUMNS}, ${HISTORY_RANK_COLUMNS} ${JOIN} WHERE l.report_id = ? AND l.ontology_id = ? ORDER BY l.id`),
    recordFailure: db.prepare(
      'INSERT INTO extraction_failures (report_id, version_key, ontology_id, code, reason, at) VALUES (?, ?, ?, ?, ?, ?) ' +
        'ON CONFLICT (report_id, version_key, ontology_id) DO UPDATE SET code = excluded.code, reason = excluded.reason, at = excluded.at',
    ),
    listFailures: db.prepare(
      'SELECT report_id, version_key, ontology_id, code, reason, at FROM extraction_failures WHERE @o IS NULL OR ontology_id = @o ORDER BY at, report_id, version_key',
    ),
    counts: db.prepare(
      'SELECT (SELECT count(*) FROM reports) AS reports, (SELECT count(*) FROM labels) AS labels, ' +
        '(SELECT count(*) FROM labels WHERE is_current = 1) AS currentLabels, (SELECT count(*) FROM quarantine_units) AS quarantine, ' +
        '(SELECT count(*) FROM extraction_failures) AS failures, (SELECT count(*) FROM llm_cache) AS cache',
    ),
    cacheGet: db.prepare('SELECT value FROM llm_cache WHERE key = ?'),
    cachePut: db.prepare(
      'INSERT INTO llm_cache (key, value, created_at) VALUES (?, ?, ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value, created_at = excluded.created_at',
    ),
  };
}

export type Statements = ReturnType<typeof prepareStatements>;
