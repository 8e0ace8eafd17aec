import { afterAll, describe, expect, it } from 'vitest';
import pg from 'pg';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { auditLog } from '../../src/audit/audit-log.js';
import { verifyChain } from '../../src/audit/audit-chain.js';
import { feedCursorStore } from '../../src/feeds/fhir/cursor-store.js';
import { openSqlHandle, type SqlHandle } from '../../src/store/sql-handle.js';
import { PG_URL, dropSchemas, pgReachable, uniqueSchema } from '../store/pg-helpers.js';

const reachable = await pgReachable();
if (!reachable && process.env.CI === 'true') {
  describe('audit log on PostgreSQL', () => {
    it('needs a reachable PostgreSQL in CI', () => {
      throw new Error(`PostgreSQL is not reachable at ${PG_URL}; CI=true requires it.`);
    });
  });
}
const schemas: string[] = [];
afterAll(async () => {
  if (reachable) await dropSchemas(schemas);
});

interface Dialect {
  name: string;
  open(): Promise<{ url: string; handle: SqlHandle }>;
  /** Runs SQL as the database owner would, bypassing the append-only triggers (an attacker with DB access). */
  tamper(url: string, sql: string): Promise<void>;
}

const sqlite: Dialect = {
  name: 'SQLite',
  async open() {
    const url = join(mkdtempSync(join(tmpdir(), 'audit-')), 'a.db');
    return { url, handle: await openSqlHandle(url) };
  },
  async tamper(url, sql) {
    const db = new Database(url);
    db.exec('DROP TRIGGER IF EXISTS audit_log_no_update; DROP TRIGGER IF EXISTS audit_log_no_delete;');
    db.exec(sql);
    db.close();
  },
};

const postgres: Dialect = {
  name: 'PostgreSQL',
  async open() {
    const schema = uniqueSchema('rl_audit');
    schemas.push(schema);
    const url = `${PG_URL}?schema=${schema}`;
    return { url, handle: await openSqlHandle(url) };
  },
  async tamper(url, sql) {
    const schema = new URL(url).searchParams.get('schema')!;
    const client = new pg.Client({ connectionString: PG_URL, options: `-c search_path=${schema}` });
    await client.connect();
    await client.query('DROP TRIGGER IF EXISTS audit_log_no_change ON audit_log');
    await client.query(sql);
    await client.end();
  },
};

const entry = (i: number) => ({ actor: `key:reader-${i % 3}`, action: i % 2 ? 'report.read' : 'labels.export', target: `acc-${i}`, from: '127.0.0.1' });

for (const d of [sqlite, ...(reachable ? [postgres] : [])]) {
  describe(`audit log (${d.name})`, () => {
    it('appends a hash chain that verifies, also under concurrent writers', async () => {
      const { url, handle } = await d.open();
      const second = await openSqlHandle(url);
      const a = auditLog(handle);
      const b = auditLog(second);
      await Promise.all(Array.from({ length: 40 }, (_, i) => (i % 2 ? a : b).appendAudit(entry(i))));
      const v = await a.verify();
      expect(v).toMatchObject({ ok: true, rows: 40 });
      const rows = await a.list({ limit: 1000 });
      expect(rows.map((r) => r.seq)).toEqual(Array.from({ length: 40 }, (_, i) => i + 1));
      expect(await a.list({ action: 'report.read', limit: 100 })).toHaveLength(20);
      await second.close();
      await handle.close();
    });

    it('refuses UPDATE and DELETE (append-only triggers)', async () => {
      const { handle } = await d.open();
      const log = auditLog(handle);
      await log.appendAudit(entry(1));
      const run = (sql: string) => (handle.kind === 'sqlite' ? Promise.resolve().then(() => handle.db.exec(sql)) : handle.pool.query(sql));
      await expect(run("UPDATE audit_log SET actor = 'x'")).rejects.toThrow(/append-only/);
      await expect(run('DELETE FROM audit_log')).rejects.toThrow(/append-only/);
      await handle.close();
    });

    it('detects a deleted row and an edited row, naming the first broken one', async () => {
      for (const [sql, seq, problem] of [
        ['DELETE FROM audit_log WHERE seq = 3', 3, 'missing'],
        ["UPDATE audit_log SET target = 'acc-999' WHERE seq = 4", 4, 'edited'],
        ["UPDATE audit_log SET at = '2020-01-01T00:00:00.000Z' WHERE seq = 2", 2, 'edited'],
        ['DELETE FROM audit_log WHERE seq = 2; UPDATE audit_log SET seq = seq - 1 WHERE seq > 2', 2, 'relinked'],
      ] as const) {
        const { url, handle } = await d.open();
        const log = auditLog(handle);
        for (let i = 1; i <= 6; i++) await log.appendAudit(entry(i));
        await d.tamper(url, sql);
        const v = await log.verify();
        expect(v, sql).toMatchObject({ ok: false, seq, problem });
        await handle.close();
      }
    });

    it('keeps feed cursors that never move backwards', async () => {
      const { handle } = await d.open();
      const c = feedCursorStore(handle);
      expect(await c.get('f')).toBeUndefined();
      await c.set('f', '2026-11-02T00:00:00.000Z');
      await c.set('f', '2026-11-01T00:00:00.000Z');
      expect(await c.get('f')).toBe('2026-11-02T00:00:00.000Z');
      await c.set('f', '2026-11-03T00:00:00.000Z');
      expect(await c.get('f')).toBe('2026-11-03T00:00:00.000Z');
      await handle.close();
    });
  });
}

describe('verifyChain', () => {
  it('accepts an empty log and reports the head of a valid one', async () => {
    expect(await verifyChain([])).toEqual({ ok: true, rows: 0 });
    const { handle } = await sqlite.open();
    const log = auditLog(handle);
    await log.appendAudit(entry(1));
    const last = await log.appendAudit({ ...entry(2), at: '2026-12-03T08:00:00+01:00' });
    expect(last.at).toBe('2026-12-03T07:00:00.000Z');
    expect(await log.verify()).toEqual({ ok: true, rows: 2, head: last.hash });
    await expect(log.appendAudit({ ...entry(3), actor: '' })).rejects.toThrow(/actor/);
    await handle.close();
  });
});
