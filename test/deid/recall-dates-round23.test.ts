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
