import { describe, expect, it } from 'vitest';
import { compileKnown, detectKnown } from '../../src/deid/known-identifiers.js';
import type { KnownIdentifiers } from '../../src/domain/report.js';

// Invented structured context: only organisations and addresses, so every hit is a phrase hit.
const known = (organizations: string[], addresses: string[] = []): KnownIdentifiers => ({
  patientNames: [],
  providerNames: [],
  patientIds: [],
  otherIds: [],
  addresses,
  phones: [],
  emails: [],
  organizations,
});

const found = (text: string, k: KnownIdentifiers) => detectKnown(text, compileKnown(k)).map((s) => text.slice(s.start, s.end));

describe('known phrase hits come grouped by phrase, in the order the phrases are listed', () => {
  it.each([
    // A phrase starting with a symbol is searched after the word scan, but listed first it comes first.
    [['#7 Clinic', 'North Clinic'], 'North Clinic, then #7 Clinic, then North Clinic', ['#7 Clinic', 'North Clinic', 'North Clinic']],
    [['North Clinic', '#7 Clinic'], 'North Clinic, then #7 Clinic, then North Clinic', ['North Clinic', 'North Clinic', '#7 Clinic']],
    // Two word-headed phrases met in the text in the other order than listed.
    [['Zephyr Hall', 'Aster Lab'], 'Aster Lab and Zephyr Hall and Aster Lab', ['Zephyr Hall', 'Aster Lab', 'Aster Lab']],
    [['@Home Care', 'Birch Center', '#2 Annex'], '#2 Annex; Birch Center; @home care; #2 annex', ['@home care', 'Birch Center', '#2 Annex', '#2 annex']],
  ])('%j in %j', (orgs, text, want) => {
    expect(found(text, known(orgs))).toEqual(want);
  });

  it('finds nothing where no phrase is written', () => {
    expect(found('Aster and Zephyr and the annex', known(['Zephyr Hall', 'Aster Lab', '#2 Annex']))).toEqual([]);
  });
});
