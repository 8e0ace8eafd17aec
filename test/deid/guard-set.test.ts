import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { GuardSet, leadKind } from '../../src/deid/guard-set.js';
import { patternGuards } from '../../src/deid/patterns.js';
import { seededRandom, syntheticCase, syntheticCaseHl7 } from '../../src/deid/synthetic-phi.js';

// Issue 11 (speed): the pattern rules' guards are asked together, one alternation per set of flags.
// Each answer must be the guard's own `test` on the whole text, wherever its first match lies.
const PIECES = [
  "MI 88'", "CABG '09", 'x4432', 'p2-6298', '(7-1234)', '(w)', 'reached at', 'pager', 'ninety-four', 'centenarian', '5.3.24', '1.2.840.1',
  '1986-1988', '1986 - 1988', '96F', '92 M', 'Ana Silva, 94,', '(101)', 'RAD-2024-00451', '1EG4TE5MK73', 'plate', 'tag no', 'VIN', 'vin:',
  '3600 Broadway', 'http://x', 'www.', 'xxx-xx-5226', '***-**-1234', '408B: Walker', '| 631A |', 'rm 724b', 'Room 221B', 'bed 434',
  'Christmas', 'thanksgiving', 'new year', 'H: 555-0134', 'C# 555.0134', '8/87', '4/97', 'ſ', 'K', 'é', '’', "'", '\n', ' ', '-', '9',
  '6S-812A', 'SDU-427', 'LOC: 9 Med 316A', 'R&D-123', 'ICU \t 12A', '123-45-6789', '202 2671093', '14/03/2024', '31.12.99', '11/21.93',
  '95--year-old', '101 yo', '92-year-old', 'aged 99 y.o.', 'serial # AB1234', 'S/N: 77X1', 'lot no 44521', 'model # Z9-11',
  '42 maple st', '12 oak lane, apt 3b', '7 elm\tdrive', 'st', 'ln',
];

function inventedTexts(): string[] {
  const r = seededRandom(11);
  const out: string[] = [];
  for (let i = 0; i < 3000; i++) {
    const n = 1 + Math.floor(r() * 6);
    let t = '';
    for (let k = 0; k < n; k++) t += PIECES[Math.floor(r() * PIECES.length)]! + (r() < 0.5 ? ' ' : '');
    out.push(t);
  }
  return out;
}

function texts(): string[] {
  const r = seededRandom(3);
  const out = inventedTexts();
  for (let i = 0; i < 300; i++) out.push(syntheticCaseHl7(syntheticCase(i, r), i));
  const notes = readFileSync(new URL('../fixtures/deid/notes.text', import.meta.url), 'utf8');
  out.push(notes, ...notes.split('\n'));
  return out;
}

