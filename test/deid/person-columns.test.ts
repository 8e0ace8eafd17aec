import { describe, expect, it } from 'vitest';
import { detectFreeTextNames } from '../../src/deid/free-text-names.js';

// The people of a column a table's head names as a person's ("prescriber", "given by"): each cell
// names a person even when the name is also a word, and a row longer or shorter than the head is read
// from both ends. Every example is invented.
const names = (text: string, source?: string) =>
  detectFreeTextNames(text, { model: null })
    .filter((s) => s.category === 'NAME' && (source === undefined || s.source === source))
    .map((s) => text.slice(s.start, s.end));
const found = (text: string) => names(text, 'person-column');
const words = (xs: string[]) => xs.flatMap((x) => x.split(/[\s.-]+/)).filter(Boolean);

describe('person columns', () => {
  it.each([
    ['Drug | dose | prescriber | Rx#\n| losartan | 50 mg daily | 90/30 | Marsh |\n| digoxin | 0.125 mg daily | 30/30 | Quill | 4412093', ['Marsh', 'Quill']],
    ['| MEDICATION | SIG | FILLED | PRESCRIBED BY |\n| PRAVASTATIN | 20 MG QHS | 3/4/26 | FIELDING |', ['FIELDING']],
    ['| vaccine | lot | given by |\n| tdap | X19Q | b. underhill |', ['b. underhill']],
    ['Med | last fill | Ordering provider\nwarfarin | 2/2 | Dr. Okonkwo-Blaise', ['Okonkwo-Blaise']],
    ['Time | Drug | Administered by\n0800 | heparin | Winslow\n1200 | insulin | van Brookhuis', ['Winslow', 'van Brookhuis']],
  ])('%j', (text, people) => {
    expect(words(names(text))).toEqual(expect.arrayContaining(words(people)));
  });
  it.each([
    // Roles and fills in the column: a clinician's office, an emergency department, "same", an outside hospital.
    'Med | dose | prescriber | Rx#\n| metformin | 500 mg BID | 90/30 | PCP |\n| sertraline | 50 mg | 30/30 | same |\n| apixaban | 5 mg | 90/90 | OSH |\n| lisinopril | 10 mg | 30/30 | cardiology |',
    // A drug or a dose never stands for the prescriber, even when the row is shorter than its head.
    'Medication | Dose | Prescriber | Notes\nJardiance | 10 mg daily\nEliquis | 5 mg',
    // A head without a person column: a medication table's drug column.
    'Name | Dose | Route\nLisinopril | 10 mg | PO\nGrace | 5 mg | PO',
    // The table ends at a line without bars.
    'Drug | prescriber\nlosartan | Marsh\n\nGrace | 20',
  ])('%j', (text) => {
    expect(found(text).filter((w) => w !== 'Marsh')).toEqual([]);
  });
});
