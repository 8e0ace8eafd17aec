import { describe, expect, it } from 'vitest';
import { detectPhi } from '../../src/deid/detect.js';

const found = (text: string, cat?: string) =>
  detectPhi(text, undefined, { profile: 'balanced' })
    .filter((s) => cat === undefined || s.category === cat)
    .map((s) => text.slice(s.start, s.end));

// Session 26 (residence-brackets.ts): a ZIP code in brackets after a town, the town a relative is in,
// a study's sponsor before or after its protocol number. Every example is invented.
describe('the ZIP code in brackets after a town', () => {
  it.each([
    ['Lives in Quenby (40518).', ['Quenby', '40518']],
    ['lives in marrowdale (61290).\nnext line', ['marrowdale', '61290']],
    ['Moved from Prosper (77012) last year.', ['Prosper', '77012']],
  ])('%j', (text, expected) => {
    expect(found(text)).toEqual(expect.arrayContaining(expected));
  });
  it.each(['weight 212 (96432)', 'labs drawn (10 tubes) in Clinic (12345)', 'CPT code (99213) billed'])('no place: %j', (text) => {
    expect(found(text, 'LOCATION')).toEqual([]);
    expect(found(text, 'ZIP')).toEqual([]);
  });
});

describe('the town a relative is in', () => {
  it.each([
    ['Flew to see her granddaughter in Tollerby.', 'Tollerby'],
    ['Son in Harwick visits monthly.', 'Harwick'],
  ])('%j', (text, town) => {
    expect(found(text)).toContain(town);
  });
  it.each(['Her son in Law visits', 'Daughter in August will visit', 'mother in ICU last year', 'brother in Rehab now'])('no place: %j', (text) => {
    expect(found(text, 'LOCATION')).toEqual([]);
  });
});

describe("a study's sponsor by its protocol number", () => {
  it.each([
    ['STUDY VISIT NOTE - Tavira Therapeutics protocol TAV-201\nSite 12', 'Tavira Therapeutics'],
    ['Protocol QX-ONC-07 (Lindqvist Biologics); IRB approved', 'Lindqvist Biologics'],
    ['study visit note - quorvane bio protocol qb-114', 'quorvane bio'],
  ])('%j', (text, sponsor) => {
    expect(found(text)).toContain(sponsor);
  });
  it.each(['Followed per study protocol v3 today.', 'Per Protocol 12 the dose was held.', 'Sepsis protocol 2 initiated', 'Stroke protocol v2 started'])('no sponsor: %j', (text) => {
    expect(found(text, 'INSTITUTION')).toEqual([]);
  });
});
