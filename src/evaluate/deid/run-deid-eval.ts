import { readFile } from 'node:fs/promises';
import { RadlabelError } from '../../errors/index.js';
import { parsePhysionet } from '../../ingest/physionet/parse-physionet.js';
import { detectPhi } from '../../deid/detect.js';
import { compileKnown } from '../../deid/known-identifiers.js';
import type { DeidProfile } from '../../deid/keep-list/keep-list-names.js';
import { baseVocabularyWords, makeVocabulary, notesVocabulary, type KeepVocabulary } from '../../deid/keep-list/keep-vocabulary.js';
import type { RawReport } from '../../domain/report.js';
import { parseGoldPhrase, type GoldPhi } from './gold-phrase.js';
import { evaluateDeid, type DeidDocument, type DeidEvaluation } from './evaluate-deid.js';
import { sha256 } from '../../util/hash.js';
import type { LearnedModel } from '../../deid/learned/model-file.js';
import { DEFAULT_TRAIN_SETTINGS, devNotes, trainModel, type TrainingNote } from '../../deid/learned/train-model.js';
import { syntheticTrainingNotes } from '../../deid/learned/synthetic-notes.js';
import { allWriterNotes } from '../../deid/learned/generators/index.js';
import { DEFAULT_YEAR_SETTINGS, trainYearModel, type YearModel } from '../../deid/learned/year-model.js';
import { augmentNotes, DEFAULT_COPIES, transformNote, type StyleTransform } from '../../deid/learned/note-transforms.js';

/** How a run was scored: the profile, and the cross-validation folds when anything learned is rebuilt per fold. */
export interface DeidEvalOptions {
  profile?: DeidProfile;
  /** Patient-grouped k-fold cross-validation (k ≥ 2): the learned vocabulary is built from the other folds. */
  cv?: number;
  /** `false` runs the rules alone (no learned layer); by default the learned layer runs (under `cv`, trained per fold). */
  learned?: boolean;
  /** Generated notes added to each fold's training set (default 1000; see `syntheticTrainingNotes`). */
  syntheticNotes?: number;
  /** Notes of each independent writer added to each fold's training set (default {@link NOTES_PER_WRITER}; see generators/). */
  writerNotes?: number;
  /** Under `cv`: also score each test fold rewritten by these style transforms (see note-transforms.ts). */
  transforms?: readonly StyleTransform[];
  /** Under `cv`: train each fold's learned layer on transformed copies of its training notes too (default true). */
  augment?: boolean;
  /**
   * Under `cv`: further training notes of each fold's learned name and place layer (the style
   * development sets the shipped model is trained on, see style-notes.ts); never notes of the scored corpus.
   * Trained on `styleWeight` times (DEFAULT_TRAIN_SETTINGS), as the shipped recipe weighs the style sets.
   */
  extraTraining?: readonly TrainingNote[];
}

/** Pooled figures of the test folds rewritten by one style transform (a proxy for notes in unseen styles). */
export interface DeidTransformResult {
  transform: StyleTransform;
  goldSpans: number;
  spanRecall: number;
  nameRecall: number;
  dateRecall: number;
  locationRecall: number;
  tokenRecall: number;
  tokenPrecision: number;
}

/** Per-fold figures of a cross-validated run. */
export interface DeidFold {
  fold: number;
  patients: number;
  notes: number;
  /** Words of the notes vocabulary built from the training folds. */
  vocabularyWords: number;
  /** Training examples (candidate tokens) of the fold's learned model, when it has one. */
  learnedExamples?: number;
  spanRecall: number;
  tokenPrecision: number;
}

/** A scored run with what a report needs besides the figures: the note texts and the inputs' hashes. */
export interface DeidRun {
  evaluation: DeidEvaluation;
  /** Note text by id (`patient-note`), the text gold offsets index. */
  texts: Map<string, string>;
  /** sha256 of the text file and of the gold file as read. */
  sha256: { text: string; gold: string };
  profile: DeidProfile;
  /** Present under cross-validation. */
  folds?: DeidFold[];
  /** Present under cross-validation with `transforms`. */
  transformed?: DeidTransformResult[];
}

