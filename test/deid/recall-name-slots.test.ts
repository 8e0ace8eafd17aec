import { describe, expect, it } from 'vitest';
import { detectFreeTextNames } from '../../src/deid/free-text-names.js';
import { nameCues } from '../../src/deid/rules/deid-rules.js';

// Invented notes (issue 11): person slots (rules/en/deid-name-cues.yaml contactSlots,
// contactSlotTails, relationSlotTails, slotNonNames, calendarNames, calendarNameTails,
// patientRecaps). A name that is also a word, a month or a weekday is a name where the slot on
// both sides says a person stands; the same words in the same shape without the slot stay.
const found = (text: string) =>
  detectFreeTextNames(text, { model: null })
    .filter((s) => s.category === 'NAME')
    .map((s) => text.slice(s.start, s.end));
const bySlot = (text: string) =>
  detectFreeTextNames(text, { model: null })
    .filter((s) => s.category === 'NAME' && s.source.startsWith('name-slot:'))
    .map((s) => text.slice(s.start, s.end));

describe('the slot cues are data', () => {
  it('lists the contact verbs, their tails, the calendar names and the recap words', () => {
    const c = nameCues().cues;
    expect(c.contactSlots.words).toEqual(expect.arrayContaining(['d/w', 'returned call to', 'paged', 'spoke with']));
    expect(c.contactSlotTails.words).toEqual(expect.arrayContaining(['back', 'no answer', 'agrees', 'no callback']));
    expect(c.calendarNames.words).toEqual(expect.arrayContaining(['june', 'april', 'may']));
    expect(c.patientRecaps.words).toContain('seen for');
  });
});

describe('a name that is a word after a contact verb, closed by a contact tail', () => {
  it.each([
    ['pt stable. d/w pool, agrees.', 'pool'],
    ['rash better. d/w bond, agrees with plan.', 'bond'],
    ['DEC 2 0310: RETURNED CALL TO BRANDY, NO ANSWER, MAILBOX FULL.', 'BRANDY'],
    ['hypotensive overnight. paged peacock, no callback; re-paged at 0307.', 'peacock'],
    ['IVC PLETHORIC. D/W CASH AT 2:09 AM. FINAL TO FOLLOW.', 'CASH'],
    ['IF C/O CP -> PAGE SUNNY (GI FELLOW). FULL CODE.', 'SUNNY'],
    ['Labs drawn. returned call to rich, no answer.', 'rich'],
  ])('%s', (text, name) => {
    expect(bySlot(text)).toContain(name);
  });
});

describe('after a verb that leads only to a person, the end of the clause closes the name', () => {
  it.each([
    ['PT RESTING. RETURNED CALL TO HOPE. WILL TRY AGAIN.', 'HOPE'],
    ['PAGED CASH, NO CALLBACK. WILL UPDATE MISTY.', 'MISTY'],
    ['pt asleep. message left for ivy, will retry.', 'ivy'],
  ])('%s', (text, name) => {
    expect(bySlot(text)).toContain(name);
  });
  it.each(['RETURNED CALL TO PHARMACY.', 'RETURNED CALL TO CASE MANAGEMENT.', 'will update family.', 'WILL UPDATE TEAM.', 'message left for billing.'])('%s stays', (text) => {
    expect(bySlot(text)).toEqual([]);
  });
});

describe('a name opening a bracket before a presence tail', () => {
  it.each([
    ['Vitals ok. (Joy at bedside, translating.)', 'Joy'],
    ['BP STABLE. (FAITH AT BEDSIDE.)', 'FAITH'],
  ])('%s', (text, name) => {
    expect(found(text)).toContain(name);
  });
  it.each(['Vitals ok. (Family at bedside.)', 'Vitals ok. (Daughter at bedside.)'])('%s stays', (text) => {
    expect(found(text)).toEqual([]);
  });
});

describe('contact verbs that lead to no person stay', () => {
  it.each([
    'pt stable. d/w team, agrees.',
    'pt stable. d/w family, agrees.',
    'D/W ORTHO AT 2:09 AM.',
    'paged surgery, no callback.',
    'called pharmacy back, rx ready.',
    'called home, no answer.',
    'd/w doc, agrees.',
    'Spoke with daughter re: dispo.',
    'PAGED RADIOLOGY AT 0300, NO CALLBACK.',
  ])('%s', (text) => {
    expect(bySlot(text)).toEqual([]);
  });
});

