import { describe, expect, it } from 'vitest';
import { detectPhi } from '../../src/deid/detect.js';

// Invented notes of one class of false positives: a kind of care or a transfer desk before a
// facility head ("NEEDS BURN CENTER", "TRANSFER CENTER") names no facility, and a town's name before
// a stroke scale or a decision rule is an eponym ("Cincinnati Stroke Scale", "Ottawa rules"). A
// facility with a name of its own before the same words stays found.
const places = (text: string) =>
  detectPhi(text, undefined, { model: null })
    .filter((s) => s.category === 'LOCATION' || s.category === 'INSTITUTION')
    .map((s) => text.slice(s.start, s.end))
    .join(' | ');

describe('kinds of care and eponyms that stay', () => {
  it.each([
    ['PT HAS 30% TBSA, NEEDS BURN CENTER PER PROTOCOL', 'BURN'],
    ['TRANSFER CENTER - CALL LOG\nCALLER: RN', 'TRANSFER'],
    ['CINCINNATI STROKE SCALE NEG, FAST-ED 0', 'CINCINNATI'],
    ['xray l knee neg, ottawa rules neg', 'ottawa'],
  ])('%j', (text, word) => {
    expect(places(text)).not.toContain(word);
  });
});

describe('facilities named before the same words', () => {
  it.each([
    ['ACCEPTED AT QUARRINGTON BURN CENTER, BED 4', 'QUARRINGTON'],
    ['Sent to Marlowe Heart Center for cath.', 'Marlowe'],
    ['Moved to Cincinnati in 2019, lives with son.', 'Cincinnati'],
    ['CALLED FENWICK TRAUMA CENTER TRANSFER LINE', 'FENWICK'],
  ])('%j', (text, word) => {
    expect(places(text)).toContain(word);
  });
});
