import type { IngestItem, InputFormat } from '../../ingest/ingest-item.js';
import { splitMessages } from '../../ingest/hl7/framing.js';
import { parseInput } from '../../ingest/parse-input.js';
import { readInputFiles } from '../../ingest/read-inputs.js';
import type { UnitOutcome } from './work-unit.js';
import { patientRouteKey, type WorkUnit } from './work-unit.js';
import { LabelWorkerPool, type WorkerInit } from './worker-pool.js';
import type { ThreadTimes } from './thread-profile.js';

type DecidedItem = Exclude<IngestItem, { kind: 'report' }>;

/** One input unit's result, in input order: an item decided on the main thread, or a thread's outcome. */
export type OrderedOutcome = { file: string; item: DecidedItem } | { file: string; outcome: UnitOutcome };

export interface ParallelSourceOptions {
  inputs: string[];
  format?: InputFormat;
  preset?: string;
  workers: number;
  init: WorkerInit;
  /** Timing hooks: `lap` closes a main-thread stage; `threads` gets every labelling thread's times at the end. */
  profile?: { lap: (phase: 'read' | 'dispatch' | 'receive') => void; threads: (times: ThreadTimes[]) => void };
}

/**
 * Reads the inputs on the main thread and spreads parse (HL7: per message) → de-identify →
 * extract over `workers` threads, yielding every unit's outcome in input order. At most a few
 * batches per thread are outstanding, so memory stays flat on large files. Other formats are
 * parsed on the main thread (their parsing is a small part of the work) and only
 * de-identification and extraction go to the threads.
 */
export async function* labelInThreads(opts: ParallelSourceOptions): AsyncGenerator<OrderedOutcome> {
  const pool = new LabelWorkerPool(opts.workers, opts.init);
  const window: Array<{ file: string; item: DecidedItem } | { file: string; outcome: Promise<UnitOutcome> }> = [];
  const highWater = opts.workers * 32 * 6;
  const submit = (unit: WorkUnit): void => {
    window.push({ file: unit.file, outcome: pool.submit(unit, patientRouteKey(unit)) });
  };
  const lap = opts.profile?.lap ?? (() => undefined);
  async function* drain(downTo: number): AsyncGenerator<OrderedOutcome> {
    pool.flush();
    lap('dispatch');
    while (window.length > downTo) {
      const head = window.shift()!;
      if (!('outcome' in head)) {
        yield head;
        continue;
      }
      const outcome = await head.outcome;
      lap('receive');
      yield { file: head.file, outcome };
    }
  }
  try {
    for await (const f of readInputFiles(opts.inputs, { format: opts.format, preset: opts.preset })) {
      lap('read');
      // Already parsed on reading: errors, and reports of presets read one file per report (MIMIC-CXR's study folders).
      if ('item' in f) {
        if (f.item.kind === 'report') submit({ kind: 'report', file: f.file, report: f.item.report });
        else window.push({ file: f.file, item: f.item });
        if (window.length >= highWater) yield* drain(highWater / 2);
        continue;
      }
      if (f.format === 'hl7') {
        const chunks = splitMessages(f.text);
        for (let i = 0; i < chunks.length; i++) {
          submit({ kind: 'hl7', file: f.file, row: i + 1, chunk: chunks[i]! });
          if (window.length >= highWater) yield* drain(highWater / 2);
        }
      } else {
        for (const item of parseInput(f.format, f.text, { file: f.file, preset: opts.preset })) {
          if (item.kind === 'report') submit({ kind: 'report', file: f.file, report: item.report });
          else window.push({ file: f.file, item });
          if (window.length >= highWater) yield* drain(highWater / 2);
        }
      }
    }
    yield* drain(0);
    opts.profile?.threads(pool.times);
  } finally {
    // Outcomes not consumed (the consumer stopped early) are dropped with the threads.
    for (const w of window) if ('outcome' in w) w.outcome.catch(() => undefined);
    await pool.close();
  }
}
