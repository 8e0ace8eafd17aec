import type { DeidentifiedReport } from '../../domain/report.js';
import type { SqlHandle } from '../../store/sql-handle.js';

/** A labelled report version (per ontology) whose labels go back to the FHIR server. */
export interface WritebackKey {
  reportId: string;
  versionKey: string;
  ontologyId: string;
}

/**
 * The outbox keys of the reports that came from a FHIR source: only those go back to the server
 * (an HL7 or file report has no DiagnosticReport there to derive from).
 */
export function writebackKeysOf(reports: ReadonlyArray<Pick<DeidentifiedReport, 'reportId' | 'versionKey' | 'source'>>, ontologyId: string): WritebackKey[] {
  return reports.filter((r) => r.source.format === 'fhir').map((r) => ({ reportId: r.reportId, versionKey: r.versionKey, ontologyId }));
}

/**
 * The id of an outbox row in the API (`GET /v1/failures` → `POST /v1/failures/writeback/:id/retry`):
 * its key as base64url JSON, since the table's key is three columns and report ids may hold any character.
 */
export const writebackRowId = (k: WritebackKey): string => Buffer.from(JSON.stringify([k.reportId, k.versionKey, k.ontologyId])).toString('base64url');

/** The key of an API row id, or undefined when it is not one. */
export function parseWritebackRowId(id: string): WritebackKey | undefined {
  try {
    const v: unknown = JSON.parse(Buffer.from(id, 'base64url').toString('utf8'));
    if (!Array.isArray(v) || v.length !== 3 || !v.every((x) => typeof x === 'string' && x !== '')) return undefined;
    const [reportId, versionKey, ontologyId] = v as [string, string, string];
    return { reportId, versionKey, ontologyId };
  } catch {
    return undefined;
  }
}

/** What `retry` found: the row was failed and is pending again, is in another state, or does not exist. */
export type WritebackRetryResult = 'retried' | 'not-failed' | 'unknown';

export interface WritebackRow extends WritebackKey {
  state: 'pending' | 'sent' | 'failed';
  attempts: number;
  code: string | null;
  reason: string | null;
  nextAt: string;
  updatedAt: string;
}

/**
 * The write-back outbox (migration 12) on SQLite or PostgreSQL. `claim` hands each due row to one
 * process at a time (PostgreSQL: `FOR UPDATE SKIP LOCKED`; SQLite: an IMMEDIATE transaction) and
 * leases it by moving `next_at` forward, so a process that dies mid-send leaves the row to be
 * claimed again when the lease ends. Sending twice is harmless: the Observations are conditional creates.
 */
export interface WritebackOutbox {
  /** Adds pending rows; a key already present (sent, failed or pending) is left as it is. */
  enqueue(keys: WritebackKey[]): Promise<void>;
  /** Up to `limit` rows due now, leased for `leaseMs`, their attempt counted. */
  claim(limit: number, leaseMs: number): Promise<WritebackRow[]>;
  markSent(key: WritebackKey): Promise<void>;
  /** Back to pending, due at `at`, with the last error. */
  reschedule(key: WritebackKey, at: string, code: string, reason: string): Promise<void>;
  markFailed(key: WritebackKey, code: string, reason: string): Promise<void>;
  /** A failed row back to pending, due now, attempts reset and last error cleared; other rows are left as they are. */
  retry(key: WritebackKey): Promise<WritebackRetryResult>;
  /** Rows in a state, most recently updated first (the failures view). */
  list(state: WritebackRow['state'], limit: number): Promise<WritebackRow[]>;
  counts(): Promise<Record<WritebackRow['state'], number>>;
}

type Db = Record<string, unknown>;
const fromDb = (r: Db): WritebackRow => ({
  reportId: String(r.report_id),
  versionKey: String(r.version_key),
  ontologyId: String(r.ontology_id),
  state: r.state as WritebackRow['state'],
  attempts: Number(r.attempts),
  code: (r.code as string | null) ?? null,
  reason: (r.reason as string | null) ?? null,
  nextAt: String(r.next_at),
  updatedAt: String(r.updated_at),
});
const now = (): string => new Date().toISOString();
const later = (ms: number): string => new Date(Date.now() + ms).toISOString();
const KEY_WHERE = (p: (i: number) => string) => `report_id = ${p(1)} AND version_key = ${p(2)} AND ontology_id = ${p(3)}`;
const keyParams = (k: WritebackKey): unknown[] => [k.reportId, k.versionKey, k.ontologyId];

