// Place classes of session 15 (issue 11, recall of locations), each tested as a class on invented
// examples with same-shape negatives:
// - streets with ordinal names and numbered roads ("412 S 4th St", "88 Route 9W", "7865 HWY 191");
// - addresses closed by a letterhead separator ("· Salem, MI ·") and the town before a state code;
// - businesses named with ordinary capitalised words before a strong head ("Summit Imaging");
// - unknown capitals acronyms after a cue of transfer or care elsewhere ("transferred from BHI").
import { describe, expect, it } from 'vitest';
import { rulePlaces as places } from './rule-spans.js';
import { detectPhi } from '../../src/deid/detect.js';

describe('streets with ordinal names and numbered roads', () => {
  it.each([
    ['Home: 412 S 4th St, Pellworth, lives alone.', '412 S 4th St'],
    ['MAILING ADDRESS 9 W 125TH STREET, APT 2', '9 W 125TH STREET'],
    ['new address 77 north 3rd ave, quenby', '77 north 3rd ave'],
    ['Clinic\n88 Route 9W · Dunmore, PA\n', '88 Route 9W'],
    ['RESIDES AT 7865 HWY 191, MARLOW CREEK', '7865 HWY 191'],
    ['lives at 12 county rd 40b\nwith her son', '12 county rd 40b'],
    ['Address: 300 State Route 17 N, Corrowville', '300 State Route 17 N'],
  ])('finds the address in %j', (text, address) => {
    expect(places(text).join(' ')).toContain(address);
  });

  it('takes the unit after a numbered road and the lot after a street', () => {
    expect(places('635 Route 6 Unit 4C, Chester')).toEqual(['635 Route 6', 'Unit 4C', 'Chester']);
    expect(places('lives at 5235 depot ave lot 1b, quenby')).toEqual(['5235 depot ave', 'lot 1b', 'quenby']);
  });

  it.each([
    ['gave 2 tabs route 1 hr ago.'],
    ['Pain 3 route 4 reviewed.'],
    ['took 2 hwy exits then felt dizzy at 4 pm'],
    ['3 4th ICS, 2 leads ST elevation.'],
    ['HR 88 rt 2 then 3 rd day of abx'],
  ])('takes no address from %j', (text) => {
    expect(places(text)).toEqual([]);
  });
});

describe('the town before a state code in a letterhead or address line', () => {
  it.each([
    ['Brackenfold Family Medicine\n393 E Main St · Salem, MI · 423.284.5885\n', 'Salem'],
    ['BRACKENFOLD FAMILY MEDICINE\n393 E MAIN ST · SALEM, MI · 423.284.5885\n', 'SALEM'],
    ['Quillby Clinic · Liberty, NY · (555) 201-3344\n', 'Liberty'],
    ['Northgate Pediatrics\n20 Front St\nHope, WA 98801\n', 'Hope'],
    ['Quenbury, NJ\nDear Dr. Asher,\n', 'Quenbury'],
  ])('finds the town in %j', (text, town) => {
    expect(places(text)).toContain(town);
  });

  it.each([
    ['Pain, OK after meds.\n'],
    ['Alert, OR today.\n'],
    ['Plan, IN 2 days recheck.\n'],
    ['Pt stable, ME aware.\n'],
  ])('takes no town where the code is a word: %j', (text) => {
    expect(places(text)).toEqual([]);
  });
});

describe('businesses named by ordinary capitalised words before a strong head', () => {
  it.each([
    ['Taken by Canton Ambulance to the ED.', 'Canton Ambulance'],
    ['Outside CT done at Summit Imaging last week.', 'Summit Imaging'],
    ['Funeral home: Wise Mortuary.', 'Wise Mortuary'],
    ['Rx sent to Harmony Drug today.', 'Harmony Drug'],
    ['Arrived via Swift Medical Transport at 0400.', 'Swift Medical Transport'],
    ['Former bookkeeper at Marsh Brothers Roofing.', 'Marsh Brothers Roofing'],
  ])('finds the business in %j', (text, name) => {
    expect(places(text).join(' ')).toContain(name);
  });

  it.each([
    ['Diagnostic Imaging reviewed the films.'],
    ['Mobile Imaging was called for a portable film.'],
    ['Critical Care Transport arranged for tomorrow.'],
    ['Peritoneal Dialysis training continues.'],
    ['Home Dialysis nurse visited.'],
    ['Outpatient Pharmacy to fill.'],
  ])('takes no business from a generic service: %j', (text) => {
    expect(places(text)).toEqual([]);
  });
});

