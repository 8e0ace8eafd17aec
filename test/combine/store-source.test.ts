import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { loadSources, parseSourceSpec } from '../../src/combine/load-sources.js';
import { openStore } from '../../src/store/open-store.js';
import { labelled } from '../store/fixtures.js';
import { PG_URL, dropSchemas, pgReachable, uniqueSchema } from '../store/pg-helpers.js';

const reachable = await pgReachable();
const ci = process.env.CI === 'true';
if (!reachable && ci)
  describe('combine store source on PostgreSQL', () => {
    it('needs a reachable PostgreSQL in CI', () => {
      throw new Error(`PostgreSQL is not reachable at ${PG_URL}; CI=true requires it.`);
    });
  });
else if (!reachable) console.warn(`[combine] PostgreSQL not reachable at ${PG_URL}: skipping the PostgreSQL store-source test (set CI=true to fail instead).`);

const schemas: string[] = [];
afterAll(async () => {
  if (reachable) await dropSchemas(schemas);
});

/** Writes three labelled reports to a store and reads them back as a combine source. */
async function roundTrip(db: string, spec: string): Promise<void> {
  const store = openStore(db);
  await store.migrate();
  await store.saveLabelled([labelled('r1'), labelled('r2', {}, { value: 'negative' }), labelled('r3', {}, { value: 'uncertain' })]);
  await store.close();
  const [src] = await loadSources([parseSourceSpec(spec)], { ontology: 'chest-xr', ontologyGiven: false });
  expect(src!.kind).toBe('store');
  expect(src!.name).toBe('stored');
  expect(src!.ids).toEqual(['r1', 'r2', 'r3']);
  const k = src!.labels.indexOf('pneumonia');
  const L = src!.labels.length;
  // positive 0, negative 1, uncertain 2
  expect([0, 1, 2].map((row) => src!.votes[row * L + k])).toEqual([0, 1, 2]);
  expect(src!.texts.get('r1')).toMatch(/Right lower lobe pneumonia/);
  expect(src!.runs.length).toBeGreaterThan(0);
}

describe('combine store sources', () => {
  it('reads the current labels of a SQLite store (db:PATH)', async () => {
    const file = join(mkdtempSync(join(tmpdir(), 'radlabel-combine-store-')), 'runs.db');
    await roundTrip(file, `stored=db:${file}`);
  });

  it.skipIf(!reachable)('reads the current labels of a PostgreSQL store (postgres:// URL)', async () => {
    const schema = uniqueSchema('rl_combine');
    schemas.push(schema);
    const url = `${PG_URL}${PG_URL.includes('?') ? '&' : '?'}schema=${schema}`;
    await roundTrip(url, `stored=${url}`);
  });
});
