import { describe, expect, it } from 'vitest';
import { augmentNotes, recase, STYLE_TRANSFORMS, transformNote } from '../../src/deid/learned/note-transforms.js';
import type { TrainingNote } from '../../src/deid/learned/train-model.js';

// Invented notes with gold spans written where the values are.
function note(parts: Array<string | [string, string]>): TrainingNote {
  let text = '';
  const phi: TrainingNote['phi'] = [];
  for (const p of parts) {
    if (typeof p === 'string') text += p;
    else {
      phi.push({ start: text.length, end: text.length + p[0].length, category: p[1] });
      text += p[0];
    }
  }
  return { patient: 'p1', text, phi };
}

const NOTES: TrainingNote[] = [
  note(['Seen by Dr. ', ['Quellan', 'HCPName'], ' on ', ['7/22', 'Date'], '. Wife ', ['Marla', 'RelativeProxyName'], ' called from ', ['Brisbury', 'Location'], '.\n']),
  note(['PT TRANSFERRED TO ', ['SACRED', 'Location'], ' ', ['HEART', 'Location'], ' ', ['3/4/19', 'Date'], '. MI IN ', ['1992', 'DateYear'], '. PER ', ['J', 'HCPName'], '. ', ['OKAL', 'HCPName'], ' RN\n']),
  note(['npn 7a-7p: lives in ', ['tremsville', 'Location'], ' with son ', ['dov', 'RelativeProxyName'], '. plan d/c ', ['11/3', 'Date'], ' - ', ['11/5', 'Date'], '.\n']),
  note(['Ph ', ['555-0134', 'Phone'], ' (no other PHI). BP 120/80, strength 5/5.\n']),
];

describe('style transforms keep gold offsets valid', () => {
  for (const t of STYLE_TRANSFORMS) {
    it(`${t}: every gold span indexes a value, spans do not overlap, and the text outside the values is the original's (up to case)`, () => {
      for (const n of NOTES) {
        const out = transformNote(n, t, 'eval');
        const spans = [...out.phi].sort((a, b) => a.start - b.start);
        for (let k = 0; k < spans.length; k++) {
          const s = spans[k]!;
          expect(s.end).toBeGreaterThan(s.start);
          expect(out.text.slice(s.start, s.end)).toMatch(/^[\p{L}\d]/u);
          if (k > 0) expect(s.start).toBeGreaterThanOrEqual(spans[k - 1]!.end);
        }
        // Removing the values leaves the same non-PHI text (case aside): nothing outside a value moved or changed.
        const strip = (x: TrainingNote) => {
          let r = '';
          let from = 0;
          const units = [...x.phi].sort((a, b) => a.start - b.start);
          for (const s of units) {
            r += x.text.slice(from, s.start).replace(/^[ .-]{1,3}$/, '');
            from = s.end;
          }
          // A year's apostrophe ("'97", "97'") stands outside its span.
          return (r + x.text.slice(from)).toLowerCase().replace(/'/g, '');
        };
        expect(strip(out)).toBe(strip(n));
      }
    });
  }

  it('lines shouts some lines of a note and keeps every offset', () => {
    const n = note(['Seen by Dr. ', ['Quellan', 'HCPName'], '.\nWife ', ['Marla', 'RelativeProxyName'], ' called.\nPlan: diurese.\nNo acute events.\nFamily updated.\nPain controlled.\n']);
    const outs = [0, 1, 2, 3, 4, 5].map((seed) => transformNote(n, 'lines', 'eval', seed));
    for (const out of outs) {
      expect(out.phi).toEqual(n.phi);
      expect(out.text.toLowerCase()).toBe(n.text.toLowerCase());
      for (const line of out.text.split('\n')) expect([line.toUpperCase(), n.text.split('\n').find((l) => l.toLowerCase() === line.toLowerCase())]).toContain(line);
    }
    expect(outs.some((o) => o.text !== n.text)).toBe(true);
  });

  it('upper and lower case keep every offset and every categorised span', () => {
    for (const n of NOTES) {
      for (const t of ['upper', 'lower'] as const) {
        const out = transformNote(n, t, 'eval');
        expect(out.text.length).toBe(n.text.length);
        expect(out.phi).toEqual(n.phi);
        expect(out.text).toBe(t === 'upper' ? n.text.toUpperCase() : n.text.toLowerCase());
      }
    }
    // A character whose other case has another length stays as written.
    expect(recase('Straße', 'upper')).toBe('STRAßE');
  });

  it('names replace names and places but keep dates and phones; dates replace dates but keep names', () => {
    const n = NOTES[1]!;
    const names = transformNote(n, 'names', 'eval');
    const vals = (x: TrainingNote, c: string) => x.phi.filter((s) => s.category === c).map((s) => x.text.slice(s.start, s.end));
    expect(vals(names, 'Date')).toEqual(['3/4/19']);
    expect(vals(names, 'HCPName')).not.toContain('OKAL');
    expect(vals(names, 'Location').join(' ')).not.toBe('SACRED HEART');
    // Written in the case of the value it replaces.
    for (const v of [...vals(names, 'Location'), ...vals(names, 'HCPName')]) expect(v).toBe(v.toUpperCase());
    const dates = transformNote(NOTES[0]!, 'dates', 'eval');
    expect(vals(dates, 'HCPName')).toEqual(['Quellan']);
    expect(dates.text).not.toContain('7/22');
    expect(transformNote(NOTES[3]!, 'names', 'eval')).toEqual(NOTES[3]);
  });

  it('is deterministic, and the eval surrogates are never the training ones', () => {
    const n = NOTES[0]!;
    expect(transformNote(n, 'icu', 'eval')).toEqual(transformNote(n, 'icu', 'eval'));
    const words = (pool: 'train' | 'eval') => {
      const out = new Set<string>();
      for (let seed = 0; seed < 60; seed++) {
        const x = transformNote(n, 'names', pool, seed);
        for (const s of x.phi) if (s.category !== 'Date') out.add(x.text.slice(s.start, s.end).toLowerCase());
      }
      return out;
    };
    const train = words('train');
    const evalWords = [...words('eval')].filter((w) => w.length > 3 && !/^(?:van|der|von|del|st)$/.test(w));
    const shared = evalWords.filter((w) => train.has(w));
    // Whole values are drawn from disjoint halves; single words of a multi-word value may coincide only by chance.
    expect(shared.length).toBeLessThan(evalWords.length / 10);
  });

  it('augmentation adds a capitals copy and a surrogate copy of every note, the originals first', () => {
    const out = augmentNotes(NOTES);
    expect(out).toHaveLength(NOTES.length * 3);
    expect(out.slice(0, NOTES.length)).toEqual(NOTES);
    expect(out.some((x) => x.text === NOTES[0]!.text.toUpperCase())).toBe(true);
  });
});
