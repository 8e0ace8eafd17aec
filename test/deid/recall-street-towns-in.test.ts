import { describe, expect, it } from 'vitest';
import { detectPhi } from '../../src/deid/detect.js';

// Invented notes of one class (src/deid/free-text/address-towns.ts): the town after a street with
// its house number, opened by a comma or by "in", and followed by the rest of the residence line
// ("when …", "at 3 am", "and …"); right after a street a town is what stands there, even a town
// named for an ordinary word.
const spans = (text: string) => detectPhi(text, undefined, { model: null }).map((s) => text.slice(s.start, s.end));

describe('the town after a street address', () => {
  it.each([
    ['Burned while cooking at 4417 Quarrystone Blvd, Ledger when the oxygen tubing ignited.', 'Ledger'],
    ['Found walking on 2230 Millrace Ln in Tollerby at 3 am by police.', 'Tollerby'],
    ['STAYING AT A FRIEND\'S ON 7710 HAWTHORN AVE IN BRISTLECONE UNTIL MAR. 25.', 'BRISTLECONE'],
    ['Fire at 918 Lantern Way, Harvest and the family escaped.', 'Harvest'],
  ])('%j', (text, town) => {
    expect(spans(text)).toContain(town);
  });
});

describe('what stands after a street and is no town', () => {
  it.each([
    ['Lives at 12 Oak St in town with her son.', 'town'],
    ['Lives at 12 Oak St, alone with cat.', 'alone'],
    ['Moved to 40 Birch Rd in winter when the lease ended.', 'winter'],
    ['Home at 77 Pine Ave, upstairs and has 14 steps.', 'upstairs'],
  ])('%j', (text, word) => {
    expect(spans(text).join(' ')).not.toContain(word);
  });
});

describe('how the person is after a street and "in"', () => {
  it.each([
    ['lives at 88 heron way in pain, cannot climb stairs.', 'pain'],
    ['Lives at 5 Elm Rd in good spirits today.', 'good'],
  ])('%j', (text, word) => {
    expect(spans(text).join(' ')).not.toContain(word);
  });
});
