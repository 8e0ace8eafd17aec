import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { openStore } from '../../src/store/open-store.js';
import { openServiceStore } from '../../src/service/store/open-service-store.js';
import type { ServiceStore } from '../../src/service/store/service-store.js';
import type { LabelStore } from '../../src/store/label-store.js';
import { createRawCipher } from '../../src/service/raw-crypto.js';
import { PG_URL, dropSchemas, pgReachable, uniqueSchema } from '../store/pg-helpers.js';

/** One contract for both service-store implementations. */
function contract(name: string, open: () => Promise<{ svc: ServiceStore; labels: LabelStore; done(): Promise<void> }>) {
  describe(`service store contract: ${name}`, () => {
    it('admits each inbox id once, even twice in one call, and tracks its state', async () => {
      const { svc, done } = await open();
      try {
        const e = (id: string) => ({ id, reportId: `r-${id}`, door: 'http', rawEnc: 'enc1:xx' });
        expect(await svc.putInbox([e('a'), e('b'), e('a')])).toEqual([true, true, false]);
        expect(await svc.putInbox([e('a')])).toEqual([false]);
        expect(await svc.inboxCounts()).toEqual({ pending: 2, failed: 0, labelled: 0, quarantined: 0 });
        await svc.failInbox('a', 'STORE_WRITE', 'connection lost');
        expect((await svc.getInbox('a'))).toMatchObject({ state: 'failed', attempts: 1, code: 'STORE_WRITE', rawEnc: 'enc1:xx' });
        await svc.finishLabelled(['a']);
        await svc.finishInbox('b', 'quarantined', 'DEID_FAILED', 'x');
        expect((await svc.getInbox('a'))?.rawEnc).toBeNull();
        expect((await svc.getInbox('b'))).toMatchObject({ state: 'quarantined', rawEnc: null });
        expect(await svc.inboxOfReport('r-a')).toMatchObject({ id: 'a', state: 'labelled' });
        expect(await svc.reopenInbox('b', 'enc1:yy')).toBe(true);
        expect((await svc.pendingInbox(new Date(Date.now() + 60_000).toISOString(), 10)).map((x) => x.id)).toEqual(['b']);
        expect(await svc.pendingInbox('2000-01-01T00:00:00.000Z', 10)).toEqual([]);
        expect(await svc.getInbox('zz')).toBeUndefined();
        expect((await svc.getInboxMany(['b', 'zz', 'a'])).map((x) => x?.id)).toEqual(['b', undefined, 'a']);
      } finally {
        await done();
      }
    });

    it('pages pending entries by (received_at, id) without reading the raw input: each once, in order, across equal timestamps', async () => {
      const { svc, done } = await open();
      try {
        // Several requests, several entries each: many share a received_at.
        const ids: string[] = [];
        for (let r = 0; r < 4; r++) {
          const batch = Array.from({ length: 5 }, (_, i) => ({ id: `p${r}-${(7 * i) % 5}`, reportId: `r${r}-${i}`, door: 'http', rawEnc: 'enc1:secret' }));
          await svc.putInbox(batch);
          ids.push(...batch.map((b) => b.id));
          await new Promise((res) => setTimeout(res, 3));
        }
        await svc.finishLabelled(['p1-2', 'p3-0']);
        const before = new Date(Date.now() + 60_000).toISOString();
        for (const size of [1, 2, 3, 7, 100]) {
          const seen: Array<{ id: string; receivedAt: string }> = [];
          // Bounded: a store that ignored the cursor would return its first page for ever.
          for (let after: { id: string; receivedAt: string } | undefined, n = 0; n < 100; n++) {
            const page = await svc.pendingInbox(before, size, after);
            seen.push(...page);
            expect(page.every((e) => !('rawEnc' in e) && e.state === 'pending')).toBe(true);
            if (page.length < size) break;
            after = page.at(-1);
          }
          const want = ids.filter((id) => id !== 'p1-2' && id !== 'p3-0');
          expect(seen.map((e) => e.id).sort(), `page size ${size}`).toEqual([...want].sort());
          const keys = seen.map((e) => `${e.receivedAt}|${e.id}`);
          expect(keys, `page size ${size}`).toEqual([...keys].sort());
        }
      } finally {
        await done();
      }
    });

    it('stores key hashes, finds live keys only, revokes once', async () => {
      const { svc, done } = await open();
      try {
        await svc.createKey({ id: 'k1', name: 'engine', role: 'ingest', createdAt: new Date().toISOString() }, 'h1');
        expect(await svc.keyByHash('h1')).toMatchObject({ id: 'k1', role: 'ingest', revokedAt: null });
        expect(await svc.revokeKey('k1')).toBe(true);
        expect(await svc.revokeKey('k1')).toBe(false);
        expect(await svc.keyByHash('h1')).toBeUndefined();
        expect((await svc.listKeys())[0]?.revokedAt).not.toBeNull();
      } finally {
        await done();
      }
    });

    it('purges the raw input of old quarantine rows only', async () => {
      const { svc, labels, done } = await open();
      try {
        await labels.quarantine([{ code: 'HL7_TRUNCATED', reason: 'r', locator: {}, raw: 'enc1:secret' }]);
        const [row] = await labels.listQuarantine();
        expect(await svc.purgeQuarantineRaw('2000-01-01T00:00:00.000Z')).toBe(0);
        expect((await svc.quarantineRaw(row!.id))?.raw).toBe('enc1:secret');
        expect(await svc.purgeQuarantineRaw(new Date(Date.now() + 60_000).toISOString())).toBe(1);
        expect((await svc.quarantineRaw(row!.id))?.raw).toBe('');
      } finally {
        await done();
      }
    });
  });
}

