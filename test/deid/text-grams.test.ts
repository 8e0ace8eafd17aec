import { describe, expect, it } from 'vitest';
import { wordGate } from '../../src/deid/free-text/text-grams.js';
import { wordBracketWord } from '../../src/deid/free-text/service-consultants.js';
import { letterDotLetterDot } from '../../src/deid/free-text/dotted-initials.js';
import { seededRandom } from '../../src/deid/synthetic-phi.js';

// Issue 11 (speed): a pass's whole-text test is skipped when the text's four-character pieces say
// its words cannot stand there (text-grams.ts). The gate must be a necessary test of the regex it
// stands before: never false where the regex matches. Invented texts, not notes.

const GATES: [RegExp, string[]][] = [
  [/pick/i, ['pick']],
  [/dictated|typed|transcribed/i, ['dictated', 'typed', 'transcribed']],
  [/Building|Bldg|Pavilion|Tower/, ['building', 'bldg', 'pavilion', 'tower']],
  [/area|ounty|neighbo|vicinity|ownship|Parish|Borough/, ['area', 'ounty', 'neighbo', 'vicinity', 'ownship', 'parish', 'borough']],
];
const PIECES = ['pick', 'PICK', 'Pi', 'ck', 'dict', 'ated', 'TYPED', 'typ', 'ed', 'Tower', 'bldg', 'BLDG', 'area', 'Area', 'COUNTY', 'ounty', 'Parish', 'parish', 'x', ' ', '\n', 'é', 'ſ', 'K', '’', '(', 'ab', 'Cde'];

function inventedTexts(n: number): string[] {
  const r = seededRandom(11);
  const out: string[] = [];
  for (let i = 0; i < n; i++) {
    let t = '';
    const len = 1 + Math.floor(r() * 12);
    for (let k = 0; k < len; k++) t += PIECES[Math.floor(r() * PIECES.length)]!;
    out.push(t);
  }
  return out;
}

describe('word gates from a text\'s four-character pieces', () => {
  it('say yes wherever their regex matches (a necessary test), in any case and place', () => {
    const texts = [...inventedTexts(4000), 'Mr. Okafor will pick up', 'PICKUP at 3', 'typed by jr', 'Cook County', 'COUNTY line', 'the Harbor Building', 'Parish of St. Anne'];
    for (const [re, words] of GATES) {
      const gate = wordGate(words);
      for (const t of texts) if (re.test(t)) expect(gate(t), `${re} on ${JSON.stringify(t)}`).toBe(true);
    }
  });

  it('say no for texts without their words (most reports skip the regex)', () => {
    const gate = wordGate(['pick', 'proband']);
    for (const t of ['CT chest without contrast. No acute findings.', 'Lungs are clear. Heart size normal.', 'Comparison: none', '']) expect(gate(t)).toBe(false);
  });

  it('answer for the text asked, not the one before', () => {
    const gate = wordGate(['team']);
    expect(gate('Discussed with the care team.')).toBe(true);
    expect(gate('Discussed with the family.')).toBe(false);
    expect(gate('TEAM B notified')).toBe(true);
  });

  it('refuse words they cannot test (under four characters, or a capital)', () => {
    expect(() => wordGate(['via'])).toThrow();
    expect(() => wordGate(['Team'])).toThrow();
  });
});

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
