import { describe, expect, it } from 'vitest';
import { detectPhi } from '../../src/deid/detect.js';

// Invented notes of one class of false positives (src/deid/patterns.ts, callClockTime): four digits
// that read as a clock time after "call(ed) at" or "time of call" are when the call was made; a
// number that is no clock time, or after another phone cue, stays a phone number.
const phones = (text: string) =>
  detectPhi(text, undefined, { model: null })
    .filter((s) => s.category === 'PHONE')
    .map((s) => text.slice(s.start, s.end));

describe('clock times of a call', () => {
  it.each(['TIME OF CALL: 0412 | CALLER: RN', 'ride home called at 1735, eta 40 min', 'Time of call 2210, caller hung up', 'family called at 0815 for update'])('%j', (text) => {
    expect(phones(text)).toEqual([]);
  });
});

describe('numbers to call that stay', () => {
  it.each([
    ['call at 5521 with results', '5521'],
    ['pager 1157', '1157'],
    ['called 4512 and left msg', '4512'],
    ['please call at 555-0142', '555-0142'],
  ])('%j', (text, phone) => {
    expect(phones(text)).toContain(phone);
  });
});
