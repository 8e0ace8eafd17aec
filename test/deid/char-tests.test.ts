import { describe, expect, it } from 'vitest';
import { isBlanksWithOneStop, isCapitalsOnly, isConsonantsOnly, isJsSpace, isSpaceDotOrComma } from '../../src/deid/free-text/char-tests.js';
import { mulberry32 } from '../../src/util/prng.js';

// Speed (session 41): the char-code tests that replace a regex asked per token or per character
// must answer as the regex does: on every UTF-16 code unit, and on random and adversarial words.

describe('the one-character tests', () => {
  it('isJsSpace and isSpaceDotOrComma are /\\s/ and /[\\s.,]/ on every code unit', () => {
    for (let c = 0; c <= 0xffff; c++) {
      const ch = String.fromCharCode(c);
      expect(isJsSpace(c), c.toString(16)).toBe(/\s/.test(ch));
      expect(isSpaceDotOrComma(c), c.toString(16)).toBe(/[\s.,]/.test(ch));
    }
    expect(isSpaceDotOrComma(NaN)).toBe(false);
  });
});

describe('the word-shape tests', () => {
  const parts = ['A', 'Z', 'B', 'a', 'z', 'b', 'e', 'y', 'u', '@', '[', '`', '{', 'É', 'é', 'ß', '\u212a', '\u017f', '1', ' ', '-', "'", 'ICU', 'bcd', 'rst', 'xyz'];
  const r = mulberry32(8);
  const words = ['', 'A', 'ICU', 'Icu', 'ICU1', 'bcd', 'bcdf', 'bcdfg', 'bc', 'pvh', 'tcg', 'aeb', 'byd', 'BCD', 'ÉCU'];
  for (let i = 0; i < 6000; i++) {
    let w = '';
    const len = Math.floor(r() * 6);
    for (let k = 0; k < len; k++) w += parts[Math.floor(r() * parts.length)]!;
    words.push(w);
  }
  it('isCapitalsOnly is /^[A-Z]+$/', () => {
    for (const w of words) expect(isCapitalsOnly(w), JSON.stringify(w)).toBe(/^[A-Z]+$/.test(w));
  });
  it('isConsonantsOnly is /^[bcdfghjklmnpqrstvwxz]+$/ and {3,4}', () => {
    for (const w of words) {
      expect(isConsonantsOnly(w), JSON.stringify(w)).toBe(/^[bcdfghjklmnpqrstvwxz]+$/.test(w));
      expect(isConsonantsOnly(w, 3, 4), JSON.stringify(w)).toBe(/^[bcdfghjklmnpqrstvwxz]{3,4}$/.test(w));
    }
  });
});

describe('isBlanksWithOneStop', () => {
  it('is /^(?:[ \\t]*[.,]?[ \\t]*|-)$/', () => {
    const parts = [' ', '\t', '.', ',', '-', '--', '\n', 'a', '\u00a0', '. ', ' ,'];
    const r = mulberry32(12);
    const gaps = ['', ' ', '.', ',', '-', ' - ', '..', ' . ', '.,', ' ,\t', '\n'];
    for (let i = 0; i < 6000; i++) {
      let g = '';
      const len = Math.floor(r() * 5);
      for (let k = 0; k < len; k++) g += parts[Math.floor(r() * parts.length)]!;
      gaps.push(g);
    }
    for (const g of gaps) expect(isBlanksWithOneStop(g), JSON.stringify(g)).toBe(/^(?:[ \t]*[.,]?[ \t]*|-)$/.test(g));
  });
});
