import { describe, expect, it } from 'vitest';
import { clippedWords, commonWords } from '../../src/deid/free-text/vocabulary.js';

describe('clippedWords', () => {
  it('answers exactly "a proper prefix of ≥ 3 letters, ≥ 2 short of some common word"', () => {
    const words = [...commonWords()];
    const sample = words.filter((_, i) => i % 37 === 0);
    // the definition, by brute force over the whole vocabulary, for every prefix of the sampled words
    const expected = (x: string) => x.length >= 3 && words.some((w) => w.length >= x.length + 2 && w.startsWith(x));
    const t = clippedWords();
    let probes = 0;
    for (const w of sample.slice(0, 300)) {
      for (let k = 1; k <= w.length + 1; k++) {
        const x = (w + 'q').slice(0, k);
        expect(t.has(x), x).toBe(expected(x));
        probes++;
      }
    }
    expect(probes).toBeGreaterThan(1000);
  });
  it('takes clinical shorthand and refuses what no word starts with', () => {
    const t = clippedWords();
    for (const x of ['tol', 'maint', 'endo', 'cardi', 'resp']) expect(t.has(x), x).toBe(true);
    for (const x of ['qzx', 'okafro', 'zzzt', 'ab', '']) expect(t.has(x), x).toBe(false);
  });
});
