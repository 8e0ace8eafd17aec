import { describe, expect, it } from 'vitest';
import { detectFreeTextNames } from '../../src/deid/free-text-names.js';

// Invented notes of one class (src/deid/free-text/handoff-arrow-names.ts): the names either side of a
// hand-off's arrow after a hand-off word and its colon are the two nurses, though a name is also a word,
// when an initial follows it.
const names = (text: string) =>
  detectFreeTextNames(text, { profile: 'balanced', model: null })
    .filter((s) => s.category === 'NAME')
    .map((s) => text.slice(s.start, s.end));

describe('names either side of a hand-off arrow', () => {
  it.each([
    ['HANDOFF: OPAL K. -> DESTINY R., SBAR DONE\n', ['OPAL', 'DESTINY']],
    ['Handoff: Hope W. -> Tevita, bedside check done.\nPt resting.', ['Hope', 'Tevita']],
    ['Report: Cookie B. → Sunny D.; safety check done.\nPt resting.', ['Cookie', 'Sunny']],
  ])('%j', (text, people) => {
    for (const p of people) expect(names(text)).toContain(p);
  });
});

describe('an arrow between shifts, units or words', () => {
  it.each([
    ['handoff: days -> nights, all stable.\n', ['days', 'nights']],
    ['Report: ICU -> CCU.\nPt resting.', ['ICU', 'CCU']],
    // A word alone, no initial after it, that no name list holds.
    ['Handoff: Charge -> Float, safety check done.\nPt resting.', ['Charge', 'Float']],
    // No hand-off word before the arrow.
    ['Pain: Mild W. -> Severe C., call MD.\n', ['Mild', 'Severe']],
  ])('%j', (text, words) => {
    for (const w of words) expect(names(text)).not.toContain(w);
  });
});