describe('a month or weekday that is a given name, in the strongest slots', () => {
  it.each([
    ['Called June back, no answer.', 'June'],
    ['Spoke with April re: dispo.', 'April'],
    ['2/22 1:45 a: Returned call to June, no answer.', 'June'],
    ['Pt agrees with plan. June updated.', 'June'],
    ['Vitals stable.\n(June at bedside, translating.)', 'June'],
    ['I have discussed this with daughter June, who agrees.', 'June'],
    ['Discussed w/ pt and cousin April, questions answered.', 'April'],
    ['RE: Follow-up\n\nDear June,\nI saw your patient today.', 'June'],
    ['BED ALARM ON.\nJUNE (CHARGE) ASSISTED WITH TURN.', 'JUNE'],
    ['Address: 12 Elm St. With May (wife).', 'May'],
    ['ok to discharge. d/w Sunday, agrees.', 'Sunday'],
  ])('%s', (text, name) => {
    expect(bySlot(text)).toContain(name);
  });
});

describe('months and weekdays that are dates stay', () => {
  it.each([
    'Seen June 3 for follow-up.',
    'Called back Monday, no answer.',
    'per April note, labs ok.',
    'Follow up in June.',
    'Returned call June 5, no answer.',
    'daughter visited June 2019.',
    'May present with fever.',
    'Will see May 3 (wife to drive).',
    'may call back if worse.',
    'MRI done April 2nd, reviewed.',
  ])('%s', (text) => {
    expect(found(text).filter((n) => /^(?:june|april|may|sunday|monday|august)$/i.test(n))).toEqual([]);
  });
});

describe('a relative named by a word, closed by a state only a person is in', () => {
  it.each([
    ['Comfort care. Family wife daisy at bedside, chaplain called.', 'daisy'],
    ['Family (guardian opal) updated at 0400.', 'opal'],
    ['dc teaching done w/ pt and gunner - friend. meds reviewed.', 'gunner'],
    ['Time of death 0405.\ndawn - wife notified.', 'dawn'],
    ['DC TEACHING DONE. SON-IN-LAW ART DROVE PT HOME.', 'ART'],
  ])('%s', (text, name) => {
    expect(bySlot(text)).toContain(name);
  });
  it.each([
    'Comfort care. wife sick at bedside.',
    'Pt lives with son. son well.',
    'husband home - daughter drives.',
    'Pain - wife reports worse at night.',
  ])('%s stays', (text) => {
    expect(bySlot(text)).toEqual([]);
  });
});

describe('a recap line: name, age, seen for', () => {
  it.each([
    ['RECAP: PAGE, 5, SEEN FOR ASTHMA FLARE.', 'PAGE'],
    ['Recap: Ward, 38, seen for chf exacerbation.', 'Ward'],
    ['Summary: Blessing, 84, admitted for sbo.', 'Blessing'],
    ['Hope, 7 yo, presents with wheeze.', 'Hope'],
  ])('%s', (text, name) => {
    expect(bySlot(text)).toContain(name);
  });
  it.each([
    'RECAP: ASTHMA, 5, SEEN FOR FLARE.',
    'Pain, 5, with movement.',
    'Recap: Ward 5, seen for chf.',
    'Recap: Hope, seen for chf.',
  ])('%s stays', (text) => {
    expect(bySlot(text)).toEqual([]);
  });
});

describe('a staff role written as a label before a name that is a word', () => {
  it.each([
    ['HX: OUD, ON METHADONE, COUNSELOR COLT. NO IVDU.', 'COLT'],
    ['f/u with therapist faith tuesday. call if crisis.', 'faith'],
    ['Sponsor Hope checks in daily.', 'Hope'],
  ])('%s', (text, name) => {
    expect(found(text)).toContain(name);
  });
  it.each(['THERAPIST WILL CALL PT.', 'therapist recommends daily walks.', 'counselor to follow.'])('%s stays', (text) => {
    expect(found(text)).toEqual([]);
  });
});

describe("a name opening its clause before a person's plan", () => {
  it.each([
    ['Labs reviewed.\nGlen will bring pt to clinic Monday.', 'Glen'],
    ['K 3.0, repleted.\nLake to see pt this afternoon.', 'Lake'],
    ['Plan discussed. Joy to relay recs to primary team.', 'Joy'],
    ['NO ANSWER X2. GUY SAYS HE HAS APPT.', 'GUY'],
    ['Spoke with Bliss re: dispo; Sandy will drive pt home.', 'Sandy'],
    ['Time of death 0405. Family present: Faith, Pearl.', 'Faith'],
  ])('%s', (text, name) => {
    expect(found(text)).toContain(name);
  });
  it.each(['Pt stable.\nCards to see pt today.', 'Pt stable. Derm to see pt.', 'Pt stable. Neuro will see pt.', 'Family wants update.', 'Pt says pain better.', 'Ambulance will drive pt home.'])('%s stays', (text) => {
    expect(found(text)).toEqual([]);
  });
});

