// The dev split's patient-grouped cross-validation (as `deid-eval --cv 5 --train-styles eval
// --train-style-seeds .cache/style-seeds` runs it) at several thresholds of the learned layer: each
// fold's model is trained once, as the shipped model is (the other folds and their transformed
// copies, the generated notes, the writers' notes, the style sets and their reseeded copies), then
// its fold is scored at every threshold in both profiles. Pooled span recall, names, dates and
// token precision per profile and threshold: the figures the thresholds of the shipped model are
// chosen by (a balanced token precision of at least 0.90, a strict one of at least 0.80).
//   node --import tsx eval/deid-learned/cv-thresholds.ts [--balanced 6,8,10] [--strict 2,4] [--folds 5]
//     [--data ../shared/data/deid-physionet] [--styles eval] [--seed-cache .cache/style-seeds]
//     [--recipes 'devNegativeWeight=2;negativeMargin=8,devNegativeWeight=2']
// --recipes: recipes to compare, each the shipped settings with some numeric settings changed
// (';' between settings, ',' between recipes; '-' is the shipped recipe itself); each fold's examples
// are made once and every recipe trained on them, so a sweep of recipes costs one pass of scoring each.
// --save-folds DIR: also write each fold's models (the shipped recipe's) to DIR/fold-<k>.json.
// --load-folds DIR: score with the models saved there instead of training (about 15 s instead of
// minutes): the way to measure a change of the rules alone, which leaves the models as they are. The
// file records a fingerprint of what the training read (lexicons, feature code, training notes), and
// a model whose fingerprint differs from this checkout's is refused: retrain with --save-folds.
import { createHash } from 'node:crypto';
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { parsePhysionet } from '../../src/ingest/physionet/parse-physionet.js';
import { parseGoldPhrase } from '../../src/evaluate/deid/gold-phrase.js';
import { evaluateDeid, type DeidDocument } from '../../src/evaluate/deid/evaluate-deid.js';
import { patientFolds } from '../../src/evaluate/deid/run-deid-eval.js';
import { detectPhi } from '../../src/deid/detect.js';
import { compileKnown } from '../../src/deid/known-identifiers.js';
import { DEFAULT_YEAR_SETTINGS, trainYearModel } from '../../src/deid/learned/year-model.js';
import { baseVocabularyWords, makeVocabulary, notesVocabulary } from '../../src/deid/keep-list/keep-vocabulary.js';
import { DEFAULT_TRAIN_SETTINGS, modelFromExamples, noteExamples, type TrainingNote, type TrainSettings } from '../../src/deid/learned/train-model.js';
import { syntheticTrainingNotes } from '../../src/deid/learned/synthetic-notes.js';
import { augmentNotes, DEFAULT_COPIES } from '../../src/deid/learned/note-transforms.js';
import { allWriterNotes } from '../../src/deid/learned/generators/index.js';
import { reseededStyleNotes, styleDevSets, styleTrainingNotes } from '../../src/evaluate/deid/style-notes.js';
import type { DeidProfile } from '../../src/deid/keep-list/keep-list-names.js';
import type { RawReport } from '../../src/domain/report.js';
import type { LearnedModel } from '../../src/deid/learned/model-file.js';
import { repoPath } from '../../src/util/paths.js';

