import { describe, expect, it } from 'vitest';
import { detectPhi } from '../../src/deid/detect.js';
import { seededRandom, syntheticCase } from '../../src/deid/synthetic-phi.js';

// A report may end anywhere: right after a cue word ("new job at", "rm", "transferred to", "Dr.").
// Every pass must then find nothing more rather than read past the last token.
const CUE_RICH = [
  'Pt has a new job at Quorvant and works as a cashier at Braxmill Foods, position with Ostrava.',
  'TALLIS, VEDA | MRN 40118822 | ROOM 318A | LOC: 409 | Bed 27 | seen by Dr. Okafro, RN.',
  'Transferred from Oakhurst Memorial Hospital to rm 141-2; lives w/ son in Quillby Creek.',
  'SON, HIROSHI, IS HCP. PER J. LINDQVIST MD NOTIFIED. RETIRED FROM KOHLER IN 2015.',
  'his son, von draskow, visited; st. ardwyn 4; line placed 6/2, last stool 5/7; MI 88\'.',
];

describe('detection on a report cut at any word', () => {
  it('never throws on a prefix of a cue-rich note (both profiles)', () => {
    for (const text of CUE_RICH) {
      for (const m of text.matchAll(/\S+/g)) {
        const prefix = text.slice(0, m.index! + m[0].length);
        for (const profile of ['balanced', 'strict'] as const) expect(() => detectPhi(prefix, undefined, { profile }), prefix).not.toThrow();
      }
    }
  });

  it('never throws on generated reports cut at random places', () => {
    const r = seededRandom(404);
    for (let i = 0; i < 40; i++) {
      const text = syntheticCase(i, r).reportLines.flatMap((x) => x.lines).join('\n');
      for (let k = 0; k < 10; k++) {
        const prefix = text.slice(0, Math.floor(r() * text.length));
        expect(() => detectPhi(prefix), `case ${i}`).not.toThrow();
      }
    }
  });
});
