import type Database from 'better-sqlite3';
import type { QuarantineEntry } from '../label-store.js';
import { mergeByUnit } from '../run-log.js';

/**
 * Writes quarantined input units (migration 30's `quarantine_units`, and `quarantine_sightings`
 * when a run id is given) in one transaction. The one write path of SQLite quarantine: the label
 * store (pipeline, service, export) and the run log both use it, so `radlabel quarantine` sees
 * everything and a re-delivered bad input is one row with a count.
 */
export function sqliteQuarantineWriter(db: Database.Database): (runId: string | undefined, entries: QuarantineEntry[], at: string) => void {
  const upsert = db.prepare(
    `INSERT INTO quarantine_units (unit_key, code, reason, file, message_id, row_no, path, format, raw, seen_count, first_seen, last_seen, last_run)
     VALUES (@key, @code, @reason, @file, @messageId, @row, @path, @format, @raw, @count, @at, @at, @runId)
     ON CONFLICT (unit_key) DO UPDATE SET seen_count = seen_count + excluded.seen_count, last_seen = excluded.last_seen,
       last_run = coalesce(excluded.last_run, last_run), code = excluded.code, reason = excluded.reason, format = excluded.format,
       raw = excluded.raw, resolved_at = NULL
     RETURNING id`,
  );
  const sighting = db.prepare('INSERT INTO quarantine_sightings (run_id, unit_id, at) VALUES (?, ?, ?) ON CONFLICT DO NOTHING');
  return db.transaction((runId: string | undefined, entries: QuarantineEntry[], at: string) => {
    for (const { key, entry: e, count } of mergeByUnit(entries)) {
      const l = e.locator;
      const { id } = upsert.get({
        key, code: e.code, reason: e.reason, file: l.file ?? null, messageId: l.messageId ?? null, row: l.row ?? null, path: l.path ?? null,
        format: e.format ?? null, raw: e.raw, count, at, runId: runId ?? null,
      }) as { id: number };
      if (runId !== undefined) sighting.run(runId, id, at);
    }
  });
}
