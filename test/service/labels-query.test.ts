import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { FastifyInstance } from 'fastify';
import { buildApp } from '../../src/service/http/build-app.js';
import { inRange } from '../../src/service/http/date-range.js';
import type { createEmbeddedQueue } from '../../src/service/queue/embedded-queue.js';
import { PHI, embeddedRuntime, phiOru, type EmbeddedHarness } from './helpers.js';

describe('inRange (date-range filters of GET /v1/labels)', () => {
  it('compares calendar days for date bounds (inclusive, whole day) and instants for date-time bounds', () => {
    // Invented values in the forms stored: with and without an offset, date only.
    const values = ['2023-05-09T23:59:59', '2023-05-10T00:00:00+05:00', '2023-05-10', '2023-05-10T23:30:00-08:00', '2023-05-11T00:00:00Z'];
    const days = (from?: string, to?: string) => values.filter((v) => inRange(v, from, to));
    expect(days('2023-05-10', '2023-05-10')).toEqual(values.slice(1, 4));
    expect(days('2023-05-10')).toEqual(values.slice(1));
    expect(days(undefined, '2023-05-09')).toEqual(values.slice(0, 1));
    expect(days('2023-05-12')).toEqual([]);
    // Instants: a value without an offset is read as UTC; offsets are honoured.
    expect(inRange('2023-05-10T00:00:00+05:00', '2023-05-09T19:00:00Z', '2023-05-09T19:00:00Z')).toBe(true);
    expect(inRange('2023-05-10T00:00:00+05:00', '2023-05-09T19:00:01Z')).toBe(false);
    expect(inRange('2023-05-09T23:59:59', undefined, '2023-05-09T23:59:58Z')).toBe(false);
    expect(inRange('2023-05-09T23:59:59', undefined, '2023-05-10T01:59:59+02:00')).toBe(true);
    // No value: outside every range.
    expect(inRange(undefined, '2000-01-01')).toBe(false);
    expect(inRange(undefined, undefined, '2100-01-01')).toBe(false);
  });
});

