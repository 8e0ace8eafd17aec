/**
 * Writer `behavioural`: synthetic behavioural-health notes with labelled PHI spans.
 *
 * Settings: inpatient psychiatry (admissions, daily notes), crisis line and mobile crisis, substance-use /
 * medication-assisted treatment, social work assessments, case management and housing placement,
 * court / probation / guardianship letters, child-protection referrals, group therapy, eating-disorder
 * programme notes and collateral calls with relatives and employers.
 *
 * Notes are built from pieces (plain strings and labelled spans). Case changes, capital lines and typos
 * are applied to pieces; offsets are computed only when the pieces are joined, so spans cannot drift.
 * Everything here is invented.
 */
import { mulberry32 } from '../../../util/prng.js';

export const WRITER_NAME = 'behavioural';

export const BEHAVIOURAL_STYLES: readonly string[] = [
  'psych-admission',
  'psych-daily',
  'crisis-mobile',
  'mat-clinic',
  'sw-assessment',
  'housing-casemgmt',
  'court-letter',
  'child-protection',
  'group-therapy',
  'eating-disorder',
  'collateral-call',
];

export interface GeneratedSpan {
  start: number;
  end: number;
  category: string;
}

export interface GeneratedNote {
  patient: string;
  text: string;
  phi: GeneratedSpan[];
  style: string;
}

type Cat = 'NAME' | 'LOCATION' | 'STATE' | 'DATE' | 'DATE_YEAR' | 'AGE' | 'PHONE' | 'ID' | 'EMAIL' | 'URL' | 'OTHER';
interface Span {
  t: string;
  c: Cat;
}
type Piece = string | Span;
type Val = Piece | readonly Piece[] | number;

function S(t: string, c: Cat): Span {
  return { t: t.trim(), c };
}

/** Tagged template: literal text stays plain, interpolated spans stay spans. */
function T(strs: TemplateStringsArray, ...vals: Val[]): Piece[] {
  const out: Piece[] = [];
  for (let i = 0; i < strs.length; i++) {
    const s = strs[i] as string;
    if (s) out.push(s);
    if (i < vals.length) {
      const v = vals[i] as Val;
      if (typeof v === 'number') out.push(String(v));
      else if (Array.isArray(v)) out.push(...(v as Piece[]));
      else out.push(v as Piece);
    }
  }
  return out;
}

const L = (s: string): string[] => s.split('|').map((x) => x.trim()).filter(Boolean);

// ---------------------------------------------------------------- inventories (all invented)
const FIRST_F = L(
  'Adaeze|Ngozi|Chiamaka|Abena|Efua|Yetunde|Folake|Aminata|Fatoumata|Priya|Ananya|Deepika|Lakshmi|Sunita|Mei|Xiaoling|Yuki|Haruka|Min-ji|Soo-ah|Thuy|Linh|Mai|Olena|Katarzyna|Agnieszka|Svetlana|Milena|Jelena|Bogdana|Fatima|Layla|Noor|Yasmin|Rania|Huda|Mariana|Guadalupe|Ximena|Rosalinda|Marisol|Yesenia|Ingrid|Sigrid|Astrid|Freya|Solveig|Winona|Aiyana|Tallulah|Kalani|Leilani|Malia|Sina|Grace|Hope|Rose|Faith|Joy|Dawn|Summer|April|June|Ruby|Pearl|Ivy|Holly|Jessica|Brittany|Kayla|Ashley|Tamika|Shaniqua|Latoya|Keisha|Deborah|Margaret|Dorothy|Evelyn|Beatrice|Maeve|Siobhan|Niamh|Ayesha|Zainab|Halima|Shirin|Parisa|Esperanza|Consuelo|Tatiana|Anastasia|Destiny|Kimberly|Tonya',
);
const FIRST_M = L(
  "Chukwuemeka|Oluwaseun|Kwame|Kofi|Yaw|Babajide|Tunde|Mamadou|Ousmane|Ibrahima|Rajesh|Arjun|Vikram|Sanjay|Rohan|Wei|Jian|Hiroshi|Kenji|Takumi|Ji-hoon|Min-jun|Duc|Minh|Tuan|Bohdan|Tomasz|Piotr|Dmitri|Aleksandr|Nikola|Goran|Omar|Khalid|Tariq|Yusuf|Mustafa|Hamza|Santiago|Alejandro|Jesús|Guillermo|Joaquín|Rigoberto|Lars|Bjørn|Erik|Anders|Magnus|Tahoma|Hototo|Chayton|Kele|Keoni|Makoa|Sione|Tevita|Will|Frank|Bill|Rusty|Bud|Jack|Tyler|Cody|Dustin|Travis|DeShawn|Jamal|Darnell|Tyrone|Marquis|Raymond|Eugene|Harold|Walter|Clarence|Cormac|Declan|Seamus|Hassan|Reza|Dariusz|Mateo|Ezequiel|Teodoro|Robert|William|D'Andre",
);
const FIRST_X = L('Jordan|Riley|Avery|Quinn|Rowan|Sage|River|Skyler|Alex|Casey|Jamie|Morgan|Reese|Kai|Noa|Emerson|Dakota|Shay');
const SURNAMES = L(
  "Okafor|Adeyemi|Mensah|Asante|Boateng|Diallo|Traoré|Ndiaye|Eze|Nwosu|Okonkwo|Balogun|Owusu|Abiodun|Patel|Sharma|Iyer|Reddy|Chatterjee|Gupta|Nair|Banerjee|Chen|Wang|Liu|Zhao|Huang|Tanaka|Nakamura|Yamamoto|Sato|Kim|Park|Choi|Nguyen|Tran|Pham|Le|Hoang|Kowalski|Nowak|Wiśniewski|Kovalenko|Shevchenko|Petrov|Ivanova|Novak|Horvat|Popović|Jovanović|Haddad|Khoury|Nasser|Al-Rashid|Abdullah|Mansour|Hussein|Farouk|Rahimi|Karimi|Hernández|García|Martínez|Rodríguez|López|González|Ramírez|Flores|Morales|de la Cruz|dos Santos|Delgado|Villanueva|Castillo|Ortega|Vargas|Lindqvist|Johansson|Andersen|Halvorsen|Bergström|Nilsen|Eriksen|Begay|Yazzie|Tsosie|Running Bear|Whitehorse|Redcloud|Two Feathers|Kealoha|Kahananui|Fifita|Tupou|Faleolo|Mahe|O'Brien|McAllister|O'Sullivan|Fitzgerald|Murphy|Gallagher|Van der Berg|van Houten|De Luca|Di Stefano|Rossi|Bianchi|Esposito|Schneider|Müller|Becker|Hoffmann|Ben-David|Cohen|Levy|Friedman|Katz|Smith-Jones|Garcia-Lopez|Bell|Stone|Hill|Price|Young|Love|King|Brown|Long|Page|Hope|Grace|Rose|Frank|Church|Moody|Wise|Sharp|Savage|Sweet|Fields|Banks|Booker|Washington|Jefferson|Jackson|Robinson|Coleman|Freeman|Whitaker|Pruitt|Tolliver|Haskins|Duvall|Beaudoin|Thibodeaux|Arceneaux|Boudreaux|Szabo|Nagy|Papadopoulos|Georgiou|Yilmaz|Demir|Öztürk|Dlamini|Nkosi|Abebe|Tesfaye|Haile|Warsame|Farah|Mohamud|Jama|St. Pierre|Al-Masri|Oyelaran-Brooks",
);
const NICK: Record<string, string> = {
  Chukwuemeka: 'Emeka', Oluwaseun: 'Seun', Aleksandr: 'Sasha', Guadalupe: 'Lupe', Babajide: 'Jide', Margaret: 'Peggy',
  'Jesús': 'Chuy', Anastasia: 'Nastya', Dorothy: 'Dot', Raymond: 'Ray', Eugene: 'Gene', Harold: 'Hal', Katarzyna: 'Kasia',
  Dmitri: 'Dima', Santiago: 'Santi', Alejandro: 'Ale', Tatiana: 'Tanya', Deborah: 'Debbie', Walter: 'Walt', Rajesh: 'Raj',
  Vikram: 'Vik', Robert: 'Bobby', William: 'Billy', Kimberly: 'Kimmy', Rigoberto: 'Rigo', Ezequiel: 'Zeke', Teodoro: 'Teo',
  Yetunde: 'Tunde', Adaeze: 'Ada', Elizabeth: 'Liz', Christopher: 'Topher', Bogdana: 'Dana', Agnieszka: 'Aga', Clarence: 'Buddy',
};
const TOWNS = L(
  "Liberty|Independence|Fairview|Union|Marshall|Bath|Reading|Hope|Temple|Normal|Florence|Sparks|Chance|Bliss|Harmony|Friendship|Canton|Orange|Warren|Salem|Commerce|Energy|Millbrook|Dunmore|Ashgrove|Kettle Falls|Crane Hollow|Port Alder|New Tarrant|Bellmont|Saltmarsh|Ridgeway|Copper Creek|Greyhaven|Linden Ford|Maple Bend|Quarry Hill|Pinecrest|Whitlow|Riverton|Eastbrook|Westfall|Northgate|Sutter's Mill|Glenrock|Cold Spring|Marrowfield|Thistledown|Birch Run|Stanwick|Oakhurst|Farrow|Hatchet Lake|Red Bank|Black Rock|Lowell Bay|Calder|Gideon|Two Rivers|Broken Arrow|Shiloh|Tarrant Springs|Bitter Creek|Wolf Point|Iron Gate|Seabrook|Lone Pine|Mercer|Vail Crossing|Canaan",
);
const COUNTIES = L('Harlan|Marlow|Holloway|Tennant|Okawville|Carver|Pell|Sumner|Briscoe|Lark|Ashby|Quill|Dorrance|Vantage|Kittredge|Moss');
const STATES: [string, string][] = [
  ['Alabama', 'AL'], ['Alaska', 'AK'], ['Arizona', 'AZ'], ['Arkansas', 'AR'], ['California', 'CA'], ['Colorado', 'CO'],
  ['Connecticut', 'CT'], ['Delaware', 'DE'], ['Florida', 'FL'], ['Georgia', 'GA'], ['Hawaii', 'HI'], ['Idaho', 'ID'],
  ['Illinois', 'IL'], ['Indiana', 'IN'], ['Iowa', 'IA'], ['Kansas', 'KS'], ['Kentucky', 'KY'], ['Louisiana', 'LA'],
  ['Maine', 'ME'], ['Maryland', 'MD'], ['Massachusetts', 'MA'], ['Michigan', 'MI'], ['Minnesota', 'MN'], ['Mississippi', 'MS'],
  ['Missouri', 'MO'], ['Montana', 'MT'], ['Nebraska', 'NE'], ['Nevada', 'NV'], ['New Hampshire', 'NH'], ['New Jersey', 'NJ'],
  ['New Mexico', 'NM'], ['New York', 'NY'], ['North Carolina', 'NC'], ['North Dakota', 'ND'], ['Ohio', 'OH'], ['Oklahoma', 'OK'],
  ['Oregon', 'OR'], ['Pennsylvania', 'PA'], ['Rhode Island', 'RI'], ['South Carolina', 'SC'], ['South Dakota', 'SD'],
  ['Tennessee', 'TN'], ['Texas', 'TX'], ['Utah', 'UT'], ['Vermont', 'VT'], ['Virginia', 'VA'], ['Washington', 'WA'],
  ['West Virginia', 'WV'], ['Wisconsin', 'WI'], ['Wyoming', 'WY'],
];
const COUNTRIES = L('Guatemala|Honduras|Somalia|Ukraine|Bhutan|Haiti|Nigeria|Vietnam|Philippines|Marshall Islands|Mexico|Syria|Afghanistan|Eritrea|Ghana|Poland|Burma|Tonga|El Salvador|Iraq|Congo|Nepal|Cuba|Samoa');
/** [full name, short forms...] */
const INSTITUTIONS: string[][] = [
  ["St. Brigid's Behavioral Health Center", "St. Brigid's", 'SBBHC', "St B's"],
  ['Cedar Hollow Psychiatric Hospital', 'Cedar Hollow', 'CHPH', 'the Hollow'],
  ['Riverbend Community Services Board', 'Riverbend CSB', 'RCSB'],
  ['Northfield Recovery Clinic', 'Northfield', 'NRC'],
  ['Harbor Light Opioid Treatment Program', 'Harbor Light', 'HLOTP'],
  ['Kestrel Ridge Eating Disorder Program', 'Kestrel Ridge', 'KREDP'],
  ['Greystone Regional Medical Center', 'Greystone', 'GRMC'],
  ['Sisters of Providence Hospital', 'Providence', 'SOPH'],
  ['Pinewood Adolescent Treatment Center', 'Pinewood', 'PATC'],
  ['New Dawn Detox', 'New Dawn'],
  ['Saint Casimir Medical Center', 'St. Casimir', 'SCMC', "St. Cas"],
  ['Lakeshore VA Medical Center', 'Lakeshore VA'],
  ['Thornbury State Hospital', 'Thornbury', 'TSH'],
  ['Wellspring Counseling Associates', 'Wellspring'],
  ['Bayside Assertive Community Treatment', 'Bayside ACT'],
  ['Tri-County Mobile Crisis Team', 'Tri-County MCT', 'Tri-County'],
  ['Valley Crisis Stabilization Unit', 'Valley CSU'],
  ["Juniper House Women's Residential", 'Juniper House'],
  ['Eastgate Family Medicine', 'Eastgate FM', 'Eastgate'],
  ['Oak Street Clubhouse', 'Oak St Clubhouse'],
  ['Marigold Peer Respite', 'Marigold'],
  ['Holloway Behavioral Urgent Care', 'HBUC', 'Holloway BUC'],
];
const SHELTERS = L("Mercy House Family Shelter|the Lantern Men's Shelter|Haven of Rest Rescue Mission|Harbor Street Women's Shelter|Crossroads Youth Shelter|St. Vincent de Paul Night Shelter|Safe Passage DV Shelter|Bridgeway Transitional Housing|Willow Court Apartments|Hearthstone Permanent Supportive Housing|Cornerstone Recovery Residence|Ruth's Place");
const EMPLOYERS = L('Kessler Freight Lines|Tri-Valley Poultry|Sunmart Grocery|Pioneer Tire & Lube|Bluewater Casino|Hartwell Logistics|Golden Spoon Diner|Ridgeline Roofing|Amberfield Nursing & Rehab|Dollar Barn|Castle Rock Quarry|Mapleleaf Call Center|Ironhorse Auto Body|Harvest Moon Bakery|Northwind Energy|Delacroix Seafood|Summit Home Health|QuikFuel|Brightpath Daycare|Ostrander Lumber|Keene Valley Schools|Fairway Car Wash');
const SCHOOLS = L("Whitfield Middle School|Lincoln-Douglass Elementary|Ashgrove High School|Sacred Heart Academy|Riverton Community College|Eastbrook Early Learning Center|Calder Alternative School|Two Rivers Junior High|Mount Olive Christian School|Kettle Falls Elementary");
const PHARMACIES = L('Corner Drug|Hilltop Pharmacy|MedCare Pharmacy|Rx Express|Ridgeway Apothecary|Family Fare Pharmacy|Dunmore Discount Drug');
const CHURCHES = L('Greater New Hope Baptist Church|St. Stanislaus Parish|Masjid Al-Noor|Iglesia Pentecostal Monte Sinaí|First Lutheran Church|Holy Trinity Orthodox Church|Grace Fellowship');
const INSURERS = L('Keystone Health Plan|BlueHarbor Medicaid|Meridian Community Care|Tristate Family Health|Pinnacle Managed Care');
const JAILS = L('Holloway County Jail|Marlow County Detention Center|Sumner County Adult Correctional Facility|Briscoe Regional Jail');
const STREETS = L("Tamarack|Elm|Juniper|Wabash|Kossuth|Palisade|Orchard|Mill|Depot|Cherokee|Sycamore|Lafayette|Bridge|Canal|Hawthorne|4th|12th|Martin Luther King Jr.|Old Mill|Ferry|Quarry|Cottonwood|Pleasant|Railroad|Grand|Magnolia|Kingfisher|Bell|Love|Hope");
const STREET_SUF = L('St|Street|Ave|Avenue|Rd|Road|Ln|Lane|Dr|Blvd|Ct|Way|Pkwy|Terrace');
const DOMAINS = L('rcsb.org|harborlightotp.org|cedarhollow-health.org|kestrelridge.org|tricountymct.net|sbbhc.org|marlowcounty.gov|hollowaycourts.gov|bridgewayhousing.org|wellspringca.com|gmail.com|yahoo.com|outlook.com');
const CREDS_PRESCRIBER = L('MD|DO|PMHNP-BC|NP|PA-C|MD, PhD');
const CREDS_THERAPIST = L('LCSW|LICSW|LMHC|LPC|LMFT|PsyD|PhD|LCSW-C|LMSW|CADC|LADC|CRPS|RD|LD');

export const INVENTORY_SIZES: Record<string, number> = {
  firstNames: FIRST_F.length + FIRST_M.length + FIRST_X.length,
  surnames: SURNAMES.length,
  nicknames: Object.keys(NICK).length,
  towns: TOWNS.length,
  counties: COUNTIES.length,
  states: STATES.length,
  countries: COUNTRIES.length,
  institutions: INSTITUTIONS.length,
  shelters: SHELTERS.length,
  employers: EMPLOYERS.length,
  schools: SCHOOLS.length,
  pharmacies: PHARMACIES.length,
  churches: CHURCHES.length,
  insurers: INSURERS.length,
  jails: JAILS.length,
  streets: STREETS.length,
  emailDomains: DOMAINS.length,
};

// ---------------------------------------------------------------- random helpers
function mix(...xs: number[]): number {
  let h = 0x9e3779b9;
  for (const x of xs) {
    h = Math.imul(h ^ (x >>> 0), 0x85ebca6b);
    h ^= h >>> 13;
    h = Math.imul(h, 0xc2b2ae35);
    h ^= h >>> 16;
  }
  return h >>> 0;
}

