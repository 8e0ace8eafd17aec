import { describe, expect, it } from 'vitest';
import { detectPhi } from '../../src/deid/detect.js';

// Invented notes of one class (src/deid/free-text/place-shapes.ts states, TOWN_STATE_GOES_ON_RE):
// the state code after a town found and its comma closes the place before a date written as ISO
// or with an ordinal day, as it does before a lower-case word.
const places = (text: string) =>
  detectPhi(text, undefined, { model: null })
    .filter((s) => s.category === 'LOCATION')
    .map((s) => text.slice(s.start, s.end));

describe('a state after a town, before a date', () => {
  it.each([
    ['Moved to Quonset, RI 2025-03-08 with her son.', 'RI'],
    ['Pt will stay with son in Tollerby, VT 16th of May onward.', 'VT'],
    ['Lives in Brackwater, NH 3rd floor walk-up.', 'NH'],
  ])('%j', (text, state) => {
    expect(places(text)).toContain(state);
  });
});

describe('a code after a word that is no town found', () => {
  it.each([
    ['Seen by Ana Roe, PA 2025-03-08 in clinic.', 'PA'],
    ['Rhythm: sinus, VT 3rd episode today.', 'VT'],
    ['Hx: NSTEMI, MI 2nd event.', 'MI'],
  ])('%j', (text, code) => {
    expect(places(text)).not.toContain(code);
  });
});
