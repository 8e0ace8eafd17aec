import { describe, expect, it } from 'vitest';
import { detectPatterns } from '../../src/deid/patterns.js';

const phones = (text: string) => detectPatterns(text).filter((s) => s.category === 'PHONE').map((s) => text.slice(s.start, s.end));

// Session 25: pagers and extensions written glued to their letter. Every example is invented.
describe('pagers glued to their letter, and pagers after a doctor closing the line', () => {
  it.each([
    ['If MAP <60 page me p31784.', 'p31784'],
    ['Renal fellow K. Osei pgr p5521, aware.', 'p5521'],
    ['EEG tech on call pager p20917.', 'p20917'],
    ['Questions: page p6630 or Vocera.', 'p6630'],
    ['Night coverage - Dr. Oyelowo p41120 until 7a.', 'p41120'],
    ['Day team back at 0700 - Dr. Brandt-Ruiz 3-8812', '3-8812'],
    ['Cross-cover: Dr. Feld #712', '#712'],
  ])('%j', (text, pager) => {
    expect(phones(text)).toEqual([pager]);
  });

  it.each([
    'TP53 and p16 stains; p5521 in the figure legend.',
    'Dr. Feld #712 reviewed the films today.',
    'Dr. Brandt 3-4 times a day.',
    'Lot p44120 expired.',
  ])('no pager in %j', (text) => {
    expect(phones(text)).toEqual([]);
  });
});

describe('an extension glued to its letters after a phone number', () => {
  // Some phone rules take the number and its extension as one span: the extension must be inside a PHONE span.
  const covered = (text: string, piece: string) => {
    const at = text.indexOf(piece);
    return detectPatterns(text).some((s) => s.category === 'PHONE' && s.start <= at && s.end >= at + piece.length);
  };
  it.each([
    ['Call the clinic at (603) 555-0148 x2261.', 'x2261'],
    ['Nurse line 6035550148 x412 after 4.', 'x412'],
    ['Desk 603-555-0148, ext4471 for Ana.', 'ext4471'],
    ['Pharmacy 555-0148 x31.', 'x31'],
  ])('%j', (text, ext) => {
    expect(covered(text, ext)).toBe(true);
  });

  it.each([
    ['Repeat x3 today.', 'x3'],
    ['Given 2 mg x2 doses.', 'x2'],
    ['CT 2019 x12 slices.', 'x12'],
  ])('no extension in %j', (text, piece) => {
    expect(covered(text, piece)).toBe(false);
  });
});

describe('US court case numbers', () => {
  const ids = (text: string) => detectPatterns(text).filter((s) => s.category === 'ID').map((s) => text.slice(s.start, s.end));
  it.each([
    ['Drug court status hearing 4/2, docket 2:25-cr-317.', '2:25-cr-317'],
    ['Case No. 3:24-cv-01177-JAM pending.', '3:24-cv-01177-JAM'],
    ['Probation per 1:23-mj-0042 order.', '1:23-mj-0042'],
  ])('%j', (text, id) => {
    expect(ids(text)).toEqual([id]);
  });

  it.each(['Clinic 9:30-cr to 10:15.', 'Seen 9:27-10:30 today.', 'Ratio 1:10-cm wide.', 'HR 8:12-xx-99'])('no case number in %j', (text) => {
    expect(ids(text)).toEqual([]);
  });
});
