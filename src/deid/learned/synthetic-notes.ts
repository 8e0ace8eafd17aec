// Generated training notes for the learned layer (issue 11), in styles the PhysioNet corpus lacks:
// ICU nursing notes in capitals, discharge summaries, radiology reports with sign-off blocks and
// dictated letters with transcription lines. Everything is invented here: templates written for
// radlabel, people and places drawn from the shipped name and place lists or built from syllables
// (so the model meets names no list holds), with gold spans recorded as the values are written.
// Seeded: the same seed gives the same notes.
import { loadLexicons } from '../lexicons.js';
import { mulberry32 } from '../../util/prng.js';
import type { TrainingNote, TrainingSpan } from './train-model.js';

type Rand = () => number;
const pick = <T>(r: Rand, xs: readonly T[]): T => xs[Math.floor(r() * xs.length)]!;
const chance = (r: Rand, p: number) => r() < p;
const int = (r: Rand, lo: number, hi: number) => lo + Math.floor(r() * (hi - lo + 1));
const title = (w: string) => w.charAt(0).toUpperCase() + w.slice(1).toLowerCase();

const ONSETS = ['b', 'br', 'ch', 'd', 'dr', 'f', 'g', 'gr', 'h', 'j', 'k', 'kw', 'l', 'm', 'n', 'ng', 'p', 'r', 's', 'sh', 't', 'th', 'v', 'w', 'y', 'z', 'zh', 'ok', 'ad', 'ol', 'ek', 'st', 'kl', 'tr', 'nw', 'bj'];
const VOWELS = ['a', 'e', 'i', 'o', 'u', 'ai', 'ei', 'ou', 'ia', 'y', 'aa', 'oe', 'ua'];
const CODAS = ['', '', 'n', 'r', 's', 'l', 'k', 'm', 'nd', 'st', 'rt', 'x', 'ng', 'sk', 'v', 'ski', 'son', 'sen', 'berg', 'wicz', 'ez', 'ian', 'opoulos', 'qvist', 'ova', 'enko', 'oye', 'uchi', 'ama', 'elli', 'ardt', 'ström', 'illo', 'ault', 'ighe', 'adze', 'yan', 'ou', 'oglu'];
const TOWN_ENDS = ['ville', 'ton', 'burg', 'field', 'ford', 'port', 'dale', 'wood', 'haven', 'mouth', 'bury', 'ham', 'wick', 'stead', 'ridge', 'brook', ' Falls', ' Springs', ' Heights', ' Junction'];
const STREET_TYPES = ['Street', 'St', 'Avenue', 'Ave', 'Road', 'Rd', 'Lane', 'Drive', 'Dr', 'Court', 'Way', 'Blvd', 'Place', 'Terrace'];
const STATES = ['MA', 'NY', 'OH', 'TX', 'CA', 'PA', 'NJ', 'IL', 'MI', 'GA', 'WA', 'MN', 'OR', 'VT', 'NC'];
const HOSP_HEADS = ['Hospital', 'General Hospital', 'Medical Center', 'Memorial Hospital', 'Regional Medical Center', 'Community Hospital', 'Health Center', 'Infirmary', "Children's Hospital", 'Hospital Center'];
const CLINIC_HEADS = ['Family Practice', 'Cardiology Associates', 'Internal Medicine', 'Primary Care', 'Pulmonary Clinic', 'Orthopedics', 'Health Partners', 'Medical Group', 'Oncology Associates', 'Urgent Care', 'Dialysis Center', 'Imaging Center'];
const HOME_HEADS = ['Manor', 'Gardens', 'Nursing Home', 'Rehab', 'Rehabilitation Center', 'Assisted Living', 'Care Center', 'Skilled Nursing Facility', 'House', 'Village'];
const EMPLOYER_HEADS = ['Industries', 'Manufacturing', 'Logistics', 'Public Schools', 'Bank', 'Foods', 'Construction', '& Sons', 'Insurance', 'Auto Body', 'Hardware', 'Trucking'];
const CREDS = ['RN', 'RN', 'RRT', 'MD', 'NP', 'PA', 'PA-C', 'LPN', 'CRNA', 'MSW', 'LICSW', 'PharmD', 'DO', 'RT', 'BSN', 'RN, BSN', 'M.D.'];
const RELATIONS = ['wife', 'husband', 'son', 'daughter', 'sister', 'brother', 'mother', 'father', 'niece', 'nephew', 'friend', 'neighbor', 'grandson', 'granddaughter', 'HCP', 'partner'];
const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