/**
 * Reads a PhysioNet-layout text file and its `id-phi.phrase` gold, runs the detector on every
 * record (with each record's structured identifiers, none for the corpus) and scores it.
 */
export async function runDeidEval(textFile: string, goldFile: string, opts: DeidEvalOptions = {}): Promise<DeidEvaluation> {
  return (await runDeidEvalWithTexts(textFile, goldFile, opts)).evaluation;
}

/**
 * Patient-grouped folds: patients sorted by id and dealt round-robin, so every note of a patient
 * is in one fold and the split depends only on the patient ids.
 */
export function patientFolds(patients: Iterable<string>, k: number): Map<string, number> {
  const ids = [...new Set(patients)].sort((a, b) => a.localeCompare(b, 'en', { numeric: true }));
  return new Map(ids.map((p, i) => [p, i % k]));
}

function detectAll(reports: RawReport[], vocabulary: KeepVocabulary | undefined, profile: DeidProfile, model?: LearnedModel | null, yearModel?: YearModel | null): DeidDocument[] {
  // Same detector as the de-identification stage's default: no patient context, each note alone.
  return reports.map((r) => ({ id: r.archiveId!, text: r.text, predicted: detectPhi(r.text, compileKnown(r.identifiers), { profile, vocabulary, model, yearModel }) }));
}

/** `notes` `times` times over, in order (a source's weight in training). */
function weighted(notes: readonly TrainingNote[], times: number): TrainingNote[] {
  const out: TrainingNote[] = [];
  for (let k = 0; k < times; k++) out.push(...notes);
  return out;
}

