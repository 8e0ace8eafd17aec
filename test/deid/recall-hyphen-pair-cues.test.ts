import { describe, expect, it } from 'vitest';
import { detectPhi } from '../../src/deid/detect.js';

// Invented notes of one class (issue 11): a hyphenated month-day ("4-25") after the name of a test or
// visit written as an abbreviation (a reading's range spans less than a factor of three, a day need
// not), after a verb of a record made or received, in a transcription footer's stamps, or opening a
// range closed by a full date. Readings, small counts and shifts stay.
const dates = (text: string) => detectPhi(text).filter((s) => s.category === 'DATE').map((s) => text.slice(s.start, s.end));

describe('hyphenated month-day after a test abbreviation, a record verb or a footer stamp', () => {
  it.each([
    ['Prior TST 5-22 read as 0 mm.', '5-22'],
    ['Seen in UC 1-19 for the same cough.', '1-19'],
    ['Previous PSG 2-27 at an outside lab: AHI 12.', '2-27'],
    ['Port created 4-4 by vascular surgery.', '4-4'],
    ['Cardiology signed off 2-8, no further recs.', '2-8'],
    ['Records received 6-7 from the old clinic.', '6-7'],
    ['DD: May 2\nDT: 5-3\nJob 4411', '5-3'],
    ['D: 10/3/2025 09:12  T: 10-4 1:05p', '10-4'],
    ['inpatient stay 7-20 - 08.02.25 for the same.', '7-20'],
  ])('%j', (text, want) => {
    expect(dates(text)).toContain(want);
  });

  it.each([
    'ICP 5-15 overnight, CPP stable.',
    'CVP 8-12 on the monitor.',
    'RR 10-18 on the vent.',
    'Works the 3-11 shift.',
    'Pain 2-3 with ambulation.',
    'T: 3-4 level on the MRI.',
    'Walks 2-4 blocks.',
  ])('keeps %j', (text) => {
    expect(dates(text)).toEqual([]);
  });
});
