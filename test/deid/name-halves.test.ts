import { describe, expect, it } from 'vitest';
import { detectPhi } from '../../src/deid/detect.js';
import { givenNameWords } from '../../src/deid/lexicons.js';

// A name one half of which was found leaks its other half when that half is also a word: a
// surrogate for "Varnadoe" alone leaves "Will" in the text. The other half is taken only in a
// name's shape (src/deid/free-text/name-halves.ts). Every name here is invented.
const names = (text: string, profile: 'balanced' | 'strict' = 'balanced') =>
  detectPhi(text, undefined, { profile })
    .filter((s) => s.category === 'NAME')
    .map((s) => text.slice(s.start, s.end));

describe('the other half of a found name', () => {
  it.each([
    // A given name that is also a word, before a surname written as a name.
    ['PCP: Will Varnadoe', 'Will Varnadoe'],
    ['Monitor/recorder: Pearl Pellingham-Quade, CVT', 'Pearl Pellingham-Quade'],
    ['Name: May Brackenfold   Age 71', 'May Brackenfold'],
    // A given name before the middle initial of a found name.
    ['Employer contact: Hazel Q. Brindleworth (HR, Copperfield Mills)', 'Hazel Q. Brindleworth'],
    ['derm f/u -- Ivy Q. Lisowski, 35F, seen today', 'Ivy Q. Lisowski'],
    // The surname after a given name and its initial, though it is a word.
    ['Admit to hospitalist Corwin D. Gay.', 'Corwin D. Gay'],
    ['Scribe: Faustina R. Bishop', 'Faustina R. Bishop'],
  ])('%j', (text, name) => {
    for (const profile of ['balanced', 'strict'] as const) expect(names(text, profile)).toContain(name);
  });
});

describe('not a half of a name', () => {
  it.each([
    // A function word before a drug is no given name.
    ['Will Coumadin be restarted?', 'Will'],
    // A word that is a name now and then is no given name before a name ("baby", "deacon" are not in the given-name list).
    ['Baby Quillfeather in the warmer at 0300.', 'Baby'],
    ['Deacon Quillfeather visited.', 'Deacon'],
    // In a lower-case note the word after an initial is the next clause.
    ['chaplain ruth m. visited today, pt calmer.', 'visited'],
    // A clinical term is neither half.
    ['Referral to Ottoline Foley catheter clinic', 'Foley'],
    // A surname that is also a word stays a word in a one-case line ("DAY 1").
    ['LINES: L FEMORAL QUINTON, DAY 1. OGT, DAY 5', 'DAY'],
  ])('%j', (text, word) => {
    for (const profile of ['balanced', 'strict'] as const) expect(names(text, profile).join(' ').split(/[ .]+/)).not.toContain(word);
  });
});

describe('the lower-case half of a hyphenated given name', () => {
  // In a mixed-case note the half after the hyphen is short and often spells an abbreviation or a
  // word ("ho", "won"): beside a found name it is the name's, before the surname or the phrase's end.
  it.each([
    ['Seen with son Min-ho Vackley today.', 'Min-ho Vackley'],
    ['Pt: Hye-mi Ostrowe   MRN 44817', 'Hye-mi Ostrowe'],
    ['Interpreter: Eun-won Brackwell, present by phone', 'Eun-won Brackwell'],
    ['cc: Tae-min Quorrington, Fenmore Family Practice', 'Tae-min Quorrington'],
  ])('%j', (text, name) => {
    for (const profile of ['balanced', 'strict'] as const) expect(names(text, profile)).toContain(name);
  });

  it.each([
    // A lower-case word after the half continues a phrase; the half is no name's.
    ['Dr. Quorrington-pt called back', 'pt'],
    // Not after a word no name pass found.
    ['Follow-up in two weeks with PCP.', 'up'],
    ['Kaplan-meier curve reviewed', 'meier'],
  ])('%j', (text, word) => {
    for (const profile of ['balanced', 'strict'] as const) expect(names(text, profile).join(' ').split(/[ .-]+/)).not.toContain(word);
  });
});

describe('a town before its state is no name', () => {
  it('leaves the second word of a town to the place passes', () => {
    const text = 'Moved here from Quennick Cross, NH last year.';
    const spans = detectPhi(text);
    expect(spans.some((s) => text.slice(s.start, s.end) === 'NH' && s.category === 'LOCATION')).toBe(true);
    expect(names(text)).not.toContain('Cross');
  });
});

describe('the list of given names that are words', () => {
  it('holds frequent given names and leaves role words out', () => {
    const words = givenNameWords();
    for (const w of ['will', 'pearl', 'rose', 'hazel']) expect(words.has(w)).toBe(true);
    for (const w of ['crew', 'judge', 'baby', 'deacon', 'driver', 'see']) expect(words.has(w)).toBe(false);
  });
});
