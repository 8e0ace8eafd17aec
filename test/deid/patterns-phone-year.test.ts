import { describe, expect, it } from 'vitest';
import { detectPatterns } from '../../src/deid/patterns.js';

const found = (text: string, category: string) => detectPatterns(text).filter((s) => s.category === category).map((s) => text.slice(s.start, s.end));

// Issue 11: classes of phone numbers and bare years, each with invented examples.
describe('phone numbers: one-letter labels and glued extensions', () => {
  it.each([
    ['H: 555-0134', '555-0134'],
    ['W: 555 0134', '555 0134'],
    ['C# 555.0134', '555.0134'],
    ['m: 867-5309 (daughter)', '867-5309'],
    // a "#" mark in a note with no colon anywhere
    ['H# 555-0134 pt stable', '555-0134'],
    ['wife cell W #555 0134 tonight', '555 0134'],
    ['home H #  867-5309', '867-5309'],
  ])('a local number after a home / work / cell / mobile letter: %s', (text, phone) => {
    expect(found(text, 'PHONE')).toEqual([phone]);
  });

  it.each([
    ['617-555-0134X22', '617-555-0134X22'],
    ['call 212.555.0175x104', '212.555.0175x104'],
    ['page x4432 with results', '4432'],
    ['EXT X55120', '55120'],
  ])('an extension glued to the number or to its x: %s', (text, phone) => {
    expect(found(text, 'PHONE').join(' ')).toContain(phone);
  });

  it.each(['A&Ox3', 'pt x2 assist', 'Hb 3x10', 'A: 120/80', 'I: 400 ml', '2x1000 ml bags'])('leaves counts and values: %s', (text) => {
    expect(found(text, 'PHONE')).toEqual([]);
  });
});

describe('bare years: brackets, dated procedures, comparison and birth fields', () => {
  it.each([
    ['Prior MRI (2018).', '2018'],
    ['remote history of mastectomy (2009)', '2009'],
    ['HTN (dx 2005), CKD', '2005'],
    ['CABG X3 1997', '1997'],
    ['appendectomy, 1978', '1978'],
    ['s/p cholecystectomy 2011', '2011'],
    ['COMPARISON: Chest radiograph from 2019.', '2019'],
    ['Comparison: CT abdomen 2016', '2016'],
    ['DOB: 1951', '1951'],
    ['Stable since the prior exam of 2015.', '2015'],
  ])('%s', (text, year) => {
    expect(found(text, 'DATE')).toContain(year);
  });

  it.each(['PRIOR TO 2000 DOSE', 'compared to 1900 vitals', 'prior at 2000', 'UO 2000 cc', '(1500)', 'Comparison: prior @ 1930', 'NS (1000) given'])('leaves clock times and volumes: %s', (text) => {
    expect(found(text, 'DATE')).toEqual([]);
  });
});

// A 24-hour clock time after a past call or a call "at" is when the call came, not an extension;
// the present "call" and the other phone words keep four digits as a number. Invented examples.
describe('the time of a call is no phone number', () => {
  it.each([
    'daughter tova called 2140, questions answered',
    'Mr. Ilves returned call at 0830 re placement',
    'brother called at 1955; will visit tomorrow',
    'family: niece called 0010, updated on plan.',
  ])('keeps %s', (text) => {
    expect(found(text, 'PHONE')).toEqual([]);
  });

  it.each([
    ['please call 4512 with results', '4512'],
    ['pager 2315 for questions', '2315'],
    ['called 555-0134, left message', '555-0134'],
    ['called 3475 (lab) for add-on', '3475'],
  ])('still finds the number in %s', (text, phone) => {
    expect(found(text, 'PHONE')).toContain(phone);
  });
});

// The number a called or paged doctor was reached at, alone in brackets after the name. Invented.
describe('a pager in brackets after a doctor called', () => {
  it.each([
    ['Called Dr. Orlen (48213) at 0400 re FHR', '48213'],
    ['paged dr Vasko (5521), will come to bedside', '5521'],
    ['Contacted Dr. Ana Pirelli (30877) re K 6.1', '30877'],
    ['called Doctor Quist (7719) for orders', '7719'],
  ])('%s → %s', (text, phone) => {
    expect(found(text, 'PHONE')).toContain(phone);
  });

  it.each([
    'seen by Dr. Orlen (2019) for knee pain',
    'WBC (12000) reviewed with Dr. Vasko',
    'Dr. Quist (4512) rounding note',
  ])('leaves %s', (text) => {
    expect(found(text, 'PHONE')).toEqual([]);
  });
});

// A code after "#" may open with up to four letters ("#auth17519", "#case20331"); short counts and
// numbers stay. Invented examples.
describe('a four-letter code after "#"', () => {
  it.each([
    ['tri-county plan auth pending #auth40021.', 'auth40021'],
    ['APS case #case20331 opened', 'case20331'],
    ['ref #bgrp73310 faxed', 'bgrp73310'],
    ['claim #clm-558201 denied', 'clm-558201'],
  ])('%s → %s', (text, id) => {
    expect(found(text, 'ID')).toContain(id);
  });

  it.each(['#tabs 2 given', 'rm #bed12 clean', 'lot #lots4 pending', 'bag #bags 3'])('leaves %s', (text) => {
    expect(found(text, 'ID')).toEqual([]);
  });
});
