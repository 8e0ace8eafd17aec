import { describe, expect, it } from 'vitest';
import { detectPhi } from '../../src/deid/detect.js';

// Invented notes of one class (src/deid/free-text/place-shapes.ts organisations,
// deid-place-cues.yaml organisations.compoundHeads and the strong heads pediatrics, clubhouse,
// medicaid, hmo): in a mixed-case note capitalised ordinary words before a head of two words
// ("Home Medical", "Wheelchair Van") or before a children's practice, clubhouse or managed-care
// plan name the business; a generic word or a sentence's verb before them does not.
const orgs = (text: string) =>
  detectPhi(text, undefined, { model: null })
    .filter((s) => s.category === 'LOCATION' || s.category === 'INSTITUTION')
    .map((s) => text.slice(s.start, s.end));

describe('a business named before a compound head, a practice, a clubhouse or a plan', () => {
  it.each([
    ['Oxygen 3 L via Summit Home Medical since May.', 'Summit Home'],
    ['Results faxed to Dr. Lee and to Bright Harbor Home Medical.', 'Bright Harbor Home'],
    ['Arrived by Sunny Wheelchair Van at 09:10.', 'Sunny Wheelchair Van'],
    ['Ride arranged with Larkspur Medical Transport for Monday.', 'Larkspur Medical Transport'],
    ['Follow-up at Zephyrine Pediatrics in one week.', 'Zephyrine Pediatrics'],
    ['Insurance Keystar Medicaid, member id on file.', 'Keystar Medicaid'],
    ['Plan: Bluepoint Medicaid HMO, auth pending.', 'Bluepoint Medicaid'],
    ['Aftercare: intake at Quarry Clubhouse next week.', 'Quarry Clubhouse'],
  ])('%j', (text, name) => {
    expect(orgs(text)).toContain(name);
  });
});

describe('the same heads after generic words, kinds of plan and verbs', () => {
  it.each([
    'Follow up with General Pediatrics in 2 weeks.',
    'Needs Wheelchair Van for transport home.',
    'Has Medicaid HMO, pending renewal.',
    'Straight Medicaid only.',
    "Pt's Medicaid pending, application submitted.",
    'Durable Home Medical Equipment ordered.',
    'Past Medical History: asthma.',
    'Non-Emergency Medical Transport arranged.',
  ])('%j', (text) => {
    expect(orgs(text).filter((o) => /Pediatrics|Van|Medicaid|HMO|Home|Medical|Transport/.test(o))).toEqual([]);
  });
});
