import { describe, expect, it } from 'vitest';
import { detectPhi } from '../../src/deid/detect.js';

const names = (text: string) =>
  detectPhi(text)
    .filter((s) => s.category === 'NAME')
    .map((s) => text.slice(s.start, s.end));

// Session 43: a line opened by a double dash holding a group of initials and, after a wide gap, the entry's clock
// time signs the entry (dash-initials.ts). Every example is invented.
describe('double-dash initials before a clock time', () => {
  it.each([
    ['Pt resting comfortably, family at bedside.\n-- QTL  1:35 am\nNext visit Friday.', 'QTL'],
    ['Ice pack applied, returned to class.\n-- kvu  1418h\n', 'kvu'],
    ['Oral care done, repositioned.\n-- wzb  2319\n', 'wzb'],
    ['Lunch eaten in full.\n-- PQD  11:20p\n', 'PQD'],
  ])('%j', (text, who) => {
    expect(names(text)).toContain(who);
  });
  it.each([
    'Plan:\n-- IV 0900\n-- PO 1400\n-- neb 2200\n',
    'Schedule\n-- neb  2200\n-- tube feed  0600\n',
    'Sliding scale given per plan.\n-- CVA  13:56\n',
  ])('no name in %j', (text) => {
    expect(names(text)).toEqual([]);
  });
});
