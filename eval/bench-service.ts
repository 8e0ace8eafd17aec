/**
 * Service throughput bench: Redis-backed `radlabel serve` + N `radlabel worker` processes on
 * PostgreSQL, driven over HTTP on loopback for a bounded time with synthetic HL7 ORU messages.
 * Reports accepted reports/s, p50 / p99 ingest latency (receive → 202), end-to-end labelled
 * reports/s (first request → queue drained), that the queue drains to 0, and (Linux) the CPU time
 * of `serve` per accepted report and of the workers per labelled report during the send window,
 * which depend much less on what else runs on the machine than the rates do.
 *
 *   npm run bench:service -- [--workers 1,2,4] [--duration 60] [--clients 16] [--worker-concurrency 16]
 *
 * Needs PostgreSQL (RADLABEL_BENCH_PG_URL, default postgres://postgres@127.0.0.1:5432/test) and
 * Redis (RADLABEL_BENCH_REDIS_URL, default redis://127.0.0.1:6379). Each run uses its own schema
 * and queue prefix and removes them afterwards.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { loadavg } from 'node:os';
import { parseArgs } from 'node:util';
import { Redis } from 'ioredis';
import pg from 'pg';
import { syntheticOru } from '../src/bench/synthetic-reports.js';
import { mulberry32 } from '../src/util/prng.js';
import { openRunContext } from '../src/app/run-context.js';
import { openServiceStore } from '../src/service/store/open-service-store.js';
import { createApiKey } from '../src/service/api-keys.js';

const { values } = parseArgs({
  options: {
    workers: { type: 'string', default: '1,2,4' },
    duration: { type: 'string', default: '60' },
    clients: { type: 'string', default: '16' },
    'worker-concurrency': { type: 'string', default: '16' },
    port: { type: 'string', default: '18480' },
    'drain-timeout': { type: 'string', default: '300' },
  },
});
const PG_URL = process.env.RADLABEL_BENCH_PG_URL ?? 'postgres://postgres@127.0.0.1:5432/test';
const REDIS_URL = process.env.RADLABEL_BENCH_REDIS_URL ?? 'redis://127.0.0.1:6379';
const DEID_KEY = 'bench-service-key-0123456789abcdef';

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
const pct = (xs: number[], p: number) => (xs.length ? xs[Math.min(xs.length - 1, Math.floor((p / 100) * xs.length))]! : NaN);

function startProcess(args: string[], env: NodeJS.ProcessEnv): ChildProcess {
  const child = spawn(process.execPath, ['bin/radlabel.js', ...args], { env: { ...process.env, ...env }, stdio: ['ignore', 'ignore', 'pipe'] });
  child.stderr!.on('data', (d: Buffer) => {
    const s = d.toString();
    if (/error/i.test(s) && !/"level":30/.test(s)) process.stderr.write(`[${args[0]}] ${s.slice(0, 300)}`);
  });
  return child;
}

/** USER_HZ of /proc/<pid>/stat: 100 on Linux (getconf CLK_TCK). */
const CLOCK_TICKS = 100;

/** CPU seconds (user + system) a child process has used so far, from /proc; undefined elsewhere. */
function cpuSeconds(child: ChildProcess): number | undefined {
  try {
    const fields = readFileSync(`/proc/${child.pid}/stat`, 'utf8').split(') ')[1]!.split(' ');
    return (Number(fields[11]) + Number(fields[12])) / CLOCK_TICKS;
  } catch {
    return undefined;
  }
}

async function stop(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null) return;
  const done = new Promise((r) => child.once('exit', r));
  child.kill('SIGTERM');
  await Promise.race([done, sleep(15_000)]);
  if (child.exitCode === null) child.kill('SIGKILL');
}

