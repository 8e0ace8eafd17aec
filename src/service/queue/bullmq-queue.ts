import type { Queue, Worker } from 'bullmq';
import { PermanentJobError, type LabelJobData } from '../label-job.js';
import type { JobHandler, JobQueue, QueueDepth } from './job-queue.js';
import { openRedis } from './redis-connection.js';

/** The queue of labelling jobs; keys are `{prefix}:label:…`, one Redis Cluster slot per prefix. */
export const LABEL_QUEUE = 'label';

export interface BullOptions {
  redisUrl: string;
  /** Hash-tag prefix, e.g. `{radlabel}`. */
  prefix: string;
  /** `redisUrl` is a seed node of a Redis Cluster. */
  cluster?: boolean;
  queueName?: string;
  attempts: number;
  backoffMs: number;
}

/** Waits for `p` at most `ms`: closing against a Redis that is down must not hang a shutdown. */
const atMost = (p: Promise<unknown>, ms: number): Promise<unknown> =>
  Promise.race([p.catch(() => undefined), new Promise((r) => setTimeout(r, ms).unref())]);

// bullmq and ioredis are loaded only by the commands that use them (CLI start-up time).
const redisClient = (opts: BullOptions, forWorker: boolean) => openRedis(opts.redisUrl, { cluster: opts.cluster ?? false, role: forWorker ? 'worker' : 'producer' });

/** The producer side (serve): adds jobs whose id is the inbox id, so a re-delivered version is never queued twice. */
export async function createBullQueue(opts: BullOptions & { globalConcurrency?: number; globalRatePerMinute?: number }): Promise<JobQueue & { queue: Queue }> {
  const { Queue } = await import('bullmq');
  const connection = await redisClient(opts, false);
  const queue = new Queue<LabelJobData>(opts.queueName ?? LABEL_QUEUE, { connection, prefix: opts.prefix });
  queue.on('error', () => undefined);
  await queue.waitUntilReady();
  if (opts.globalConcurrency) await queue.setGlobalConcurrency(opts.globalConcurrency);
  if (opts.globalRatePerMinute) await queue.setGlobalRateLimit(opts.globalRatePerMinute, 60_000);
  const enqueue = async (ids: string[]): Promise<void> => {
    await queue.addBulk(
      ids.map((id) => ({
        name: 'label',
        data: { inboxId: id },
        opts: { jobId: id, attempts: opts.attempts, backoff: { type: 'exponential', delay: opts.backoffMs }, removeOnComplete: { count: 1000 }, removeOnFail: false },
      })),
    );
  };
  return {
    kind: 'bullmq',
    queue,
    enqueue,
    async unqueued(ids) {
      // One pipelined EXISTS per job hash: far cheaper than adding a job BullMQ then finds already there.
      const pipe = connection.pipeline();
      for (const id of ids) pipe.exists(queue.toKey(id));
      const found = (await pipe.exec()) ?? [];
      return ids.filter((_, i) => {
        const [err, n] = found[i] ?? [null, 0];
        // An unanswered check counts as missing: re-adding is a no-op, losing a job is not.
        return err !== null || Number(n) === 0;
      });
    },
    async retry(ids) {
      for (const id of ids) await queue.remove(id).catch(() => 0);
      await enqueue(ids);
    },
    async depth(): Promise<QueueDepth> {
      const c = await queue.getJobCounts('waiting', 'active', 'delayed', 'failed', 'prioritized', 'waiting-children');
      return { waiting: (c.waiting ?? 0) + (c.prioritized ?? 0), active: c.active ?? 0, delayed: c.delayed ?? 0, failed: c.failed ?? 0 };
    },
    workers: () => queue.getWorkersCount(),
    async deadLetters(limit) {
      const jobs = await queue.getFailed(0, Math.max(0, limit - 1));
      return jobs.map((j) => ({ id: String(j.id), reason: j.failedReason ?? '', attempts: j.attemptsMade }));
    },
    async close() {
      await atMost(queue.close(), 3000);
      connection.disconnect();
    },
  };
}

/**
 * A BullMQ worker running `handler` per job. A {@link PermanentJobError} becomes BullMQ's
 * `UnrecoverableError` (no retry: bad input is quarantined, not retried); anything else retries
 * with the job's exponential backoff. `close()` lets in-flight jobs finish (graceful SIGTERM).
 */
export async function startBullWorker(opts: BullOptions & { concurrency: number; lockMs?: number }, handler: JobHandler): Promise<{ worker: Worker; close(): Promise<void> }> {
  const { Worker, UnrecoverableError } = await import('bullmq');
  const connection = await redisClient(opts, true);
  const worker = new Worker<LabelJobData>(
    opts.queueName ?? LABEL_QUEUE,
    async (job) => {
      try {
        return await handler(job.data.inboxId);
      } catch (e) {
        if (e instanceof PermanentJobError) throw new UnrecoverableError(e.message);
        throw e;
      }
    },
    { connection, prefix: opts.prefix, concurrency: opts.concurrency, autorun: true, lockDuration: opts.lockMs ?? 30_000, stalledInterval: opts.lockMs ?? 30_000 },
  );
  worker.on('error', () => undefined);
  return {
    worker,
    async close() {
      // In-flight jobs finish first; if Redis is gone they cannot report back, so stop waiting after the lock time
      // (their jobs are taken over as stalled by another worker).
      if ((await atMost(worker.close().then(() => 'closed'), opts.lockMs ?? 30_000)) !== 'closed') await atMost(worker.close(true), 3000);
      connection.disconnect();
    },
  };
}
