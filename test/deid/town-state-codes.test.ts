import { describe, expect, it } from 'vitest';
import { detectFreeTextNames } from '../../src/deid/free-text-names.js';
import { detectPhi } from '../../src/deid/detect.js';

// Invented notes of one class (src/deid/free-text/town-state-codes.ts): the state after the comma of
// a town any pass found, where a place preposition opens the town, in the note's case.
const bySource = (text: string) =>
  detectFreeTextNames(text, { profile: 'balanced', model: null })
    .filter((s) => s.source === 'town-state')
    .map((s) => text.slice(s.start, s.end));

describe('a state after a found town and its comma', () => {
  it.each([
    ['Reports having had measles as a child in Ember Point, OK; titer drawn.', 'OK'],
    ['Pt lives near Kettle Creek, CO with wife.', 'CO'],
    ['GREW UP IN DUNMORE, CO; MOVED HERE 2019.', 'CO'],
    ['social: lives in lanark, ia with son.', 'ia'],
    ['social: lives in riverbend, nebraska with nephew and dog.', 'nebraska'],
  ])('%j', (text, state) => {
    expect(bySource(text)).toEqual([state]);
  });
});

describe('a code after a person and a comma, or a function word', () => {
  it.each([
    // "to" and "from" lead a person; a credential after a name is the person's.
    'Spoke to Bob Hale, OK with plan.',
    'Seen in clinic by Ann Roe, PA today.',
    'Interested in Jane Doe, MS, as a mentor.',
    // A code that is a function word in a lower-case note.
    'pt lives in boston, in the winter months.',
    'Discussed in Tumor Board, CO-chaired by surgery.',
  ])('%j', (text) => {
    expect(bySource(text)).toEqual([]);
  });
});

// Invented notes of one class: the state that closes an address after a town any layer found,
// without a preposition before the town (a pharmacy's or a practice's line), or after a town read in
// two parts, or a state's full name after a town read as a name and a place preposition.
describe('a state closing a found town without a preposition', () => {
  it.each([
    ['Pharmacy: Quillby Drug - Marrowfield, VT   Ph 555-201-3344', 'VT'],
    ['Pt from Tamsworth, Nebraska; staying with daughter.', 'Nebraska'],
    ['Social: lives in Ashcombe Ridge, CT with mother, retired.', 'CT'],
  ])('%j', (text, state) => {
    const spans = detectPhi(text, undefined, { profile: 'balanced' });
    expect(spans.map((s) => text.slice(s.start, s.end))).toContain(state);
  });
  it.each([
    ['Transferred from Oxbow, CT with contrast negative.', 'CT'],
    ['Letter from Ann Roe, PA today.', 'PA'],
    ['Spoke to Bob Hale, OK with plan.', 'OK'],
  ])('%j', (text, code) => {
    const spans = detectPhi(text, undefined, { profile: 'balanced' });
    expect(spans.map((s) => text.slice(s.start, s.end))).not.toContain(code);
  });
});
