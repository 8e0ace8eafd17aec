import { describe, expect, it } from 'vitest';
import { detectFreeTextNames } from '../../src/deid/free-text-names.js';

const zips = (text: string) =>
  detectFreeTextNames(text, { profile: 'balanced', model: null })
    .filter((s) => s.category === 'ZIP')
    .map((s) => text.slice(s.start, s.end));

// Invented addresses of one class (src/deid/free-text/address-zips.ts): after a house number, a
// street (suffix or numbered road), an optional unit and a comma, the town's words and a ZIP code
// closing the part; the town is named for any word.
describe('a ZIP code after a street and a town without a state', () => {
  it.each([
    ['discharge address: 4410 rte 12 lot 7, walnut grove 30415', ['30415']],
    ['Home: 812 Co Rd 9, Harmony 60122', ['60122']],
    ['ADDRESS: 55 MILLRACE LN, APT 2B, COPPER BEND 84411-2210', ['84411-2210']],
    ['lives at 7 Orchard St Unit 4, Saltmarsh 02911.', ['02911']],
    ['mail to 3301 Hwy 41, tinder 71630', ['71630']],
  ])('%j', (text, want) => {
    expect(zips(text)).toEqual(want);
  });
});

describe('five digits after a comma that close no street address', () => {
  it.each([
    'WBC 12.1, platelets 40500',
    'Ref lab order, accession 55123',
    'seen 3 days ago, claim 77812',
    'Room 12, bed 2, MRN 44512',
    'Ambulated 200 ft, steps 10234',
  ])('%j', (text) => {
    expect(zips(text)).toEqual([]);
  });
});
