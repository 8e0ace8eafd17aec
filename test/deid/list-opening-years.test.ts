import { describe, expect, it } from 'vitest';
import { detectPatterns } from '../../src/deid/patterns.js';

const dates = (text: string) => detectPatterns(text).filter((s) => s.category === 'DATE').map((s) => text.slice(s.start, s.end));

// Issue 11: a bare year that opens an item of a history list (after its bullet, before the condition or
// procedure it dates) is a date; lists of past anaesthetics, surgeries and operations are history lists
// too. Outside such a list a number opening an item may be a clock time. Every example is invented.
describe('a year opening an item of a history list', () => {
  it.each([
    ['Prior anesthetics:\n- spinal for hernia, uneventful\n- 2012 septoplasty (Harbor Point), GA', '2012'],
    ['PRIOR ANAESTHETICS:\n- 1979 APPENDECTOMY, GA - PONV', '1979'],
    ['Past surgeries:\n* 1988 L TKA, spinal', '1988'],
    ['previous operations:\n1. 2003 lap chole, no issues', '2003'],
    ['Past surgical history:\n- 1966 tonsillectomy as a child', '1966'],
    ['PMH:\n- 2014 R THA revision', '2014'],
  ])('%s → %s', (text, year) => {
    expect(dates(text)).toContain(year);
  });
  it.each([
    'Events:\n- 2015 pt resting, no distress',
    'Plan:\n- 2000 mL fluid restriction',
    'Prior anesthetics:\n- 2010 mL EBL, no transfusion',
    'Overnight:\n- 1930 RN paged for BP',
  ])('keeps %s', (text) => {
    expect(dates(text)).toEqual([]);
  });
});
