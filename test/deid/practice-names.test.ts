import { describe, expect, it } from 'vitest';
import { detectFreeTextNames } from '../../src/deid/free-text-names.js';

// Invented notes of one class (src/deid/free-text/practice-names.ts, rules/en/deid-place-cues.yaml
// practiceNames): a practice named by one word no word list holds, what it treats, and a head,
// though the word is one letter from a vocabulary word.
const bySource = (text: string) =>
  detectFreeTextNames(text, { profile: 'balanced', model: null })
    .filter((s) => s.source === 'place-practice')
    .map((s) => text.slice(s.start, s.end));

describe('a practice named by a word no list holds', () => {
  it.each([
    ['Please call Vireo Health Partners at 742 676 1711 to schedule.', ['Vireo', 'Health', 'Partners']],
    ['Referring: Dr. R. Marsh (Tanager Cardiology Associates, Larkfield)', ['Tanager', 'Cardiology', 'Associates']],
    ['to: dr. boswell at tanager cardiology associates    pages: 3', ['tanager', 'cardiology', 'associates']],
    ['F/U WITH VEERY SPINE SPECIALISTS IN 2 WEEKS.', ['VEERY', 'SPINE', 'SPECIALISTS']],
  ])('%j', (text, names) => {
    expect(bySource(text)).toEqual(names);
  });
});

describe('a practice named for whom or what it treats', () => {
  it.each([
    'Seen by Internal Medicine Associates last year.',
    'Referred to Womens Health Partners.',
    'Primary Care Partners will follow.',
    'General Cardiology Associates faxed notes.',
    'Ortho Spine Specialists saw her.',
  ])('%j', (text) => {
    expect(bySource(text)).toEqual([]);
  });
});
