import type { Migration } from './migration.js';

/**
 * Tables of the service (`radlabel serve` / `worker`). `inbox`: one row per accepted report
 * version, keyed by its job id (so re-delivery is a no-op); `raw_enc` holds the parsed raw report
 * encrypted (AES-256-GCM) until it is labelled or quarantined, then it is nulled. `api_keys` holds
 * only SHA-256 hashes of keys. `relabel_runs` tracks background re-labelling jobs (`POST /v1/runs`; the CLI run log is `runs`, migration 30). Timestamps are ISO text in
 * both dialects, so they sort and compare alike.
 */
export const serviceMigration: Migration = {
  id: 2,
  name: 'service',
  sqlite: `
CREATE TABLE inbox (
  id TEXT PRIMARY KEY,
  report_id TEXT NOT NULL,
  door TEXT NOT NULL,
  received_at TEXT NOT NULL,
  state TEXT NOT NULL,
  attempts INTEGER NOT NULL DEFAULT 0,
  code TEXT,
  reason TEXT,
  updated_at TEXT NOT NULL,
  raw_enc TEXT
);
CREATE INDEX inbox_state ON inbox (state, received_at);
CREATE INDEX inbox_report ON inbox (report_id);
CREATE TABLE api_keys (
  id TEXT PRIMARY KEY,
  name TEXT NOT NULL,
  role TEXT NOT NULL,
  key_hash TEXT NOT NULL UNIQUE,
  created_at TEXT NOT NULL,
  revoked_at TEXT
);
CREATE TABLE relabel_runs (
  id TEXT PRIMARY KEY,
  state TEXT NOT NULL,
  params TEXT NOT NULL,
  total INTEGER NOT NULL DEFAULT 0,
  done INTEGER NOT NULL DEFAULT 0,
  failed INTEGER NOT NULL DEFAULT 0,
  stats TEXT,
  error TEXT,
  created_at TEXT NOT NULL,
  finished_at TEXT
);
`,
  postgres: `
CREATE TABLE inbox (
  id TEXT COLLATE "C" PRIMARY KEY,
  report_id TEXT COLLATE "C" NOT NULL,
  door TEXT NOT NULL,
  received_at TEXT NOT NULL,
  state TEXT NOT NULL,
  attempts INTEGER NOT NULL DEFAULT 0,
  code TEXT,
  reason TEXT,
  updated_at TEXT NOT NULL,
  raw_enc TEXT
);
CREATE INDEX inbox_state ON inbox (state, received_at);
CREATE INDEX inbox_report ON inbox (report_id);
CREATE TABLE api_keys (
  id TEXT PRIMARY KEY,
  name TEXT NOT NULL,
  role TEXT NOT NULL,
  key_hash TEXT NOT NULL UNIQUE,
  created_at TEXT NOT NULL,
  revoked_at TEXT
);
CREATE TABLE relabel_runs (
  id TEXT PRIMARY KEY,
  state TEXT NOT NULL,
  params TEXT NOT NULL,
  total INTEGER NOT NULL DEFAULT 0,
  done INTEGER NOT NULL DEFAULT 0,
  failed INTEGER NOT NULL DEFAULT 0,
  stats TEXT,
  error TEXT,
  created_at TEXT NOT NULL,
  finished_at TEXT
);
`,
};
