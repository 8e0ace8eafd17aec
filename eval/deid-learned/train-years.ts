// Trains the shipped model of the learned year layer (issue 11) and writes it with its provenance.
// Seeded and deterministic: the same data, seed and settings give the same file (apart from `trainedAt`).
//   node --import tsx eval/deid-learned/train-years.ts [--out models/deid-years.json] [--seed 13] [--epochs 10]
//     [--balanced 6] [--strict 0] [--synthetic 1000] [--writers 300] [--data ../shared/data/deid-physionet]
import { shippedVocabulary } from '../../src/deid/keep-list/keep-vocabulary.js';
import { YEAR_FEATURE_SET } from '../../src/deid/learned/year-features.js';
import { DEFAULT_YEAR_SETTINGS, SHIPPED_YEAR_MODEL_PATH, trainYearModel, YearModelFileSchema, yearWeightsForFile, type YearModelFile } from '../../src/deid/learned/year-model.js';
import { devProvenance, trainingRun, writeModelFile, writersProvenance } from './training-run.js';

const run = trainingRun(SHIPPED_YEAR_MODEL_PATH, DEFAULT_YEAR_SETTINGS);
const { dev: notes, synthetic, written, settings } = run;
const { model, examples } = trainYearModel([...notes, ...synthetic, ...written], shippedVocabulary(), settings, 'shipped');
const file: YearModelFile = YearModelFileSchema.parse({
  format: 'radlabel-deid-years/1',
  featureSet: YEAR_FEATURE_SET,
  classes: ['O', 'YEAR'],
  thresholds: settings.thresholds,
  provenance: {
    trainedAt: new Date().toISOString().slice(0, 10),
    seed: settings.seed,
    epochs: settings.epochs,
    data: [devProvenance(run), `radlabel generated notes (src/deid/learned/synthetic-notes.ts, ${synthetic.length} notes)`, ...writersProvenance(run)],
    notes: notes.length + synthetic.length + written.length,
    examples,
    privacy: `feature set ${YEAR_FEATURE_SET}: a word's identity is a feature only when it is keep-list vocabulary; other words enter by shape and case, numbers by shape, so no name, place or number of the corpus is in the weights`,
  },
  weights: yearWeightsForFile(model.weights),
});
writeModelFile(run.out, file, examples);
