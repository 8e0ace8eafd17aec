import { describe, expect, it } from 'vitest';
import { detectFreeTextNames } from '../../src/deid/free-text-names.js';

// A copy list's items written as an initial and a surname ("cc:\n    T. Rich, PCP"): a person though
// the surname spells a word. Every example is invented.
const names = (text: string, source?: string) =>
  detectFreeTextNames(text, { model: null })
    .filter((s) => s.category === 'NAME' && (source === undefined || s.source === source))
    .map((s) => text.slice(s.start, s.end));
const found = (text: string) => names(text, 'copy-list-item');
const words = (xs: string[]) => xs.flatMap((x) => x.split(/[\s.,-]+/)).filter(Boolean);

describe('copy list items', () => {
  it.each([
    ['Sincerely,\nDr. A. Quist\n\ncc:\n    B. Hill, PCP\n    K. Marsh, cardiology', ['B', 'Hill', 'K', 'Marsh']],
    ['CC:\n  - R. FIELD, ORTHOPEDICS\n  - D. WOOD', ['R', 'FIELD', 'D', 'WOOD']],
    ['cc: l. brook, podiatry\n    patient', ['l', 'brook']],
    ['Copies to:\n    P. van Lear, nephrology', ['P', 'van', 'Lear']],
  ])('%j', (text, people) => {
    expect(words(names(text))).toEqual(expect.arrayContaining(people));
  });
  it.each([
    // Items that are no person: the patient, the chart, a dotted abbreviation, a service.
    'cc:\n    patient\n    chart\n    U.S. Army, file',
    'cc: A. Fib clinic',
    // A species in a mixed-case note: a capital initial and a lower-case word.
    'Culture results to ID team.\ncc:\n    E. coli, lab\n    S. aureus',
    // An initial and a word away from a copy list.
    'Plan:\n    B. Hill, PCP to follow',
  ])('%j', (text) => {
    expect(found(text)).toEqual([]);
  });
});
