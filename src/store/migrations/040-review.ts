import type { Migration } from './migration.js';

// Timestamps are ISO-8601 UTC text in both dialects (they sort as text, and both stores return
// them unchanged). Snapshots of machine values are JSON text: a relabel run never changes what a
// reviewer was shown, and the label store's own rows are never written by the workbench.
const TABLES = (serial: string, real: string): string => `
CREATE TABLE review_worklists (
  id TEXT PRIMARY KEY,
  name TEXT NOT NULL,
  ontology_id TEXT NOT NULL,
  kind TEXT NOT NULL,
  params TEXT NOT NULL,
  size INTEGER NOT NULL,
  margin_of_error ${real},
  confidence ${real},
  strata TEXT NOT NULL,
  reviewers TEXT NOT NULL,
  adjudicator TEXT,
  created_by TEXT NOT NULL,
  created_at TEXT NOT NULL
);
CREATE TABLE review_items (
  id TEXT PRIMARY KEY,
  worklist_id TEXT NOT NULL REFERENCES review_worklists (id),
  position INTEGER NOT NULL,
  report_id TEXT NOT NULL,
  version_key TEXT NOT NULL,
  stratum TEXT NOT NULL,
  extractor TEXT NOT NULL,
  machine TEXT NOT NULL,
  other TEXT,
  reasons TEXT NOT NULL,
  summary TEXT NOT NULL,
  UNIQUE (worklist_id, position)
);
CREATE TABLE review_assignments (
  item_id TEXT NOT NULL REFERENCES review_items (id),
  worklist_id TEXT NOT NULL,
  position INTEGER NOT NULL,
  reviewer TEXT NOT NULL,
  opened_at TEXT,
  done_at TEXT,
  PRIMARY KEY (item_id, reviewer)
);
CREATE INDEX review_assignments_mine ON review_assignments (worklist_id, reviewer, position);
CREATE TABLE review_corrections (
  id ${serial},
  item_id TEXT NOT NULL REFERENCES review_items (id),
  label_id TEXT NOT NULL,
  reviewer TEXT NOT NULL,
  version INTEGER NOT NULL,
  value TEXT NOT NULL,
  previous TEXT NOT NULL,
  machine TEXT NOT NULL,
  reason TEXT,
  at TEXT NOT NULL,
  UNIQUE (item_id, label_id, reviewer, version)
);
CREATE TABLE review_accepts (
  id ${serial},
  item_id TEXT NOT NULL REFERENCES review_items (id),
  reviewer TEXT NOT NULL,
  vals TEXT NOT NULL,
  at TEXT NOT NULL
);
CREATE INDEX review_accepts_item ON review_accepts (item_id, reviewer);
CREATE TABLE review_adjudications (
  id ${serial},
  item_id TEXT NOT NULL REFERENCES review_items (id),
  label_id TEXT NOT NULL,
  adjudicator TEXT NOT NULL,
  value TEXT NOT NULL,
  reason TEXT,
  at TEXT NOT NULL
);
CREATE INDEX review_adjudications_item ON review_adjudications (item_id, label_id);
CREATE TABLE review_timings (
  id ${serial},
  item_id TEXT NOT NULL REFERENCES review_items (id),
  reviewer TEXT NOT NULL,
  opened_at TEXT NOT NULL,
  accepted_at TEXT NOT NULL,
  seconds ${real} NOT NULL
);
CREATE INDEX review_timings_reviewer ON review_timings (reviewer, accepted_at);
`;

/**
 * The review workbench (issue 16): worklists and their items (a machine-value snapshot per item),
 * reviewer assignments, corrections (append-only, versioned per item / label / reviewer, with the
 * previous and the machine value), accepts (the reviewer's full answer at that moment),
 * adjudications (the latest is final) and open → accept timings.
 */
export const reviewMigration: Migration = {
  id: 40,
  name: 'review',
  sqlite: TABLES('INTEGER PRIMARY KEY AUTOINCREMENT', 'REAL'),
  postgres: TABLES('BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY', 'DOUBLE PRECISION'),
};
