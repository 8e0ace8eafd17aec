import { describe, expect, it } from 'vitest';
import {
  generate,
  INVENTORY_SIZES,
  OUTPATIENT_STYLES,
  WRITER_NAME,
  type GeneratedNote,
} from '../../src/deid/learned/generators/outpatient.js';

const CATS = ['NAME', 'LOCATION', 'STATE', 'DATE', 'DATE_YEAR', 'AGE', 'PHONE', 'ID', 'EMAIL', 'URL', 'OTHER'];
const notes: GeneratedNote[] = generate(1000, 20261203);

/** true when [start, end) of `text` overlaps no span */
function unmarkedAt(n: GeneratedNote, start: number, end: number): boolean {
  return n.phi.every((s) => s.end <= start || s.start >= end);
}

describe('outpatient generator', () => {
  it('exports its name, styles and inventories', () => {
    expect(WRITER_NAME).toBe('outpatient');
    expect(OUTPATIENT_STYLES.length).toBe(10);
    for (const v of Object.values(INVENTORY_SIZES)) expect(v).toBeGreaterThan(0);
  });

  it('is deterministic in (count, seed) and batches are prefixes', () => {
    expect(generate(50, 7)).toEqual(generate(50, 7));
    expect(generate(40, 7)).toEqual(generate(120, 7).slice(0, 40));
    expect(generate(20, 8)).not.toEqual(generate(20, 7));
  });

  it('1,000 notes take well under 2 s', () => {
    const t0 = performance.now();
    generate(1000, 99);
    expect(performance.now() - t0).toBeLessThan(2000);
  });

  it('spans are sorted, non-overlapping, trimmed, single-line and use known categories', () => {
    for (const n of notes) {
      let prev = 0;
      for (const s of n.phi) {
        expect(CATS).toContain(s.category);
        expect(s.start).toBeGreaterThanOrEqual(prev);
        expect(s.end).toBeGreaterThan(s.start);
        expect(s.end).toBeLessThanOrEqual(n.text.length);
        const v = n.text.slice(s.start, s.end);
        expect(v).toBe(v.trim());
        expect(v).not.toContain('\n');
        prev = s.end;
      }
      expect(n.text).not.toContain('[object');
      expect(n.text).not.toContain('undefined');
    }
  });

  it('patients look like p0123 and have 1-3 notes', () => {
    const per = new Map<string, number>();
    for (const n of notes) {
      expect(n.patient).toMatch(/^p\d{4,}$/);
      per.set(n.patient, (per.get(n.patient) ?? 0) + 1);
    }
    for (const v of per.values()) {
      expect(v).toBeGreaterThanOrEqual(1);
      expect(v).toBeLessThanOrEqual(3);
    }
  });

  it('notes are 60-450 words', () => {
    for (const n of notes) {
      const w = n.text.split(/\s+/).filter(Boolean).length;
      expect(w).toBeGreaterThanOrEqual(60);
      expect(w).toBeLessThanOrEqual(450);
    }
  });

  it('uses every category and produces every style', () => {
    const cats = new Set(notes.flatMap((n) => n.phi.map((s) => s.category)));
    for (const c of CATS) expect(cats.has(c)).toBe(true);
    const styles = new Set(notes.map((n) => n.style));
    for (const s of OUTPATIENT_STYLES) expect(styles.has(s)).toBe(true);
  });

  it('has all-upper and all-lower notes', () => {
    expect(notes.some((n) => n.text === n.text.toUpperCase() && /[A-Z]{5}/.test(n.text))).toBe(true);
    expect(notes.some((n) => n.text === n.text.toLowerCase() && /[a-z]{5}/.test(n.text))).toBe(true);
  });

  it('labels only ages over 89', () => {
    let seen = 0;
    for (const n of notes) {
      for (const s of n.phi.filter((x) => x.category === 'AGE')) {
        const v = n.text.slice(s.start, s.end);
        expect(v).toMatch(/^\d+$/);
        expect(Number(v)).toBeGreaterThan(89);
        seen++;
      }
      // an unlabelled "NN yo"/"NN-year-old" must be <= 89
      for (const m of n.text.matchAll(/\b(\d{2,3})(?= ?(?:yo|y\/o|-year-old| year old| yr old)\b)/gi)) {
        const i = m.index ?? 0;
        if (unmarkedAt(n, i, i + (m[1] ?? '').length)) expect(Number(m[1])).toBeLessThanOrEqual(89);
      }
    }
    expect(seen).toBeGreaterThan(10);
  });

  it('keeps titles and credentials outside NAME spans, and possessive s outside', () => {
    let titled = 0;
    for (const n of notes) {
      for (const s of n.phi.filter((x) => x.category === 'NAME')) {
        const v = n.text.slice(s.start, s.end);
        expect(v).not.toMatch(/^(dr|mr|mrs|ms)\.?\s/i);
        expect(v).not.toMatch(/,?\s(MD|DO|NP|RN|PA-C|LPN|LICSW|CNM|IBCLC|RD|PharmD)$/i);
        expect(v).not.toMatch(/'s$/);
        if (/(Dr\.?|Ms\.|Mr\.)\s$/i.test(n.text.slice(Math.max(0, s.start - 4), s.start))) titled++;
      }
    }
    expect(titled).toBeGreaterThan(100);
  });

  it('leaves tricky non-PHI words unmarked', () => {
    const words = ['Foley', 'Babinski', 'Murphy sign', 'Graves disease', "Parkinson", "Crohn's", 'Whipple', 'Nissen',
      'frank blood', 'will follow', 'Hope to', 'Eliquis', 'Ozempic', 'Dexcom', 'Monday', 'Thanksgiving', 'Christmas',
      'BP 1', 'Romberg', 'Ortolani', 'Marfan'];
    const missing: string[] = [];
    for (const w of words) {
      let found = false;
      for (const n of notes) {
        const lc = n.text.toLowerCase();
        let i = lc.indexOf(w.toLowerCase());
        while (i >= 0 && !found) {
          if (unmarkedAt(n, i, i + w.length)) found = true;
          i = lc.indexOf(w.toLowerCase(), i + 1);
        }
        if (found) break;
      }
      if (!found) missing.push(w);
    }
    expect(missing).toEqual([]);
  });

  it('word-names appear as NAME spans too (Hope, Will, Grace, Stone...)', () => {
    const names = new Set(notes.flatMap((n) => n.phi.filter((s) => s.category === 'NAME').map((s) => n.text.slice(s.start, s.end))));
    const joined = [...names].join(' | ');
    for (const w of ['Hope', 'Grace', 'Will', 'Stone', 'Young']) expect(joined).toMatch(new RegExp(`\\b${w}\\b`, 'i'));
  });
});
