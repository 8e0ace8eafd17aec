// Trains the shipped model of the learned de-identification layer (issue 11) and writes it with
// its provenance. Seeded and deterministic: the same data, seed and settings give the same file
// (apart from `trainedAt`).
//   node --import tsx eval/deid-learned/train.ts [--out models/deid-perceptron.json] [--seed 11] [--epochs 8]
//     [--balanced 6] [--strict 2] [--synthetic 1000] [--writers 300] [--data ../shared/data/deid-physionet]
import { shippedVocabulary } from '../../src/deid/keep-list/keep-vocabulary.js';
import { DEFAULT_TRAIN_SETTINGS, trainModel } from '../../src/deid/learned/train-model.js';
import { augmentNotes } from '../../src/deid/learned/note-transforms.js';
import { FEATURE_SET } from '../../src/deid/learned/features.js';
import { LearnedModelFileSchema, SHIPPED_MODEL_PATH, weightsForFile, type LearnedModelFile } from '../../src/deid/learned/model-file.js';
import { devProvenance, trainingRun, writeModelFile, writersProvenance } from './training-run.js';
import { styleDevSets, styleTrainingNotes } from './style-notes.js';

const run = trainingRun(SHIPPED_MODEL_PATH, DEFAULT_TRAIN_SETTINGS);
const { dev: notes, synthetic, written, settings } = run;
// Augmented copies (capitals; surrogate names, places and dates from the training half of the inventories) teach shapes, not the dev strings.
const styles = process.env.NO_STYLES ? [] : styleTrainingNotes(styleDevSets('eval'));
console.log(`style notes: ${styles.length}`);
const { model, examples } = trainModel([...augmentNotes(notes), ...synthetic, ...written, ...styles], shippedVocabulary(), settings, 'shipped');
const file: LearnedModelFile = LearnedModelFileSchema.parse({
  format: 'radlabel-deid-perceptron/1',
  featureSet: FEATURE_SET,
  classes: ['O', 'NAME', 'LOCATION'],
  thresholds: settings.thresholds,
  provenance: {
    trainedAt: new Date().toISOString().slice(0, 10),
    seed: settings.seed,
    epochs: settings.epochs,
    data: [
      devProvenance(run),
      `the dev notes again, transformed (src/deid/learned/note-transforms.ts augmentNotes: once in capitals, once with surrogate names, places and dates of other shapes)`,
      `radlabel generated notes (src/deid/learned/synthetic-notes.ts, seed 1103, ${synthetic.length} notes: ICU capitals, discharge summaries, radiology sign-off, dictation, lower-case nursing, hand-over and sign-off lines in capitals and mixed case, ED triage, letters with typist initials)`,
      ...writersProvenance(run),
    ],
    notes: notes.length + synthetic.length + written.length,
    examples,
    privacy: `feature set ${FEATURE_SET}: a word's identity is a feature only when it is keep-list vocabulary (English, clinical, notes shorthand, function words, titles, credentials); other words enter by shape, case, length, 2-3 letter suffix and list membership, so no name of the corpus is in the weights`,
  },
  weights: weightsForFile(model.weights),
});
writeModelFile(run.out, file, examples);
