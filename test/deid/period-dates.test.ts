import { describe, expect, it } from 'vitest';
import { detectPhi } from '../../src/deid/detect.js';

const dates = (text: string) =>
  detectPhi(text)
    .filter((s) => s.category === 'DATE')
    .map((s) => text.slice(s.start, s.end));

describe('a period word and "of" date the pair after them', () => {
  it.each([
    ['Will see her the week of 12/1.', '12/1'],
    ['Fell on the night of 3/14 at home.', '3/14'],
    ['Traveling the weekend of 7/4.', '7/4'],
    ['Labs drawn the morning of 5/5.', '5/5'],
  ])('%j', (text, want) => {
    expect(dates(text)).toContain(want);
  });

  it.each(['Abx day 3/7 of vancomycin.', 'Strength of 4/5 in the left arm.', 'Take a dose of 1/2 tab.'])('a count or value stays: %j', (text) => {
    expect(dates(text)).toEqual([]);
  });
});

describe('a season or school year spanning two years', () => {
  it.each([
    ['Flu vaccine for the winter 2021-22 season.', '2021-22'],
    ['Missed most of school year 2023/24.', '2023/24'],
    ['Ski season 1999-00 injury.', '1999-00'],
  ])('%j', (text, want) => {
    expect(dates(text).join(' ')).toContain(want);
  });

  it.each(['Range 2021-25 units.', 'Code 2010-12 on the form.'])('two years apart or more is no season: %j', (text) => {
    expect(dates(text).join(' ')).not.toMatch(/20\d\d[-/]\d\d\b/);
  });
});
