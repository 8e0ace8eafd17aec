import { describe, expect, it } from 'vitest';
import { detectPhi } from '../../src/deid/detect.js';

// Invented notes of one class (src/deid/free-text/country-places.ts): a country someone travels to
// or through, read from its context (a preposition of a journey, "to" after a word of travel or "in"
// right after one, a line label of travel, a town before its comma on a line of travel, another
// country of the same list), and the town a preposition opens before such a country's comma. A
// country of origin or birth is left; a country that is also a given name or a word needs a strong
// cue, and a thing's word after it makes it none.
const places = (text: string, profile: 'balanced' | 'strict' = 'balanced') =>
  detectPhi(text, undefined, { model: null, profile })
    .filter((s) => s.category === 'LOCATION' || s.category === 'INSTITUTION')
    .map((s) => text.slice(s.start, s.end));

describe('a country of a stay or a journey', () => {
  it.each([
    ['Mefloquine weekly, first dose a week before crossing into Laos.\nNo seizure history.', 'Laos'],
    ['Plans on flying to Rwanda next month with her choir; discussed yellow fever.', 'Rwanda'],
    ['Back from a mission in Malawi; PPD negative on return.', 'Malawi'],
    ['ENGINEER, LEAVING FOR A MISSION IN INDIA; CONTACT Q. FENWRIGHT.', 'INDIA'],
    ['Prior travel: Fiji 2011, Togo 2019 - no illness reported.', 'Fiji'],
    ['Prior travel: Fiji 2011, Togo 2019 - no illness reported.', 'Togo'],
    ['trip plan: flying 4/2 to el alto, paraguay; then home via miami.', 'paraguay'],
    ['Plans a trek across Mongolia in June; altitude counselling given.', 'Mongolia'],
    ['Typhoid vaccine today; crossing into the Gambia by bus in May.', 'the Gambia'],
  ])('%j', (text, place) => {
    expect(places(text)).toContain(place);
  });

  it("takes the town before its country's comma after a preposition", () => {
    expect(places('Trip plan: flying 3/2 to Zomba, Malawi; home 4/1.')).toEqual(expect.arrayContaining(['Zomba', 'Malawi']));
  });
});

describe('the same shapes that are no country of a journey', () => {
  it.each([
    ['Smear negative; India ink stain negative for yeast.', 'India'],
    ['Cryptococcal screen: positive in India ink prep last year.', 'India'],
    ['Scratched by a guinea pig at her cousin\'s farm in March.', 'guinea'],
    ['Message left; spoke to Chad (son) about the plan.', 'Chad'],
    ['Had a turkey burger for lunch, then vomited twice.', 'turkey'],
    ['Skin prick reaction in Chile pepper challenge; hives within 10 min.', 'Chile'],
    ['Rocky Mountain spotted fever titres sent; Lyme IgM negative.', 'Rocky'],
    ['Born in India, moved to the US as a teen.', 'India'],
    ['Her son lives in Vietnam and calls weekly.', 'Vietnam'],
  ])('%j', (text, word) => {
    expect(places(text).some((p) => p.includes(word))).toBe(false);
  });
});

// Every cue reads the word right before the country ("to", "into", a label's colon, a list's comma):
// a region word there ("New") leaves a state's name no cue.
describe('a country name inside a state name', () => {
  it.each([
    'Plans on flying to New Mexico next week for a wedding.',
    'Destination: New Mexico (family).',
  ])('%j is no country of a journey', (text) => {
    expect(detectPhi(text, undefined, { model: null }).some((s) => s.source === 'country-place')).toBe(false);
  });
});
