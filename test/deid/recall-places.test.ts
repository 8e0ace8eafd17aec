import { describe, expect, it } from 'vitest';
import { detectFreeTextNames } from '../../src/deid/free-text-names.js';

const places = (text: string) =>
  detectFreeTextNames(text)
    .filter((s) => s.category === 'LOCATION' || s.category === 'INSTITUTION')
    .map((s) => text.slice(s.start, s.end));

describe('facility and region phrases', () => {
  it('finds a facility stem in any case with the head words after it', () => {
    expect(places('Pt slated to go to rehab(good samaritan Memorial) today, bed available.')).toEqual(['good', 'samaritan', 'Memorial']);
    expect(places('PT IS PREPARED TO GO TO ST. JOSEPH HOSPITAL TODAY.')).toEqual(['ST', 'JOSEPH', 'HOSPITAL']);
  });

  it('finds a region smaller than a state and "University of X"', () => {
    expect(places('Family drove in from the Cape Cod house overnight.')).toEqual(['Cape', 'Cod']);
    expect(places('PT ADMITTED FROM UNIVERSITY OF DELAWARE MEDICAL YESTERDAY.')).toEqual(expect.arrayContaining(['UNIVERSITY', 'OF', 'DELAWARE', 'MEDICAL']));
  });

  it('finds a proper noun before "area" / "county" in mixed-case text, not an ordinary word', () => {
    expect(places('Lives in a shelter in the Glenbrook area.')).toContain('Glenbrook');
    expect(places('Pain in the chest area and Groin area.')).toEqual([]);
  });

  it('leaves "sacred" and "heart" alone when they do not form the phrase', () => {
    expect(places('Heart rate regular. The sacred duty of care.')).toEqual([]);
  });

  it('leaves states and countries after a place preposition alone (not Safe Harbor identifiers)', () => {
    const text = 'dtr has children in new hampshire and maine, retires to florida. Wife called from Bermuda.';
    expect(detectFreeTextNames(text).map((s) => text.slice(s.start, s.end))).toEqual([]);
  });

  it('finds a town that is also an eponym after a residence verb, not the eponym elsewhere', () => {
    expect(places('CONTACT A 3RD BROTHER WHO LIVES IN HAMPTON, SO FAR UNSUCCESSFUL.')).toEqual(['HAMPTON']);
    expect(places('cxr shows a hampton hump at the right base.')).toEqual([]);
  });

  it('takes a capital state code right before "Hospital" in a mixed-case note, not "IN HOSPITAL"', () => {
    expect(places('Pt admitted from NJ Hospital at 1900.')).toEqual(['NJ', 'Hospital']);
    expect(places('A:TIRED OF BEING IN HOSPITAL. RESPONDING TO DOPA.')).toEqual([]);
  });
});

describe('places by facility, employer, saint and plan cues', () => {
  it('finds the town a facility stands in', () => {
    expect(places('Pt admitted from Calder Memorial Hospital in Mossbank yesterday.')).toContain('Mossbank');
    expect(places('Came from the VA in Trenby last week.')).toContain('Trenby');
    expect(places('Family sitting in the hospital in tears.')).toEqual([]);
  });

  it('finds an employer or a named business, not an ordinary phrase', () => {
    expect(places('he works for zorvik health and is anxious.')).toEqual(['zorvik', 'health']);
    expect(places('Worried about his business Zentrova today.')).toEqual(['Zentrova']);
    expect(places('she works at home and for the city.')).toEqual([]);
  });

  it('finds a saint facility and a district city after a place cue', () => {
    expect(places('Social: had a bed @ St B. but needs rescreening.')).toEqual(['St', 'B']);
    expect(places('Proxy is her niece who lives in DC.')).toEqual(['DC']);
  });

  it('finds a ward with its room number or floor, or glued to a building word', () => {
    expect(places('pt transferred to 412 harrowgate.')).toEqual(['harrowgate']);
    expect(places('PLAN: HARROWGATE 3 WHEN BED AVAILABLE.')).toEqual(['HARROWGATE']);
    expect(places('Plan: Lopressor 25 po bid.')).toEqual([]);
    expect(places('states she is in the ("HarrowgateBuilding") today')).toEqual(['HarrowgateBuilding']);
  });
});

describe('places: what is not a place', () => {
  it.each([["CARDIAC: d/c'd zorvaline w/ increased svr."], ['Plan to be transferred to hospice as permitted.'], ['PATIENT SEEN BY NSICU TEAM THIS AM.'], ['urology able to reinsert 30 french foley.']])('finds no place in %j', (text) => {
    expect(places(text)).toEqual([]);
  });
});

describe('places: towns that are also first names', () => {
  it('finds the town before a role word, not an eponym device', () => {
    expect(places('Boston resident, retired.')).toEqual(['Boston']);
    expect(places('anderson tubes not in unit.')).toEqual([]);
  });
});

describe('places: counties', () => {
  it('finds "<Name> County" anywhere in a mixed-case note', () => {
    expect(places('Transferred from a hospital in Cook County last week.')).toContain('Cook');
  });
});

describe('places: large health systems', () => {
  it('finds health-system names of the facility lexicon', () => {
    expect(places('Outside images from Ochsner and Baptist Health South Florida.')).toEqual(expect.arrayContaining(['Ochsner', 'Baptist', 'Health']));
  });
});
