import { describe, expect, it } from 'vitest';
import { detectPhi } from '../../src/deid/detect.js';

const ids = (text: string) =>
  detectPhi(text)
    .filter((s) => s.category === 'ID')
    .map((s) => text.slice(s.start, s.end));

describe('an identifier in blank-parted groups after a strong label', () => {
  it.each([
    ['Policy no. HXK 447 221', 'HXK 447 221'],
    ['Member ID: XGW 883 221 904 (primary)', 'XGW 883 221 904'],
    ['Subscriber ID: W 2231 8847', 'W 2231 8847'],
    ['CLAIM 2231 8847 FILED WITH CARRIER', '2231 8847'],
    ['Medicaid # 44 1187 23B on file', '44 1187 23B'],
  ])('%j', (text, want) => {
    expect(ids(text)).toContain(want);
  });

  it.each(['Group 2 of 3 attended.', 'Policy 12 3 reviewed', 'Dose 40 mg 2 times daily', 'Ref range 135 145'])('no identifier: %j', (text) => {
    expect(ids(text)).toEqual([]);
  });
});
