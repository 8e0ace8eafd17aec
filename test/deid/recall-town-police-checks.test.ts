import { describe, expect, it } from 'vitest';
import { detectPhi } from '../../src/deid/detect.js';

// Invented call-log lines of one class (src/deid/free-text/town-repeats.ts, data townServices.after):
// a town before its police service and the check the police are asked for ("PD welfare check").
const places = (text: string) =>
  detectPhi(text, undefined, { model: null })
    .filter((s) => s.category === 'LOCATION')
    .map((s) => text.slice(s.start, s.end));

describe('a town before its police and a welfare check', () => {
  it.each([
    ['2210 Quarlesby PD welfare check requested, no answer at door', 'Quarlesby'],
    ['0105 thornwick pd welfare check req, ofc lee on scene', 'thornwick'],
    ['1930 MARROWFIELD PD WELLNESS CHECK REQUESTED, NO ANSWER', 'MARROWFIELD'],
    ['Asked Fennick PD welfare check at the home, pt found safe', 'Fennick'],
  ])('%j', (text, town) => {
    expect(places(text)).toContain(town);
  });
});

describe('PD that is a disease or a dialysis before the same words', () => {
  it.each([
    'advanced PD welfare concerns raised by family at visit',
    'home PD wellness program enrolled last month',
    'Parkinson disease (PD) wellness group on Tuesdays',
  ])('%j', (text) => {
    expect(places(text)).toEqual([]);
  });
});
