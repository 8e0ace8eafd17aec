import type { Migration } from './migration.js';

/**
 * The FHIR write-back outbox: one row per labelled report version (and ontology) that came from a
 * FHIR server, written when the labels are stored and worked off by every labelling process.
 * Ids only, never text. `state`: `pending` (due at `next_at`; a claimed row's `next_at` is its
 * lease), `sent`, or `failed` (after the attempts, or at once for a permanent error). Timestamps
 * are ISO text in both dialects so they compare alike.
 */
export const fhirWritebackMigration: Migration = {
  id: 12,
  name: 'fhir-writeback',
  sqlite: `
CREATE TABLE fhir_writeback (
  report_id TEXT NOT NULL,
  version_key TEXT NOT NULL,
  ontology_id TEXT NOT NULL,
  state TEXT NOT NULL,
  attempts INTEGER NOT NULL DEFAULT 0,
  code TEXT,
  reason TEXT,
  next_at TEXT NOT NULL,
  updated_at TEXT NOT NULL,
  PRIMARY KEY (report_id, version_key, ontology_id)
);
CREATE INDEX fhir_writeback_due ON fhir_writeback (state, next_at);`,
  postgres: `
CREATE TABLE fhir_writeback (
  report_id TEXT COLLATE "C" NOT NULL,
  version_key TEXT NOT NULL,
  ontology_id TEXT NOT NULL,
  state TEXT NOT NULL,
  attempts INTEGER NOT NULL DEFAULT 0,
  code TEXT,
  reason TEXT,
  next_at TEXT NOT NULL,
  updated_at TEXT NOT NULL,
  PRIMARY KEY (report_id, version_key, ontology_id)
);
CREATE INDEX fhir_writeback_due ON fhir_writeback (state, next_at);`,
};
