import { describe, expect, it } from 'vitest';
import { rulePlaces } from './rule-spans.js';

// Invented lines of one class (src/deid/free-text/places.ts facilities): a university's short form
// before "of" and its name's initials ("U of T"), and the short form written in lower case after a
// preposition of place ("eval at u of quillan").
describe("a university's short form with initials or in lower case", () => {
  it.each([
    ['Referred to ortho, U of T, appt in May', 'U of T'],
    ['ADMIT 3/2 FROM U OF M VIA ROTOR', 'U OF M'],
    ['transplant eval at u of brennock pending.', 'u of brennock'],
    ['pt seen at u of tallowmere 04/02 for same', 'u of tallowmere'],
  ])('%j', (text, want) => {
    expect(rulePlaces(text).join(' ')).toEqual(want);
  });
});

describe('units of a dose and "you" in lower case', () => {
  it.each(['gave 10 U of IV insulin', '2 U OF NS given', 'thank u of course', 'let u of all people know'])('%j', (text) => {
    expect(rulePlaces(text)).toEqual([]);
  });
});
