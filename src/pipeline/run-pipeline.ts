import type { Ontology } from '../domain/ontology.js';
import type { DeidentifiedReport, RawReport } from '../domain/report.js';
import { normalizeError, RadlabelError, type Locator } from '../errors/index.js';
import type { Extractor, ExtractionResult } from '../extract/extractor.js';
import type { InputFormat } from '../ingest/ingest-item.js';
import { readInputs } from '../ingest/read-inputs.js';
import type { DeidSettings } from '../deid/deidentify.js';
import { createDeidStage } from '../deid/deid-stage.js';
import type { Stage } from './stage.js';
import { prepareItem, type Prepared } from './prepare-report.js';
import type { LabelledReport, LabelStore, QuarantineEntry, ExtractionFailure } from '../store/label-store.js';
import { bump, emptySummary, QUARANTINE_SAMPLE_SIZE, type RunSummary } from './run-summary.js';
import { labelInThreads, type OrderedOutcome } from './parallel/parallel-source.js';
import { errorFrom } from './parallel/work-unit.js';
import { fromWire } from './parallel/wire-labelled.js';
import type { PipelineProfile } from './parallel/thread-profile.js';
import { batchedPhaseMeter, exactPhaseMeter } from './parallel/phase-meter.js';
import { openThreadClock } from '../util/thread-cpu.js';

export interface RunOptions {
  inputs: string[];
  format?: InputFormat;
  preset?: string;
  ontology: Ontology;
  extractor: Extractor;
  store: LabelStore;
  /** The recorded run (`radlabel run`): quarantined inputs are recorded as its sightings. */
  runId?: string;
  deid: DeidSettings;
  /** Replaces the built-in de-identification stage (another engine, or a test double); `deid` still keys the store. */
  deidStage?: Stage<RawReport, DeidentifiedReport>;
  /** Reports extracted at once (LLM extractors benefit; the rules engine is synchronous). Default 1. */
  concurrency?: number;
  /** Reports written per store transaction. Default 200. */
  batchSize?: number;
  /** Skip extraction for versions already labelled with this ontology (resume). Default true. */
  resume?: boolean;
  onProgress?: (p: { file: string; files: number; read: number; labelled: number }) => void;
  /**
   * Threads that parse, de-identify and extract (default 1: all on this thread). Used when the
   * extractor can run in a thread (`threadSpec`: the rules engine) and no `deidStage` replaces
   * the built-in one; the store stays single-writer on this thread and input order is kept.
   */
  workers?: number;
  /** Filled with where the run spent its CPU time, per thread and stage (`radlabel bench`). */
  profile?: PipelineProfile;
}

interface Work {
  file: string;
  report: DeidentifiedReport;
  /** The raw input, kept in process only, so that a report the leak guard stops can be quarantined with it. */
  raw?: RawReport;
  /** Set when a worker thread already extracted the report (or failed to). */
  done?: ExtractionResult | RadlabelError;
}

/**
 * Runs ingest → de-identify → extract → store over files and folders. Bad inputs are quarantined
 * and the run goes on; extraction failures are recorded as retriable; re-running is idempotent.
 */
