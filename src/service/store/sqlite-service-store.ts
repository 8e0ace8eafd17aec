import type Database from 'better-sqlite3';
import { RadlabelError } from '../../errors/index.js';
import { DeidentifiedReportSchema, type DeidentifiedReport } from '../../domain/report.js';
import { json } from '../../store/rows.js';
import type { ApiKeyRecord, InboxEntry, InboxState, RunRecord, ServiceStore } from './service-store.js';
import { openSqliteFile } from '../../store/sqlite/open-sqlite-file.js';

type Row = Record<string, unknown>;

/** The inbox columns {@link inboxFrom} reads: everything but the encrypted raw input (large, and needed only by a job). */
export const INBOX_COLUMNS = 'id, report_id, door, received_at, state, attempts, code, reason, updated_at';

export const inboxFrom = (r: Row): InboxEntry => ({
  id: String(r.id),
  reportId: String(r.report_id),
  door: String(r.door),
  receivedAt: String(r.received_at),
  state: r.state as InboxState,
  attempts: Number(r.attempts),
  code: (r.code as string | null) ?? null,
  reason: (r.reason as string | null) ?? null,
  updatedAt: String(r.updated_at),
});

export const keyFrom = (r: Row): ApiKeyRecord => ({
  id: String(r.id),
  name: String(r.name),
  role: r.role as ApiKeyRecord['role'],
  createdAt: String(r.created_at),
  revokedAt: (r.revoked_at as string | null) ?? null,
});

export const runFrom = (r: Row): RunRecord => ({
  id: String(r.id),
  state: r.state as RunRecord['state'],
  params: JSON.parse(String(r.params)) as Record<string, unknown>,
  total: Number(r.total),
  done: Number(r.done),
  failed: Number(r.failed),
  stats: r.stats ? (JSON.parse(String(r.stats)) as Record<string, number>) : null,
  error: (r.error as string | null) ?? null,
  createdAt: String(r.created_at),
  finishedAt: (r.finished_at as string | null) ?? null,
});

const opt = (v: unknown): string | undefined => (v === null || v === undefined ? undefined : String(v));

/** A `reports` row (either dialect) back into the de-identified report it was written from. */
export function reportFromRow(r: Row): DeidentifiedReport {
  return DeidentifiedReportSchema.parse({
    reportId: r.report_id,
    versionKey: r.version_key,
    source: json(r.source),
    accession: opt(r.accession),
    studyInstanceUid: opt(r.study_uid),
    patientId: opt(r.patient_id),
    modality: opt(r.modality),
    bodyPart: opt(r.body_part),
    procedure: r.procedure_json === null ? undefined : json(r.procedure_json),
    status: r.status,
    examDateTime: opt(r.exam_date_time),
    reportDateTime: opt(r.report_date_time),
    text: r.text,
    sections: json(r.sections),
    deid: json(r.deid),
    guard: json(r.guard),
  });
}

export const RUN_PATCH_COLUMNS = { state: 'state', total: 'total', done: 'done', failed: 'failed', stats: 'stats', error: 'error', finishedAt: 'finished_at' } as const;

/**
 * The service tables in the SQLite file of the label store (a second connection: WAL lets the two
 * interleave; the 5 s busy timeout absorbs the label store's write transactions). The label store
 * must have been migrated first.
 */
