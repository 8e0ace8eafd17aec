import { describe, expect, it } from 'vitest';
import {
  CATEGORIES, EMPLOYERS, GIVEN_F, GIVEN_M, INSTITUTIONS, STYLES, SURNAMES, TOWNS, WRITER_NAME, generate,
  type GeneratedNote,
} from '../../src/deid/learned/generators/letters.js';

const notes = generate(1000, 20260);

function unmarkedOccurrences(ns: GeneratedNote[], re: RegExp): number {
  let n = 0;
  for (const note of ns) {
    for (const m of note.text.matchAll(re)) {
      const s = m.index ?? 0, e = s + m[0].length;
      if (!note.phi.some((p) => p.start < e && s < p.end)) n++;
    }
  }
  return n;
}
function markedOccurrences(ns: GeneratedNote[], re: RegExp): number {
  let n = 0;
  for (const note of ns) {
    for (const m of note.text.matchAll(re)) {
      const s = m.index ?? 0, e = s + m[0].length;
      if (note.phi.some((p) => p.start < e && s < p.end)) n++;
    }
  }
  return n;
}

describe('letters generator', () => {
  it('is named and deterministic', () => {
    expect(WRITER_NAME).toBe('letters');
    expect(generate(60, 42)).toEqual(generate(60, 42));
    expect(generate(10, 43).map((n) => n.text)).not.toEqual(generate(10, 42).map((n) => n.text));
    expect(generate(5, 42)).toEqual(generate(60, 42).slice(0, 5));
  });

  it('writes valid spans: inside the text, non-empty, trimmed, sorted, non-overlapping', () => {
    for (const n of notes) {
      let prev = 0;
      for (const s of n.phi) {
        expect(s.start).toBeGreaterThanOrEqual(prev);
        expect(s.end).toBeGreaterThan(s.start);
        expect(s.end).toBeLessThanOrEqual(n.text.length);
        const v = n.text.slice(s.start, s.end);
        expect(v.trim()).toBe(v);
        expect(CATEGORIES).toContain(s.category);
        expect(v).not.toMatch(/\n|^the\s/i);
        prev = s.end;
      }
      expect(n.text.trim().length).toBeGreaterThan(0);
      expect(n.patient.length).toBeGreaterThan(0);
    }
  });

  it('uses every category and every style, in all three cases', () => {
    const cats = new Set(notes.flatMap((n) => n.phi.map((s) => s.category)));
    for (const c of ['NAME', 'LOCATION', 'STATE', 'DATE', 'DATE_YEAR', 'AGE', 'PHONE', 'ID', 'EMAIL', 'URL', 'OTHER']) expect(cats).toContain(c);
    const styles = new Set(notes.map((n) => n.style));
    for (const s of STYLES) expect(styles).toContain(s);
    const upper = notes.filter((n) => n.text === n.text.toUpperCase()).length;
    const lower = notes.filter((n) => n.text === n.text.toLowerCase()).length;
    expect(upper).toBeGreaterThan(120);
    expect(lower).toBeGreaterThan(50);
  });

  it('has realistic lengths and no repeated notes', () => {
    const words = notes.map((n) => n.text.split(/\s+/).length);
    expect(Math.max(...words)).toBeLessThanOrEqual(650);
    expect(words.filter((w) => w < 60).length).toBe(0);
    expect(new Set(notes.map((n) => n.text)).size).toBe(notes.length);
  });

  it('keeps eponyms, brands, devices, units and credentials unmarked', () => {
    const neverPhi = [/\bFoley\b/gi, /\bSwan-Ganz\b/gi, /\bKerley B\b/gi, /\bBabinski\b/gi, /\bHoman\b/gi, /\bGlasgow\b/gi, /\bHodgkin\b/gi, /\bParkinson\b/gi,
      /\bMurphy sign\b/gi, /\bLasix\b/gi, /\bEliquis\b/gi, /\bZosyn\b/gi, /\bXanax\b/gi, /\bMICU\b/gi, /\b4 West\b/gi, /\bPACU\b/gi, /\bApgars 8\/9\b/gi, /\b7th rib\b/gi, /\bT11\b/g,
      /\bBP 1\d\d\/\d\d\b/gi, /\bJackson-Pratt\b/gi, /\bDermabond\b/gi, /\bTrendelenburg\b/gi, /\bPfannenstiel\b/gi, /\bMedtronic (pacemaker|atrial|Azure)\b/gi];
    for (const re of neverPhi) {
      expect(markedOccurrences(notes, re), String(re)).toBe(0);
      expect(unmarkedOccurrences(notes, re), String(re)).toBeGreaterThan(0);
    }
    // ordinary words that are also names in the inventories appear unmarked as words
    for (const re of [/\bwill\b/g, /\bfalls\b/g, /\bwalker\b/gi, /\bclear\b/g, /\bgood\b/gi, /\bhome\b/g]) expect(unmarkedOccurrences(notes, re), String(re)).toBeGreaterThan(0);
    // credentials and titles stay outside name spans
    for (const n of notes) for (const s of n.phi) if (s.category === 'NAME') expect(n.text.slice(s.start, s.end)).not.toMatch(/^(dr\.?|mr\.?|ms\.?|mrs\.?)\s|,\s*(md|do|np|rn)$/i);
  });

  it('marks word-names, "works at Medtronic" and transcriptionist initials', () => {
    const wordNames = new Set(['hope', 'faith', 'joy', 'grace', 'will', 'bill', 'frank', 'mark', 'rose', 'page', 'hill', 'stone', 'wood', 'young', 'price', 'king', 'love', 'day', 'best', 'rich', 'little', 'early', 'ward', 'wells', 'marsh']);
    const marked = notes.flatMap((n) => n.phi.filter((s) => s.category === 'NAME').flatMap((s) => n.text.slice(s.start, s.end).toLowerCase().split(/[\s,.]+/)));
    expect(marked.filter((t) => wordNames.has(t)).length).toBeGreaterThan(50);
    const employers = notes.flatMap((n) => n.phi.filter((s) => s.category === 'LOCATION').map((s) => n.text.slice(s.start, s.end).toLowerCase()));
    expect(employers).toContain('medtronic');
    // jkl/mn style: two NAME spans separated by a single slash or colon
    let initialsLines = 0;
    for (const n of notes) {
      for (let i = 1; i < n.phi.length; i++) {
        const a = n.phi[i - 1]!, b = n.phi[i]!;
        if (a.category === 'NAME' && b.category === 'NAME' && b.start === a.end + 1 && /[/:]/.test(n.text[a.end]!) && b.end - b.start <= 3) initialsLines++;
      }
    }
    expect(initialsLines).toBeGreaterThan(30);
  });

  it('has inventories of the required size', () => {
    expect(SURNAMES.length).toBeGreaterThanOrEqual(400);
    expect(GIVEN_F.length + GIVEN_M.length).toBeGreaterThanOrEqual(300);
    expect(TOWNS.length).toBeGreaterThanOrEqual(150);
    expect(INSTITUTIONS.length).toBeGreaterThanOrEqual(60);
    expect(EMPLOYERS.length).toBeGreaterThanOrEqual(40);
  });
});
