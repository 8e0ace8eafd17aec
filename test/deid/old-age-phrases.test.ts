import { describe, expect, it } from 'vitest';
import { detectPhi } from '../../src/deid/detect.js';

const ages = (text: string) =>
  detectPhi(text)
    .filter((s) => s.category === 'AGE')
    .map((s) => text.slice(s.start, s.end));

describe('an age over 89 told by a decade, a turning age or a birthday', () => {
  it.each([
    ['Independent until her fall; she is in her 90s.', '90s'],
    ['A widower in his late nineties.', 'nineties'],
    ['Grandmother turns 100 next week, family visiting.', '100'],
    ['He will be 92 in May.', '92'],
    ['Celebrated her 95th birthday with family.', '95'],
    ['Patient turned 101 in the spring.', '101'],
  ])('%j', (text, want) => {
    expect(ages(text)).toContain(want);
  });

  it.each(['SBP in the 90s overnight.', 'Sats in the 90s on 2L.', 'Knee turned 90 degrees.', 'Turned 95% on RA after suction.', 'Her 19th birthday.', 'In her 80s.'])('no age: %j', (text) => {
    expect(ages(text)).toEqual([]);
  });
});
