import { describe, expect, it } from 'vitest';
import { detectPhi } from '../../src/deid/detect.js';
import { detectPatterns } from '../../src/deid/patterns.js';

// Invented obstetric histories (session 33): a year dating a pregnancy outcome is a date, in notes
// that write clock times as four digits too (labour notes), where the learned year layer stays off.
const years = (text: string) =>
  detectPatterns(text)
    .filter((s) => s.category === 'DATE')
    .map((s) => text.slice(s.start, s.end))
    .filter((d) => /^\d{4}$/.test(d));

// A labour note writes its clock times as four digits.
const LABOUR = 'L&D ADMIT 0315, SROM 0140, epidural 0420.\n';

describe('years of an obstetric history', () => {
  it.each([
    ['OB HISTORY:\n2016 - SVD, 39 wks, 3300 g, boy\n2018 - primary LTCS for breech', ['2016', '2018']],
    ['G4P3013. 2011 NSVD 7lb 1oz, 2014 LTCS for breech, 2019 SAB at 8 weeks.', ['2011', '2014', '2019']],
    ['(1) 2009 SVD at 40 wks. (2) 2012 C-section for arrest of dilation.', ['2009', '2012']],
    ['PREGNANCY #1: 2008, FT SVD. PREGNANCY #2: 2013, TAB.', ['2008', '2013']],
    ['#1 2007 term NSVD\n#2 2010 ectopic pregnancy, MTX', ['2007', '2010']],
    ['Year  Mode  GA   Sex\n2012  NSVD  40w  F\n2015  VBAC  38w  M', ['2012', '2015']],
    ['hx: sab x2 (2013, 2014), vbac 2017', ['2013', '2014', '2017']],
    ['1) 2016 - 37w twin delivery', ['2016']],
  ])('%j', (text, want) => {
    for (const note of [text, LABOUR + text]) for (const y of want) expect(years(note)).toContain(y);
  });

  it.each([
    'Delivered at 2015 SVD of a viable female.',
    'SVD at 2015, apgars 8/9.',
    'DELIVERY 3/2/26 1914, SVD over 2nd degree laceration.',
    'EBL 2000 mL after SVD.',
    'Infant weight 2015 g by C/S.',
    'Pitocin started 1945, TOLAC candidate.',
    'Pt had 2000 cc NS bolus before C-section.',
    'G2P1 at 39w, EFW 3400 g. SVD planned.',
  ])('finds no year in %j', (text) => {
    expect(years(LABOUR + text)).toEqual([]);
  });

  it('takes the years in both profiles', () => {
    const text = `${LABOUR}OB Hx: 1) 2013 - NSVD 40w girl 2) 2017 - LTCS 38w boy`;
    for (const profile of ['balanced', 'strict'] as const) {
      const found = detectPhi(text, undefined, { profile }).map((s) => text.slice(s.start, s.end));
      expect(found).toEqual(expect.arrayContaining(['2013', '2017']));
    }
  });
});

describe('years closing a habit, a job or a residence with "until", and apostrophe ranges', () => {
  it.each([
    ['SMOKED 1 PPD UNTIL 2004; QUIT AFTER MI.', '2004'],
    ['ran a bakery in town until 2012.', '2012'],
    ['Worked as a welder at the shipyard until 1998.', '1998'],
    ['lived with her daughter until 2020, then moved', '2020'],
    ['etanercept \'97-2003, stopped for rash', '2003'],
    ['warehouse work \'05-2019 without hearing protection', '2019'],
  ])('%j', (text, year) => {
    expect(years(text)).toContain(year);
  });

  it.each(['NPO until 2000 then advance diet.', 'hold heparin until 2100; smoked as a teen', 'Keep on monitor until 1930 tonight.', 'range 1500-2000 mL'])('finds no year in %j', (text) => {
    expect(years(text)).toEqual([]);
  });
});
