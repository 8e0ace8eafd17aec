import { describe, expect, it } from 'vitest';
import { detectPhi } from '../../src/deid/detect.js';

const names = (text: string, profile: 'balanced' | 'strict' = 'balanced') =>
  detectPhi(text, undefined, { profile })
    .filter((s) => s.category === 'NAME')
    .map((s) => text.slice(s.start, s.end));

// Session 43: the witness of a checked step signs with initials (staffInitials.labels: witness, wit), even when the
// letters spell an abbreviation, and a bracketed clock time may close the field. A relative there is who, not whose
// initials. Every example is invented.
describe('initials after a witness label', () => {
  it.each([
    ['Thaw log\nStraw thawed by KD  witness HFT\nMedia warmed to 37 C.', 'HFT'],
    ['Witness: BMP (0915) - vial label matched to requisition.', 'BMP'],
    ['Witness: RE (10:42) - specimen cup matched to the order.', 'RE'],
    ['Thaw done, emb QV  wit FW  two straws.', 'FW'],
    ['Consent form signed at 0810, witness TLC.', 'TLC'],
  ])('%j', (text, who) => {
    expect(names(text)).toContain(who);
    expect(names(text, 'strict')).toContain(who);
  });
  it.each([
    'Consent witness: yes. Witness: none.',
    'Witness: RN at bedside.',
    'witness mom',
    'Event witnessed by mom.',
    'Seizure witnessed by dad at 0900.',
    'Witness (2310) label checked.',
  ])('no name in %j', (text) => {
    expect(names(text)).toEqual([]);
  });
});
