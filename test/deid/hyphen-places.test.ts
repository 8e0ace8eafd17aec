import { describe, expect, it } from 'vitest';
import { detectPhi } from '../../src/deid/detect.js';

const found = (text: string) => detectPhi(text).map((s) => text.slice(s.start, s.end));

describe('a place name of hyphen-joined parts', () => {
  it.each([
    ['Visiting relatives in Port-au-Prince for two weeks.', 'Port-au-Prince'],
    ['Grew up in Stratford-upon-Avon, moved here in 2001.', 'Stratford-upon-Avon'],
    ['Family lives in Aix-en-Provence.', 'Aix-en-Provence'],
    ['Retired teacher from Castleton-on-Hudson.', 'Castleton-on-Hudson'],
    ['Brother in Saint-Jean-sur-Richelieu is the contact.', 'Saint-Jean-sur-Richelieu'],
    ['VISITING FAMILY IN PORT-AU-PRINCE', 'PORT-AU-PRINCE'],
    ['Lives in Sedro-Woolley with his wife.', 'Sedro-Woolley'],
    ['Moved from Dunmorrow-Vale last spring.', 'Dunmorrow-Vale'],
  ])('%j', (text, want) => {
    expect(found(text).join(' | ')).toContain(want);
  });

  it.each([
    'Rash from Stevens-Johnson syndrome ruled out.',
    'Burns estimated from Lund-Browder chart.',
    'NO KEEP-ON-PERSON MEDS; VIA PILL LINE.',
    'OGT TO LCS-MINIMAL DRAINAGE.',
    'Seen in Follow-Up clinic.',
    'Point-of-Care glucose 112.',
    'Needs Sit-to-Stand lift.',
  ])('no place: %j', (text) => {
    expect(detectPhi(text).filter((s) => s.source === 'place-hyphen')).toEqual([]);
  });
});
