import { describe, expect, it } from 'vitest';
import { detectPhi } from '../../src/deid/detect.js';

const found = (text: string) => detectPhi(text).map((s) => text.slice(s.start, s.end));

describe('a weekday names when, not where or who', () => {
  it.each([
    'Discharged Fri afternoon with home O2.',
    'Seen Mon and Wed by PT, tolerating well.',
    'SEEN THURS, TOLERATED DIET.',
    'Meets at Tues night group at the church.',
    'Will be seen at Friday clinic next week.',
    'f/u Thurs Clinic for INR check.',
    'Attends the senior center Tue/Fri.',
    'Moved to Sat schedule for dialysis.',
  ])('%j', (text) => {
    expect(found(text).join(' ')).not.toMatch(/\b(?:mon|tue|tues|wed|thu|thurs|fri|friday|sat)\b/i);
  });

  it.each([
    ['Came from Sun City by ambulance.', 'Sun City'],
    ['Transferred to Greyhollow Tues for rehab.', 'Greyhollow'],
    ['Seen at Harrowgate Clinic on Fri.', 'Harrowgate'],
  ])('the place beside it stays: %j', (text, want) => {
    expect(found(text).join(' ')).toContain(want);
  });
});
