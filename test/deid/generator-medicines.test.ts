import { describe, expect, it } from 'vitest';
import {
  generate,
  INVENTORY_SIZES,
  MEDICINES_STYLES,
  WRITER_NAME,
  type GeneratedNote,
} from '../../src/deid/learned/generators/medicines.js';

const CATEGORIES = ['NAME', 'LOCATION', 'STATE', 'DATE', 'DATE_YEAR', 'AGE', 'PHONE', 'ID', 'EMAIL', 'URL', 'OTHER'];
const SEED = 20261204;
const notes: GeneratedNote[] = generate(1000, SEED);

const words = (s: string): number => s.split(/\s+/).filter(Boolean).length;

/** Every occurrence of `re` in the notes, with whether it overlaps a labelled span. */
function occurrences(re: RegExp): { total: number; labelled: number } {
  let total = 0;
  let labelled = 0;
  const g = new RegExp(re.source, re.flags.includes('g') ? re.flags : `${re.flags}g`);
  for (const n of notes) {
    for (const m of n.text.matchAll(g)) {
      const s = m.index;
      const e = s + m[0].length;
      total++;
      if (n.phi.some((p) => p.start < e && p.end > s)) labelled++;
    }
  }
  return { total, labelled };
}

describe('medicines generator: exports', () => {
  it('names itself and lists 8-12 distinct styles', () => {
    expect(WRITER_NAME).toBe('medicines');
    expect(MEDICINES_STYLES.length).toBeGreaterThanOrEqual(8);
    expect(MEDICINES_STYLES.length).toBeLessThanOrEqual(12);
    expect(new Set(MEDICINES_STYLES).size).toBe(MEDICINES_STYLES.length);
  });

  it('has large inventories', () => {
    expect(INVENTORY_SIZES.firstNames).toBeGreaterThanOrEqual(150);
    expect(INVENTORY_SIZES.surnames).toBeGreaterThanOrEqual(150);
    expect(INVENTORY_SIZES.towns).toBeGreaterThanOrEqual(60);
    expect(INVENTORY_SIZES.institutionsWithShortForms).toBeGreaterThanOrEqual(20);
  });
});

describe('medicines generator: determinism', () => {
  it('gives the same notes for the same (count, seed) and different notes for another seed', () => {
    expect(generate(40, SEED)).toEqual(notes.slice(0, 40));
    expect(generate(40, SEED + 1).map((n) => n.text)).not.toEqual(notes.slice(0, 40).map((n) => n.text));
  });

  it('a smaller count is a prefix of a larger one', () => {
    for (const n of [1, 7, 120]) expect(generate(n, SEED)).toEqual(notes.slice(0, n));
  });

  it('makes 1,000 notes in well under 2 s', () => {
    const t0 = performance.now();
    generate(1000, 99);
    expect(performance.now() - t0).toBeLessThan(2000);
  });
});

