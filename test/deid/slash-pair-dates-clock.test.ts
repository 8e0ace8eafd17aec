import { describe, expect, it } from 'vitest';
import { detectPhi } from '../../src/deid/detect.js';
import { surrogateFor, type SurrogateContext } from '../../src/deid/surrogates.js';

const dates = (text: string) =>
  detectPhi(text)
    .filter((s) => s.category === 'DATE')
    .map((s) => text.slice(s.start, s.end));

describe('a pair after a test name is its day when the test’s time or result follows', () => {
  it.each([
    ['ABG 12/3 0400 7.35/40/80', '12/3'],
    ['ABG 11/28 7.41/38/92 on 2L', '11/28'],
    ['VBG (4/9 @ 2210): 7.29/55', '4/9'],
    ['hct 2/15: 28/9.1', '2/15'],
    ['WBC 6/21 at 0600 was 14', '6/21'],
  ])('%j', (text, want) => {
    expect(dates(text)).toContain(want);
  });

  it.each(['ABG 7.3/45 on 40%', 'hct 9/12', 'ABG 7/40 at 0400'])('a value stays: %j', (text) => {
    expect(dates(text)).toEqual([]);
  });
});

describe('a clock half glued to the day closes the pair', () => {
  it.each([
    ['VANC LEVEL 12/3AM 15', '12/3AM'],
    ['12/3pm dose held for SBP 88', '12/3pm'],
    ['K 3.1 on 4/17PM, repleted', '4/17'],
  ])('%j', (text, want) => {
    expect(dates(text).some((d) => d.startsWith(want))).toBe(true);
  });

  it('is kept as written by the surrogate while the day shifts', () => {
    const ctx: SurrogateContext = { key: 'k', scope: 'scope-0001', shiftDays: 5, refYear: 2023, avoid: new Set() };
    expect(surrogateFor('DATE', '12/3AM', ctx)).toBe('12/8AM');
    expect(surrogateFor('DATE', '12/3 PM', ctx)).toBe('12/8 PM');
    expect(surrogateFor('DATE', '4/17p.m.', ctx)).toBe('4/22p.m.');
  });

  it.each(['1/2 tab at 3PM', 'Amp 5/5Amp'])('a fraction or a time alone is no date: %j', (text) => {
    expect(dates(text)).toEqual([]);
  });
});

describe('a one-letter word closing a slash abbreviation is no value word', () => {
  it.each([
    ['foley d/c 12-3', '12-3'],
    ['CVL D/C 11-28, TIP SENT', '11-28'],
    ['PICC d/c 10-14, tip cultured', '10-14'],
  ])('%j', (text, want) => {
    expect(dates(text)).toContain(want);
  });

  it.each(['C 5-6 fusion planned', 'T 4-5 level', 'q 4-6 h prn', 'x 2-3 days'])('the letter alone still is: %j', (text) => {
    expect(dates(text)).toEqual([]);
  });
});