async function runOnce(workers: number) {
  const stamp = `${process.pid}_${Date.now().toString(36)}`;
  const schema = `bench_${stamp}`;
  const prefix = `{rlbench-${stamp}}`;
  const db = `${PG_URL}?schema=${schema}`;
  const port = Number(values.port);
  const env = {
    RADLABEL_DB: db,
    RADLABEL_DEID_KEY: DEID_KEY,
    RADLABEL_REDIS_URL: REDIS_URL,
    RADLABEL_SERVICE_QUEUE_PREFIX: prefix,
    RADLABEL_SERVICE_RATE_LIMIT_PER_MINUTE: '100000000',
    RADLABEL_LOG_LEVEL: 'error',
  };
  const ctx = await openRunContext({ db, deid: { key: DEID_KEY } });
  const svc = openServiceStore(db);
  const { key } = await createApiKey(svc, 'ingest');
  const procs = [startProcess(['serve', '--port', String(port)], env)];
  for (let i = 0; i < workers; i++) procs.push(startProcess(['worker', '--concurrency', String(values['worker-concurrency'])], env));
  const base = `http://127.0.0.1:${port}`;
  for (let i = 0; ; i++) {
    if (i > 240) throw new Error('serve did not start in 60 s');
    const ok = await fetch(`${base}/healthz`).then((r) => r.ok).catch(() => false);
    if (ok) break;
    await sleep(250);
  }
  // Workers registered with the queue before the clock starts.
  const redis = new Redis(REDIS_URL);
  for (let i = 0; i < 240; i++) {
    const names = await redis.client('LIST');
    if ((String(names).match(new RegExp(`${prefix.replace(/[{}]/g, '.')}`, 'g')) ?? []).length >= workers || i > 120) break;
    await sleep(250);
  }

  const durationMs = Number(values.duration) * 1000;
  const r = mulberry32(7);
  let next = 0;
  let accepted = 0;
  let failed = 0;
  const latencies: number[] = [];
  const cpuAtStart = procs.map(cpuSeconds);
  const labelledAtStart = (await svc.inboxCounts()).labelled;
  const t0 = performance.now();
  const client = async () => {
    while (performance.now() - t0 < durationMs) {
      const body = syntheticOru(next++, r);
      const s = performance.now();
      const res = await fetch(`${base}/v1/reports`, { method: 'POST', headers: { 'content-type': 'x-application/hl7-v2+er7', authorization: `Bearer ${key}` }, body }).catch(() => undefined);
      latencies.push(performance.now() - s);
      if (res?.status === 202) accepted++;
      else failed++;
      await res?.arrayBuffer();
    }
  };
  await Promise.all(Array.from({ length: Number(values.clients) }, client));
  const sendSeconds = (performance.now() - t0) / 1000;
  const cpuAtEnd = procs.map(cpuSeconds);
  const labelledAtSendEnd = (await svc.inboxCounts()).labelled;
  const cpuUsed = (i: number) => (cpuAtEnd[i] === undefined || cpuAtStart[i] === undefined ? undefined : cpuAtEnd[i]! - cpuAtStart[i]!);
  const serveCpu = cpuUsed(0);
  const workerCpus = procs.slice(1).map((_, i) => cpuUsed(i + 1));
  const workerCpu = workerCpus.some((c) => c === undefined) ? undefined : workerCpus.reduce((a, c) => a! + c!, 0);
  const labelledInWindow = labelledAtSendEnd - labelledAtStart;
  const drainDeadline = performance.now() + Number(values['drain-timeout']) * 1000;
  let counts = await svc.inboxCounts();
  while (counts.pending > 0 && performance.now() < drainDeadline) {
    await sleep(200);
    counts = await svc.inboxCounts();
  }
  const totalSeconds = (performance.now() - t0) / 1000;
  const waiting = await redis.llen(`${prefix}:label:wait`);
  const active = await redis.llen(`${prefix}:label:active`);
  latencies.sort((a, b) => a - b);
  const result = {
    workers,
    workerConcurrency: Number(values['worker-concurrency']),
    clients: Number(values.clients),
    sendSeconds: +sendSeconds.toFixed(1),
    accepted,
    failedRequests: failed,
    acceptedPerSecond: +(accepted / sendSeconds).toFixed(1),
    labelledPerSecondDuringSend: +(labelledAtSendEnd / sendSeconds).toFixed(1),
    labelledPerSecondEndToEnd: +(counts.labelled / totalSeconds).toFixed(1),
    drainSeconds: +(totalSeconds - sendSeconds).toFixed(1),
    ingestLatencyMs: { p50: +pct(latencies, 50).toFixed(1), p99: +pct(latencies, 99).toFixed(1) },
    inbox: counts,
    queueDepthAtEnd: { waiting, active },
    // CPU time during the send window: serve per accepted report, all workers per report labelled in the window.
    serveCpuMsPerAccepted: serveCpu === undefined ? null : +((serveCpu * 1000) / Math.max(1, accepted)).toFixed(3),
    workerCpuMsPerLabelled: workerCpu === undefined ? null : +((workerCpu * 1000) / Math.max(1, labelledInWindow)).toFixed(3),
    loadAverage1m: +loadavg()[0]!.toFixed(1),
  };
  for (const p of procs) await stop(p);
  redis.disconnect();
  await svc.close();
  await ctx.store.close();
  const c = new pg.Client({ connectionString: PG_URL });
  await c.connect();
  await c.query(`DROP SCHEMA IF EXISTS "${schema}" CASCADE`);
  await c.end();
  const cleanup = new Redis(REDIS_URL);
  let cursor = '0';
  do {
    const [n, keys] = await cleanup.scan(cursor, 'MATCH', `${prefix}:*`, 'COUNT', 1000);
    cursor = n;
    if (keys.length) await cleanup.del(...keys);
  } while (cursor !== '0');
  cleanup.disconnect();
  return result;
}

const results = [];
for (const w of String(values.workers).split(',').map(Number)) {
  const res = await runOnce(w);
  results.push(res);
  process.stdout.write(JSON.stringify(res) + '\n');
}
process.stdout.write(
  '\nworkers | accepted/s | labelled/s (send window) | labelled/s (end to end) | p50 / p99 ingest ms | queue at end | serve CPU ms / accepted | worker CPU ms / labelled | load\n' +
    results
      .map((x) => `${x.workers} | ${x.acceptedPerSecond} | ${x.labelledPerSecondDuringSend} | ${x.labelledPerSecondEndToEnd} | ${x.ingestLatencyMs.p50} / ${x.ingestLatencyMs.p99} | ${x.queueDepthAtEnd.waiting + x.queueDepthAtEnd.active} (pending ${x.inbox.pending}) | ${x.serveCpuMsPerAccepted ?? '-'} | ${x.workerCpuMsPerLabelled ?? '-'} | ${x.loadAverage1m}`)
      .join('\n') +
    '\n',
);
