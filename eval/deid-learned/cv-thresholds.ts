// The dev split's patient-grouped cross-validation (as `deid-eval --cv 5 --train-styles eval
// --train-style-seeds .cache/style-seeds` runs it) at several thresholds of the learned layer: each
// fold's model is trained once, as the shipped model is (the other folds and their transformed
// copies, the generated notes, the writers' notes, the style sets and their reseeded copies), then
// its fold is scored at every threshold in both profiles. Pooled span recall, names, dates and
// token precision per profile and threshold: the figures the thresholds of the shipped model are
// chosen by (a balanced token precision of at least 0.90, a strict one of at least 0.80).
//   node --import tsx eval/deid-learned/cv-thresholds.ts [--balanced 6,8,10] [--strict 2,4] [--folds 5]
//     [--data ../shared/data/deid-physionet] [--styles eval] [--seed-cache .cache/style-seeds]
import { readFileSync } from 'node:fs';
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
import { DEFAULT_TRAIN_SETTINGS, trainModel, type TrainingNote } from '../../src/deid/learned/train-model.js';
import { syntheticTrainingNotes } from '../../src/deid/learned/synthetic-notes.js';
import { augmentNotes, DEFAULT_COPIES } from '../../src/deid/learned/note-transforms.js';
import { allWriterNotes } from '../../src/deid/learned/generators/index.js';
import { reseededStyleNotes, styleDevSets, styleTrainingNotes } from '../../src/evaluate/deid/style-notes.js';
import type { DeidProfile } from '../../src/deid/keep-list/keep-list-names.js';
import type { RawReport } from '../../src/domain/report.js';

const { values } = parseArgs({
  options: {
    balanced: { type: 'string', default: '6,8,10' },
    strict: { type: 'string', default: '2,4' },
    folds: { type: 'string', default: '5' },
    data: { type: 'string', default: '../shared/data/deid-physionet' },
    styles: { type: 'string', default: 'eval' },
    'seed-cache': { type: 'string', default: '.cache/style-seeds' },
  },
});
const sweep: Record<DeidProfile, number[]> = { balanced: values.balanced.split(',').map(Number), strict: values.strict.split(',').map(Number) };
const textFile = path.join(values.data, 'id.dev.text');
const gold = parseGoldPhrase(readFileSync(path.join(values.data, 'id-phi.dev.phrase'), 'utf8'));
const reports: RawReport[] = [];
for (const item of parsePhysionet(readFileSync(textFile, 'utf8'), { file: textFile })) if (item.kind === 'report') reports.push(item.report);
const k = Number(values.folds);
const foldOf = patientFolds(reports.map((r) => r.patientId ?? r.archiveId!), k);
const styles = [...styleTrainingNotes(styleDevSets(values.styles)), ...(values['seed-cache'] === '' ? [] : reseededStyleNotes(values['seed-cache']))];
const docs = new Map<string, DeidDocument[]>();
for (let f = 0; f < k; f++) {
  const t0 = Date.now();
  const inFold = (r: RawReport) => foldOf.get(r.patientId ?? r.archiveId!) === f;
  const training: TrainingNote[] = reports.filter((r) => !inFold(r)).map((r) => ({ patient: r.patientId ?? r.archiveId!, text: r.text, phi: gold.get(r.archiveId!) ?? [] }));
  const vocabulary = makeVocabulary(baseVocabularyWords(), notesVocabulary(training));
  // The recipe of run-deid-eval.ts's folds (style copies and weight as the shipped settings say).
  const set = [
    ...augmentNotes(training, 11, DEFAULT_TRAIN_SETTINGS.devCopies ?? DEFAULT_COPIES),
    ...syntheticTrainingNotes({}),
    ...allWriterNotes(),
    ...Array.from({ length: DEFAULT_TRAIN_SETTINGS.styleWeight ?? 1 }, () => augmentNotes(styles, 11, DEFAULT_TRAIN_SETTINGS.styleCopies ?? [])).flat(),
  ];
  const { model } = trainModel(set, vocabulary, DEFAULT_TRAIN_SETTINGS, `cross-validation fold ${f + 1}`);
  const yearModel = trainYearModel([...training, ...syntheticTrainingNotes({}), ...allWriterNotes()], vocabulary, DEFAULT_YEAR_SETTINGS, `cross-validation fold ${f + 1}`).model;
  for (const profile of ['balanced', 'strict'] as const) {
    for (const th of sweep[profile]) {
      const m = { ...model, thresholds: { balanced: th, strict: th } };
      const key = `${profile} ${th}`;
      const list = docs.get(key) ?? [];
      for (const r of reports.filter(inFold)) list.push({ id: r.archiveId!, text: r.text, predicted: detectPhi(r.text, compileKnown(r.identifiers), { profile, vocabulary, model: m, yearModel }) });
      docs.set(key, list);
    }
  }
  console.log(`fold ${f + 1}: ${((Date.now() - t0) / 1000).toFixed(0)} s`);
}
for (const [key, list] of docs) {
  const e = evaluateDeid(list, gold);
  const by = e.span.byCategory;
  console.log(`${key.padEnd(12)} span recall ${e.span.overall.recall.toFixed(4)}  names ${(by.NAME?.recall ?? NaN).toFixed(4)}  dates ${(by.DATE?.recall ?? NaN).toFixed(4)}  token precision ${(e.token.overall.precision ?? 1).toFixed(4)}`);
}
