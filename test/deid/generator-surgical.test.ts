import { describe, expect, it } from 'vitest';
import { generate, INVENTORY_SIZES, SURGICAL_STYLES, WRITER_NAME } from '../../src/deid/learned/generators/surgical.js';

const CATS = ['NAME', 'LOCATION', 'STATE', 'DATE', 'DATE_YEAR', 'AGE', 'PHONE', 'ID', 'EMAIL', 'URL', 'OTHER'];
const notes = generate(1000, 20261203);

function overlapsSpan(n: (typeof notes)[number], s: number, e: number): boolean {
  return n.phi.some((p) => p.start < e && s < p.end);
}

describe('surgical writer generator', () => {
  it('exports its name, styles and inventories', () => {
    expect(WRITER_NAME).toBe('surgical');
    expect(SURGICAL_STYLES.length).toBeGreaterThanOrEqual(14);
    expect(INVENTORY_SIZES.firstNames).toBeGreaterThan(200);
    expect(INVENTORY_SIZES.towns).toBeGreaterThan(60);
  });

  it('is deterministic in (count, seed)', () => {
    expect(generate(120, 5)).toEqual(generate(120, 5));
    expect(generate(40, 5)).not.toEqual(generate(40, 6));
  });

  it('a smaller batch is a prefix of a larger one', () => {
    const big = generate(300, 99);
    const small = generate(77, 99);
    expect(small).toEqual(big.slice(0, 77));
  });

  it('spans are sorted, non-overlapping, non-empty, trimmed, single-line and use known categories', () => {
    for (const n of notes) {
      let last = 0;
      for (const s of n.phi) {
        expect(CATS).toContain(s.category);
        expect(s.start).toBeGreaterThanOrEqual(last);
        expect(s.end).toBeGreaterThan(s.start);
        expect(s.end).toBeLessThanOrEqual(n.text.length);
        const t = n.text.slice(s.start, s.end);
        expect(t).toBe(t.trim());
        expect(t).not.toContain('\n');
        last = s.end;
      }
    }
  });

  it('uses every category and produces every style', () => {
    const cats = new Set(notes.flatMap((n) => n.phi.map((s) => s.category)));
    for (const c of CATS) expect(cats.has(c), c).toBe(true);
    const styles = new Set(notes.map((n) => n.style));
    for (const s of SURGICAL_STYLES) expect(styles.has(s), s).toBe(true);
  });

  it('patients have 1-3 notes and notes are 60-450 words', () => {
    const per = new Map<string, number>();
    for (const n of notes) {
      expect(n.patient).toMatch(/^p\d{4,}$/);
      per.set(n.patient, (per.get(n.patient) ?? 0) + 1);
      const w = n.text.split(/\s+/).filter(Boolean).length;
      expect(w).toBeGreaterThanOrEqual(60);
      expect(w).toBeLessThanOrEqual(450);
    }
    for (const v of per.values()) {
      expect(v).toBeGreaterThanOrEqual(1);
      expect(v).toBeLessThanOrEqual(3);
    }
    expect([...per.values()].some((v) => v > 1)).toBe(true);
  });

  it('labels ages only above 89, and every age above 89 is labelled', () => {
    let seen = 0;
    for (const n of notes) {
      for (const s of n.phi.filter((p) => p.category === 'AGE')) {
        expect(Number(n.text.slice(s.start, s.end))).toBeGreaterThan(89);
        seen++;
      }
      const re = /\b(\d{2,3})(?=(?: ?yo| y\/o|-year-old| year old| y\.o\.|[FM]\b))/gi;
      for (const m of n.text.matchAll(re)) {
        const v = Number(m[1]);
        const at = m.index ?? 0;
        const covered = n.phi.some((p) => p.category === 'AGE' && p.start === at && p.end === at + (m[1] as string).length);
        if (v > 89) expect(covered, n.text.slice(at, at + 12)).toBe(true);
        else expect(covered).toBe(false);
      }
    }
    expect(seen).toBeGreaterThan(10);
  });

  it('leaves tricky non-PHI unmarked (eponyms, brands, word-names as words, clinical numbers)', () => {
    const phrases = ['Foley', 'frank blood', 'frank pus', 'Murphy sign', 'Whipple', 'Nissen', 'Graves disease', 'Parkinson disease', "Crohn's", 'Babinski',
      'Trendelenburg', 'Hope to advance', 'will follow', 'Lichtenstein', 'Kocher', 'BP 120/80', 'Pain 10/10', '2/4 blood cultures', 'T11', '7th-9th rib', 'Thanksgiving',
      'Exparel', 'Dilaudid', 'Steri-Strips', 'Monday', 'Friday', 'Rovsing', "Hartmann's", 'Gigli', 'Bookwalter'];
    for (const ph of phrases) {
      const re = new RegExp(ph.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&'), 'gi');
      let found = 0;
      for (const n of notes) {
        for (const m of n.text.matchAll(re)) {
          found++;
          expect(overlapsSpan(n, m.index ?? 0, (m.index ?? 0) + m[0].length), `${ph} in ${n.style}`).toBe(false);
        }
      }
      expect(found, ph).toBeGreaterThan(0);
    }
  });

  it('keeps titles, credentials and possessive s outside name spans', () => {
    let titled = 0; let credited = 0; let possessive = 0;
    for (const n of notes) {
      for (const s of n.phi.filter((p) => p.category === 'NAME')) {
        const t = n.text.slice(s.start, s.end);
        expect(t).not.toMatch(/^(mr|mrs|ms|dr|rev|father|pastor)\.?\s/i);
        // two-letter spans are typist / signer initials (jk/mn), which may spell anything
        if (t.length > 3) expect(t).not.toMatch(/\b(MD|RN|PA-C|NP|CRNA|LICSW|RRT|FACS|PhD|CCTC|CWOCN|APRN)$/i);
        expect(t).not.toMatch(/'s$/);
        if (/(Dr\.?|Mr\.?|Mrs\.|Ms\.?) $/i.test(n.text.slice(Math.max(0, s.start - 5), s.start))) titled++;
        if (/^,? (MD|RN|PA-C|NP|CRNA|DO|CST|LICSW)/i.test(n.text.slice(s.end, s.end + 8))) credited++;
        if (n.text.slice(s.end, s.end + 2) === "'s") possessive++;
      }
    }
    expect(titled).toBeGreaterThan(100);
    expect(credited).toBeGreaterThan(100);
    expect(possessive).toBeGreaterThan(5);
  });

  it('has whole-note upper and lower case notes and word-names labelled as names', () => {
    const upper = notes.filter((n) => n.text === n.text.toUpperCase()).length;
    const lower = notes.filter((n) => n.text === n.text.toLowerCase()).length;
    expect(upper).toBeGreaterThan(50);
    expect(lower).toBeGreaterThan(40);
    const wordy = /\b(Hope|Grace|Will|Frank|Stone|Hill|Price|Bell|Young)\b/i;
    const names = notes.flatMap((n) => n.phi.filter((p) => p.category === 'NAME').map((p) => n.text.slice(p.start, p.end)));
    expect(names.filter((x) => wordy.test(x)).length).toBeGreaterThan(20);
  });

  it('generates 1,000 notes quickly', () => {
    generate(200, 1);
    const t0 = performance.now();
    generate(1000, 4242);
    expect(performance.now() - t0).toBeLessThan(2000);
  });
});
