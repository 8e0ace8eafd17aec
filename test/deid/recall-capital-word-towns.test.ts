import { describe, expect, it } from 'vitest';
import { detectPhi } from '../../src/deid/detect.js';

// Invented notes of one class (src/deid/free-text/capital-word-towns.ts): in a mixed-case note, a
// word a name list holds though it is also a word, capitalised inside a sentence right after "in",
// "near", "nr" or "outside" and closing its phrase, is a town. The same word in lower case, or
// not closing its phrase, or a language or a record's tab, is no town.
const places = (text: string) =>
  detectPhi(text, undefined, { model: null })
    .filter((s) => s.category === 'LOCATION' || s.category === 'INSTITUTION')
    .map((s) => text.slice(s.start, s.end));

describe('a capitalised word-town after a preposition of place', () => {
  it.each([
    ['Pt reports a syncopal spell while mowing the lawn in Thorn; wife called EMS.\nVitals stable.', 'Thorn'],
    ['Rash began while she was staying with her aunt in Ivory.\nNo new soaps.', 'Ivory'],
    ['He hunts deer on a farm near Velvet, no tick bites recalled.\nAfebrile.', 'Velvet'],
    ['Son drove the patient here from his cabin outside Tinder.\nAlert and oriented.', 'Tinder'],
    ['Going to visit family in Glory, VT next week; transient dialysis arranged.\nK 4.1.', 'Glory'],
  ])('%j', (text, town) => {
    expect(places(text)).toContain(town);
  });
});

describe('the same shapes that are no town', () => {
  it.each([
    ['Pt answered all questions in French.\nInterpreter not needed.', 'French'],
    ['Signed consent scanned in Media.\nNo other changes.', 'Media'],
    ['Child struggles in Reading and Math per mother.\nHearing normal.', 'Reading'],
    ['Pt says she lives in harmony with her neighbours.\nMood good.', 'harmony'],
    ['Lives in Meadow View Apartments with her son.\nAmbulates with cane.', 'Meadow'],
    ['Plan reviewed with family.\nIn Glory of the morning pt walked 200 ft.', 'Glory'],
  ])('%j', (text, word) => {
    expect(places(text)).not.toContain(word);
  });
});
