import { describe, expect, it } from 'vitest';
import { detectPhi } from '../../src/deid/detect.js';

const names = (text: string) =>
  detectPhi(text)
    .filter((s) => s.category === 'NAME')
    .map((s) => text.slice(s.start, s.end));

describe('a role word before a credential is no name', () => {
  it.each([
    'Referring MD requests ICU bed.',
    'Accepting MD attestation: see below',
    'Covering NP paged for pain.',
    'Consulting MD recommends MRI.',
    'Supervising PA co-signed.',
    'Receiving RN updated at 1400.',
    'Night RN reports no events.',
    'Oncoming RN aware of plan.',
    'Float RN assisted with turn.',
  ])('%j', (text) => {
    expect(names(text)).toEqual([]);
  });

  it.each([
    ['Referring MD Okonkwo requests ICU bed.', 'Okonkwo'],
    ['Night MD Hugo Moreland paged at 0400.', 'Hugo Moreland'],
    ['Manning RN', 'Manning'],
    ['-- Browning, RN', 'Browning'],
    ['Oncoming RN Lisa Marchetti aware.', 'Lisa Marchetti'],
  ])('the name beside it stays: %j', (text, want) => {
    expect(names(text).join(' ')).toContain(want);
  });
});
