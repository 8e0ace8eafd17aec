/**
 * Writer `medicines`: synthetic notes from the medicines side of care, with labelled PHI spans.
 *
 * Settings: inpatient pharmacy consults and kinetics notes, anticoagulation clinic calls, medication
 * reconciliation with outside pharmacies, infusion-centre and chemotherapy nursing, transplant
 * coordinators, specialty-pharmacy prior authorisation and insurer calls, vaccine clinic records,
 * clinical-trial research visits and controlled-substance agreements with PDMP checks.
 *
 * Notes are built from pieces (plain strings and labelled spans) laid out in lines; typos, capital
 * lines and whole-note case changes are applied to the pieces, and offsets are computed only when the
 * final text is joined, so a span can never drift from its text. Everything here is invented.
 */
import { mulberry32 } from '../../../util/prng.js';

export const WRITER_NAME = 'medicines';

export const MEDICINES_STYLES: readonly string[] = [
  'pharmacy-kinetics',
  'anticoag-call',
  'med-rec',
  'infusion-nursing',
  'chemo-nursing',
  'transplant-coord',
  'prior-auth',
  'vaccine-record',
  'research-visit',
  'cs-agreement',
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

type Category = 'NAME' | 'LOCATION' | 'STATE' | 'DATE' | 'DATE_YEAR' | 'AGE' | 'PHONE' | 'ID' | 'EMAIL' | 'URL' | 'OTHER';
interface Sp {
  t: string;
  c: Category;
}
type Piece = string | Sp;
type Line = Piece[];
type Block = Line[];

const NM = (t: string): Sp => ({ t, c: 'NAME' });
const LC = (t: string): Sp => ({ t, c: 'LOCATION' });
const ST = (t: string): Sp => ({ t, c: 'STATE' });
const DT = (t: string): Sp => ({ t, c: 'DATE' });
const YR = (t: string): Sp => ({ t, c: 'DATE_YEAR' });
const AG = (t: string): Sp => ({ t, c: 'AGE' });
const PH = (t: string): Sp => ({ t, c: 'PHONE' });
const ID = (t: string): Sp => ({ t, c: 'ID' });
const EM = (t: string): Sp => ({ t, c: 'EMAIL' });
const UR = (t: string): Sp => ({ t, c: 'URL' });
const OT = (t: string): Sp => ({ t, c: 'OTHER' });

// ---------------------------------------------------------------- inventories

const FIRST_NAMES: readonly string[] = [
  // West African
  'Adaeze', 'Chinedu', 'Oluwaseun', 'Kwame', 'Ama', 'Kofi', 'Abena', 'Yaw', 'Ngozi', 'Emeka',
  'Folasade', 'Babajide', 'Aminata', 'Moussa', 'Fatoumata', 'Ousmane', 'Efua', 'Kwabena', 'Chiamaka', 'Tunde',
  // South Asian
  'Priya', 'Arjun', 'Ananya', 'Rohan', 'Sunita', 'Vikram', 'Deepa', 'Rajesh', 'Harpreet', 'Gurpreet',
  'Nikhil', 'Kavya', 'Farhan', 'Nasreen', 'Imran', 'Shreya', 'Aarav', 'Lakshmi', 'Sanjay', 'Meera',
  // East and South-East Asian
  'Mei', 'Wei', 'Jun', 'Hiroshi', 'Yuki', 'Haruto', 'Sakura', 'Minh', 'Thuy', 'Linh',
  'Bao', 'Seo-yeon', 'Ji-ho', 'Min-jun', 'Xiaoling', 'Jianhua', 'Nguyet', 'Somchai', 'Malai', 'Rizal',
  // Slavic and Eastern European
  'Dmitri', 'Olena', 'Katarzyna', 'Piotr', 'Svetlana', 'Bogdan', 'Milena', 'Tomasz', 'Irina', 'Vesna',
  'Jaroslav', 'Zofia', 'Mirko', 'Ludmila', 'Oksana',
  // Arabic
  'Omar', 'Layla', 'Yousef', 'Fatima', 'Khalid', 'Noor', 'Samir', 'Amira', 'Tariq', 'Rania',
  'Hassan', 'Salma', 'Karim', 'Huda', 'Bilal',
  // Hispanic
  'Alejandro', 'Guadalupe', 'Mateo', 'Ximena', 'Rodrigo', 'Marisol', 'Joaquin', 'Esperanza', 'Luz', 'Rafael',
  'Catalina', 'Eduardo', 'Yesenia', 'Ignacio', 'Rocio', 'Santiago',
  // Nordic
  'Sigrid', 'Lars', 'Ingrid', 'Bjorn', 'Astrid', 'Henrik', 'Solveig', 'Eero', 'Kari', 'Torvald',
  'Freya', 'Anders', 'Liv', 'Nils',
  // Native American
  'Winona', 'Takoda', 'Aiyana', 'Chayton', 'Nayeli', 'Dyani', 'Kele', 'Halona', 'Shilah', 'Enola',
  // Pacific
  'Keoni', 'Leilani', 'Kalani', 'Malia', 'Sione', 'Losana', 'Tevita', 'Mele', 'Ikaika', 'Noelani',
  // English, Irish, and names that are words
  'Hope', 'Grace', 'Rose', 'Joy', 'Dawn', 'Faith', 'June', 'Summer', 'Frank', 'Will',
  'Bill', 'Bob', 'Peggy', 'Earl', 'Dolores', 'Ruth', 'Gladys', 'Walt', 'Marge', 'Hank',
  'Doug', 'Tammy', 'Kyle', 'Brandon', 'Ashley', 'Tyler', 'Britney', 'Dustin', 'Heather', 'Shawn',
  'Colleen', 'Patrick', 'Maureen', 'Declan', 'Siobhan', 'Eamon',
];

const SURNAMES: readonly string[] = [
  'Okafor', 'Adeyemi', 'Mensah', 'Asante', 'Boateng', 'Nwosu', 'Eze', 'Diallo', 'Traore', 'Ouedraogo',
  'Owusu', 'Okonkwo', 'Bamidele', 'Agyeman', 'Sesay',
  'Patel', 'Venkataraman', 'Chaudhry', 'Iyer', 'Reddy', 'Bhattacharya', 'Siddiqui', 'Malhotra', 'Gill', 'Sandhu',
  'Krishnamurthy', 'Naidu', 'Qureshi', 'Banerjee', 'Desai',
  'Nguyen', 'Tran', 'Pham', 'Chen', 'Wang', 'Li', 'Zhao', 'Tanaka', 'Watanabe', 'Kobayashi',
  'Park', 'Kim', 'Choi', 'Santos', 'Reyes', 'Dela Cruz', 'Lim', 'Ong', 'Vu', 'Hoang',
  'Kowalski', 'Nowak', 'Petrov', 'Ivanova', 'Horvat', 'Novak', 'Shevchenko', 'Dvorak', 'Wisniewski', 'Zielinski',
  'Popescu', 'Kuznetsov', 'Babic', 'Lewandowska', 'Sokolov',
  'Haddad', 'Al-Masri', 'Khoury', 'Nasser', 'Hamdan', 'Saleh', 'Mansour', 'Abdullah', 'El-Amin', 'Farouk',
  'Aziz', 'Bakr', 'Darwish', 'Habib', 'Yassin',
  'Garcia', 'Hernandez', 'Gutierrez', 'Villanueva', 'de la Rosa', 'Castillo', 'Ochoa', 'Mendoza', 'Zavala', 'Ibarra',
  'Quintero', 'Salazar', 'Del Toro', 'Fuentes', 'Navarro',
  'Johansson', 'Lindqvist', 'Haugen', 'Bergstrom', 'Nilsen', 'Virtanen', 'Halvorsen', 'Sundberg', 'Eriksen', 'Magnusson',
  'Begay', 'Yazzie', 'Tsosie', 'Benally', 'Redcloud', 'Two Bulls', 'Running Horse', 'Whitehorse', 'Attakai', 'Manygoats',
  'Kealoha', 'Fonoti', 'Tuilagi', 'Kahananui', 'Palakiko', 'Faleolo', 'Mahoe', 'Taufa',
  'van der Berg', "O'Connell", 'McAllister', 'St. Pierre', "D'Angelo", 'Smith-Okafor', 'Lopez-Whitfield', 'von Ahn',
  'MacLeod', 'Fitzgerald',
  'Stone', 'Hill', 'Price', 'Young', 'Bell', 'Love', 'King', 'Brown', 'Long', 'Page',
  'Hope', 'Grace', 'Rose', 'Ward', 'Marsh', 'Wood', 'Fields', 'Banks', 'Rich', 'Golden',
  'Crane', 'Fox', 'Frank', 'Little', 'Street', 'Moody', 'Wise', 'Sharp', 'Snow', 'Baker',
  'Cook', 'Mason', 'Walker',
];

const NICKNAMES: Readonly<Record<string, string>> = {
  Patrick: 'Paddy', Dolores: 'Lola', Margaret: 'Peggy', Oluwaseun: 'Seun', Babajide: 'Jide', Folasade: 'Sade',
  Alejandro: 'Alex', Guadalupe: 'Lupe', Katarzyna: 'Kasia', Dmitri: 'Dima', Svetlana: 'Sveta', Rajesh: 'Raj',
  Chiamaka: 'Amaka', Jaroslav: 'Jarek', Ignacio: 'Nacho', Esperanza: 'Espe', Eduardo: 'Lalo', Tomasz: 'Tomek',
  Walt: 'Walter', Hank: 'Henry', Ikaika: 'Kai', Kwabena: 'Kobby',
};

const TOWNS: readonly string[] = [
  'Harmony', 'Liberty', 'Plainview', 'Union', 'Friendship', 'Clay', 'Bath', 'Reading', 'Normal', 'Eden',
  'Comfort', 'Commerce', 'Defiance', 'Bliss', 'Welcome', 'Chance', 'Hope Valley', 'Fenwick', 'Orland Ridge', 'Brackett',
  'Lowry Falls', 'Tamsworth', 'Kettle Bend', 'Oakhurst', 'Wolcott', 'Millbrook', 'Ashby', 'Carrow', 'Dunmore',
  'Elkhorn Springs', 'Greyfield', 'Hadley Cross', 'Ivesdale', 'Junction City', 'Kessler', 'Lamont', 'Marrowville',
  'North Tillman', 'Osgood', 'Pell City', 'Quarry Hill', 'Redwater', 'Sayre Junction', 'Thornbury', 'Upton Mills',
  'Vandalia', 'Westerlo', 'Yarrow', 'Zellwood', 'Port Arden', 'Bellhaven', 'Cobb Hollow', 'Deer Lick',
  'East Brannock', 'Fort Keel', 'Granite Falls', 'Hollis Ferry', 'Indigo Bay', 'Jasper Lake', 'Kinross', 'Lindell',
  'Nettleton', 'Owl Creek', 'Prairie du Lac', 'Roxbury Mills', 'St. Agnes', 'Three Oaks', 'Two Rivers', 'Vinton',
  'Whitmore', 'Sugar Grove', 'Mapleton', 'New Bergen', 'Stillwater Bend',
];

const STREETS: readonly string[] = [
  'Larch St', 'Main St', 'W Main St', 'Oak Ave', 'Water St', 'Railroad Ave', 'County Rd K', 'N 4th St', 'Elm Ct',
  'Birch Ln', 'Prospect Ave', 'Mill Rd', 'Lakeview Dr', 'Hwy 51', 'S Church St', 'Pleasant St', 'Kettle Ridge Rd',
  'Orchard Way', 'Cedar Blvd', 'Dunmore Pike', 'Frontage Rd', 'Sycamore Cir', 'E 12th Ave', 'Tamarack Trl',
  'Old Quarry Rd', 'Willow Bend', 'Harbor St', 'Fairground Rd', 'Summit Ave', 'Depot St',
];

const STATES: readonly (readonly [string, string])[] = [
  ['WI', 'Wisconsin'], ['MN', 'Minnesota'], ['IA', 'Iowa'], ['IL', 'Illinois'], ['MI', 'Michigan'], ['OH', 'Ohio'],
  ['IN', 'Indiana'], ['ND', 'North Dakota'], ['SD', 'South Dakota'], ['NE', 'Nebraska'], ['KS', 'Kansas'],
  ['MO', 'Missouri'], ['KY', 'Kentucky'], ['TN', 'Tennessee'], ['PA', 'Pennsylvania'], ['NY', 'New York'],
  ['AZ', 'Arizona'], ['NM', 'New Mexico'], ['HI', 'Hawaii'], ['WA', 'Washington'], ['OR', 'Oregon'], ['TX', 'Texas'],
  ['GA', 'Georgia'], ['NC', 'North Carolina'], ['MT', 'Montana'], ['CO', 'Colorado'], ['ME', 'Maine'], ['VT', 'Vermont'],
];

const COUNTRIES: readonly string[] = [
  'Ghana', 'Nigeria', 'Philippines', 'Vietnam', 'Mexico', 'Guatemala', 'India', 'Somalia', 'Ukraine', 'Poland',
  'Laos', 'Samoa', 'Tonga', 'Canada', 'Lebanon', 'Iraq', 'Bosnia', 'El Salvador', 'Haiti', 'Nepal', 'Sierra Leone',
  'Norway', 'Korea', 'Syria',
];

interface Inst {
  full: string;
  short: readonly string[];
}

const HOSPITALS: readonly Inst[] = [
  { full: "St. Brigid's Regional Medical Center", short: ["St. Brigid's", 'SBRMC', "St Brigid's"] },
  { full: 'Lakeshore University Hospital', short: ['Lakeshore', 'LUH', 'Lakeshore U'] },
  { full: 'Harmon Valley Community Hospital', short: ['Harmon Valley', 'HVCH'] },
  { full: 'Mercy Northfield Hospital', short: ['Mercy North', 'MNH'] },
  { full: 'Kettle Bend Memorial Hospital', short: ['KB Memorial', 'KBMH', 'Kettle Bend Memorial'] },
  { full: 'Prairie Lutheran Medical Center', short: ['Prairie Lutheran', 'PLMC'] },
  { full: 'Redwater VA Medical Center', short: ['Redwater VA', 'RVAMC'] },
  { full: "Children's Hospital of Port Arden", short: ["Port Arden Children's", 'CHPA'] },
  { full: 'Granite Falls Cancer Institute', short: ['GFCI', 'Granite Falls Cancer'] },
  { full: 'Midwest Regional Transplant Institute', short: ['MRTI', 'Midwest Transplant'] },
  { full: 'Osgood Rehabilitation Hospital', short: ['Osgood Rehab', 'ORH'] },
  { full: 'Bellhaven Heart and Vascular Center', short: ['Bellhaven Heart', 'BHVC'] },
  { full: 'Two Rivers Family Health Center', short: ['Two Rivers FHC', 'TRFHC'] },
  { full: 'Saint Casimir Hospital', short: ['St. Casimir', 'SCH', "St Cas"] },
];

const CLINICS: readonly Inst[] = [
  { full: 'Thornbury Infusion Center', short: ['Thornbury Infusion', 'TIC'] },
  { full: 'Lakeshore Anticoagulation Service', short: ['LAS', 'Lakeshore Coag'] },
  { full: 'Fenwick Family Medicine', short: ['Fenwick FM', 'FFM'] },
  { full: 'Granite Falls Oncology Associates', short: ['GFOA', 'GF Onc'] },
  { full: 'Harmony Walk-In Immunization Clinic', short: ['Harmony Walk-In', 'HWIC'] },
  { full: 'Orland Ridge Pain and Spine', short: ['ORPS', 'Orland Ridge Pain'] },
  { full: 'Kessler Community Health Center', short: ['Kessler CHC', 'KCHC'] },
];

const PHARMACIES: readonly Inst[] = [
  { full: 'Hollis Family Pharmacy', short: ['Hollis Pharmacy', 'Hollis'] },
  { full: 'Corner Drug of Fenwick', short: ['Corner Drug'] },
  { full: 'MedSquare Pharmacy #4412', short: ['MedSquare #4412', 'MedSquare'] },
  { full: 'ValuCare Drug #118', short: ['ValuCare #118', 'ValuCare'] },
  { full: 'Northside Apothecary', short: ['Northside'] },
  { full: 'Riverbend Compounding Pharmacy', short: ['Riverbend Compounding', 'Riverbend'] },
  { full: 'Pell City Discount Drug', short: ['PCDD', 'Pell City Drug'] },
  { full: 'Junction Rx and Gifts', short: ['Junction Rx'] },
  { full: 'HealthMart of Vinton', short: ['HealthMart Vinton'] },
  { full: 'Greyfield Co-op Pharmacy', short: ['Greyfield Co-op'] },
];

const SPECIALTY_PHARMACIES: readonly Inst[] = [
  { full: 'Apexa Specialty Pharmacy', short: ['Apexa', 'Apexa SP'] },
  { full: 'Keystone Specialty Rx', short: ['Keystone', 'Keystone SRx'] },
  { full: 'Lakeshore Specialty Pharmacy', short: ['LSP', 'Lakeshore Specialty'] },
];

const INSURERS: readonly Inst[] = [
  { full: 'Blue Meridian Health Plan', short: ['Blue Meridian', 'BMHP'] },
  { full: 'Tri-Rivers Medicaid', short: ['Tri-Rivers', 'TRM'] },
  { full: 'Cardinal Senior Advantage', short: ['Cardinal', 'CSA'] },
  { full: 'United Prairie Health', short: ['UPH', 'United Prairie'] },
  { full: 'Keel Mutual Insurance', short: ['Keel Mutual'] },
  { full: 'Evergreen Benefit Services', short: ['Evergreen PBM', 'EBS'] },
  { full: 'Northstar Medicare Part D', short: ['Northstar', 'Northstar Part D'] },
];

const SPONSORS: readonly string[] = [
  'Verosa Therapeutics', 'Halcyon Bio', 'Norvane Pharmaceuticals', 'Ostrava Biologics', 'Quillfeather Oncology',
  'Meridale Pharma',
];
const CROS: readonly string[] = ['Pinnacle Clinical Research', 'Helix CRO Partners', 'Brightwater Trials'];
const CRO_DOMAINS: readonly string[] = ['pinnaclecr.com', 'helixcro.net', 'brightwatertrials.com'];
const LABS: readonly string[] = ['Northfield Reference Laboratory', 'NRL', 'Harmon Valley Lab', 'Quarry Hill Diagnostics'];
const AGENCIES: readonly string[] = [
  'Ridgeway Home Infusion', 'Clearwater Hospice', 'Gateway Visiting Nurses', 'Marion County Public Health',
  'Kinross Senior Living', 'Good Shepherd Nursing Home', 'Eastside Men\'s Shelter',
];
const EMPLOYERS: readonly string[] = [
  'Dairyland Cheese Co-op', 'Fenwick School District', 'Tamsworth Foundry', 'Kessler Logistics',
  'Orland Ridge Casino', 'Great Lakes Packaging', 'Yarrow Middle School', 'St. Agnes Academy', 'Bethel AME Church',
  'St. Olaf Lutheran Church', 'Lindell Public Library', 'Three Oaks Elementary',
];

const AREA_CODES: readonly string[] = ['608', '414', '920', '715', '262', '651', '319', '563', '847', '773', '517', '808', '505'];

/** Sizes of the inventories above (reported in the .md and checked by the test). */
export const INVENTORY_SIZES: Record<string, number> = {
  firstNames: FIRST_NAMES.length,
  surnames: SURNAMES.length,
  nicknames: Object.keys(NICKNAMES).length,
  towns: TOWNS.length,
  streets: STREETS.length,
  states: STATES.length,
  countries: COUNTRIES.length,
  hospitals: HOSPITALS.length,
  clinics: CLINICS.length,
  pharmacies: PHARMACIES.length + SPECIALTY_PHARMACIES.length,
  insurers: INSURERS.length,
  sponsorsAndCros: SPONSORS.length + CROS.length,
  labsAgenciesEmployers: LABS.length + AGENCIES.length + EMPLOYERS.length,
  institutionsWithShortForms: HOSPITALS.length + CLINICS.length + PHARMACIES.length + SPECIALTY_PHARMACIES.length + INSURERS.length,
};

// ---------------------------------------------------------------- randomness

class Rng {
  private readonly nx: () => number;
  constructor(seed: number) {
    this.nx = mulberry32(seed);
  }
  f(): number {
    return this.nx();
  }
  int(a: number, b: number): number {
    return a + Math.floor(this.nx() * (b - a + 1));
  }
  pick<T>(a: readonly T[]): T {
    return a[Math.floor(this.nx() * a.length)]!;
  }
  chance(p: number): boolean {
    return this.nx() < p;
  }
  digits(n: number): string {
    let s = '';
    for (let i = 0; i < n; i++) s += String(this.int(i === 0 ? 1 : 0, 9));
    return s;
  }
  letters(n: number): string {
    const A = 'ABCDEFGHJKLMNPQRSTUVWXYZ';
    let s = '';
    for (let i = 0; i < n; i++) s += A[this.int(0, A.length - 1)];
    return s;
  }
  alnum(n: number): string {
    const A = 'ABCDEFGHJKLMNPQRSTUVWXYZ23456789';
    let s = '';
    for (let i = 0; i < n; i++) s += A[this.int(0, A.length - 1)];
    return s;
  }
}

function mix(seed: number, a: number, b: number): number {
  let h = (seed ^ 0x9e3779b9) >>> 0;
  h = Math.imul(h ^ (a + 0x7f4a7c15), 0x85ebca6b) >>> 0;
  h ^= h >>> 13;
  h = Math.imul(h ^ (b + 0x165667b1), 0xc2b2ae35) >>> 0;
  h ^= h >>> 16;
  return h >>> 0;
}

// ---------------------------------------------------------------- dates, phones, names

interface D {
  y: number;
  m: number;
  d: number;
}
const MON = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
const MONTH = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
const WEEKDAYS = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];
const p2 = (n: number): string => (n < 10 ? `0${n}` : String(n));

