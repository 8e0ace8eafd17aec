import { describe, expect, it } from 'vitest';
import { detectPhi } from '../../src/deid/detect.js';

const names = (text: string) =>
  detectPhi(text, undefined, { profile: 'balanced' })
    .filter((s) => s.category === 'NAME')
    .map((s) => text.slice(s.start, s.end));

// On a sign-off line, a Title-case word after a word only the first-name list holds, closing the name
// (a comma or the line's end), is the signer's surname though it is also a word. Invented examples.
describe('sign-off lines: a surname that is also a word', () => {
  it.each([
    ['Signed: Marta Quell, MS, CGC on 3/4', 'Marta Quell'],
    ['Electronically signed: Ilse Mallow, LCSW', 'Ilse Mallow'],
    ['Signed: Henrike Dally', 'Henrike Dally'],
    ['Signed: Jorunn Tarry, MS', 'Jorunn Tarry'],
  ])('%j', (text, name) => {
    expect(names(text)).toContain(name);
  });

  it.each([
    ['Signed: Will Follow, RN', ['Follow']],
    ['Signed: Marta Hospital, RN', ['Marta Hospital', 'Hospital']],
    ['Signed: Marta Quell MS today', ['Marta Quell']],
    ['Plan: Marta Quell, MS, CGC will call.', ['Marta Quell']],
  ])('%j: no first name before it, a clinical or facility word, or no close of the name: the word stays', (text, kept) => {
    const found = names(text);
    for (const w of kept) expect(found).not.toContain(w);
  });
});
