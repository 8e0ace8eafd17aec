import { describe, expect, it } from 'vitest';
import { detectFreeTextNames } from '../../src/deid/free-text-names.js';

// Invented notes of one class (src/deid/free-text/team-list-initials.ts): a group of letters in a "Team:" comma
// list two items of which are found names is a member's initials.
const spans = (text: string) => detectFreeTextNames(text, { profile: 'balanced', model: null });
const bySource = (text: string) => spans(text).filter((s) => s.source === 'team-list-initials').map((s) => text.slice(s.start, s.end));

describe('initials in a team list after found names', () => {
  it.each([
    ['Delivered at bedside. Team: Gisela Lindahl, Yamashita, kdr.\nApgars 8/9.\n', ['kdr']],
    ['DELIVERED AT BEDSIDE. TEAM: LINDGREN, SIGRUN QUAYE, RJT.\nAPGARS 8/9.\n', ['RJT']],
    ['Code called 0412. Team: Yamashita, pbn, Gisela Lindahl; ROSC at 0419.\n', ['pbn']],
  ])('%j', (text, groups) => {
    expect(bySource(text)).toEqual(groups);
  });
});

describe('groups of letters in a list that is no team of found names', () => {
  it.each([
    // A credential, a ward or a service in the list; one name only; a list without "Team:".
    'Delivered. Team: Gisela Lindahl, Yamashita, RN.\n',
    'Team: Gisela Lindahl, NICU, ED, OB.\n',
    'Team: Yamashita, rt, kdr.\n',
    'Plan: Gisela to call, Yamashita aware, ok, BMP.\n',
  ])('%j', (text) => {
    expect(bySource(text)).toEqual([]);
  });
});
