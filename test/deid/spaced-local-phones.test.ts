import { describe, expect, it } from 'vitest';
import { detectPhi } from '../../src/deid/detect.js';

// A local number written with a blank between its groups ("555 2244"), after a phone word on the line,
// is a phone number as its hyphenated form is. Invented numbers.
const phones = (text: string) =>
  detectPhi(text)
    .filter((s) => s.category === 'PHONE')
    .map((s) => text.slice(s.start, s.end));

describe('a spaced local number after a phone word', () => {
  it.each([
    ['call wife at 555 2244 tonight', '555 2244'],
    ['cb 555 2244', '555 2244'],
    ['call back at 214 7788 after 5', '214 7788'],
    ['Pls call 382 9921 re: results.', '382 9921'],
    ['left msg on cell 607 3310', '607 3310'],
    ['callback 731 0452 (son)', '731 0452'],
  ])('%j', (text, phone) => {
    expect(phones(text).join(' ')).toContain(phone);
  });
});

describe('not a phone', () => {
  it.each([
    'Called MD re SBP 210 1530, no new orders.',
    'called pharmacy: 250 1000 mL bags on backorder',
    'Pt called, glucose 312 2100 per fingerstick',
    'PT 350 1200 sessions',
    'room 412 2010 renovation',
    'Called 3 times between 0900 and 1100.',
  ])('%j', (text) => {
    expect(phones(text)).toEqual([]);
  });
});
