import { describe, expect, it } from 'vitest';
import { detectFreeTextNames } from '../../src/deid/free-text-names.js';

// Invented notes of one class (src/deid/free-text/person-names.ts doseOrGaugeAfterNumber): "Fr" after a number is
// the French gauge of a tube, drain or catheter, not Father; the word after it is a device, not a name.
const names = (text: string) =>
  detectFreeTextNames(text, { profile: 'balanced', model: null })
    .filter((s) => s.category === 'NAME')
    .map((s) => text.slice(s.start, s.end));

describe('a French gauge after a number titles nobody', () => {
  it.each(['Drains: 10 Fr JP x1.', 'DRAINS: 19 FR BLAKE X1.', 'A 16 Fr Coude catheter was passed.', 'a 20 fr. Malecot tube left in place', 'Placed 8 Fr Mic gastrostomy.'])('%j', (text) => {
    expect(names(text)).toEqual([]);
  });
});

describe('Fr. as a clergy title still names the person', () => {
  it.each([
    ['Visited by Fr. Okonkwo today.', 'Okonkwo'],
    ['Fr Lindqvist visited 2 days ago.', 'Lindqvist'],
    ['Seen 3/4, Fr. Halvorsen anointed pt.', 'Halvorsen'],
  ])('%j', (text, name) => {
    expect(names(text)).toContain(name);
  });
});