/** The outbox on an open SQLite or PostgreSQL handle. */
export function writebackOutbox(h: SqlHandle): WritebackOutbox {
  const mark = (state: string) => `UPDATE fhir_writeback SET state = '${state}'`;
  if (h.kind === 'sqlite') {
    const db = h.db;
    const insert = db.prepare(`INSERT INTO fhir_writeback (report_id, version_key, ontology_id, state, attempts, next_at, updated_at) VALUES (?, ?, ?, 'pending', 0, ?, ?) ON CONFLICT DO NOTHING`);
    const due = db.prepare(`SELECT * FROM fhir_writeback WHERE state = 'pending' AND next_at <= ? ORDER BY next_at LIMIT ?`);
    const lease = db.prepare(`UPDATE fhir_writeback SET next_at = ?, attempts = attempts + 1, updated_at = ? WHERE ${KEY_WHERE(() => '?')}`);
    // Named parameters: better-sqlite3 binds an object by name.
    const named = ['@r', '@v', '@o'];
    const keyWhere = KEY_WHERE((i) => named[i - 1]!);
    const byKey = (k: WritebackKey) => ({ r: k.reportId, v: k.versionKey, o: k.ontologyId });
    const sent = db.prepare(`${mark('sent')}, code = NULL, reason = NULL, updated_at = @t WHERE ${keyWhere}`);
    const resched = db.prepare(`${mark('pending')}, next_at = @at, code = @code, reason = @reason, updated_at = @t WHERE ${keyWhere}`);
    const failed = db.prepare(`${mark('failed')}, code = @code, reason = @reason, updated_at = @t WHERE ${keyWhere}`);
    const reopen = db.prepare(`${mark('pending')}, attempts = 0, next_at = @t, code = NULL, reason = NULL, updated_at = @t WHERE ${keyWhere} AND state = 'failed'`);
    const exists = db.prepare(`SELECT 1 FROM fhir_writeback WHERE ${keyWhere}`);
    const claim = db.transaction((limit: number, leaseMs: number) => {
      const rows = (due.all(now(), limit) as Db[]).map(fromDb);
      const until = later(leaseMs);
      for (const r of rows) lease.run(until, now(), ...keyParams(r));
      return rows.map((r) => ({ ...r, attempts: r.attempts + 1, nextAt: until }));
    });
    return {
      async enqueue(keys) {
        const t = now();
        db.transaction(() => {
          for (const k of keys) insert.run(...keyParams(k), t, t);
        })();
      },
      claim: async (limit, leaseMs) => claim.immediate(limit, leaseMs),
      markSent: async (k) => void sent.run({ ...byKey(k), t: now() }),
      reschedule: async (k, at, code, reason) => void resched.run({ ...byKey(k), at, code, reason, t: now() }),
      markFailed: async (k, code, reason) => void failed.run({ ...byKey(k), code, reason, t: now() }),
      retry: async (k) => (reopen.run({ ...byKey(k), t: now() }).changes ? 'retried' : exists.get(byKey(k)) ? 'not-failed' : 'unknown'),
      list: async (state, limit) => (db.prepare('SELECT * FROM fhir_writeback WHERE state = ? ORDER BY updated_at DESC LIMIT ?').all(state, limit) as Db[]).map(fromDb),
      counts: async () => countsOf(db.prepare('SELECT state, count(*) AS n FROM fhir_writeback GROUP BY state').all() as Db[]),
    };
  }
  const pool = h.pool;
  const p = (i: number) => `$${i}`;
  return {
    async enqueue(keys) {
      if (!keys.length) return;
      const t = now();
      const params: unknown[] = [];
      const values = keys.map((k, i) => {
        params.push(...keyParams(k));
        return `($${i * 3 + 1}, $${i * 3 + 2}, $${i * 3 + 3}, 'pending', 0, $${keys.length * 3 + 1}, $${keys.length * 3 + 1})`;
      });
      await pool.query(`INSERT INTO fhir_writeback (report_id, version_key, ontology_id, state, attempts, next_at, updated_at) VALUES ${values.join(', ')} ON CONFLICT DO NOTHING`, [...params, t]);
    },
    async claim(limit, leaseMs) {
      const { rows } = await pool.query<Db>(
        `WITH due AS (SELECT report_id, version_key, ontology_id FROM fhir_writeback WHERE state = 'pending' AND next_at <= $1 ORDER BY next_at LIMIT $2 FOR UPDATE SKIP LOCKED)
         UPDATE fhir_writeback w SET next_at = $3, attempts = w.attempts + 1, updated_at = $1
         FROM due WHERE w.report_id = due.report_id AND w.version_key = due.version_key AND w.ontology_id = due.ontology_id RETURNING w.*`,
        [now(), limit, later(leaseMs)],
      );
      return rows.map(fromDb);
    },
    async markSent(k) {
      await pool.query(`${mark('sent')}, code = NULL, reason = NULL, updated_at = $4 WHERE ${KEY_WHERE(p)}`, [...keyParams(k), now()]);
    },
    async reschedule(k, at, code, reason) {
      await pool.query(`${mark('pending')}, next_at = $4, code = $5, reason = $6, updated_at = $7 WHERE ${KEY_WHERE(p)}`, [...keyParams(k), at, code, reason, now()]);
    },
    async markFailed(k, code, reason) {
      await pool.query(`${mark('failed')}, code = $4, reason = $5, updated_at = $6 WHERE ${KEY_WHERE(p)}`, [...keyParams(k), code, reason, now()]);
    },
    async retry(k) {
      const t = now();
      const r = await pool.query(`${mark('pending')}, attempts = 0, next_at = $4, code = NULL, reason = NULL, updated_at = $4 WHERE ${KEY_WHERE(p)} AND state = 'failed'`, [...keyParams(k), t]);
      if (r.rowCount) return 'retried';
      return (await pool.query(`SELECT 1 FROM fhir_writeback WHERE ${KEY_WHERE(p)}`, keyParams(k))).rowCount ? 'not-failed' : 'unknown';
    },
    async list(state, limit) {
      return (await pool.query<Db>('SELECT * FROM fhir_writeback WHERE state = $1 ORDER BY updated_at DESC LIMIT $2', [state, limit])).rows.map(fromDb);
    },
    async counts() {
      return countsOf((await pool.query<Db>('SELECT state, count(*)::int AS n FROM fhir_writeback GROUP BY state')).rows);
    },
  };
}

function countsOf(rows: Db[]): Record<WritebackRow['state'], number> {
  const out = { pending: 0, sent: 0, failed: 0 };
  for (const r of rows) out[r.state as WritebackRow['state']] = Number(r.n);
  return out;
}
