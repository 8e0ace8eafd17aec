import { describe, expect, it } from 'vitest';
import {
  ACUTE_STYLES,
  INVENTORY_SIZES,
  WRITER_NAME,
  generate,
  type GeneratedNote,
} from '../../src/deid/learned/generators/acute.js';

const CATEGORIES = ['NAME', 'LOCATION', 'STATE', 'DATE', 'DATE_YEAR', 'AGE', 'PHONE', 'ID', 'EMAIL', 'URL', 'OTHER'];
const SEED = 11;
const t0 = performance.now();
const NOTES: GeneratedNote[] = generate(1000, SEED);
const FIRST_MS = performance.now() - t0;

/** Character mask of labelled positions for one note. */
function covered(n: GeneratedNote): Uint8Array {
  const m = new Uint8Array(n.text.length);
  for (const s of n.phi) m.fill(1, s.start, s.end);
  return m;
}

const MASKS = NOTES.map(covered);

/** Count occurrences of a pattern that do not touch any labelled character. */
function unlabelledHits(re: RegExp): number {
  let hits = 0;
  for (const [k, n] of NOTES.entries()) {
    const m = MASKS[k]!;
    for (const x of n.text.matchAll(new RegExp(re.source, re.flags.includes('g') ? re.flags : re.flags + 'g'))) {
      const a = x.index ?? 0;
      if (!m.subarray(a, a + x[0].length).some((v) => v === 1)) hits++;
    }
  }
  return hits;
}

describe('acute generator: exports', () => {
  it('has a name, 8-12 styles and large inventories', () => {
    expect(WRITER_NAME).toBe('acute');
    expect(ACUTE_STYLES.length).toBeGreaterThanOrEqual(8);
    expect(ACUTE_STYLES.length).toBeLessThanOrEqual(12);
    expect(new Set(ACUTE_STYLES).size).toBe(ACUTE_STYLES.length);
    expect(INVENTORY_SIZES['firstNames']).toBeGreaterThanOrEqual(150);
    expect(INVENTORY_SIZES['surnames']).toBeGreaterThanOrEqual(150);
    expect(INVENTORY_SIZES['towns']).toBeGreaterThanOrEqual(60);
    expect(INVENTORY_SIZES['hospitals']).toBeGreaterThanOrEqual(20);
  });
});

describe('acute generator: determinism and speed', () => {
  it('is deterministic in (count, seed)', () => {
    expect(generate(40, 5)).toEqual(generate(40, 5));
    expect(generate(40, 5)).not.toEqual(generate(40, 6));
  });

  it('a shorter run is a prefix of a longer run', () => {
    const long = generate(300, 99);
    for (const n of [1, 2, 7, 50, 133]) expect(generate(n, 99)).toEqual(long.slice(0, n));
  });

  it('writes 1,000 notes in under 2 s', () => {
    const t = performance.now();
    generate(1000, 3);
    const ms = performance.now() - t;
    expect(Math.min(ms, FIRST_MS)).toBeLessThan(2000);
  });
});