export async function runPipeline(opts: RunOptions): Promise<RunSummary> {
  const started = performance.now();
  const summary = emptySummary();
  const batchSize = opts.batchSize ?? 200;
  const concurrency = Math.max(1, opts.concurrency ?? 1);
  const deid = opts.deidStage ?? createDeidStage(opts.deid);
  const resume = opts.resume ?? true;
  const seen = new Set<string>();
  let peakRss = process.memoryUsage().rss;
  const spec = opts.extractor.threadSpec;
  // The built-in de-identifier and the rules engine: synchronous, and able to run in a thread.
  const inProcess = spec !== undefined && !opts.deidStage;
  const workers = inProcess ? Math.max(1, opts.workers ?? 1) : 1;
  // Stage timing (only when asked): `lap(x)` books the main thread's time since the last lap to x,
  // `settle(x)` too, once per store batch. Alone with in-process stages the main thread never
  // waits between laps, and reads its CPU clock once per batch; otherwise (waiting on threads, an
  // LLM, another de-identifier) at every lap.
  const clock = opts.profile ? openThreadClock() : undefined;
  const cpuAtStart = process.cpuUsage();
  const mainAtStart = clock?.now() ?? 0;
  const meter = clock && (inProcess && workers === 1 ? batchedPhaseMeter : exactPhaseMeter)(clock, opts.profile!.main, mainAtStart);
  const lap = (phase: string): void => meter?.lap(phase);

  let pending: LabelledReport[] = [];
  let quarantine: QuarantineEntry[] = [];
  let failures: ExtractionFailure[] = [];
  let flushing: Promise<void> = Promise.resolve();

  const flush = async (force = false): Promise<void> => {
    if (!force && pending.length < batchSize && quarantine.length < batchSize && failures.length < batchSize) return;
    const items = pending;
    const q = quarantine;
    const f = failures;
    pending = [];
    quarantine = [];
    failures = [];
    flushing = flushing.then(async () => {
      if (items.length) {
        const outcomes = await opts.store.saveLabelled(items);
        for (const o of outcomes) {
          if (o === 'inserted') summary.labelled++;
          else if (o === 'superseded') {
            summary.labelled++;
            summary.superseded++;
          }
          else if (o === 'stale') summary.stale++;
          else summary.alreadyLabelled++;
        }
      }
      if (q.length) await opts.store.quarantine(q, opts.runId);
      if (f.length) await opts.store.recordFailures(f);
    });
    await flushing;
    meter?.settle('store');
    peakRss = Math.max(peakRss, process.memoryUsage().rss);
  };

  const toQuarantine = (err: RadlabelError, raw: string, format?: string): void => {
    bump(summary.quarantined, err.code);
    if (summary.quarantineSample.length < QUARANTINE_SAMPLE_SIZE) summary.quarantineSample.push({ code: err.code, reason: err.message, locator: err.locator });
    quarantine.push({ code: err.code, reason: err.message, locator: err.locator, format, raw });
  };

  const noteId = (id: string): void => {
    if (!seen.has(id)) {
      seen.add(id);
      summary.reportIds.push(id);
    }
  };

  // Stage 1: read, parse, de-identify, in input order. Yields work for extraction; with threads
  // (`workers` > 1) the threads also extract, and the work arrives with its result.
  const files = new Set<string>();
  const countUnit = (file: string): void => {
    if (!files.has(file)) {
      files.add(file);
      summary.files = files.size;
    }
    summary.read++;
    opts.onProgress?.({ file, files: files.size, read: summary.read, labelled: summary.labelled });
  };
  async function* threaded(): AsyncGenerator<Work> {
    const outcomes: AsyncIterable<OrderedOutcome> = labelInThreads({
      inputs: opts.inputs,
      format: opts.format,
      preset: opts.preset,
      workers,
      init: { ontology: opts.ontology, deid: opts.deid, rules: spec!.options, sections: spec!.sections },
      profile: opts.profile && {
        lap,
        threads: (times) => {
          opts.profile!.workers = times.map((t) => ({ ...t, phases: { ...t.phases } }));
        },
      },
    });
    for await (const o of outcomes) {
      countUnit(o.file);
      if ('item' in o) {
        if (o.item.kind === 'skipped') bump(summary.skipped, o.item.reason);
        else {
          toQuarantine(o.item.error, o.item.raw);
          await flush();
        }
        continue;
      }
      const u = o.outcome;
      if (u.kind === 'skipped') {
        bump(summary.skipped, u.reason);
        continue;
      }
      if (u.kind === 'rejected') {
        toQuarantine(errorFrom(u.error), u.raw, u.format);
        await flush();
        continue;
      }
      if (u.kind === 'extracted') {
        // No resume check here: the thread has extracted already, and the store's write finds a
        // version already labelled itself ('duplicate', counted as already labelled), one lookup
        // fewer per report on this thread.
        const { report, labels } = fromWire(u.labelled);
        lap('store');
        yield { file: o.file, report, done: { mentions: [], labels } };
      } else if (resume && (await opts.store.hasVersion(u.report.reportId, u.report.versionKey, opts.ontology.id))) {
        // A failed extraction of a version labelled before is not a failure of this run.
        summary.alreadyLabelled++;
        noteId(u.report.reportId);
        lap('store');
      } else {
        lap('store');
        yield { file: o.file, report: u.report, done: errorFrom(u.error) };
      }
    }
  }
  async function* prepared(): AsyncGenerator<Work> {
    if (workers > 1) {
      yield* threaded();
      return;
    }
    // Resume checks ask the store once per window of units, not once per report. A window holds
    // no more units than the fullest write buffer has room for (a unit adds at most one entry to
    // one buffer), so no store write falls inside it and each check sees the store as a check
    // made just before its own report would. Extracting concurrently (an LLM), reports still in
    // flight may write at any time: one unit per window there.
    const window: Array<{ file: string; prep: Prepared }> = [];
    let room = 1;
    async function* drain(): AsyncGenerator<Work> {
      const ready = window.filter((w) => w.prep.kind === 'ready').map((w) => w.prep as Extract<Prepared, { kind: 'ready' }>);
      const found = resume && ready.length ? await opts.store.hasVersions(ready.map((p) => [p.report.reportId, p.report.versionKey] as const), opts.ontology.id) : [];
      lap('store');
      const units = window.splice(0);
      let r = 0;
      for (const { file, prep } of units) {
        if (prep.kind === 'skipped') bump(summary.skipped, prep.reason);
        else if (prep.kind === 'quarantine') {
          toQuarantine(prep.error, prep.raw, prep.format);
          await flush();
        } else if (prep.kind === 'ready') {
          if (found[r++] === true) {
            summary.alreadyLabelled++;
            noteId(prep.report.reportId);
          } else yield { file, report: prep.report, raw: prep.raw };
        }
      }
    }
    for await (const { file, item } of readInputs(opts.inputs, { format: opts.format, preset: opts.preset })) {
      lap('read');
      if (window.length === 0) room = concurrency > 1 ? 1 : Math.max(1, batchSize - Math.max(pending.length, quarantine.length, failures.length));
      countUnit(file);
      window.push({ file, prep: await prepareItem(item, { deid, store: opts.store, ontologyId: opts.ontology.id, resume: false }) });
      lap('deidentify');
      if (window.length >= room) yield* drain();
    }
    yield* drain();
  }

  // Stage 2 (concurrent): extract, buffer, write in batches.
  const source = prepared();
  // An error that every later report would repeat (bad API key, unknown model, nothing listening)
  // ends the run at once; what was labelled before it is still written.
  let stopped: RadlabelError | undefined;
  const worker = async (): Promise<void> => {
    for (;;) {
      if (stopped) return;
      const next = await source.next();
      if (next.done) return;
      const { report, raw, done } = next.value;
      let result: ExtractionResult;
      try {
        if (done instanceof RadlabelError) throw done;
        result = done ?? (await opts.extractor.extract(report, opts.ontology));
        if (!done) lap('extract');
      } catch (e) {
        const error = normalizeError(e, 'EXTRACT_FAILED', locatorOfDeid(report));
        if ((error as { stopsRun?: boolean }).stopsRun === true) {
          stopped ??= error;
          return;
        }
        // Identifying text reached the request guard: the report's de-identification failed, so it
        // is quarantined (not retried) like any other de-identification failure.
        if (error.code === 'DEID_LEAK') {
          toQuarantine(error, raw?.text ?? '', raw?.source.format);
          await flush();
          continue;
        }
        bump(summary.failed, error.code);
        failures.push({ reportId: report.reportId, versionKey: report.versionKey, ontologyId: opts.ontology.id, code: error.code, reason: error.message });
        await flush();
        continue;
      }
      noteId(report.reportId);
      pending.push({ report, labels: result.labels });
      await flush();
    }
  };
  await Promise.all(Array.from({ length: concurrency }, worker));
  await flush(true);
  if (stopped) throw stopped;

  if (clock && opts.profile) {
    opts.profile.clock = clock.kind;
    opts.profile.main.totalMs = clock.now() - mainAtStart;
    if (workers === 1) opts.profile.main.units = summary.read;
    const cpu = process.cpuUsage(cpuAtStart);
    opts.profile.processCpuMs = (cpu.user + cpu.system) / 1000;
    clock.close();
  }
  summary.elapsedMs = performance.now() - started;
  const processed = summary.labelled + summary.stale + summary.alreadyLabelled;
  summary.reportsPerSecond = processed / Math.max(summary.elapsedMs / 1000, 1e-9);
  summary.peakRssMb = Math.round(Math.max(peakRss, process.memoryUsage().rss) / 1048576);
  const stats = opts.extractor.stats?.();
  if (stats) summary.extractorStats = Object.fromEntries(Object.entries(stats).filter(([, v]) => typeof v === 'number'));
  return summary;
}

function locatorOfDeid(r: DeidentifiedReport): Locator {
  return { file: r.source.file, messageId: r.reportId, row: r.source.row };
}
