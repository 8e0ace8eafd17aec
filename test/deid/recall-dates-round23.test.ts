import { describe, expect, it } from 'vitest';
import { detectPhi } from '../../src/deid/detect.js';

const dates = (text: string) =>
  detectPhi(text)
    .filter((s) => s.category === 'DATE')
    .map((s) => text.slice(s.start, s.end));

describe('dates of three small classes: a typed stamp, a planned step, a lower-case "mar"/"may"', () => {
  it.each([
    // The transcription stamp after the dictation stamp, whatever its numbers.
    ['rl/kt   D 11/30  T 3/3', '3/3'],
    ['D: 2/14/22 0915  T: 1/1', '1/1'],
    ['Dictated: 6/6 Transcribed: 2/2', '2/2'],
    // A planned step named by a noun.
    ['Plan: suture removal 1/3, recheck in a month.', '1/3'],
    ['PICC placement 2/4 if cultures stay positive.', '2/4'],
    ['Next appt 3/3 with Dr. Vance.', '3/3'],
    // A day, "mar" or "may" and a two-digit year, joined by hyphens.
    ['pt expired 14-mar-22 at home.', '14-mar-22'],
    ['dx by biopsy 2-may-18, referred on.', '2-may-18'],
  ])('%j', (text, date) => {
    expect(dates(text)).toContain(date);
  });

  it.each([
    'Motor 5/5 throughout, T 4/4 not tested.',
    'Crackles 1/3 up bilaterally after removal of drain.',
    'Strength 4/4 in placement of hands.',
    'Per MAR, may repeat once in 1-2 hours.',
    'MAR reviewed 21 doses, 5 held.',
  ])('no date: %j', (text) => {
    expect(dates(text)).toEqual([]);
  });
});

describe('values of neurodiagnostic and eye tests written like month/day pairs', () => {
  it.each([
    'Photic stimulation 1-20 Hz, no driving response.',
    'Electrodes placed per the international 10-20 system.',
    'Humphrey 30-2 OD: FL 2/12, FP 4%, reliable.',
    'Fixation losses 3/15, unreliable field.',
  ])('%j', (text) => {
    expect(dates(text)).toEqual([]);
  });

  it.each([
    ['EEG done 3-12 at the sleep lab.', '3-12'],
    ['Fields repeated 4/14 per glaucoma f/u.', '4/14'],
    ['Photic done 1-20, read later.', '1-20'],
  ])('a date stays: %j', (text, date) => {
    expect(dates(text)).toContain(date);
  });
});

describe('a visit time stamp that reads like a year stays a time', () => {
  it.each([
    'SN visit 3/2   Time in 2015 out 2100',
    'Time in 1330  out 2010',
    'time out: 1945, pt resting.',
    'Aide visit 5/5   time in 0945 / out 2005',
  ])('%j', (text) => {
    expect(dates(text).filter((d) => /^(?:19|20)\d\d$/.test(d))).toEqual([]);
  });

  it.each([
    ['Moved in 2015 from out of state.', '2015'],
    ['Retired in 2010, widowed 2019.', '2010'],
    ['Time in rehab: since 2018.', '2018'],
    ['First time in 2015 she fell at home.', '2015'],
  ])('a year stays: %j', (text, year) => {
    expect(dates(text)).toContain(year);
  });
});

describe('a score after its scale and "now"', () => {
  it.each(['Epworth now 7/24, was 16/24 before CPAP.', 'MoCA now 24/30.', 'Strength now 4/5 in the left leg.', 'PHQ-9 now 5/27 per pt.'])('%j', (text) => {
    expect(dates(text)).toEqual([]);
  });

  it.each([
    ['Seen now 6/24 for follow-up.', '6/24'],
    ['Due now 3/14, overdue.', '3/14'],
    ['Epworth repeated on 6/24.', '6/24'],
  ])('a date stays: %j', (text, date) => {
    expect(dates(text)).toContain(date);
  });
});