function addDays(x: D, n: number): D {
  const t = new Date(Date.UTC(x.y, x.m - 1, x.d + n));
  return { y: t.getUTCFullYear(), m: t.getUTCMonth() + 1, d: t.getUTCDate() };
}
function weekday(x: D): string {
  return WEEKDAYS[new Date(Date.UTC(x.y, x.m - 1, x.d)).getUTCDay()]!;
}
function ord(n: number): string {
  if (n % 100 >= 11 && n % 100 <= 13) return `${n}th`;
  return `${n}${['th', 'st', 'nd', 'rd'][n % 10] ?? 'th'}`;
}

/** A date in one of many written forms; `short` allows forms without a year. */
function fd(r: Rng, x: D, short = false): string {
  const k = r.int(0, short ? 12 : 8);
  const yy = p2(x.y % 100);
  switch (k) {
    case 0: return `${x.m}/${x.d}/${x.y}`;
    case 1: return `${p2(x.m)}/${p2(x.d)}/${x.y}`;
    case 2: return `${x.m}/${x.d}/${yy}`;
    case 3: return `${x.y}-${p2(x.m)}-${p2(x.d)}`;
    case 4: return `${p2(x.d)}-${MON[x.m - 1]}-${x.y}`;
    case 5: return `${MON[x.m - 1]} ${x.d}, ${x.y}`;
    case 6: return `${x.d} ${MON[x.m - 1]} ${x.y}`;
    case 7: return `${MONTH[x.m - 1]} ${x.d}, ${x.y}`;
    case 8: return `${p2(x.m)}/${p2(x.d)}/${yy}`;
    case 9: return `${x.m}/${x.d}`;
    case 10: return `${x.m}-${x.d}`;
    case 11: return `${MON[x.m - 1]} ${x.d}`;
    default: return `${MONTH[x.m - 1]} ${ord(x.d)}`;
  }
}
const dS = (r: Rng, x: D, short = false): Sp => DT(fd(r, x, short));

interface Phone {
  a: string;
  x: string;
  l: string;
}
function mkPhone(r: Rng): Phone {
  return { a: r.pick(AREA_CODES), x: String(r.int(201, 989)), l: r.digits(4).replace(/^./, String(r.int(0, 9))) };
}
function fp(r: Rng, p: Phone, allowLocal = true): string {
  const k = r.int(0, allowLocal ? 5 : 4);
  switch (k) {
    case 0: return `(${p.a}) ${p.x}-${p.l}`;
    case 1: return `${p.a}-${p.x}-${p.l}`;
    case 2: return `${p.a}.${p.x}.${p.l}`;
    case 3: return `(${p.a})${p.x}-${p.l}`;
    case 4: return `${p.a}/${p.x}-${p.l}`;
    default: return `${p.x}-${p.l}`;
  }
}
const phS = (r: Rng, p: Phone, allowLocal = true): Sp => PH(fp(r, p, allowLocal));
function tollFree(r: Rng): string {
  const pre = r.pick(['800', '888', '866', '877', '855']);
  return r.chance(0.5) ? `1-${pre}-${r.int(201, 989)}-${r.digits(4)}` : `(${pre}) ${r.int(201, 989)}-${r.digits(4)}`;
}

interface Person {
  first: string;
  last: string;
  mi: string;
}
function mkPerson(r: Rng): Person {
  return { first: r.pick(FIRST_NAMES), last: r.pick(SURNAMES), mi: r.letters(1) };
}
const cap = (s: string): string => s.toUpperCase();

/** One whole-name span in a random written form. */
function nf(r: Rng, p: Person, allowShort = true): string {
  const k = r.int(0, allowShort ? 10 : 6);
  switch (k) {
    case 0: return `${p.first} ${p.last}`;
    case 1: return `${p.first} ${p.mi}. ${p.last}`;
    case 2: return `${p.last}, ${p.first}`;
    case 3: return `${cap(p.last)}, ${p.first} ${p.mi}.`;
    case 4: return `${cap(p.last)}, ${cap(p.first)}`;
    case 5: return `${p.first[0]}. ${p.last}`;
    case 6: return `${p.last}, ${p.first} ${p.mi}`;
    case 7: return p.first;
    case 8: return p.last;
    case 9: return `${p.first} ${p.last}`.toLowerCase();
    default: return NICKNAMES[p.first] ?? p.first;
  }
}
const nS = (r: Rng, p: Person, allowShort = true): Sp => NM(nf(r, p, allowShort));
function inits(p: Person, lower = false): string {
  const s = `${p.first[0]}${p.last.replace(/^(van der |de la |von |Del |Dela |St\. |O'|D'|Mc|Mac)/, '')[0] ?? ''}`.toUpperCase();
  return lower ? s.toLowerCase() : s;
}

/** A clinician reference: title and credentials stay outside the span. */
function clin(r: Rng, p: Person, cred: string): Piece[] {
  const doctor = cred === 'MD' || cred === 'DO';
  const k = r.int(0, 6);
  if (doctor && k <= 2) return ['Dr. ', NM(r.chance(0.7) ? p.last : `${p.first} ${p.last}`)];
  switch (k) {
    case 0:
    case 1: return [NM(`${p.first} ${p.last}`), `, ${cred}`];
    case 2: return [NM(`${p.first[0]}. ${p.last}`), ` ${cred}`];
    case 3: return [NM(p.last), ` (${cred})`];
    case 4: return [NM(`${p.first} ${p.mi}. ${p.last}`), `, ${cred}`];
    case 5: return [NM(p.first), ` ${cred}`];
    default: return [NM(`${p.first} ${p.last}`), ` ${cred}`];
  }
}

function hhmm(r: Rng, lo = 7, hi = 18): string {
  return `${p2(r.int(lo, hi))}${p2(r.pick([0, 5, 10, 12, 15, 20, 25, 30, 35, 40, 45, 50, 55]))}`;
}
const colon = (t: string): string => `${t.slice(0, 2)}:${t.slice(2)}`;

// ---------------------------------------------------------------- patients

interface Patient {
  id: string;
  p: Person;
  sex: 'M' | 'F';
  age: number;
  dob: D;
  mrn: string;
  street: string;
  town: string;
  state: readonly [string, string];
  zip: string;
  phone: Phone;
  cell: Phone;
  pharmacy: Inst;
  insurer: Inst;
  memberId: string;
  hospital: Inst;
  rel: Person;
  relRole: string;
  country: string;
  wt: number;
  pcp: Person;
}

function mkPatient(r: Rng, idx: number): Patient {
  const age = r.chance(0.13) ? r.int(90, 104) : r.int(19, 88);
  const sex = r.chance(0.5) ? 'F' : 'M';
  const p = mkPerson(r);
  const relRole = r.pick(['daughter', 'son', 'wife', 'husband', 'sister', 'niece', 'grandson', 'partner', 'neighbor', 'friend', 'caregiver']);
  const rel = mkPerson(r);
  if (r.chance(0.5) && !['neighbor', 'friend', 'caregiver', 'partner'].includes(relRole)) rel.last = p.last;
  const mrnK = r.int(0, 3);
  const mrn = mrnK === 0 ? r.digits(8) : mrnK === 1 ? `E${r.digits(7)}` : mrnK === 2 ? `${r.digits(3)}-${r.digits(2)}-${r.digits(2)}` : `MR${r.digits(6)}`;
  const unit = r.chance(0.3) ? r.pick([', Apt 3B', ' Apt 12', ' Unit 4', ', Lot 17', ' #2', ', Apt 210']) : '';
  return {
    id: `p${String(idx).padStart(4, '0')}`,
    p, sex, age,
    dob: { y: 2025 - age - r.int(0, 1), m: r.int(1, 12), d: r.int(1, 28) },
    mrn,
    street: `${r.int(2, 9899)} ${r.pick(STREETS)}${unit}`,
    town: r.pick(TOWNS),
    state: r.pick(STATES),
    zip: r.digits(5),
    phone: mkPhone(r),
    cell: mkPhone(r),
    pharmacy: r.pick(PHARMACIES),
    insurer: r.pick(INSURERS),
    memberId: r.pick([`${r.letters(3)}${r.digits(9)}`, `${r.digits(11)}`, `M${r.digits(8)}-0${r.int(1, 4)}`, `${r.letters(1)}${r.digits(8)}`]),
    hospital: r.pick(HOSPITALS),
    rel, relRole,
    country: r.pick(COUNTRIES),
    wt: r.int(48, 131),
    pcp: mkPerson(r),
  };
}

// ---------------------------------------------------------------- context for one note

/** A PRNG fixed per patient and purpose, so facts such as a transplant or a trial stay the same across notes. */
function patientRng(pt: Patient, salt: number): Rng {
  return new Rng(mix(salt, [...pt.mrn].reduce((a, ch) => (Math.imul(a, 31) + ch.charCodeAt(0)) >>> 0, 7), salt * 7 + 1));
}

interface Ctx {
  r: Rng;
  pt: Patient;
  date: D;
  hosp: Inst;
  seq: number;
  used: Set<number>;
  usedSent: Set<number>;
}

