import { Cluster } from 'ioredis';
import { afterAll, describe, expect, it } from 'vitest';
import { buildApp } from '../../src/service/http/build-app.js';
import { createApiKey } from '../../src/service/api-keys.js';
import { pgReachable } from '../store/pg-helpers.js';
import { scaledSetup, waitFor, type ScaledSetup } from './scaled-helpers.js';
import { phiOru } from './helpers.js';

/**
 * Runs only with RADLABEL_TEST_REDIS_CLUSTER_URL set to a node of a running Redis Cluster (see
 * README "Redis Cluster" for the three-node cluster on ports 7000-7002 this was tested with). `.ci/run`
 * starts that cluster and sets the variable, so under CI=true a missing cluster fails instead of skipping.
 */
const CLUSTER_URL = process.env.RADLABEL_TEST_REDIS_CLUSTER_URL;
if (process.env.CI === 'true' && CLUSTER_URL === undefined) {
  throw new Error('CI=true but RADLABEL_TEST_REDIS_CLUSTER_URL is unset: .ci/run should have started the Redis Cluster (ports 7000-7002)');
}
const run = CLUSTER_URL !== undefined && (await pgReachable());
if (!run) console.warn('[service] RADLABEL_TEST_REDIS_CLUSTER_URL unset (or PostgreSQL unreachable): skipping the Redis Cluster test.');

/** A cluster client once it knows the nodes (its node list is empty before). */
const cluster = async (): Promise<Cluster> => {
  const u = new URL(CLUSTER_URL!);
  const c = new Cluster([{ host: u.hostname, port: Number(u.port || 6379) }]);
  c.on('error', () => undefined);
  await new Promise((resolve) => c.once('ready', resolve));
  return c;
};

/** Every key of a prefix on every master of the cluster. */
async function keysOf(prefix: string): Promise<string[]> {
  const c = await cluster();
  try {
    const out: string[] = [];
    for (const node of c.nodes('master')) out.push(...(await node.keys(`${prefix}:*`)));
    return out;
  } finally {
    c.disconnect();
  }
}

describe.skipIf(!run)('serve + workers on a Redis Cluster (PostgreSQL)', () => {
  const setups: ScaledSetup[] = [];
  afterAll(async () => {
    for (const s of setups) await s.cleanup().catch(() => undefined);
    for (const s of setups) {
      const c = await cluster();
      try {
        for (const node of c.nodes('master')) {
          const keys = await node.keys(`${s.prefix}:*`);
          if (keys.length) await node.del(...keys);
        }
      } finally {
        c.disconnect();
      }
    }
  });

  it('accepts over HTTP, queues in one hash slot, labels every report once with two workers, rate limit shared', async () => {
    const s = scaledSetup({ redisCluster: true, rateLimitPerMinute: 1000 }, CLUSTER_URL);
    setups.push(s);
    const rt = await s.serve();
    const app = await buildApp(rt);
    const ingest = (await createApiKey(rt.svc, 'ingest')).key;
    for (let i = 0; i < 40; i++) {
      const r = await app.inject({ method: 'POST', url: '/v1/reports', headers: { 'content-type': 'x-application/hl7-v2+er7', authorization: `Bearer ${ingest}` }, payload: phiOru(500 + i) });
      expect(r.statusCode).toBe(202);
    }
    const w1 = await s.worker(4);
    const w2 = await s.worker(4);
    await waitFor(async () => (await rt.svc.inboxCounts()).labelled === 40, 60_000);
    expect(await rt.svc.inboxCounts()).toEqual({ pending: 0, failed: 0, labelled: 40, quarantined: 0 });
    expect((await rt.ctx.store.counts()).currentLabels).toBe(40);
    await waitFor(async () => {
      const d = await rt.queue!.depth();
      return d.waiting + d.active + d.delayed === 0;
    });
    expect(await rt.queue!.workers()).toBeGreaterThanOrEqual(2);
    // Every key of the queue and of the rate limit is in the prefix's one slot.
    const keys = await keysOf(s.prefix);
    expect(keys.some((k) => k.includes(':label:'))).toBe(true);
    expect(keys.some((k) => k.includes(':ratelimit:'))).toBe(true);
    const c = await cluster();
    try {
      const slots = new Set(await Promise.all(keys.map((k) => c.cluster('KEYSLOT', k))));
      expect(slots.size).toBe(1);
    } finally {
      c.disconnect();
    }
    await app.close();
    await w1.close();
    await w2.close();
  }, 120_000);
});
