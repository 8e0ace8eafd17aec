// What the two model trainers (train.ts, train-years.ts) share: their command-line options, the
// shipped models' training notes, the provenance lines of those notes, and writing the file.
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { devTrainingNotes } from './dev-notes.js';
import { syntheticTrainingNotes } from '../../src/deid/learned/synthetic-notes.js';
import { allWriterNotes, NOTES_PER_WRITER, WRITER_TRAIN_SEED, WRITERS } from '../../src/deid/learned/generators/index.js';
import type { TrainingNote } from '../../src/deid/learned/train-model.js';

/** A trainer's settings and data, from its command line. */
export interface TrainingRun {
  out: string;
  settings: { seed: number; epochs: number; thresholds: { balanced: number; strict: number } };
  /** The PhysioNet dev notes, the generated notes and the training writers' notes. */
  dev: TrainingNote[];
  synthetic: TrainingNote[];
  written: TrainingNote[];
  writersPerWriter: string;
  /** Folder holding the style development sets (eval/deid-styles-dev*) to train on; '' for none. */
  styles: string;
}

/**
 * Parses `[--out F] [--seed N] [--epochs N] [--balanced N] [--strict N] [--synthetic N] [--writers N]
 * [--data DIR] [--styles DIR]` with the given defaults (`--styles ''`: no style sets) and loads the training notes.
 */
export function trainingRun(defaultOut: string, d: TrainingRun['settings'], defaultStyles = ''): TrainingRun {
  const { values } = parseArgs({
    options: {
      out: { type: 'string', default: path.relative(process.cwd(), defaultOut) },
      seed: { type: 'string', default: String(d.seed) },
      epochs: { type: 'string', default: String(d.epochs) },
      balanced: { type: 'string', default: String(d.thresholds.balanced) },
      strict: { type: 'string', default: String(d.thresholds.strict) },
      synthetic: { type: 'string', default: '1000' },
      writers: { type: 'string', default: String(NOTES_PER_WRITER) },
      data: { type: 'string', default: '../shared/data/deid-physionet' },
      styles: { type: 'string', default: defaultStyles },
    },
  });
  return {
    out: values.out,
    settings: { seed: Number(values.seed), epochs: Number(values.epochs), thresholds: { balanced: Number(values.balanced), strict: Number(values.strict) } },
    dev: devTrainingNotes(values.data),
    synthetic: syntheticTrainingNotes({ count: Number(values.synthetic) }),
    written: allWriterNotes(Number(values.writers)),
    writersPerWriter: values.writers,
    styles: values.styles,
  };
}

/** The provenance line of the dev notes. */
export function devProvenance(run: TrainingRun): string {
  return `PhysioNet deid 1.1 dev split (${run.dev.length} notes, ${new Set(run.dev.map((n) => n.patient)).size} patients; ../shared/data/deid-physionet, GPL-2.0)`;
}
/** The provenance line of each training writer's notes. */
export function writersProvenance(run: TrainingRun): string[] {
  return Object.keys(WRITERS).map((w) => `notes of independent writer "${w}" (src/deid/learned/generators/${w}.ts, seed ${WRITER_TRAIN_SEED}, ${run.writersPerWriter} notes; written blind to the rules and to every evaluation set)`);
}

/** Writes a model file (one JSON line) and says what it holds. */
export function writeModelFile(out: string, file: { weights: Record<string, unknown> }, examples: number): void {
  mkdirSync(path.dirname(out), { recursive: true });
  writeFileSync(out, `${JSON.stringify(file)}\n`);
  console.log(`wrote ${out}: ${Object.keys(file.weights).length} features, ${examples} examples`);
}
