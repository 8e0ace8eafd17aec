import type { SqlHandle } from '../../store/sql-handle.js';
import { RadlabelError } from '../../errors/index.js';

type Row = Record<string, unknown>;

/**
 * The few operations the review store needs, over either database. SQL is written once with `?`
 * placeholders (PostgreSQL gets `$1…`); JSON is stored as text in both dialects.
 */
export interface ReviewExec {
  dialect: 'sqlite' | 'postgres';
  all(sql: string, params?: unknown[]): Promise<Row[]>;
  run(sql: string, params?: unknown[]): Promise<void>;
  /** Runs `fn` in one transaction (writers are serialised: SQLite IMMEDIATE, PostgreSQL row locks). */
  tx<T>(fn: (ex: ReviewExec) => Promise<T>): Promise<T>;
}

/** `?` → `$n`, in order (the review SQL has no `?` inside literals). */
export const toDollar = (sql: string): string => {
  let n = 0;
  return sql.replace(/\?/g, () => `$${++n}`);
};

const wrap = (write: boolean, cause: unknown): RadlabelError =>
  cause instanceof RadlabelError ? cause : new RadlabelError(write ? 'STORE_WRITE' : 'STORE_READ', `A review-table operation failed${write ? '' : ' to read'}.`, { cause });

/** The executor on an open handle (see `openSqlHandle`). */
export function reviewExec(h: SqlHandle): ReviewExec {
  if (h.kind === 'sqlite') {
    const db = h.db;
    type Stmt = { all(...p: unknown[]): Row[]; run(...p: unknown[]): unknown };
    const cache = new Map<string, Stmt>();
    const stmt = (sql: string): Stmt => {
      let s = cache.get(sql);
      if (!s) cache.set(sql, (s = db.prepare(sql) as unknown as Stmt));
      return s;
    };
    let queue: Promise<unknown> = Promise.resolve();
    const ex: ReviewExec = {
      dialect: 'sqlite',
      all: async (sql, params = []) => {
        try {
          return stmt(sql).all(...params);
        } catch (e) {
          throw wrap(false, e);
        }
      },
      run: async (sql, params = []) => {
        try {
          stmt(sql).run(...params);
        } catch (e) {
          throw wrap(true, e);
        }
      },
      tx: (fn) => {
        // better-sqlite3 is synchronous, but `fn` awaits between statements: a chain keeps a second
        // request's transaction from starting inside the first one on the shared connection.
        const next = queue.then(async () => {
          db.exec('BEGIN IMMEDIATE');
          try {
            const out = await fn(ex);
            db.exec('COMMIT');
            return out;
          } catch (e) {
            if (db.inTransaction) db.exec('ROLLBACK');
            throw wrap(true, e);
          }
        });
        queue = next.then(
          () => undefined,
          () => undefined,
        );
        return next;
      },
    };
    return ex;
  }
  const pool = h.pool;
  const on = (q: { query: (sql: string, params: unknown[]) => Promise<{ rows: Row[] }> }, inTx: boolean): ReviewExec => ({
    dialect: 'postgres',
    all: async (sql, params = []) => {
      try {
        return (await q.query(toDollar(sql), params)).rows;
      } catch (e) {
        throw wrap(false, e);
      }
    },
    run: async (sql, params = []) => {
      try {
        await q.query(toDollar(sql), params);
      } catch (e) {
        throw wrap(true, e);
      }
    },
    tx: async (fn) => {
      if (inTx) return fn(on(q, true));
      const client = await pool.connect().catch((cause: unknown) => {
        throw new RadlabelError('STORE_OPEN', 'Could not connect to PostgreSQL for a review write.', { retriable: true, cause });
      });
      try {
        await client.query('BEGIN');
        const out = await fn(on(client as never, true));
        await client.query('COMMIT');
        return out;
      } catch (e) {
        await client.query('ROLLBACK').catch(() => undefined);
        throw wrap(true, e);
      } finally {
        client.release();
      }
    },
  });
  return on(pool as never, false);
}