class Rng {
  private readonly r: () => number;
  constructor(seed: number) {
    this.r = mulberry32(seed);
  }
  f(): number {
    return this.r();
  }
  int(a: number, b: number): number {
    return a + Math.floor(this.r() * (b - a + 1));
  }
  pick<T>(xs: readonly T[]): T {
    return xs[Math.floor(this.r() * xs.length)] as T;
  }
  chance(p: number): boolean {
    return this.r() < p;
  }
  digits(n: number): string {
    let s = '';
    for (let i = 0; i < n; i++) s += String(this.int(0, 9));
    return s;
  }
  letters(n: number): string {
    let s = '';
    for (let i = 0; i < n; i++) s += 'ABCDEFGHJKLMNPRSTUVWXYZ'[this.int(0, 22)];
    return s;
  }
}

// ---------------------------------------------------------------- people, dates, numbers
interface Person {
  first: string;
  last: string;
  mi: string;
  sex: 'F' | 'M' | 'X';
}

const SIMPLE_SURNAMES = SURNAMES.filter((x) => !x.includes(' ') && !x.includes('-'));

function person(r: Rng, sex?: 'F' | 'M' | 'X'): Person {
  const s = sex ?? (r.chance(0.47) ? 'F' : r.chance(0.9) ? 'M' : 'X');
  const pool = s === 'F' ? FIRST_F : s === 'M' ? FIRST_M : FIRST_X;
  const first = r.chance(0.1) ? r.pick(FIRST_X) : r.pick(pool);
  let last = r.pick(SURNAMES);
  if (r.chance(0.05)) last = `${last}-${r.pick(SIMPLE_SURNAMES)}`;
  return { first, last, mi: 'ABCDEFGHJKLMNPRSTVW'[r.int(0, 18)] as string, sex: s };
}

function typoWord(r: Rng, w: string): string {
  if (w.length < 4) return w;
  const i = r.int(1, w.length - 3);
  let k = r.int(0, 2);
  if (!/\p{L}\p{L}/u.test(w.slice(i, i + 2))) k = 2;
  if (!/\p{L}/u.test(w[i] ?? '')) return w;
  if (k === 0) return w.slice(0, i) + (w[i + 1] as string) + (w[i] as string) + w.slice(i + 2);
  if (k === 1) return w.slice(0, i) + w.slice(i + 1);
  return w.slice(0, i) + (w[i] as string) + w.slice(i);
}

const MON = L('Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec');
const MONTH = L('January|February|March|April|May|June|July|August|September|October|November|December');
const DAYMS = 86400000;
const p2 = (n: number): string => String(n).padStart(2, '0');
function ord(n: number): string {
  if (n % 100 >= 11 && n % 100 <= 13) return `${n}th`;
  return `${n}${['th', 'st', 'nd', 'rd'][n % 10] ?? 'th'}`;
}
function fmtDate(ms: number, f: number): string {
  const d = new Date(ms);
  const y = d.getUTCFullYear();
  const m = d.getUTCMonth() + 1;
  const dd = d.getUTCDate();
  const yy = p2(y % 100);
  switch (f) {
    case 0: return `${m}/${dd}/${y}`;
    case 1: return `${p2(m)}/${p2(dd)}/${y}`;
    case 2: return `${m}/${dd}/${yy}`;
    case 3: return `${m}/${dd}`;
    case 4: return `${m}-${dd}`;
    case 5: return `${MON[m - 1]} ${dd}`;
    case 6: return `${MONTH[m - 1]} ${ord(dd)}`;
    case 7: return `${p2(dd)}-${MON[m - 1]}-${y}`;
    case 8: return `${y}-${p2(m)}-${p2(dd)}`;
    case 9: return `${MONTH[m - 1]} ${dd}, ${y}`;
    case 10: return `${dd} ${MONTH[m - 1]} ${y}`;
    case 11: return `${MON[m - 1]}. ${dd}, ${y}`;
    default: return `${p2(m)}-${p2(dd)}-${y}`;
  }
}

const WEEKDAYS = L('Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday');

interface Relative {
  rel: string;
  p: Person;
  age: number;
  phone: string;
}

interface Patient {
  id: string;
  p: Person;
  age: number;
  dob: number;
  anchor: number;
  mrn: string;
  town: string;
  state: [string, string];
  street: string;
  zip: string;
  phone: string;
  rels: Relative[];
  prescriber: Person;
  presCred: string;
  worker: Person;
  workerCred: string;
  inst: string[];
  employer: string;
  country: string;
  county: string;
  pronoun: [string, string, string];
  nick: string | undefined;
  medicaid: string;
  email: string;
}

function phoneStr(r: Rng, f?: number): string {
  const a = `${r.int(2, 9)}${r.digits(2)}`;
  const b = `${r.int(2, 9)}${r.digits(2)}`;
  const c = r.digits(4);
  switch (f ?? r.int(0, 7)) {
    case 0: return `(${a}) ${b}-${c}`;
    case 1: return `${a}-${b}-${c}`;
    case 2: return `${a}.${b}.${c}`;
    case 3: return `${b}-${c}`;
    case 4: return `${a} ${b} ${c}`;
    case 5: return `+1 ${a}-${b}-${c}`;
    case 6: return `1-${a}-${b}-${c}`;
    default: return `(${a})${b}-${c}`;
  }
}

function emailFor(r: Rng, p: Person): string {
  const f = p.first.toLowerCase().normalize('NFD').replace(/[^a-z]/g, '');
  const l = p.last.toLowerCase().normalize('NFD').replace(/[^a-z]/g, '');
  const form = r.int(0, 3);
  const local = form === 0 ? `${f}.${l}` : form === 1 ? `${f[0] ?? 'x'}${l}` : form === 2 ? `${l}${f[0] ?? ''}${r.digits(2)}` : `${f}_${l}${r.digits(1)}`;
  return `${local}@${r.pick(DOMAINS)}`;
}

const RELS_OLD = L('daughter|son|niece|nephew|granddaughter|grandson|neighbor|wife|husband|friend|daughter-in-law');
const RELS_YOUNG = L('mother|father|grandmother|grandfather|aunt|foster mother|stepfather|sister|brother|uncle');
const RELS = L('mother|father|sister|brother|wife|husband|partner|girlfriend|boyfriend|aunt|uncle|grandmother|grandfather|cousin|daughter|son|roommate|friend|foster mother|stepfather|ex-wife');

function makePatient(seed: number, idx: number): Patient {
  const r = new Rng(mix(seed, idx, 7771));
  const p = person(r);
  const old = r.chance(0.07);
  const age = old ? r.int(90, 103) : r.chance(0.15) ? r.int(12, 17) : r.int(18, 78);
  const year = r.int(2019, 2026);
  const anchor = Date.UTC(year, r.int(0, 11), r.int(1, 28));
  const dob = anchor - (age * 365.25 + r.int(10, 350)) * DAYMS;
  const rels: Relative[] = [];
  const nr = r.int(2, 4);
  const relPool = age >= 80 ? RELS_OLD : age < 18 ? RELS_YOUNG : RELS;
  for (let i = 0; i < nr; i++) {
    let rel = r.pick(relPool);
    if (rels.some((x) => x.rel === rel)) rel = r.pick(relPool);
    if (rels.some((x) => x.rel === rel) && /mother|father|wife|husband/.test(rel)) continue;
    const rp = person(r, /mother|sister|wife|aunt|girlfriend|daughter|niece/.test(rel) ? 'F' : /father|brother|husband|uncle|boyfriend|son|nephew/.test(rel) ? 'M' : undefined);
    if (r.chance(0.55) && /mother|father|sister|brother|aunt|uncle|grand|cousin|daughter|son/.test(rel)) rp.last = p.last;
    let rage = age >= 80 ? r.int(38, 76) : r.int(16, 75);
    if (/grandmother|grandfather/.test(rel)) rage = r.chance(0.5) ? r.int(90, 99) : r.int(58, 89);
    rels.push({ rel, p: rp, age: rage, phone: phoneStr(r) });
  }
  const pronoun: [string, string, string] = p.sex === 'F' ? ['she', 'her', 'her'] : p.sex === 'M' ? ['he', 'him', 'his'] : ['they', 'them', 'their'];
  return {
    id: `p${String(idx).padStart(4, '0')}`,
    p,
    age,
    dob,
    anchor,
    mrn: r.chance(0.5) ? r.digits(r.int(7, 9)) : `${r.letters(1)}${r.digits(7)}`,
    town: r.pick(TOWNS),
    state: r.pick(STATES),
    street: `${r.int(2, 9899)} ${r.pick(STREETS)} ${r.pick(STREET_SUF)}${r.chance(0.35) ? r.pick([' Apt ', ' Unit ', ' #', ', Apt ', ' Lot ']) + `${r.int(1, 40)}${r.chance(0.4) ? r.letters(1) : ''}` : ''}`,
    zip: r.chance(0.85) ? `${r.int(1, 9)}${r.digits(4)}` : `${r.int(1, 9)}${r.digits(4)}-${r.digits(4)}`,
    phone: phoneStr(r),
    rels,
    prescriber: person(r),
    presCred: r.pick(CREDS_PRESCRIBER),
    worker: person(r),
    workerCred: r.pick(CREDS_THERAPIST),
    inst: r.pick(INSTITUTIONS),
    employer: r.pick(EMPLOYERS),
    country: r.pick(COUNTRIES),
    county: r.pick(COUNTIES),
    pronoun,
    nick: NICK[p.first] ?? (r.chance(0.15) ? r.pick(L('Boo|Tiny|Red|Junior|Sunny|Peanut|Smokey|Chico|Mo|Lulu|Dee|Bear')) : undefined),
    medicaid: `${r.letters(2)}${r.digits(7)}${r.letters(1)}`,
    email: emailFor(r, p),
  };
}

// ---------------------------------------------------------------- note context
class Ctx {
  readonly r: Rng;
  readonly pt: Patient;
  readonly date: number;
  readonly misspell: number;
  constructor(r: Rng, pt: Patient, date: number) {
    this.r = r;
    this.pt = pt;
    this.date = date;
    this.misspell = r.chance(0.25) ? 0.12 : 0.02;
  }
  ms(s: string): string {
    return this.r.chance(this.misspell) ? typoWord(this.r, s) : s;
  }
  /** one NAME span in a chosen or random format */
  n(p: Person, fmt?: string): Span {
    const r = this.r;
    const f = fmt ?? r.pick(['full', 'full', 'full', 'fml', 'lf', 'LFM', 'init', 'first', 'last', 'last', 'lower', 'UP']);
    let first = p.first;
    let last = p.last;
    if (r.chance(this.misspell)) {
      if (r.chance(0.5)) last = typoWord(r, last);
      else first = typoWord(r, first);
    }
    let t: string;
    switch (f) {
      case 'fml': t = `${first} ${p.mi}. ${last}`; break;
      case 'lf': t = `${last}, ${first}`; break;
      case 'LFM': t = `${last.toUpperCase()}, ${first} ${p.mi}.`; break;
      case 'LF_UP': t = `${last.toUpperCase()}, ${first.toUpperCase()}`; break;
      case 'init': t = `${first[0] ?? ''}. ${last}`; break;
      case 'first': t = first; break;
      case 'last': t = last; break;
      case 'lower': t = `${first} ${last}`.toLowerCase(); break;
      case 'UP': t = `${first} ${last}`.toUpperCase(); break;
      case 'nick': t = NICK[p.first] ?? first; break;
      case 'initials': t = `${first[0] ?? ''}${last[0] ?? ''}`.toUpperCase(); break;
      default: t = `${first} ${last}`;
    }
    return S(t, 'NAME');
  }
  /** clinician with title or credential outside the span */
  doc(p: Person, cred: string): Piece[] {
    const r = this.r;
    const k = r.int(0, 6);
    const isDr = /MD|DO|PhD|PsyD/.test(cred);
    if (k === 0 && isDr) return ['Dr. ', this.n(p, 'last')];
    if (k === 1 && isDr) return ['Dr. ', this.n(p, r.pick(['full', 'init']))];
    if (k === 2) return [this.n(p, 'full'), `, ${cred}`];
    if (k === 3) return [this.n(p, 'init'), ` ${cred}`];
    if (k === 4) return [this.n(p, 'fml'), `, ${cred}`];
    if (k === 5) return [this.n(p, r.pick(['full', 'last'])), ` (${cred})`];
    return [this.n(p, 'full'), `, ${cred}`];
  }
  staff(creds: readonly string[]): Piece[] {
    return this.doc(person(this.r), this.r.pick(creds));
  }
  pt_(fmt?: string): Span {
    return this.n(this.pt.p, fmt);
  }
  /** patient referred to in running text: name or plain 'pt' */
  who(): Piece[] {
    const r = this.r;
    if (r.chance(0.45)) return [r.pick(['Pt', 'Patient', 'The patient', 'Client', 'Pt'])];
    const k = r.int(0, 3);
    const tt = this.pt.p.sex === 'F' ? 'Ms.' : this.pt.p.sex === 'M' ? 'Mr.' : 'Mx.';
    if (k === 0) return [`${tt} `, this.pt_('last')];
    if (k === 1) return [this.pt_('first')];
    return [this.pt_(r.pick(['full', 'first', 'last']))];
  }
  d(ms: number, f?: number): Span {
    return S(fmtDate(ms, f ?? this.r.int(0, 12)), 'DATE');
  }
  today(f?: number): Span {
    return this.d(this.date, f);
  }
  ago(days: number, f?: number): Span {
    return this.d(this.date - days * DAYMS, f);
  }
  ahead(days: number, f?: number): Span {
    return this.d(this.date + days * DAYMS, f);
  }
  year(back: number): Span {
    const y = new Date(this.date).getUTCFullYear() - back;
    return S(this.r.chance(0.12) ? `'${p2(y % 100)}` : String(y), 'DATE_YEAR');
  }
  yearIn(back: number): Piece[] {
    const y = this.year(back);
    return y.t.startsWith("'") ? [y] : ['in ', y];
  }
  dob(): Span {
    return this.d(this.pt.dob, this.r.pick([0, 1, 1, 2, 7, 8, 9, 12]));
  }
  age(n?: number): Piece {
    const a = n ?? this.pt.age;
    return a > 89 ? S(String(a), 'AGE') : String(a);
  }
  ph(s?: string): Span {
    return S(s ?? phoneStr(this.r), 'PHONE');
  }
  ext(): Piece[] {
    return [this.r.pick([' ext. ', ' x', ' ext ', ' x ']), S(this.r.digits(this.r.int(3, 5)), 'PHONE')];
  }
  id(s: string): Span {
    return S(s, 'ID');
  }
  mrn(): Span {
    return S(this.pt.mrn, 'ID');
  }
  loc(s: string): Span {
    return S(this.ms(s), 'LOCATION');
  }
  inst(short?: boolean): Span {
    const inst = this.pt.inst;
    const s = short === undefined ? this.r.pick(inst) : short ? this.r.pick(inst.slice(1)) : (inst[0] as string);
    return this.loc(s);
  }
  other(...inst: string[]): Span {
    return this.loc(this.r.pick(inst.length ? inst : this.r.pick(INSTITUTIONS)));
  }
  town(t?: string): Span {
    let s = t ?? this.r.pick(TOWNS);
    if (this.r.chance(0.06)) s = s.toLowerCase();
    return this.loc(s);
  }
  st(full?: boolean): Span {
    const s = this.r.pick(STATES);
    return S((full ?? this.r.chance(0.3)) ? s[0] : s[1], 'STATE');
  }
  ptState(): Span {
    return S(this.r.chance(0.3) ? this.pt.state[0] : this.pt.state[1], 'STATE');
  }
  /** full address: street / town, ST ZIP, one LOCATION per part */
  addr(oneLine = true): Piece[] {
    const pt = this.pt;
    const sep = oneLine ? ', ' : '\n';
    return [S(pt.street, 'LOCATION'), sep, this.town(pt.town), ', ', this.ptState(), ' ', S(pt.zip, 'LOCATION')];
  }
  county(): Span {
    return this.loc(`${this.pt.county} County`);
  }
  /** a court or county department named after the county: one LOCATION span */
  court(kinds: readonly string[]): Span {
    const k = this.r.pick(kinds);
    return this.loc(this.r.chance(0.2) ? `${k}, ${this.pt.county} County` : `${this.pt.county} County ${k}`);
  }
  rel(i?: number): Relative {
    const rels = this.pt.rels;
    return i === undefined ? this.r.pick(rels) : (rels[i % rels.length] as Relative);
  }
  room(): Piece[] {
    const r = this.r;
    return [r.pick(['Rm ', 'Room ', 'rm ', 'Bed ', 'Rm. ']), S(`${r.int(1, 6)}${p2(r.int(1, 40))}${r.chance(0.5) ? r.pick(['A', 'B', '-1', '-2']) : ''}`, 'OTHER')];
  }
  time(): string {
    const r = this.r;
    const h = r.int(0, 23);
    const m = p2(r.int(0, 59));
    return r.pick([`${p2(h)}:${m}`, `${p2(h)}${m}`, `${((h + 11) % 12) + 1}:${m} ${h < 12 ? 'am' : 'pm'}`, `${((h + 11) % 12) + 1}:${m}${h < 12 ? 'a' : 'p'}`]);
  }
  initials(p: Person): Span {
    return this.n(p, 'initials');
  }
  /** signature initials like MK/jo: two spans */
  sigInit(p: Person): Piece[] {
    const t = person(this.r);
    return [this.initials(p), '/', S(`${t.first[0] ?? 'x'}${t.last[0] ?? 'x'}`.toLowerCase(), 'NAME')];
  }
  email(p?: Person): Span {
    return S(p ? emailFor(this.r, p) : this.pt.email, 'EMAIL');
  }
  url(): Span {
    const r = this.r;
    const host = r.pick(L('www.rcsb.org|portal.harborlightotp.org|www.kestrelridge.org|efile.hollowaycourts.gov|marlowcounty.gov|www.bridgewayhousing.org|telehealth.wellspringca.com|www.cedarhollow-health.org|mychart.greystonermc.org|intake.tricountymct.net'));
    const path = r.pick(L('/intake|/referrals/new|/patient-portal|/forms/roi|/housing/apply|/groups/schedule|/family-week|/probation/report|/visit/join|/guardianship'));
    return S(`${r.chance(0.6) ? 'https://' : ''}${host}${r.chance(0.7) ? path : ''}`, 'URL');
  }
  he(): string {
    return this.pt.pronoun[0];
  }
  him(): string {
    return this.pt.pronoun[1];
  }
  his(): string {
    return this.pt.pronoun[2];
  }
  He(): string {
    const h = this.pt.pronoun[0];
    return h[0]?.toUpperCase() + h.slice(1);
  }
  His(): string {
    const h = this.pt.pronoun[2];
    return h[0]?.toUpperCase() + h.slice(1);
  }
  pk<T>(xs: readonly T[]): T {
    return this.r.pick(xs);
  }
  maybe(p: number, v: Piece[] | string): Piece[] {
    if (!this.r.chance(p)) return [];
    return typeof v === 'string' ? [v] : v;
  }
}

