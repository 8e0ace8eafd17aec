import { describe, expect, it } from 'vitest';
import { detectPhi } from '../../src/deid/detect.js';

const found = (text: string, cat?: string) =>
  detectPhi(text, undefined, { profile: 'balanced' })
    .filter((s) => cat === undefined || s.category === cat)
    .map((s) => text.slice(s.start, s.end));

// Session 26: where a remote visit's patient or clinician is (visit-locations.ts, deid-place-cues.yaml
// visitLocations); suppliers, prisons and custody facilities by their heads, a study's sponsor and CRO
// fields (deid-place-cues.yaml organisations). Every example is invented.
describe('the place of a video or phone visit', () => {
  it.each([
    ['Pt physically in Vermont at time of visit (confirmed).', ['Vermont']],
    ['Pt physically in OH at time of visit.', ['OH']],
    ['PT PHYSICALLY IN MI AT TIME OF VISIT.', ['MI']],
    ['Patient located at home in Quarry Bend, NH; provider at clinic.', ['Quarry Bend', 'NH']],
    ['Joined from home in Harmony, WI at 10:05.', ['Harmony', 'WI']],
    ['Location of provider: clinic office, Welcome', ['Welcome']],
    ['Location of patient: parked car, Tollerby, Maine', ['Tollerby', 'Maine']],
  ])('%j', (text, places) => {
    expect(found(text)).toEqual(expect.arrayContaining(places));
  });

  it.each([
    'Pt connecting from the nurse office at school.',
    'Mass located in the left upper lobe.',
    'Location of patient: home',
    'Pain located in Right Lower Quadrant.',
  ])('no place: %j', (text) => {
    expect(found(text, 'LOCATION')).toEqual([]);
  });
});

describe('suppliers, custody facilities and study sponsors', () => {
  it.each([
    ['HOME O2 2 LPM VIA HARBOR LIGHT RESPIRATORY SUPPLY SINCE 2024', 'HARBOR LIGHT RESPIRATORY SUPPLY'],
    ['called northgate medical supplies about the regulator', 'northgate medical supplies'],
    ['Seen at Pellham Creek Correctional Facility sick call.', 'Pellham Creek'],
    ['transport by Ashby County Jail van', 'Ashby County Jail'],
    ['Sponsor: Tavira Therapeutics   CRO: Lindqvist Research', 'Tavira Therapeutics'],
    ['Sponsor: Tavira Therapeutics   CRO: Lindqvist Research', 'Lindqvist Research'],
  ])('%j', (text, org) => {
    expect(found(text).some((f) => f.includes(org) || org.includes(f))).toBe(true);
  });

  it.each(['o2 via nasal cannula since admission', 'released from jail last year', 'supply of insulin pens', 'Sponsor: none'])('no organisation: %j', (text) => {
    expect(found(text, 'INSTITUTION')).toEqual([]);
    expect(found(text, 'LOCATION')).toEqual([]);
  });
});

describe('one-case organisations before a two-word head (one-case-compound-orgs.ts)', () => {
  it.each([
    ['SICK CALL -- HARROWDEN CORRECTIONAL FACILITY\nPT: ROE', 'HARROWDEN CORRECTIONAL FACILITY'],
    ['copy to: pinebrook correctional complex; hsa', 'pinebrook correctional complex'],
    ['PATIENT TRANSFERRED, QUILLAN FEDERAL CORRECTIONAL INSTITUTION, SEEN TODAY.', 'QUILLAN FEDERAL CORRECTIONAL INSTITUTION'],
  ])('%j', (text, org) => {
    expect(found(text, 'INSTITUTION')).toContain(org);
  });
  it.each(['RELEASED FROM THE STATE CORRECTIONAL FACILITY LAST YEAR', 'SENT TO HIS LOCAL CORRECTIONAL FACILITY', 'needs home medical equipment'])('no organisation: %j', (text) => {
    expect(found(text, 'INSTITUTION')).toEqual([]);
  });
});
