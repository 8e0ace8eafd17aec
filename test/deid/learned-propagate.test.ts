import { describe, expect, it } from 'vitest';
import { detectPhi } from '../../src/deid/detect.js';
import type { LearnedModel } from '../../src/deid/learned/model-file.js';

// A name or a place the learned layer adds is the same person or place where the note repeats it:
// its other mentions are marked too, as the words the rules find are. Invented words and notes; a
// model that knows one context only (the word before "visited" / "clinic") shows the spread.
const contextModel = (feature: string, cls: 1 | 2): LearnedModel => ({
  weights: new Map([
    ['bias', Float64Array.from([10, 0, 0])],
    [feature, Float64Array.from(cls === 1 ? [0, 100, 0] : [0, 0, 100])],
  ]),
  thresholds: { balanced: 0, strict: 0 },
  origin: 'test',
});
const found = (text: string, model: LearnedModel | null, profile: 'balanced' | 'strict' = 'balanced') =>
  detectPhi(text, undefined, { profile, model }).map((s) => text.slice(s.start, s.end).toLowerCase());

describe('learned layer: what it finds spreads over the note', () => {
  it.each([
    ['pt up in chair with zorvath this am. zorvath visited again at 1400, left at 1500.', 'zorvath', 'c1=visited', 1],
    ['PT UP IN CHAIR WITH ZORVATH THIS AM. ZORVATH VISITED AGAIN AT 1400.', 'zorvath', 'c1=visited', 1],
  ] as const)('%j', (text, word, feature, cls) => {
    // The rules alone find neither mention; the model finds the one in its context.
    expect(found(text, null)).not.toContain(word);
    for (const profile of ['balanced', 'strict'] as const) expect(found(text, contextModel(feature, cls), profile).filter((w) => w === word)).toHaveLength(2);
  });
  it('ordinary words the model takes do not spread', () => {
    const text = 'pt up in chair with family this am. family visited again at 1400, left at 1500.';
    expect(found(text, contextModel('c1=visited', 1)).filter((w) => w === 'family').length).toBeLessThanOrEqual(1);
  });
});
