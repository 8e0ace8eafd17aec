import { describe, expect, it } from 'vitest';
import { detectPhi } from '../../src/deid/detect.js';

// Invented notes of one class (src/deid/free-text/word-towns.ts): a town named for a word, or a
// particle and a word (deid-place-cues.yaml wordTowns.particles), after "from" with a bracket of
// birth or of the country alone right after it, or after a word of residence and "in", is where
// the person is from or lives.
const places = (text: string) =>
  detectPhi(text, undefined, { model: null })
    .filter((s) => s.category === 'LOCATION' || s.category === 'INSTITUTION')
    .map((s) => text.slice(s.start, s.end));

describe('a town after "from" with a bracket of origin, or a particle town', () => {
  it.each([
    ['Pt is a 52 y/o M from Prosper (born ghana, village of Ada)', 'Prosper'],
    ['PT IS A 61 Y/O F FROM TRUCE (BORN CHILE) WITH FEVER', 'TRUCE'],
    ['78F ORIGINALLY FROM VELLAMPATTI (INDIA), IN THE US SINCE 1990', 'VELLAMPATTI'],
    ['# dispo: lives w/ niece in la mirada. pt/ot recs home', 'la mirada'],
    ['pt is from el cajon (born 1961), retired', 'el cajon'],
  ])('%j', (text, town) => {
    expect(places(text)).toContain(town);
  });
});

describe('what stands there and is no town', () => {
  it.each([
    ['Transferred from ED (born 1950 per chart)', 'ED'],
    ['Pt is a 52 y/o M from home (born in Ohio)', 'home'],
    ['weaned from vent (born premature)', 'vent'],
    ['lives in la. with family', 'la'],
    ['Tolerating diet from la carte menu', 'la carte'],
  ])('%j', (text, word) => {
    expect(places(text)).not.toContain(word);
  });
});
