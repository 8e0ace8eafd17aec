import { describe, expect, it } from 'vitest';
import { detectFreeTextNames } from '../../src/deid/free-text-names.js';

// Invented notes (issue 11, false positives found on eval/deid-styles-dev-3, a development set): a
// phrase between dash runs is a banner of the note ("--- copied forward from note of 5/11 ---"),
// not a signature; a name between dashes still signs (src/deid/keep-list/keep-list-names.ts).
const names = (text: string) =>
  detectFreeTextNames(text, { model: null })
    .filter((s) => s.category === 'NAME')
    .map((s) => text.slice(s.start, s.end));

describe('banner lines between dashes', () => {
  it.each([
    'Pain better.\n--- carried forward from visit of 3/2/21 ---\nPlan: recall.',
    'Exam stable.\n-- end of addendum --\n',
    'Vitals below.\n--- copied over from the prior note ---',
    'Labs pending.\n--- see flowsheet for details ---',
  ])('%s', (text) => {
    expect(names(text)).toEqual([]);
  });
  it.each([
    ['Plan: recall in 6 months.\n-- Will Banks --', 'Banks'],
    ['Wound dressed.\n--- Rose Marsh RN ---', 'Marsh'],
    ['Exam stable.\n-- Okonjo --', 'Okonjo'],
  ])('%s still signs', (text, name) => {
    expect(names(text)).toContain(name);
  });
});
