import { describe, expect, it } from 'vitest';
import { detectFreeTextNames } from '../../src/deid/free-text-names.js';

// A line signed "-- XX / SURNAME  date time": the writer's initials and a colleague's surname after a
// double dash, whatever the surname spells. Every example is invented.
const names = (text: string, source?: string) =>
  detectFreeTextNames(text, { model: null })
    .filter((s) => s.category === 'NAME' && (source === undefined || s.source === source))
    .map((s) => text.slice(s.start, s.end));
const found = (text: string) => names(text, 'dash-sign-pair');
const words = (xs: string[]) => xs.flatMap((x) => x.split(/[\s-]+/)).filter(Boolean);

describe('dash-signed initials and surname', () => {
  it.each([
    ['Report given to receiving RN. -- KJ / BROOKS  2/11/26 0415', ['KJ', 'BROOKS']],
    ['pt settled in bed 4. -- ml / fairweather  7/3/26 2210', ['ml', 'fairweather']],
    ['Handoff complete. -- Dq / Hollowell-Pike 12/1/2026 09:40', ['Dq', 'Hollowell', 'Pike']],
    ['-- TR / SPARROW', ['TR', 'SPARROW']],
  ])('%j', (text, people) => {
    expect(words(names(text))).toEqual(expect.arrayContaining(people));
  });
  it.each([
    // Function, credential, clinical and time words around the slash.
    'Plan discussed with family. -- see / above',
    'Reviewed chart. -- RN / charge',
    'Titrated drip. -- BP / MAP  3/2/26 0100',
    'Ventilation adequate. -- PRN / asthma',
    'Discussed -- AM / Monday',
  ])('%j', (text) => {
    expect(found(text)).toEqual([]);
  });
});
