import { describe, expect, it } from 'vitest';
import { detectFreeTextNames } from '../../src/deid/free-text-names.js';

const names = (text: string) =>
  detectFreeTextNames(text)
    .filter((s) => s.category === 'NAME')
    .map((s) => text.slice(s.start, s.end));

describe('free-text names: titles, initials and credentials', () => {
  it('reads a plural possessive title ("Drs\'") as a title', () => {
    expect(names("Family in attendance. Drs' Ravel and Quimbly pronounced.")).toEqual(expect.arrayContaining(['Ravel', 'Quimbly']));
  });

  it('takes a bare capital after a title as an initial in a lower-case note', () => {
    expect(names('lytes checked, heparin held. Dr B Muse in to see pt, bp low, levo restarted per team.')).toEqual(
      expect.arrayContaining(['B', 'Muse']),
    );
  });

  it('keeps "PA" / "NP" as the pulmonary artery or nasal prongs, not a credential', () => {
    expect(names('Hemodynamics PA 54/18 after blood. Pts PA pressures high. Resp: 2l NP lungs clear.')).toEqual([]);
  });

  it('still reads "NP" after a name as a credential', () => {
    expect(names('Drainage noted. E. Nessenson NP aware and evaluated.')).toEqual(expect.arrayContaining(['E', 'Nessenson']));
  });

  it('reads "MR." with a dot and a blank as a title in an all-capitals note, not "ms." before a clinical word', () => {
    expect(names('NOTES WRITTEN AT 0732 REFER TO MR. QUIBBLETON, NOT MR. ZARNOWSKA.')).toEqual(['QUIBBLETON', 'ZARNOWSKA']);
    expect(names('p: follow abgs. assess ms. med for safety. enc po intake.')).toEqual([]);
  });

  it('finds a capitalised surname that starts a common word before "notified"', () => {
    expect(names('Fluid bolus given w/ minimal effect. HO Falco notified, no other intervention.')).toContain('Falco');
  });

  it('finds a lower-case first and last name signing a mixed-case note before "rn"', () => {
    expect(names('Plan per oncology note. Pain controlled.\nanita morris rn\n')).toEqual(['anita', 'morris']);
    expect(names('Dressing changed by wound care rn\n')).toEqual([]);
  });

  it('finds an initial and a surname (even an eponym) before an order or awareness verb', () => {
    expect(names('UOP DROPPED WITH ELEVATED PAPS, K PARKINSON ORDERED EPI DRIP TO BE INCREASED.')).toEqual(['K', 'PARKINSON']);
    expect(names('No further N/V. Droperidol ordered but not needed. L Foley ordered. a CXR ordered.')).toEqual([]);
  });

  it('reads "able to reach", "contacts" and "left a message for" as name cues', () => {
    expect(names('Only able to reach Rob.. will call back.')).toEqual(['Rob']);
    expect(names('PLAN: CASE MANAGEMENT CONTACTS KAREN ANN QUELLORY')).toEqual(['KAREN', 'ANN', 'QUELLORY']);
    expect(names('Left a message for Zelinski re plan.')).toEqual(['Zelinski']);
    expect(names('Unable to reach the family, contacted social work.')).toEqual([]);
  });

  it('finds a lower-case first name and an unknown surname after a cue, not a phrase of words', () => {
    expect(names('dsg changed, site is wnl. will consult with patty quellhorn re skin care.')).toEqual(['patty', 'quellhorn']);
    expect(names('dsg changed, site is wnl. will consult with wound care re skin.')).toEqual([]);
  });

  it('takes a surname that is also a word after a title and a first name, and an "O" written apart', () => {
    expect(names('Orders signed on chart by Dr. Art White. Will stop pressors.')).toEqual(['Art', 'White']);
    expect(names('SBP down to 80s. Dr. o rourke and Dr. Stronczek in room.')).toEqual(expect.arrayContaining(['o', 'rourke', 'Stronczek']));
    expect(names('Seen by Dr. Smith. Right lower lobe clear.')).toEqual(['Smith']);
  });

  it('continues a name list with "and" plus an initial and a surname', () => {
    expect(names("Cash counted. nsg (Dana Quellhorn and j. o'varrick) verified amt of cash.")).toEqual(expect.arrayContaining(['j', "o'varrick"]));
    expect(names('Seen by Dr. Quellhorn and a. fib noted.')).toEqual(['Quellhorn']);
  });

  it('finds the person named as the family contact or proxy, not a relation word', () => {
    expect(names('Family at bedside last night. Anne is family contact/interpreter.')).toEqual(['Anne']);
    expect(names('Plan reviewed. Grandaughter is HCP. Daughter is the contact.')).toEqual([]);
  });
});

