import { describe, expect, it } from 'vitest';
import { detectNumberShapes, ocrDigitReading } from '../../src/deid/number-shapes.js';
import { detectPhi } from '../../src/deid/detect.js';

const found = (text: string, category: string) =>
  detectNumberShapes(text)
    .filter((s) => s.category === category)
    .map((s) => text.slice(s.start, s.end));

// Session 26: numbers read out by speech recognition or misread by OCR, and pagers after "at". Every example is invented.
describe('phone numbers read digit by digit', () => {
  it.each([
    ['call back number 4 1 2 9 0 3 7 7 5 1', '4 1 2 9 0 3 7 7 5 1'],
    ['their number is 8 0 2 5 5 5 0 1 9 4 period', '8 0 2 5 5 5 0 1 9 4'],
    ['fax to dr. ames at 1 6 1 7 5 5 5 0 1 2 3 comma', '1 6 1 7 5 5 5 0 1 2 3'],
  ])('%j', (text, phone) => {
    expect(found(text, 'PHONE')).toEqual([phone]);
  });
  it.each(['scores 1 2 3 4 5 on the scale', 'grid 1 2 3 4 5 6 7 8 9', 'digits 4 1 2 9 0 3 7 7 5 1 2 3 4 were read back'])('none in %j', (text) => {
    expect(found(text, 'PHONE')).toEqual([]);
  });
});

describe('dates read as three numbers after a time word, and a month with an ordinal word', () => {
  it.each([
    ['she was admitted on 11 12 24 for hyperglycemia', '11 12 24'],
    ['seen today 6 23 26 comma', '6 23 26'],
    ['pain started around 4 15 2021 after the move', '4 15 2021'],
    ['d 3 14 25 t 3/15 0700 job 4411', '3 14 25'],
    ['labs were done on january fifteenth comma', 'january fifteenth'],
    ['last infusion was September twenty-first', 'September twenty-first'],
    ['denied on may first period', 'may first'],
  ])('%j', (text, date) => {
    expect(found(text, 'DATE')).toEqual([date]);
  });
  it.each([
    'gave 2 1 5 mg of morphine',
    'she may first try the cream',
    'counts 3 12 24 cells in the field',
    'on 13 40 22 settings',
    'on 3 4 5 mg daily',
  ])('none in %j', (text) => {
    expect(found(text, 'DATE')).toEqual([]);
  });
});

describe('dates and phone numbers whose digits OCR read as letters', () => {
  it.each([
    ['REVIEWED BY ABP   3/17/2O22   triage', 'DATE', '3/17/2O22'],
    ['DOB: 198O-04-11   MRN 1234', 'DATE', '198O-04-11'],
    ['Fax 6l7.555.O142 attn intake', 'PHONE', '6l7.555.O142'],
    ['To:(413) 55S-2O17', 'PHONE', '(413) 55S-2O17'],
    ['cell +1 802 5S5 0I88', 'PHONE', '+1 802 5S5 0I88'],
  ])('%j', (text, category, value) => {
    expect(found(text, category)).toEqual([value]);
  });
  it.each(['sugars in the mid 200s today', 'T-score -2.5 at L1-L4', "AM ABG'S7.37-57-85", 'B12 level 300, S1 radiculopathy', 'in her 1990s photos'])(
    'none in %j',
    (text) => {
      expect(detectNumberShapes(text).filter((s) => s.source === 'ocr-digits')).toEqual([]);
    },
  );
  it('keeps offsets when it reads letters as digits', () => {
    const r = ocrDigitReading('on 2/1O/2O21 x')!;
    expect(r.text).toBe('on 2/10/2021 x');
    expect([...r.read].filter((v) => v === 1).length).toBe(2);
  });
});

describe('pagers after "at" on a paging line', () => {
  it.each([
    ['after hours page the on-call resident at p40917.', 'p40917'],
    ['PAGED RT SUPERVISOR G. HALE AT 31108 RE: ALARMS', '31108'],
    // Four digits that are no 24-hour clock time.
    ['7:46 am paged B. Ames MD at 6381 re: family request', '6381'],
    ['1042 paged Dr. Quill at 4301 re: letter', '4301'],
    ['PAGED HOSPITALIST AT 7804, NO CALLBACK', '7804'],
  ])('%j', (text, pager) => {
    expect(found(text, 'PHONE')).toEqual([pager]);
  });
  it.each(['arrived at 14:05, seen at 31108 Main St', 'walked 12000 steps, home at 12345', 'paged at 1705 and at 17:05', 'paged Dr. Quill at 1309 re: letter', 'PAGED RT AT 2359 AND AT 0000', 'seen at 6381 Main St'])('none in %j', (text) => {
    expect(found(text, 'PHONE')).toEqual([]);
  });
});

describe('custody and research numbers after their labels', () => {
  const ids = (text: string) => detectPhi(text).filter((s) => s.category === 'ID').map((s) => text.slice(s.start, s.end));
  it.each([
    ['Inmate: DOE,JANE   IM#: 41-7720   Housing: B-2', '41-7720'],
    ['Booked 3/3/26   Booking no 2026-55102', '2026-55102'],
    ['SUBJECT S118-027 (ABC) -- Week 4 visit', 'S118-027'],
    ['Pt: Roe, Ann  (screening no. 301-S12)', '301-S12'],
  ])('%j', (text, id) => {
    expect(ids(text)).toContain(id);
  });
  it.each(['subject to change in 2 weeks', 'screening 2023 was normal', 'ceftriaxone 1 g IM 250mg'])('none in %j', (text) => {
    expect(ids(text)).toEqual([]);
  });
});