const instS = (r: Rng, i: Inst, pFull = 0.5): Sp => LC(r.chance(pFull) ? i.full : r.pick(i.short));
const stS = (r: Rng, s: readonly [string, string]): Sp => ST(r.chance(0.7) ? s[0] : s[1]);

function address(c: Ctx): Piece[] {
  const { r, pt } = c;
  const zipOn = r.chance(0.8);
  const out: Piece[] = [LC(pt.street), ', ', LC(pt.town), ', ', stS(r, pt.state)];
  if (zipOn) out.push(' ', LC(pt.zip));
  return out;
}

function ageLine(c: Ctx): Piece[] {
  const { r, pt } = c;
  const a = String(pt.age);
  const lab = pt.age > 89 ? AG(a) : a;
  const s = pt.sex;
  switch (r.int(0, 3)) {
    case 0: return [lab, ` yo ${s}`];
    case 1: return [lab, `-year-old ${s === 'F' ? 'woman' : 'man'}`];
    case 2: return [lab, ` y/o ${s === 'F' ? 'female' : 'male'}`];
    default: return [lab, s];
  }
}

function mrnPieces(c: Ctx): Piece[] {
  const { r, pt } = c;
  return [r.pick(['MRN: ', 'MRN ', 'MR#: ', 'Med Rec #', 'MRN#']), ID(pt.mrn)];
}

function ptHeader(c: Ctx): Line[] {
  const { r, pt } = c;
  const k = r.int(0, 3);
  if (k === 0) return [['Patient: ', NM(`${cap(pt.p.last)}, ${pt.p.first} ${pt.p.mi}.`), '   ', ...mrnPieces(c), '   DOB: ', dS(r, pt.dob)]];
  if (k === 1) return [['Name: ', nS(r, pt.p, false)], ['DOB ', dS(r, pt.dob), ' | ', ...mrnPieces(c)]];
  if (k === 2) return [['Pt: ', nS(r, pt.p, false), ' (', ...ageLine(c), ')  ', ...mrnPieces(c)]];
  return [[NM(`${cap(pt.p.last)}, ${cap(pt.p.first)}`), ' - ', ID(pt.mrn), ' - ', dS(r, pt.dob)]];
}

function signoff(c: Ctx, who: Person, cred: string, withContact = true): Line[] {
  const { r, date } = c;
  const k = r.int(0, 6);
  const ext: Piece[] = withContact && r.chance(0.5)
    ? r.chance(0.5) ? ['  pager ', PH(`${r.int(1, 9)}-${r.digits(4)}`)] : ['  ext. ', PH(r.digits(4))]
    : [];
  switch (k) {
    case 0: return [['-- ', NM(`${who.first} ${who.last}`), `, ${cred}`, ...ext]];
    case 1: return [['Electronically signed by: ', NM(`${cap(who.last)}, ${cap(who.first)}`), ` (${cred}) `, dS(r, date), ` ${colon(hhmm(r))}`]];
    case 2: {
      const typist = mkPerson(r);
      return [[NM(`${who.first} ${who.last}`), `, ${cred}`, ...ext], [NM(inits(who)), '/', NM(inits(typist, true))]];
    }
    case 3: return [['Signed: ', NM(`${who.first[0]}. ${who.last}`), ` ${cred}`, ...ext]];
    case 4: return [['/s/ ', NM(`${who.first} ${who.mi}. ${who.last}`), `, ${cred} `, dS(r, date, true)]];
    case 5: return [[NM(inits(who)), ` ${cred}`]];
    default: return [[NM(`${who.first} ${who.last}`), ` ${cred}`], ['Reviewed with ', ...clin(r, mkPerson(r), 'MD'), ' on ', weekday(date), '.']];
  }
}

// ---------------------------------------------------------------- look-alike material (unlabelled)

const EPONYMS: readonly string[] = [
  'Cockcroft-Gault', 'Sawchuk-Zaske', 'Hartford nomogram', 'Naranjo scale', 'Beers criteria', 'Child-Pugh', 'Foley',
  'Hickman', 'Groshong', 'Stevens-Johnson', 'Coombs', 'Raynaud', 'Cushing', 'Addison', 'Hodgkin', 'Parkinson',
  'Crohn', 'Glasgow', 'Wells score', 'Morse fall score', 'Huber needle', 'Banff', 'Bell palsy', 'Kaplan-Meier',
];
const BRANDS: readonly string[] = [
  'Eliquis', 'Xarelto', 'Coumadin', 'Jantoven', 'Humira', 'Keytruda', 'Dupixent', 'Ozempic', 'Entresto', 'Prograf',
  'Envarsus XR', 'CellCept', 'Narcan', 'Suboxone', 'Remicade', 'Ocrevus', 'Entyvio', 'Shingrix', 'Prevnar 20',
  'Fluzone High-Dose', 'Lovenox', 'Zofran', 'Emend', 'Neulasta', 'Benadryl', 'Tylenol', 'Mounjaro', 'Xolair',
];
const SOFTWARE: readonly string[] = ['Epic', 'Pyxis', 'Omnicell', 'DoseEdge', 'Alaris', 'CADD-Solis', 'Medidata Rave', 'SureScripts', 'Sapphire pump'];

function lookalikeLine(c: Ctx): Line {
  const { r } = c;
  const opts: (() => Line)[] = [
    () => [`Pt will follow up with PCP; hope to simplify regimen to ${r.pick(BRANDS)} if cost allows.`],
    () => [`Denies frank blood, melena, or easy bruising. BP ${r.int(104, 158)}/${r.int(58, 94)}, HR ${r.int(58, 104)}.`],
    () => ['Pt worried about the bill; copay card info given. Grace period for refills explained.'],
    () => ['Brought all meds in a brown bag; price check done for generic alternatives.'],
    () => [`Pain ${r.int(0, 10)}/10, sharp pain at site resolved. GCS ${r.int(14, 15)}.`],
    () => [`Long-acting insulin ${r.int(10, 44)} units qHS; young adult dosing guidance N/A.`],
    () => [`Foley removed; no Stevens-Johnson concern with ${r.pick(['lamotrigine', 'TMP-SMX', 'allopurinol'])} per review.`],
    () => [`Beers criteria reviewed: ${r.pick(['diphenhydramine (Benadryl)', 'glyburide', 'amitriptyline', 'zolpidem'])} flagged for deprescribing.`],
    () => [`SCr rose to ${r.int(1, 2)}.${r.int(0, 9)} from ${r.int(0, 1)}.${r.int(6, 9)}; page sent to team, will call back.`],
    () => [`Naranjo scale ${r.int(1, 8)} (${r.pick(['possible', 'probable'])}). Child-Pugh ${r.pick(['A', 'B'])}.`],
    () => [`Wells score ${r.int(0, 6)}; Morse fall score ${r.int(15, 75)}. Hx Bell palsy, Raynaud.`],
    () => [`Ratio 1:${r.int(2, 10)}, rate ${r.int(25, 250)} mL/h, ${r.int(1, 4)}/${r.int(5, 8)} doses given so far.`],
    () => [`Pt says he would love to stop ${r.pick(BRANDS)}; drew a little blood for BMP at ${colon(hhmm(r))}.`],
    () => [`Hx Crohn disease on ${r.pick(['Entyvio', 'Humira', 'Stelara'])}; Parkinson on carbidopa-levodopa 25/100 TID.`],
    () => [`Snow this weekend - pt banks on neighbor for rides. Supply: ${r.int(14, 90)} days.`],
    () => [`${r.pick(['Hickman', 'Groshong', 'PICC'])} line flushed; direct Coombs ${r.pick(['neg', 'pos'])}; hx ${r.pick(['Cushing', 'Addison', 'Raynaud', 'Hodgkin'])} noted. ${r.pick(EPONYMS)} reviewed.`],
    () => [`Dose pulled from ${r.pick(['Pyxis', 'Omnicell'])} at ${colon(hhmm(r))}; verified in ${r.pick(SOFTWARE)}. ${r.pick(BRANDS)} ${r.int(1, 40) * 5} mg.`],
    () => [`Needs reading glasses for labels; sponge bath only until site heals; comfort measures and normal saline flush reviewed. Fair chance of ${r.pick(['approval', 'discharge Friday', 'stopping the steroid'])}.`],
    () => [`Pupils equal, Glasgow ${r.int(13, 15)}. Kaplan-Meier curves from trial discussed re: ${r.pick(BRANDS)}.`],
  ];
  // no line twice in one note
  let i = r.int(0, opts.length - 1);
  for (let k = 0; k < opts.length && c.used.has(i); k++) i = (i + 1) % opts.length;
  c.used.add(i);
  return opts[i]!();
}

/** A letterhead line for the institution writing the note (address, town, state, ZIP, phone). */
function letterhead(c: Ctx): Line[] {
  const { r } = c;
  const inst = c.hosp;
  // the institution's own address, phone and web site are fixed (seeded from its name)
  const ir = new Rng(mix(0, [...inst.full].reduce((a, ch) => (Math.imul(a, 33) + ch.charCodeAt(0)) >>> 0, 5381), 3));
  const st = ir.pick(STATES);
  const town = ir.pick(TOWNS);
  const addr: Piece[] = [LC(`${ir.int(10, 4999)} ${ir.pick(STREETS)}`), ', ', LC(town), ', ', ST(st[0]), ' ', LC(ir.digits(5))];
  const tel = fp(r, mkPhone(ir), false);
  const fax = fp(r, mkPhone(ir), false);
  const acr = inst.short.find((x) => /^[A-Z]{3,}$/.test(x));
  const web = `www.${acr ? acr.toLowerCase() : inst.full.toLowerCase().split(' ')[0]!.replace(/[^a-z]/g, '')}${ir.pick(['health', '', 'med', 'hospital'])}.${ir.pick(['org', 'org', 'com'])}`;
  const k = r.int(0, 2);
  if (k === 0) return [[LC(inst.full.toUpperCase())], addr, ['Tel ', PH(tel), '  Fax ', PH(fax)]];
  if (k === 1) return [[LC(inst.full), ' | ', ...addr, ' | ', UR(web)]];
  return [[LC(r.pick(inst.short)), ' - ', LC(town), ', ', ST(st[1])]];
}

/** Hand-off lines: names glued to punctuation, interpreters, chaplains, officers, and word-names as words. */
function extraBlock(c: Ctx): Line[] {
  const { r, pt, date } = c;
  const a = mkPerson(r);
  const b = mkPerson(r);
  const opts: (() => Line[])[] = [
    () => [['Plan d/w ', NM(a.last), '/', NM(b.last), ' (per Dr. ', NM(mkPerson(r).last), '); ', r.pick(['will follow', 'hope to d/c tomorrow', 'no further recs']), '.']],
    () => [[`Visit via ${r.pick(['Somali', 'Vietnamese', 'Spanish', 'Arabic', 'Ukrainian', 'Hmong', 'Navajo', 'Samoan'])} interpreter `, NM(`${a.first} ${a.last[0]}.`), ' (ID ', ID(r.digits(5)), `); teach-back ok.`]],
    () => [['Chaplain ', NM(a.first), ' from ', LC(r.pick(EMPLOYERS.filter((e) => /Church/.test(e)))), ` visited; family ${r.pick(['grateful', 'requested prayer', 'at bedside'])}.`]],
    () => [[`Pt's ${pt.relRole} `, NM(`${pt.rel.first.toLowerCase()}`), ' called ', dS(r, date, true), ' asking about refills; ok per pt (HIPAA form ', dS(r, addDays(date, -r.int(30, 700))), ').']],
    () => [['Note: pt moved from ', LC(r.pick(TOWNS)), ', ', ST(r.pick(STATES)[1]), ' in ', YR(String(r.int(1990, 2024))), '; prior records from ', LC(r.pick(HOSPITALS).full), ' (', phS(r, mkPhone(r), false), ').']],
    () => [[`${r.pick(['Officer', 'Deputy'])} `, NM(a.last), ` (badge `, ID(r.digits(4)), `) present ${r.pick(['for transport', 'at bedside'])}; vehicle plate `, OT(`${r.letters(3)}-${r.digits(4)}`), ' noted by security.']],
    () => [['cc: ', NM(`${a.last}, ${a.first[0]}.`), '; ', NM(`${b.first[0]}${b.last[0]}`), '; fax ', PH(fp(r, mkPhone(r), false)), ' (', LC(r.pick(CLINICS).full), ')']],
    () => [['Per Dr. ', NM(a.last), `'s note, ${r.pick(['hold', 'resume', 'taper'])} after ${r.pick(['Thanksgiving', 'Christmas', 'New Year', 'Memorial Day', 'the 4th of July'])}; `, NM(b.first), `'s ${r.pick(['ride', 'schedule', 'shift'])} permitting.`]],
    () => [['Goes by ', NM(`${pt.p.first} "${NICKNAMES[pt.p.first] ?? `${pt.p.first[0]}.${pt.p.mi}.`}" ${pt.p.last}`), ` on old records; ${r.pick(['verified DOB', 'two identifiers checked', 'merged chart requested'])}.`]],
    () => {
      const old = String(r.int(90, 103));
      return [[`Lives with ${r.pick(['mother', 'father', 'aunt', 'grandmother'])} `, NM(`${a.first} ${pt.p.last}`), ', age ', AG(old), `, who ${r.pick(['manages the pillbox', 'cannot drive', 'is on hospice'])}.`]];
    },
    () => [[`${r.pick(['Hope', 'Grace', 'Joy', 'Faith'])} is the word pt used about the new regimen; ${r.pick(['will follow', 'hope to see'])} in ${r.int(2, 6)} wk.`]],
  ];
  let i = r.int(0, opts.length - 1);
  for (let k = 0; k < opts.length && c.used.has(1000 + i); k++) i = (i + 1) % opts.length;
  c.used.add(1000 + i);
  const lines = [opts[i]!()[0]!];
  if (r.chance(0.4)) lines.push(lookalikeLine(c));
  return lines;
}

// ---------------------------------------------------------------- styles

type StyleFn = (c: Ctx) => Block[];

const ABX = ['vancomycin', 'tobramycin', 'gentamicin', 'amikacin'];

