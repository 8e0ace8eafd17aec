import { describe, expect, it } from 'vitest';
import { wordBracketWord } from '../../src/deid/free-text/service-consultants.js';
import { letterDotLetterDot } from '../../src/deid/free-text/dotted-initials.js';
import { seededRandom } from '../../src/deid/synthetic-phi.js';

// Issue 11 (speed): passes' whole-text tests read at the few characters a match must hold (a bracket,
// a full stop) instead of a regex scan of every character: each must answer as the regex does.

describe('the word-bracket-word test of service consultants', () => {
  const RE = /[A-Za-z][ \t]*\([ \t]*[A-Za-z]{3}/;
  it('is the regex test it replaces', () => {
    const parts = ['a', 'Renal', ' ', '\t', '(', ')', 'abc', 'ab', '1', 'X', '\n', 'é', '( ', ' (', 'GI', 'Halvorsen'];
    const r = seededRandom(5);
    const texts = ['Renal (Halvorsen) following', 'GI(EGD)', 'ID ( on vanc)', '(abc)', 'x (ab)', 'x  (\tabc', '1 (abc)', 'x\n(abc)', 'é (abc)'];
    for (let i = 0; i < 5000; i++) {
      let t = '';
      const len = 1 + Math.floor(r() * 8);
      for (let k = 0; k < len; k++) t += parts[Math.floor(r() * parts.length)]!;
      texts.push(t);
    }
    for (const t of texts) expect(wordBracketWord(t), JSON.stringify(t)).toBe(RE.test(t));
  });
});

describe('the letter-stop-letter-stop test of dotted initials', () => {
  it('is the regex test it replaces', () => {
    const parts = ['a', 'B', '.', '..', ' ', 'é', '1', 'T.W.', '\n', 'x.y', '.z'];
    const r = seededRandom(9);
    const texts = ['T.W. woke', 'per V.O. DR. LEE', 'a.b', '.a.', 'a..', 'é.a.', 'a.é.', 'x.y.z', ''];
    for (let i = 0; i < 5000; i++) {
      let t = '';
      const len = 1 + Math.floor(r() * 8);
      for (let k = 0; k < len; k++) t += parts[Math.floor(r() * parts.length)]!;
      texts.push(t);
    }
    for (const t of texts) expect(letterDotLetterDot(t), JSON.stringify(t)).toBe(/[A-Za-z]\.[A-Za-z]\./.test(t));
  });
});
