import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { openRunContext } from '../../src/app/run-context.js';
import { openServiceRuntime, type ServiceRuntime } from '../../src/app/service-runtime.js';
import { startWorker } from '../../src/app/worker.js';
import { buildApp } from '../../src/service/http/build-app.js';
import { createApiKey } from '../../src/service/api-keys.js';
import type { createEmbeddedQueue } from '../../src/service/queue/embedded-queue.js';
import { radiologyReport, startFhirStandIn } from '../feeds/helpers/fhir-stand-in.js';
import { TEST_DEID_KEY, phiOru } from './helpers.js';
import { dropPrefix, scaledSetup, servicesUp, waitFor } from './scaled-helpers.js';
import { dropSchemas } from '../store/pg-helpers.js';

type StandIn = Awaited<ReturnType<typeof startFhirStandIn>>;

/** A FHIR Bundle (collection) with a report and its Patient / ImagingStudy, as a push would bring it. */
const fhirBody = (n: number, text = 'Small left pleural effusion. No pneumothorax.') =>
  JSON.stringify({ resourceType: 'Bundle', type: 'collection', entry: radiologyReport(n, '2026-11-01T00:00:00Z', { text }).map((resource) => ({ resource })) });

const posts = (server: StandIn) => server.requests.filter((r) => r.path === '/fhir').length;

describe('FHIR write-back from the service (embedded mode, SQLite)', () => {
  let server: StandIn | undefined;
  let rt: ServiceRuntime | undefined;
  let dir: string | undefined;
  afterEach(async () => {
    await rt?.close();
    await server?.close();
    if (dir) rmSync(dir, { recursive: true, force: true });
    rt = server = dir = undefined;
  });

  const open = async (faults: number[], service: Record<string, unknown> = {}) => {
    server = await startFhirStandIn([], { faults: { 0: faults } });
    dir = mkdtempSync(join(tmpdir(), 'radlabel-wb-'));
    const ctx = await openRunContext({
      db: join(dir, 'db.sqlite'),
      deid: { key: TEST_DEID_KEY },
      service: { jobBackoffMs: 10, ...service },
      feeds: { fhir: { baseUrl: server.baseUrl, writeBack: true, pull: { intervalMs: 0 } } },
    });
    rt = await openServiceRuntime(ctx, { role: 'serve' });
    return rt;
  };
  const idle = () => (rt!.queue as ReturnType<typeof createEmbeddedQueue>).idle();

  it('POSTs the labels of FHIR-sourced reports after labelling, through 503 / 429, once per version; HL7 reports are not written back', async () => {
    const r = await open([503, 429, 503]);
    await r.ingest.ingest({ body: fhirBody(1), contentType: 'fhir+json', source: { door: 'fhir-push' } });
    await r.ingest.ingest({ body: fhirBody(2, 'Cardiomegaly. Right pleural effusion.'), contentType: 'fhir+json', source: { door: 'fhir-pull' } });
    await r.ingest.ingest({ body: phiOru(1), contentType: 'hl7v2', source: { door: 'http' } });
    await idle();
    // Labelling did not wait for the write-back: every report is labelled.
    expect(await r.svc.inboxCounts()).toMatchObject({ labelled: 3, pending: 0 });
    await waitFor(async () => (await r.writeback!.outbox.counts()).sent === 2, 10_000, 20);
    expect(await r.writeback!.outbox.counts()).toEqual({ pending: 0, sent: 2, failed: 0 });
    const sent = server!.posted;
    expect(sent).toHaveLength(2);
    const refs = sent.flatMap((b) => b.entry.map((e) => (e.resource.derivedFrom as Array<{ reference: string }>)[0]!.reference)).sort();
    expect(new Set(refs)).toEqual(new Set(['DiagnosticReport/dr1', 'DiagnosticReport/dr2']));
    for (const b of sent) for (const e of b.entry) expect(e.request!.ifNoneExist).toMatch(/^identifier=/);
    // The first attempt met 503, 429, 503 and was put back; the retry got through.
    const metrics = await r.metrics.registry.metrics();
    expect(metrics).toMatch(/radlabel_fhir_writeback_total\{result="retry",code="FHIR_SERVER"\} 1/);
    expect(metrics).toMatch(/radlabel_fhir_writeback_total\{result="sent",code=""\} 2/);
    expect(metrics).toMatch(/radlabel_fhir_writeback_outbox\{state="sent"\} 2/);

    // Re-delivery and a job run again write nothing twice.
    const before = posts(server!);
    await r.ingest.ingest({ body: fhirBody(1), contentType: 'fhir+json', source: { door: 'fhir-push' } });
    const [entry] = await r.svc.listInbox('labelled', 1);
    await r.handle(entry!.id);
    await r.writeback!.pump!.drain();
    expect(posts(server!)).toBe(before);
    expect(await r.writeback!.outbox.counts()).toEqual({ pending: 0, sent: 2, failed: 0 });
  });

  it('a server that keeps failing: labelling goes on, the write-back fails after its attempts and shows in /v1/failures and /metrics', async () => {
    const r = await open(Array(40).fill(500), { jobAttempts: 2 });
    await r.ingest.ingest({ body: fhirBody(3), contentType: 'fhir+json', source: { door: 'fhir-push' } });
    await idle();
    expect(await r.svc.inboxCounts()).toMatchObject({ labelled: 1 });
    await waitFor(async () => (await r.writeback!.outbox.counts()).failed === 1, 15_000, 20);
    const app = await buildApp(r);
    const review = (await createApiKey(r.svc, 'review')).key;
    const f = (await app.inject({ method: 'GET', url: '/v1/failures', headers: { authorization: `Bearer ${review}` } })).json() as { writeBack: Array<{ reportId: string; code: string; attempts: number; state: string }> };
    expect(f.writeBack).toHaveLength(1);
    expect(f.writeBack[0]).toMatchObject({ code: 'FHIR_SERVER', attempts: 2, state: 'failed' });
    const metrics = await r.metrics.registry.metrics();
    expect(metrics).toMatch(/radlabel_fhir_writeback_total\{result="failed",code="FHIR_SERVER"\} 1/);
    expect(metrics).toMatch(/radlabel_fhir_writeback_outbox\{state="failed"\} 1/);
    await app.close();
  }, 30_000);

  it('a permanent refusal (400) fails at once, without retries', async () => {
    const r = await open([400]);
    await r.ingest.ingest({ body: fhirBody(4), contentType: 'fhir+json', source: { door: 'fhir-push' } });
    await idle();
    await waitFor(async () => (await r.writeback!.outbox.counts()).failed === 1, 10_000, 20);
    expect(posts(server!)).toBe(1);
    expect((await r.writeback!.outbox.list('failed', 10))[0]).toMatchObject({ attempts: 1, code: 'FHIR_SERVER' });
  });
});

