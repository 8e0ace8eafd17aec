import { afterAll, describe, expect, it } from 'vitest';
import { openSqlHandle, type SqlHandle } from '../../src/store/sql-handle.js';
import { parseWritebackRowId, writebackKeysOf, writebackOutbox, writebackRowId, type WritebackKey } from '../../src/service/writeback/writeback-outbox.js';
import { PG_URL, dropSchemas, pgReachable, uniqueSchema } from '../store/pg-helpers.js';

const pg = await pgReachable();
const schemas: string[] = [];
afterAll(async () => {
  if (pg) await dropSchemas(schemas);
});

const dialects: Array<[string, () => Promise<SqlHandle>]> = [
  ['SQLite', () => openSqlHandle(':memory:')],
  ...(pg
    ? ([
        [
          'PostgreSQL',
          () => {
            const s = uniqueSchema('wbox');
            schemas.push(s);
            return openSqlHandle(`${PG_URL}?schema=${s}`);
          },
        ],
      ] as Array<[string, () => Promise<SqlHandle>]>)
    : []),
];

describe.each(dialects)('write-back outbox retry (%s)', (_name, open) => {
  it('puts only failed rows back to pending, due now, attempts reset, error cleared; says which rows were not failed or unknown', async () => {
    const h = await open();
    try {
      const box = writebackOutbox(h);
      const keys: WritebackKey[] = ['a', 'b', 'c', 'd'].map((r) => ({ reportId: `rep-${r}`, versionKey: `v-${r}`, ontologyId: 'chexpert' }));
      const [failed, sent, pending, failed2] = keys as [WritebackKey, WritebackKey, WritebackKey, WritebackKey];
      await box.enqueue(keys);
      await box.claim(10, 60_000);
      await box.markFailed(failed, 'FHIR_SERVER', 'HTTP 500 after the retries');
      await box.markFailed(failed2, 'FHIR_AUTH', 'token refused');
      await box.markSent(sent);

      expect(await box.retry(failed)).toBe('retried');
      expect(await box.retry(sent)).toBe('not-failed');
      expect(await box.retry(pending)).toBe('not-failed');
      for (const unknown of [{ ...failed, versionKey: 'v-other' }, { ...failed, ontologyId: 'chestxray14' }, { reportId: 'rep-z', versionKey: 'v-z', ontologyId: 'chexpert' }]) expect(await box.retry(unknown)).toBe('unknown');
      expect(await box.counts()).toEqual({ pending: 2, sent: 1, failed: 1 });

      // Due at once (the lease of the other pending row still runs), attempts counted from zero again.
      const claimed = await box.claim(10, 60_000);
      expect(claimed.map((r) => r.reportId)).toEqual(['rep-a']);
      expect(claimed[0]).toMatchObject({ attempts: 1, code: null, reason: null });
      // A retried row is not retried twice: it is pending (claimed) now.
      expect(await box.retry(failed)).toBe('not-failed');
      expect((await box.list('failed', 10)).map((r) => r.reportId)).toEqual(['rep-d']);
    } finally {
      await h.close();
    }
  });
});

describe('write-back outbox keys and API row ids', () => {
  it('only FHIR-sourced reports get outbox keys, for the given ontology', () => {
    const r = (id: string, format: 'fhir' | 'hl7v2' | 'csv' | 'jsonl') => ({ reportId: id, versionKey: `${id}-v`, source: { format, system: 's' } });
    expect(writebackKeysOf([r('a', 'fhir'), r('b', 'hl7v2'), r('c', 'csv'), r('d', 'fhir'), r('e', 'jsonl')], 'chestxray14')).toEqual([
      { reportId: 'a', versionKey: 'a-v', ontologyId: 'chestxray14' },
      { reportId: 'd', versionKey: 'd-v', ontologyId: 'chestxray14' },
    ]);
    expect(writebackKeysOf([r('b', 'hl7v2')], 'chexpert')).toEqual([]);
  });

  it('row ids round-trip any report id; anything else is not an id', () => {
    for (const key of [
      { reportId: 'r1', versionKey: 'v1', ontologyId: 'chexpert' },
      { reportId: 'a/b?c=d&e#f', versionKey: 'sha256:00ff', ontologyId: 'chest x-ray 14' },
      { reportId: 'rapport-é-日本', versionKey: '["x"]', ontologyId: 'o' },
    ]) {
      const id = writebackRowId(key);
      expect(id).toMatch(/^[A-Za-z0-9_-]+$/);
      expect(parseWritebackRowId(id)).toEqual(key);
    }
    const b64 = (v: unknown) => Buffer.from(JSON.stringify(v)).toString('base64url');
    for (const bad of ['', 'not-an-id', '%%%', b64(['a', 'b']), b64(['a', 'b', 'c', 'd']), b64(['a', '', 'c']), b64(['a', 2, 'c']), b64({ reportId: 'a' }), b64('abc')]) {
      expect(parseWritebackRowId(bad), bad).toBeUndefined();
    }
  });
});
