import { describe, expect, it } from 'vitest';
import { detectPatterns } from '../../src/deid/patterns.js';

const phones = (text: string) => detectPatterns(text).filter((s) => s.category === 'PHONE').map((s) => text.slice(s.start, s.end));

// Session 28: a hospital pager of one digit, a hyphen and three after a paging word. Every example is invented.
describe('a three-digit pager after a paging word', () => {
  it.each([
    ['NEPHROLOGY | R. Quist | PGR 4-172', '4-172'],
    ['signed t. oyelaran md -- pager 7-093', '7-093'],
    ['call dr ames (pgr 2-518) if sbp <90', '2-518'],
    ['Paged 6-440 at 0210, no callback.', '6-440'],
    ['If concerns page me 3-907.', '3-907'],
  ])('%j', (text, pager) => {
    expect(phones(text)).toEqual([pager]);
  });

  it.each([
    'See page 1-120 of the outside record.',
    'pg 2-305 of the consent.',
    'ext 4-512 reviewed.',
    'Pager 1-200 mg dose was given.',
    'Dr. Brandt 3-4 times a day.',
    'GCS 3-115 range on the chart, pain 2-10.',
  ])('no pager in %j', (text) => {
    expect(phones(text)).toEqual([]);
  });
});
