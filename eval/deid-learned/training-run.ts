// What the two model trainers (train.ts, train-years.ts) share: their command-line options, the
// shipped models' training notes, the provenance lines of those notes, and writing the file.
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { parseArgs, type ParseArgsConfig } from 'node:util';
import { devTrainingNotes } from './dev-notes.js';
import { syntheticTrainingNotes } from '../../src/deid/learned/synthetic-notes.js';
import { allWriterNotes, NOTES_PER_WRITER, WRITER_TRAIN_SEED, WRITERS } from '../../src/deid/learned/generators/index.js';
import { devNotes, modelFromExamples, noteExamples, type TrainingNote, type TrainSettings } from '../../src/deid/learned/train-model.js';
import { augmentNotes, DEFAULT_COPIES, parseCopies } from '../../src/deid/learned/note-transforms.js';
import type { Example } from '../../src/deid/learned/perceptron.js';
import type { LearnedModel } from '../../src/deid/learned/model-file.js';
import type { KeepVocabulary } from '../../src/deid/keep-list/keep-vocabulary.js';
import { styleDevSets, styleSetNotes } from '../../src/evaluate/deid/style-notes.js';
import { DEFAULT_SEED_CACHE, reseedSet } from './reseed-sets.js';
import type { StyleGoldChanges } from '../../src/evaluate/deid/style-conventions.js';

/** A trainer's settings and data, from its command line. */
export interface TrainingRun {
  out: string;
  settings: TrainSettings;
  /** The PhysioNet dev notes, the generated notes and the training writers' notes. */
  dev: TrainingNote[];
  synthetic: TrainingNote[];
  written: TrainingNote[];
  writersPerWriter: string;
  /** Folder holding the style development sets (eval/deid-styles-dev*) to train on; '' for none. */
  styles: string;
  /** Reseeded copies of each style set trained on besides the set (reseed-sets.ts; 0 for none). */
  styleSeeds: number;
  /** Folder of the reseeded copies. */
  seedCache: string;
  /** Values of the caller's own options (`extra` of {@link trainingRun}). */
  extra: Record<string, string | boolean | undefined>;
}

/**
 * Parses `[--out F] [--seed N] [--epochs N] [--balanced N] [--strict N] [--synthetic N] [--writers N]
 * [--data DIR] [--styles DIR] [--style-weight N] [--dev-copies LIST] [--style-copies LIST] [--style-seeds K] [--seed-cache DIR]
 * [--dev-negative-weight W] [--negative-margin M]`
 * with the given defaults (`--styles ''`: no style sets; `--style-seeds K`: each style set's generator run at K other
 * seeds too, see reseed-sets.ts) and loads the training notes.
 */
export function trainingRun(defaultOut: string, d: TrainingRun['settings'], defaultStyles = '', extra: NonNullable<ParseArgsConfig['options']> = {}): TrainingRun {
  const { values } = parseArgs({
    options: {
      ...extra,
      out: { type: 'string', default: path.relative(process.cwd(), defaultOut) },
      seed: { type: 'string', default: String(d.seed) },
      epochs: { type: 'string', default: String(d.epochs) },
      balanced: { type: 'string', default: String(d.thresholds.balanced) },
      strict: { type: 'string', default: String(d.thresholds.strict) },
      synthetic: { type: 'string', default: '1000' },
      writers: { type: 'string', default: String(NOTES_PER_WRITER) },
      data: { type: 'string', default: '../shared/data/deid-physionet' },
      styles: { type: 'string', default: defaultStyles },
      'style-weight': { type: 'string', default: String(d.styleWeight ?? 1) },
      'dev-copies': { type: 'string', default: (d.devCopies ?? DEFAULT_COPIES).join(',') },
      'style-copies': { type: 'string', default: (d.styleCopies ?? []).join(',') },
      'style-seeds': { type: 'string', default: String(DEFAULT_STYLE_SEEDS) },
      'seed-cache': { type: 'string', default: DEFAULT_SEED_CACHE },
      'dev-negative-weight': { type: 'string', default: String(d.devNegativeWeight ?? 1) },
      'negative-margin': { type: 'string', default: String(d.negativeMargin ?? 0) },
    },
  });
  return {
    out: values.out,
    settings: { seed: Number(values.seed), epochs: Number(values.epochs), thresholds: { balanced: Number(values.balanced), strict: Number(values.strict) }, styleWeight: Number(values['style-weight']), devCopies: parseCopies(values['dev-copies']), styleCopies: parseCopies(values['style-copies']), devNegativeWeight: Number(values['dev-negative-weight']), negativeMargin: Number(values['negative-margin']) },
    dev: devTrainingNotes(values.data),
    synthetic: syntheticTrainingNotes({ count: Number(values.synthetic) }),
    written: allWriterNotes(Number(values.writers)),
    writersPerWriter: values.writers,
    styles: values.styles,
    styleSeeds: wholeNumber('--style-seeds', values['style-seeds']),
    seedCache: values['seed-cache'],
    extra: Object.fromEntries(Object.keys(extra).map((k) => [k, (values as Record<string, string | boolean | undefined>)[k]])),
  };
}

