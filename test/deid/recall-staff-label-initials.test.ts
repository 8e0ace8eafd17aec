import { describe, expect, it } from 'vitest';
import { detectFreeTextNames } from '../../src/deid/free-text-names.js';

// Invented notes (issue 11, class found on eval/deid-styles-dev-3, a development set): after a staff
// label ("Tech:", "Techs", "Scorer:", "coordinator", "signature:") a group of two or three letters is
// the staff member's initials even when it spells a word or an abbreviation, and a label may list
// several, each with a shift in brackets (src/deid/free-text/sign-off-lines.ts, initialsAfterLeads).
const initials = (text: string) =>
  detectFreeTextNames(text, { model: null })
    .filter((s) => s.category === 'NAME' && s.source === 'initials-lead')
    .map((s) => text.slice(s.start, s.end));

describe('initials after a staff label', () => {
  it.each([
    ['Interpreting: Lena Park, MD   Techs: AR, GK\nPhotic stimulation done.', ['AR', 'GK']],
    ['Night techs RW (days), OJB (nights)\nRecording continued.', ['RW', 'OJB']],
    ['Scoring tech: Omar Reyes, RPSGT   Scorer: qd', ['qd']],
    ['Visit set up. Intake coordinator tm.', ['tm']],
    ['resident initials r.t.   aide signature: bw', ['bw']],
    ['Tech: ra\nBiometry repeated.', ['ra']],
    ['Cosigned KL 4/12', ['KL']],
    ['Message routed to: ZQX', ['ZQX']],
  ])('%s', (text, groups) => {
    expect(initials(text)).toEqual(groups);
  });

  it.each([
    'Tech: RN, per protocol.',
    'Specimen routed to GI.',
    'Mass confirmed by FNA.',
    'Signature: MD',
    'Techs: see attached list.',
  ])('leaves %s', (text) => {
    expect(initials(text)).toEqual([]);
  });
});
