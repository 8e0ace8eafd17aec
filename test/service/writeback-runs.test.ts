import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import type { FastifyInstance } from 'fastify';
import { openRunContext } from '../../src/app/run-context.js';
import { openServiceRuntime, type ServiceRuntime } from '../../src/app/service-runtime.js';
import { buildApp } from '../../src/service/http/build-app.js';
import { createApiKey } from '../../src/service/api-keys.js';
import type { createEmbeddedQueue } from '../../src/service/queue/embedded-queue.js';
import { writebackRowId } from '../../src/service/writeback/writeback-outbox.js';
import { radiologyReport, startFhirStandIn } from '../feeds/helpers/fhir-stand-in.js';
import { TEST_DEID_KEY, embeddedRuntime, phiOru } from './helpers.js';
import { dropPrefix, scaledSetup, servicesUp, waitFor } from './scaled-helpers.js';
import { startWorker } from '../../src/app/worker.js';
import { dropSchemas } from '../store/pg-helpers.js';

type StandIn = Awaited<ReturnType<typeof startFhirStandIn>>;

const fhirBody = (n: number, text: string) =>
  JSON.stringify({ resourceType: 'Bundle', type: 'collection', entry: radiologyReport(n, '2026-11-01T00:00:00Z', { text }).map((resource) => ({ resource })) });

const posts = (server: StandIn) => server.requests.filter((r) => r.path === '/fhir').length;

/** The DiagnosticReport each Observation POSTed (from bundle `from` on) derives from. */
const derived = (server: StandIn, from = 0) => server.posted.slice(from).flatMap((b) => b.entry.map((e) => (e.resource.derivedFrom as Array<{ reference: string }>)[0]!.reference));

