import { describe, expect, it } from 'vitest';
import { detectPatterns } from '../../src/deid/patterns.js';
import { detectPhi } from '../../src/deid/detect.js';

const found = (text: string, category?: string) =>
  detectPatterns(text)
    .filter((s) => !category || s.category === category)
    .map((s) => text.slice(s.start, s.end));

describe('pattern detectors', () => {
  it.each([
    ['Comparison 03/14/2024.', '03/14/2024'],
    ['Prior 3/14/24 study.', '3/14/24'],
    ['Seen on 3/14 by phone.', '3/14'],
    ['Exam of March 14, 2024 reviewed.', 'March 14, 2024'],
    ['Exam of 14 Mar 2024 reviewed.', '14 Mar 2024'],
    ['Exam of 2024-03-14 reviewed.', '2024-03-14'],
    ['Compared with 14-Mar-2024.', '14-Mar-2024'],
    ['CABG 8/87, stable.', '8/87'],
  ])('finds the date in %j', (text, date) => {
    expect(found(text, 'DATE')).toContain(date);
  });

  it('finds times, phones, e-mail, URL, IP, SSN, labelled ids, ZIP and serial numbers', () => {
    const text =
      'Called at 3:45 pm and 10 am to (410) 555-0199, fax 410.555.0100, pager #54321, jdoe@example.com, https://pacs.example.org/study/1, host 10.2.3.4, SSN 123-45-6789, MRN: 00123456, Accession # RAD2024-99817, Boston, MA 02115, pacemaker serial no. PX12345Z.';
    expect(found(text, 'TIME')).toEqual(expect.arrayContaining(['3:45 pm', '10 am']));
    expect(found(text, 'PHONE')).toEqual(expect.arrayContaining(['(410) 555-0199', '410.555.0100', '54321']));
    expect(found(text, 'EMAIL')).toEqual(['jdoe@example.com']);
    expect(found(text, 'URL')[0]).toMatch(/^https:\/\/pacs\.example\.org/);
    expect(found(text, 'IP')).toEqual(['10.2.3.4']);
    expect(found(text, 'SSN')).toEqual(['123-45-6789']);
    expect(found(text, 'ID')).toEqual(expect.arrayContaining(['00123456', 'RAD2024-99817']));
    expect(found(text, 'ZIP')).toEqual(['02115']);
    expect(found(text, 'DEVICE_ID')).toEqual(['PX12345Z']);
  });

  it('finds ages over 89 only', () => {
    expect(found('A 92 year old woman.', 'AGE')).toEqual(['92']);
    expect(found('Aged 101.', 'AGE')).toEqual(['101']);
    expect(found('A 89 year old man, 45 yo.', 'AGE')).toEqual([]);
  });

  it('finds street addresses', () => {
    expect(found('Lives at 246 Wexford Road, Apt 3.', 'ADDRESS')[0]).toBe('246 Wexford Road, Apt 3');
  });

  it('leaves measurements, counts, ratios and strength scores alone', () => {
    const text = 'A 5 mm nodule, 2 views. 1/2 NS at 100 cc/hr. Strength 5/5 bilaterally. BP 120/80. PS 10/5. Pain 3/10. T2 and L4-L5. EF 55%.';
    expect(detectPatterns(text).filter((s) => s.category !== 'TIME')).toEqual([]);
  });
});

describe('slash pairs that are not dates', () => {
  it('keeps vent settings, murmur grades, percentages, BP ranges and anatomy ordinals', () => {
    const text = "Trialed on 5/5, extubated from 5/5 PSV. +3/6 SEM. peep 5/40%. bp 120-140'2/70's. for 1/5 liters. Bleed into the 4th ventricle.";
    expect(detectPatterns(text).filter((s) => s.category === 'DATE')).toEqual([]);
    expect(detectPatterns('PICC placed 11/17, seen since 5/5.').filter((s) => s.category === 'DATE')).toHaveLength(2);
  });
});

describe('dates after a sentence dot, area code plus seven digits', () => {
  it('finds them without taking decimals or settings', () => {
    const text = 'Transferred to the ward.8/31. Readmitted. Settings 600x12x.7/5 peep. Reach them at 202 2671093.';
    const got = detectPatterns(text)
      .filter((s) => s.category !== 'TIME')
      .map((s) => [s.category, text.slice(s.start, s.end)]);
    expect(got).toEqual(expect.arrayContaining([['DATE', '8/31'], ['PHONE', '202 2671093']]));
    expect(got.map((g) => g[1])).not.toContain('7/5');
  });
});

