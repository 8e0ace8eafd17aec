import { describe, expect, it } from 'vitest';
import { generate, WRITER_NAME, type GeneratedNote } from '../../src/deid/learned/generators/community.js';

const CATEGORIES = ['NAME', 'LOCATION', 'STATE', 'DATE', 'DATE_YEAR', 'AGE', 'PHONE', 'ID', 'EMAIL', 'URL', 'OTHER'];
const STYLES = ['ed_triage', 'ed_physician', 'psych_intake', 'psych_progress', 'social_work', 'case_management', 'home_health',
  'hospice', 'pt_note', 'pharmacy', 'telephone', 'portal', 'prior_auth', 'disability_letter'];

const notes = generate(600, 20261203);

/** True when [start, end) overlaps any span of the note. */
function covered(n: GeneratedNote, start: number, end: number): boolean {
  return n.phi.some((p) => p.start < end && start < p.end);
}

/** Every occurrence of `word` (whole word, any case) in the notes: [note, start, end]. */
function occurrences(word: string): Array<[GeneratedNote, number, number]> {
  const re = new RegExp(`(?<![A-Za-z])${word.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(?![A-Za-z])`, 'gi');
  const out: Array<[GeneratedNote, number, number]> = [];
  for (const n of notes) for (const m of n.text.matchAll(re)) out.push([n, m.index, m.index + m[0].length]);
  return out;
}