describe('a contact slot closed by the time of the call or its count', () => {
  it.each([
    ['SW WILL CALL MAJOR TOMORROW.', 'MAJOR'],
    ['sw will call wren tomorrow re: housing.', 'wren'],
    ['CALLED BUTCH X2, PHONE DISCONNECTED.', 'BUTCH'],
  ])('%s', (text, name) => {
    expect(bySlot(text)).toContain(name);
  });
  it.each(['will call back tomorrow.', 'WILL CALL PHARMACY TOMORROW.', 'called home x2.', 'will call ortho tomorrow.', 'pt will call again tomorrow.'])('%s stays', (text) => {
    expect(bySlot(text)).toEqual([]);
  });
});

describe('the name a patient goes by', () => {
  it.each([
    ['PT PREFERS TO BE CALLED OLENA.', 'OLENA'],
    ['pt prefers to be called bill.', 'bill'],
    ['Pt likes to be called Sunny, per family.', 'Sunny'],
  ])('%s', (text, name) => {
    expect(found(text)).toContain(name);
  });
  it.each(['pt prefers to be called by her first name.', 'PT PREFERS TO BE CALLED AT HOME.'])('%s stays', (text) => {
    expect(bySlot(text)).toEqual([]);
  });
});

describe('a name after a greeting opening its line', () => {
  it.each([
    ['SUBJECT: TRAVEL\nHEY COLT I WILL BE AWAY FROM JUN 10.', 'COLT'],
    ['subject: bill\n\nhey khadijja the lady at the front desk said to message.', 'khadijja'],
    ['Hi Journey, my husband has the same cough.', 'Journey'],
    ['Good morning Hope!', 'Hope'],
  ])('%s', (text, name) => {
    expect(bySlot(text)).toContain(name);
  });
  it.each(['Hi there, I need a refill.', 'hey all, quick question.', 'Hello again.', 'Hi team, update below.', 'hi doc, thanks.'])('%s stays', (text) => {
    expect(bySlot(text)).toEqual([]);
  });
});

describe('a name alone in brackets after a staff label', () => {
  it.each([
    ['CHAPLAIN (CLIFF): PT JEWISH.', 'CLIFF'],
    ['hospital bed set up.\nsw (nkechi): funeral pre-planning.', 'nkechi'],
  ])('%s', (text, name) => {
    expect(found(text)).toContain(name);
  });
  it.each(['SW (SOCIAL WORK) CONSULTED.', 'interpreter (spanish) used.', 'sitter (1:1) at bedside.', 'chaplain (catholic) visited.'])('%s stays', (text) => {
    expect(found(text)).toEqual([]);
  });
});

// Invented notes (session 22): more person slots — a report or results handed to someone, a
// salutation, a month or weekday closing a clause after "per", a person present or notified at a
// time, and a possessive written without its apostrophe before a room word.
describe('more person slots', () => {
  it.each([
    ['PACU COURSE UNEVENTFUL. REPORT GIVEN TO BRANDY, VITALS STABLE.', 'BRANDY'],
    ['labs drawn by mobile lab, results to hazel. aide in for bath.', 'hazel'],
    ['DEAR HONEY,\n\nTHANK YOU FOR THE REFERRAL.', 'HONEY'],
    ['Pt hopeful about the move, per June. Lives alone.', 'June'],
    ['lungs clear. ok per sunday. aunt in to visit.', 'sunday'],
    ['Stood from chair w/o assist; Hope present. Works part time.', 'Hope'],
    ['Specimen hemolyzed. Rejected per policy. Bishop notified at 09:12.', 'Bishop'],
    ['aide heard yelling from florences room, when i went in she was on the floor', 'florences'],
  ])('%s', (text, name) => {
    expect(found(text)).toContain(name);
  });
  it.each([
    ['results to date reviewed with pt.', 'date'],
    ['Results to follow.', 'follow'],
    ['Dear Sir or Madam,', 'Madam'],
    ['seen per April note, no change.', 'April'],
    ['collateral supply present.', 'supply'],
    ['Pain present. Edema present.', 'Pain'],
    ['Physician notified at 0800.', 'Physician'],
    ['yelling from the nurses room, came to help.', 'nurses'],
    ['brought back to patients room by transport.', 'patients'],
  ])('%s stays', (text, word) => {
    expect(found(text)).not.toContain(word);
  });
});
