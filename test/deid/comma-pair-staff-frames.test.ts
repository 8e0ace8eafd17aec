import { describe, expect, it } from 'vitest';
import { detectFreeTextNames } from '../../src/deid/free-text-names.js';

// Invented notes of one class (src/deid/free-text/comma-name-pairs.ts, framed given names): a "Last, First"
// pair whose surname was found stands as a staff or contact entry when a credential or staff tag closes it
// ("Scrub: OKONKWO, PATIENCE CST"), a fax number does ("ABERNATHY, SUNNY fax …"), or, for a given name that is
// also a function word or of no word list at all, a bracket or a semicolon does ("Abernathy, Will (PGY-5)",
// "by Halvorsen, Tevita;"). The given name is the person's then, though it is also a word.
const names = (text: string) =>
  detectFreeTextNames(text, { profile: 'balanced', model: null })
    .filter((s) => s.category === 'NAME')
    .map((s) => text.slice(s.start, s.end));

describe('the given name of a staff or contact entry framed as a pair', () => {
  it.each([
    ['Scrub: OKONKWO, PATIENCE CST\n', 'PATIENCE'],
    ['SRNA: Halvorsen, Joy SRNA\n', 'Joy'],
    ['Fellow: Abernathy, Will (PGY-5)\n', 'Will'],
    ['Referred 3/2 by Halvorsen, Tevita; seen today.', 'Tevita'],
    ['Referring: ABERNATHY, SUNNY fax 555-301-2299\n', 'SUNNY'],
  ])('%j', (text, given) => {
    expect(names(text)).toContain(given);
  });
});

describe('a word after a found name and a comma that the frame does not make a given name', () => {
  it.each([
    // A list set off by commas, not a field.
    ['Talked w/ Okafor, hemolyzed, redrawn\n', 'hemolyzed'],
    // A tag glued to a number is a ticket or record number, no credential.
    ['Spoke to Okafor, ticket PA-4412\n', 'ticket'],
    // A bracket that opens a phone number closes no framed pair.
    ['Caller Dr Okafor, callback (555)201-3344\n', 'callback'],
    // An ordinary word before a bracket; a clinical word by its ending.
    ['Seen by Okafor, cardiology (today)\n', 'cardiology'],
    ['Talked w/ Okafor, Vancomycin (given)\n', 'Vancomycin'],
    // A function word closed by no bracket or tag.
    ['Nurse: Okafor, Will see tomorrow.\n', 'Will'],
  ])('%j', (text, word) => {
    expect(names(text)).not.toContain(word);
  });
});
