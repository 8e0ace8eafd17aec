import type pg from 'pg';
import { loadPg } from './load-pg.js';
import { RadlabelError } from '../../errors/index.js';
import { fromUnitRow, groupByPatientDate, PATIENT_DATE_SQL, quarantineWhere, type QuarantineFilter, type RunLog, type UnitRow, fromRunRow, UNIT_COLUMNS, type RunRow } from '../run-log.js';
import { migratePostgres } from './postgres-migrate.js';
import { writePostgresQuarantineUnits } from './postgres-quarantine-units.js';

/**
 * The run log in a PostgreSQL schema (its own small pool). Applies pending migrations on first
 * use under the same advisory lock as the label store.
 */
export function openPostgresRunLog(url: string, schema: string): RunLog {
  const pool = new (loadPg().Pool)({ connectionString: url, max: 2, options: `-c search_path=${schema}` });
  pool.on('error', () => undefined);
  let ready: Promise<void> | undefined;
  const q = async <R extends pg.QueryResultRow>(what: string, sql: string, params: unknown[] = []): Promise<R[]> => {
    await (ready ??= migratePostgres(pool, schema));
    try {
      return (await pool.query<R>(sql, params)).rows;
    } catch (cause) {
      throw new RadlabelError('STORE_WRITE', `PostgreSQL run log: ${what} failed.`, { cause });
    }
  };
  return {
    async startRun(r) {
      await q('start of a run', 'INSERT INTO runs (id, started_at, command) VALUES ($1, $2, $3)', [r.id, r.startedAt, r.command]);
    },
    async finishRun(id, finishedAt, summary) {
      await q('end of a run', 'UPDATE runs SET finished_at = $1, summary = $2 WHERE id = $3', [finishedAt, JSON.stringify(summary), id]);
    },
    async lastRun() {
      const [r] = await q<RunRow>('run lookup', 'SELECT * FROM runs ORDER BY started_at DESC, id DESC LIMIT 1');
      return r ? fromRunRow(r) : undefined;
    },
    async getRun(id) {
      const [r] = await q<RunRow>('run lookup', 'SELECT * FROM runs WHERE id = $1', [id]);
      return r ? fromRunRow(r) : undefined;
    },
    async quarantine(runId, entries, at) {
      if (entries.length === 0) return;
      await (ready ??= migratePostgres(pool, schema));
      try {
        await writePostgresQuarantineUnits(pool, runId, entries, at);
      } catch (cause) {
        throw new RadlabelError('STORE_WRITE', `PostgreSQL run log: write of ${entries.length} quarantine entries failed.`, { cause });
      }
    },
    async resolveUnseen(runId, files, at) {
      if (files.length === 0) return 0;
      const rows = await q<{ id: string }>(
        'resolution of fixed inputs',
        `UPDATE quarantine_units SET resolved_at = $1 WHERE resolved_at IS NULL AND file = ANY($2)
         AND id NOT IN (SELECT unit_id FROM quarantine_sightings WHERE run_id = $3) RETURNING id`,
        [at, files, runId],
      );
      return rows.length;
    },
    async listQuarantine(f: QuarantineFilter = {}) {
      const where = quarantineWhere(f, (n) => `$${n}`);
      const [c] = await q<{ n: string }>('quarantine listing', `SELECT count(*) AS n FROM quarantine_units ${where.sql}`, where.params);
      const rows = await q<UnitRow>(
        'quarantine listing',
        `SELECT ${UNIT_COLUMNS} FROM quarantine_units ${where.sql} ORDER BY last_seen DESC, id DESC LIMIT $${where.params.length + 1}`,
        [...where.params, f.limit ?? null],
      );
      return { total: Number(c?.n ?? 0), items: rows.map(fromUnitRow) };
    },
    async reportIdsByStudyUid() {
      const rows = await q<{ study_uid: string; report_id: string }>('study UID lookup', 'SELECT DISTINCT study_uid, report_id FROM reports WHERE study_uid IS NOT NULL ORDER BY report_id');
      return new Map(rows.map((r) => [r.study_uid, r.report_id]));
    },
    async reportIdsByPatientDate() {
      return groupByPatientDate(await q<{ patient_id: string; at: string | null; report_id: string }>('patient and date lookup', PATIENT_DATE_SQL));
    },
    async close() {
      await pool.end();
    },
  };
}
