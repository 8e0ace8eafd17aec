// Scores the shipped detector (rules and shipped model) on each independent writer's notes: the
// figure before their notes join the training set.
//   node --import tsx eval/deid-learned/writer-score.ts [--notes 200] [--profile balanced] [--no-learned]
import { parseArgs } from 'node:util';
import { evaluateDeid } from '../../src/evaluate/deid/evaluate-deid.js';
import type { GoldPhi } from '../../src/evaluate/deid/gold-phrase.js';
import { detectPhi } from '../../src/deid/detect.js';
import { WRITERS, writerNotes, WRITER_TEST_SEED } from '../../src/deid/learned/generators/index.js';
import type { DeidProfile } from '../../src/deid/keep-list/keep-list-names.js';
import { applySoftLimits } from './soft-limits.js';
import { GOLD_CATEGORY } from './writer-gold.js';

const { values } = parseArgs({ options: { notes: { type: 'string', default: '200' }, profile: { type: 'string', default: 'balanced' }, 'no-learned': { type: 'boolean', default: false }, soft: { type: 'string' } } });
console.log(`soft limits ${applySoftLimits(values.soft)}`);
for (const w of Object.keys(WRITERS)) {
  const gold = new Map<string, GoldPhi[]>();
  const docs = writerNotes(w, Number(values.notes), WRITER_TEST_SEED).map((n, k) => {
    const id = `${k}`;
    gold.set(id, n.phi.filter((p) => GOLD_CATEGORY[p.category]).map((p) => ({ id, start: p.start, end: p.end, category: GOLD_CATEGORY[p.category]! })));
    return { id, text: n.text, predicted: detectPhi(n.text, undefined, { profile: values.profile as DeidProfile, ...(values['no-learned'] ? { model: null } : {}) }) };
  });
  const e = evaluateDeid(docs, gold);
  const r = (g: string) => (e.span.byCategory[g]?.recall ?? NaN).toFixed(3);
  console.log(`${w.padEnd(12)} span ${e.span.overall.recall.toFixed(3)}  name ${r('NAME')}  loc ${r('LOCATION')}  date ${r('DATE')}  year ${r('DATE_YEAR')}  tokP ${(e.token.overall.precision ?? 1).toFixed(3)}  altered ${(100 * e.nonPhiAlteredRate).toFixed(2)}%`);
}
