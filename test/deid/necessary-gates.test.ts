import { describe, expect, it } from 'vitest';
import { CREDENTIALS_RE, mayOpenCredentials, mayOpenInitialPair } from '../../src/deid/free-text/sign-off-lines.js';
import { LISTED_CREDENTIALS } from '../../src/deid/free-text/vocabulary.js';
import { floorMayFollow } from '../../src/deid/free-text/acronym-wards.js';
import { mulberry32 } from '../../src/util/prng.js';
import { holdsBeforeColon, skipBlanks } from '../../src/deid/free-text/blank-skip.js';

// Speed (session 41): in-place tests read before a pattern must hold wherever the pattern matches
// (necessary conditions: the pattern still decides when they hold).

const randomTexts = (seed: number, parts: readonly string[], fixed: readonly string[], n = 5000, max = 7): string[] => {
  const r = mulberry32(seed);
  const out = [...fixed];
  for (let i = 0; i < n; i++) {
    let t = '';
    const len = Math.floor(r() * max);
    for (let k = 0; k < len; k++) t += parts[Math.floor(r() * parts.length)]!;
    out.push(t);
  }
  return out;
};

describe('sign-off-lines mayOpenInitialPair', () => {
  const RE = /^[ \t]*(?:(?<a>[A-Za-z]{2,3})[ \t]*[/:][ \t]*(?<b>[A-Za-z]{2,3})|\/(?<c>[A-Za-z]{2,3})|(?<d>[A-Za-z]{2,3})\/)(?![A-Za-z/])/;
  it('holds wherever INITIAL_PAIR_RE matches', () => {
    const parts = [' ', '\t', '/', ':', 'a', 'B', 'ab', 'ABC', 'abcd', 'é', '1', '-', 'kw', 'JT'];
    for (const t of randomTexts(3, parts, ['ab/cd', ' AB : CD', '/kw', 'jt/', 'abc/de', 'abcd/ef', ' /s/', 'é/ab', 'ab /cd'])) {
      if (RE.test(t)) expect(mayOpenInitialPair(t), JSON.stringify(t)).toBe(true);
    }
  });
});

describe('acronym-wards floorMayFollow', () => {
  const RE = /^[ \t]+(?:\d{1,2}[ \t]*(?:[Ww]est|[Ee]ast|[Nn]orth|[Ss]outh|WEST|EAST|NORTH|SOUTH)\b|\d{1,2}[NSEW](?![\w/-])|OR[ \t]+\d{1,2}\b)/;
  it('holds wherever FLOOR_AFTER_RE matches the 16 characters from the position', () => {
    const parts = [' ', '\t', '4', '12', 'W', 'West', 'EAST', 'OR', 'or', ' 3', 'N', 'x', '/', '\n'];
    for (const t of randomTexts(4, parts, [' 5N', ' 4 West', '  OR 2', ' OR 12', '5N', ' or 2'])) {
      for (let at = 0; at <= t.length; at++) {
        if (RE.test(t.slice(at, at + 16))) expect(floorMayFollow(t, at), JSON.stringify([t, at])).toBe(true);
      }
    }
  });
});

describe('the first-character gates of line patterns', () => {
  it('COPY_LINE_RE matches only a line whose first character past the blanks is c or C', () => {
    const RE = /^[ \t]*(?:cc|c\.c\.|copies[ \t]+to|copy[ \t]+to)[ \t]*[:-][ \t]*/i;
    const parts = [' ', '\t', 'cc', 'CC', 'c.c.', 'C.C.', 'copies to', 'COPY TO', ':', '-', 'x', 'ç', '\u0107'];
    for (const t of randomTexts(5, parts, ['cc: a', ' CC - b', 'c.c.: x', 'Copy to: y'])) {
      if (!RE.test(t)) continue;
      const c = t.charCodeAt(skipBlanks(t, 0));
      expect(c === 99 || c === 67, JSON.stringify(t)).toBe(true);
    }
  });
});

describe('sign-off-lines mayOpenCredentials', () => {
  it('holds wherever CREDENTIALS_RE matches the text from the position', () => {
    const creds = [...LISTED_CREDENTIALS].slice(0, 40);
    const parts = [' ', '\t', ',', ', ', '/', 'x', 'É', '1', '.', ...creds, ...creds.map((c) => c.toUpperCase())];
    for (const t of randomTexts(6, parts, [' RN', ', MD', ',  np', 'rn', ' ,RN', ' x RN'], 3000, 5)) {
      for (let at = 0; at <= t.length; at++) {
        if (CREDENTIALS_RE.test(t.slice(at))) expect(mayOpenCredentials(t, at), JSON.stringify([t, at])).toBe(true);
      }
    }
  });
});

describe('holdsBeforeColon', () => {
  it('holds wherever a pattern w[ \\t]*: matches', () => {
    const parts = [' ', '\t', ':', 'cc', 'CC', 'c.c.', 'copy to', 'acc', 'x', '\n', '\u0130', 'é', ' :'];
    for (const t of randomTexts(7, parts, ['cc:', 'cc  :', 'acc: x', 'cc\n:', 'copy to :'])) {
      for (const w of ['cc', 'c.c.', 'copy to']) {
        const re = new RegExp(`${w.replace(/\./g, '\\.')}[ \\t]*:`);
        if (re.test(t)) expect(holdsBeforeColon(t, w), JSON.stringify([t, w])).toBe(true);
        // Case-insensitive, on the lowered text.
        if (new RegExp(re.source, 'i').test(t)) expect(holdsBeforeColon(t.toLowerCase(), w), JSON.stringify([t, w, 'i'])).toBe(true);
      }
    }
  });
});

describe('townsAfterPlaces separator gate', () => {
  it('the separator pattern matches only where a separator stands past the blanks', () => {
    const RE = /^[ \t]*[,·|•][ \t]*/;
    const parts = [' ', '\t', ',', '·', '|', '•', 'a', '\n', '-', '.'];
    for (const t of randomTexts(9, parts, [', x', ' · y', '\t| z', '  •'])) {
      for (let at = 0; at <= t.length; at++) {
        if (!RE.test(t.slice(at, at + 8))) continue;
        const c = t.charCodeAt(skipBlanks(t, at));
        expect(c === 44 || c === 0xb7 || c === 124 || c === 0x2022, JSON.stringify([t, at])).toBe(true);
      }
    }
  });
});
