// A town named for an ordinary word after a phrase of driving, commuting or going home (issue 11,
// session 48; src/deid/free-text/travel-towns.ts, rules/en/deid-place-cues.yaml travelTowns).
// Invented examples, with same-shape negatives: a kind of place, what one goes home to do, a
// function word, a state (left to the state pass), a word that runs on, a lower-case word in a
// mixed-case note. A town named for a word no name or place list holds ("bounty") is not taken.
import { describe, expect, it } from 'vitest';
import { rulePlaces } from './rule-spans.js';

describe('a town after a phrase of travel or of going home', () => {
  it.each([
    ['niece to pick up, drives from jubilee.\nhgb 8.1', ['jubilee']],
    ['SON WILL DRIVE FROM FELICITY\nCALL CLOSED 1412', ['FELICITY']],
    ['Wife drives from Jubilee for each session.', ['Jubilee']],
    ['pt wants to go home to verdant.\nnpo after midnight', ['verdant']],
    ['PTN WANTS TO GO HOME TO PLUM HOLLOW\nRESTRAINTS OFF', ['PLUM', 'HOLLOW']],
    ['daughter moved back from felicity to help with meds.', ['felicity']],
    ['Brother en route from Marvel, ETA 2 h.', ['Marvel']],
    ['commutes from marvel on weekdays', ['marvel']],
    // A mixed-case note writes a small town in lower case too.
    ['Sister drives from jubilee.', ['jubilee']],
    ['Transferred care after move from Felicity\nStarted HD 3x/wk', ['Felicity']],
  ])('%j', (text, town) => {
    expect(rulePlaces(text)).toEqual(town);
  });
});

describe('what stands after the same phrases and is no town', () => {
  it.each([
    'wants to go home to rest.',
    'go home to recover, f/u 1 wk',
    'wants to go home to pack.',
    'pt wants to go home to family.',
    'WANTS TO GO HOME TO SLEEP.',
    'Son drives from work, arrives 6 pm.',
    'will drive from the hospital after dc',
    'drove from home this am',
    'Daughter drives from Florida monthly.',
    'drives from clinic to pharmacy',
    'wife drives from jubilee of a game',
    'SON DRIVES FROM ICU TO CLINIC.',
    'MOVED FROM CHAIR TO BED.',
    'Pt moved back from bassinet to isolette.',
    'go home to see grandchildren',
    'lives in fear.',
    'Son drives from bounty.',
  ])('%j', (text) => {
    expect(rulePlaces(text)).toEqual([]);
  });
});

describe('a town after a site of business or care and "in"', () => {
  it.each([
    ['also seen 3/2 at urgent care in jubilee.\ntdap given', ['jubilee']],
    ['Papers kept at attorney office in Marvel.', ['Marvel']],
    ['owned a hardware store in Jubilee until 2001.', ['Jubilee']],
    ['EYE APPOINTMENT IN FELICITY.\nVISION 20/30', ['FELICITY']],
  ])('%j', (text, town) => {
    expect(rulePlaces(text)).toEqual(town);
  });

  it.each([
    'Seen in clinic in person.',
    'Follow-up appointment in Neurology.',
    'Sent to urgent care in stable condition.',
    'Visit held in clinic in Spanish.',
    'Reviewed at clinic in May.',
    'Next appointment in 2 weeks.',
    'urgent care in the morning.',
    'Repeat labs with your practice in two weeks.',
    'WILL SEE HIM AT THE CENTER IN THREE MONTHS.',
  ])('%j', (text) => {
    expect(rulePlaces(text)).toEqual([]);
  });
});
