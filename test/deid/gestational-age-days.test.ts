// The days of a gestational age ("37 4/7 wks") are written as a slash pair but are no date; the
// week words close them (rules/en/deid-numeric-contexts.yaml slash.after). Every example is invented.
import { describe, expect, it } from 'vitest';
import { detectPatterns } from '../../src/deid/patterns.js';

const dates = (text: string) => detectPatterns(text).filter((s) => s.category === 'DATE').map((s) => text.slice(s.start, s.end));

describe('the days of a gestational age are no date', () => {
  it.each([
    'G3P2 at 38 3/7 wks, SROM clear',
    'Mira Tolt (29), 34 6/7 weeks, contracting q5',
    'dated by 8 wk US; now 27 2/7 wk',
    'EGA 40 5/7 wks by LMP',
  ])('keeps %s', (text) => {
    expect(dates(text)).toEqual([]);
  });

  it.each([
    ['seen in clinic 4/7, BP 130/84', '4/7'],
    ['EDD 6/9 by early US', '6/9'],
    ['admitted 3/7 for preterm labor', '3/7'],
  ])('%s still dates %s', (text, date) => {
    expect(dates(text)).toContain(date);
  });
});
