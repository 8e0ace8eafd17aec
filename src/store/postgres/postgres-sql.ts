import { HISTORY_RANK_COLUMNS, STORED_LABELS_COLUMNS } from '../rows.js';
import { UNIT_COLUMNS } from '../run-log.js';
import { JsonText } from '../json-text.js';

const JOIN = 'FROM labels l JOIN reports r ON r.report_id = l.report_id AND r.version_key = l.version_key';

type Column = readonly [name: string, type: 'text' | 'int' | 'bool' | 'jsonb' | 'timestamptz'];

/** Columns of a bulk insert, in parameter order, with the type each value is cast to. */
export const REPORT_COLUMNS: readonly Column[] = [
  ['report_id', 'text'], ['version_key', 'text'], ['source_format', 'text'], ['source_system', 'text'], ['source_file', 'text'],
  ['source_message_id', 'text'], ['source_row', 'int'], ['source', 'jsonb'], ['accession', 'text'], ['study_uid', 'text'],
  ['patient_id', 'text'], ['modality', 'text'], ['body_part', 'text'], ['procedure_json', 'jsonb'], ['status', 'text'],
  ['exam_date_time', 'text'], ['report_date_time', 'text'], ['text', 'text'], ['sections', 'jsonb'], ['deid', 'jsonb'],
  ['guard', 'jsonb'], ['received_at', 'timestamptz'],
];
export const LABEL_COLUMNS: readonly Column[] = [
  ['report_id', 'text'], ['version_key', 'text'], ['ontology_id', 'text'], ['ontology_version', 'text'], ['extractor', 'text'],
  ['extractor_version', 'text'], ['labels', 'jsonb'], ['provenance', 'jsonb'], ['created_at', 'timestamptz'],
  ['is_current', 'bool'], ['superseded_by', 'text'],
];
export const FAILURE_COLUMNS: readonly Column[] = [
  ['report_id', 'text'], ['version_key', 'text'], ['ontology_id', 'text'], ['code', 'text'], ['reason', 'text'], ['at', 'timestamptz'],
];

/**
 * `INSERT … SELECT … FROM ROWS FROM (json_array_elements_text($1::json), …) WITH ORDINALITY`: one
 * parameter per column holding a JSON array of that column's values, rows inserted in array order
 * (so identity columns follow it), each value cast to its column type in SQL. Measured against
 * `unnest($n::text[])` and `jsonb_populate_recordset`, this costs the least CPU on both sides: PostgreSQL
 * array literals need slow escaping in `pg` and slow parsing on the server.
 */
function bulkInsert(table: string, cols: readonly Column[], tail = ''): string {
  const names = cols.map(([n]) => n);
  const sources = cols.map((_, i) => `json_array_elements_text($${i + 1}::json)`);
  const select = cols.map(([n, t]) => `x.${n}::${t === 'bool' ? 'boolean' : t}`);
  return `INSERT INTO ${table} (${names.join(', ')}) SELECT ${select.join(', ')} FROM ROWS FROM (${sources.join(', ')}) ` +
    `WITH ORDINALITY AS x(${names.join(', ')}, ord) ORDER BY x.ord${tail ? ` ${tail}` : ''}`;
}

// JSON.stringify escapes exactly these characters as \u0000 and \udXXX (paired surrogates stay raw).
const UNSAFE_ESCAPE = /\\u(0000|d[89a-f])/i;
const LONE_SURROGATE = /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g;

/**
 * PostgreSQL text and jsonb cannot hold U+0000 or unpaired UTF-16 surrogates, which a rejected
 * (quarantined) input or a damaged report may contain; they become U+FFFD so the row is still
 * stored rather than lost.
 */
export function pgText(v: string): string {
  return v.replace(/\u0000/g, '\uFFFD').replace(LONE_SURROGATE, '\uFFFD');
}

