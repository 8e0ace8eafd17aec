// Scores the shipped detector (rules and shipped model) on each independent writer's notes: the
// figure before their notes join the training set.
//   node --import tsx eval/deid-learned/writer-score.ts [--notes 200] [--profile balanced] [--no-learned]
import { parseArgs } from 'node:util';
import { detectPhi } from '../../src/deid/detect.js';
import { WRITERS, writerNotes, WRITER_TEST_SEED } from '../../src/deid/learned/generators/index.js';
import type { DeidProfile } from '../../src/deid/keep-list/keep-list-names.js';
import { applySoftLimits } from './soft-limits.js';
import { scoreWriterNotes, writerRow } from './writer-gold.js';

const { values } = parseArgs({ options: { notes: { type: 'string', default: '200' }, profile: { type: 'string', default: 'balanced' }, 'no-learned': { type: 'boolean', default: false }, soft: { type: 'string' } } });
console.log(`soft limits ${applySoftLimits(values.soft)}`);
for (const w of Object.keys(WRITERS)) {
  const profile = values.profile as DeidProfile;
  const e = scoreWriterNotes(writerNotes(w, Number(values.notes), WRITER_TEST_SEED), (text) => detectPhi(text, undefined, { profile, ...(values['no-learned'] ? { model: null } : {}) }));
  console.log(`${w.padEnd(12)} ${writerRow(e)}`);
}