const up = await servicesUp('FHIR write-back by workers');

describe.skipIf(!up)('FHIR write-back by BullMQ workers (PostgreSQL + Redis)', () => {
  it('each labelled FHIR report is written back once, by whichever worker labelled it', async () => {
    const server = await startFhirStandIn([], { faults: { 0: [502] } });
    const s = scaledSetup();
    const overrides = { ...s.overrides, feeds: { fhir: { baseUrl: server.baseUrl, writeBack: true, pull: { intervalMs: 0 } } } };
    const serve = await openServiceRuntime(await openRunContext(overrides), { role: 'serve' });
    const workers = [await startWorker(await openRunContext(overrides), { concurrency: 4 }), await startWorker(await openRunContext(overrides), { concurrency: 4 })];
    try {
      // serve only accepts: it has the outbox but no pump.
      expect(serve.writeback?.pump).toBeUndefined();
      for (let i = 10; i < 20; i++) await serve.ingest.ingest({ body: fhirBody(i), contentType: 'fhir+json', source: { door: 'fhir-push' } });
      await waitFor(async () => (await serve.svc.inboxCounts()).labelled === 10, 30_000);
      await waitFor(async () => (await serve.writeback!.outbox.counts()).sent === 10, 30_000);
      const refs = server.posted.map((b) => (b.entry[0]!.resource.derivedFrom as Array<{ reference: string }>)[0]!.reference);
      expect(new Set(refs).size).toBe(10);
      expect(refs).toHaveLength(10);
    } finally {
      for (const w of workers) await w.close();
      await serve.close();
      await server.close();
      await dropPrefix(s.prefix).catch(() => undefined);
      await dropSchemas([s.schema]);
    }
  }, 60_000);
});
