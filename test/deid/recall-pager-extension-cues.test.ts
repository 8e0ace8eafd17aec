import { describe, expect, it } from 'vitest';
import { detectPhi } from '../../src/deid/detect.js';

// Invented notes of one class (issue 11): pagers and extensions written after "paged", after a
// clinician paged by a name with an initial, glued to a doubled "x", after a written-out "ext" with
// two or three digits, or after a message left. Counts, doses, angles and readings stay.
const phones = (text: string) => detectPhi(text).filter((s) => s.category === 'PHONE').map((s) => text.slice(s.start, s.end));

describe('pagers and short extensions', () => {
  it.each([
    ['Surgery paged 40117, will come see.', '40117'],
    ['Renal paged at 2281 re K 6.1.', '2281'],
    ['PAGED DR ELI T. VANCE (52209) RE SBP 80S', '52209'],
    ['Respiratory Therapy   xx7731', '7731'],
    ['Tomasz Lind, RN  (float pool)  ext 417', '417'],
    ['Questions: front desk extension 29.', '29'],
    ['left msg 384-2210 for callback', '384-2210'],
  ])('%j', (text, want) => {
    expect(phones(text)).toContain(want);
  });

  it.each([
    'LE: ext 10 degrees short of neutral',
    'EXT: warm, 2+ pulses',
    'x3 attempts, x10 beats',
    'SVR 900-1300 on the last set',
    'paged twice, no answer',
    'knee ext 120 degrees',
  ])('keeps %j', (text) => {
    expect(phones(text)).toEqual([]);
  });
});
