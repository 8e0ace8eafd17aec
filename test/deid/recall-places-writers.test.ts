// Places of notes written by others (rules-places): the ZIP code after a state written in full and
// the town before it, house numbers with a letter, unit lines after a street, organisations named
// after a label or phrase cue. Every example is invented.
import { describe, expect, it } from 'vitest';
import { detectPhi } from '../../src/deid/detect.js';

/** The place text the rules find (LOCATION, INSTITUTION, ZIP, ADDRESS), in text order. */
const places = (text: string) =>
  detectPhi(text, undefined, { model: null })
    .filter((s) => s.category === 'LOCATION' || s.category === 'INSTITUTION' || s.category === 'ZIP' || s.category === 'ADDRESS')
    .sort((a, b) => a.start - b.start)
    .map((s) => text.slice(s.start, s.end));

describe('the ZIP code after a state, and the town before it', () => {
  it.each([
    ['Quarrendon Clinic\n12 Tamsin Way\nBrackenfold, New Mexico  22206\nPhone 555', ['Brackenfold', '22206']],
    ['1480 fennick cove drive, ostraby, vermont  00599\n\ndear colleague,', ['ostraby', '00599']],
    ['55 ORCHARD LEA LN, WESTMARCH RHODE ISLAND 09453-4453', ['WESTMARCH', '09453-4453']],
    ['Dunmarsh Hollow, Montana 05569\n\nRe: the patient', ['Dunmarsh Hollow', '05569']],
    ['Pellingham, PR 03833.', ['Pellingham', '03833']],
    ['pt at 17 garnet st, dunmore heights, pr 04187.', ['dunmore heights', '04187']],
    ['Crestmoor Pulmonary\n77 Oak Hwy\nApt 209\nTarrow VT  09361\nTel 555', ['Tarrow', '09361']],
    ['Maple Terrace, NH  09398\nPhone: 555', ['Maple Terrace', '09398']],
  ])('finds the town and ZIP code in %j', (text, want) => {
    const found = places(text).join(' | ');
    for (const w of want) expect(found).toContain(w);
  });

  it.each([
    ['Vermont 2019 trip was uneventful.'],
    ['Texas 12.5 mg daily'],
    ['WBC 11000, Ohio 10000 cells'],
    ['Georgia 12345%'],
  ])('takes no ZIP code from %j', (text) => {
    expect(detectPhi(text).filter((s) => s.category === 'ZIP' || s.category === 'ADDRESS')).toEqual([]);
  });
});

// A state code between its town and ZIP code closes the address without a comma too. Invented.
describe('the state between a town and its ZIP code', () => {
  const states = (text: string) =>
    detectPhi(text, undefined, { model: null })
      .filter((s) => s.category === 'LOCATION')
      .map((s) => text.slice(s.start, s.end))
      .join(' | ');
  it.each([
    ['lives with son at 82 Quarry Ln, Tessford NH 03299. son works nights', 'NH'],
    ['Ada Brill  44 Wexley Rd, Orrinby ME 04411 | Visit 3', 'ME'],
    ['Mailing: 9 Pike St\nDunmere VT  05601', 'VT'],
    ['lives at 17 kestrel way, ollerby pa 19001.', 'pa'],
  ])('finds the state in %j', (text, state) => {
    expect(states(text)).toMatch(new RegExp(`(?:^|\\s)${state}(?:$|\\s)`));
  });

  it.each([
    ['sent to OR 12345 units given'],
    ['ME 07921 lot expired'],
    ['PT IN 20000 steps walked'],
  ])('takes no state from %j', (text) => {
    expect(detectPhi(text, undefined, { model: null }).filter((s) => s.category === 'LOCATION')).toEqual([]);
  });
});

describe('house numbers with a letter and the unit after a street', () => {
  it.each([
    ['Wrenfield Pediatrics\n417B Tollard Hwy\nFl 3W\nAshby', ['417B Tollard Hwy', 'Fl 3W']],
    ['attention:\n578b brindle street\nsuite 3d\nhollis', ['578b brindle street', 'suite 3d']],
    ['ADDRESS IS 303A EAST QUARRY RD, UNIT 1P, EVERETTON', ['303A EAST QUARRY RD', 'UNIT 1P']],
    ['clinic\n2544 corrow dr\nunit 2l\nbear hollow', ['unit 2l']],
    ['Lives at 9 Pellham Garth Rd #14, alone.', ['#14']],
  ])('finds the street and unit in %j', (text, want) => {
    const found = places(text).join(' | ');
    for (const w of want) expect(found).toContain(w);
  });

  it.each([
    ['GIVEN 2X MG PO DR AWARE'],
    ['Pt on 4L NC, sats 95%.'],
    ['Seen on floor 3 by the team.'],
  ])('takes no address from %j', (text) => {
    expect(places(text)).toEqual([]);
  });
});