// ---------------------------------------------------------------- shared look-alike material (unlabelled)
const EPONYM_LINES = L(
  "No Babinski sign; gait steady, no Parkinsonian features.|Wernicke's encephalopathy considered, thiamine started prophylactically.|Hx of Crohn's disease, followed by GI.|No Foley; voiding spontaneously.|Glasgow Coma Scale 15 on arrival.|Remote Hodgkin lymphoma, in remission since childhood.|No Cushingoid features.|Tourette's tics noted, mild, suppressible.|Records mention Asperger's; pt prefers 'autistic'.|Korsakoff picture not present; recall 3/3.|Chvostek and Trousseau signs negative.|Russell's sign present on R hand knuckles.|Young Mania Rating Scale 22.|Beck Depression Inventory 31 (severe).|Mallory-Weiss tear ruled out by GI last admission.|AIMS 0, no tardive movements.|Hamilton Anxiety 19.|Epworth 6.|Denies hx of Graves disease; TSH ordered anyway.|Wilson disease screen (ceruloplasmin) normal.|Capgras-type misidentification of mother, resolving.|Ganser-like approximate answers noted, likely volitional.|Alzheimer dementia considered; MoCA 26/30 argues against.|Huntington testing declined by pt.|Munchausen by proxy was raised by peds and not supported.|Lewy body features absent, no fluctuations.|Marchman Act petition discussed with family.|Tarasoff duty reviewed; no identifiable victim.|Clinical Institute Withdrawal Assessment (CIWA-Ar) 12.|Clinical Opiate Withdrawal Scale 14, moderate.|Edinburgh Postnatal Depression Scale 17.|Yale-Brown Obsessive Compulsive Scale 24.|Brief Psychiatric Rating Scale 41.|Addison disease excluded, AM cortisol normal.|Barnes Akathisia Rating Scale 2.|Hoover sign negative.|Romberg negative, no ataxia.",
);
const WORDY_LINES = L(
  'Will follow up in the morning.|We hope to step down to a lower level of care by the weekend.|Pt was frank about use in the past week.|Landlord sent a bill for back rent; pt tearful about it.|Rose from bed only for meals today.|Utility company granted a grace period.|Affect stone-faced during most of the interview.|Young adult with long history of cannabis use.|See page 2 for the safety plan.|Price of rent is the main barrier.|Brought belongings in a brown paper bag.|Fields questions appropriately.|Banks on getting the job back.|Speaks with love about the kids.|Sharp increase in use over the holidays.|Moody and irritable per staff.|Slept in a king-size bed at the motel, reports poor sleep anyway.|Wise to ask for help, told pt so.|Attends church most Sundays, finds it grounding.|Long wait at the pharmacy again.|Relapsed over Thanksgiving weekend, disclosed it freely.|Anxious about Christmas with family.|Groups Mon/Wed/Fri at 10:00.|Will call back Tuesday after 2 pm.|Bill of rights reviewed and signed.|Rose early, showered without prompting.|Frank discussion about overdose risk after tolerance loss.|Hopes to regain custody by summer.|Pt has a long way to go but is engaged.|King of the dayroom card games, per staff.|Gave a grace note at dinner, per peers.|Stone cold sober x 45 days by pt report.|Pays the bill for the phone out of SSI.|Young children at home, ages 2 and 5.|Price went up at the motel, now $60/night.|Love of gardening discussed as a coping skill.|Will follow the crisis plan if urges return.|Page 3 of the intake packet left blank.',
);
const MEDS = L('sertraline 100 mg daily|quetiapine 50 mg qhs|olanzapine 10 mg qhs|Zyprexa Zydis 5 mg PRN agitation|Haldol 5 mg IM x1|Ativan 2 mg PO/IM PRN|Depakote ER 1000 mg qhs|lithium 300 mg BID (level 0.8)|Abilify Maintena 400 mg monthly|Invega Sustenna 156 mg|Cogentin 1 mg BID|hydroxyzine 25 mg q6h PRN|Lexapro 10 mg|Wellbutrin XL 150 mg|trazodone 50 mg qhs|clozapine 200 mg (ANC 2.9)|prazosin 2 mg qhs|naltrexone 50 mg daily|gabapentin 300 mg TID|mirtazapine 15 mg qhs|Klonopin 0.5 mg BID (taper)|Seroquel XR 300 mg');

// ---------------------------------------------------------------- styles
type Builder = (c: Ctx) => Piece[];

function hdrPatient(c: Ctx): Piece[] {
  const r = c.r;
  const k = r.int(0, 4);
  if (k === 0) return T`Patient: ${c.pt_('LFM')}    MRN: ${c.mrn()}    DOB: ${c.dob()}\n`;
  if (k === 1) return T`PT: ${c.pt_('LF_UP')} | MRN ${c.mrn()} | ${c.room()} | Adm ${c.ago(r.int(1, 9))}\n`;
  if (k === 2) return T`Name: ${c.pt_('full')}\nDOB: ${c.dob()}  Age: ${c.age()}\nMRN: ${c.mrn()}  Acct: ${c.id(`${r.letters(1)}${r.digits(9)}`)}\n`;
  if (k === 3) return T`${c.pt_('lf')} (${c.mrn()})  ${c.age()}${c.pt.p.sex === 'X' ? '' : c.pt.p.sex}  ${c.dob()}\n`;
  if (k === 4 && r.chance(0.5)) return T`Encounter ${c.id(r.digits(10))} | ${c.today(1)} | Dept: ${c.pk(['PSYCH INPT 4W', 'BH OUTPT', 'ADDICTION MED', 'CRISIS SVCS'])} | Provider: ${c.doc(c.pt.prescriber, c.pt.presCred)}\nPatient: ${c.pt_('LF_UP')} (${c.age()} y.o. ${c.pt.p.sex === 'F' ? 'female' : c.pt.p.sex === 'M' ? 'male' : 'nonbinary'})  MRN: ${c.mrn()}\n`;
  return T`RE: ${c.pt_('full')}, DOB ${c.dob()}\n`;
}

function signoff(c: Ctx, p: Person, cred: string): Piece[] {
  const r = c.r;
  const k = r.int(0, 5);
  if (k === 0) return T`\nElectronically signed by ${c.n(p, 'full')}, ${cred} on ${c.today(r.pick([0, 1, 8]))} at ${c.time()}`;
  if (k === 1) return T`\n-- ${c.n(p, 'init')}, ${cred}`;
  if (k === 2) return T`\n${c.sigInit(p)}`;
  if (k === 3) return T`\n${c.n(p, 'full')}, ${cred}\n${c.inst(false)} | ${c.ph()}${c.ext()}`;
  if (k === 4) return T`\nSigned: ${c.n(p, r.pick(['full', 'fml']))} ${cred}   Date: ${c.today()}`;
  return T`\nDictated by ${c.n(p, 'full')}, ${cred}. Transcribed by ${c.n(person(r), r.pick(['initials', 'full']))} ${c.today(r.pick([2, 3]))}.`;
}

const psychAdmission: Builder = (c) => {
  const r = c.r;
  const pt = c.pt;
  const rel = c.rel();
  const layout = r.int(0, 2);
  const legal = r.pick(['voluntary', 'involuntary (72-hour hold)', 'emergency certificate, Section 12', 'Form 1 / Baker Act', 'TDO', 'court-ordered evaluation']);
  const out: Piece[] = [];
  if (layout === 0) out.push(...T`${c.inst(false)}\nPSYCHIATRIC ADMISSION NOTE\n`, ...hdrPatient(c));
  else if (layout === 1) out.push(...T`Inpatient Psychiatry - Admission H&P   ${c.today()}\n`, ...hdrPatient(c), ...T`Attending: `, ...c.doc(pt.prescriber, pt.presCred), '\n');
  else out.push(...T`ADMIT NOTE 4 WEST  ${c.today(3)} ${c.time()}\n${c.pt_('UP')} ${c.mrn()} ${c.room()}\n`);
  out.push(...T`\nLegal status: ${legal}\n`);
  out.push(...T`CC: "${r.pick(['I just want to sleep forever', 'they keep following me', "I didn't mean to take that many", 'my family made me come', 'I can’t stop the thoughts', 'nothing'])}"\n\n`);
  out.push(
    ...T`HPI: ${c.age()} yo ${r.pick(['single', 'divorced', 'married', 'separated', 'widowed'])} ${pt.p.sex === 'F' ? 'woman' : pt.p.sex === 'M' ? 'man' : 'person'} from ${c.town(pt.town)}, ${c.ptState()}, with hx of ${r.pick(['bipolar I', 'schizoaffective d/o', 'MDD, recurrent', 'PTSD and AUD', 'schizophrenia', 'BPD traits and MDD', 'unspecified psychosis'])}, BIB ${r.pick(['police', 'EMS', 'family', 'mobile crisis'])} from ${r.chance(0.5) ? [c.other()] : ['the ', c.town(pt.town), ' ', ...(r.chance(0.3) ? [c.loc('Sunmart'), ' parking lot'] : [r.pick(['bus station', 'public library', 'river trail'])])]} after ${r.pick(['an overdose of ~30 tabs of trazodone', 'threatening neighbours with a knife', 'two weeks of no sleep and spending $4,000', 'being found walking on the interstate', 'posting goodbye messages online', 'a fight with ' + rel.rel])}. `,
  );
  out.push(...T`${c.He()} was last hospitalized at ${c.other()} ${c.yearIn(r.int(1, 6))}. `);
  out.push(...T`Collateral from ${rel.rel} ${c.n(rel.p, r.pick(['full', 'first']))} (${c.ph(rel.phone)}) reports ${r.pick(['pt stopped meds about a month ago', 'escalating paranoia since ' + WEEKDAYS[r.int(0, 6)], 'pt has not eaten in days', 'no weapons in the home', 'pt gave away belongings last week'])}.\n\n`);
  out.push(...T`Past psych hx: ${r.int(0, 9)} prior admissions, first ${c.yearIn(r.int(7, 25))}. ${r.pick(['Suicide attempt by hanging', 'Overdose attempt', 'No prior attempts', 'Cutting since adolescence'])}${r.chance(0.5) ? [' ', ...c.yearIn(r.int(2, 12))] : []}.\n`);
  out.push(...T`Substance use: ${r.pick(['EtOH 1/5th daily', 'meth IV, last use 2 days ago', 'cannabis daily', 'fentanyl smoking, on Suboxone intermittently', 'denies', 'crack cocaine weekends', 'kratom'])}. UDS ${r.pick(['+THC', '+amphetamines', 'negative', '+fentanyl, +benzos', 'pending'])}. BAL ${r.pick(['0', '0.14', '<10', '0.08'])}.\n`);
  out.push(...T`Social: lives ${r.pick(['with ' + rel.rel, 'alone in an apartment', 'in a car', 'with roommates'])}`);
  if (r.chance(0.35)) out.push(...T` at ${c.addr()}`);
  else out.push(...T` in ${c.town(pt.town)}`);
  out.push(...T`. Works at ${c.loc(pt.employer)}${r.chance(0.5) ? ' (on leave)' : ''}. Born in ${S(pt.country, 'STATE')}${r.chance(0.5) ? [', came to the US ', ...c.yearIn(r.int(3, 30))] : []}.\n\n`);
  if (r.chance(0.6)) out.push(...T`${c.pk(EPONYM_LINES)}\n`);
  out.push(...T`MSE: ${r.pick(['disheveled, poor eye contact', 'guarded, hypervigilant', 'well groomed, pressured speech', 'malodorous, psychomotor slowing'])}; mood "${r.pick(['fine', 'terrible', 'amazing', 'numb'])}"; affect ${r.pick(['constricted', 'labile', 'flat', 'irritable'])}; TP ${r.pick(['linear', 'tangential', 'loose', 'circumstantial'])}; ${r.pick(['+AH command type', 'denies AH/VH', '+paranoid delusions re neighbours', 'ideas of reference from TV'])}; ${r.pick(['+SI with plan', 'passive SI, no plan', 'denies SI/HI', '+HI toward ex'])}; insight ${r.pick(['poor', 'limited', 'fair'])}.\n`);
  out.push(...T`Vitals: BP ${r.int(100, 160)}/${r.int(60, 100)}, HR ${r.int(58, 122)}, T ${r.pick(['98.1', '98.6', '99.2', '97.8'])}. C-SSRS ${r.pick(['high risk', 'moderate risk', 'positive ideation'])}. PHQ-9 ${r.int(5, 27)}.\n\n`);
  out.push(...T`Plan:\n- Admit to ${r.pick(['4 West', 'the adult unit', 'PICU', '3 North', 'the geri-psych unit'])}, q15 checks${r.chance(0.3) ? ', 1:1 for first 24 hrs' : ''}\n- Start ${c.pk(MEDS)}\n- ${c.pk(WORDY_LINES)}\n`);
  if (r.chance(0.5)) out.push(...T`- SW to contact outpatient provider ${c.n(person(r), 'full')} at ${c.other()}, ${c.ph()}\n`);
  if (r.chance(0.4)) out.push(...T`- ROI signed for ${rel.rel} and PCP Dr. ${c.n(person(r), 'last')}\n`);
  out.push(...signoff(c, pt.prescriber, pt.presCred));
  return out;
};

const psychDaily: Builder = (c) => {
  const r = c.r;
  const pt = c.pt;
  const layout = r.int(0, 3);
  const hd = r.int(2, 21);
  const out: Piece[] = [];
  if (layout === 0) {
    out.push(...T`Psychiatry Progress Note - HD#${hd}\n`, ...hdrPatient(c));
    out.push(...T`\nS: ${c.who()} reports ${r.pick(['sleeping 6 hrs', 'poor sleep', 'feeling "a little better"', 'voices are quieter', 'wanting to leave AMA'])}. ${r.pick(['Attended 3 groups.', 'Refused groups.', 'Ate 50% of meals.', 'Called ' + c.rel().rel + ' twice.'])} ${c.pk(WORDY_LINES)}\n`);
    out.push(...T`O: BP ${r.int(96, 150)}/${r.int(58, 96)} HR ${r.int(60, 110)}. ${c.pk(['Calm, cooperative.', 'Guarded but in good behavioural control.', 'Pacing hallway, redirectable.', 'Required PRN Zyprexa x1 overnight.'])} MSE unchanged except ${c.pk(['brighter affect', 'less pressured', 'still paranoid about staff', 'denies SI today'])}.\n`);
    out.push(...T`A/P: ${c.pk(['Improving', 'Slowly improving', 'Not yet at baseline', 'Stable'])}. Continue ${c.pk(MEDS)}; ${c.pk(['titrate', 'hold AM dose', 'check level ' + WEEKDAYS[r.int(0, 6)], 'increase to target'])}. Dispo: ${c.pk(['home with ' + c.rel().rel, 'shelter bed pending', 'state hospital referral', 'step-down to PHP'])}; tentative ${c.ahead(r.int(1, 6), r.pick([3, 5, 6]))}.\n`);
    out.push(...signoff(c, pt.prescriber, pt.presCred));
  } else if (layout === 1) {
    out.push(...T`${c.today(3)} ${c.time()} RN shift note  ${c.pt_('lf')}  ${c.room()}\n`);
    for (let i = 0; i < r.int(3, 6); i++) {
      out.push(...T`${c.time()} - ${c.pk(['Pt in dayroom watching TV.', 'Pt asleep, resp even, q15 checks maintained.', 'Pt asked for PRN hydroxyzine, given.', 'Pt tearful after phone call with', 'Visitor on unit.', 'Pt refused HS meds, educated.', 'Pt yelling at peer, verbally redirected.', 'Intake of fluids encouraged, took Ensure.'])}`);
      const last = out[out.length - 1];
      if (last === 'Pt tearful after phone call with') out.push(' ', c.rel().rel, ' ', c.n(c.rel().p, 'first'), '.');
      if (last === 'Visitor on unit.') out.push(...T` ${c.n(c.rel().p, 'full')} (${c.rel().rel}) visited 30 min.`);
      out.push(' ', ...c.sigInit(person(r)), '\n');
    }
    out.push(...T`Belongings: ${c.pk(['cell phone', 'wallet', 'belt and shoelaces'])} in property bag #${S(r.digits(5), 'OTHER')}, locker ${S(String(r.int(1, 60)), 'OTHER')}.\n`);
    out.push(...T`Report given to oncoming RN ${c.n(person(r), r.pick(['first', 'full', 'init']))}.\n`);
  } else if (layout === 2) {
    out.push(...T`PSYCH NP F/U  ${c.pt_('UP')}  ${c.today(1)}\n`);
    out.push(...T`Interval: ${c.pk(['no PRNs x24h', '2 PRNs for agitation', 'slept 7h per nursing', 'code grey called yesterday'])}. Collateral: ${c.rel().rel} called, ${c.pk(['supportive', 'wants pt home', 'unable to take pt back', 'worried about guns at the house - plan to remove'])}.\n`);
    out.push(...T`Sx: depression ${r.int(1, 10)}/10, anxiety ${r.int(1, 10)}/10, SI ${c.pk(['denied', 'passive', 'fleeting'])}.\n`);
    out.push(...T`Labs: Li ${c.pk(['0.6', '0.9', '1.1'])}, Na ${r.int(132, 144)}, TSH ${c.pk(['2.1', '4.8', '0.9'])}. ${c.pk(EPONYM_LINES)}\n`);
    out.push(...T`Plan: continue, f/u tomorrow. Spoke with treatment team (${c.n(person(r), 'last')}/${c.n(person(r), 'last')}).\n`);
    out.push(...T`${c.n(pt.prescriber, 'init')}, ${pt.presCred}   pgr ${c.ph(r.digits(4))}\n`);
  } else {
    out.push(...T`Treatment Team Meeting  ${c.today(9)}\nPresent: `);
    const n = r.int(3, 5);
    for (let i = 0; i < n; i++) out.push(...c.staff(['MD', 'RN', 'LCSW', 'OT', 'RN', 'CPRS', 'PharmD']), i < n - 1 ? '; ' : '\n');
    out.push(...T`Patient: ${c.pt_('LFM')}   MRN ${c.mrn()}\n`);
    out.push(...T`Discussion: ${c.who()} ${c.pk(['continues to improve', 'remains psychotic', 'is refusing Abilify Maintena', 'is requesting discharge'])}. Court hearing for commitment set for ${c.ahead(r.int(2, 10))} at ${c.court(['Probate Court', 'District Court', 'Mental Health Court'])}. ${c.pk(WORDY_LINES)}\n`);
    out.push(...T`Goals: 1) medication adherence 2) safety plan 3) housing - ${c.pk(['returning to', 'referral to', 'waitlist at'])} ${c.loc(c.pk(SHELTERS))}.\n`);
    out.push(...T`Next meeting ${c.ahead(7, 5)}.\n`);
  }
  return out;
};

