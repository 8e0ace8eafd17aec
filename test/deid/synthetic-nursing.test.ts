import { describe, expect, it } from 'vitest';
import { repoPath } from '../../src/util/paths.js';
import { runDeidEval } from '../../src/evaluate/deid/run-deid-eval.js';

// The project's own synthetic nursing notes (eval/deid-synthetic, invented PHI with generated gold):
// a regression guard that does not depend on ../shared/data. Floors sit under the measured figures
// (span recall 0.963, precision 0.992; names 0.959, dates 0.982, phones 1.000).
describe('synthetic nursing notes (eval/deid-synthetic)', () => {
  it('keeps recall and precision at or above the measured level', async () => {
    const e = await runDeidEval(repoPath('eval/deid-synthetic/notes.text'), repoPath('eval/deid-synthetic/gold.phrase'));
    expect(e.documents).toBe(150);
    expect(e.span.overall.recall).toBeGreaterThanOrEqual(0.95);
    expect(e.span.overall.precision).toBeGreaterThanOrEqual(0.98);
    expect(e.span.byCategory.NAME!.recall).toBeGreaterThanOrEqual(0.94);
    expect(e.span.byCategory.DATE!.recall).toBeGreaterThanOrEqual(0.96);
    expect(e.span.byCategory.PHONE!.recall).toBeGreaterThanOrEqual(0.99);
  }, 60_000);
});
