import { describe, expect, it } from 'vitest';
import { detectPhi } from '../../src/deid/detect.js';

// Invented notes of one class (src/deid/free-text/word-towns.ts homeBracketTowns): in a mixed-case
// note, a named home ("<Name> House", "<Name> Residence") after "at", then one to three capitalised
// words alone in a bracket: the bracket is the home's town. A bracket that says how or what stays.
const places = (text: string) =>
  detectPhi(text, undefined, { model: null })
    .filter((s) => s.category === 'LOCATION' || s.category === 'INSTITUTION')
    .map((s) => text.slice(s.start, s.end));

describe('the town in brackets after a named home', () => {
  it.each([
    ["Group home: pt resides at Copperbeech Women's Residence (Tarnby); manager on site.\nStable.", 'Tarnby'],
    ['Pt lives at Orrin House (Quillow) with two housemates.\nStable.', 'Quillow'],
    ['Placement: staying at Wexmoor Home (Dunvarrow) since May.\nStable.', 'Dunvarrow'],
  ])('%j', (text, town) => {
    expect(places(text)).toContain(town);
  });
});

describe('brackets after a home that name no town', () => {
  it.each([
    ['Dispo: back to Sunrise House (assisted living).\nStable.', 'assisted living'],
    ['Seen at Home (Independent) today.\nStable.', 'Independent'],
    ['Lives at Maple House (Memory Care unit).\nStable.', 'Memory Care'],
    ['Pt discharged to home (Quillow).\nStable.', 'Quillow'],
  ])('%j', (text, words) => {
    expect(places(text)).not.toContain(words);
  });
});
