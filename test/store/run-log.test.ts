import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import Database from 'better-sqlite3';
import { openSqliteRunLog } from '../../src/store/sqlite/sqlite-run-log.js';
import { openRunLog } from '../../src/store/open-run-log.js';
import { openSqliteStore } from '../../src/store/sqlite/sqlite-store.js';
import { newRunId, unitKey } from '../../src/store/run-log.js';
import { runRunLogContract } from './run-log-contract.js';
import { PG_URL, dropSchemas, pgReachable, uniqueSchema } from './pg-helpers.js';

const reachable = await pgReachable();
if (!reachable && process.env.CI === 'true') {
  describe('PostgreSQL run log', () => {
    it('needs a reachable PostgreSQL in CI', () => {
      throw new Error(`PostgreSQL is not reachable at ${PG_URL}; CI=true requires it.`);
    });
  });
}

const dir = mkdtempSync(join(tmpdir(), 'radlabel-runlog-'));
let n = 0;
runRunLogContract('sqlite', async () => openSqliteRunLog(join(dir, `db${++n}.sqlite`)));

const schemas: string[] = [];
afterAll(async () => {
  if (reachable) await dropSchemas(schemas);
});
describe.skipIf(!reachable)('PostgreSQL', () => {
  runRunLogContract('postgres', async () => {
    const s = uniqueSchema('rl_runlog');
    schemas.push(s);
    return openRunLog(`${PG_URL}?schema=${s}`);
  });
});

describe('run log beside the label store', () => {
  it('migration 30 keeps the rows of the first quarantine table visible as units', async () => {
    const file = join(dir, 'legacy.sqlite');
    const db = new Database(file);
    const { migrateSqlite } = await import('../../src/store/sqlite/sqlite-migrate.js');
    const { MIGRATIONS } = await import('../../src/store/migrations/index.js');
    migrateSqlite(db, MIGRATIONS.slice(0, 1));
    db.prepare('INSERT INTO quarantine (at, code, reason, file, row_no, raw) VALUES (?, ?, ?, ?, ?, ?)').run('2025-05-01T10:00:00.000Z', 'HL7_NO_MSH', 'no MSH', 'old.hl7', 1, 'x');
    db.close();
    const store = openSqliteStore(file);
    await store.migrate();
    await store.close();
    const log = openSqliteRunLog(file);
    try {
      expect((await log.listQuarantine()).items).toMatchObject([{ code: 'HL7_NO_MSH', locator: { file: 'old.hl7', row: 1 }, count: 1, firstSeen: '2025-05-01T10:00:00.000Z' }]);
    } finally {
      await log.close();
    }
  });

  it('unit keys name the place, not the error; run ids sort by time', () => {
    const a = unitKey({ locator: { file: 'a.csv', row: 3 }, raw: 'x' });
    expect(unitKey({ locator: { file: 'a.csv', row: 3 }, raw: 'changed' })).toBe(a);
    expect(unitKey({ locator: { file: 'a.csv', row: 4 }, raw: 'x' })).not.toBe(a);
    expect(unitKey({ locator: {}, raw: 'x' })).not.toBe(unitKey({ locator: {}, raw: 'y' }));
    expect(newRunId(new Date('2026-12-03T07:05:12Z'), () => 0.5)).toBe('r-20261203-070512-8000');
  });
});
