import { describe, expect, it } from 'vitest';
import {
  generate,
  INVENTORY_SIZES,
  THERAPY_STYLES,
  WRITER_NAME,
  type GeneratedNote,
} from '../../src/deid/learned/generators/therapy.js';

const CATEGORIES = ['NAME', 'LOCATION', 'STATE', 'DATE', 'DATE_YEAR', 'AGE', 'PHONE', 'ID', 'EMAIL', 'URL', 'OTHER'];
const t0 = performance.now();
const notes: GeneratedNote[] = generate(1000, 20261204);
const elapsedMs = performance.now() - t0;

function overlapsSpan(n: GeneratedNote, s: number, e: number): boolean {
  return n.phi.some((p) => p.start < e && s < p.end);
}
function unlabelledHits(re: RegExp): number {
  let hits = 0;
  for (const n of notes) {
    for (const m of n.text.matchAll(re)) {
      const s = m.index ?? 0;
      if (!overlapsSpan(n, s, s + m[0].length)) hits++;
    }
  }
  return hits;
}

describe('therapy generator: exports', () => {
  it('names itself and lists 8-12 distinct styles', () => {
    expect(WRITER_NAME).toBe('therapy');
    expect(THERAPY_STYLES.length).toBeGreaterThanOrEqual(8);
    expect(THERAPY_STYLES.length).toBeLessThanOrEqual(12);
    expect(new Set(THERAPY_STYLES).size).toBe(THERAPY_STYLES.length);
  });
  it('has large inventories', () => {
    expect(INVENTORY_SIZES.firstNames).toBeGreaterThanOrEqual(150);
    expect(INVENTORY_SIZES.surnames).toBeGreaterThanOrEqual(150);
    expect(INVENTORY_SIZES.towns).toBeGreaterThanOrEqual(60);
    expect(INVENTORY_SIZES.institutions).toBeGreaterThanOrEqual(20);
    expect(INVENTORY_SIZES.institutionShortForms).toBeGreaterThanOrEqual(INVENTORY_SIZES.institutions ?? 0);
  });
});

describe('therapy generator: determinism and speed', () => {
  it('is deterministic and prefix-stable', () => {
    const a = generate(120, 99);
    const b = generate(120, 99);
    const c = generate(37, 99);
    expect(JSON.stringify(a)).toBe(JSON.stringify(b));
    expect(JSON.stringify(c)).toBe(JSON.stringify(a.slice(0, 37)));
    expect(JSON.stringify(generate(20, 100))).not.toBe(JSON.stringify(a.slice(0, 20)));
  });
  it('writes 1,000 notes in well under 2 s', () => {
    expect(notes.length).toBe(1000);
    expect(elapsedMs).toBeLessThan(2000);
  });
});

