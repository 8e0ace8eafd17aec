import { describe, expect, it } from 'vitest';
import { detectDates, detectPatterns } from '../../src/deid/patterns.js';

// Red-team gaps of the regex layer (synthetic radiology-style text, invented identifiers).
// Two rules may find the same text (they merge later): compare distinct strings.
const found = (text: string, category?: string) => [
  ...new Set(
    detectPatterns(text)
      .filter((s) => !category || s.category === category)
      .map((s) => text.slice(s.start, s.end)),
  ),
];

describe('dates the red team wrote', () => {
  it.each([
    ['Comparison CT 2024.03.05 is unchanged.', '2024.03.05'],
    ['Prior study Mar-05-24 reviewed.', 'Mar-05-24'],
    ['Prior study MAR-05-2024 reviewed.', 'MAR-05-2024'],
    ['Fell on Christmas Day 2023 at home.', 'Christmas Day 2023'],
    ["Seen in the ED on New Year's Day.", "New Year's Day"],
    ['Compared with the exam of 5.3.24.', null],
    ['Compared with the exam on 5.3.24.', '5.3.24'],
    ['DOB: 05.11.31, female.', '05.11.31'],
    ['Films dated 17.04.22 show no change.', '17.04.22'],
  ])('%j', (text, date) => {
    const dates = found(text, 'DATE');
    if (date === null) expect(dates).toEqual([]);
    else expect(dates).toEqual([date]);
  });

  it('leaves dotted versions and lab runs without a date cue', () => {
    expect(found('Workstation software 5.3.24 installed. Values 4.2.10 and 7.3.15.', 'DATE')).toEqual([]);
    expect(found('Measured 2024.5 mm.', 'DATE')).toEqual([]);
  });

  it('the leak-guard date scan sees the new forms too', () => {
    expect(detectDates('Exam 2024.03.05.').map((s) => s.category)).toEqual(['DATE']);
  });
});

describe('slash pairs and scores that are not dates', () => {
  it.each(['Reformatted 5/3 mm slices.', 'Axial 5/3mm reconstructions.', 'Lesion 3/4 cm.', 'Score 3/5 on the scale.', 'Motor strength 4/5 in the left leg.', 'Tumour grade 2/3.', 'Gleason 4+3 adenocarcinoma.'])(
    '%j has no date',
    (text) => {
      expect(found(text, 'DATE')).toEqual([]);
    },
  );

  it('a month/day pair with a cue is still a date', () => {
    expect(found('Biopsy on 5/3 showed grade 2 disease.', 'DATE')).toEqual(['5/3']);
  });
});

describe('ages over 89', () => {
  it.each([
    ['A ninety-four year old woman.', 'ninety-four'],
    ['Patient is a ninety four year old man.', 'ninety four'],
    ['History: ninety-four, lives alone.', 'ninety-four'],
    ['Aged one hundred and two.', 'one hundred and two'],
    ['A nonagenarian with dyspnoea.', 'nonagenarian'],
    ['Centenarian, fall at home.', 'Centenarian'],
    ['A supercentenarian with hip pain.', 'supercentenarian'],
    ['96F with cough.', '96'],
    ['92 M, chest pain.', '92'],
    ['94yoF fall.', '94'],
    ['101 y/o male, syncope.', '101'],
  ])('%j', (text, age) => {
    expect(found(text, 'AGE')).toEqual([age]);
  });

  it.each(['T 96 F on arrival.', 'temp 96F, afebrile since.', 'Spiked to 101 F overnight.', '96 degrees F.', 'T 96.5 F.', 'Given 90 mg IV.', 'Sat ninety-four percent on room air.', 'Ninety minutes of scan time.', 'One hundred cc of contrast.', 'A 45 F with cough.'])(
    '%j has no age',
    (text) => {
      expect(found(text, 'AGE')).toEqual([]);
    },
  );
});

