import { Counter, Gauge, Histogram, Registry, collectDefaultMetrics } from 'prom-client';
import type { IngestOutcome } from './ingest-port.js';
import type { JobQueue } from './queue/job-queue.js';
import type { WritebackOutbox } from './writeback/writeback-outbox.js';

/**
 * Prometheus metrics of a service process. Label values are fixed vocabularies (door, outcome,
 * error code, stage, queue state), never ids or text.
 */
export function createMetrics(queue?: () => JobQueue | undefined, writeback?: () => WritebackOutbox | undefined) {
  const registry = new Registry();
  collectDefaultMetrics({ register: registry, prefix: 'radlabel_' });
  const received = new Counter({ name: 'radlabel_reports_received_total', help: 'Report units received, by door and outcome', labelNames: ['door', 'outcome'], registers: [registry] });
  const jobs = new Counter({ name: 'radlabel_jobs_total', help: 'Labelling jobs finished, by result', labelNames: ['result'], registers: [registry] });
  const jobErrors = new Counter({ name: 'radlabel_job_errors_total', help: 'Labelling job failures, by error code', labelNames: ['code'], registers: [registry] });
  const stage = new Histogram({
    name: 'radlabel_stage_seconds',
    help: 'Latency by stage (ingest = receive to durable storage; label = de-identify + extract + store)',
    labelNames: ['stage'],
    buckets: [0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5],
    registers: [registry],
  });
  const extractor = new Gauge({ name: 'radlabel_extractor_stat', help: 'Extractor counters (LLM calls, tokens, cost, cache hits…)', labelNames: ['stat'], registers: [registry] });
  new Gauge({
    name: 'radlabel_queue_jobs',
    help: 'Labelling queue depth by state',
    labelNames: ['state'],
    registers: [registry],
    async collect() {
      const q = queue?.();
      if (!q) return;
      try {
        const d = await q.depth();
        for (const [k, v] of Object.entries(d)) this.set({ state: k }, v);
      } catch {
        // Redis down: the depth is unknown; /readyz reports it.
      }
    },
  });
  const writebacks = new Counter({ name: 'radlabel_fhir_writeback_total', help: 'FHIR write-back attempts, by result (sent, empty, retry, failed) and error code', labelNames: ['result', 'code'], registers: [registry] });
  new Gauge({
    name: 'radlabel_fhir_writeback_outbox',
    help: 'FHIR write-back outbox rows by state (pending, sent, failed)',
    labelNames: ['state'],
    registers: [registry],
    async collect() {
      const o = writeback?.();
      if (!o) return;
      try {
        for (const [k, v] of Object.entries(await o.counts())) this.set({ state: k }, v);
      } catch {
        // Database down: /readyz reports it.
      }
    },
  });
  return {
    registry,
    writeBack(result: string, code = '') {
      writebacks.inc({ result, code });
    },
    stage,
    outcome(door: string, o: IngestOutcome) {
      const accepted = o.accepted.filter((a) => !a.duplicate).length;
      if (accepted) received.inc({ door, outcome: 'accepted' }, accepted);
      if (o.accepted.length - accepted) received.inc({ door, outcome: 'duplicate' }, o.accepted.length - accepted);
      if (o.skipped.length) received.inc({ door, outcome: 'skipped' }, o.skipped.length);
      if (o.rejected.length) received.inc({ door, outcome: 'rejected' }, o.rejected.length);
    },
    job(result: string) {
      jobs.inc({ result });
    },
    jobError(code: string) {
      jobErrors.inc({ code });
    },
    extractorStats(stats: object | undefined) {
      for (const [k, v] of Object.entries(stats ?? {})) if (typeof v === 'number') extractor.set({ stat: k }, v);
    },
  };
}

export type ServiceMetrics = ReturnType<typeof createMetrics>;
