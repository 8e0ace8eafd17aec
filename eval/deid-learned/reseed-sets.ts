// The style development sets' generators run at other seeds: more notes of every setting (other
// names, places, dates and template draws), for the learned layer to train on. Each set
// eval/deid-styles-dev*/ has a deterministic generator (generate.py with one `SEED = <int>` line,
// writing <style>/notes.text and gold.phrase beside itself, HERE). For reseed k (1, 2, …) the set's
// top-level files are copied to <cache>/seed-<k>/<set>/ with SEED replaced by SEED * 1000 + k,
// generate.py runs there with python3, and the set's own check.py (which reads the shared checker of
// ../deid-set-check, copied beside it) must pass and every style folder of the committed set must
// have its notes and gold again. The committed sets are never written. A copy is made again only when
// its generator files, the checker or the seed change (a stamp of their hash).
//   node --import tsx eval/deid-learned/reseed-sets.ts [--styles eval] [--seeds 2] [--cache .cache/style-seeds]
import { createHash } from 'node:crypto';
import { execFileSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';

/** Where reseeded copies go by default (git-ignored). */
export const DEFAULT_SEED_CACHE = '.cache/style-seeds';
const SEED_LINE = /^SEED = (\d+)[ \t]*$/m;

/** A reseeded copy of a style development set. */
export interface ReseededSet {
  /** The committed set it was generated from. */
  set: string;
  k: number;
  seed: string;
  /** The folder holding its style folders. */
  dir: string;
}

/** The derived seed of reseed `k` of a generator seeded `seed` (never the committed seed for k ≥ 1). */
export function derivedSeed(seed: string, k: number): string {
  return (BigInt(seed) * 1000n + BigInt(k)).toString();
}

const topFiles = (dir: string) => readdirSync(dir).filter((f) => statSync(path.join(dir, f)).isFile()).sort();
const styleFolders = (dir: string) => readdirSync(dir).filter((d) => statSync(path.join(dir, d)).isDirectory() && existsSync(path.join(dir, d, 'notes.text'))).sort();

/**
 * Reseed `k` of the style set `set` under `cache` (made unless an up-to-date copy is there). Throws,
 * naming the set, when the generator has no single `SEED = <int>` line, fails, or its output is
 * missing a style folder of the committed set or fails the set's check.py.
 */
export function reseedSet(set: string, k: number, cache = DEFAULT_SEED_CACHE, python = 'python3'): ReseededSet {
  if (/blind/.test(set)) throw new Error(`${set}: a blind set is never reseeded nor read`);
  if (!Number.isInteger(k) || k < 1) throw new Error(`reseed ${k}: k must be a whole number from 1`);
  const name = path.basename(path.resolve(set));
  const generator = path.join(set, 'generate.py');
  if (!existsSync(generator)) throw new Error(`${set}: no generate.py`);
  const source = readFileSync(generator, 'utf8');
  const seeds = source.match(new RegExp(SEED_LINE.source, 'gm')) ?? [];
  if (seeds.length !== 1) throw new Error(`${generator}: ${seeds.length} lines 'SEED = <int>', want exactly one`);
  const seed = derivedSeed(SEED_LINE.exec(source)![1]!, k);
  const checker = path.join(set, '..', 'deid-set-check');
  const checkerFiles = existsSync(checker) ? topFiles(checker) : [];
  const hash = createHash('sha256').update(`seed ${seed}\n`);
  for (const f of topFiles(set)) hash.update(`${f}\n`).update(readFileSync(path.join(set, f)));
  for (const f of checkerFiles) hash.update(`check ${f}\n`).update(readFileSync(path.join(checker, f)));
  const stamp = hash.digest('hex');
  const root = path.join(cache, `seed-${k}`);
  const dir = path.join(root, name);
  const expected = styleFolders(set);
  const complete = () => expected.every((s) => existsSync(path.join(dir, s, 'notes.text')) && existsSync(path.join(dir, s, 'gold.phrase')));
  if (existsSync(path.join(dir, 'stamp')) && readFileSync(path.join(dir, 'stamp'), 'utf8') === stamp && complete()) return { set, k, seed, dir };

  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  for (const f of topFiles(set)) copyFileSync(path.join(set, f), path.join(dir, f));
  writeFileSync(path.join(dir, 'generate.py'), source.replace(SEED_LINE, `SEED = ${seed}`));
  if (checkerFiles.length > 0) {
    mkdirSync(path.join(root, 'deid-set-check'), { recursive: true });
    for (const f of checkerFiles) copyFileSync(path.join(checker, f), path.join(root, 'deid-set-check', f));
  }
  const runPython = (script: string) => {
    try {
      execFileSync(python, [script], { cwd: dir, stdio: ['ignore', 'pipe', 'pipe'], encoding: 'utf8', env: { ...process.env, PYTHONDONTWRITEBYTECODE: '1', PYTHONHASHSEED: '0' } });
    } catch (e) {
      const err = e as { stdout?: string; stderr?: string; message: string };
      throw new Error(`${name} reseed ${k} (seed ${seed}): python3 ${script} failed in ${dir}: ${(err.stderr || err.stdout || err.message).trim().split('\n').slice(-8).join('\n')}`);
    }
  };
  runPython('generate.py');
  const missing = expected.filter((s) => !['notes.text', 'gold.phrase'].every((f) => existsSync(path.join(dir, s, f)) && statSync(path.join(dir, s, f)).size > 0));
  if (missing.length > 0) throw new Error(`${name} reseed ${k} (seed ${seed}): generate.py wrote no notes or no gold for ${missing.join(', ')} in ${dir}`);
  if (existsSync(path.join(dir, 'check.py'))) runPython('check.py');
  writeFileSync(path.join(dir, 'stamp'), stamp);
  return { set, k, seed, dir };
}

/** Reseeds 1..`count` of each set (none for count 0). */
export function reseedSets(sets: readonly string[], count: number, cache = DEFAULT_SEED_CACHE): ReseededSet[] {
  const out: ReseededSet[] = [];
  for (const set of sets) for (let k = 1; k <= count; k++) out.push(reseedSet(set, k, cache));
  return out;
}

if (process.argv[1] !== undefined && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const { styleDevSets } = await import('../../src/evaluate/deid/style-notes.js');
  const { values } = parseArgs({ options: { styles: { type: 'string', default: 'eval' }, seeds: { type: 'string', default: '2' }, cache: { type: 'string', default: DEFAULT_SEED_CACHE } } });
  for (const r of reseedSets(styleDevSets(values.styles), Number(values.seeds), values.cache)) {
    const notes = styleFolders(r.dir).reduce((a, s) => a + (readFileSync(path.join(r.dir, s, 'notes.text'), 'utf8').match(/START_OF_RECORD=/g) ?? []).length, 0);
    console.log(`${path.basename(r.set)} reseed ${r.k} (seed ${r.seed}): ${notes} notes in ${r.dir}`);
  }
}
