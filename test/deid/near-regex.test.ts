import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { allMatches, NearRegex } from '../../src/deid/regex-matches.js';
import { patternNears } from '../../src/deid/patterns.js';
import { seededRandom, syntheticCase, syntheticCaseHl7 } from '../../src/deid/synthetic-phi.js';

// Issue 11 (speed): a pattern rule whose every match holds a cheaper expression's match near its start
// runs only there (NearRegex). Its matches must be a whole-text scan's on any text, and the rules'
// promise ("a digit, a colon and two digits one or two characters in") must hold for each match.
const PIECES = ['1', '2', '9', '0', '19', '20', '12345', '-', '/', ':', '.', ' ', '\t', '\n', '(', ')', ',', '#', "'", 'A', 'Zx', 'ab', 'MRN', 'pm', 'é', '😀'];

function generated(r: () => number, n: number): string {
  let s = '';
  for (let i = 0; i < n; i++) s += PIECES[Math.floor(r() * PIECES.length)]!;
  return s;
}

const shape = (ms: RegExpExecArray[]) => ms.map((m) => [m.index, ...m]);

const corpus = (): string[] => {
  const r = seededRandom(5);
  const texts = [readFileSync(new URL('../fixtures/deid/notes.text', import.meta.url), 'utf8')];
  for (let i = 0; i < 200; i++) texts.push(syntheticCaseHl7(syntheticCase(i, r), i));
  texts.push('at 3:45 pm, 12:05, 1:2, 07/09/2024 16:02, 526-2399, 5-1234, 12-34-567, 10.1.2.3, 1930-01-28, 19991231, (555) (1234), RAD0000000, ab12345, 1abc2345');
  texts.push('+1 (617) 555-0134, 1-617-555-0134x22, 617.555. 0134, (617)555 0134, 617/555/0134, Policy no. HXK 447 221 904, MRN A1 22 B3, paged P2439 or 6-088 at 87283');
  texts.push('2024/03/14, 2024/3/4, 2024-03-14T10:00:00Z, 1999-12-31, 03/14/2024, 3-14-24, 12/3AM, 12/3pm, 1/5-1/9/24, 4/12, 11/30/99');
  return texts;
};

describe('NearRegex', () => {
  it('gives what a whole-text scan gives, when the promise holds', () => {
    const cases: [RegExp, RegExp, number][] = [
      [/\b\d{1,2}:\d\d/g, /:\d/g, 2],
      [/[A-Z]{0,3}\d{5,}/g, /\d{5}/g, 3],
      [/(?<![\d-])\d?-\d*/g, /-/g, 1],
      [/(?=\d)/g, /\d/g, 0],
      [/\(?\d+\)?/gi, /\d/g, 1],
    ];
    const r = seededRandom(17);
    for (let n = 0; n < 600; n++) {
      const text = generated(r, Math.floor(r() * 30));
      for (const [re, near, back] of cases) expect(shape(new NearRegex(re, near, back).matchAll(text)), `${re} on ${JSON.stringify(text)}`).toEqual(shape(allMatches(re, text)));
    }
  });

  it('refuses expressions it cannot run exactly', () => {
    expect(() => new NearRegex(/a/, /a/g, 0)).toThrow();
    expect(() => new NearRegex(/a/gu, /a/g, 0)).toThrow();
    expect(() => new NearRegex(/a/g, /a/y, 0)).toThrow();
    expect(() => new NearRegex(/a/g, /a/g, -1)).toThrow();
  });

  it("holds for every pattern rule given one: each match holds the near expression's match within reach", () => {
    const nears = patternNears();
    expect(nears.length).toBeGreaterThan(5);
    const texts = corpus();
    let n = 0;
    for (const { id, re, near, back } of nears) {
      const sticky = new RegExp(near.source, near.flags.replace('g', '') + 'y');
      for (const t of texts) {
        for (const m of allMatches(re, t)) {
          n++;
          let found = false;
          for (let q = m.index; q <= m.index + back && !found; q++) {
            sticky.lastIndex = q;
            found = sticky.test(t);
          }
          expect(found, `${id} at ${JSON.stringify(m[0])}`).toBe(true);
        }
      }
    }
    expect(n).toBeGreaterThan(200);
  });

  it('finds the same matches as a whole-text scan for every pattern rule given one', () => {
    const texts = corpus();
    const r = seededRandom(23);
    for (let k = 0; k < 3000; k++) texts.push(generated(r, Math.floor(r() * 24)));
    for (const { id, re, near, back } of patternNears()) {
      const windowed = new NearRegex(re, near, back);
      for (const t of texts) expect(shape(windowed.matchAll(t)), id).toEqual(shape(allMatches(re, t)));
    }
  });
});
