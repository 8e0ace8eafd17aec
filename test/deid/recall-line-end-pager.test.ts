import { describe, expect, it } from 'vitest';
import { detectPhi } from '../../src/deid/detect.js';

// Invented notes of one class (issue 11): five digits closing a line after a staff credential or an
// ordering / paging word on the line are the person's pager. Four digits there (a signing time),
// lab values and lines without such a word stay.
const phones = (text: string) => detectPhi(text).filter((s) => s.category === 'PHONE').map((s) => text.slice(s.start, s.end));

describe('a pager closing a signature or ordering line', () => {
  it.each([
    ['Tova Brandt, RN  wound care  41733\nDressing changed.', '41733'],
    ['Exam requested; ordered by J. Okonkwo 20964\nTechnique: routine.', '20964'],
    ['Signed: Lior Gat, NP  heart failure clinic 38815', '38815'],
    ['E. Marsh, CRNA 72190\n', '72190'],
  ])('%j', (text, want) => {
    expect(phones(text)).toContain(want);
  });

  it.each([
    'Jane Ode, RN 1430\nPt resting.',
    'WBC 11.2, plt 25176\n',
    'Trial of 40000 units weekly\n',
    'Total steps today 12500\n',
  ])('keeps %j', (text) => {
    expect(phones(text)).toEqual([]);
  });
});
