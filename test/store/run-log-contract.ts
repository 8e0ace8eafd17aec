import { describe, expect, it } from 'vitest';
import type { QuarantineEntry } from '../../src/store/label-store.js';
import type { RunLog } from '../../src/store/run-log.js';

const entry = (file: string, row: number, code = 'CSV_PARSE', reason = 'the id column "id" is empty'): QuarantineEntry => ({
  code,
  reason,
  locator: { file, row },
  format: 'csv',
  raw: `,raw ${row}`,
});

/** The run-log contract every database passes (SQLite and PostgreSQL). */
export function runRunLogContract(name: string, open: () => Promise<RunLog>): void {
  describe(`run log contract: ${name}`, () => {
    it('records runs; the last started is the last run', async () => {
      const log = await open();
      try {
        await log.startRun({ id: 'r-1', startedAt: '2026-01-01T00:00:00.000Z', command: 'run a.csv' });
        await log.startRun({ id: 'r-2', startedAt: '2026-01-02T00:00:00.000Z', command: 'run b.csv' });
        await log.finishRun('r-2', '2026-01-02T00:00:05.000Z', { read: 3 });
        expect(await log.lastRun()).toEqual({ id: 'r-2', startedAt: '2026-01-02T00:00:00.000Z', finishedAt: '2026-01-02T00:00:05.000Z', command: 'run b.csv', summary: { read: 3 } });
        expect((await log.getRun('r-1'))?.finishedAt).toBeUndefined();
        expect(await log.getRun('nope')).toBeUndefined();
      } finally {
        await log.close();
      }
    });

    it('one row per input unit: re-running the same bad input counts it and moves last-seen, no duplicate rows', async () => {
      const log = await open();
      try {
        await log.quarantine('r-1', [entry('a.csv', 1), entry('a.csv', 2)], '2026-01-01T00:00:01.000Z');
        await log.quarantine('r-2', [entry('a.csv', 1, 'CSV_PARSE', 'broken quote'), entry('b.csv', 1)], '2026-01-02T00:00:01.000Z');
        const all = await log.listQuarantine();
        expect(all.total).toBe(3);
        const a1 = all.items.find((u) => u.locator.file === 'a.csv' && u.locator.row === 1)!;
        expect(a1).toMatchObject({ count: 2, firstSeen: '2026-01-01T00:00:01.000Z', lastSeen: '2026-01-02T00:00:01.000Z', lastRun: 'r-2', reason: 'broken quote' });
        // newest first
        expect(all.items.map((u) => `${u.locator.file}:${u.locator.row}`)).toEqual(['b.csv:1', 'a.csv:1', 'a.csv:2']);
        // one batch with the same unit twice is one row too
        await log.quarantine('r-3', [entry('c.csv', 4), entry('c.csv', 4)], '2026-01-03T00:00:00.000Z');
        expect((await log.listQuarantine({ file: 'c.csv' })).items).toMatchObject([{ count: 2 }]);
      } finally {
        await log.close();
      }
    });

    it('filters by run, code and file (a path suffix matches), with the total before the limit', async () => {
      const log = await open();
      try {
        await log.quarantine('r-1', [entry('/data/x/a.csv', 1), entry('/data/x/a.csv', 2, 'INGEST_READ'), entry('/data/x/b.csv', 1)], '2026-01-01T00:00:00.000Z');
        await log.quarantine('r-2', [entry('/data/x/a.csv', 1)], '2026-01-02T00:00:00.000Z');
        expect((await log.listQuarantine({ runId: 'r-1' })).total).toBe(3);
        expect((await log.listQuarantine({ runId: 'r-2' })).items.map((u) => u.locator.row)).toEqual([1]);
        expect((await log.listQuarantine({ code: 'INGEST_READ' })).items).toHaveLength(1);
        expect((await log.listQuarantine({ file: 'a.csv' })).total).toBe(2);
        expect((await log.listQuarantine({ file: '/data/x/b.csv' })).total).toBe(1);
        expect((await log.listQuarantine({ file: '_.csv' })).total).toBe(0);
        const limited = await log.listQuarantine({ limit: 1 });
        expect([limited.total, limited.items.length]).toEqual([3, 1]);
      } finally {
        await log.close();
      }
    });

    it('a run that reads a file again without quarantining a unit resolves it; a later failure reopens it', async () => {
      const log = await open();
      try {
        await log.quarantine('r-1', [entry('a.csv', 1), entry('a.csv', 2), entry('z.csv', 1)], '2026-01-01T00:00:00.000Z');
        await log.quarantine('r-2', [entry('a.csv', 2)], '2026-01-02T00:00:00.000Z');
        expect(await log.resolveUnseen('r-2', ['a.csv'], '2026-01-02T00:00:09.000Z')).toBe(1);
        const open1 = await log.listQuarantine();
        expect(open1.items.map((u) => `${u.locator.file}:${u.locator.row}`).sort()).toEqual(['a.csv:2', 'z.csv:1']);
        const withResolved = await log.listQuarantine({ includeResolved: true });
        expect(withResolved.items.find((u) => u.locator.row === 1 && u.locator.file === 'a.csv')?.resolvedAt).toBe('2026-01-02T00:00:09.000Z');
        await log.quarantine('r-3', [entry('a.csv', 1)], '2026-01-03T00:00:00.000Z');
        expect((await log.listQuarantine()).total).toBe(3);
      } finally {
        await log.close();
      }
    });
  });
}