function pharmacyKinetics(c: Ctx): Block[] {
  const { r, pt, date } = c;
  const rph = mkPerson(r);
  const team = mkPerson(r);
  const drug = r.pick(ABX);
  const room = r.pick([`${r.int(2, 9)}${p2(r.int(1, 40))}${r.pick(['A', 'B', ''])}`, `${r.int(3, 7)}W-${r.int(1, 30)}`, `${r.int(100, 899)}-${r.int(1, 2)}`]);
  const scr = `${r.int(0, 2)}.${r.int(4, 9)}`;
  const crcl = r.int(18, 120);
  const dose = r.pick([750, 1000, 1250, 1500, 1750]);
  const q = r.pick([8, 12, 24, 36, 48]);
  const lvl = `${r.int(6, 24)}.${r.int(0, 9)}`;
  const layout = r.int(0, 2);
  const blocks: Block[] = [];
  if (layout === 0) {
    blocks.push([
      [`PHARMACY CONSULT - ${drug.toUpperCase()} DOSING`],
      ...ptHeader(c),
      ['Room ', OT(room), ' | ', instS(r, c.hosp)],
      ['Consult date: ', dS(r, date), ` ${colon(hhmm(r))}   Requested by: `, ...clin(r, team, 'MD'), r.pick([' (hospitalist)', ' (ID)', ' (surgery)', ''])],
    ]);
  } else if (layout === 1) {
    blocks.push([
      [`Kinetics f/u note -- ${drug}`, ' -- ', dS(r, date, true)],
      [nS(r, pt.p), ', ', ...ageLine(c), ', bed ', OT(room)],
    ]);
  } else {
    blocks.push([
      ['CLINICAL PHARMACY NOTE'],
      ['Pt ', nS(r, pt.p, false), ' ', ...mrnPieces(c), ' Rm ', OT(room), ' admitted ', dS(r, addDays(date, -r.int(1, 9)), true)],
      [...ageLine(c), `, wt ${pt.wt} kg (${r.pick(['actual', 'dosing', 'bed scale'])}), ht ${r.int(150, 193)} cm`],
    ]);
  }
  blocks.push([
    [`Indication: ${r.pick(['MRSA bacteremia', 'HCAP', 'osteomyelitis', 'cellulitis w/ abscess', 'febrile neutropenia', 'Pseudomonas UTI', 'empiric sepsis'])}. Allergies: ${r.pick(['NKDA', 'PCN (rash)', 'sulfa', 'codeine (N/V)'])}.`],
    [`SCr ${scr} (baseline ${r.int(0, 1)}.${r.int(5, 9)} on `, dS(r, addDays(date, -r.int(30, 400))), `) -> est CrCl ${crcl} mL/min (Cockcroft-Gault, ${r.pick(['IBW', 'AdjBW', 'TBW'])}).`],
  ]);
  if (layout === 1) {
    blocks.push([[`Levels: peak ${r.int(18, 40)}.${r.int(0, 9)} at ${colon(hhmm(r))} and trough ${lvl} drawn `, dS(r, date, true), ` ${colon(hhmm(r, 4, 7))}.`],
      [`Ke 0.0${r.int(50, 99)} h-1, t1/2 ${r.int(4, 14)}.${r.int(0, 9)} h, Vd 0.${r.int(5, 8)} L/kg (Sawchuk-Zaske). AUC est ${r.int(320, 690)}.`]]);
  } else if (drug !== 'vancomycin' && r.chance(0.6)) {
    blocks.push([[`Extended-interval dosing per Hartford nomogram: ${r.int(5, 7)} mg/kg -> ${r.int(3, 7)}${r.int(0, 9)}0 mg q${q}h. Random level ${lvl} at ${r.int(6, 14)} h.`]]);
  } else {
    blocks.push([[`Loading dose ${r.pick([1500, 2000, 2250, 2500])} mg x1 given `, dS(r, date, true), ` at ${colon(hhmm(r))}. Maintenance ${dose} mg IV q${q}h.`],
      [`Goal AUC 400-600; trough prior to ${ord(r.int(3, 5))} dose on `, dS(r, addDays(date, r.int(1, 3)), true), ` @ ${hhmm(r, 4, 6)}.`]]);
  }
  blocks.push([lookalikeLine(c), lookalikeLine(c)]);
  if (r.chance(0.4)) {
    blocks.push([['Discussed w/ ', ...clin(r, team, 'MD'), ` ${r.pick(['at bedside', 'by phone', 'via secure chat', 'on rounds'])}; ${r.pick(['agrees', 'ok with plan', 'prefers q12h'])}. Prior records requested from `, instS(r, r.pick(HOSPITALS)), '.']]);
  }
  blocks.push([[`Plan: ${r.pick(['continue current regimen', 'increase dose', 'extend interval', 'hold next dose and redraw'])}. Pharmacy will follow daily with renal function.`]]);
  blocks.push(signoff(c, rph, r.pick(['PharmD', 'PharmD, BCPS', 'RPh', 'PharmD, BCIDP'])));
  return blocks;
}

function anticoagCall(c: Ctx): Block[] {
  const { r, pt, date } = c;
  const nurse = mkPerson(r);
  const inr = `${r.int(1, 4)}.${r.int(0, 9)}`;
  const wk = r.pick([17.5, 20, 22.5, 25, 27.5, 30, 32.5, 35, 37.5, 45]);
  const clinic = r.pick([CLINICS[1]!, CLINICS[2]!, CLINICS[6]!]);
  const blocks: Block[] = [];
  const layout = r.int(0, 2);
  if (layout === 0) {
    blocks.push([
      ['ANTICOAGULATION CLINIC - TELEPHONE ENCOUNTER'],
      [instS(r, clinic), ' | ', dS(r, date), ' ', weekday(date)],
      ...ptHeader(c),
    ]);
    blocks.push([
      [`Called pt at `, phS(r, pt.phone), ` re: INR ${inr} from `, dS(r, addDays(date, -r.int(0, 2)), true), ` (${r.pick(['POC', 'venous'])}, drawn at `, LC(r.pick(LABS)), ').'],
      ['Spoke with ', pt.relRole, ' ', nS(r, pt.rel), ` (on HIPAA release). ${r.pick(['Pt at work.', 'Pt napping.', 'Pt hard of hearing.', 'Pt prefers family handle calls.'])}`],
      [`Indication: ${r.pick(['AF', 'mechanical MVR', 'LV thrombus', 'recurrent DVT', 'PE'])}, CHA2DS2-VASc ${r.int(2, 8)}, HAS-BLED ${r.int(0, 4)}; goal ${r.pick(['2-3', '2.5-3.5'])}. ${r.pick(['Jantoven', 'Coumadin', 'warfarin'])} 5 mg tabs.`],
    ]);
  } else if (layout === 1) {
    const t1 = hhmm(r, 8, 11);
    const t2 = hhmm(r, 12, 16);
    blocks.push([
      [`coag phone log ${r.pick(['--', '/', '::'])} `, nS(r, pt.p), ' ', ID(pt.mrn)],
    ]);
    blocks.push([
      [`${t1} LM on VM at `, phS(r, pt.phone), ` (ok per pt to leave msg) - `, NM(inits(nurse, true))],
      [`${t2} pt returned call from `, phS(r, pt.cell), `. INR today ${inr}. No missed doses. ${r.pick(['Ate more salad this week.', 'Started amoxicillin from dentist.', 'Had 3 beers at a wedding.', 'No diet changes.'])} - `, NM(inits(nurse, true))],
      [`${hhmm(r, 16, 17)} ${r.pick(['dosing calendar mailed', 'faxed INR to', 'sent MyChart msg, cc'])} `, ...clin(r, pt.pcp, 'MD'), ` - `, NM(inits(nurse, true))],
    ]);
  } else {
    blocks.push([
      ['Anticoag Clinic (', LC(r.pick(clinic.short)), ')'],
      ['RE: ', nS(r, pt.p, false), ', DOB ', dS(r, pt.dob), ', ', ...ageLine(c)],
      [`Contact: home `, phS(r, pt.phone), `, cell `, phS(r, pt.cell, false)],
    ]);
    blocks.push([[`${pt.age > 89 ? 'Frail elder, ' : ''}INR ${inr} on `, dS(r, date, true), `; prior ${r.int(1, 3)}.${r.int(0, 9)} on `, dS(r, addDays(date, -r.int(7, 28)), true), `. ${r.pick(['Eliquis not covered', 'Xarelto trial failed (cost)', 'DOAC declined by pt'])}, remains on warfarin.`]]);
  }
  blocks.push([
    ['Current dose: 5 mg daily except 2.5 mg Mon/Fri.'],
    ['| Day | Mon | Tue | Wed | Thu | Fri | Sat | Sun |'],
    [`| mg  | ${r.pick(['2.5', '5'])} | 5 | 5 | ${r.pick(['5', '7.5'])} | 2.5 | 5 | 5 |`],
    [`New weekly total ${wk} mg (${r.pick(['-10%', '+5%', 'no change', '-5%'])}).`],
  ]);
  blocks.push([lookalikeLine(c)]);
  blocks.push([
    ['Recheck INR ', dS(r, addDays(date, r.pick([3, 7, 14, 28])), true), ...(r.chance(0.3) ? [' at home (CoaguChek)'] : [` at ${r.pick(['our lab in', 'the PCP office in', 'the draw station in', 'the outreach lab,'])} `, LC(r.pick(TOWNS))]), '. Pt verbalized understanding; teach-back done.'],
  ]);
  if (r.chance(0.4)) blocks.push([[`Bridging w/ Lovenox ${r.int(60, 120)} mg SQ q12h before ${r.pick(['colonoscopy', 'TKA', 'dental extraction'])} on `, dS(r, addDays(date, r.int(5, 20))), ' with ', ...clin(r, mkPerson(r), 'MD'), '.']]);
  blocks.push(signoff(c, nurse, r.pick(['RN', 'RN, CACP', 'PharmD, CACP', 'LPN'])));
  return blocks;
}

function medRec(c: Ctx): Block[] {
  const { r, pt, date } = c;
  const tech = mkPerson(r);
  const rph = mkPerson(r);
  const phTech = mkPerson(r);
  const ph2 = r.pick(PHARMACIES);
  const adm = r.chance(0.5);
  const blocks: Block[] = [];
  const meds = [
    ['lisinopril', '20 mg daily'], ['metformin', '1000 mg BID'], ['atorvastatin', '40 mg qHS'], ['Eliquis', '5 mg BID'],
    ['levothyroxine', '88 mcg daily'], ['gabapentin', '300 mg TID'], ['Entresto', '24/26 mg BID'], ['sertraline', '50 mg daily'],
    ['Ozempic', '0.5 mg weekly'], ['tamsulosin', '0.4 mg qHS'], ['furosemide', '40 mg daily'], ['omeprazole', '20 mg daily'],
  ] as const;
  blocks.push([
    [adm ? 'ADMISSION MEDICATION RECONCILIATION' : 'Discharge Medication Reconciliation / Counseling'],
    ...ptHeader(c),
    [r.pick(['Source: ', 'Sources: ']), `pt interview, ${r.pick(['pill bottles (brown bag)', 'outside med list', 'family'])}, `, instS(r, pt.pharmacy), ' fill hx, ', r.pick(['SureScripts', 'PDMP', 'Epic Care Everywhere'])],
  ]);
  const rows: Line[] = [];
  const tbl = r.chance(0.6);
  if (tbl) rows.push(['Medication | Dose | Last fill | Pharmacy | Rx #']);
  const n = r.int(3, 7);
  const m0 = r.int(0, meds.length - 1);
  const stepM = r.pick([1, 5, 7]);
  for (let i = 0; i < n; i++) {
    const m = meds[(m0 + i * stepM) % meds.length]!;
    const fill = addDays(date, -r.int(3, 80));
    const phx = r.chance(0.7) ? pt.pharmacy : ph2;
    if (tbl) rows.push([`${m[0]} | ${m[1]} | `, dS(r, fill, true), ' | ', LC(r.pick(phx.short)), ' | ', ID(r.digits(7))]);
    else rows.push([`- ${m[0]} ${m[1]} - last filled `, dS(r, fill, true), ' @ ', LC(r.pick(phx.short)), `, ${r.pick(['taking', 'taking differently', 'NOT taking', 'PRN only'])}`]);
  }
  blocks.push(rows);
  blocks.push([
    ['Called ', instS(r, pt.pharmacy), ' at ', phS(r, mkPhone(r)), ', spoke w/ ', r.pick(['tech', 'pharmacist', 'RPh']), ' ', NM(r.chance(0.6) ? phTech.first : `${phTech.first} ${phTech.last}`), `; confirmed ${r.pick(['doses', 'fill dates', 'prescribers', 'that gabapentin was d/c in fall'])}.`],
    ['Prescriber on bottles: ', ...clin(r, pt.pcp, r.pick(['MD', 'DO', 'NP', 'PA-C'])), ' (', instS(r, r.pick(CLINICS)), ').'],
  ]);
  if (r.chance(0.5)) blocks.push([['Also fills at ', instS(r, ph2), ', ', LC(`${r.int(10, 2999)} ${r.pick(STREETS)}`), ', ', LC(r.pick(TOWNS)), ` (fax `, PH(fp(r, mkPhone(r), false)), ').']]);
  blocks.push([lookalikeLine(c), lookalikeLine(c)]);
  if (adm) {
    blocks.push([[`Discrepancies: ${r.int(0, 4)} (${r.pick(['omission', 'dose', 'frequency'])}); discussed with admitting `, ...clin(r, mkPerson(r), 'MD'), '.']]);
  } else {
    blocks.push([
      ['New Rx e-prescribed to ', instS(r, pt.pharmacy), ' in ', LC(r.pick(TOWNS)), '. Follow-up with PCP ', ...clin(r, pt.pcp, 'MD'), ' on ', dS(r, addDays(date, r.int(5, 14)), true), '.'],
      ['Pt address on file: ', ...address(c)],
    ]);
  }
  const k = r.int(0, 1);
  if (k === 0) blocks.push([['Med history by ', NM(`${tech.first} ${tech.last}`), ', CPhT; verified by ', NM(`${rph.first[0]}. ${rph.last}`), ', PharmD']]);
  else blocks.push(signoff(c, rph, 'PharmD'));
  return blocks;
}

const INFUSIONS: readonly (readonly [string, string])[] = [
  ['infliximab (Remicade)', '5 mg/kg'], ['vedolizumab (Entyvio)', '300 mg'], ['ocrelizumab (Ocrevus)', '600 mg'],
  ['iron sucrose', '200 mg'], ['IVIG', '0.4 g/kg'], ['zoledronic acid', '5 mg'], ['natalizumab', '300 mg'],
  ['tocilizumab', '8 mg/kg'], ['ferric carboxymaltose', '750 mg'],
];

function infusionNursing(c: Ctx): Block[] {
  const { r, pt, date } = c;
  const rn = mkPerson(r);
  const rn2 = mkPerson(r);
  const inf = r.pick(INFUSIONS);
  const ctr = r.pick([CLINICS[0]!, ...HOSPITALS.slice(0, 4)]);
  const chair = `${r.pick(['Chair ', 'chair ', 'Bay ', 'Rm '])}`;
  const blocks: Block[] = [];
  blocks.push([
    r.chance(0.5) ? [instS(r, ctr, 0.7), ' - Infusion Nursing Note'] : ['INFUSION CENTER NURSING NOTE'],
    [nS(r, pt.p, false), '  ', ...mrnPieces(c), '  ', dS(r, date), '  ', chair, OT(String(r.int(1, 24)))],
    [`Arrived ${colon(hhmm(r, 7, 10))} ${r.pick(['ambulatory', 'via w/c', 'with walker'])}, accompanied by ${pt.relRole} `, nS(r, pt.rel), '.'],
  ]);
  blocks.push([
    [`${inf[0]} ${inf[1]}${inf[1].endsWith('/kg') ? ` x ${pt.wt} kg = ${Math.round((pt.wt * parseFloat(inf[1])) / 10) * 10} ${inf[1].split(' ')[1]!.split('/')[0]}` : ''}, dose #${r.int(2, 14)}. Premeds: Tylenol 650 mg PO, Benadryl 25 mg IV at ${colon(hhmm(r, 8, 10))}.`],
    [`PIV ${r.pick(['22g', '20g', '24g'])} ${r.pick(['L', 'R'])} ${r.pick(['forearm', 'AC', 'hand'])}, + blood return. Pump: Alaris SN `, OT(`${r.digits(4)}${r.chance(0.5) ? '-' : ''}${r.digits(3)}`), '.'],
  ]);
  const log: Line[] = [];
  const aligned = r.chance(0.5);
  log.push([aligned ? 'Time   Rate      BP       HR  SpO2  Init' : 'Time | Rate | BP | HR | SpO2 | Init']);
  let t = r.int(8, 10) * 60 + r.int(0, 5) * 5;
  const rates = [10, 20, 40, 80, 150, 250];
  const ini = NM(inits(rn));
  for (let i = 0; i < r.int(3, 6); i++) {
    const tm = `${p2(Math.floor(t / 60))}${p2(t % 60)}`;
    const bp = `${r.int(100, 150)}/${r.int(58, 92)}`;
    const rate = `${rates[i] ?? 250} mL/h`;
    if (aligned) log.push([`${tm}   ${rate.padEnd(9)} ${bp.padEnd(8)} ${r.int(58, 99)}  ${r.int(94, 100)}%   `, { ...ini }]);
    else log.push([`${tm} | ${rate} | ${bp} | ${r.int(58, 99)} | ${r.int(94, 100)}% | `, { ...ini }]);
    t += r.pick([15, 15, 30]);
  }
  blocks.push(log);
  blocks.push([lookalikeLine(c)]);
  if (r.chance(0.4)) blocks.push([[`${r.pick(['Mild flushing', 'Itchy throat', 'Chills'])} at ${r.int(40, 150)} mL/h -> paused, ${r.pick(['Benadryl 25 mg IV', 'Solu-Medrol 40 mg IV', 'NS bolus'])} given, resumed at half rate per `, ...clin(r, mkPerson(r), r.pick(['MD', 'NP'])), '.']]);
  blocks.push([
    [`Observed ${r.pick([30, 60])} min post. Discharged ${colon(hhmm(r, 12, 16))} stable. Next infusion `, dS(r, addDays(date, r.pick([14, 28, 42, 56])), r.chance(0.5)), '.'],
    ['Pt to call ', phS(r, mkPhone(r)), ' with fever or rash. Home health: ', LC(r.pick(AGENCIES)), '.'],
  ]);
  blocks.push(r.chance(0.3) ? [[NM(inits(rn)), '/', NM(inits(rn2, true)), ` ${colon(hhmm(r, 13, 17))}`]] : signoff(c, rn, r.pick(['RN', 'RN, CRNI', 'BSN, RN'])));
  return blocks;
}

