import { describe, expect, it } from 'vitest';
import { detectPatterns } from '../../src/deid/patterns.js';

const ids = (text: string) => detectPatterns(text).filter((s) => s.category === 'ID').map((s) => text.slice(s.start, s.end));

// Issue 11: identifiers written in shapes the id rules passed over: a device's or an organ offer's number after its
// label ("RO unit RO-231", "match run KQT4410", "oximeter ox40917"), a label glued by "#" to its code
// ("ref AUTH#55120D"), a record number of three, two and two digits ("/ 512-77-08 /"), and a subject's number
// inside an uploaded file's name ("ICF_512-0031_v2_signed.pdf"). Every example is invented.
describe('labelled device, glued-label and file-name identifiers', () => {
  it.each([
    ['2210 RO unit RO-231 chlorine check 0.0', 'RO-231'],
    ['offer via the OPO; match run KQT4410. Declined', 'KQT4410'],
    ['home oximeter ox40917 returned', 'ox40917'],
    ['PA approved, ref AUTH#55120D, 6 doses', 'AUTH#55120D'],
    ['Pt: VANCE, ODA / 512-77-08 / Rm 212', '512-77-08'],
    ['Uploaded: ICF_512-0031_v2_signed.pdf', '512-0031'],
    ['ECG_V3_S204-017.xml filed', 'S204-017'],
  ])('%s → %s', (text, id) => {
    expect(ids(text)).toContain(id);
  });
  it.each([
    ['scan_20260115.pdf attached', '20260115'],
    ['ASA#81 daily', 'ASA#81'],
    ['protocol_v12_final.pdf', 'v12'],
    ['orthostatics: 128-84-72 lying to standing', '128-84-72'],
    ['Photos: IMG_ROE_701.jpg to IMG_ROE_709.jpg', '701'],
    ['BP 128/82, HR 70-72-75 on the monitor', '70-72-75'],
  ])('keeps %s', (text, value) => {
    expect(ids(text)).not.toContain(value);
  });
});
