import { PermanentJobError } from '../label-job.js';
import type { JobHandler, JobQueue, QueueDepth } from './job-queue.js';

export interface EmbeddedQueueOptions {
  concurrency: number;
  attempts: number;
  backoffMs: number;
  onFailed?(id: string, err: unknown, willRetry: boolean): void;
}

/**
 * The in-process queue of embedded mode: the same job handler as a BullMQ worker, run inside
 * `serve`. Its state is the inbox table itself (a restart re-sends unfinished entries), so it needs
 * no persistence of its own. Transient failures retry with exponential backoff.
 */
export function createEmbeddedQueue(handler: JobHandler, opts: EmbeddedQueueOptions): JobQueue & { idle(): Promise<void> } {
  const waiting: string[] = [];
  const known = new Set<string>();
  const dead = new Map<string, { reason: string; attempts: number }>();
  const timers = new Set<NodeJS.Timeout>();
  let active = 0;
  let delayed = 0;
  let closed = false;
  let idleWaiters: Array<() => void> = [];
  const attempts = new Map<string, number>();

  const settleIdle = () => {
    if (active === 0 && waiting.length === 0 && delayed === 0) {
      for (const w of idleWaiters) w();
      idleWaiters = [];
    }
  };

  const pump = () => {
    while (!closed && active < opts.concurrency && waiting.length) {
      const id = waiting.shift()!;
      active++;
      void handler(id)
        .then(() => {
          known.delete(id);
          attempts.delete(id);
        })
        .catch((err: unknown) => {
          const n = (attempts.get(id) ?? 0) + 1;
          attempts.set(id, n);
          const retry = !(err instanceof PermanentJobError) && n < opts.attempts && !closed;
          opts.onFailed?.(id, err, retry);
          if (!retry) {
            known.delete(id);
            dead.set(id, { reason: err instanceof Error ? err.message : String(err), attempts: n });
            return;
          }
          delayed++;
          const t = setTimeout(() => {
            timers.delete(t);
            delayed--;
            waiting.push(id);
            pump();
          }, opts.backoffMs * 2 ** (n - 1));
          timers.add(t);
        })
        .finally(() => {
          active--;
          pump();
          settleIdle();
        });
    }
  };

  return {
    kind: 'embedded',
    enqueue(ids) {
      for (const id of ids) {
        if (known.has(id)) continue;
        known.add(id);
        dead.delete(id);
        waiting.push(id);
      }
      pump();
      return Promise.resolve();
    },
    retry(ids) {
      for (const id of ids) {
        dead.delete(id);
        attempts.delete(id);
      }
      return this.enqueue(ids);
    },
    depth: (): Promise<QueueDepth> => Promise.resolve({ waiting: waiting.length, active, delayed, failed: dead.size }),
    workers: () => Promise.resolve(1),
    deadLetters: (limit) => Promise.resolve([...dead].slice(0, limit).map(([id, d]) => ({ id, ...d }))),
    /** Resolves when nothing is waiting, running or delayed (tests, graceful shutdown). */
    idle() {
      return new Promise<void>((resolve) => {
        idleWaiters.push(resolve);
        settleIdle();
      });
    },
    async close() {
      closed = true;
      for (const t of timers) clearTimeout(t);
      timers.clear();
      delayed = 0;
      waiting.length = 0;
      // In-flight jobs finish (their rows are durable either way); wait for them.
      await new Promise<void>((resolve) => {
        idleWaiters.push(resolve);
        settleIdle();
      });
    },
  };
}
