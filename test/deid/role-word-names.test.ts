import { describe, expect, it } from 'vitest';
import { detectFreeTextNames } from '../../src/deid/free-text-names.js';

// Invented notes (session 25): a given name that is also a word, a modal or a month after a staff or
// life role, settled by what the person does right after it (deid-person-slots.yaml roleNames.wordNameAfter).
const names = (text: string) =>
  detectFreeTextNames(text, { model: null })
    .filter((s) => s.category === 'NAME')
    .map((s) => text.slice(s.start, s.end));

describe('word-names after a role, before what a person does', () => {
  it.each([
    ['Works days at the mill; supervisor April aware of the restrictions.', 'April'],
    ['Employer contacted, foreman Will agrees to light duty.', 'Will'],
    ['Coach Heath called about return to play.', 'Heath'],
    ['Coach Swan called re: the concussion form.', 'Swan'],
    ['sw consult placed. cm Faith sending packets to two facilities.', 'Faith'],
    ['VENT WEANED. RT HOPE AT BEDSIDE FOR SBT 0600.', 'HOPE'],
    ['Landlord Rusty says the unit has no heat.', 'Rusty'],
  ])('%j', (text, name) => {
    expect(names(text)).toContain(name);
  });

  it.each([
    'SW will call the family. RN will see pt at 1400.',
    'Supervisor May 5 review pending. Coach notified.',
    'RT HAND SWOLLEN, ELEVATED. RT MARK AT 22 CM. PA LINE AT 40 CM.',
    'cm will sending list tomorrow. supervisor june 3 meeting.',
    'Teacher aware of the plan; counselor at school.',
  ])('takes no name in %j', (text) => {
    expect(names(text)).toEqual([]);
  });
});
