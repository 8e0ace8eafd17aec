/**
 * Reproduces the weak-supervision figures on Open-i dev with one command:
 * `npx tsx eval/combine-openi/run.ts [--out-dir DIR]` (needs `../shared/data/openi`).
 *
 * Five labellers the project produces here, all from `radlabel run --preset openi` on the report
 * text columns of `reports.dev.csv`:
 * - `rules-pos`: the rules engine with `--likely positive` (kept in a store, read back as a stored run);
 * - `rules-unc`: `--likely uncertain` (its run JSONL) — one setting apart from rules-pos;
 * - `rules-imp`: rules on the impression section only (`--sections impression`, as the CheXpert labeler reads);
 * - `rules-find`: rules on the findings section only;
 * - `keywords`: the keyword label functions in `keywords.yaml`, applied to the de-identified texts;
 * - `negex`: label functions with a NegEx window and a wider vocabulary (`negex.yaml`), same texts.
 *
 * The label model never sees the gold. Figures: each setting's micro-F1 on all of dev (several
 * settings, so picking the best of them by these figures would be choosing on gold); then a
 * 5-fold cross-validation by report (one report per patient in Open-i): on 4 folds pick the best
 * setting — and, for a fair comparison, the best single source — by micro-F1, score the pick on
 * the 5th; and the class balance given as the gold prevalence of the 4 training folds vs estimated.
 */
