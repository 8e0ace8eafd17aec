import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { detectPatterns } from '../../src/deid/patterns.js';
import { NumericContextsSchema, readDeidRules } from '../../src/deid/rules/deid-rules.js';
import { isRadlabelError } from '../../src/errors/index.js';

const dates = (text: string) => detectPatterns(text).filter((s) => s.category === 'DATE').map((s) => text.slice(s.start, s.end));

// Issue 11: month/day pairs are dates by default; only the numeric contexts of
// rules/en/deid-numeric-contexts.yaml keep them. Every example below is invented.
describe('month/day pairs are dates by default', () => {
  it.each([
    ['line placed 6/2, flushes well', '6/2'],
    ['plan to wean 1/19 if stable', '1/19'],
    ['last stool 5/7.', '5/7'],
    ['vanco given 2/3 - 2/9', '2/3'],
    ['vanco given 2/3 - 2/9', '2/9'],
    ['HPI:11/4 fall at home', '11/4'],
    ['cxr 8/14 clear', '8/14'],
    ['extubated 3-11 and did well', '3-11'],
    ['Repeat echo 9/27- EF 35%', '9/27'],
    ['drain pulled 12-19; site clean', '12-19'],
    ['CT head 4/22 negative', '4/22'],
    ['foley changed on 3-11', '3-11'],
    // A small proper fraction is a date only after an event cue (asked for such pairs alone).
    ['port implanted 1/3 without issue', '1/3'],
    ['PMH: MI 88\', HTN', "88'"],
    ['CABG X3 97\'.', "97'"],
    ['quit smoking 85\'', "85'"],
  ])('%s → %s', (text, date) => {
    expect(dates(text)).toContain(date);
  });
});

describe('month/day-shaped values in numeric contexts stay', () => {
  it.each([
    'BP 110/70 and HR 88',
    'bp 12/8 on the monitor', // an invented pair that is a valid month/day
    'PS 10/5, PEEP 5',
    'vent settings AC 12/5',
    'Motor strength 4/5 in the left arm',
    'strength 5/5 throughout',
    'Pain 6/10 at rest',
    'c/o 7/10 chest pain',
    'CT ratio 12/19 on the film',
    'Lesion 3/4 cm in the upper lobe',
    'Give 1/2 tab at night',
    'crackles 1/3 up bilaterally',
    'on levo day 4/10 for the pneumonia',
    'CVP 12-16, PAD 9-15',
    'RR 10-18 when sedated',
    'Weaned from 4-6 L NC',
    'on 2-3 liters nasal cannula',
    '3-11 shift uneventful',
    'NPN 11-7',
    'walked 50\' with PT',
    'HOB 30\' at all times',
    '+3/6 SEM at the apex',
    'grade 2/3 murmur',
  ])('%s', (text) => {
    expect(dates(text)).toEqual([]);
  });
});

describe('the numeric contexts are data checked on load', () => {
  it('names the file and the key of a bad entry', () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'deid-rules-'));
    const file = path.join(dir, 'deid-numeric-contexts.yaml');
    writeFileSync(file, 'language: en\nversion: "1"\nslash: { before: [bp] }\n');
    try {
      readDeidRules(file, NumericContextsSchema);
      expect.unreachable();
    } catch (e) {
      expect(isRadlabelError(e, 'RULES_INVALID')).toBe(true);
      expect((e as { locator?: { file?: string } }).locator?.file).toBe(file);
      expect((e as Error).message).toMatch(/slash\.(?:after|tests)|hyphen|dateCues|apostropheYear/);
    }
  });
});

// Classes found by scoring held-out folds with their dates rewritten into other forms (issue 11).
// A small fraction ("1/3", "3/4") at either end of a hyphenated range of pairs is a day when the
// other end is no small fraction: the range is one of days. Two small fractions stay a dose.
describe('small fractions at either end of a range of days', () => {
  it.each([
    ['Dates of stay: 12/28 - 1/3', '1/3'],
    ['abx 11/29-1/2, afebrile since', '1/2'],
    ['held 1/1-1/4, then resumed', '1/4'],
    ['coumadin held 12/30/2019 - 1/2 for the procedure', '1/2'],
    ['vanco 1/3 - 1/12 per ID', '1/3'],
    ['ICU stay 3/4-3/11', '3/4'],
  ])('%s → %s', (text, date) => {
    expect(dates(text)).toContain(date);
  });
  it.each(['give 1/4 - 1/2 tab at bedtime', 'wound 1/2 - 3/4 inch deep', 'takes 1/3-2/3 of meals', 'strength 5/5 - 4/5 and 1/2 - 3/4 effort'])('keeps %s', (text) => {
    expect(dates(text)).toEqual([]);
  });
});

describe('small equal pairs inside a range and month-of apostrophe years', () => {
  it.each([
    ['restart Coumadin on 4/4 - 4/5, no orders yet', '4/4'],
    ['heparin held 3/1-3/3 for the procedure', '3/3'],
    ['abx 2/2 - 2/9 completed', '2/2'],
    ['held 1/1-1/4, then resumed', '1/1'],
  ])('%s → %s', (text, date) => {
    expect(dates(text)).toContain(date);
  });

  it.each([
    ['in march of 01\' pt was admitted', "01'"],
    ['since June of 99\' no further falls', "99'"],
    ['DX IN OCTOBER OF 07\' AT OUTSIDE HOSP', "07'"],
  ])('%s → %s', (text, year) => {
    // The span may hold the month too ("march of 01'").
    expect(dates(text).some((d) => d.endsWith(year))).toBe(true);
  });

  it.each([
    'motor strength 5/5 - 4/5 in the left arm',
    'strength 5/5 throughout, sensation intact',
    'pulses 2/2 bilat, cap refill brisk',
    'the top of 30\' of tubing',
    'walked 50\' x2 with PT',
  ])('keeps %s', (text) => {
    expect(dates(text)).toEqual([]);
  });
});
