import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { makeVocabulary, NEAR_MISS_INDEX_AFTER } from '../../src/deid/keep-list/keep-vocabulary.js';

// The near-miss test answers from generated candidates until the deletion index is built (start-up
// of a short run), then from the index. Both must give the same answer for every word.

const letters = 'abcdefghijklmnopqrstuvwxyz';
const lower = fc.string({ unit: fc.constantFrom(...letters), minLength: 2, maxLength: 10 });
// Vocabulary words also hold apostrophes, hyphens and capitals, which the index leaves out.
const vocabWord = fc.oneof({ weight: 4, arbitrary: lower }, { weight: 1, arbitrary: fc.string({ unit: fc.constantFrom(...letters, "'", '-', 'Q', 'é'), minLength: 2, maxLength: 9 }) });

/** One random edit of `w`: a letter added, dropped, changed, two swapped, or two edits. */
function edits(w: string, r: number[]): string[] {
  const at = (k: number, n: number) => (n <= 0 ? 0 : r[k]! % n);
  const ch = (k: number) => letters[r[k]! % 26]!;
  const i = at(0, w.length + 1);
  const j = at(1, w.length);
  const added = w.slice(0, i) + ch(2) + w.slice(i);
  const dropped = w.slice(0, j) + w.slice(j + 1);
  const changed = w.slice(0, j) + ch(3) + w.slice(j + 1);
  const swapped = j + 1 < w.length ? w.slice(0, j) + w[j + 1] + w[j] + w.slice(j + 2) : w;
  const twice = dropped.slice(0, at(4, dropped.length + 1)) + ch(5) + dropped.slice(at(4, dropped.length + 1));
  return [w, added, dropped, changed, swapped, twice, w.toUpperCase()];
}

/** The vocabulary with its index already built (more look-ups than the threshold were asked). */
function warmed(base: Set<string>, notes: string[]) {
  const v = makeVocabulary(base, notes);
  for (let k = 0; k <= NEAR_MISS_INDEX_AFTER; k++) v.nearMiss('zzzzzq');
  return v;
}

describe('keep-list vocabulary near misses', () => {
  it('answers the same before and after the deletion index is built, on invented vocabularies and edits of their words', () => {
    fc.assert(
      fc.property(
        fc.array(vocabWord, { minLength: 1, maxLength: 40 }),
        fc.array(vocabWord, { maxLength: 10 }),
        fc.array(fc.tuple(fc.nat(60), fc.array(fc.nat(1000), { minLength: 6, maxLength: 6 })), { minLength: 1, maxLength: 6 }),
        fc.array(fc.string({ minLength: 0, maxLength: 12 }), { maxLength: 5 }),
        (baseWords, notes, picks, strangers) => {
          const base = new Set(baseWords);
          const cold = makeVocabulary(base, notes);
          const hot = warmed(base, notes);
          const all = [...baseWords, ...notes];
          const queries = [...picks.flatMap(([k, r]) => edits(all[k % all.length]!, r)), ...strangers];
          for (const q of queries) expect(cold.nearMiss(q), q).toBe(hot.nearMiss(q));
        },
      ),
      { numRuns: 300 },
    );
  });

  it('finds one-edit misspellings of vocabulary words of five letters or more, and not of shorter ones or of other words', () => {
    const v = makeVocabulary(new Set(['effusion', 'pleural', 'lung']), ['okwuosa']);
    for (const w of ['efusion', 'effussion', 'effuzion', 'efufsion', 'pleurla', 'okwuossa']) expect(v.nearMiss(w), w).toBe(true);
    for (const w of ['lunar', 'lunk', 'xyzzyq', 'EFFUSION']) expect(v.nearMiss(w), w).toBe(false);
  });
});
