import { describe, expect, it } from 'vitest';
import { detectPhi } from '../../src/deid/detect.js';

// Who a phone number reaches: the capitalised words right before it name the contact when one of them
// is no vocabulary word. Services named by vocabulary words, credentials after a name's comma, labels
// and notes in lower case are left to the other passes. Every example is invented.
const contacts = (text: string) =>
  detectPhi(text, undefined, { model: null })
    .filter((s) => s.source === 'phone-contact')
    .map((s) => text.slice(s.start, s.end));

describe('phone contacts', () => {
  it.each([
    ['6. Professionals: after hours Greyhollow 767-6893', 'Greyhollow'],
    ['Crisis line: KVBH 927 910 5902', 'KVBH'],
    ['after hours Birchmont CSB 1-709-562-1715', 'Birchmont CSB'],
    ['Referred to Tamsin Ridge Recovery: 683.983.9270', 'Tamsin Ridge'],
    ['HOME HEALTH TO FOLLOW; ZELKOVA VNA 517 822 2098.', 'ZELKOVA VNA'],
    ['after hours St. Quillan 882 886 9066', 'St. Quillan'],
  ])('%j → %s', (text, name) => {
    expect(contacts(text).join(' ')).toContain(name);
  });
  it.each([
    // Vocabulary words only: a service, not an identifier.
    'Call Main Pharmacy 555-201-0134 or Poison Control 1-800-222-1222.',
    // Labels end the run before any name.
    'Fax 555-201-0134; cell 555-201-0199; after hours 555-201-0100.',
    // A signer's credentials after the name's comma.
    'Professionals: Pearl Quarry, PMHNP-BC 495.420.1830',
    // A note in lower case says nothing by its capitals.
    'pt prefers texting 856-709-3171. after hours zelkova 555-201-0100.',
    // A word in another line, or further than a colon and two blanks.
    'Greyhollow\n767-6893',
    'Greyhollow, then 767-6893',
  ])('%j: no contact', (text) => {
    expect(contacts(text)).toEqual([]);
  });
});
