import { describe, expect, it } from 'vitest';
import { detectPhi } from '../../src/deid/detect.js';

// Invented notes of one class (free-text/name-initials.ts bracketAfterName): a group in brackets
// right after a name found, that spells that name's initials, is the person's initials even when it
// is lower case in a mixed-case note or spells a word or an abbreviation ("(nl)", "(CA)", "(dv)").
// A bracket that spells no initials of the name before it stays ("(NP)", "(ok)", "(po)").
const names = (text: string) => detectPhi(text).filter((s) => s.category === 'NAME').map((s) => text.slice(s.start, s.end));

describe('initials in brackets after a name', () => {
  it.each([
    ['Pod C chair 4\nQuist, Nadia (nq)\nPre weight 71.2', 'nq'],
    ['Patient Dora Vance (dv) arrived by van.', 'dv'],
    ['Pt: Abbot, Carl (CA) 45M', 'CA'],
    ['Chair 9\nMarsh, Petra (pm)\nAccess AVF', 'pm'],
  ])('takes the initials in %j', (text, want) => {
    expect(names(text)).toContain(want);
  });

  it.each([
    ['Seen with Joan Pike (NP) today.', 'NP'],
    ['Patient Dora Vance (ok) per triage.', 'ok'],
    ['Chair 9\nMarsh, Petra (po)\nAccess AVF', 'po'],
  ])('keeps the bracket in %j', (text, keep) => {
    expect(names(text)).not.toContain(keep);
  });
});