const crisisMobile: Builder = (c) => {
  const r = c.r;
  const pt = c.pt;
  const layout = r.int(0, 2);
  const rel = c.rel();
  const out: Piece[] = [];
  if (layout === 0) {
    out.push(...T`CRISIS LINE CONTACT NOTE\n${c.inst(false)}  ${c.ph()}\nDate: ${c.today()}  Time: ${c.time()}  Call length: ${r.int(6, 75)} min\n`);
    out.push(...T`Caller: ${r.chance(0.6) ? [c.pt_('full')] : ['declined last name, first name ', c.pt_('first')]}  Callback: ${c.ph(pt.phone)}\n`);
    out.push(...T`Location at time of call: ${c.pk(['home', 'car', 'bridge', 'motel'])} in ${c.town()}, ${c.st()}\n\n`);
    out.push(...T`Caller states ${c.pk(['"I have the pills in front of me"', `${c.he()} broke up with partner and cannot stop crying`, `${c.he()} relapsed after 8 months sober`, 'roommates are kicking caller out tonight', `voices are telling ${c.him()} to go to the river`])}. Risk assessment: ${c.pk(['C-SSRS 4 (active SI with method)', 'C-SSRS 2', 'low acute risk', 'imminent risk'])}. Means: ${c.pk(['firearm in home - agreed to give to', 'pills, agreed to flush', 'none identified', 'car'])}`);
    if (out[out.length - 1] === 'firearm in home - agreed to give to') out.push(' ', rel.rel, ' ', c.n(rel.p, 'full'));
    out.push(...T`.\nIntervention: ${c.pk(['collaborative safety plan', 'warm transfer to mobile crisis', 'welfare check requested via 911', 'grounding, breathing'])}. ${c.pk(WORDY_LINES)}\n`);
    out.push(...T`Follow-up call scheduled ${c.ahead(1, r.pick([3, 5]))} ${c.time()}.\n`);
    out.push(...T`Counselor: ${c.n(person(r), r.pick(['first', 'full']))} (ID ${c.id(r.digits(4))})\n`);
  } else if (layout === 1) {
    out.push(...T`Mobile Crisis Response - ${c.inst(true)}\nDispatch ${c.time()} / On scene ${c.time()} / Clear ${c.time()}\nIncident #: ${c.id(`${r.digits(2)}-${r.digits(6)}`)}\n`);
    out.push(...T`Location: ${c.addr()}\nIndividual: ${c.pt_('LFM')}, DOB ${c.dob()}, age ${c.age()}\nReferred by: ${c.pk(['family', 'police', 'school counselor', 'landlord', 'employer'])} - ${c.n(rel.p, 'full')} ${c.ph(rel.phone)}\n\n`);
    out.push(...T`Team (${c.n(person(r), 'first')} and ${c.n(person(r), 'first')}) arrived with ${c.pk(['Officer', 'Deputy', 'Sgt.'])} ${c.n(person(r), 'last')}, badge ${c.id(r.digits(4))}. Found ${c.who()} ${c.pk(['sitting on the porch', 'in the bathroom with the door locked', 'in a parked car', 'in the back bedroom'])}. ${c.pk(['Car plate', 'Vehicle tag'])} ${S(`${r.letters(3)}-${r.digits(4)}`, 'OTHER')} noted.\n`);
    out.push(...T`Presentation: ${c.pk(['agitated, pacing, yelling', 'tearful, cooperative', 'mute, staring', 'intoxicated, slurred'])}. BAC by breathalyzer ${c.pk(['0.00', '0.11', '0.21'])}. Denies/endorses: SI ${c.pk(['+', '-'])}, HI ${c.pk(['-', '-', '+'])}, AVH ${c.pk(['+', '-'])}.\n`);
    out.push(...T`Disposition: ${c.pk(['transported voluntarily to', 'ECO obtained, transported by police to', 'stabilized in place; follow up at', 'referred to crisis stabilization at'])} ${c.other()}.\n`);
    out.push(...T`${c.n(person(r), 'full')}, ${c.pk(CREDS_THERAPIST)} / ${c.n(person(r), 'full')}, CPRS\n`);
  } else {
    out.push(...T`crisis call ${c.today(3)} ${c.time()}\n`);
    out.push(...T`caller ${c.pt_('lower')} ${c.ph(pt.phone)}, at ${c.town()} ${c.pk(['greyhound station', 'mcdonalds', 'moms house', 'apt'])}. `);
    out.push(...T`says ${c.he()} has not slept in 3 days, using meth. denies si today but ${c.pk(['"might as well be dead"', 'wont commit to safety', 'has a plan for friday'])}. `);
    out.push(...T`${c.pk(['i will follow up tmrw', ['gave number for ', c.loc(c.pk(['Valley CSU', 'valley csu', 'HBUC'])), ' walk-in'], 'sent text with safety plan', 'called back x2, no answer'])}. ${c.pk(EPONYM_LINES).toLowerCase()}\n`);
    out.push(...T`spoke w/ ${rel.rel} ${c.n(rel.p, 'lower')} ${c.ph(rel.phone)} - ${c.pk(['will stay with pt tonight', 'cannot help, lives in', 'worried, will drive over'])}`);
    if (out[out.length - 1] === 'cannot help, lives in') out.push(' ', c.st(true));
    out.push(...T`\n-${c.n(person(r), r.pick(['first', 'initials']))}\n`);
  }
  return out;
};

const matClinic: Builder = (c) => {
  const r = c.r;
  const pt = c.pt;
  const layout = r.int(0, 2);
  const out: Piece[] = [];
  const dose = c.pk(['buprenorphine/naloxone 16 mg/4 mg film daily', 'Suboxone 8/2 mg BID', 'methadone 80 mg', 'methadone 115 mg (split dose)', 'Sublocade 300 mg monthly', 'Vivitrol 380 mg IM q4 weeks', 'buprenorphine 24 mg']);
  if (layout === 0) {
    out.push(...T`${c.inst(false)}\n${c.addr(false)}\nTel ${c.ph()}  Fax ${c.ph()}\n\nOFFICE-BASED OPIOID TREATMENT - FOLLOW UP\n`);
    out.push(...T`Patient: ${c.pt_('full')}   DOB: ${c.dob()}   Chart #: ${c.mrn()}\nVisit date: ${c.today()}\n\n`);
    out.push(...T`Current: ${dose}. Induction ${c.d(pt.anchor - r.int(30, 700) * DAYMS)}. Pt reports ${c.pk(['no use since last visit', 'one slip with fentanyl 2 days ago', 'using cocaine on weekends', 'cravings 3/10', 'cravings 8/10 after a funeral'])}. COWS ${r.int(0, 14)}.\n`);
    out.push(...T`UDS today: ${c.pk(['bup+, norbup+, otherwise neg', 'bup+, fentanyl+', 'neg for bup (concerning)', 'bup+, THC+'])}. PDMP checked ${c.today(3)}: ${c.pk(['no other controlled Rx', 'Rx for gabapentin from Dr. ', 'early refill from another pharmacy'])}`);
    if (out[out.length - 1] === 'Rx for gabapentin from Dr. ') out.push(c.n(person(r), 'last'));
    out.push(...T`.\nPharmacy: ${c.loc(c.pk(PHARMACIES))}, ${c.town()} ${c.ph()}.\n`);
    out.push(...T`Narcan kit given. ${c.pk(WORDY_LINES)} Insurance: ${c.loc(c.pk(INSURERS))}, member ID ${c.id(pt.medicaid)}.\n`);
    out.push(...T`RTC ${c.pk(['1 week', '2 weeks', '4 weeks'])}: ${c.ahead(r.pick([7, 14, 28]), r.pick([3, 5, 9]))}.\n`);
    out.push(...signoff(c, pt.prescriber, pt.presCred));
  } else if (layout === 1) {
    out.push(...T`OTP DOSING / COUNSELING NOTE\nClient ID: ${c.id(`OTP-${r.digits(5)}`)}   Name: ${c.pt_('LF_UP')}\n`);
    out.push(...T`Date       | Dose   | Take-homes | UDS\n`);
    for (let i = 3; i >= 0; i--) out.push(...T`${c.ago(i * 7, 1)} | ${r.int(40, 140)} mg | ${c.pk(['0', '1', '2', '6'])}          | ${c.pk(['neg', 'fent+', 'coc+', 'neg', 'meth+'])}\n`);
    out.push(...T`\nCounselor: ${c.who()} ${c.pk(['is working on phase advancement', 'lost take-homes after positive UDS', 'started new job at', 'missed 2 doses due to transport'])}`);
    if (out[out.length - 1] === 'started new job at') out.push(' ', c.loc(c.pk(EMPLOYERS)));
    out.push(...T`. Lock box serial ${S(`${r.letters(2)}${r.digits(6)}`, 'OTHER')} verified. ${c.pk(EPONYM_LINES)}\n`);
    out.push(...T`${c.n(pt.worker, 'full')}, ${pt.workerCred}\n`);
  } else {
    out.push(...T`SUD intake - ${c.today(5)} - ${c.inst(true)}\n`);
    out.push(...T`${c.pt_('full')} (${c.age()} y/o) referred by ${c.pk(['ED at', 'probation,', 'PCP at'])} ${c.other()}.\n`);
    out.push(...T`Hx: first use ${c.pk(['oxycodone after back injury', 'heroin', 'pills from a friend'])} ${c.yearIn(r.int(4, 20))}; IV since ${c.year(r.int(1, 8))}. OD x${r.int(0, 5)}, last revived with Narcan by ${c.rel().rel}. AUDIT-C ${r.int(0, 12)}/12. ASAM level ${c.pk(['1', '2.1', '3.5', '3.7'])}.\n`);
    out.push(...T`Hep C ${c.pk(['Ab+, RNA pending', 'neg', 'treated']).toString()}; HIV neg. PHQ-9 ${r.int(2, 24)}. Employer: ${c.loc(pt.employer)}. Emergency contact ${c.n(c.rel().p, 'full')} ${c.ph()}.\n`);
    out.push(...T`Plan: bup induction ${c.ahead(1, 3)} home induction; ${c.pk(['Chantix', 'gabapentin', 'Antabuse', 'naltrexone'])} discussed. Portal ${c.url()}.\n`);
    out.push(...T`${c.sigInit(pt.worker)}\n`);
  }
  return out;
};

const swAssessment: Builder = (c) => {
  const r = c.r;
  const pt = c.pt;
  const out: Piece[] = [];
  const layout = r.int(0, 2);
  if (layout === 0) out.push(...T`PSYCHOSOCIAL ASSESSMENT\n${c.inst(false)} - Department of Social Work\n`, ...hdrPatient(c));
  else if (layout === 1) out.push(...T`Social Work Assessment  ${c.today()}\nClient: ${c.pt_('full')} ("${c.pt.nick ? S(c.pt.nick, 'NAME') : c.pt_('first')}")   DOB ${c.dob()}\n`);
  else out.push(...T`SW ASSESSMENT -- ${c.pt_('LF_UP')} -- MRN ${c.mrn()} -- ${c.today(8)}\n`);
  out.push(...T`\nSources: ${c.who()}, chart, ${c.rel().rel} by phone.\n\n`);
  out.push(...T`FAMILY:\n`);
  for (const rel of pt.rels) {
    out.push(...T`- ${rel.rel}: ${c.n(rel.p, r.pick(['full', 'first', 'full', 'lf']))}, age ${c.age(rel.age)}, ${c.pk(['lives in', 'in', 'resides'])} ${c.town()}${r.chance(0.3) ? [', ', S(c.pk(STATES)[1], 'STATE')] : []}, ${c.pk(['supportive', 'estranged', 'limited contact', 'in recovery', 'incarcerated at'])}`);
    if (out[out.length - 1] === 'incarcerated at') out.push(' ', c.loc(c.pk(JAILS)));
    if (r.chance(0.4)) out.push(...T`, ${c.ph(rel.phone)}`);
    out.push('\n');
  }
  const edu = c.pk(['Left school in 10th grade', 'GED', 'Completed 2 yrs at', 'Graduated from', 'Expelled from']);
  out.push(...T`\nHISTORY: Born in ${r.chance(0.5) ? S(pt.country, 'STATE') : c.town()}${r.chance(0.4) ? [', ', c.st(true)] : []}, ${c.pk(['raised by grandmother', 'oldest of 6', 'in foster care from age 9', 'parents divorced early'])}. ${edu}`);
  if (/ (at|from)$/.test(edu)) out.push(' ', c.loc(c.pk(SCHOOLS)), ' ', ...c.yearIn(r.int(5, 30)));
  out.push(...T`. Trauma: ${c.pk(['DV in childhood', 'sexual assault at 15', 'combat deployment', 'witnessed overdose death of friend', 'denies'])}.\n`);
  const job = c.pk(['SSDI since', 'unemployed since', 'part-time at', 'day labour, last steady job at', 'laid off from']);
  out.push(...T`Employment/income: ${job} `);
  if (/ (at|from)$/.test(job)) out.push(c.loc(pt.employer));
  else out.push(c.year(r.int(0, 5)));
  out.push(...T`. Benefits: ${c.pk(['Medicaid', 'SNAP', 'none', 'VA'])} (ID ${c.id(pt.medicaid)}).\nFaith: ${c.pk(['attends', 'raised at', 'no affiliation, formerly'])} ${c.loc(c.pk(CHURCHES))}.\n`);
  out.push(...T`Legal: ${c.pk(['on probation through', 'pending DUI in', 'no current charges; prior arrest', 'protective order against ex'])} `);
  out.push(...(r.chance(0.5) ? [c.county()] : c.yearIn(r.int(1, 8))));
  out.push(...T`.\n\nIMPRESSION: ${c.pk(['Strengths include motivation and family support.', 'Housing instability is the main barrier.', 'Will need guardianship evaluation.', 'Significant caregiver burden on family.'])} ${c.pk(WORDY_LINES)}\n`);
  out.push(...T`PLAN: ${c.pk(['referral to ACT team at', 'housing application with', 'connect with peer support at', 'intensive outpatient at'])} ${c.other()}; ROI for ${c.n(c.rel().p, 'full')}.\n`);
  out.push(...signoff(c, pt.worker, pt.workerCred));
  return out;
};

