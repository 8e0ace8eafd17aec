import { describe, expect, it } from 'vitest';
import { detectPhi } from '../../src/deid/detect.js';
import { NAME_PARTICLE_RULE } from '../../src/deid/free-text/name-particles.js';
import { wordsCovered } from './rule-spans.js';

// Invented notes; no person here is from a corpus. The class: surname particles before a name,
// in any case style, whether or not another pass found the name after them.
// With the shipped model: the pass joins particles to names found by rule or model.
const covered = (text: string, name: string) => wordsCovered(text, name, detectPhi(text));

describe('surname particles', () => {
  it.each([
    ["Con't to work with van der Hoekstra for home vent teaching.", 'van der Hoekstra'],
    ['talked with de la vargasso from case management re: placement.', 'de la vargasso'],
    ['his son, von draskow, called twice overnight.', 'von draskow'],
    ['SOCIAL: DAUGHTER DE LA TORVENA AT BEDSIDE, UPDATED.', 'DE LA TORVENA'],
    ['family meeting with van den broek (nephew) at 1400.', 'van den broek'],
  ])('%s', (text, name) => {
    expect(covered(text, name)).toBe(true);
  });

  it.each([
    'LA enlarged, de novo thrombus not seen.',
    'Moderate LA dilation; E/A ratio 0.8.',
    'Van transport arranged for 1300.',
    'Pt DOS Nov 6, 2021, Rm 5.',
    'Smith et al reported similar findings.',
  ])('not a name: %s', (text) => {
    expect(detectPhi(text).some((s) => s.source === NAME_PARTICLE_RULE)).toBe(false);
  });
});
