import { describe, expect, it } from 'vitest';
import { mulberry32 } from '../util/prng.js';
import { runsMerged, type PhiSpan } from './phi-span.js';

/** The reference: the non-empty spans, by the built-in (stable) sort on start, then longer first. */
const bySort = (spans: readonly PhiSpan[]) => spans.filter((s) => s.end > s.start).sort((a, b) => a.start - b.start || b.end - a.end);

// The project's seeded generator, so a failure can be replayed.
const rng = mulberry32;

describe('runsMerged orders spans as the stable built-in sort does', () => {
  it('on invented layers of spans (sorted runs, ties, empty spans, unsorted stretches)', () => {
    const next = rng(7);
    for (let n = 0; n < 5000; n++) {
      const spans: PhiSpan[] = [];
      const layers = Math.floor(next() * 9);
      for (let l = 0; l < layers; l++) {
        const count = Math.floor(next() * 12);
        const sorted = next() < 0.8;
        let at = Math.floor(next() * 10);
        for (let c = 0; c < count; c++) {
          // Starts and ends from a small range, so equal spans (ties) are common.
          const start = sorted ? at : Math.floor(next() * 40);
          const end = start + Math.floor(next() * 5) - (next() < 0.1 ? 1 : 0);
          // Each span is its own object, tagged so a tie's order shows.
          spans.push({ start, end, category: 'NAME', source: `l${l}c${c}` });
          at += Math.floor(next() * 4);
        }
      }
      const got = runsMerged(spans);
      const want = bySort(spans);
      expect(got.length).toBe(want.length);
      for (let i = 0; i < want.length; i++) expect(got[i], `case ${n}, span ${i}`).toBe(want[i]);
    }
  });

  it('keeps a single run as it is and drops empty spans', () => {
    const a: PhiSpan = { start: 0, end: 3, category: 'NAME', source: 'a' };
    const b: PhiSpan = { start: 0, end: 2, category: 'DATE', source: 'b' };
    const e: PhiSpan = { start: 4, end: 4, category: 'ID', source: 'e' };
    expect(runsMerged([a, b, e])).toEqual([a, b]);
    expect(runsMerged([b, a])).toEqual([a, b]);
    expect(runsMerged([])).toEqual([]);
  });
});
