import { describe, expect, it } from 'vitest';
import { detectPhi } from '../../src/deid/detect.js';

const places = (text: string) =>
  detectPhi(text)
    .filter((s) => s.category === 'LOCATION' || s.category === 'INSTITUTION')
    .map((s) => text.slice(s.start, s.end));

describe('a town name that also names a clinical scale is the scale', () => {
  it.each([
    'Safety: fall risk moderate (Morse 45), call light in reach.',
    'Epworth Sleepiness Scale 11/24 today, was 17/24.',
    'Skin: Braden 15, heels floated.',
    'Balance: Berg 38/56, uses rollator.',
    'ADL: Barthel 55/100 on admission.',
  ])('%j', (text) => {
    expect(places(text)).toEqual([]);
  });

  it.each([
    ['Moved from Epworth last spring to be near her son.', 'Epworth'],
    ['Grew up in Morse, now lives with daughter.', 'Morse'],
    ['Relocated to Epworth after retiring.', 'Epworth'],
  ])('a place preposition keeps the town: %j', (text, town) => {
    expect(places(text)).toContain(town);
  });
});

describe('a state code closing an address line before a phone number or after a lower-case town', () => {
  it.each([
    ['Greenfield Home Care, 88 Orchard Ln, Dunmore, PA   570-555-0147', ['Dunmore', 'PA']],
    ['Hillcrest Hospice · 12 Bay Rd, Camden, ME (207) 555-0190', ['Camden', 'ME']],
    ['Address: 41 Tamarack Way, north harlow, VT 05602', ['VT']],
    ['Home: 7 Cobble Ct, east wendham, NH 03301-2211', ['NH']],
  ])('%j', (text, want) => {
    const spans = places(text);
    for (const w of want) expect(spans).toContain(w);
  });

  it.each([
    'Seen with Dr. Ruiz, PA 617-555-0101 for questions.',
    'Ortho note: ACL repair, OR 603-555-0199 to book.',
    'Plan: f/u 2 wk, CT 617-555-0133 scheduling line.',
  ])('no state: %j', (text) => {
    expect(places(text).filter((t) => /^[A-Z]{2}$/.test(t))).toEqual([]);
  });
});

describe('dental and vision plans by name, and a known name before a conjunction of time', () => {
  it.each([
    ['Secondary: EyeMed, member 4417.', 'EyeMed'],
    ['Predetermination sent to Delta Dental on 3/2.', 'Delta Dental'],
    ['Vision plan: VSP Vision Care (exam only).', 'VSP Vision Care'],
    ['Insurer: Cigna until she retired, now Medicare.', 'Cigna'],
    ['Former carrier: Anthem until last spring.', 'Anthem'],
    ['Dental: DentaQuest, copay $20.', 'DentaQuest'],
  ])('%j', (text, org) => {
    expect(places(text)).toContain(org);
  });

  it.each([
    'Sang the national anthem until the fireworks began.',
    'Guardian: mother until age 18.',
    'Delta wave activity until sleep onset.',
    // Virtual surgical planning in oral surgery.
    'VSP session with the lab, guides printed.',
  ])('no organisation: %j', (text) => {
    expect(places(text)).toEqual([]);
  });
});

describe('eye, dental and sleep staff credentials, eyewear and instrument brands are no places', () => {
  it.each([
    'Pressures checked by Mara Quill, COA, at 9:40.',
    'Prophy done. Tessa Rowe, RDH',
    'Scored by Idris Vale, RST; reviewed by attending.',
    'Spectacle Rx given: OD -1.25 sph.',
    'Contact Lens Rx: OD -2.00, BC 8.6.',
    'Axial length by IOLMaster 700 and Lenstar.',
    'Dispensed WatchPAT 300 for home testing.',
  ])('%j', (text) => {
    expect(places(text)).toEqual([]);
  });

  it.each([
    ['Refer to Quarrytown Optometry for contact lens fit.', 'Quarrytown Optometry'],
    ['Rx sent to Quillmont Pharmacy.', 'Quillmont Pharmacy'],
    ['Seen at Brindlemoor Pediatrics last year.', 'Brindlemoor Pediatrics'],
  ])('a business stays: %j', (text, org) => {
    expect(places(text)).toContain(org);
  });
});

describe('practices named for their specialists or their testing, and car services', () => {
  it.each([
    ['Referred by Dunmere Retina Specialists for injections.', 'Dunmere Retina Specialists'],
    ['Study read by Kestrelton Sleep Testing, Suite 4.', 'Kestrelton Sleep Testing'],
    ['Ride home arranged with Quarrymoor Cab.', 'Quarrymoor Cab'],
    ['Backup ride: Brisco Taxi.', 'Brisco Taxi'],
    ['Copy to Ashbury Allergy Specialists', 'Ashbury Allergy Specialists'],
  ])('%j', (text, org) => {
    expect(places(text)).toContain(org);
  });

  it.each([
    'Genetic Testing sent to the lab.',
    'Glaucoma Specialists to review fields.',
    'Took a cab to clinic, then a taxi home.',
    'Allergy Testing deferred.',
  ])('no business: %j', (text) => {
    expect(places(text)).toEqual([]);
  });
});

describe('care words after a movement verb are no towns', () => {
  it.each([
    'Tolerated well; discharged ambulatory with his wife.',
    'Transferred ambulatory to the recliner.',
    'Seen ambulatory in the hallway, steady.',
    'Sent nonambulatory by stretcher van.',
  ])('%j', (text) => {
    expect(places(text)).toEqual([]);
  });

  it.each([
    ['Discharged to Quarrelton by car.', 'Quarrelton'],
    ['Referred from Ashbrook Pediatrics.', 'Ashbrook Pediatrics'],
    ['transferred to wexmoor for rehab', 'wexmoor'],
  ])('a place stays: %j', (text, place) => {
    expect(places(text).join(' ')).toContain(place);
  });
});

describe('a capitalised word closing the line after a street and a comma is its town', () => {
  it.each([
    ['Rx to Walgreens on Quarry St, Harmony.\nCall if delayed.', 'Harmony'],
    ['Lives at 40 Birch Ln, Plainview.', 'Plainview'],
    ['Pharmacy: Rite Aid on Front St, Concorde\n', 'Concorde'],
    ['Mail to 7 Kiln Rd, Wellspryng.', 'Wellspryng'],
  ])('%j', (text, town) => {
    expect(places(text)).toContain(town);
  });

  it.each([
    'Pharmacy on Main St, Thursday.',
    'Lives at 12 Oak Rd, Apt 4.',
    'Pick up at CVS on Elm St, Monday pickup.',
  ])('no town: %j', (text) => {
    expect(places(text).filter((t) => !/\b(?:St|Rd|Ln|Apt)\b/.test(t) && !/^(?:CVS|Rite Aid)$/.test(t))).toEqual([]);
  });
});
