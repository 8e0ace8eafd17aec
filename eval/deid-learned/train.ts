// Trains the shipped model of the learned de-identification layer (issue 11) and writes it with
// its provenance. Seeded and deterministic: the same data, seed and settings give the same file
// (apart from `trainedAt`).
//   node --import tsx eval/deid-learned/train.ts [--out models/deid-perceptron.json] [--seed 11] [--epochs 8]
//     [--balanced 16] [--strict 2] [--synthetic 1000] [--writers 300] [--data ../shared/data/deid-physionet]
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { devTrainingNotes } from './dev-notes.js';
import { shippedVocabulary } from '../../src/deid/keep-list/keep-vocabulary.js';
import { DEFAULT_TRAIN_SETTINGS, trainModel } from '../../src/deid/learned/train-model.js';
import { syntheticTrainingNotes } from '../../src/deid/learned/synthetic-notes.js';
import { augmentNotes } from '../../src/deid/learned/note-transforms.js';
import { allWriterNotes, NOTES_PER_WRITER, WRITER_TRAIN_SEED, WRITERS } from '../../src/deid/learned/generators/index.js';
import { FEATURE_SET } from '../../src/deid/learned/features.js';
import { LearnedModelFileSchema, SHIPPED_MODEL_PATH, weightsForFile, type LearnedModelFile } from '../../src/deid/learned/model-file.js';

const d = DEFAULT_TRAIN_SETTINGS;
const { values } = parseArgs({
  options: {
    out: { type: 'string', default: path.relative(process.cwd(), SHIPPED_MODEL_PATH) },
    seed: { type: 'string', default: String(d.seed) },
    epochs: { type: 'string', default: String(d.epochs) },
    balanced: { type: 'string', default: String(d.thresholds.balanced) },
    strict: { type: 'string', default: String(d.thresholds.strict) },
    synthetic: { type: 'string', default: '1000' },
    writers: { type: 'string', default: String(NOTES_PER_WRITER) },
    data: { type: 'string', default: '../shared/data/deid-physionet' },
  },
});
const notes = devTrainingNotes(values.data);
const synthetic = syntheticTrainingNotes({ count: Number(values.synthetic) });
const written = allWriterNotes(Number(values.writers));
const settings = { seed: Number(values.seed), epochs: Number(values.epochs), thresholds: { balanced: Number(values.balanced), strict: Number(values.strict) } };
// Augmented copies (capitals; surrogate names, places and dates from the training half of the inventories) teach shapes, not the dev strings.
const { model, examples } = trainModel([...augmentNotes(notes), ...synthetic, ...written], shippedVocabulary(), settings, 'shipped');
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
      `PhysioNet deid 1.1 dev split (${notes.length} notes, ${new Set(notes.map((n) => n.patient)).size} patients; ../shared/data/deid-physionet, GPL-2.0)`,
      `the dev notes again, transformed (src/deid/learned/note-transforms.ts augmentNotes: once in capitals, once with surrogate names, places and dates of other shapes)`,
      `radlabel generated notes (src/deid/learned/synthetic-notes.ts, seed 1103, ${synthetic.length} notes: ICU capitals, discharge summaries, radiology sign-off, dictation, lower-case nursing, hand-over and sign-off lines in capitals and mixed case, ED triage, letters with typist initials)`,
      ...Object.keys(WRITERS).map((w) => `notes of independent writer "${w}" (src/deid/learned/generators/${w}.ts, seed ${WRITER_TRAIN_SEED}, ${values.writers} notes; written blind to the rules and to every evaluation set)`),
    ],
    notes: notes.length + synthetic.length + written.length,
    examples,
    privacy: `feature set ${FEATURE_SET}: a word's identity is a feature only when it is keep-list vocabulary (English, clinical, notes shorthand, function words, titles, credentials); other words enter by shape, case, length, 2-3 letter suffix and list membership, so no name of the corpus is in the weights`,
  },
  weights: weightsForFile(model.weights),
});
mkdirSync(path.dirname(values.out), { recursive: true });
writeFileSync(values.out, `${JSON.stringify(file)}\n`);
console.log(`wrote ${values.out}: ${Object.keys(file.weights).length} features, ${examples} examples`);
