/**
 * LLM extraction throughput and robustness bench (issue 5 acceptance). A stand-in OpenAI-compatible
 * server (node:http on 127.0.0.1, random port) answers `/chat/completions` after a fixed latency
 * with a valid structured answer, optionally injecting 429s, 500s and truncated JSON. The LLM
 * extractor runs over synthetic reports with N workers; every report must end labelled or failed
 * with a reason.
 *
 * Part of the package (not `eval/`) because `radlabel bench` runs it from the compiled build;
 * `npx tsx eval/llm-bench.ts [--loop]` runs it alone.
 */
import { Worker } from 'node:worker_threads';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { OntologySchema, type Ontology } from '../domain/ontology.js';
import type { DeidentifiedReport } from '../domain/report.js';
import { createLlmExtractor, type LlmExtractor } from '../extract/llm/llm-extractor.js';
import { runPipeline } from '../pipeline/run-pipeline.js';
import { total } from '../pipeline/run-summary.js';
import { openSqliteStore } from '../store/sqlite/sqlite-store.js';
import { isRadlabelError } from '../errors/index.js';

export interface BenchFaults {
  /** Fraction of requests answered 429 (with `retry-after`). */
  rate429: number;
  rate500: number;
  /** Fraction answered with cut-off JSON and `finish_reason: length`. */
  rateTruncated: number;
}

export interface BenchLlmOptions {
  reports?: number;
  concurrency?: number;
  latencyMs?: number;
  /** Seed of the fault injector. */
  seed?: number;
  /** `retry-after` seconds sent with 429s. */
  retryAfterSec?: number;
  /** Retries per report (default 4); fewer retries make failures, which must be recorded, not lost. */
  maxRetries?: number;
  /**
   * `pipeline` (default): CSV file → ingest → de-identify → LLM extractor → in-memory SQLite store
   * through `runPipeline`; `loop`: the extractor alone in a worker loop.
   */
  via?: 'pipeline' | 'loop';
}

export interface BenchScenarioOptions extends BenchLlmOptions {
  /** Faults to inject; none for the throughput scenario. */
  faults?: BenchFaults;
}

export interface BenchScenarioResult {
  scenario: 'clean' | 'faults';
  via: 'pipeline' | 'loop';
  reports: number;
  concurrency: number;
  latencyMs: number;
  elapsedMs: number;
  reportsPerSecond: number;
  /** concurrency / latency: the best any client could do. */
  ideal: number;
  ratio: number;
  labelled: number;
  /** Reports recorded as failed, with their reason (error code). */
  failed: number;
  /** Reports neither labelled nor recorded as failed (must be 0). */
  lost: number;
  failureReasons: Record<string, number>;
  injected: { ok: number; rate429: number; rate500: number; truncated: number };
  calls: number;
  retries: number;
  inputTokensPerReport: number;
}

/**
 * Both acceptance scenarios: throughput (`reportsPerSecond`, `ideal`, `ratio`) comes from the clean
 * run; `labelled` / `failed` / `lost` from the run with injected faults (`lost` counts both runs).
 */
export interface BenchLlmResult {
  reportsPerSecond: number;
  ideal: number;
  ratio: number;
  labelled: number;
  failed: number;
  lost: number;
  failureReasons: Record<string, number>;
  clean: BenchScenarioResult;
  faults: BenchScenarioResult;
}

const ontology: Ontology = OntologySchema.parse({
  id: 'bench',
  version: '1',
  name: 'Bench',
  noFindingSemantics: 'chexpert',
  labels: [
    { id: 'No Finding', name: 'No finding', noFinding: true },
    { id: 'Pleural Effusion', name: 'Pleural effusion' },
    { id: 'Pneumothorax', name: 'Pneumothorax' },
    { id: 'Cardiomegaly', name: 'Cardiomegaly' },
  ],
});

function syntheticReport(i: number): DeidentifiedReport {
  const findings = `Study ${i}. Small right pleural effusion. No pneumothorax. Heart size is normal.`;
  const text = `FINDINGS: ${findings}`;
  return {
    source: { format: 'text', system: 'bench', row: i + 1 },
    status: 'final',
    sections: [{ name: 'findings', heading: 'FINDINGS:', start: 10, end: text.length }],
    text,
    reportId: `bench-${i}`,
    versionKey: 'v1',
    deid: { mode: 'surrogate', detectorVersion: 'bench', counts: {} },
    guard: [],
  };
}

const ANSWER = JSON.stringify({
  mentions: [
    { label: 'Pleural Effusion', assertion: 'present', temporality: 'current', evidence: 'Small right pleural effusion', section: 'findings' },
    { label: 'Pneumothorax', assertion: 'absent', temporality: 'current', evidence: 'No pneumothorax', section: 'findings' },
  ],
});