// PHI-free clinical lines, written for radlabel: eponyms, devices, anatomy, abbreviations and
// capitalised section words that must stay.
const CLINICAL = [
  'Kerley B lines at both bases, no focal consolidation.',
  'Swan-Ganz catheter tip in the right descending pulmonary artery.',
  'Foley catheter draining clear yellow urine.',
  'Old Jones fracture of the fifth metatarsal base.',
  'Hill-Sachs deformity of the posterior humeral head.',
  'Barrett esophagus on prior EGD, on PPI.',
  'Westermark sign not seen; no Hampton hump.',
  'Fleischner Society guidelines suggest follow-up CT in 12 months.',
  'Glasgow Coma Scale 14, Richmond agitation sedation scale 0.',
  'Murphy sign negative. McBurney point nontender.',
  'Hx of Hodgkin lymphoma, Crohn disease and Parkinson disease.',
  'Baker cyst in the popliteal fossa, no DVT on Doppler.',
  'Colles fracture of the distal radius in good alignment.',
  'Hashimoto thyroiditis on levothyroxine 75 mcg daily.',
  'Epley maneuver performed with relief of vertigo.',
  'Positive Tinel sign at the carpal tunnel.',
  'Dupuytren contracture of the ring finger.',
  'Mild cardiomegaly. Small left pleural effusion with basilar atelectasis.',
  'No pneumothorax. Posterior 7th rib fracture, healing.',
  'ETT 4 cm above the carina, NGT tip in the stomach.',
  'Right IJ central line terminates in the SVC.',
  'Degenerative changes of the thoracic spine, T11 compression deformity unchanged.',
  'Lungs diffusely coarse bilaterally, diminished at the bases.',
  'Tolerating TF at goal 60 cc/hr via Dobhoff.',
  'Lasix 40 mg IV given with good diuresis.',
  'Heparin gtt at 1,100 units/hr, PTT pending.',
  'Ativan 1 mg IV x1 for agitation with good effect.',
  'Levophed weaned off, MAP stable in the 70s.',
  'Vancomycin trough 15.2, Zosyn continued.',
  'Cont to monitor I/O, lytes, hemodynamics.',
  'Skin intact, coccyx without breakdown, turned q2h.',
  'Pain controlled with Dilaudid PCA, pain 2/10.',
  'BP 118/62, HR 88 SR, RR 18, SpO2 96% on 2L NC.',
  'Vent settings AC 500 x 14, PEEP 5, FiO2 40%.',
  'CXR shows improving LLL opacity.',
  'Neuro: alert and oriented x3, MAE, PERRLA.',
  'CV: S1 S2, no murmur, pulses palpable.',
  'Resp: LS clear, occasional rhonchi, strong cough.',
  'GI: abd soft, nontender, +BS, last BM today.',
  'GU: Foley to gravity, UO adequate.',
  'ID: Tmax 38.1, cultures sent, on Cefepime.',
  'Endo: RISS per protocol, FS 142.',
  'Heme: Hct stable 29, no s/s bleeding.',
  'Access: PIV x2, left radial A-line.',
  'Plan: wean vent as tolerated, SBT in AM.',
  'Impression: No acute cardiopulmonary process.',
  'Findings: The heart size is normal. The lungs are clear.',
  'Assessment and Plan: CHF exacerbation, diuresis as above.',
  'Past Medical History: HTN, DM2, CAD s/p CABG, COPD, CKD stage 3.',
  'Medications: Metoprolol, Lisinopril, Atorvastatin, Aspirin, Insulin glargine.',
  'Allergies: Penicillin (rash), Sulfa.',
  'Hospital Course: Patient admitted with Pneumonia, treated with Ceftriaxone and Azithromycin.',
  'Physical Exam: Well appearing, NAD. HEENT: MMM. Neck: no JVD.',
  'Discharge Condition: Stable. Discharge Diet: Cardiac, 2 gram sodium.',
  'The patient was seen and examined, and the plan was discussed with the team.',
  'Social Work following for placement.',
  'Physical Therapy and Occupational Therapy evaluations completed.',
  'Family meeting held, code status DNR/DNI confirmed.',
  'Chest Pain Protocol initiated, troponins negative x3.',
  'Whipple procedure in the past, Roux-en-Y anatomy.',
  'Nissen fundoplication, Billroth II, Hartmann pouch noted on history.',
  'Right Upper Quadrant ultrasound: Gallbladder without stones.',
  'Morning labs: Na 138, K 4.1, Cr 1.2, WBC 11.4.',
];
const CLINICAL_LOWER = [
  'pt resting comfortably, no c/o pain overnight.',
  'abd soft, tolerating clears, voiding qs.',
  'lungs clear, sats 95% on ra.',
  'will cont to monitor and update team as needed.',
  'dsg to l groin c/d/i, pulses dopplerable.',
  'ambulated in hall with pt, steady gait.',
  'mae, follows commands, speech clear.',
];

interface Person {
  first: string;
  middle: string;
  last: string;
}

