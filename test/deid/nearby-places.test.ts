import { describe, expect, it } from 'vitest';
import { rulePlaces } from './rule-spans.js';

// Invented notes of one class (src/deid/free-text/nearby-places.ts, rules/en/deid-place-cues.yaml
// nearbyPlaces): a town written as a name no vocabulary holds after "near" or "outside", closing its phrase.
describe('a town after a preposition of nearness', () => {
  it.each([
    ['Lodging in rural villages outside Tamale; group leader L. Medina.', ['Tamale']],
    ['Will visit monkey forest near Kathmandu.', ['Kathmandu']],
    ['MVC on the interstate near Quillby Falls, restrained driver.', ['Quillby', 'Falls']],
    ['pt lives outside quillby with son', ['quillby']],
    ['Hiking nr Brennock (3 days) before onset of fever.', ['Brennock']],
  ])('%j', (text, town) => {
    expect(rulePlaces(text)).toEqual(town);
  });
});

describe('eponyms, devices, anatomy and slips after "near"', () => {
  it.each([
    'Tenderness near McBurneys point.',
    "Pain near McBurney's point.",
    'Lesion near Foley site.',
    'Fracture near Lisfranc joint.',
    'Skin tear near Tegaderm edge.',
    'Mass near L1.',
    'near shouldr pain, worse at night',
  ])('%j', (text) => {
    expect(rulePlaces(text)).toEqual([]);
  });
});
