// Names written "LAST, FIRST" whose words are also ordinary words or eponyms (issue 11, recall of
// names): after a field label naming a person, in a line opened by the pair with an age after it; a
// hyphenated given name in a list of people; a message's writer after a closing dash. Every example
// is invented.
import { describe, expect, it } from 'vitest';
import { ruleNames as names } from './rule-spans.js';

describe('a "LAST, FIRST" pair after a person label', () => {
  it.each([
    ['REFERRING PHYSICIAN: FROST, WINTER K\nINDICATION: HEADACHE\n', ['FROST', 'WINTER', 'K']],
    ['Study: CT head\nOrdering: Bishop, Tavish R   Reading: Cole, Ingrid\n', ['Bishop', 'Tavish', 'R', 'Cole']],
    ['transfer call\npatient: sharpe, douglas m.  age 41\naccepting: hospitalist\n', ['sharpe', 'douglas', 'm']],
    ['op note\npt: rose, echo  #551-20-93\nprocedure: drain\n', ['rose', 'echo']],
    ['CONTACTS: OKAFOR, BRANDY 617-555-0148; GROVE, SUMMER 508-555-0193.\n', ['GROVE', 'SUMMER']],
    ['Witness 1: lindgren, may - "She slid off the chair."\n', ['lindgren', 'may']],
    ['Med given as ordered.\nElectronically signed by little, oyelaran (NP)\n', ['little', 'oyelaran']],
    ['Reviewed by: Hale, Storm J\n', ['Hale', 'Storm', 'J']],
    ['SURGEON: Quill, Annika H. MD\nASSISTANTS: FORD, DESTINY DO; Ines Varga, PA\n', ['FORD', 'DESTINY']],
  ])('takes the pair in %j', (text, expected) => {
    expect(names(text)).toEqual(expect.arrayContaining(expected));
  });

  it.each([
    'Pain: sharp, dull\n',
    'Diet: regular, soft\n',
    'Plan: rest, ice\n',
    'Allergies: penicillin, sulfa\n',
    'Code: full, DNR\n',
    'Patient: alert, oriented  age 45\n',
    'Pt: calm, cooperative\n',
    'Reviewed by: radiology, neurology\n',
    'Contact: daughter, son\n',
    'Patient: Female, 45\n',
    'Patient: White, Male, 45 y/o\n',
    'Verified by: Vernon, MLS(ASCP)  1728\n',
    'Signed by: rest, ice do not\n',
  ])('leaves the words of %j', (text) => {
    const found = names(text);
    for (const w of ['sharp', 'dull', 'regular', 'soft', 'rest', 'ice', 'penicillin', 'sulfa', 'full', 'DNR', 'alert', 'oriented', 'calm', 'cooperative', 'radiology', 'neurology', 'daughter', 'son', 'Female', 'Male', 'MLS', 'ice']) {
      expect(found).not.toContain(w);
    }
  });
});

describe('a "LAST, FIRST" pair opening a line, an age after it', () => {
  it.each([
    ['CATH REPORT\nMEADOW, CHANCE | 71F | RIVERSIDE\n', ['MEADOW', 'CHANCE']],
    ['IDT review\nPt FORREST, JUNE, 83 y/o LOS 12 d.\n', ['FORREST', 'JUNE']],
    ['Census\nPIKE, GRACE, 64 yo\n', ['PIKE', 'GRACE']],
  ])('takes the pair in %j', (text, expected) => {
    expect(names(text)).toEqual(expect.arrayContaining(expected));
  });

  it.each(['Catheter, Foley 16F\n', 'Abdomen, Soft, 45 yo\n', 'Breast, Left | 45F\n', 'Pain, Back, 45 y/o\n'])('leaves %j', (text) => {
    expect(names(text)).toEqual([]);
  });
});

describe('a hyphenated given name in a list of people', () => {
  it.each([
    ['Family present: Ji-woo, Sunita. Chaplain called.\n', ['Ji', 'woo', 'Sunita']],
    ['Family present: Oyelaran, Seo-yeon.\n', ['Seo', 'yeon']],
  ])('takes the items of %j', (text, expected) => {
    expect(names(text)).toEqual(expect.arrayContaining(expected));
  });

  it.each(['Family present: Self-care, Follow-up.\n', 'At bedside: Well-being, Non-smoker.\n'])('leaves %j', (text) => {
    expect(names(text)).toEqual([]);
  });
});

describe('a one-word sign-off after a dash closing a message', () => {
  it.each([
    ['Rx sent to pharmacy. Pt notified via portal. -Warden\nNext entry\n', 'Warden'],
    ['Refill approved. Called pt. -Park\nNov 3 entry\n', 'Park'],
    ['I moved last month, please update. -Quillon\n', 'Quillon'],
    ['tried to call but nobody picks up. -raiv\n---\n', 'raiv'],
  ])('takes the writer of %j', (text, writer) => {
    expect(names(text)).toContain(writer);
  });

  it.each([
    'Doing well. -Continue\n',
    'BP ok. -Lasix\n',
    'Walked in hall. -Will\n',
    'Labs reviewed. -Done\n',
    'Seen today. -Thanks\n',
    'Plan discussed. -Noted\n',
  ])('leaves %j', (text) => {
    expect(names(text)).toEqual([]);
  });
});
