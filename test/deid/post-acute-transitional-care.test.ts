// Post-acute and transitional care facilities named by ordinary words (session 44): "from Maple
// Crest Post-Acute", "| harbor lights transitional care | declined |", a list's next facility after
// a comma ("Oak Bend Skilled Nursing, Birchwood Transitional Care"). The phrases of a plan stay
// ("discharge to post-acute care", "awaiting transitional care"). Invented examples.
import { describe, expect, it } from 'vitest';
import { detectPhi } from '../../src/deid/detect.js';

// The places and organisations the rules find (no learned layer), merged as the detector reports them.
const rulePlaces = (text: string): string[] =>
  detectPhi(text, undefined, { model: null })
    .filter((s) => s.category === 'LOCATION' || s.category === 'INSTITUTION')
    .map((s) => text.slice(s.start, s.end));

describe('post-acute and transitional care facilities', () => {
  it.each([
    ['adm 3/2 from Maple Crest Post-Acute w/ fall.\n', 'Maple Crest Post-Acute'],
    ['# DISPO: FROM KESTREL POST ACUTE, PLAN RETURN WHEN STABLE\n', 'KESTREL POST ACUTE'],
    ['| facility | status |\n|---|---|\n| Birchwood Transitional Care | no response |\n', 'Birchwood Transitional Care'],
    ['| ferncliff post-acute care | - | declined (no bed) |\n', 'ferncliff post-acute care'],
    // The facility's head word "center" stays out of the span, as for every facility.
    ['referrals sent to tollan bay transitional care center today.\n', 'tollan bay transitional care'],
    ['snf choices: oak ridge skilled nursing, pine hollow transitional care (near son).\n', 'pine hollow transitional care'],
  ])('finds the facility in %j', (text, facility) => {
    expect(rulePlaces(text)).toContain(facility);
  });

  it.each([
    ['Plan: discharge to post-acute care when stable.\n'],
    ['awaiting transitional care placement, cm following.\n'],
    ['| requires post-acute care | yes |\n'],
    ['| candidate for transitional care | pending |\n'],
    ['Needs transitional care, pt agrees.\n'],
    ['seen by Dr. Roe, transitional care team aware.\n'],
  ])('takes no facility from %j', (text) => {
    expect(rulePlaces(text)).toEqual([]);
  });
});
