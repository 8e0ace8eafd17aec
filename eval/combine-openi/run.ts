/**
 * Reproduces the weak-supervision figures on Open-i dev with one command:
 * `npx tsx eval/combine-openi/run.ts [--out-dir DIR]` (needs `../shared/data/openi`).
 *
 * Three labellers the project produces here: the rules engine with `--likely positive` (kept in a
 * store and read back as a stored run), the rules engine with `--likely uncertain` (its run JSONL),
 * and the keyword label functions in `keywords.yaml` (applied to the de-identified texts of the
 * runs). They are combined with the Dawid–Skene label model under several settings; the gold is
 * read only to measure (`--gold` without `--calibrate`), never to fit. Reads the report text columns
 * of `reports.dev.csv` (through `radlabel run --preset openi`) and the gold file for scoring.
 */
import { existsSync, mkdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { main } from '../../src/cli/main.js';
import { REPO_ROOT } from '../../src/ontology/load-ontology.js';

const OPENI = path.resolve(REPO_ROOT, '../shared/data/openi');
const i = process.argv.indexOf('--out-dir');
const OUT = path.resolve(i >= 0 ? process.argv[i + 1]! : path.join(REPO_ROOT, '.radlabel/combine-openi'));

async function radlabel(args: string[], quiet = true): Promise<string> {
  let out = '';
  const write = process.stdout.write.bind(process.stdout);
  if (quiet) process.stdout.write = ((s: string) => ((out += s), true)) as typeof process.stdout.write;
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
const gold = path.join(OPENI, 'gold-chestxray14.dev.csv');
const f = (name: string): string => path.join(OUT, name);
for (const [likely, db, jsonl] of [['positive', 'pos.db', 'rules-likely-positive.jsonl'], ['uncertain', 'unc.db', 'rules-likely-uncertain.jsonl']] as const)
  if (!existsSync(f(jsonl)))
    await radlabel(['run', reports, '--preset', 'openi', '--ontology', 'chestxray14', '--likely', likely, '--db', f(db), '--out', f(jsonl), '--no-progress']);

const sources = ['--source', `rules-pos=db:${f('pos.db')}`, '--source', `rules-unc=${f('rules-likely-uncertain.jsonl')}`, '--source', path.join(import.meta.dirname, 'keywords.yaml')];
const common = [...sources, '--ontology', 'chestxray14', '--gold', gold];
const variants: Array<[string, string[]]> = [
  ['uncertain as an answer, sources independent', ['--uncertain', 'answer']],
  ['uncertain as an answer, rules pair declared dependent', ['--uncertain', 'answer', '--group', 'rules-pos,rules-unc']],
  ['uncertain read as negative, sources independent (main setting)', ['--uncertain', 'negative']],
  ['uncertain read as negative, rules pair declared dependent', ['--uncertain', 'negative', '--group', 'rules-pos,rules-unc']],
];
for (const [title, extra] of variants) {
  const text = await radlabel(['combine', ...common, ...extra, '--out', f('variant.csv')]);
  console.log(`${title}:\n  ${text.split('\n').find((l) => l.startsWith('verdict:'))}`);
}
const main_ = ['combine', ...common, '--uncertain', 'negative', '--out', f('probs.csv'), '--review-out', f('review.csv'), '--html', f('combine.html'), '--json', f('combine.json'), '--md', f('combine.md')];
await radlabel(main_);
const cal = await radlabel(['combine', ...common, '--uncertain', 'negative', '--calibrate', 'isotonic', '--out', f('probs-isotonic.csv')]);
console.log(`\nisotonic calibration on gold (scored out of fold):\n${cal.split('\n').filter((l) => /^combined/.test(l)).map((l) => `  ${l}`).join('\n')}`);
const json = JSON.parse(readFileSync(f('combine.json'), 'utf8')) as { data: { sources: Array<Record<string, number | string>> } };
console.log('\nsources (main setting): estimated vs measured accuracy, pooled over the labels with gold');
for (const s of json.data.sources)
  console.log(`  ${String(s.source).padEnd(10)} est. ${Number(s.estAccuracy).toFixed(4)}  measured ${Number(s.accuracy).toFixed(4)}  micro-F1 ${Number(s.f1).toFixed(3)}`);
console.log(`\nreport: ${f('combine.html')}; probabilities: ${f('probs.csv')}; worklist: ${f('review.csv')}`);
