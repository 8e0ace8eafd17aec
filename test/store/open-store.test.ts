import { mkdtempSync, rmSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { openStore } from '../../src/store/open-store.js';
import { labelled } from './fixtures.js';
import { PG_URL, dropSchemas, pgReachable, uniqueSchema } from './pg-helpers.js';

const dir = mkdtempSync(join(tmpdir(), 'radlabel-open-'));
const reachable = await pgReachable();
const schemas: string[] = [];
afterAll(async () => {
  rmSync(dir, { recursive: true, force: true });
  if (reachable) await dropSchemas(schemas);
});

describe('openStore', () => {
  it('opens a SQLite file (creating its folder) for a plain path', async () => {
    const p = join(dir, 'nested', 'x.db');
    const s = openStore(p);
    expect(await s.saveLabelled([labelled('R1')])).toEqual(['inserted']);
    await s.close();
    expect(existsSync(p)).toBe(true);
  });

  it('rejects a malformed PostgreSQL URL as CONFIG_INVALID', () => {
    expect(() => openStore('postgres://[bad')).toThrow(expect.objectContaining({ code: 'CONFIG_INVALID' }));
  });

  it.skipIf(!reachable)('opens PostgreSQL in the schema named by ?schema=', async () => {
    const schema = uniqueSchema('rl_open');
    schemas.push(schema);
    const s = openStore(`${PG_URL.replace(/^postgres:/, 'postgresql:')}?schema=${schema}`);
    expect(await s.saveLabelled([labelled('R1')])).toEqual(['inserted']);
    await s.close();
    const again = openStore(`${PG_URL}?schema=${schema}`);
    expect(await again.hasVersion('R1', 'v1', 'chest-xr')).toBe(true);
    await again.close();
  });
});
