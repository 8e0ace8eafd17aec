import { describe, expect, it } from 'vitest';
import { detectPhi } from '../../src/deid/detect.js';

// Invented notes of one class (src/deid/free-text/person-names.ts, headerNames): after "Pt:" or
// "Patient:" a note may write a finding instead of a name; an ordinary word no name list holds ends
// the name field, while names that are also words ("Hope", "Small", "Hill") still count.
const names = (text: string) => detectPhi(text).filter((s) => s.category === 'NAME').map((s) => text.slice(s.start, s.end));

describe('a finding after a name label', () => {
  it.each(['PT: ALERT, ORIENTED X3, MAE', 'Pt: Awake and calm overnight.', 'patient: comfortable, no c/o pain', 'PATIENT: RESTING QUIETLY'])('takes no name from %j', (text) => {
    expect(names(text)).toEqual([]);
  });

  it.each([
    ['Patient: Small, Odalys  Age 26', 'Small'],
    ['PATIENT: HOPE, ROSALIND', 'HOPE'],
    ['Pt: Hill, Summer  Acct# 5521', 'Hill'],
    ['Name: Tran, Thi Mai', 'Tran'],
  ])('still takes the name in %j', (text, want) => {
    expect(names(text).join(' ')).toContain(want);
  });
});