const REGIMENS: readonly (readonly [string, string])[] = [
  ['FOLFOX', 'oxaliplatin 85 mg/m2, leucovorin 400 mg/m2, 5-FU 400 mg/m2 bolus + 2400 mg/m2 CI over 46 h'],
  ['R-CHOP', 'rituximab 375 mg/m2, cyclophosphamide 750 mg/m2, doxorubicin 50 mg/m2, vincristine 1.4 mg/m2 (max 2 mg)'],
  ['ABVD', 'doxorubicin 25 mg/m2, bleomycin 10 units/m2, vinblastine 6 mg/m2, dacarbazine 375 mg/m2 (Hodgkin lymphoma)'],
  ['carboplatin/paclitaxel', 'carboplatin AUC 5 (Calvert), paclitaxel 175 mg/m2'],
  ['pembrolizumab', 'Keytruda 200 mg flat dose q21d'],
  ['AC-T', 'doxorubicin 60 mg/m2, cyclophosphamide 600 mg/m2'],
  ['gemcitabine', 'gemcitabine 1000 mg/m2 days 1, 8, 15'],
];

function chemoNursing(c: Ctx): Block[] {
  const { r, pt, date } = c;
  const rn1 = mkPerson(r);
  const rn2 = mkPerson(r);
  const onc = mkPerson(r);
  const reg = r.pick(REGIMENS);
  const cyc = r.int(1, 8);
  const bsa = `${r.int(1, 2)}.${r.int(45, 99)}`;
  const blocks: Block[] = [];
  blocks.push([
    [r.pick(['CHEMOTHERAPY ADMINISTRATION NOTE', 'Chemo Admin Note', 'ONCOLOGY INFUSION - CHEMOTHERAPY'])],
    [instS(r, r.pick([HOSPITALS[8]!, CLINICS[3]!, CLINICS[0]!, HOSPITALS[1]!])), ' | Bay ', OT(String(r.int(1, 18))), ' | ', dS(r, date)],
    ...ptHeader(c),
  ]);
  blocks.push([
    [`Regimen: ${reg[0]} cycle ${cyc} day ${r.pick([1, 1, 8, 15])} (`, ...clin(r, onc, 'MD'), ', Oncology). Order #', ID(r.digits(9)), '.'],
    [`${reg[1]}.`],
    [`Ht ${r.int(150, 190)} cm / Wt ${pt.wt} kg / BSA ${bsa} m2. ANC ${r.int(1, 6)}.${r.int(0, 9)}, plt ${r.int(90, 380)}, SCr 0.${r.int(6, 9)} - parameters met.`],
  ]);
  blocks.push([
    [`Independent double check at ${colon(hhmm(r, 9, 12))}: `, NM(`${rn1.first} ${rn1.last}`), ', RN and ', NM(`${rn2.first} ${rn2.last}`), ', RN - name, DOB, MRN, drug, dose, route, rate verified vs order.'],
    [`${r.pick(['Port-a-Cath', 'R chest port', 'PICC'])} accessed with 20g 3/4" Huber needle, + blood return, flushed w/ 10 mL NS.`],
    [`Antiemetics: Zofran 16 mg IV, dexamethasone 12 mg IV, Emend 150 mg IV at ${colon(hhmm(r, 9, 11))}.`],
  ]);
  if (reg[0] === 'FOLFOX') blocks.push([['5-FU CI via CADD-Solis pump serial ', OT(`${r.letters(2)}${r.digits(6)}`), ' connected; disconnect ', dS(r, addDays(date, 2), true), ` at ${colon(hhmm(r, 9, 15))} by `, LC(r.pick(AGENCIES.slice(0, 3))), '. Cold sensitivity teaching done (oxaliplatin).']]);
  blocks.push([lookalikeLine(c)]);
  blocks.push([
    [`Tolerated well, VSS: BP ${r.int(100, 150)}/${r.int(58, 90)}, T 36.${r.int(4, 9)}. Neulasta OBI applied ${r.pick(['L', 'R'])} arm, lot `, OT(`${r.alnum(6)}`), '.'],
    ['Next: C', String(cyc + 1), 'D1 on ', dS(r, addDays(date, r.pick([14, 21, 28])), true), '. After-hours triage ', phS(r, mkPhone(r)), '.'],
  ]);
  blocks.push(signoff(c, rn1, r.pick(['RN, OCN', 'RN', 'BSN, RN, OCN'])));
  return blocks;
}

function transplantCoord(c: Ctx): Block[] {
  const { r, pt, date } = c;
  const co = mkPerson(r);
  const neph = mkPerson(r);
  const tx = patientRng(pt, 23);
  const [organ, procs, hxs] = tx.pick([
    ['kidney', ['DDKT', 'LDKT'], ['ESRD 2/2 DM', 'IgA nephropathy', 'PKD', 'FSGS']],
    ['liver', ['OLT', 'LDLT'], ['PSC', 'NASH cirrhosis', 'EtOH cirrhosis', 'HCV cirrhosis']],
    ['heart', ['OHT'], ['ischemic CM', 'NICM', 'giant cell myocarditis']],
    ['lung', ['BLT', 'SLT'], ['CF', 'IPF', 'COPD']],
    ['kidney-pancreas', ['SPK'], ['T1DM with ESRD']],
  ] as const);
  const txYear = tx.int(1998, 2024);
  const ctr = tx.pick([HOSPITALS[9]!, HOSPITALS[1]!, HOSPITALS[0]!]);
  const hx = tx.pick(hxs);
  const proc = tx.pick(procs);
  const unos = `${tx.letters(4)}${tx.digits(3)}`;
  const tac = `${r.int(3, 14)}.${r.int(0, 9)}`;
  const blocks: Block[] = [];
  const lay = r.int(0, 1);
  if (lay === 0) {
    blocks.push([
      [`TRANSPLANT COORDINATOR NOTE - ${organ.toUpperCase()}`],
      [instS(r, ctr), ' Transplant Office   ', phS(r, mkPhone(r), false), '   fax ', phS(r, mkPhone(r), false)],
      ...ptHeader(c),
    ]);
  } else {
    blocks.push([
      ['Post-tx coordinator call ', dS(r, date, true), ' - ', nS(r, pt.p), ` (${organ} tx `, YR(String(txYear)), ')'],
    ]);
  }
  blocks.push([
    [`Hx: ${hx}; ${proc} in `, YR(String(txYear)), ` at `, instS(r, ctr), '. UNOS ID ', ID(unos), '.'],
    [`Tacrolimus (${r.pick(['Prograf', 'Envarsus XR', 'generic'])}) trough ${tac} on `, dS(r, addDays(date, -r.int(1, 3)), true), ' drawn at ', LC(r.pick(LABS)), `; goal ${r.pick(['5-8', '8-10', '4-6', '6-8'])}.`],
    [`CellCept ${r.pick([250, 500, 750, 1000])} mg BID, pred ${r.pick([0, 2.5, 5, 10])} mg. Cr ${r.int(0, 2)}.${r.int(0, 9)}, K ${r.int(3, 5)}.${r.int(0, 9)}, BK PCR ${r.pick(['neg', 'low pos', 'pending'])}.`],
  ]);
  blocks.push([
    ['Caregiver: ', pt.relRole, ' ', nS(r, pt.rel), ' (', phS(r, pt.cell), `). ${r.pick(['Lives', 'Staying'])} in `, LC(pt.town), ', ', stS(r, pt.state), `, ~${r.int(20, 180)} mi from center.`],
    [`Discussed with `, ...clin(r, neph, 'MD'), `: ${r.pick(['no change', 'decrease tac by 0.5 mg BID', 'increase tac to 3 mg BID', 'repeat level in 1 wk'])}. Banff ${r.pick(['1A on last bx', 'borderline', 'not applicable'])}.`],
  ]);
  if (r.chance(0.5)) blocks.push([[`Pt ${r.pick(['born in', 'recently returned from', 'family visiting from'])} `, ST(pt.country), `; ${r.pick(['travel vaccines reviewed - no live vaccines', 'TB quantiferon repeat', 'Strongyloides serology sent'])}.`]]);
  blocks.push([lookalikeLine(c)]);
  blocks.push([['Next labs ', dS(r, addDays(date, r.pick([7, 14, 30]))), '; clinic ', dS(r, addDays(date, r.pick([21, 42, 90])), true), '. Pt can reach coordinator at ', EM(`${co.first[0]!.toLowerCase()}${co.last.toLowerCase().replace(/[^a-z]/g, '')}@${r.pick(['mrti-tx.org', 'lakeshorehealth.org', 'stbrigids.net'])}`), '.']]);
  blocks.push(signoff(c, co, r.pick(['RN, CCTC', 'RN', 'BSN, RN, CCTC'])));
  return blocks;
}

const SPECIALTY: readonly (readonly [string, string])[] = [
  ['Dupixent 300 mg/2 mL pen q14d', 'L20.9 atopic dermatitis'], ['Humira 40 mg pen q14d', 'K50.90 Crohn disease'],
  ['Xolair 300 mg SQ q4wk', 'J45.50 severe persistent asthma'], ['Ozempic 1 mg weekly', 'E11.9 T2DM'],
  ['Mounjaro 5 mg weekly', 'E11.65 T2DM w/ hyperglycemia'], ['Enbrel 50 mg weekly', 'M05.79 RA'],
  ['Taltz 80 mg q4wk', 'L40.0 psoriasis'], ['Repatha 140 mg q14d', 'E78.01 familial hypercholesterolemia'],
];

function priorAuth(c: Ctx): Block[] {
  const { r, pt, date } = c;
  const tech = mkPerson(r);
  const rep = mkPerson(r);
  const sp = r.pick(SPECIALTY_PHARMACIES);
  const drug = r.pick(SPECIALTY);
  const ins = pt.insurer;
  const portalHost = ins.full.toLowerCase().replace(/[^a-z]/g, '').slice(0, 14);
  const blocks: Block[] = [];
  blocks.push([
    [r.pick(['SPECIALTY PHARMACY - PRIOR AUTHORIZATION', 'PA / Benefits Investigation', 'Prior Auth Log']), ' - ', instS(r, sp)],
    ['Pt: ', nS(r, pt.p, false), '  DOB ', dS(r, pt.dob), '  ', ...mrnPieces(c)],
    ['Insurer: ', instS(r, ins), '  Member ID: ', ID(pt.memberId), '  Group: ', ID(r.digits(r.int(5, 7)))],
    [`Drug: ${drug[0]}. Dx: ${drug[1]}. Prescriber: `, ...clin(r, pt.pcp, r.pick(['MD', 'DO', 'NP'])), ' NPI ', ID(`1${r.digits(9)}`)],
  ]);
  const t0 = hhmm(r, 8, 11);
  const log: Line[] = [
    [dS(r, date, true), ` ${colon(t0)} PA submitted via CoverMyMeds, key `, ID(r.alnum(8)), '.'],
    [dS(r, addDays(date, 1), true), ` ${colon(hhmm(r, 9, 15))} called `, LC(r.pick(ins.short)), ' PA line ', PH(tollFree(r)), ', spoke w/ rep ', NM(r.chance(0.6) ? rep.first : `${rep.first} ${rep.last[0]}.`), ', ref # ', ID(`${r.int(1, 9)}-${r.alnum(6)}`), `. Status: ${r.pick(['pending clinical review', 'needs chart notes', 'approved', 'denied - step therapy'])}.`],
  ];
  if (r.chance(0.6)) {
    const [got, act] = r.pick([
      ["Denial rec'd", 'appeal faxed to'], ["Approval rec'd", 'auth valid 12 mo, copy faxed to clinic from'],
      ["Denial rec'd", 'peer-to-peer requested via'], ["Letter rec'd", 'more info requested, call'],
    ] as const);
    log.push([dS(r, addDays(date, r.int(2, 6)), true), ` ${got}, case `, ID(`PA-${r.digits(2)}-${r.digits(6)}`), `; ${act} `, PH(tollFree(r)), '.']);
  }
  blocks.push(log);
  blocks.push([
    [`Copay est $${r.int(0, 4)}${r.int(0, 9)}${r.int(0, 9)}/mo; enrolled in manufacturer copay card, BIN ${r.digits(6)} (not pt-specific). Pt worried about the bill.`],
    ['Status also viewable at ', UR(`https://${r.pick(['pa', 'portal', 'provider'])}.${portalHost}.com/${r.pick(['status', 'pa/lookup', 'auth'])}`), '.'],
  ]);
  blocks.push([lookalikeLine(c)]);
  blocks.push([
    ['Shipping to ', ...address(c), ` via ${r.pick(['FedEx', 'UPS', 'courier'])} on `, dS(r, addDays(date, r.int(3, 9)), true), '. Pt phone ', phS(r, pt.cell), '.'],
    ['Questions: ', EM(`${r.pick(['pa-team', 'intake', 'benefits'])}@${sp.short[0]!.toLowerCase().replace(/[^a-z]/g, '')}rx.com`), ' or ', PH(tollFree(r)), ' ext. ', PH(r.digits(3))],
  ]);
  blocks.push(signoff(c, tech, r.pick(['CPhT', 'PharmD', 'PA specialist', 'CPhT, CSPT']), false));
  return blocks;
}

const VACCINES: readonly (readonly [string, string])[] = [
  ['Shingrix (RZV)', 'IM'], ['Prevnar 20 (PCV20)', 'IM'], ['Fluzone High-Dose', 'IM'], ['Tdap (Boostrix)', 'IM'],
  ['Hep B (Heplisav-B)', 'IM'], ['MMR II', 'SQ'], ['Comirnaty (COVID-19)', 'IM'], ['Arexvy (RSV)', 'IM'],
  ['HPV (Gardasil 9)', 'IM'], ['Varivax', 'SQ'], ['Typhim Vi', 'IM'],
];

