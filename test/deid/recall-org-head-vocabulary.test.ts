import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { detectPhi } from '../../src/deid/detect.js';
import { PlaceCuesSchema, placeCues } from '../../src/deid/free-text/place-rules.js';
import { deidRulesDir, readDeidRules } from '../../src/deid/rules/deid-rules.js';

// Invented notes of one class (session 30; rules/en/deid-place-cues.yaml organisations.heads,
// strongHeads, oneCaseHeads, oneCaseKindHeads, oneCaseLeads, inner, notFirst and careFacilities.heads;
// src/deid/free-text/place-shapes.ts organisations / oneCaseBusiness): organisations named by what
// they are — carriers, software firms, banks, health plans, day programmes — whose other words are
// ordinary. In a mixed-case note case marks the name; in a one-case note a lead ("via", "at"), a log
// label ("COURIER") or a label's colon before the words does. The same heads after generic or
// clinical words ("blood bank", "lab courier", "interpreter services") name no organisation.
const orgs = (text: string) =>
  detectPhi(text, undefined, { model: null })
    .filter((s) => s.category === 'LOCATION' || s.category === 'INSTITUTION')
    .map((s) => text.slice(s.start, s.end));

describe('the organisation head vocabulary as data', () => {
  it('validates under the place-cue schema', () => {
    const cues = readDeidRules(path.join(deidRulesDir(), 'deid-place-cues.yaml'), PlaceCuesSchema);
    expect(cues.organisations.oneCaseKindHeads).toEqual(expect.arrayContaining(['services', 'transport']));
  });

  it('holds a head of every kind written from general knowledge', () => {
    const c = placeCues();
    for (const w of ['software', 'aviation', 'medevac', 'courier', 'charter', 'bank', 'bancorp', 'ppo', 'epo', 'attorneys', 'cathedral', 'academy', 'foundation', 'agency', 'brewery', 'homecare']) {
      expect(c.orgHeads.has(w), w).toBe(true);
    }
    for (const w of ['aviation', 'medevac', 'courier', 'ppo', 'epo']) {
      expect(c.orgStrongHeads.has(w), w).toBe(true);
      expect(c.orgOneCaseHeads.has(w), w).toBe(true);
    }
    expect(c.orgOneCaseLeads.has('courier')).toBe(true);
    expect(c.careHeads.some((h) => h.join(' ') === 'adult day center')).toBe(true);
  });
});

describe('organisations named by their kind after ordinary words', () => {
  it.each([
    // Mixed case: capitalised ordinary words before a strong head.
    ['Organs flown by Silver Kite Aviation, wheels up 0210.', 'Silver Kite Aviation'],
    ['Courier: Bright Arrow Medevac confirmed.', 'Bright Arrow Medevac'],
    ['Prior auth obtained via Prairie Choice PPO yesterday.', 'Prairie Choice PPO'],
    ['Works at Blue Heron Software since 2019.', 'Blue Heron Software'],
    // Mixed case: a proper word before a plain head.
    ['Donor sperm from Quorvane Bank, vial 3.', 'Quorvane Bank'],
    ['Lawyer at Tressolde Attorneys has the POA.', 'Tressolde Attorneys'],
    // Capitals: a lead, a log label or a colon before the words.
    ['TRANSFERRED VIA RAPID HAWK FLIGHT SERVICES 4 MAR.', 'RAPID HAWK FLIGHT SERVICES'],
    ['19:36 COURIER SILVER ARROW MEDICAL COURIER CONFIRMED, DRIVER ON ROUTE.', 'SILVER ARROW MEDICAL COURIER'],
    ['FLIGHT: NORTHERN STAR GROUND TRANSPORT TAIL N123AB, WHEELS UP 19:23.', 'NORTHERN STAR GROUND TRANSPORT'],
    ['PRIOR AUTH VIA GOLDEN PLAINS SELECT PPO.', 'GOLDEN PLAINS SELECT PPO'],
    ['0943 COURIER BLUE FALCON AVIATION CONFIRMED', 'BLUE FALCON AVIATION'],
    ['SOCIAL: WORKS AT MORNING GLORY SOFTWARE.', 'MORNING GLORY SOFTWARE'],
    // Lower case.
    ['started at willow brook adult day center in may; enjoys it.', 'willow brook'],
    ['auth via golden valley epo pending.', 'golden valley epo'],
    ['organs sent via swift wing medevac at 0400.', 'swift wing medevac'],
  ])('%j', (text, name) => {
    expect(orgs(text).some((o) => o.includes(name))).toBe(true);
  });
});

describe('the same heads after generic, clinical and kind words', () => {
  it.each([
    'Blood bank notified; 2 units crossmatched.',
    'Called Blood Bank with type and screen.',
    'BLOOD BANK CALLED, 2 UNITS READY.',
    'tissue bank referral declined by family.',
    'Day center staff report good participation.',
    'attends adult day center twice weekly.',
    'started at her adult day program in may.',
    'Flight nurse at bedside; ground glass opacities on CT.',
    'Medical services consulted.',
    'INTERVIEW VIA INTERPRETER SERVICES.',
    'SPECIMEN SENT VIA LAB COURIER.',
    'TRANSPORTED VIA GROUND TRANSPORT.',
    'arrived via critical care transport.',
    'transferred via ems transport.',
    'REFERRED TO SOCIAL SERVICES.',
    'VIA AIR MEDEVAC AT 0400.',
    'sent via medical courier.',
    'this note was dictated using voice recognition software.',
    'Dictated using Voice Recognition Software; may contain errors.',
    'covered via her ppo.',
  ])('%j', (text) => {
    expect(orgs(text)).toEqual([]);
  });
});