/**
 * Reseeded copies of each style set the trainers take by default (--style-seeds). 2 (session 35): the
 * full leave-one-set-out (set-cv.ts --no-rules, 21 folds, 87 styles) rose in recall 0.9744 -> 0.9764
 * balanced, 0.9796 -> 0.9813 strict, no set's mean falling more than 0.0006, token precision
 * 0.9602 -> 0.9593 / 0.9490 -> 0.9479; on five folds (dev-9, -14, -19, -20, -21) 1 copy gave about
 * half of 2's gain.
 */
export const DEFAULT_STYLE_SEEDS = 2;

function wholeNumber(option: string, value: string): number {
  const n = Number(value);
  if (!Number.isInteger(n) || n < 0) throw new Error(`${option} ${value}: want a whole number from 0`);
  return n;
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

/** A style development set's training examples (its notes with the gold brought to the conventions). */
export interface SetExamples {
  dir: string;
  /** Notes of the set itself. */
  notes: number;
  /** Its reseeded copies (reseed-sets.ts): folder, derived seed and notes of each. */
  seeded: { dir: string; seed: string; notes: number }[];
  /** The examples of the set and of its reseeded copies (held out together: they are one setting). */
  examples: Example[];
}

/**
 * The shipped model's training examples, made once: those of the notes outside the style sets
 * (the dev notes transformed by augmentNotes, the generated notes, the writers' notes) and those of
 * each style development set of `run.styles` with its `run.styleSeeds` reseeded copies, in train.ts's order. `changes` tallies what the
 * style conventions changed.
 */
export function recipeExamples(run: TrainingRun, vocab: KeepVocabulary, changes?: StyleGoldChanges): { base: Example[]; sets: SetExamples[] } {
  const base: Example[] = [];
  for (const n of [...devNotes(augmentNotes(run.dev, 11, run.settings.devCopies ?? DEFAULT_COPIES), run.settings), ...run.synthetic, ...run.written]) for (const e of noteExamples(n, vocab)) base.push(e);
  const sets = (run.styles === '' ? [] : styleDevSets(run.styles)).map((dir) => {
    const notes = styleSetNotes(dir, changes);
    const seeded: SetExamples['seeded'] = [];
    const all = [...notes];
    for (let k = 1; k <= run.styleSeeds; k++) {
      const copy = reseedSet(dir, k, run.seedCache);
      const more = styleSetNotes(copy.dir, changes, `${path.basename(dir)}@seed-${k}`);
      seeded.push({ dir: copy.dir, seed: copy.seed, notes: more.length });
      all.push(...more);
    }
    const examples: Example[] = [];
    for (const n of augmentNotes(all, 11, run.settings.styleCopies ?? [])) for (const e of noteExamples(n, vocab)) examples.push(e);
    return { dir, notes: notes.length, seeded, examples };
  });
  return { base, sets };
}

/**
 * The shipped recipe's model from {@link recipeExamples} (`sets` may leave some out): the perceptron
 * over all of them, in order, each style set's examples `settings.styleWeight` times.
 */
export function recipeModel(base: readonly Example[], sets: readonly SetExamples[], settings: TrainSettings, origin: string): LearnedModel {
  const styles = sets.flatMap((s) => s.examples);
  const all = [...base];
  for (let k = 0; k < (settings.styleWeight ?? 1); k++) for (const e of styles) all.push(e);
  return modelFromExamples(all, settings, origin);
}
