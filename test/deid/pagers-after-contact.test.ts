import { describe, expect, it } from 'vitest';
import { detectPhi } from '../../src/deid/detect.js';

// Invented notes of one class (src/deid/patterns.ts pagerAfterContact, and "fax" / "faxed" among the
// phone cues of rules/en/deid-pattern-cues.yaml): a hospital pager or extension right after a paging
// word, or after "at" when a word of calling stands earlier on the line.
const phones = (text: string) =>
  detectPhi(text, undefined, { model: null })
    .filter((s) => s.category === 'PHONE')
    .map((s) => text.slice(s.start, s.end));

describe('a pager or extension after paging or calling', () => {
  it.each([
    ['CARDIOLOGY FELLOW GILLESPIE PAGED P2439.', 'P2439'],
    ['Burn Surgery | pager 6-088', '6-088'],
    ['Cardiology fellow Paine paged 4-629 twice.', '4-629'],
    ['Tech called RN Lupe Rendon at 87283; RN to bedside.', '87283'],
    ['Tech called RN M. Ochoa at p8112; RN to bedside.', 'p8112'],
    ['rn requests strip faxed to dr. cadwallader office 980-2110; done', '980-2110'],
  ])('%j', (text, phone) => {
    expect(phones(text)).toEqual([phone]);
  });
});

describe('a number after paging or calling that is a time, a count or a measure', () => {
  it.each([
    'Called pharmacy at 10000 units.',
    'Paged MD at 1430.',
    'Paged x2 with no answer.',
    'Called daughter at 5-100 mg dose change.',
    'Faxed 2 pages at 1450.',
  ])('%j', (text) => {
    expect(phones(text)).toEqual([]);
  });
});
