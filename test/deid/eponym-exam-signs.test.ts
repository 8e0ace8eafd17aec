import { describe, expect, it } from 'vitest';
import { detectPhi } from '../../src/deid/detect.js';

// Invented notes of one class (free-text/vocabulary.ts EXAM_RESULT_MARK, SERVICE_OR_DEVICE_AFTER):
// an examination sign named after a person and read out with its result ("neg", "+", "(-)"), or an
// access eponym before "fistula" / "graft", is the sign, not a person. The same surnames after a
// title, a lead or in a signature stay names.
const names = (text: string) => detectPhi(text).filter((s) => s.category === 'NAME').map((s) => text.slice(s.start, s.end));

describe('eponymous examination signs with their result', () => {
  it.each([
    "wrist: tinel's + at median nerve, phalen's + at 40 sec",
    'neck: spurling neg bilat, hoffmann neg',
    'SHOULDER: NEER +, HAWKINS +, DROP ARM NEG',
    'thumb: Finkelstein positive, no snuffbox tenderness',
    "R knee: McMurray (-), Lachman's (+) with soft end point",
    'Access: Brescia-Cimino fistula R forearm, good thrill',
  ])('keeps %j', (text) => {
    expect(names(text)).toEqual([]);
  });

  it.each([
    ['Seen with Dr. Hawkins today, plan unchanged.', 'Hawkins'],
    ['Case discussed with Rowan Spurling, PA-C.', 'Spurling'],
    ['Signed: Mara Finkelstein, MD', 'Finkelstein'],
    ['Per Hoffmann, pt may return to light duty.', 'Hoffmann'],
  ])('still finds the person in %j', (text, want) => {
    expect(names(text).join(' ')).toContain(want);
  });
});
