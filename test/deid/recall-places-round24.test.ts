import { describe, expect, it } from 'vitest';
import { detectPhi } from '../../src/deid/detect.js';

const places = (text: string) =>
  detectPhi(text)
    .filter((s) => s.category === 'LOCATION' || s.category === 'INSTITUTION')
    .map((s) => text.slice(s.start, s.end));

describe('the state after a town and its comma, before a lower-case word or a date', () => {
  it.each([
    ['Social: Lives in Brackmoor, NH with her sister and two cats.', ['Brackmoor', 'NH']],
    ['Lives in Dunwiddy, Ohio with husband, retired.', ['Dunwiddy', 'Ohio']],
    ['Plans to visit son in Tollerby, VT 4/12-4/19, needs travel letter.', ['Tollerby', 'VT']],
    ['Raised in Marrisford, Iowa and moved here in 2010.', ['Marrisford', 'Iowa']],
  ])('%j', (text, want) => {
    const spans = places(text);
    for (const w of want) expect(spans).toContain(w);
  });

  it.each([
    // A room code after a town needs the part's end ("CT with contrast" is the scan).
    'Transferred from Brackmoor, CT with contrast showed no bleed.',
    'Seen by Dr. Ames, MD with the team at bedside.',
    'Discussed with Lopez, PA and the attending.',
  ])('no state: %j', (text) => {
    const spans = places(text);
    expect(spans).not.toContain('CT');
    expect(spans).not.toContain('MD');
    expect(spans).not.toContain('PA');
  });
});

describe('a town in capitals before its state after a verb of residence, in a one-case note', () => {
  it.each([
    ['SOCIAL: LIVES WITH SON R. OKAFOR IN HOPE, NY. RETIRED MACHINIST.', ['HOPE', 'NY']],
    ['LIVES WITH WIFE IN FAIRHAVEN, MA. NO ETOH.', ['FAIRHAVEN', 'MA']],
    ['PT LIVES W/ DAUGHTER IN COMFORT, TX. INDEP ADLS.', ['COMFORT', 'TX']],
  ])('%j', (text, want) => {
    const spans = places(text);
    for (const w of want) expect(spans.join(' ')).toContain(w);
  });

  it.each([
    'PT SEEN IN CLINIC, MD AWARE OF LABS.',
    'PT IN PAIN, MD NOTIFIED, PRN GIVEN.',
    'RESTING IN BED, PA AT BEDSIDE.',
    'PT IN CHAIR, RN AT BEDSIDE.',
  ])('no place: %j', (text) => {
    expect(places(text)).toEqual([]);
  });
});

describe('a hospital acronym in brackets after a dated study or procedure', () => {
  it.each([
    ['Prior PFTs 4-19 (BVH): FEV1 1.90 L.', 'BVH'],
    ['Compared with prior echo Mar 12 (SKMC): EF 45%.', 'SKMC'],
    ['pmh: cabg x2 2011 (tvh), appy as child', 'tvh'],
    ['outside ct 3/9 (rgmc) unremarkable', 'rgmc'],
    ["PCI '15 (WLH) to LAD.", 'WLH'],
  ])('%j', (text, want) => {
    expect(places(text)).toContain(want);
  });

  it.each([
    'Echo 2019 (TTE): EF 40%.',
    'CT 3/4 (CTA) negative for PE.',
    'cabg x3 2007 (lima-lad), chole 2010',
    'echo 5/6 (ef 55%) normal',
  ])('no place: %j', (text) => {
    expect(places(text)).toEqual([]);
  });
});

describe('an unknown acronym before a hospital service, or after a report or an acceptance', () => {
  it.each([
    ['KVRH Behavioral Health Unit  progress note 3/2', 'KVRH'],
    ['Scheduler at DMC breast center called.', 'DMC'],
    ['Accepted to WSGH neuro ICU, bed pending.', 'WSGH'],
    ['After hours call the BRMC operator at 555-0100.', 'BRMC'],
    ['Outside report from PLMH reviewed with family.', 'PLMH'],
  ])('%j', (text, want) => {
    expect(places(text).join(' ')).toContain(want);
  });

  it.each([
    'Accepted to ICU, bed 4.',
    'Report from PT: ambulated 150 ft.',
    'EEG neuro ICU monitoring continued.',
    'Discussed with the CHF operator of the pump.',
  ])('no place: %j', (text) => {
    expect(places(text)).toEqual([]);
  });
});

