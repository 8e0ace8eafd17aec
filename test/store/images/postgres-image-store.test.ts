import { afterAll, describe, it } from 'vitest';
import { openPostgresImageStore } from '../../../src/store/images/postgres-image-store.js';
import { openPostgresStore } from '../../../src/store/postgres/postgres-store.js';
import { PG_URL, dropSchemas, pgReachable, uniqueSchema } from '../pg-helpers.js';
import { runImageStoreContract } from './image-store-contract.js';

const reachable = await pgReachable();
if (!reachable && process.env.CI === 'true') {
  describe('PostgreSQL image store', () => {
    it('needs a reachable PostgreSQL in CI', () => {
      throw new Error(`PostgreSQL is not reachable at ${PG_URL}; CI=true requires it.`);
    });
  });
} else if (!reachable) {
  console.warn(`[images] PostgreSQL not reachable at ${PG_URL}: skipping the PostgreSQL image store contract (set CI=true to fail instead).`);
}

const schemas: string[] = [];
afterAll(async () => {
  if (reachable) await dropSchemas(schemas);
});

describe.skipIf(!reachable)('PostgreSQL', () => {
  runImageStoreContract('postgres', async () => {
    const schema = uniqueSchema('rl_images');
    schemas.push(schema);
    const labels = openPostgresStore(PG_URL, { schema });
    await labels.migrate();
    return { labels, images: openPostgresImageStore(PG_URL, { schema }) };
  });
});
