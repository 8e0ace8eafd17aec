// Trains the shipped model of the learned year layer (issue 11) and writes it with its provenance.
// Seeded and deterministic: the same data, seed and settings give the same file (apart from `trainedAt`).
//   node --import tsx eval/deid-learned/train-years.ts [--out models/deid-years.json] [--seed 13] [--epochs 10]
//     [--balanced 6] [--strict 0] [--synthetic 1000] [--writers 300] [--data ../shared/data/deid-physionet]
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { devTrainingNotes } from './dev-notes.js';
import { shippedVocabulary } from '../../src/deid/keep-list/keep-vocabulary.js';
import { syntheticTrainingNotes } from '../../src/deid/learned/synthetic-notes.js';
import { allWriterNotes, NOTES_PER_WRITER, WRITER_TRAIN_SEED, WRITERS } from '../../src/deid/learned/generators/index.js';
import { YEAR_FEATURE_SET } from '../../src/deid/learned/year-features.js';
import { DEFAULT_YEAR_SETTINGS, SHIPPED_YEAR_MODEL_PATH, trainYearModel, YearModelFileSchema, yearWeightsForFile, type YearModelFile } from '../../src/deid/learned/year-model.js';

const d = DEFAULT_YEAR_SETTINGS;
const { values } = parseArgs({
  options: {
    out: { type: 'string', default: path.relative(process.cwd(), SHIPPED_YEAR_MODEL_PATH) },
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
    data: [
      `PhysioNet deid 1.1 dev split (${notes.length} notes, ${new Set(notes.map((n) => n.patient)).size} patients; ../shared/data/deid-physionet, GPL-2.0)`,
      `radlabel generated notes (src/deid/learned/synthetic-notes.ts, ${synthetic.length} notes)`,
      ...Object.keys(WRITERS).map((w) => `notes of independent writer "${w}" (src/deid/learned/generators/${w}.ts, seed ${WRITER_TRAIN_SEED}, ${values.writers} notes; written blind to the rules and to every evaluation set)`),
    ],
    notes: notes.length + synthetic.length + written.length,
    examples,
    privacy: `feature set ${YEAR_FEATURE_SET}: a word's identity is a feature only when it is keep-list vocabulary; other words enter by shape and case, numbers by shape, so no name, place or number of the corpus is in the weights`,
  },
  weights: yearWeightsForFile(model.weights),
});
mkdirSync(path.dirname(values.out), { recursive: true });
writeFileSync(values.out, `${JSON.stringify(file)}\n`);
console.log(`wrote ${values.out}: ${Object.keys(file.weights).length} features, ${examples} examples`);