describe('FHIR write-back of re-labelling runs and retry of failed write-backs (embedded, SQLite)', () => {
  let server: StandIn | undefined;
  let rt: ServiceRuntime | undefined;
  let app: FastifyInstance | undefined;
  let dir: string | undefined;
  afterEach(async () => {
    await app?.close();
    await rt?.close();
    await server?.close();
    if (dir) rmSync(dir, { recursive: true, force: true });
    app = rt = server = dir = undefined;
  });

  const open = async (faults: number[] = [], service: Record<string, unknown> = {}, extra: Record<string, unknown> = {}) => {
    server = await startFhirStandIn([], { faults: { 0: faults } });
    dir = mkdtempSync(join(tmpdir(), 'radlabel-wbrun-'));
    const ctx = await openRunContext({
      db: join(dir, 'db.sqlite'),
      deid: { key: TEST_DEID_KEY },
      service: { jobBackoffMs: 10, ...service },
      feeds: { fhir: { baseUrl: server.baseUrl, writeBack: true, pull: { intervalMs: 0 } } },
      ...extra,
    });
    rt = await openServiceRuntime(ctx, { role: 'serve' });
    app = await buildApp(rt);
    return { rt, app, server };
  };
  const idle = () => (rt!.queue as ReturnType<typeof createEmbeddedQueue>).idle();
  const bearer = async (role: 'admin' | 'review' | 'read') => ({ authorization: `Bearer ${(await createApiKey(rt!.svc, role)).key}` });

  /** Starts a run and waits until it ends; returns the run row. */
  const run = async (payload: Record<string, unknown>) => {
    const start = await app!.inject({ method: 'POST', url: '/v1/runs', headers: await bearer('admin'), payload });
    expect(start.statusCode, start.body).toBe(202);
    const id = start.json().id as string;
    let r = { state: 'queued' } as { state: string; done: number; params: Record<string, unknown> };
    await waitFor(async () => {
      r = await rt!.svc.getRun(id) as typeof r;
      return r.state === 'done' || r.state === 'failed';
    }, 20_000, 20);
    return r;
  };

  /** Two FHIR reports (pushed and pulled) and one HL7 report, labelled, their write-backs sent. */
  const seed = async () => {
    await rt!.ingest.ingest({ body: fhirBody(1, 'Small left pleural effusion. No pneumothorax.'), contentType: 'fhir+json', source: { door: 'fhir-push' } });
    await rt!.ingest.ingest({ body: fhirBody(2, 'Cardiomegaly. Right pleural effusion.'), contentType: 'fhir+json', source: { door: 'fhir-pull' } });
    await rt!.ingest.ingest({ body: phiOru(1, { text: 'Cardiomegaly. Left pleural effusion.' }), contentType: 'hl7v2', source: { door: 'http' } });
    await idle();
    await waitFor(async () => (await rt!.writeback!.outbox.counts()).sent === 2, 10_000, 20);
  };

  it('a run writes back the labels of FHIR-sourced reports through the outbox, once: running it again sends nothing', async () => {
    await open();
    await seed();
    const before = posts(server!);
    const first = await run({ ontology: 'chestxray14' });
    expect(first).toMatchObject({ state: 'done', done: 3, params: { ontology: 'chestxray14', writeBack: true } });
    await rt!.writeback!.pump!.drain();
    // Only the two FHIR reports, for the run's ontology (the HL7 report has no DiagnosticReport to derive from).
    const rows = await rt!.writeback!.outbox.list('sent', 10);
    expect(rows.filter((r) => r.ontologyId === 'chestxray14')).toHaveLength(2);
    expect(await rt!.writeback!.outbox.counts()).toEqual({ pending: 0, sent: 4, failed: 0 });
    expect(posts(server!)).toBe(before + 2);
    expect(new Set(derived(server!, 2))).toEqual(new Set(['DiagnosticReport/dr1', 'DiagnosticReport/dr2']));
    for (const b of server!.posted.slice(2)) for (const e of b.entry) expect(e.request!.ifNoneExist).toMatch(/^identifier=/);

    // The same run again: labels and outbox rows are keyed by version and ontology, nothing is sent twice.
    await run({ ontology: 'chestxray14' });
    await rt!.writeback!.pump!.drain();
    expect(posts(server!)).toBe(before + 2);
    expect(await rt!.writeback!.outbox.counts()).toEqual({ pending: 0, sent: 4, failed: 0 });
  }, 30_000);

  it('writeBack: false re-labels without pushing; a later run with writeBack: true pushes the stored labels', async () => {
    await open();
    await seed();
    const before = posts(server!);
    const quiet = await run({ ontology: 'chestxray14', writeBack: false });
    expect(quiet).toMatchObject({ state: 'done', done: 3, params: { writeBack: false } });
    await rt!.writeback!.pump!.drain();
    expect(posts(server!)).toBe(before);
    expect(await rt!.writeback!.outbox.counts()).toEqual({ pending: 0, sent: 2, failed: 0 });

    await run({ ontology: 'chestxray14', writeBack: true });
    await rt!.writeback!.pump!.drain();
    expect(await rt!.writeback!.outbox.counts()).toEqual({ pending: 0, sent: 4, failed: 0 });
    expect(posts(server!)).toBe(before + 2);
  }, 30_000);

  it('refuses writeBack: true when no write-back is configured, and an ontology the labelling processes cannot load by id', async () => {
    const h = await embeddedRuntime();
    try {
      const a = await buildApp(h.rt);
      const admin = { authorization: `Bearer ${await h.key('admin')}` };
      const off = await a.inject({ method: 'POST', url: '/v1/runs', headers: admin, payload: { ontology: 'chestxray14', writeBack: true } });
      expect(off.statusCode).toBe(400);
      expect(off.json().code).toBe('HTTP_BAD_REQUEST');
      // Without write-back configured, the default is not to write back: the run starts.
      expect((await a.inject({ method: 'POST', url: '/v1/runs', headers: admin, payload: { ontology: 'chestxray14' } })).statusCode).toBe(202);
      await a.close();
    } finally {
      await h.close();
    }

    await open();
    // An ontology file outside ontologyDir, with an id no file there has.
    const file = join(dir!, 'elsewhere.yaml');
    writeFileSync(file, readFileSync('ontologies/chestxray14.yaml', 'utf8').replace(/^id: chestxray14$/m, 'id: elsewhere'));
    const admin = await bearer('admin');
    const refused = await app!.inject({ method: 'POST', url: '/v1/runs', headers: admin, payload: { ontology: file } });
    expect(refused.statusCode).toBe(400);
    expect(refused.json().detail).toMatch(/ontologyDir/);
    // The same file without write-back runs.
    expect((await app!.inject({ method: 'POST', url: '/v1/runs', headers: admin, payload: { ontology: file, writeBack: false } })).statusCode).toBe(202);
    // Copied into ontologyDir under its id, the labelling processes can load it: accepted with write-back.
    const ontDir = join(dir!, 'ontologies');
    await rt!.close();
    await app!.close();
    mkdirSync(ontDir);
    copyFileSync(file, join(ontDir, 'elsewhere.yaml'));
    copyFileSync('ontologies/chexpert.yaml', join(ontDir, 'chexpert.yaml'));
    rt = await openServiceRuntime(await openRunContext({ db: join(dir!, 'db.sqlite'), deid: { key: TEST_DEID_KEY }, ontologyDir: ontDir, feeds: { fhir: { baseUrl: server!.baseUrl, writeBack: true, pull: { intervalMs: 0 } } } }), { role: 'serve' });
    app = await buildApp(rt);
    expect((await app.inject({ method: 'POST', url: '/v1/runs', headers: await bearer('admin'), payload: { ontology: file } })).statusCode).toBe(202);
  }, 30_000);

  it('POST /v1/failures/writeback/:id/retry puts a failed row back to pending with attempts reset, audited; 404 unknown, 409 not failed', async () => {
    // The first send is refused (400: fails at once); the server accepts after that.
    await open([400]);
    await rt!.ingest.ingest({ body: fhirBody(5, 'Small left pleural effusion.'), contentType: 'fhir+json', source: { door: 'fhir-push' } });
    await idle();
    await waitFor(async () => (await rt!.writeback!.outbox.counts()).failed === 1, 10_000, 20);
    const review = await bearer('review');
    const failures = (await app!.inject({ method: 'GET', url: '/v1/failures', headers: review })).json() as { writeBack: Array<{ id: string; reportId: string; versionKey: string; ontologyId: string }> };
    const row = failures.writeBack[0]!;
    expect(row.id).toBe(writebackRowId(row));

    // Read keys may not retry.
    expect((await app!.inject({ method: 'POST', url: `/v1/failures/writeback/${row.id}/retry`, headers: await bearer('read') })).statusCode).toBe(403);

    const retried = await app!.inject({ method: 'POST', url: `/v1/failures/writeback/${row.id}/retry`, headers: review });
    expect(retried.statusCode).toBe(202);
    expect(retried.json()).toMatchObject({ requeued: row.id, reportId: row.reportId });
    await rt!.writeback!.pump!.drain();
    await waitFor(async () => (await rt!.writeback!.outbox.counts()).sent === 1, 10_000, 20);
    expect(server!.posted).toHaveLength(1);
    // attempts were reset: the one successful claim after the retry.
    expect((await rt!.writeback!.outbox.list('sent', 10))[0]).toMatchObject({ attempts: 1, code: null, reason: null });

    const audit = await rt!.audit.list({ action: 'failure.retry' });
    expect(audit).toHaveLength(1);
    expect(audit[0]!.target).toBe(`kind=writeback report=${row.reportId} version=${row.versionKey} ontology=${row.ontologyId}`);

    // Sent now, so not failed: 409, and nothing audited.
    const again = await app!.inject({ method: 'POST', url: `/v1/failures/writeback/${row.id}/retry`, headers: review });
    expect(again.statusCode).toBe(409);
    expect(again.json().code).toBe('HTTP_CONFLICT');
    for (const id of [writebackRowId({ ...row, versionKey: 'v-none' }), writebackRowId({ ...row, ontologyId: 'chestxray14' }), 'not-an-id', Buffer.from('["a","b"]').toString('base64url')]) {
      const r = await app!.inject({ method: 'POST', url: `/v1/failures/writeback/${id}/retry`, headers: review });
      expect(r.statusCode, id).toBe(404);
      expect(r.json().code).toBe('HTTP_NOT_FOUND');
    }
    expect(await rt!.audit.list({ action: 'failure.retry' })).toHaveLength(1);
  }, 30_000);
});