/** The name and place pools, built once from the shipped lists. */
interface Pools {
  firsts: string[];
  lasts: string[];
  wordNames: string[];
  towns: string[];
}
let pools: Pools | undefined;
function namePools(): Pools {
  if (pools) return pools;
  const lex = loadLexicons();
  const sorted = (xs: Iterable<string>) => [...xs].filter((w) => /^[a-z][a-z'-]{2,}$/.test(w)).sort();
  pools = { firsts: sorted(lex.firstNames), lasts: sorted(lex.lastNames), wordNames: sorted(lex.ambiguousNames), towns: sorted([...lex.places].filter((p) => !p.includes(' '))) };
  return pools;
}

/** A word built from syllables: a name or town no list holds. */
function invented(r: Rand, syllables = int(r, 1, 2)): string {
  let w = '';
  for (let i = 0; i < syllables; i++) w += pick(r, ONSETS) + pick(r, VOWELS);
  return title(w + pick(r, CODAS));
}

function nameWord(r: Rand, kind: 'first' | 'last'): string {
  const p = namePools();
  const x = r();
  if (x < 0.35) return invented(r);
  if (x < 0.5) return title(pick(r, p.wordNames));
  const w = title(pick(r, kind === 'first' ? p.firsts : p.lasts));
  // Hyphenated and particle surnames.
  if (kind === 'last' && chance(r, 0.12)) return `${w}-${chance(r, 0.5) ? invented(r) : title(pick(r, p.lasts))}`;
  if (kind === 'last' && chance(r, 0.05)) return `${pick(r, ['O\'', 'Mc', 'Mac'])}${title(invented(r))}`;
  return w;
}

function person(r: Rand): Person {
  return { first: nameWord(r, 'first'), middle: String.fromCharCode(65 + int(r, 0, 25)), last: nameWord(r, 'last') };
}

function town(r: Rand): string {
  const p = namePools();
  const t = chance(r, 0.5) ? title(pick(r, p.towns)) : invented(r, 1) + pick(r, TOWN_ENDS);
  if (chance(r, 0.1)) return t.toLowerCase();
  // A misspelling: a letter dropped or doubled.
  if (chance(r, 0.08) && t.length > 5) {
    const k = int(r, 1, t.length - 2);
    return chance(r, 0.5) ? t.slice(0, k) + t.slice(k + 1) : t.slice(0, k) + t[k] + t.slice(k);
  }
  return t;
}

/** The proper part of a facility's name ("St. Agnes", "Golden Meadows", "Calverton"): the span; the head word follows it. */
function facilityName(r: Rand): string {
  const p = namePools();
  const x = r();
  if (x < 0.2) return `${pick(r, ['St.', 'St', 'Saint', 'Mount', 'Mt.'])} ${title(pick(r, p.firsts))}${chance(r, 0.4) ? "'s" : ''}`;
  if (x < 0.35) return `${title(pick(r, p.wordNames))} ${title(pick(r, p.wordNames))}`;
  if (x < 0.6) return town(r);
  if (x < 0.8) return nameWord(r, 'last');
  return `${nameWord(r, 'first')} ${nameWord(r, 'last')}`;
}

const acronym = (r: Rand) => Array.from({ length: int(r, 3, 4) }, () => String.fromCharCode(65 + int(r, 0, 25))).join('') + pick(r, ['H', 'MC', '', 'HC', 'MH']);

/** One note being written: plain text and PHI values whose spans are recorded as they are appended. */
class NoteWriter {
  text = '';
  readonly phi: TrainingSpan[] = [];
  add(s: string): this {
    this.text += s;
    return this;
  }
  phiOf(s: string, category: string): this {
    this.phi.push({ start: this.text.length, end: this.text.length + s.length, category });
    this.text += s;
    return this;
  }
}

function date(r: Rand): string {
  const m = int(r, 1, 12);
  const d = int(r, 1, 28);
  const y = int(r, 1995, 2024);
  return pick(r, [`${m}/${d}`, `${m}/${d}/${y}`, `${m}/${d}/${String(y).slice(2)}`, `${MONTHS[m - 1]} ${d}, ${y}`, `${String(m).padStart(2, '0')}/${String(d).padStart(2, '0')}/${y}`, `${m}-${d}-${y}`, `${d} ${MONTHS[m - 1]!.slice(0, 3)} ${y}`]);
}
const phone = (r: Rand) => pick(r, [`(${int(r, 200, 989)}) ${int(r, 200, 989)}-${int(r, 1000, 9999)}`, `${int(r, 200, 989)}-${int(r, 200, 989)}-${int(r, 1000, 9999)}`, `x${int(r, 1000, 9999)}`, `${int(r, 200, 989)}-${int(r, 1000, 9999)}`]);

/** A person written one of the usual ways, as one span ("J. Okafor", "OKAFOR, JOHN", "John K. Okafor"). */
function writeName(w: NoteWriter, r: Rand, p: Person, category: string, form = int(r, 0, 6)): void {
  const s = [
    `${p.first} ${p.last}`,
    `${p.first.charAt(0)}. ${p.last}`,
    `${p.first} ${p.middle}. ${p.last}`,
    `${p.last}, ${p.first}`,
    p.last,
    p.first,
    `${p.last.toUpperCase()}, ${p.first.toUpperCase()}`,
  ][form]!;
  w.phiOf(s, category);
}

type Style = (w: NoteWriter, r: Rand) => void;

function clinical(w: NoteWriter, r: Rand, n: number): void {
  for (let i = 0; i < n; i++) w.add(`${pick(r, CLINICAL)}\n`);
}

/** ICU nursing / respiratory note (upper-cased by the caller). */
const icuNote: Style = (w, r) => {
  const pt = person(r);
  const rel = person(r);
  const nurse = person(r);
  const doc = person(r);
  w.add(pick(r, ['NURSING PROGRESS NOTE 7P-7A\n', 'RESP CARE NOTE\n', 'NPN\n', 'MICU NURSING ADMIT NOTE\n', '']));
  clinical(w, r, int(r, 1, 3));
  const lines: Array<() => void> = [
    () => (w.add(`SOCIAL: ${pick(r, RELATIONS)} `), writeName(w, r, rel, 'RelativeProxyName', pick(r, [0, 5])), w.add(` IN TO VISIT, UPDATED BY RN.\n`)),
    () => (w.add('DR '), w.phiOf(doc.last, 'HCPName'), w.add(` ${pick(r, ['AWARE', 'NOTIFIED', 'PAGED'])} OF K 3.2, REPLETED.\n`)),
    () => (w.add('PLAN TO WEAN '), w.phiOf(date(r), 'Date'), w.add(' AS PER '), writeName(w, r, doc, 'HCPName', 1), w.add('.\n')),
    () => (w.add('('), writeName(w, r, doc, 'HCPName', 1), w.add(` ${pick(r, ['MD', 'NP', 'PA'])} NOTIFIED)\n`)),
    () => (w.add('PER '), writeName(w, r, doc, 'HCPName', pick(r, [0, 1, 4])), w.add(` ${pick(r, ['RT', 'MD', 'NP', 'RESIDENT', 'FELLOW'])}, ${pick(r, ['OK TO EXTUBATE', 'HOLD TF', 'CONT SAME'])}.\n`)),
    () => (w.add('PT LIVES IN '), w.phiOf(town(r), 'Location'), w.add(` WITH ${pick(r, RELATIONS)}.\n`)),
    () => (w.add('TRANSFERRED FROM '), w.phiOf(chance(r, 0.5) ? acronym(r) : town(r), 'Location'), w.add(` ${pick(r, ['', 'HOSPITAL ', 'ED ', 'ICU '])}ON `), w.phiOf(date(r), 'Date'), w.add('.\n')),
    () => (w.add(`PMH: CAD, MI `), w.phiOf(`${int(r, 80, 99)}`, 'DateYear'), w.add(`', S/P CABG '`), w.phiOf(`${int(r, 90, 99)}`, 'DateYear'), w.add('.\n')),
    () => (w.add(`${pick(r, RELATIONS)} `), writeName(w, r, rel, 'RelativeProxyName', pick(r, [0, 5])), w.add(' CALLED, PHONE '), w.phiOf(phone(r), 'Phone'), w.add('.\n')),
    () => (writeName(w, r, nurse, 'HCPName', pick(r, [0, 2, 1])), w.add(` ${pick(r, CREDS)} AT BEDSIDE.\n`)),
    () => (w.add(`${pick(r, ['ADMITTED FROM', 'MEDFLIGHTED FROM', 'TRANSFER FROM', 'OSH:', 'CAME FROM'])} `), w.phiOf(facilityName(r), 'Location'), w.add(` ${pick(r, HOSP_HEADS)}${pick(r, ['', ' ED', ' ICU', ' CCU'])}.\n`)),
    () => (w.add(`DISPO: ${pick(r, ['REHAB AT', 'SNF -', 'BACK TO', 'SCREENED FOR'])} `), w.phiOf(facilityName(r), 'Location'), w.add(` ${pick(r, HOME_HEADS)} WHEN STABLE.\n`)),
    () => (w.add(`FAMILY ${pick(r, ['DRIVING IN FROM', 'LIVES IN', 'FLYING IN FROM', 'FROM'])} `), w.phiOf(town(r), 'Location'), w.add(`, ${pick(r, ['ETA TONIGHT', 'UPDATED', 'WILL CALL IN AM'])}.\n`)),
    () => (w.phiOf(town(r), 'Location'), w.add(` ${pick(r, ['EMS', 'FIRE', 'AMBULANCE'])} BROUGHT PT IN.\n`)),
    () => (w.add(`PT ${pick(r, ['WORKS AT', 'RETIRED FROM', 'WORKED FOR', 'EMPLOYED AT'])} `), w.phiOf(chance(r, 0.5) ? nameWord(r, 'last') : facilityName(r), 'Location'), w.add(` ${pick(r, EMPLOYER_HEADS)}.\n`)),
    () => (w.add('LIVES AT '), w.phiOf(`${int(r, 2, 9999)} ${chance(r, 0.5) ? invented(r) : title(pick(r, namePools().lasts))} ${pick(r, STREET_TYPES)}`, 'Location'), w.add(' IN '), w.phiOf(town(r), 'Location'), w.add('.\n')),
    () => (w.add(`${pick(r, ['HO', 'RESIDENT', 'ATTENDING', 'FELLOW', 'NP'])} `), w.phiOf(doc.last, 'HCPName'), w.add(` ${pick(r, ['IN TO SEE PT', 'AWARE', 'UPDATED', 'AT BEDSIDE'])}.\n`)),
    () => (w.add('CODE STATUS DISCUSSED WITH '), w.add(`${pick(r, RELATIONS)} `), w.phiOf(rel.first, 'RelativeProxyName'), w.add(' AND DR. '), w.phiOf(doc.last, 'HCPName'), w.add('.\n')),
    () => (w.add('SPOKE WITH '), writeName(w, r, person(r), 'HCPName', pick(r, [0, 5])), w.add(` FROM ${pick(r, ['CASE MANAGEMENT', 'SOCIAL WORK', 'PT', 'NUTRITION', 'PHARMACY'])}.\n`)),
    () => (w.add('BORN IN '), w.phiOf(town(r), 'Location'), w.add(`, MOVED HERE IN '`), w.phiOf(`${int(r, 50, 99)}`, 'DateYear'), w.add('.\n')),
    () => (w.add(`${pick(r, ['HOME IS', 'RESIDES IN', 'LIVES W/ WIFE IN', 'LIVES ALONE IN', 'FROM'])} `), w.phiOf(town(r), 'Location'), w.add(`${pick(r, ['', ', ' + pick(r, STATES)])}.\n`)),
    () => (w.add(`${pick(r, ['SNF:', 'NH:', 'FROM NH -', 'RESIDENT OF'])} `), w.phiOf(facilityName(r), 'Location'), w.add(` ${pick(r, HOME_HEADS)}.\n`)),
    () => (w.add(`${pick(r, ['RN', 'NURSE', 'CM', 'SW', 'RT'])} `), w.phiOf(person(r).first, 'HCPName'), w.add(` ${pick(r, ['AWARE', 'UPDATED', 'TO FOLLOW', 'WILL CALL BACK'])}.\n`)),
    () => (writeName(w, r, person(r), 'RelativeProxyName', pick(r, [0, 5])), w.add(` (${pick(r, RELATIONS)}) ${pick(r, ['CALLED', 'VISITED', 'AT BEDSIDE', 'UPDATED BY MD'])}.\n`)),
    () => (w.add(`TALKED WITH `), w.phiOf(person(r).first, 'RelativeProxyName'), w.add(`, PT'S ${pick(r, RELATIONS)}, RE: PLAN OF CARE.\n`)),
    () => (w.add(`PT WAS AT `), w.phiOf(acronym(r), 'Location'), w.add(` ${pick(r, ['X 2 WKS', 'FOR REHAB', 'PRIOR TO ADMIT'])}, THEN `), w.phiOf(facilityName(r), 'Location'), w.add(` ${pick(r, HOSP_HEADS)}.\n`)),
    () => (w.add(`D/C PLANNING: `), w.phiOf(town(r), 'Location'), w.add(` ${pick(r, ['VNA', 'HOME CARE', 'HOSPICE'])} TO FOLLOW.\n`)),
  ];
  for (let i = 0; i < int(r, 3, 6); i++) pick(r, lines)();
  clinical(w, r, int(r, 1, 3));
  // The sign-off: a name with a middle initial, a hyphenated surname, a credential.
  w.add(pick(r, ['', '-- ', '/S/ ']));
  writeName(w, r, nurse, 'HCPName', pick(r, [0, 1, 2]));
  w.add(`, ${pick(r, CREDS)}\n`);
  if (chance(r, 0.2)) w.phiOf(pt.last, 'PTName').add(' IS FULL CODE.\n');
};

/** Discharge summary, mixed case. */
const dischargeNote: Style = (w, r) => {
  const pt = person(r);
  const att = person(r);
  const pcp = person(r);
  const rel = person(r);
  w.add('Admission Date: ').phiOf(date(r), 'Date').add('    Discharge Date: ').phiOf(date(r), 'Date').add('\n');
  w.add('Patient: ');
  writeName(w, r, pt, 'PTName', pick(r, [0, 3, 6]));
  w.add('\nAttending: ');
  writeName(w, r, att, 'HCPName', pick(r, [0, 2, 3]));
  w.add(`, ${pick(r, ['MD', 'M.D.', 'DO'])}\n`);
  w.add(`${pick(r, ['PCP', 'Primary Care Physician', 'Primary care'])}: Dr. `).phiOf(pcp.last, 'HCPName').add(' at ').phiOf(`${chance(r, 0.5) ? town(r) : pcp.last}`, 'Location').add(` ${pick(r, CLINIC_HEADS)}, `).phiOf(phone(r), 'Phone').add('\n');
  clinical(w, r, int(r, 2, 4));
  const lines: Array<() => void> = [
    () => (w.add(`Social History: Lives ${pick(r, ['in', 'alone in', 'with her husband in', 'with family in'])} `), w.phiOf(town(r), 'Location'), w.add(`. ${pick(r, ['Works at', 'Retired from', 'Employed by'])} `), w.phiOf(chance(r, 0.5) ? invented(r) : nameWord(r, 'last'), 'Location'), w.add(` ${pick(r, EMPLOYER_HEADS)}.\n`)),
    () => (w.add(`Transferred from `), w.phiOf(acronym(r), 'Location'), w.add(' for further management.\n')),
    () => (w.add('Patient was transferred from '), w.phiOf(chance(r, 0.5) ? town(r) : nameWord(r, 'last'), 'Location'), w.add(` ${pick(r, HOSP_HEADS)} on `), w.phiOf(date(r), 'Date'), w.add('.\n')),
    () => (w.add('Discharged to '), w.phiOf(chance(r, 0.5) ? nameWord(r, 'last') : town(r), 'Location'), w.add(` ${pick(r, HOME_HEADS)} in `), w.phiOf(town(r), 'Location'), w.add('.\n')),
    () => (w.add('Follow-up: '), writeName(w, r, pcp, 'HCPName', pick(r, [0, 2])), w.add(`, ${pick(r, ['NP', 'MD', 'PA-C'])}, at the `), w.phiOf(town(r), 'Location'), w.add(` ${pick(r, CLINIC_HEADS)} in 2 weeks; call `), w.phiOf(phone(r), 'Phone'), w.add('.\n')),
    () => (w.add(`Her ${pick(r, RELATIONS)} `), writeName(w, r, rel, 'RelativeProxyName', pick(r, [0, 5])), w.add(' is the health care proxy.\n')),
    () => (w.add('Born in '), w.phiOf(town(r), 'Location'), w.add(`, moved to `), w.phiOf(town(r), 'Location'), w.add(` in `), w.phiOf(String(int(r, 1950, 2010)), 'DateYear'), w.add('.\n')),
    () => (w.add(`Seen at `), w.phiOf(nameWord(r, 'last'), 'Location'), w.add(` ${pick(r, ['Campus', 'Pavilion', 'Building', 'Tower'])} by Dr. `), w.phiOf(att.last, 'HCPName'), w.add('.\n')),
    () => (w.add(`${pick(r, ['Followed at the', 'Receives dialysis at', 'Chemotherapy at', 'Cardiology follow-up at'])} `), w.phiOf(facilityName(r), 'Location'), w.add(` ${pick(r, CLINIC_HEADS)} (`), w.phiOf(acronym(r), 'Location'), w.add(').\n')),
    () => (w.add('Transferred to '), w.phiOf(facilityName(r), 'Location'), w.add(` ${pick(r, HOSP_HEADS)} for ${pick(r, ['cardiac surgery', 'ECMO evaluation', 'transplant evaluation'])}.\n`)),
    () => (w.add(`She is a retired ${pick(r, ['teacher', 'nurse', 'machinist', 'accountant'])} from `), w.phiOf(chance(r, 0.5) ? facilityName(r) : acronym(r), 'Location'), w.add(` ${pick(r, EMPLOYER_HEADS)} and lives ${pick(r, ['in', 'near', 'outside'])} `), w.phiOf(town(r), 'Location'), w.add('.\n')),
    () => (w.add('Address: '), w.phiOf(`${int(r, 2, 9999)} ${invented(r)} ${pick(r, STREET_TYPES)}`, 'Location'), w.add(', '), w.phiOf(town(r), 'Location'), w.add(`, ${pick(r, STATES)} `), w.phiOf(String(int(r, 10000, 99999)), 'Location'), w.add('\n')),
    () => (w.add('Home services: '), w.phiOf(town(r), 'Location'), w.add(` ${pick(r, ['VNA', 'Home Health', 'Hospice'])}, `), w.phiOf(phone(r), 'Phone'), w.add('\n')),
    () => (w.add(`${pick(r, ['Cardiologist', 'Oncologist', 'Nephrologist', 'Surgeon'])}: `), writeName(w, r, person(r), 'HCPName', pick(r, [0, 2, 3])), w.add(`, ${pick(r, ['MD', 'M.D.'])}, `), w.phiOf(facilityName(r), 'Location'), w.add(` ${pick(r, CLINIC_HEADS)}\n`)),
  ];
  for (let i = 0; i < int(r, 3, 5); i++) pick(r, lines)();
  clinical(w, r, int(r, 1, 2));
  w.add('Dictated By: ');
  writeName(w, r, att, 'HCPName', pick(r, [0, 2, 3]));
  w.add(`, ${pick(r, ['MD', 'M.D.'])}\n`);
};

/** Radiology report with accession, comparison and a sign-off block, mixed case or capitals. */
const radiologyNote: Style = (w, r) => {
  const ref = person(r);
  const rad = person(r);
  const res = person(r);
  w.add(`EXAM: ${pick(r, ['CT CHEST WITH CONTRAST', 'XR CHEST PA AND LATERAL', 'MRI LEFT SHOULDER', 'XR RIGHT FOOT 3 VIEWS', 'CT ABDOMEN PELVIS'])}\n`);
  w.add('ACCESSION: ').phiOf(`${pick(r, ['A', 'RAD', 'CT', ''])}${int(r, 100000, 99999999)}`, 'Other').add('   MRN: ').phiOf(String(int(r, 1000000, 99999999)), 'Other').add('\n');
  w.add(`${pick(r, ['Referring physician', 'Ordering provider', 'Requested by', 'REFERRING'])}: `);
  writeName(w, r, ref, 'HCPName', pick(r, [0, 2, 3, 6]));
  w.add(`${pick(r, [', MD', ' MD', ', NP', ''])}\n`);
  w.add('COMPARISON: ').phiOf(date(r), 'Date').add(pick(r, [' from ', ' at ', ' (outside study, ']));
  w.phiOf(chance(r, 0.5) ? acronym(r) : `${town(r)}`, 'Location').add(pick(r, [' Hospital.\n', ').\n', '.\n']));
  w.add('FINDINGS:\n');
  clinical(w, r, int(r, 2, 4));
  w.add('IMPRESSION:\n');
  clinical(w, r, 1);
  const lines: Array<() => void> = [
    () => (w.add(`Findings discussed with Dr. `), w.phiOf(ref.last, 'HCPName'), w.add(' by telephone at 14:20 on '), w.phiOf(date(r), 'Date'), w.add('.\n')),
    () => (w.add('Resident: '), writeName(w, r, res, 'HCPName', pick(r, [0, 2, 3])), w.add(', MD\n')),
    () => (w.add('I have personally reviewed the images and agree with the report.\n'), writeName(w, r, rad, 'HCPName', pick(r, [0, 2])), w.add(`, ${pick(r, ['MD', 'M.D.', 'DO'])}\n`)),
    () => (w.add('Electronically signed by '), writeName(w, r, rad, 'HCPName', pick(r, [3, 0, 6])), w.add(' on '), w.phiOf(date(r), 'Date'), w.add('\n')),
    () => (w.add('Technologist: '), w.phiOf(rad.first.charAt(0) + ref.last.charAt(0) + res.first.charAt(0), 'Initial'), w.add('\n')),
    () => (w.add('Read at '), w.phiOf(town(r), 'Location'), w.add(` ${pick(r, ['Imaging Center', 'Campus', 'Radiology'])}.\n`)),
  ];
  for (let i = 0; i < int(r, 2, 4); i++) pick(r, lines)();
  w.add(pick(r, ['Signed: ', 'Attending: ', '']));
  writeName(w, r, rad, 'HCPName', pick(r, [0, 2, 3, 6]));
  w.add(`${pick(r, [', MD', ' MD', ', M.D.', ', FACR'])}\n`);
};

/** Dictated consult letter with letterhead, RE line, closing and transcription lines. */
const dictationNote: Style = (w, r) => {
  const pt = person(r);
  const writer = person(r);
  const to = person(r);
  const cc = person(r);
  w.phiOf(chance(r, 0.5) ? nameWord(r, 'last') : town(r), 'Location').add(` ${pick(r, HOSP_HEADS)}\n`);
  w.add(`Department of ${pick(r, ['Cardiology', 'Neurology', 'Surgery', 'Pulmonary Medicine', 'Orthopaedics'])}\n`);
  w.phiOf(`${int(r, 10, 9999)} ${invented(r)} ${pick(r, STREET_TYPES)}`, 'Location').add('\n');
  w.phiOf(town(r), 'Location').add(`, ${pick(r, STATES)} `).phiOf(String(int(r, 10000, 99999)), 'Location').add('\n\n');
  w.phiOf(date(r), 'Date').add('\n\n');
  w.add('RE: ');
  writeName(w, r, pt, 'PTName', pick(r, [0, 3, 6]));
  w.add('\nDOB: ').phiOf(date(r), 'Date').add('\n\nDear Dr. ').phiOf(to.last, 'HCPName').add(':\n\n');
  w.add(`Thank you for referring ${pick(r, ['Mr.', 'Ms.', 'Mrs.'])} `).phiOf(pt.last, 'PTName').add(` for evaluation of ${pick(r, ['dyspnea', 'chest pain', 'syncope', 'a lung nodule', 'knee pain'])}.\n`);
  clinical(w, r, int(r, 2, 4));
  const lines: Array<() => void> = [
    () => (w.add('Her echocardiogram, as per '), writeName(w, r, cc, 'HCPName', 1), w.add(', showed preserved function.\n')),
    () => (w.add('('), writeName(w, r, cc, 'HCPName', 1), w.add(` ${pick(r, ['MD', 'NP'])} notified)\n`)),
    () => (w.add('She lives in '), w.phiOf(town(r), 'Location'), w.add(` with her ${pick(r, RELATIONS)} `), w.phiOf(person(r).first, 'RelativeProxyName'), w.add('.\n')),
    () => (w.add('She works as a teacher at '), w.phiOf(nameWord(r, 'last'), 'Location'), w.add(` ${pick(r, ['Elementary School', 'High School', 'Academy'])}.\n`)),
    () => (w.add('Previously followed by Dr. '), writeName(w, r, cc, 'HCPName', pick(r, [0, 2, 4])), w.add(' at '), w.phiOf(acronym(r), 'Location'), w.add('.\n')),
    () => (w.add(`${pick(r, ['She was seen at', 'He had surgery at', 'Imaging was done at'])} `), w.phiOf(facilityName(r), 'Location'), w.add(` ${pick(r, HOSP_HEADS)} in `), w.phiOf(town(r), 'Location'), w.add(` in `), w.phiOf(String(int(r, 1990, 2023)), 'DateYear'), w.add('.\n')),
    () => (w.add(`I discussed the findings with ${pick(r, ['her', 'his'])} ${pick(r, RELATIONS)}, `), writeName(w, r, person(r), 'RelativeProxyName', pick(r, [0, 5])), w.add(', by phone.\n')),
    () => (w.add(`${pick(r, ['Mr.', 'Ms.', 'Mrs.'])} `), w.phiOf(pt.last, 'PTName'), w.add(` is a ${int(r, 40, 88)}-year-old ${pick(r, ['retired', 'former'])} ${pick(r, ['engineer', 'farmer', 'teacher'])} from `), w.phiOf(town(r), 'Location'), w.add('.\n')),
  ];
  for (let i = 0; i < int(r, 2, 4); i++) pick(r, lines)();
  w.add(`${pick(r, ['Sincerely,', 'Best regards,', 'With kind regards,', 'Thank you,'])}\n\n`);
  writeName(w, r, writer, 'HCPName', pick(r, [0, 2]));
  w.add(`, ${pick(r, ['MD', 'M.D.', 'MD, PhD', 'DO', 'NP'])}\n\n`);
  w.phiOf(`${writer.first.charAt(0)}${writer.middle}${writer.last.charAt(0)}`, 'Initial').add('/').phiOf(`${String.fromCharCode(97 + int(r, 0, 25))}${String.fromCharCode(97 + int(r, 0, 25))}${String.fromCharCode(97 + int(r, 0, 25))}`, 'Initial').add('\n');
  w.add('D: ').phiOf(date(r), 'Date').add('  T: ').phiOf(date(r), 'Date').add('\n');
  w.add('cc: Dr. ');
  writeName(w, r, cc, 'HCPName', pick(r, [0, 2, 4]));
  w.add(', ').phiOf(town(r), 'Location').add(` ${pick(r, CLINIC_HEADS)}\n`);
};

/** Short lower-case nursing note (the corpus has these; one style where case says nothing). */
const lowerNote: Style = (w, r) => {
  const rel = person(r);
  const doc = person(r);
  for (let i = 0; i < int(r, 2, 4); i++) w.add(`${pick(r, CLINICAL_LOWER)} `);
  w.add(`${pick(r, RELATIONS)} `).phiOf(rel.first.toLowerCase(), 'RelativeProxyName').add(' called for update. dr ').phiOf(doc.last.toLowerCase(), 'HCPName').add(' aware of bp.\n');
  w.add('pt from ').phiOf(town(r).toLowerCase(), 'Location').add(`, ${pick(r, CLINICAL_LOWER)}\n`);
};

/** A name word that is also an English word ("Hope", "Sharp", "Page"): the case gives it away only in mixed-case prose. */
function wordName(r: Rand): string {
  return title(pick(r, namePools().wordNames));
}

/** A person whose first or last name is often an English word as well. */
function wordPerson(r: Rand): Person {
  const p = person(r);
  if (chance(r, 0.5)) p.first = wordName(r);
  if (chance(r, 0.5)) p.last = wordName(r);
  return p;
}

/** Staff written the ways sign-off and hand-over lines write them ("SUMMER J. SHARP RN", "A. PAGE SN", "HOPE (RT)"). */
function writeStaff(w: NoteWriter, r: Rand, p: Person): void {
  const form = int(r, 0, 4);
  if (form === 0) w.phiOf(`${p.first} ${p.middle}. ${p.last}`, 'HCPName');
  else if (form === 1) w.phiOf(`${p.first.charAt(0)}. ${p.last}`, 'HCPName');
  else if (form === 2) w.phiOf(`${p.first} ${p.last}`, 'HCPName');
  else if (form === 3) w.phiOf(p.first, 'HCPName').add(` ${p.last.charAt(0)}.`);
  else w.phiOf(p.last, 'HCPName');
}

const STAFF_CREDS = ['RN', 'SN', 'RRT', 'CRT', 'LPN', 'NP', 'PA', 'MD', 'WOCN', 'CNA', 'RT', 'PCT', 'MSW', 'PT', 'OT', 'SLP'];

/** A shift note whose staff sit in hand-over and sign-off lines, many of them word-names (upper-cased by the caller, or not). */
const handoverNote: Style = (w, r) => {
  w.add(pick(r, ['SHIFT NOTE 7A-7P\n', 'Nursing hand-off\n', 'NSG PROGRESS\n', 'RT NOTE\n', '']));
  clinical(w, r, int(r, 1, 2));
  const lines: Array<() => void> = [
    () => (w.add(`${pick(r, ['Report given to', 'Report received from', 'Handed over to', 'Care assumed from'])} `), writeStaff(w, r, wordPerson(r)), w.add(`${pick(r, ['', ', ' + pick(r, STAFF_CREDS)])} ${pick(r, ['at 1900', 'on 4 North', 'at change of shift', ''])}.\n`)),
    () => (w.add(`${pick(r, ['Neuro checks q1h per', 'Pain regimen per', 'Wean per', 'Extubated by', 'Line placed by', 'Bronch by', 'Seen by'])} `), writeStaff(w, r, wordPerson(r)), w.add(`${pick(r, ['', ' ' + pick(r, STAFF_CREDS)])}.\n`)),
    () => (w.add(`${pick(r, ['Wound care consult', 'PT eval', 'Nutrition consult', 'Pharmacy'])} (`), writeStaff(w, r, wordPerson(r)), w.add(` ${pick(r, STAFF_CREDS)}) ${pick(r, ['today', 'pending', 'done'])}.\n`)),
    () => (w.add(`${pick(r, RELATIONS)} `), w.phiOf(wordName(r), 'RelativeProxyName'), w.add(` ${pick(r, ['at bedside', 'called', 'visited', 'updated by RN'])}${pick(r, ['', ' most of day', ', questions answered'])}.\n`)),
    () => (w.add(`Family (`), w.phiOf(wordName(r), 'RelativeProxyName'), w.add(`) ${pick(r, ['notified', 'aware', 'will call back'])}.\n`)),
    () => (w.add(`Code status confirmed w/ `), w.phiOf(wordName(r), 'RelativeProxyName'), w.add(` ${pick(r, ['(HCP)', 'this am', 'by phone'])}.\n`)),
    () => (w.add(`Pt `), w.phiOf(wordName(r), 'PTName'), w.add(` ${pick(r, ['alert, following commands', 'resting comfortably', 'OOB to chair'])}.\n`)),
  ];
  for (let i = 0; i < int(r, 2, 4); i++) pick(r, lines)();
  clinical(w, r, 1);
  // Sign-off: one or two staff, with a slash between them.
  w.add(pick(r, ['Sig: ', '', '-- ', 'Signed: ']));
  writeStaff(w, r, wordPerson(r));
  w.add(` ${pick(r, STAFF_CREDS)}`);
  if (chance(r, 0.5)) {
    w.add(' / ');
    writeStaff(w, r, wordPerson(r));
    w.add(` ${pick(r, STAFF_CREDS)}`);
  }
  w.add('\n');
};

/** A terse triage note: mixed case, fragments, lower-case starts, names after leads and in header fields. */
const triageNote: Style = (w, r) => {
  const pt = chance(r, 0.5) ? wordPerson(r) : person(r);
  w.add(pick(r, ['ED triage\n', 'Triage note\n', 'EMERGENCY DEPT - TRIAGE\n', '']));
  w.add('pt ').phiOf(`${pt.last}, ${pt.first}`, 'PTName').add(` ${pick(r, ['BIBA', 'BIBEMS', 'walk-in', 'BIBP'])} from `).phiOf(town(r), 'Location').add(` ${pick(r, ['after a fall', 'w/ CP', 'w/ SOB', 'for eval'])}\n`);
  const lines: Array<() => void> = [
    () => (w.add(`per ${pick(r, ['staff', 'EMS', 'wife', 'son'])} `), w.phiOf(chance(r, 0.5) ? wordName(r) : nameWord(r, 'first'), chance(r, 0.5) ? 'HCPName' : 'RelativeProxyName'), w.add(` ${pick(r, ['at facility', 'pt baseline A&O x2', 'found on floor'])}\n`)),
    () => (w.add(`prior admit `), w.phiOf(acronym(r), 'Location'), w.add(` '`), w.phiOf(String(int(r, 80, 99)), 'DateYear'), w.add('\n')),
    () => (w.add(`seen at `), w.phiOf(chance(r, 0.5) ? acronym(r) : facilityName(r), 'Location'), w.add(` on `), w.phiOf(date(r), 'Date'), w.add(' and sent home.\n')),
    () => (w.add(`${pick(r, ['sec\'d per', 'cleared per', 'triaged by', 'd/w'])} `), writeStaff(w, r, chance(r, 0.5) ? wordPerson(r) : person(r)), w.add(`${pick(r, ['', ' ' + pick(r, STAFF_CREDS)])}\n`)),
    () => (w.add(`rx sent to pharmacy in `), w.phiOf(town(r), 'Location'), w.add('\n')),
    () => (w.add(`${pick(r, ['visiting from', 'lives in', 'staying w/ daughter in'])} `), w.phiOf(town(r), 'Location'), w.add(`, ${pick(r, ['here x1 wk', 'alone', 'w/ family'])}\n`)),
    () => (w.add('contact: '), w.phiOf(chance(r, 0.5) ? wordName(r) : nameWord(r, 'first'), 'RelativeProxyName'), w.add(` (${pick(r, RELATIONS)}) `), w.phiOf(phone(r), 'Phone'), w.add('\n')),
  ];
  for (let i = 0; i < int(r, 2, 4); i++) pick(r, lines)();
  w.add(`${pick(r, CLINICAL_LOWER)}\n`);
  clinical(w, r, 1);
};

/** Letters that open with a first name and close with a signature, title-less names at line starts and typist initials. */
const letterNote: Style = (w, r) => {
  const pt = chance(r, 0.5) ? wordPerson(r) : person(r);
  const writer = chance(r, 0.5) ? wordPerson(r) : person(r);
  w.add('RE: ').phiOf(`${pt.last}, ${pt.first}`, 'PTName').add('\n\n');
  w.add(`Dear `).phiOf(chance(r, 0.5) ? nameWord(r, 'first') : wordName(r), 'HCPName').add(pick(r, [',\n\n', ' and colleagues,\n\n']));
  w.phiOf(pt.first, 'PTName').add(` ${pick(r, ['attended with her mother today.', 'is a 71 year-old retired teacher.', 'was seen again in clinic.'])}\n`);
  clinical(w, r, int(r, 1, 3));
  w.add(`I ${pick(r, ['reviewed', 'saw'])} `).phiOf(pt.first, 'PTName').add(` ${pick(r, ['in the clinic today', 'again with the results'])}.\n\n`);
  w.add(pick(r, ['Best,\n', 'Yours sincerely,\n', 'yours\n', 'Kind regards,\n']));
  if (chance(r, 0.5)) w.phiOf(`${writer.first} ${writer.last}`, 'HCPName').add(`\n${pick(r, ['Consultant Neurologist', 'Orthopaedic Surgeon', 'Attending Physician'])}\n`);
  else w.phiOf(writer.first, 'HCPName').add(` ${writer.last.charAt(0)}.\n`);
  const ini = () => Array.from({ length: 3 }, () => String.fromCharCode(97 + int(r, 0, 25))).join('');
  const form = int(r, 0, 2);
  if (form === 0) w.phiOf(ini().toUpperCase(), 'Initial').add('/').phiOf(ini(), 'Initial').add('\n');
  else if (form === 1) w.add('Transcriptionist: ').phiOf(ini(), 'Initial').add('\n');
  else w.add('typed ').phiOf(ini(), 'Initial').add('\n');
};

const STYLES: Array<{ style: Style; upper: boolean }> = [
  { style: icuNote, upper: true },
  { style: dischargeNote, upper: false },
  { style: radiologyNote, upper: false },
  { style: radiologyNote, upper: true },
  { style: dictationNote, upper: false },
  { style: lowerNote, upper: false },
  { style: handoverNote, upper: true },
  { style: handoverNote, upper: false },
  { style: triageNote, upper: false },
  { style: letterNote, upper: false },
];

/** Settings of the generated set. */
export interface SyntheticNotesOptions {
  seed?: number;
  count?: number;
}

const cache = new Map<string, TrainingNote[]>();

/**
 * Generated labelled notes (default 1000, seed 1103), each of one style; ICU notes and some radiology
 * reports are written in capitals. Every value's gold span is recorded where it is written.
 */
export function syntheticTrainingNotes(opts: SyntheticNotesOptions = {}): TrainingNote[] {
  const seed = opts.seed ?? 1103;
  const count = opts.count ?? 1000;
  const key = `${seed}:${count}`;
  const hit = cache.get(key);
  if (hit) return hit;
  const r = mulberry32(seed);
  const notes: TrainingNote[] = [];
  for (let i = 0; i < count; i++) {
    const { style, upper } = STYLES[i % STYLES.length]!;
    const w = new NoteWriter();
    style(w, r);
    // Upper-casing keeps every offset: the generated values are ASCII apart from "ström", whose
    // capital has the same length.
    const text = upper ? w.text.toUpperCase() : w.text;
    notes.push({ patient: `synthetic-${i}`, text, phi: w.phi });
  }
  cache.set(key, notes);
  return notes;
}
