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
