import { describe, expect, it } from 'vitest';
import { detectFreeTextNames } from '../../src/deid/free-text-names.js';

// Invented notes (issue 11, session 22): an initial before a surname that is also a clinical word
// ("Brown", "Small") names a person when a role in brackets or a credential closes it.
const names = (text: string) =>
  detectFreeTextNames(text, { model: null })
    .filter((s) => s.category === 'NAME')
    .map((s) => text.slice(s.start, s.end));

describe('an initial and a clinical-word surname closed by a role or credential', () => {
  it.each([
    ['STAFF IN ROOM:\n  T. BROWN (CIRCULATOR)\n  P. OKAFOR (SCRUB)', ['T', 'BROWN']],
    ['plan discussed.\n-- r. small, md, pgy-2', ['r', 'small']],
    ['Wound reviewed with J. Brown, RN at 14:00.', ['J', 'Brown']],
    ['ANESTHESIA: D. SMALL (CRNA)', ['D', 'SMALL']],
  ])('%j', (text, expected) => {
    expect(names(text)).toEqual(expect.arrayContaining(expected));
  });

  it.each([
    'B. Brown stool noted overnight, RN aware.',
    'Findings: R. Small bowel loops, nondilated.',
    'plan: a. small meals. b. brown rice ok.',
  ])('finds no name in %j', (text) => {
    expect(names(text).filter((w) => /^(?:brown|small)$/i.test(w))).toEqual([]);
  });
});
