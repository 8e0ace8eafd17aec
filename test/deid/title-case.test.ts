import { describe, expect, it } from 'vitest';
import { asciiTitleCase, titleCaseWords } from '../../src/deid/title-case.js';
import { seededRandom } from '../../src/deid/synthetic-phi.js';

// The surrogate writer takes the char-code path for ASCII names: it must agree with the general one.
describe('asciiTitleCase', () => {
  it('equals titleCaseWords on every printable ASCII word of random shapes', () => {
    const r = seededRandom(11);
    // Blanks, hyphens and apostrophes are over-weighted: they decide where a word starts.
    const alphabet = ' --\'\'abcxyzABCXYZ09.,`{@[' + Array.from({ length: 95 }, (_, i) => String.fromCharCode(32 + i)).join('');
    for (let n = 0; n < 20000; n++) {
      const len = 1 + Math.floor(r() * 14);
      let w = '';
      for (let i = 0; i < len; i++) w += alphabet[Math.floor(r() * alphabet.length)];
      expect(asciiTitleCase(w), JSON.stringify(w)).toBe(titleCaseWords(w));
    }
  });

  it('upper-cases after blanks and hyphens only', () => {
    expect(asciiTitleCase('mary-jo van der berg')).toBe('Mary-Jo Van Der Berg');
    expect(asciiTitleCase("o'brien")).toBe("O'brien");
    expect(asciiTitleCase('McDONALD')).toBe('McDONALD');
  });
});
