import { describe, expect, it } from 'vitest';
import { detectPhi } from '../../src/deid/detect.js';

// Invented notes of one class (src/deid/free-text/place-shapes.ts, streetsAfterLeads; leads and
// suffixes in rules/en/deid-place-cues.yaml, addresses): a street named without its house number
// after "on", "off", "near" …, one to three words and a street suffix.
const places = (text: string) =>
  detectPhi(text, undefined, { model: null })
    .filter((s) => s.category === 'LOCATION' || s.category === 'ADDRESS')
    .map((s) => text.slice(s.start, s.end));

describe('a street named without its house number after a lead', () => {
  it.each([
    ['Meds go to the pharmacy on Tolliver Rd in the village.', 'Tolliver Rd'],
    ['lives in a boarding house on miller road, no stairs', 'miller road'],
    ['MOVED TO A TRAILER NEAR OSPREY LANE LAST YEAR', 'OSPREY LANE'],
    ['Found down on Granite Hill Avenue by a neighbour.', 'Granite Hill Avenue'],
  ])('%j', (text, street) => {
    expect(places(text).join(' ')).toContain(street);
  });
});

describe('the same words that name no street', () => {
  it.each([
    ['walked on the road outside the unit', 'road'],
    ['seen on Monday Dr Ruiz', 'Dr'],
    ['pt on bed rest, will walk on the way back', 'bed rest'],
    ['struck by a car on County Rd 19 near the bridge', 'County Rd'],
    ['placed on Heparin Drive', 'Heparin'],
  ])('%j', (text, word) => {
    expect(places(text).join(' ')).not.toContain(word);
  });
});