describe('free-text names: appositions, coordination and initials', () => {
  it('reads a Title-case word set off by commas after a relation as the name, even when it is an abbreviation', () => {
    expect(names('Family: Brother, Ed, phoned twice today.')).toEqual(['Ed']);
    expect(names('Daughter, Rose, at bedside most of the day.')).toEqual(['Rose']);
  });

  it('takes one or two name-shaped words joined by "and" to a titled name', () => {
    expect(names('KCL GIVEN. LOTTE VARNAK AND DR QUENTIN AWARE.')).toEqual(expect.arrayContaining(['LOTTE', 'VARNAK', 'QUENTIN']));
    expect(names('HOUSE OFFICER AND DR QUENTIN AWARE.')).toEqual(['QUENTIN']);
  });

  it('takes an initial after a title in an all-capitals note', () => {
    expect(names('SON HAS BEEN INVOLVED WITH MS T. CARE PLANS.')).toEqual(['T']);
  });

  it('takes a lower-case initial after "per" / "by" before a surname, not a shorthand letter', () => {
    expect(names('heparin held per d ross.').sort()).toEqual(['d', 'ross']);
    expect(names('pt seen by c ross')).not.toContain('c');
  });

  it('joins a first name that is also a word to the surname after it', () => {
    expect(names('contact was made with martin carey from ethics.').sort()).toEqual(['carey', 'martin']);
  });
});

describe('free-text names: what is not a name', () => {
  it.each([
    ['HOUSE STAFF NOTIFIED. DOPAMINE TITRATED BACK TO 5.'],
    ['Pt asking for wife. Reorients easily.'],
    ['SPOKE TO MED TEAM AT LENGTH.'],
    ['Seen by Cardiology service this am.'],
    ['Family updated by RN/MD.'],
    ['Anderson tubes not currently in unit.'],
    ['Voiced desire to make their father CMO, then left.'],
    ['High bp reported to h.o. bp now 150s.'],
    ['Weaned per Dr. Quimby-thinking is that dopa may hurt.'],
  ])('finds no name in %j', (text) => {
    expect(names(text).filter((n) => n !== 'Quimby')).toEqual([]);
  });
});

describe('free-text names: headers, accents, Irish and eponym surnames', () => {
  it('finds names with letters beyond ASCII, whole', () => {
    expect(names('Discussed with Dr. François Lefèvre. Read by Zoë Quellström, MD.')).toEqual(expect.arrayContaining(['François', 'Lefèvre', 'Zoë', 'Quellström']));
  });

  it('takes a header name field and a Title-case name right after "Patient"', () => {
    expect(names('Patient: Tran, Thi Mai\nMRN: 1234567')).toEqual(['Tran', 'Thi', 'Mai']);
    expect(names("PATIENT NAME: O'BRIEN, PATRICK J\nDOB: 01/02/1950")).toEqual(expect.arrayContaining(["O'BRIEN", 'PATRICK', 'J']));
    expect(names('Patient John Smith, 64M, for chest pain.').sort()).toEqual(['John', 'Smith']);
    expect(names('Patient Denies pain. Patient Will Need follow-up.')).toEqual([]);
  });

  it('takes transcriptionist initials after "Transcribed by"', () => {
    expect(names('Transcribed by: kmw')).toEqual(['kmw']);
  });

  it('keeps eponym phrases while common surnames count as names elsewhere', () => {
    expect(names('Jones fracture of the 5th metatarsal. Murphy sign negative. Hill-Sachs lesion. Barrett esophagus. Glasgow coma scale 15.')).toEqual([]);
    expect(names('PA-C Jordan Quellhorn saw the patient.')).not.toContain('C');
  });
});

