import { describe, expect, it } from 'vitest';
import { detectFreeTextNames } from '../../src/deid/free-text-names.js';

const spans = (text: string) =>
  detectFreeTextNames(text, { model: null })
    .filter((s) => s.category === 'NAME')
    .map((s) => text.slice(s.start, s.end));

// Session 25: a consultant's surname alone in brackets after the consulting service. Every example is invented.
describe('consultants by surname after their service', () => {
  it.each([
    ['CONSULTS: NEPHRO (BAKER) FOLLOWING, PULM (MASON) SIGNED OFF.', ['BAKER', 'MASON']],
    ['consults: cards (rose) aware, gi (hunter) to scope.', ['rose', 'hunter']],
    ['Consults: Heme/Onc (Carter) following; Endo (Dr. Fox) to see.', ['Carter', 'Fox']],
    ['id (okonkwo) recs vanc x 6 wk.', ['okonkwo']],
  ])('%j', (text, expected) => {
    expect(spans(text)).toEqual(expect.arrayContaining(expected));
  });

  it.each([
    'GI (EGD) tomorrow. ID (following). Renal (CKD). Cards (echo) pending.',
    'Psych (SI) neg. Pain (severe) overnight. Neuro (intact).',
    'RENAL (STABLE), GI (BLEEDING) - SEE ABOVE.',
    'Surgery (tomorrow) planned; Ortho (ORIF) done.',
  ])('no consultant in %j', (text) => {
    expect(spans(text)).toEqual([]);
  });
});
