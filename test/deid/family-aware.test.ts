import { describe, expect, it } from 'vitest';
import { detectFreeTextNames } from '../../src/deid/free-text-names.js';

// Invented notes (issue 11, session 22): one name between a group word and "aware".
const spans = (text: string) =>
  detectFreeTextNames(text, { model: null })
    .filter((s) => s.category === 'NAME' && s.source === 'family-aware')
    .map((s) => text.slice(s.start, s.end));

describe('a named member of a group made aware', () => {
  it.each([
    ['SENT OUT FOR K 6.9. FAMILY MAJOR AWARE. WILL F/U.', ['MAJOR']],
    ['Transferred to ED. Family Glen aware of plan.', ['Glen']],
    ['FAMILY BLESSING AWARE OF TRANSFER.', ['BLESSING']],
    ['sent out. family hope aware.', ['hope']],
  ])('%j', (text, expected) => {
    expect(spans(text)).toEqual(expected);
  });

  it.each([
    'FAMILY NOW AWARE. FAMILY STILL AWARE OF PLAN.',
    'Family well aware of prognosis. Family members aware.',
    'family not aware yet. family is aware.',
    'FAMILY FULLY AWARE AND AGREES.',
  ])('finds no name in %j', (text) => {
    expect(spans(text)).toEqual([]);
  });
});
