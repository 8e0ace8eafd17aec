import type pino from 'pino';
import { createDeidStage } from '../deid/deid-stage.js';
import { normalizeError } from '../errors/index.js';
import { createIngestService } from '../service/ingest-service.js';
import { groupCommit } from '../service/group-commit.js';
import type { IngestPort } from '../service/ingest-port.js';
import { execLabelJob, type LabelJobDeps } from '../service/label-job.js';
import { createMetrics, type ServiceMetrics } from '../service/metrics.js';
import { createRawCipher, type RawCipher } from '../service/raw-crypto.js';
import { createEmbeddedQueue } from '../service/queue/embedded-queue.js';
import type { JobHandler, JobQueue } from '../service/queue/job-queue.js';
import { openServiceStore } from '../service/store/open-service-store.js';
import type { InboxCursor, ServiceStore } from '../service/store/service-store.js';
import type { Extractor } from '../extract/extractor.js';
import { openAuditLog, type AuditLog } from '../audit/audit-log.js';
import { makeExtractor } from './make-extractor.js';
import { openSqlHandle } from '../store/sql-handle.js';
import { fhirWriteBack } from '../feeds/fhir/write-back.js';
import { writebackKeysOf, writebackOutbox, type WritebackOutbox } from '../service/writeback/writeback-outbox.js';
import { startWritebackPump, type WritebackPump } from '../service/writeback/writeback-pump.js';
import { loadOntology } from '../ontology/load-ontology.js';
import type { RunContext } from './run-context.js';

/** Everything a service process (serve or worker) runs on, built once from the run context. */
export interface ServiceRuntime {
  ctx: RunContext;
  mode: 'embedded' | 'scaled';
  svc: ServiceStore;
  cipher: RawCipher;
  metrics: ServiceMetrics;
  extractor: Extractor;
  /** The hash-chained audit log in the service database: reads of report text, exports, label and key changes. */
  audit: AuditLog;
  /** FHIR write-back (`feeds.fhir.writeBack`): the outbox, and its pump where labelling runs (embedded serve, workers). */
  writeback?: { outbox: WritebackOutbox; pump?: WritebackPump };
  /** Runs one labelling job (the worker's and the embedded queue's handler). */
  handle: JobHandler;
  /** The queue jobs go to: embedded (in `serve`) or BullMQ. Unset in a worker until attached. */
  queue?: JobQueue;
  ingest: IngestPort;
  /** Re-sends pending inbox entries older than `ageMs` that the queue does not hold (crash / outage recovery); returns how many. */
  sweep(ageMs?: number): Promise<number>;
  close(): Promise<void>;
}

/**
 * Builds the service runtime. Embedded mode (no `service.redisUrl`): `serve` labels in process
 * with the same job handler a worker runs. Scaled mode: jobs go to BullMQ (`src/service/queue`).
 */