describe('organisations after a label or phrase cue', () => {
  it.each([
    ['PHARMACY: Brooksworth Pharmacy. Allergies: none', 'Brooksworth Pharmacy'],
    ['Pharmacy (Quellgreens) confirmed last fill.', 'Quellgreens'],
    ['- INSURANCE (VELMETRA) APPROVED THE STAY', 'VELMETRA'],
    ['employer: zantrovia (pilot). form requested.', 'zantrovia'],
    ['SOCIAL HISTORY: INSURANCE IS THROUGH HARBORSIDE HEALTH PLAN. LIVES ALONE.', 'HARBORSIDE HEALTH PLAN'],
    ['Recently laid off from Orvatek Systems. Never smoker.', 'Orvatek Systems'],
    ['FMLA forms for Dellmark were completed and faxed.', 'Dellmark'],
    ['Part-time at Kestrel Hardware, full-time student.', 'Kestrel Hardware'],
  ])('finds the organisation in %j', (text, org) => {
    expect(places(text).join(' ')).toContain(org);
  });

  it.each([
    ['Insurance: Medicare. Allergies: none.'],
    ['Pharmacy: pending call back.'],
    ['Transport: ambulance arranged.'],
    ['Insurance is through her husband.'],
    ['Retired from teaching in 2001.'],
    ['OSH: CT head negative.'],
  ])('takes no organisation from %j', (text) => {
    expect(places(text)).toEqual([]);
  });
});

describe('a practice acronym right after a person', () => {
  it.each([
    ['Referring: Dr. Henrik Vollmar (QPC)\nPatient called.', 'QPC'],
    ['PCP: Dr. Prudence Kavanagh, LTHC, fax 555-0134.', 'LTHC'],
    ['Caller: Trinity Osgood (RN, NWUH) callback 555-0134', 'NWUH'],
  ])('finds the acronym in %j', (text, acronym) => {
    expect(places(text)).toContain(acronym);
  });

  it.each([
    ['Seen by Dr. Ana Ruiz (ICU) today.'],
    ['Dr. John Osgood, MD, FACS.'],
    ['Dr. Ana Ruiz, PGY, agrees.'],
    ['Seen by Dr. Ana Ruiz (MRI) pending.'],
  ])('takes no acronym from %j', (text) => {
    expect(places(text)).toEqual([]);
  });
});

describe('a town after a residence verb and a companion', () => {
  it.each([
    ['Lives w/ Rowan in Haverwick.', 'Haverwick'],
    ['lives with wife in fenmarsh.', 'fenmarsh'],
    ['Attends Burnholt High. Sleeps well.', 'Burnholt High'],
  ])('finds the place in %j', (text, place) => {
    expect(places(text).join(' | ')).toContain(place);
  });

  it.each([
    ['Lives with daughter in good health.'],
    ['living with pain in left knee.'],
    ['Attends church weekly.'],
  ])('takes no place from %j', (text) => {
    expect(places(text)).toEqual([]);
  });
});

describe('letterheads and note-head acronyms', () => {
  it.each([
    ['Occupational Health\nDellmark\n824 Quarrow Ln\nDunmarsh', 'Dellmark'],
    ['DR. WANDA OSGOOD\nFENWICK GLEN CARDIOLOGY ASSOCIATES\n46 PRINCE CT\nMILLBROOK', 'FENWICK GLEN CARDIOLOGY ASSOCIATES'],
    ['date\nHarrowgate Women\'s Health\nFamily Practice\n75 North Elm Street\nPueblo', "Harrowgate Women's Health"],
    ['[Dictated for Ana Osgood.]\n\nQLH - HISTORY & PHYSICAL\nHPI: fell.', 'QLH'],
  ])('finds the organisation in %j', (text, org) => {
    expect(places(text)).toContain(org);
  });

  it.each([
    ['Clearwater Oncology\nDivision of Gastroenterology\n1094 S. Harbor Road\n', 'Division of Gastroenterology'],
    ['x\nMaria V. Shapiro\n773A Apple Blossom Avenue\n', 'Maria V. Shapiro'],
    ['Transcriptionist: D. Horowitz, Dellscribe\nJob ID 19830', 'Job'],
    [`${'Seen today, stable. '.repeat(14)}\n\nPLAN:\nMDD - improved.`, 'MDD'],
  ])('does not take %j as a place', (text, not) => {
    expect(places(text)).not.toContain(not);
  });
});

