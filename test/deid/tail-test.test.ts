import { describe, expect, it } from 'vitest';
import { compileNumericContexts } from '../../src/deid/month-day.js';
import { numericContexts } from '../../src/deid/rules/deid-rules.js';
import { tailTest, type TailTest } from '../../src/deid/tail-test.js';

// A seeded generator, so a failure can be replayed.
function random(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (s * 1664525 + 1013904223) >>> 0;
    return s / 2 ** 32;
  };
}

/** Every word of the numeric-context lists, in three casings: the cues the tests look for. */
function cueWords(): string[] {
  const words = new Set<string>();
  const walk = (v: unknown): void => {
    if (typeof v === 'string') words.add(v);
    else if (Array.isArray(v)) v.forEach(walk);
    else if (v && typeof v === 'object') Object.values(v).forEach(walk);
  };
  walk(numericContexts());
  return [...words].flatMap((w) => [w, w.toUpperCase(), w.charAt(0).toUpperCase() + w.slice(1)]);
}

const PIECES = [' ', '  ', '\t', ':', '=', '-', '(', ')', 'x3', 'X 2', 'of', 'at', 'is', 'was', 'now', 'es', 's', '\n', '--', '–', '—', ',', '.', '/', '~', '<', '>', '3', '12', 'a', 'z', 'note', 'npn', 'Mon', 'last', 'prior', 'ABG', 'hct', 'exp', 'lot', 'é', 'ſ', 'week of', 'Night of ', 'd/c', 's/p'];

/** Contexts made of cue words and the pieces around them, ending as the text before a pair does. */
function contexts(n: number, seed: number): string[] {
  const next = random(seed);
  const words = cueWords();
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(next() * xs.length)]!;
  const out: string[] = [];
  for (let i = 0; i < n; i++) {
    let s = '';
    const parts = 1 + Math.floor(next() * 6);
    for (let p = 0; p < parts; p++) s += next() < 0.45 ? pick(words) : pick(PIECES);
    out.push(s);
  }
  return out;
}

describe('tailTest', () => {
  const compiled = compileNumericContexts(numericContexts());
  const tails = Object.entries(compiled).filter((e): e is [string, TailTest] => typeof e[1] === 'object' && e[1] !== null && 're' in e[1] && typeof (e[1] as TailTest).test === 'function');

  it('covers the numeric contexts asked at the end of the text', () => {
    expect(tails.map(([k]) => k).sort()).toEqual(
      ['approximateBefore', 'bracketDevice', 'dottedCue', 'eventCue', 'hyphenBefore', 'ordinalCue', 'periodOf', 'productDate', 'sampleCue', 'settingVerb', 'slashBefore', 'strongCue', 'testBefore', 'testLead'].sort(),
    );
  });

  it('answers as the expression on many generated contexts', () => {
    const texts = contexts(40000, 31);
    for (const [name, t] of tails) {
      let hits = 0;
      for (const s of texts) {
        const want = t.re.test(s);
        if (t.test(s) !== want) expect({ name, s, got: !want }).toEqual({ name, s, got: want });
        if (want) hits++;
      }
      // The generated contexts reach both answers of every test.
      expect(hits, name).toBeGreaterThan(0);
      expect(hits, name).toBeLessThan(texts.length);
    }
  });

  it('answers as the expression whatever its last index was', () => {
    const t = tailTest(/(?:^|[^a-z])bp[ \t]*$/i);
    expect(t.test('BP ')).toBe(true);
    expect(t.test('xbp')).toBe(false);
    expect(t.test('pre BP\t')).toBe(true);
    expect(t.test('BP x')).toBe(false);
  });

  it('refuses a back reference', () => {
    expect(() => tailTest(/(a)\1$/)).toThrow(/back reference/);
  });
});
