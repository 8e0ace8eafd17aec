import { describe, expect, it } from 'vitest';
import { detectFreeTextNames } from '../../src/deid/free-text-names.js';

// Invented notes (issue 11, class found on eval/deid-styles-dev-3, a development set): a clinic's
// office staff named by their desk ("Front desk: …", "receptionist …"), someone "in our office" to
// call, and clergy written "fr." / "rev." (rules/en/deid-name-cues.yaml: roleLeads, presenceTails, titles).
const names = (text: string) =>
  detectFreeTextNames(text, { model: null })
    .filter((s) => s.category === 'NAME')
    .map((s) => text.slice(s.start, s.end))
    .join(' ');

describe('office staff, office contacts and clergy', () => {
  it.each([
    ['Surgeon: Dr. Lee   Front desk: Ngozika\nSite #3.', 'Ngozika'],
    ['Checked in by receptionist Oyelaran at 8:10.', 'Oyelaran'],
    ['Questions: Tsvetana in our office, 555-0134.', 'Tsvetana'],
    ['Hygienist: Marisol\nProphy done.', 'Marisol'],
    ['family asked for their priest, fr. okwuosa, to visit.', 'okwuosa'],
    ['Rev. Oyewole visited this afternoon.', 'Oyewole'],
  ])('%s', (text, name) => {
    expect(names(text)).toContain(name);
  });
  it.each([
    'Front desk: closed Friday.',
    'Questions: call in our office.',
    'Transferred fr. home by family.',
    'Meds fr pharmacy delivered.',
    'rev. of systems negative.',
  ])('leaves %s', (text) => {
    expect(names(text)).toBe('');
  });
});
