import { describe, expect, it } from 'vitest';
import { detectPhi } from '../../src/deid/detect.js';

// Invented notes of one class (src/deid/free-text/state-zip-towns.ts): a "Town, ST 12345" part that
// opens its field (the line's start, a label's colon, a bar, a wide gap) holds a town before the
// comma, whatever ordinary word the town is named for. Without a part's start before the words, or
// with words that cannot be a town's (a function or unit word), nothing is added.
const places = (text: string) =>
  detectPhi(text, undefined, { model: null })
    .filter((s) => s.category === 'LOCATION' || s.category === 'INSTITUTION')
    .map((s) => text.slice(s.start, s.end));

describe('the town of a "Town, ST 12345" part', () => {
  it.each([
    ['Pt......: Q. Pellisow   Age 71\n  Street:    1142 Wrenfold Rd\n  Town/St:   Bounty, MO 41177\n  Cell:      555.219.0843\n', 'Bounty'],
    ['Ostley Allergy Clinic | 12 Ulmstead Ave | Delight, NC 27514\nTel 661-2248\n', 'Delight'],
    ['Send records to:\n88 Hesketh Way\nClarity, ME 04551\n\nThank you,\n', 'Clarity'],
    ['Town/State/ZIP:  Prosperity, VT 05061-2210\nCell: 555-331-0942\n', 'Prosperity'],
  ])('%j', (text, town) => {
    expect(places(text)).toContain(town);
  });
});

describe('the same shapes that add no town', () => {
  it.each([
    ['Plan: follow up, MO 41177 is the box code on the shelf.\n', 'follow'],
    ['Apt 4, MA 02134 mail held on Fridays.\n', 'Apt'],
    ['Impression: Stable, no change. Back in 4 weeks.\n', 'Stable'],
  ])('%j', (text, word) => {
    expect(places(text).some((p) => p.includes(word))).toBe(false);
  });
});
