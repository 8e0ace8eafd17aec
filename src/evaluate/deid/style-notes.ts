// The style development sets (eval/deid-styles-dev*: generated notes in many settings, written blind
// to the rules and meant to be read and tuned on) as training notes of the learned layer. A blind
// set is never training data: it stays the measure of notes nobody has read.
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { RadlabelError } from '../../errors/index.js';
import { parsePhysionet } from '../../ingest/physionet/parse-physionet.js';
import { parseGoldPhrase } from './gold-phrase.js';
import { normaliseStyleGold, type StyleGoldChanges } from './style-conventions.js';
import type { TrainingNote } from '../../deid/learned/train-model.js';

/**
 * A file in a style set's folder that keeps the set out of the learned layer's training (its notes are read
 * and tuned on by the rules only); it says why. Copied with the set's other top-level files by reseed-sets.ts.
 */
export const NOT_TRAINED_MARK = 'NOT-TRAINED.md';

/**
 * The style development set folders under `evalDir` (`deid-styles-dev`, `deid-styles-dev-2`, …) that the
 * learned layer trains on, sorted: a set whose folder holds {@link NOT_TRAINED_MARK} is left out.
 */
export function styleDevSets(evalDir: string): string[] {
  if (!existsSync(evalDir)) throw new RadlabelError('EVAL_BAD_INPUT', `${evalDir}: no such folder (the style development sets are eval/deid-styles-dev* of a source checkout)`);
  return readdirSync(evalDir)
    .filter((d) => /^deid-styles-dev(?:-\d+)?$/.test(d) && !existsSync(path.join(evalDir, d, NOT_TRAINED_MARK)))
    .sort()
    .map((d) => path.join(evalDir, d));
}

/**
 * Every note of every style folder of `sets`, with its gold spans brought to the project's
 * conventions ({@link normaliseStyleGold}: no lone states, facility names without their head
 * words); patients are namespaced by set. `changes`, when given, counts what the conventions changed.
 */
export function styleTrainingNotes(sets: string[], changes?: StyleGoldChanges): TrainingNote[] {
  return sets.flatMap((set) => styleSetNotes(set, changes));
}

/**
 * The notes of one style set folder as {@link styleTrainingNotes} reads them, its patients
 * namespaced by `label` (default the folder's name; a reseeded copy of a set, made by
 * eval/deid-learned/reseed-sets.ts, takes a label of its own so its patients are not the set's).
 */
export function styleSetNotes(set: string, changes?: StyleGoldChanges, label = path.basename(set)): TrainingNote[] {
  if (/blind/.test(set)) throw new RadlabelError('EVAL_BAD_INPUT', `${set}: a blind set is never training data`);
  const notes: TrainingNote[] = [];
  for (const style of readdirSync(set).sort()) {
    const dir = path.join(set, style);
    if (!statSync(dir).isDirectory() || !existsSync(path.join(dir, 'notes.text'))) continue;
    const gold = parseGoldPhrase(readFileSync(path.join(dir, 'gold.phrase'), 'utf8'));
    for (const item of parsePhysionet(readFileSync(path.join(dir, 'notes.text'), 'utf8'))) {
      if (item.kind !== 'report') continue;
      const id = item.report.archiveId!;
      notes.push({ patient: `${label}:${item.report.patientId ?? id}`, text: item.report.text, phi: normaliseStyleGold(item.report.text, gold.get(id) ?? [], changes) });
    }
  }
  return notes;
}

/**
 * The reseeded copies of the style sets under `cache` (`seed-<k>/deid-styles-dev*`, made by
 * eval/deid-learned/reseed-sets.ts: each set's generator run at another seed), as training notes
 * labelled `<set>@seed-<k>` as train.ts labels them. Throws when the folder holds no copy. With `trained`
 * (the committed sets trained on, as {@link styleDevSets} lists them), only copies of those sets count: a
 * copy made before its set was kept out of training (or removed) is stale, not a training set.
 */
export function reseededStyleNotes(cache: string, changes?: StyleGoldChanges, trained?: readonly string[]): TrainingNote[] {
  if (!existsSync(cache)) throw new RadlabelError('EVAL_BAD_INPUT', `${cache}: no such folder (make the reseeded style sets with: node --import tsx eval/deid-learned/reseed-sets.ts)`);
  const seeds = readdirSync(cache)
    .filter((d) => /^seed-\d+$/.test(d))
    .sort((a, b) => Number(a.slice(5)) - Number(b.slice(5)));
  const notes: TrainingNote[] = [];
  const names = trained === undefined ? undefined : new Set(trained.map((t) => path.basename(t)));
  for (const seed of seeds) {
    for (const set of styleDevSets(path.join(cache, seed))) if (names === undefined || names.has(path.basename(set))) notes.push(...styleSetNotes(set, changes, `${path.basename(set)}@${seed}`));
  }
  if (notes.length === 0) throw new RadlabelError('EVAL_BAD_INPUT', `${cache}: no reseeded style set (seed-<k>/deid-styles-dev*) under it`);
  return notes;
}