export function openSqliteServiceStore(path: string): ServiceStore {
  let db: Database.Database;
  try {
    db = openSqliteFile(path, { makeDir: false });
  } catch (cause) {
    throw new RadlabelError('STORE_OPEN', 'The SQLite database could not be opened for the service tables.', { cause });
  }
  const now = () => new Date().toISOString();
  const insertInbox = db.prepare(
    `INSERT INTO inbox (id, report_id, door, received_at, state, attempts, updated_at, raw_enc) VALUES (?, ?, ?, ?, 'pending', 0, ?, ?) ON CONFLICT (id) DO NOTHING`,
  );
  const putMany = db.transaction((entries: Parameters<ServiceStore['putInbox']>[0]) => {
    const t = now();
    return entries.map((e) => insertInbox.run(e.id, e.reportId, e.door, t, t, e.rawEnc).changes === 1);
  });
  const run = <T>(f: () => T): Promise<T> => {
    try {
      return Promise.resolve(f());
    } catch (cause) {
      return Promise.reject(cause instanceof RadlabelError ? cause : new RadlabelError('STORE_WRITE', 'A service-table operation on SQLite failed.', { cause, retriable: true }));
    }
  };
  return {
    putInbox: (entries) => run(() => putMany.immediate(entries)),
    getInbox: (id) =>
      run(() => {
        const r = db.prepare('SELECT * FROM inbox WHERE id = ?').get(id) as Row | undefined;
        return r ? { ...inboxFrom(r), rawEnc: (r.raw_enc as string | null) ?? null } : undefined;
      }),
    getInboxMany: (ids) =>
      run(() => {
        const st = db.prepare('SELECT * FROM inbox WHERE id = ?');
        return ids.map((id) => {
          const r = st.get(id) as Row | undefined;
          return r ? { ...inboxFrom(r), rawEnc: (r.raw_enc as string | null) ?? null } : undefined;
        });
      }),
    finishInbox: (id, state, code, reason) =>
      run(() => void db.prepare('UPDATE inbox SET state = ?, code = ?, reason = ?, raw_enc = NULL, updated_at = ? WHERE id = ?').run(state, code ?? null, reason ?? null, now(), id)),
    finishLabelled: (ids) =>
      run(() => {
        const st = db.prepare(`UPDATE inbox SET state = 'labelled', code = NULL, reason = NULL, raw_enc = NULL, updated_at = ? WHERE id = ?`);
        const t = now();
        db.transaction(() => ids.forEach((id) => st.run(t, id)))();
      }),
    reopenInbox: (id, rawEnc) =>
      run(() => db.prepare(`UPDATE inbox SET state = 'pending', code = NULL, reason = NULL, raw_enc = ?, updated_at = ? WHERE id = ?`).run(rawEnc, now(), id).changes === 1),
    failInbox: (id, code, reason) =>
      run(() => void db.prepare(`UPDATE inbox SET state = 'failed', attempts = attempts + 1, code = ?, reason = ?, updated_at = ? WHERE id = ? AND state IN ('pending', 'failed')`).run(code, reason, now(), id)),
    pendingInbox: (before, limit, after) =>
      run(() =>
        (
          db
            .prepare(`SELECT ${INBOX_COLUMNS} FROM inbox WHERE state = 'pending' AND received_at < ? AND (received_at, id) > (?, ?) ORDER BY received_at, id LIMIT ?`)
            .all(before, after?.receivedAt ?? '', after?.id ?? '', limit) as Row[]
        ).map(inboxFrom),
      ),
    listInbox: (state, limit) => run(() => (db.prepare('SELECT * FROM inbox WHERE state = ? ORDER BY updated_at DESC, id LIMIT ?').all(state, limit) as Row[]).map(inboxFrom)),
    inboxCounts: () =>
      run(() => {
        const out: Record<InboxState, number> = { pending: 0, failed: 0, labelled: 0, quarantined: 0 };
        for (const r of db.prepare('SELECT state, count(*) AS n FROM inbox GROUP BY state').all() as Array<{ state: InboxState; n: number }>) out[r.state] = r.n;
        return out;
      }),
    inboxOfReport: (reportId) =>
      run(() => {
        const r = db.prepare('SELECT * FROM inbox WHERE report_id = ? ORDER BY received_at DESC, id LIMIT 1').get(reportId) as Row | undefined;
        return r ? inboxFrom(r) : undefined;
      }),
    createKey: (rec, hash) => run(() => void db.prepare('INSERT INTO api_keys (id, name, role, key_hash, created_at) VALUES (?, ?, ?, ?, ?)').run(rec.id, rec.name, rec.role, hash, rec.createdAt)),
    keyByHash: (hash) =>
      run(() => {
        const r = db.prepare('SELECT * FROM api_keys WHERE key_hash = ? AND revoked_at IS NULL').get(hash) as Row | undefined;
        return r ? keyFrom(r) : undefined;
      }),
    listKeys: () => run(() => (db.prepare('SELECT * FROM api_keys ORDER BY created_at, id').all() as Row[]).map(keyFrom)),
    revokeKey: (id) => run(() => db.prepare('UPDATE api_keys SET revoked_at = ? WHERE id = ? AND revoked_at IS NULL').run(now(), id).changes === 1),
    createRun: (r) => run(() => void db.prepare(`INSERT INTO relabel_runs (id, state, params, created_at) VALUES (?, 'queued', ?, ?)`).run(r.id, JSON.stringify(r.params), now())),
    getRun: (id) =>
      run(() => {
        const r = db.prepare('SELECT * FROM relabel_runs WHERE id = ?').get(id) as Row | undefined;
        return r ? runFrom(r) : undefined;
      }),
    updateRun: (id, patch) =>
      run(() => {
        const keys = Object.keys(patch) as Array<keyof typeof RUN_PATCH_COLUMNS>;
        if (!keys.length) return;
        const vals = keys.map((k) => (k === 'stats' ? JSON.stringify(patch.stats) : patch[k]));
        db.prepare(`UPDATE relabel_runs SET ${keys.map((k) => `${RUN_PATCH_COLUMNS[k]} = ?`).join(', ')} WHERE id = ?`).run(...vals, id);
      }),
    quarantineRaw: (id) =>
      run(() => {
        const r = db.prepare('SELECT raw, format, code FROM quarantine_units WHERE id = ? AND resolved_at IS NULL').get(id) as { raw: string; format: string | null; code: string } | undefined;
        return r;
      }),
    deleteQuarantine: (id, since) =>
      run(() => void db.prepare(`UPDATE quarantine_units SET resolved_at = ?, raw = '' WHERE id = ? AND (? IS NULL OR last_seen < ?)`).run(new Date().toISOString(), id, since ?? null, since ?? null)),
    purgeQuarantineRaw: (before) => run(() => db.prepare(`UPDATE quarantine_units SET raw = '' WHERE last_seen < ? AND raw <> ''`).run(before).changes),
    storedReports: (afterSeq, limit) =>
      run(() => (db.prepare('SELECT * FROM reports WHERE seq > ? ORDER BY seq LIMIT ?').all(afterSeq, limit) as Row[]).map((r) => ({ seq: Number(r.seq), report: reportFromRow(r) }))),
    reportIdsOfStudy: (uid) => run(() => (db.prepare('SELECT DISTINCT report_id FROM reports WHERE study_uid = ? ORDER BY report_id').all(uid) as Row[]).map((r) => String(r.report_id))),
    ping: () => run(() => void db.prepare('SELECT 1').get()),
    close: () => run(() => void db.close()),
  };
}
