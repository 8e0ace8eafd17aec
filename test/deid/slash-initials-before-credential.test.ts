import { describe, expect, it } from 'vitest';
import { detectFreeTextNames } from '../../src/deid/free-text-names.js';

// Invented notes (session 25): a group between a signer's name, a slash and the credential closing the line
// is the co-signer's initials even when it spells a title or a unit ("ODETTE/DR RN", "Maria Lopez/MG RN").
const slashed = (text: string) =>
  detectFreeTextNames(text, { model: null })
    .filter((s) => s.category === 'NAME' && s.source === 'slash-initials')
    .map((s) => text.slice(s.start, s.end));

describe('initials between a name, a slash and a closing credential', () => {
  it.each([
    ['PT RESTING, NO DISTRESS.\nODETTE/DR RN\n', ['DR']],
    ['Family updated at bedside.\nMaria Lopez/MG RN\n', ['MG']],
    ['TURNED Q2H.\nBERNADINE/GR LPN\n', ['GR']],
  ])('%j', (text, expected) => {
    expect(slashed(text)).toEqual(expected);
  });

  it.each([
    'Family updated at bedside.\nMaria Lopez/OR RN\n',
    'Family updated at bedside.\nMaria Lopez/RN RN\n',
    'Seen on rounds.\nPT/OT RN\n',
  ])('finds no initials in %j', (text) => {
    expect(slashed(text)).toEqual([]);
  });
});
