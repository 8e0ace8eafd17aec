import { describe, expect, it } from 'vitest';
import { benchLlmScenario } from '../../../src/bench/llm-bench.js';

describe('LLM bench harness (small, fast settings)', () => {
  it.each(['pipeline', 'loop'] as const)('accounts for every report via %s: labelled or failed with an LLM_* reason, none lost', async (via) => {
    const r = await benchLlmScenario({
      via,
      reports: 120,
      concurrency: 8,
      latencyMs: 5,
      maxRetries: 0,
      retryAfterSec: 0,
      seed: 7,
      faults: { rate429: 0.1, rate500: 0.05, rateTruncated: 0.02 },
    });
    expect(r.lost).toBe(0);
    expect(r.labelled + r.failed).toBe(120);
    expect(r.failed).toBeGreaterThan(0);
    expect(Object.keys(r.failureReasons).every((k) => /^LLM_(RATE_LIMIT|SERVER|TRUNCATED)$/.test(k))).toBe(true);
    expect(r.injected.rate429 + r.injected.rate500 + r.injected.truncated).toBe(r.failed);
  });
});
