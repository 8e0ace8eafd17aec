import { describe, expect, it } from 'vitest';
import { detectFreeTextNames } from '../../src/deid/free-text-names.js';

// Invented notes (session 25): "with" / "and" after "NP" or "PA" join another person when a comma sets the
// credential after a name ("Rounded by Ines Marlow, NP with Dr. Ray"); after a line or a catheter they stay
// the pulmonary artery and nasal prongs.
const names = (text: string) =>
  detectFreeTextNames(text, { model: null })
    .filter((s) => s.category === 'NAME')
    .map((s) => text.slice(s.start, s.end));

describe('a name before ", NP with" / ", PA and"', () => {
  it.each([
    // A given name the lists do not hold and an eponym-shaped surname: only the credential finds them.
    ['Rounded by Chidozie Penrose, NP with Dr. Ray.', 'Chidozie Penrose'],
    ['Visit with Obinna Foley, PA and the fellow.', 'Obinna Foley'],
  ])('%j', (text, name) => {
    expect(names(text).flatMap((n) => n.split(' '))).toEqual(expect.arrayContaining(name.split(' ')));
  });

  it.each([
    'Swan-Ganz, PA and RA pressures recorded.',
    'Right heart cath, PA with wedge 18.',
    'Placed on 2L, NP with good sats.',
    'Left Swan, PA with good tracing.',
  ])('takes no name in %j', (text) => {
    expect(names(text)).toEqual([]);
  });
});