function vaccineRecord(c: Ctx): Block[] {
  const { r, pt, date } = c;
  const giver = mkPerson(r);
  const clinic = r.pick([CLINICS[4]!, CLINICS[2]!, CLINICS[6]!, ...PHARMACIES.slice(0, 3)]);
  const blocks: Block[] = [];
  blocks.push([
    [r.pick(['IMMUNIZATION RECORD', 'Vaccine Administration Record', 'VACCINE CLINIC VISIT']), ' - ', instS(r, clinic)],
    [nS(r, pt.p, false), ' | DOB ', dS(r, pt.dob), ' | ', ...ageLine(c), ' | ', ...mrnPieces(c)],
  ]);
  const why = r.int(0, 3);
  if (why === 0) blocks.push([['Requested for work: ', LC(r.pick(EMPLOYERS)), ` requires ${r.pick(['Hep B series', 'annual flu', 'Tdap', 'TB screen + flu'])}. Form faxed to employer HR `, PH(fp(r, mkPhone(r), false)), '.']]);
  else if (why === 1) {
    const sch = r.pick(EMPLOYERS.filter((e) => /School|Academy|Elementary/.test(e)));
    const nurse = mkPerson(r);
    blocks.push([[`Pt works as a ${r.pick(['teacher', 'bus driver', 'classroom aide', 'cafeteria cook'])} at `, LC(sch), '; records requested by school nurse ', NM(r.chance(0.5) ? `${nurse.first[0]}. ${nurse.last}` : nurse.last), `. ${pt.relRole.charAt(0).toUpperCase()}${pt.relRole.slice(1)} `, nS(r, pt.rel), ' also due for flu.']]);
  }
  else if (why === 2) blocks.push([['Travel to ', ST(pt.country), ' on ', dS(r, addDays(date, r.int(14, 60)), true), `; ${r.pick(['typhoid', 'Hep A', 'MMR booster', 'yellow fever referral'])} discussed.`]]);
  else blocks.push([[`Screening: no fever, no prior reaction, ${r.pick(['not pregnant', 'no immunosuppression', 'on prednisone 5 mg (ok for inactivated)'])}. Last Tdap `, YR(String(r.int(2008, 2023))), ', last flu shot ', YR(String(r.int(2019, 2024))), '.']]);
  const rows: Line[] = [];
  const piped = r.chance(0.6);
  rows.push([piped ? 'Vaccine | Lot | Exp | Site | Route | VIS | By' : 'Vaccine                    Lot        Exp          Site       VIS']);
  for (let i = 0; i < r.int(1, 3); i++) {
    const v = r.pick(VACCINES);
    const lot = `${r.letters(r.int(1, 2))}${r.digits(r.int(3, 5))}${r.chance(0.3) ? r.letters(1) : ''}`;
    const exp = addDays(date, r.int(60, 700));
    const vis = { y: r.int(2019, 2024), m: r.int(1, 12), d: r.int(1, 28) };
    const site = r.pick(['L deltoid', 'R deltoid', 'L thigh', 'R arm']);
    if (piped) rows.push([`${v[0]} | `, OT(lot), ' | ', dS(r, exp), ` | ${site} | ${v[1]} | `, dS(r, vis), ' | ', NM(inits(giver))]);
    else rows.push([`${v[0].padEnd(26)} `, OT(lot), ' '.repeat(Math.max(1, 11 - lot.length)), dS(r, exp), `  ${site.padEnd(10)} `, dS(r, vis)]);
  }
  blocks.push(rows);
  blocks.push([r.chance(0.3)
    ? [`Observed 15 min, no reaction. VIS given in ${r.pick(['Spanish', 'Vietnamese', 'Somali', 'Karen'])}; interpreter `, NM(mkPerson(r).first), ' (ID ', ID(r.digits(5)), ').']
    : [`Observed ${r.pick([15, 15, 30])} min, no reaction. ${r.pick(['VIS given and reviewed.', 'Pt declined printed VIS.', 'Syncope precautions, seated.'])}`]]);
  blocks.push([lookalikeLine(c)]);
  blocks.push([['Submitted to state IIS ', dS(r, date, true), '. Next dose due ', dS(r, addDays(date, r.pick([28, 60, 180, 365]))), '. Reminder to ', phS(r, pt.cell), ...(r.chance(0.4) ? [' / ', EM(`${pt.p.first.toLowerCase().replace(/[^a-z]/g, '')}.${pt.p.last.toLowerCase().replace(/[^a-z]/g, '')}${r.int(1, 99)}@${r.pick(['mailbox.com', 'prairienet.net', 'fastmail.org', 'yahoo.com'])}`)] : [])]]);
  blocks.push(signoff(c, giver, r.pick(['RN', 'LPN', 'PharmD', 'CMA', 'RPh (immunizer)']), false));
  return blocks;
}

function researchVisit(c: Ctx): Block[] {
  const { r, pt, date } = c;
  const crc = mkPerson(r);
  const pi = mkPerson(r);
  const cra = mkPerson(r);
  // trial identity is fixed per patient (derived from the patient's MRN), visit details per note
  const tr = patientRng(pt, 17);
  const sponsor = tr.pick(SPONSORS);
  const croI = tr.int(0, CROS.length - 1);
  const site = String(tr.int(101, 399));
  const subj = `${site}-${p2(tr.int(1, 99))}${tr.int(0, 9)}`;
  const protocol = `${sponsor.slice(0, 3).toUpperCase()}-${tr.digits(4)}-${tr.int(1, 3)}0${tr.int(1, 9)}`;
  const phase = tr.int(1, 3);
  const design = tr.pick(['randomized, double-blind', 'open-label extension', 'placebo-controlled']);
  const siteHosp = tr.pick(HOSPITALS.slice(0, 9));
  const visitN = tr.int(2, 9) + c.seq;
  const blocks: Block[] = [];
  blocks.push([
    [r.pick(['RESEARCH VISIT NOTE', 'Clinical Research - Study Visit', 'STUDY VISIT DOCUMENTATION'])],
    ['Protocol: ', ID(protocol), ` (Phase ${phase}, ${design}). Sponsor: `, LC(sponsor), '.'],
    ['Site ', ID(site), ' - ', instS(r, siteHosp), '. Subject ', ID(subj), ` (initials `, NM(inits(pt.p)), ').'],
  ]);
  const win0 = addDays(date, -r.int(2, 6));
  blocks.push([
    [`Visit ${visitN} (Week ${visitN * 4}); window `, dS(r, win0, true), '-', dS(r, addDays(win0, 14), true), `. Consent v${r.int(2, 6)}.0 re-signed `, dS(r, addDays(date, -r.int(0, 200))), ' (ICF witnessed by ', NM(`${cra.first[0]}. ${mkPerson(r).last}`), ').'],
    [`Vitals: BP ${r.int(104, 150)}/${r.int(60, 92)}, HR ${r.int(55, 100)}, wt ${pt.wt} kg. ECG QTcF ${r.int(390, 470)} ms. Labs drawn ${colon(hhmm(r, 8, 11))}, shipped to central lab, accession `, ID(`${r.digits(10)}`), '.'],
  ]);
  blocks.push([
    [`IP: kit `, ID(r.digits(6)), ` dispensed via IWRS; prior kit returned with ${r.int(0, 30)} tabs, compliance ${r.int(80, 100)}%.`],
    [`AEs: ${r.pick(['grade 1 nausea (CTCAE v5), not related', 'none new', 'grade 2 rash, possibly related, ongoing', 'URI, resolved'])}. ConMeds updated in Medidata Rave.`],
  ]);
  if (r.chance(0.5)) blocks.push([[`${r.pick(['Mileage reimbursement', 'Stipend'])} $${r.int(25, 150)} via ClinCard. Pt drove from `, LC(pt.town), '.']]);
  blocks.push([lookalikeLine(c)]);
  blocks.push([
    ['PI: ', ...clin(r, pi, 'MD'), '. Monitor: ', NM(`${cra.first} ${cra.last}`), ' (', LC(CROS[croI]!), '), ', EM(`${cra.first.toLowerCase().replace(/[^a-z]/g, '')}.${cra.last.toLowerCase().replace(/[^a-z]/g, '')}@${CRO_DOMAINS[croI]!}`), '.'],
    ['Next visit ', dS(r, addDays(date, 28)), '. Study line ', phS(r, mkPhone(r), false), '.'],
  ]);
  blocks.push(signoff(c, crc, r.pick(['CCRC', 'BSN, CCRP', 'Research Coordinator', 'RN, CCRC']), false));
  return blocks;
}

const OPIOIDS: readonly string[] = ['oxycodone 5 mg', 'hydrocodone/APAP 5/325', 'tramadol 50 mg', 'morphine ER 15 mg', 'buprenorphine/naloxone 8/2 mg', 'alprazolam 0.5 mg', 'methylphenidate 10 mg', 'lorazepam 1 mg'];

function csAgreement(c: Ctx): Block[] {
  const { r, pt, date } = c;
  const prov = mkPerson(r);
  const ma = mkPerson(r);
  const other = mkPerson(r);
  const clinic = r.pick([CLINICS[5]!, CLINICS[2]!, CLINICS[6]!]);
  const blocks: Block[] = [];
  blocks.push([
    [r.pick(['CONTROLLED SUBSTANCE AGREEMENT / PDMP REVIEW', 'Opioid Treatment Agreement', 'PDMP check + controlled substance review'])],
    [instS(r, clinic), ' - ', dS(r, date), ` ${weekday(date)}`],
    ...ptHeader(c),
  ]);
  const rows: Line[] = [[`PDMP queried ${colon(hhmm(r))} via ${r.pick(['Epic integration', 'state PMP portal', 'PMP AWARxE'])}:`]];
  const piped = r.chance(0.6);
  if (piped) rows.push(['Fill | Drug | Qty | Days | Prescriber | Pharmacy']);
  for (let i = 0; i < r.int(2, 5); i++) {
    const f = addDays(date, -(i * 28 + r.int(1, 5)));
    const pres = r.chance(0.8) ? prov : other;
    const drug = r.pick(OPIOIDS);
    const qty = r.pick([30, 60, 90, 120]);
    const ph = r.chance(0.8) ? pt.pharmacy : r.pick(PHARMACIES);
    if (piped) rows.push([dS(r, f, true), ` | ${drug} | ${qty} | ${qty / 2} | `, NM(`${pres.last}, ${pres.first[0]}`), ' | ', LC(r.pick(ph.short))]);
    else rows.push([`  `, dS(r, f), `  ${drug} #${qty}  `, NM(`${pres.first[0]}. ${pres.last}`), '  ', LC(ph.full)]);
  }
  rows.push([`MME ${r.pick([15, 20, 30, 45, 60, 90])}/day. ${r.pick(['No overlapping prescribers.', 'One early fill noted.', 'Benzo + opioid overlap flagged.', 'Fills at 2 pharmacies.'])} Narcan ${r.pick(['on file', 'prescribed today', 'declined'])}.`]);
  blocks.push(rows);
  blocks.push([
    ['Agreement reviewed and signed today. One prescriber (', ...clin(r, prov, r.pick(['MD', 'DO', 'NP'])), ') and one pharmacy (', instS(r, pt.pharmacy), ').'],
    [`Pill count: ${r.int(0, 40)} tabs (expected ${r.int(0, 40)}). UDS ${r.pick(['consistent', 'positive for THC, discussed', 'negative for prescribed oxycodone - sent for confirmation'])}. Lab ref `, ID(`U${r.digits(8)}`), '.'],
    [`Prescriber DEA `, ID(`${r.letters(2)}${r.digits(7)}`), ', state lic ', ID(`${r.digits(5)}-${r.int(20, 59)}`), '.'],
  ]);
  if (r.chance(0.5)) blocks.push([[`Pt ${r.pick(['works at', 'recently laid off from', 'on light duty at'])} `, LC(r.pick(EMPLOYERS)), `; ${r.pick(['drives forklift - sedation risk discussed', 'UDS random x4/yr', 'return to work note given'])}.`]]);
  blocks.push([lookalikeLine(c), lookalikeLine(c)]);
  blocks.push([['Witness: ', NM(`${ma.first} ${ma.last}`), `, ${r.pick(['MA', 'CMA', 'LPN'])}. Copy to pt. Next review `, dS(r, addDays(date, 90), true), '.']]);
  blocks.push(signoff(c, prov, r.pick(['MD', 'DO', 'NP', 'PA-C'])));
  return blocks;
}

const ADDENDUM_TOPICS: Readonly<Record<string, readonly string[]>> = {
  'pharmacy-kinetics': ['vanc trough back 17.2', 'gent random level 4.1', 'scr bumped to 1.6', 'pt NPO, PO meds reviewed', 'renal dosing adjusted'],
  'anticoag-call': ['inr 4.6 on poc', 'pt missed 2 doses', 'started bactrim per urgent care', 'dentist asking about holding', 'inr 1.7 - subtherapeutic'],
  'med-rec': ['outside pharmacy called back', 'pt daughter brought updated list', 'fill hx shows 2 metformin scripts', 'discharge rx not received at pharmacy'],
  'infusion-nursing': ['pt called - rash x2 days after infusion', 'pump alarm occlusion resolved', 'pt r/s next infusion', 'iron infusion auth expired'],
  'chemo-nursing': ['pt called w/ temp 38.3', 'home pump disconnected, site clean', 'N/V grade 2 at home', 'neuropathy worse after C3'],
  'transplant-coord': ['tac level 11.4 - high', 'pt ran out of CellCept', 'BK viremia rising', 'clinic visit moved'],
  'prior-auth': ['PA approved', 'insurer requested chart notes', 'denial overturned on appeal', 'copay card reloaded'],
  'vaccine-record': ['pt returned for dose 2', 'sore arm only, no fever', 'lot recall check - not affected', 'registry record corrected'],
  'research-visit': ['unscheduled visit for AE', 'deviation: visit out of window', 'IP temp excursion reported to sponsor', 'SAE follow-up received'],
  'cs-agreement': ['PDMP rechecked - new prescriber found', 'pill count call-back', 'UDS confirmation resulted', 'pharmacy called re early fill'],
};

/** A short addendum or quick call note in the style's setting (often lower case, initials, no header). */
function addendum(c: Ctx, style: string): Block[] {
  const { r, pt, date } = c;
  const me = mkPerson(r);
  const who = mkPerson(r);
  const topic = r.pick(ADDENDUM_TOPICS[style] ?? ['follow-up']);
  const t = colon(hhmm(r, 7, 19));
  const head: Line = r.chance(0.5)
    ? ['ADDENDUM ', dS(r, date, true), ` ${t}`]
    : [`${r.pick(['late entry', 'addendum', 'quick note', 'f/u call'])} re `, NM(r.chance(0.5) ? `${pt.p.first} ${pt.p.last}`.toLowerCase() : pt.p.last), ' ', ID(pt.mrn)];
  const body: Line[] = [
    [`${topic}. ${r.pick(['d/w', 'spoke w/', 'paged', 'msg to'])} `, NM(r.chance(0.5) ? who.last.toLowerCase() : `${who.first[0]}. ${who.last}`), r.chance(0.5) ? '' : ` (${r.pick(['md', 'np', 'rph', 'rn'])})`, `, ${r.pick(['agrees w/ plan', 'will follow', 'no change for now', 'wants repeat in am', 'ok to proceed'])}.`],
    [`${r.pick(['pt aware', 'left msg for pt', 'pt verbalized understanding'])} at `, phS(r, r.chance(0.5) ? pt.phone : pt.cell), `. ${r.pick(['no further action', 'will call back if worse', 'plan unchanged'])}.`],
  ];
  if (r.chance(0.5)) body.push([`${r.pick(['pharmacy', 'lab', 'clinic'])} ref `, ID(r.alnum(7)), ' / ', LC(r.pick(r.pick([PHARMACIES, CLINICS]).map((i) => i.short[0]!))), '.']);
  const sign: Line = r.chance(0.5) ? ['- ', NM(inits(me, true))] : [NM(`${me.first} ${me.last}`.toLowerCase()), ` ${r.pick(['rn', 'pharmd', 'cpht', 'ccrc', 'lpn'])}`];
  return [[head], body, [lookalikeLine(c)], [sign]];
}

