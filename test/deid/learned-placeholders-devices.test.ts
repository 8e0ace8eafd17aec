import { describe, expect, it } from 'vitest';
import { detectPhi } from '../../src/deid/detect.js';
import { besidePlaceholder } from '../../src/deid/placeholders.js';
import type { LearnedModel } from '../../src/deid/learned/model-file.js';

// Classes the learned layer must leave alone, written for this test (invented text):
// ordinary words beside an upstream placeholder (the identifier there is already gone), tubes and
// drains named by a plain word or a brand, and abbreviations of procedures.
const marked = (text: string, profile: 'balanced' | 'strict'): string[] => detectPhi(text, undefined, { profile }).map((s) => text.slice(s.start, s.end));

const KEPT: Array<[string, string]> = [
  ['Congenital heart disease with transposition of the Great XXXX. Status post repair.', 'Great'],
  ['Findings are stable since the Prior XXXX of the chest.', 'Prior'],
  ['Small XXXX Bright focus in the left apex, likely granuloma.', 'Bright'],
  ['NGT TO LCWS. SALEM SUMP REPOSITIONED, PLACEMENT CONFIRMED.', 'SUMP'],
  ['ngt to lcws, salem sump flushed with 30 cc air.', 'sump'],
  ['Hemovac drain with 40 cc serosanguinous output.', 'Hemovac'],
  ['Chest tube to Pleurevac at -20 cm suction, no air leak.', 'Pleurevac'],
  ['Tenckhoff catheter exit site clean and dry.', 'Tenckhoff'],
  ['Broviac flushed without difficulty.', 'Broviac'],
  ['Pt POD 4 s/p open VHR with incisional pain.', 'VHR'],
  ['History of left TKA and right THA, ambulating with walker.', 'TKA'],
  ['History of left TKA and right THA, ambulating with walker.', 'THA'],
  ['Plan EGD tomorrow with GI if hemoglobin drops.', 'EGD'],
  ['Recurrent hernia after lap IHR; LVHR planned.', 'LVHR'],
];

describe('learned layer: placeholders, tubes and drains, procedure abbreviations', () => {
  for (const profile of ['balanced', 'strict'] as const) {
    for (const [text, word] of KEPT) {
      it(`${profile}: keeps "${word}" in "${text}"`, () => {
        expect(marked(text, profile).some((m) => m.includes(word))).toBe(false);
      });
    }
    // Same shapes that are identifiers: a name after a title beside a placeholder, a place after "lives in".
    it(`${profile}: still marks a titled name beside a placeholder and a town after "lives in"`, () => {
      expect(marked('Discussed with Dr. Halvorsen XXXX at bedside.', profile)).toContain('Halvorsen');
      expect(marked('Patient lives in Pinebrook with her daughter.', profile).join(' ')).toContain('Pinebrook');
    });
  }
});

// The one marker test (placeholders.ts) in every upstream style: Open-i "XXXX", MIMIC-CXR "___",
// MIMIC-III "[** … **]". Invented sentences, the word and the marker beside it on either side.
const MARKERS = ['XXXX', 'XXX', '___', '_____', '[**Location 12**]', '[**Hospital1 18**]', '[**Last Name (NamePattern1) 402**]', '[****]'];
const SAME_SHAPE_NOT_MARKERS = ['XX', 'xxxx', '__', 'x-ray', '[* 12 *]', '[**Location 12**', '[Location 12]', '(**12**)'];
const besideWord = (text: string, word: string) => {
  const at = text.indexOf(word);
  return besidePlaceholder(text, at, at + word.length);
};

describe('besidePlaceholder: an upstream marker right beside a word', () => {
  for (const m of MARKERS) {
    it(`reads "${m}" after and before a word, blanks between or none`, () => {
      expect(besideWord(`Stable appearance of the Great ${m} since last exam.`, 'Great')).toBe(true);
      expect(besideWord(`Returned from ${m} Valley with fever.`, 'Valley')).toBe(true);
      expect(besideWord(`Seen at the Hollow \t${m}\tclinic.`, 'Hollow')).toBe(true);
      expect(besideWord(`Compared with ${m}  Prior study.`, 'Prior')).toBe(true);
    });
    it(`does not read "${m}" across a line, a comma or another word`, () => {
      expect(besideWord(`Stable appearance of the Great\n${m} since last exam.`, 'Great')).toBe(false);
      expect(besideWord(`Returned from ${m}\nValley fever ruled out.`, 'Valley')).toBe(false);
      expect(besideWord(`Stable appearance of the Great, ${m} since last exam.`, 'Great')).toBe(false);
      expect(besideWord(`Returned from ${m} the Valley with fever.`, 'Valley')).toBe(false);
    });
  }
  for (const m of SAME_SHAPE_NOT_MARKERS) {
    it(`takes "${m}" for no marker`, () => {
      expect(besideWord(`Stable appearance of the Great ${m} since last exam.`, 'Great')).toBe(false);
      expect(besideWord(`Returned from ${m} Valley with fever.`, 'Valley')).toBe(false);
    });
  }
});

// An ordinary word the learned layer reads as a name ("Great", "Hollow" written as names mid-sentence)
// stays when any style of marker stands beside it, and is still read without one.
describe('learned layer: ordinary words beside each style of marker', () => {
  const frames = [
    (w: string, m: string) => `Stable appearance of the ${w} ${m} since last exam.`,
    (w: string, m: string) => `Patient reports the ${w} ${m} was uneventful.`,
  ];
  for (const profile of ['balanced', 'strict'] as const) {
    for (const word of ['Great', 'Hollow']) {
      it(`${profile}: keeps "${word}" beside ${MARKERS.slice(2, 5).join(', ')}`, () => {
        for (const m of MARKERS.slice(2, 5)) expect(marked(frames[0]!(word, m), profile).some((x) => x.includes(word))).toBe(false);
        expect(marked(frames[1]!('Hollow', '[**Location 12**]'), profile).some((x) => x.includes('Hollow'))).toBe(false);
      });
      // A model that takes every word it may score for a name: what keeps the word beside a marker is
      // the marker test, not the shipped model's judgement of the word (which a retrain may change).
      it(`${profile}: lets the layer read "${word}" beside a same-shape non-marker, and not beside a marker`, () => {
        const eager: LearnedModel = { weights: new Map([['bias', new Float64Array([0, 100, 0])]]), thresholds: { balanced: 0, strict: 0 }, origin: 'test: eager' };
        const read = (m: string) => detectPhi(frames[0]!(word, m), undefined, { profile, model: eager }).some((x) => x.source === 'learned' && frames[0]!(word, m).slice(x.start, x.end).includes(word));
        for (const m of ['__', 'XX', '[* 12 *]', '[Location 12]']) expect(read(m)).toBe(true);
        for (const m of MARKERS.slice(2, 5)) expect(read(m)).toBe(false);
      });
    }
  }
});
