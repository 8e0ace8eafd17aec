import type pg from 'pg';
import type { QuarantineEntry } from '../label-store.js';
import { mergeByUnit } from '../run-log.js';
import { pgText } from './postgres-sql.js';

const UPSERT = `INSERT INTO quarantine_units (unit_key, code, reason, file, message_id, row_no, path, format, raw, seen_count, first_seen, last_seen, last_run)
  VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $11, $12)
  ON CONFLICT (unit_key) DO UPDATE SET seen_count = quarantine_units.seen_count + excluded.seen_count, last_seen = excluded.last_seen,
    last_run = coalesce(excluded.last_run, quarantine_units.last_run), code = excluded.code, reason = excluded.reason,
    format = excluded.format, raw = excluded.raw, resolved_at = NULL
  RETURNING id`;

/**
 * Writes quarantined input units (and their sightings under `runId`) on one client inside a
 * transaction. The one write path of PostgreSQL quarantine, shared by the label store and the run
 * log. Throws the driver's error; the caller maps it to `STORE_WRITE`.
 */
export async function writePostgresQuarantineUnits(pool: pg.Pool, runId: string | undefined, entries: QuarantineEntry[], at: string): Promise<void> {
  const client = await pool.connect();
  try {
    await client.query('BEGIN');
    for (const { key, entry: e, count } of mergeByUnit(entries)) {
      const l = e.locator;
      const { rows } = await client.query<{ id: string }>(UPSERT, [
        key, e.code, pgText(e.reason), l.file ?? null, l.messageId ?? null, l.row ?? null, l.path ?? null, e.format ?? null, pgText(e.raw), count, at, runId ?? null,
      ]);
      if (runId !== undefined)
        await client.query('INSERT INTO quarantine_sightings (run_id, unit_id, at) VALUES ($1, $2, $3) ON CONFLICT DO NOTHING', [runId, rows[0]!.id, at]);
    }
    await client.query('COMMIT');
  } catch (cause) {
    await client.query('ROLLBACK').catch(() => undefined);
    throw cause;
  } finally {
    client.release();
  }
}