type Sentence = (c: Ctx) => Piece[];

const GENERIC_SENTENCES: readonly Sentence[] = [
  ({ r, pt }) => [`Pt lives ${r.pick(['alone', 'with family', 'in an apartment', 'on a farm'])} in `, LC(pt.town), ` and ${r.pick(['drives', 'takes the county van', 'relies on family for rides'])} to appointments.`],
  ({ r, pt }) => [`Primary pharmacy is `, instS(r, pt.pharmacy), `; ${r.pick(['uses blister packs', 'gets 90-day fills', 'prefers mail order for maintenance meds', 'pays cash for some generics'])}.`],
  ({ r, pt }) => [`${r.pick(['Health literacy adequate', 'Reads English well', 'Prefers written instructions', 'Needs large-print labels'])}; ${pt.relRole} helps with the pillbox.`],
  ({ r }) => [`Adherence by refill history is ${r.int(55, 100)}% (PDC). ${r.pick(['No barriers identified.', 'Cost is the main barrier.', 'Forgets evening doses.', 'Confused by two strengths of the same drug.'])}`],
  ({ r }) => [`Renal function ${r.pick(['stable', 'improving', 'worse since admission'])}; hepatic panel ${r.pick(['WNL', 'with mild transaminitis', 'not repeated'])}.`],
  ({ r, pt }) => ['Insurance is ', instS(r, pt.insurer), `; formulary alternative ${r.pick(['available', 'not available', 'requires PA'])}.`],
  ({ r, pt }) => ['PCP is ', ...clin(r, pt.pcp, r.pick(['MD', 'DO', 'NP'])), ' at ', instS(r, r.pick(CLINICS)), `; ${r.pick(['visit summary faxed', 'will route note', 'last seen in spring'])}.`],
  ({ r }) => [`Allergy list reconciled: ${r.pick(['NKDA confirmed', 'PCN rash as a child - tolerated cephalexin', 'sulfa - hives', 'iodinated contrast - premedicate'])}.`],
  ({ r }) => [`Drug interactions screened in ${r.pick(['Lexicomp', 'Micromedex', 'Epic'])}: ${r.pick(['none significant', 'QTc additive risk noted', 'CYP3A4 inhibitor flagged', 'serotonergic combination - counseled'])}.`],
  ({ r, date }) => [`Pt ${r.pick(['travels', 'will be away', 'is at the cabin'])} `, dS(r, addDays(date, r.int(5, 20)), true), ' through ', dS(r, addDays(date, r.int(21, 40)), true), `; ${r.pick(['vacation supply override requested', 'plan to hold labs', 'will use the lab near the cabin'])}.`],
  ({ r }) => [`${r.pick(['Discussed risks and benefits at length', 'Questions answered', 'Teach-back used for each change'])}; ${r.pick(['pt agrees', 'family agrees', 'pt wants to think it over'])}.`],
];

/** A free-text paragraph of 3-6 sentences, sometimes split over two lines. */
function narrative(c: Ctx): Line[] {
  const { r } = c;
  const n = r.int(3, 6);
  const start = r.int(0, GENERIC_SENTENCES.length - 1);
  const step = r.pick([1, 3, 5, 7]);
  const parts: Piece[][] = [];
  const lead = c.usedSent.size === 0 ? r.pick(['Assessment: ', 'A/P: ', 'Comments: ', 'Narrative: ', '', 'Summary: ']) : r.pick(['Also: ', 'Addl: ', '', 'Other: ']);
  const L = GENERIC_SENTENCES.length;
  for (let i = 0, j = start; i < n && c.usedSent.size < L; i++) {
    while (c.usedSent.has(j % L)) j++;
    c.usedSent.add(j % L);
    parts.push(GENERIC_SENTENCES[j % L]!(c));
    j += step;
  }
  if (!parts.length) parts.push([`No new issues. ${r.pick(['Will follow.', 'Plan as above.'])}`]);
  const split = r.chance(0.3) && parts.length > 1 ? r.int(1, parts.length - 1) : parts.length;
  const l1: Line = [lead];
  const l2: Line = [];
  parts.forEach((pcs, i) => {
    const tgt = i < split ? l1 : l2;
    if (tgt.length > 1 || (tgt === l2 && tgt.length > 0)) tgt.push(' ');
    tgt.push(...pcs);
  });
  return l2.length ? [l1, l2] : [l1];
}

// ---------------------------------------------------------------- second layouts

/** Chemotherapy verification flowsheet: dotted key/value lines and a drug table. */
function chemoFlowsheet(c: Ctx): Block[] {
  const { r, pt, date } = c;
  const v1 = mkPerson(r);
  const v2 = mkPerson(r);
  const reg = r.pick(REGIMENS);
  const cyc = r.int(1, 6);
  const drugs = reg[1].split(/, (?=[a-z])/).map((d) => d.split(' ')[0]!).slice(0, 4);
  const kv = (k: string, v: Piece[]): Line => [`${k} ${'.'.repeat(Math.max(2, 14 - k.length))} `, ...v];
  const t0 = r.int(9, 11) * 60;
  const rows: Line[] = [['Drug | Dose | Route | Start | Stop | Init']];
  let st = t0;
  drugs.forEach((d) => {
    const en = st + r.int(10, 120);
    rows.push([`${d} | ${r.int(1, 90) * 10} mg | IV | ${p2(Math.floor(st / 60))}${p2(st % 60)} | ${p2(Math.floor(en / 60) % 24)}${p2(en % 60)} | `, NM(inits(r.chance(0.5) ? v1 : v2))]);
    st = en + r.int(2, 15);
  });
  return [
    [[`${r.pick(['CHEMO VERIFICATION FLOWSHEET', 'Antineoplastic Administration Record'])}`], ['Unit: ', instS(r, r.pick([HOSPITALS[8]!, CLINICS[3]!, CLINICS[0]!])), ' / chair ', OT(String(r.int(1, 30)))]],
    [
      kv('Patient', [NM(`${cap(pt.p.last)}, ${pt.p.first}`)]),
      kv('MRN', [ID(pt.mrn)]),
      kv('DOB', [dS(r, pt.dob)]),
      kv('Protocol', [`${reg[0]} C${cyc}D1`]),
      kv('Date', [dS(r, date), ` (${weekday(date)})`]),
      kv('Verifier 1', [NM(`${v1.first} ${v1.last}`), ` RN ${colon(hhmm(r, 9, 10))}`]),
      kv('Verifier 2', [NM(`${v2.first} ${v2.last}`), ` RN ${colon(hhmm(r, 10, 11))}`]),
      kv('Treating MD', [...clin(r, pt.pcp, 'MD')]),
    ],
    rows,
    [[`Extravasation kit at chair. Spill kit checked. ${reg[0] === 'ABVD' ? 'Bleomycin test dose tolerated (Hodgkin protocol).' : 'No hypersensitivity.'}`], lookalikeLine(c)],
    [['Pt left with ', pt.relRole, ' ', nS(r, pt.rel), `; return `, dS(r, addDays(date, 21), true), '.']],
    signoff(c, v1, 'RN, OCN'),
  ];
}

/** Insurer call written as a transcript-like summary. */
function insurerCall(c: Ctx): Block[] {
  const { r, pt, date } = c;
  const me = mkPerson(r);
  const rep = mkPerson(r);
  const sup = mkPerson(r);
  const drug = r.pick(SPECIALTY);
  const ins = pt.insurer;
  const dur = r.int(12, 58);
  const t0m = r.int(8, 15) * 60 + r.int(0, 11) * 5;
  const tEnd = t0m + dur;
  return [
    [
      ['Outbound call to ', LC(r.pick(ins.short)), ` re: ${drug[0].split(' ')[0]} for `, nS(r, pt.p)],
      [dS(r, date), ` ${p2(Math.floor(t0m / 60))}:${p2(t0m % 60)}-${p2(Math.floor(tEnd / 60))}:${p2(tEnd % 60)} (${dur} min incl. hold)`],
    ],
    [
      ['Number dialed: ', PH(tollFree(r)), ` (provider services). IVR: entered NPI `, ID(`1${r.digits(9)}`), ' and member ID ', ID(pt.memberId), '.'],
      ['Rep: ', NM(r.chance(0.5) ? rep.first : `${rep.first} ${rep.last}`), ` (${r.pick(['pharmacy PA dept', 'appeals', 'Part D coverage determinations', 'clinical review'])}). Call ref `, ID(`${r.letters(1)}${r.digits(9)}`), '.'],
      [`Per rep: ${r.pick(['PA on file expired', 'no PA on file', 'PA approved but claim rejecting 75 - wrong NDC', 'quantity limit 2 pens/28 days', 'step therapy requires methotrexate trial'])}. Escalated to supervisor `, NM(sup.first), ` -> ${r.pick(['override entered', 'new PA needed', 'expedited review opened'])}, case `, ID(`${r.digits(2)}-${r.digits(7)}`), '.'],
    ],
    [
      [`Told pt (`, phS(r, pt.cell), `) that ${r.pick(['we will hope to hear back in 72 h', 'the bill will not be sent until approval', 'first fill may be delayed', 'a bridge supply is available from the manufacturer'])}.`],
      ['Faxed LMN and chart notes to ', PH(tollFree(r)), ' from ', instS(r, r.pick(SPECIALTY_PHARMACIES)), ` at ${colon(hhmm(r, 15, 17))}.`],
    ],
    [lookalikeLine(c)],
    signoff(c, me, r.pick(['CPhT', 'PharmD', 'Benefits Coordinator']), false),
  ];
}

/** Research screening visit with an eligibility checklist. */
function researchScreening(c: Ctx): Block[] {
  const { r, pt, date } = c;
  const crc = mkPerson(r);
  const pi = mkPerson(r);
  const tr = patientRng(pt, 17);
  const sponsor = tr.pick(SPONSORS);
  const site = String(tr.int(101, 399));
  const scr = `S${site}-${r.digits(3)}`;
  const ie: Line[] = [];
  const crit = ['Age >= 18 at consent', 'Dx confirmed by biopsy', 'ECOG 0-1', 'eGFR >= 45', 'No prior anti-PD-1', 'Not pregnant/breastfeeding', 'No active HBV/HCV', 'QTcF <= 470 ms'];
  for (let i = 0; i < r.int(4, 7); i++) ie.push([`${i < 3 ? 'I' : 'E'}${(i % 3) + 1}. ${crit[i]!} ${r.pick(['[x]', '[x]', '[x]', 'Y', 'met'])}`]);
  return [
    [
      ['SCREENING VISIT - ', LC(sponsor), ' study at site ', ID(site)],
      ['Screening # ', ID(scr), ' | ', nS(r, pt.p, false), ' | ', dS(r, date)],
    ],
    [
      [`Consent obtained ${colon(hhmm(r, 8, 11))} by `, NM(`${crc.first} ${crc.last}`), ` after ${r.int(20, 75)} min discussion; copy given. ${r.pick(['HIPAA authorization signed.', 'LAR not needed.', 'Optional genomics sub-study declined.'])}`],
      ['Pt referred by ', ...clin(r, pt.pcp, 'MD'), ' from ', instS(r, r.pick(CLINICS)), '.'],
    ],
    ie,
    [[`Eligibility reviewed with PI `, ...clin(r, pi, 'MD'), ` - ${r.pick(['eligible, randomize at Day 1', 'pending central path review', 'screen fail (E2), pt informed'])}.`], lookalikeLine(c)],
    [['Day 1 target ', dS(r, addDays(date, r.int(7, 27)), true), '. Parking voucher given. Coordinator ', phS(r, mkPhone(r), false), ' / ', EM(`${crc.first.toLowerCase().replace(/[^a-z]/g, '')}${crc.last[0]!.toLowerCase()}@${r.pick(['luh-research.org', 'stbrigids.net', 'gfci.org'])}`)]],
    signoff(c, crc, 'CCRC', false),
  ];
}

/** Onsite flu clinic roster at an employer, school or church (several people, the patient among them). */
function vaccineRoster(c: Ctx): Block[] {
  const { r, pt, date } = c;
  const nurse = mkPerson(r);
  const place = r.pick(EMPLOYERS);
  const lot = `${r.letters(2)}${r.digits(4)}`;
  const rows: Line[] = [['# | Name | DOB | Site | Consent | By']];
  const n = r.int(3, 6);
  const at = r.int(0, n - 1);
  for (let i = 0; i < n; i++) {
    const who = i === at ? pt.p : mkPerson(r);
    const dob = i === at ? pt.dob : { y: r.int(1950, 2005), m: r.int(1, 12), d: r.int(1, 28) };
    rows.push([`${i + 1} | `, NM(`${cap(who.last)}, ${who.first}`), ' | ', dS(r, dob), ` | ${r.pick(['L delt', 'R delt'])} | ${r.pick(['Y', 'Y', 'Y (verbal)'])} | `, NM(inits(nurse, r.chance(0.5)))]);
  }
  return [
    [[`Onsite ${r.pick(['flu', 'flu + COVID', 'Tdap'])} clinic at `, LC(place), ' - ', dS(r, date)], [`Product: ${r.pick(['Flucelvax', 'Fluarix', 'Fluzone High-Dose', 'Afluria'])} 0.5 mL IM, lot `, OT(lot), ', exp ', dS(r, addDays(date, r.int(90, 300)))]],
    rows,
    [[`Standing order per `, ...clin(r, mkPerson(r), 'MD'), '. Epinephrine kit checked. No reactions observed in 15 min.'], ['Contact for the site: ', NM(mkPerson(r).first), ' (HR) ', phS(r, mkPhone(r), false)], lookalikeLine(c)],
    signoff(c, nurse, r.pick(['RN', 'BSN, RN', 'PharmD']), false),
  ];
}

/** A short PDMP review written as prose. */
function pdmpProse(c: Ctx): Block[] {
  const { r, pt, date } = c;
  const prov = mkPerson(r);
  const other = mkPerson(r);
  const f1 = addDays(date, -r.int(3, 25));
  return [
    [['PDMP REVIEW'], [nS(r, pt.p, false), ' | ', ...mrnPieces(c), ' | ', stS(r, pt.state), ' PMP queried ', dS(r, date, true)]],
    [[
      `PDMP reviewed prior to ${r.pick(['refill', 'new start', 'annual agreement renewal', 'post-op script'])}. Last fill `, dS(r, f1, true), ` ${r.pick(OPIOIDS)} #${r.pick([30, 60, 90])} by `, NM(`${prov.first[0]}. ${prov.last}`), ' at ', instS(r, pt.pharmacy), '. ',
      ...(r.chance(0.5)
        ? ['No other prescribers in 12 months.']
        : ['One script from ', NM(other.last), ` (${r.pick(['dentist', 'urgent care', 'ED'])}) on `, dS(r, addDays(f1, -r.int(20, 90)), true), ' for 6 tabs - reviewed with pt.']),
    ]],
    [[`MME ${r.pick([10, 20, 30, 50])}. Naloxone ${r.pick(['on profile', 'sent to pharmacy', 'declined'])}. Agreement from `, YR(String(r.int(date.y - 8, date.y - 1))), ` ${r.pick(['remains valid', 'renewed today', 'due for renewal'])}. Pt will follow safe storage teaching; lock box advised.`], lookalikeLine(c)],
    signoff(c, prov, r.pick(['MD', 'NP', 'PA-C', 'DO'])),
  ];
}

