import { describe, expect, it } from 'vitest';
import { detectFreeTextNames } from '../../src/deid/free-text-names.js';

// Invented notes of one class (src/deid/free-text/slash-sign-initials.ts): initials joined by a slash to a
// name found on a sign line, after the signer or before the co-signer.
const spans = (text: string) => detectFreeTextNames(text, { profile: 'balanced', model: null });
const bySource = (text: string) => spans(text).filter((s) => s.source === 'slash-sign-initials').map((s) => text.slice(s.start, s.end));

describe('initials joined by a slash to a found name on its sign line', () => {
  it.each([
    // Each sign line stands in the middle of the note: a later entry follows it.
    ['Plan reviewed.\n-- Gisela Lindahl, np / CM\n\n0910 vitals stable, pain 2/10.\n', 'CM'],
    ['Plan reviewed.\n-- wq (scribe) / BG\n\n0910 vitals stable, pain 2/10.\n', 'BG'],
    ['Shift quiet.\nLogged by Gisela / RPM  (night)\n\n0910 vitals stable, pain 2/10.\n', 'RPM'],
    ['Tracing reassuring.\nDr. Quaye / BD (PGY-2)\n\n0910 vitals stable, pain 2/10.\n', 'BD'],
    // Any title of rules/en/deid-name-cues.yaml cues.titles may open the line.
    ['Tracing reassuring.\nProf. Quaye / BD (fellow)\n\n0910 vitals stable, pain 2/10.\n', 'BD'],
    ['Tracing reassuring.\nDoctor Quaye / BD (PGY-3)\n\n0910 vitals stable, pain 2/10.\n', 'BD'],
    ['Tracing reassuring.\nMrs Quaye / BD (scribe)\n\n0910 vitals stable, pain 2/10.\n', 'BD'],
    ['Gait training done.\nGisela Lindgren, PT, DPT\ncosign: SW / Gisela Lindgren, PTA\n\n0910 vitals stable, pain 2/10.\n', 'SW'],
    ['Gait training done.\ncosign: jw / gisela lindgren, pta\n\n0910 vitals stable, pain 2/10.\n', 'jw'],
  ])('%j', (text, group) => {
    expect(bySource(text)).toEqual([group]);
  });
});

describe('a group after a slash that names no one', () => {
  it.each([
    // A ward, a service, a state, a time of day; a slash inside a sentence, not on a sign line.
    'Plan reviewed.\n-- Gisela Lindahl, rn / ICU\n',
    'Called Dr. Quaye-Lindahl / GI\n',
    'Plan reviewed.\n-- Gisela Lindahl / ok\n',
    'HIP ARTHROPLASTY PRE-OP / GISELA LINDAHL\nPlan: clearance.\n',
    'Plan reviewed.\n-- Gisela Lindahl / RN\n\n0910 vitals stable, pain 2/10.\n',
    'Plan reviewed.\n-- Gisela Lindahl / am\n',
    'Plan reviewed.\n-- Gisela Lindahl / ED  \n',
    'Heparin 5000 units given per protocol after discussion with Dr. Quaye and the pharmacist / CM\n',
  ])('%j', (text) => {
    expect(bySource(text)).toEqual([]);
  });
});
