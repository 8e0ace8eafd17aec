import { readFileSync } from 'node:fs';
import { parsePhysionet } from '../../src/ingest/physionet/parse-physionet.js';
import { parseGoldPhrase } from '../../src/evaluate/deid/gold-phrase.js';
import { detectPhi } from '../../src/deid/detect.js';
import { baseVocabularyWords, makeVocabulary, notesVocabulary } from '../../src/deid/keep-list/keep-vocabulary.js';
import { patientFolds } from '../../src/evaluate/deid/run-deid-eval.js';
import { transformNote, augmentNotes, type StyleTransform } from '../../src/deid/learned/note-transforms.js';
import { DEFAULT_TRAIN_SETTINGS, trainModel } from '../../src/deid/learned/train-model.js';
import { syntheticTrainingNotes } from '../../src/deid/learned/synthetic-notes.js';
const tr = (process.argv[2] ?? 'names') as StyleTransform;
const fold = Number(process.argv[3] ?? 0);
const D = '../shared/data/deid-physionet/';
const gold = parseGoldPhrase(readFileSync(D + 'id-phi.dev.phrase', 'utf8'));
const reps = [...parsePhysionet(readFileSync(D + 'id.dev.text', 'utf8'))].flatMap((x) => (x.kind === 'report' ? [x.report] : []));
const fo = patientFolds(reps.map((r) => r.patientId!), 5);
const notes = reps.map((r) => ({ id: r.archiveId!, patient: r.patientId!, text: r.text, phi: (gold.get(r.archiveId!) ?? []).map((g) => ({ start: g.start, end: g.end, category: g.category })) }));
const train = notes.filter((n) => fo.get(n.patient) !== fold);
const test = notes.filter((n) => fo.get(n.patient) === fold);
const vocab = makeVocabulary(baseVocabularyWords(), notesVocabulary(train));
const model = process.env.NOLEARN ? null : trainModel([...augmentNotes(train), ...syntheticTrainingNotes({})], vocab, DEFAULT_TRAIN_SETTINGS, 'dbg').model;
for (const n of test) {
  const t = transformNote(n, tr, 'eval');
  const pred = detectPhi(t.text, undefined, { profile: (process.env.PROFILE as 'strict') ?? 'balanced', vocabulary: vocab, model });
  for (const g of t.phi) {
    if (pred.some((p) => p.start < g.end && g.start < p.end)) continue;
    const ctx = t.text.slice(Math.max(0, g.start - 40), g.end + 30).replace(/\n/g, ' | ');
    console.log(`MISS ${g.category}\t${t.text.slice(g.start, g.end)}\t${ctx}`);
  }
}
