// Leave-one-set-out over the style development sets (eval/deid-styles-dev*): for each set k, the
// learned layer is trained as train.ts trains the shipped model but without set k's notes, and set
// k's styles are scored with the whole detector (rules + that model) in both profiles. A set is a
// batch of settings one writer made blind to the rules, so this measures the layer on a setting it
// never met — the question the blind sets ask — without opening a blind set.
//   node --import tsx eval/deid-learned/set-cv.ts [--sets dev,dev-2] [--profiles balanced,strict] [--json out.json] [--no-rules]
//     [any option of train.ts: --epochs, --balanced, --strict, --seed, --synthetic, --writers, --data, --styles, --style-seeds]
// With --style-seeds K a held-out set's reseeded copies (the same setting at other seeds) are held out with it.
// --sets limits the folds (set names without the deid-styles- prefix); every fold still trains on all other sets.
// --no-rules skips the rules-alone figures (model null), which do not depend on the recipe.
// Scored against the sets' gold as written (as setcat.sh and styles.ts do), not the training conventions.
import { readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { parsePhysionet } from '../../src/ingest/physionet/parse-physionet.js';
import { parseGoldPhrase } from '../../src/evaluate/deid/gold-phrase.js';
import { evaluateDeid, type DeidDocument, type DeidEvaluation } from '../../src/evaluate/deid/evaluate-deid.js';
import { detectPhi } from '../../src/deid/detect.js';
import { shippedVocabulary } from '../../src/deid/keep-list/keep-vocabulary.js';
import { DEFAULT_TRAIN_SETTINGS } from '../../src/deid/learned/train-model.js';
import type { LearnedModel } from '../../src/deid/learned/model-file.js';
import type { DeidProfile } from '../../src/deid/keep-list/keep-list-names.js';
import { SHIPPED_MODEL_PATH } from '../../src/deid/learned/model-file.js';
import { styleDevSets } from '../../src/evaluate/deid/style-notes.js';
import { recipeExamples, recipeModel, trainingRun } from './training-run.js';

const run = trainingRun(SHIPPED_MODEL_PATH, DEFAULT_TRAIN_SETTINGS, 'eval', {
  sets: { type: 'string' },
  profiles: { type: 'string', default: 'balanced,strict' },
  json: { type: 'string' },
  'no-rules': { type: 'boolean', default: false },
});
if (run.styles === '') throw new Error('set-cv needs the style development sets (--styles DIR)');
const profiles = String(run.extra.profiles).split(',') as DeidProfile[];
const all = styleDevSets(run.styles);
const setName = (dir: string) => path.basename(dir).replace(/^deid-styles-/, '');
const wanted = typeof run.extra.sets === 'string' ? run.extra.sets.split(',') : all.map(setName);
for (const w of wanted) if (!all.some((d) => setName(d) === w)) throw new Error(`--sets: no set ${w} (sets: ${all.map(setName).join(', ')})`);

interface StyleDocs {
  style: string;
  reports: { id: string; text: string }[];
  gold: ReturnType<typeof parseGoldPhrase>;
}
/** The styles of one set as documents to score, with their gold as written. */
function setStyles(dir: string): StyleDocs[] {
  if (/blind/.test(dir)) throw new Error('never a blind set');
  return readdirSync(dir)
    .filter((d) => statSync(path.join(dir, d)).isDirectory())
    .sort()
    .flatMap((style) => {
      const sd = path.join(dir, style);
      try {
        statSync(path.join(sd, 'notes.text'));
      } catch {
        return [];
      }
      const gold = parseGoldPhrase(readFileSync(path.join(sd, 'gold.phrase'), 'utf8'));
      const reports = [...parsePhysionet(readFileSync(path.join(sd, 'notes.text'), 'utf8'))].flatMap((x) => (x.kind === 'report' ? [{ id: x.report.archiveId!, text: x.report.text }] : []));
      return [{ style: `${setName(dir)}/${style}`, reports, gold }];
    });
}

interface Row {
  style: string;
  profile: DeidProfile;
  recall: number;
  precision: number;
  tokenPrecision: number;
  name: number;
  location: number;
}
const vocabulary = shippedVocabulary();
function score(st: StyleDocs, profile: DeidProfile, model: LearnedModel | null): Row {
  const docs: DeidDocument[] = st.reports.map((r) => ({ id: r.id, text: r.text, predicted: detectPhi(r.text, undefined, { profile, vocabulary, model }) }));
  const e: DeidEvaluation = evaluateDeid(docs, st.gold);
  return {
    style: st.style,
    profile,
    recall: e.span.overall.recall,
    precision: e.span.overall.precision ?? 1,
    tokenPrecision: e.token.overall.precision ?? 1,
    name: e.span.byCategory.NAME?.recall ?? NaN,
    location: e.span.byCategory.LOCATION?.recall ?? NaN,
  };
}
const f = (x: number) => (Number.isNaN(x) ? '  -  ' : x.toFixed(4));
const line = (r: Row) => `${r.profile.padEnd(8)} ${r.style.padEnd(34)} recall ${f(r.recall)}  precision ${f(r.precision)}  tokP ${f(r.tokenPrecision)}  name ${f(r.name)}  loc ${f(r.location)}`;
const mean = (xs: number[]) => {
  const v = xs.filter((x) => !Number.isNaN(x));
  return v.reduce((a, x) => a + x, 0) / v.length;
};
function summary(label: string, rows: Row[]): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const profile of profiles) {
    const rs = rows.filter((r) => r.profile === profile);
    if (rs.length === 0) continue;
    const worst = rs.reduce((a, r) => (r.recall < a.recall ? r : a));
    const s = { styles: rs.length, recall: mean(rs.map((r) => r.recall)), precision: mean(rs.map((r) => r.precision)), tokenPrecision: mean(rs.map((r) => r.tokenPrecision)), name: mean(rs.map((r) => r.name)), location: mean(rs.map((r) => r.location)), worst: { style: worst.style, recall: worst.recall } };
    console.log(`${label} ${profile.padEnd(8)} mean of ${s.styles} styles: recall ${f(s.recall)}  precision ${f(s.precision)}  tokP ${f(s.tokenPrecision)}  name ${f(s.name)}  loc ${f(s.location)}  worst ${worst.style} ${f(worst.recall)}`);
    out[profile] = s;
  }
  return out;
}

