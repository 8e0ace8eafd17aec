import { describe, expect, it } from 'vitest';
import { detectFreeTextNames } from '../../src/deid/free-text-names.js';

// Invented notes of one class (src/deid/free-text/log-stamp-initials.ts): the initials written in a stamp
// that says who closed a log, issued a letter, took a read-back or assisted at a signature are a person's,
// whatever the letters spell.
const names = (text: string) =>
  detectFreeTextNames(text, { profile: 'balanced', model: null })
    .filter((s) => s.category === 'NAME')
    .map((s) => text.slice(s.start, s.end));

describe('initials in a close, issue, read-back or assistant stamp', () => {
  it.each([
    ['chair 4 rinsed, bleach check 0.0\nlog closed 3/14 0700 tr\n', 'tr'],
    ['NO EVENTS OVERNIGHT\nSHIFT CLOSED FEB 2 1900 MKD\n', 'MKD'],
    ['Recall letter gen. by rw 4/3; second notice in 30 days', 'rw'],
    ['Reminder letter gen. by so 9/1; no reply yet', 'so'],
    ['CRITICAL NA 118 FROM 0400 DRAW - READ BACK TO TQ\n', 'TQ'],
    ['urine temp in range\nO. Vance PA-C / MA hq\n', 'hq'],
  ])('%j', (text, group) => {
    expect(names(text)).toContain(group);
  });
});

describe('letters after such words that are no initials', () => {
  it.each([
    // A pronoun after an issuing stamp.
    ['Form printed by me 2/12 for the chart.', 'me'],
    // No date or time between the close stamp and the word.
    ['log closed pt stable\n', 'pt'],
    // A group of mixed case is no stamp's initials.
    ['log closed 3/14 0700 Tr\n', 'Tr'],
    // A slash between roles not closing a line, and no clinician's credential before it.
    ['plan / ma be given tomorrow\n', 'be'],
    ['dose / MA PRN\n', 'PRN'],
  ])('%j', (text, word) => {
    expect(names(text)).not.toContain(word);
  });
});
