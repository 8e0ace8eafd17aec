import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { FastifyInstance } from 'fastify';
import { buildApp } from '../../src/service/http/build-app.js';
import type { createEmbeddedQueue } from '../../src/service/queue/embedded-queue.js';
import { embeddedRuntime, phiOru, type EmbeddedHarness } from './helpers.js';

const HL7 = 'x-application/hl7-v2+er7';

describe('HTTP API, embedded mode (SQLite, in-process labelling)', () => {
  let h: EmbeddedHarness;
  let app: FastifyInstance;
  let ingestKey: string;
  let readKey: string;
  let adminKey: string;
  const idle = () => (h.rt.queue as ReturnType<typeof createEmbeddedQueue>).idle();

  beforeAll(async () => {
    h = await embeddedRuntime();
    app = await buildApp(h.rt);
    ingestKey = await h.key('ingest');
    readKey = await h.key('read');
    adminKey = await h.key('admin');
  });
  afterAll(async () => {
    await app.close();
    await h.close();
  });

  const post = (body: string, type: string, key = ingestKey) =>
    app.inject({ method: 'POST', url: '/v1/reports', headers: { 'content-type': type, authorization: `Bearer ${key}` }, payload: body });

  it('accepts an HL7 message with 202 and labels it; re-delivery is a duplicate, labelled once', async () => {
    const res = await post(phiOru(1), HL7);
    expect(res.statusCode).toBe(202);
    const body = res.json();
    expect(body.accepted).toHaveLength(1);
    expect(body.accepted[0].duplicate).toBe(false);
    const id = body.accepted[0].id as string;
    expect(id).toMatch(/^acc-/);
    const again = await post(phiOru(1), HL7);
    expect(again.statusCode).toBe(202);
    expect(again.json().accepted[0]).toEqual({ id, duplicate: true });
    await idle();
    const rep = await app.inject({ method: 'GET', url: `/v1/reports/${id}`, headers: { authorization: `Bearer ${readKey}` } });
    expect(rep.statusCode).toBe(200);
    const r = rep.json();
    expect(r.state).toBe('labelled');
    expect(r.current.labels.Consolidation?.value ?? r.current.labels.Pneumonia?.value).toBe('positive');
    expect(r.history).toHaveLength(1);
    const counts = await h.rt.svc.inboxCounts();
    expect(counts).toMatchObject({ labelled: 1, pending: 0, failed: 0 });
    // The raw message is gone once labelled.
    const inbox = await h.rt.svc.getInbox((await h.rt.svc.listInbox('labelled', 10))[0]!.id);
    expect(inbox?.rawEnc).toBeNull();
  });

  it('accepts a JSON report and a FHIR DiagnosticReport', async () => {
    const json = await post(JSON.stringify({ id: 'json-1', text: 'FINDINGS: Small left pleural effusion. IMPRESSION: Effusion.' }), 'application/json');
    expect(json.statusCode).toBe(202);
    expect(json.json().accepted[0].id).toBe('json-1');
    const fhir = {
      resourceType: 'DiagnosticReport',
      id: 'dr-1',
      status: 'final',
      category: [{ coding: [{ system: 'http://terminology.hl7.org/CodeSystem/v2-0074', code: 'RAD' }] }],
      code: { text: 'XR CHEST' },
      conclusion: 'Cardiomegaly. No pneumothorax.',
    };
    const f = await post(JSON.stringify(fhir), 'application/fhir+json');
    expect(f.statusCode).toBe(202);
    await idle();
    const list = await app.inject({ method: 'GET', url: '/v1/labels?label=Pleural Effusion&value=positive', headers: { authorization: `Bearer ${readKey}` } });
    expect(list.statusCode).toBe(200);
    expect(list.json().items.map((i: { id: string }) => i.id)).toContain('json-1');
  });

  it('pages with a cursor and streams CSV / JSONL', async () => {
    const auth = { authorization: `Bearer ${readKey}` };
    const p1 = (await app.inject({ method: 'GET', url: '/v1/labels?limit=1', headers: auth })).json();
    expect(p1.items).toHaveLength(1);
    expect(p1.next).toBeTruthy();
    const p2 = (await app.inject({ method: 'GET', url: `/v1/labels?limit=1&cursor=${p1.next}`, headers: auth })).json();
    expect(p2.items[0].id > p1.items[0].id).toBe(true);
    const csv = await app.inject({ method: 'GET', url: '/v1/labels?format=csv', headers: auth });
    expect(csv.headers['content-type']).toMatch(/text\/csv/);
    const lines = csv.body.trim().split('\n');
    expect(lines[0]).toMatch(/^id,/);
    expect(lines.length).toBe(4);
    const jsonl = await app.inject({ method: 'GET', url: '/v1/labels?format=jsonl', headers: auth });
    expect(jsonl.body.trim().split('\n').map((l) => JSON.parse(l).id)).toHaveLength(3);
  });

  it('answers bad input with the right status, a problem+json body and nothing half-stored', async () => {
    const before = await h.rt.svc.inboxCounts();
    const truncated = await post('MSH|^~\\&|RIS|HOSP|||20240101||ORU^R01|T1|P|2.5\rPID|1||X', HL7);
    expect(truncated.statusCode).toBe(400);
    expect(truncated.headers['content-type']).toMatch(/application\/problem\+json/);
    expect(truncated.json().code).toMatch(/^HL7_/);
    const badFhir = await post('{"resourceType":"DiagnosticReport","status":12}', 'application/fhir+json');
    expect(badFhir.statusCode).toBe(400);
    expect(badFhir.json().code).toMatch(/^FHIR_/);
    const notJson = await post('{nope', 'application/fhir+json');
    expect(notJson.json().code).toBe('FHIR_INVALID_JSON');
    const wrongType = await post('hello', 'text/plain');
    expect(wrongType.statusCode).toBe(415);
    expect(wrongType.json().code).toBe('HTTP_UNSUPPORTED_MEDIA_TYPE');
    const big = await post('x'.repeat(h.rt.ctx.config.service.bodyLimitBytes + 10), HL7);
    expect(big.statusCode).toBe(413);
    expect(big.json().code).toBe('HTTP_BODY_TOO_LARGE');
    const unknownOntology = await app.inject({ method: 'GET', url: '/v1/labels?ontology=no-such-ontology', headers: { authorization: `Bearer ${readKey}` } });
    expect(unknownOntology.statusCode).toBe(404);
    expect(unknownOntology.json().code).toBe('ONTOLOGY_NOT_FOUND');
    expect(await h.rt.svc.inboxCounts()).toEqual(before);
    const q = await app.inject({ method: 'GET', url: '/v1/quarantine', headers: { authorization: `Bearer ${adminKey}` } });
    const items = q.json().items as Array<{ id: number; code: string }>;
    expect(items.length).toBeGreaterThanOrEqual(3);
    // Retrying an input that is still bad says why and keeps one row for it (one unit per bad input); an unknown row is a 404.
    const hl7Row = items.find((i) => i.code.startsWith('HL7_'))!;
    const retry = await app.inject({ method: 'POST', url: `/v1/quarantine/${hl7Row.id}/retry`, headers: { authorization: `Bearer ${adminKey}` } });
    expect(retry.statusCode).toBe(200);
    expect(retry.json().rejected[0].code).toBe(hl7Row.code);
    const after = (await app.inject({ method: 'GET', url: '/v1/quarantine', headers: { authorization: `Bearer ${adminKey}` } })).json().items as Array<{ id: number; code: string; count: number }>;
    expect(after.length).toBe(items.length);
    // The message keeps its own id (MSH-10), so the retry lands on the same unit: counted, not retired.
    expect(after.find((i) => i.id === hl7Row.id)).toMatchObject({ code: hl7Row.code, count: 2 });
    expect((await app.inject({ method: 'POST', url: '/v1/quarantine/999999/retry', headers: { authorization: `Bearer ${adminKey}` } })).statusCode).toBe(404);
    expect(await h.rt.svc.inboxCounts()).toEqual(before);
  });

  it('checks the key and its role on every route', async () => {
    const none = await app.inject({ method: 'GET', url: '/v1/labels' });
    expect(none.statusCode).toBe(401);
    expect(none.json().code).toBe('AUTH_MISSING_KEY');
    const wrong = await app.inject({ method: 'GET', url: '/v1/labels', headers: { authorization: 'Bearer rl_wrong' } });
    expect(wrong.statusCode).toBe(401);
    expect(wrong.json().code).toBe('AUTH_BAD_KEY');
    const ingestReads = await app.inject({ method: 'GET', url: '/v1/labels', headers: { authorization: `Bearer ${ingestKey}` } });
    expect(ingestReads.statusCode).toBe(403);
    expect(ingestReads.json().code).toBe('AUTH_FORBIDDEN');
    const readQuarantine = await app.inject({ method: 'GET', url: '/v1/quarantine', headers: { authorization: `Bearer ${readKey}` } });
    expect(readQuarantine.statusCode).toBe(403);
    const readIngests = await post(phiOru(9), HL7, readKey);
    expect(readIngests.statusCode).toBe(403);
    expect((await app.inject({ method: 'GET', url: '/healthz' })).statusCode).toBe(200);
    expect((await app.inject({ method: 'GET', url: '/readyz' })).json().status).toBe('ready');
    const metrics = await app.inject({ method: 'GET', url: '/metrics' });
    expect(metrics.body).toMatch(/radlabel_reports_received_total\{door="http",outcome="accepted"\} \d+/);
    const docs = await app.inject({ method: 'GET', url: '/docs/json' });
    expect(docs.json().paths['/v1/reports']).toBeDefined();
  });

  it('re-labels stored reports with another ontology as a background run', async () => {
    const admin = { authorization: `Bearer ${adminKey}` };
    const start = await app.inject({ method: 'POST', url: '/v1/runs', headers: admin, payload: { ontology: 'chestxray14' } });
    expect(start.statusCode).toBe(202);
    const id = start.json().id as string;
    let run = { state: 'queued', done: 0 };
    for (let i = 0; i < 100 && run.state !== 'done' && run.state !== 'failed'; i++) {
      await new Promise((r) => setTimeout(r, 50));
      run = (await app.inject({ method: 'GET', url: `/v1/runs/${id}`, headers: { authorization: `Bearer ${readKey}` } })).json();
    }
    expect(run).toMatchObject({ state: 'done', done: (await h.rt.ctx.store.counts()).reports, failed: 0 });
    const labels = (await app.inject({ method: 'GET', url: '/v1/labels?ontology=chestxray14', headers: { authorization: `Bearer ${readKey}` } })).json();
    expect(labels.items.length).toBe(run.done);
    const bad = await app.inject({ method: 'POST', url: '/v1/runs', headers: admin, payload: { ontology: 'nope' } });
    expect(bad.statusCode).toBe(404);
    const badBody = await app.inject({ method: 'POST', url: '/v1/runs', headers: admin, payload: { colour: 'red' } });
    expect(badBody.statusCode).toBe(400);
    expect(badBody.json().code).toBe('HTTP_BAD_REQUEST');
  });

  it('rate-limits per key with 429', async () => {
    const h2 = await embeddedRuntime(undefined, { rateLimitPerMinute: 2 });
    const app2 = await buildApp(h2.rt);
    const k = await h2.key('read');
    const codes = [];
    for (let i = 0; i < 3; i++) codes.push((await app2.inject({ method: 'GET', url: '/v1/labels', headers: { authorization: `Bearer ${k}` } })).statusCode);
    expect(codes).toEqual([200, 200, 429]);
    const other = await h2.key('read');
    expect((await app2.inject({ method: 'GET', url: '/v1/labels', headers: { authorization: `Bearer ${other}` } })).statusCode).toBe(200);
    await app2.close();
    await h2.close();
  });
});