describe('unknown capitals acronyms after a cue of transfer or care elsewhere', () => {
  it.each([
    ['Pt transferred from BHI for higher level of care.', 'BHI'],
    ['Seen at LHCF yesterday for the same.', 'LHCF'],
    ['Imaging from UHN (May 6) reviewed.', 'UHN'],
    ['Red flags reviewed; ER at KVM if worse.', 'KVM'],
    ['RESIDENT TRANSFERRED TO GBG FOR K 6.8.', 'GBG'],
    ['Labs drawn at QRP monday.', 'QRP'],
    // Records asked of or sent by another place, a provider there.
    ['Records requested from KRDP (fax 555-201-0134).', 'KRDP'],
    ['Notes faxed to WCMH this am.', 'WCMH'],
    ['Report received from QBH, reviewed.', 'QBH'],
    ['Follow up with outpatient provider at ZVCS next week.', 'ZVCS'],
  ])('finds the facility in %j', (text, acronym) => {
    expect(places(text)).toContain(acronym);
  });

  it.each([
    ['Transferred to MICU overnight.'],
    ['Sent to IR for drain placement.'],
    ['Arrived from SNF by stretcher.'],
    ['Discharged to LTACH on vent.'],
    ['Transferred from CVICU to TCU.'],
    ['Seen by PT and OT today.'],
    ['Labs requested from ICU team.'],
    ['Notes faxed to PCP.'],
    ['Results received from MRI.'],
    ['Returned from CT, tolerated well.'],
    ['Moved to NY last year.'],
    ['Labs drawn at RN request.'],
    ['Transferred to CRSU after the bypass.'],
    ['Sent to PMSU for monitoring.'],
  ])('takes no facility from %j', (text) => {
    expect(places(text)).toEqual([]);
  });
});

describe('the employer between a lead and an occupation', () => {
  it.each([
    ['Values: he is a retired Quillmore worker, attends church.', 'Quillmore'],
    ['She is a former Stop & Shop cashier.', 'Stop'],
    ['SH: LIVES ALONE. FORMER TRELLWICK FOODS WORKER. 40 PK-YR.', 'TRELLWICK'],
    ['soc: retired brannock mills machinist, lives w/ wife', 'brannock'],
    ['Retired Harbor Freight clerk, now volunteers.', 'Harbor Freight'],
  ])('finds the employer in %j', (text, name) => {
    expect(places(text).join(' ')).toContain(name);
  });

  it.each([
    ['He is a retired postal worker.'],
    ['Retired School Teacher, lives alone.'],
    ['FORMER STEEL WORKER, 40 PK-YR.'],
    ['former factory worker, now disabled'],
    ['Retired RN, lives with son.'],
  ])('takes no employer from %j', (text) => {
    expect(places(text)).toEqual([]);
  });
});

describe('a town that is also a word, after a verb of residence or a place of care elsewhere', () => {
  it.each([
    ['Lives with daughter in Enterprise. Walks with cane.', 'Enterprise'],
    ['She lives in Hope, AR with her son.', 'Hope'],
    ['Went to urgent care in Mobile on Monday, given abx.', 'Mobile'],
    ['Seen in ER in Canton last week.', 'Canton'],
    ['moved to Liberty, near her sister', 'Liberty'],
  ])('finds the town in %j', (text, town) => {
    expect(places(text)).toContain(town);
  });

  it.each([
    ['Pt lives in fear of falling.'],
    ['Resides in Normal saline? no: resides at home.'],
    ['Pt in ED in NAD.'],
    ['Was in urgent care in pain all night.'],
  ])('takes no town from %j', (text) => {
    expect(places(text)).toEqual([]);
  });
});

describe('businesses of ordinary words before a strong head in one-case notes, after a lead', () => {
  it.each([
    ['pt sent via bluebird ambulance at 0230.', 'bluebird ambulance'],
    ['TRANSPORTED BY BEACON AMBULANCE, REPORT GIVEN.', 'BEACON AMBULANCE'],
    ['funeral home: gentle rest mortuary', 'gentle rest mortuary'],
    ['meds delivered by corner pharmacy on fridays', 'corner pharmacy'],
    ['labs drawn by northstar imaging, results to pcp', 'northstar imaging'],
    ['CT DONE AT VALLEY IMAGING LAST WEEK', 'VALLEY IMAGING'],
  ])('finds the business in %j', (text, name) => {
    expect(places(text).join(' ')).toContain(name);
  });

  it.each([
    'pt transported via ambulance to er',
    'TRANSPORTED VIA PRIVATE AMBULANCE',
    'rx sent to the pharmacy downstairs',
    'to er by fire rescue ambulance',
    'goes to outpatient dialysis mwf',
    'ct done at mobile imaging',
    'P: CONTINUE WITH CURRENT RX',
    'hx of ivdu, uses illicit drugs daily',
    'goes to nocturnal dialysis',
  ])('takes no business from %j', (text) => {
    expect(places(text)).toEqual([]);
  });
});

describe('spans either side of a full stop', () => {
  const spans = (text: string) => detectPhi(text).map((s) => text.slice(s.start, s.end));
  it('keeps two names apart across a sentence end, joins them across an abbreviating dot', () => {
    expect(spans('Taken by Canton Ambulance. Summit Imaging did the CT.')).toEqual(['Canton Ambulance', 'Summit Imaging']);
    expect(spans('Seen by J. Quimby at St. Mary Hospital.')).toEqual(['J. Quimby', 'St. Mary']);
  });
});
