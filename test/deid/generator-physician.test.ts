import { describe, expect, it } from 'vitest';
import {
  generate,
  INVENTORY_SIZES,
  PHYSICIAN_STYLES,
  WRITER_NAME,
  type GeneratedNote,
} from '../../src/deid/learned/generators/physician.js';

const CATEGORIES = ['NAME', 'LOCATION', 'STATE', 'DATE', 'DATE_YEAR', 'AGE', 'PHONE', 'ID', 'EMAIL', 'URL', 'OTHER'];
const corpus: GeneratedNote[] = generate(1000, 20261203);

function insideSpan(n: GeneratedNote, start: number, end: number): boolean {
  return n.phi.some((p) => p.start < end && start < p.end);
}

describe('physician generator', () => {
  it('exports its name, styles and inventories', () => {
    expect(WRITER_NAME).toBe('physician');
    expect(PHYSICIAN_STYLES.length).toBeGreaterThanOrEqual(10);
    expect(INVENTORY_SIZES['surnames']).toBeGreaterThan(150);
    expect(INVENTORY_SIZES['towns']).toBeGreaterThan(40);
  });

  it('is deterministic in (count, seed) and a smaller batch is a prefix of a larger one', () => {
    const a = generate(120, 99);
    const b = generate(120, 99);
    expect(a).toEqual(b);
    const small = generate(37, 99);
    expect(small).toEqual(a.slice(0, 37));
    const other = generate(20, 100);
    expect(other.map((n) => n.text)).not.toEqual(a.slice(0, 20).map((n) => n.text));
  });

  it('gives each patient 1 to 3 notes with ids like p0123', () => {
    const counts = new Map<string, number>();
    for (const n of corpus) {
      expect(n.patient).toMatch(/^p\d{4,}$/);
      counts.set(n.patient, (counts.get(n.patient) ?? 0) + 1);
    }
    for (const c of counts.values()) expect(c).toBeLessThanOrEqual(3);
    expect([...counts.values()].some((c) => c > 1)).toBe(true);
  });

  it('produces valid spans: sorted, non-overlapping, non-empty, trimmed, single-line, known category', () => {
    for (const n of corpus) {
      let prevEnd = 0;
      for (const p of n.phi) {
        expect(CATEGORIES).toContain(p.category);
        expect(p.start).toBeGreaterThanOrEqual(prevEnd);
        expect(p.end).toBeGreaterThan(p.start);
        expect(p.end).toBeLessThanOrEqual(n.text.length);
        const s = n.text.slice(p.start, p.end);
        expect(s).toBe(s.trim());
        expect(s).not.toMatch(/\n/);
        prevEnd = p.end;
      }
    }
  });

  it('uses every category and produces every style', () => {
    const cats = new Set(corpus.flatMap((n) => n.phi.map((p) => p.category)));
    for (const c of CATEGORIES) expect(cats.has(c), c).toBe(true);
    const styles = new Set(corpus.map((n) => n.style));
    for (const s of PHYSICIAN_STYLES) expect(styles.has(s), s).toBe(true);
    for (const s of styles) expect(PHYSICIAN_STYLES).toContain(s);
  });

  it('keeps notes between 60 and 450 words, with all-caps and all-lower notes present', () => {
    let upper = 0;
    let lower = 0;
    for (const n of corpus) {
      const words = n.text.split(/\s+/).filter(Boolean).length;
      expect(words, n.text).toBeGreaterThanOrEqual(60);
      expect(words).toBeLessThanOrEqual(450);
      const letters = n.text.replace(/[^A-Za-z]/g, '');
      if (letters === letters.toUpperCase()) upper++;
      if (letters === letters.toLowerCase()) lower++;
    }
    expect(upper).toBeGreaterThan(50);
    expect(lower).toBeGreaterThan(50);
  });

  it('labels AGE only for ages over 89, and leaves younger ages unmarked', () => {
    let marked = 0;
    let unmarkedYoung = 0;
    for (const n of corpus) {
      for (const p of n.phi) {
        if (p.category !== 'AGE') continue;
        const s = n.text.slice(p.start, p.end);
        expect(s).toMatch(/^\d+$/);
        expect(Number(s)).toBeGreaterThan(89);
        marked++;
      }
      const re = /\b(\d{2,3})(?= ?(?:yo|y\/o|-year-old|year old)\b)/gi;
      let m: RegExpExecArray | null;
      while ((m = re.exec(n.text)) !== null) {
        const v = Number(m[1]);
        const covered = insideSpan(n, m.index, m.index + (m[1] ?? '').length);
        if (v > 89) expect(covered, n.text).toBe(true);
        else {
          expect(covered).toBe(false);
          unmarkedYoung++;
        }
      }
    }
    expect(marked).toBeGreaterThan(30);
    expect(unmarkedYoung).toBeGreaterThan(100);
  });

  it('leaves tricky non-PHI (eponyms, brands, word-names used as words, weekdays) unmarked', () => {
    const tricky = [
      'Foley', 'Murphy sign', 'Babinski', 'Graves disease', "Parkinson's", "Crohn's", 'Whipple', 'Nissen',
      "Bell's palsy", 'frank blood', 'hope to extubate', 'will follow', 'young man', 'kidney stone',
      'Eliquis', 'Lasix', 'Swan-Ganz', 'Fleischner', 'Monday', 'Thanksgiving', 'BP ', '/4 BCx',
    ];
    const all = corpus;
    for (const w of tricky) {
      let found = 0;
      for (const n of all) {
        const hay = n.text.toLowerCase();
        const needle = w.toLowerCase();
        let i = hay.indexOf(needle);
        while (i >= 0) {
          found++;
          expect(insideSpan(n, i, i + needle.trimEnd().length), `${w} in ${n.text}`).toBe(false);
          i = hay.indexOf(needle, i + 1);
        }
      }
      expect(found, w).toBeGreaterThan(0);
    }
  });

  it('keeps titles, credentials and possessive s outside NAME spans', () => {
    let titled = 0;
    let credentialed = 0;
    for (const n of corpus) {
      for (const p of n.phi) {
        if (p.category !== 'NAME') continue;
        const s = n.text.slice(p.start, p.end);
        expect(s, s).not.toMatch(/^(?:mr|mrs|ms|dr|miss)\.?\s/i);
        expect(s, s).not.toMatch(/[\s,](?:md|do|rn|np|pa-c|rrt|licsw|phd|lpn|mph|bsn|ccrn)$/i);
        expect(s, s).not.toMatch(/'s$/i);
        const before = n.text.slice(Math.max(0, p.start - 5), p.start);
        const after = n.text.slice(p.end, p.end + 8);
        if (/(?:dr|mr|mrs|ms)\.? $/i.test(before)) titled++;
        if (/^,? (?:md|do|rn|np|pa-c|rrt|licsw)\b/i.test(after)) credentialed++;
      }
    }
    expect(titled).toBeGreaterThan(100);
    expect(credentialed).toBeGreaterThan(100);
  });

  it('generates 1,000 notes well under 2 s', () => {
    const t0 = performance.now();
    generate(1000, 5);
    expect(performance.now() - t0).toBeLessThan(2000);
  });
});