const up = await servicesUp('FHIR write-back of runs by workers');

describe.skipIf(!up)('FHIR write-back of a re-labelling run in scaled mode (PostgreSQL + Redis)', () => {
  it('the run in serve adds outbox rows; a worker sends them (serve has no pump)', async () => {
    const server = await startFhirStandIn([]);
    const s = scaledSetup();
    const overrides = { ...s.overrides, feeds: { fhir: { baseUrl: server.baseUrl, writeBack: true, pull: { intervalMs: 0 } } } };
    const serve = await openServiceRuntime(await openRunContext(overrides), { role: 'serve' });
    const worker = await startWorker(await openRunContext(overrides), { concurrency: 2 });
    const app = await buildApp(serve);
    try {
      for (let i = 30; i < 33; i++) await serve.ingest.ingest({ body: fhirBody(i, 'Cardiomegaly. Small left pleural effusion.'), contentType: 'fhir+json', source: { door: 'fhir-push' } });
      await waitFor(async () => (await serve.writeback!.outbox.counts()).sent === 3, 30_000);
      const admin = { authorization: `Bearer ${(await createApiKey(serve.svc, 'admin')).key}` };
      const start = await app.inject({ method: 'POST', url: '/v1/runs', headers: admin, payload: { ontology: 'chestxray14' } });
      expect(start.statusCode).toBe(202);
      await waitFor(async () => (await serve.svc.getRun(start.json().id as string))?.state === 'done', 30_000);
      await waitFor(async () => (await serve.writeback!.outbox.counts()).sent === 6, 30_000);
      expect((await serve.writeback!.outbox.list('sent', 10)).filter((r) => r.ontologyId === 'chestxray14')).toHaveLength(3);
      expect(server.posted).toHaveLength(6);
    } finally {
      await app.close();
      await worker.close();
      await serve.close();
      await server.close();
      await dropPrefix(s.prefix).catch(() => undefined);
      await dropSchemas([s.schema]);
    }
  }, 60_000);
});