// Examples are made once per source; each fold trains on them in train.ts's order, less set k's.
const t0 = Date.now();
const { base, sets } = recipeExamples(run, vocabulary);
console.log(`examples made in ${((Date.now() - t0) / 1000).toFixed(0)} s: ${base.length} outside the style sets, ${sets.map((s) => `${setName(s.dir)} ${s.examples.length}`).join(', ')}${run.styleSeeds === 0 ? '' : ` (each with its ${run.styleSeeds} reseeded cop${run.styleSeeds === 1 ? 'y' : 'ies'})`}`);
const rows: Row[] = [];
const ruleRows: Row[] = [];
for (const dir of all.filter((d) => wanted.includes(setName(d)))) {
  const t1 = Date.now();
  const model = recipeModel(base, sets.filter((s) => s.dir !== dir), run.settings, `without ${setName(dir)}`);
  const styles = setStyles(dir);
  for (const profile of profiles) {
    for (const st of styles) {
      const r = score(st, profile, model);
      rows.push(r);
      console.log(line(r));
      if (!run.extra['no-rules']) ruleRows.push(score(st, profile, null));
    }
  }
  console.log(`  fold ${setName(dir)}: ${((Date.now() - t1) / 1000).toFixed(0)} s`);
}
const result: Record<string, unknown> = { settings: run.settings, styleSeeds: run.styleSeeds, rows, summary: summary('LOSO', rows) };
if (ruleRows.length > 0) {
  for (const r of ruleRows) console.log(`rules    ${line(r)}`);
  result.rules = { rows: ruleRows, summary: summary('RULES', ruleRows) };
}
if (typeof run.extra.json === 'string') writeFileSync(run.extra.json, `${JSON.stringify(result, null, 2)}\n`);