const dirs: string[] = [];
const schemas: string[] = [];
afterAll(async () => {
  for (const d of dirs) rmSync(d, { recursive: true, force: true });
  if (schemas.length) await dropSchemas(schemas);
});

contract('SQLite', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'rl-svcstore-'));
  dirs.push(dir);
  const db = join(dir, 'db.sqlite');
  const labels = openStore(db);
  await labels.migrate();
  const svc = openServiceStore(db);
  return { svc, labels, done: async () => (await svc.close(), await labels.close()) };
});

const pgUp = await pgReachable();
if (pgUp || process.env.CI === 'true')
  contract('PostgreSQL', async () => {
    const schema = uniqueSchema('svcst');
    schemas.push(schema);
    const db = `${PG_URL}?schema=${schema}`;
    const labels = openStore(db);
    await labels.migrate();
    const svc = openServiceStore(db);
    return { svc, labels, done: async () => (await svc.close(), await labels.close()) };
  });

describe('raw cipher (AES-256-GCM)', () => {
  it('round-trips, uses a fresh IV each time and rejects a tampered row or another key', () => {
    const c = createRawCipher(undefined, 'a-deid-key-of-sufficient-length');
    const a = c.encrypt('MSH|^~\\&|secret');
    expect(a).not.toContain('secret');
    expect(c.encrypt('MSH|^~\\&|secret')).not.toBe(a);
    expect(c.decrypt(a)).toBe('MSH|^~\\&|secret');
    const body = Buffer.from(a.slice(5), 'base64');
    body.writeUInt8(body.readUInt8(body.length - 1) ^ 1, body.length - 1);
    expect(() => c.decrypt('enc1:' + body.toString('base64'))).toThrow(expect.objectContaining({ code: 'SERVICE_DECRYPT' }));
    expect(() => createRawCipher('0'.repeat(64), 'x').decrypt(a)).toThrow(expect.objectContaining({ code: 'SERVICE_DECRYPT' }));
    expect(() => c.decrypt('plain text')).toThrow(expect.objectContaining({ code: 'SERVICE_DECRYPT' }));
  });
});