const { values } = parseArgs({
  options: {
    balanced: { type: 'string', default: '6,8,10' },
    strict: { type: 'string', default: '2,4' },
    folds: { type: 'string', default: '5' },
    data: { type: 'string', default: '../shared/data/deid-physionet' },
    styles: { type: 'string', default: 'eval' },
    'seed-cache': { type: 'string', default: '.cache/style-seeds' },
    recipes: { type: 'string', default: '-' },
    'save-folds': { type: 'string' },
    'load-folds': { type: 'string' },
  },
});
const sweep: Record<DeidProfile, number[]> = { balanced: values.balanced.split(',').map(Number), strict: values.strict.split(',').map(Number) };
const textFile = path.join(values.data, 'id.dev.text');
const gold = parseGoldPhrase(readFileSync(path.join(values.data, 'id-phi.dev.phrase'), 'utf8'));
const reports: RawReport[] = [];
for (const item of parsePhysionet(readFileSync(textFile, 'utf8'), { file: textFile })) if (item.kind === 'report') reports.push(item.report);
const k = Number(values.folds);
const foldOf = patientFolds(reports.map((r) => r.patientId ?? r.archiveId!), k);
const styles = [...styleTrainingNotes(styleDevSets(values.styles)), ...(values['seed-cache'] === '' ? [] : reseededStyleNotes(values['seed-cache'], undefined, styleDevSets(values.styles)))];
// The generated and writers' notes every fold trains on, made once (the writers' notes are not cached where they are made).
let generatedNotes: TrainingNote[] | undefined;
const generated = (): TrainingNote[] => (generatedNotes ??= [...syntheticTrainingNotes({}), ...allWriterNotes()]);
/** A recipe of --recipes: its name and the shipped settings with its changes. */
function recipe(spec: string): { name: string; settings: TrainSettings } {
  if (spec === '-') return { name: 'shipped', settings: DEFAULT_TRAIN_SETTINGS };
  const settings: TrainSettings = { ...DEFAULT_TRAIN_SETTINGS };
  for (const kv of spec.split(';')) {
    const [key, value] = kv.split('=');
    if (!['devNegativeWeight', 'negativeMargin', 'epochs'].includes(key ?? '') || !Number.isFinite(Number(value))) throw new Error(`--recipes: ${kv}?`);
    (settings as unknown as Record<string, number>)[key!] = Number(value);
  }
  return { name: spec, settings };
}
const recipes = values.recipes.split(',').map(recipe);
if (values['load-folds'] !== undefined && (recipes.length !== 1 || recipes[0]!.name !== 'shipped')) throw new Error('--load-folds scores the saved (shipped-recipe) models: no --recipes with it');

/** What the fold models were trained from: the lexicons, the feature and training code, the training notes (sizes and texts). */
function trainingFingerprint(): string {
  const h = createHash('sha256');
  const lexicons = repoPath('lexicons');
  for (const f of readdirSync(lexicons).filter((n) => n.endsWith('.txt')).sort()) h.update(f).update(readFileSync(path.join(lexicons, f)));
  for (const f of ['features.ts', 'train-model.ts', 'perceptron.ts', 'note-transforms.ts', 'year-features.ts', 'year-model.ts']) h.update(f).update(readFileSync(repoPath('src', 'deid', 'learned', f)));
  for (const n of [...styles, ...generated()]) h.update(n.text).update(String(n.phi.length));
  h.update(String(k));
  return h.digest('hex').slice(0, 16);
}
type SavedFold = { fingerprint: string; model: SavedModel; yearModel: SavedModel };
type SavedModel = Omit<LearnedModel, 'weights'> & { weights: [string, number[]][] };
const toSaved = (m: LearnedModel): SavedModel => ({ ...m, weights: [...m.weights].map(([key, w]) => [key, Array.from(w)]) });
const fromSaved = (m: SavedModel): LearnedModel => ({ ...m, weights: new Map(m.weights.map(([key, w]) => [key, Float64Array.from(w)])) });
const fingerprint = values['save-folds'] !== undefined || values['load-folds'] !== undefined ? trainingFingerprint() : '';
if (values['save-folds'] !== undefined) mkdirSync(values['save-folds'], { recursive: true });

