import { describe, expect, it } from 'vitest';
import { detectFreeTextNames } from '../../src/deid/free-text-names.js';

// Invented letters (issue 11, session 22): "Re: First M. Last" opening a line names the patient,
// and the name is spread over the letter.
const names = (text: string) =>
  detectFreeTextNames(text, { model: null })
    .filter((s) => s.category === 'NAME')
    .map((s) => text.slice(s.start, s.end));

describe('the patient named on a letter subject line', () => {
  it.each([
    ['Re:  Sky E. Rivers (DOB 3 March 1970)\n\nWe cared for Sky on the ward.', ['Sky', 'E', 'Rivers']],
    ['RE: JOY M. FIELDS, MRN 44120\n\nDEAR COLLEAGUE,', ['JOY', 'M', 'FIELDS']],
    ['re: dawn k. meadows\nthank you for referring her.', ['dawn', 'k', 'meadows']],
    ['Re: Amara T. Okoye-Banks (DOB 2/2/1980)', ['Amara', 'T']],
  ])('%j', (text, expected) => {
    expect(names(text)).toEqual(expect.arrayContaining(expected));
  });

  it('spreads the first name over the letter', () => {
    const text = 'Re: Sky E. Rivers (DOB 3 March 1970)\n\nDear Dr. Lane,\n\nWe cared for Sky on the medicine service.';
    expect(names(text).filter((w) => w === 'Sky').length).toBe(2);
  });

  it.each([
    'Re: Hepatitis B. Serology\nresults attached.',
    'RE: VITAMIN D. LEVELS, REPEAT IN 3 MONTHS',
    'Re: follow up of your visit\nDear Ms. Lane,',
  ])('finds no subject name in %j', (text) => {
    expect(detectFreeTextNames(text, { model: null }).filter((s) => s.source === 're-line')).toEqual([]);
  });
});