/**
 * The stand-in server, as plain JavaScript run in a worker thread so that its CPU time does not
 * queue behind the client's on one event loop. Faults are drawn from a seeded PRNG (mulberry32).
 */
const STAND_IN_SOURCE = `
const http = require('node:http');
const { parentPort, workerData } = require('node:worker_threads');
const { latencyMs, faults, seed, retryAfterSec, answer } = workerData;
let a = seed >>> 0;
const random = () => {
  a = (a + 0x6d2b79f5) >>> 0;
  let t = a;
  t = Math.imul(t ^ (t >>> 15), t | 1);
  t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
  return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
};
const injected = { ok: 0, rate429: 0, rate500: 0, truncated: 0 };
const completion = (content, finish) => JSON.stringify({
  id: 'x', object: 'chat.completion', created: 0, model: 'stand-in',
  choices: [{ index: 0, finish_reason: finish, message: { role: 'assistant', content } }],
  usage: { prompt_tokens: 400, completion_tokens: 60, total_tokens: 460 },
});
const server = http.createServer((req, res) => {
  req.resume();
  req.on('end', () => setTimeout(() => {
    if (req.method !== 'POST' || !req.url.endsWith('/chat/completions')) { res.writeHead(404).end(); return; }
    const r = random();
    const f = faults || { rate429: 0, rate500: 0, rateTruncated: 0 };
    if (r < f.rate429) {
      injected.rate429++;
      res.writeHead(429, { 'content-type': 'application/json', 'retry-after': String(retryAfterSec) }).end('{"error":{"message":"rate limited"}}');
    } else if (r < f.rate429 + f.rate500) {
      injected.rate500++;
      res.writeHead(500, { 'content-type': 'application/json' }).end('{"error":{"message":"boom"}}');
    } else if (r < f.rate429 + f.rate500 + f.rateTruncated) {
      injected.truncated++;
      res.writeHead(200, { 'content-type': 'application/json' }).end(completion(answer.slice(0, 40), 'length'));
    } else {
      injected.ok++;
      res.writeHead(200, { 'content-type': 'application/json' }).end(completion(answer, 'stop'));
    }
  }, latencyMs));
});
server.keepAliveTimeout = 60000;
server.listen(0, '127.0.0.1', () => parentPort.postMessage({ port: server.address().port }));
parentPort.on('message', (m) => {
  if (m === 'close') { server.closeAllConnections(); server.close(() => parentPort.postMessage({ closed: true, injected })); }
});
`;

/** Starts the stand-in server; resolves with its base URL and a close function returning the injected-fault counts. */
export async function startStandIn(latencyMs: number, faults: BenchFaults | undefined, seed: number, retryAfterSec: number) {
  const worker = new Worker(STAND_IN_SOURCE, { eval: true, workerData: { latencyMs, faults, seed, retryAfterSec, answer: ANSWER } });
  const port = await new Promise<number>((resolve, reject) => {
    worker.once('message', (m: { port: number }) => resolve(m.port));
    worker.once('error', reject);
  });
  return {
    baseUrl: `http://127.0.0.1:${port}/v1`,
    close: async (): Promise<BenchScenarioResult['injected']> => {
      const done = new Promise<BenchScenarioResult['injected']>((resolve) => worker.once('message', (m: { injected: BenchScenarioResult['injected'] }) => resolve(m.injected)));
      worker.postMessage('close');
      const injected = await done;
      await worker.terminate();
      return injected;
    },
  };
}

type Injected = BenchScenarioResult['injected'];

interface DriveOutcome {
  elapsedMs: number;
  labelled: number;
  failureReasons: Record<string, number>;
  lost: number;
}

/** The extractor alone, `concurrency` workers pulling reports. */
async function driveLoop(ex: LlmExtractor, n: number, concurrency: number): Promise<DriveOutcome> {
  const reports = Array.from({ length: n }, (_, i) => syntheticReport(i));
  const labelled = new Set<string>();
  const failed = new Map<string, string>();
  let next = 0;
  const t0 = performance.now();
  await Promise.all(
    Array.from({ length: concurrency }, async () => {
      while (next < reports.length) {
        const r = reports[next++] as DeidentifiedReport;
        try {
          const { labels } = await ex.extract(r, ontology);
          if (labels.labels['Pleural Effusion']?.value === 'positive') labelled.add(r.reportId);
          else failed.set(r.reportId, 'WRONG_LABEL');
        } catch (e) {
          failed.set(r.reportId, isRadlabelError(e) ? e.code : 'UNTYPED');
        }
      }
    }),
  );
  const elapsedMs = performance.now() - t0;
  const failureReasons: Record<string, number> = {};
  for (const code of failed.values()) failureReasons[code] = (failureReasons[code] ?? 0) + 1;
  return { elapsedMs, labelled: labelled.size, failureReasons, lost: n - labelled.size - failed.size };
}