const docs = new Map<string, DeidDocument[]>();
/** Scores fold `f`'s notes with `model` at every threshold of the sweep, in both profiles. */
function scoreFold(f: number, name: string, model: LearnedModel, yearModel: LearnedModel, vocabulary: ReturnType<typeof makeVocabulary>): void {
  const inFold = (r: RawReport) => foldOf.get(r.patientId ?? r.archiveId!) === f;
  for (const profile of ['balanced', 'strict'] as const) {
    for (const th of sweep[profile]) {
      const m = { ...model, thresholds: { balanced: th, strict: th } };
      const key = `${recipes.length > 1 ? `${name} ` : ''}${profile} ${th}`;
      const list = docs.get(key) ?? [];
      for (const r of reports.filter(inFold)) list.push({ id: r.archiveId!, text: r.text, predicted: detectPhi(r.text, compileKnown(r.identifiers), { profile, vocabulary, model: m, yearModel }) });
      docs.set(key, list);
    }
  }
}
for (let f = 0; f < k; f++) {
  const t0 = Date.now();
  const inFold = (r: RawReport) => foldOf.get(r.patientId ?? r.archiveId!) === f;
  const training: TrainingNote[] = reports.filter((r) => !inFold(r)).map((r) => ({ patient: r.patientId ?? r.archiveId!, text: r.text, phi: gold.get(r.archiveId!) ?? [] }));
  const vocabulary = makeVocabulary(baseVocabularyWords(), notesVocabulary(training));
  if (values['load-folds'] !== undefined) {
    const file = path.join(values['load-folds'], `fold-${f + 1}.json`);
    const saved = JSON.parse(readFileSync(file, 'utf8')) as SavedFold;
    if (saved.fingerprint !== fingerprint) throw new Error(`${file}: trained from other lexicons, feature code or training notes (fingerprint ${saved.fingerprint}, this checkout ${fingerprint}); retrain with --save-folds`);
    scoreFold(f, 'shipped', fromSaved(saved.model), fromSaved(saved.yearModel), vocabulary);
    console.log(`fold ${f + 1}: ${((Date.now() - t0) / 1000).toFixed(0)} s (saved models)`);
    continue;
  }
  // The recipe of run-deid-eval.ts's folds (dev weights, style copies and weight as the settings say).
  // The examples are made once: a recipe's dev weight only sets the weight of the dev negatives.
  const devExamples = augmentNotes(training, 11, DEFAULT_TRAIN_SETTINGS.devCopies ?? DEFAULT_COPIES).flatMap((n) => noteExamples(n, vocabulary));
  const rest = [
    ...generated(),
    ...Array.from({ length: DEFAULT_TRAIN_SETTINGS.styleWeight ?? 1 }, () => augmentNotes(styles, 11, DEFAULT_TRAIN_SETTINGS.styleCopies ?? [])).flat(),
  ].flatMap((n) => noteExamples(n, vocabulary));
  const yearModel = trainYearModel([...training, ...generated()], vocabulary, DEFAULT_YEAR_SETTINGS, `cross-validation fold ${f + 1}`).model;
  for (const { name, settings } of recipes) {
    // What devNotes does to the dev notes, done to their examples.
    const w = settings.devNegativeWeight ?? 1;
    const dev = w === 1 ? devExamples : devExamples.map((e) => (e.label === 0 ? { ...e, weight: w } : e));
    const model = modelFromExamples([...dev, ...rest], settings, `cross-validation fold ${f + 1}`);
    if (values['save-folds'] !== undefined && name === 'shipped') {
      const saved: SavedFold = { fingerprint, model: toSaved(model), yearModel: toSaved(yearModel) };
      writeFileSync(path.join(values['save-folds'], `fold-${f + 1}.json`), JSON.stringify(saved));
    }
    scoreFold(f, name, model, yearModel, vocabulary);
  }
  console.log(`fold ${f + 1}: ${((Date.now() - t0) / 1000).toFixed(0)} s`);
}
for (const [key, list] of docs) {
  const e = evaluateDeid(list, gold);
  const by = e.span.byCategory;
  console.log(`${key.padEnd(recipes.length > 1 ? 40 : 12)} span recall ${e.span.overall.recall.toFixed(4)}  names ${(by.NAME?.recall ?? NaN).toFixed(4)}  dates ${(by.DATE?.recall ?? NaN).toFixed(4)}  token precision ${(e.token.overall.precision ?? 1).toFixed(4)}`);
}
