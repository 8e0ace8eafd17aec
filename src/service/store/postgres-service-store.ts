import pg from 'pg';
import { RadlabelError } from '../../errors/index.js';
import type { InboxState, ServiceStore } from './service-store.js';
import { INBOX_COLUMNS, RUN_PATCH_COLUMNS, inboxFrom, keyFrom, reportFromRow, runFrom } from './sqlite-service-store.js';

type Row = Record<string, unknown>;

/** SQLSTATE classes and socket errors that a retry may cure (connection loss, overload, admin shutdown). */
const transient = (e: unknown): boolean => {
  const code = (e as { code?: unknown }).code;
  return typeof code === 'string' && (/^(08|53|57P)/.test(code) || /^E(CONN|PIPE|TIMEDOUT|HOSTUNREACH)/.test(code));
};

/**
 * The service tables in the label store's PostgreSQL schema (own small pool). Errors become
 * `STORE_WRITE` / `STORE_READ`, retriable when the connection was lost, so a queue job retries.
 */
export function openPostgresServiceStore(url: string, schema: string, poolSize = 5): ServiceStore {
  const pool = new pg.Pool({ connectionString: url, max: poolSize, options: `-c search_path=${schema}`, application_name: `radlabel:${schema}` });
  pool.on('error', () => undefined);
  // A checked-out client whose session is terminated emits 'error' outside any query; the query in
  // flight (or the next one) reports it, so the event itself must not crash the process.
  pool.on('connect', (client) => client.on('error', () => undefined));
  const now = () => new Date().toISOString();
  const q = async (sql: string, params: unknown[] = [], write = true): Promise<pg.QueryResult<Row>> => {
    try {
      return await pool.query<Row>(sql, params);
    } catch (cause) {
      throw new RadlabelError(write ? 'STORE_WRITE' : 'STORE_READ', `A service-table operation on PostgreSQL failed${transient(cause) ? ' (connection lost)' : ''}.`, {
        cause,
        retriable: transient(cause),
      });
    }
  };
  return {
    async putInbox(entries) {
      if (!entries.length) return [];
      const t = now();
      const params: unknown[] = [];
      const values = entries.map((e, i) => {
        params.push(e.id, e.reportId, e.door, t, e.rawEnc);
        const b = i * 5;
        return `($${b + 1}, $${b + 2}, $${b + 3}, $${b + 4}, 'pending', 0, $${b + 4}, $${b + 5})`;
      });
      const r = await q(`INSERT INTO inbox (id, report_id, door, received_at, state, attempts, updated_at, raw_enc) VALUES ${values.join(', ')} ON CONFLICT (id) DO NOTHING RETURNING id`, params);
      const inserted = new Set(r.rows.map((x) => String(x.id)));
      const seen = new Set<string>();
      // The same id twice in one request: only its first occurrence is new.
      return entries.map((e) => {
        const isNew = inserted.has(e.id) && !seen.has(e.id);
        seen.add(e.id);
        return isNew;
      });
    },
    async getInbox(id) {
      const r = (await q('SELECT * FROM inbox WHERE id = $1', [id], false)).rows[0];
      return r ? { ...inboxFrom(r), rawEnc: (r.raw_enc as string | null) ?? null } : undefined;
    },
    async getInboxMany(ids) {
      const rows = (await q('SELECT * FROM inbox WHERE id = ANY($1::text[])', [ids], false)).rows;
      const byId = new Map(rows.map((r) => [String(r.id), { ...inboxFrom(r), rawEnc: (r.raw_enc as string | null) ?? null }]));
      return ids.map((id) => byId.get(id));
    },
    async finishInbox(id, state, code, reason) {
      await q('UPDATE inbox SET state = $1, code = $2, reason = $3, raw_enc = NULL, updated_at = $4 WHERE id = $5', [state, code ?? null, reason ?? null, now(), id]);
    },
    async finishLabelled(ids) {
      if (ids.length) await q(`UPDATE inbox SET state = 'labelled', code = NULL, reason = NULL, raw_enc = NULL, updated_at = $1 WHERE id = ANY($2::text[])`, [now(), ids]);
    },
    async reopenInbox(id, rawEnc) {
      return ((await q(`UPDATE inbox SET state = 'pending', code = NULL, reason = NULL, raw_enc = $1, updated_at = $2 WHERE id = $3`, [rawEnc, now(), id])).rowCount ?? 0) === 1;
    },
    async failInbox(id, code, reason) {
      await q(`UPDATE inbox SET state = 'failed', attempts = attempts + 1, code = $1, reason = $2, updated_at = $3 WHERE id = $4 AND state IN ('pending', 'failed')`, [code, reason, now(), id]);
    },
    async pendingInbox(before, limit, after) {
      const sql = `SELECT ${INBOX_COLUMNS} FROM inbox WHERE state = 'pending' AND received_at < $1 AND (received_at, id) > ($2, $3) ORDER BY received_at, id LIMIT $4`;
      return (await q(sql, [before, after?.receivedAt ?? '', after?.id ?? '', limit], false)).rows.map(inboxFrom);
    },
    async listInbox(state, limit) {
      return (await q('SELECT * FROM inbox WHERE state = $1 ORDER BY updated_at DESC, id LIMIT $2', [state, limit], false)).rows.map(inboxFrom);
    },
    async inboxCounts() {
      const out: Record<InboxState, number> = { pending: 0, failed: 0, labelled: 0, quarantined: 0 };
      for (const r of (await q('SELECT state, count(*)::int AS n FROM inbox GROUP BY state', [], false)).rows) out[r.state as InboxState] = Number(r.n);
      return out;
    },
    async inboxOfReport(reportId) {
      const r = (await q('SELECT * FROM inbox WHERE report_id = $1 ORDER BY received_at DESC, id LIMIT 1', [reportId], false)).rows[0];
      return r ? inboxFrom(r) : undefined;
    },
    async createKey(rec, hash) {
      await q('INSERT INTO api_keys (id, name, role, key_hash, created_at) VALUES ($1, $2, $3, $4, $5)', [rec.id, rec.name, rec.role, hash, rec.createdAt]);
    },
    async keyByHash(hash) {
      const r = (await q('SELECT * FROM api_keys WHERE key_hash = $1 AND revoked_at IS NULL', [hash], false)).rows[0];
      return r ? keyFrom(r) : undefined;
    },
    async listKeys() {
      return (await q('SELECT * FROM api_keys ORDER BY created_at, id', [], false)).rows.map(keyFrom);
    },
    async revokeKey(id) {
      return ((await q('UPDATE api_keys SET revoked_at = $1 WHERE id = $2 AND revoked_at IS NULL', [now(), id])).rowCount ?? 0) === 1;
    },
    async createRun(r) {
      await q(`INSERT INTO relabel_runs (id, state, params, created_at) VALUES ($1, 'queued', $2, $3)`, [r.id, JSON.stringify(r.params), now()]);
    },
    async getRun(id) {
      const r = (await q('SELECT * FROM relabel_runs WHERE id = $1', [id], false)).rows[0];
      return r ? runFrom(r) : undefined;
    },
    async updateRun(id, patch) {
      const keys = Object.keys(patch) as Array<keyof typeof RUN_PATCH_COLUMNS>;
      if (!keys.length) return;
      const vals = keys.map((k) => (k === 'stats' ? JSON.stringify(patch.stats) : patch[k]));
      await q(`UPDATE relabel_runs SET ${keys.map((k, i) => `${RUN_PATCH_COLUMNS[k]} = $${i + 1}`).join(', ')} WHERE id = $${keys.length + 1}`, [...vals, id]);
    },
    async quarantineRaw(id) {
      const r = (await q('SELECT raw, format, code FROM quarantine_units WHERE id = $1 AND resolved_at IS NULL', [id], false)).rows[0];
      return r ? { raw: String(r.raw), format: (r.format as string | null) ?? null, code: String(r.code) } : undefined;
    },
    async deleteQuarantine(id, since) {
      await q(`UPDATE quarantine_units SET resolved_at = $1, raw = '' WHERE id = $2 AND ($3::text IS NULL OR last_seen < $3)`, [new Date().toISOString(), id, since ?? null]);
    },
    async purgeQuarantineRaw(before) {
      // Timestamps of the run log are ISO-8601 UTC text (migration 30): they compare as text.
      return (await q(`UPDATE quarantine_units SET raw = '' WHERE last_seen < $1 AND raw <> ''`, [new Date(before).toISOString()])).rowCount ?? 0;
    },
    async storedReports(afterSeq, limit) {
      const r = await q('SELECT * FROM reports WHERE seq > $1 ORDER BY seq LIMIT $2', [afterSeq, limit], false);
      return r.rows.map((x) => ({ seq: Number(x.seq), report: reportFromRow(x) }));
    },
    async reportIdsOfStudy(uid) {
      return (await q('SELECT DISTINCT report_id FROM reports WHERE study_uid = $1 ORDER BY report_id', [uid], false)).rows.map((r) => String(r.report_id));
    },
    async ping() {
      await q('SELECT 1', [], false);
    },
    async close() {
      await pool.end();
    },
  };
}
