import type { Migration } from './migration.js';

/** Where each FHIR pull feed stands: the `_lastUpdated` it has fully ingested up to. */
export const feedCursorsMigration: Migration = {
  id: 10,
  name: 'feed-cursors',
  sqlite: `
CREATE TABLE feed_cursors (
  feed TEXT PRIMARY KEY,
  cursor TEXT NOT NULL,
  updated_at TEXT NOT NULL
);`,
  postgres: `
CREATE TABLE feed_cursors (
  feed TEXT PRIMARY KEY,
  cursor TEXT NOT NULL,
  updated_at TIMESTAMPTZ NOT NULL
);`,
};
