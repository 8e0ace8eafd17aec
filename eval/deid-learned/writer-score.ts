// Scores the shipped detector (rules and shipped model) on each independent writer's notes: the
// training writers at their test seed, and the held-out writers no model trains on (marked
// "held out": the figure for writers the layer never met).
//   node --import tsx eval/deid-learned/writer-score.ts [--notes 200] [--profile balanced] [--no-learned] [--threshold N] [--soft k=v,…] [--model FILE]
// (--model: score another model file in place of the shipped one, e.g. a retrain beside the shipped model)
import { parseArgs } from 'node:util';
import { detectPhi } from '../../src/deid/detect.js';
import { HELD_OUT_WRITERS, WRITERS, writerNotes, WRITER_TEST_SEED } from '../../src/deid/learned/generators/index.js';
import type { DeidProfile } from '../../src/deid/keep-list/keep-list-names.js';
import { applySoftLimits } from './soft-limits.js';
import { scoreWriterNotes, writerRow } from './writer-gold.js';
import { readLearnedModel, shippedModel } from '../../src/deid/learned/model-file.js';

const { values } = parseArgs({ options: { notes: { type: 'string', default: '200' }, profile: { type: 'string', default: 'balanced' }, 'no-learned': { type: 'boolean', default: false }, soft: { type: 'string' }, threshold: { type: 'string' }, model: { type: 'string' } } });
console.log(`soft limits ${applySoftLimits(values.soft)}`);
const heldOut = Object.keys(HELD_OUT_WRITERS);
// `--threshold N`: the shipped model at another threshold for both profiles (a sweep beside tune.ts's dev CV).
const th = values.threshold === undefined ? undefined : Number(values.threshold);
if (th !== undefined) console.log(`threshold ${th}`);
const base = values.model === undefined ? undefined : readLearnedModel(values.model);
const model = values['no-learned'] ? null : th === undefined ? base : { ...(base ?? shippedModel()), thresholds: { balanced: th, strict: th } };
const spans: number[] = [];
for (const w of [...Object.keys(WRITERS), ...heldOut]) {
  const profile = values.profile as DeidProfile;
  const e = scoreWriterNotes(writerNotes(w, Number(values.notes), WRITER_TEST_SEED), (text) => detectPhi(text, undefined, { profile, ...(model === undefined ? {} : { model }) }));
  const held = heldOut.includes(w);
  if (held) spans.push(e.span.overall.recall);
  console.log(`${w.padEnd(12)} ${writerRow(e)}${held ? '  (held out)' : ''}`);
}
console.log(`held-out writers: mean span recall ${(spans.reduce((a, b) => a + b, 0) / spans.length).toFixed(4)}`);