export async function openServiceRuntime(ctx: RunContext, opts: { logger?: pino.Logger; role: 'serve' | 'worker' }): Promise<ServiceRuntime> {
  const cfg = ctx.config.service;
  const mode = cfg.redisUrl ? 'scaled' : 'embedded';
  const svc = openServiceStore(ctx.config.db);
  await svc.ping();
  const audit = await openAuditLog(ctx.config.db);
  const cipher = createRawCipher(cfg.encryptionKey, ctx.deid.key);
  const { extractor } = await makeExtractor(ctx);
  let queue: JobQueue | undefined;
  const writeback = await openWriteback(ctx);
  const metrics = createMetrics(() => queue, () => writeback?.outbox);
  const labels = mode === 'embedded' || opts.role === 'worker';
  if (writeback && labels) {
    const fhir = ctx.config.feeds.fhir;
    writeback.pump = startWritebackPump({
      outbox: writeback.outbox,
      labels: ctx.store,
      ontology: (id) => {
        if (id === ctx.ontology.id) return ctx.ontology;
        try {
          return loadOntology(id, ctx.config.ontologyDir);
        } catch {
          return undefined;
        }
      },
      // Short retries inside one attempt; the outbox spaces out the longer ones.
      writeBack: fhirWriteBack({ baseUrl: fhir.baseUrl!, deidKey: ctx.deid.key, retry: { retries: 2, baseMs: 200, maxMs: 5000 }, ...(fhir.auth ? { auth: fhir.auth } : {}) }),
      attempts: cfg.jobAttempts,
      backoffMs: cfg.jobBackoffMs,
      onResult: (result, code) => {
        metrics.writeBack(result, code);
        if (result === 'retry' || result === 'failed') opts.logger?.warn({ result, code }, 'fhir write-back not sent');
      },
    });
  }
  const deps: LabelJobDeps = {
    svc,
    labels: ctx.store,
    cipher,
    deid: createDeidStage(ctx.deid),
    extractor,
    ontology: ctx.ontology,
    // Concurrent jobs share round trips: one inbox read, one label batch and one inbox update each.
    getInbox: ((read) => async (id: string) => (await read([id]))[0])(groupCommit((ids: string[]) => svc.getInboxMany(ids), 200)),
    saveLabelled: groupCommit((items: Parameters<typeof ctx.store.saveLabelled>[0]) => ctx.store.saveLabelled(items), 200),
    finishLabelled: groupCommit(async (ids: string[]) => {
      await svc.finishLabelled(ids);
      return ids;
    }, 500),
    // Only reports that came from a FHIR server go back to it; ids only in the outbox.
    ...(writeback
      ? {
          afterLabelled: async (report) => {
            const keys = writebackKeysOf([report], ctx.ontology.id);
            if (!keys.length) return;
            await writeback.outbox.enqueue(keys);
            writeback.pump?.kick();
          },
        }
      : {}),
  };
  const handle: JobHandler = async (id) => {
    const end = metrics.stage.startTimer({ stage: 'label' });
    try {
      const r = await execLabelJob({ inboxId: id }, deps);
      metrics.job(r);
      return r;
    } catch (e) {
      const err = normalizeError(e instanceof Error && 'error' in e ? (e as { error: unknown }).error : e, 'EXTRACT_FAILED');
      metrics.jobError(err.code);
      opts.logger?.warn({ inboxId: id, code: err.code }, 'labelling job failed');
      throw e;
    } finally {
      end();
      metrics.extractorStats(extractor.stats?.());
    }
  };
  if (mode === 'scaled' && opts.role === 'serve') {
    const { createBullQueue } = await import('../service/queue/bullmq-queue.js');
    queue = await createBullQueue({
      redisUrl: cfg.redisUrl!,
      cluster: cfg.redisCluster,
      prefix: cfg.queuePrefix,
      attempts: cfg.jobAttempts,
      backoffMs: cfg.jobBackoffMs,
      globalConcurrency: cfg.globalConcurrency,
      globalRatePerMinute: cfg.globalRatePerMinute,
    });
  } else if (mode === 'embedded') {
    queue = createEmbeddedQueue(handle, { concurrency: cfg.embeddedConcurrency, attempts: cfg.jobAttempts, backoffMs: cfg.jobBackoffMs });
  }
  const ingest = createIngestService({
    svc,
    labels: ctx.store,
    cipher,
    deidKey: ctx.deid.key,
    dispatch: (ids) => (queue ? queue.enqueue(ids) : Promise.resolve()),
    onOutcome: (door, o) => metrics.outcome(door, o),
    onDispatchError: (e) => opts.logger?.warn({ code: normalizeError(e, 'SERVICE_UNAVAILABLE').code }, 'queue unavailable; accepted reports wait in the inbox for the sweeper'),
  });
  return {
    ctx,
    mode,
    svc,
    cipher,
    metrics,
    extractor,
    audit,
    ...(writeback ? { writeback } : {}),
    handle,
    queue,
    ingest,
    async sweep(ageMs = 10_000) {
      if (!queue) return 0;
      let n = 0;
      let seen = 0;
      const before = new Date(Date.now() - ageMs).toISOString();
      // One pass in (received_at, id) order. A backlog the workers have not reached yet is pending
      // but queued: only ids the queue does not hold are sent (a crash before enqueue, Redis lost).
      for (let after: InboxCursor | undefined; ; ) {
        const batch = await svc.pendingInbox(before, 500, after);
        if (!batch.length) return n;
        const ids = batch.map((b) => b.id);
        const missing = queue.unqueued ? await queue.unqueued(ids) : ids;
        if (missing.length) await queue.enqueue(missing);
        n += missing.length;
        seen += batch.length;
        if (batch.length < 500 || seen >= 50_000) return n;
        after = batch.at(-1)!;
      }
    },
    async close() {
      await queue?.close();
      await writeback?.pump?.close();
      await writeback?.close();
      await extractor.close?.();
      await svc.close();
      await audit.close();
      await ctx.store.close();
    },
  };
}

/** The write-back outbox on its own connection, when `feeds.fhir.writeBack` is on. */
async function openWriteback(ctx: RunContext): Promise<(NonNullable<ServiceRuntime['writeback']> & { close(): Promise<void> }) | undefined> {
  const fhir = ctx.config.feeds.fhir;
  if (!fhir.writeBack || !fhir.baseUrl) return undefined;
  const handle = await openSqlHandle(ctx.config.db);
  return { outbox: writebackOutbox(handle), close: () => handle.close() };
}
