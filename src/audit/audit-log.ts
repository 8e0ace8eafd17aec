import { RadlabelError } from '../errors/index.js';
import { openSqlHandle, type SqlHandle } from '../store/sql-handle.js';
import { AuditEntrySchema, GENESIS_HASH, chainHash, verifyChain, type AuditEntry, type AuditRow, type VerifyResult } from './audit-chain.js';

export interface AuditListOptions {
  limit?: number;
  /** Rows after this seq (paging forward). */
  afterSeq?: number;
  actor?: string;
  action?: string;
}

/**
 * The append-only, hash-chained audit log (migration 11) in SQLite or PostgreSQL. `appendAudit`
 * serialises writers (SQLite: an IMMEDIATE transaction; PostgreSQL: a transaction-scoped advisory
 * lock) so every row links to exactly one predecessor, even with many service processes.
 */
export interface AuditLog {
  appendAudit(entry: AuditEntry): Promise<AuditRow>;
  list(opts?: AuditListOptions): Promise<AuditRow[]>;
  /** Every row in `seq` order, read in pages. */
  rows(pageSize?: number): AsyncIterable<AuditRow>;
  verify(): Promise<VerifyResult>;
}

interface DbRow {
  seq: number | string;
  at: string;
  actor: string;
  action: string;
  target: string;
  origin: string;
  prev_hash: string;
  hash: string;
}

const toRow = (r: DbRow): AuditRow => ({ seq: Number(r.seq), at: r.at, actor: r.actor, action: r.action, target: r.target, from: r.origin, prevHash: r.prev_hash, hash: r.hash });

function validate(entry: AuditEntry): Required<AuditEntry> {
  const parsed = AuditEntrySchema.safeParse(entry);
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    throw new RadlabelError('CONFIG_INVALID', `audit entry: ${issue.path.join('.') || 'entry'}: ${issue.message}`);
  }
  const at = new Date(parsed.data.at ?? Date.now()).toISOString();
  return { ...parsed.data, at };
}

const INSERT_COLUMNS = '(seq, at, actor, action, target, origin, prev_hash, hash)';

/** The audit log on an open SQLite or PostgreSQL handle. */
export function auditLog(h: SqlHandle): AuditLog {
  const list = async (opts: AuditListOptions = {}): Promise<AuditRow[]> => {
    const where: string[] = [];
    const params: unknown[] = [];
    const p = (v: unknown): string => {
      params.push(v);
      return h.kind === 'sqlite' ? '?' : `$${params.length}`;
    };
    if (opts.afterSeq !== undefined) where.push(`seq > ${p(opts.afterSeq)}`);
    if (opts.actor) where.push(`actor = ${p(opts.actor)}`);
    if (opts.action) where.push(`action = ${p(opts.action)}`);
    const sql = `SELECT * FROM audit_log ${where.length ? `WHERE ${where.join(' AND ')}` : ''} ORDER BY seq LIMIT ${p(opts.limit ?? 100)}`;
    const rows = h.kind === 'sqlite' ? (h.db.prepare(sql).all(...params) as DbRow[]) : (await h.pool.query<DbRow>(sql, params)).rows;
    return rows.map(toRow);
  };

  async function* rows(pageSize = 1000): AsyncIterable<AuditRow> {
    let after = 0;
    for (;;) {
      const page = await list({ afterSeq: after, limit: pageSize });
      yield* page;
      if (page.length < pageSize) return;
      after = page[page.length - 1]!.seq;
    }
  }

  const build = (last: { seq: number; hash: string } | undefined, e: Required<AuditEntry>): AuditRow => {
    const base = { seq: (last?.seq ?? 0) + 1, at: e.at, actor: e.actor, action: e.action, target: e.target, from: e.from };
    const prevHash = last?.hash ?? GENESIS_HASH;
    return { ...base, prevHash, hash: chainHash(prevHash, base) };
  };
  const values = (r: AuditRow): unknown[] => [r.seq, r.at, r.actor, r.action, r.target, r.from, r.prevHash, r.hash];

  if (h.kind === 'sqlite') {
    const last = h.db.prepare('SELECT seq, hash FROM audit_log ORDER BY seq DESC LIMIT 1');
    const insert = h.db.prepare(`INSERT INTO audit_log ${INSERT_COLUMNS} VALUES (?, ?, ?, ?, ?, ?, ?, ?)`);
    const append = h.db.transaction((e: Required<AuditEntry>) => {
      const row = build(last.get() as { seq: number; hash: string } | undefined, e);
      insert.run(...values(row));
      return row;
    });
    return {
      appendAudit: async (entry) => append.immediate(validate(entry)),
      list,
      rows,
      verify: () => verifyChain(rows()),
    };
  }

  const pool = h.pool;
  return {
    async appendAudit(entry) {
      const e = validate(entry);
      const client = await pool.connect().catch((cause: unknown) => {
        throw new RadlabelError('STORE_OPEN', 'Could not connect to PostgreSQL to append to the audit log.', { retriable: true, cause });
      });
      try {
        await client.query('BEGIN');
        await client.query("SELECT pg_advisory_xact_lock(hashtextextended('radlabel:audit_log:' || current_schema(), 0))");
        const { rows: tail } = await client.query<{ seq: string; hash: string }>('SELECT seq, hash FROM audit_log ORDER BY seq DESC LIMIT 1');
        const row = build(tail[0] ? { seq: Number(tail[0].seq), hash: tail[0].hash } : undefined, e);
        await client.query(`INSERT INTO audit_log ${INSERT_COLUMNS} VALUES ($1, $2, $3, $4, $5, $6, $7, $8)`, values(row));
        await client.query('COMMIT');
        return row;
      } catch (cause) {
        await client.query('ROLLBACK').catch(() => undefined);
        throw new RadlabelError('STORE_WRITE', 'The audit entry could not be written.', { retriable: true, cause });
      } finally {
        client.release();
      }
    },
    list,
    rows,
    verify: () => verifyChain(rows()),
  };
}

/** Opens (and migrates) the database named by the `db` setting and returns its audit log; `close()` releases the connection. */
export async function openAuditLog(db: string): Promise<AuditLog & { close(): Promise<void> }> {
  const handle = await openSqlHandle(db);
  return Object.assign(auditLog(handle), { close: () => handle.close() });
}
