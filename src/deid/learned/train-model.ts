// Training the learned layer: labelled notes → token examples → averaged perceptron → model.
// Deterministic: the same notes, vocabulary, seed and epochs give the same weights.
import { loadLexicons } from '../lexicons.js';
import * as tokenScanner from '../free-text/token-scanner.js';
import * as vocabularyLists from '../free-text/vocabulary.js';
import type { KeepVocabulary } from '../keep-list/keep-vocabulary.js';
import { lineIndex, tokenFeatures } from './features.js';
import { isCandidate } from './learned-names.js';
import type { LearnedModel } from './model-file.js';
import { trainPerceptron, type Example } from './perceptron.js';
import { tokenStream } from '../token-stream.js';

const { TokenScanner } = tokenScanner;
const { clippedWords, commonWords } = vocabularyLists;

/** A gold PHI span of a training note, with its gold category as the corpus writes it (HCPName, Location, Date…). */
export interface TrainingSpan {
  start: number;
  end: number;
  category: string;
}

/** A labelled note: its patient (for grouping), its text and its gold PHI spans. */
export interface TrainingNote {
  patient: string;
  text: string;
  phi: TrainingSpan[];
  /** Size of the updates of this note's "not PHI" examples (default 1; see {@link TrainSettings.devNegativeWeight}). */
  negativeWeight?: number;
}

const NAME_CATEGORIES = new Set(['HCPName', 'PTName', 'PTNameInitial', 'RelativeProxyName', 'Initial', 'NAME']);
const LOCATION_CATEGORIES = new Set(['Location', 'LOCATION']);

/**
 * Class of a gold category for the layer: 1 (a name), 2 (a place or institution), or -1 for PHI
 * the patterns own (dates, phones, ids, ages): those tokens are left out of training rather than
 * taught as "not PHI".
 */
function classOf(category: string): number {
  if (NAME_CATEGORIES.has(category)) return 1;
  if (LOCATION_CATEGORIES.has(category)) return 2;
  return -1;
}

/** The candidate tokens of one note as training examples (features computed once). */
export function noteExamples(note: TrainingNote, vocab: KeepVocabulary): Example[] {
  const s = new TokenScanner(tokenStream(note.text), loadLexicons(), commonWords(), clippedWords());
  const lines = lineIndex(s);
  const out: Example[] = [];
  const spans = [...note.phi].sort((a, b) => a.start - b.start);
  let p = 0;
  for (let i = 0; i < s.tokens.length; i++) {
    const t = s.tokens[i]!;
    while (p < spans.length && spans[p]!.end <= t.start) p++;
    let label = 0;
    for (let q = p; q < spans.length && spans[q]!.start < t.end; q++) {
      if (spans[q]!.end > t.start) {
        label = classOf(spans[q]!.category);
        break;
      }
    }
    if (label < 0 || !isCandidate(s, t, vocab)) continue;
    const features: string[] = [];
    tokenFeatures(s, vocab, lines, i, features);
    const weight = label === 0 ? note.negativeWeight : undefined;
    out.push(weight === undefined || weight === 1 ? { features: [...features], label } : { features: [...features], label, weight });
  }
  return out;
}

/** The transformed copies note-transforms.ts augmentNotes can add of a training note: in capitals, in lower case, or with surrogate names, places and dates. */
export const AUGMENT_COPIES = ['upper', 'lower', 'surrogates'] as const;
/** One of {@link AUGMENT_COPIES}. */
export type AugmentCopy = (typeof AUGMENT_COPIES)[number];

/** Settings of one training run. */
export interface TrainSettings {
  seed: number;
  epochs: number;
  thresholds: { balanced: number; strict: number };
  /** How many times the style development sets' examples are trained on (the shipped recipe, eval/deid-learned/training-run.ts; default 1). */
  styleWeight?: number;
  /** Transformed copies added of the dev notes (note-transforms.ts augmentNotes; default its DEFAULT_COPIES: capitals and surrogates). */
  devCopies?: readonly AugmentCopy[];
  /** Transformed copies added of the style development sets' notes (default none). */
  styleCopies?: readonly AugmentCopy[];
  /** Size of the updates of the dev notes' (and their copies') "not PHI" examples ({@link devNotes}; default 1). */
  devNegativeWeight?: number;
  /** The perceptron's margin on "not PHI" examples (perceptron.ts TrainOptions.negativeMargin; default 0). */
  negativeMargin?: number;
}

