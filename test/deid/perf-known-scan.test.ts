import { describe, expect, it } from 'vitest';
import { KnownIdentifiersSchema } from '../../src/domain/report.js';
import { compileKnown, detectKnown, nameParts } from '../../src/deid/known-identifiers.js';
import { buildGuard } from '../../src/deid/guard-fingerprints.js';

// The known-identifier scan is one pass over alphanumeric chunks with memoised name work; these
// pin the behaviour the faster scan must keep: kind order of hits, phrases that start with a
// non-alphanumeric, names inside apostrophe runs, and memoised results equal to fresh ones.
const known = KnownIdentifiersSchema.parse({
  patientNames: [{ family: "O'Donnell-Price", given: ['Rosalind'] }],
  providerNames: [{ family: 'Will', given: ['Grace'] }],
  patientIds: ['00123456'],
  addresses: ['#7 Larkspur Lane, Pemberton'],
  organizations: ['Saint Brendan Regional Hospital'],
});

describe('known-identifier scan (single pass)', () => {
  const k = compileKnown(known);
  const text = 'Saint Brendan Regional Hospital: MRN 0012 3456 for Rosalind Price, seen at #7 Larkspur Lane by Dr. Will; the lesion will be followed.';

  it('returns names, then ids, then phrases in text order within each kind', () => {
    const hits = detectKnown(text, k).map((s) => [text.slice(s.start, s.end), s.category]);
    expect(hits).toEqual([
      ['Rosalind', 'NAME'],
      ['Price', 'NAME'],
      ['Will', 'NAME'],
      ['0012 3456', 'ID'],
      ['#7 Larkspur Lane', 'ADDRESS'],
      ['Saint Brendan Regional Hospital', 'INSTITUTION'],
    ]);
  });

  it('finds a name piece after an apostrophe and skips the lowercase common word', () => {
    const t = "Seen by O'Donnell and Donnell-Price; will return.";
    const hits = detectKnown(t, k).map((s) => t.slice(s.start, s.end));
    expect(hits).toEqual(["O'Donnell", 'Donnell-Price']);
  });

  it('gives the same matcher and guard from memoised and first-time work', () => {
    const again = compileKnown(KnownIdentifiersSchema.parse(JSON.parse(JSON.stringify(known))));
    expect([...again.names]).toEqual([...k.names]);
    expect([...again.namesCased]).toEqual([...k.namesCased]);
    expect(buildGuard(known, 'key-a')).toEqual(buildGuard(structuredClone(known), 'key-a'));
    expect(buildGuard(known, 'key-a')).not.toEqual(buildGuard(known, 'key-b'));
    expect(Object.isFrozen(nameParts(known.patientNames[0]!))).toBe(true);
  });
});
