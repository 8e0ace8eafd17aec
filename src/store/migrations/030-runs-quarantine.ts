import type { Migration } from './migration.js';

// Timestamps are ISO-8601 UTC text in both dialects: they order as text, and the run log reads
// them back unchanged whichever store wrote them.
const TABLES = (serial: string): string => `
CREATE TABLE runs (
  id TEXT PRIMARY KEY,
  started_at TEXT NOT NULL,
  finished_at TEXT,
  command TEXT NOT NULL,
  summary TEXT
);
CREATE TABLE quarantine_units (
  id ${serial},
  unit_key TEXT NOT NULL UNIQUE,
  code TEXT NOT NULL,
  reason TEXT NOT NULL,
  file TEXT,
  message_id TEXT,
  row_no INTEGER,
  path TEXT,
  format TEXT,
  raw TEXT NOT NULL,
  seen_count INTEGER NOT NULL,
  first_seen TEXT NOT NULL,
  last_seen TEXT NOT NULL,
  last_run TEXT,
  resolved_at TEXT
);
CREATE INDEX quarantine_units_last_seen ON quarantine_units (last_seen);
CREATE TABLE quarantine_sightings (
  run_id TEXT NOT NULL,
  unit_id INTEGER NOT NULL,
  at TEXT NOT NULL,
  PRIMARY KEY (run_id, unit_id)
);
`;

// Rows of the first quarantine table stay visible: each becomes a unit of its own (no run).
const COPY_LEGACY = (at: string): string => `
INSERT INTO quarantine_units (unit_key, code, reason, file, message_id, row_no, path, format, raw, seen_count, first_seen, last_seen)
SELECT 'legacy:' || id, code, reason, file, message_id, row_no, path, format, raw, 1, ${at}, ${at} FROM quarantine;
`;

/**
 * Runs and run-scoped quarantine: every run has a row; a quarantined input unit (file + row /
 * message id) is one row with a count and first / last seen, linked to each run that saw it.
 */
export const runsQuarantineMigration: Migration = {
  id: 30,
  name: 'runs-quarantine',
  sqlite: TABLES('INTEGER PRIMARY KEY AUTOINCREMENT') + COPY_LEGACY("strftime('%Y-%m-%dT%H:%M:%fZ', at)"),
  postgres: TABLES('BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY') + COPY_LEGACY(`to_char(at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"')`),
};
