import { describe, expect, it } from 'vitest';
import { detectPhi } from '../../src/deid/detect.js';

// Invented notes (issue 11): a town that is also a surname ("Fenwick") is found as a name, so its
// state after the comma was left; after an origin cue the pair is an address (namedTownBefore,
// src/deid/free-text/place-shapes.ts).
const covered = (text: string, word: string) => {
  const at = text.indexOf(word);
  return detectPhi(text).some((s) => s.start <= at && at + word.length <= s.end);
};

describe('the state after a town that is also a surname, after an origin cue', () => {
  it.each([
    ['Pt lives in Fenwick, NC with his wife.', 'NC'],
    ['moved from Ashby, WI in 2019 to be near family', 'WI'],
    ['She is visiting from Pell-Marsh, MN, staying with her son.', 'MN'],
    ['Recently relocated to Kilgore, TX.', 'TX'],
    ['Resides in Newell, IA; worked as a welder.', 'IA'],
  ])('%j takes %s', (text, code) => {
    expect(covered(text, code)).toBe(true);
  });

  it.each([
    ['message from Ward, PA re: refills.', 'PA'],
    ['seen by Jones, MD. Labs unremarkable.', 'MD'],
    ['d/w Dr. Baker, NP at bedside.', 'NP'],
    ['Patient placed in Trendelenburg, OR table tilted.', 'OR'],
  ])('%j keeps %s', (text, code) => {
    expect(covered(text, code)).toBe(false);
  });
});
