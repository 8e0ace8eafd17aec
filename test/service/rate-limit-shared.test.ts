import { Redis } from 'ioredis';
import { afterAll, describe, expect, it } from 'vitest';
import { buildApp } from '../../src/service/http/build-app.js';
import { createApiKey } from '../../src/service/api-keys.js';
import { REDIS_URL, scaledSetup, servicesUp, type ScaledSetup } from './scaled-helpers.js';

const up = await servicesUp('shared rate limit');

describe.skipIf(!up)('per-key rate limit shared by serve processes through Redis', () => {
  const setups: ScaledSetup[] = [];
  afterAll(async () => {
    for (const s of setups) await s.cleanup();
  });

  it('two serve instances on one Redis draw from one budget per key; another key has its own', async () => {
    const s = scaledSetup({ rateLimitPerMinute: 4 });
    setups.push(s);
    const a = await s.serve();
    const b = await s.serve();
    const appA = await buildApp(a);
    const appB = await buildApp(b);
    try {
      const key = (await createApiKey(a.svc, 'review')).key;
      const other = (await createApiKey(a.svc, 'review')).key;
      const get = (app: typeof appA, k: string) => app.inject({ method: 'GET', url: '/v1/failures', headers: { authorization: `Bearer ${k}` } });
      const codes: number[] = [];
      for (let i = 0; i < 6; i++) codes.push((await get(i % 2 ? appB : appA, key)).statusCode);
      // In memory each process would allow 4 (8 in all); shared, the fifth request is over the budget.
      expect(codes).toEqual([200, 200, 200, 200, 429, 429]);
      const limited = await get(appB, key);
      expect(limited.headers['content-type']).toMatch(/problem\+json/);
      expect(limited.json()).toMatchObject({ code: 'HTTP_RATE_LIMITED', status: 429 });
      expect(Number(limited.headers['retry-after'])).toBeGreaterThan(0);
      expect((await get(appB, other)).statusCode).toBe(200);
      // The counters are in Redis under the queue's hash tag, by key id (never the key).
      const redis = new Redis(REDIS_URL);
      try {
        const keys = await redis.keys(`${s.prefix}:ratelimit:*`);
        expect(keys).toHaveLength(2);
        expect(keys.every((k) => /:ratelimit:key_[0-9a-f]+$/.test(k))).toBe(true);
      } finally {
        redis.disconnect();
      }
    } finally {
      await appA.close();
      await appB.close();
    }
  });

  it('a larger budget is leased in blocks: two serve instances under concurrent load never exceed it together', async () => {
    const max = 200;
    const s = scaledSetup({ rateLimitPerMinute: max });
    setups.push(s);
    const a = await s.serve();
    const b = await s.serve();
    const appA = await buildApp(a);
    const appB = await buildApp(b);
    try {
      const key = (await createApiKey(a.svc, 'review')).key;
      const get = (app: typeof appA) => app.inject({ method: 'GET', url: '/v1/failures', headers: { authorization: `Bearer ${key}` } });
      const codes: number[] = [];
      // Bursts of concurrent requests on both processes, 320 in all.
      for (let i = 0; i < 20; i++) codes.push(...(await Promise.all(Array.from({ length: 16 }, (_, j) => get(j % 3 ? appA : appB)))).map((r) => r.statusCode));
      const ok = codes.filter((c) => c === 200).length;
      expect(codes.filter((c) => c !== 200 && c !== 429)).toEqual([]);
      expect(ok).toBeLessThanOrEqual(max);
      // Refused early by at most what the other process holds unspent (one lease of max / 20).
      expect(ok).toBeGreaterThanOrEqual(max - max / 20);
      const redis = new Redis(REDIS_URL);
      try {
        const [counter] = await redis.keys(`${s.prefix}:ratelimit:*`);
        expect(Number(await redis.get(counter!))).toBeLessThanOrEqual(max);
        expect(await redis.pttl(counter!)).toBeGreaterThan(0);
      } finally {
        redis.disconnect();
      }
    } finally {
      await appA.close();
      await appB.close();
    }
  });
});
