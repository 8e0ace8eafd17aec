import type { Migration } from './migration.js';

/**
 * The initial schema. `labels_current` is a partial unique index: at most one current version per
 * (ontology, report), and it serves `currentLabels` (keyset pages by report id). PostgreSQL report ids
 * use the "C" collation so both dialects order them bytewise, as SQLite's BINARY collation does. The unique key of
 * `labels` serves `hasVersion` and duplicate detection.
 */
export const initialMigration: Migration = {
  id: 1,
  name: 'initial',
  sqlite: `
CREATE TABLE reports (
  seq INTEGER PRIMARY KEY AUTOINCREMENT,
  report_id TEXT NOT NULL,
  version_key TEXT NOT NULL,
  source_format TEXT NOT NULL,
  source_system TEXT NOT NULL,
  source_file TEXT,
  source_message_id TEXT,
  source_row INTEGER,
  source TEXT NOT NULL,
  accession TEXT,
  study_uid TEXT,
  patient_id TEXT,
  modality TEXT,
  body_part TEXT,
  procedure_json TEXT,
  status TEXT NOT NULL,
  exam_date_time TEXT,
  report_date_time TEXT,
  text TEXT NOT NULL,
  sections TEXT NOT NULL,
  deid TEXT NOT NULL,
  guard TEXT NOT NULL,
  received_at TEXT NOT NULL,
  UNIQUE (report_id, version_key)
);
CREATE TABLE labels (
  id INTEGER PRIMARY KEY AUTOINCREMENT,
  report_id TEXT NOT NULL,
  version_key TEXT NOT NULL,
  ontology_id TEXT NOT NULL,
  ontology_version TEXT NOT NULL,
  extractor TEXT NOT NULL,
  extractor_version TEXT NOT NULL,
  labels TEXT NOT NULL,
  provenance TEXT NOT NULL,
  created_at TEXT NOT NULL,
  is_current INTEGER NOT NULL,
  superseded_by TEXT,
  UNIQUE (report_id, version_key, ontology_id),
  FOREIGN KEY (report_id, version_key) REFERENCES reports (report_id, version_key)
);
CREATE UNIQUE INDEX labels_current ON labels (ontology_id, report_id) WHERE is_current = 1;
CREATE TABLE quarantine (
  id INTEGER PRIMARY KEY AUTOINCREMENT,
  at TEXT NOT NULL,
  code TEXT NOT NULL,
  reason TEXT NOT NULL,
  file TEXT,
  message_id TEXT,
  row_no INTEGER,
  path TEXT,
  format TEXT,
  raw TEXT NOT NULL
);
CREATE TABLE extraction_failures (
  report_id TEXT NOT NULL,
  version_key TEXT NOT NULL,
  ontology_id TEXT NOT NULL,
  code TEXT NOT NULL,
  reason TEXT NOT NULL,
  at TEXT NOT NULL,
  PRIMARY KEY (report_id, version_key, ontology_id)
);
CREATE TABLE llm_cache (
  key TEXT PRIMARY KEY,
  value TEXT NOT NULL,
  created_at TEXT NOT NULL
);
`,
  postgres: `
CREATE TABLE reports (
  seq BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  report_id TEXT COLLATE "C" NOT NULL,
  version_key TEXT NOT NULL,
  source_format TEXT NOT NULL,
  source_system TEXT NOT NULL,
  source_file TEXT,
  source_message_id TEXT,
  source_row INTEGER,
  source JSONB NOT NULL,
  accession TEXT,
  study_uid TEXT,
  patient_id TEXT,
  modality TEXT,
  body_part TEXT,
  procedure_json JSONB,
  status TEXT NOT NULL,
  exam_date_time TEXT,
  report_date_time TEXT,
  text TEXT NOT NULL,
  sections JSONB NOT NULL,
  deid JSONB NOT NULL,
  guard JSONB NOT NULL,
  received_at TIMESTAMPTZ NOT NULL,
  UNIQUE (report_id, version_key)
);
CREATE TABLE labels (
  id BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  report_id TEXT COLLATE "C" NOT NULL,
  version_key TEXT NOT NULL,
  ontology_id TEXT NOT NULL,
  ontology_version TEXT NOT NULL,
  extractor TEXT NOT NULL,
  extractor_version TEXT NOT NULL,
  labels JSONB NOT NULL,
  provenance JSONB NOT NULL,
  created_at TIMESTAMPTZ NOT NULL,
  is_current BOOLEAN NOT NULL,
  superseded_by TEXT,
  UNIQUE (report_id, version_key, ontology_id),
  FOREIGN KEY (report_id, version_key) REFERENCES reports (report_id, version_key)
);
CREATE UNIQUE INDEX labels_current ON labels (ontology_id, report_id) WHERE is_current;
CREATE TABLE quarantine (
  id BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  at TIMESTAMPTZ NOT NULL,
  code TEXT NOT NULL,
  reason TEXT NOT NULL,
  file TEXT,
  message_id TEXT,
  row_no INTEGER,
  path TEXT,
  format TEXT,
  raw TEXT NOT NULL
);
CREATE TABLE extraction_failures (
  report_id TEXT COLLATE "C" NOT NULL,
  version_key TEXT NOT NULL,
  ontology_id TEXT NOT NULL,
  code TEXT NOT NULL,
  reason TEXT NOT NULL,
  at TIMESTAMPTZ NOT NULL,
  PRIMARY KEY (report_id, version_key, ontology_id)
);
CREATE TABLE llm_cache (
  key TEXT PRIMARY KEY,
  value TEXT NOT NULL,
  created_at TIMESTAMPTZ NOT NULL
);
`,
};