describe('GuardSet', () => {
  const rules = patternGuards();
  const guards = [...new Set(rules.flatMap((r) => r.guards))];
  const byFlags = new Map<string, RegExp[]>();
  for (const g of guards) byFlags.set(g.flags, [...(byFlags.get(g.flags) ?? []), g]);

  it('lets a guarded rule run wherever it finds something: some guard of the rule passes on every text it takes a match in', () => {
    const all = texts();
    let matched = 0;
    for (const { id, re, accept, guards: own } of rules) {
      for (const t of all) {
        const hit = [...t.matchAll(re)].some((m) => m[0] !== '' && (!accept || accept(m)));
        if (!hit) continue;
        matched++;
        expect(own.some((g) => g.test(t)), `${id} matches a text none of its guards passes`).toBe(true);
      }
    }
    expect(matched).toBeGreaterThan(500);
  });

  it('answers as each pattern guard alone does', () => {
    expect(guards.length).toBeGreaterThan(10);
    const sets = [...byFlags.values()].map((gs) => new GuardSet(gs));
    let hits = 0;
    for (const t of texts()) {
      for (const set of sets) {
        const got = set.test(t);
        const want = set.guards.map((g) => g.test(t));
        expect(got).toEqual(want);
        hits += want.filter(Boolean).length;
      }
    }
    // The texts make most guards pass somewhere (the comparison is not only of empty answers).
    expect(hits).toBeGreaterThan(1000);
  });

  it('answers guards whose first matches lie at different places, and lookbehinds that look before them', () => {
    const set = new GuardSet([/b/, /(?<=a)c/, /^a/, /x|c$/]);
    expect(set.test('abc')).toEqual([true, false, true, true]);
    expect(set.test('ac')).toEqual([false, true, true, true]);
    expect(set.test('zzz')).toEqual([false, false, false, false]);
    expect(new GuardSet([]).test('abc')).toEqual([]);
  });

  it('answers alike past its bounds: guards with capture groups of their own, more than 52 guards, more subsets than it keeps alternations for', () => {
    // Invented guards: letters, capture groups and lookarounds, several able to match at one place.
    const r = seededRandom(5);
    const letters = 'abcdefgh';
    const pick = () => letters[Math.floor(r() * letters.length)]!;
    const make = (n: number) =>
      Array.from({ length: n }, (_, k) => {
        const a = pick();
        const b = pick();
        return [new RegExp(`${a}(${b})`), new RegExp(`(?<=${a})${b}`), new RegExp(`(${a}|${b})${pick()}(?!${pick()})`), new RegExp(`^${a}`), new RegExp(`${a}${b}$`)][k % 5]!;
      });
    const small = new GuardSet(make(20));
    const large = new GuardSet(make(60));
    for (let i = 0; i < 3000; i++) {
      let t = '';
      const n = 1 + Math.floor(r() * 12);
      for (let k = 0; k < n; k++) t += r() < 0.15 ? ' ' : pick();
      for (const set of [small, large]) expect(set.test(t), t).toEqual(set.guards.map((g) => g.test(t)));
    }
  });

  it('answers case-blind guards whose openings overlap (one inside, at the end of, or a prefix of another) as each alone does', () => {
    // Invented openings over few letters, so that one opening often ends inside another (the
    // automaton's outputs through its failure links) or continues it.
    const r = seededRandom(11);
    const letters = 'abcA ';
    const word = (n: number) => Array.from({ length: n }, () => letters[Math.floor(r() * 4)]!).join('');
    const guards = Array.from({ length: 24 }, (_, k) => {
      const w = word(1 + (k % 4));
      return [new RegExp(`${w}`, 'i'), new RegExp(`${w}(?=${word(1)})`, 'i'), new RegExp(`(?<=${word(1)})${w}`, 'i'), new RegExp(`${w}\\b`, 'i'), new RegExp(`^${w}|${word(2)}x`, 'i')][k % 5]!;
    });
    const set = new GuardSet(guards);
    for (let i = 0; i < 3000; i++) {
      let t = '';
      const n = 1 + Math.floor(r() * 14);
      for (let k = 0; k < n; k++) t += r() < 0.1 ? 'x' : letters[Math.floor(r() * letters.length)]!;
      expect(set.test(t), t).toEqual(guards.map((g) => g.test(t)));
    }
  });

  it('refuses guards it cannot join', () => {
    expect(() => new GuardSet([/a/, /b/i])).toThrow(/flags/);
    expect(() => new GuardSet([/(a)\1/])).toThrow(/back reference/);
    expect(() => new GuardSet([/a/g])).toThrow(/no g or y/);
  });
});

describe('leadKind', () => {
  it('reads the kind of character a guard opens with, other when unsure', () => {
    for (const s of ['\\d{3}-\\d{2}', '(?:19|20)\\d\\d', '(?:9\\d|1[01]\\d)\\s?[MF]', '[0-9]x', '1[3-9]|2\\d']) expect(leadKind(s), s).toBe('digit');
    for (const s of ['\\(\\d-\\d{4}\\)', '[:#][ \\t]*\\d', "['’]\\d\\d", '_[A-Za-z]?\\d{3}', ',[ \\t]*9', '[|)(,][ \\t]*9', '\\/[3-9]\\d']) expect(leadKind(s), s).toBe('punct');
    for (const s of ['http|www', '\\bext', '[A-Za-z]#', '[xX]\\d{4}', '[ \\t]st', '(?:^|\\n)[ \\t]*9', '\\d?x', '(?:\\d|a)', '[^a-z]x', '\\(?\\d', '(?<=a)\\d', '\\d|x', '']) expect(leadKind(s), s).toBe('other');
  });

  it('groups without changing an answer: guards of every kind, in sets large enough to split', () => {
    const guards = [...Array.from({ length: 9 }, (_, k) => new RegExp(`\\d{${k + 1}}x`)), ...Array.from({ length: 9 }, (_, k) => new RegExp(`\\(${'a'.repeat(k)}\\)`)), /b|c/, /(?<=q)\d/];
    const set = new GuardSet(guards);
    const r = seededRandom(7);
    const pieces = ['1', '22', '333', 'x', '(', ')', 'a', 'aa', 'b', 'q', ' '];
    for (let n = 0; n < 3000; n++) {
      let t = '';
      for (let k = Math.floor(r() * 12); k > 0; k--) t += pieces[Math.floor(r() * pieces.length)]!;
      expect(set.test(t), t).toEqual(guards.map((g) => g.test(t)));
    }
  });
});
