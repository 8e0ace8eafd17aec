import { describe, expect, it } from 'vitest';
import { detectPatterns } from '../../src/deid/patterns.js';

const dates = (text: string) => detectPatterns(text).filter((s) => s.category === 'DATE').map((s) => text.slice(s.start, s.end));

// Issue 11: in a lines / drains list, a pair or a date in brackets after a line, drain or tube is the day it
// was placed, though a word before it names a pressure ("art line"); and a unit written with its value
// ("12 cmH2O") is no ratio's word, so a pair or a date after it is no value of that unit. A bare pressure or
// setting word right before a pair still makes it a value. Every example is invented.
describe('dates after a dated device or a unit with its value', () => {
  it.each([
    ['  L radial art line (4/22) - site clean', '4/22'],
    ['  R FEM A-LINE (11/3) - DSG CHANGED', '11/3'],
    ['  L IJ TLC (9/3), day 4', '9/3'],
    ['  ventriculostomy drain at 12 cmH2O (5/2/26) - dressing dry', '5/2/26'],
    ['  EVD OPEN AT 10 CMH2O 7/19 - CLAMPED FOR CT', '7/19'],
    ['  lumbar drain at 8 cmh2o (03/01/26)', '03/01/26'],
  ])('%s → %s', (text, day) => {
    expect(dates(text)).toContain(day);
  });
  it.each(['art line 10/5 damped', 'PEEP 5 cmH2O, PS 10/5', 'settings cmH2O 10/5/50', 'strength (4/5) in the L arm', 'vent (12/5) overnight'])('keeps %s', (text) => {
    expect(dates(text)).toEqual([]);
  });
});