const housingCaseMgmt: Builder = (c) => {
  const r = c.r;
  const pt = c.pt;
  const out: Piece[] = [];
  const layout = r.int(0, 2);
  const shelter = c.pk(SHELTERS);
  if (layout === 0) {
    out.push(...T`CASE MANAGEMENT PROGRESS NOTE\nClient: ${c.pt_('LFM')}   HMIS ID: ${c.id(r.digits(6))}   Date of service: ${c.today()}\nContact type: ${c.pk(['face to face', 'phone', 'outreach', 'home visit'])}   Duration: ${r.int(15, 90)} min\n\n`);
    out.push(...T`CM met client at ${c.loc(shelter)}${r.chance(0.5) ? ', bed ' : ''}`);
    if ((out[out.length - 1] as string).endsWith('bed ')) out.push(S(String(r.int(1, 80)), 'OTHER'));
    out.push(...T`. Reviewed housing application for ${c.loc(c.pk(SHELTERS))}; VI-SPDAT score ${r.int(4, 16)}. ${c.pk(['Still needs birth certificate from', 'Photo ID obtained from DMV in', 'Income verification from'])} `);
    const l = out[out.length - 1] as string;
    if (/from $/.test(l) && r.chance(0.5)) out.push(c.st(true)); else out.push(c.town());
    out.push(...T`. Landlord ${c.n(person(r), 'full')} (${c.ph()}) agreed to hold unit at ${S(`${r.int(10, 9999)} ${c.pk(STREETS)} ${c.pk(STREET_SUF)}, Apt ${r.int(1, 30)}${r.letters(1)}`, 'LOCATION')} until ${c.ahead(r.int(3, 20))}.\n`);
    out.push(...T`${c.pk(WORDY_LINES)} ${c.pk(WORDY_LINES)}\n\nNext steps:\n1. Transport to ${c.loc(c.pk(PHARMACIES))} for meds\n2. Call ${c.loc(c.pk(INSURERS))} re: transportation benefit\n3. Follow up ${c.ahead(7, 3)}\n`);
    out.push(...T`${c.n(pt.worker, 'full')}, Case Manager  |  ${c.email(pt.worker)}  |  ${c.ph()}\n`);
  } else if (layout === 1) {
    out.push(...T`Housing placement checklist - ${c.pt_('full')} - ${c.today(2)}\n`);
    const items = [
      T`[x] Referral rec'd from ${c.other()} on ${c.ago(r.int(10, 60))}`,
      T`[x] Chronic homelessness verified (street outreach since ${c.year(r.int(1, 4))})`,
      T`[ ] Unit inspection at ${c.addr()}`,
      T`[x] Move-in date ${c.ahead(r.int(5, 30), 6)}`,
      T`[ ] Furniture voucher via ${c.loc(c.pk(CHURCHES))}`,
      T`[x] Application submitted online ${c.url()}`,
      T`[ ] Utilities - ${c.loc(c.pk(['Northwind Energy', 'Liberty Gas & Electric', 'Canton Municipal Water']))} acct ${c.id(r.digits(10))}`,
    ];
    for (const it of items) if (r.chance(0.8)) out.push(...it, '\n');
    out.push(...T`Notes: ${c.who()} ${c.pk(['is anxious about living alone', 'wants to be near', 'asks if dog can come', 'has an eviction from'])}`);
    if (/near$|from$/.test(out[out.length - 1] as string)) out.push(' ', c.town(), ' ', ...c.yearIn(r.int(1, 6)));
    out.push(...T`. ${c.pk(WORDY_LINES)}\n- ${c.initials(pt.worker)}\n`);
  } else {
    out.push(...T`outreach ${c.today(4)}\n`);
    out.push(...T`found ${c.pt_(r.pick(['lower', 'first']))} under the ${c.pk(['bridge', 'overpass', 'pavilion'])} by ${c.loc(`${c.pk(STREETS)} & ${c.pk(STREETS)}`)}, ${c.town()}. living in ${c.pk(['tent', 'van', 'car'])}`);
    if (out[out.length - 1] !== 'tent') out.push(...T` (plate ${S(`${r.digits(1)}${r.letters(3)}${r.digits(3)}`, 'OTHER')})`);
    out.push(...T`. gave water, socks, narcan. ${c.he()} ${c.pk(['declined shelter', 'agreed to go to', 'wants detox'])}`);
    if (out[out.length - 1] === 'agreed to go to') out.push(' ', c.loc(shelter.replace(/^the /, '')));
    out.push(...T`. phone ${c.ph(pt.phone)} (${c.pk(['lifeline phone', 'works sometimes', "friend's phone"])}).\n`);
    out.push(...T`will follow up thurs. ${c.n(pt.worker, r.pick(['lower', 'first', 'initials']))}\n`);
  }
  return out;
};

const courtLetter: Builder = (c) => {
  const r = c.r;
  const pt = c.pt;
  const out: Piece[] = [];
  const layout = c.pt.age >= 85 && r.chance(0.7) ? 1 : r.int(0, 2);
  const judge = person(r);
  out.push(...T`${c.inst(false)}\n`);
  out.push(...T`${S(`${r.int(10, 9999)} ${c.pk(STREETS)} ${c.pk(STREET_SUF)}`, 'LOCATION')}, ${c.town()}, ${c.st(false)} ${S(`${r.int(1, 9)}${r.digits(4)}`, 'LOCATION')}\nPhone ${c.ph()} | Fax ${c.ph()}${c.maybe(0.35, T` | ${c.url()}`)}\n\n${c.today(r.pick([9, 9, 10, 11]))}\n\n`);
  if (layout === 0) {
    const po = person(r);
    out.push(...T`${c.n(po, 'full')}, Probation Officer\n${c.court(['Adult Probation', 'Adult Probation Dept.', 'Community Corrections'])}\nRe: ${c.pt_('full')}, Case No. ${c.id(`${r.digits(2)}-CR-${r.digits(5)}`)}\n\nDear ${c.pk(['Officer', 'Mr.', 'Ms.'])} ${c.n(po, 'last')}:\n\n`);
    out.push(...T`This letter confirms that ${c.pt_('full')} (DOB ${c.dob()}) has been enrolled in treatment at our program since ${c.d(pt.anchor - r.int(20, 400) * DAYMS, r.pick([9, 6, 0]))}. ${c.He()} attends ${c.pk(['weekly individual counseling', 'IOP three days a week', 'medication-assisted treatment', 'group therapy twice weekly'])} and ${c.pk(['has been fully compliant', 'has missed two sessions', 'has provided negative drug screens', 'had one positive screen in'])}`);
    if (out[out.length - 1] === 'had one positive screen in') out.push(' ', c.pk(['the week of ', 'early ', '']), c.ago(r.int(5, 60), r.pick([5, 6, 3])));
    out.push(...T`. Per the signed release (42 CFR Part 2), only attendance and screen results are disclosed. ${c.pk(['We hope to see continued progress.', 'We will follow the court\'s direction.', 'Please call with questions.'])}\n\n`);
  } else if (layout === 1) {
    out.push(...T`The Honorable ${c.n(judge, r.pick(['full', 'fml']))}\n${c.court(['Probate Court', 'Probate and Family Court', 'Circuit Court, Probate Division'])}\nIn the Matter of the Guardianship of ${c.pt_('UP')}\nDocket No. ${c.id(`${new Date(c.date).getUTCFullYear()}-GU-${r.digits(4)}`)}\n\nDear Judge ${c.n(judge, 'last')}:\n\n`);
    out.push(...T`I am the ${c.pk(['treating psychiatrist', 'primary care physician', 'treating psychologist'])} for ${c.pt_('full')}, a ${c.age()}-year-old ${c.pk(['resident of', 'living at'])} ${c.loc(c.pk(['Amberfield Nursing & Rehab', 'Willow Court Apartments', 'Thornbury State Hospital', 'Ridgeway Manor']))}. `);
    out.push(...T`On examination ${c.ago(r.int(2, 20), 9)} ${c.he()} scored ${r.int(6, 22)}/30 on the MoCA and could not describe ${c.his()} finances or medications. ${c.pk(['Dementia, Alzheimer type', 'Vascular neurocognitive disorder', 'Schizophrenia with persistent deficits', 'Intellectual disability, moderate'])} impairs ${c.his()} capacity to make informed decisions. I support the petition of ${c.n(c.rel(0).p, 'full')} (${c.rel(0).rel}) to serve as ${c.pk(['limited', 'plenary'])} guardian.\n\n`);
  } else {
    out.push(...T`TO: ${c.court(['Drug Treatment Court', 'Recovery Court', 'Adult Drug Court'])}\nATTN: Coordinator ${c.n(person(r), 'full')}\nRE: ${c.pt_('LFM')}   DOC# ${c.id(r.digits(7))}\n\n`);
    out.push(...T`Status report for the period ${c.ago(30, 3)} - ${c.today(3)}:\n  Sessions attended: ${r.int(4, 12)}/${r.int(12, 14)}\n  Screens: ${r.int(3, 8)} negative, ${r.int(0, 2)} positive (${c.pk(['EtOH', 'THC', 'methamphetamine'])})\n  Ankle monitor SN ${S(`${r.letters(2)}-${r.digits(6)}`, 'OTHER')}: no alerts\n  Employment: ${c.loc(pt.employer)}, supervisor ${c.n(person(r), 'full')} confirms attendance.\n\n`);
  }
  out.push(...T`${c.pk(['Sincerely,', 'Respectfully,', 'Regards,'])}\n\n${c.doc(pt.prescriber, pt.presCred)}\n${c.maybe(0.5, T`NPI ${c.id(`1${r.digits(9)}`)}  ${c.email(pt.prescriber)}\n`)}`);
  if (r.chance(0.4)) out.push(...T`cc: ${c.pt_('full')}; file\n`);
  return out;
};

