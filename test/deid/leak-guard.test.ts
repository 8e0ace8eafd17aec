import { describe, expect, it } from 'vitest';
import { mkdtempSync, statSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { KnownIdentifiersSchema } from '../../src/domain/report.js';
import { assertNoLeak, assertNoLeakByGuard } from '../../src/deid/leak-guard.js';
import { buildGuard } from '../../src/deid/guard-fingerprints.js';
import { resolveDeidKey } from '../../src/deid/deid-key.js';
import { RadlabelError } from '../../src/errors/index.js';

const known = KnownIdentifiersSchema.parse({
  patientNames: [{ family: "O'Donnell-Price", given: ['Rosalind'] }],
  providerNames: [{ family: 'Will', given: ['Grace'] }],
  patientIds: ['00123456'],
  otherIds: ['RAD2024-99817'],
  birthDate: '1931-07-04',
  phones: ['(410) 555-0199'],
  emails: ['rosalind@example.org'],
  organizations: ['Saint Brendan Regional Hospital'],
  addresses: ['12 Larkspur Lane, Pemberton, IL, 62704'],
});
const key = 'guard-key-0123456789abcdef';
const locator = { file: 'feed.hl7', messageId: 'MSG1' };

function caught(f: () => void): RadlabelError {
  try {
    f();
  } catch (e) {
    return e as RadlabelError;
  }
  throw new Error('expected a DEID_LEAK');
}

describe('leak guard', () => {
  it.each([
    ['Seen by ODonnell Price today.', /NAME/, 'price'],
    ['ROSALIND was informed.', /NAME/, 'rosalind'],
    ['MRN 0012-3456 on file.', /ID/, '0012'],
    ['Acc RAD2024 99817.', /ID/, 'rad2024'],
    ['DOB July 4, 1931.', /DATE/, '1931'],
    ['born 7/4/31', /DATE/, '7/4'],
    ['Call 410.555.0199.', /PHONE/, '0199'],
    ['mail jane.doe@Example.org or Rosalind@Example.org', /NAME|EMAIL/, 'example'],
    ['from Saint Brendan Regional Hospital.', /INSTITUTION/, 'brendan'],
    ['Dr. Grace Will notified.', /NAME/, 'grace'],
  ])('blocks %j by value and by fingerprint, naming only the category', (text, category, value) => {
    for (const e of [caught(() => assertNoLeak(text, known, locator)), caught(() => assertNoLeakByGuard(text, buildGuard(known, key), key, locator))]) {
      expect(e.code).toBe('DEID_LEAK');
      expect(e.message).toMatch(category);
      expect(e.describe()).toContain('feed.hl7');
      expect(e.message.toLowerCase()).not.toContain(value);
    }
  });

  it('lets clean text through, including common words that happen to be a name ("will")', () => {
    const text = 'The patient will return in 2 weeks. Mild effusion. Comparison 2023-01-02.';
    expect(() => assertNoLeak(text, known, locator)).not.toThrow();
    expect(() => assertNoLeakByGuard(text, buildGuard(known, key), key, locator)).not.toThrow();
  });

  it('fingerprints depend on the key and hold no identifier', () => {
    const g = buildGuard(known, key);
    expect(g.join(' ')).not.toMatch(/rosalind|00123456|donnell/i);
    expect(buildGuard(known, 'another-key-0123456789')).not.toEqual(g);
    expect(() => assertNoLeakByGuard('Rosalind', g, 'another-key-0123456789')).not.toThrow();
  });
});

describe('resolveDeidKey', () => {
  it('prefers the configured key, else creates a 0600 key file beside the database and reuses it', () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'radlabel-key-'));
    const db = path.join(dir, 'sub', 'radlabel.db');
    expect(resolveDeidKey('configured-key-0123456789', db)).toBe('configured-key-0123456789');
    const k1 = resolveDeidKey(undefined, db);
    expect(k1).toMatch(/^[0-9a-f]{64}$/);
    const file = path.join(dir, 'sub', 'deid.key');
    expect(statSync(file).mode & 0o777).toBe(0o600);
    expect(readFileSync(file, 'utf8').trim()).toBe(k1);
    expect(resolveDeidKey(undefined, db)).toBe(k1);
  });
});