import { existsSync, mkdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { main } from '../../src/cli/main.js';
import { loadSources, parseSourceSpec, type LoadedSource } from '../../src/combine/load-sources.js';
import { columnOffset, labelKey, VOTE } from '../../src/combine/label-matrix.js';
import { combineSources, goldVectors, type CombineOptions, type CombineResult } from '../../src/combine/run-combine.js';
import { parseLabelTable } from '../../src/evaluate/labels/read-label-table.js';
import { REPO_ROOT } from '../../src/ontology/load-ontology.js';
import { mulberry32 } from '../../src/util/prng.js';

const OPENI = path.resolve(REPO_ROOT, '../shared/data/openi');
const i = process.argv.indexOf('--out-dir');
const OUT = path.resolve(i >= 0 ? process.argv[i + 1]! : path.join(REPO_ROOT, '.radlabel/combine-openi'));

async function radlabel(args: string[]): Promise<string> {
  let out = '';
  const write = process.stdout.write.bind(process.stdout);
  process.stdout.write = ((s: string) => ((out += s), true)) as typeof process.stdout.write;
  try {
    const code = await main(['node', 'radlabel', ...args]);
    if (code > 1) throw new Error(`radlabel ${args[0]} exited ${code}`);
  } finally {
    process.stdout.write = write;
  }
  return out;
}

if (!existsSync(path.join(OPENI, 'reports.dev.csv'))) {
  console.error(`Open-i dev data not found in ${OPENI}`);
  process.exit(2);
}
mkdirSync(OUT, { recursive: true });
const reports = path.join(OPENI, 'reports.dev.csv');
const goldFile = path.join(OPENI, 'gold-chestxray14.dev.csv');
const f = (name: string): string => path.join(OUT, name);
const runs: Array<[string, string[]]> = [
  ['rules-likely-positive', ['--likely', 'positive', '--db', f('pos.db')]],
  ['rules-likely-uncertain', ['--likely', 'uncertain', '--db', f('unc.db')]],
  ['rules-impression', ['--sections', 'impression', '--db', f('imp.db')]],
  ['rules-findings', ['--sections', 'findings', '--db', f('find.db')]],
];
for (const [name, extra] of runs)
  if (!existsSync(f(`${name}.jsonl`))) await radlabel(['run', reports, '--preset', 'openi', '--ontology', 'chestxray14', ...extra, '--out', f(`${name}.jsonl`), '--no-progress']);

const specs = [
  `rules-pos=db:${f('pos.db')}`,
  `rules-unc=${f('rules-likely-uncertain.jsonl')}`,
  `rules-imp=${f('rules-impression.jsonl')}`,
  `rules-find=${f('rules-findings.jsonl')}`,
  path.join(import.meta.dirname, 'keywords.yaml'),
  path.join(import.meta.dirname, 'negex.yaml'),
];
const all = await loadSources(specs.map(parseSourceSpec), { ontology: 'chestxray14', ontologyGiven: true });
const gold = parseLabelTable(readFileSync(goldFile, 'utf8'), goldFile);
const pick = (names: string[]): LoadedSource[] => names.map((n) => all.find((s) => s.name === n)!);
const FIVE = ['rules-pos', 'rules-unc', 'rules-imp', 'rules-find', 'keywords'];
const THREE = ['rules-pos', 'rules-unc', 'keywords'];
const SIX = [...FIVE, 'negex'];

interface Setting {
  name: string;
  sources: string[];
  opts: CombineOptions;
}
const settings: Setting[] = [
  { name: '3 sources, independent', sources: THREE, opts: { uncertain: 'negative' } },
  { name: '3 sources, rules pair declared a group', sources: THREE, opts: { uncertain: 'negative', groups: [['rules-pos', 'rules-unc']] } },
  { name: '5 sources, independent', sources: FIVE, opts: { uncertain: 'negative' } },
  { name: '5 sources, --dependence auto', sources: FIVE, opts: { uncertain: 'negative', dependence: 'auto' } },
  { name: '5 sources, rules pair declared a group', sources: FIVE, opts: { uncertain: 'negative', groups: [['rules-pos', 'rules-unc']] } },
  { name: '5 sources, rules pair a group + --dependence auto', sources: FIVE, opts: { uncertain: 'negative', groups: [['rules-pos', 'rules-unc']], dependence: 'auto' } },
  { name: '5 sources, --uncertain answer, independent', sources: FIVE, opts: { uncertain: 'answer' } },
  { name: '5 sources, --uncertain answer, --dependence auto', sources: FIVE, opts: { uncertain: 'answer', dependence: 'auto' } },
  { name: '6 sources (+ negex), independent', sources: SIX, opts: { uncertain: 'negative' } },
  { name: '6 sources (+ negex), --dependence auto', sources: SIX, opts: { uncertain: 'negative', dependence: 'auto' } },
];

const micro = (r: CombineResult, name: string): number => r.gold!.f1.find((x) => x.name === name && x.label === '(micro)')!.f1;
const t0 = performance.now();
const results = settings.map((s) => ({ s, r: combineSources(pick(s.sources), { ...s.opts, gold }) }));
const fitMs = (performance.now() - t0) / settings.length;
const m = results.find((x) => x.s.sources === SIX)!.r.matrix;
console.log(`Open-i dev: ${m.ids.length} reports; micro-F1 over the findings with gold positives, No Finding apart (as radlabel eval)\n`);
console.log('single sources (positive = positive):');
for (const n of SIX) console.log(`  ${n.padEnd(12)} ${micro(results[9]!.r, n).toFixed(4)}`);
console.log('\nlabel model settings (fitted without gold; each line on all of dev):');
const noFinding = (r: CombineResult, name: string): number => r.gold!.f1.find((x) => x.name === name && labelKey(x.label) === 'no finding')?.f1 ?? NaN;
for (const { s, r } of results) console.log(`  ${s.name.padEnd(52)} combined ${micro(r, 'combined').toFixed(4)}   majority vote ${micro(r, 'majority vote').toFixed(4)}   No Finding F1 ${noFinding(r, 'combined').toFixed(3)} (rules-pos ${noFinding(r, 'rules-pos').toFixed(3)})`);

// Per label for the auto-dependence setting, with the best single source.
const main5 = results[3]!.r;
console.log('\nper label, 5 sources --dependence auto (F1; support = gold positives):');
console.log(`  ${'label'.padEnd(20)} ${'support'.padStart(7)} ${'combined'.padStart(9)} ${'rules-pos'.padStart(9)} ${'maj.vote'.padStart(9)}`);
for (const l of [...main5.gold!.labels, '(micro)']) {
  const row = (n: string) => main5.gold!.f1.find((x) => x.name === n && x.label === l)!;
  const c = row('combined');
  console.log(`  ${l.padEnd(20)} ${String(c.tp + c.fn).padStart(7)} ${c.f1.toFixed(3).padStart(9)} ${row('rules-pos').f1.toFixed(3).padStart(9)} ${row('majority vote').f1.toFixed(3).padStart(9)}`);
}
const macroOf = (n: string): number => {
  const rows = main5.gold!.f1.filter((x) => x.name === n && x.label !== '(micro)' && x.tp + x.fn > 0 && labelKey(x.label) !== 'no finding');
  return rows.reduce((a, x) => a + x.f1, 0) / rows.length;
};
console.log(`  ${'(macro)'.padEnd(20)} ${''.padStart(7)} ${macroOf('combined').toFixed(3).padStart(9)} ${macroOf('rules-pos').toFixed(3).padStart(9)} ${macroOf('majority vote').toFixed(3).padStart(9)}`);
if (main5.dependence) {
  console.log('\nestimated dependence (--dependence auto; 0 = independent given the class, 1 = a copy) and weights:');
  const names = main5.dependence.units.map((u) => u.map((s) => main5.matrix.sources[s]).join('+'));
  console.log(`  ${''.padEnd(12)} ${names.map((n) => n.padStart(10)).join(' ')}   weight`);
  main5.dependence.matrix.forEach((row, u) => console.log(`  ${names[u]!.padEnd(12)} ${row.map((x) => x.toFixed(3).padStart(10)).join(' ')}   ${main5.dependence!.weights[u]!.toFixed(3)}`));
}
for (const idx of [2, 3, 9]) {
  const res = results[idx]!.r;
  for (const withNoFinding of [true, false]) {
    const pooledAcc = res.matrix.sources.map((name, s) => {
      let est = 0;
      let w = 0;
      let right = 0;
      let n = 0;
      res.gold!.labels.forEach((label, gi) => {
        if (!withNoFinding && labelKey(label) === 'no finding') return;
        const e = res.estimated[res.matrix.labels.indexOf(label)]![s]!;
        est += e.accuracy * e.coverage;
        w += e.coverage;
        const mm = res.gold!.measured[gi]![s]!;
        right += mm.tp + mm.tn;
        n += mm.tp + mm.tn + mm.fp + mm.fn;
      });
      return { name, est: est / w, measured: right / n };
    });
    const rank = (key: 'est' | 'measured'): string => [...pooledAcc].sort((a, b) => b[key] - a[key]).map((x) => x.name).join(' > ');
    console.log(`\nestimated vs measured accuracy (positive vs not, pooled over the labels with gold${withNoFinding ? '' : ', No Finding apart'}), ${settings[idx]!.name}:`);
    for (const a of pooledAcc) console.log(`  ${a.name.padEnd(12)} estimated ${a.est.toFixed(4)}   measured ${a.measured.toFixed(4)}`);
    console.log(`  ranking: estimated ${rank('est')}; measured ${rank('measured')} (${rank('est') === rank('measured') ? 'same order' : 'DIFFERENT order'})`);
  }
}

// 5-fold cross-validation by report: choices made on gold are made on 4 folds and scored on the 5th.
const K = 5;
const rand = mulberry32(42);
const fold = new Int8Array(m.ids.length);
const order = m.ids.map((_, k) => ({ k, r: rand() })).sort((a, b) => a.r - b.r);
order.forEach(({ k }, j) => (fold[k] = j % K));
const { vectors, labels: goldLabels } = goldVectors(m, gold);
const scoredLabels = goldLabels
  .map((l) => m.labels.indexOf(l))
  .filter((l) => labelKey(m.labels[l]!) !== 'no finding' && vectors[l]!.some((g) => g === 1));
type Counts = { tp: number; fp: number; fn: number };
const f1 = (c: Counts): number => (c.tp ? (2 * c.tp) / (2 * c.tp + c.fp + c.fn) : 0);
/** Counts of hard labels `pred(label, report)` against gold on the reports whose fold passes `inFold`. */
function count(pred: (l: number, k: number) => boolean, inFold: (k: number) => boolean): Counts {
  const c = { tp: 0, fp: 0, fn: 0 };
  for (const l of scoredLabels)
    for (let k = 0; k < m.ids.length; k++) {
      const g = vectors[l]![k]!;
      if (g < 0 || !inFold(k)) continue;
      const p = pred(l, k);
      if (p && g === 1) c.tp++;
      else if (p) c.fp++;
      else if (g === 1) c.fn++;
    }
  return c;
}
// Every result must share report and label order for the per-fold picks to compare like with like.
for (const { r } of results) if (r.matrix.ids.join() !== m.ids.join() || r.matrix.labels.join() !== m.labels.join()) throw new Error('settings differ in report or label order');
const combinedPred = results.map(({ r }) => (l: number, k: number) => r.probabilities[l]![k]! >= 0.5);
const sourcePred = SIX.map((name) => {
  const s = m.sources.indexOf(name);
  return (l: number, k: number) => m.votes[columnOffset(m, s, l) + k] === VOTE.positive;
});
function cvSelect(cands: Array<(l: number, k: number) => boolean>): { counts: Counts; picks: number[] } {
  const total = { tp: 0, fp: 0, fn: 0 };
  const picks: number[] = [];
  for (let k = 0; k < K; k++) {
    const train = cands.map((p) => f1(count(p, (x) => fold[x] !== k)));
    const best = train.indexOf(Math.max(...train));
    picks.push(best);
    const test = count(cands[best]!, (x) => fold[x] === k);
    total.tp += test.tp;
    total.fp += test.fp;
    total.fn += test.fn;
  }
  return { counts: total, picks };
}
const cvComb = cvSelect(combinedPred);
const cvSrc = cvSelect(sourcePred);
console.log(`\n5-fold cross-validation by report (choice on 4 folds, scored on the 5th, pooled):`);
console.log(`  best label-model setting chosen per fold: micro-F1 ${f1(cvComb.counts).toFixed(4)} (picks: ${cvComb.picks.map((p) => `"${settings[p]!.name}"`).join(', ')})`);
console.log(`  best single source chosen per fold:       micro-F1 ${f1(cvSrc.counts).toFixed(4)} (picks: ${cvSrc.picks.map((p) => SIX[p]).join(', ')})`);

// Class balance: estimated by the model vs given as the training folds' gold prevalence.
const est = { tp: 0, fp: 0, fn: 0 };
const given = { tp: 0, fp: 0, fn: 0 };
const priorRows: string[] = [];
for (let k = 0; k < K; k++) {
  const prior: Record<string, number> = {};
  for (const l of goldLabels.map((x) => m.labels.indexOf(x))) {
    let pos = 0;
    let n = 0;
    vectors[l]!.forEach((g, x) => {
      if (g >= 0 && fold[x] !== k) {
        n++;
        pos += g;
      }
    });
    prior[m.labels[l]!] = Math.min(0.999, Math.max(0.001, pos / n));
  }
  const r = combineSources(pick(FIVE), { uncertain: 'negative', dependence: 'auto', prior });
  for (const [acc, res] of [[given, r], [est, main5]] as const) {
    const c = count((l, x) => res.probabilities[l]![x]! >= 0.5, (x) => fold[x] === k);
    acc.tp += c.tp;
    acc.fp += c.fp;
    acc.fn += c.fn;
  }
  if (k === 0) for (const l of scoredLabels) priorRows.push(`${m.labels[l]}: estimated ${main5.fits[l]!.prior.toFixed(4)}, training-fold gold ${prior[m.labels[l]!]!.toFixed(4)}`);
}
console.log(`\nclass balance, 5 sources --dependence auto, out of fold: estimated micro-F1 ${f1(est).toFixed(4)}; given (gold prevalence of the 4 training folds) ${f1(given).toFixed(4)}`);
console.log(`  fold 1 priors: ${priorRows.join('; ')}`);

// The main CLI run writes the report, probabilities and worklist.
await radlabel(['combine', ...specs.flatMap((s) => ['--source', s]), '--ontology', 'chestxray14', '--gold', goldFile, '--uncertain', 'negative', '--dependence', 'auto', '--out', f('probs.csv'), '--review-out', f('review.csv'), '--html', f('combine.html'), '--json', f('combine.json'), '--md', f('combine.md')]);
const cal = await radlabel(['combine', ...specs.flatMap((s) => ['--source', s]), '--ontology', 'chestxray14', '--gold', goldFile, '--uncertain', 'negative', '--dependence', 'auto', '--calibrate', 'isotonic', '--out', f('probs-isotonic.csv')]);
console.log(`\nprobabilities, 6 sources --dependence auto (pooled over labels; isotonic calibration fitted on gold, scored out of fold):\n${cal.split('\n').filter((l) => /^combined/.test(l)).map((l) => `  ${l}`).join('\n')}`);
console.log(`\nlabel model fit, mean over the settings: ${fitMs.toFixed(0)} ms; report: ${f('combine.html')}; probabilities: ${f('probs.csv')}; worklist: ${f('review.csv')}`);
