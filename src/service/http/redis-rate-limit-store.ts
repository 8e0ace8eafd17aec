import type { FastifyRateLimitStore, FastifyRateLimitStoreCtor } from '@fastify/rate-limit';
import type { Cluster, Redis } from 'ioredis';
import { LeasedBudget, type LeaseFn } from './leased-budget.js';

/**
 * Grants up to ARGV[1] tokens of the fixed window in KEYS[1] (budget ARGV[2], window ARGV[3] ms),
 * atomically, never more than the budget in all. Returns {granted, used, ttl}. The key holds the
 * count of tokens granted in the window and expires with it.
 */
const LEASE_LUA = `
local ttl = redis.call('PTTL', KEYS[1])
if ttl <= 0 then
  redis.call('SET', KEYS[1], 0, 'PX', ARGV[3])
  ttl = tonumber(ARGV[3])
end
local used = tonumber(redis.call('GET', KEYS[1]))
local grant = math.min(tonumber(ARGV[1]), tonumber(ARGV[2]) - used)
if grant > 0 then
  used = redis.call('INCRBY', KEYS[1], grant)
else
  grant = 0
end
return {grant, used, ttl}
`;

type LeaseCommand = (key: string, want: number, max: number, windowMs: number) => Promise<[number, number, number]>;

/** The lease of {@link LeasedBudget} as one Redis script call (a single server or a Redis Cluster: one key per call). */
export function redisLease(redis: Redis | Cluster, nameSpace: string): LeaseFn {
  const r = redis as (Redis | Cluster) & { radlabelRateLease?: LeaseCommand };
  if (!r.radlabelRateLease) r.defineCommand('radlabelRateLease', { numberOfKeys: 1, lua: LEASE_LUA });
  return async (key, want, max, windowMs) => {
    const [granted, used, ttlMs] = await r.radlabelRateLease!(nameSpace + key, want, max, windowMs);
    return { granted: Number(granted), used: Number(used), ttlMs: Number(ttlMs) };
  };
}

type StoreCallback = (err: Error | null, res?: { current: number; ttl: number }) => void;

/**
 * A `store` for `@fastify/rate-limit` whose budget per key is shared by every `serve` process
 * through Redis, leased in blocks (see {@link LeasedBudget}): a busy key costs one Redis round trip
 * per block instead of one per request, and the budget is never exceeded. A Redis error reaches
 * the plugin, whose `skipOnError` lets the request through (intake must not stop with Redis).
 */
export function leasedRedisStore(redis: Redis | Cluster, nameSpace: string): FastifyRateLimitStoreCtor {
  return class LeasedRedisStore implements FastifyRateLimitStore {
    private readonly budget: LeasedBudget;
    constructor(
      _options?: unknown,
      private readonly prefix = nameSpace,
    ) {
      this.budget = new LeasedBudget(redisLease(redis, prefix));
    }
    incr(key: string, cb: StoreCallback, timeWindow: number, max: number): void {
      this.budget.take(key, max, timeWindow).then(
        (res) => cb(null, res),
        (err: unknown) => cb(err instanceof Error ? err : new Error(String(err))),
      );
    }
    child(routeOptions: Parameters<FastifyRateLimitStore['child']>[0]): FastifyRateLimitStore {
      // A route with its own limit counts apart, as the plugin's own Redis store does (the plugin
      // passes the merged limit settings, the route under routeInfo).
      const route = (routeOptions as { routeInfo?: { method?: unknown; url?: unknown } }).routeInfo;
      return new LeasedRedisStore(undefined, `${this.prefix}${String(route?.method ?? '')}${String(route?.url ?? '')}-`);
    }
  };
}
