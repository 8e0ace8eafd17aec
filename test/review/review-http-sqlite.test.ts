import { join } from 'node:path';
import { describe, it } from 'vitest';
import { flowHarness, runReviewFlow } from './review-flow.js';

describe('review workbench over HTTP on the embedded SQLite store', () => {
  it('spot check with double review, corrections, adjudication, kappa, gold round trip, audit', async () => {
    const h = await flowHarness((dir) => join(dir, 'db.sqlite'));
    try {
      await runReviewFlow(h);
    } finally {
      await h.close();
    }
  }, 120_000);
});
