import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, it } from 'vitest';
import { loadOntology } from '../../src/ontology/load-ontology.js';
import { openStore } from '../../src/store/open-store.js';
import { openSqlHandle } from '../../src/store/sql-handle.js';
import { reviewExec } from '../../src/review/store/review-exec.js';
import { sqlReviewStore } from '../../src/review/store/sql-review-store.js';
import { PG_URL, dropSchemas, pgReachable, uniqueSchema } from '../store/pg-helpers.js';
import { recording, reviewStoreContract, type OpenedReviewStore } from './review-store-contract.js';

const ontology = loadOntology('chexpert');
const dirs: string[] = [];
const schemas: string[] = [];
const reachable = await pgReachable();
afterAll(async () => {
  for (const d of dirs) rmSync(d, { recursive: true, force: true });
  if (reachable && schemas.length) await dropSchemas(schemas);
});

async function open(db: string): Promise<OpenedReviewStore> {
  const labels = openStore(db);
  await labels.migrate();
  const h = await openSqlHandle(db);
  const log: OpenedReviewStore['log'] = [];
  const review = sqlReviewStore(recording(reviewExec(h), log), () => h.close());
  return {
    review,
    labels,
    ontology,
    log,
    async done() {
      await review.close();
      await labels.close();
    },
  };
}

reviewStoreContract('SQLite', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'rl-review-'));
  dirs.push(dir);
  return open(join(dir, 'db.sqlite'));
});

if (!reachable && process.env.CI === 'true') {
  describe('review store contract: PostgreSQL', () => {
    it('needs a reachable PostgreSQL in CI', () => {
      throw new Error(`PostgreSQL is not reachable at ${PG_URL}; CI=true requires it.`);
    });
  });
} else if (reachable) {
  reviewStoreContract('PostgreSQL', async () => {
    const s = uniqueSchema('rl_review');
    schemas.push(s);
    return open(`${PG_URL}?schema=${s}`);
  });
} else {
  console.warn(`[review] PostgreSQL not reachable at ${PG_URL}: skipping the PostgreSQL review store contract (set CI=true to fail instead).`);
}
