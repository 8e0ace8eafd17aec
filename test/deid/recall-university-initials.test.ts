import { describe, expect, it } from 'vitest';
import { detectPhi } from '../../src/deid/detect.js';

// Invented notes of one class (src/deid/free-text/places.ts facilities): after a preposition of
// place, "U of" and one letter is a university or its hospital. A dose ("2 u of ffp") stays.
const found = (text: string) =>
  detectPhi(text, undefined, { model: null }).map((s) => text.slice(s.start, s.end));

describe('"U of" and a letter after a preposition of place', () => {
  it.each([
    ['referred to dr roe (ortho) at u of k, their ph 555 201 3344\nrx sent to pharmacy', 'u of k'],
    ['mri done at u of q last spring, report requested\nf/u 2 wk', 'u of q'],
    ['PT TRANSFERRED TO U OF W FOR ECMO EVAL\nFAMILY AWARE', 'U OF W'],
  ])('%j', (text, place) => {
    expect(found(text).join(' | ')).toContain(place);
  });
});

describe('doses and other "u of" stay', () => {
  it.each([
    ['gave 2 u of ffp at 0300, inr 1.4\nno reaction', 'u of ffp'],
    ['insulin: 4 u of lispro at hs\nbg 140', 'u of lispro'],
    ['pt received 1 u of prbc\nhgb 8.1', 'u of prbc'],
    ['plan: u of a protocol reviewed\nstable', 'u of a'],
  ])('%j', (text, words) => {
    expect(found(text).join(' | ')).not.toContain(words);
  });
});
