import { describe, expect, it } from 'vitest';
import { detectPhi } from '../../src/deid/detect.js';

// Invented notes of one class (learned/learned-names.ts measuredRatio): two short letter groups
// glued by a slash with a bare value after them are a measured ratio ("Kt/V 1.42", "P/F 210"),
// never a name for the learned layer. Initials pairs of a sign-off, followed by a date or nothing,
// stay names.
const names = (text: string) => detectPhi(text).filter((s) => s.category === 'NAME').map((s) => text.slice(s.start, s.end));

describe('measured ratios', () => {
  it.each([
    'Adequacy: Kt/V 1.38, URR 71%, nPCR 1.0',
    'Vent: FiO2 50%, PEEP 10, P/F 186 on ABG',
    'Echo: E/A 0.7, EF 55%, no effusion',
    'Labs reviewed.\nKt/V 1.19 - below target, Qb increased',
  ])('keeps %j', (text) => {
    expect(names(text)).toEqual([]);
  });

  it.each([
    ['Dictated by Omar Reyes, PA.\nkmr/tl 6/13/21 8:50pm', 'kmr'],
    ['Signed Gwyneth Oduya, MD\nGO/ps', 'GO'],
    ['Read by Dr. Amadi Okafor.\nAO/bt 4/2/22', 'AO'],
  ])('still finds the person in %j', (text, want) => {
    expect(names(text)).toContain(want);
  });
});
