import { describe, expect, it } from 'vitest';
import { detectFreeTextNames } from '../../src/deid/free-text-names.js';

// Invented notes of one class (src/deid/free-text/clergy-names.ts): one or two words after a title of the
// clergy are the faith leader's name, though a word too, when the name lists hold them or no vocabulary does.
const names = (text: string) =>
  detectFreeTextNames(text, { profile: 'balanced', model: null })
    .filter((s) => s.category === 'NAME')
    .map((s) => text.slice(s.start, s.end));

describe('the name after a clergy title', () => {
  it.each([
    ['BP 120/70\nDEACON WILL LARK FROM ST. ANSELM CHURCH AT BS\n', ['WILL', 'LARK']],
    ['Imam Tevita called the unit about prayer times.', ['Tevita']],
    ['pt asked for chaplain. contacted rabbi hope frost of beth am.\n', ['hope', 'frost']],
  ])('%j', (text, words) => {
    for (const w of words) expect(names(text)).toContain(w);
  });
});

describe('words after a clergy title that are no name', () => {
  it.each([
    ['Pastor from Grace Fellowship will visit.', 'from'],
    ['DEACON WILL VISIT TOMORROW AM\nBP 120/70\n', 'WILL'],
    ['Pastor ICU visit requested.', 'ICU'],
    ['Elder care options discussed.', 'care'],
  ])('%j', (text, word) => {
    expect(names(text)).not.toContain(word);
  });
});
