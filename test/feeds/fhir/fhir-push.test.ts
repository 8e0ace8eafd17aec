import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import Fastify, { type FastifyInstance } from 'fastify';
import { fhirPlugin } from '../../../src/feeds/fhir/fhir-plugin.js';
import { fhirFetcher } from '../../../src/feeds/fhir/fhir-fetcher.js';
import { openSqliteStore } from '../../../src/store/sqlite/sqlite-store.js';
import type { LabelStore } from '../../../src/store/label-store.js';
import { directIngestPort } from '../helpers/direct-ingest-port.js';
import { radiologyReport, startFhirStandIn } from '../helpers/fhir-stand-in.js';

let store: LabelStore;
let app: FastifyInstance;
let server: Awaited<ReturnType<typeof startFhirStandIn>> | undefined;
let roles: Array<[string, unknown]>;
const FHIR = { 'content-type': 'application/fhir+json' };

async function build(opts: Partial<Parameters<typeof fhirPlugin>[1]> = {}): Promise<ReturnType<typeof directIngestPort>> {
  const port = directIngestPort(store);
  app = Fastify();
  roles = [];
  app.addHook('onRoute', (r) => void roles.push([`${String(r.method)} ${r.url}`, (r.config as { role?: unknown } | undefined)?.role]));
  await app.register(fhirPlugin, { port, ...opts });
  await app.ready();
  return port;
}

const entry = (resource: Record<string, unknown>, method = 'POST') => ({
  fullUrl: `urn:uuid:${resource.resourceType as string}-${resource.id as string}`,
  resource,
  request: { method, url: resource.resourceType },
});

beforeEach(async () => {
  store = openSqliteStore(':memory:');
  await store.migrate();
});
afterEach(async () => {
  await app?.close();
  await server?.close();
  server = undefined;
  await store.close();
});

