import { describe, expect, it } from 'vitest';
import { detectPhi } from '../../src/deid/detect.js';

// Invented notes of one class (src/deid/patterns.ts, the last ID rule): a number written in the
// SSN's groups with single blanks between (a claim or file number), after an identifier label of
// rules/en/deid-pattern-cues.yaml idLabels.
const ids = (text: string) =>
  detectPhi(text, undefined, { model: null })
    .filter((s) => s.category === 'ID')
    .map((s) => text.slice(s.start, s.end));

describe('a labelled number in groups of three, two and four digits', () => {
  it.each([
    ['Veteran: SOLBERG, DUSTY    Claim No.: 452 33 4985', '452 33 4985'],
    ['Subject: exam for vet Pemberton / claim 963 69 3208', '963 69 3208'],
    ['veteran name: faith sutherland    file #: 520 39 1295', '520 39 1295'],
    ['MEMBER ID 771 65 4448 verified', '771 65 4448'],
  ])('%j', (text, id) => {
    expect(ids(text)).toEqual([id]);
  });
});

describe('the same groups without a label', () => {
  it.each(['Hgb 123 45 6789 trend', 'Lot 123 45 6789 used.', 'Counts 120 80 1234 noted', 'Sats 98 95 9799 on RA'])('%j', (text) => {
    expect(ids(text)).toEqual([]);
  });
});
