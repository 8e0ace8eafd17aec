import type { FastifyInstance } from 'fastify';
import type { IngestPort } from '../service/ingest-port.js';
import { openSqlHandle } from '../store/sql-handle.js';
import { silentLogger, type FeedLogger } from './feed-logger.js';
import type { FeedsConfig } from '../config/feeds-config.js';
import { feedCursorStore } from './fhir/cursor-store.js';
import { fhirFetcher } from './fhir/fhir-fetcher.js';
import { fhirPlugin } from './fhir/fhir-plugin.js';
import { startFhirPoller } from './fhir/fhir-poller.js';
import { startMllpListener, type MllpListener } from './mllp/mllp-listener.js';

export interface RunningFeeds {
  mllp?: MllpListener;
  /** Runs a FHIR pull sweep now (e.g. on a Subscription ping); undefined without a pull feed. */
  sweep?: () => Promise<unknown>;
  /** Stops the poller, drains the MLLP listener and closes the cursor database. */
  close(): Promise<void>;
}

/**
 * Starts the configured feeds around the service's IngestPort: the MLLP listener, the FHIR poller
 * (cursor in the `db` database) and, when `app` is given, the FHIR push routes. The composition
 * root (`radlabel serve`) calls this once; `close()` belongs in its shutdown.
 */
export async function startFeeds(opts: {
  config: FeedsConfig;
  db: string;
  ingest: IngestPort;
  deidKey: string;
  app?: FastifyInstance;
  logger?: FeedLogger;
}): Promise<RunningFeeds> {
  const { config, ingest } = opts;
  const logger = opts.logger ?? silentLogger;
  const fhir = config.fhir;
  const closers: Array<() => Promise<void>> = [];
  const running: RunningFeeds = {
    async close() {
      for (const c of closers.reverse()) await c();
    },
  };
  try {
    if (fhir.baseUrl && fhir.pull.intervalMs > 0) {
      const handle = await openSqlHandle(opts.db);
      closers.push(() => handle.close());
      const poller = startFhirPoller({
        baseUrl: fhir.baseUrl,
        cursors: feedCursorStore(handle),
        ingest,
        ...(fhir.auth ? { auth: fhir.auth } : {}),
        pageSize: fhir.pull.pageSize,
        ...(fhir.pull.since ? { since: fhir.pull.since } : {}),
        intervalMs: fhir.pull.intervalMs,
        logger,
      });
      closers.push(() => poller.stop());
      running.sweep = () => poller.sweep();
    }
    if (opts.app && fhir.push) {
      await opts.app.register(fhirPlugin, {
        port: ingest,
        bodyLimit: fhir.bodyLimitBytes,
        ...(fhir.baseUrl ? { fetchResource: fhirFetcher({ baseUrl: fhir.baseUrl, ...(fhir.auth ? { auth: fhir.auth } : {}) }) } : {}),
        onPing: () => void running.sweep?.().catch(() => undefined),
      });
    }
    // Write-back (`fhir.writeBack`) is not a feed here: it runs where labelling runs (the service
    // runtime's outbox and pump, src/service/writeback/), in an embedded serve and in workers.
    if (config.mllp.port !== undefined) {
      const mllp = await startMllpListener({ ...config.mllp, port: config.mllp.port, ingest, logger });
      closers.push(() => mllp.close());
      running.mllp = mllp;
    }
  } catch (e) {
    await running.close();
    throw e;
  }
  return running;
}
