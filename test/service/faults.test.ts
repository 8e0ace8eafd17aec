import { spawn, type ChildProcess } from 'node:child_process';
import { createServer } from 'node:net';
import pg from 'pg';
import { afterAll, describe, expect, it } from 'vitest';
import type { ServiceRuntime } from '../../src/app/service-runtime.js';
import { PG_URL } from '../store/pg-helpers.js';
import { phiOru, TEST_DEID_KEY } from './helpers.js';
import { dropPrefix, scaledSetup, servicesUp, waitFor, type ScaledSetup } from './scaled-helpers.js';

const up = await servicesUp('service faults');

/** Starts `radlabel <args>` and resolves once it prints its start line. */
function startCli(args: string[], env: NodeJS.ProcessEnv, ready: RegExp): Promise<ChildProcess> {
  const child = spawn(process.execPath, ['bin/radlabel.js', ...args], { env: { ...process.env, ...env, RADLABEL_LOG_LEVEL: 'error' }, stdio: ['ignore', 'pipe', 'pipe'] });
  return new Promise((resolve, reject) => {
    let out = '';
    const timer = setTimeout(() => reject(new Error(`radlabel ${args[0]} did not start: ${out.slice(-500)}`)), 60_000);
    const onData = (d: Buffer) => {
      out += d.toString();
      if (ready.test(out)) {
        clearTimeout(timer);
        resolve(child);
      }
    };
    child.stdout!.on('data', onData);
    child.stderr!.on('data', onData);
    child.once('exit', (code) => reject(new Error(`radlabel ${args[0]} exited ${code}: ${out.slice(-500)}`)));
  });
}

const killed = (c: ChildProcess, sig: NodeJS.Signals) =>
  new Promise<void>((resolve) => {
    if (c.exitCode !== null || c.signalCode !== null) return resolve();
    c.once('exit', () => resolve());
    c.kill(sig);
  });

const envOf = (s: ScaledSetup): NodeJS.ProcessEnv => ({
  RADLABEL_DB: s.db,
  RADLABEL_DEID_KEY: TEST_DEID_KEY,
  RADLABEL_REDIS_URL: String((s.overrides.service as { redisUrl: string }).redisUrl),
  RADLABEL_SERVICE_QUEUE_PREFIX: s.prefix,
  RADLABEL_SERVICE_JOB_LOCK_MS: '2000',
  RADLABEL_SERVICE_JOB_BACKOFF_MS: '50',
});

async function ingestMany(rt: ServiceRuntime, from: number, n: number): Promise<number> {
  let accepted = 0;
  for (let i = from; i < from + n; i++) {
    const out = await rt.ingest.ingest({ body: phiOru(i), contentType: 'hl7v2', source: { door: 'http' } });
    accepted += out.accepted.filter((a) => !a.duplicate).length;
  }
  return accepted;
}

/** Exactly once: one stored version and one label row per accepted report, and the inbox reconciles. */
async function expectExactlyOnce(rt: ServiceRuntime, accepted: number): Promise<void> {
  const c = await rt.svc.inboxCounts();
  expect(c.labelled + c.quarantined + c.failed + c.pending).toBe(accepted);
  expect(c.pending).toBe(0);
  const store = await rt.ctx.store.counts();
  expect(store.reports).toBe(c.labelled);
  expect(store.labels).toBe(c.labelled);
  expect(store.currentLabels).toBe(c.labelled);
}

async function freePort(): Promise<number> {
  return new Promise((resolve) => {
    const srv = createServer().listen(0, '127.0.0.1', () => {
      const { port } = srv.address() as { port: number };
      srv.close(() => resolve(port));
    });
  });
}

