// A therapist's plan to see the patient again (issue 11, recall of names): a name opening a sentence
// or clause right before "to re-eval", "to reassess", "will re-eval" is the person who will. A
// discipline or service there ("PT to re-eval", "Wound care to reassess") stays. Invented examples.
import { describe, expect, it } from 'vitest';
import { ruleNames as names } from './rule-spans.js';

describe('a name before a re-evaluation plan', () => {
  it.each([
    ['Transfers min A. Oksana to re-eval Tues.\n', ['Oksana']],
    ['Handoff to Teodor Wysocki COTA/L; Marisela to re-eval 4/2.\n', ['Marisela']],
    ['Swallow: thin liquids ok.\nJuniper to reassess diet in am.\n', ['Juniper']],
    ['Gait 100 ft. Ifeoma will re-eval after dc.\n', ['Ifeoma']],
  ])('takes the name in %j', (text, expected) => {
    expect(names(text)).toEqual(expect.arrayContaining(expected));
  });

  it.each([
    ['Plan: PT to re-eval in am.\n'],
    ['OT to re-eval tomorrow. SLP to reassess diet.\n'],
    ['Wound care to re-eval Friday.\n'],
    ['Ortho to re-eval. Neuro to reassess.\n'],
  ])('takes no name from %j', (text) => {
    expect(names(text)).toEqual([]);
  });
});