describe('acute generator: span invariants', () => {
  it('spans are sorted, non-overlapping, trimmed, single-line, known categories', () => {
    const bad: string[] = [];
    let spans = 0;
    for (const [k, n] of NOTES.entries()) {
      let prev = 0;
      for (const s of n.phi) {
        spans++;
        const t = n.text.slice(s.start, s.end);
        const ok =
          CATEGORIES.includes(s.category) &&
          s.start >= prev &&
          s.end > s.start &&
          s.end <= n.text.length &&
          t === t.trim() &&
          !t.includes('\n');
        if (!ok) bad.push(`${k}:${s.start}-${s.end}:${s.category}:${JSON.stringify(t)}`);
        prev = s.end;
      }
    }
    expect(bad).toEqual([]);
    expect(spans).toBeGreaterThan(5000);
  });

  it('text has no template debris', () => {
    for (const n of NOTES) {
      expect(n.text).not.toMatch(/undefined|\[object|NaN|\{|\}|\[\[|\]\]/);
    }
  });

  it('AGE spans are numbers over 89 only', () => {
    let ages = 0;
    for (const n of NOTES) {
      for (const s of n.phi.filter((x) => x.category === 'AGE')) {
        const v = Number(n.text.slice(s.start, s.end));
        expect(v).toBeGreaterThan(89);
        ages++;
      }
    }
    expect(ages).toBeGreaterThan(10);
  });

  it('DATE_YEAR spans are bare two- or four-digit years', () => {
    for (const n of NOTES) {
      for (const s of n.phi.filter((x) => x.category === 'DATE_YEAR')) {
        expect(n.text.slice(s.start, s.end)).toMatch(/^(\d{2}|(19|20)\d{2})$/);
      }
    }
  });

  it('every category and every style occurs', () => {
    const cats = new Set(NOTES.flatMap((n) => n.phi.map((s) => s.category)));
    for (const c of CATEGORIES) expect(cats.has(c), c).toBe(true);
    const styles = new Set(NOTES.map((n) => n.style));
    for (const s of ACUTE_STYLES) expect(styles.has(s), s).toBe(true);
    for (const n of NOTES) expect(ACUTE_STYLES).toContain(n.style);
  });
});

describe('acute generator: patients and lengths', () => {
  it('patients are p0000, p0001, ... with 1-3 consecutive notes each', () => {
    const counts: number[] = [];
    let cur = -1;
    for (const n of NOTES) {
      expect(n.patient).toMatch(/^p\d{4}$/);
      const id = Number(n.patient.slice(1));
      if (id !== cur) {
        expect(id).toBe(cur + 1);
        cur = id;
        counts.push(0);
      }
      counts[counts.length - 1]! += 1;
    }
    for (const c of counts) {
      expect(c).toBeGreaterThanOrEqual(1);
      expect(c).toBeLessThanOrEqual(3);
    }
    expect(counts.some((c) => c > 1)).toBe(true);
  });

  it('notes have 60-450 words', () => {
    for (const n of NOTES) {
      const w = n.text.split(/\s+/).filter(Boolean).length;
      expect(w).toBeGreaterThanOrEqual(60);
      expect(w).toBeLessThanOrEqual(450);
    }
  });

  it('has whole notes in capitals and in lower case', () => {
    const upper = NOTES.filter((n) => n.text === n.text.toUpperCase()).length;
    const lower = NOTES.filter((n) => n.text === n.text.toLowerCase()).length;
    expect(upper).toBeGreaterThan(50);
    expect(lower).toBeGreaterThan(50);
  });
});

describe('acute generator: look-alikes stay unlabelled, word-names are labelled', () => {
  it('eponyms, brands and devices occur unlabelled', () => {
    for (const re of [/\bFoley\b/i, /\bBabinski\b/i, /\bGlasgow\b/i, /\bParkinson\b/i, /\bCrohn\b/i, /\bHodgkin\b/i, /\bApgar\b/i, /\bBell palsy\b/i, /\bLifepak\b/i, /\bNarcan\b/i, /\bCincinnati\b/i]) {
      expect(unlabelledHits(re), String(re)).toBeGreaterThan(3);
    }
  });

  it('English-word surnames occur as words, unlabelled', () => {
    for (const re of [/\bnormal saline\b/i, /\blow energy\b/i, /\bfrank blood\b/i, /\bwill follow\b/i, /\bhope to\b/i, /\bbill\b/i, /\bstone protocol\b/i, /\bking airway\b/i, /\bcall bell\b/i, /\bbrown stool\b/i, /\blong bone\b/i, /\brose from\b/i]) {
      expect(unlabelledHits(re), String(re)).toBeGreaterThan(3);
    }
  });

  it('clinical numbers occur unlabelled', () => {
    for (const re of [/\b4\/5\b/, /\b10\/10\b/, /\bBP \d{2,3}\/\d{2,3}\b/i, /\bGCS 1[0-5]\b/i, /\b1:1:1\b/]) {
      expect(unlabelledHits(re), String(re)).toBeGreaterThan(3);
    }
  });

  it('the same words are also labelled when they are names', () => {
    const named = new Set<string>();
    for (const n of NOTES) {
      for (const s of n.phi) if (s.category === 'NAME') for (const w of n.text.slice(s.start, s.end).split(/[\s,.]+/)) named.add(w.toLowerCase());
    }
    for (const w of ['hope', 'grace', 'stone', 'bell', 'king', 'frank', 'brown', 'long']) expect(named.has(w), w).toBe(true);
  });

  it('a labelled span never covers a look-alike sentence', () => {
    const bad: string[] = [];
    for (const n of NOTES) {
      for (const s of n.phi) {
        const t = n.text.slice(s.start, s.end);
        // pain scores, strengths and blood pressures are never labelled
        const before = n.text.slice(Math.max(0, s.start - 9), s.start);
        if (/Foley|Babinski|Glasgow|Lifepak/i.test(t) || /(pain|strength|BP) $/i.test(before)) bad.push(t);
      }
    }
    expect(bad).toEqual([]);
  });
});
