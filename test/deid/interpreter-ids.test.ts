import { describe, expect, it } from 'vitest';
import { detectPhi } from '../../src/deid/detect.js';

const found = (text: string) => detectPhi(text).map((s) => text.slice(s.start, s.end));

describe("an interpreter's or operator's number after the label", () => {
  it.each([
    ['Stratus interpreter 40021 used for the visit.', '40021'],
    ['Consent obtained using interpreter 5521.', '5521'],
    ['Video interp 228140 (Somali).', '228140'],
    ['Language line operator ID 7781', '7781'],
  ])('%j', (text, want) => {
    expect(found(text)).toContain(want);
  });

  it.each(['Interpreter 2 of 3 on the call.', 'Interpreter present for 45 min.'])('no number: %j', (text) => {
    expect(found(text)).toEqual([]);
  });
});
