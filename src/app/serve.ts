import type { FastifyInstance } from 'fastify';
import type pino from 'pino';
import { buildApp } from '../service/http/build-app.js';
import type { RunningFeeds } from '../feeds/start-feeds.js';
import type { RunContext } from './run-context.js';
import { openServiceRuntime, type ServiceRuntime } from './service-runtime.js';

export interface ServeHandle {
  rt: ServiceRuntime;
  port: number;
  mllpPort?: number;
  /** Graceful stop: refuse new input (503), finish requests and in-flight jobs, close everything. */
  close(): Promise<void>;
}

/**
 * `radlabel serve`: the HTTP API (and the MLLP listener and FHIR routes when present) on one
 * ingest port. Embedded mode labels in process; scaled mode only stores and queues. A sweeper
 * re-queues accepted reports that never reached the queue (a crash between store and enqueue, Redis down).
 */
export async function startServe(ctx: RunContext, opts: { logger?: pino.Logger; port?: number; mllpPort?: number; sweepEveryMs?: number }): Promise<ServeHandle> {
  const cfg = ctx.config.service;
  const rt = await openServiceRuntime(ctx, { logger: opts.logger, role: 'serve' });
  let draining = false;
  // The hospital feeds (FHIR push routes, FHIR pull, MLLP) share the HTTP API's ingest port. MLLP
  // is configured in feeds.mllp only; --mllp-port overrides its port.
  const feedsCfg = ctx.config.feeds;
  const mllp = opts.mllpPort !== undefined ? { ...feedsCfg.mllp, port: opts.mllpPort } : feedsCfg.mllp;
  let feeds: RunningFeeds | undefined;
  const plugins = [
    async (app: FastifyInstance, r: ServiceRuntime) => {
      const { startFeeds } = await import('../feeds/start-feeds.js');
      feeds = await startFeeds({
        config: { ...feedsCfg, mllp },
        db: ctx.config.db,
        ingest: r.ingest,
        deidKey: ctx.deid.key,
        app,
        ...(opts.logger ? { logger: opts.logger } : {}),
      });
    },
  ];
  let app: FastifyInstance | undefined;
  try {
    app = await buildApp(rt, { logger: opts.logger, plugins, isDraining: () => draining });
    await app.listen({ host: cfg.host, port: opts.port ?? cfg.port });
  } catch (e) {
    await feeds?.close();
    await app?.close();
    await rt.close();
    throw e;
  }
  // Recovery first: whatever was accepted before a crash and never labelled goes to the queue again.
  // One sweep at a time: a pass over a large backlog can outlast the interval.
  let sweeping: Promise<unknown> | undefined;
  const sweep = () =>
    (sweeping ??= rt
      .sweep(10_000)
      .catch((e: unknown) => opts.logger?.warn({ err: { name: (e as Error).name } }, 'sweep failed'))
      .finally(() => {
        sweeping = undefined;
      }));
  void rt.sweep(0).catch(() => undefined);
  const timer = setInterval(() => void sweep(), opts.sweepEveryMs ?? 5000);
  timer.unref();
  const address = app.server.address();
  return {
    rt,
    port: typeof address === 'object' && address ? address.port : (opts.port ?? cfg.port),
    mllpPort: feeds?.mllp?.address().port,
    async close() {
      draining = true;
      clearInterval(timer);
      await feeds?.close();
      await app.close();
      await rt.close();
    },
  };
}