describe('the town closing a copy line after an organisation', () => {
  it('takes a capitalised word at the line end after an organisation and a comma', () => {
    const text = 'CC:\n    Ana Ruiz, MD, Fenwick Orthopedic Group, Wheeling\n    Bo Li, MD, Kennedy Community Health Center, Auburn\n';
    expect(places(text)).toContain('Wheeling');
    expect(places(text)).toContain('Auburn');
  });

  it.each([['Seen at Mercy Hospital, Tuesday\nx'], ['Seen at Mercy Hospital, Cardiology\nx'], ['Fenwick Orthopedic Group, Auburn colour noted.']])('takes no town from %j', (text) => {
    expect(places(text).join(' ')).not.toMatch(/Tuesday|Cardiology|Auburn/);
  });
});

// An agency or vendor a service is set up with: "ordered with", "arranged with" and the name after
// them; not an instruction ("as ordered with") and not a service of generic words. Invented.
describe('the agency a service is ordered or arranged with', () => {
  it.each([
    ['VNA SOC ordered with Brackley Home Care Partners. Pt agrees.', 'Brackley Home Care Partners'],
    ['Ride arranged with Tollmere Medical Transit for 3/4 0900.', 'Tollmere Medical Transit'],
    ['Hospice eval arranged with Quillan Valley Hospice, family aware.', 'Quillan Valley'],
    ['oxygen ordered with Penhallow Respiratory Supply; delivery tomorrow.', 'Penhallow Respiratory Supply'],
  ])('finds the agency in %j', (text, want) => {
    expect(places(text).join(' | ')).toContain(want);
  });

  it.each([
    ['MDIs given as ordered with increased VTs noted.'],
    ['Family meeting arranged with Case Management and daughter.'],
    ['Labs ordered with am draw.'],
    ['Consult ordered with IR for tomorrow.'],
  ])('takes no agency from %j', (text) => {
    expect(places(text)).toEqual([]);
  });
});

// "will stay with nephew R. Potter in Yarrow": the town after a verb of residence, a companion with
// an initial's dot, and "in"; a capitalised town one edit from a word ("Yarrow" ~ "marrow") counts
// there, a word or a facility does not. Invented.
describe('the town a patient stays in with a companion', () => {
  const towns = (text: string) =>
    detectPhi(text, undefined, { model: null })
      .filter((s) => s.category === 'LOCATION')
      .map((s) => text.slice(s.start, s.end));
  it.each([
    ['Will stay with niece D. Orsk in Pellmoor. Transport by family.', 'Pellmoor'],
    ['Pt plans to stay with son K. Abara in Tillow, 2nd floor apt.', 'Tillow'],
    ['lives with partner in Varrow. Independent at baseline.', 'Varrow'],
    ['Will stay with brother J. R. Vance in Quenby.', 'Quenby'],
  ])('finds the town in %j', (text, town) => {
    expect(towns(text)).toContain(town);
  });

  it.each([
    ['Will stay with son in Rehab. Team aware.'],
    ['lives with daughter in Hospice. Comfort care.'],
    ['staying with wife K. Abara in Recovery. Stable.'],
  ])('takes no town from %j', (text) => {
    expect(towns(text)).toEqual([]);
  });
});

// The congregation or club someone is a member of, with its town after "of" ("grace fellowship of
// orchard"); not a team, a household or a service. Invented.
describe('the congregation or club a patient is a member of', () => {
  it.each([
    ['pt asking for chaplain, member of hope fellowship of dunmarsh; paged pastoral care.', 'hope fellowship of dunmarsh'],
    ['Pt is a member of Bethany Tabernacle of Quillan, wants a visit.', 'Bethany Tabernacle of Quillan'],
    ['member of the elks lodge of tarrow, retired machinist', 'elks lodge of tarrow'],
    ['Member of Zion Assembly; pastor visiting today.', 'Zion Assembly'],
  ])('finds the congregation in %j', (text, want) => {
    expect(places(text).join(' | ')).toContain(want);
  });

  it.each([
    ['member of the care team at bedside.'],
    ['family member of pt called twice.'],
    ['Member of Care Team updated.'],
    ['pt is a member of the household of six.'],
  ])('takes no congregation from %j', (text) => {
    expect(places(text)).toEqual([]);
  });
});

