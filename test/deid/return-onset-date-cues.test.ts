import { describe, expect, it } from 'vitest';
import { detectPatterns } from '../../src/deid/patterns.js';

const dates = (text: string) => detectPatterns(text).filter((s) => s.category === 'DATE').map((s) => text.slice(s.start, s.end));

// Issue 11: returns, onsets, requests, fills and records are dated by their day, so a short pair ("9-16", "3/3")
// right after one of these words is a date even where its numbers would read as a range or a small grade
// (rules/en/deid-numeric-contexts.yaml dateCues). A unit or count after the pair still keeps it. Every example is invented.
describe('a short pair after a return, onset, request or record word', () => {
  it.each([
    ['Plan: RTC 7-19 w/ Dr. Olsen.', '7-19'],
    ['rtw 11/12 full duty', '11/12'],
    ['CLEARED TO RETURN 2/4 IF AFEBRILE', '2/4'],
    ['Onset 4/4; rash spread to trunk', '4/4'],
    ['shower chair requested 6-10. Skin intact', '6-10'],
    ['screening completed 3-9; no exposures', '3-9'],
    ['dictated 5/6, typed 5-8 lmk', '5-8'],
    ['lisinopril -- last fill 2-11 at the mail pharmacy', '2-11'],
    ['insulin pens filled 1/3 (30 days)', '1/3'],
    ['Last BM 2/2. Abd soft', '2/2'],
    ['visit rescheduled to 3-7 per daughter', '3-7'],
    ['APPT MOVED UP TO 9-14. SCALE GIVEN', '9-14'],
    ['eligibility met as of 12-10. Letter given', '12-10'],
  ])('%s → %s', (text, day) => {
    expect(dates(text)).toContain(day);
  });
  it.each([
    ['return of 4/5 strength in the deltoid', '4/5'],
    ['completed 2/3 doses of the series', '2/3'],
    ['RTC 2-3 weeks', '2-3'],
    ['onset 1/2 hour after the meal', '1/2'],
    ['requested 1-2 tabs for pain', '1-2'],
  ])('keeps the value in %s', (text, pair) => {
    expect(dates(text)).not.toContain(pair);
  });
});