describe('therapy generator: spans and notes', () => {
  it('keeps spans sorted, non-overlapping, trimmed, single-line and known', () => {
    for (const n of notes) {
      let last = 0;
      for (const s of n.phi) {
        expect(CATEGORIES).toContain(s.category);
        expect(s.start).toBeGreaterThanOrEqual(last);
        expect(s.end).toBeGreaterThan(s.start);
        expect(s.end).toBeLessThanOrEqual(n.text.length);
        const t = n.text.slice(s.start, s.end);
        expect(t).toBe(t.trim());
        expect(t).not.toMatch(/\n/);
        last = s.end;
      }
      expect(n.text).not.toMatch(/undefined|\[object|NaN/);
    }
  });
  it('never puts titles or credentials inside NAME spans', () => {
    for (const n of notes) {
      for (const s of n.phi.filter((x) => x.category === 'NAME')) {
        const t = n.text.slice(s.start, s.end);
        expect(t).not.toMatch(/^(dr|mr|mrs|ms)\.?\s/i);
        expect(t).not.toMatch(/,\s*(PT|DPT|OTR\/L|RN|MD|RD|RRT|CCC-SLP|Au\.D\.)$/i);
      }
    }
  });
  it('numbers patients p0000... with 1-3 consecutive notes each', () => {
    const seen: string[] = [];
    const per = new Map<string, number>();
    for (const n of notes) {
      if (seen[seen.length - 1] !== n.patient) {
        expect(per.has(n.patient)).toBe(false);
        seen.push(n.patient);
      }
      per.set(n.patient, (per.get(n.patient) ?? 0) + 1);
    }
    seen.forEach((p, i) => expect(p).toBe(`p${String(i).padStart(4, '0')}`));
    for (const v of per.values()) {
      expect(v).toBeGreaterThanOrEqual(1);
      expect(v).toBeLessThanOrEqual(3);
    }
  });
  it('writes 60-450 words per note', () => {
    for (const n of notes) {
      const w = (n.text.match(/\S+/g) ?? []).length;
      expect(w).toBeGreaterThanOrEqual(60);
      expect(w).toBeLessThanOrEqual(450);
    }
  });
  it('uses every category and every style', () => {
    const cats = new Set(notes.flatMap((n) => n.phi.map((s) => s.category)));
    for (const c of CATEGORIES) expect(cats.has(c), c).toBe(true);
    const styles = new Set(notes.map((n) => n.style));
    for (const s of THERAPY_STYLES) expect(styles.has(s), s).toBe(true);
    for (const s of styles) expect(THERAPY_STYLES).toContain(s);
  });
  it('labels AGE only over 89', () => {
    for (const n of notes) for (const s of n.phi.filter((x) => x.category === 'AGE')) expect(Number(n.text.slice(s.start, s.end))).toBeGreaterThan(89);
  });
  it('has whole notes in capitals and in lower case', () => {
    const upper = notes.filter((n) => n.text === n.text.toUpperCase()).length;
    const lower = notes.filter((n) => n.text === n.text.toLowerCase()).length;
    expect(upper).toBeGreaterThan(50);
    expect(lower).toBeGreaterThan(100);
  });
});

describe('therapy generator: look-alikes stay unlabelled', () => {
  const eponyms = ['Trendelenburg', 'Babinski', 'Foley', 'Hoyer', 'Theraband', 'Passy-Muir', 'Yankauer', 'Dix-Hallpike', 'Epley', 'Parkinson', 'Mepilex', 'Aquacel', 'Glucerna', 'Ensure Plus', 'Oticon', 'Epic', 'Berg'];
  it.each(eponyms)('eponym / brand %s occurs unlabelled', (w) => {
    expect(unlabelledHits(new RegExp(`\\b${w}`, 'gi'))).toBeGreaterThan(2);
  });
  const words = ['will follow', 'hope to', 'frank', 'rose', 'long sitting', 'bill', 'hill', 'short of breath', 'price', 'love'];
  it.each(words)('word-name used as a word "%s" occurs unlabelled', (w) => {
    expect(unlabelledHits(new RegExp(`\\b${w}\\b`, 'gi'))).toBeGreaterThan(3);
  });
  it('clinical numbers that look like dates are unlabelled', () => {
    expect(unlabelledHits(/\b[0-5][+-]?\/5\b/g)).toBeGreaterThan(100);
    expect(unlabelledHits(/\b\d{1,2}\/10\b/g)).toBeGreaterThan(100);
    expect(unlabelledHits(/\bBP \d{2,3}\/\d{2,3}\b/gi)).toBeGreaterThan(50);
    expect(unlabelledHits(/\b(Tinetti|MoCA|Berg Balance Scale|SLUMS) \d+\/\d+/gi)).toBeGreaterThan(50);
    for (const n of notes) {
      for (const s of n.phi) {
        const before = n.text.slice(Math.max(0, s.start - 12), s.start);
        if (s.category === 'DATE') expect(before).not.toMatch(/(Tinetti|MoCA|Berg Balance Scale|SLUMS|pain|naming:) $/i);
      }
    }
  });
  it('word-names also occur as labelled names', () => {
    const wordNames = new Set(['hope', 'grace', 'rose', 'stone', 'hill', 'price', 'young', 'bell', 'love', 'king', 'brown', 'long', 'page', 'frank', 'will', 'bill']);
    let n = 0;
    for (const note of notes) {
      for (const s of note.phi.filter((x) => x.category === 'NAME')) {
        if (note.text.slice(s.start, s.end).toLowerCase().split(/[\s,]+/).some((t) => wordNames.has(t))) n++;
      }
    }
    expect(n).toBeGreaterThan(50);
  });
});