/** JSON text safe for PostgreSQL json / jsonb (see {@link pgText}); the common clean case costs one scan. */
export function pgJson(v: unknown): string {
  // Text serialised ahead (a labelling thread's) is used as is when clean, else made safe like any value.
  if (v instanceof JsonText) return UNSAFE_ESCAPE.test(v.text) ? pgJson(JSON.parse(v.text)) : v.text;
  const json = JSON.stringify(v);
  return UNSAFE_ESCAPE.test(json) ? JSON.stringify(v, (_k, x: unknown) => (typeof x === 'string' ? pgText(x) : x)) : json;
}

/** The parameters for {@link bulkInsert}: per column, a JSON array of its values (jsonb values as JSON text). */
export function bulkParams(cols: readonly Column[], rows: ReadonlyArray<Record<string, unknown>>): string[] {
  return cols.map(([n, t]) =>
    JSON.stringify(
      rows.map((r) => {
        const v = r[n];
        if (v === null || v === undefined) return null;
        if (t === 'jsonb') return pgJson(v);
        return typeof v === 'string' ? pgText(v) : v;
      }),
    ),
  );
}

/**
 * SQL of the PostgreSQL store. Batches travel as JSON column arrays (see `bulkInsert`), so a batch of
 * 200 costs a handful of round trips. Tables are unqualified: the pool's `search_path` is the
 * store's schema.
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
  insertReports: bulkInsert('reports', REPORT_COLUMNS, 'ON CONFLICT (report_id, version_key) DO NOTHING'),
  insertLabels: bulkInsert('labels', LABEL_COLUMNS, 'ON CONFLICT (report_id, version_key, ontology_id) DO NOTHING'),
  clearFailures:
    'DELETE FROM extraction_failures f USING unnest($1::text[], $2::text[], $3::text[]) AS d(r, v, o) ' +
    'WHERE f.report_id = d.r AND f.version_key = d.v AND f.ontology_id = d.o',
  hasVersion: 'SELECT 1 FROM labels WHERE report_id = $1 AND version_key = $2 AND ontology_id = $3',
  hasVersions:
    'SELECT k.i FROM unnest($1::text[], $2::text[]) WITH ORDINALITY AS k(r, v, i) ' +
    'WHERE EXISTS (SELECT 1 FROM labels l WHERE l.report_id = k.r AND l.version_key = k.v AND l.ontology_id = $3)',
  listQuarantine: `SELECT ${UNIT_COLUMNS} FROM quarantine_units WHERE resolved_at IS NULL ORDER BY id LIMIT $1`,
  currentPage:
    `SELECT ${STORED_LABELS_COLUMNS} ${JOIN} WHERE l.ontology_id = $1 AND l.is_current AND l.report_id > $2 ` +
    `AND (NOT $3::boolean OR r.status <> 'cancelled') ORDER BY l.report_id LIMIT $4`,
  history: `SELECT ${STORED_LABELS_COLUMNS}, ${HISTORY_RANK_COLUMNS} ${JOIN} WHERE l.report_id = $1 AND l.ontology_id = $2 ORDER BY l.id`,
  recordFailures: bulkInsert(
    'extraction_failures',
    FAILURE_COLUMNS,
    'ON CONFLICT (report_id, version_key, ontology_id) DO UPDATE SET code = excluded.code, reason = excluded.reason, at = excluded.at',
  ),
  listFailures:
    'SELECT report_id, version_key, ontology_id, code, reason, at FROM extraction_failures ' +
    'WHERE $1::text IS NULL OR ontology_id = $1 ORDER BY at, report_id, version_key',
  counts:
    'SELECT (SELECT count(*) FROM reports)::int AS reports, (SELECT count(*) FROM labels)::int AS labels, ' +
    '(SELECT count(*) FROM labels WHERE is_current)::int AS "currentLabels", (SELECT count(*) FROM quarantine_units)::int AS quarantine, ' +
    '(SELECT count(*) FROM extraction_failures)::int AS failures, (SELECT count(*) FROM llm_cache)::int AS cache',
  cacheGet: 'SELECT value FROM llm_cache WHERE key = $1',
  cachePut:
    'INSERT INTO llm_cache (key, value, created_at) VALUES ($1, $2, $3) ' +
    'ON CONFLICT (key) DO UPDATE SET value = excluded.value, created_at = excluded.created_at',
} as const;
