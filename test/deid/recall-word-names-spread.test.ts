import { describe, expect, it } from 'vitest';
import { detectFreeTextNames } from '../../src/deid/free-text-names.js';

// Invented notes of one class (src/deid/free-text-names.ts, propagate): a name that is also a
// common word ("Ivy", "Rusty", "Page"), found once by a cue in a mixed-case note, is the name again
// wherever the note writes it capitalised inside a sentence; the lower-case word and the word that
// opens a sentence or line stay.
const names = (text: string) =>
  detectFreeTextNames(text, { model: null })
    .filter((s) => s.category === 'NAME')
    .map((s) => text.slice(s.start, s.end));

describe('a word name found once spreads to its capitalised mentions inside sentences', () => {
  it.each([
    ['Daughter Ivy called at noon.\nPlan reviewed with Ivy and the team.', 2],
    ['Spoke with his nephew Rusty by phone.\nDischarge plan faxed to Rusty today.', 2],
    ['Son: Dusty Page (HCP).\nLeft a message for Dusty today.', 2],
  ])('%j', (text, times) => {
    const w = names(text)[0]!;
    expect(names(text).filter((n) => n === w).length).toBe(times);
  });
});

describe('the same words where case tells a word', () => {
  it.each([
    ['Daughter Ivy called at noon.\nPoison ivy rash on both forearms.', 'ivy'],
    ['Spoke with his nephew Rusty by phone.\nRusty drainage from the wound noted.', 'Rusty'],
    ['Son: Dusty Page (HCP).\nDusty room, cleaned by staff.', 'Dusty'],
    ['Daughter Ivy at bedside.\nWatered the Ivy on the sill, she said.', 'Ivy'],
  ])('%j', (text, word) => {
    expect(names(text).filter((n) => n === word).length).toBe(word === word.toLowerCase() ? 0 : 1);
  });
});