describe('GET /v1/labels: date ranges and FHIR NDJSON', () => {
  let h: EmbeddedHarness;
  let app: FastifyInstance;
  let read: Record<string, string>;
  const ids: string[] = [];
  const exam: string[] = [];

  beforeAll(async () => {
    h = await embeddedRuntime();
    app = await buildApp(h.rt);
    const ingest = { authorization: `Bearer ${await h.key('ingest')}` };
    read = { authorization: `Bearer ${await h.key('read')}` };
    for (const [i, observed] of ['202401020304', '202403151200', '202406302330'].entries()) {
      const r = await app.inject({ method: 'POST', url: '/v1/reports', headers: { ...ingest, 'content-type': 'x-application/hl7-v2+er7' }, payload: phiOru(i, { observed }) });
      ids.push(r.json().accepted[0].id);
    }
    // A report without an exam date.
    await app.inject({ method: 'POST', url: '/v1/reports', headers: { ...ingest, 'content-type': 'application/json' }, payload: JSON.stringify({ id: 'no-exam', text: 'FINDINGS: Small left pleural effusion.' }) });
    await (h.rt.queue as ReturnType<typeof createEmbeddedQueue>).idle();
    // The stored exam dates are shifted (one shift per patient: the order is kept).
    for (const id of ids) exam.push((await h.rt.ctx.store.history(id, 'chexpert'))[0]!.report.examDateTime!);
  });
  afterAll(async () => {
    await app.close();
    await h.close();
  });

  const select = async (query: string): Promise<string[]> => {
    const r = await app.inject({ method: 'GET', url: `/v1/labels?limit=1000&${query}`, headers: read });
    expect(r.statusCode, r.body).toBe(200);
    return (r.json().items as Array<{ id: string }>).map((i) => i.id).sort();
  };

  it('filters on the exam date (as stored: shifted) by day or instant, leaving out reports without one', async () => {
    expect(exam.every((e) => /^\d{4}-\d{2}-\d{2}T/.test(e))).toBe(true);
    const day = exam[1]!.slice(0, 10);
    expect(await select(`examFrom=${day}`)).toEqual([ids[1], ids[2]].sort());
    expect(await select(`examTo=${day}`)).toEqual([ids[0], ids[1]].sort());
    expect(await select(`examFrom=${day}&examTo=${day}`)).toEqual([ids[1]]);
    const instant = new Date(Date.parse(/[zZ]|[+-]\d\d:?\d\d$/.test(exam[1]!) ? exam[1]! : `${exam[1]}Z`)).toISOString();
    expect(await select(`examTo=${instant}`)).toEqual([ids[0], ids[1]].sort());
    expect(await select(`examTo=${new Date(Date.parse(instant) - 1000).toISOString()}`)).toEqual([ids[0]]);
    expect(await select('')).toContain('no-exam');
  });

  it('filters on the received date', async () => {
    const today = new Date().toISOString().slice(0, 10);
    const tomorrow = new Date(Date.now() + 86_400_000).toISOString().slice(0, 10);
    const yesterday = new Date(Date.now() - 86_400_000).toISOString().slice(0, 10);
    expect(await select(`receivedFrom=${yesterday}&receivedTo=${tomorrow}`)).toHaveLength(4);
    expect(await select(`receivedFrom=${tomorrow}`)).toEqual([]);
    expect(await select(`receivedTo=${yesterday}`)).toEqual([]);
    expect(await select(`receivedFrom=${new Date(Date.now() - 3_600_000).toISOString()}&receivedTo=${today}`)).toHaveLength(4);
  });

  it('rejects a malformed bound with 400 problem+json', async () => {
    for (const q of ['examFrom=2024-13-01', 'receivedTo=yesterday', 'examTo=2024-01-01T10:00:00']) {
      const r = await app.inject({ method: 'GET', url: `/v1/labels?${q}`, headers: read });
      expect(r.statusCode, q).toBe(400);
      expect(r.headers['content-type']).toMatch(/problem\+json/);
    }
  });

  it('streams FHIR R4 Observations as NDJSON: one per positive / uncertain label, filters applied, no PHI', async () => {
    const r = await app.inject({ method: 'GET', url: '/v1/labels?format=fhir-ndjson', headers: read });
    expect(r.statusCode).toBe(200);
    expect(r.headers['content-type']).toMatch(/^application\/fhir\+ndjson/);
    const obs = r.body.trim().split('\n').map((l) => JSON.parse(l) as { resourceType: string; valueCodeableConcept: { text: string }; derivedFrom: Array<{ identifier: { value: string } }> });
    let expected = 0;
    for await (const s of h.rt.ctx.store.currentLabels('chexpert')) expected += Object.values(s.labels.labels).filter((l) => l.value === 'positive' || l.value === 'uncertain').length;
    expect(obs).toHaveLength(expected);
    expect(obs.every((o) => o.resourceType === 'Observation' && ['present', 'uncertain'].includes(o.valueCodeableConcept.text))).toBe(true);
    for (const v of Object.values(PHI)) expect(r.body).not.toContain(v);
    const day = exam[1]!.slice(0, 10);
    const one = await app.inject({ method: 'GET', url: `/v1/labels?format=fhir-ndjson&examFrom=${day}&examTo=${day}`, headers: read });
    const reports = new Set(one.body.trim().split('\n').map((l) => (JSON.parse(l) as (typeof obs)[number]).derivedFrom[0]!.identifier.value));
    expect([...reports]).toEqual([ids[1]]);
  });

  it('documents the filters and the format in the OpenAPI document', async () => {
    const doc = (await app.inject({ method: 'GET', url: '/docs/json' })).json() as { paths: Record<string, { get?: { parameters: Array<{ name: string; schema: { enum?: string[] } }> } }> };
    const params = doc.paths['/v1/labels']!.get!.parameters;
    expect(params.map((p) => p.name)).toEqual(expect.arrayContaining(['receivedFrom', 'receivedTo', 'examFrom', 'examTo', 'format']));
    expect(params.find((p) => p.name === 'format')!.schema.enum).toEqual(['json', 'csv', 'jsonl', 'fhir-ndjson']);
  });
});
