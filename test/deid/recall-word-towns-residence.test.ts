import { describe, expect, it } from 'vitest';
import { detectPhi } from '../../src/deid/detect.js';

// Invented notes of one class (src/deid/free-text/place-shapes.ts wordTownAfterResidence,
// deid-place-cues.yaml originCues.notPlaces): right after a verb of residence or origin and "in" or
// "from", one word that a name list holds though it is also a word, closing its part, is the town,
// written in the note's case or in lower case; the words that say how a person lives are not.
const spans = (text: string) => detectPhi(text, undefined, { model: null }).map((s) => text.slice(s.start, s.end));

describe('a town named for a word after a verb of residence', () => {
  it.each([
    ['Pt lives in bountiful; son drives him 30 min to clinic.', 'bountiful'],
    ['LIVES IN PARADISE W/ SISTER, 2 STEPS TO ENTER.', 'PARADISE'],
    ['pt lives in goodwill, independent with adls.', 'goodwill'],
    ['Resides in Providence with wife.', 'Providence'],
  ])('%j', (text, town) => {
    expect(spans(text)).toContain(town);
  });
});

describe('how a person lives, and clinical words, after the same verbs', () => {
  it.each([
    ['Pt lives in fear of falling again.', 'fear'],
    ['Lives in poverty; SW consulted.', 'poverty'],
    ['He lives in hope, per wife.', 'hope'],
    ['Pt lives in denial about drinking.', 'denial'],
    ['Lives in town with daughter.', 'town'],
    ['Lives in harmony with her neighbours.', 'harmony'],
  ])('%j', (text, word) => {
    expect(spans(text)).not.toContain(word);
  });
});
