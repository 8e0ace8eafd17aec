import { describe, expect, it } from 'vitest';
import { detectPhi } from '../../src/deid/detect.js';

// Invented notes of three date classes (issue 11): a month and four-digit year in a history list,
// a dotted date after the word of a dated event or document, and a month-day pair followed by the
// clock time of an entry.
const dates = (text: string) => detectPhi(text).filter((s) => s.category === 'DATE').map((s) => text.slice(s.start, s.end));

describe('month and four-digit year', () => {
  it.each([
    ['PSH: lap chole 4/2011; appendectomy as a child', '4/2011'],
    ['PMH: DVT on apixaban since 10/2019, CKD 3a', '10/2019'],
    ['knee arthroscopy 12/1998 (outside hospital)', '12/1998'],
    ['LAST COLONOSCOPY 3/2022 - NORMAL', '3/2022'],
  ])('%j', (text, want) => {
    expect(dates(text)).toContain(want);
  });

  it.each(['epinephrine 1/2000 dilution', 'ANA titer 1/2048, speckled', 'lidocaine 1/1000 with epi'])('keeps %j', (text) => {
    expect(dates(text)).toEqual([]);
  });
});

describe('dotted dates after an event or document word', () => {
  it.each([
    ['DOS 7.3.22 | OR 4', '7.3.22'],
    ['NURSING PROGRESS NOTE  11.9.18', '11.9.18'],
    ['admitted 2.14.21 via the ED', '2.14.21'],
    ['labs 6.30.23: K 3.1, Mg 1.6', '6.30.23'],
    ['next clinic 1.5.24 with Dr. Aamodt', '1.5.24'],
    ['TRAUMA SURGERY CONSULT -- 8.21.19', '8.21.19'],
  ])('%j', (text, want) => {
    expect(dates(text)).toContain(want);
  });

  it.each(['see 3.2.10 in the protocol', 'version 2.3.14 installed', 'per section 4.1.12 of the policy', 'Compared with the exam of 5.3.24.'])('keeps %j', (text) => {
    expect(dates(text)).toEqual([]);
  });
});

describe('a month-day pair before the clock time of an entry', () => {
  it.each([
    ['turned q2h, skin intact.\nyusra okafor rn 3-9 0340', '3-9'],
    ['Pt resting.\nDelphine LVN 10-14 1905', '10-14'],
    ['meds given as ordered. JH LPN 7-22 7:40am', '7-22'],
    ['-- Tomasz Weir DO 2-11 06:15', '2-11'],
    ['D: 4/6 1730 T: 4/7', '4/6'],
  ])('%j', (text, want) => {
    expect(dates(text)).toContain(want);
  });

  it.each(['bolus 4-6 1000 ml NS', 'NPN 7-3 0700 pt resting', 'vs q 2-4 1200 ml out', 'crackles 1/3 0800 up'])('keeps %j', (text) => {
    expect(dates(text)).toEqual([]);
  });
});
