import { describe, expect, it } from 'vitest';
import { KnownIdentifiersSchema } from '../../src/domain/report.js';
import { compileKnown, detectKnown } from '../../src/deid/known-identifiers.js';

// Issue 11 (speed): the known-name scan skips a plain ASCII word whose first letter starts no
// known name. Every way a known name can be written must still be found: any case, folded
// accents, a known piece after a hyphen or apostrophe, a name that is also a word (cased only),
// and an address town. Invented people and places.
const known = KnownIdentifiersSchema.parse({
  patientNames: [{ family: 'Ångström', given: ['Philippa'] }, { family: "O'Dravmoor", given: ['Kesh'] }],
  providerNames: [{ family: 'Jones', given: ['Will'] }, { family: 'Núñez-García', given: ['Zoë'] }],
  addresses: ['12 Quillbrae Road, Ashbourne, IL, 24035'],
});
// Each found span once, in text order (a pair of name parts is also reported as a pair).
const found = (text: string) => {
  const spans = detectKnown(text, compileKnown(known)).filter((s) => s.category === 'NAME' || s.category === 'LOCATION');
  const unique = new Map(spans.map((s) => [s.start, s]));
  return [...unique.values()].sort((a, b) => a.start - b.start).map((s) => text.slice(s.start, s.end));
};

describe('known-name scan: every written form of a known name', () => {
  it.each([
    ['philippa angstrom seen', ['philippa', 'angstrom']],
    ['PHILIPPA ÅNGSTRÖM seen', ['PHILIPPA', 'ÅNGSTRÖM']],
    ['Angstrom, Philippa', ['Angstrom', 'Philippa']],
    ['per Smith-Jones today', ['Smith-Jones']],
    ["Mrs. O'Dravmoor and ODRAVMOOR and dravmoor", ["O'Dravmoor", 'ODRAVMOOR', 'dravmoor']],
    ['Dr. NUNEZ-GARCIA and Dr. Garcia and zoe', ['NUNEZ-GARCIA', 'Garcia', 'zoe']],
    ['Will Jones said the lesion will be followed; WILL to call', ['Will', 'Jones', 'WILL']],
    ['lives in Ashbourne (ASHBOURNE), ashbourne', ['Ashbourne', 'ASHBOURNE', 'ashbourne']],
  ])('%s', (text, expected) => {
    expect(found(text)).toEqual(expected);
  });

  it('finds nothing in a text without the names, whatever its first letters', () => {
    expect(found('Zebra yak xylophone, quiet vivid umbrella; Tracheal tube in good position.')).toEqual([]);
  });
});
