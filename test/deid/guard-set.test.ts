import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { GuardSet } from '../../src/deid/guard-set.js';
import { patternGuards } from '../../src/deid/patterns.js';
import { seededRandom, syntheticCase, syntheticCaseHl7 } from '../../src/deid/synthetic-phi.js';

// Issue 11 (speed): the pattern rules' guards are asked together, one alternation per set of flags.
// Each answer must be the guard's own `test` on the whole text, wherever its first match lies.
const PIECES = [
  "MI 88'", "CABG '09", 'x4432', 'p2-6298', '(7-1234)', '(w)', 'reached at', 'pager', 'ninety-four', 'centenarian', '5.3.24', '1.2.840.1',
  '1986-1988', '1986 - 1988', '96F', '92 M', 'Ana Silva, 94,', '(101)', 'RAD-2024-00451', '1EG4TE5MK73', 'plate', 'tag no', 'VIN', 'vin:',
  '3600 Broadway', 'http://x', 'www.', 'xxx-xx-5226', '***-**-1234', '408B: Walker', '| 631A |', 'rm 724b', 'Room 221B', 'bed 434',
  'Christmas', 'thanksgiving', 'new year', 'H: 555-0134', 'C# 555.0134', '8/87', '4/97', 'ſ', 'K', 'é', '’', "'", '\n', ' ', '-', '9',
];

function inventedTexts(): string[] {
  const r = seededRandom(11);
  const out: string[] = [];
  for (let i = 0; i < 3000; i++) {
    const n = 1 + Math.floor(r() * 6);
    let t = '';
    for (let k = 0; k < n; k++) t += PIECES[Math.floor(r() * PIECES.length)]! + (r() < 0.5 ? ' ' : '');
    out.push(t);
  }
  return out;
}

function texts(): string[] {
  const r = seededRandom(3);
  const out = inventedTexts();
  for (let i = 0; i < 300; i++) out.push(syntheticCaseHl7(syntheticCase(i, r), i));
  const notes = readFileSync(new URL('../fixtures/deid/notes.text', import.meta.url), 'utf8');
  out.push(notes, ...notes.split('\n'));
  return out;
}

describe('GuardSet', () => {
  const guards = patternGuards();
  const byFlags = new Map<string, RegExp[]>();
  for (const g of guards) byFlags.set(g.flags, [...(byFlags.get(g.flags) ?? []), g]);

  it('answers as each pattern guard alone does', () => {
    expect(guards.length).toBeGreaterThan(10);
    const sets = [...byFlags.values()].map((gs) => new GuardSet(gs));
    let hits = 0;
    for (const t of texts()) {
      for (const set of sets) {
        const got = set.test(t);
        const want = set.guards.map((g) => g.test(t));
        expect(got).toEqual(want);
        hits += want.filter(Boolean).length;
      }
    }
    // The texts make most guards pass somewhere (the comparison is not only of empty answers).
    expect(hits).toBeGreaterThan(1000);
  });

  it('answers guards whose first matches lie at different places, and lookbehinds that look before them', () => {
    const set = new GuardSet([/b/, /(?<=a)c/, /^a/, /x|c$/]);
    expect(set.test('abc')).toEqual([true, false, true, true]);
    expect(set.test('ac')).toEqual([false, true, true, true]);
    expect(set.test('zzz')).toEqual([false, false, false, false]);
    expect(new GuardSet([]).test('abc')).toEqual([]);
  });

  it('refuses guards it cannot join', () => {
    expect(() => new GuardSet([/a/, /b/i])).toThrow(/flags/);
    expect(() => new GuardSet([/(a)\1/])).toThrow(/back reference/);
    expect(() => new GuardSet([/a/g])).toThrow(/no g or y/);
  });
});
