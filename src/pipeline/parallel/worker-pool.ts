import type { SectionName } from '../../domain/report.js';
import { createRequire } from 'node:module';
import { pathToFileURL } from 'node:url';
import { Worker } from 'node:worker_threads';
import type { Ontology } from '../../domain/ontology.js';
import type { DeidSettings } from '../../deid/deidentify.js';
import type { ThreadTimes } from './thread-profile.js';
import type { UnitOutcome, WorkUnit } from './work-unit.js';

/** What each labelling thread is started with: plain data only (no report text). */
export interface WorkerInit {
  ontology: Ontology;
  deid: DeidSettings;
  rules: { rulesDir?: string; language?: string; likelyIsPositive?: boolean };
  /** `--sections`: label from these sections only, as the main thread's extractor would. */
  sections?: readonly SectionName[];
}

/** Units sent to a thread in one message: big enough to amortise the hop, small enough to keep threads busy. */
const BATCH = 32;

/**
 * Starts the thread entry. From the compiled package it is `label-worker.js`; when radlabel runs
 * from its TypeScript sources (tsx, vitest) the thread first registers tsx, which a worker does
 * not inherit from its parent.
 */
function startWorker(init: WorkerInit): Worker {
  const self = import.meta.url;
  if (!self.endsWith('.ts')) return new Worker(new URL('./label-worker.js', self), { workerData: init });
  // tsx's ESM entry (its CommonJS one cannot register hooks from an eval'd worker script).
  const tsx =
    typeof import.meta.resolve === 'function'
      ? import.meta.resolve('tsx/esm/api')
      : pathToFileURL(createRequire(self).resolve('tsx/esm/api').replace(/\.cjs$/, '.mjs')).href;
  const entry = new URL('./label-worker.ts', self).href;
  const boot = `import(${JSON.stringify(tsx)}).then((m) => { m.register(); return import(${JSON.stringify(entry)}); })`;
  return new Worker(boot, { eval: true, workerData: init });
}

interface Pending {
  resolve: (o: UnitOutcome) => void;
  reject: (e: unknown) => void;
}

/**
 * A fixed set of labelling threads. `submit` routes a unit to a thread by its key (the same key
 * always goes to the same thread, which labels its units in arrival order) and returns a promise
 * of its outcome; callers await those promises in input order. Units are sent in batches:
 * call {@link flush} before waiting on a unit that may still sit in an unsent batch.
 */
export class LabelWorkerPool {
  private readonly workers: Worker[];
  private readonly queued: Array<{ units: WorkUnit[]; pending: Pending[] }>;
  private readonly inFlight = new Map<number, Pending[]>();
  /** Each thread's CPU time by stage, as of its latest reply. */
  readonly times: ThreadTimes[];
  private nextBatch = 0;
  private roundRobin = 0;
  private failure: unknown;

  constructor(size: number, init: WorkerInit) {
    this.workers = Array.from({ length: size }, () => startWorker(init));
    this.queued = this.workers.map(() => ({ units: [], pending: [] }));
    this.times = this.workers.map(() => ({ phases: {}, totalMs: 0, units: 0 }));
    this.workers.forEach((w, i) => {
      w.on('message', (m: { id: number; outcomes: UnitOutcome[]; times: ThreadTimes }) => {
        this.times[i] = m.times;
        const pending = this.inFlight.get(m.id)!;
        this.inFlight.delete(m.id);
        m.outcomes.forEach((o, i) => pending[i]!.resolve(o));
      });
      w.on('error', (e) => this.fail(e));
      w.on('exit', (code) => {
        if (code !== 0) this.fail(new Error(`a labelling thread exited with code ${code}`));
      });
    });
  }

  get size(): number {
    return this.workers.length;
  }

  submit(unit: WorkUnit, key: string | undefined): Promise<UnitOutcome> {
    if (this.failure) return Promise.reject(this.failure);
    const i = key === undefined ? this.roundRobin++ % this.workers.length : fnv1a(key) % this.workers.length;
    const q = this.queued[i]!;
    const promise = new Promise<UnitOutcome>((resolve, reject) => q.pending.push({ resolve, reject }));
    q.units.push(unit);
    if (q.units.length >= BATCH) this.send(i);
    return promise;
  }

  /** Sends every partly filled batch. */
  flush(): void {
    for (let i = 0; i < this.workers.length; i++) if (this.queued[i]!.units.length) this.send(i);
  }

  async close(): Promise<void> {
    await Promise.all(this.workers.map((w) => w.terminate()));
  }

  private send(i: number): void {
    const q = this.queued[i]!;
    const id = this.nextBatch++;
    this.inFlight.set(id, q.pending);
    this.workers[i]!.postMessage({ id, units: q.units });
    this.queued[i] = { units: [], pending: [] };
  }

  private fail(e: unknown): void {
    this.failure ??= e;
    for (const pending of this.inFlight.values()) for (const p of pending) p.reject(e);
    this.inFlight.clear();
    for (const q of this.queued) for (const p of q.pending) p.reject(e);
  }
}

function fnv1a(s: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}
