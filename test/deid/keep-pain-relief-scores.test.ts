import { describe, expect, it } from 'vitest';
import { detectPhi } from '../../src/deid/detect.js';

// Invented notes of one class (rules/en/deid-numeric-contexts.yaml slash.scoreDenominators): the
// pain score after a dose given for pain ("WITH RELIEF TO 4/10", "improved to 3/10") is a value out
// of ten, not April 10th, even when the first score stands too far back on the line; a day written
// the same way with a date cue stays a date.
const dates = (text: string) =>
  detectPhi(text, undefined, { model: null })
    .filter((s) => s.category === 'DATE')
    .map((s) => text.slice(s.start, s.end));

describe('pain scores after relief', () => {
  it.each([
    'PAIN 9/10 L HIP, FENTANYL 50 MCG IV X2 WITH RELIEF TO 5/10',
    'c/o back pain 7/10 at triage, toradol given, relieved 2/10 on recheck',
    'Pain initially 8 of 10, after ice and elevation improved to 4/10',
    'ketorolac 15 mg IV at 0310, pain down to 3/10 by 0400',
  ])('%j', (text) => {
    expect(dates(text)).toEqual([]);
  });
});

describe('days written as x/10 that stay dates', () => {
  it.each([
    ['Surgery 4/10, pain improved to 3/10 since', '4/10'],
    ['f/u appt 6/10 with ortho', '6/10'],
    ['Seen 5/10 for the same complaint', '5/10'],
  ])('%j', (text, day) => {
    expect(dates(text)).toContain(day);
  });
});