/** CSV → ingest → de-identify → extract → in-memory SQLite through the pipeline; counts checked in the store. */
async function drivePipeline(ex: LlmExtractor, n: number, concurrency: number): Promise<DriveOutcome> {
  const dir = await mkdtemp(path.join(tmpdir(), 'radlabel-llm-bench-'));
  const csv = path.join(dir, 'reports.csv');
  const rows = Array.from({ length: n }, (_, i) => `bench-${i},"${syntheticReport(i).text}"`);
  await writeFile(csv, `id,text\n${rows.join('\n')}\n`);
  const store = openSqliteStore(':memory:');
  try {
    await store.migrate();
    const summary = await runPipeline({
      inputs: [csv],
      ontology,
      extractor: ex,
      store,
      deid: { key: 'llm-bench-key-0123456789abcdef', mode: 'surrogate', keepStudyUids: false },
      concurrency,
    });
    let positives = 0;
    let stored = 0;
    for await (const row of store.currentLabels(ontology.id)) {
      stored++;
      if (row.labels.labels['Pleural Effusion']?.value === 'positive') positives++;
    }
    const failures = await store.listFailures(ontology.id);
    const failureReasons: Record<string, number> = {};
    for (const f of failures) failureReasons[f.code] = (failureReasons[f.code] ?? 0) + 1;
    for (const [k, v] of Object.entries(summary.quarantined)) failureReasons[`quarantined:${k}`] = v;
    if (stored - positives > 0) failureReasons.WRONG_LABEL = stored - positives;
    const recorded = positives + failures.length + total(summary.quarantined);
    return { elapsedMs: summary.elapsedMs, labelled: positives, failureReasons, lost: n - recorded - (stored - positives) };
  } finally {
    await store.close();
    await rm(dir, { recursive: true, force: true });
  }
}

/**
 * Runs one scenario against the stand-in server: `faults` unset measures throughput against the
 * ideal (concurrency / latency); with faults, every report must end labelled or failed with a
 * reason (`lost` = 0).
 */
export async function benchLlmScenario(opts: BenchScenarioOptions = {}): Promise<BenchScenarioResult> {
  const n = opts.reports ?? 2000;
  const concurrency = opts.concurrency ?? 32;
  const latencyMs = opts.latencyMs ?? 200;
  const via = opts.via ?? 'pipeline';
  const stand = await startStandIn(latencyMs, opts.faults, opts.seed ?? 42, opts.retryAfterSec ?? 0.05);
  const ex = createLlmExtractor({
    provider: 'openai-compatible',
    model: 'stand-in',
    baseUrl: stand.baseUrl,
    concurrency,
    maxRetries: opts.maxRetries ?? 4,
    retryBaseMs: 50,
    retryMaxMs: 2000,
    timeoutMs: 10_000,
  });
  let outcome: DriveOutcome;
  let injected: Injected;
  try {
    outcome = via === 'pipeline' ? await drivePipeline(ex, n, concurrency) : await driveLoop(ex, n, concurrency);
  } finally {
    injected = await stand.close();
    await ex.close();
  }
  const ideal = (concurrency * 1000) / latencyMs;
  const reportsPerSecond = n / (outcome.elapsedMs / 1000);
  const s = ex.stats();
  const failed = Object.values(outcome.failureReasons).reduce((a, b) => a + b, 0);
  return {
    scenario: opts.faults ? 'faults' : 'clean',
    via,
    reports: n,
    concurrency,
    latencyMs,
    elapsedMs: Math.round(outcome.elapsedMs),
    reportsPerSecond: Math.round(reportsPerSecond * 10) / 10,
    ideal,
    ratio: Math.round((reportsPerSecond / ideal) * 1000) / 1000,
    labelled: outcome.labelled,
    failed,
    lost: outcome.lost,
    failureReasons: outcome.failureReasons,
    injected,
    calls: s.calls,
    retries: s.retries,
    inputTokensPerReport: Math.round(s.inputTokens / Math.max(1, s.reports - s.failures)),
  };
}

/** The acceptance fault mix: 10% 429s, 5% 500s, 2% truncated JSON. */
export const ACCEPTANCE_FAULTS: BenchFaults = { rate429: 0.1, rate500: 0.05, rateTruncated: 0.02 };

/** Issue 5 acceptance: the clean throughput run, then the run with {@link ACCEPTANCE_FAULTS}. */
export async function benchLlm(opts: BenchLlmOptions = {}): Promise<BenchLlmResult> {
  const clean = await benchLlmScenario(opts);
  const faults = await benchLlmScenario({ ...opts, faults: ACCEPTANCE_FAULTS });
  return {
    reportsPerSecond: clean.reportsPerSecond,
    ideal: clean.ideal,
    ratio: clean.ratio,
    labelled: faults.labelled,
    failed: faults.failed,
    lost: clean.lost + faults.lost,
    failureReasons: faults.failureReasons,
    clean,
    faults,
  };
}
