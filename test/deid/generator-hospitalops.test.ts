import { describe, expect, it } from 'vitest';
import {
  generate,
  HOSPITALOPS_STYLES,
  INVENTORY_SIZES,
  WRITER_NAME,
  type GeneratedNote,
} from '../../src/deid/learned/generators/hospitalops.js';

const CATEGORIES = ['NAME', 'LOCATION', 'STATE', 'DATE', 'DATE_YEAR', 'AGE', 'PHONE', 'ID', 'EMAIL', 'URL', 'OTHER'];
const notes: GeneratedNote[] = generate(1000, 5);

function wordCount(t: string): number {
  return t.split(/\s+/).filter(Boolean).length;
}

describe('hospitalops generator: exports', () => {
  it('names itself and lists 8–12 distinct styles', () => {
    expect(WRITER_NAME).toBe('hospitalops');
    expect(HOSPITALOPS_STYLES.length).toBeGreaterThanOrEqual(8);
    expect(HOSPITALOPS_STYLES.length).toBeLessThanOrEqual(12);
    expect(new Set(HOSPITALOPS_STYLES).size).toBe(HOSPITALOPS_STYLES.length);
  });

  it('has large inventories', () => {
    expect(INVENTORY_SIZES.firstNames).toBeGreaterThanOrEqual(150);
    expect(INVENTORY_SIZES.surnames).toBeGreaterThanOrEqual(150);
    expect(INVENTORY_SIZES.towns).toBeGreaterThanOrEqual(60);
    expect(INVENTORY_SIZES.institutionsWithShortForms).toBeGreaterThanOrEqual(20);
    for (const v of Object.values(INVENTORY_SIZES)) expect(v).toBeGreaterThan(0);
  });
});

describe('hospitalops generator: determinism and speed', () => {
  it('is deterministic in (count, seed) and seeds matter', () => {
    expect(generate(120, 11)).toEqual(generate(120, 11));
    expect(generate(40, 11)).not.toEqual(generate(40, 12));
  });

  it('is prefix-stable: generate(n) is a prefix of generate(m) for n < m', () => {
    const long = generate(300, 3);
    for (const n of [1, 2, 7, 50, 299]) expect(generate(n, 3)).toEqual(long.slice(0, n));
  });

  it('writes 1,000 notes in well under 2 s', () => {
    const t0 = performance.now();
    const out = generate(1000, 99);
    const ms = performance.now() - t0;
    expect(out).toHaveLength(1000);
    expect(ms).toBeLessThan(2000);
  });
});

