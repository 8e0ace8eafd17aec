import { describe, expect, it } from 'vitest';
import {
  BEHAVIOURAL_STYLES,
  INVENTORY_SIZES,
  WRITER_NAME,
  generate,
  type GeneratedNote,
} from '../../src/deid/learned/generators/behavioural.js';

const CATEGORIES = ['NAME', 'LOCATION', 'STATE', 'DATE', 'DATE_YEAR', 'AGE', 'PHONE', 'ID', 'EMAIL', 'URL', 'OTHER'];

const t0 = performance.now();
const NOTES: GeneratedNote[] = generate(1000, 20261204);
const ELAPSED = performance.now() - t0;

function covered(n: GeneratedNote, start: number, end: number): boolean {
  return n.phi.some((s) => s.start < end && start < s.end);
}

describe('behavioural generator', () => {
  it('exports its name, 8-12 styles and large inventories', () => {
    expect(WRITER_NAME).toBe('behavioural');
    expect(BEHAVIOURAL_STYLES.length).toBeGreaterThanOrEqual(8);
    expect(BEHAVIOURAL_STYLES.length).toBeLessThanOrEqual(12);
    expect(new Set(BEHAVIOURAL_STYLES).size).toBe(BEHAVIOURAL_STYLES.length);
    expect(INVENTORY_SIZES.firstNames).toBeGreaterThanOrEqual(150);
    expect(INVENTORY_SIZES.surnames).toBeGreaterThanOrEqual(150);
    expect(INVENTORY_SIZES.towns).toBeGreaterThanOrEqual(60);
    expect(INVENTORY_SIZES.institutions).toBeGreaterThanOrEqual(20);
  });

  it('is deterministic and generate(n) is a prefix of generate(m)', () => {
    const a = generate(120, 5);
    const b = generate(120, 5);
    expect(a).toEqual(b);
    const c = generate(37, 5);
    expect(c).toEqual(a.slice(0, 37));
    const d = generate(120, 6);
    expect(d.map((n) => n.text)).not.toEqual(a.map((n) => n.text));
  });

  it('makes 1,000 notes in well under 2 s', () => {
    expect(NOTES).toHaveLength(1000);
    expect(ELAPSED).toBeLessThan(2000);
  });

  it('keeps span invariants', () => {
    const bad: string[] = [];
    for (const n of NOTES) {
      if (/undefined|\[object|NaN/.test(n.text)) bad.push(`${n.patient}: junk in text`);
      let prev = -1;
      for (const s of n.phi) {
        const t = n.text.slice(s.start, s.end);
        const ok =
          CATEGORIES.includes(s.category) &&
          s.start >= prev &&
          s.end > s.start &&
          s.end <= n.text.length &&
          t === t.trim() &&
          !t.includes('\n');
        if (!ok) bad.push(`${n.patient}: ${s.category} ${s.start}-${s.end} "${t}"`);
        prev = s.end;
      }
    }
    expect(bad).toEqual([]);
  });

  it('numbers patients p0000.. with 1-3 consecutive notes each', () => {
    const seen: string[] = [];
    const per = new Map<string, number>();
    for (const n of NOTES) {
      if (seen[seen.length - 1] !== n.patient) {
        expect(per.has(n.patient)).toBe(false);
        seen.push(n.patient);
      }
      per.set(n.patient, (per.get(n.patient) ?? 0) + 1);
    }
    seen.forEach((p, i) => expect(p).toBe(`p${String(i).padStart(4, '0')}`));
    for (const k of per.values()) {
      expect(k).toBeGreaterThanOrEqual(1);
      expect(k).toBeLessThanOrEqual(3);
    }
  });

  it('writes notes of 60-450 words', () => {
    const counts = NOTES.map((n) => n.text.split(/\s+/).filter(Boolean).length);
    expect(Math.min(...counts)).toBeGreaterThanOrEqual(60);
    expect(Math.max(...counts)).toBeLessThanOrEqual(450);
  });

  it('uses every category and every style', () => {
    const cats = new Set(NOTES.flatMap((n) => n.phi.map((s) => s.category)));
    expect([...cats].sort()).toEqual([...CATEGORIES].sort());
    const styles = new Set(NOTES.map((n) => n.style));
    expect([...styles].sort()).toEqual([...BEHAVIOURAL_STYLES].sort());
    // AGE is only for ages over 89
    const ages = NOTES.flatMap((n) => n.phi.filter((s) => s.category === 'AGE').map((s) => Number(n.text.slice(s.start, s.end))));
    expect(ages.length).toBeGreaterThan(0);
    expect(ages.every((a) => a > 89)).toBe(true);
  });

  it('writes whole notes in capitals and in lower case', () => {
    const upper = NOTES.filter((n) => n.text === n.text.toUpperCase()).length;
    const lower = NOTES.filter((n) => n.text === n.text.toLowerCase()).length;
    expect(upper).toBeGreaterThan(50);
    expect(lower).toBeGreaterThan(50);
  });

  it('leaves its look-alikes unlabelled, in quantity', () => {
    const lookAlikes: [RegExp, number][] = [
      [/\b(Babinski|Parkinsonian|Wernicke's|Foley|Glasgow|Hodgkin|Crohn's|Tourette's|Korsakoff|Chvostek|Trousseau|Russell's|Mallory-Weiss|Cushingoid|Graves)\b/gi, 100],
      [/\b(Young Mania|Beck Depression|Hamilton Anxiety|Stanley-Brown|Baker Act|Marchman Act|Tarasoff|Edinburgh Postnatal|Yale-Brown|Barnes Akathisia|Finnegan score)\b/gi, 60],
      [/\b(Wilson disease|Capgras|Ganser|Alzheimer|Huntington|Munchausen|Lewy body|Addison disease|Hoover sign|Romberg)\b/gi, 30],
      [/\b(will follow|hope to|hopes to|frank about|frank discussion|grace period|grace note|stone-faced|stone cold|rose from bed|rose early|young adult|young children|price of rent|price went up|brown paper bag|page 2|page 3|bill for|bill of rights|long wait|long way|love of gardening|king of)\b/gi, 150],
      [/\b(Thanksgiving|Christmas|Mon\/Wed\/Fri|Tuesday|Saturday|Sunday)\b/gi, 20],
      [/\b(Suboxone|Sublocade|Vivitrol|Narcan|Zyprexa|Haldol|Ativan|Depakote|Abilify Maintena|Invega Sustenna|Ensure|Chantix|Antabuse)\b/gi, 150],
      [/\b(BP 1\d{2}\/\d{2,3}|PHQ-9 \d+|COWS \d+|AUDIT-C \d+\/12|(depression|anxiety|cravings|urges) \d+\/10|scored \d+\/30|BMI \d+\.\d|q15 checks|HR \d{2,3}(?![-\d/]))/gi, 300],
    ];
    for (const [re, min] of lookAlikes) {
      let free = 0;
      const labelled: string[] = [];
      for (const n of NOTES) {
        for (const m of n.text.matchAll(re)) {
          const start = m.index ?? 0;
          if (covered(n, start, start + m[0].length)) labelled.push(`${n.patient}: ${m[0]}`);
          else free++;
        }
      }
      expect(labelled).toEqual([]);
      expect(free, String(re)).toBeGreaterThanOrEqual(min);
    }
  });

  it('labels word-like surnames and first names when they are names', () => {
    const wordNames = /^(Hope|Grace|Rose|Stone|Hill|Price|Young|Bell|Love|King|Brown|Long|Page|Will|Frank|Bill|Faith|Joy|June)$/i;
    let n = 0;
    for (const note of NOTES) {
      for (const s of note.phi) {
        if (s.category !== 'NAME') continue;
        if (note.text.slice(s.start, s.end).split(/[\s,.]+/).some((w) => wordNames.test(w))) n++;
      }
    }
    expect(n).toBeGreaterThan(100);
  });

  it('glues titles and credentials outside name spans', () => {
    const bad: string[] = [];
    for (const note of NOTES) {
      for (const s of note.phi) {
        if (s.category !== 'NAME') continue;
        const t = note.text.slice(s.start, s.end);
        if (/^(Dr|Mr|Ms|Mrs|Mx)\.?\s/i.test(t) || /,\s*(MD|DO|RN|LCSW|NP|PhD)$/i.test(t) || /'s$/.test(t)) bad.push(t);
      }
    }
    expect(bad).toEqual([]);
  });
});
