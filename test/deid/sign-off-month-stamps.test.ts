// Sign-off lines stamped with a month-name date (issue 11, recall of names): "signed sunil  jun. 14
// 11:00pm" is read as a signature as "signed sunil 6/14 23:00" is — the date is the signing stamp,
// not a number that makes the line something else. Lines of ordinary words keep no name. Invented.
import { describe, expect, it } from 'vitest';
import { ruleNames as names } from './rule-spans.js';

describe('a sign-off line with a month-name date', () => {
  it.each([
    ['abd soft\nsigned danel  jun. 14 11:00pm\n', ['danel']],
    ['Seen and examined.\n-- Danel Brzostek  14th of June 2026\n', ['Danel', 'Brzostek']],
    ['pain controlled\nsigned benet  jun. 2 07:15\n', ['benet']],
    ['voiding qs\n-- sunil  aug. 2, 2026\n', ['sunil']],
  ])('takes the signer in %j', (text, expected) => {
    expect(names(text)).toEqual(expect.arrayContaining(expected));
  });

  it.each([
    ['Consent reviewed.\nsigned consent  jun. 14 11:00pm\n'],
    ['Dressing intact.\n-- dressing change  Jun 14 done\n'],
    ['plan\n-- follow up  14th of June\n'],
  ])('takes no name from %j', (text) => {
    expect(names(text)).toEqual([]);
  });
});
