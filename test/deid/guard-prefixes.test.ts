import { describe, expect, it } from 'vitest';
import { guardPrefixes, WHITE_SPACE, type GuardPrefixes } from '../../src/deid/guard-prefixes.js';
import { GuardSet } from '../../src/deid/guard-set.js';
import { patternGuards } from '../../src/deid/patterns.js';
import { seededRandom, syntheticCase, syntheticCaseHl7 } from '../../src/deid/synthetic-phi.js';
import { mulberry32 } from '../../src/util/prng.js';

// Issue 11 (speed): the case-blind pattern guards are asked only where one of their openings
// stands (guard-prefixes.ts, guard-set.ts). Each opening list must hold every place a match of
// its guard can start at, whatever the text.

/** The text folded as the scan folds it: ASCII capitals to lower case under `i`, nothing else. */
function folded(text: string, flags: string): string {
  return flags.includes('i') ? text.replace(/[A-Z]/g, (c) => c.toLowerCase()) : text;
}

/** The places of `text` some match of `re` starts at that none of `p`'s openings accounts for. */
function unaccounted(re: RegExp, p: GuardPrefixes, text: string): number[] {
  const sticky = new RegExp(re.source, `${re.flags}y`);
  const f = folded(text, re.flags);
  const out: number[] = [];
  for (let i = 0; i <= text.length; i++) {
    sticky.lastIndex = i;
    if (!sticky.test(text)) continue;
    if (i === 0 && p.atStart) continue;
    if (!p.strings.some((s) => f.startsWith(s, i))) out.push(i);
  }
  return out;
}

// Pieces the random texts and expressions are made of: both cases, digits, blanks, line breaks,
// marks the guards open with, and characters whose upper case is an ASCII letter or that are one.
const TEXT_PIECES = ['a', 'A', 'b', 'B', 'c', 'x', 'X', '1', '9', '0', ' ', '\t', '\n', '-', '(', ')', '/', '.', '#', ':', "'", '’', 'ſ', 'K', 'é', 'ext', 'Ext.', 'room', 'RM', 'age', '94', '101'];

/**
 * A random text of `n` pieces (some repeated), drawn from a few of them (so that runs come up) and,
 * half the time, from the characters of `source` too (so that an expression's own letters meet).
 */
function randomText(r: () => number, n: number, source = ''): string {
  const pool = Array.from({ length: 2 + Math.floor(r() * 4) }, () => TEXT_PIECES[Math.floor(r() * TEXT_PIECES.length)]!);
  if (source !== '' && r() < 0.5) pool.push(...[...source].map((c) => (r() < 0.5 ? c.toUpperCase() : c)));
  let t = '';
  for (let k = 0; k < n; k++) t += pool[Math.floor(r() * pool.length)]!.repeat(r() < 0.3 ? 2 + Math.floor(r() * 4) : 1);
  return t;
}

const ATOMS = ['a', 'b', 'A', 'x', '1', '9', ' ', '-', '\\(', '\\.', '\\/', '\\d', '\\s', '\\w', '.', '[a-c]', '[^a]', '[ \\t]', '[A-Za-z]', '[0-9x]', '[.-]', '\\b', '^', '$', '’', 'ſ', 'é', '\u212a', '\\n', '(?=a)', '(?<=a)', '(?<![a-z])', '(?!b)'];
const QUANTIFIERS = ['', '', '', '?', '*', '+', '{2}', '{1,3}', '{0,2}', '{2,}', '??', '*?'];
const GROUP_QUANTIFIERS = ['', '', '?', '{2}', '{0,2}'];