const childProtection: Builder = (c) => {
  const r = c.r;
  const pt = c.pt;
  const out: Piece[] = [];
  const layout = r.int(0, 1);
  const kid = person(r);
  kid.last = r.chance(0.7) ? pt.p.last : kid.last;
  const kidAge = r.int(0, 15);
  const school = c.pk(SCHOOLS);
  if (layout === 0) {
    out.push(...T`MANDATED REPORTER REFERRAL - ${c.loc(`${pt.county} County Children's Services`)}\nIntake line: ${c.ph()}   Report #: ${c.id(`CPS-${r.digits(7)}`)}\nDate/time of report: ${c.today(1)} ${c.time()}\nIntake worker: ${c.n(person(r), 'full')}\n\n`);
    out.push(...T`CHILD: ${c.n(kid, 'LFM')}   DOB ${c.d(c.date - (kidAge * 365 + r.int(5, 300)) * DAYMS, 1)}   Age ${kidAge}\nSchool: ${c.loc(school)}${r.chance(0.5) ? ', teacher ' : ''}`);
    if ((out[out.length - 1] as string).endsWith('teacher ')) out.push(...T`${c.pk(['Ms.', 'Mr.', 'Mrs.'])} ${c.n(person(r), 'last')}`);
    out.push(...T`\nPARENT/CAREGIVER: ${c.pt_('full')}, DOB ${c.dob()}\nAddress: ${c.addr()}\nPhone: ${c.ph(pt.phone)}\n\n`);
  } else {
    out.push(...T`Child protection referral (${c.inst(true)} SW) ${c.today(8)}\nRe child ${c.n(kid, 'full')}, ${kidAge} ${c.pk(['yrs', 'y/o', 'months'])}, of patient ${c.pt_('lf')} (MRN ${c.mrn()}).\n`);
  }
  out.push(...T`Concern: ${c.pk(['parent presented to ED intoxicated with child in car', 'child disclosed being hit with a belt', 'infant born with positive tox screen, NAS scoring started', 'parent with active psychosis is sole caregiver', 'child found alone at home for 2 days', 'domestic violence in the home witnessed by the children'])}. `);
  out.push(...T`${c.pk(['Other adults in home:', 'Father of child:', "Mother's boyfriend:"])} ${c.n(person(r, 'M'), r.pick(['full', 'first', 'lf']))}${r.chance(0.4) ? ' ("' : ''}`);
  if ((out[out.length - 1] as string).endsWith('("')) out.push(S(c.pk(L('Junior|Boo|Tiny|Red|Smokey|Chico|Dre|Bubba')), 'NAME'), '")');
  out.push(...T`. ${c.pk(['Finnegan score 9 at 0400.', 'Child has bruising on upper arms, photographed.', 'No injuries observed.', 'Maternal grandmother is available:'])}`);
  if ((out[out.length - 1] as string).endsWith(':')) {
    const g = c.pt.rels.find((x) => /grand/.test(x.rel)) ?? c.rel();
    out.push(...T` ${c.n(g.p, 'full')}, ${c.age(r.chance(0.5) ? r.int(90, 96) : g.age)}, ${c.ph(g.phone)}.`);
  }
  out.push(...T`\n${c.pk(WORDY_LINES)} ${c.pk(EPONYM_LINES)}\nSafety: ${c.pk(['child remains in hospital pending CPS', 'child placed with relative in', 'caseworker responded same day', 'safety plan in place'])}`);
  if ((out[out.length - 1] as string).endsWith('in')) out.push(' ', c.town(), ', ', c.st(true));
  out.push(...T`.\nReporter: ${c.n(pt.worker, 'full')}, ${pt.workerCred}, ${c.inst(false)}, ${c.ph()}${c.ext()}\n`);
  if (r.chance(0.5)) out.push(...T`Written follow-up sent to ${c.email(person(r))} on ${c.ahead(1, 3)}.\n`);
  return out;
};

const groupTherapy: Builder = (c) => {
  const r = c.r;
  const pt = c.pt;
  const out: Piece[] = [];
  const layout = r.int(0, 2);
  const topic = c.pk(['DBT skills: distress tolerance (TIPP)', 'relapse prevention - triggers', 'CBT thought records', 'Seeking Safety: setting boundaries', 'anger management', 'grief and loss', 'wellness recovery action plan', 'family roles in addiction']);
  const facil = person(r);
  if (layout === 0) {
    out.push(...T`GROUP THERAPY NOTE\nGroup: ${topic}\nDate: ${c.today()}   Time: ${c.time()} - ${c.time()}   Members present: ${r.int(4, 12)}\nFacilitator: `, ...c.doc(facil, c.pk(CREDS_THERAPIST)), `\nCo-facilitator: `, ...c.staff(['CPRS', 'LMSW', 'CADC', 'OT']), ...T`\n\nParticipant: ${c.pt_('LFM')}  MRN ${c.mrn()}\n\n`);
    out.push(...T`Participation: ${c.pk(['active', 'minimal', 'left early', 'arrived late, then engaged'])}. ${c.who()} shared ${c.pk(['about a recent argument with', 'that the anniversary of a loss is coming on', 'a relapse at a party in', 'that court is coming up'])}`);
    const l = out[out.length - 1] as string;
    if (l.endsWith('with')) out.push(' ', c.rel().rel, ' ', c.n(c.rel().p, 'first'));
    else if (l.endsWith(' on')) out.push(' ', c.ahead(r.int(2, 30), r.pick([5, 6])));
    else if (l.endsWith(' in')) out.push(' ', c.town());
    out.push(...T`. Peer feedback ${c.pk(['supportive', 'challenging but respectful'])}. ${c.pk(WORDY_LINES)}\nMood/affect: ${c.pk(['euthymic', 'anxious', 'dysphoric', 'bright'])}. SI: ${c.pk(['denied', 'denied', 'passive, safety plan reviewed'])}.\nPlan: continue group ${c.pk(['MWF', 'Tue/Thu', 'daily'])}.\n`);
    out.push(...signoff(c, facil, c.pk(CREDS_THERAPIST)));
  } else if (layout === 1) {
    out.push(...T`${c.inst(true)} IOP - ${topic} - ${c.today(3)}\n\n`);
    out.push(...T`Member            | Attend | Notes\n`);
    const n = r.int(3, 6);
    for (let i = 0; i < n; i++) {
      const m = i === 0 ? pt.p : person(r);
      out.push(...T`${c.n(m, r.pick(['lf', 'init', 'first']))} | ${c.pk(['Y', 'Y', 'N', 'late'])}     | ${c.pk(['engaged', 'quiet', 'tearful re: custody', 'shared 30 days clean', 'disruptive, redirected', 'excused - court', 'first group'])}\n`);
    }
    out.push(...T`\nThemes: ${c.pk(['shame', 'urges around paydays', 'isolation', 'trust'])}. No safety concerns. ${c.pk(EPONYM_LINES)}\n${c.n(facil, 'full')}, ${c.pk(CREDS_THERAPIST)}\n`);
  } else {
    out.push(...T`grp note ${c.today(4)} - ${topic.toLowerCase()}\n`);
    out.push(...T`${c.pt_('lower')} attended, ${c.pk(['sat by the door', 'brought coffee for everyone', 'talked about the kids', 'did not speak'])}. mentioned ${c.n(person(r), 'first')} from ${c.pk(['work', 'church', 'the shelter'])} "${c.pk(['keeps offering me pills', 'has been there for me', 'got me this job'])}". `);
    out.push(...T`${c.pk(WORDY_LINES).toLowerCase()} next group ${c.ahead(r.int(1, 7), 3)}.\n${c.sigInit(facil)}\n`);
  }
  return out;
};

const eatingDisorder: Builder = (c) => {
  const r = c.r;
  const pt = c.pt;
  const out: Piece[] = [];
  const layout = r.int(0, 2);
  const rd = person(r);
  const bmi = (r.int(128, 205) / 10).toFixed(1);
  if (layout === 0) {
    out.push(...T`${c.loc(INSTITUTIONS[5]?.[r.int(0, 2)] ?? 'Kestrel Ridge')} - ${c.pk(['Residential', 'PHP', 'IOP'])} Weekly Medical Review\n`, ...hdrPatient(c));
    out.push(...T`\nWeight (blind, gown, post-void): ${r.int(38, 62)}.${r.int(0, 9)} kg, BMI ${bmi}; ${c.pk(['+0.6', '+1.1', '-0.3', '+0.2'])} kg vs last week. Goal range ${r.int(50, 58)}-${r.int(59, 64)} kg.\n`);
    out.push(...T`Orthostatics: HR ${r.int(48, 70)} -> ${r.int(80, 125)}, BP ${r.int(86, 110)}/${r.int(50, 70)}. Labs: K ${c.pk(['2.9', '3.4', '3.8'])}, Phos ${c.pk(['2.1', '3.0', '3.6'])}, Mg ${c.pk(['1.6', '2.0'])}. ${c.pk(['Refeeding labs stable.', 'Phos supplementation continued.', 'ECG QTc 452.'])}\n`);
    out.push(...T`${c.pk(EPONYM_LINES)} Meal completion ${r.int(40, 100)}%; ${c.pk(['Ensure Plus supplement x2', 'no supplements needed', 'NG discussed'])}. Behaviours: ${c.pk(['water loading before weigh-in', 'hiding food in napkins', 'excessive steps, step counter removed', 'purging x1 after dinner'])}.\n`);
    out.push(...T`Family session with ${c.rel().rel} ${c.n(c.rel().p, 'full')} ${c.pk(['by Zoom', 'in person', 'by phone'])} ${c.ahead(r.int(1, 6), 5)}. Family week sign-up: ${c.url()}\n`);
    out.push(...signoff(c, pt.prescriber, pt.presCred));
  } else if (layout === 1) {
    out.push(...T`DIETITIAN NOTE  ${c.today(2)}\nPt: ${c.pt_('full')}  Age ${c.age()}  Rm ${S(`${r.int(1, 3)}${p2(r.int(1, 24))}`, 'OTHER')}\nMeal plan: ${c.pk(['3 meals + 3 snacks, 3000 kcal', 'exchange system, 2600 kcal', 'vegetarian, 2800 kcal'])}\nToday: B ${r.int(25, 100)}% | L ${r.int(25, 100)}% | D ${r.int(25, 100)}% | snacks ${r.int(0, 3)}/3\n`);
    out.push(...T`${c.who()} ${c.pk(['negotiated over the peanut butter', 'completed fear food (pizza) with support', 'expressed guilt after lunch', 'asked about calories'])}. ${c.pk(WORDY_LINES)}\n`);
    out.push(...T`${c.n(rd, 'full')}, RD, LD  ${c.email(rd)}\n`);
  } else {
    out.push(...T`ED therapy note - ${c.pt_('first')} - ${c.today(5)}\n`);
    out.push(...T`Worked on ${c.pk(['body checking', 'perfectionism', 'ED voice externalisation ("Ana")', 'return to sport'])}. ${c.He()} ${c.pk(['is worried about returning to', 'misses her team at', 'wants to go back to'])} ${c.loc(c.pk(SCHOOLS))}. ${c.pk(['Coach', 'Counselor', 'Teacher'])} ${c.n(person(r), r.pick(['last', 'full']))} ${c.pk(['called', 'emailed'])} re: ${c.pk(['return-to-play', 'modified schedule'])}.\n`);
    out.push(...T`Risk: ${c.pk(['denies SI', 'passive SI, safety plan updated', 'self-harm urges 6/10'])}. EDE-Q ${(r.int(20, 55) / 10).toFixed(1)}. Next ${c.ahead(7, 3)}.\n${c.n(pt.worker, 'init')}, ${pt.workerCred}\n`);
  }
  return out;
};

const collateral: Builder = (c) => {
  const r = c.r;
  const pt = c.pt;
  const out: Piece[] = [];
  const layout = r.int(0, 2);
  const rel = c.rel();
  if (layout === 0) {
    out.push(...T`COLLATERAL CONTACT\nPatient: ${c.pt_('LFM')}  MRN ${c.mrn()}\nDate: ${c.today()}  Time: ${c.time()}\nSpoke with: ${c.n(rel.p, r.pick(['full', 'lf']))} (${rel.rel}, age ${c.age(rel.age)})  ${c.ph(rel.phone)}\nROI on file: ${c.pk(['yes', 'yes, exp. ', 'verbal consent'])}`);
    if ((out[out.length - 1] as string).endsWith('exp. ')) out.push(c.ahead(r.int(30, 300), 1));
    out.push(...T`\n\n${c.n(rel.p, 'first')} reports ${c.pt_(r.pick(['first', 'first', 'nick']))} ${c.pk(['had been staying up all night and talking about God', 'stopped taking the lithium around', 'started drinking again after losing the job at', 'was pawning things from the house', 'threatened to jump from the'])}`);
    const l = out[out.length - 1] as string;
    if (l.endsWith('around')) out.push(' ', c.ago(r.int(10, 50), r.pick([5, 6, 3])));
    else if (l.endsWith(' at')) out.push(' ', c.loc(pt.employer));
    else if (l.endsWith('the')) out.push(' ', c.loc(c.pk(L('Route 9 bridge|Calder Street bridge|Millbrook Dam|Two Rivers overpass'))));
    out.push(...T`. ${c.He()} ${c.pk(['has no guns', 'has a hunting rifle at', 'has always been the responsible one'])}`);
    if ((out[out.length - 1] as string).endsWith(' at')) out.push(' ', c.n(c.rel().p, 'first'), "'s");
    out.push(...T`${c.pk([' place', '', ''])}. Family history: ${c.pk(['uncle with schizophrenia', 'mother with bipolar, died by suicide', 'strong family hx of alcoholism', 'none known'])}${r.chance(0.4) ? [' (', ...c.yearIn(r.int(5, 30)), ')'] : []}.\n${c.pk(WORDY_LINES)}\n`);
    out.push(...signoff(c, pt.worker, pt.workerCred));
  } else if (layout === 1) {
    const sup = person(r);
    out.push(...T`Employer collateral - ${c.today(8)}\n`);
    out.push(...T`With pt's written consent, writer called ${c.n(sup, 'full')}, ${c.pk(['supervisor', 'HR manager', 'shift lead', 'owner'])} at ${c.loc(pt.employer)} (${c.ph()}${c.ext()}). `);
    out.push(...T`${c.pk(['Mr.', 'Ms.'])} ${c.n(sup, 'last')} confirmed ${c.who()} ${c.pk(['has been on FMLA since', 'was written up on', 'last worked on', 'can return on light duty starting'])} ${c.ago(r.int(2, 40), r.pick([3, 5, 9]))}. Employee ID ${c.id(r.digits(6))}. `);
    out.push(...T`Fax for return-to-work paperwork ${c.ph()}; email ${c.email(sup)}. ${c.pk(['Employer is supportive.', 'EAP referral offered.', 'Job will be held until the end of the month.'])} ${c.pk(WORDY_LINES)}\n`);
    out.push(...T`-${c.n(pt.worker, 'init')}, ${pt.workerCred}\n`);
  } else {
    out.push(...(r.chance(0.5) ? T`${c.today(3)} ${c.time()} tc from ${rel.rel} ${c.n(rel.p, 'first')} ${c.ph(rel.phone)}: ` : T`${c.today(3)} ${c.time()} TC ${rel.rel}(${c.n(rel.p, 'first')})@${c.ph(rel.phone)}-`));
    out.push(...T`${c.pk(['wanted update, told no ROI - listened only', 'says pt called from a payphone in', 'asking when discharge is', 'upset pt was released'])}`);
    if ((out[out.length - 1] as string).endsWith(' in')) out.push(' ', c.town(), ', ', c.st());
    out.push(...T`. ${c.n(rel.p, 'first')} is ${c.pk(['the only support', 'raising pt\'s kids', 'retired, lives an hour away'])}${rel.age > 89 ? [', ', ...[c.age(rel.age)], ' yrs old'] : []}. grandmother ${c.n(person(r, 'F'), 'full')}, ${c.age(r.int(88, 98))}, ${c.pk(['also worried', 'in nursing home', 'has dementia'])}.\n`);
    out.push(...T`${c.sigInit(pt.worker)}\n`);
  }
  return out;
};

// ---------------------------------------------------------------- shared optional sections
type Section = (c: Ctx) => Piece[];

const WARNING_SIGNS = L('not sleeping|isolating in room|skipping meals|texting old dealer|giving things away|drinking alone|stops answering phone|pacing at night|talking about being a burden');
const COPING = L('walk the dog|shower, cold water on face|call sponsor|music with headphones|prayer|drawing|go to a meeting|5-4-3-2-1 grounding|sit on the porch with coffee');

const secSafetyPlan: Section = (c) => {
  const r = c.r;
  const a = c.rel(0);
  const b = c.rel(1);
  const out: Piece[] = [];
  out.push(...T`\n${c.pk(['SAFETY PLAN', 'Safety plan (Stanley-Brown):', 'Safety Plan Review'])}\n`);
  const w = r.int(0, WARNING_SIGNS.length - 1);
  const k = r.int(0, COPING.length - 1);
  out.push(...T`1. Warning signs: ${WARNING_SIGNS[w] as string}, ${WARNING_SIGNS[(w + r.int(1, 4)) % WARNING_SIGNS.length] as string}\n2. Coping: ${COPING[k] as string}; ${COPING[(k + r.int(1, 4)) % COPING.length] as string}\n`);
  out.push(...T`3. People/places for distraction: ${c.n(a.p, r.pick(['first', 'nick', 'full']))} (${a.rel}), ${c.pk(['the library in', 'the Y in', 'the park in'])} ${c.town()}\n`);
  out.push(...T`4. People to ask for help: ${c.n(b.p, r.pick(['full', 'first']))} ${c.ph(b.phone)}; sponsor ${c.n(person(r), 'first')} ${c.ph()}\n`);
  out.push(...T`5. Professionals: `, ...c.doc(c.pt.prescriber, c.pt.presCred), ...T` ${c.ph()}${c.maybe(0.4, c.ext())}; after hours ${c.inst(true)} ${c.ph()}\n`);
  out.push(...T`6. Means safety: ${c.pk(['meds locked, key with', 'firearms stored at', 'razor blades removed by'])} ${c.n(a.p, r.pick(['first', 'full']))}${c.pk(["'s", '', ''])}\n`);
  return out;
};

const secMeds: Section = (c) => {
  const r = c.r;
  const out: Piece[] = [];
  out.push(r.chance(0.5) ? '\nCurrent medications:\n' : '\nMEDS:\n');
  const n = r.int(2, 4);
  for (let i = 0; i < n; i++) {
    out.push(...T`- ${c.pk(MEDS)}`);
    if (r.chance(0.3)) out.push(...T` (per Dr. ${c.n(person(r), 'last')})`);
    out.push('\n');
  }
  out.push(...T`Pharmacy: ${c.loc(c.pk(PHARMACIES))}${c.maybe(0.5, T` on ${S(c.pk(STREETS) + ' ' + c.pk(STREET_SUF), 'LOCATION')}`)} ${c.ph()}. Last fill ${c.ago(r.int(2, 40))}.\n`);
  return out;
};

const secRisk: Section = (c) => {
  const r = c.r;
  return T`\nRisk formulation: risk factors include ${c.pk(['recent loss', 'access to firearms', 'prior attempt', 'active substance use', 'chronic pain', 'recent discharge'])} and ${c.pk(['hopelessness', 'isolation', 'impulsivity', 'legal stress'])}. Protective: ${r.chance(0.5) ? c.pk(['children', 'engaged in treatment', 'pet cat', 'future-oriented']) : r.chance(0.5) ? ['faith community at ', c.loc(c.pk(CHURCHES))] : ['job at ', c.loc(c.pt.employer)]}. Overall acute risk ${c.pk(['low', 'moderate', 'high'])}, chronic risk ${c.pk(['moderate', 'elevated'])}. ${c.pk(WORDY_LINES)}\n`;
};

const secContacts: Section = (c) => {
  const r = c.r;
  const out: Piece[] = [];
  const bar = r.chance(0.5);
  out.push(bar ? '\nContact            | Relation     | Phone\n' : '\nCONTACTS\n');
  for (const rel of c.pt.rels) {
    if (bar) out.push(...T`${c.n(rel.p, r.pick(['full', 'lf', 'first']))} | ${rel.rel} | ${c.ph(rel.phone)}\n`);
    else out.push(...T`  ${rel.rel.padEnd(14)}${c.n(rel.p, r.pick(['full', 'LF_UP', 'init']))}   ${c.ph(rel.phone)}\n`);
  }
  if (r.chance(0.5)) out.push(...T`${bar ? '' : '  '}${c.pk(['PCP', 'Probation officer', 'Payee', 'Case manager'])}${bar ? ' | ' : ': '}${c.n(person(r), 'full')}${bar ? ' | ' : '   '}${c.ph()}\n`);
  return out;
};

const secAppts: Section = (c) => {
  const r = c.r;
  return T`\nFollow-up appointments:\n- Psychiatry: Dr. ${c.n(person(r), r.pick(['last', 'full']))}, ${c.other()}, ${c.ahead(r.int(3, 14), r.pick([0, 3, 5, 9]))} at ${c.time()}\n- Therapy: ${c.n(c.pt.worker, r.pick(['full', 'init']))}, ${c.pk(['Tuesdays', 'Thursdays', 'every other Friday'])} (first ${c.ahead(r.int(2, 10), r.pick([3, 4]))})\n${c.maybe(0.5, T`- Labs at ${c.loc(c.pk(['Quest draw station', 'Greystone outpatient lab', 'LabOne on Mill St']))} ${c.ahead(r.int(5, 20), 3)}\n`)}`;
};

const secBenefits: Section = (c) => {
  const r = c.r;
  return T`\nBenefits/legal: SSI application #${c.id(`${r.digits(3)}-${r.digits(2)}-${r.digits(4)}A`)} ${c.pk(['pending', 'denied, appeal filed', 'approved'])}; rep payee ${c.n(person(r), 'full')}${c.maybe(0.5, T` (${c.loc(c.pk(['Harbor Payee Services', 'Tri-County Fiduciary', 'Lighthouse Rep Payee']))})`)}. ${c.pk(['Medicaid', 'Member'])} ID ${c.id(c.pt.medicaid)}${c.maybe(0.5, T`, ${c.loc(c.pk(INSURERS))}`)}. ${c.pk(['No open warrants per', 'Court date', 'Probation check-in'])} ${c.ahead(r.int(2, 40), r.pick([1, 5, 9]))}.\n`;
};

const secSubstanceTable: Section = (c) => {
  const r = c.r;
  const out: Piece[] = [];
  out.push('\nSubstance      Age 1st use   Last use      Route/amount\n');
  const subs: [string, string[]][] = [
    ['Alcohol', ['12 beers/day', 'pint of vodka daily', 'weekends, binge']],
    ['Cannabis', ['smoked, 1 g/day', 'vape, all day', 'edibles qhs']],
    ['Opioids', ['IV, 1-2 bundles', 'fentanyl smoked, 10 blues', 'oxy 30s x4/day']],
    ['Meth', ['smoked, daily', 'IV, weekends']],
    ['Cocaine', ['intranasal weekends', 'crack, "when I have money"']],
    ['Benzos', ['street Xanax, "a few"', 'Klonopin not prescribed']],
    ['Nicotine', ['1 ppd', 'vape, all day', 'chew']],
  ];
  const n = r.int(2, 4);
  const first = r.int(0, subs.length - 1);
  for (let i = 0; i < n; i++) {
    const [s, routes] = subs[(first + i * 2) % subs.length] as [string, string[]];
    out.push(...T`${s.padEnd(15)}${String(r.int(11, 30)).padEnd(14)}`, c.ago(r.int(0, 200), r.pick([1, 2, 3, 0])), `   ${c.pk(routes)}\n`);
  }
  return out;
};

const secHistory: Section = (c) => {
  const r = c.r;
  const a = r.pick(INSTITUTIONS);
  const b = r.pick(INSTITUTIONS);
  return T`\nPrior treatment: ${c.loc(r.pick(a))} (${c.year(r.int(2, 12))}), ${c.loc(r.pick(b))} ${c.d(c.date - r.int(200, 900) * DAYMS, r.pick([0, 2, 1]))} to ${c.d(c.date - r.int(100, 199) * DAYMS, r.pick([0, 2, 1]))}, ${r.chance(0.5) ? [c.pk(['detox at ', 'residential at ', 'IOP at ']), c.loc(c.pk(['New Dawn', 'Juniper House', 'Cornerstone', 'Pinewood', 'Marigold']))] : [c.pk(['outpatient with Dr. ', 'therapy with ']), c.n(person(r), 'last')]}.\n`;
};

const secNarr: Section = (c) => {
  const r = c.r;
  const nick = c.pt.nick;
  const out: Piece[] = ['\n'];
  if (nick && r.chance(0.7)) out.push(...T`${c.pk(['Goes by', 'Prefers to be called', 'Family calls pt'])} "${S(nick, 'NAME')}". `);
  out.push(...T`${c.pk(EPONYM_LINES)} ${c.pk(WORDY_LINES)} `);
  if (r.chance(0.5)) out.push(...T`Case discussed with ${c.n(person(r), 'last')}/${c.n(person(r), 'last')} (${c.pk(['SW', 'RN', 'CM'])}). `);
  if (r.chance(0.5)) out.push(...T`Records requested from ${c.other()} (fax ${c.ph()}). `);
  out.push('\n');
  return out;
};

const SECTIONS: Section[] = [secSafetyPlan, secMeds, secRisk, secContacts, secAppts, secBenefits, secSubstanceTable, secHistory, secNarr];
const STYLE_SECTIONS: Record<string, number[]> = {
  'psych-admission': [3, 7, 8],
  'psych-daily': [0, 1, 2, 4, 8],
  'crisis-mobile': [0, 2, 3, 8],
  'mat-clinic': [1, 5, 6, 7, 8],
  'sw-assessment': [3, 5, 6, 7],
  'housing-casemgmt': [3, 4, 5, 8],
  'court-letter': [],
  'child-protection': [3, 7, 8],
  'group-therapy': [2, 8, 0],
  'eating-disorder': [1, 3, 4, 8],
  'collateral-call': [2, 3, 8, 7],
};

function extras(c: Ctx, style: string): Piece[][] {
  const r = c.r;
  const pool = (STYLE_SECTIONS[style] ?? []).slice();
  const k = pool.length ? r.int(style === 'psych-admission' ? 0 : 1, Math.min(3, pool.length)) : 0;
  const out: Piece[][] = [];
  for (let i = 0; i < k; i++) {
    const j = pool.splice(r.int(0, pool.length - 1), 1)[0] as number;
    out.push(...splitLines((SECTIONS[j] as Section)(c)));
  }
  return out;
}

/** index before which optional sections go: before the closing / sign-off lines */
function tailIndex(lines: Piece[][]): number {
  const text = (ln: Piece[]): string => ln.map((p) => (typeof p === 'string' ? p : p.t)).join('');
  for (let i = lines.length - 1; i >= 0; i--) {
    if (/^(Sincerely|Respectfully|Regards),/.test(text(lines[i] as Piece[]))) return i;
  }
  const n = lines.length;
  const last = lines[n - 1] ?? [];
  const short = text(last).split(/\s+/).length <= 14 && last.some((p) => typeof p !== 'string' && p.c === 'NAME');
  if (!short) return n;
  const prev = lines[n - 2] ?? [];
  if (n >= 2 && /^(Signed|Electronically|Dictated|--|-|Counselor)/.test(text(prev))) return n - 2;
  return n - 1;
}

// ---------------------------------------------------------------- further layouts
const petitionAdmission: Builder = (c) => {
  const r = c.r;
  const pt = c.pt;
  const pet = c.rel();
  const out: Piece[] = [];
  out.push(...T`APPLICATION FOR EMERGENCY ADMISSION (${c.pk(['72-HOUR HOLD', 'SECTION 12(a)', 'TDO', 'FORM 1'])})\n${c.county()} - ${c.inst(false)}\n\n`);
  out.push(...T`Respondent: ${c.pt_('LF_UP')}   DOB ${c.dob()}   Age ${c.age()}\nLast known address: ${c.addr()}\n`);
  out.push(...T`Petitioner: ${c.n(pet.p, 'full')}, ${pet.rel}, ${c.ph(pet.phone)}${c.maybe(0.5, T`, ${c.email(pet.p)}`)}\n`);
  out.push(...T`Officer: ${c.pk(['Ofc.', 'Deputy', 'Cpl.', 'Trooper'])} ${c.n(person(r), r.pick(['last', 'full']))} #${c.id(r.digits(r.int(3, 5)))}, ${c.loc(`${c.pk(TOWNS)} Police Department`)}\n\n`);
  out.push(...T`Facts observed: On ${c.ago(r.int(0, 2), r.pick([9, 6, 0]))} at approx ${c.time()} respondent ${c.pk(['was found on the roof of', 'barricaded self inside', 'walked into traffic outside', 'threatened staff at'])} ${c.loc(r.chance(0.5) ? pt.employer : c.pk(SCHOOLS))}, stating "${c.pk(['God told me to', 'you will all burn', 'I want to die', 'they put a chip in me'])}". ${c.He()} ${c.pk(['has not slept in 4 days', 'stopped Invega Sustenna injections', 'has been drinking heavily', 'has 2 prior attempts'])}.\n`);
  out.push(...T`Examiner: ${c.doc(pt.prescriber, pt.presCred)} - criteria met: ${c.pk(['danger to self', 'danger to others', 'grave disability', 'danger to self and others'])}.\n`);
  out.push(...T`Hearing set: ${c.ahead(r.int(2, 5), r.pick([0, 9, 1]))}, ${c.court(['Probate Court', 'District Court'])}, Courtroom ${S(String(r.int(1, 12)) + c.pk(['', 'A', 'B']), 'OTHER')}. Public defender ${c.n(person(r), 'full')} notified ${c.ph()}.\n`);
  return out;
};

const crisisChat: Builder = (c) => {
  const r = c.r;
  const pt = c.pt;
  const counsel = person(r);
  const cn = c.n(counsel, 'first');
  const out: Piece[] = [];
  out.push(...T`${c.inst(true)} text/chat line - session ${c.id(`${r.letters(2)}${r.digits(6)}`)} - ${c.today(8)}\nVisitor: ${r.chance(0.5) ? c.pt_('first') : 'anon'} (texting from ${c.ph(pt.phone)})\n\n`);
  const lines = [
    ['V', 'hi. idk why im texting this'],
    ['C', 'Hi, this is ' + '\u0001' + '. I\'m glad you reached out. What\'s going on tonight?'],
    ['V', c.pk(['my mom kicked me out', 'i cant do this anymore', 'relapsed again', 'everyone would be better without me'])],
    ['C', 'That sounds really heavy. Are you thinking about suicide?'],
    ['V', c.pk(['kind of', 'yes', 'not right now', 'idk maybe'])],
    ['C', 'Thank you for telling me. Do you have access to anything you could use to hurt yourself?'],
    ['V', c.pk(['my step dads pills', 'no', 'a razor', 'theres a gun in the truck'])],
    ['C', 'Can we work on putting some distance between you and that for tonight?'],
    ['V', c.pk(['ok', 'i guess', 'ill give it to my friend', 'maybe'])],
  ];
  let minute = r.int(0, 1380);
  const h24 = r.chance(0.5);
  for (const [who, msg] of lines) {
    minute = (minute + r.int(0, 3)) % 1440;
    const hh = Math.floor(minute / 60);
    const stamp = h24 ? `${p2(hh)}:${p2(minute % 60)}` : `${((hh + 11) % 12) + 1}:${p2(minute % 60)} ${hh < 12 ? 'AM' : 'PM'}`;
    out.push(`[${stamp}] ${who === 'V' ? c.pk(['Visitor', 'Texter', 'V']) : 'Counselor'}: `);
    const parts = (msg as string).split('\u0001');
    out.push(parts[0] as string);
    if (parts.length > 1) out.push(cn, parts[1] as string);
    out.push('\n');
  }
  out.push(...T`\nRisk: ${c.pk(['imminent - active rescue initiated', 'moderate - safety plan', 'low'])}. ${c.pk(['Location from carrier ping:', 'Visitor shared location:', 'Visitor reports being in'])} ${c.town()}, ${c.st()}.\nCounselor ${c.n(counsel, 'full')} / supervisor ${c.n(person(r), 'first')}\n`);
  return out;
};

const guestDosing: Builder = (c) => {
  const r = c.r;
  const pt = c.pt;
  const out: Piece[] = [];
  const dest = c.pk(['Sunrise Treatment Center', 'Coastal Recovery OTP', 'Mesa Verde Methadone Clinic', 'Blue Spruce OTP']);
  out.push(...T`FAX - GUEST DOSING REQUEST\nFrom: ${c.inst(false)}   Fax ${c.ph()}\nTo: ${c.loc(dest)}, ${c.town()}, ${c.st()}   Fax ${c.ph()}\nPages: ${r.int(2, 5)} (incl. cover)\n\n`);
  out.push(...T`Patient: ${c.pt_('LFM')}   DOB ${c.dob()}   Client # ${c.mrn()}\nCurrent dose: methadone ${r.int(40, 160)} mg, last dosed here ${c.ago(r.int(0, 2), 3)}\nDates requested: ${c.ahead(r.int(2, 6), 3)} through ${c.ahead(r.int(7, 20), 3)}\nReason: ${c.pk(["mother's funeral in", 'work travel to', 'family emergency in', 'court appearance in'])} ${c.town()}, ${c.st(true)}\n`);
  out.push(...T`Last 3 UDS: ${c.pk(['neg/neg/neg', 'neg/THC/neg', 'neg/neg/BZO (Rx)'])}. Take-home level ${r.int(0, 6)}. No missed doses in 30 days.\nQTc ${r.int(400, 480)} ms on ${c.ago(r.int(20, 120), 1)}.\n`);
  out.push(...T`Contact: ${c.n(pt.worker, 'full')}, ${pt.workerCred}, ${c.ph()}${c.ext()}, ${c.email(pt.worker)}\nMedical director: Dr. ${c.n(pt.prescriber, r.pick(['last', 'full']))}\n`);
  out.push('CONFIDENTIAL: 42 CFR Part 2 protected. Redisclosure prohibited.\n');
  return out;
};

const dischargePlanning: Builder = (c) => {
  const r = c.r;
  const pt = c.pt;
  const out: Piece[] = [];
  out.push(...T`SW Discharge Planning Note - ${c.today(r.pick([1, 8, 9]))}\n${c.pt_('lf')}  MRN ${c.mrn()}  ${c.room()}\n\n`);
  out.push(...T`${c.who()} is ${c.pk(['medically and psychiatrically stable for discharge', 'nearing discharge', 'awaiting placement'])}. ${c.He()} cannot return to ${c.pk(['prior apartment (eviction)', "sister's home", 'the shelter (barred)', 'group home'])}.\n\nReferrals sent:\n`);
  const places = [...SHELTERS, 'Amberfield Nursing & Rehab', 'Ridgeway Manor', 'Hearthstone PSH', 'Lighthouse Group Home', 'Oak Street Clubhouse'];
  const n = r.int(3, 5);
  for (let i = 0; i < n; i++) {
    out.push(...T`  ${i + 1}) ${c.loc(c.pk(places))} - ${c.pk(['declined, no beds', 'pending review', 'accepted, bed ', 'declined due to criminal hx', 'waitlist #'])}`);
    const l = out[out.length - 1] as string;
    if (l.endsWith('bed ')) out.push(S(String(r.int(1, 40)) + c.pk(['', 'A', 'B']), 'OTHER'), ' on ', c.ahead(r.int(1, 5), 3));
    else if (l.endsWith('#')) out.push(String(r.int(2, 60)));
    out.push(...T` (${c.pk(['spoke with', 'faxed to', 'intake:'])} ${c.n(person(r), r.pick(['full', 'first', 'init']))}${c.maybe(0.5, T`, ${c.ph()}`)})\n`);
  }
  out.push(...T`\nTransport: ${c.pk(['cab voucher', 'bus pass', 'family will pick up', 'Medicaid transport, trip # '])}`);
  if ((out[out.length - 1] as string).endsWith('# ')) out.push(c.id(r.digits(8)));
  out.push(...T`. Meds to ${c.loc(c.pk(PHARMACIES))}. Guardian/POA: ${r.chance(0.5) ? c.n(c.rel().p, 'full') : 'none'}.\n`);
  out.push(...signoff(c, pt.worker, pt.workerCred));
  return out;
};

const dapNote: Builder = (c) => {
  const r = c.r;
  const pt = c.pt;
  const birp = r.chance(0.5);
  const out: Piece[] = [];
  out.push(...T`${c.pk(['Individual session', 'Case management contact', 'Peer support contact', 'Home visit'])} - ${birp ? 'BIRP' : 'DAP'} - ${c.today()}\nClient: ${c.pt_(r.pick(['full', 'LFM', 'lf']))}   ${c.pk(['Client ID', 'Chart', 'MRN'])}: ${c.mrn()}\nLocation: ${r.chance(0.5) ? c.addr() : c.loc(c.pk(SHELTERS))}\n\n`);
  if (birp) {
    out.push(...T`B: ${c.who()} presented ${c.pk(['calm and organised', 'anxious, picking at skin', 'irritable about the landlord', 'tearful'])}. Reported ${c.pk(['3 days sober', 'missing the Abilify Maintena shot', 'fight with neighbour', 'good week'])}.\n`);
    out.push(...T`I: ${c.pk(['Motivational interviewing', 'Problem-solving around rent', 'DBT chain analysis', 'Assisted with SNAP recertification'])}; called ${c.loc(c.pk([...INSURERS, ...PHARMACIES]))} with client on speaker.\n`);
    out.push(...T`R: ${c.pk(['Engaged, set 2 goals', 'Receptive', 'Minimal engagement', 'Agreed to call sponsor'])}. ${c.pk(WORDY_LINES)}\n`);
    out.push(...T`P: Next contact ${c.ahead(r.int(2, 10), r.pick([3, 5, 9]))}; ${c.pk(['bring lease', 'court letter to', 'check on SSI'])}${r.chance(0.5) ? [' ', c.n(person(r), 'full')] : []}.\n`);
  } else {
    out.push(...T`D: Met at ${c.pk(['client home', 'the library', 'McDonalds', 'clinic'])}. ${c.who()} reports ${c.pk(['sleeping better', 'cravings', 'conflict with', 'being fired from'])}`);
    const l = out[out.length - 1] as string;
    if (l.endsWith('with')) out.push(' ', c.rel().rel, ' ', c.n(c.rel().p, 'first'));
    else if (l.endsWith('from')) out.push(' ', c.loc(pt.employer));
    out.push(...T`. PHQ-9 ${r.int(2, 25)}, GAD-7 ${r.int(1, 21)}.\nA: ${c.pk(['Symptoms improving', 'Risk low', 'Housing at risk', 'Stable'])}. ${c.pk(EPONYM_LINES)}\nP: ${c.pk(['Continue weekly', 'Refer to IOP at', 'Coordinate with PO'])}`);
    if ((out[out.length - 1] as string).endsWith('at')) out.push(' ', c.other());
    else if ((out[out.length - 1] as string).endsWith('PO')) out.push(' ', c.n(person(r), 'full'), ' ', c.ph());
    out.push('.\n');
  }
  out.push(...T`${c.n(pt.worker, r.pick(['full', 'init', 'lf']))} ${pt.workerCred}   ${c.time()}\n`);
  return out;
};

const cpsContact: Builder = (c) => {
  const r = c.r;
  const pt = c.pt;
  const cw = person(r);
  const kid1 = person(r);
  const kid2 = person(r);
  kid1.last = pt.p.last;
  const out: Piece[] = [];
  out.push(...T`${c.loc(`${pt.county} County Children's Services`)} - CASEWORKER CONTACT\nCase: ${c.pt_('LF_UP')} family   Case # ${c.id(`${r.digits(2)}-JV-${r.digits(5)}`)}\nWorker: ${c.n(cw, 'full')}   ${c.ph()}   ${c.email(cw)}\nVisit: ${c.today()} ${c.time()} at ${c.addr()}\n\n`);
  out.push(...T`Children seen: ${c.n(kid1, 'first')} (${r.int(2, 15)}) and ${c.n(kid2, 'first')} ${c.n(kid1, 'last')} (${r.int(1, 12)}). ${c.pk(['Both appeared clean and appropriately dressed.', ['Younger child had a diaper rash; referred to ', c.loc(c.pk(['Eastgate FM', 'Eastgate', 'Eastgate Family Medicine'])), '.'], 'Home had adequate food; smoke detector not working.'])}\n`);
  out.push(...T`Parent ${c.pt_('first')} ${c.pk(['reports attending IOP at', 'has missed 2 drug screens at', 'is engaged with therapist at'])} ${c.other()}. ${c.pk(['Screen today at the home was negative.', 'Refused screen.', 'Provided copy of attendance letter.'])}\n`);
  out.push(...T`Collaterals: school (${c.loc(c.pk(SCHOOLS))}, ${c.pk(['counselor', 'teacher', 'nurse'])} ${c.n(person(r), r.pick(['full', 'last']))}) reports ${c.pk(['attendance improved', '6 absences this month', 'child hungry at school'])}. Paternal ${c.pk(['grandmother', 'aunt'])} ${c.n(person(r, 'F'), 'full')} ${c.ph()} willing to be a safety resource.\n`);
  out.push(...T`Next visit ${c.ahead(r.int(5, 14), r.pick([3, 5, 0]))}. Family team meeting ${c.ahead(r.int(15, 30), 9)}.\n`);
  return out;
};

const groupDap: Builder = (c) => {
  const r = c.r;
  const out: Piece[] = [];
  out.push(...T`${c.pk(['Process group', 'Family education group', 'Women\'s trauma group', 'Men\'s recovery group', 'Art therapy group'])} ${c.today(3)} ${c.time()}-${c.time()}\nSign-in sheet: ${r.int(5, 14)} members. Scanned to chart page 2.\n\n`);
  out.push(...T`D: Topic "${c.pk(['What recovery means to me', 'Letters to my younger self', 'Boundaries with family', 'Holiday triggers'])}". ${c.pt_(r.pick(['first', 'full']))} ${c.pk(['read a letter to', 'spoke about', 'drew a picture of'])} ${c.pk([['daughter ', c.n(person(r, 'F'), 'first')], ['brother ', c.n(person(r, 'M'), 'first')], ['grandmother who raised ', c.him()], ['the house in ', c.town()]] as Piece[][])}${r.chance(0.3) ? [' ', ...c.yearIn(r.int(5, 30))] : []}.\n`);
  out.push(...T`A: ${c.pk(['Insightful', 'Guarded', 'Emotionally available', 'Distracted by phone'])}; ${c.pk(['supported peers', 'interrupted others', 'cried, accepted support'])}. ${c.pk(WORDY_LINES)}\nP: Continue ${c.pk(['Tues/Thurs', 'daily', 'weekly'])}. Next ${c.ahead(r.int(1, 7), 5)}.\n`);
  out.push(...T`${c.n(person(r), 'full')}, ${c.pk(CREDS_THERAPIST)} / co: ${c.n(person(r), 'first')} (intern)\n`);
  return out;
};

const edFamilyMeal: Builder = (c) => {
  const r = c.r;
  const pt = c.pt;
  const parent = c.rel(0);
  const out: Piece[] = [];
  out.push(...T`FBT FAMILY MEAL SESSION  ${c.today(9)}\n${c.pt_('full')}, ${c.age()} y/o   MRN ${c.mrn()}\nPresent: ${c.n(parent.p, 'full')} (${parent.rel}), ${c.n(c.rel(1).p, 'first')} (${c.rel(1).rel}), therapist ${c.n(pt.worker, 'full')}\n\n`);
  out.push(...T`Weight trend:\n`);
  for (let i = 3; i >= 0; i--) out.push(...T`  ${c.ago(i * 7, r.pick([3, 1]))}   ${(r.int(400, 600) / 10).toFixed(1)} kg\n`);
  out.push(...T`\nMeal: ${c.pk(['lasagna and garlic bread', 'chicken burrito bowl', 'pancakes with syrup', 'pizza (fear food)'])} brought from home. ${c.n(parent.p, 'first')} ${c.pk(['plated with confidence', 'needed coaching to add more', 'negotiated with pt'])}. Pt ${c.pk(['completed 100%', 'completed after 45 min', 'left 25%', 'refused dessert'])}.\n`);
  out.push(...T`${c.pk(EPONYM_LINES)} Phase ${r.int(1, 3)} of FBT. ${c.pk(['Discussed school lunches at', 'Return to practice at', 'Supervision at'])} ${c.loc(c.pk(SCHOOLS))}.\n`);
  out.push(...T`Parent contact ${c.ph(parent.phone)} / ${c.email(parent.p)}\n`);
  out.push(...signoff(c, pt.worker, pt.workerCred));
  return out;
};

const roiForm: Builder = (c) => {
  const r = c.r;
  const pt = c.pt;
  const who = c.rel();
  const out: Piece[] = [];
  out.push(...T`AUTHORIZATION TO RELEASE / OBTAIN INFORMATION\n${c.inst(false)}\n\n`);
  out.push(...T`Client name: ${c.pt_(r.pick(['full', 'LFM']))}          DOB: ${c.dob()}\nClient ID: ${c.mrn()}\n\n`);
  out.push(...T`I authorize ${c.inst(true)} to ${c.pk(['release to', 'exchange with', 'obtain from'])}:\n`);
  if (r.chance(0.5)) out.push(...T`  Name: ${c.n(who.p, 'full')} (${who.rel})\n  Phone: ${c.ph(who.phone)}\n  Address: ${S(`${r.int(10, 9999)} ${c.pk(STREETS)} ${c.pk(STREET_SUF)}`, 'LOCATION')}, ${c.town()}, ${c.st(false)} ${S(`${r.int(1, 9)}${r.digits(4)}`, 'LOCATION')}\n`);
  else out.push(...T`  Agency: ${c.loc(c.pk([...EMPLOYERS, ...SCHOOLS, ...JAILS]))}\n  Attn: ${c.n(person(r), 'full')}   Fax: ${c.ph()}\n  Email: ${c.email(person(r))}\n`);
  out.push(...T`\nInformation: [x] attendance [${c.pk(['x', ' '])}] diagnosis [${c.pk(['x', ' '])}] medications [ ] psychotherapy notes [${c.pk(['x', ' '])}] drug screen results\nPurpose: ${c.pk(['coordination of care', 'court', 'return to work', 'family involvement', 'housing application'])}\nExpires: ${c.ahead(r.int(90, 365), r.pick([0, 1, 9]))}\n\n`);
  out.push(...T`Signature: ${c.pt_(r.pick(['full', 'first']))} (signed)   Date: ${c.today(0)}\nWitness: ${c.n(pt.worker, 'full')}, ${pt.workerCred}\n`);
  return out;
};

const schoolCollateral: Builder = (c) => {
  const r = c.r;
  const pt = c.pt;
  const school = c.pk(SCHOOLS);
  const staff = person(r);
  const out: Piece[] = [];
  out.push(...T`collateral - school - ${c.today(3)}\n`);
  out.push(...T`Called ${c.loc(school)}${r.chance(0.5) ? [' (', S(school.split(' ').map((w) => w[0]).join(''), 'LOCATION'), ')'] : []}, spoke w/ ${c.pk(['school counselor', 'asst principal', 'SRO', 'homeroom teacher'])} ${c.n(staff, r.pick(['full', 'last']))} ${c.ph()}${c.ext()}. `);
  out.push(...T`Per ${c.pk(['Mr.', 'Ms.', 'Mrs.'])} ${c.n(staff, 'last')}, ${c.pt_('first')} has ${c.pk(['missed 11 days since', 'been sleeping in class since', 'been bullied online since', 'been eating lunch alone since'])} ${c.ago(r.int(20, 90), r.pick([5, 6]))}. `);
  out.push(...T`${c.pk(['504 plan in place.', 'IEP meeting scheduled for', 'Parent ' ])}`);
  const l = out[out.length - 1] as string;
  if (l.endsWith('for')) out.push(' ', c.ahead(r.int(3, 20), 3), '.');
  else if (l.endsWith('Parent ')) out.push(c.n(c.rel(0).p, 'full'), ' has not returned calls.');
  out.push(...T` Peer ${c.n(person(r), 'first')} ${c.pk(['reported concerning posts', 'is a support', 'was suspended after the fight'])}.\n${c.pk(WORDY_LINES)}\n-${c.n(pt.worker, r.pick(['first', 'initials', 'init']))}\n`);
  return out;
};

const seclusionNote: Builder = (c) => {
  const r = c.r;
  const pt = c.pt;
  const rel = c.rel();
  const staff = [person(r), person(r), person(r)];
  const out: Piece[] = [];
  out.push(...T`${c.pk(['RESTRAINT/SECLUSION DOCUMENTATION', 'Seclusion & Restraint Event Note', 'EMERGENCY SAFETY INTERVENTION'])}\n${c.pt_(r.pick(['LFM', 'LF_UP', 'full']))}   MRN ${c.mrn()}   ${c.room()}\n`);
  out.push(...T`Date: ${c.today()}   Type: ${c.pk(['4-point restraint', 'seclusion', 'physical hold', 'seclusion + IM medication'])}\nOrdered by: `, ...c.doc(pt.prescriber, pt.presCred), ...T` at ${c.time()} (${c.pk(['in person', 'telephone order, face-to-face within 1 hr'])})\n\n`);
  out.push(...T`Precipitant: ${c.pk(['pt struck peer in dayroom', 'head-banging against wall', 'threw chair at RN', 'attempted to tie ligature in bathroom'])}. Less restrictive measures tried: verbal de-escalation, offered PRN, quiet room.\nMeds: ${c.pk(['Haldol 5 mg / Ativan 2 mg / Benadryl 50 mg IM', 'Zyprexa 10 mg IM', 'Ativan 2 mg IM'])} at ${c.time()}.\n\nObservation log:\n`);
  let minute = r.int(0, 1200);
  const colon = r.chance(0.5) ? ':' : '';
  for (let i = 0; i < r.int(3, 6); i++) {
    const st = r.pick(staff);
    minute = (minute + r.pick([15, 15, 15, 30])) % 1440;
    out.push(...T`${p2(Math.floor(minute / 60))}${colon}${p2(minute % 60)}  ${c.pk(['yelling, circulation checked', 'calmer, offered fluids', 'asleep, resp 16', 'ROM x1 limb', 'requesting release', 'toileting offered'])}  ${r.chance(0.5) ? c.initials(st) : c.n(st, 'init')}\n`);
  }
  out.push(...T`\nReleased ${c.time()}, total ${r.int(15, 240)} min. No injuries. Debrief with pt and ${c.n(r.pick(staff), 'first')} completed.\n`);
  out.push(...T`${c.pk(['Family notified:', 'Guardian notified:', 'Notified'])} ${rel.rel} ${c.n(rel.p, r.pick(['full', 'first']))} at ${c.ph(rel.phone)}${c.maybe(0.3, ' - no answer, VM left')}.\n`);
  out.push(...T`RN: ${c.n(r.pick(staff), 'full')}, RN\n`);
  return out;
};

const edIntake: Builder = (c) => {
  const r = c.r;
  const pt = c.pt;
  const out: Piece[] = [];
  const curYear = new Date(c.date).getUTCFullYear();
  out.push(...T`${c.inst(true)} ED intake  ${c.today()}\n`, ...hdrPatient(c));
  out.push(...T`\nReferred by ${c.pk(['PCP', 'school nurse', 'pediatrician', 'college health'])} ${c.n(person(r), r.pick(['full', 'last']))} (${c.other()}).\nDx: ${c.pk(['anorexia nervosa, restricting', 'AN binge-purge type', 'bulimia nervosa', 'ARFID', 'OSFED'])}. Onset ${c.yearIn(r.int(1, 6))} after ${c.pk(['a comment from a coach', 'a move to', 'parents\' divorce', 'a stomach virus'])}`);
  if ((out[out.length - 1] as string).endsWith('move to')) out.push(' ', c.town(), ', ', c.st());
  out.push('.\n\nWeight history (per pt and PCP records):\n');
  const start = r.int(4, 7);
  let kg = r.int(55, 72);
  for (let y = start; y >= 0; y--) {
    out.push(...T`  ${S(String(curYear - y), 'DATE_YEAR')}: ${kg} kg${y === start ? ' (highest)' : ''}\n`);
    kg -= r.int(0, 5);
  }
  out.push(...T`  Today: ${kg - 1}.${r.int(0, 9)} kg, BMI ${(r.int(140, 185) / 10).toFixed(1)}, HR ${r.int(40, 62)}\n\n`);
  out.push(...T`Menses: ${c.pk(['absent since', 'irregular since', 'LMP'])} ${c.ago(r.int(30, 300), r.pick([5, 6, 3, 0]))}. ${c.pk(EPONYM_LINES)}\nFamily: ${c.n(c.rel(0).p, 'full')} (${c.rel(0).rel}) ${c.ph(c.rel(0).phone)}; ${c.pk(['aunt with AN', 'mother dieted throughout pt\'s childhood', 'no family ED history'])}.\nLevel of care: ${c.pk(['residential', 'PHP 5 days/wk', 'IOP 3 evenings/wk', 'inpatient medical stabilization first'])}; insurance ${c.loc(c.pk(INSURERS))} auth # ${c.id(`${r.letters(2)}${r.digits(8)}`)}.\n`);
  out.push(...signoff(c, pt.worker, pt.workerCred));
  return out;
};

const accommodationLetter: Builder = (c) => {
  const r = c.r;
  const pt = c.pt;
  const mgr = person(r);
  const prop = c.pk(['Willow Court Apartments', 'Hearthstone Permanent Supportive Housing', 'Canal Street Lofts', 'Maple Bend Housing Authority', 'Sunrise Senior Residences']);
  const out: Piece[] = [];
  out.push(...T`${c.inst(false)}\n${c.pk(['Case Management', 'Supportive Housing Program', 'Community Support Services'])}\n\n${c.today(r.pick([9, 10, 11]))}\n\n`);
  out.push(...T`${c.n(mgr, 'full')}, Property Manager\n${c.loc(prop)}\n${S(`${r.int(10, 9999)} ${c.pk(STREETS)} ${c.pk(STREET_SUF)}`, 'LOCATION')}\n${c.town()}, ${c.st(false)} ${S(`${r.int(1, 9)}${r.digits(4)}`, 'LOCATION')}\n\n`);
  out.push(...T`RE: Request for reasonable accommodation - ${c.pt_('full')}, Unit ${S(`${r.int(1, 4)}${p2(r.int(1, 30))}`, 'OTHER')}\n\nDear ${c.pk(['Mr.', 'Ms.'])} ${c.n(mgr, 'last')},\n\n`);
  out.push(...T`I am writing on behalf of my client, ${c.pt_(r.pick(['full', 'fml']))}, who has a disability as defined under the Fair Housing Act. ${c.He()} requests ${c.pk(['a transfer to a ground-floor unit', 'that rent be due on the 5th, after benefits arrive', 'permission to keep an emotional support animal', 'a repayment plan for arrears'])}. ${c.pk(WORDY_LINES)}\n\n`);
  out.push(...T`Please contact me at ${c.ph()}${c.ext()} or ${c.email(pt.worker)} with questions.\n\nSincerely,\n${c.n(pt.worker, 'full')}, ${pt.workerCred}\n`);
  return out;
};

function either(main: Builder, alts: Builder[], share: number): Builder {
  return (c) => (c.r.chance(share) ? (c.r.pick(alts) as Builder)(c) : main(c));
}

const BUILDERS: Record<string, Builder> = {
  'psych-admission': either(psychAdmission, [petitionAdmission], 0.3),
  'psych-daily': either(psychDaily, [seclusionNote], 0.2),
  'crisis-mobile': either(crisisMobile, [crisisChat], 0.25),
  'mat-clinic': either(matClinic, [guestDosing, dapNote], 0.35),
  'sw-assessment': either(swAssessment, [dischargePlanning], 0.35),
  'housing-casemgmt': either(housingCaseMgmt, [dapNote, accommodationLetter], 0.4),
  'court-letter': courtLetter,
  'child-protection': either(childProtection, [cpsContact], 0.4),
  'group-therapy': either(groupTherapy, [groupDap], 0.3),
  'eating-disorder': either(eatingDisorder, [edFamilyMeal, edIntake], 0.45),
  'collateral-call': either(collateral, [roiForm, schoolCollateral], 0.4),
};

const FILLER = L(
  'Pt thanked writer for the call.|Reviewed upcoming appointments and transportation.|Discussed sleep hygiene and caffeine cut-off.|Naloxone on hand, pt demonstrated use.|Pt declined further services at this time but knows how to reach us.|Encouraged pt to keep a mood log.|Psychoeducation on withdrawal timeline provided.|Pt reports feeling heard today.|Strengths: humour, resourcefulness, loyalty to friends.|Will staff with supervisor at weekly case review.|Safety plan reviewed and copy given.|Coping skills practiced: paced breathing, cold water.|No acute distress observed during contact.|Pt verbalised understanding of the plan.|Discussed crisis resources and when to use them.|Medication education provided, side effects reviewed.|Will coordinate with the treatment team.|Pt agrees to return for the next appointment.|Writer provided validation and psychoeducation.|Barriers discussed: transportation, phone minutes, childcare.',
);

// ---------------------------------------------------------------- finishing: case, capital lines, typos, offsets
function splitLines(pieces: Piece[]): Piece[][] {
  const lines: Piece[][] = [[]];
  for (const p of pieces) {
    if (typeof p !== 'string') {
      (lines[lines.length - 1] as Piece[]).push(p);
      continue;
    }
    const parts = p.split('\n');
    parts.forEach((part, i) => {
      if (i > 0) lines.push([]);
      if (part) (lines[lines.length - 1] as Piece[]).push(part);
    });
  }
  return lines;
}

function words(lines: Piece[][]): number {
  let n = 0;
  for (const ln of lines) {
    const s = ln.map((p) => (typeof p === 'string' ? p : p.t)).join('');
    n += s.split(/\s+/).filter(Boolean).length;
  }
  return n;
}

const PROTECT = /^(Wilson|Capgras|Ganser|Alzheimer|Huntington|Munchausen|Marchman|Tarasoff|Edinburgh|Addison|Barnes|Hoover|Romberg|Stanley|Finnegan|Babinski|Parkinsonian|Wernicke's|Foley|Glasgow|Hodgkin|Crohn's|Cushingoid|Tourette's|Asperger's|Korsakoff|Chvostek|Trousseau|Russell's|Mallory|Weiss|follow|frank|grace|stone|faced|young|Young|price|Price|brown|fields|Fields|banks|Banks|sharp|moody|Moody|church|Beck)$/;

function typoPlain(r: Rng, s: string, rate: number): string {
  return s.replace(/[A-Za-z]{5,}/g, (w) => (PROTECT.test(w) || !r.chance(rate) ? w : typoWord(r, w)));
}

function finish(r: Rng, input: Piece[][], style: string): { text: string; phi: GeneratedSpan[] } {
  let lines = input.filter((ln, i) => ln.length > 0 || (i > 0 && (input[i - 1] as Piece[]).length > 0));
  // trim trailing spaces of plain pieces at line ends and drop empty leading lines
  while (lines.length && (lines[0] as Piece[]).length === 0) lines.shift();
  while (lines.length && (lines[lines.length - 1] as Piece[]).length === 0) lines.pop();
  let wc = words(lines);
  let guard = 0;
  const fill = FILLER.slice();
  while (wc < 62 && guard++ < 20 && fill.length > 1) {
    const a = fill.splice(r.int(0, fill.length - 1), 1)[0] as string;
    const b = fill.splice(r.int(0, fill.length - 1), 1)[0] as string;
    lines.splice(Math.max(0, lines.length - 1), 0, [`${a} ${b}`]);
    wc = words(lines);
  }
  guard = 0;
  while (wc > 440 && lines.length > 6 && guard++ < 200) {
    lines.splice(lines.length - 3, 1);
    wc = words(lines);
  }
  const mode = r.f();
  const caseMode = mode < 0.1 ? 'upper' : mode < 0.2 ? 'lower' : 'mixed';
  const capLineRate = caseMode === 'mixed' && r.chance(0.35) ? 0.12 : 0;
  const typoRate = r.chance(0.45) ? r.pick([0.01, 0.02, 0.04]) : 0;
  lines = lines.map((ln) => {
    const up = caseMode === 'upper' || (capLineRate > 0 && r.chance(capLineRate));
    const low = caseMode === 'lower';
    return ln.map((p) => {
      if (typeof p === 'string') {
        let s = typoRate ? typoPlain(r, p, typoRate) : p;
        if (up) s = s.toUpperCase();
        else if (low) s = s.toLowerCase();
        return s;
      }
      if (up) return { t: p.t.toUpperCase(), c: p.c };
      if (low) return { t: p.t.toLowerCase(), c: p.c };
      return p;
    });
  });
  void style;
  let text = '';
  const phi: GeneratedSpan[] = [];
  lines.forEach((ln, li) => {
    if (li > 0) text += '\n';
    // strip trailing whitespace on the line (only plain pieces)
    const last = ln[ln.length - 1];
    if (typeof last === 'string') ln[ln.length - 1] = last.replace(/[ \t]+$/, '');
    for (const p of ln) {
      if (typeof p === 'string') {
        text += p;
        continue;
      }
      const t = p.t.trim();
      if (!t || t.includes('\n')) {
        text += p.t;
        continue;
      }
      phi.push({ start: text.length, end: text.length + t.length, category: p.c });
      text += t;
    }
  });
  return { text, phi };
}

const OLD_STYLES = ['psych-admission', 'psych-daily', 'sw-assessment', 'court-letter', 'collateral-call', 'housing-casemgmt', 'crisis-mobile', 'group-therapy'];

function pickStyle(r: Rng, prev: string | undefined, age: number): string {
  if (age >= 85) return r.chance(0.35) ? 'court-letter' : r.pick(OLD_STYLES);
  if (prev === 'psych-admission' && r.chance(0.5)) return r.pick(['psych-daily', 'collateral-call']);
  if (prev === 'mat-clinic' && r.chance(0.3)) return 'court-letter';
  if (prev === 'housing-casemgmt' && r.chance(0.3)) return 'housing-casemgmt';
  return r.pick(BEHAVIOURAL_STYLES);
}

export function generate(count: number, seed: number): GeneratedNote[] {
  const notes: GeneratedNote[] = [];
  for (let pi = 0; notes.length < count; pi++) {
    const pt = makePatient(seed, pi);
    const pr = new Rng(mix(seed, pi, 4242));
    const n = pr.int(1, 3);
    let prev: string | undefined;
    let day = pt.anchor;
    for (let j = 0; j < n && notes.length < count; j++) {
      const r = new Rng(mix(seed, pi, j, 99));
      const style = pickStyle(r, prev, pt.age);
      prev = style;
      const c = new Ctx(r, pt, day);
      const lines = splitLines((BUILDERS[style] as Builder)(c));
      while (lines.length && (lines[lines.length - 1] as Piece[]).length === 0) lines.pop();
      const isLetter = lines.some((ln) => ln.length === 1 && typeof ln[0] === 'string' && /^(Sincerely|Respectfully|Regards),$/.test(ln[0]));
      if (!isLetter) lines.splice(tailIndex(lines), 0, ...extras(c, style));
      const { text, phi } = finish(r, lines, style);
      notes.push({ patient: pt.id, text, phi, style });
      day += r.int(1, 12) * DAYMS;
    }
  }
  return notes;
}