/** The default settings (the shipped model's). */
// Balanced 6 (detector 2.10.0; 20 since 2.5.0, 16 in 2.4.0): the margin is bounded by the dev
// split's patient-grouped 5-fold CV token precision (bar 0.90). Once facility spans stopped taking
// their head words (facility-heads.ts) that precision rose to 0.927 at 20, and 6 spends part of it:
// CV 0.911, the six held-out writers' mean span recall 0.8903 -> 0.9006 (eval/deid-learned/tune.ts
// --writers 300; writer-score.ts --threshold). Strict 2 favours recall (bar 0.80).
// Balanced 12 (detector 2.26.0): training on two reseeded copies of each style set too
// (eval/deid-learned/reseed-sets.ts) made the folds' models more eager on the dev notes; the CV
// token precision at 6 / 8 / 10 / 12 was 0.8875 / 0.8931 / 0.8987 / 0.9006, span recall 0.9961 /
// 0.9961 / 0.9946 / 0.9938 (eval/deid-learned/cv-thresholds.ts); strict 2 kept 0.8077.
// styleWeight 1 (session 26): weighing the style development sets' examples (82k of 681k) three times
// raised leave-one-set-out recall (eval/deid-learned/set-cv.ts, first five folds, 23 styles) only
// 0.9830 -> 0.9835 balanced, 0.9874 -> 0.9876 strict (worst style 0.946 -> 0.951), while the dev
// split's patient-grouped CV (--train-styles eval) fell to span recall 0.994, token precision 0.901
// (from 0.995 / 0.906) and no-CV false positives rose 68 -> 69 / 166 -> 168: not kept.
// devNegativeWeight 2, balanced 8, strict 1 (detector 2.27.0): the dev notes' "not PHI" examples
// weigh twice in the updates, so the model learns the nursing notes' non-names the style sets do not
// teach. Dev CV (cv-thresholds.ts --recipes devNegativeWeight=2): balanced token precision at 4 / 6 /
// 8 / 10 / 12 was 0.8941 / 0.8979 / 0.9032 / 0.9050 / 0.9080 (span recall 0.9969 to 8, then 0.9953;
// names 1.0000, dates 0.9971 at 8); strict 1 / 2 / 3: 0.8108 / 0.8163 / 0.8191 (recall 0.9969), so
// the bars are met at 8 and 1 where the old recipe needed 12 and 2. Leave-one-set-out (set-cv.ts
// --no-rules, sets dev-9, -14, -19, -20, -21): balanced 0.9633 (old, 12) -> 0.9651 (8), no set
// lower; strict 0.9724 (old, 2) -> 0.9727 (1). Held-out writers (writer-score.ts): balanced
// 0.9413 -> 0.9433, strict 0.9498 -> 0.9506. A margin on "not PHI" examples (negativeMargin 5 / 15)
// instead gave 0.9012 / 0.9046 at balanced 10 and 0.8964 / 0.9031 at 8: no better, not kept.
export const DEFAULT_TRAIN_SETTINGS: TrainSettings = { seed: 11, epochs: 8, thresholds: { balanced: 8, strict: 1 }, styleWeight: 1, devNegativeWeight: 2 };

/** Trains a model on labelled notes with the given vocabulary; returns it with the number of examples. */
export function trainModel(notes: readonly TrainingNote[], vocab: KeepVocabulary, settings: TrainSettings, origin: string): { model: LearnedModel; examples: number } {
  const examples: Example[] = [];
  for (const n of notes) for (const e of noteExamples(n, vocab)) examples.push(e);
  return { model: modelFromExamples(examples, settings, origin), examples: examples.length };
}

/** Trains a model on examples already made ({@link noteExamples}), in their order: what {@link trainModel} does after making them. */
export function modelFromExamples(examples: readonly Example[], settings: TrainSettings, origin: string): LearnedModel {
  const weights = trainPerceptron(examples, { classes: 3, epochs: settings.epochs, seed: settings.seed, negativeMargin: settings.negativeMargin ?? 0 });
  return { weights, thresholds: settings.thresholds, origin };
}

/**
 * The dev notes (PhysioNet, the corpus the thresholds are held to) as the recipe trains on them: their
 * "not PHI" examples weigh `settings.devNegativeWeight`. Every trainer passes its dev notes (with their
 * transformed copies) through this, so cross-validation and the shipped model see one recipe.
 */
export function devNotes(notes: readonly TrainingNote[], settings: TrainSettings): TrainingNote[] {
  const w = settings.devNegativeWeight ?? 1;
  return w === 1 ? [...notes] : notes.map((n) => ({ ...n, negativeWeight: w }));
}
