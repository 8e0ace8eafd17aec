import { describe, expect, it } from 'vitest';
import { phraseEnd, plainPhraseWords } from '../../src/deid/known-identifiers.js';

// Issue 11 (speed): known addresses and organisations are matched by hand instead of one compiled
// regex per phrase. The hand matcher must answer what the phrase regex answers, at every position.
const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const reference = (phrase: string) => new RegExp(`${phrase.trim().split(/\s+/).map(escape).join('[\\s,]+')}(?![A-Za-z0-9])`, 'iy');

// Invented phrases of the classes a feed sends: street lines, towns, organisations with commas,
// dots, brackets, ampersands, hashes and digits.
const PHRASES = ['507 Wexford Road', 'Ashbourne', 'SYNTH GENERAL', 'Acme, Inc.', 'St. Brendan (North) Campus', 'Apt #4B', 'O\'Neil & Sons', '12-14 Harbor Blvd.', ' Lakeview  Medical\tCenter ', 'a.b@c.test'];
const SEPARATORS = [' ', '  ', ', ', ',', '\t', '\n', '\u00a0', '\u2028', '\ufeff', '', '-', '_'];
const CASES = [(s: string) => s, (s: string) => s.toUpperCase(), (s: string) => s.toLowerCase()];
const TAILS = ['', '.', 'x', '9', ' and', 'é', 'ſ', '\u212a', ','];

function textsFor(phrase: string): string[] {
  const words = phrase.trim().split(/\s+/);
  const out: string[] = [];
  for (const sep of SEPARATORS) for (const c of CASES) for (const tail of TAILS) out.push(`Lives at ${c(words.join(sep))}${tail} today; ${c(words.join(' '))}`);
  // Look-alike letters that only a Unicode-aware comparison would fold to ASCII.
  out.push(phrase.replace(/s/g, 'ſ').replace(/k/gi, '\u212a'));
  return out;
}

describe('hand phrase matcher', () => {
  it('matches where the phrase regex matches and ends where it ends, at every position', () => {
    let hits = 0;
    for (const phrase of PHRASES) {
      const words = plainPhraseWords(phrase);
      expect(words, phrase).toBeDefined();
      const re = reference(phrase);
      for (const text of textsFor(phrase)) {
        for (let at = 0; at < text.length; at++) {
          re.lastIndex = at;
          const m = re.exec(text);
          const want = m ? at + m[0].length : -1;
          expect(phraseEnd(text, at, words!), `${phrase} in ${JSON.stringify(text)} at ${at}`).toBe(want);
          if (want >= 0) hits++;
        }
      }
    }
    expect(hits).toBeGreaterThan(100);
  });

  it('leaves phrases it cannot match exactly to the regex', () => {
    expect(plainPhraseWords('Zürich Klinik')).toBeUndefined();
    expect(plainPhraseWords('Acme ,Inc')).toBeUndefined();
    expect(plainPhraseWords('Main Street')).toEqual(['main', 'street']);
  });
});
