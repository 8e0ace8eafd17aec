import { describe, expect, it } from 'vitest';
import {
  COUNTRIES,
  EMPLOYERS,
  GIVEN_NAMES,
  INSTITUTIONS,
  STREETS,
  STYLES,
  SURNAMES,
  TOWNS,
  WRITER_NAME,
  generate,
  type GeneratedNote,
} from '../../src/deid/learned/generators/diagnostics.js';

const CATEGORIES = ['NAME', 'LOCATION', 'STATE', 'DATE', 'DATE_YEAR', 'AGE', 'PHONE', 'ID', 'EMAIL', 'URL', 'OTHER'];
const notes = generate(600, 1234);

/** Is some occurrence of `word` (whole word, case-insensitive) in a note outside every span? */
function unmarkedCount(all: GeneratedNote[], word: string): number {
  const re = new RegExp(`(?<![A-Za-z])${word.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(?![A-Za-z])`, 'gi');
  let n = 0;
  for (const note of all) {
    for (const m of note.text.matchAll(re)) {
      const i = m.index ?? 0;
      if (!note.phi.some((s) => i < s.end && i + m[0].length > s.start)) n++;
    }
  }
  return n;
}

describe('diagnostics generator', () => {
  it('names itself', () => {
    expect(WRITER_NAME).toBe('diagnostics');
  });

  it('is deterministic for the same (count, seed) and differs across seeds', () => {
    expect(generate(50, 7)).toEqual(generate(50, 7));
    expect(generate(50, 8).map((n) => n.text)).not.toEqual(generate(50, 7).map((n) => n.text));
  });

  it('writes spans that are inside the text, non-empty, trimmed, sorted and non-overlapping', () => {
    const bad: string[] = [];
    for (const note of notes) {
      let prevEnd = 0;
      for (const s of note.phi) {
        const v = note.text.slice(s.start, s.end);
        if (s.start < prevEnd || s.end <= s.start || s.end > note.text.length || v.trim() !== v || !CATEGORIES.includes(s.category)) {
          bad.push(`${s.category} ${s.start}-${s.end} "${v}"`);
        }
        prevEnd = s.end;
      }
    }
    expect(bad).toEqual([]);
  });

  it('uses every category and every style', () => {
    const cats = new Set(notes.flatMap((n) => n.phi.map((s) => s.category)));
    for (const c of CATEGORIES) expect(cats, c).toContain(c);
    const styles = new Set(notes.map((n) => n.style));
    for (const s of STYLES) expect(styles, s).toContain(s);
  });

  it('writes notes of realistic length in all three case modes', () => {
    const words = notes.map((n) => n.text.split(/\s+/).filter(Boolean).length);
    expect(Math.min(...words)).toBeGreaterThanOrEqual(80);
    expect(Math.max(...words)).toBeLessThanOrEqual(600);
    const letters = (t: string): string => t.replace(/[^A-Za-z]/g, '');
    const upper = notes.filter((n) => letters(n.text) === letters(n.text).toUpperCase()).length;
    const lower = notes.filter((n) => letters(n.text) === letters(n.text).toLowerCase()).length;
    expect(upper / notes.length).toBeGreaterThan(0.25);
    expect(upper / notes.length).toBeLessThan(0.45);
    expect(lower / notes.length).toBeGreaterThan(0.08);
    expect(lower / notes.length).toBeLessThan(0.22);
  });

  it('does not repeat notes', () => {
    expect(new Set(notes.map((n) => n.text)).size).toBe(notes.length);
  });

  it('has inventories of the promised sizes', () => {
    expect(new Set(SURNAMES).size).toBeGreaterThanOrEqual(400);
    expect(new Set(GIVEN_NAMES).size).toBeGreaterThanOrEqual(300);
    expect(new Set(TOWNS).size).toBeGreaterThanOrEqual(150);
    expect(INSTITUTIONS.length).toBeGreaterThanOrEqual(60);
    expect(EMPLOYERS.length).toBeGreaterThanOrEqual(40);
    expect(STREETS.length).toBeGreaterThanOrEqual(40);
    expect(COUNTRIES.length).toBeGreaterThanOrEqual(20);
  });

  it('marks the patient surname wherever the note writes it (unless the word is also ordinary vocabulary)', () => {
    // vocabulary written outside spans anywhere (eponyms like "Murphy sign", words like "stone")
    const plainWords = new Set<string>();
    for (const note of notes) {
      let last = 0;
      for (const s of [...note.phi, { start: note.text.length, end: note.text.length, category: '' }]) {
        for (const w of note.text.slice(last, s.start).toLowerCase().match(/[a-z']+/g) ?? []) plainWords.add(w);
        last = s.end;
      }
    }
    let checked = 0;
    for (const note of notes) {
      const surname = note.patient.split(' ').slice(1).join(' ');
      const parts = surname.toLowerCase().split(/[\s-]+/);
      if (parts.some((p) => plainWords.has(p))) continue;
      const re = new RegExp(`(?<![A-Za-z])${surname.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(?![A-Za-z])`, 'gi');
      for (const m of note.text.matchAll(re)) {
        const i = m.index ?? 0;
        checked++;
        expect(note.phi.some((s) => s.start <= i && i < s.end), `${note.patient}: ${note.text.slice(Math.max(0, i - 30), i + 30)}`).toBe(true);
      }
    }
    expect(checked).toBeGreaterThan(300);
  });

  it('leaves tricky non-PHI words (eponyms, devices, scales, ordinary words) unmarked', () => {
    for (const w of [
      'Kerley', 'Swan-Ganz', 'Fleischner', 'Virchow-Robin', 'Hill-Sachs', 'Bankart', 'Gleason', 'Reed-Sternberg', 'Medtronic', 'Boston Scientific',
      'St. Jude Medical', 'Wolff-Parkinson-White', 'Wenckebach', 'Epworth', 'Mallampati', 'anti-Kell', 'Duffy', 'Kidd', 'Lewis', 'Coombs',
      'Cincinnati Prehospital Stroke Scale', 'Los Angeles Motor Scale', 'Glasgow Coma Scale', 'Murphy sign', 'Cooper ligaments', 'Baker cyst',
      'Lasix', 'Eliquis', 'Foley', 'MICU', 'lung fields', 'Wells score', 'Frank', 'PGY', 'RN', 'BI-RADS',
    ]) {
      expect(unmarkedCount(notes, w), w).toBeGreaterThan(0);
    }
  });

  it('marks names that are ordinary words, possessives, initials and names in lower-case notes', () => {
    const spans = notes.flatMap((n) => n.phi.filter((s) => s.category === 'NAME').map((s) => n.text.slice(s.start, s.end)));
    const wordNames = ['Hope', 'Faith', 'Grace', 'Stone', 'Page', 'Wells', 'Young', 'King', 'Summer', 'Frank'];
    expect(wordNames.filter((w) => spans.some((v) => v.split(/[\s,]+/).some((t) => t.toLowerCase() === w.toLowerCase()))).length).toBeGreaterThanOrEqual(6);
    // transcriptionist initials like "abc/de": both halves are NAME spans separated by a slash
    expect(notes.some((n) => n.phi.some((s, k) => s.category === 'NAME' && n.text[s.end] === '/' && n.phi[k + 1]?.start === s.end + 1 && n.phi[k + 1]?.category === 'NAME'))).toBe(true);
    // possessive: only the name is marked, "'s" stays outside
    expect(notes.some((n) => n.phi.some((s) => s.category === 'NAME' && /^'s\b/i.test(n.text.slice(s.end, s.end + 3))))).toBe(true);
    // lower-case names in lower-case notes
    expect(spans.some((v) => /^[a-z][a-z' -]+,? [a-z]/.test(v))).toBe(true);
  });

  it('labels addresses in parts and never swallows a leading article into a place', () => {
    const locs = notes.flatMap((n) => n.phi.filter((s) => s.category === 'LOCATION').map((s) => n.text.slice(s.start, s.end)));
    expect(locs.some((v) => /^\d+ \S+/.test(v))).toBe(true); // street address
    expect(locs.some((v) => /^\d{5}$/.test(v))).toBe(true); // ZIP
    expect(locs.every((v) => !/^the /i.test(v))).toBe(true);
    const states = notes.flatMap((n) => n.phi.filter((s) => s.category === 'STATE').map((s) => n.text.slice(s.start, s.end)));
    expect(states.some((v) => /^[A-Z]{2}$/.test(v))).toBe(true);
  });

  it('marks ages only above 89', () => {
    for (const n of notes) for (const s of n.phi) if (s.category === 'AGE') expect(Number(n.text.slice(s.start, s.end))).toBeGreaterThanOrEqual(90);
  });
});
