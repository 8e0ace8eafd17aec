import { initialMigration } from './001-initial.js';
import { serviceMigration } from './002-service.js';
import { feedCursorsMigration } from './010-feed-cursors.js';
import { auditLogMigration } from './011-audit-log.js';
import { imagesMigration } from './020-images.js';
import { runsQuarantineMigration } from './030-runs-quarantine.js';
import { reviewMigration } from './040-review.js';
import type { Migration } from './migration.js';

export type { Migration } from './migration.js';

/** All migrations, in the order they apply. Ids are strictly increasing; append only. */
export const MIGRATIONS: readonly Migration[] = [
  initialMigration,
  serviceMigration,
  feedCursorsMigration,
  auditLogMigration,
  imagesMigration,
  runsQuarantineMigration,
  reviewMigration,
];

/** SQL of the bookkeeping table; the same text works in both dialects. */
export const SCHEMA_MIGRATIONS_DDL =
  'CREATE TABLE IF NOT EXISTS schema_migrations (id INTEGER PRIMARY KEY, name TEXT NOT NULL, applied_at TEXT NOT NULL)';

/** Migrations not yet applied, in order. Throws when the list itself is out of order (a programming error). */
export function pendingMigrations(applied: ReadonlySet<number>, all: readonly Migration[] = MIGRATIONS): Migration[] {
  all.forEach((m, i) => {
    const prev = all[i - 1];
    if (prev !== undefined && m.id <= prev.id) throw new Error(`Migration ids must increase: ${prev.id} then ${m.id}`);
  });
  return all.filter((m) => !applied.has(m.id));
}