describe('medicines generator: notes and spans', () => {
  it('returns exactly the requested count', () => {
    expect(notes.length).toBe(1000);
    expect(generate(0, SEED)).toEqual([]);
  });

  it('keeps spans sorted, non-overlapping, trimmed, on one line and in known categories', () => {
    // collect problems with plain checks (one expect per span is slow at ~20k spans)
    const bad: string[] = [];
    let spans = 0;
    for (const n of notes) {
      let prevEnd = 0;
      for (const s of n.phi) {
        spans++;
        const t = n.text.slice(s.start, s.end);
        if (!CATEGORIES.includes(s.category)) bad.push(`category ${s.category}`);
        if (s.start < prevEnd) bad.push(`overlap or unsorted at ${s.start} in ${n.patient}`);
        if (s.end <= s.start || s.end > n.text.length) bad.push(`bad offsets ${s.start}-${s.end}`);
        if (t !== t.trim()) bad.push(`untrimmed ${JSON.stringify(t)}`);
        if (t.includes('\n')) bad.push(`multi-line ${JSON.stringify(t)}`);
        prevEnd = s.end;
      }
      if (/undefined|\[object|NaN/.test(n.text)) bad.push(`junk text in ${n.patient}`);
    }
    expect(spans).toBeGreaterThan(10_000);
    expect(bad.slice(0, 10)).toEqual([]);
  });

  it('numbers patients p0000, p0001, ... with 1-3 consecutive notes each', () => {
    const counts = new Map<string, number>();
    let last = '';
    let idx = -1;
    for (const n of notes) {
      if (n.patient !== last) {
        idx++;
        expect(n.patient).toBe(`p${String(idx).padStart(4, '0')}`);
        expect(counts.has(n.patient)).toBe(false);
        last = n.patient;
      }
      counts.set(n.patient, (counts.get(n.patient) ?? 0) + 1);
    }
    for (const c of counts.values()) {
      expect(c).toBeGreaterThanOrEqual(1);
      expect(c).toBeLessThanOrEqual(3);
    }
    expect([...counts.values()].some((c) => c > 1)).toBe(true);
  });

  it('keeps every note between 60 and 450 words', () => {
    for (const n of notes) {
      const w = words(n.text);
      expect(w).toBeGreaterThanOrEqual(60);
      expect(w).toBeLessThanOrEqual(450);
    }
  });

  it('uses every category and every style', () => {
    const cats = new Set(notes.flatMap((n) => n.phi.map((s) => s.category)));
    for (const c of CATEGORIES) expect(cats.has(c), c).toBe(true);
    const styles = new Set(notes.map((n) => n.style));
    for (const s of MEDICINES_STYLES) expect(styles.has(s), s).toBe(true);
    for (const n of notes) expect(MEDICINES_STYLES).toContain(n.style);
  });

  it('writes whole notes in capitals and in lower case', () => {
    const upper = notes.filter((n) => n.text === n.text.toUpperCase()).length;
    const lower = notes.filter((n) => n.text === n.text.toLowerCase()).length;
    expect(upper).toBeGreaterThan(50);
    expect(lower).toBeGreaterThan(50);
  });

  it('misspells some ordinary words (one swap, drop or doubled letter of a frequent word)', () => {
    const freq = new Map<string, number>();
    for (const n of notes) for (const w of n.text.toLowerCase().match(/[a-z]+/g) ?? []) freq.set(w, (freq.get(w) ?? 0) + 1);
    const variants = new Set<string>();
    for (const [w, k] of freq) {
      if (k < 30 || w.length < 6) continue;
      for (let i = 1; i < w.length - 1; i++) {
        variants.add(w.slice(0, i) + w.slice(i + 1));
        variants.add(w.slice(0, i) + w[i + 1] + w[i] + w.slice(i + 2));
        variants.add(w.slice(0, i) + w[i] + w.slice(i));
      }
    }
    const typos = [...freq.entries()].filter(([w, k]) => k < 5 && variants.has(w) && (freq.get(w) ?? 0) < 30);
    expect(typos.length).toBeGreaterThan(20);
  });

  it('labels ages over 89 and leaves younger ages as text', () => {
    for (const n of notes) {
      for (const s of n.phi.filter((p) => p.category === 'AGE')) {
        expect(Number(n.text.slice(s.start, s.end))).toBeGreaterThan(89);
      }
    }
    const young = occurrences(/\b([1-7]\d|8\d) ?(yo|y\/o|-year-old)\b/i);
    expect(young.total).toBeGreaterThan(20);
    expect(young.labelled).toBe(0);
  });

  it('labels names with credentials and titles outside the span', () => {
    const bad: string[] = [];
    for (const n of notes) {
      for (const s of n.phi) {
        if (s.category !== 'NAME') continue;
        const t = n.text.slice(s.start, s.end);
        if (/^(dr|mr|ms)\.? /i.test(t) || /,? (md|rn|pharmd|cpht|np|do)$/i.test(t) || /'s$/i.test(t)) bad.push(t);
      }
    }
    expect(bad).toEqual([]);
  });
});

describe('medicines generator: deliberate look-alikes stay unlabelled', () => {
  const cases: [string, RegExp][] = [
    ['eponym Cockcroft-Gault', /\bCockcroft-Gault\b/i],
    ['eponym Foley', /\bFoley\b/i],
    ['eponym Hodgkin', /\bHodgkin\b/i],
    ['eponym Crohn', /\bCrohn\b/i],
    ['eponym Parkinson', /\bParkinson\b/i],
    ['eponym Naranjo', /\bNaranjo\b/i],
    ['eponym Beers', /\bBeers criteria\b/i],
    ['town-like nomogram Hartford', /\bHartford nomogram\b/i],
    ['town-like Banff grade', /\bBanff\b/i],
    ['Huber needle', /\bHuber\b/i],
    ['Bell palsy', /\bBell palsy\b/i],
    ['brand Eliquis', /\bEliquis\b/i],
    ['brand Narcan', /\bNarcan\b/i],
    ['brand Keytruda', /\bKeytruda\b/i],
    ['software Medidata Rave', /\bMedidata Rave\b/i],
    ['device Alaris', /\bAlaris\b/i],
    ['word-name: will follow', /\bwill follow\b/i],
    ['word-name: frank blood', /\bfrank blood\b/i],
    ['word-name: brown bag', /\bbrown bag\b/i],
    ['word-name: the bill', /\bthe bill\b/i],
    ['word-name: grace period', /\bgrace period\b/i],
    ['word-name: sharp pain', /\bsharp pain\b/i],
    ['blood pressure', /\bBP \d{2,3}\/\d{2,3}\b/],
    ['pain score', /\bPain \d{1,2}\/10\b/i],
    ['GCS', /\bGCS 1[45]\b/i],
    ['CHA2DS2-VASc', /\bCHA2DS2-VASc \d\b/i],
    ['dose with units', /\b\d+ mg (BID|TID|daily|IV|PO)\b/i],
    ['clock time', /\b(0[7-9]|1\d):[0-5]\d\b/],
  ];
  for (const [label, re] of cases) {
    it(label, () => {
      const o = occurrences(re);
      expect(o.total, label).toBeGreaterThanOrEqual(3);
      expect(o.labelled, label).toBe(0);
    });
  }

  it('uses word-names as labelled names too', () => {
    const named = new Set<string>();
    for (const n of notes) {
      for (const s of n.phi) {
        if (s.category !== 'NAME') continue;
        for (const w of n.text.slice(s.start, s.end).split(/[\s,.]+/)) named.add(w.toLowerCase());
      }
    }
    const wordNames = ['hope', 'grace', 'rose', 'stone', 'hill', 'price', 'young', 'bell', 'king', 'brown', 'page', 'frank', 'will'];
    expect(wordNames.filter((w) => named.has(w)).length).toBeGreaterThanOrEqual(10);
  });
});