describe(`generator ${WRITER_NAME}`, () => {
  it('is deterministic for the same count and seed, and differs for another seed', () => {
    const a = generate(50, 7), b = generate(50, 7), c = generate(50, 8);
    expect(JSON.stringify(a)).toBe(JSON.stringify(b));
    expect(JSON.stringify(a)).not.toBe(JSON.stringify(c));
    // a prefix of a longer run is the same notes
    expect(JSON.stringify(generate(20, 7))).toBe(JSON.stringify(a.slice(0, 20)));
  });

  it('writes spans inside the text, non-empty, trimmed, sorted and non-overlapping', () => {
    for (const n of notes) {
      let last = 0;
      for (const p of n.phi) {
        expect(p.start).toBeGreaterThanOrEqual(last);
        expect(p.end).toBeGreaterThan(p.start);
        expect(p.end).toBeLessThanOrEqual(n.text.length);
        const v = n.text.slice(p.start, p.end);
        expect(v.trim()).toBe(v);
        expect(v.length).toBeGreaterThan(0);
        last = p.end;
      }
    }
  });

  it('uses every category and every style', () => {
    const cats = new Set(notes.flatMap((n) => n.phi.map((p) => p.category)));
    for (const c of CATEGORIES) expect(cats, c).toContain(c);
    for (const c of cats) expect(CATEGORIES).toContain(c);
    const styles = new Set(notes.map((n) => n.style));
    for (const s of STYLES) expect(styles, s).toContain(s);
  });

  it('mixes capitals, lower-case and mixed-case notes', () => {
    const upper = notes.filter((n) => n.text === n.text.toUpperCase()).length;
    const lower = notes.filter((n) => n.text === n.text.toLowerCase()).length;
    expect(upper / notes.length).toBeGreaterThan(0.2);
    expect(lower / notes.length).toBeGreaterThan(0.15);
    expect((notes.length - upper - lower) / notes.length).toBeGreaterThan(0.35);
  });

  it('writes notes of realistic length', () => {
    const words = notes.map((n) => n.text.split(/\s+/).length).sort((x, y) => x - y);
    expect(words[Math.floor(words.length * 0.05)]!).toBeGreaterThanOrEqual(70);
    expect(words[words.length - 1]!).toBeLessThanOrEqual(600);
  });

  it('marks the patient name in notes and keeps the patient field', () => {
    for (const n of notes) expect(n.patient.length).toBeGreaterThan(2);
    const withPt = notes.filter((n) => n.phi.some((p) => p.category === 'NAME' &&
      n.text.slice(p.start, p.end).toLowerCase().includes(n.patient.split(' ')[1]!.toLowerCase()))).length;
    expect(withPt / notes.length).toBeGreaterThan(0.5);
  });

  it('leaves eponyms, brands, devices, units and scores unmarked', () => {
    const tricky = ['Foley', 'Lasix', 'Eliquis', 'Babinski', 'Glasgow', 'Parkinson', 'Hodgkin', 'Kerley', 'Homans', 'Swan-Ganz',
      'Zosyn', 'Xanax', 'Seroquel', 'Hoyer', 'Berg', 'Tinetti', 'Finkelstein', 'Dix-Hallpike', 'MICU', 'CCU', 'PHQ-9', 'MOLST'];
    for (const w of tricky) {
      const occ = occurrences(w);
      expect(occ.length, w).toBeGreaterThan(0);
      for (const [n, s, e] of occ) expect(covered(n, s, e), `${w} in ${n.text.slice(Math.max(0, s - 30), e + 30)}`).toBe(false);
    }
  });

  it('marks "works at Medtronic" as a place but not the Medtronic device', () => {
    for (const [n, s, e] of occurrences('Medtronic')) {
      const after = n.text.slice(e, e + 12).toLowerCase();
      if (after.startsWith(' pacemaker') || after.startsWith(' icd')) expect(covered(n, s, e)).toBe(false);
    }
    const asEmployer = notes.flatMap((n) => n.phi.filter((p) => p.category === 'LOCATION' && /^medtronic$/i.test(n.text.slice(p.start, p.end))));
    expect(asEmployer.length).toBeGreaterThan(0);
  });

  it('marks word-like names (Hope, Will, Grace ...) and leaves the ordinary words alone', () => {
    const marked = new Set<string>();
    for (const n of notes) for (const p of n.phi) if (p.category === 'NAME') for (const w of n.text.slice(p.start, p.end).split(/[\s,.]+/)) marked.add(w.toLowerCase());
    const wordNames = ['hope', 'faith', 'grace', 'will', 'frank', 'king', 'hill', 'young', 'rose', 'day', 'price', 'love', 'stone', 'early', 'little'];
    expect(wordNames.filter((w) => marked.has(w)).length).toBeGreaterThanOrEqual(8);
    // "Will follow" / "May return" / "Good morning" / "Day 5" are sentence words, never marked
    let seen = 0;
    for (const re of [/Will follow/gi, /May return to work/gi, /Good morning/gi, /- Day \d/gi, /Hall \d/gi, /hope for/gi]) {
      for (const n of notes) for (const m of n.text.matchAll(re)) { seen++; expect(covered(n, m.index, m.index + m[0].length), m[0]).toBe(false); }
    }
    expect(seen).toBeGreaterThan(10);
  });

  it('keeps ages under 90 unmarked and marks 90+', () => {
    for (const n of notes) {
      for (const p of n.phi.filter((x) => x.category === 'AGE')) expect(Number(n.text.slice(p.start, p.end))).toBeGreaterThanOrEqual(90);
      for (const m of n.text.matchAll(/\b(\d{2}) ?(?:yo|y\/o|year old|-year-old)\b/gi)) {
        if (Number(m[1]) < 90) expect(covered(n, m.index, m.index + m[1]!.length)).toBe(false);
      }
    }
  });
});

describe(`generator ${WRITER_NAME} text shape`, () => {
  it('has no leading/trailing blanks and no runs of more than one blank line', () => {
    for (const n of notes) {
      expect(n.text.trim()).toBe(n.text);
      expect(n.text).not.toMatch(/\n\s*\n\s*\n/);
      expect(n.text).not.toMatch(/[ \t]\n/);
    }
  });
  it('does not repeat notes', () => {
    expect(new Set(generate(1000, 3).map((n) => n.text)).size).toBe(1000);
  });
});