describe('identifiers', () => {
  it('takes a letters-year-serial id whole when it has six digits or more', () => {
    expect(found('Accession RAD-2024-00451 was read.', 'ID')).toContain('RAD-2024-00451');
    expect(found('Order LAB-2024-4512 sent.', 'ID')).toContain('LAB-2024-4512');
    expect(found('Protocol CT-12-345 used.', 'ID')).toEqual([]);
    expect(found('HR-110-133, WBC-4000-11000.', 'ID')).toEqual([]);
  });

  it('takes a Medicare beneficiary identifier, with or without dashes, not a near miss', () => {
    expect(found('Medicare 1EG4TE5MK73 on file.', 'ID')).toEqual(['1EG4TE5MK73']);
    expect(found('Medicare 1EG4-TE5-MK73 on file.', 'ID')).toEqual(['1EG4-TE5-MK73']);
    // S and O are not MBI letters; 0 cannot lead.
    expect(found('Code 1SG4TE5MK73 and 0EG4TE5MK73.', 'ID')).toEqual([]);
  });

  it('takes a DICOM UID as one span, not an IP, date or phone inside it', () => {
    const uid = '1.2.840.113619.2.55.3.1234.5678';
    const text = `Study UID ${uid} archived.`;
    expect(detectPatterns(text).map((s) => [s.category, text.slice(s.start, s.end)])).toEqual([['ID', uid]]);
    const tricky = '1.2.3.4.20240305.555.123.4567';
    const t2 = `UID ${tricky}.`;
    expect(detectPatterns(t2).map((s) => [s.category, t2.slice(s.start, s.end)])).toEqual([['ID', tricky]]);
    expect(detectDates(t2)).toEqual([]);
    // A real address and a version number stay what they are.
    expect(found('Host 10.2.3.4. Version 1.2.3.4.5.', 'IP')).toEqual(['10.2.3.4']);
    expect(found('Version 1.2.3.4.5.', 'ID')).toEqual([]);
    // A standard SOP class UID (DICOM root 1.2.840.10008) names a kind of object, not a patient.
    expect(found('SOP class 1.2.840.10008.5.1.4.1.1.2 stored.', 'ID')).toEqual([]);
  });
});

describe('phones', () => {
  it.each([
    ['Call +44 20 7946 0958 for results.', '+44 20 7946 0958'],
    ['Call +1-617-555-0100 for results.', '+1-617-555-0100'],
    ['Call +33 1 42 68 53 00 today.', '+33 1 42 68 53 00'],
    ['Reached on beeper 4-4512.', '4-4512'],
    ['Paged Dr. on pager 4-4512.', '4-4512'],
    ['Reading room ext 4-5521.', '4-5521'],
    ['Reading room x4-5521.', '4-5521'],
  ])('%j', (text, phone) => {
    expect(found(text, 'PHONE')).toContain(phone);
  });

  it.each(['Reflexes +4 and +2 to +3 bilaterally.', '1+ edema, 2+ pulses.', 'WBC 4-4500 range, x4-5 days.', 'Effusion +2 cm.'])('%j has no phone', (text) => {
    expect(found(text, 'PHONE')).toEqual([]);
  });
});

