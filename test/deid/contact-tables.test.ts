import { describe, expect, it } from 'vitest';
import { detectFreeTextNames } from '../../src/deid/free-text-names.js';

// The people of a contact table: under a head with a relation column, the people's column names a
// person in each row, even one whose name is also a word. Every example is invented.
const names = (text: string, source?: string) =>
  detectFreeTextNames(text, { model: null })
    .filter((s) => s.category === 'NAME' && (source === undefined || s.source === source))
    .map((s) => text.slice(s.start, s.end));
const found = (text: string) => names(text, 'contact-table');
const words = (xs: string[]) => xs.flatMap((x) => x.split(' '));

describe('contact tables', () => {
  it.each([
    ['Contact | Relation | Phone\nGrace | wife | 555-201-6202\nFaith | mother | 555-201-6896', ['Grace', 'Faith']],
    ['CONTACT            | RELATION     | PHONE\nJOY | WIFE | 555 201 1426', ['JOY']],
    ['Phone | Relationship | Name\n555-201-0134 | sister | Hope Bishop', ['Hope', 'Bishop']],
    ['Name | Relation | Notes\n---|---|---\nIvy Golden | aunt | visits Sundays', ['Ivy', 'Golden']],
  ])('%j', (text, people) => {
    expect(words(names(text))).toEqual(expect.arrayContaining(people));
  });
  it.each([
    // Roles in the people's column: a clinician, a case manager, an agency, a relation.
    'Contact | Relation | Phone\nPCP | Dr. office | 555-201-0134\nCase manager | county | 555-201-0199\nMother | self | 555-201-0100',
    // No relation column: a medication or a schedule table.
    'Name | Dose | Route\nLisinopril | 10 mg | PO\nGrace | 5 mg | PO',
    // A relation head that is not a column of people's relations does not make the drug a person.
    'Drug | Dose | Relation to meals\nLisinopril | 10 mg | with food',
    // The table ends at a line without bars.
    'Contact | Relation | Phone\nGrace | wife | 555-201-6202\n\nFaith | 10 | 20',
  ])('%j', (text) => {
    expect(found(text).filter((w) => w !== 'Grace')).toEqual([]);
  });
});
