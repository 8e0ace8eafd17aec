import { describe, expect, it } from 'vitest';
import { detectPhi } from '../../src/deid/detect.js';
import { loadLexicons } from '../../src/deid/lexicons.js';
import { nameCues } from '../../src/deid/rules/deid-rules.js';

// A relative's given name that the clinical list also holds (a device, an eponym, a calendar word):
// relation-given-names.ts, read after the relation pass of person-names.ts. Every name is invented.
const names = (text: string, profile: 'balanced' | 'strict' = 'balanced') =>
  detectPhi(text, undefined, { profile })
    .filter((s) => s.category === 'NAME')
    .map((s) => text.slice(s.start, s.end));

describe('a clinical given name right after a relation word', () => {
  it.each([
    // A person's act after it, in each case style.
    ['UNCLE BLAKE CALLED FOR AN UPDATE, PLAN REVIEWED.', 'BLAKE'],
    ['NIECE CHANCE HERE THIS AM, AWARE OF PLAN.', 'CHANCE'],
    ['Stepson Quentin reports she ate half of lunch.', 'Quentin'],
    ['pt resting. stepdaughter mae visited, questions answered.', 'mae'],
    // A surname the lists hold after it.
    ['Husband Glenn Okorafor at bedside overnight.', 'Glenn Okorafor'],
    ['GRANDSON WILLIS HARTIGAN TO DRIVE PT HOME.', 'WILLIS HARTIGAN'],
    // A bracket, a comma, a stop or the line's end after it.
    ['Son Douglas (cell on file) to bring walker.', 'Douglas'],
    ['Best contact: nephew Quentin, 555-201-7782.', 'Quentin'],
    ['NOK IS COUSIN BRADY.\nVS STABLE.', 'BRADY'],
    ['Emergency contact: partner Stanford', 'Stanford'],
  ])('%j', (text, name) => {
    for (const profile of ['balanced', 'strict'] as const) expect(names(text, profile)).toContain(name);
  });
});

describe('not a relative\'s name', () => {
  it.each([
    // The clinical reading: what follows is no person's.
    ['Brother Glenn procedure at age 2, doing well.', 'Glenn'],
    ['Brother Jackson-Pratt drain care taught to wife.', 'Jackson'],
    // A faith after a relation, though also a given name.
    ['Religion: father Christian, mother Muslim.', 'Christian'],
    // Not written as a name in the note's case: a lower-case word in a mixed-case note.
    ['Son douglas pouch question answered by Dr. Reyes.', 'douglas'],
    // No relation word before it.
    ['Pouch of Douglas clear. Husband at bedside.', 'Douglas'],
  ])('%j', (text, word) => {
    for (const profile of ['balanced', 'strict'] as const) expect(names(text, profile).join(' ')).not.toContain(word);
  });

  it('reads only given names of the clinical list, no surname-only eponym', () => {
    const given = loadLexicons().clinicalGivenNames;
    expect(given.has('quentin')).toBe(true);
    expect(given.has('parkinson')).toBe(false);
    expect(names('FH: mother Parkinson, father MI.')).toEqual([]);
  });

  it('lists the faith words as data', () => {
    expect(nameCues().nameWords.beliefWords).toContain('christian');
  });
});
