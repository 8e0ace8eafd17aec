import { describe, expect, it } from 'vitest';
import { detectPhi } from '../../src/deid/detect.js';
import { compileKnown } from '../../src/deid/known-identifiers.js';
import { placeCues } from '../../src/deid/free-text/place-rules.js';
import { nameCues } from '../../src/deid/rules/deid-rules.js';
import type { KnownIdentifiers } from '../../src/domain/report.js';

// The affixes of a structured name ("Dr", "Jr", "PA-C") and the country of a structured address ("USA")
// are no identifiers to search the text for: rules/en data (nameWords.structuredNameAffixes,
// placeVocabulary.addressCountries), read by known-identifiers.ts. Every identifier here is invented.
const known = (k: Partial<KnownIdentifiers>): KnownIdentifiers => ({
  patientNames: [], providerNames: [], patientIds: [], otherIds: [], addresses: [], phones: [], emails: [], organizations: [], ...k,
});
const covered = (text: string, k: KnownIdentifiers) =>
  detectPhi(text, compileKnown(k), { model: null, yearModel: null }).map((s) => text.slice(s.start, s.end));

describe('structured name affixes and address countries as data', () => {
  it('lists them in the rules', () => {
    expect(nameCues().nameWords.structuredNameAffixes).toEqual(expect.arrayContaining(['dr', 'jr', 'iii', 'pa-c']));
    expect([...placeCues().addressCountries]).toEqual(expect.arrayContaining(['usa', 'united states']));
  });

  it('searches the text for the name parts, not the affixes', () => {
    const k = known({ providerNames: [{ family: 'Quarrington', given: ['Tamsin', 'Jr'], text: 'Dr Tamsin Quarrington Jr' }] });
    const found = covered('Read by Dr. Quarrington. Dr. Ostrowe agrees; Jr. resident present.', k).join(' | ');
    expect(found).toContain('Quarrington');
    expect(found).not.toMatch(/\bJr\b/);
  });

  it('searches the text for the town of an address, not its country', () => {
    const k = known({ addresses: ['12 Quarry Bend Rd^^Fallowmere^MN^55012^USA'] });
    const found = covered('Lives in Fallowmere. USA Today article reviewed with family.', k).join(' | ');
    expect(found).toContain('Fallowmere');
    expect(found).not.toContain('USA');
  });
});
