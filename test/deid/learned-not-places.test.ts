import { describe, expect, it } from 'vitest';
import { notAPlace } from '../../src/deid/learned/learned-names.js';
import { eagerModel, learnedScan } from '../helpers/learned-models.js';

// The words the place rules list as standing where a town may without naming one — how a person
// lives ("lives in harmony"), what follows a street's comma ("12 Oak St, rear"), kinds of place,
// dwelling and supply ("MEDS FROM CART", "insulin from fridge") — are no learned place either,
// whatever the model scores. Every example is invented.
const eagerPlace = eagerModel(2);
const places = (text: string, profile: 'balanced' | 'strict') => {
  const s = learnedScan(text, eagerPlace, profile);
  return s.spans.filter((x) => x.category === 'LOCATION').map((x) => text.slice(x.start, x.end).toLowerCase());
};

describe('learned layer: words the place rules say name no place', () => {
  it('reads the three lists of the place rules', () => {
    for (const w of ['harmony', 'poverty', 'rear', 'upstairs', 'apartment', 'cart', 'pyxis', 'fridge', 'stock']) expect(notAPlace(w), w).toBe(true);
    for (const w of ['bison', 'liberty', 'harwick', 'quorn']) expect(notAPlace(w), w).toBe(false);
  });
  it.each([
    ['MEDS FROM CART. PT RESTING.', 'cart'],
    ['insulin from fridge, given at 0800.', 'fridge'],
    ['meds pulled from pyxis x2, witnessed.', 'pyxis'],
    ['SUPPLIES FROM STOCK, DRESSING CHANGED.', 'stock'],
    ['lives with wife in harmony, no issues.', 'harmony'],
    ['LIVES WITH SON IN POVERTY, SW AWARE.', 'poverty'],
  ])('an eager place model takes no place in %j', (text, word) => {
    for (const profile of ['balanced', 'strict'] as const) expect(places(text, profile)).not.toContain(word);
  });
  it.each([
    ['PT FROM BISON, RETIRED FARMER.', 'bison'],
    ['son drove in from quornley last night.', 'quornley'],
    // A word of the lists inside a longer name is not alone after the preposition.
    ['Sent over from Camp Quarry last week.', 'camp'],
  ])('the model still decides %j', (text, word) => {
    expect(places(text, 'strict')).toContain(word);
  });
});
