import { describe, expect, it } from 'vitest';
import { detectFreeTextNames } from '../../src/deid/free-text-names.js';
import { nameCues } from '../../src/deid/rules/deid-rules.js';
import { PERSON_CUES } from '../../src/deid/free-text/vocabulary.js';

// The cue pass reads its cues from rules/en/deid-name-cues.yaml personCues and the actions of
// deid-person-slots.yaml userIds with "by" (free-text/vocabulary.ts CUE_RE): every cue, written in a note
// before an invented name no list holds, makes the name a person's.
const cueNames = (text: string) =>
  detectFreeTextNames(text, { profile: 'balanced', model: null })
    .filter((s) => s.category === 'NAME')
    .map((s) => text.slice(s.start, s.end));

describe('the cues of the cue pass, as data', () => {
  it.each(PERSON_CUES.map((c) => [c]))('%j takes the name after it', (cue) => {
    expect(cueNames(`Plan reviewed; ${cue} Quorrindale today.`).join(' ')).toContain('Quorrindale');
  });

  it.each([
    // Who accepts, admits, covers or consults, even when the surname is also a clinical word ("walker").
    ['Accepting physician: O. Walker (CCU)', 'Walker'],
    ['Covering MD: Quillane, pager 4471', 'Quillane'],
  ])('a role of the transfer or the cover leads to the person: %j', (text, name) => {
    expect(cueNames(text).join(' ')).toContain(name);
  });

  it('takes nothing after a word that is no cue (the control of the test above)', () => {
    expect(cueNames('Plan reviewed; banana Quorrindale today.')).toEqual([]);
  });

  it.each([
    ['Specimen received by Orlend Velmore at 0900.', 'Orlend Velmore'],
    ['Shipment signed for by Clemence at the front desk.', 'Clemence'],
    ['Consent witnessed by Hazel von Quarrendt (notary).', 'Hazel von Quarrendt'],
    ['Call logged by Quillane, no callback needed.', 'Quillane'],
    ['Wound closed by Tamsindra with 4-0 nylon.', 'Tamsindra'],
    // In a one-case note a word of the name lists.
    ['SPECIMEN RECEIVED BY HORTENSE AT 0900.', 'HORTENSE'],
    ['pt accompanied by j. kovacs from group home', 'kovacs'],
  ])('an act and "by" lead to whoever did it: %j', (text, name) => {
    expect(cueNames(text).join(' ')).toContain(name);
  });

  it.each([
    // A service, a ward or a way of doing it after the cue names nobody; a drug after a verb that is no cue.
    ['Biopsy performed by IR under CT guidance.'],
    ['Specimen received by pharmacy at 0900.'],
    ['Pain relieved by Tylenol.'],
    ['Wound closed by secondary intention.'],
    // After an act, a staff group or a credential does it too: only a word written as a name is taken.
    ['son called and was updated by nsg on status.'],
    ['hickman cath examined by interventional radiology, cath ok.'],
    ['Air leak witnessed by R.N. and R.T. before extubation.'],
    ['LINE CHECKED BY IR, OK TO USE.'],
    ['Pt accompanied by Mom and Dad.'],
    ['ACCOMPANIED BY MOM.'],
    ['Line examined by Interventional Radiology today.'],
    ['Specimen collected by Phlebotomy at 0600.'],
  ])('no person after %j', (text) => {
    expect(cueNames(text)).toEqual([]);
  });

  it('reads a cue across any white space between its words', () => {
    expect(cueNames('Films were reviewed\nby Quorrindale.').join(' ')).toContain('Quorrindale');
  });

  it('holds no cue twice, each in lower case', () => {
    const cues = nameCues().personCues;
    expect(new Set(cues).size).toBe(cues.length);
    for (const c of cues) expect(c).toBe(c.toLowerCase());
  });
});
