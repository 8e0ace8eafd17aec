import { describe, expect, it } from 'vitest';
import { readId } from '../../../src/ingest/hl7/datatypes.js';
import { decodeEscapes } from '../../../src/ingest/hl7/escapes.js';
import type { Delimiters } from '../../../src/ingest/hl7/hl7-message.js';

// readId cuts the first component by index; it must give what the split formulation it replaced
// gave (decoded first subcomponent of the first component of `rep.split(component)`, trimmed).
function bySplit(rep: string, d: Delimiters): string {
  const v = rep.split(d.component)[0];
  if (!v) return '';
  const sub = v.indexOf(d.subcomponent);
  return decodeEscapes(sub < 0 ? v : v.slice(0, sub), d).trim();
}

const standard: Delimiters = { field: '|', component: '^', repetition: '~', escape: '\\', subcomponent: '&' };
const odd: Delimiters = { field: '#', component: '$', repetition: '*', escape: '!', subcomponent: '%' };

function randomRep(r: () => number, d: Delimiters): string {
  const atoms = ['A', 'b', '7', ' ', '\t', d.component, d.subcomponent, d.repetition, d.escape, `${d.escape}F${d.escape}`, `${d.escape}S${d.escape}`, `${d.escape}T${d.escape}`, `${d.escape}X41${d.escape}`, 'é', '\u00a0', '^', '&'];
  let s = '';
  const n = Math.floor(r() * 12);
  for (let i = 0; i < n; i++) s += atoms[Math.floor(r() * atoms.length)]!;
  return s;
}

describe('readId', () => {
  it.each(['', '^', '&', 'ID1', ' ID1 ^NS', 'ID1&AA^NS', '&x^y', '^only-second', 'A\\S\\B^C', '  ^  ', 'x~y^z'])('%j reads as the split formulation does', (rep) => {
    expect(readId(rep, standard)).toBe(bySplit(rep, standard));
  });

  it('matches the split formulation on random repetitions, standard and unusual delimiters', () => {
    let seed = 7;
    const r = (): number => ((seed = (seed * 1103515245 + 12345) >>> 0) / 2 ** 32);
    for (const d of [standard, odd]) {
      for (let i = 0; i < 20000; i++) {
        const rep = randomRep(r, d);
        expect(readId(rep, d)).toBe(bySplit(rep, d));
      }
    }
  });
});
