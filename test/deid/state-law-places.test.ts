// The state before a word of its law or administration (issue 11, session 48; src/deid/free-text/
// place-shapes.ts stateLaw, rules/en/deid-place-cues.yaml states.lawsAfter, placeVocabulary.lawLeads):
// in the strict profile (a state alone is no Safe Harbor identifier: the balanced profile leaves it), a
// code that is also a word only after "per", "under" or "by"; after such a lead
// up to two words of the law's subject may stand between, and in a one-case note the code may be in
// lower case. Invented examples, with same-shape negatives.
import { describe, expect, it } from 'vitest';
import { detectFreeTextNames } from '../../src/deid/free-text-names.js';

type Profile = 'balanced' | 'strict';
/** The LOCATION text the rule passes alone find (no learned layer). */
const places = (text: string, profile: Profile) =>
  detectFreeTextNames(text, { profile, model: null })
    .filter((s) => s.category === 'LOCATION')
    .map((s) => text.slice(s.start, s.end));

describe('a state before a word of its law', () => {
  it.each([
    ['Advised no driving for three months per OR regulations.', 'OR'],
    ['Cannot return to class without 2nd varicella per WY school immunization law.', 'WY'],
    ['Seizure free 4 months; DRIVING PER IN MOTOR VEHICLE LAW NOT YET.', 'IN'],
    ['reportable under ID statute; health dept called', 'ID'],
    ['driving discussed per la regulations, pt agrees', 'la'],
    ['Letter faxed to the Utah DMV today.', 'Utah'],
    ['no commercial license per de dmv regs', 'de'],
  ])('%j', (text, state) => {
    expect(places(text, 'strict')).toContain(state);
    expect(places(text, 'balanced')).not.toContain(state);
  });

  it.each([
    ['Discussed with ME law enforcement at bedside.', 'ME'],
    ['Per MD note, the law clerk called.', 'MD'],
    ['Cleared per OT requirements for discharge.', 'OT'],
    ['per PA the school entry paperwork is done', 'PA'],
    ['IN school entry law reviewed with mom', 'IN'],
    ['per me, the regulations are clear', 'me'],
    ['Reviewed per PA, regulations explained.', 'PA'],
  ])('takes no state from %j', (text, word) => {
    for (const profile of ['balanced', 'strict'] as const) expect(places(text, profile)).not.toContain(word);
  });
});
