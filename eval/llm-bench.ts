/**
 * LLM extraction throughput and robustness bench (issue 5 acceptance). A stand-in OpenAI-compatible
 * server (node:http on 127.0.0.1, random port) answers `/chat/completions` after a fixed latency
 * with a valid structured answer, optionally injecting 429s, 500s and truncated JSON. The LLM
 * extractor runs over synthetic reports with N workers; every report must end labelled or failed
 * with a reason.
 *
 *   npx tsx eval/llm-bench.ts            # both scenarios, 2,000 reports, concurrency 32, 200 ms
 */
import { Worker } from 'node:worker_threads';
import { pathToFileURL } from 'node:url';
import { OntologySchema, type Ontology } from '../src/domain/ontology.js';
import type { DeidentifiedReport } from '../src/domain/report.js';
import { createLlmExtractor } from '../src/extract/llm/llm-extractor.js';
import { isRadlabelError } from '../src/errors/index.js';

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
  /** Faults to inject; none by default (the throughput scenario). */
  faults?: BenchFaults;
  /** Seed of the fault injector. */
  seed?: number;
  /** `retry-after` seconds sent with 429s. */
  retryAfterSec?: number;
}

export interface BenchLlmResult {
  scenario: 'clean' | 'faults';
  reports: number;
  concurrency: number;
  latencyMs: number;
  elapsedMs: number;
  reportsPerSecond: number;
  /** concurrency / latency: the best any client could do. */
  ideal: number;
  ratio: number;
  labelled: number;
  failed: number;
  /** Reports neither labelled nor recorded as failed (must be 0). */
  lost: number;
  failureReasons: Record<string, number>;
  injected: { ok: number; rate429: number; rate500: number; truncated: number };
  calls: number;
  retries: number;
  inputTokensPerReport: number;
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
    close: async (): Promise<BenchLlmResult['injected']> => {
      const done = new Promise<BenchLlmResult['injected']>((resolve) => worker.once('message', (m: { injected: BenchLlmResult['injected'] }) => resolve(m.injected)));
      worker.postMessage('close');
      const injected = await done;
      await worker.terminate();
      return injected;
    },
  };
}

/**
 * Runs one scenario: `faults` unset measures throughput against the ideal (concurrency / latency);
 * with faults it checks that every report ends labelled or failed with a reason (`lost` = 0).
 */
export async function benchLlm(opts: BenchLlmOptions = {}): Promise<BenchLlmResult> {
  const n = opts.reports ?? 2000;
  const concurrency = opts.concurrency ?? 32;
  const latencyMs = opts.latencyMs ?? 200;
  const stand = await startStandIn(latencyMs, opts.faults, opts.seed ?? 42, opts.retryAfterSec ?? 0.05);
  const ex = createLlmExtractor({
    provider: 'openai-compatible',
    model: 'stand-in',
    baseUrl: stand.baseUrl,
    concurrency,
    maxRetries: 4,
    retryBaseMs: 50,
    retryMaxMs: 2000,
    timeoutMs: 10_000,
  });
  const reports = Array.from({ length: n }, (_, i) => syntheticReport(i));
  const labelled = new Set<string>();
  const failed = new Map<string, string>();
  let next = 0;
  let injected: BenchLlmResult['injected'] = { ok: 0, rate429: 0, rate500: 0, truncated: 0 };
  let elapsedMs = 0;
  const t0 = performance.now();
  try {
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
  } finally {
    elapsedMs = performance.now() - t0;
    injected = await stand.close();
    await ex.close();
  }
  const ideal = (concurrency * 1000) / latencyMs;
  const reportsPerSecond = n / (elapsedMs / 1000);
  const failureReasons: Record<string, number> = {};
  for (const code of failed.values()) failureReasons[code] = (failureReasons[code] ?? 0) + 1;
  const s = ex.stats();
  return {
    scenario: opts.faults ? 'faults' : 'clean',
    reports: n,
    concurrency,
    latencyMs,
    elapsedMs: Math.round(elapsedMs),
    reportsPerSecond: Math.round(reportsPerSecond * 10) / 10,
    ideal,
    ratio: Math.round((reportsPerSecond / ideal) * 1000) / 1000,
    labelled: labelled.size,
    failed: failed.size,
    lost: n - labelled.size - failed.size,
    failureReasons,
    injected,
    calls: s.calls,
    retries: s.retries,
    inputTokensPerReport: Math.round(s.inputTokens / Math.max(1, labelled.size)),
  };
}

/** The acceptance fault mix: 10% 429s, 5% 500s, 2% truncated JSON. */
export const ACCEPTANCE_FAULTS: BenchFaults = { rate429: 0.1, rate500: 0.05, rateTruncated: 0.02 };

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const clean = await benchLlm();
  console.log(JSON.stringify(clean, null, 2));
  const faulty = await benchLlm({ faults: ACCEPTANCE_FAULTS });
  console.log(JSON.stringify(faulty, null, 2));
  const pass = clean.ratio >= 0.9 && faulty.lost === 0 && clean.lost === 0;
  console.log(`throughput ${clean.reportsPerSecond}/s = ${(clean.ratio * 100).toFixed(1)}% of ideal ${clean.ideal}/s; faults: labelled ${faulty.labelled}, failed ${faulty.failed}, lost ${faulty.lost} → ${pass ? 'PASS' : 'FAIL'}`);
  process.exitCode = pass ? 0 : 1;
}
