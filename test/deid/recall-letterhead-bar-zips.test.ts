import { describe, expect, it } from 'vitest';
import { detectPhi } from '../../src/deid/detect.js';

const places = (text: string) =>
  detectPhi(text, undefined, { model: null })
    .filter((s) => s.category === 'ZIP' || s.category === 'LOCATION' || s.category === 'ADDRESS')
    .map((s) => text.slice(s.start, s.end));

// Invented letterheads of one class (src/deid/free-text/address-zips.ts): a one-line letterhead
// parts its fields with bars; after the street (and its suite) a bar opens the town and its ZIP
// code, and the telephone's label and number close them.
describe('a town and ZIP code after a street and a bar, before the telephone', () => {
  it.each([
    ['Marrow Pulmonary 118 Quill Ave, Suite 3 | North Tenby 40712 Tel (555) 210-3344', ['North Tenby', '40712']],
    ['ORCHARD HAND CENTER 77 FENWAY RD | GALLOWGLASS 20931 PHONE 555-212-8890', ['GALLOWGLASS', '20931']],
    ['hollin eye care 9 birch ln, ste 2 | sorrel 88213 tel (555) 404-1122', ['sorrel', '88213']],
    ['Pinewood Ortho 4021 Canal St | Patience 61002 Fax: (555) 777-0101', ['Patience', '61002']],
  ])('%j', (text, want) => {
    for (const w of want) expect(places(text)).toContain(w);
  });
});

describe('five digits after a bar that close no street address', () => {
  it.each([
    'Hgb 9.1 | Platelets 40500 | WBC 12',
    'Room 12 | MRN 44512 Tel (555) 210-3344',
    'Claim | Accession 55123 phone 555-212-8890',
    'Steps | today 10234 | goal 12000',
  ])('%j', (text) => {
    expect(places(text).filter((w) => /\d{5}/.test(w))).toEqual([]);
  });
});
