import { describe, expect, it } from 'vitest';
import { detectFreeTextNames } from '../../src/deid/free-text-names.js';

// Invented notes: person names the writers' nursing / community notes hold where the layout, not a
// name list, says a person stands (rules/en/deid-name-cues.yaml: staffLeads, contactLeads,
// listLeads, listClosers, listTails, presenceTails, roleBrackets, contactClosers). Names that are
// also English words ("HOPE", "PEARL", "MAJOR", "KING") are the point of the classes.
const names = (text: string, profile: 'balanced' | 'strict' = 'balanced') =>
  detectFreeTextNames(text, { model: null, profile })
    .filter((s) => s.category === 'NAME')
    .map((s) => text.slice(s.start, s.end));

describe('a name right after a staff role written as a label', () => {
  it.each([
    ['Pt restless overnight.\nCharge RN noor valcourt spoke with family.', ['noor', 'valcourt']],
    ['TELE ALERT: VT 6 BEATS\nmonitor tech Robin called, pt asymptomatic', ['Robin']],
    ['SKIN INTACT.\nSW PEARL FOLLOWING; PHARMACY AWARE', ['PEARL']],
    ['LABS SENT.\nCOVERING RN MERCY DURING BREAK 1200-1230', ['MERCY']],
    ['[x] pt introduced to oncoming RN thuy\n[x] lines traced', ['thuy']],
    ['requested sitter; charge Hope to call staffing office', ['Hope']],
    ['HEMODYNAMICALLY STABLE.\nTRANSFER COORDINATOR MAJOR KING\n', ['MAJOR', 'KING']],
    ['DIET ADVANCED.\nCM RICH WORKING ON PLACEMENT', ['RICH']],
  ])('%s', (text, expected) => {
    expect(names(text)).toEqual(expect.arrayContaining(expected));
  });
});

describe('a name after a contact cue', () => {
  it.each([
    ['PT ALERT.\nLIVES WITH IVY OKONKWO AT 12 ELM RD', ['IVY', 'OKONKWO']],
    ['Dispo pending. Lives with Pearl in Dover.', ['Pearl']],
    ['FALL PRECAUTIONS.\nMESSAGE FROM GRACE: RUNNING LATE', ['GRACE']],
    ['wound care done. called ivy back, no answer, left vm', ['ivy']],
    ['DRESSING CHANGED.\nSPOKE WITH KING RE: DISPO', ['KING']],
    ['- d/w lark fenwick who agrees w/ plan', ['lark', 'fenwick']],
  ])('%s', (text, expected) => {
    expect(names(text)).toEqual(expect.arrayContaining(expected));
  });
});

describe('the items of a list of people', () => {
  it.each([
    ['ADDENDUM 0310: FAMILY IN TO VISIT: ROSA QUILLFEATHER, DRAGOMIR, CHASE BLOMQVIST, ADAEZE.\n', ['ROSA', 'QUILLFEATHER', 'CHASE', 'BLOMQVIST', 'ADAEZE']],
    ['AT BEDSIDE: TOBIAS GRUENWALD (SON-IN-LAW), RICH - SON-IN-LAW, BUCK - NEIGHBOR. CHAPLAIN PAGED', ['RICH', 'BUCK']],
    ['code note: recorder hunter okafor rn; compressions mercy, ray.\n', ['mercy', 'ray']],
    ['CHILDREN: SOKHA (14), HONEY (10), CURRENTLY WITH GRANDMOTHER', ['SOKHA', 'HONEY']],
    ['SATS 95%. P/F 210. FAWN AND MAJOR AT BEDSIDE OVERNIGHT.', ['FAWN', 'MAJOR']],
    ['psychosoc: misty and folarin at bedside overnight', ['misty', 'folarin']],
    ['Comfort care. Family inés & Dale & Cooper aware.', ['inés', 'Dale', 'Cooper']],
    ['NO INFO GIVEN.\nDON/GLEN AWARE OF PLAN.', ['DON', 'GLEN']],
  ])('%s', (text, expected) => {
    expect(names(text)).toEqual(expect.arrayContaining(expected));
  });
});

describe('one person opening a line before a presence cue', () => {
  it.each([
    ['transferred via bed w/ tele at 2245.\nsoyeon at bedside overnight.', ['soyeon']],
    ['1812 tylenol 650 po\n1847 dolores updated\n1900 abd girth 118 cm', ['dolores']],
    ['12 GRANITE BLVD\nDESTINY HERE UNTIL 2000, WILL RETURN AM', ['DESTINY']],
    ['Pt resting comfortably. Precious at bedside.', ['Precious']],
  ])('%s', (text, expected) => {
    expect(names(text)).toEqual(expect.arrayContaining(expected));
  });
});

