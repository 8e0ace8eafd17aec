import { describe, expect, it } from 'vitest';
import {
  FAMILY_STYLES,
  INVENTORY_SIZES,
  WRITER_NAME,
  generate,
  type GeneratedNote,
} from '../../src/deid/learned/generators/family.js';

const CATEGORIES = ['NAME', 'LOCATION', 'STATE', 'DATE', 'DATE_YEAR', 'AGE', 'PHONE', 'ID', 'EMAIL', 'URL', 'OTHER'];

const SEED = 20261204;
let cached: GeneratedNote[] | null = null;
function thousand(): GeneratedNote[] {
  cached ??= generate(1000, SEED);
  return cached;
}

function covered(n: GeneratedNote, start: number, end: number): boolean {
  return n.phi.some((s) => s.start < end && start < s.end);
}

describe('family generator', () => {
  it('exports its name, 8-12 styles and large inventories', () => {
    expect(WRITER_NAME).toBe('family');
    expect(FAMILY_STYLES.length).toBeGreaterThanOrEqual(8);
    expect(FAMILY_STYLES.length).toBeLessThanOrEqual(12);
    expect(new Set(FAMILY_STYLES).size).toBe(FAMILY_STYLES.length);
    expect(INVENTORY_SIZES.firstNames).toBeGreaterThanOrEqual(150);
    expect(INVENTORY_SIZES.surnames).toBeGreaterThanOrEqual(150);
    expect(INVENTORY_SIZES.towns).toBeGreaterThanOrEqual(60);
    expect(INVENTORY_SIZES.institutionsWithShortForms).toBeGreaterThanOrEqual(20);
  });

  it('is deterministic and generate(n) is a prefix of generate(m)', () => {
    const a = generate(60, 7);
    const b = generate(60, 7);
    expect(b).toEqual(a);
    const c = generate(150, 7);
    expect(c.slice(0, 60)).toEqual(a);
    const d = generate(60, 8);
    expect(d.map((x) => x.text)).not.toEqual(a.map((x) => x.text));
    expect(generate(0, 7)).toEqual([]);
    expect(generate(1, 7)).toEqual(a.slice(0, 1));
  });

  it('makes 1,000 notes in well under 2 s', () => {
    const t0 = performance.now();
    const notes = generate(1000, 99);
    const ms = performance.now() - t0;
    expect(notes).toHaveLength(1000);
    expect(ms).toBeLessThan(2000);
  });

  it('keeps span invariants', () => {
    const errors: string[] = [];
    for (const n of thousand()) {
      if (/undefined|\[object|NaN/.test(n.text)) errors.push(`${n.patient}: bad text`);
      let last = 0;
      for (const s of n.phi) {
        const t = n.text.slice(s.start, s.end);
        const where = `${n.patient} ${s.category} ${JSON.stringify(t)}`;
        if (!CATEGORIES.includes(s.category)) errors.push(`${where}: category`);
        if (s.start < last) errors.push(`${where}: unsorted or overlapping`);
        if (s.end <= s.start || s.end > n.text.length) errors.push(`${where}: bounds`);
        if (t !== t.trim()) errors.push(`${where}: untrimmed`);
        if (t.includes('\n')) errors.push(`${where}: multi-line`);
        last = s.end;
      }
    }
    expect(errors).toEqual([]);
  });

  it('numbers patients p0000… with 1-3 consecutive notes each', () => {
    const notes = thousand();
    const counts = new Map<string, number>();
    let prev = '';
    const order: string[] = [];
    for (const n of notes) {
      expect(n.patient).toMatch(/^p\d{4}$/);
      if (n.patient !== prev) order.push(n.patient);
      prev = n.patient;
      counts.set(n.patient, (counts.get(n.patient) ?? 0) + 1);
    }
    expect(order.length).toBe(counts.size); // consecutive
    order.forEach((p, i) => expect(p).toBe(`p${String(i).padStart(4, '0')}`));
    for (const c of counts.values()) {
      expect(c).toBeGreaterThanOrEqual(1);
      expect(c).toBeLessThanOrEqual(3);
    }
    expect([...counts.values()].some((c) => c > 1)).toBe(true);
  });

  it('writes 60-450 words per note', () => {
    for (const n of thousand()) {
      const w = n.text.split(/\s+/).filter(Boolean).length;
      expect(w).toBeGreaterThanOrEqual(60);
      expect(w).toBeLessThanOrEqual(450);
    }
  });

  it('uses every category and every style in 1,000 notes', () => {
    const notes = thousand();
    const cats = new Set(notes.flatMap((n) => n.phi.map((s) => s.category)));
    for (const c of CATEGORIES) expect(cats, c).toContain(c);
    const styles = new Set(notes.map((n) => n.style));
    for (const s of FAMILY_STYLES) expect(styles, s).toContain(s);
    for (const s of styles) expect(FAMILY_STYLES).toContain(s);
  });

  it('writes whole notes in capitals and in lower case, and labels ages only over 89', () => {
    const notes = thousand();
    const upper = notes.filter((n) => n.text === n.text.toUpperCase()).length;
    const lower = notes.filter((n) => n.text === n.text.toLowerCase()).length;
    expect(upper).toBeGreaterThan(40);
    expect(lower).toBeGreaterThan(40);
    for (const n of notes) {
      for (const s of n.phi.filter((x) => x.category === 'AGE')) {
        expect(Number(n.text.slice(s.start, s.end))).toBeGreaterThan(89);
      }
    }
  });

  it('leaves deliberate look-alikes unlabelled (eponyms, brands, word-names as words, clinical numbers)', () => {
    const notes = thousand();
    const phrases: (string | RegExp)[] = [
      'Apgar', 'Moro', 'Ortolani', 'Babinski', 'Kernig', 'Brudzinski', 'Tanner stage', 'Kawasaki', 'Coombs',
      'Ballard', 'Snellen', 'Glasgow', /Foley (in place|draining)/g, 'Bishop score', 'Hazelbaker', 'Epstein pearls', 'Crohn',
      'Pitocin', 'Similac', 'Medela', 'Giraffe Omnibed', 'Nexplanon', 'EpiPen',
      'frank breech', 'frank blood', 'will follow up', 'We hope to', 'rose to', 'will bill', 'brown spotting',
      'Paged the fellow', 'Long discussion', 'kidney stone', 'Price of the medication', 'Grace period', 'would love to',
      /Apgars? \d+\/\d+/g, /BP \d{2,3}\/\d{2,3}/g, /PHQ-9 = \d+/g, /\d+\/10 pain/g, /\d{2} \d\/7 wks?/g, /GCS 15/g,
    ];
    for (const ph of phrases) {
      const re = typeof ph === 'string' ? new RegExp(ph.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'), 'g') : ph;
      let found = 0;
      for (const n of notes) {
        for (const m of n.text.matchAll(re)) {
          found++;
          expect(covered(n, m.index, m.index + m[0].length), `${String(ph)} in ${n.patient}`).toBe(false);
        }
      }
      expect(found, String(ph)).toBeGreaterThan(0);
    }
  });

  it('labels names that are English words when they are names', () => {
    const wordNames = new Set(['hope', 'grace', 'rose', 'will', 'frank', 'stone', 'hill', 'price', 'young', 'bell', 'love', 'king', 'brown', 'long', 'page']);
    let hits = 0;
    for (const n of thousand()) {
      for (const s of n.phi) {
        if (s.category !== 'NAME') continue;
        const words = n.text.slice(s.start, s.end).toLowerCase().split(/[^a-z]+/);
        if (words.some((w) => wordNames.has(w))) hits++;
      }
    }
    expect(hits).toBeGreaterThan(50);
  });
});