describe.skipIf(!up)('service faults (real PostgreSQL and Redis): every accepted report is labelled exactly once', () => {
  const setups: ScaledSetup[] = [];
  const children: ChildProcess[] = [];
  afterAll(async () => {
    // Runtimes first, while the test Redis still runs; then the processes.
    for (const s of setups) await s.cleanup();
    for (const c of children) await killed(c, 'SIGKILL');
    // A child still shutting down may have written to the queue after the first clean-up.
    for (const s of setups) await dropPrefix(s.prefix, String((s.overrides.service as { redisUrl: string }).redisUrl)).catch(() => undefined);
  }, 60_000);

  it('a worker SIGKILLed mid-run: its jobs are taken over by a restarted worker', async () => {
    const s = scaledSetup({ jobLockMs: 2000 });
    setups.push(s);
    const rt = await s.serve();
    const accepted = await ingestMany(rt, 0, 150);
    expect(accepted).toBe(150);
    const w1 = await startCli(['worker', '--concurrency', '4'], envOf(s), /radlabel worker:/);
    children.push(w1);
    await waitFor(async () => (await rt.svc.inboxCounts()).labelled >= 10, 30_000, 20);
    await killed(w1, 'SIGKILL');
    expect((await rt.svc.inboxCounts()).labelled).toBeLessThan(150);
    const w2 = await startCli(['worker', '--concurrency', '4'], envOf(s), /radlabel worker:/);
    children.push(w2);
    await waitFor(async () => (await rt.svc.inboxCounts()).labelled === 150, 45_000);
    await expectExactlyOnce(rt, accepted);
    await killed(w2, 'SIGTERM');
  }, 120_000);

  it("PostgreSQL connections dropped mid-run (pg_terminate_backend of this schema's sessions): jobs retry and finish", async () => {
    const s = scaledSetup();
    setups.push(s);
    const rt = await s.serve();
    const accepted = await ingestMany(rt, 1000, 120);
    const w = await s.worker(4);
    await waitFor(async () => (await rt.svc.inboxCounts()).labelled >= 10, 30_000, 20);
    const admin = new pg.Client({ connectionString: PG_URL });
    await admin.connect();
    const r = await admin.query('SELECT count(pg_terminate_backend(pid))::int AS n FROM pg_stat_activity WHERE application_name = $1', [`radlabel:${s.schema}`]);
    await admin.end();
    expect(r.rows[0].n).toBeGreaterThan(0);
    await waitFor(async () => {
      try {
        const c = await rt.svc.inboxCounts();
        return c.labelled + c.quarantined === accepted;
      } catch {
        return false;
      }
    }, 45_000);
    await expectExactlyOnce(rt, accepted);
    await w.close();
  }, 120_000);

  it('Redis restarted mid-run (its own server, no persistence: every queued job is lost): the sweeper re-queues from the inbox', async () => {
    const port = await freePort();
    const startRedis = () => spawn('redis-server', ['--port', String(port), '--bind', '127.0.0.1', '--save', '', '--appendonly', 'no'], { stdio: 'ignore' });
    let redis = startRedis();
    children.push(redis);
    const url = `redis://127.0.0.1:${port}`;
    const s = scaledSetup({}, url);
    setups.push(s);
    let opened: ServiceRuntime | undefined;
    await waitFor(async () => {
      opened = await s.serve().catch(() => undefined);
      return opened !== undefined;
    }, 10_000, 200);
    const rt = opened!;
    const first = await ingestMany(rt, 2000, 80);
    const w = await s.worker(4);
    await waitFor(async () => (await rt.svc.inboxCounts()).labelled >= 5, 30_000, 20);
    await killed(redis, 'SIGKILL');
    // Accepted while Redis is down: durable in the inbox, queued later.
    const during = await ingestMany(rt, 3000, 20);
    redis = startRedis();
    children.push(redis);
    await waitFor(async () => {
      await rt.sweep(0).catch(() => 0);
      const c = await rt.svc.inboxCounts();
      return c.labelled + c.quarantined === first + during;
    }, 60_000, 500);
    await expectExactlyOnce(rt, first + during);
    await w.close();
  }, 120_000);

  it('serve killed between receive and ACK: what was acknowledged is labelled once; re-sending the rest duplicates nothing', async () => {
    const s = scaledSetup();
    setups.push(s);
    const rt = await s.serve();
    const { createApiKey } = await import('../../src/service/api-keys.js');
    const key = (await createApiKey(rt.svc, 'ingest')).key;
    const port = await freePort();
    const serve = await startCli(['serve', '--port', String(port)], envOf(s), /radlabel serve:/);
    children.push(serve);
    const post = (i: number) =>
      fetch(`http://127.0.0.1:${port}/v1/reports`, { method: 'POST', headers: { 'content-type': 'x-application/hl7-v2+er7', authorization: `Bearer ${key}` }, body: phiOru(5000 + i) })
        .then((r) => r.status)
        .catch(() => 0);
    const N = 120;
    const statuses: number[] = new Array(N).fill(0);
    let sent = 0;
    const clients = Array.from({ length: 8 }, async () => {
      while (sent < N) {
        const i = sent++;
        statuses[i] = await post(i);
      }
    });
    await waitFor(async () => statuses.filter((x) => x === 202).length >= 20, 30_000, 5);
    await killed(serve, 'SIGKILL');
    await Promise.all(clients);
    const acked = statuses.filter((x) => x === 202).length;
    expect(acked).toBeGreaterThanOrEqual(20);
    expect(acked).toBeLessThan(N);
    const w = await s.worker(4);
    // The client re-sends everything it has no 202 for to a new serve.
    const serve2 = await startCli(['serve', '--port', String(port)], envOf(s), /radlabel serve:/);
    children.push(serve2);
    const resent = await Promise.all(statuses.map((st, i) => (st === 202 ? Promise.resolve(202) : post(i))));
    expect(resent.every((x) => x === 202)).toBe(true);
    await waitFor(async () => (await rt.svc.inboxCounts()).labelled === N, 45_000);
    await expectExactlyOnce(rt, N);
    await killed(serve2, 'SIGTERM');
    await w.close();
  }, 150_000);
});
