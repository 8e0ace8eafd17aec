import { describe, expect, it } from 'vitest';
import { detectPhi } from '../../src/deid/detect.js';

// Invented notes of one class (issue 11): numbers that belong to a product or a scale, not a person —
// a vaccine or drug lot number, its expiry month after the lot, a score out of ten on a scale of
// exertion or breathlessness. Device serial numbers, records and dates of the person stay PHI.
// The pattern categories only (a scale's eponym, "Borg", is the name layer's matter).
const PATTERN = new Set(['DATE', 'ID', 'DEVICE_ID', 'PHONE']);
const found = (text: string) => detectPhi(text).filter((s) => PATTERN.has(s.category)).map((s) => `${s.category}:${text.slice(s.start, s.end)}`);

describe('lot numbers, expiry months and exertion scores are values', () => {
  it.each([
    'Tdap 0.5 mL L deltoid, lot 448120, exp 09/2027, VIS given.',
    'MMR given, lot #B51773, expires 02/2028.',
    'Flu vaccine lot no 620193 L arm.',
    'Shingrix dose 2, lot QX2281, expiration 11/2026.',
    'Treadmill stopped at Borg dyspnea 7/10.',
    'RPE 6/10 at peak, breathlessness 4/10.',
  ])('keeps %j', (text) => {
    expect(found(text)).toEqual([]);
  });

  it.each([
    ['pacemaker SN PXR448812 interrogated', 'PXR448812'],
    ['MRN 44812093, seen in clinic', '44812093'],
    ['pt exp 3/2024 per family', '3/2024'],
    ['Flu vaccine given 10/2/25, lot 620193.', '10/2/25'],
  ])('still takes %j', (text, want) => {
    expect(found(text).some((f) => f.endsWith(`:${want}`))).toBe(true);
  });
});

// The identification line of a progress note ("ID: 47yo M ...") opens with an age, not a record number.
describe('an age after "ID:" is no record number', () => {
  it.each(['id: 52yo f w/ copd, here for', 'ID: 61yo M from home w/ CHF', 'ID: 7yr old with asthma'])('keeps %j', (text) => {
    expect(found(text)).toEqual([]);
  });
  it('still takes a record number after ID', () => {
    expect(found('Patient ID: 40021873')).toContain('ID:40021873');
  });
});