describe('addresses and ZIP codes', () => {
  it('takes lower-case streets with their apartment', () => {
    expect(found('Pt lives at 42 maple st, apt 3b with her son.', 'ADDRESS')).toEqual(['42 maple st, apt 3b']);
    expect(found('Home: 17 old mill road.', 'ADDRESS')).toEqual(['17 old mill road']);
    expect(found('Address 9 elm ave', 'ADDRESS')).toEqual(['9 elm ave']);
    expect(found('Lives at 246 Wexford Road, Suite 200.', 'ADDRESS')).toEqual(['246 Wexford Road, Suite 200']);
  });

  it('leaves ST segments, lymph nodes, CT, Dr. and drive alone', () => {
    const text =
      '2 leads with st elevation. 3 enlarged axillary ln, largest 1.2 cm. 4 mm ct scan. 5 seen by dr smith. 2 weeks of poor resp drive. 10 pelvic ln.';
    expect(found(text, 'ADDRESS')).toEqual([]);
  });

  it('takes a box number after a P.O. or an address cue', () => {
    expect(found('Mail to P.O. Box 4412.', 'ADDRESS')).toEqual(['P.O. Box 4412']);
    expect(found('Mailing address: Box 4412.', 'ADDRESS')).toEqual(['Box 4412']);
    expect(found('Specimen box 12 in the fridge.', 'ADDRESS')).toEqual([]);
  });

  it('takes a ZIP after a lower- or Title-case state, ZIP+4 whole', () => {
    expect(found('springfield, il 62704', 'ZIP')).toEqual(['62704']);
    expect(found('Springfield, Il 62704-1234.', 'ZIP')).toEqual(['62704-1234']);
    expect(found('Boston, MA 02115-3321.', 'ZIP')).toEqual(['02115-3321']);
    expect(found('Noted, in 12345 cases.', 'ZIP')).toEqual([]);
  });

  it('takes a house number on Broadway only with a city after or an address cue before', () => {
    expect(found('Seen at 3600 Broadway, New York.', 'ADDRESS')).toEqual(['3600 Broadway']);
    expect(found('She lives at 3600 Broadway.', 'ADDRESS')).toEqual(['3600 Broadway']);
    expect(found('Played in 3600 Broadway shows.', 'ADDRESS')).toEqual([]);
  });
});

describe('vehicle identifiers', () => {
  const ids = (text: string) => detectPatterns(text).filter((s) => s.category === 'ID').map((s) => text.slice(s.start, s.end));
  it('finds a plate after its cue and a VIN, not a fixation plate or platelets', () => {
    expect(ids('Patient vehicle plate 7ABC123.')).toEqual(['7ABC123']);
    expect(ids('VIN 1HGCM82633A004352 noted.')).toEqual(['1HGCM82633A004352']);
    expect(ids('Plate 2 of the series. LATEST PLATELETS 58,000.')).toEqual([]);
  });
});

describe('nursing-note dates and local phone numbers', () => {
  const found = (text: string) => detectPatterns(text).filter((s) => s.category !== 'TIME').map((s) => `${s.category}:${text.slice(s.start, s.end)}`);
  it('finds month-day after placement / transfer verbs and in note headers', () => {
    expect(found('PICC RUE placed 4-11 by IV team. transferred here 6-17.')).toEqual(['DATE:4-11', 'DATE:6-17']);
    expect(found('Nursing Progress Note 5-25\nMICU NPN 7p-7a 5-5\nNPN 11-7\n')).toEqual(['DATE:5-25', 'DATE:5-5']);
  });

  it('finds lower-case "may 9" and "17 may" dates, not "may 2 tabs"', () => {
    expect(found('may 9 at holy family. on 17 may. pt may 2 tabs.')).toEqual(['DATE:may 9', 'DATE:17 may']);
  });

  it('finds local numbers in brackets, tagged (h)/(w) or after "reached at", and a unit number', () => {
    expect(found('PCP Dr Cook (886-8249). 555-6678 (w). can be reached at 555-3543. unit # 885-47-64.')).toEqual(
      expect.arrayContaining(['PHONE:886-8249', 'PHONE:555-6678', 'PHONE:555-3543', 'ID:885-47-64']),
    );
    expect(found('HR 60-80. Na 135-145 (135-145).')).toEqual([]);
  });
});

describe('dates after weekdays and in note headers', () => {
  const dates = (text: string) => detectPatterns(text).filter((s) => s.category === 'DATE').map((s) => text.slice(s.start, s.end));
  it.each([
    ['scope Wednesday 2/3. full code.', '2/3'],
    ['npn 7a-7p 10/10\nrajesh remains on vent', '10/10'],
    ['nursing note, days 7-10\npt remains in micu', '7-10'],
    ['granddaughter to come in 9-14.', '9-14'],
  ])('finds the date in %j', (text, date) => {
    expect(dates(text)).toContain(date);
  });
});