describe('FHIR push', () => {
  it('POST /fhir/r4/DiagnosticReport: 202 once stored, 200 on re-delivery, route role ingest', async () => {
    const port = await build();
    const [dr] = radiologyReport(1, '2026-11-01T00:00:00Z');
    const first = await app.inject({ method: 'POST', url: '/fhir/r4/DiagnosticReport', headers: FHIR, payload: JSON.stringify(dr) });
    expect(first.statusCode).toBe(202);
    expect(first.headers['content-type']).toMatch(/application\/fhir\+json/);
    expect(first.json()).toMatchObject({ resourceType: 'OperationOutcome', issue: [{ severity: 'information' }] });
    expect((await store.counts()).reports).toBe(1);
    const again = await app.inject({ method: 'POST', url: '/fhir/r4/DiagnosticReport', headers: FHIR, payload: JSON.stringify(dr) });
    expect(again.statusCode).toBe(200);
    expect(again.json().issue[0].code).toBe('duplicate');
    expect((await store.counts()).reports).toBe(1);
    expect(port.calls[0]!.source).toMatchObject({ door: 'fhir-push', messageId: 'dr1' });
    expect(roles).toEqual([
      ['POST /fhir/r4/DiagnosticReport', 'ingest'],
      ['POST /fhir/r4', 'ingest'],
      ['POST /fhir/r4/subscription-notification', 'ingest'],
    ]);
  });

  it('answers bad input with an OperationOutcome and the right status, storing nothing', async () => {
    await build({ bodyLimit: 20_000 });
    const cases: Array<[string, Record<string, string>, string, number, string | undefined]> = [
      ['/fhir/r4/DiagnosticReport', FHIR, '{"resourceType": "DiagnosticReport", ', 400, 'FHIR_INVALID_JSON'],
      ['/fhir/r4/DiagnosticReport', FHIR, JSON.stringify({ resourceType: 'ServiceRequest', id: 'x' }), 400, 'FHIR_WRONG_TYPE'],
      ['/fhir/r4/DiagnosticReport', FHIR, JSON.stringify({ resourceType: 'DiagnosticReport', id: 'bad', status: 42, category: [{ coding: [{ code: 'LP29684-5', system: 'http://loinc.org' }] }] }), 400, 'FHIR_INVALID_RESOURCE'],
      ['/fhir/r4/DiagnosticReport', { 'content-type': 'text/plain' }, 'hello', 415, undefined],
      ['/fhir/r4/DiagnosticReport', { 'content-type': 'application/json' }, '{"name": "Synthia Testpatient", bad', 400, 'FHIR_INVALID_JSON'],
      ['/fhir/r4/DiagnosticReport', FHIR, JSON.stringify({ ...radiologyReport(2, '2026-11-01T00:00:00Z')[0], conclusion: 'x'.repeat(30_000) }), 413, undefined],
      ['/fhir/r4', FHIR, JSON.stringify({ resourceType: 'Bundle', type: 'collection', entry: [] }), 400, 'FHIR_UNSUPPORTED'],
      ['/fhir/r4', FHIR, JSON.stringify({ resourceType: 'Patient' }), 400, 'FHIR_WRONG_TYPE'],
    ];
    for (const [url, headers, payload, status, code] of cases) {
      const res = await app.inject({ method: 'POST', url, headers, payload });
      expect(res.statusCode, `${url} ${payload.slice(0, 40)}`).toBe(status);
      const body = res.json();
      expect(body.resourceType).toBe('OperationOutcome');
      expect(body.issue[0].severity).toBe('error');
      if (code) expect(body.issue[0].details.coding[0].code).toBe(code);
      expect(res.body).not.toMatch(/Synthia|Testpatient/);
    }
    // A cardiology report is valid but not a radiology report: not stored, and not an error (no resend).
    const cardio = radiologyReport(3, '2026-11-01T00:00:00Z', { radiology: false })[0];
    const res = await app.inject({ method: 'POST', url: '/fhir/r4/DiagnosticReport', headers: FHIR, payload: JSON.stringify(cardio) });
    expect(res.statusCode).toBe(200);
    expect(res.json().issue[0]).toMatchObject({ severity: 'warning', diagnostics: 'not stored: not-radiology' });
    expect((await store.counts()).reports).toBe(0);
  });

  it('answers 503 with Retry-After when the report cannot be stored now', async () => {
    app = Fastify();
    await app.register(fhirPlugin, { port: directIngestPort(store, { failWith: () => new Error('database down') }) });
    const res = await app.inject({ method: 'POST', url: '/fhir/r4/DiagnosticReport', headers: FHIR, payload: JSON.stringify(radiologyReport(1, '2026-11-01T00:00:00Z')[0]) });
    expect(res.statusCode).toBe(503);
    expect(res.headers['retry-after']).toBe('5');
    expect(res.json().issue[0].code).toBe('transient');
  });

  it('POST /fhir/r4 batch: one response entry per request entry; the Patient in the Bundle de-identifies the report', async () => {
    await build();
    const [dr1, p1, s1] = radiologyReport(1, '2026-11-01T00:00:00Z');
    const [dr2] = radiologyReport(2, '2026-11-01T00:00:00Z', { radiology: false });
    const bundle = { resourceType: 'Bundle', type: 'batch', entry: [entry(dr1!), entry(p1!), entry(s1!), entry(dr2!), entry({ resourceType: 'Observation', id: 'o1' })] };
    const res = await app.inject({ method: 'POST', url: '/fhir/r4', headers: FHIR, payload: JSON.stringify(bundle) });
    expect(res.statusCode).toBe(200);
    const body = res.json();
    expect(body).toMatchObject({ resourceType: 'Bundle', type: 'batch-response' });
    expect(body.entry.map((e: { response: { status: string } }) => e.response.status)).toEqual(['202 Accepted', '200 OK', '200 OK', '200 OK', '400 Bad Request']);
    const stored: string[] = [];
    for await (const s of store.currentLabels('chexpert')) stored.push(s.report.text);
    expect(stored).toHaveLength(1);
    expect(stored[0]).not.toMatch(/Synthia1|Testpatient/);
  });

  it('POST /fhir/r4 transaction: all or nothing', async () => {
    await build();
    const [dr1, p1] = radiologyReport(1, '2026-11-01T00:00:00Z');
    const [dr2, p2] = radiologyReport(2, '2026-11-01T00:00:00Z');
    const broken = { ...dr2!, id: 'broken', status: 42 };
    const bad = { resourceType: 'Bundle', type: 'transaction', entry: [entry(dr1!), entry(p1!), entry(broken)] };
    const rejected = await app.inject({ method: 'POST', url: '/fhir/r4', headers: FHIR, payload: JSON.stringify(bad) });
    expect(rejected.statusCode).toBe(400);
    expect(rejected.json().issue[0].diagnostics).toMatch(/transaction rejected, nothing stored \(DiagnosticReport broken\)/);
    expect((await store.counts()).reports).toBe(0);

    const good = { resourceType: 'Bundle', type: 'transaction', entry: [entry(dr1!), entry(p1!), entry(dr2!), entry(p2!)] };
    const ok = await app.inject({ method: 'POST', url: '/fhir/r4', headers: FHIR, payload: JSON.stringify(good) });
    expect(ok.statusCode).toBe(200);
    expect(ok.json()).toMatchObject({ type: 'transaction-response' });
    expect(ok.json().entry).toHaveLength(4);
    expect((await store.counts()).reports).toBe(2);
  });

  it('Subscription rest-hook: full-resource and id-only notifications (fetched from the FHIR server), handshake and ping', async () => {
    server = await startFhirStandIn([1, 2].flatMap((i) => radiologyReport(i, '2026-11-01T00:00:00Z')));
    let pings = 0;
    await build({ fetchResource: fhirFetcher({ baseUrl: server.baseUrl, retry: { baseMs: 1, maxMs: 5 } }), onPing: () => pings++ });
    const status = (type: string, focus: string[]) => ({
      resourceType: 'Parameters',
      parameter: [
        { name: 'subscription', valueReference: { reference: 'Subscription/rad' } },
        { name: 'type', valueCode: type },
        ...focus.map((f, i) => ({ name: 'notification-event', part: [{ name: 'event-number', valueString: String(i + 1) }, { name: 'focus', valueReference: { reference: f } }] })),
      ],
    });
    const notify = (body: unknown) => app.inject({ method: 'POST', url: '/fhir/r4/subscription-notification', headers: FHIR, payload: body === undefined ? '' : JSON.stringify(body) });

    const handshake = await notify({ resourceType: 'Bundle', type: 'history', entry: [{ resource: status('handshake', []) }] });
    expect(handshake.statusCode).toBe(200);
    expect(pings).toBe(0);

    const [dr1, p1] = radiologyReport(1, '2026-11-01T00:00:00Z');
    const full = await notify({ resourceType: 'Bundle', type: 'history', entry: [{ resource: status('event-notification', ['DiagnosticReport/dr1']) }, { fullUrl: 'http://x/DiagnosticReport/dr1', resource: dr1 }, { resource: p1 }] });
    expect(full.statusCode).toBe(200);
    expect((await store.counts()).reports).toBe(1);

    const idOnly = await notify({ resourceType: 'Bundle', type: 'history', entry: [{ resource: status('event-notification', [`${server.baseUrl}/DiagnosticReport/dr2`]) }] });
    expect(idOnly.statusCode).toBe(200);
    // The full-resource notification lacked dr1's ImagingStudy, so it was read too.
    expect(server.requests.map((r) => r.path)).toEqual(['/fhir/ImagingStudy/s1', '/fhir/DiagnosticReport/dr2', '/fhir/Patient/p2', '/fhir/ImagingStudy/s2']);
    expect((await store.counts()).reports).toBe(2);
    let texts = '';
    for await (const s of store.currentLabels('chexpert')) texts += s.report.text;
    expect(texts).not.toMatch(/Synthia2|Testpatient/);

    const elsewhere = await notify({ resourceType: 'Bundle', type: 'history', entry: [{ resource: status('event-notification', ['https://evil.example/DiagnosticReport/x']) }] });
    expect(elsewhere.statusCode).toBe(422);
    expect(elsewhere.json().issue[0].details.coding[0].code).toBe('FHIR_UNSUPPORTED');

    expect((await notify(undefined)).statusCode).toBe(200);
    expect(pings).toBe(1);
  });

  it('id-only notifications without a FHIR source are refused with 422, and a failing source with 503', async () => {
    await build();
    const body = { resourceType: 'Bundle', type: 'history', entry: [{ resource: { resourceType: 'SubscriptionStatus', type: 'event-notification', notificationEvent: [{ focus: { reference: 'DiagnosticReport/dr9' } }] } }] };
    const res = await app.inject({ method: 'POST', url: '/fhir/r4/subscription-notification', headers: FHIR, payload: JSON.stringify(body) });
    expect(res.statusCode).toBe(422);
    await app.close();

    server = await startFhirStandIn([], { faults: { 0: [503, 503, 503] } });
    await build({ fetchResource: fhirFetcher({ baseUrl: server.baseUrl, retry: { retries: 2, baseMs: 1, maxMs: 2 } }) });
    const down = await app.inject({ method: 'POST', url: '/fhir/r4/subscription-notification', headers: FHIR, payload: JSON.stringify(body) });
    expect(down.statusCode).toBe(503);
    expect(down.headers['retry-after']).toBe('5');
  });
});