describe('hospitalops generator: span invariants', () => {
  it('spans are sorted, non-overlapping, trimmed, single-line and of known categories', () => {
    const bad: string[] = [];
    let spans = 0;
    for (const n of notes) {
      let prev = 0;
      for (const s of n.phi) {
        spans++;
        const t = n.text.slice(s.start, s.end);
        if (!CATEGORIES.includes(s.category)) bad.push(`category ${s.category}`);
        if (s.start < prev) bad.push(`overlap/unsorted at ${s.start} in ${n.patient}`);
        if (s.end <= s.start || s.end > n.text.length) bad.push(`bounds ${s.start}-${s.end}`);
        if (t !== t.trim() || t.length === 0) bad.push(`untrimmed "${t}"`);
        if (t.includes('\n')) bad.push(`multi-line "${t}"`);
        prev = s.end;
      }
    }
    expect(bad.slice(0, 5)).toEqual([]);
    expect(spans).toBeGreaterThan(10000);
  });

  it('spans start and end on token boundaries (no letter or digit glued to a span)', () => {
    const glued: string[] = [];
    for (const n of notes) {
      for (const s of n.phi) {
        if (/[A-Za-z0-9]/.test(n.text[s.start - 1] ?? ' ') || /[A-Za-z0-9]/.test(n.text[s.end] ?? ' ')) {
          glued.push(n.text.slice(Math.max(0, s.start - 10), s.end + 10));
        }
      }
    }
    expect(glued.slice(0, 3)).toEqual([]);
  });

  it('text never carries undefined or [object', () => {
    for (const n of notes) {
      expect(n.text).not.toMatch(/undefined|\[object|NaN/);
    }
  });

  it('AGE spans are only ages over 89; DATE_YEAR spans are years', () => {
    let ages = 0;
    for (const n of notes) {
      for (const s of n.phi) {
        const t = n.text.slice(s.start, s.end);
        if (s.category === 'AGE') { ages++; expect(Number(t)).toBeGreaterThan(89); }
        if (s.category === 'DATE_YEAR') expect(t).toMatch(/^(\d{4}|'\d{2})$/);
      }
    }
    expect(ages).toBeGreaterThan(10);
  });

  it('younger ages stay unlabelled', () => {
    let plain = 0;
    for (const n of notes) {
      for (const m of n.text.matchAll(/\b(\d{2}) ?(?:yo|y\/o|-year-old)\b/gi)) {
        const a = m.index ?? 0;
        const covered = n.phi.some((s) => s.start <= a && s.end > a);
        if (Number(m[1]) <= 89) { plain++; expect(covered).toBe(false); }
      }
    }
    expect(plain).toBeGreaterThan(20);
  });
});

describe('hospitalops generator: patients, lengths, coverage', () => {
  it('patients are p0000, p0001, … with 1–3 consecutive notes each', () => {
    const seen: string[] = [];
    const counts = new Map<string, number>();
    for (const n of notes) {
      if (seen[seen.length - 1] !== n.patient) {
        expect(seen).not.toContain(n.patient);
        seen.push(n.patient);
      }
      counts.set(n.patient, (counts.get(n.patient) ?? 0) + 1);
    }
    seen.forEach((p, i) => expect(p).toBe(`p${String(i).padStart(4, '0')}`));
    for (const [, k] of counts) {
      expect(k).toBeGreaterThanOrEqual(1);
      expect(k).toBeLessThanOrEqual(3);
    }
    expect([...counts.values()].some((k) => k === 3)).toBe(true);
  });

  it('notes are 60–450 words', () => {
    for (const n of notes) {
      const w = wordCount(n.text);
      expect(w).toBeGreaterThanOrEqual(60);
      expect(w).toBeLessThanOrEqual(450);
    }
  });

  it('every category and every style occurs in 1,000 notes', () => {
    const cats = new Set(notes.flatMap((n) => n.phi.map((s) => s.category)));
    for (const c of CATEGORIES) expect(cats.has(c), c).toBe(true);
    const styles = new Set(notes.map((n) => n.style));
    for (const s of HOSPITALOPS_STYLES) expect(styles.has(s), s).toBe(true);
    for (const n of notes) expect(HOSPITALOPS_STYLES).toContain(n.style);
  });

  it('has whole notes in capitals and in lower case', () => {
    const upper = notes.filter((n) => /[A-Z]/.test(n.text) && n.text === n.text.toUpperCase()).length;
    const lower = notes.filter((n) => /[a-z]/.test(n.text) && n.text === n.text.toLowerCase()).length;
    expect(upper).toBeGreaterThan(50);
    expect(lower).toBeGreaterThan(50);
  });
});

describe('hospitalops generator: deliberate look-alikes stay unlabelled', () => {
  const LOOKALIKES: [RegExp, number][] = [
    [/\bfoley\b/gi, 20],
    [/\bposey\b/gi, 10],
    [/\bhoyer lift\b/gi, 10],
    [/\bparkinson/gi, 10],
    [/\bbell's palsy\b/gi, 3],
    [/\binterqual\b/gi, 20],
    [/\bcareport\b/gi, 20],
    [/\bfrank blood\b/gi, 10],
    [/\bwill follow\b/gi, 50],
    [/\bhope to\b/gi, 10],
    [/\bgrace period\b/gi, 10],
    [/\bbill\b/gi, 50],
    [/\bprice (?:of|estimate)\b/gi, 10],
    [/\bBP \d{2,3}\/\d{2,3}\b/g, 50],
    [/\bGCS \d{1,2}\b/gi, 50],
    [/\bpain \d{1,2}\/10\b/gi, 50],
    [/\bstrength [2-5]\/5\b/gi, 20],
    [/\bDRG \d{3}\b/g, 5],
    [/\bBP rose to\b/gi, 10],
    [/\bwould love to\b/gi, 3],
    [/\bking-size\b/gi, 3],
  ];

  for (const [re, min] of LOOKALIKES) {
    it(`${re.source} occurs at least ${min} times and is never inside a span`, () => {
      let count = 0;
      const labelled: string[] = [];
      for (const n of notes) {
        for (const m of n.text.matchAll(re)) {
          count++;
          const a = m.index ?? 0;
          const b = a + m[0].length;
          if (n.phi.some((s) => s.start < b && s.end > a)) labelled.push(n.text.slice(Math.max(0, a - 30), b + 30));
        }
      }
      expect(labelled.slice(0, 3)).toEqual([]);
      expect(count).toBeGreaterThanOrEqual(min);
    });
  }

  it('word-names also occur as labelled names (both sides of the look-alike)', () => {
    const named = new Set<string>();
    for (const n of notes) {
      for (const s of n.phi) {
        if (s.category !== 'NAME') continue;
        for (const w of n.text.slice(s.start, s.end).toLowerCase().split(/[\s,.]+/)) named.add(w);
      }
    }
    for (const w of ['hope', 'grace', 'rose', 'stone', 'price', 'young', 'bell', 'long']) expect(named.has(w), w).toBe(true);
  });
});