// A hospital-shaped acronym (…H, …MC) before a floor and wing ("6 west") names the hospital, also
// opening the note; a ward alone or a clinical unit does not. Invented.
describe('a hospital acronym before its ward', () => {
  const locs = (text: string) =>
    detectPhi(text, undefined, { model: null })
      .filter((s) => s.category === 'LOCATION')
      .map((s) => text.slice(s.start, s.end));
  it.each([
    ['qmh 5 west progress note 3-2\npt ilse', 'qmh'],
    ['TVMC 4 North nursing note', 'TVMC'],
    ['Transfer summary, BRH 7 east, bed 12', 'BRH'],
    ['pkh 3 south shift note', 'pkh'],
  ])('finds the hospital in %j', (text, want) => {
    expect(locs(text)).toContain(want);
  });

  it.each([['pt moved to 6 west this am'], ['ICU 4 north handoff'], ['CCU 2 east bed 4']])('takes no hospital from %j', (text) => {
    expect(locs(text)).toEqual([]);
  });
});

// A generic word capitalised at a sentence start ("Prior", "Previous", "Outside") names no facility
// before a facility head; a proper word still does. Invented.
describe('a generic word before a facility head names nothing', () => {
  const insts = (text: string) =>
    detectPhi(text, undefined, { model: null })
      .filter((s) => s.category === 'INSTITUTION' || s.category === 'LOCATION')
      .map((s) => text.slice(s.start, s.end));
  it.each([
    ['Prior rehab after L TKA, discharged home.'],
    ['Previous Hospital stay was uncomplicated.'],
    ['Outside Hospital records requested.'],
    ['Local Rehab declined the referral.'],
  ])('takes nothing from %j', (text) => {
    expect(insts(text)).toEqual([]);
  });

  it.each([
    ['Prior rehab at Quenby Hospital, 2 wks.', 'Quenby'],
    ['Records from Tallard Rehab reviewed.', 'Tallard'],
    ['Previously at Ostrow Medical Center.', 'Ostrow'],
  ])('still finds the facility in %j', (text, want) => {
    expect(insts(text).join(' | ')).toContain(want);
  });
});

// A scale named after a person or a town before its score ("morse 55", "Braden 14") is no town;
// the same word as a residence still is. Invented.
describe('a scale before its score is no town', () => {
  const locs = (text: string) =>
    detectPhi(text, undefined, { model: null })
      .filter((s) => s.category === 'LOCATION')
      .map((s) => text.slice(s.start, s.end));
  it.each([
    ['fall risk: morse 55, bed alarm on'],
    ['Morse 35 - low fall risk'],
    ['skin: braden 14, turned q2h'],
    ['Braden: 17, heels floated'],
  ])('takes no town from %j', (text) => {
    expect(locs(text)).toEqual([]);
  });

  it.each([
    ['pt lives in Morse, 2nd floor apt.', 'Morse'],
    ['moved from morse, la last year', 'morse'],
    ['Ret. teacher from Morse, ND 58001.', 'Morse'],
  ])('still finds the town in %j', (text, want) => {
    expect(locs(text)).toContain(want);
  });
});

// "lives alone on 456 tanager way in temple,": after a street found, "in" and one word closing the
// part name the town (a word that is also a town, or no word); a unit, a year or a state word do not. Invented.
describe('the town after a street and "in"', () => {
  const locs = (text: string) =>
    detectPhi(text, undefined, { model: null })
      .filter((s) => s.category === 'LOCATION')
      .map((s) => text.slice(s.start, s.end));
  it.each([
    ['pt states lives alone on 88 heron way in temple, 3rd floor.', 'temple'],
    ['lives with wife at 12 Quill Way in Ostrowby. Independent.', 'Ostrowby'],
    ['home is 5 larch way in pellmoor, no stairs', 'pellmoor'],
    ['address 40 Kettle Way in Mercia.', 'Mercia'],
  ])('finds the town in %j', (text, want) => {
    expect(locs(text)).toContain(want);
  });

  it.each([
    ['lives at 88 heron way in pain, cannot climb stairs.', 'pain'],
    ['lives at 88 heron way in apt 4.', 'apt'],
    ['lives at 88 heron way in the back unit.', 'the'],
  ])('takes no town from %j', (text, word) => {
    expect(locs(text)).not.toContain(word);
  });
});