/** {@link runDeidEval}, also returning the note texts and input hashes for a report. */
export async function runDeidEvalWithTexts(textFile: string, goldFile: string, opts: DeidEvalOptions = {}): Promise<DeidRun> {
  let text: string;
  let goldText: string;
  try {
    [text, goldText] = await Promise.all([readFile(textFile, 'utf8'), readFile(goldFile, 'utf8')]);
  } catch (err) {
    throw new RadlabelError('INGEST_READ', 'An evaluation input file could not be read.', { locator: { file: textFile }, cause: err });
  }
  const gold = parseGoldPhrase(goldText, goldFile);
  const profile = opts.profile ?? 'balanced';
  const reports: RawReport[] = [];
  for (const item of parsePhysionet(text, { file: textFile })) {
    if (item.kind === 'error') throw item.error;
    if (item.kind === 'report') reports.push(item.report);
  }
  let docs: DeidDocument[];
  let folds: DeidFold[] | undefined;
  let transformed: DeidTransformResult[] | undefined;
  const learned = opts.learned ?? true;
  if (opts.cv === undefined) docs = detectAll(reports, undefined, profile, learned ? undefined : null, learned ? undefined : null);
  else {
    if (!Number.isInteger(opts.cv) || opts.cv < 2) throw new RadlabelError('EVAL_BAD_INPUT', `--cv needs a whole number of folds of at least 2, not ${opts.cv}.`);
    const foldOf = patientFolds(reports.map((r) => r.patientId ?? r.archiveId!), opts.cv);
    const base = baseVocabularyWords();
    docs = [];
    folds = [];
    const transforms = opts.transforms ?? [];
    const tDocs = transforms.map(() => [] as DeidDocument[]);
    const tGold = transforms.map(() => new Map<string, GoldPhi[]>());
    for (let f = 0; f < opts.cv; f++) {
      const inFold = (r: RawReport) => foldOf.get(r.patientId ?? r.archiveId!) === f;
      const training: TrainingNote[] = reports.filter((r) => !inFold(r)).map((r) => ({ patient: r.patientId ?? r.archiveId!, text: r.text, phi: gold.get(r.archiveId!) ?? [] }));
      const notesWords = notesVocabulary(training);
      const test = reports.filter(inFold);
      const vocabulary = makeVocabulary(base, notesWords);
      // The learned layer is trained on the training folds (and the generated notes), never on the fold it scores.
      // Augmented copies carry surrogate names: they train the model but never enter the vocabulary.
      const trainingSet = opts.augment === false ? training : augmentNotes(training, 11, DEFAULT_TRAIN_SETTINGS.devCopies ?? DEFAULT_COPIES);
      const extra = learned ? [...syntheticTrainingNotes({ count: opts.syntheticNotes }), ...allWriterNotes(opts.writerNotes)] : [];
      const trained = learned ? trainModel([...devNotes(trainingSet, DEFAULT_TRAIN_SETTINGS), ...extra, ...weighted(augmentNotes(opts.extraTraining ?? [], 11, DEFAULT_TRAIN_SETTINGS.styleCopies ?? []), DEFAULT_TRAIN_SETTINGS.styleWeight ?? 1)], vocabulary, DEFAULT_TRAIN_SETTINGS, `cross-validation fold ${f + 1}`) : undefined;
      // The year model sees the training notes as written: the style transforms do not move years.
      const years = learned ? trainYearModel([...training, ...extra], vocabulary, DEFAULT_YEAR_SETTINGS, `cross-validation fold ${f + 1}`).model : null;
      const foldDocs = detectAll(test, vocabulary, profile, trained ? trained.model : null, years);
      transforms.forEach((t, k) => {
        const changed = test.map((r) => {
          const phi = (gold.get(r.archiveId!) ?? []).map((g) => ({ start: g.start, end: g.end, category: g.category }));
          const n = transformNote({ patient: r.patientId ?? r.archiveId!, text: r.text, phi }, t, 'eval');
          tGold[k]!.set(r.archiveId!, n.phi.map((g) => ({ id: r.archiveId!, ...g })));
          return { ...r, text: n.text };
        });
        tDocs[k]!.push(...detectAll(changed, vocabulary, profile, trained ? trained.model : null, years));
      });
      const e = evaluateDeid(foldDocs, pick(gold, foldDocs));
      folds.push({
        fold: f + 1,
        patients: new Set(test.map((r) => r.patientId)).size,
        notes: test.length,
        vocabularyWords: notesWords.length,
        ...(trained ? { learnedExamples: trained.examples } : {}),
        spanRecall: e.span.overall.recall,
        tokenPrecision: e.token.overall.precision ?? 1,
      });
      docs.push(...foldDocs);
    }
    if (transforms.length > 0) transformed = transforms.map((t, k) => transformResult(t, evaluateDeid(tDocs[k]!, tGold[k]!)));
  }
  return {
    evaluation: evaluateDeid(docs, gold),
    texts: new Map(docs.map((d) => [d.id, d.text])),
    sha256: { text: sha256(text), gold: sha256(goldText) },
    profile,
    folds,
    ...(transformed ? { transformed } : {}),
  };
}

function transformResult(transform: StyleTransform, e: DeidEvaluation): DeidTransformResult {
  const by = e.span.byCategory;
  const recall = (g: string) => by[g]?.recall ?? 1;
  return {
    transform,
    goldSpans: e.span.overall.tp + e.span.overall.fn,
    spanRecall: e.span.overall.recall,
    nameRecall: recall('NAME'),
    dateRecall: recall('DATE'),
    locationRecall: recall('LOCATION'),
    tokenRecall: e.token.overall.recall,
    tokenPrecision: e.token.overall.precision ?? 1,
  };
}

function pick(gold: Map<string, GoldPhi[]>, docs: DeidDocument[]): Map<string, GoldPhi[]> {
  return new Map(docs.map((d) => [d.id, gold.get(d.id) ?? []]));
}
