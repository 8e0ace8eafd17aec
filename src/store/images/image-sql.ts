import { STORED_LABELS_COLUMNS } from '../rows.js';

/** The two dialects differ here only in placeholders and the boolean literal. */
export interface Dialect {
  /** The n-th (1-based) parameter placeholder. */
  p(n: number): string;
  /** A parameter holding a JSON array of strings, as a set to test membership against. */
  inList(n: number): string;
  isCurrent: string;
}

export const SQLITE: Dialect = { p: () => '?', inList: () => '(SELECT value FROM json_each(?))', isCurrent: 'l.is_current = 1' };
export const POSTGRES: Dialect = {
  p: (n) => `$${n}`,
  inList: (n) => `(SELECT json_array_elements_text($${n}::json))`,
  isCurrent: 'l.is_current',
};

const JOIN = 'FROM labels l JOIN reports r ON r.report_id = l.report_id AND r.version_key = l.version_key';

/** Current, non-cancelled labels of ontology parameter `o`. */
const current = (d: Dialect, o: number) => `l.ontology_id = ${d.p(o)} AND ${d.isCurrent} AND r.status <> 'cancelled'`;

/** Images whose report key and study id both miss every current labelled report (ontology = param 1, and param 2 again). */
const imageWithoutReport = (d: Dialect) =>
  `NOT EXISTS (SELECT 1 ${JOIN} WHERE ${current(d, 1)} AND l.report_id = i.report_key) ` +
  `AND NOT EXISTS (SELECT 1 ${JOIN} WHERE ${current(d, 2)} AND r.study_uid = i.study_id)`;

const reportWithoutImage = (d: Dialect) =>
  `${current(d, 1)} AND NOT EXISTS (SELECT 1 FROM images i WHERE i.report_key = l.report_id) ` +
  'AND (r.study_uid IS NULL OR NOT EXISTS (SELECT 1 FROM images i WHERE i.study_id = r.study_uid))';

/** Every query of the image store, for one dialect. */
export function imageSql(d: Dialect) {
  return {
    page:
      `SELECT * FROM images WHERE (study_id > ${d.p(1)} OR (study_id = ${d.p(2)} AND image_id > ${d.p(3)})) ` +
      `ORDER BY study_id, image_id LIMIT ${d.p(4)}`,
    ofStudy: `SELECT * FROM images WHERE study_id = ${d.p(1)} ORDER BY image_id`,
    labelsByReport: `SELECT ${STORED_LABELS_COLUMNS}, r.study_uid ${JOIN} WHERE ${current(d, 1)} AND l.report_id IN ${d.inList(2)}`,
    labelsByStudy: `SELECT ${STORED_LABELS_COLUMNS}, r.study_uid ${JOIN} WHERE ${current(d, 1)} AND r.study_uid IN ${d.inList(2)}`,
    studiesWithoutReport:
      `SELECT i.study_id, min(i.report_key) AS report_key, count(*) AS images FROM images i WHERE ${imageWithoutReport(d)} ` +
      `GROUP BY i.study_id ORDER BY i.study_id LIMIT ${d.p(3)}`,
    countImagesWithoutReport: `SELECT count(*) AS n FROM images i WHERE ${imageWithoutReport(d)}`,
    reportsWithoutImages: `SELECT l.report_id ${JOIN} WHERE ${reportWithoutImage(d)} ORDER BY l.report_id LIMIT ${d.p(2)}`,
    countReportsWithoutImages: `SELECT count(*) AS n ${JOIN} WHERE ${reportWithoutImage(d)}`,
    counts: 'SELECT (SELECT count(*) FROM images) AS images, (SELECT count(DISTINCT study_id) FROM images) AS studies',
    getSync: `SELECT state FROM image_sync WHERE source = ${d.p(1)}`,
    putSync:
      `INSERT INTO image_sync (source, state, updated_at) VALUES (${d.p(1)}, ${d.p(2)}, ${d.p(3)}) ` +
      'ON CONFLICT (source) DO UPDATE SET state = excluded.state, updated_at = excluded.updated_at',
  };
}

/** Upsert of one image row (SQLite named parameters); PostgreSQL uses a bulk form of the same statement. */
export const UPSERT_TAIL =
  'ON CONFLICT (image_id) DO UPDATE SET study_id = excluded.study_id, series_id = excluded.series_id, report_key = excluded.report_key, ' +
  'accession = excluded.accession, patient_id = excluded.patient_id, modality = excluded.modality, sop_class = excluded.sop_class, ' +
  'view = excluded.view, laterality = excluded.laterality, body_part = excluded.body_part, series_description = excluded.series_description, ' +
  'image_type = excluded.image_type, location = excluded.location, source = excluded.source, guard = excluded.guard, indexed_at = excluded.indexed_at';
