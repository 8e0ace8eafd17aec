import { describe, expect, it } from 'vitest';
import { detectPhi } from '../../src/deid/detect.js';

// Invented notes of one class (src/deid/free-text/person-names.ts): in a note written in one case,
// "mr" and "ms" are as often mitral regurgitation and mental status as titles, so a word after them
// must be a name the lists allow; with the dot in a salutation or before a comma, a colon or the
// line end, the title names the person even when the word is a clinical one ("Foley", "Walker").
const names = (text: string) => detectPhi(text).filter((s) => s.category === 'NAME').map((s) => text.slice(s.start, s.end));

describe('a dotted title in a salutation, or before a comma, colon or line end, in one-case notes', () => {
  it.each([
    ['dear mr. foley, the results of your blood work are normal.', 'foley'],
    ['DEAR MR. WALKER,\nYOUR BIOPSY SHOWED NO CANCER.', 'WALKER'],
    ['letter sent to ms. shepherd:\nplease call the office.', 'shepherd'],
    ['SPOKE WITH MS. BISHOP, WHO AGREES.', 'BISHOP'],
  ])('%j', (text, want) => {
    expect(names(text)).toContain(want);
  });

  it.each(['pt alert, ms. intact, follows commands', 'mr 2+, tr 1+ on echo', 'ms. unchanged. mr. unchanged.'])('leaves %j alone', (text) => {
    expect(names(text)).toEqual([]);
  });
});
