import { describe, expect, it } from 'vitest';
import { detectPatterns } from '../../src/deid/patterns.js';

// Invented notes (session 25): a month/day pair that would read as a value (a small equal pair, a fraction-shaped
// pair, a small ascending range) is the day when a clock time follows after "@" / "at", or after a deadline word.
const dates = (text: string) => detectPatterns(text).filter((s) => s.category === 'DATE').map((s) => text.slice(s.start, s.end));

describe('month/day pairs before a clock time or after "before"', () => {
  it.each([
    ['Cab booked for 4/4 @ 06:15, curbside pickup.', '4/4'],
    ['Splash exposure 2/4 @ 22:40: eye flushed.', '2/4'],
    ['Family meeting 5-7 at 14:30 in the conference room.', '5-7'],
    ['Ride booked 3-3 @ 0715, wheelchair van.', '3-3'],
    ['Daughter will fix the railing before 8-10.', '8-10'],
  ])('%j', (text, date) => {
    expect(dates(text)).toContain(date);
  });

  it.each([
    'Percocet 1/2 @ 21:00 for pain.',
    'PS 5/5 @ 08:00, tolerating.',
    'Plan to change to 5/5 at 0500, extubate after.',
    'Wean to 4-4 @ 0600 if ABG ok.',
    'strength 5/5 at 10:00 check.',
    'NS 1/2 at 1000 ml/hr.',
    'Rest before 4-5 attempts; before 2-3 hours of sleep.',
    'Took 2-3 at 0800 ml total.',
  ])('finds no day in %j', (text) => {
    expect(dates(text).filter((d) => /^\d{1,2}[/-]\d{1,2}$/.test(d))).toEqual([]);
  });
});
