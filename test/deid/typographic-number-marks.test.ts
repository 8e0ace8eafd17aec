import { describe, expect, it } from 'vitest';
import { detectPhi } from '../../src/deid/detect.js';
import { foldNumberPunctuation } from '../../src/deid/fold-text.js';
import { surrogateFor, type SurrogateContext } from '../../src/deid/surrogates.js';

// Word processors and generated text write dashes and slashes between digits as typographic marks
// (en dash, non-breaking hyphen, minus sign, fraction slash, full-width forms). The number layers read
// them as the ASCII marks. Invented numbers and dates.
const found = (text: string) => detectPhi(text).map((s) => `${s.category}:${text.slice(s.start, s.end)}`);

describe('a phone number or a date written with typographic marks between its digits', () => {
  it.each([
    ['Call the son at 555\u2013318\u20134402 after rounds.', 'PHONE:555\u2013318\u20134402'],
    ['Wife: 555\u2011640\u20119921 (cell)', 'PHONE:555\u2011640\u20119921'],
    ['Clinic fax 555\u2012207\u20131180.', 'PHONE:555\u2012207\u20131180'],
    ['Admitted 4\u201322\u20132025 with cellulitis.', 'DATE:4\u201322\u20132025'],
    ['Echo done 2025\u201009\u201014, EF 55%.', 'DATE:2025\u201009\u201014'],
    ['Seen 9\u204416\u20442025 in clinic.', 'DATE:9\u204416\u20442025'],
    ['Seen \uff19/\uff11\uff16/\uff12\uff10\uff12\uff15 in clinic.', 'DATE:\uff19/\uff11\uff16/\uff12\uff10\uff12\uff15'],
    ['DOB: 02\u221211\u22121961', 'DATE:02\u221211\u22121961'],
  ])('%j', (text, want) => {
    expect(found(text)).toContain(want);
  });
});

describe('not a date or a phone: typographic marks in measurements and ranges', () => {
  it.each([
    'Pain 3\u20135/10, improved from yesterday.',
    'BP 118\u204476, HR 72.',
    'Walks 10\u201315 minutes twice a day.',
    'Temp 37.2\u201337.9 overnight.',
    'Scored 24\u201430 on the MoCA.',
    'Take 1\u20442 tab at night.',
  ])('%j', (text) => {
    expect(found(text).filter((f) => f.startsWith('DATE') || f.startsWith('PHONE'))).toEqual([]);
  });
});

describe('foldNumberPunctuation', () => {
  it('keeps the length and folds only marks between digits', () => {
    const text = 'Range 3\u20135 and May\u2013June, \u2014 then 555\u2013318\u20134402 and \uff17';
    const folded = foldNumberPunctuation(text);
    expect(folded.length).toBe(text.length);
    expect(folded).toBe('Range 3-5 and May\u2013June, \u2014 then 555-318-4402 and 7');
  });
  it('returns ASCII text as it is', () => {
    const text = 'Seen 4/22/2025.';
    expect(foldNumberPunctuation(text)).toBe(text);
  });
});

describe('the surrogate of a date with typographic marks', () => {
  const ctx: SurrogateContext = { key: 'k', scope: 'scope-0002', shiftDays: -30, refYear: 2025, avoid: new Set() };
  it('is the ASCII date shifted, written with the original marks', () => {
    expect(surrogateFor('DATE', '4\u201322\u20132025', ctx)).toBe(surrogateFor('DATE', '4-22-2025', ctx).replace(/-/g, '\u2013'));
    expect(surrogateFor('DATE', '2025\u201009\u201014', ctx)).toBe(surrogateFor('DATE', '2025-09-14', ctx).replace(/-/g, '\u2010'));
    expect(surrogateFor('DATE', '2025\u201009\u201014', ctx)).not.toContain('09\u201014');
  });
});