/** Home infusion nursing visit: the address, the agency, the pump and the next visit. */
function homeInfusion(c: Ctx): Block[] {
  const { r, pt, date } = c;
  const rn = mkPerson(r);
  const agency = r.pick(AGENCIES.slice(0, 3));
  const drug = r.pick(['IVIG 0.4 g/kg', 'ertapenem 1 g daily', 'cefazolin 2 g q8h via elastomeric', 'daptomycin 6 mg/kg daily', 'TPN 1.8 L over 12 h', 'milrinone 0.375 mcg/kg/min']);
  const arr = colon(hhmm(r, 8, 16));
  return [
    [[LC(agency), ` - ${r.pick(['SKILLED NURSING VISIT', 'Home Infusion Visit Note', 'HOME IV VISIT'])}`], ['Visit ', dS(r, date), ` ${arr}  |  `, nS(r, pt.p, false), '  |  Agency pt # ', ID(`${r.letters(2)}${r.digits(6)}`)]],
    [
      ['Address: ', ...address(c), r.chance(0.5) ? ` (${r.pick(['blue house, side door', 'dog in yard', 'ring twice', 'gravel drive past the church'])})` : ''],
      [`Therapy: ${drug} via ${r.pick(['R basilic PICC', 'L arm midline', 'R IJ tunneled CVC'])}. Ext length ${r.int(0, 3)} cm, dressing ${r.pick(['changed', 'CDI', 'due Fri'])}.`],
      [`Pump ${r.pick(['CADD-Prizm', 'Sapphire', 'CADD-Solis'])} serial `, OT(`${r.digits(2)}-${r.digits(5)}`), `, reservoir ${r.int(50, 250)} mL, rate ${r.int(5, 125)} mL/h.`],
    ],
    [
      [`VS: BP ${r.int(100, 150)}/${r.int(58, 92)}, HR ${r.int(55, 105)}, T 36.${r.int(2, 9)}. Labs drawn for `, LC(r.pick(LABS)), `; results to `, ...clin(r, pt.pcp, r.pick(['MD', 'NP'])), ' fax ', PH(fp(r, mkPhone(r), false)), '.'],
      [`${pt.relRole.charAt(0).toUpperCase()}${pt.relRole.slice(1)} `, nS(r, pt.rel), ` ${r.pick(['independent with flushes', 'needs more teaching on the pump', 'present for the visit', 'works nights, teaching done with pt'])}.`],
    ],
    [lookalikeLine(c)],
    [['Next visit ', dS(r, addDays(date, r.pick([3, 7])), true), `. On-call line `, phS(r, mkPhone(r), false), '.']],
    signoff(c, rn, r.pick(['RN', 'RN, CRNI', 'LPN']), false),
  ];
}

/** Discharge counselling written as prose, with the hand-off to the outside pharmacy. */
function dischargeCounsel(c: Ctx): Block[] {
  const { r, pt, date } = c;
  const rph = mkPerson(r);
  const outside = mkPerson(r);
  const newDrug = r.pick(['apixaban (Eliquis) 5 mg BID', 'enoxaparin 80 mg SQ q12h', 'empagliflozin 10 mg daily', 'metoprolol succinate 50 mg daily', 'levetiracetam 500 mg BID', 'insulin glargine 18 units qHS']);
  return [
    [[r.pick(['PHARMACY DISCHARGE COUNSELING', 'Pharmacist discharge education note', 'Meds-to-Beds / Discharge Counseling'])], ['Pt: ', nS(r, pt.p), ' | Room ', OT(`${r.int(2, 8)}${p2(r.int(1, 40))}`), ' | ', dS(r, date)]],
    [[
      ...(r.chance(0.6) ? [`Met with pt and ${pt.relRole} `, nS(r, pt.rel)] : ['Met with pt']), ` at bedside for ${r.int(10, 35)} min. Reviewed new ${newDrug}: indication, timing, missed doses, bleeding or low-sugar signs as relevant. `,
      `Stopped ${r.pick(['aspirin', 'glipizide', 'naproxen', 'hydrochlorothiazide'])}; pt will throw out old bottles. `,
      `Teach-back ${r.pick(['complete', 'partial - handout given', 'done with family'])}.`,
    ]],
    [[
      'Called ', instS(r, pt.pharmacy), ' (', phS(r, mkPhone(r), false), `) and spoke with ${r.pick(['pharmacist', 'RPh', 'tech'])} `, NM(r.chance(0.5) ? outside.first : `${outside.first} ${outside.last}`),
      `: ${r.pick(['new Rx received and in stock', 'Rx received, needs PA - started by our team', 'drug on order, ready tomorrow', 'test claim paid, copay $47'])}. ${r.pick(['Old profile entries inactivated.', 'Asked them to d/c the old strength.', 'Pt to pick up on the way home.'])}`,
    ]],
    [lookalikeLine(c)],
    [['Follow-up: ', ...clin(r, pt.pcp, 'MD'), ' ', dS(r, addDays(date, r.int(5, 14)), true), `; labs ${r.pick(['BMP', 'INR', 'CBC', 'A1c'])} at `, LC(r.pick(LABS)), '.']],
    signoff(c, rph, r.pick(['PharmD', 'PharmD, BCPS', 'PharmD candidate / co-signed'])),
  ];
}

/** Transplant medication teaching and pill-card review (often before the first clinic visit). */
function transplantMedCard(c: Ctx): Block[] {
  const { r, pt, date } = c;
  const co = mkPerson(r);
  const rph = mkPerson(r);
  const tx = patientRng(pt, 23);
  const ctr = tx.pick([HOSPITALS[9]!, HOSPITALS[1]!, HOSPITALS[0]!]);
  const rows: Line[] = [[r.pick(['MED CARD', 'Pill card reviewed line by line:'])]];
  const card = [
    `tacrolimus ${r.pick([1, 2, 3, 4])} mg BID (8 AM / 8 PM, 12 h apart)`, `mycophenolate ${r.pick([500, 750, 1000])} mg BID`,
    `prednisone ${r.pick([5, 10, 20])} mg daily with breakfast`, 'valganciclovir 450 mg daily (CMV ppx)',
    'TMP-SMX SS 1 tab M/W/F (PJP ppx)', 'nystatin swish 5 mL QID', 'pantoprazole 40 mg daily', 'magnesium oxide 400 mg BID',
  ];
  const n = r.int(4, card.length);
  const bullet = r.int(0, 2);
  for (let i = 0; i < n; i++) rows.push([`${bullet === 0 ? '  ' : bullet === 1 ? '- ' : `${i + 1}. `}${card[i]!}`]);
  return [
    [[`${r.pick(['TRANSPLANT PHARMACY / COORDINATOR TEACHING', 'Post-transplant med teaching', 'Tx med reconciliation + teaching'])}`], ['Pt: ', nS(r, pt.p), ' | ', ...mrnPieces(c), ' | POD ', String(r.int(3, 12)), ' | ', instS(r, ctr)]],
    rows,
    [
      [`Teaching with pt and ${pt.relRole} `, nS(r, pt.rel), `: level timing (hold AM tac until after draw), no grapefruit or St. John's wort, infection signs, sun protection. ${r.pick(['Pill organizer filled together.', 'Used teach-back, 9/10 correct.', 'Video in Spanish also given.'])}`],
      ['Scripts sent to ', instS(r, r.pick(SPECIALTY_PHARMACIES)), ' (transplant benefit) and ', instS(r, pt.pharmacy), ' for first fill; test claims paid through ', instS(r, pt.insurer), '.'],
    ],
    [lookalikeLine(c)],
    [['First clinic ', dS(r, addDays(date, r.int(3, 8)), true), ' with ', ...clin(r, mkPerson(r), 'MD'), '; labs twice weekly at ', LC(r.pick(LABS)), '. Coordinator ', NM(`${co.first} ${co.last}`), ' ', phS(r, mkPhone(r), false), '.']],
    signoff(c, rph, r.pick(['PharmD, BCTXP', 'PharmD', 'RN, CCTC'])),
  ];
}

const STYLE_FNS: Readonly<Record<string, StyleFn>> = {
  'pharmacy-kinetics': pharmacyKinetics,
  'anticoag-call': anticoagCall,
  'med-rec': (c) => (c.r.chance(0.3) ? dischargeCounsel(c) : medRec(c)),
  'infusion-nursing': (c) => (c.r.chance(0.3) ? homeInfusion(c) : infusionNursing(c)),
  'chemo-nursing': (c) => (c.r.chance(0.35) ? chemoFlowsheet(c) : chemoNursing(c)),
  'transplant-coord': (c) => (c.seq === 0 && c.r.chance(0.35) ? transplantMedCard(c) : transplantCoord(c)),
  'prior-auth': (c) => (c.r.chance(0.35) ? insurerCall(c) : priorAuth(c)),
  'vaccine-record': (c) => (c.r.chance(0.25) ? vaccineRoster(c) : vaccineRecord(c)),
  'research-visit': (c) => (c.seq === 0 && c.r.chance(0.35) ? researchScreening(c) : researchVisit(c)),
  'cs-agreement': (c) => (c.r.chance(0.3) ? pdmpProse(c) : csAgreement(c)),
};

// ---------------------------------------------------------------- transforms and assembly

function typo(r: Rng, w: string): string {
  if (w.length < 5) return w;
  const i = r.int(1, w.length - 3);
  const k = r.int(0, 2);
  if (k === 0) return w.slice(0, i) + w[i + 1] + w[i] + w.slice(i + 2);
  if (k === 1) return w.slice(0, i) + w.slice(i + 1);
  return w.slice(0, i) + w[i] + w.slice(i);
}

function typoPlain(r: Rng, s: string, p: number): string {
  return s.replace(/\b[a-z]{6,}\b/g, (w) => (r.chance(p) ? typo(r, w) : w));
}

function countWords(s: string): number {
  let n = 0;
  for (const w of s.split(/\s+/)) if (w) n++;
  return n;
}

function render(lines: Line[]): { text: string; phi: GeneratedSpan[] } {
  let text = '';
  const phi: GeneratedSpan[] = [];
  lines.forEach((ln, li) => {
    if (li > 0) text += '\n';
    for (const pc of ln) {
      if (typeof pc === 'string') {
        text += pc;
        continue;
      }
      const lead = pc.t.length - pc.t.trimStart().length;
      const t = pc.t.trim();
      text += pc.t.slice(0, lead);
      if (t) phi.push({ start: text.length, end: text.length + t.length, category: pc.c });
      text += t + pc.t.slice(lead + t.length);
    }
  });
  return { text, phi };
}

function flatten(blocks: Block[]): Line[] {
  const out: Line[] = [];
  blocks.forEach((b, i) => {
    if (i > 0 && b.length > 1) out.push([]);
    out.push(...b);
  });
  return out;
}

function buildNote(c: Ctx, style: string): { text: string; phi: GeneratedSpan[] } {
  const { r } = c;
  let blocks = r.chance(0.1) ? addendum(c, style) : STYLE_FNS[style]!(c);
  if (r.chance(0.4)) blocks = [...blocks.slice(0, -1), extraBlock(c), blocks[blocks.length - 1]!];
  const nNarr = r.chance(0.12) ? 3 : r.chance(0.35) ? 1 : 0; // a few long, wordy notes
  for (let i = 0; i < nNarr; i++) {
    const at = Math.max(1, blocks.length - 2);
    blocks = [...blocks.slice(0, at), narrative(c), ...blocks.slice(at)];
    if (i > 0) blocks = [...blocks.slice(0, -1), extraBlock(c), blocks[blocks.length - 1]!];
  }
  if (r.chance(0.25)) blocks = [letterhead(c), ...blocks];
  let lines = flatten(blocks);
  let words = countWords(render(lines).text);
  let guard = 0;
  while (words < 62 && guard++ < 6) {
    blocks = [...blocks.slice(0, -1), [lookalikeLine(c), lookalikeLine(c)], blocks[blocks.length - 1]!];
    lines = flatten(blocks);
    words = countWords(render(lines).text);
  }
  while (words > 440 && blocks.length > 3) {
    blocks = [...blocks.slice(0, -2), blocks[blocks.length - 1]!];
    lines = flatten(blocks);
    words = countWords(render(lines).text);
  }
  // typos in ordinary words and, sometimes, in names (still PHI)
  const pTypo = r.chance(0.35) ? 0.04 : 0.005;
  lines = lines.map((ln) => ln.map((pc) => {
    if (typeof pc === 'string') return typoPlain(r, pc, pTypo);
    if (pc.c === 'NAME' && /^[A-Za-z]{6,}$/.test(pc.t) && r.chance(0.04)) return { t: typo(r, pc.t), c: pc.c };
    if (pc.c === 'LOCATION' && /^[A-Za-z]{6,}$/.test(pc.t) && r.chance(0.03)) return { t: typo(r, pc.t), c: pc.c };
    return pc;
  }));
  // whole-note case, or a few lines in capitals / a quick lower-case line
  const mode = r.f();
  const setCase = (ln: Line, up: boolean): Line => ln.map((pc) => {
    if (typeof pc === 'string') return up ? pc.toUpperCase() : pc.toLowerCase();
    return { t: up ? pc.t.toUpperCase() : pc.t.toLowerCase(), c: pc.c };
  });
  if (mode < 0.1) lines = lines.map((ln) => setCase(ln, true));
  else if (mode < 0.2) lines = lines.map((ln) => setCase(ln, false));
  else if (mode < 0.45) {
    const n = r.int(1, 2);
    for (let i = 0; i < n; i++) {
      const j = r.int(0, lines.length - 1);
      lines[j] = setCase(lines[j]!, r.chance(0.75));
    }
  }
  return render(lines);
}

/** `count` notes, deterministic in (count, seed); a smaller count gives a prefix of a larger one. */
export function generate(count: number, seed: number): GeneratedNote[] {
  const out: GeneratedNote[] = [];
  for (let pi = 0; out.length < count; pi++) {
    const pr = new Rng(mix(seed, pi, 0xbeef));
    const pt = mkPatient(pr, pi);
    const nNotes = pr.int(1, 3);
    const base: D = { y: pr.int(2023, 2026), m: pr.int(1, 12), d: pr.int(1, 28) };
    const hosp = pt.hospital;
    let prevStyle = pr.pick(MEDICINES_STYLES);
    for (let ni = 0; ni < nNotes && out.length < count; ni++) {
      const r = new Rng(mix(seed, pi, ni + 1));
      const style = ni > 0 && r.chance(0.5) ? r.pick(MEDICINES_STYLES) : prevStyle;
      prevStyle = style;
      const c: Ctx = { r, pt, date: addDays(base, ni * r.int(3, 40)), hosp, seq: ni, used: new Set<number>(), usedSent: new Set<number>() };
      const { text, phi } = buildNote(c, style);
      out.push({ patient: pt.id, text, phi, style });
    }
  }
  return out;
}
