import { describe, expect, it } from 'vitest';
import { detectPatterns } from '../../src/deid/patterns.js';

// A name spelled out letter by letter after a word of spelling, as dictation does (src/deid/patterns.ts).
// Every example is invented.
const names = (text: string) => detectPatterns(text).filter((s) => s.category === 'NAME').map((s) => text.slice(s.start, s.end));

describe('a name spelled out after a word of spelling', () => {
  it.each([
    ['DICTATION FOR QUILLAN, ROSA, SPELLED Q-U-I-L-L-A-N, A DISCHARGE SUMMARY', 'Q-U-I-L-L-A-N'],
    ['last name spelled O - D - U - Y - A.', 'O - D - U - Y - A'],
    ['spelling: B E R G S T R O M, first name as dictated', 'B E R G S T R O M'],
    ['Patient surname, spelled v-a-s-q-u-e-z, confirmed.', 'v-a-s-q-u-e-z'],
  ])('%j', (text, name) => {
    expect(names(text)).toContain(name);
  });

  it.each(['spelled as a word', 'the word is spelled correctly', 'I spelled it out for her', 'spell check done'])('finds nothing in %j', (text) => {
    expect(names(text)).toEqual([]);
  });
});