describe('apostrophe years', () => {
  const dates = (text: string) =>
    detectPatterns(text)
      .filter((s) => s.category === 'DATE')
      .map((s) => text.slice(s.start, s.end));

  it("finds '09 and 14' years but not feet and inches", () => {
    expect(dates("PMH: CABG '09, prostate CA'88.")).toEqual(["'09", "'88"]);
    // "may 15" (the month-day rule) overlaps "may 15'" (the year rule); the spans merge downstream.
    expect(dates("AAA repair in 14', last used in may 15'.")).toEqual(expect.arrayContaining(["14'", "may 15'"]));
    expect(dates('Height 5\'10", 6\' 2". Moved 12 \'feet\'.')).toEqual([]);
  });
});

describe('free-text names and places', () => {
  const names = (text: string) =>
    detectPhi(text)
      .filter((s) => s.category === 'NAME')
      .map((s) => text.slice(s.start, s.end));

  it('finds names after titles, cues, relatives and before credentials', () => {
    expect(names('Findings discussed with Dr. Okonkwo at the bedside.')).toEqual(['Okonkwo']);
    expect(names('Electronically signed by: Hannah Kowalczyk, MD')).toEqual(['Hannah Kowalczyk']);
    expect(names('pt seen by dr vasquez today. son bill called.')).toEqual(['vasquez', 'bill']);
    expect(names('Read by Peter Lindqvist on the same day.')).toEqual(['Peter Lindqvist']);
  });

  it('finds the person told before "aware" / "notified", not staff words', () => {
    expect(names('pulses difficult to doppler. grace dudak aware. cap refill brisk.')).toEqual(['grace dudak']);
    expect(names('Fluid bolus given. HO Zemlak notified, no other intervention.')).toEqual(['Zemlak']);
    expect(names('Wife and lawyer (Wil Laberbera) aware of plan.')).toEqual(['Wil Laberbera']);
    expect(names("MD's aware. Team notified. midlevels aware. Family made aware.")).toEqual([]);
  });

  it('after "Social:" takes a name only with evidence; a relative word is not a name', () => {
    expect(names('SOCIAL: FULL CODE. WIFE CALLED. Social: Telephone update to family. Social: Friend in to visit. LEGAL GUARDIAN: Niece.')).toEqual([]);
    expect(names('social: bill called twice. son bill in to visit.')).toEqual(['bill', 'bill']);
  });

  it('keeps eponyms, anatomy and devices', () => {
    const text =
      'Kerley B lines. Swan-Ganz catheter in the right pulmonary artery. Foley catheter. No Bochdalek hernia. Hodgkin lymphoma, Crohn disease, Parkinson disease. Murphy sign negative.';
    expect(detectPhi(text).filter((s) => s.category !== 'TIME')).toEqual([]);
  });

  it('finds institutions and places after movement cues', () => {
    const text = 'Transferred from Calvert Memorial Hospital. Will go to Quartermain 3 tomorrow.';
    const spans = detectPhi(text).map((s) => [s.category, text.slice(s.start, s.end)]);
    expect(spans).toEqual(expect.arrayContaining([['INSTITUTION', 'Calvert Memorial'], ['LOCATION', 'Quartermain']]));
  });

  it('finds multi-word towns and hospital acronyms, not anatomy or state codes', () => {
    const places = (text: string) =>
      detectPhi(text)
        .filter((s) => s.category === 'LOCATION')
        .map((s) => text.slice(s.start, s.end));
    expect(places('Daughter drove back to New Haven today.')).toEqual(['New Haven']);
    expect(places('WIFE LIVES IN BEL AIR.')).toEqual(['BEL AIR']);
    expect(places('Med-flighted to UMMC for cath, then back at GH.')).toEqual(['UMMC', 'GH']);
    expect(places('iv in left hand. pt in usoh until today. went home to NH.')).toEqual([]);
    expect(places('Transferred to CRSU. Secretions from ET tube. Son went back to California.')).toEqual([]);
    expect(places('Transferred from GBMC overnight.')).toEqual(['GBMC']);
    expect(places('ZORBLAKWING3 developed chest pain. Pt orientedx3, percocetX2 given.')).toEqual(['ZORBLAKWING']);
  });
});

describe('throughput', () => {
  it('benchDeid reports a positive rate over generated reports', async () => {
    const { benchDeid } = await import('../../src/deid/bench.js');
    const r = benchDeid(300);
    expect(r.reportsPerSecond).toBeGreaterThan(0);
    expect(r.cpuReportsPerSecond).toBeGreaterThan(0);
  }, 60_000);
});
