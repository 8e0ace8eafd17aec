import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { RawReportSchema } from '../../src/domain/report.js';
import { deidentify } from '../../src/deid/deidentify.js';

// Synthetic identifier parts; the property inserts their written variants into random clinical text.
const families = fc.constantFrom('Kowalczyk', "O'Donnell", 'Vanterpool', 'Smith-Jones', 'Nakamura', 'Thistlewood', 'Abernathy');
const givens = fc.constantFrom('Rosalind', 'Thaddeus', 'Imogen', 'Leopold', 'Winifred', 'Saoirse');
const filler = fc.constantFrom('No acute process.', 'Mild cardiomegaly.', 'Kerley B lines.', 'Foley catheter in place.', 'A 5 mm nodule.', '2 views of the chest.', 'Compared with prior.', 'Right lower lobe opacity.');

describe('property: known structured identifiers never leak', () => {
  it('random text with inserted identifiers (names, MRN, phone, birth date in any format)', () => {
    fc.assert(
      fc.property(
        families,
        givens,
        fc.integer({ min: 1_000_000, max: 99_999_999 }),
        fc.integer({ min: 2_000_000, max: 9_999_999 }),
        fc.date({ min: new Date('1920-01-01'), max: new Date('2010-12-31'), noInvalidDate: true }),
        fc.array(fc.tuple(filler, fc.integer({ min: 0, max: 9 })), { minLength: 3, maxLength: 12 }),
        fc.constantFrom<'surrogate' | 'tag'>('surrogate', 'tag'),
        (family, given, mrnN, phoneN, dob, parts, mode) => {
          const mrn = String(mrnN);
          const phone = `617${phoneN}`;
          const iso = dob.toISOString().slice(0, 10);
          const [y, m, d] = iso.split('-').map(Number) as [number, number, number];
          const variants = [
            `${family.toUpperCase()}, ${given.toUpperCase()}`,
            `${given} ${family}`,
            `Dr. ${family}`,
            family.toLowerCase(),
            `MRN ${mrn.slice(0, 3)}-${mrn.slice(3)}`,
            mrn,
            `(617) ${phone.slice(3, 6)}-${phone.slice(6)}`,
            `617.${phone.slice(3, 6)}.${phone.slice(6)}`,
            `${m}/${d}/${y}`,
            iso,
            `DOB ${String(m).padStart(2, '0')}/${String(d).padStart(2, '0')}/${String(y).slice(2)}`,
          ];
          const text = parts.map(([f, k]) => (k < variants.length ? `${f} ${variants[k]} ` : `${f} `)).join('') + variants.join(' ; ');
          const raw = RawReportSchema.parse({
            source: { format: 'text', system: 'prop' },
            sections: [],
            text,
            patientId: mrn,
            identifiers: { patientNames: [{ family, given: [given] }], patientIds: [mrn], birthDate: iso, phones: [phone] },
          });
          const out = deidentify(raw, { key: 'prop-key-0123456789abcdef', mode, keepStudyUids: false });
          const lower = out.text.toLowerCase();
          for (const v of [family, given, mrn, phone.slice(3), `${m}/${d}/${y}`, iso]) expect(lower).not.toContain(v.toLowerCase());
          for (const [f] of parts) expect(out.text).toContain(f);
        },
      ),
      { numRuns: 150 },
    );
  });
});
