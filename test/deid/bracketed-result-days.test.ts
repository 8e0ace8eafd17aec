import { describe, expect, it } from 'vitest';
import { detectPatterns } from '../../src/deid/patterns.js';

const dates = (text: string) => detectPatterns(text).filter((s) => s.category === 'DATE').map((s) => text.slice(s.start, s.end));

// Issue 11: a small equal pair ("5/5") alone is a grade or a setting, but in brackets right after a result
// written with a decimal point or a percent sign it is the day that result was drawn. The value's own word
// must not be a ratio's or a setting's, and ventilator talk nearby keeps the pair a setting. Every example is invented.
describe('small equal pairs in brackets after a result', () => {
  it.each([
    ['Mg 1.8 (6/6) repleted with 2 g IV.', '6/6'],
    ['Last HbA1c 7.9% (3/3) per her PCP.', '3/3'],
    ['Valproate level 64.2 (2/2). LFTs wnl.', '2/2'],
    ['LACTATE 2.1 (4/4), TRENDING DOWN', '4/4'],
    ['ferritin 12.5 (1/1) - started iron', '1/1'],
  ])('%s → %s', (text, day) => {
    expect(dates(text)).toContain(day);
  });
  it.each([
    'Strength 4.5 (5/5) in both legs',
    'FiO2 0.4 (5/5) overnight',
    'PEEP 5 (5/5) on the vent',
    'Grip 5 (5/5) bilaterally',
    'Motor exam (5/5) throughout',
    'Cultures 2/2 bottles positive',
  ])('keeps %s', (text) => {
    expect(dates(text)).toEqual([]);
  });
});
