// A staff credential before a job title is the job, not a name (issue 11, false positives of
// names): in "RN Case Manager" the word after "RN" opens the occupation. A name after the credential
// is still taken when no occupation follows it. Invented examples.
import { describe, expect, it } from 'vitest';
import { ruleNames as names } from './rule-spans.js';

describe('a weak title before an occupation', () => {
  it.each([
    ['Thaddeus Omondi, RN Case Manager  555 201 3344\n', ['Thaddeus', 'Omondi']],
    ['Plan reviewed with RN Case Manager today.\n', []],
    ['Per RN Care Manager, auth pending.\n', []],
    ['Called RN Bay Manager at 1400.\n', []],
  ])('keeps the job out of %j', (text, expected) => {
    expect([...names(text)].sort()).toEqual([...expected].sort());
  });

  it.each([
    ['Discussed with RN Joy Baker at 1400.\n', ['Joy', 'Baker']],
    ['per NP Carol Wise, hold heparin.\n', ['Carol', 'Wise']],
    ['SW Marisol Fenn met with family.\n', ['Marisol', 'Fenn']],
  ])('still takes the name in %j', (text, expected) => {
    expect(names(text)).toEqual(expect.arrayContaining(expected));
  });
});
