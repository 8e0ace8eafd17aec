/**
 * Performance of `radlabel combine` at the scale: 5 sources × 14 labels × 200,000 reports.
 * Run: `npx tsx eval/combine-bench.ts [--reports N] [--cli] [--dependence auto]`.
 *
 * Default: the label model alone — build the vote matrix, fit Dawid–Skene per label, rank the
 * review worklist and render the probabilities CSV — timed in process, with peak RSS.
 * `--cli`: also writes five CheXpert-style CSV files of generated labels to a temporary folder and
 * times `radlabel combine` on them end to end (parse, join, fit, write) in a child process.
 * `--dependence auto` measures the label model with the dependence estimate and the refit it causes.
 * Labels are simulated (known accuracies 0.95…0.65, class balance 2–30%); no data is read.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fitLabelModel } from '../src/combine/unit-dependence.js';
import { columnOffset, createLabelMatrix, MISSING, VOTE, type LabelMatrix } from '../src/combine/label-matrix.js';
import { probabilitiesCsv } from '../src/combine/combine-output.js';
import { rankForReview } from '../src/combine/review-ranking.js';
import type { CombineResult } from '../src/combine/run-combine.js';
import { mulberry32 } from '../src/util/prng.js';

const arg = (name: string): string | undefined => {
  const i = process.argv.indexOf(name);
  return i >= 0 ? process.argv[i + 1] : undefined;
};
const N = Number(arg('--reports') ?? 200_000);
const DEPENDENCE = arg('--dependence') === 'auto' ? 'auto' : 'none';
const L = 14;
const ACC = [0.95, 0.9, 0.8, 0.72, 0.65];

function generate(): LabelMatrix {
  const rand = mulberry32(1);
  const m = createLabelMatrix(Array.from({ length: N }, (_, i) => `r${i}`), Array.from({ length: L }, (_, l) => `Label ${l}`), ACC.map((_, s) => `source${s}`));
  for (let l = 0; l < L; l++) {
    const pi = 0.02 + (0.28 * l) / (L - 1);
    const y = new Uint8Array(N);
    for (let i = 0; i < N; i++) y[i] = rand() < pi ? 1 : 0;
    ACC.forEach((acc, s) => {
      const o = columnOffset(m, s, l);
      for (let i = 0; i < N; i++) {
        const r = rand();
        if (r < 0.02) m.votes[o + i] = MISSING;
        else if (r < 0.05) m.votes[o + i] = VOTE.uncertain;
        else m.votes[o + i] = (rand() < acc) === (y[i] === 1) ? VOTE.positive : y[i] ? VOTE.negative : rand() < 0.5 ? VOTE.negative : VOTE.abstain;
      }
    });
  }
  return m;
}

const t0 = performance.now();
const m = generate();
const t1 = performance.now();
const fits = fitLabelModel(m, { dependence: DEPENDENCE }).fits;
const t2 = performance.now();
const probabilities = fits.map((f) => f.posterior);
const review = rankForReview(m, probabilities, 500);
const csv = probabilitiesCsv({ matrix: m, probabilities, threshold: 0.5 } as CombineResult);
const t3 = performance.now();
const mb = (b: number): string => `${Math.round(b / 1e6)} MB`;
console.log(`label model: ${ACC.length} sources × ${L} labels × ${N.toLocaleString('en')} reports, --dependence ${DEPENDENCE}`);
console.log(`  generate votes   ${((t1 - t0) / 1000).toFixed(2)} s`);
console.log(`  fit (EM)         ${((t2 - t1) / 1000).toFixed(2)} s  (iterations ${fits.map((f) => f.iterations).join(', ')})`);
console.log(`  rank + write CSV ${((t3 - t2) / 1000).toFixed(2)} s  (${mb(csv.length)} CSV, ${review.length} worklist rows)`);
console.log(`  peak RSS         ${mb(process.resourceUsage().maxRSS * 1024)}`);

if (process.argv.includes('--cli')) {
  const dir = mkdtempSync(path.join(tmpdir(), 'radlabel-combine-bench-'));
  try {
    const cell = ['1', '0', '-1', ''];
    const files = m.sources.map((name, s) => {
      const lines = [['id', ...m.labels].join(',')];
      for (let i = 0; i < N; i++) {
        const row = [m.ids[i]!];
        let any = false;
        for (let l = 0; l < L; l++) {
          const v = m.votes[columnOffset(m, s, l) + i]!;
          if (v !== MISSING) any = true;
          row.push(v === MISSING ? '' : cell[v]!);
        }
        if (any) lines.push(row.join(','));
      }
      const f = path.join(dir, `${name}.csv`);
      writeFileSync(f, lines.join('\n') + '\n');
      return f;
    });
    const bin = path.resolve(import.meta.dirname, '../bin/radlabel.js');
    const args = ['-e', `const t=performance.now();process.argv=[process.argv[0],'radlabel',...JSON.parse(process.env.ARGS)];await import(${JSON.stringify(bin)});process.on('exit',()=>{const u=process.resourceUsage();console.error('wall '+((performance.now()-t)/1000).toFixed(2)+' s, CPU '+((u.userCPUTime+u.systemCPUTime)/1e6).toFixed(2)+' s, peak RSS '+Math.round(u.maxRSS/1024)+' MB')})`];
    const cliArgs = ['combine', ...files.flatMap((f) => ['--source', f]), '--dependence', DEPENDENCE, '--out', path.join(dir, 'probs.csv'), '--review-out', path.join(dir, 'review.csv')];
    const res = spawnSync(process.execPath, ['--input-type=module', ...args], { env: { ...process.env, ARGS: JSON.stringify(cliArgs) }, encoding: 'utf8' });
    if (res.status !== 0) throw new Error(`radlabel combine failed: ${res.stderr}`);
    console.log(`radlabel combine on ${files.length} CSV files (${res.stderr.trim().split('\n').pop()}): ${res.stdout.split('\n').filter((l) => l.startsWith('wrote')).join(' ')}`);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
