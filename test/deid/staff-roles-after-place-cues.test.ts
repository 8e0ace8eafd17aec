import { describe, expect, it } from 'vitest';
import { detectPhi } from '../../src/deid/detect.js';

const places = (text: string) =>
  detectPhi(text)
    .filter((s) => s.category === 'LOCATION' || s.category === 'INSTITUTION')
    .map((s) => text.slice(s.start, s.end));

describe('a staff role after a place cue is a person, not a place', () => {
  it.each(['Accepted by hospitalist on call.', 'Referred to nephrologist for CKD.', 'Sent to dermatologist for biopsy.', 'Transferred to intensivist care.', 'Seen by audiologist today.'])('%j', (text) => {
    expect(places(text)).toEqual([]);
  });

  it.each([
    ['Transferred to Greyhollow for rehab.', 'Greyhollow'],
    ['Referred to Quarrybrook for dialysis.', 'Quarrybrook'],
  ])('a place after the cue stays: %j', (text, want) => {
    expect(places(text).join(' ')).toContain(want);
  });
});