describe('free-text names: a Title-case first and last name side by side', () => {
  it('takes the pair even when both are also words, in a mixed-case note', () => {
    expect(names('John Smith was seen in clinic.').sort()).toEqual(['John', 'Smith']);
  });

  it('leaves clinical phrases and three-word headings alone', () => {
    expect(names('Dispo: Full Code. Status: Full Treat.')).toEqual([]);
    expect(names('Transferred from Rose Hill Medical Center.')).toEqual([]);
    expect(names('Clinical History Mild Cardiomegaly.')).toEqual([]);
  });
});

describe("free-text names: O' shorthand", () => {
  it("reads C/O'ing as shorthand, O'Brien as a name", () => {
    expect(names("C/O'ing of pain in L shoulder. Spoke with Mr. O'Brien.")).toEqual(["O'Brien"]);
  });
});

describe('free-text names: a surname that is also a word, before a verb', () => {
  it('takes it before a verb of a person, not before a clinical phrase', () => {
    expect(names('Dr. Hope White agreed with the plan.')).toEqual(['Hope', 'White']);
    expect(names('Seen by Dr. Quimby-Jones Right lower lobe clear.')).not.toContain('Right');
  });
});

describe('free-text names: radiology signature lines and eponyms', () => {
  it('takes dictation initials on a line of their own or after the D:/T: stamps', () => {
    expect(names('Electronically signed by Dr. Quimby\nJRS/kmw\n')).toEqual(expect.arrayContaining(['JRS', 'kmw']));
    expect(names('D: 03/05/2024 T: 03/05/2024 AKP/tl')).toEqual(['AKP', 'tl']);
    expect(names('PA/lat views obtained.\nsero/san drainage\nblue/grn')).toEqual([]);
  });

  it('takes the name after a referring / ordering physician or technologist label', () => {
    expect(names('Referring physician: Grzegorz Brzeczyszczykiewicz, DO.')).toEqual(expect.arrayContaining(['Grzegorz', 'Brzeczyszczykiewicz']));
    expect(names('Technologist: Ana Oyelowo')).toEqual(['Ana', 'Oyelowo']);
  });

  it('keeps eponym chains and eponyms before their head word', () => {
    expect(names('Galen vein. Harrington rods. Child-Pugh B. Churg-Strauss. Fitz-Hugh-Curtis. Rasmussen encephalitis. Bennett fracture. Nissen fundoplication. Siemens scanner.')).toEqual([]);
  });
});

describe('free-text names: particles', () => {
  it('carries a name over particles before a Title-case part', () => {
    expect(names('Read by Dr. Jan van der Berg.')).toEqual(expect.arrayContaining(['Jan', 'van', 'der', 'Berg']));
    expect(names('Seen by Dr. Maria de la Cruz today.')).toEqual(expect.arrayContaining(['Maria', 'de', 'la', 'Cruz']));
    expect(names('Discussed with Dr. Quimby and the team.')).toEqual(['Quimby']);
  });
});

