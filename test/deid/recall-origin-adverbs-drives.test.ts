import { describe, expect, it } from 'vitest';
import { detectPhi } from '../../src/deid/detect.js';

// Invented notes of one class (src/deid/free-text/place-shapes.ts originCue, deid-place-cues.yaml
// originCues.adverbs and the driving verbs of originCues.weakVerbs): an adverb between a verb of
// residence and its preposition ("lives alone in X") still opens the town; so does a verb of
// driving or commuting before a word no vocabulary holds.
const places = (text: string) =>
  detectPhi(text, undefined, { model: null })
    .filter((s) => s.category === 'LOCATION' || s.category === 'INSTITUTION')
    .map((s) => text.slice(s.start, s.end));

describe('a town after a verb, an adverb and a preposition, or after driving', () => {
  it.each([
    ['lives independently in Quonset, with daughter nearby', 'Quonset'],
    ['Pt currently living alone in Brackwater.', 'Brackwater'],
    ['He moved back from Tollerby, now with son.', 'Tollerby'],
    ['daughter commutes from Zelmont.', 'Zelmont'],
  ])('%j', (text, town) => {
    expect(places(text)).toContain(town);
  });
});

describe('ordinary words in the same places', () => {
  it.each([
    'lives alone in apartment.',
    'lives alone in a house with stairs.',
    'WILL DRIVE FROM HOME',
    'daughter drives to ED.',
    'moved back from recliner to bed.',
  ])('%j', (text) => {
    expect(places(text)).toEqual([]);
  });
});
