import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { cli } from '../helpers/run-cli.js';
import { openRunContext } from '../../src/app/run-context.js';
import { startServe } from '../../src/app/serve.js';
import { TEST_DEID_KEY } from './helpers.js';

describe('service CLI', () => {
  const dir = mkdtempSync(join(tmpdir(), 'radlabel-svc-cli-'));
  const db = join(dir, 'db.sqlite');
  const prevKey = process.env.RADLABEL_DEID_KEY;
  const prevRedis = process.env.RADLABEL_REDIS_URL;
  process.env.RADLABEL_DEID_KEY = TEST_DEID_KEY;
  delete process.env.RADLABEL_REDIS_URL;
  afterAll(() => {
    if (prevRedis !== undefined) process.env.RADLABEL_REDIS_URL = prevRedis;
    if (prevKey === undefined) delete process.env.RADLABEL_DEID_KEY;
    else process.env.RADLABEL_DEID_KEY = prevKey;
    rmSync(dir, { recursive: true, force: true });
  });

  it('keys create prints the key once; list shows ids and roles, never keys; revoke works once', async () => {
    const created = await cli('keys', 'create', '--role', 'read', '--name', 'dashboard', '--db', db);
    expect(created.code).toBe(0);
    const key = created.out.trim();
    expect(key).toMatch(/^rl_[\w-]{40,}$/);
    const list = await cli('keys', 'list', '--db', db);
    expect(list.out).toMatch(/key_[0-9a-f]+ +read +\S+ +active +dashboard/);
    expect(list.out).not.toContain(key);
    const id = /key_[0-9a-f]+/.exec(list.out)![0];
    expect((await cli('keys', 'revoke', id, '--db', db)).code).toBe(0);
    const again = await cli('keys', 'revoke', id, '--db', db);
    expect(again.code).toBe(2);
    expect(again.err).toMatch(/USAGE: no active key/);
    expect((await cli('keys', 'create', '--role', 'boss', '--db', db)).code).toBe(2);
  });

  it('purge-quarantine reports how many raw inputs it removed', async () => {
    const r = await cli('purge-quarantine', '--older-than-days', '0', '--db', db);
    expect(r.code).toBe(0);
    expect(r.out).toMatch(/purged the raw input of 0 quarantine row\(s\)/);
    expect((await cli('purge-quarantine', '--older-than-days', 'soon', '--db', db)).code).toBe(2);
  });

  it('worker without Redis is a configuration error; serve with an MLLP port opens the listener', async () => {
    const w = await cli('worker', '--db', db);
    expect(w.code).toBe(2);
    expect(w.err).toMatch(/CONFIG_INVALID: radlabel worker needs service.redisUrl/);
    const ctx = await openRunContext({ db, deid: { key: TEST_DEID_KEY } });
    const h = await startServe(ctx, { port: 0, mllpPort: 0 });
    try {
      expect(h.mllpPort).toBeGreaterThan(0);
    } finally {
      await h.close();
    }
  });
});
