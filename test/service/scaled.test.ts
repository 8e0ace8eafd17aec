import { Redis } from 'ioredis';
import { afterAll, describe, expect, it } from 'vitest';
import { buildApp } from '../../src/service/http/build-app.js';
import { createApiKey } from '../../src/service/api-keys.js';
import { REDIS_URL, dropPrefix, scaledSetup, servicesUp, waitFor, type ScaledSetup } from './scaled-helpers.js';
import { PHI, captureLogger, phiOru } from './helpers.js';

const up = await servicesUp('scaled mode');

describe.skipIf(!up)('scaled mode: serve accepts and queues, BullMQ workers label (PostgreSQL + Redis)', () => {
  const setups: ScaledSetup[] = [];
  afterAll(async () => {
    for (const s of setups) await s.cleanup();
  });

  it('labels every accepted report exactly once across two workers; payloads, logs, metrics and errors carry no PHI', async () => {
    const s = scaledSetup();
    setups.push(s);
    const { logger, lines } = captureLogger();
    const rt = await s.serve();
    const app = await buildApp(rt, { logger });
    const ingest = (await createApiKey(rt.svc, 'ingest')).key;
    const admin = (await createApiKey(rt.svc, 'admin')).key;
    const bodies: string[] = [];
    const send = async (body: string, type = 'x-application/hl7-v2+er7') => {
      const r = await app.inject({ method: 'POST', url: '/v1/reports', headers: { 'content-type': type, authorization: `Bearer ${ingest}` }, payload: body });
      bodies.push(r.body);
      return r;
    };
    for (let i = 0; i < 30; i++) expect((await send(phiOru(i))).statusCode).toBe(202);
    // Re-delivery of the same versions: accepted as duplicates, never queued again.
    for (let i = 0; i < 5; i++) expect((await send(phiOru(i))).json().accepted[0].duplicate).toBe(true);
    // Bad input carrying PHI: rejected with a message that does not quote it.
    const bad = await send(`MSH|^~\\&|RIS|HOSP|||20240101||ORU^R01|BAD1|P|2.5\rPID|1||${PHI.mrn}||${PHI.family}^${PHI.given}`);
    expect(bad.statusCode).toBe(400);

    // Job payloads in Redis: ids only.
    const redis = new Redis(REDIS_URL);
    // The shared rate limit counts per API key under the same hash tag (ids only).
    const keys = (await redis.keys(`${s.prefix}:*`)).filter((k) => !k.startsWith(`${s.prefix}:ratelimit:key_`));
    expect(keys.every((k) => k.startsWith(`${s.prefix}:label:`))).toBe(true);
    const jobHashes = keys.filter((k) => /:label:in-[0-9a-f]+$/.test(k));
    expect(jobHashes.length).toBe(30);
    for (const k of jobHashes) {
      const h = await redis.hgetall(k);
      expect(JSON.parse(h.data!)).toEqual({ inboxId: k.split(':').at(-1) });
      for (const v of Object.values(PHI)) expect(JSON.stringify(h)).not.toContain(v);
    }
    redis.disconnect();

    const w1 = await s.worker(3);
    const w2 = await s.worker(3);
    await waitFor(async () => (await rt.svc.inboxCounts()).labelled === 30);
    const counts = await rt.svc.inboxCounts();
    expect(counts).toEqual({ pending: 0, failed: 0, labelled: 30, quarantined: 0 });
    const store = await rt.ctx.store.counts();
    expect(store.reports).toBe(30);
    expect(store.currentLabels).toBe(30);
    await waitFor(async () => (await rt.queue!.depth()).waiting + (await rt.queue!.depth()).active === 0);
    expect(await rt.queue!.workers()).toBeGreaterThanOrEqual(2);

    // Every read route, with PHI nowhere in the answers.
    const read = { authorization: `Bearer ${admin}` };
    const id = (JSON.parse(bodies[0]!) as { accepted: Array<{ id: string }> }).accepted[0]!.id;
    const urls = [`/v1/reports/${id}`, '/v1/labels', '/v1/labels?format=csv', '/v1/labels?format=jsonl', '/v1/quarantine', '/v1/failures', '/readyz', '/metrics', '/healthz', `/v1/studies/none/labels`, '/v1/reports/nope'];
    for (const url of urls) {
      const r = await app.inject({ method: 'GET', url, headers: read });
      bodies.push(r.body);
      expect(r.statusCode, url).toBeLessThan(500);
    }
    const rep = JSON.parse(bodies[bodies.length - urls.length]!) as { text: string; state: string };
    expect(rep.state).toBe('labelled');
    expect(rep.text).toMatch(/consolidation/i);
    const metrics = bodies[bodies.length - 4]!;
    expect(metrics).toMatch(/radlabel_reports_received_total\{door="http",outcome="duplicate"\} 5/);
    const everything = [...lines, ...bodies, ...(await w1.rt.metrics.registry.metrics()), ...(await rt.metrics.registry.metrics())].join('\n');
    for (const v of Object.values(PHI)) expect(everything, v).not.toContain(v);
    expect(lines.length).toBeGreaterThan(10);
    await app.close();
    await w1.close();
    await w2.close();
  }, 60_000);

  it('dead-letters a permanent failure without retries and queues it again on request', async () => {
    const s = scaledSetup();
    setups.push(s);
    const rt = await s.serve();
    const app = await buildApp(rt);
    const review = (await createApiKey(rt.svc, 'review')).key;
    const good = await rt.ingest.ingest({ body: phiOru(900), contentType: 'hl7v2', source: { door: 'http' } });
    expect(good.accepted).toHaveLength(1);
    const [entry] = await rt.svc.listInbox('pending', 1);
    const goodRaw = (await rt.svc.getInbox(entry!.id))!.rawEnc!;
    // A row that no longer decrypts (e.g. a rotated key): a permanent failure.
    await rt.svc.reopenInbox(entry!.id, 'enc1:AAAA');
    const w = await s.worker(2);
    await waitFor(async () => (await rt.queue!.deadLetters(10)).length === 1);
    const dl = await rt.queue!.deadLetters(10);
    expect(dl[0]).toMatchObject({ id: entry!.id, attempts: 1 });
    const failures = (await app.inject({ method: 'GET', url: '/v1/failures', headers: { authorization: `Bearer ${review}` } })).json();
    expect(failures.inbox[0]).toMatchObject({ id: entry!.id, state: 'failed', code: 'SERVICE_DECRYPT' });
    // The cause is fixed (the raw is readable again); the retry must get past BullMQ's failed record of the same id.
    await rt.svc.reopenInbox(entry!.id, goodRaw);
    await rt.svc.failInbox(entry!.id, 'SERVICE_DECRYPT', 'fixed by the operator');
    const retry = await app.inject({ method: 'POST', url: `/v1/failures/${entry!.id}/retry`, headers: { authorization: `Bearer ${review}` } });
    expect(retry.statusCode).toBe(202);
    await waitFor(async () => (await rt.svc.inboxCounts()).labelled === 1);
    expect((await rt.queue!.deadLetters(10)).length).toBe(0);
    await app.close();
    await w.close();
  }, 60_000);

  it('the sweeper sends again only pending entries the queue does not hold, in one pass over a backlog larger than a page', async () => {
    const s = scaledSetup();
    setups.push(s);
    const rt = await s.serve();
    const q = (rt.queue as unknown as { queue: { getJobCounts(...t: string[]): Promise<Record<string, number>>; remove(id: string): Promise<number> } }).queue;
    const waiting = async () => (await q.getJobCounts('waiting')).waiting ?? 0;
    const entries = Array.from({ length: 1203 }, (_, i) => ({ id: `in-sweep${String(i).padStart(5, '0')}`, reportId: `r${i}`, door: 'http', rawEnc: 'enc1:x' }));
    for (let i = 0; i < entries.length; i += 400) await rt.svc.putInbox(entries.slice(i, i + 400));
    await rt.svc.finishLabelled(['in-sweep00003', 'in-sweep01100']);
    // Accepted but never queued (a crash between store and enqueue): every pending entry is sent.
    expect(await rt.sweep(0)).toBe(1201);
    expect(await waiting()).toBe(1201);
    // A backlog the workers have not reached is queued already: nothing is sent again.
    expect(await rt.sweep(0)).toBe(0);
    // Jobs lost from Redis (here removed; a Redis restarted empty alike): exactly those are sent again.
    const lost = ['in-sweep00000', 'in-sweep00499', 'in-sweep00500', 'in-sweep01202'];
    for (const id of lost) expect(await q.remove(id)).toBe(1);
    expect(await waiting()).toBe(1197);
    expect(await rt.sweep(0)).toBe(lost.length);
    expect(await waiting()).toBe(1201);
    await dropPrefix(s.prefix);
    expect(await rt.sweep(0)).toBe(1201);
  });

  it('sets the LLM limits shared by all workers on the queue in Redis (global concurrency and rate)', async () => {
    const s = scaledSetup({ globalConcurrency: 3, globalRatePerMinute: 120 });
    setups.push(s);
    const rt = await s.serve();
    const q = (rt.queue as unknown as { queue: { getGlobalConcurrency(): Promise<number | null>; getGlobalRateLimit(): Promise<unknown> } }).queue;
    expect(Number(await q.getGlobalConcurrency())).toBe(3);
    expect(JSON.stringify(await q.getGlobalRateLimit())).toMatch(/120/);
  });
});
