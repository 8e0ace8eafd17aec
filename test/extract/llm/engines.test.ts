import { describe, expect, it } from 'vitest';
import { retryAfterMs, errorFromStatus } from '../../../src/extract/llm/llm-error.js';
import { backoffDelay } from '../../../src/extract/llm/retry.js';
import { CircuitBreaker } from '../../../src/extract/llm/circuit-breaker.js';
import { RateLimiter } from '../../../src/extract/llm/rate-limiter.js';
import { locateQuote } from '../../../src/extract/llm/verify-evidence.js';
import { responseCacheKey } from '../../../src/extract/llm/response-cache.js';
import { LlmConfigSchema } from '../../../src/extract/llm/llm-config.js';
import { loadPromptTemplate } from '../../../src/extract/llm/prompt.js';
import { makeReport } from './fixtures.js';

describe('retry-after and backoff', () => {
  it('reads seconds, milliseconds and HTTP dates', () => {
    expect(retryAfterMs(new Headers({ 'retry-after': '2' }))).toBe(2000);
    expect(retryAfterMs({ 'retry-after-ms': '150' })).toBe(150);
    expect(retryAfterMs({ 'retry-after': new Date(10_000 + 3000).toUTCString() }, 10_000)).toBeGreaterThanOrEqual(2000);
    expect(retryAfterMs({})).toBeUndefined();
  });

  it('classifies statuses', () => {
    expect(errorFromStatus(429).retriable).toBe(true);
    expect(errorFromStatus(503).code).toBe('LLM_SERVER');
    expect(errorFromStatus(401)).toMatchObject({ code: 'LLM_AUTH', retriable: false });
    expect(errorFromStatus(400)).toMatchObject({ code: 'LLM_CONFIG', retriable: false });
  });

  it('grows exponentially with jitter, is capped, and prefers the server hint', () => {
    const p = { baseMs: 100, maxMs: 1000 };
    expect(backoffDelay(p, 0, undefined, () => 0)).toBe(50);
    expect(backoffDelay(p, 3, undefined, () => 1)).toBe(800);
    expect(backoffDelay(p, 10, undefined, () => 1)).toBe(1000);
    expect(backoffDelay(p, 0, 700, () => 0)).toBe(700);
  });
});

describe('circuit breaker', () => {
  it('opens after consecutive faults, half-opens after the cooldown, closes on success', () => {
    let now = 0;
    const b = new CircuitBreaker(3, 1000, () => now);
    b.onFault();
    b.onFault();
    expect(b.tryPass()).toBe(true);
    b.onFault();
    expect(b.state).toBe('open');
    expect(b.tryPass()).toBe(false);
    now = 1500;
    expect(b.tryPass()).toBe(true);
    expect(b.tryPass()).toBe(false);
    b.onSuccess();
    expect(b.state).toBe('closed');
  });
});

describe('rate limiter', () => {
  it('bounds concurrency', async () => {
    const l = new RateLimiter(2);
    const r1 = await l.acquire(0);
    const r2 = await l.acquire(0);
    let third = false;
    const p = l.acquire(0).then((r) => ((third = true), r));
    await new Promise((r) => setTimeout(r, 10));
    expect(third).toBe(false);
    r1();
    (await p)();
    r2();
    expect(l.inFlight).toBe(0);
  });

  it('spaces requests to the RPM budget once the burst is spent', async () => {
    const l = new RateLimiter(10, { rpm: 600 }); // 10 per second after a burst of 600
    for (let i = 0; i < 600; i++) (await l.acquire(0))();
    const t0 = performance.now();
    (await l.acquire(0))();
    (await l.acquire(0))();
    expect(performance.now() - t0).toBeGreaterThanOrEqual(150);
  });
});

describe('evidence location', () => {
  const r = makeReport('r', 'Left  basilar\nopacity. Opacity resolved.', 'Left basilar opacity, likely atelectasis.');
  it('matches across whitespace and case and prefers the named section', () => {
    const f = locateQuote(r, 'left basilar opacity', 'findings')!;
    expect(r.text.slice(f.start, f.end)).toBe('Left  basilar\nopacity');
    const i = locateQuote(r, 'LEFT BASILAR OPACITY.', 'impression')!;
    expect(i.start).toBeGreaterThan(f.end);
    expect(locateQuote(r, 'right basilar opacity')).toBeUndefined();
  });
});

describe('config, prompt, cache key', () => {
  it('validates provider-specific requirements', () => {
    expect(LlmConfigSchema.safeParse({ provider: 'openai-compatible', model: 'm' }).success).toBe(false);
    expect(LlmConfigSchema.safeParse({ provider: 'local', model: 'm' }).success).toBe(false);
    expect(LlmConfigSchema.safeParse({ provider: 'local', model: 'models/tiny.gguf' }).success).toBe(true);
    expect(LlmConfigSchema.parse({ provider: 'openai', model: 'm' })).toMatchObject({ concurrency: 8, timeoutMs: 60000, maxRetries: 4, promptId: 'label-extraction', temperature: 0 });
  });

  it('loads the latest prompt version with its content hash', () => {
    const t = loadPromptTemplate('label-extraction');
    expect(t.version).toBe('1.1.0');
    expect(t.hash).toMatch(/^[0-9a-f]{64}$/);
    expect(() => loadPromptTemplate('label-extraction', '9.9.9')).toThrow(/no version/);
  });

  it('keys on normalised text, provider, model, prompt and ontology version', () => {
    const base = { text: 'No  acute\nfindings', provider: 'openai', model: 'a', prompt: { id: 'p', version: '1', hash: 'h' }, ontology: { id: 'o', version: '1' }, systemHash: 's' };
    const k = responseCacheKey(base);
    expect(responseCacheKey({ ...base, text: 'no acute findings ' })).toBe(k);
    expect(responseCacheKey({ ...base, model: 'b' })).not.toBe(k);
    expect(responseCacheKey({ ...base, prompt: { ...base.prompt, version: '2' } })).not.toBe(k);
    expect(responseCacheKey({ ...base, ontology: { id: 'o', version: '2' } })).not.toBe(k);
  });
});
