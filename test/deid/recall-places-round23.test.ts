import { describe, expect, it } from 'vitest';
import { detectPhi } from '../../src/deid/detect.js';

const found = (text: string) => detectPhi(text).map((s) => text.slice(s.start, s.end));
const places = (text: string) =>
  detectPhi(text)
    .filter((s) => s.category === 'LOCATION' || s.category === 'INSTITUTION')
    .map((s) => text.slice(s.start, s.end));

describe('a town name that also names a clinical scale is the scale', () => {
  it.each([
    'Safety: fall risk moderate (Morse 45), call light in reach.',
    'Epworth Sleepiness Scale 11/24 today, was 17/24.',
    'Skin: Braden 15, heels floated.',
    'Balance: Berg 38/56, uses rollator.',
    'ADL: Barthel 55/100 on admission.',
  ])('%j', (text) => {
    expect(places(text)).toEqual([]);
  });

  it.each([
    ['Moved from Epworth last spring to be near her son.', 'Epworth'],
    ['Grew up in Morse, now lives with daughter.', 'Morse'],
    ['Relocated to Epworth after retiring.', 'Epworth'],
  ])('a place preposition keeps the town: %j', (text, town) => {
    expect(places(text)).toContain(town);
  });
});