describe('leak guard: accented names', () => {
  const accented = KnownIdentifiersSchema.parse({ patientNames: [{ family: 'Núñez-García', given: ['José'] }], providerNames: [{ family: 'Ångström', given: ['Zoë'] }] });
  it.each([['Called to Dr. NÚÑEZ.'], ['Patient Jose Nunez seen.'], ['Read by Zoë ANGSTROM, MD.'], ['García family at bedside.']])('blocks %j by the matcher and by the stored fingerprints', (text) => {
    expect(caught(() => assertNoLeak(text, accented, locator)).code).toBe('DEID_LEAK');
    expect(caught(() => assertNoLeakByGuard(text, buildGuard(accented, key), key, locator)).code).toBe('DEID_LEAK');
  });

  it('lets clean text through', () => {
    expect(() => assertNoLeak('Dr. [NAME] reviewed the study.', accented, locator)).not.toThrow();
    expect(() => assertNoLeakByGuard('Dr. [NAME] reviewed the study.', buildGuard(accented, key), key, locator)).not.toThrow();
  });
});

describe('known names that are also words, in lower case', () => {
  const wordy = KnownIdentifiersSchema.parse({ patientNames: [{ family: 'Graves', given: ['Hope'] }], providerNames: [{ family: 'Hill', given: ['Grace'] }] });
  it.each([['Patient hope graves confirmed identity.'], ['read by hill, grace.'], ['HOPE GRAVES']])('finds %j as the name pair, by matcher and fingerprints', (text) => {
    expect(caught(() => assertNoLeak(text, wordy, locator)).code).toBe('DEID_LEAK');
    expect(caught(() => assertNoLeakByGuard(text, buildGuard(wordy, key), key, locator)).code).toBe('DEID_LEAK');
  });

  it('leaves the words alone when they are not side by side', () => {
    expect(() => assertNoLeak('there is hope for the graft; grace period noted.', wordy, locator)).not.toThrow();
    expect(() => assertNoLeakByGuard('there is hope for the graft; grace period noted.', buildGuard(wordy, key), key, locator)).not.toThrow();
  });
});

describe('a patient named like a month', () => {
  const june = KnownIdentifiersSchema.parse({ patientNames: [{ family: 'Quimby', given: ['June'] }] });
  it('leaves "June 3" to the date layer and still blocks the name', () => {
    expect(() => assertNoLeakByGuard('Seen June 3 in clinic.', buildGuard(june, key), key, locator)).not.toThrow();
    expect(caught(() => assertNoLeakByGuard('June called back.', buildGuard(june, key), key, locator)).code).toBe('DEID_LEAK');
  });
});

describe('parts of a known id', () => {
  const acc = KnownIdentifiersSchema.parse({ otherIds: ['RAD2024-88812'] });
  it('blocks the digit run of an accession written alone, not a bare year', () => {
    expect(caught(() => assertNoLeak('See prior 88812.', acc, locator)).code).toBe('DEID_LEAK');
    expect(caught(() => assertNoLeakByGuard('See prior 88812.', buildGuard(acc, key), key, locator)).code).toBe('DEID_LEAK');
    expect(() => assertNoLeakByGuard('Compared with 2024 films.', buildGuard(acc, key), key, locator)).not.toThrow();
  });
});

describe('a birth date with a two-digit year of the last century', () => {
  // Invented patients born before 1931: a two-digit year 00–30 reads as this century first.
  for (const [iso, written] of [['1925-03-07', ['3/7/25', '03-07-25', '7 Mar 25']], ['1908-11-28', ['11/28/08', '28-Nov-08']], ['1930-01-30', ['1/30/30']]] as const) {
    const k = KnownIdentifiersSchema.parse({ birthDate: iso });
    it(`blocks ${iso} written ${written.join(', ')}, not the same day of another year`, () => {
      for (const w of written) {
        expect(caught(() => assertNoLeak(`DOB ${w}.`, k, locator)).code, w).toBe('DEID_LEAK');
        expect(caught(() => assertNoLeakByGuard(`DOB ${w}.`, buildGuard(k, key), key, locator)).code, w).toBe('DEID_LEAK');
      }
      const other = `${iso.slice(5, 7)}/${iso.slice(8)}/${String((Number(iso.slice(2, 4)) + 1) % 100).padStart(2, '0')}`;
      expect(() => assertNoLeakByGuard(`Seen ${other}.`, buildGuard(k, key), key, locator)).not.toThrow();
    });
  }
});