describe('a name before a bracketed role, a possessive name before a relation', () => {
  it.each([
    ['MAG 2 G IV GIVEN.\n\nKING (CHARGE) ASSISTED WITH TURN', ['KING']],
    ['PT CALM.\nGLADYS (THERAPIST) AND WREN (PSYCHIATRIST) AWARE', ['GLADYS', 'WREN']],
    ['SIGNED ABOVE.\n\nHOLLY\'S NIECE OKSANA ASKING ABOUT VISITING', ["HOLLY'S"]],
    ['belongings: dentures.\nobinna\'s daughter asking for update', ["obinna's"]],
    // A credential, post-nominal or staff tag of the rules alone in the bracket names the run before it too.
    ['Induction uneventful.\nOrsolya (SRNA) assisted with the airway.', ['Orsolya']],
    ['COUNTS CORRECT.\nQUILLAN (CST) AND TAVISH (RNFA) SCRUBBED', ['QUILLAN', 'TAVISH']],
    ['Feeds advanced.\nMarisol Quenby (CDCES) reviewed the pump settings.', ['Marisol', 'Quenby']],
  ])('%s', (text, expected) => {
    expect(names(text)).toEqual(expect.arrayContaining(expected));
  });

  it.each([
    // No name run before the bracket: clinical words and abbreviations keep their own.
    ['Right eye (OD) 20/40, left eye (OS) 20/25.', 'eye'],
    ['Physical therapy (PT) to evaluate gait.', 'therapy'],
  ])('%s keeps its words', (text, word) => {
    expect(names(text).join(' ').toLowerCase()).not.toContain(word);
  });
});

describe('a name before ", who", a role after a comma, new relations and credentials', () => {
  it.each([
    ['GREENFIELD COLLEGE. TALKS ABOUT HOPE, WHO RELAPSED.', ['HOPE']],
    ['SATS 92%.\nDISCUSSED WITH ROSEMARY LINDQVIST, MD: CONTINUE', ['ROSEMARY', 'LINDQVIST']],
    ['SAFETY PLAN DONE, PT LISTS BLESSING AND MOHAMMED AS CONTACTS', ['BLESSING', 'MOHAMMED']],
    ['Sources: pt, goddaughter Sky (555.010.0199), records', ['Sky']],
    ["Pt's child Essiya (12) is with grandmother", ['Essiya']],
    ['F/U TUESDAY.\nMARISOL VIRTANEN, LMHC', ['VIRTANEN']],
  ])('%s', (text, expected) => {
    expect(names(text)).toEqual(expect.arrayContaining(expected));
  });
  it.each(['female quadraplegic, who per report was smoking', 'Pt is a female, who lives alone', 'She called her son, who is a nurse.'])('stays: %s', (text) => {
    expect(names(text)).toEqual([]);
  });
});

describe('a "LAST, FIRST" pair between spaced slashes or opening a census line', () => {
  it.each([
    ['WOUND VAC ON.\nRM 911A / REED, HOLLY / 80 Y/O F\nNEURO CHECKS', ['REED', 'HOLLY']],
    ['will f/u on rounds\n25 - Ball, Major 64F PE; will notify MD', ['Ball', 'Major']],
    ['CENSUS\n7 - OKONJO, GRACE 71M CHF', ['OKONJO', 'GRACE']],
  ])('%s', (text, expected) => {
    expect(names(text)).toEqual(expect.arrayContaining(expected));
  });
  it.each(['Meds:\n1. Aspirin, Tylenol 81 mg', 'BP 120/80 / HR 80, RR 18 / SAT 99', 'Plan:\n2 - Pain, anxiety 5/10'])('stays: %s', (text) => {
    expect(names(text)).toEqual([]);
  });
});

describe('what stays: units, forms, staff, relations, drugs and scales in the same positions', () => {
  it.each([
    'RECEIVED INTUBATED WITH A #8 ETT SECURED AT THE 24 CM MARK AT THE LIP',
    'coccyx dark in color 2cm round area, vigilon applied',
    'PER FAMILY MEMEBERS, PT IS ORIENTED WHEN AWAKE',
    'found pt unresponsive, pulseless at 0145. cpr started',
    'SITTER AT BEDSIDE. MOLST UPDATED: DNR',
    'PT AND FAMILY AWARE. SON AND DAUGHTER AT BEDSIDE. RN AND MD AWARE',
    'Chart updated. Husband at bedside. Plan updated.',
    'MORSE AND BRADLOW REASSESSED',
    'SW faxed referral to HHA for housing search',
    'PROTECTIVE: CHILDREN, FAITH (NEW LIFE TABERNACLE), FUTURE ORIENTATION',
    'CALLED BACK RE: LABS',
    'pt asking for Xanax, given Ativan 0.5 mg PO',
    'PT RESTING.\nDAUGTHER AT BEDSIDE OVERNIGHT',
  ])('%s', (text) => {
    const found = names(text);
    for (const w of ['MARK', 'round', 'MEMEBERS', 'pulseless', 'SITTER', 'MOLST', 'FAMILY', 'SON', 'DAUGHTER', 'Chart', 'Plan', 'Husband', 'MORSE', 'faxed', 'FAITH', 'BACK', 'Xanax', 'DAUGTHER']) expect(found).not.toContain(w);
  });
});
