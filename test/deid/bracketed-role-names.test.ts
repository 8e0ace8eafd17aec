import { describe, expect, it } from 'vitest';
import { detectFreeTextNames } from '../../src/deid/free-text-names.js';

// A role and one word in brackets ("called the pharmacy (tech June)", "(Ofc Demirci)"): the word is
// whom the writer reached, a name though also a word or a month. Every example is invented.
const names = (text: string) =>
  detectFreeTextNames(text, { model: null })
    .filter((s) => s.category === 'NAME')
    .map((s) => text.slice(s.start, s.end));
const words = (xs: string[]) => xs.flatMap((x) => x.split(/\s+/)).filter(Boolean);

describe('a role and a name in brackets', () => {
  it.each([
    ['0915 called Corner Drug (tech April) 555-201-0134 - refill ready', 'April'],
    ['Refill verified by phone (RPh Quennell) this morning.', 'Quennell'],
    ['Brought in by county police (Ofc Brandt-Olusola) at 2200.', 'Olusola'],
    ['CALLED HOME INFUSION (PHARMACIST HOPE) - DELIVERY TOMORROW', 'HOPE'],
    ['Deputy Marchbanks stayed with the patient.', 'Marchbanks'],
  ])('%j', (text, name) => {
    expect(words(names(text))).toContain(name);
  });
  it.each([
    // Words a role's aside holds that name nobody: an act, a service, a function word, a clinical word.
    'Family updated (RN aware) before transfer.',
    'Questions answered (SW consult) and placed.',
    'Inhaler given (RT today) at bedside.',
    'Seen by pharmacy (tech support) for refills.',
  ])('%j', (text) => {
    expect(names(text)).toEqual([]);
  });
});
