import type { Cluster, Redis, RedisOptions } from 'ioredis';

/** How a connection behaves when Redis is away: a worker waits it out, the producer and the rate limit fail fast. */
export type RedisRole = 'worker' | 'producer';

/**
 * One place that opens Redis: a single server, or a Redis Cluster (`service.redisCluster`) seeded
 * by the same URL (the other nodes are discovered). BullMQ and the rate limit use what this
 * returns; every key they write starts with the `{prefix}` hash tag, so a queue lives in one slot.
 * ioredis is loaded here only (CLI start-up time).
 */
export async function openRedis(url: string, opts: { cluster: boolean; role: RedisRole; lazyConnect?: boolean }): Promise<Redis | Cluster> {
  const { Redis: RedisClient, Cluster: ClusterClient } = await import('ioredis');
  // A worker blocks on Redis and must wait out an outage (maxRetriesPerRequest null, as BullMQ
  // requires); the producer inside `serve` fails fast instead, because the inbox row is already
  // durable and the sweeper re-sends what could not be queued.
  const behaviour: RedisOptions =
    opts.role === 'worker' ? { maxRetriesPerRequest: null } : { maxRetriesPerRequest: 1, enableOfflineQueue: false, connectTimeout: 2000 };
  const lazy = opts.lazyConnect ? { lazyConnect: true } : {};
  let client: Redis | Cluster;
  if (!opts.cluster) client = new RedisClient(url, { ...behaviour, ...lazy });
  else {
    const u = new URL(url);
    const auth = { ...(u.username ? { username: decodeURIComponent(u.username) } : {}), ...(u.password ? { password: decodeURIComponent(u.password) } : {}) };
    const tls = u.protocol === 'rediss:' ? { tls: {} } : {};
    client = new ClusterClient([{ host: u.hostname, port: Number(u.port || 6379) }], {
      ...lazy,
      redisOptions: { ...behaviour, ...auth, ...tls },
      // The offline queue of the cluster client itself follows the node connections' choice.
      enableOfflineQueue: behaviour.enableOfflineQueue ?? true,
      ...(opts.role === 'worker' ? {} : { clusterRetryStrategy: (times: number) => (times > 3 ? null : 200 * times) }),
    });
  }
  client.on('error', () => undefined);
  return client;
}
