import { describe, expect, it } from 'vitest';
import { detectFreeTextNames } from '../../src/deid/free-text-names.js';

// Invented notes of one class (src/deid/free-text/name-slots.ts quotedNickname, calledSubject): around
// "prefers / likes / wants to be called", the nickname in quotes after it and the name-list word right
// before it are the person's, though they are words too ("doc", "Sissy", "Crystal").
const names = (text: string) =>
  detectFreeTextNames(text, { profile: 'balanced', model: null })
    .filter((s) => s.category === 'NAME')
    .map((s) => text.slice(s.start, s.end));

describe('the names around "prefers to be called"', () => {
  it.each([
    ['PT STATES HE PREFERS TO BE CALLED "BUD"; READS LITTLE ENGLISH', ['BUD']],
    ['Pt states Joy prefers to be called "Sissy"; reads little English.', ['Joy', 'Sissy']],
    ['pt states ivy prefers to be called "doc"; reads little english', ['ivy', 'doc']],
    ['Resident likes to be called \u201cPeanut\u201d by staff.', ['Peanut']],
    ['PT STATES CRYSTAL PREFERS TO BE CALLED BY FIRST NAME; READS LITTLE ENGLISH', ['CRYSTAL']],
  ])('%j', (text, expected) => {
    expect(names(text)).toEqual(expect.arrayContaining(expected));
  });
});

describe('what names nobody around "prefers to be called"', () => {
  it.each([
    'Mother prefers to be called by first name.',
    'She prefers to be called "the boss" at work.',
    'Pt prefers to be called by her first name, not "honey".',
    'He said "call me" before leaving.',
  ])('%j', (text) => {
    expect(names(text)).toEqual([]);
  });
});
