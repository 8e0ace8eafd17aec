import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { reseededStyleNotes } from '../../../src/evaluate/deid/style-notes.js';

// deid-eval --cv --train-styles eval --train-style-seeds .cache/style-seeds reads the reseeded copies
// of the style sets as training notes, labelled as train.ts labels them. Invented notes.
function copy(root: string, seed: string, set: string, names: string[]): void {
  const dir = path.join(root, seed, set, 'clinic');
  mkdirSync(dir, { recursive: true });
  const notes = names.map((n, k) => `START_OF_RECORD=${k + 1}||||1||||\nSeen by Dr. ${n} today.\n||||END_OF_RECORD\n`).join('');
  const gold = names.map((n, k) => `${k + 1} 1 12 ${12 + n.length} HCPName ${n}`).join('\n');
  writeFileSync(path.join(dir, 'notes.text'), notes);
  writeFileSync(path.join(dir, 'gold.phrase'), `${gold}\n`);
}

describe('reseeded style notes', () => {
  it('reads every seed-<k>/deid-styles-dev* copy, seeds in number order, patients labelled <set>@seed-<k>', () => {
    const root = mkdtempSync(path.join(tmpdir(), 'seeded-'));
    copy(root, 'seed-2', 'deid-styles-dev-3', ['Quennell']);
    copy(root, 'seed-10', 'deid-styles-dev-3', ['Vardimon', 'Ostrowe']);
    copy(root, 'seed-1', 'deid-styles-dev', ['Lindqvist']);
    mkdirSync(path.join(root, 'deid-set-check'));
    const notes = reseededStyleNotes(root);
    expect(notes.map((n) => n.patient)).toEqual(['deid-styles-dev@seed-1:1', 'deid-styles-dev-3@seed-2:1', 'deid-styles-dev-3@seed-10:1', 'deid-styles-dev-3@seed-10:2']);
    expect(notes.map((n) => n.text.slice(n.phi[0]!.start, n.phi[0]!.end))).toEqual(['Lindqvist', 'Quennell', 'Vardimon', 'Ostrowe']);
  });
  it('with the trained sets given, leaves out the stale copies of any other set', () => {
    const root = mkdtempSync(path.join(tmpdir(), 'seeded-'));
    copy(root, 'seed-1', 'deid-styles-dev-3', ['Quennell']);
    copy(root, 'seed-1', 'deid-styles-dev-9', ['Vardimon']);
    const notes = reseededStyleNotes(root, undefined, ['eval/deid-styles-dev-3']);
    expect(notes.map((n) => n.patient)).toEqual(['deid-styles-dev-3@seed-1:1']);
  });
  it('names the folder when it holds no copy or is missing', () => {
    const empty = mkdtempSync(path.join(tmpdir(), 'seeded-'));
    expect(() => reseededStyleNotes(empty)).toThrow(/no reseeded style set/);
    expect(() => reseededStyleNotes(path.join(empty, 'nope'))).toThrow(/reseed-sets\.ts/);
  });
});
