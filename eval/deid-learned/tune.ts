// Threshold and training-setting sweep of the learned layer under patient-grouped 5-fold
// cross-validation on the PhysioNet dev split: each fold's model is trained once on the other
// folds (and the generated notes), then every threshold is scored on the held-out fold. Prints one
// line per profile and threshold. Tuning uses the dev split by CV only, never the blind sets.
//   node --import tsx eval/deid-learned/tune.ts [--epochs 8] [--seed 11] [--thresholds -2,-1,0,1,2] [--synthetic 1000] [--no-augment]
//     [--writers 300] [--soft plainWord=8]
import { readFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { parsePhysionet } from '../../src/ingest/physionet/parse-physionet.js';
import { parseGoldPhrase } from '../../src/evaluate/deid/gold-phrase.js';
import { evaluateDeid, type DeidDocument } from '../../src/evaluate/deid/evaluate-deid.js';
import { patientFolds } from '../../src/evaluate/deid/run-deid-eval.js';
import { detectPhi } from '../../src/deid/detect.js';
import { baseVocabularyWords, makeVocabulary, notesVocabulary } from '../../src/deid/keep-list/keep-vocabulary.js';
import { trainModel, type TrainingNote } from '../../src/deid/learned/train-model.js';
import { syntheticTrainingNotes } from '../../src/deid/learned/synthetic-notes.js';
import { augmentNotes } from '../../src/deid/learned/note-transforms.js';
import type { RawReport } from '../../src/domain/report.js';
import { WRITERS, writerNotes } from '../../src/deid/learned/generators/index.js';
import { applySoftLimits } from './soft-limits.js';
import { markBar, SOFT_LIMITS } from '../../src/deid/learned/learned-names.js';
import { TokenScanner } from '../../src/deid/free-text/token-scanner.js';
import { clippedWords, commonWords } from '../../src/deid/free-text/vocabulary.js';
import { loadLexicons } from '../../src/deid/lexicons.js';
import { tokenStream } from '../../src/deid/token-stream.js';

const { values } = parseArgs({
  options: {
    epochs: { type: 'string', default: '8' },
    seed: { type: 'string', default: '11' },
    thresholds: { type: 'string', default: '-2,-1,0,1,2,4' },
    synthetic: { type: 'string', default: '1000' },
    data: { type: 'string', default: '../shared/data/deid-physionet' },
    // Print the learned layer's false positives at this threshold (dev notes only), with context.
    show: { type: 'string' },
    profiles: { type: 'string', default: 'balanced,strict' },
    // Train each fold as deid-eval --cv does: on its notes and their transformed copies (off: --no-augment).
    'no-augment': { type: 'boolean', default: false },
    // Train and score only the first N folds: a quicker look (the figures then cover those folds only).
    folds: { type: 'string', default: '5' },
    // Notes of each independent writer (src/deid/learned/generators) added to every fold's training set.
    writers: { type: 'string', default: '0' },
    // The learned layer's soft limits for this sweep (see soft-limits.ts).
    soft: { type: 'string' },
    // Several soft-limit settings, ';'-separated: each is scored at every threshold with the same fold models.
    sweep: { type: 'string' },
  },
});
const text = readFileSync(`${values.data}/id.dev.text`, 'utf8');
const gold = parseGoldPhrase(readFileSync(`${values.data}/id-phi.dev.phrase`, 'utf8'));
const reports: RawReport[] = [];
for (const item of parsePhysionet(text)) if (item.kind === 'report') reports.push(item.report);
const foldOf = patientFolds(reports.map((r) => r.patientId ?? r.archiveId!), 5);
const thresholds = values.thresholds.split(',').map(Number);
const synthetic = Number(values.synthetic) > 0 ? syntheticTrainingNotes({ count: Number(values.synthetic) }) : [];
if (Number(values.writers) > 0) synthetic.push(...Object.keys(WRITERS).flatMap((w) => writerNotes(w, Number(values.writers))));
const base = baseVocabularyWords();
const folds = [];
for (let f = 0; f < Number(values.folds); f++) {
  const inFold = (r: RawReport) => foldOf.get(r.patientId ?? r.archiveId!) === f;
  const training: TrainingNote[] = reports.filter((r) => !inFold(r)).map((r) => ({ patient: r.patientId ?? r.archiveId!, text: r.text, phi: gold.get(r.archiveId!) ?? [] }));
  const vocabulary = makeVocabulary(base, notesVocabulary(training));
  const { model } = trainModel([...(values['no-augment'] ? training : augmentNotes(training)), ...synthetic], vocabulary, { seed: Number(values.seed), epochs: Number(values.epochs), thresholds: { balanced: 0, strict: 0 } }, `fold ${f + 1}`);
  folds.push({ test: reports.filter(inFold), vocabulary, model });
}
const defaults = { ...SOFT_LIMITS };
for (const variant of (values.sweep ?? values.soft ?? '').split(';')) {
Object.assign(SOFT_LIMITS, defaults);
console.log(`soft limits ${applySoftLimits(variant)}`);
for (const profile of values.profiles.split(',') as Array<'balanced' | 'strict'>) {
  for (const th of [Infinity, ...thresholds]) {
    const docs: DeidDocument[] = [];
    for (const fold of folds) {
      const model = th === Infinity ? null : { ...fold.model, thresholds: { balanced: th, strict: th } };
      for (const r of fold.test) docs.push({ id: r.archiveId!, text: r.text, predicted: detectPhi(r.text, undefined, { profile, vocabulary: fold.vocabulary, model }) });
    }
    const e = evaluateDeid(docs, gold);
    if (values.show !== undefined && th === Number(values.show)) {
      const texts = new Map(docs.map((d) => [d.id, d.text]));
      const vocabOf = new Map(folds.flatMap((fold) => fold.test.map((r) => [r.archiveId!, fold.vocabulary] as const)));
      // The layer's bar for the token a false positive starts at: 0, or the wider margin of a word-name.
      const barOf = (id: string, start: number) => {
        const sc = new TokenScanner(tokenStream(texts.get(id)!), loadLexicons(), commonWords(), clippedWords());
        const i = sc.tokens.findIndex((t) => t.start === start);
        return i < 0 ? '?' : String(markBar(sc, i, vocabOf.get(id)!, profile));
      };
      for (const x of e.spanErrors) {
        if (x.kind !== 'false-positive' || x.source !== 'learned') continue;
        const t = texts.get(x.id)!;
        console.log(`  fp ${x.category.padEnd(9)} bar ${barOf(x.id, x.start)} ${JSON.stringify(t.slice(Math.max(0, x.start - 40), x.start))} [${t.slice(x.start, x.end)}] ${JSON.stringify(t.slice(x.end, x.end + 30))}`);
      }
      for (const x of e.spanErrors) {
        if (x.kind !== 'missed') continue;
        const t = texts.get(x.id)!;
        console.log(`  miss ${x.category.padEnd(9)} ${JSON.stringify(t.slice(Math.max(0, x.start - 40), x.start))} [${t.slice(x.start, x.end)}] ${JSON.stringify(t.slice(x.end, x.end + 30))}`);
      }
    }
    const c = e.span.byCategory;
    console.log(`${profile.padEnd(8)} threshold ${String(th).padStart(8)}  span recall ${e.span.overall.recall.toFixed(4)}  names ${c.NAME!.recall.toFixed(4)}  dates ${c.DATE!.recall.toFixed(4)}  locations ${c.LOCATION!.recall.toFixed(4)}  token precision ${e.token.overall.precision!.toFixed(4)}  learned spans ${e.byRule.learned?.predicted ?? 0} fp ${e.byRule.learned?.fp ?? 0}`);
  }
}
}