/** A random expression of the syntax the reader is asked to read (and some it refuses). */
function randomSource(r: () => number, depth = 0): string {
  const alternatives = 1 + Math.floor(r() * (depth === 0 ? 3 : 2));
  const parts: string[] = [];
  for (let a = 0; a < alternatives; a++) {
    let s = '';
    const terms = 1 + Math.floor(r() * 4);
    for (let k = 0; k < terms; k++) {
      const group = depth < 2 && r() < 0.2;
      const atom = group ? `(${r() < 0.5 ? '?:' : ''}${randomSource(r, depth + 1)})` : ATOMS[Math.floor(r() * ATOMS.length)]!;
      const zeroWidth = /^(?:\\b|\^|\$|\(\?[=!<])/.test(atom);
      // A group is repeated a bounded number of times: repeats of repeats backtrack for minutes on a miss.
      const quantifiers = group ? GROUP_QUANTIFIERS : QUANTIFIERS;
      s += atom + (zeroWidth ? '' : quantifiers[Math.floor(r() * quantifiers.length)]!);
    }
    parts.push(s);
  }
  return parts.join('|');
}

describe('guardPrefixes', () => {
  it('gives every pattern guard it reads openings that account for every place a match starts', () => {
    const r = seededRandom(3);
    const texts: string[] = [];
    for (let i = 0; i < 120; i++) texts.push(syntheticCaseHl7(syntheticCase(i, r), i));
    const rnd = mulberry32(17);
    for (let i = 0; i < 1500; i++) texts.push(randomText(rnd, 1 + Math.floor(rnd() * 20)));
    const guards = [...new Set(patternGuards().flatMap((g) => g.guards))];
    let read = 0;
    for (const g of guards) {
      const p = guardPrefixes(g.source, g.flags);
      if (!p) continue;
      read++;
      for (const t of texts) expect(unaccounted(g, p, t), `/${g.source}/${g.flags} on ${JSON.stringify(t.slice(0, 80))}`).toEqual([]);
    }
    expect(read).toBeGreaterThan(30);
  });

  it('reads random expressions soundly, case-blind or not (fuzz)', () => {
    const r = mulberry32(41);
    let read = 0;
    let starts = 0;
    for (let n = 0; n < 1500; n++) {
      const source = randomSource(r);
      const flags = r() < 0.6 ? 'i' : '';
      let re: RegExp;
      try {
        re = new RegExp(source, flags);
      } catch {
        continue;
      }
      const p = guardPrefixes(source, flags);
      if (!p) continue;
      read++;
      for (let k = 0; k < 30; k++) {
        const t = randomText(r, Math.floor(r() * 12), source);
        expect(unaccounted(re, p, t), `/${source}/${flags} on ${JSON.stringify(t)}`).toEqual([]);
        starts += t.length;
      }
    }
    expect(read).toBeGreaterThan(300);
    expect(starts).toBeGreaterThan(10000);
  });

  it('lists what \\s matches', () => {
    for (let k = 0; k < 0x10000; k++) {
      const c = String.fromCharCode(k);
      expect(WHITE_SPACE.includes(c), `U+${k.toString(16)}`).toBe(/\s/.test(c));
    }
  });

  it('reads openings through groups, classes, repeats and zero-width parts, and ends them where it cannot list', () => {
    expect(guardPrefixes('http|www', 'i')).toEqual({ strings: ['http', 'www'], atStart: false });
    expect(guardPrefixes('\\bVin\\b', 'i')?.strings).toEqual(['vin']);
    expect(guardPrefixes('[MF]x', 'i')?.strings.sort()).toEqual(['fx', 'mx']);
    expect(guardPrefixes('[MF]x', '')?.strings.sort()).toEqual(['Fx', 'Mx']);
    expect(guardPrefixes('(?:^|\\n)ab', '')).toEqual({ strings: ['\nab'], atStart: true });
    expect(guardPrefixes('(?<![a-z])ab?c', 'i')?.strings.sort()).toEqual(['abc', 'ac']);
    expect(guardPrefixes('a[ \\t]*b', '')?.strings.sort()).toEqual(['a  ', 'a \t', 'a\t ', 'a\t\t', 'a b', 'a\tb', 'ab'].sort());
    expect(guardPrefixes('ab\\s?c', '')?.strings.length).toBe(1 + WHITE_SPACE.length);
    expect(guardPrefixes('ab\\s?c', 'i')?.strings).toContain('ab\u3000c');
    expect(guardPrefixes('ab\\wc', '')?.strings).toEqual(['ab']);
    // No opening: a match may start anywhere, or the syntax is not read.
    expect(guardPrefixes('.a', '')).toBeUndefined();
    expect(guardPrefixes('[^a]b', '')).toBeUndefined();
    expect(guardPrefixes('a?', '')).toBeUndefined();
    expect(guardPrefixes('\\p{L}', 'u')).toBeUndefined();
    expect(guardPrefixes('(?<x>a)\\k<x>', '')).toEqual({ strings: ['a'], atStart: false });
  });
});

describe('GuardSet (case-blind guards scanned for their openings)', () => {
  it('answers random case-blind guards as each alone does (fuzz)', () => {
    const r = mulberry32(43);
    for (let n = 0; n < 150; n++) {
      const guards: RegExp[] = [];
      while (guards.length < 12) {
        try {
          const re = new RegExp(randomSource(r), 'i');
          if (!/\\[1-9]|\\k</.test(re.source)) guards.push(re);
        } catch {
          // An invalid random source (a quantified lookaround and the like): another one.
        }
      }
      const set = new GuardSet(guards);
      for (let k = 0; k < 60; k++) {
        const t = randomText(r, Math.floor(r() * 16), guards[k % guards.length]!.source);
        expect(set.test(t), `${guards.map((g) => g.source).join(' ; ')} on ${JSON.stringify(t)}`).toEqual(guards.map((g) => g.test(t)));
      }
    }
  });
});
