import { describe, expect, it } from 'vitest';
import { detectFreeTextNames } from '../../src/deid/free-text-names.js';

const spans = (text: string) =>
  detectFreeTextNames(text, { model: null })
    .filter((s) => s.category === 'NAME' && s.source === 'dash-initials')
    .map((s) => text.slice(s.start, s.end));

// Session 25: initials that sign a line in the middle of a note. Every example is invented.
describe('initials signing a line mid-note', () => {
  it.each([
    ['Spent 45 min, >50% counselling. -RTK\nNext visit in 3 months.', ['RTK']],
    ['Refill sent to pharmacy. Encounter closed. -mjb\nPt aware.', ['mjb']],
    ['Return-to-work form completed. -- DLW / PFE\nOrtho clinic', ['DLW', 'PFE']],
    ['-- kpe (coordinator), pager 55120\nLabs reviewed.', ['kpe']],
    ['for review [x]\nrjt/m.a.q.\nHIM dept', ['rjt', 'm', 'a', 'q']],
    ['Routed to Dr. Vale for review\nw.d.k.\nCall back in 2 days.', ['w', 'd', 'k']],
  ])('%j', (text, expected) => {
    expect(spans(text)).toEqual(expected);
  });

  it.each([
    'Labs stable. -CBC in AM\n- BMP daily',
    'Diuresing well. -- PRN\nMore to come.',
    'Plan:\n- ICU\nICU/CCU\nn/v\nb.i.d.\np.r.n.',
    'Vitals ok. -to be seen again\nHEENT/ENT',
    'Seen today. -- The patient agrees.',
  ])('no initials in %j', (text) => {
    expect(spans(text)).toEqual([]);
  });
});
