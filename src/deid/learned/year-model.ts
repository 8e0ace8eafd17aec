// The learned year layer's model (issue 11): a zod schema for its file (the single source of its
// type), reading with clear errors, the shipped model in models/, and training from labelled notes.
// Deterministic: the same notes, vocabulary, seed and epochs give the same weights.
import { z } from 'zod';
import { RadlabelError } from '../../errors/index.js';
import { repoPath } from '../../util/paths.js';
import type { KeepVocabulary } from '../keep-list/keep-vocabulary.js';
import { ModelProvenanceSchema, ProfileThresholdsSchema, readModelJson, roundedWeights, type LearnedModel } from './model-file.js';
import { trainPerceptron, type Example, type Weights } from './perceptron.js';
import type { TrainingNote, TrainSettings } from './train-model.js';
import { YEAR_FEATURE_SET, yearCandidates, yearFeatures, yearNoteInfo } from './year-features.js';

export const YearModelFileSchema = z
  .object({
    format: z.literal('radlabel-deid-years/1'),
    featureSet: z.literal(YEAR_FEATURE_SET),
    classes: z.tuple([z.literal('O'), z.literal('YEAR')]),
    /** Per profile: a candidate is a year when its YEAR score beats O by more than this margin. */
    thresholds: ProfileThresholdsSchema,
    provenance: ModelProvenanceSchema,
    /** Feature → weights of O and YEAR (rounded). */
    weights: z.record(z.string(), z.tuple([z.number(), z.number()])),
  })
  .strict();
export type YearModelFile = z.infer<typeof YearModelFileSchema>;

/** A year model ready to score: the same shape as the name layer's (weights, thresholds per profile, origin). */
export type YearModel = LearnedModel;

/** The shipped year model's path. */
export const SHIPPED_YEAR_MODEL_PATH = repoPath('models', 'deid-years.json');

/** Training settings of the year model: those of the name model (seed, epochs, thresholds per profile). */
export type YearTrainSettings = TrainSettings;

// Margins chosen on the PhysioNet dev split's patient-grouped CV (no false year there) and on the
// training writers left out in turn; see README, Measured.
export const DEFAULT_YEAR_SETTINGS: YearTrainSettings = { seed: 13, epochs: 10, thresholds: { balanced: 6, strict: 0 } };

const DATE_CATEGORIES = /^(?:date|dateyear|date_year)$/i;

/**
 * The candidates of one note as examples: a candidate that is a gold year on its own is a year (1),
 * one inside no gold span is not (0). One inside a longer gold date ("March 5, 2019": the pattern
 * layer's, and it would teach the model that any number is a year) or inside other PHI (an id, a
 * phone, an address) is left out.
 */
export function yearExamples(note: TrainingNote, vocab: KeepVocabulary): Example[] {
  const info = yearNoteInfo(note.text);
  const out: Example[] = [];
  const features: string[] = [];
  for (const c of yearCandidates(note.text)) {
    const g = note.phi.find((p) => p.start < c.end && p.end > c.start);
    if (g && (!DATE_CATEGORIES.test(g.category) || g.start < c.start - 1 || g.end > c.end + 1)) continue;
    yearFeatures(note.text, c, info, vocab, features);
    out.push({ features: [...features], label: g ? 1 : 0 });
  }
  return out;
}

/** Trains a year model on labelled notes; returns it with the number of examples. */
export function trainYearModel(notes: readonly TrainingNote[], vocab: KeepVocabulary, settings: YearTrainSettings, origin: string): { model: YearModel; examples: number } {
  const examples: Example[] = [];
  for (const n of notes) for (const e of yearExamples(n, vocab)) examples.push(e);
  const weights = trainPerceptron(examples, { classes: 2, epochs: settings.epochs, seed: settings.seed });
  return { model: { weights, thresholds: settings.thresholds, origin }, examples: examples.length };
}

/** {@link roundedWeights} of the year model (O, YEAR). */
export function yearWeightsForFile(weights: Weights): YearModelFile['weights'] {
  return roundedWeights(weights) as YearModelFile['weights'];
}

/** Reads and validates a year model file; errors name the file and the first bad key. */
export function readYearModel(file: string): YearModel {
  const r = YearModelFileSchema.safeParse(readModelJson(file, 'year model'));
  if (!r.success) {
    const issue = r.error.issues[0]!;
    const where = issue.path.map(String).join('.') || '(root)';
    throw new RadlabelError('DEID_MODEL_INVALID', `${where}: ${issue.message}`, { locator: { file, path: where } });
  }
  const weights: Weights = new Map();
  for (const [f, w] of Object.entries(r.data.weights)) weights.set(f, Float64Array.from(w));
  return { weights, thresholds: r.data.thresholds, origin: 'shipped' };
}

let shipped: YearModel | undefined;
/** The shipped year model (read once). */
export function shippedYearModel(): YearModel {
  shipped ??= readYearModel(SHIPPED_YEAR_MODEL_PATH);
  return shipped;
}
