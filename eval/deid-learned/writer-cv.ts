// Leave-one-writer-out evaluation of the learned layer (issue 11). The training notes of
// src/deid/learned/generators/ come from several writers who worked apart, each blind to the rules
// and to every evaluation set. Training on all writers but one and scoring the one left out measures
// how the layer does on a style and vocabulary it never met, without opening a blind set; settings
// (thresholds, limits, how many notes per writer) are chosen on these figures and on the
// patient-grouped CV of the dev split, never on the blind sets.
//   node --import tsx eval/deid-learned/writer-cv.ts [--per-writer 300] [--test-notes 200] [--profile balanced]
//     [--writers a,b] [--held a,b] [--baseline] [--json out.json] [--sweep "plainWord=8;plainWord=8,threshold=12"]
// --writers limits the writers used at all; --held scores only these writers, each model trained on all the others.
// --baseline also scores each writer's notes with the shipped model (trained on no writer's notes).
import { writeFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { detectPhi } from '../../src/deid/detect.js';
import { shippedVocabulary } from '../../src/deid/keep-list/keep-vocabulary.js';
import { DEFAULT_TRAIN_SETTINGS, devNotes, trainModel, type TrainingNote } from '../../src/deid/learned/train-model.js';
import { syntheticTrainingNotes } from '../../src/deid/learned/synthetic-notes.js';
import { augmentNotes } from '../../src/deid/learned/note-transforms.js';
import { shippedModel, type LearnedModel } from '../../src/deid/learned/model-file.js';
import { WRITERS, writerNotes, WRITER_TEST_SEED, type WriterName } from '../../src/deid/learned/generators/index.js';
import { applySoftLimits } from './soft-limits.js';
import { SOFT_LIMITS } from '../../src/deid/learned/learned-names.js';
import { scoreWriterNotes, writerRow } from './writer-gold.js';
import { devTrainingNotes } from './dev-notes.js';
import type { DeidProfile } from '../../src/deid/keep-list/keep-list-names.js';

const { values } = parseArgs({
  options: {
    'per-writer': { type: 'string', default: '300' },
    'test-notes': { type: 'string', default: '200' },
    profile: { type: 'string', default: 'balanced' },
    writers: { type: 'string' },
    held: { type: 'string' },
    baseline: { type: 'boolean', default: false },
    json: { type: 'string' },
    data: { type: 'string', default: '../shared/data/deid-physionet' },
    soft: { type: 'string' },
    sweep: { type: 'string' },
  },
});
let profile = values.profile as DeidProfile;
const perWriter = Number(values['per-writer']);
const names = (values.writers ? values.writers.split(',') : Object.keys(WRITERS)) as WriterName[];



const vocabulary = shippedVocabulary();
const score = (notes: TrainingNote[], model: LearnedModel) => scoreWriterNotes(notes, (text) => detectPhi(text, undefined, { profile, vocabulary, model }));
const row = writerRow;

const dev = devNotes(augmentNotes(devTrainingNotes(values.data)), DEFAULT_TRAIN_SETTINGS);
const synthetic = syntheticTrainingNotes({ count: 1000 });
// The limits act when the layer runs, not when it trains: each writer's model is trained once and
// every variant of --sweep ("plainWord=8,threshold=12;acronym=6") is scored with it.
const heldOut = values.held ? (values.held.split(',') as WriterName[]) : names;
for (const w of heldOut) if (!names.includes(w)) throw new Error(`--held: unknown writer ${w} (writers: ${names.join(', ')})`);
const folds = heldOut.map((held) => {
  const others = names.filter((w) => w !== held).flatMap((w) => writerNotes(w, perWriter));
  const { model } = trainModel([...dev, ...synthetic, ...others], shippedVocabulary(), DEFAULT_TRAIN_SETTINGS, `without ${held}`);
  return { held, test: writerNotes(held, Number(values['test-notes']), WRITER_TEST_SEED), model };
});
const variants = (values.sweep ?? values.soft ?? '').split(';');
const results: Record<string, unknown> = {};
const defaults = { ...SOFT_LIMITS };
for (const variant of variants) {
  Object.assign(SOFT_LIMITS, defaults);
  const threshold = /(?:^|,)threshold=([-\d.]+)/.exec(variant)?.[1];
  profile = (/(?:^|,)profile=(\w+)/.exec(variant)?.[1] ?? values.profile) as DeidProfile;
  console.log(`soft limits ${applySoftLimits(variant.replace(/(?:^|,)(?:threshold|profile)=[-\w.]+/g, ''))}${threshold ? ` threshold ${threshold}` : ''} profile ${profile}`);
  const all: Record<string, number>[] = [];
  for (const { held, test, model } of folds) {
    const m = threshold === undefined ? model : { ...model, thresholds: { ...model.thresholds, [profile]: Number(threshold) } };
    const e = score(test, m);
    console.log(`  ${held.padEnd(12)} ${row(e)}`);
    all.push({ span: e.span.overall.recall, tokenPrecision: e.token.overall.precision ?? 1 });
    results[`${variant}|${held}`] = { span: e.span.overall.recall, byCategory: e.span.byCategory, tokenPrecision: e.token.overall.precision };
    if (values.baseline && variant === variants[0]) console.log(`  ${''.padEnd(12)} shipped model: ${row(score(test, shippedModel()))}`);
  }
  console.log(`  mean span ${(all.reduce((a, x) => a + x.span!, 0) / all.length).toFixed(4)}  mean tokP ${(all.reduce((a, x) => a + x.tokenPrecision!, 0) / all.length).toFixed(4)}`);
}
if (values.json) writeFileSync(values.json, `${JSON.stringify({ profile, perWriter, results }, null, 2)}\n`);
