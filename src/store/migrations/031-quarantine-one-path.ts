import type { Migration } from './migration.js';

// Rows written to the first quarantine table after migration 30 (by the pipeline and the service,
// which wrote there until this migration) become units of their own, as migration 30 did with the
// rows before it; then the table goes, so no writer can fall back to it unseen.
const COPY_AND_DROP = (at: string): string => `
INSERT INTO quarantine_units (unit_key, code, reason, file, message_id, row_no, path, format, raw, seen_count, first_seen, last_seen)
SELECT 'legacy:' || q.id, q.code, q.reason, q.file, q.message_id, q.row_no, q.path, q.format, q.raw, 1, ${at}, ${at}
FROM quarantine q WHERE NOT EXISTS (SELECT 1 FROM quarantine_units u WHERE u.unit_key = 'legacy:' || q.id);
DROP TABLE quarantine;
`;

/**
 * One quarantine: the run-scoped `quarantine_units` / `quarantine_sightings` of migration 30 are
 * the only quarantine tables; the append-only `quarantine` table of migration 1 is copied into
 * them and dropped. Its ids are not kept (a unit has its own id); its time becomes first and
 * last seen.
 */
export const quarantineOnePathMigration: Migration = {
  id: 31,
  name: 'quarantine-one-path',
  sqlite: COPY_AND_DROP("strftime('%Y-%m-%dT%H:%M:%fZ', q.at)"),
  postgres: COPY_AND_DROP(`to_char(q.at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"')`),
};
