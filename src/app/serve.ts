import type pino from 'pino';
import { RadlabelError } from '../errors/index.js';
import { buildApp } from '../service/http/build-app.js';
import { FEEDS, type MllpHandle } from './feeds.js';
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
  const plugins = [];
  if (FEEDS.fhir) {
    const fhir = await FEEDS.fhir();
    plugins.push(async (app: Parameters<typeof fhir>[0], r: ServiceRuntime) => {
      await app.register(async (sub) => fhir(sub, { port: r.ingest }), { prefix: '/fhir/r4' });
    });
  }
  const app = await buildApp(rt, { logger: opts.logger, plugins, isDraining: () => draining });
  const mllpPort = opts.mllpPort ?? cfg.mllpPort;
  let mllp: MllpHandle | undefined;
  try {
    await app.listen({ host: cfg.host, port: opts.port ?? cfg.port });
    if (mllpPort !== undefined) {
      if (!FEEDS.mllp) throw new RadlabelError('CONFIG_INVALID', 'an MLLP port is set but this build has no MLLP listener');
      const start = await FEEDS.mllp();
      mllp = await start({ host: cfg.host, port: mllpPort, ingest: rt.ingest, maxFrameBytes: cfg.mllpMaxFrameBytes, idleTimeoutMs: cfg.mllpIdleTimeoutMs, logger: opts.logger });
    }
  } catch (e) {
    await app.close();
    await rt.close();
    throw e;
  }
  // Recovery first: whatever was accepted before a crash and never labelled goes to the queue again.
  const sweep = () => rt.sweep(10_000).catch((e: unknown) => opts.logger?.warn({ err: { name: (e as Error).name } }, 'sweep failed'));
  void rt.sweep(0).catch(() => undefined);
  const timer = setInterval(() => void sweep(), opts.sweepEveryMs ?? 5000);
  timer.unref();
  const address = app.server.address();
  return {
    rt,
    port: typeof address === 'object' && address ? address.port : (opts.port ?? cfg.port),
    mllpPort: mllp?.address().port,
    async close() {
      draining = true;
      clearInterval(timer);
      await mllp?.close();
      await app.close();
      await rt.close();
    },
  };
}
