import { describe, expect, it } from 'vitest';
import {
  generate,
  INVENTORY_SIZES,
  LONGTERM_STYLES,
  WRITER_NAME,
  type GeneratedNote,
} from '../../src/deid/learned/generators/longterm.js';

const CATEGORIES = ['NAME', 'LOCATION', 'STATE', 'DATE', 'DATE_YEAR', 'AGE', 'PHONE', 'ID', 'EMAIL', 'URL', 'OTHER'];
const notes: GeneratedNote[] = generate(1000, 20261203);

function overlapsSpan(n: GeneratedNote, start: number, end: number): boolean {
  return n.phi.some((s) => s.start < end && start < s.end);
}

describe('longterm generator', () => {
  it('exports its name, styles and inventories', () => {
    expect(WRITER_NAME).toBe('longterm');
    expect(LONGTERM_STYLES.length).toBeGreaterThanOrEqual(10);
    for (const v of Object.values(INVENTORY_SIZES)) expect(v).toBeGreaterThan(0);
  });

  it('is deterministic in (count, seed) and a smaller batch is a prefix of a larger one', () => {
    const a = generate(150, 42);
    const b = generate(150, 42);
    expect(a).toEqual(b);
    const small = generate(40, 42);
    expect(small).toEqual(a.slice(0, 40));
    const other = generate(40, 43);
    expect(other.map((n) => n.text)).not.toEqual(small.map((n) => n.text));
  });

  it('produces valid spans', () => {
    for (const n of notes) {
      let prev = -1;
      for (const s of n.phi) {
        expect(CATEGORIES).toContain(s.category);
        expect(s.start).toBeGreaterThanOrEqual(0);
        expect(s.end).toBeGreaterThan(s.start);
        expect(s.end).toBeLessThanOrEqual(n.text.length);
        expect(s.start).toBeGreaterThanOrEqual(prev);
        const t = n.text.slice(s.start, s.end);
        expect(t).toBe(t.trim());
        expect(t).not.toContain('\n');
        prev = s.end;
      }
    }
  });

  it('uses every category and every style; notes are 60-450 words; patients have 1-3 notes', () => {
    const cats = new Set(notes.flatMap((n) => n.phi.map((s) => s.category)));
    for (const c of CATEGORIES) expect(cats.has(c), c).toBe(true);
    const styles = new Set(notes.map((n) => n.style));
    for (const s of LONGTERM_STYLES) expect(styles.has(s), s).toBe(true);
    for (const n of notes) {
      const w = n.text.split(/\s+/).filter((x) => /[A-Za-z0-9]/.test(x)).length;
      expect(w).toBeGreaterThanOrEqual(60);
      expect(w).toBeLessThanOrEqual(450);
      expect(n.patient).toMatch(/^p\d{4,}$/);
    }
    const per = new Map<string, number>();
    for (const n of notes) per.set(n.patient, (per.get(n.patient) ?? 0) + 1);
    for (const c of per.values()) { expect(c).toBeGreaterThanOrEqual(1); expect(c).toBeLessThanOrEqual(3); }
  });

  it('marks ages only when over 89', () => {
    let seen = 0;
    for (const n of notes) for (const s of n.phi) {
      if (s.category !== 'AGE') continue;
      seen++;
      expect(Number(n.text.slice(s.start, s.end))).toBeGreaterThan(89);
    }
    expect(seen).toBeGreaterThan(10);
  });

  it('leaves tricky non-PHI words unmarked', () => {
    const phrases = ['call bell', 'frank blood', 'will continue', 'hoyer', 'foley', 'braden', "parkinson's", 'babinski',
      'murphy sign', 'eliquis', 'ensure', 'thanksgiving', 'monday', "bell's palsy", 'hope to', 'said grace',
      'kidney stone', 'young resident', 'rose from chair', 'may have boost', 'mark on l forearm', 'trendelenburg',
      'huntington', 'cheyne-stokes', 'wednesday', 'bp 1', '2/4 positive'];
    for (const p of phrases) {
      let found = 0;
      for (const n of notes) {
        const low = n.text.toLowerCase();
        let i = low.indexOf(p);
        while (i >= 0) {
          found++;
          expect(overlapsSpan(n, i, i + p.length), `${p} in ${n.style}`).toBe(false);
          i = low.indexOf(p, i + 1);
        }
      }
      expect(found, p).toBeGreaterThan(0);
    }
  });

  it('keeps titles and credentials outside name spans', () => {
    const creds = new Set(['rn', 'lpn', 'md', 'do', 'np', 'cna', 'pa-c', 'aprn', 'lvn', 'ccht', 'pct', 'msw', 'lcsw', 'licsw',
      'rd', 'rrt', 'otr/l', 'cota', 'slp', 'ccc-slp', 'dpt', 'pta', 'pharmd', 'pmhnp', 'dsp', 'stna', 'cma', 'wcc']);
    let names = 0;
    for (const n of notes) for (const s of n.phi) {
      if (s.category !== 'NAME') continue;
      names++;
      const t = n.text.slice(s.start, s.end);
      expect(t).not.toMatch(/^(mr|mrs|ms|dr|miss)\.?\s/i);
      const last = (t.split(/[\s,]+/).pop() ?? '').toLowerCase();
      if (/[\s,]/.test(t)) expect(creds.has(last), t).toBe(false);
      expect(t).not.toMatch(/'s$/);
    }
    expect(names).toBeGreaterThan(1000);
    // the title really is in front of some spans
    const titled = notes.some((n) => n.phi.some((s) => s.category === 'NAME' && /(Mr|Mrs|Ms|Dr)\. $/i.test(n.text.slice(Math.max(0, s.start - 5), s.start))));
    expect(titled).toBe(true);
  });

  it('has upper-case and lower-case notes and is fast', () => {
    expect(notes.some((n) => n.text === n.text.toUpperCase())).toBe(true);
    expect(notes.some((n) => n.text === n.text.toLowerCase())).toBe(true);
    const t0 = performance.now();
    generate(1000, 7);
    expect(performance.now() - t0).toBeLessThan(2000);
  });
});