describe('the maker of an implanted device on its device or lead line, or its representative', () => {
  const insts = (text: string) =>
    detectPhi(text)
      .filter((s) => s.category === 'INSTITUTION' || s.category === 'LOCATION')
      .map((s) => text.slice(s.start, s.end))
      .join(' ');
  it.each([
    ['Device: Quorvex dual chamber pacemaker, model QX-20.', 'Quorvex'],
    ['Leads: RV Altrenta lead SN 55120, no LV lead.', 'Altrenta'],
    ['device: zephyrion cardiosys single chamber icd', 'zephyrion'],
    ['Interrogated by T. Mbeki (Helvantis rep, cell 555-0133).', 'Helvantis'],
    ['Device rep present: Jo Park (Nuvorexa)', 'Nuvorexa'],
  ])('%j', (text, want) => {
    expect(insts(text)).toContain(want);
  });

  it.each([
    'Device: Dual chamber pacemaker, MRI conditional.',
    'Leads: RA lead, RV lead, no LV lead.',
    'Device: Biventricular ICD, shocks x0.',
    'Sales rep at bedside with the team.',
    'Device rep present: Jo Park (vendor)',
    'Valve: Bioprosthetic 25 mm, well seated.',
    'Implant: Tessaro Replace CC 4.3 x 11.5 mm, ISQ 72.',
  ])('no maker: %j', (text) => {
    expect(insts(text)).not.toMatch(/Dual|Biventricular|Sales|vendor|Bioprosthetic|Tessaro|lead/);
  });
});

describe("an unknown acronym in the note's heading: alone on the first line, or after a department and a dash", () => {
  it.each([
    ['BVMC\nDISCHARGE SUMMARY\nNAME: Ana Ruiz', 'BVMC'],
    ['\nTRH\nOPERATIVE REPORT', 'TRH'],
    ['EMERGENCY DEPT - GLVH\nTriage 10:05  ESI 3', 'GLVH'],
    ['PULMONARY FUNCTION LAB - WKMC\nSpirometry pre and post', 'WKMC'],
  ])('%j', (text, want) => {
    expect(places(text)).toContain(want);
  });

  it.each([
    'CXR PA AND LATERAL\nHISTORY: SOB',
    'ECHO REPORT - TTE\nLV normal',
    'PROGRESS NOTE\nS: feels well',
    'PROCEDURE NOTE - OMFS     01/19/2021',
    'PROCEDURE NOTE - QRZM     3/2/2024',
    'Pt resting.\nXQZ\nlater line',
    'EKG - NSR\nrate 72',
  ])('no place: %j', (text) => {
    expect(places(text)).toEqual([]);
  });
});

describe('a home equipment supplier or message service named before its head', () => {
  it.each([
    ['Oxygen 2 L via Kestrelwind DME since March.', 'Kestrelwind DME'],
    ['CPAP supplies from Harbor Medical Supply.', 'Harbor Medical Supply'],
    ['Vantrell Answering Service paged the on-call.', 'Vantrell Answering Service'],
    ['Ostomy bags from Pellamy Supplies, auto-refill.', 'Pellamy Supplies'],
  ])('%j', (text, want) => {
    expect(places(text)).toContain(want);
  });

  it.each([
    'Social Service consulted for placement.',
    'Food Service notified of the renal diet.',
    'Case discussed with Protective Service.',
    'Home DME order faxed.',
  ])('no organisation: %j', (text) => {
    expect(places(text)).toEqual([]);
  });
});

describe('a town that names a decision rule, score, reflex or drug is no place without a place preposition', () => {
  it.each([
    'Ottawa knee rules negative, no film.',
    'Canadian C-spine rule applied, collar cleared.',
    'SOFA 6. APACHE II 19 on admission.',
    'Edinburgh 11 (mom), referred to SW.',
    'Moro symmetric, grasp intact.',
    'Refill for Norco sent, pain contract on file.',
  ])('%j', (text) => {
    expect(places(text)).toEqual([]);
  });

  it.each([
    ['Moved from Ottawa in 2019 to be near family.', 'Ottawa'],
    ['Lives in Edinburgh with her wife.', 'Edinburgh'],
    ['Grew up in Norco, CA.', 'Norco'],
  ])('a place preposition keeps the town: %j', (text, town) => {
    expect(places(text)).toContain(town);
  });
});
