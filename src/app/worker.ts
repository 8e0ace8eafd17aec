import type pino from 'pino';
import { RadlabelError } from '../errors/index.js';
import type { RunContext } from './run-context.js';
import { openServiceRuntime, type ServiceRuntime } from './service-runtime.js';

/**
 * `radlabel worker`: BullMQ workers labelling accepted reports (de-identify → extract → store).
 * Any number of them, on any machine sharing the Redis and the database. `close()` lets in-flight
 * jobs finish; a job cut short by SIGKILL is picked up again when its lock expires.
 */
export async function startWorker(ctx: RunContext, opts: { logger?: pino.Logger; concurrency?: number }): Promise<{ rt: ServiceRuntime; close(): Promise<void> }> {
  const cfg = ctx.config.service;
  if (!cfg.redisUrl) throw new RadlabelError('CONFIG_INVALID', 'radlabel worker needs service.redisUrl (RADLABEL_REDIS_URL); without Redis, serve labels in process');
  const rt = await openServiceRuntime(ctx, { logger: opts.logger, role: 'worker' });
  const { startBullWorker, createBullQueue } = await import('../service/queue/bullmq-queue.js');
  const bull = { redisUrl: cfg.redisUrl, cluster: cfg.redisCluster, prefix: cfg.queuePrefix, attempts: cfg.jobAttempts, backoffMs: cfg.jobBackoffMs };
  // The global limits live on the queue in Redis: every worker applies the configured values.
  const queue = await createBullQueue({ ...bull, globalConcurrency: cfg.globalConcurrency, globalRatePerMinute: cfg.globalRatePerMinute });
  rt.queue = queue;
  const worker = await startBullWorker({ ...bull, concurrency: opts.concurrency ?? cfg.workerConcurrency, lockMs: cfg.jobLockMs }, rt.handle);
  return {
    rt,
    async close() {
      await worker.close();
      await rt.close();
    },
  };
}
