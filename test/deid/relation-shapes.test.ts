import { describe, expect, it } from 'vitest';
import { nearRelationShape, NEIGHBOURS_AFTER, neighboursBuilt } from '../../src/deid/free-text/relation-shapes.js';
import { nameCues } from '../../src/deid/rules/deid-rules.js';

// The set of a relation word's one-edit neighbours (relation-shapes.ts, built once for the plain
// words) must answer as the one-edit test itself: checked against a plain Damerau distance on
// every word one edit (or two) from a relation shape, and on invented words further away.
const SHAPES = nameCues().cues.relatives.words.filter((w) => /^[a-z]{4,}$/.test(w));
const LETTERS = 'abcdefghijklmnopqrstuvwxyz';

/** Optimal-string-alignment distance (edits and swaps of neighbours). */
function distance(a: string, b: string): number {
  const d = Array.from({ length: a.length + 1 }, (_, i) => Array.from({ length: b.length + 1 }, (_, j) => (i === 0 ? j : j === 0 ? i : 0)));
  for (let i = 1; i <= a.length; i++) {
    for (let j = 1; j <= b.length; j++) {
      d[i]![j] = Math.min(d[i - 1]![j]! + 1, d[i]![j - 1]! + 1, d[i - 1]![j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1));
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) d[i]![j] = Math.min(d[i]![j]!, d[i - 2]![j - 2]! + 1);
    }
  }
  return d[a.length]![b.length]!;
}

const expected = (w: string) => w.length >= 4 && SHAPES.some((r) => Math.abs(r.length - w.length) <= 1 && distance(w, r) === 1);

/** Every word one edit from `r`: letters added, dropped, changed, neighbours swapped. */
function edits(r: string): string[] {
  const out: string[] = [];
  for (let i = 0; i <= r.length; i++) {
    for (const c of LETTERS) out.push(r.slice(0, i) + c + r.slice(i), r.slice(0, i) + c + r.slice(i + 1));
    out.push(r.slice(0, i) + r.slice(i + 1));
    if (i + 1 < r.length) out.push(r.slice(0, i) + r[i + 1]! + r[i]! + r.slice(i + 2));
  }
  return out;
}

describe('one edit from a relation word', () => {
  it('the shapes are there to test', () => {
    expect(SHAPES.length).toBeGreaterThanOrEqual(10);
  });

  it('answers as the Damerau distance on every word one edit from a shape, the shapes themselves included, before and after the neighbour set is built', () => {
    const words = [...new Set(SHAPES.flatMap((r) => [r, ...edits(r)]))];
    expect(words.length).toBeGreaterThan(NEIGHBOURS_AFTER);
    // A short run asks fewer words than it takes to build the set: they are tested one by one.
    const first = words.slice(0, NEIGHBOURS_AFTER - 1);
    expect(first.filter((w) => nearRelationShape(w) !== expected(w))).toEqual([]);
    expect(neighboursBuilt()).toBe(false);
    expect(words.filter((w) => nearRelationShape(w) !== expected(w))).toEqual([]);
    expect(neighboursBuilt()).toBe(true);
  });

  it('answers as the Damerau distance on words two edits away (a sample of each shape) and on invented words', () => {
    const words = SHAPES.flatMap((r) => edits(r).filter((_, k) => k % 53 === 0).flatMap(edits).filter((_, k) => k % 29 === 0));
    words.push('quorble', 'velunt', 'brasket', 'ottermine', 'sibb', 'plover', 'grenadine');
    const wrong = words.filter((w) => nearRelationShape(w) !== expected(w));
    expect(wrong).toEqual([]);
  });

  it('gives the same answer for a word in capitals or with a mark (the test without the set)', () => {
    for (const r of SHAPES.slice(0, 8)) {
      for (const w of edits(r).filter((_, k) => k % 13 === 0)) {
        if (w.length < 4) continue;
        expect(nearRelationShape(`${w}é`), w).toBe(expected(`${w}é`));
      }
    }
  });
});
