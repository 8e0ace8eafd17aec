import { describe, expect, it } from 'vitest';
import {
  generate,
  INVENTORY_SIZES,
  NURSING_STYLES,
  STRUCTURES_PER_STYLE,
  WRITER_NAME,
  type GeneratedNote,
} from '../../src/deid/learned/generators/nursing.js';

const CATEGORIES = ['NAME', 'LOCATION', 'STATE', 'DATE', 'DATE_YEAR', 'AGE', 'PHONE', 'ID', 'EMAIL', 'URL', 'OTHER'];
const notes: GeneratedNote[] = generate(1000, 20261203);

/** offsets of whole-word, case-insensitive occurrences of `word` that no span covers */
function unmarkedHits(word: string): number {
  const esc = word.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  const re = new RegExp(`(?<![A-Za-z])${esc}(?![A-Za-z])`, 'gi');
  let hits = 0;
  for (const n of notes) {
    for (const m of n.text.matchAll(re)) {
      const s = m.index ?? 0;
      const e = s + m[0].length;
      if (!n.phi.some((p) => p.start < e && s < p.end)) hits++;
    }
  }
  return hits;
}

describe('nursing note generator', () => {
  it('names itself', () => {
    expect(WRITER_NAME).toBe('nursing');
  });

  it('is deterministic for the same (count, seed) and differs across seeds', () => {
    expect(generate(60, 42)).toEqual(generate(60, 42));
    expect(generate(60, 43)).not.toEqual(generate(60, 42));
    expect(generate(1000, 20261203)).toEqual(notes);
  });

  it('returns the requested number of notes', () => {
    expect(generate(1000, 9)).toHaveLength(1000);
    expect(generate(0, 1)).toEqual([]);
  });

  it('writes spans inside the text, non-empty, trimmed, sorted and non-overlapping', () => {
    for (const n of notes) {
      let prevEnd = 0;
      for (const s of n.phi) {
        expect(s.start).toBeGreaterThanOrEqual(prevEnd);
        expect(s.end).toBeGreaterThan(s.start);
        expect(s.end).toBeLessThanOrEqual(n.text.length);
        const v = n.text.slice(s.start, s.end);
        expect(v.trim()).toBe(v);
        expect(v).not.toContain('\n');
        expect(CATEGORIES).toContain(s.category);
        prevEnd = s.end;
      }
    }
  });

  it('uses every category', () => {
    const seen = new Set(notes.flatMap((n) => n.phi.map((p) => p.category)));
    for (const c of CATEGORIES) expect(seen.has(c), c).toBe(true);
  });

  it('marks only ages over 89 as AGE, and bare years as DATE_YEAR', () => {
    for (const n of notes) {
      for (const p of n.phi) {
        const v = n.text.slice(p.start, p.end);
        if (p.category === 'AGE') expect(Number(v)).toBeGreaterThan(89);
        if (p.category === 'DATE_YEAR') expect(v).toMatch(/^(\d{4}|'\d\d)$/);
      }
    }
  });

  it('produces every style, each with at least 10 structures, and a small batch covers them all', () => {
    const styles = new Set(notes.map((n) => n.style));
    for (const s of NURSING_STYLES) expect(styles.has(s), s).toBe(true);
    expect(new Set(generate(8, 5).map((n) => n.style)).size).toBe(NURSING_STYLES.length);
    for (const s of NURSING_STYLES) expect(STRUCTURES_PER_STYLE[s]).toBeGreaterThanOrEqual(10);
  });

  it('mixes capitals, lower case and mixed case notes', () => {
    const upper = notes.filter((n) => n.text === n.text.toUpperCase()).length / notes.length;
    const lower = notes.filter((n) => n.text === n.text.toLowerCase()).length / notes.length;
    expect(upper).toBeGreaterThan(0.3);
    expect(upper).toBeLessThan(0.5);
    expect(lower).toBeGreaterThan(0.2);
    expect(lower).toBeLessThan(0.4);
    for (const n of notes.filter((x) => x.style === 'icu-caps')) expect(n.text).toBe(n.text.toUpperCase());
    for (const n of notes.filter((x) => x.style === 'lower-progress')) expect(n.text).toBe(n.text.toLowerCase());
  });

  it('writes notes of realistic length that do not repeat', () => {
    for (const n of notes) {
      const wc = n.text.split(/\s+/).filter(Boolean).length;
      expect(wc).toBeGreaterThanOrEqual(60);
      expect(wc).toBeLessThanOrEqual(600);
    }
    expect(new Set(notes.map((n) => n.text)).size).toBe(notes.length);
  });

  it('has large inventories with many names that are also English words', () => {
    expect(INVENTORY_SIZES.givenNames).toBeGreaterThanOrEqual(300);
    expect(INVENTORY_SIZES.surnames).toBeGreaterThanOrEqual(400);
    expect(INVENTORY_SIZES.givenNamesThatAreWords / INVENTORY_SIZES.givenNames).toBeGreaterThanOrEqual(0.25);
    expect(INVENTORY_SIZES.surnamesThatAreWords / INVENTORY_SIZES.surnames).toBeGreaterThanOrEqual(0.25);
    expect(INVENTORY_SIZES.towns).toBeGreaterThanOrEqual(150);
    expect(INVENTORY_SIZES.hospitals + INVENTORY_SIZES.otherInstitutions).toBeGreaterThanOrEqual(60);
    expect(INVENTORY_SIZES.employers).toBeGreaterThanOrEqual(40);
  });

  it('marks names that are ordinary words when they are names', () => {
    const wordNames = new Set(['hope', 'faith', 'grace', 'will', 'frank', 'mark', 'joy', 'rose', 'king', 'stone', 'hill', 'young', 'price', 'day', 'summer', 'may', 'june']);
    let marked = 0;
    for (const n of notes) {
      for (const p of n.phi) {
        if (p.category !== 'NAME') continue;
        const toks = n.text.slice(p.start, p.end).toLowerCase().split(/[\s,.]+/);
        if (toks.some((t) => wordNames.has(t))) marked++;
      }
    }
    expect(marked).toBeGreaterThan(100);
  });

  it('leaves eponyms, brands, devices, unit names and ordinary words unmarked', () => {
    for (const word of ['Foley', 'Swan-Ganz', 'Kerley', 'Babinski', 'Homan', 'Murphy', 'Parkinson', 'Cheyne-Stokes', 'Trendelenburg', 'Glasgow',
      'Lasix', 'Eliquis', 'Zosyn', 'Xanax', 'Medtronic', 'Yankauer', 'Hoyer', 'MICU', 'CCU', '4 West', 'frank', 'will', 'hope', 'Grace', 'Wells',
      'Graves', 'Bell', 'Christmas', 'Monday', 'T11', '7th rib', '2/4 blood cx']) {
      expect(unmarkedHits(word), word).toBeGreaterThan(0);
    }
  });

  it('labels each value as written: possessives outside, signatures and initials inside', () => {
    let possessive = 0;
    let initials = 0;
    for (const n of notes) {
      for (const p of n.phi) {
        const after = n.text.slice(p.end, p.end + 2).toLowerCase();
        if (p.category === 'NAME' && after === "'s") possessive++;
        if (p.category === 'NAME' && /^[A-Za-z]{2,3}$/.test(n.text.slice(p.start, p.end)) && n.text[p.end] === '/') initials++;
        if (p.category === 'NAME') {
          // titles and credentials stay outside the span
          expect(n.text.slice(p.start, p.end)).not.toMatch(/^(dr|mr|mrs|ms|miss)\.?\s/i);
          expect(n.text.slice(p.start, p.end)).not.toMatch(/\s(rn|md|rrt|np|pa|do)$/i);
        }
      }
    }
    expect(possessive).toBeGreaterThan(10);
    expect(initials).toBeGreaterThan(3);
  });
});