describe('free-text names: initials blocks, particles, accents and hyphenated given names', () => {
  it('takes dictation initials before the D:/T: stamps, after a signature dash and in a copy list', () => {
    expect(names('jd/kmw  D: 03/05/2024  T: 03/06/2024')).toEqual(['jd', 'kmw']);
    expect(names('DISCUSSED BY PHONE. -- ADEBAYO/JT')).toEqual(expect.arrayContaining(['ADEBAYO', 'JT']));
    expect(names('RJ:mp 3/5/24')).toEqual(['RJ', 'mp']);
    expect(names('cc: JS; KLM')).toEqual(['JS', 'KLM']);
    expect(names('HX OF CVA/TIA. PMHX: USA.')).toEqual([]);
  });

  it('carries a titled name over leading particles and accented parts', () => {
    expect(names('Discussed with Dr. dos Santos Pereira.')).toEqual(expect.arrayContaining(['dos', 'Santos', 'Pereira']));
    expect(names('Discussed with Dr. Nguyen Văn Thanh.')).toEqual(expect.arrayContaining(['Nguyen', 'Văn', 'Thanh']));
  });

  it('takes a hyphenated given name after "LAST,"', () => {
    expect(names('Ordering provider: LEE, SUN-HEE (MD).')).toEqual(expect.arrayContaining(['LEE', 'SUN', 'HEE']));
  });
});

describe('free-text names: staff roles and relations in brackets (nursing-note style)', () => {
  it('takes a name after a staff role, a Title-case word-name only in mixed case', () => {
    expect(names('Family mtg w/ Dr. Quimby and SW Ruby. plan extubate per CM Will Banks.')).toEqual(expect.arrayContaining(['Ruby', 'Will', 'Banks']));
    expect(names('ett secured at the 24 cm mark at the lip. see rt flowsheet. intern last noc.')).toEqual([]);
    expect(names('sedated with fentanyl by Rn . Full code.')).toEqual([]);
  });

  it('takes the name before a relation in brackets and a signature name before ", RN"', () => {
    expect(names('Art (nephew) at bedside. d/w frank (husband) re: plan.')).toEqual(expect.arrayContaining(['Art', 'frank']));
    expect(names('dispo per team.\n-- Will, RN')).toEqual(['Will']);
  });

  it('takes an unknown word after a relation in a one-case note', () => {
    expect(names('social: niece yukiko called, updated.')).toEqual(['yukiko']);
  });

  it('keeps "Miami J collar" and "Posey vest" as devices', () => {
    expect(names('Skin: Miami J collar on, Posey vest on.')).toEqual([]);
  });
});

describe('free-text names: more nursing-note forms', () => {
  it('takes a one-case name set off by commas after a relation', () => {
    expect(names('can be reached at 555-1075. son, hiroshi, is hcp.')).toEqual(['hiroshi']);
  });

  it('takes a Title-case word-name after a relation and after "per" + a role in a one-case note', () => {
    expect(names('Social: husband Will in to visit, updated.')).toEqual(['Will']);
    expect(names('plan extubate in am per rn frank.')).toEqual(['frank']);
  });

  it('takes a lower-case signature name before ", rn"', () => {
    expect(names('dispo per team.\n-- maria, rn\n')).toEqual(['maria']);
  });
});

describe('free-text names: lower-case names after a relation in a mixed-case note', () => {
  it('takes an unknown or first-name word after the relation, and between commas', () => {
    expect(names('Social: niece yukiko called, updated on pt condition.')).toEqual(['yukiko']);
    expect(names('Neuro: alert, asking for wife, bridget, no focal deficits.')).toEqual(['bridget']);
    expect(names('Social: son visited, wife aware of plan.')).toEqual([]);
  });

  it('keeps a word of the vocabulary after a possessive relation (drugs, devices)', () => {
    for (const t of ["Pt took 1/2 tab of her husband's oxycodone last night.", "found using his wife's nebulizer", "SHE TOOK HER SON'S LORAZEPAM"]) expect(names(t)).toEqual([]);
    expect(names("Pt took 1/2 tab of her husband's oxycodone; niece yukiko called.")).toEqual(['yukiko']);
  });
});

describe('free-text names: a note line opening with the patient', () => {
  it('takes a first and last name before a verb of the patient state, not a section word', () => {
    expect(names('NPN 7p-7a\nbob quellmann is a 90 yo transferred from rehab.').sort()).toEqual(['bob', 'quellmann']);
    expect(names('review of systems\nCV-hr has been 110s.\ngi-abd remains soft.\nthoracentesis was done.')).toEqual([]);
  });
});
