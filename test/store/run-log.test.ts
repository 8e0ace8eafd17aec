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

  it('migration 31 moves the late rows of the first quarantine table into units and drops it', async () => {
    const { openPostgresStore } = await import('../../src/store/postgres/postgres-store.js');
    const { MIGRATIONS } = await import('../../src/store/migrations/index.js');
    const { default: pg } = await import('pg');
    const s = uniqueSchema('rl_m31');
    schemas.push(s);
    const old = openPostgresStore(PG_URL, { schema: s, migrations: MIGRATIONS.filter((m) => m.id <= 30) });
    await old.migrate();
    await old.close();
    const client = new pg.Client({ connectionString: PG_URL });
    await client.connect();
    try {
      await client.query(`INSERT INTO "${s}".quarantine (at, code, reason, file, row_no, raw) VALUES ('2026-01-01T10:00:00Z', 'CSV_PARSE', 'broken quote', 'late.csv', 4, 'a,"b')`);
      const store = openPostgresStore(PG_URL, { schema: s });
      await store.migrate();
      expect(await store.listQuarantine()).toMatchObject([{ code: 'CSV_PARSE', locator: { file: 'late.csv', row: 4 }, at: '2026-01-01T10:00:00.000Z', count: 1 }]);
      await store.close();
      const t = await client.query(`SELECT 1 FROM information_schema.tables WHERE table_schema = $1 AND table_name = 'quarantine'`, [s]);
      expect(t.rowCount).toBe(0);
    } finally {
      await client.end();
    }
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

  it('migration 31 moves rows written to the first quarantine table after migration 30 into units and drops that table', async () => {
    const file = join(dir, 'legacy31.sqlite');
    const db = new Database(file);
    const { migrateSqlite } = await import('../../src/store/sqlite/sqlite-migrate.js');
    const { MIGRATIONS } = await import('../../src/store/migrations/index.js');
    migrateSqlite(db, MIGRATIONS.filter((m) => m.id <= 30));
    const insert = db.prepare('INSERT INTO quarantine (at, code, reason, file, row_no, message_id, raw) VALUES (?, ?, ?, ?, ?, ?, ?)');
    insert.run('2026-01-01T10:00:00.000Z', 'CSV_PARSE', 'broken quote', 'late.csv', 4, null, 'a,"b');
    insert.run('2026-01-02T10:00:00.000Z', 'DEID_FAILED', 'de-identification failed', 'http:10.0.0.1', null, 'M7', 'enc1:zzz');
    db.close();
    const store = openSqliteStore(file);
    await store.migrate();
    expect((await store.listQuarantine()).map((q) => `${q.code} ${q.locator.file} ${q.at}`)).toEqual([
      'CSV_PARSE late.csv 2026-01-01T10:00:00.000Z',
      'DEID_FAILED http:10.0.0.1 2026-01-02T10:00:00.000Z',
    ]);
    await store.close();
    const check = new Database(file);
    try {
      expect(check.prepare("SELECT name FROM sqlite_master WHERE type = 'table' AND name = 'quarantine'").get()).toBeUndefined();
      expect((check.prepare("SELECT raw FROM quarantine_units WHERE file = 'http:10.0.0.1'").get() as { raw: string }).raw).toBe('enc1:zzz');
    } finally {
      check.close();
    }
  });

  it('the label store and the run log write one quarantine: a pipeline write under a run id is listed for that run', async () => {
    const file = join(dir, 'one-path.sqlite');
    const store = openSqliteStore(file);
    const log = openSqliteRunLog(file);
    try {
      await log.startRun({ id: 'r-1', startedAt: '2026-01-01T00:00:00.000Z', command: 'radlabel run x' });
      await store.quarantine([{ code: 'HL7_NO_MSH', reason: 'no MSH', locator: { file: 'x.hl7', messageId: 'M1' }, raw: 'PID|' }], 'r-1');
      await store.quarantine([{ code: 'DEID_FAILED', reason: 'failed', locator: { file: 'http', messageId: 'M2' }, raw: 'enc1:a' }]);
      expect((await log.listQuarantine({ runId: 'r-1' })).items.map((u) => u.locator.messageId)).toEqual(['M1']);
      expect((await log.listQuarantine()).total).toBe(2);
    } finally {
      await log.close();
      await store.close();
    }
  });

  it('unit keys name the place, not the error; run ids sort by time', () => {
    const a = unitKey({ locator: { file: 'a.csv', row: 3 }, raw: 'x' });
    expect(unitKey({ locator: { file: 'a.csv', row: 3 }, raw: 'changed' })).toBe(a);
    expect(unitKey({ locator: { file: 'a.csv', row: 4 }, raw: 'x' })).not.toBe(a);
    expect(unitKey({ locator: {}, raw: 'x' })).not.toBe(unitKey({ locator: {}, raw: 'y' }));
    // A place without a position inside it (a whole file, a service door): the input is part of the identity.
    for (const where of [{ file: 'whole.hl7' }, { file: 'http:10.0.0.1' }, { file: 'mllp' }]) {
      expect(unitKey({ locator: where, raw: 'one' })).toBe(unitKey({ locator: { ...where }, raw: 'one' }));
      expect(unitKey({ locator: where, raw: 'one' })).not.toBe(unitKey({ locator: where, raw: 'two' }));
    }
    expect(newRunId(new Date('2026-12-03T07:05:12Z'), () => 0.5)).toBe('r-20261203-070512-8000');
  });
});
