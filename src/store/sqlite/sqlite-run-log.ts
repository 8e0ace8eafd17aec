import type Database from 'better-sqlite3';
import { RadlabelError } from '../../errors/index.js';
import { fromUnitRow, groupByPatientDate, PATIENT_DATE_SQL, quarantineWhere, type QuarantineFilter, type QuarantineUnit, type RunLog, type RunRecord, type UnitRow, fromRunRow, UNIT_COLUMNS, type RunRow } from '../run-log.js';
import { migrateSqlite } from './sqlite-migrate.js';
import { sqliteQuarantineWriter } from './sqlite-quarantine-units.js';
import { openSqliteFile } from './open-sqlite-file.js';

/**
 * The run log in a SQLite file (its own connection beside the label store's; WAL and the busy
 * timeout let both write). Applies pending migrations on open, so it works on any database.
 */
export function openSqliteRunLog(path: string): RunLog {
  let db: Database.Database;
  try {
    db = openSqliteFile(path, { synchronousNormal: false });
  } catch (cause) {
    throw new RadlabelError('STORE_OPEN', 'The SQLite database could not be opened.', { locator: { file: path }, cause });
  }
  migrateSqlite(db);
  const write = sqliteQuarantineWriter(db);
  const guard = <T>(what: string, fn: () => T): T => {
    try {
      return fn();
    } catch (cause) {
      throw new RadlabelError('STORE_WRITE', `SQLite run log: ${what} failed.`, { cause });
    }
  };
  return {
    async startRun(r: RunRecord) {
      guard('start of a run', () => db.prepare('INSERT INTO runs (id, started_at, command) VALUES (?, ?, ?)').run(r.id, r.startedAt, r.command));
    },
    async finishRun(id, finishedAt, summary) {
      guard('end of a run', () => db.prepare('UPDATE runs SET finished_at = ?, summary = ? WHERE id = ?').run(finishedAt, JSON.stringify(summary), id));
    },
    async lastRun() {
      const r = db.prepare('SELECT * FROM runs ORDER BY started_at DESC, id DESC LIMIT 1').get() as RunRow | undefined;
      return r ? fromRunRow(r) : undefined;
    },
    async getRun(id) {
      const r = db.prepare('SELECT * FROM runs WHERE id = ?').get(id) as RunRow | undefined;
      return r ? fromRunRow(r) : undefined;
    },
    async quarantine(runId, entries, at) {
      if (entries.length) guard(`write of ${entries.length} quarantine entries`, () => write(runId, entries, at));
    },
    async resolveUnseen(runId, files, at) {
      if (files.length === 0) return 0;
      const marks = files.map(() => '?').join(', ');
      const res = db
        .prepare(
          `UPDATE quarantine_units SET resolved_at = ? WHERE resolved_at IS NULL AND file IN (${marks})
           AND id NOT IN (SELECT unit_id FROM quarantine_sightings WHERE run_id = ?)`,
        )
        .run(at, ...files, runId);
      return res.changes;
    },
    async listQuarantine(f: QuarantineFilter = {}) {
      const where = quarantineWhere(f, () => '?');
      const { n } = db.prepare(`SELECT count(*) AS n FROM quarantine_units ${where.sql}`).get(...where.params) as { n: number };
      const rows = db
        .prepare(`SELECT ${UNIT_COLUMNS} FROM quarantine_units ${where.sql} ORDER BY last_seen DESC, id DESC LIMIT ?`)
        .all(...where.params, f.limit ?? -1) as UnitRow[];
      return { total: n, items: rows.map(fromUnitRow) as QuarantineUnit[] };
    },
    async reportIdsByStudyUid() {
      const rows = db.prepare('SELECT DISTINCT study_uid, report_id FROM reports WHERE study_uid IS NOT NULL ORDER BY report_id').all() as Array<{ study_uid: string; report_id: string }>;
      return new Map(rows.map((r) => [r.study_uid, r.report_id]));
    },
    async reportIdsByPatientDate() {
      return groupByPatientDate(db.prepare(PATIENT_DATE_SQL).all() as Array<{ patient_id: string; at: string | null; report_id: string }>);
    },
    async close() {
      db.close();
    },
  };
}
