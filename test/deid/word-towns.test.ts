import { describe, expect, it } from 'vitest';
import { rulePlaces } from './rule-spans.js';

// Invented notes of one class (src/deid/free-text/word-towns.ts, rules/en/deid-place-cues.yaml
// wordTowns): a town named for an ordinary word where only a town stands, after a word of residence
// and a preposition of place, or after a person or a verb of travel and "from", closing its phrase.
describe('a town named for a word where only a town stands', () => {
  it.each([
    ['pt lives in thimble; wife drives.', ['thimble']],
    ['PT LIVES IN PARSNIP, RETIRED MINER.', ['PARSNIP']],
    ['Lives alone in Bramble.', ['Bramble']],
    ['lives on farm nr lantern, ~20 mi from clinic', ['lantern']],
    ['lives w/ son outside kettle, no running water', ['kettle']],
    ['PT FROM WAGON, LONG HAUL DRIVER', ['WAGON']],
    ['pt from saddle; lives w/ niece', ['saddle']],
    ['here w/ sister, who drove in from lantern', ['lantern']],
    ['resides in copper hill with daughter', ['copper', 'hill']],
    ['rx sent to main st pharmacy in ember 555-0142', ['ember']],
    ['Refills: Harlan Drug in Thistle (555) 201-8890', ['Thistle']],
  ])('%j', (text, town) => {
    expect(rulePlaces(text)).toEqual(town);
  });
});

describe('kinds of place, dwellings and states of living in the same position', () => {
  it.each([
    'lives in apartment, 2nd floor walk-up',
    'PT LIVES IN TRAILER W/ SPOUSE',
    'pt from home; no falls',
    'Pt from ED, admitted to 4W.',
    'pt lives in fear of eviction.',
    'lives alone in town, daughter nearby.',
    'husband drove in from work.',
    'sent home in wheelchair.',
    'retired from teaching, enjoys gardening',
    'called from car, poor signal.',
    'lives in Texas, here visiting',
    'pt lives in squalor; APS notified.',
    'wishes to remove pt from respirator.',
    'will wean pt from vent, then extubate',
    'support group in person weekly',
    'rx sent to pharmacy in error, recalled',
    'home health services in place, 555-0100',
  ])('%j', (text) => {
    expect(rulePlaces(text)).toEqual([]);
  });
});

// The same file's bracket shape: a town alone in brackets right after the home a visit is at.
describe('the town in a bracket after the home a visit is at', () => {
  it.each([
    ['Visit 3/4: at pt home (Harrowgate), 2nd floor apt', ['Harrowgate']],
    ['seen at client residence (Quarry Hill) with aide', ['Quarry', 'Hill']],
    ['AT PT HOME (BRENNOCKTON), RAMP IN PLACE', ['BRENNOCKTON']],
  ])('%j', (text, town) => {
    expect(rulePlaces(text)).toEqual(town);
  });
  it.each(['d/c home (Independent)', 'Lives at home (Alone)', 'at pt home (Assisted), walker', 'D/C HOME (INDEPENDENT)', 'at pt home (see above)'])('%j', (text) => {
    expect(rulePlaces(text)).toEqual([]);
  });
});
