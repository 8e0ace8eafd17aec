import { describe, expect, it } from 'vitest';
import { detectPatterns } from '../../src/deid/patterns.js';

describe('phone numbers in brackets', () => {
  it('finds a bracketed 3-3-4 grouping with a mistyped extra digit, not a bracketed count', () => {
    const text = 'son visited today.(301 273 45166) both met social work. Labs (120 130 14) pending.';
    expect(detectPatterns(text).filter((s) => s.category === 'PHONE').map((s) => text.slice(s.start, s.end))).toEqual(['301 273 45166']);
  });
});

const dates = (text: string) =>
  detectPatterns(text)
    .filter((s) => s.category === 'DATE')
    .map((s) => text.slice(s.start, s.end));

describe('date patterns: glued, dotted-year and hyphenated month-day forms', () => {
  it.each([
    ['s/p pelvic fx4/97, right arm fx 5/97.', '4/97'],
    ['11/21.93 neuro: alert.', '11/21.93'],
    ['He returned to OR on 7-8 for coiling.', '7-8'],
    ['BC FROM 3-5 GREW STAPH.', '3-5'],
    ['Hemodialysis 8/9 or 8/10, monitor resp status.', '8/10'],
    ['Pt going to the OR 6/10 for a CABG.', '6/10'],
    ['SPEAKING FEMALE. 10/10 2WK HX OF PRESSURE.', '10/10'],
  ])('finds the date in %j', (text, date) => {
    expect(dates(text)).toContain(date);
  });

  it.each([['Pain 6/10 at rest.'], ['c/o 8/10 chest pain.'], ['Weaned from 4-6 L NC.'], ['On 2-3 liters nasal cannula.'], ['Given 1/2.5 of the dose.'], ['K+ on 3-4 mg.'], ['ON 5-10 MCG.']])(
    'keeps the range or fraction in %j',
    (text) => {
      expect(dates(text)).toEqual([]);
    },
  );
});

describe('years in history and orientation contexts', () => {
  it.each([
    ['Hx of lung ca s/p lobectomy 1984, now with cough.', '1984'],
    ['PMH: CAD, S/P MI 1996, 1999; HTN.', '1996'],
    ['PMH: CAD, S/P MI 1996, 1999; HTN.', '1999'],
    ['Oriented: says it is 2031 and she is at home.', '2031'],
    ['Chest pain since 2011, worse this week.', '2011'],
    ['PMH: AVR 88, CABG 94, DM.', '88'],
    ['PMH: HTN, NQWMI 07. DM.', '07'],
    ['PMH: Newly diagnosed DM. 05 PTCA to RCA.', '05'],
    ['Pt stated april 2, 1897 then corrected herself.', 'april 2, 1897'],
    ['PICC placed in L AC 12/19, dressing dry.', '12/19'],
  ])('finds the year in %j', (text, date) => {
    expect(dates(text)).toContain(date);
  });

  it.each([
    ['Lasix 40 mg given at 2000, good diuresis.'],
    ['Next PTT due @ 1930.'],
    ['Nursing progress note 1900-0700. Neuro: alert.'],
    ['S/P stent to RCA, +MI ck 2000, stable.'],
    ['PMH: EF 35%, 2 stents, CABG x3.'],
    ['Intake 1900 cc, output 2000 cc.'],
    ['PMH: DM. HCT 28 after 2 units.'],
  ])('keeps the clock time or count in %j', (text) => {
    expect(dates(text)).toEqual([]);
  });
});

describe('patterns: what is not an identifier', () => {
  const all = (text: string) => detectPatterns(text).filter((s) => s.category !== 'TIME').map((s) => `${s.category}:${text.slice(s.start, s.end)}`);
  it.each([['HIBICLENS SOAK AND LOTRIMIN APPLIED, had a lot pain.'], ['follow serial hcts, serial neuro exams.'], ['NEURO: PT APPEARS A@OX3...APPROPRIATE WITH FAMILY.'], ['abg 80/48/7.45.34.7 on these settings.']])(
    'finds nothing in %j',
    (text) => {
      expect(all(text)).toEqual([]);
    },
  );

  it('still finds a serial number with digits and an e-mail address', () => {
    expect(all('Pump serial # AB12345 checked; mail jo.smith@example.org.')).toEqual(expect.arrayContaining(['DEVICE_ID:AB12345', 'EMAIL:jo.smith@example.org']));
  });
});

describe('a chain of numbers joined by slashes or hyphens', () => {
  // Invented: dilution, dose and strength series whose last three numbers read as month/day/year.
  it.each([
    ['Serial dilutions 1/2/4/8/16 all positive.'],
    ['Titres at 1/3/9/27 read.'],
    ['Weaned pressors 1-2-5-10-15 over the night.'],
    ['STRENGTH 3/4/5/10/12 ACROSS TRIALS.'],
  ])('takes no date in %j', (text) => {
    expect(dates(text)).toEqual([]);
  });

  it.each([
    ['DD/DT: 3/2/19/3/4/19', ['3/2/19', '3/4/19']],
    ['D/T 11-03-2021/11-05-2021 ab', ['11-03-2021', '11-05-2021']],
    ['seen 4/6/22, 4/8/22', ['4/6/22', '4/8/22']],
    ['abx 3/5-3/9/22, then off', ['3/5', '3/9/22']],
    ['DD/DT: 6.11.03/06-12-2003', ['06-12-2003', '6.11.03']],
  ])('still takes the dates of %j', (text, expected) => {
    expect(dates(text).sort()).toEqual(expected);
  });
});

describe('a triple of values whose third field is signed', () => {
  // Invented cervical examinations (dilation / effacement / station): the pair is no month and year.
  it.each([['SVE 4/80/-1 at 0400.'], ['cx 2/50/-2, membranes intact'], ['Exam 7/90/+1 by RN'], ['VE: 5/60/-3']])('takes no date in %j', (text) => {
    expect(dates(text)).toEqual([]);
  });

  it('still takes a month and year before a slash and a word', () => {
    expect(dates('MI 4/98/ CABG 6/99.')).toEqual(['4/98', '6/99']);
  });
});
