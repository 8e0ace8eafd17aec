import { describe, expect, it } from 'vitest';
import { detectPhi } from '../../src/deid/detect.js';

// A small ascending hyphen pair ("1-4", "6-8") reads as a range of counts unless something makes it a
// day: here, closing its clause right after a verb of a past event, or alone in brackets after a
// result. Invented notes.
const dates = (text: string) =>
  detectPhi(text)
    .filter((s) => s.category === 'DATE')
    .map((s) => text.slice(s.start, s.end));

describe('a small hyphen pair closing its clause after a past event', () => {
  it.each([
    ['Outside chart reviewed 1-4.', '1-4'],
    ['Port flushed 2-9; no resistance.', '2-9'],
    ['Prior auth approved 3-7, copy scanned.', '3-7'],
    ['Disability form signed 6-8\nF/u in clinic.', '6-8'],
    ['Repeat cx sent 2-11.', '2-11'],
    ['Labs drawn 5-6; K pending.', '5-6'],
    ['Rapid strep neg (4-9). Supportive care.', '4-9'],
    ['HIV nonreactive (1-10), RPR pending.', '1-10'],
  ])('%j', (text, date) => {
    expect(dates(text)).toContain(date);
  });
});

describe('a range of counts or a value stays', () => {
  it.each([
    'Pain rated 4-6.',
    'Dose increased 2-3.',
    'Voided 2-3 times overnight.',
    'Walked 2-3 laps with walker.',
    'Aim for INR 2-3.',
    'Takes 1-2 tabs (1-2 tabs) prn.',
    'Ambulated 3-4.',
    'Needs reinforcement 2-3x weekly.',
    'Scheduled 1-2 visits per week.',
    'Tolerated 4-6 of the exercises.',
    'Rib fractures (4-7) on the left.',
    'WBC 12.1 (4-11) H, Hgb 9.8.',
    'Pain 4 (3-5) with movement.',
    'Sutured the wound 2-3 cm deep.',
  ])('%j', (text) => {
    expect(dates(text)).toEqual([]);
  });
});
