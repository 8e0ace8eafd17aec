import { Redis } from 'ioredis';
import { describe, it } from 'vitest';
import { openRunContext } from '../../src/app/run-context.js';
import { openServiceRuntime, type ServiceRuntime } from '../../src/app/service-runtime.js';
import { startWorker } from '../../src/app/worker.js';
import { PG_URL, dropSchemas, pgReachable, uniqueSchema } from '../store/pg-helpers.js';
import { TEST_DEID_KEY } from './helpers.js';

export const REDIS_URL = process.env.RADLABEL_TEST_REDIS_URL ?? 'redis://127.0.0.1:6379';

export async function redisReachable(url = REDIS_URL): Promise<boolean> {
  const r = new Redis(url, { lazyConnect: true, connectTimeout: 1500, maxRetriesPerRequest: 0, retryStrategy: () => null });
  r.on('error', () => undefined);
  try {
    await r.connect();
    return (await r.ping()) === 'PONG';
  } catch {
    return false;
  } finally {
    r.disconnect();
  }
}

/** Whether Redis and PostgreSQL answer; under CI=true a missing service registers a failing test instead of skipping. */
export async function servicesUp(suite: string): Promise<boolean> {
  const [pgUp, redisUp] = await Promise.all([pgReachable(), redisReachable()]);
  const up = pgUp && redisUp;
  if (!up && process.env.CI === 'true') {
    describe(suite, () => {
      it('needs PostgreSQL and Redis in CI', () => {
        throw new Error(`PostgreSQL ${pgUp ? 'up' : 'unreachable'} at ${PG_URL}, Redis ${redisUp ? 'up' : 'unreachable'} at ${REDIS_URL}; CI=true requires both.`);
      });
    });
  } else if (!up) console.warn(`[service] PostgreSQL or Redis not reachable: skipping ${suite} (set CI=true to fail instead).`);
  return up;
}

let n = 0;
/** A queue prefix (Redis hash tag) unique to this test. */
export const uniquePrefix = (): string => `{rltest-${process.pid}-${Date.now().toString(36)}-${++n}}`;

/** Removes every Redis key of a prefix. */
export async function dropPrefix(prefix: string, url = REDIS_URL): Promise<void> {
  // Fails at once when the server is gone (a test's own Redis after its process was killed)
  // instead of reconnecting for ever and hanging the clean-up.
  const r = new Redis(url, { maxRetriesPerRequest: 1, retryStrategy: () => null, lazyConnect: true });
  r.on('error', () => undefined);
  await r.connect();
  try {
    let cursor = '0';
    do {
      const [next, keys] = await r.scan(cursor, 'MATCH', `${prefix}:*`, 'COUNT', 1000);
      cursor = next;
      if (keys.length) await r.del(...keys);
    } while (cursor !== '0');
  } finally {
    r.disconnect();
  }
}

export interface ScaledSetup {
  schema: string;
  prefix: string;
  db: string;
  overrides: Record<string, unknown>;
  serve(): Promise<ServiceRuntime>;
  worker(concurrency?: number): Promise<{ rt: ServiceRuntime; close(): Promise<void> }>;
  cleanup(): Promise<void>;
}

/** A fresh PostgreSQL schema and Redis prefix, with runtimes built on them in this process. */
export function scaledSetup(service: Record<string, unknown> = {}, redisUrl = REDIS_URL): ScaledSetup {
  const schema = uniqueSchema('svc');
  const prefix = uniquePrefix();
  const db = `${PG_URL}?schema=${schema}`;
  const overrides = { db, deid: { key: TEST_DEID_KEY }, service: { redisUrl, queuePrefix: prefix, jobBackoffMs: 50, ...service } };
  const opened: Array<{ close(): Promise<void> }> = [];
  return {
    schema,
    prefix,
    db,
    overrides,
    async serve() {
      const rt = await openServiceRuntime(await openRunContext(overrides), { role: 'serve' });
      opened.push(rt);
      return rt;
    },
    async worker(concurrency = 4) {
      const w = await startWorker(await openRunContext(overrides), { concurrency });
      opened.push(w);
      return w;
    },
    async cleanup() {
      for (const o of opened.reverse()) await o.close().catch(() => undefined);
      await dropPrefix(prefix, redisUrl).catch(() => undefined);
      await dropSchemas([schema]);
    },
  };
}

/** Polls until `f` is true or the timeout passes. */
export async function waitFor(f: () => Promise<boolean>, timeoutMs = 20_000, everyMs = 100): Promise<void> {
  const end = Date.now() + timeoutMs;
  while (Date.now() < end) {
    if (await f()) return;
    await new Promise((r) => setTimeout(r, everyMs));
  }
  throw new Error(`condition not met within ${timeoutMs} ms`);
}
