import { describe, expect, it } from 'vitest';
import { detectPhi } from '../../src/deid/detect.js';

const found = (text: string) => detectPhi(text).map((s) => text.slice(s.start, s.end));

describe('employers after a job word or "works as <role>"', () => {
  it.each([
    ['Starts a new job at Quorvant next week.', 'Quorvant'],
    ['SHE LOST HER JOB AT BRAXMILL IN MAY.', 'BRAXMILL'],
    ['pt has a part time job with zentrix, no benefits', 'zentrix'],
    ['Works as a forklift driver at Hollenbeck Freight since 2015.', 'Hollenbeck Freight'],
    ['WIFE WORKS AS A WELDER FOR TRANSVALE.', 'TRANSVALE'],
    ['Her position with Ostrava Dynamics ended.', 'Ostrava Dynamics'],
    ['volunteers at Quillmere on weekends', 'Quillmere'],
    // A brand the clinical list holds, written as a name in a mixed-case note.
    ['Son works at Medtronic as an engineer.', 'Medtronic'],
  ])('%j', (text, employer) => {
    expect(found(text)).toContain(employer);
  });

  it.each([
    'Her job at night is stressful.',
    'works as a nurse at home',
    'got a job at the hospital cafeteria',
    'PT ON NIGHT SHIFT AT ICU PER SON',
    'position with a PEEP of 5 and FiO2 40%',
    'Job at Green Acres', // two English words in a mixed-case note: not enough alone (a company of lexicons/organisations.txt is taken by its own rule)
    'SHIFT AT 7 AM TOMORROW',
    // A cue at the very end of a report: nothing to take, and no error.
    'Pt works as a cashier at',
    'Starts a new job at',
    'She has a job at the',
    'works as',
  ])('leaves %j alone', (text) => {
    expect(detectPhi(text).filter((s) => s.category === 'INSTITUTION')).toEqual([]);
  });
});

describe('employers after an occupation, a study cue, or with the time spent there', () => {
  const institutions = (text: string) =>
    detectPhi(text)
      .filter((s) => s.category === 'INSTITUTION')
      .map((s) => text.slice(s.start, s.end))
      .join(' ');
  it.each([
    // An occupation after an employer lead is a job word; in a one-case note words ending in an organisation head name the employer.
    ['CKD, GOUT. FORMER CLERK AT BRISK & SONS HARDWARE.', 'BRISK SONS HARDWARE'],
    ['pt is a retired welder from kettle ridge dairy; lives alone', 'kettle ridge dairy'],
    // The time spent there after a work phrase.
    ['PT TALKED ABOUT WORKING AT SUMMIT LANES FOR 20 YEARS.', 'SUMMIT LANES'],
    ['WORKED AT THE GRANITE QUARRY IN THE 1960S.', 'GRANITE QUARRY'],
    ['works at Copper Kettle Bakery since 2012', 'Copper Kettle Bakery'],
    // A study cue before a college.
    ['please excuse her from classes at mesa river college from 3/2 to 3/9.', 'mesa river college'],
    // A shelter named after "shelter at".
    ['declined shelter at birch hollow pantry, safety plan reviewed', 'birch hollow pantry'],
  ])('%j', (text, employer) => {
    expect(institutions(text).replace(/&/g, '').replace(/\s+/g, ' ')).toContain(employer);
  });

  it.each([
    'FORMER TEACHER AT THE HIGH SCHOOL, RETIRED 2010.',
    'retired teacher from public school system.',
    'worked at night shift for 2 years, now disabled.',
    'works at home for 5 years.',
    'pt works at the same place for 20 years.',
    'taking classes at night.',
    'former nurse at home health, now retired.',
    'declined shelter at this time.',
    'offered shelter at the hospital, declined.',
  ])('leaves %j alone', (text) => {
    expect(institutions(text)).toEqual('');
  });
});
