import { STORED_LABELS_COLUMNS } from '../rows.js';

const JOIN = 'FROM labels l JOIN reports r ON r.report_id = l.report_id AND r.version_key = l.version_key';

const REPORT_COLUMNS =
  'report_id, version_key, source_format, source_system, source_file, source_message_id, source_row, source, accession, ' +
  'study_uid, patient_id, modality, body_part, procedure_json, status, exam_date_time, report_date_time, text, sections, ' +
  'deid, guard, received_at';
const LABEL_COLUMNS =
  'report_id, version_key, ontology_id, ontology_version, extractor, extractor_version, labels, provenance, created_at, ' +
  'is_current, superseded_by';
const QUARANTINE_COLUMNS = 'at, code, reason, file, message_id, row_no, path, format, raw';
const FAILURE_COLUMNS = 'report_id, version_key, ontology_id, code, reason, at';

/**
 * SQL of the PostgreSQL store. Batches travel as ONE jsonb parameter expanded with
 * `jsonb_populate_recordset(NULL::table, …)` (typed by the table itself), so a batch of 200 costs a
 * handful of round trips. Tables are unqualified: the pool's `search_path` is the store's schema.
 */
export const SQL = {
  /** Per-report advisory locks, taken in key order so two workers never deadlock. $1 = namespace, $2 = report ids. */
  lockReports:
    'SELECT pg_advisory_xact_lock(k) FROM (SELECT DISTINCT hashtextextended($1 || x, 0) AS k FROM unnest($2::text[]) AS x ORDER BY 1) s',
  lockMigrations: 'SELECT pg_advisory_xact_lock(hashtextextended($1, 0))',
  labelsOfReports:
    `SELECT l.report_id, l.version_key, l.ontology_id, l.is_current, r.status, r.report_date_time, r.seq ${JOIN} ` +
    'WHERE l.report_id = ANY($1::text[])',
  reportsOfReports: 'SELECT report_id, version_key, seq FROM reports WHERE report_id = ANY($1::text[])',
  demote:
    'UPDATE labels l SET is_current = false, superseded_by = d.s FROM unnest($1::text[], $2::text[], $3::text[], $4::text[]) AS d(r, v, o, s) ' +
    'WHERE l.report_id = d.r AND l.version_key = d.v AND l.ontology_id = d.o',
  insertReports:
    `INSERT INTO reports (${REPORT_COLUMNS}) SELECT ${REPORT_COLUMNS} FROM jsonb_populate_recordset(NULL::reports, $1::jsonb) ` +
    'WITH ORDINALITY ORDER BY ordinality ON CONFLICT (report_id, version_key) DO NOTHING',
  insertLabels:
    `INSERT INTO labels (${LABEL_COLUMNS}) SELECT ${LABEL_COLUMNS} FROM jsonb_populate_recordset(NULL::labels, $1::jsonb) ` +
    'WITH ORDINALITY ORDER BY ordinality ON CONFLICT (report_id, version_key, ontology_id) DO NOTHING',
  clearFailures:
    'DELETE FROM extraction_failures f USING unnest($1::text[], $2::text[], $3::text[]) AS d(r, v, o) ' +
    'WHERE f.report_id = d.r AND f.version_key = d.v AND f.ontology_id = d.o',
  hasVersion: 'SELECT 1 FROM labels WHERE report_id = $1 AND version_key = $2 AND ontology_id = $3',
  insertQuarantine:
    `INSERT INTO quarantine (${QUARANTINE_COLUMNS}) SELECT ${QUARANTINE_COLUMNS} ` +
    'FROM jsonb_populate_recordset(NULL::quarantine, $1::jsonb) WITH ORDINALITY ORDER BY ordinality',
  listQuarantine: 'SELECT id, at, code, reason, file, message_id, row_no, path, format FROM quarantine ORDER BY id LIMIT $1',
  currentPage:
    `SELECT ${STORED_LABELS_COLUMNS} ${JOIN} WHERE l.ontology_id = $1 AND l.is_current AND l.report_id > $2 ` +
    `AND (NOT $3::boolean OR r.status <> 'cancelled') ORDER BY l.report_id LIMIT $4`,
  history: `SELECT ${STORED_LABELS_COLUMNS} ${JOIN} WHERE l.report_id = $1 AND l.ontology_id = $2 ORDER BY l.id`,
  recordFailures:
    `INSERT INTO extraction_failures (${FAILURE_COLUMNS}) SELECT ${FAILURE_COLUMNS} ` +
    'FROM jsonb_populate_recordset(NULL::extraction_failures, $1::jsonb) ' +
    'ON CONFLICT (report_id, version_key, ontology_id) DO UPDATE SET code = excluded.code, reason = excluded.reason, at = excluded.at',
  listFailures:
    'SELECT report_id, version_key, ontology_id, code, reason, at FROM extraction_failures ' +
    'WHERE $1::text IS NULL OR ontology_id = $1 ORDER BY at, report_id, version_key',
  counts:
    'SELECT (SELECT count(*) FROM reports)::int AS reports, (SELECT count(*) FROM labels)::int AS labels, ' +
    '(SELECT count(*) FROM labels WHERE is_current)::int AS "currentLabels", (SELECT count(*) FROM quarantine)::int AS quarantine, ' +
    '(SELECT count(*) FROM extraction_failures)::int AS failures, (SELECT count(*) FROM llm_cache)::int AS cache',
  cacheGet: 'SELECT value FROM llm_cache WHERE key = $1',
  cachePut:
    'INSERT INTO llm_cache (key, value, created_at) VALUES ($1, $2, $3) ' +
    'ON CONFLICT (key) DO UPDATE SET value = excluded.value, created_at = excluded.created_at',
} as const;
