import { describe, expect, it } from 'vitest';
import { detectNumberShapes } from '../../src/deid/number-shapes.js';
import { detectPatterns } from '../../src/deid/patterns.js';

// Invented dictation (session 33): phone numbers read out in digit words, and four- or five-digit
// extensions after the written-out word.
const phones = (text: string) =>
  detectNumberShapes(text)
    .filter((s) => s.category === 'PHONE')
    .map((s) => text.slice(s.start, s.end));

describe('a phone number read out in digit words', () => {
  it.each([
    ['Her daughter can be reached at four one three, five five five, two seven one nine.', 'four one three, five five five, two seven one nine'],
    ['callback six zero two five five five zero one nine eight', 'six zero two five five five zero one nine eight'],
    ['number is one eight zero zero five five five oh one four two', 'one eight zero zero five five five oh one four two'],
    ['Please call the office at five five five - three one two nine.', 'five five five - three one two nine'],
    ['phone: nine seven eight, six two one four', 'nine seven eight, six two one four'],
  ])('%j', (text, want) => {
    expect(phones(text)).toContain(want);
  });

  it.each([
    'She counted one two three four five six seven without error.',
    'Apgars nine and nine.',
    'Repeat back: one two three four five six seven eight nine ten.',
    'Serial sevens: ninety three, eighty six.',
  ])('finds no phone in %j', (text) => {
    expect(phones(text)).toEqual([]);
  });
});

describe('a four- or five-digit extension after the written-out word', () => {
  const found = (text: string) =>
    detectPatterns(text)
      .filter((s) => s.category === 'PHONE')
      .map((s) => text.slice(s.start, s.end));
  it.each([
    ['Office 555-201-3344, extension 4412.', '4412'],
    ['Reach the nurse line, ext. 20931, after 5 pm.', '20931'],
    ['EXTENSION 7781 FOR THE CHARGE NURSE', '7781'],
  ])('%j', (text, ext) => {
    expect(found(text)).toContain(ext);
  });

  it.each(['knee extension 1200 ms on EMG', 'hip extension 1000 degrees? no.', 'extension 10 degrees'])('finds no extension in %j', (text) => {
    expect(found(text).filter((s) => /^\d{4,5}$/.test(s))).toEqual([]);
  });
});
